// Finding and reading results files the suite wrote. Only regular files are read, each bounded:
// a FIFO or a link to /dev/zero where a results file should be must never hang or bloat the gate.

import { constants, lstatSync, type Stats } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'

export const MAX_RESULTS_BYTES = 8 * 1024 * 1024
export const MAX_RESULTS_FILES = 200
/** How deep a `**` glob may descend below the working directory, and for how long. */
const MAX_GLOB_DEPTH = 16
const GLOB_TIMEOUT_MS = 10_000

/** What identifies one version of a file: a file the suite rewrote has a new stamp. */
type FileStamp = string

export type FileSnapshot = Map<string, FileStamp>

/**
 * Files stat()ed at once: fewer than the thread pool's four threads, so a stat that hangs
 * (a dead network mount) never holds them all and the gate's own report writes still run.
 */
const STAT_CONCURRENCY = 3
/** Links in the report directory the gate resolves (each may be a slow chain the suite planted). */
const MAX_LINKS = 1000
/** Directory entries lstat()ed between two turns of the event loop. */
const DIRECTORY_BATCH = 256

async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    return stampOfStats(await stat(file))
  } catch {
    return null
  }
}

function entryStamp(file: string): { stamp: FileStamp; link: boolean } | null {
  try {
    const s = lstatSync(file, { throwIfNoEntry: false })
    return s === undefined ? null : { stamp: stampOfStats(s), link: s.isSymbolicLink() }
  } catch {
    return null
  }
}

function stampOfStats(s: Stats): FileStamp {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`
}

/** Every existing path the patterns name, absolute; literal paths are kept even if not regular. */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns) {
    if (!picomatch.scan(pattern).isGlob) {
      const file = path.resolve(cwd, pattern)
      if ((await stampOf(file)) !== null) found.add(file)
      continue
    }
    // The glob walker loads only for patterns that need it.
    const { glob } = await import('tinyglobby')
    const matches = await glob(pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: true,
      deep: MAX_GLOB_DEPTH,
      signal: AbortSignal.timeout(GLOB_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new Error(
        `The results pattern "${pattern}" could not be expanded within ${GLOB_TIMEOUT_MS / 1000} s: ${error.message}. Use a narrower pattern.`,
      )
    })
    for (const match of matches) found.add(path.resolve(match))
  }
  return [...found].sort()
}

/** The stamps of the given files (links followed: a results file may be a link). */
export async function snapshotFiles(files: readonly string[]): Promise<FileSnapshot> {
  const snapshot: FileSnapshot = new Map()
  const stamps = await stampsOf(files)
  files.forEach((file, i) => {
    const stamp = stamps[i]
    if (stamp != null) snapshot.set(file, stamp)
  })
  return snapshot
}

/**
 * The stamps of every entry of a directory (not recursive). A report directory holds months of
 * runs, and the suite may fill it: each entry is lstat()ed on this thread (a few µs, where a
 * round trip through the thread pool costs ~50 µs), and the loop yields every DIRECTORY_BATCH
 * entries so a signal is still answered at once. Only links are resolved, on the thread pool.
 */
export async function snapshotDirectory(dir: string): Promise<FileSnapshot> {
  const snapshot: FileSnapshot = new Map()
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return snapshot // a directory that does not exist yet holds nothing the suite wrote
  }
  const links: string[] = []
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % DIRECTORY_BATCH === 0) await new Promise((resolve) => setImmediate(resolve))
    const file = path.join(dir, entries[i] as string)
    const entry = entryStamp(file)
    if (entry === null) continue
    snapshot.set(file, entry.stamp)
    if (entry.link) links.push(file)
  }
  // A report written through a link changes its target, not the link: a link's stamp includes
  // its target's, looked up off this thread (a chain of links the suite planted resolves slowly,
  // hence a bound on how many).
  if (links.length > MAX_LINKS) {
    throw new Error(
      `The report directory ${dir} holds ${links.length} symbolic links; the gate follows at most ${MAX_LINKS} to see what the suite wrote through them. Remove the links, or give the gate a report-dir of its own.`,
    )
  }
  const targets = await stampsOf(links)
  links.forEach((file, i) => snapshot.set(file, `${snapshot.get(file)}>${targets[i] ?? 'none'}`))
  return snapshot
}

/** The files in `after` that are new or changed since `before`: what the run wrote. */
export async function changedSince(
  before: FileSnapshot,
  files: readonly string[],
): Promise<{ written: string[]; stale: string[] }> {
  const written: string[] = []
  const stale: string[] = []
  const stamps = await stampsOf(files)
  files.forEach((file, i) => {
    const stamp = stamps[i]
    if (stamp == null) return
    if (before.get(file) === stamp) stale.push(file)
    else written.push(file)
  })
  return { written, stale }
}

/** Stamps of files (links followed), on the thread pool, STAT_CONCURRENCY at a time. */
async function stampsOf(files: readonly string[]): Promise<Array<FileStamp | null>> {
  const stamps = new Array<FileStamp | null>(files.length).fill(null)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) stamps[i] = await stampOf(files[i] as string)
  }
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, files.length) }, worker))
  return stamps
}

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; error: string }

/**
 * Reads a regular file of at most maxBytes. Opened non-blocking, so a FIFO returns at once and
 * is refused after fstat, as is a device; the read stops at the limit even if the file grows.
 */
export async function readRegularFile(
  file: string,
  maxBytes = MAX_RESULTS_BYTES,
): Promise<ReadResult> {
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return { ok: false, error: `cannot be opened: ${(error as Error).message}` }
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) {
      return {
        ok: false,
        error: `is not a regular file (${describeKind(info)}); results must be regular files`,
      }
    }
    if (info.size > maxBytes) {
      return {
        ok: false,
        error: `is ${info.size} bytes, over the ${maxBytes}-byte limit for results`,
      }
    }
    // One byte past the size seen, to notice a file that grows while it is read.
    const capacity = info.size + 1
    const buffer = Buffer.alloc(capacity)
    let length = 0
    // Bounded: each read either advances towards the capacity or returns 0 at the end.
    while (length < capacity) {
      const { bytesRead } = await handle.read(buffer, length, capacity - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > info.size) {
      return {
        ok: false,
        error: 'kept growing while being read; write results before the suite exits',
      }
    }
    return { ok: true, text: buffer.subarray(0, length).toString('utf8'), bytes: length }
  } catch (error) {
    return { ok: false, error: `cannot be read: ${(error as Error).message}` }
  } finally {
    await handle.close()
  }
}

function describeKind(info: import('node:fs').Stats): string {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isDirectory()) return 'a directory'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}
