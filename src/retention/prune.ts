// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name) when the gate's record
// holds them, else into `<YYYY-MM>.unrecorded.tar.gz`; the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.

import { lstat, mkdir, readdir, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ARCHIVE_DIR, OPS_LOG_FILE, withLogLockAsync } from '../history/chain.js'
import { gateRecords, notRecorded } from '../history/record.js'
import { openRegularForReading } from '../safe-file.js'
import { closeSync, openSync, readFileSync, renameSync } from 'node:fs'

const LOCK_FILE = '.prune.lock'
const DAY_MS = 24 * 60 * 60 * 1000
const REPORT_NAME =
  /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/

export interface PruneResult {
  /** Archive path → the file names added to it. */
  archived: Record<string, string[]>
  /** Where the operational log was rotated to, if it was. */
  rotatedLog: string | null
  /** Set when nothing was done because another prune holds the lock. */
  busy: boolean
  /** Old reports left where they are, with why (a file with more than one hard link). */
  refused: string[]
}

/** The time in a report's name, or null for any other file. */
export function reportTime(name: string): Date | null {
  const m = REPORT_NAME.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
  const date = new Date(Date.UTC(y!, mo! - 1, d, h, mi, s))
  return Number.isNaN(date.getTime()) ? null : date
}

export async function pruneReports(
  reportDir: string,
  retentionDays: number,
  now: Date,
  /** Whose record tells the gate's reports from others (the history; default: reportDir). */
  recordsDir: string = reportDir,
): Promise<PruneResult> {
  const result: PruneResult = { archived: {}, rotatedLog: null, busy: false, refused: [] }
  if (retentionDays === 0) return result
  let entries: string[]
  try {
    entries = await readdir(reportDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result
    throw error
  }
  const cutoff = now.getTime() - retentionDays * DAY_MS
  const byMonth = new Map<string, string[]>()
  for (const name of entries) {
    const time = reportTime(name)
    if (time === null || time.getTime() >= cutoff) continue
    // Never follow a link or read a FIFO named like a report.
    const info = await lstat(path.join(reportDir, name))
    if (!info.isFile()) continue
    // A hard link shares its contents with a file elsewhere: archiving would copy that file.
    if (info.nlink > 1) {
      result.refused.push(`${name}: it has ${info.nlink} hard links, so it is not archived`)
      continue
    }
    const month = time.toISOString().slice(0, 7)
    byMonth.set(month, [...(byMonth.get(month) ?? []), path.join(reportDir, name)])
  }
  // The gate's reports (recorded, digest intact) go into the month's archive; anything else named
  // like one (written before records existed, by a suite, planted) into `<month>.unrecorded`.
  if (byMonth.size > 0) {
    const records = gateRecords(recordsDir)
    for (const [month, files] of [...byMonth]) {
      const unrecorded = files.filter(
        (f) => notRecorded(records, reportDir, path.basename(f)) !== null,
      )
      if (unrecorded.length === 0) continue
      const recorded = files.filter((f) => !unrecorded.includes(f))
      if (recorded.length > 0) byMonth.set(month, recorded)
      else byMonth.delete(month)
      byMonth.set(`${month}.unrecorded`, unrecorded)
    }
  }
  const logMonth = await firstEntryMonth(path.join(reportDir, OPS_LOG_FILE))
  const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7)
  if (byMonth.size === 0 && !rotate) return result

  const archiveDir = path.join(reportDir, ARCHIVE_DIR)
  await mkdir(archiveDir, { recursive: true })
  // An `archive` link would carry the reports (and the rotated log) out of the report directory.
  const held = await lstat(archiveDir)
  if (held.isSymbolicLink() || !held.isDirectory()) {
    throw new Error(
      `${archiveDir} is ${held.isSymbolicLink() ? 'a link' : 'not a directory'}; the archive is never followed out of the report directory. Remove it and re-run`,
    )
  }
  if (!(await takeLock(archiveDir))) return { ...result, busy: true }
  try {
    await removeLeftovers(archiveDir)
    // Loaded only when there is something to archive: the gate's verdict path does not pay for tar.
    const { archiveFiles } = await import('./archive.js')
    for (const [month, files] of [...byMonth].sort()) {
      const archive = path.join(archiveDir, `${month}.tar.gz`)
      await archiveFiles(archive, files.sort())
      result.archived[archive] = files.map((f) => path.basename(f))
    }
    if (rotate) result.rotatedLog = await rotateLog(reportDir, archiveDir, logMonth)
  } finally {
    await rm(path.join(archiveDir, LOCK_FILE), { force: true })
  }
  return result
}

