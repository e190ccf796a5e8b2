// Where a run's report files go, and writing them. Names never collide: the Markdown file is
// reserved with an exclusive create before the suite starts.

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { OPS_LOG_FILE } from '../opslog.js'
import { renderJsonReport } from './json.js'
import { GATE_REPORT_MARKER, renderMarkdownReport } from './markdown.js'
import type { GateRun, ReportPaths } from '../model.js'
import { freshNameBeside, writeNewFile } from '../safe-file.js'

const MAX_NAME_ATTEMPTS = 100

const GATE_SUFFIXES = [
  '.md',
  '.json',
  '.junit.xml',
  '.output.log',
  '.oplog.jsonl',
  // preflight watch keeps its hooks' output next to the report of the run that triggered them
  '.kill-switch.log',
  '.on-p1.log',
]

/** Whether a file in a report directory is the gate's own (a report, its log, a lock, an archive). */
export function isGateFile(file: string): boolean {
  const name = path.basename(file)
  if (name === OPS_LOG_FILE || name.startsWith('.') || name === 'archive') return true
  const suffix = GATE_SUFFIXES.find((s) => name.endsWith(s))
  if (suffix === undefined) return false
  const markdown = path.join(path.dirname(file), name.slice(0, -suffix.length) + '.md')
  try {
    // Non-blocking, and only a regular file: a FIFO named like a report must not hang the gate.
    // Never through a link: the gate writes none, and a chain the suite planted resolves slowly.
    const fd = openSync(markdown, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    try {
      if (!fstatSync(fd).isFile()) return false
      const head = Buffer.alloc(GATE_REPORT_MARKER.length)
      readSync(fd, head, 0, head.length, 0)
      return head.toString('utf8') === GATE_REPORT_MARKER
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

/** A gate's Markdown report that is reserved but not written yet: its run is in progress. */
export function isReservedReport(markdown: string): boolean {
  try {
    const info = lstatSync(markdown)
    return info.isFile() && info.size === GATE_REPORT_MARKER.length + 1 && isGateFile(markdown)
  } catch {
    return false
  }
}

/** `SMOKE_TEST_INSTITUTIONAL_20251115_085304` in UTC. */
export function reportBaseName(date: Date): string {
  const stamp = date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/-|:/g, '')
    .replace('T', '_')
  return `SMOKE_TEST_INSTITUTIONAL_${stamp}`
}

export async function reserveReportPaths(reportDir: string, date: Date): Promise<ReportPaths> {
  await mkdir(reportDir, { recursive: true })
  const stem = reportBaseName(date)
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const base = path.join(reportDir, attempt === 1 ? stem : `${stem}_${attempt}`)
    try {
      const handle = await open(`${base}.md`, 'wx')
      await handle.writeFile(GATE_REPORT_MARKER + '\n').finally(() => handle.close())
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    return {
      markdown: `${base}.md`,
      json: `${base}.json`,
      junit: `${base}.junit.xml`,
      outputLog: `${base}.output.log`,
      opsLog: path.join(reportDir, OPS_LOG_FILE),
      runOpsLog: `${base}.oplog.jsonl`,
    }
  }
  throw new Error(
    `Could not find a free report name in ${reportDir} after ${MAX_NAME_ATTEMPTS} tries.`,
  )
}

/**
 * Writes every report file of the run; returns what could not be written (each renderer and each
 * file on its own, so one failure leaves the others complete).
 */
export async function writeReports(run: GateRun, paths: ReportPaths): Promise<string[]> {
  const files: Array<[string, () => string | Promise<string>]> = [
    [paths.markdown, () => renderMarkdownReport(run)],
    [paths.json, () => renderJsonReport(run)],
    // The XML builder loads only here, off the start-up path.
    [paths.junit, async () => (await import('./junit.js')).renderJunitReport(run)],
    [paths.runOpsLog, () => run.opsLog.map((e) => JSON.stringify(e) + '\n').join('')],
  ]
  const results = await Promise.allSettled(
    files.map(async ([file, render]) => writeAtomically(file, await render())),
  )
  return results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`${path.basename(files[i]?.[0] ?? '')}: ${(result.reason as Error).message}`]
      : [],
  )
}

/**
 * Written under a hidden name, then renamed: another run never sees a report half written (a
 * Markdown report without its marker would pass for a suite's).
 */
async function writeAtomically(file: string, data: string): Promise<void> {
  const hidden = freshNameBeside(file, 'writing')
  try {
    await writeNewFile(hidden, data)
    // The name must still be a regular file (or free) before it is replaced.
    const existing = await lstat(file).catch(() => null)
    if (existing && !existing.isFile()) throw new Error(`${file} is not a regular file`)
    await rename(hidden, file)
  } catch (error) {
    await rm(hidden, { force: true })
    throw error
  }
}

/** The files of one run, as they go into the artifact. */
export function reportFiles(paths: ReportPaths): string[] {
  return [paths.markdown, paths.json, paths.junit, paths.runOpsLog, paths.outputLog].filter(
    (f): f is string => f !== null,
  )
}
