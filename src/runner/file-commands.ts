// The runner's file commands belong to the gate. GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STATE and GITHUB_STEP_SUMMARY are taken as they are just before the suite starts and
// compared once the suite and every process it started are gone: a suite that wrote to them (it
// can find them under suite-isolation none, whether or not its environment names them) is
// tampering. Each file is put back as it was, so only the gate's lines reach the runner.

import { lstat, rm } from 'node:fs/promises'
import { FILE_COMMAND_VARIABLES } from './isolation.js'
import { openRegularForReading, writeRegularFile } from '../safe-file.js'

/** A file command larger than this is not the gate's own step file: it cannot be put back. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024
const TOO_LARGE = Buffer.from('\0too large\0')

interface TakenFile {
  variable: string
  path: string
  /** null: the file was not there (or not a regular file) before the suite. */
  content: Buffer | null
}

export type FileCommandsSnapshot = readonly TakenFile[]

/** The file commands as they are now (only those the environment names, by absolute path). */
export async function takeFileCommands(env: NodeJS.ProcessEnv): Promise<FileCommandsSnapshot> {
  const taken: TakenFile[] = []
  for (const variable of FILE_COMMAND_VARIABLES) {
    const file = env[variable]
    if (!file || !file.startsWith('/')) continue
    taken.push({ variable, path: file, content: await readKept(file) })
  }
  return taken
}

/**
 * Compares the file commands with the snapshot and puts back every one that changed. Returns
 * the variables whose files the suite touched, and any file that could not be put back.
 */
export async function restoreFileCommands(
  snapshot: FileCommandsSnapshot,
): Promise<{ tampered: string[]; unrestored: string[] }> {
  const tampered: string[] = []
  const unrestored: string[] = []
  for (const taken of snapshot) {
    const now = await readKept(taken.path)
    if (sameContent(taken.content, now) && (await isRegular(taken.path)) === (now !== null)) {
      continue
    }
    tampered.push(taken.variable)
    if (taken.content?.equals(TOO_LARGE)) {
      unrestored.push(`${taken.variable} (larger than ${MAX_KEPT_BYTES} bytes before the suite)`)
      continue
    }
    try {
      // A link, FIFO or directory put in its place goes; the file gets its content back.
      if ((await isRegular(taken.path)) === false)
        await rm(taken.path, { recursive: true, force: true })
      if (taken.content === null) await rm(taken.path, { force: true })
      else await writeRegularFile(taken.path, taken.content)
    } catch (error) {
      unrestored.push(`${taken.variable} (${(error as Error).message})`)
    }
  }
  return { tampered, unrestored }
}

function sameContent(before: Buffer | null, after: Buffer | null): boolean {
  if (before === null || after === null) return before === after
  return before.equals(after)
}

/** true: a regular file (not a link); false: something else is there; null: nothing. */
async function isRegular(file: string): Promise<boolean | null> {
  try {
    return (await lstat(file)).isFile()
  } catch {
    return null
  }
}

/** The file's content (bounded), or null when it is not a regular file. */
async function readKept(file: string): Promise<Buffer | null> {
  if ((await isRegular(file)) !== true) return null
  let handle
  try {
    handle = await openRegularForReading(file)
  } catch {
    return null
  }
  try {
    const size = (await handle.stat()).size
    if (size > MAX_KEPT_BYTES) return TOO_LARGE
    const buffer = Buffer.alloc(size)
    const { bytesRead } = await handle.read(buffer, 0, size, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