/** The month (YYYY-MM) of the log's first entry; null when there is no log or no readable entry. */
async function firstEntryMonth(file: string): Promise<string | null> {
  let handle
  try {
    handle = await openRegularForReading(file)
  } catch {
    return null
  }
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? ''
    const match = /"timestamp":"(\d{4}-\d{2})-/.exec(firstLine)
    return match?.[1] ?? null
  } finally {
    await handle.close()
  }
}

/**
 * Renames the log into the archive directory (atomic; writers reopen it by name), under the
 * log's lock: the next entry chains to the rotated log's last line.
 */
function rotateLog(reportDir: string, archiveDir: string, month: string): Promise<string> {
  return withLogLockAsync(reportDir, async () => {
    for (let attempt = 1; attempt <= 100; attempt++) {
      const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`
      const target = path.join(archiveDir, name)
      try {
        closeSync(openSync(target, 'wx'))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
        throw error
      }
      renameSync(path.join(reportDir, OPS_LOG_FILE), target)
      return target
    }
    throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`)
  })
}

/** One prune at a time per directory; a lock left by a process that died is taken over. */
async function takeLock(archiveDir: string): Promise<boolean> {
  const lock = path.join(archiveDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, processIdentity(process.pid), { flag: 'wx' })
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // The holder is its pid and start time: a pid the system reused for another process after
    // the holder died does not keep the lock.
    const [pid, started = ''] = (await readSmall(lock)).split(' ')
    const holder = Number(pid)
    if (
      Number.isInteger(holder) &&
      holder > 0 &&
      processAlive(holder) &&
      (started === '' || processIdentity(holder) === `${holder} ${started}`)
    )
      return false
    await unlink(lock).catch(() => undefined)
  }
  return false
}

async function readSmall(file: string): Promise<string> {
  try {
    const handle = await openRegularForReading(file)
    try {
      const buffer = Buffer.alloc(64)
      const { bytesRead } = await handle.read(buffer, 0, 64, 0)
      return buffer.subarray(0, bytesRead).toString('utf8').trim()
    } finally {
      await handle.close()
    }
  } catch {
    return ''
  }
}

/** `pid starttime` (Linux /proc; elsewhere the pid alone). */
function processIdentity(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
    return started ? `${pid} ${started}` : String(pid)
  } catch {
    return String(pid)
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Temporary archives and staging directories of a prune that was killed: never the only copy. */
async function removeLeftovers(archiveDir: string): Promise<void> {
  for (const name of await readdir(archiveDir)) {
    if (/^\.staging-/.test(name) || /^\..+\.tar\.gz\.tmp-\d+$/.test(name)) {
      await rm(path.join(archiveDir, name), { recursive: true, force: true })
    }
  }
}

/** Retention after a gate run: a failure never changes the verdict, it only adds a note. */
export async function retainAfterRun(
  notes: string[],
  reportDir: string,
  retentionDays: number | undefined,
  now: Date,
  recordsDir: string = reportDir,
): Promise<void> {
  if (retentionDays === undefined) return
  try {
    const { refused } = await pruneReports(reportDir, retentionDays, now, recordsDir)
    for (const refusal of refused) notes.push(`An old report was left in place: ${refusal}.`)
  } catch (error) {
    notes.push(
      `Old reports could not be archived (report-retention-days): ${(error as Error).message}. Nothing was removed that is not archived; run "preflight prune" to retry.`,
    )
  }
}
