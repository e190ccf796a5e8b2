// Where a run's report files go, and writing them. Names never collide: the Markdown file is
// reserved with an exclusive create before the suite starts.

import { mkdir, open, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { OPS_LOG_FILE } from '../opslog.js'
import { renderJsonReport } from './json.js'
import { renderMarkdownReport } from './markdown.js'
import type { GateRun, ReportPaths } from '../model.js'

const MAX_NAME_ATTEMPTS = 100

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
      await (await open(`${base}.md`, 'wx')).close()
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
    files.map(async ([file, render]) => writeFile(file, await render(), 'utf8')),
  )
  return results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`${path.basename(files[i]?.[0] ?? '')}: ${(result.reason as Error).message}`]
      : [],
  )
}

/** The files of one run, as they go into the artifact. */
export function reportFiles(paths: ReportPaths): string[] {
  return [paths.markdown, paths.json, paths.junit, paths.runOpsLog, paths.outputLog].filter(
    (f): f is string => f !== null,
  )
}
