// The operational log as a hash chain. Every line carries `prev`, the SHA-256 of the line before
// it; the first line of a log chains to the last line of the newest log rotated into `archive/`
// (or to GENESIS). A line removed, changed or inserted breaks the chain at the next line. A
// rewrite that recomputes every hash is caught by the gate itself: it holds the head in memory
// while the suite runs (`snapshotLog` → `compareLog`).
//
// Everything here is synchronous: entries are few and small, and the CLI's cancellation log must
// be written from a signal handler. Every open is non-blocking and only regular files are read.

import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  mkdirSync,
} from 'node:fs'
import path from 'node:path'

export const OPS_LOG_FILE = 'operational-log.jsonl'
export const ARCHIVE_DIR = 'archive'
/** What the first line of the first log chains to. */
export const GENESIS = '0'.repeat(64)
const LOCK_FILE = '.operational-log.lock'
const ROTATED_LOG = /^operational-log-(\d{4}-\d{2})(?:_(\d+))?\.jsonl$/
/** A log larger than this is not read whole (a month of a busy gate is a few MiB). */
export const MAX_LOG_BYTES = 64 * 1024 * 1024
/** The gate keeps the log's bytes in memory to restore it after a rewrite, up to this size. */
const MAX_RESTORE_BYTES = 16 * 1024 * 1024
const LOCK_WAIT_MS = 3000
const TAIL_BYTES = 1024 * 1024
const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = constants

export function lineHash(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex')
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

export function isRotatedLog(name: string): boolean {
  return ROTATED_LOG.test(name)
}

/** The rotated logs of a directory's archive, oldest first (by month, then rotation number). */
export function rotatedLogs(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(path.join(dir, ARCHIVE_DIR))
  } catch {
    return []
  }
  const order = (name: string) => {
    const m = ROTATED_LOG.exec(name)
    return { month: m?.[1] ?? '', n: Number(m?.[2] ?? 1) }
  }
  return names
    .filter((n) => ROTATED_LOG.test(n))
    .sort((a, b) => order(a).month.localeCompare(order(b).month) || order(a).n - order(b).n)
    .map((n) => path.join(dir, ARCHIVE_DIR, n))
}

/** One line of a log, with what the chain says of it. */
export interface ChainLine {
  number: number
  text: string
  hash: string
  /** The parsed JSON, or null when the line is not JSON. */
  value: unknown
  /** It chains to the line before it (false: legacy line without `prev`, or after a break). */
  verified: boolean
}

export interface VerifiedLog {
  lines: ChainLine[]
  /** The hash the next line must carry as `prev`. */
  head: string
  /** The first break, in words; null when the whole log chains. */
  problem: string | null
}

/**
 * Verifies a log's text against the hash its first line must chain to. Lines without `prev`
 * before the first chained line are a log written before the chain existed: kept, unverified.
 * From the first break on, every line of the file is unverified.
 */
export function verifyLogText(text: string, link: string, file: string): VerifiedLog {
  const lines: ChainLine[] = []
  let expected = link
  let chained = false
  let problem: string | null = null
  const parts = text.split('\n')
  if (parts.at(-1) === '') parts.pop()
  else if (parts.length > 0 && problem === null)
    problem = `${file} does not end with a whole line (line ${parts.length} was cut or added by hand)`
  for (const [index, raw] of parts.entries()) {
    const number = index + 1
    const hash = lineHash(raw)
    let value: unknown = null
    try {
      value = JSON.parse(raw)
    } catch {
      value = null
    }
    const prev =
      value !== null && typeof value === 'object' && 'prev' in value
        ? (value as { prev: unknown }).prev
        : undefined
    let verified = false
    if (problem !== null) {
      verified = false
    } else if (value === null || typeof value !== 'object') {
      problem = `${file}:${number} is not a log entry`
    } else if (prev === undefined && !chained) {
      verified = false
    } else if (prev !== expected) {
      problem =
        prev === undefined
          ? `${file}:${number} has no chain link after chained entries (a line was added by hand)`
          : `${file}:${number} does not chain to the line before it (a line before it was changed, removed or inserted)`
    } else {
      chained = true
      verified = true
    }
    lines.push({ number, text: raw, hash, value, verified })
    expected = hash
  }
  return { lines, head: lines.at(-1)?.hash ?? link, problem }
}

