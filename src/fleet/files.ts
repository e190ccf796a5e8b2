// Reading gate reports from disk (a downloaded artifact, or files the CLI is pointed at).
// Nothing in them is trusted: only regular files, bounded in size, schema-checked.

import { lstat, open } from 'node:fs/promises'
import path from 'node:path'
import { REPORT_LIMIT_BYTES, parseGateReport } from '../report/json-schema.js'
import type { LegEvidence } from './decision.js'
import { gateRecords, notRecorded } from '../history/record.js'

/** The gate's JSON report: SMOKE_TEST_INSTITUTIONAL_<yyyymmdd>_<hhmmss>[_n].json */
const GATE_REPORT = /^SMOKE_TEST_INSTITUTIONAL_(\d{8}_\d{6})(?:_(\d+))?\.json$/

/** Reads a file only when it is a regular file within the limit (no FIFO, device or link). */
export async function readBoundedFile(file: string, limitBytes: number): Promise<string> {
  const info = await lstat(file)
  if (!info.isFile()) throw new Error(`${file} is not a regular file`)
  if (info.size > limitBytes)
    throw new Error(`${file} is ${info.size} bytes, more than the ${limitBytes} a report may have`)
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(info.size, limitBytes) + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > limitBytes) throw new Error(`${file} grew past ${limitBytes} bytes`)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/**
 * The gate's JSON reports in a directory, newest first: only those the gate recorded in the
 * directory's operational log (an unbroken hash chain) whose SHA-256 still matches. A suite can
 * write files named like a report, with the gate's marker line, into the same directory: neither
 * a newer name nor a marker makes a file the gate's.
 */
export function gateReportsIn(dir: string): { reports: string[]; why: string } {
  const records = gateRecords(dir)
  const named = [...records.files.keys()]
    .map((name) => ({ name, match: GATE_REPORT.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => e.match !== null)
  const intact = named.filter((e) => notRecorded(records, dir, e.name) === null)
  const reports = intact
    .sort(
      (a, b) =>
        (b.match[1] ?? '').localeCompare(a.match[1] ?? '') ||
        Number(b.match[2] ?? 1) - Number(a.match[2] ?? 1),
    )
    .map((e) => path.join(dir, e.name))
  const changed = named
    .filter((e) => !intact.includes(e))
    .map((e) => notRecorded(records, dir, e.name))
  const why = [
    ...(records.problems.length > 0
      ? [`its operational log does not verify (${records.problems[0]})`]
      : []),
    ...changed.slice(0, 3),
  ].join('; ')
  return { reports, why }
}

/** One leg's evidence from a file, or from the newest gate report in a directory. */
export async function legFromPath(target: string, url = ''): Promise<LegEvidence> {
  try {
    const info = await lstat(target)
    let file = target
    if (info.isDirectory()) {
      const { reports, why } = gateReportsIn(target)
      const newest = reports[0]
      if (!newest)
        return {
          source: target,
          url,
          report: null,
          error: `no gate report (SMOKE_TEST_INSTITUTIONAL_*.json) recorded in its operational log${why ? `: ${why}` : ''}`,
        }
      file = newest
    }
    const parsed = parseGateReport(await readBoundedFile(file, REPORT_LIMIT_BYTES))
    return parsed.ok
      ? { source: file, url, report: parsed.report }
      : { source: file, url, report: null, error: parsed.error }
  } catch (error) {
    return { source: target, url, report: null, error: (error as Error).message }
  }
}
