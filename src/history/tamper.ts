// What the gate watches while the untrusted suite runs: its operational log (hash chain, held
// head) and the files named like its reports in the report and history directories. Whatever
// changed there that the gate did not write is tampering, reported with what was changed.

import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { compareLog, restoreLog, snapshotLog, withLogLockAsync, type LogSnapshot } from './chain.js'
import { gateRecords, isReportFileName, notRecorded } from './record.js'
import { GATE_REPORT_MARKER } from '../report/markdown.js'
import { isReservedReport } from '../report/files.js'
import { readRegularSync } from './chain.js'

export interface GateFilesWatch {
  log: LogSnapshot
  /** Directory → report-named file → its stamp (inode, size, mtime). */
  named: Map<string, Map<string, string>>
}

export interface Tampering {
  /** What is wrong with the operational log (before or after the suite). */
  log: string[]
  /** Where the rewritten log was kept when the held one was put back. */
  keptAt: string | null
  /** Files named like the gate's reports that appeared or changed while the suite ran. */
  planted: string[]
}

export async function watchGateFiles(
  logDir: string,
  reportDirs: readonly string[],
): Promise<GateFilesWatch> {
  const named = new Map<string, Map<string, string>>()
  for (const dir of new Set(reportDirs)) named.set(dir, namedFiles(dir))
  return { log: await snapshotLog(logDir), named }
}

/**
 * After the suite (and everything it started) has ended. A log that changed is put back as it
 * was, the changed one kept beside it as evidence. A `.md` without the gate's marker is the
 * suite's own report in the document's format (evidence it may write); anything else named like a
 * gate report (its JSON, JUnit, logs, a Markdown carrying the marker) that is not this run's own
 * is planted.
 */
export async function checkGateFiles(
  watch: GateFilesWatch,
  own: readonly string[],
  stamp: string,
): Promise<Tampering> {
  // Under the lock a gate holds while it writes its reports and their record: another run's
  // files are either still reserved or recorded, never seen half way.
  return withLogLockAsync(watch.log.dir, async () => check(watch, own, stamp))
}

function check(watch: GateFilesWatch, own: readonly string[], stamp: string): Tampering {
  const before = watch.log.problem === null ? [] : [`before the suite ran: ${watch.log.problem}`]
  const after = compareLog(watch.log)
  let keptAt: string | null = null
  if (after.length > 0) {
    try {
      keptAt = restoreLog(watch.log, stamp)
    } catch (error) {
      after.push(`the log could not be put back as it was: ${(error as Error).message}`)
    }
  }
  const ownFiles = new Set(own.map((f) => path.resolve(f)))
  const candidates: string[] = []
  for (const [dir, stamps] of watch.named) {
    for (const [name, now] of namedFiles(dir)) {
      const file = path.join(dir, name)
      if (stamps.get(name) === now || ownFiles.has(file)) continue
      if (name.endsWith('.md') && !startsWithMarker(file)) continue
      // Another gate run still in progress here (its report reserved, not yet written).
      if (isReservedReport(file.replace(/\.[a-z.-]+$/, '.md'))) continue
      candidates.push(file)
    }
  }
  // Another gate run sharing the history recorded them (appended while this suite ran).
  const records = candidates.length > 0 ? gateRecords(watch.log.dir) : null
  const planted = candidates.filter(
    (f) => records === null || notRecorded(records, path.dirname(f), path.basename(f)) !== null,
  )
  return { log: [...before, ...after.map((p) => `while the suite ran: ${p}`)], keptAt, planted }
}

function namedFiles(dir: string): Map<string, string> {
  const stamps = new Map<string, string>()
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return stamps
  }
  for (const name of names) {
    if (!isReportFileName(name)) continue
    try {
      const info = lstatSync(path.join(dir, name))
      stamps.set(name, `${info.ino}:${info.size}:${info.mtimeMs}:${info.mode}`)
    } catch {
      // Gone between the listing and the lstat: not there.
    }
  }
  return stamps
}

function startsWithMarker(file: string): boolean {
  try {
    const data = readRegularSync(file)
    return (
      data !== null &&
      data.subarray(0, GATE_REPORT_MARKER.length).toString('utf8') === GATE_REPORT_MARKER
    )
  } catch {
    // Not a regular file (a link, a FIFO) named like a report: not the suite's own report either.
    return true
  }
}