/**
 * Opens a regular file without following a link or blocking on a FIFO, refuses one larger than
 * `limit`, and hands its descriptor to `use`; null if absent.
 */
function withRegularSync<T>(
  file: string,
  limit: number,
  use: (fd: number, size: number) => T,
): T | null {
  let fd: number
  try {
    fd = openSync(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new Error(`${file} is not a regular file`)
    if (info.size > limit) throw new Error(`${file} is larger than ${limit} bytes`)
    return use(fd, info.size)
  } finally {
    closeSync(fd)
  }
}

/** Reads a regular file whole without following a link or blocking on a FIFO; null if absent. */
export function readRegularSync(file: string, limit = MAX_LOG_BYTES): Buffer | null {
  return withRegularSync(file, limit, (fd, size) => {
    const buffer = Buffer.alloc(size + 1)
    let read = 0
    for (;;) {
      const n = readSync(fd, buffer, read, buffer.length - read, read)
      if (n === 0) break
      read += n
      if (read > size) throw new Error(`${file} grew while it was read`)
    }
    return buffer.subarray(0, read)
  })
}

/**
 * The SHA-256 of a regular file, read in chunks (a 32 MiB output log is never held whole), as
 * readRegularSync opens it; null if absent.
 */
export function sha256OfRegularSync(file: string, limit = MAX_LOG_BYTES): string | null {
  return withRegularSync(file, limit, (fd) => {
    const hash = createHash('sha256')
    const chunk = Buffer.alloc(DIGEST_CHUNK_BYTES)
    let total = 0
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      total += n
      if (total > limit) throw new Error(`${file} grew past ${limit} bytes while it was read`)
      hash.update(chunk.subarray(0, n))
    }
    return hash.digest('hex')
  })
}
const DIGEST_CHUNK_BYTES = 1024 * 1024

/** The hash the current log's first line must chain to: the newest rotated log's last line. */
export function chainLink(dir: string): string {
  const newest = rotatedLogs(dir).at(-1)
  if (newest === undefined) return GENESIS
  const data = readRegularSync(newest)
  if (data === null) return GENESIS
  const lines = data.toString('utf8').split('\n')
  if (lines.at(-1) === '') lines.pop()
  const last = lines.at(-1)
  return last === undefined ? GENESIS : lineHash(last)
}

/** A directory's whole history in order: every rotated log, then the current one. */
export interface HistoryChain {
  files: Array<{ file: string; log: VerifiedLog }>
  /** Breaks in the chain, in words. */
  problems: string[]
  /** Log files that could not be read at all. */
  unreadable: string[]
}

export function readHistoryChain(dir: string): HistoryChain {
  const files: HistoryChain['files'] = []
  const problems: string[] = []
  const unreadable: string[] = []
  let link = GENESIS
  for (const file of [...rotatedLogs(dir), path.join(dir, OPS_LOG_FILE)]) {
    let data: Buffer | null
    try {
      data = readRegularSync(file)
    } catch (error) {
      unreadable.push(`${file} (${(error as Error).message})`)
      problems.push(`${file} cannot be read: ${(error as Error).message}`)
      continue
    }
    if (data === null) continue
    const log = verifyLogText(data.toString('utf8'), link, file)
    if (log.problem !== null) problems.push(log.problem)
    files.push({ file, log })
    link = log.head
  }
  return { files, problems, unreadable }
}

// ── appending ──────────────────────────────────────────────────────────────────────────────

/**
 * Appends entries to the directory's log, each chained to the line before it, under the lock;
 * synchronous for a signal handler (the CLI's cancellation). Everything else uses appendOpsLog.
 */
export function appendChained(dir: string, entries: readonly object[]): string {
  const file = path.join(dir, OPS_LOG_FILE)
  if (entries.length === 0) return file
  mkdirSync(dir, { recursive: true })
  withLogLock(dir, () => appendChainedLocked(dir, entries))
  return file
}

