// Files the gate writes and reads in directories a suite can also write to. A FIFO, a device or
// a link to one where a report should be would block an open() for ever (and a blocked
// thread-pool thread keeps the process from exiting, SIGTERM or not): every open is
// non-blocking and only regular files are used.

import { constants } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = constants

/** Opens a regular file (following links) without ever blocking; anything else is an error. */
export async function openRegularFile(file: string, flags: number): Promise<FileHandle> {
  const handle = await open(file, flags | O_NONBLOCK, 0o644)
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a regular file`)
  } catch (error) {
    await handle.close()
    throw error
  }
  return handle
}

export async function writeRegularFile(file: string, data: string | Buffer): Promise<void> {
  const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_TRUNC)
  try {
    await handle.writeFile(data)
  } finally {
    await handle.close()
  }
}

/** Appends with one write() (short writes aside), so concurrent appenders never interleave. */
export async function appendRegularFile(file: string, data: Buffer): Promise<void> {
  const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_APPEND)
  try {
    let written = 0
    // A regular file takes the whole buffer in one call; the loop only guards a short write.
    for (let i = 0; i < 16 && written < data.length; i++) {
      written += (await handle.write(data, written)).bytesWritten
    }
    if (written < data.length) throw new Error(`could not append to ${file}`)
  } finally {
    await handle.close()
  }
}

export function openRegularForReading(file: string): Promise<FileHandle> {
  return openRegularFile(file, O_RDONLY)
}

/**
 * A hidden name next to file that nobody could have planted a link, FIFO or directory under:
 * random, and only ever created with O_EXCL | O_NOFOLLOW (see writeNewFile).
 */
export function freshNameBeside(file: string, purpose: string): string {
  const suffix = randomBytes(8).toString('hex')
  return path.join(path.dirname(file), `.${path.basename(file)}.${suffix}.${purpose}`)
}

/** Writes a file that must not exist yet: never through a link, never over another file. */
export async function writeNewFile(file: string, data: string | Buffer): Promise<void> {
  const handle = await open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK, 0o644)
  try {
    await handle.writeFile(data)
  } finally {
    await handle.close()
  }
}