/** The same, for a caller that holds the log's lock already. */
export function appendChainedLocked(dir: string, entries: readonly object[]): void {
  if (entries.length === 0) return
  let head = currentHead(dir)
  const lines = entries.map((entry) => {
    const line = JSON.stringify({ ...entry, prev: head })
    head = lineHash(line)
    return line + '\n'
  })
  appendSync(path.join(dir, OPS_LOG_FILE), Buffer.from(lines.join(''), 'utf8'))
}

/** The hash the next line must carry: the current log's last line, or the link to the archive. */
function currentHead(dir: string): string {
  const last = lastLine(path.join(dir, OPS_LOG_FILE))
  // A cut last line is chained over as it is: the break shows at the line that follows it.
  return last === null ? chainLink(dir) : lineHash(last)
}

/** The file's last line (without its newline), read from the end; null for an absent or empty file. */
function lastLine(file: string): string | null {
  let fd: number
  try {
    fd = openSync(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new Error(`${file} is not a regular file`)
    if (info.size === 0) return null
    // Entries are bounded far below this; a longer last line is read whole.
    for (const window of [TAIL_BYTES, info.size]) {
      const start = Math.max(0, info.size - window)
      const buffer = Buffer.alloc(info.size - start)
      const read = readSync(fd, buffer, 0, buffer.length, start)
      let end = read
      if (end > 0 && buffer[end - 1] === 0x0a) end--
      const newline = buffer.lastIndexOf(0x0a, end - 1)
      if (newline >= 0 || start === 0) return buffer.subarray(newline + 1, end).toString('utf8')
    }
    return null
  } finally {
    closeSync(fd)
  }
}

function appendSync(file: string, data: Buffer): void {
  const fd = openSync(file, O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_NOFOLLOW, 0o644)
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`)
    let written = 0
    for (let i = 0; i < 16 && written < data.length; i++) {
      written += writeSync(fd, data, written)
    }
    if (written < data.length) throw new Error(`could not append to ${file}`)
  } finally {
    closeSync(fd)
  }
}

/**
 * One writer at a time per directory (an append, a rotation, a gate writing its reports and their
 * record), so two runs never fork the chain. A lock is held for milliseconds: one older than the
 * wait is left over by a killed process and taken over.
 */
export function withLogLock<T>(dir: string, body: () => T): T {
  const lock = path.join(dir, LOCK_FILE)
  const deadline = Date.now() + LOCK_WAIT_MS
  while (!tryLock(lock, deadline)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
  try {
    return body()
  } finally {
    unlock(lock)
  }
}

/** The same lock around asynchronous work (the gate's report files and their record). */
export async function withLogLockAsync<T>(dir: string, body: () => Promise<T>): Promise<T> {
  mkdirSync(dir, { recursive: true })
  const lock = path.join(dir, LOCK_FILE)
  const deadline = Date.now() + LOCK_WAIT_MS
  while (!tryLock(lock, deadline)) await new Promise((resolve) => setTimeout(resolve, 10))
  try {
    return await body()
  } finally {
    unlock(lock)
  }
}

function tryLock(lock: string, deadline: number): boolean {
  try {
    closeSync(openSync(lock, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  let age: number
  try {
    age = Date.now() - lstatSync(lock).mtimeMs
  } catch {
    return false
  }
  if (age > LOCK_WAIT_MS) {
    rmSync(lock, { force: true, recursive: true })
    return false
  }
  if (Date.now() > deadline)
    throw new Error(`the operational log's lock ${lock} is held by another writer`)
  return false
}

function unlock(lock: string): void {
  try {
    unlinkSync(lock)
  } catch {
    // Taken over by another writer after a very long hold: theirs now.
  }
}

// ── the gate's watch over its log while the suite runs ─────────────────────────────────────

export interface LogSnapshot {
  dir: string
  /** Lines in the current log, and the hash of the last (or the link when it is empty). */
  lines: number
  head: string
  /** The log's bytes, to put it back after a rewrite (null when over the bound or absent). */
  content: Buffer | null
  /** Rotated log → SHA-256 of its content. */
  archives: Map<string, string>
  /** Why the log does not verify before the suite starts, or null. */
  problem: string | null
}

/** Taken before the suite starts: the log's chain checked, its head and archive digests held. */
export async function snapshotLog(dir: string): Promise<LogSnapshot> {
  return withLogLockIfPresent(dir, async () => {
    const archives = new Map<string, string>()
    for (const file of rotatedLogs(dir)) {
      try {
        archives.set(file, sha256(readRegularSync(file) ?? Buffer.alloc(0)))
      } catch (error) {
        archives.set(file, `unreadable: ${(error as Error).message}`)
      }
    }
    let data: Buffer | null = null
    let problem: string | null = null
    try {
      data = readRegularSync(path.join(dir, OPS_LOG_FILE))
    } catch (error) {
      problem = `the operational log cannot be read: ${(error as Error).message}`
    }
    const link = chainLink(dir)
    const log = verifyLogText(data?.toString('utf8') ?? '', link, path.join(dir, OPS_LOG_FILE))
    return {
      dir,
      lines: log.lines.length,
      head: log.head,
      content: data !== null && data.length <= MAX_RESTORE_BYTES ? data : null,
      archives,
      problem: problem ?? log.problem,
    }
  })
}

/**
 * After the suite (under the log's lock): what changed in the log that the gate did not write. Appends that chain on from
 * the held head (another run's entries) and a rotation by a retention run are allowed.
 */
export function compareLog(before: LogSnapshot): string[] {
  const problems: string[] = []
  const now = rotatedLogs(before.dir)
  for (const [file, digest] of before.archives) {
    let current: string
    try {
      const data = readRegularSync(file)
      if (data === null) {
        problems.push(`the rotated log ${file} was removed`)
        continue
      }
      current = sha256(data)
    } catch (error) {
      current = `unreadable: ${(error as Error).message}`
    }
    if (current !== digest) problems.push(`the rotated log ${file} was rewritten`)
  }
  const file = path.join(before.dir, OPS_LOG_FILE)
  let data: Buffer | null
  try {
    data = readRegularSync(file)
  } catch (error) {
    return [...problems, `the operational log cannot be read: ${(error as Error).message}`]
  }
  const log = verifyLogText(data?.toString('utf8') ?? '', chainLink(before.dir), file)
  // Rotated while the suite ran (by a retention run): what was held is in the new archive.
  const rotated = now.find((f) => !before.archives.has(f))
  const holder = rotated !== undefined && before.lines > 0 ? readRegularSync(rotated) : data
  if (before.lines > 0 && !holdsSnapshot(before, holder)) {
    problems.push(
      `the operational log no longer starts with the ${before.lines} line(s) it had before the suite ran: entries were removed or rewritten`,
    )
  }
  if (log.problem !== null) problems.push(log.problem)
  return problems
}

/** The log still begins with what it held before the suite: byte for byte, or by the held head. */
function holdsSnapshot(before: LogSnapshot, data: Buffer | null): boolean {
  if (data === null) return false
  if (before.content !== null) {
    return data.subarray(0, before.content.length).equals(before.content)
  }
  const lines = data.toString('utf8').split('\n')
  const held = lines[before.lines - 1]
  return held !== undefined && lineHash(held) === before.head
}

/**
 * Puts the log back (under the log's lock) as it was before the suite (the rewritten one is kept beside it as evidence);
 * returns where the rewritten log went, or null when there was nothing held to put back.
 */
export function restoreLog(before: LogSnapshot, stamp: string): string | null {
  if (before.content === null) return null
  const file = path.join(before.dir, OPS_LOG_FILE)
  const kept = path.join(before.dir, `operational-log.tampered-${stamp}.jsonl`)
  try {
    renameSync(file, kept)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const fd = openSync(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0o644)
  try {
    writeSync(fd, before.content as Buffer)
  } finally {
    closeSync(fd)
  }
  return kept
}

/** Lock only when the directory exists (a first run has no log to guard yet). */
async function withLogLockIfPresent<T>(dir: string, body: () => Promise<T>): Promise<T> {
  try {
    if (!statSync(dir).isDirectory()) return await body()
  } catch {
    return body()
  }
  return withLogLockAsync(dir, body)
}
