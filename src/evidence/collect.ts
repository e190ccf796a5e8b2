// The evidence of one run: before the suite starts, what the results patterns and the report
// directory already hold; after it exits, the per-check results it wrote, with their levels.

import path from 'node:path'
import { ACTION_WORDS, capitalized, type CheckResult, type SurfaceWords } from '../model.js'
import {
  MAX_RESULTS_FILES,
  changedSince,
  expandPatterns,
  readRegularFile,
  snapshotDirectory,
  snapshotFiles,
  type FileSnapshot,
} from './files.js'
import type { EvidenceSettings } from './settings.js'
import { levelFromMap, levelFromTokens, parseLevelMap, type LevelRule } from './levels.js'
import type { ParsedTest } from './parse.js'
import { resultsParser, warmResultsParser } from './parse-thread.js'
import { isGateFile, isReservedReport } from '../report/files.js'

/** The source document's report name (docs/source-document.md), which the suite writes itself. */
export const SUITE_REPORT_PATTERN = /^SMOKE_TEST_INSTITUTIONAL_.*\.md$/

/** All results files of a run together: four of the largest single files. */
const MAX_TOTAL_RESULTS_BYTES = 32 * 1024 * 1024

export interface EvidenceScope {
  /** The suite's working directory: results patterns are relative to it. */
  cwd: string
  /** The PREFLIGHT_RESULTS file the gate hands the suite. */
  preflightResults: string
  /** The JUnit report the gate asked pytest to write (src/runner/pytest.ts), if any. */
  pytestReport?: string
  /** Where the gate writes its reports; what the suite writes there is kept and listed. */
  reportDir?: string
  /** Files the gate itself writes in the report directory during the run (its output log). */
  gateWrites?: string[]
  /** How the surface names its inputs in the notes (the action's when absent). */
  words?: SurfaceWords
}

export interface EvidenceWatch {
  settings: EvidenceSettings
  scope: EvidenceScope
  rules: LevelRule[]
  /** The results files that existed before the suite started. */
  before: FileSnapshot
  /** The report directory's entries before the suite started. */
  reportDirBefore: FileSnapshot
}

export interface CollectedEvidence {
  /** Null when the suite left no results file at all. */
  checks: CheckResult[] | null
  /** The results files read, absolute. */
  files: string[]
  /** Files the suite wrote in the report directory during the run, absolute. */
  suiteReports: string[]
  /** Tests that declared no level and matched no rule or token: counted as P0. */
  unmapped: string[]
  notes: string[]
  /** A results file that could not be read or parsed: the run is a crash. */
  error: string | null
}

/** Taken before the suite starts, so only what the run wrote counts as its evidence. */
export async function watchEvidence(
  settings: EvidenceSettings,
  scope: EvidenceScope,
): Promise<EvidenceWatch> {
  const map = parseLevelMap(settings.levelMap)
  if (!map.ok)
    throw new Error(`${capitalized((scope.words ?? ACTION_WORDS).input('level-map'))} ${map.error}`)
  const existing = await expandPatterns(settings.results, scope.cwd)
  const before = await snapshotFiles(existing)
  const reportDirBefore = scope.reportDir ? await snapshotDirectory(scope.reportDir) : new Map()
  if (settings.requireResults !== 'never' || settings.results.length > 0) warmResultsParser()
  return { settings, scope, rules: map.rules, before, reportDirBefore }
}

/** A cancellation (the signal) ends a parse under way: collecting then rejects with its reason. */
export async function collectEvidence(
  watch: EvidenceWatch,
  signal?: AbortSignal,
): Promise<CollectedEvidence> {
  const { settings, scope } = watch
  const words = scope.words ?? ACTION_WORDS
  const notes: string[] = []
  const { reports: suiteReports, otherGate } = await reportsWrittenBySuite(watch)

  // Files the gate named in its own temporary directory: read when the suite wrote them.
  const gateNamed = new Map([[scope.preflightResults, 'PREFLIGHT_RESULTS']])
  if (scope.pytestReport) gateNamed.set(scope.pytestReport, "pytest's JUnit report")
  const candidates = [...gateNamed.keys()]
  if (settings.results.length > 0) {
    const matched = await expandPatterns(settings.results, scope.cwd)
    const { written, stale } = await changedSince(watch.before, matched)
    if (stale.length > 0) {
      notes.push(
        `Ignored ${stale.length} results file(s) the suite did not write during this run: ${listed(stale, scope.cwd)}.`,
      )
    }
    if (written.length === 0) {
      notes.push(
        `${capitalized(words.input('results'))} (${settings.results.join(', ')}) matched no file written during this run (relative to ${scope.cwd}).`,
      )
    }
    candidates.push(...written)
  } else {
    const own = suiteReports.filter((f) => SUITE_REPORT_PATTERN.test(path.basename(f)))
    if (own.length > 0 && otherGate !== null) {
      return {
        checks: null,
        files: [],
        suiteReports,
        unmapped: [],
        notes,
        error: `Another gate run used the report directory while this suite ran (${path.basename(otherGate)}), so the suite reports that appeared there (${listed(own, scope.cwd)}) cannot be attributed to this run. Give each run its own ${words.input('report-dir')}, or name this suite's results with ${words.input('results')}.`,
      }
    }
    candidates.push(...own)
  }

  const files: string[] = []
  const tests: Array<{ test: ParsedTest; file: string }> = []
  const fail = (error: string): CollectedEvidence => ({
    checks: null,
    files,
    suiteReports,
    unmapped: [],
    notes,
    error,
  })
  if (candidates.length > MAX_RESULTS_FILES + gateNamed.size) {
    return fail(
      `${candidates.length - gateNamed.size} results files matched; at most ${MAX_RESULTS_FILES} are read. Narrow ${words.input('results')}.`,
    )
  }
  // The parser's thread (and its XML and YAML libraries) starts only when there is a file to parse.
  const parser = resultsParser(signal)
  let totalBytes = 0
  try {
    for (const file of candidates) {
      if (gateNamed.has(file) && !(await exists(file))) continue
      const shown = gateNamed.get(file) ?? displayPath(file, scope.cwd)
      const read = await readRegularFile(file)
      if (!read.ok) return fail(`Results file ${shown} ${read.error}.`)
      // Each file is bounded, and so is their sum: parsing never takes the gate for long.
      totalBytes += read.bytes
      if (totalBytes > MAX_TOTAL_RESULTS_BYTES)
        return fail(
          `The results files add up to more than ${MAX_TOTAL_RESULTS_BYTES / 1024 / 1024} MiB (at ${shown}); write fewer or smaller results.`,
        )
      const parsed = await parser.parse(shown, read.text)
      if (!parsed.ok) return fail(`Results file ${parsed.message}`)
      files.push(shown)
      for (const test of parsed.results.tests) tests.push({ test, file: shown })
    }
  } finally {
    await parser.stop()
  }
  if (files.length === 0) {
    return { checks: null, files, suiteReports, unmapped: [], notes, error: null }
  }

  const checks = new Map<string, { check: CheckResult; file: string }>()
  const unmapped: string[] = []
  for (const [index, { test, file }] of tests.entries()) {
    // Thousands of tests against the level map: let a SIGTERM through now and then.
    if (index % 500 === 499) await yieldToSignals()
    const { check, mapped } = toCheck(test, watch.rules)
    if (!mapped) unmapped.push(check.name)
    const seen = checks.get(check.name)
    if (seen === undefined) {
      checks.set(check.name, { check, file })
    } else if (seen.check.level !== check.level || seen.check.status !== check.status) {
      return fail(
        `Check "${check.name}" is reported twice with different results (${seen.check.level} ${seen.check.status} in ${seen.file}, ${check.level} ${check.status} in ${file}).`,
      )
    }
  }
  if (unmapped.length > 0) {
    notes.push(
      `${unmapped.length} test(s) declare no level and match no ${words.input('level-map')} rule or p0/p1/p2 name token, so they count as P0: ${unmapped.slice(0, 10).join(', ')}${unmapped.length > 10 ? ` and ${unmapped.length - 10} more` : ''}.`,
    )
  }
  return {
    checks: [...checks.values()].map((c) => c.check),
    files,
    suiteReports,
    unmapped,
    notes,
    error: null,
  }
}

/** A parsed test as a check: its own level, else the level map, else a name token, else P0. */
export function toCheck(
  test: ParsedTest,
  rules: readonly LevelRule[],
): { check: CheckResult; mapped: boolean } {
  const level = test.level ?? levelFromMap(rules, test) ?? levelFromTokens(test)
  const name = (test.classname ? `${test.classname}.${test.name}` : test.name).slice(0, 200)
  const check: CheckResult = {
    name,
    level: level ?? 'P0',
    status: test.status === 'error' ? 'failed' : test.status,
    durationMs: test.durationMs,
    message: test.status === 'error' ? `error: ${test.message}` : test.message,
    ...(test.description !== undefined && { description: test.description }),
    ...(test.remediation !== undefined && { remediation: test.remediation }),
  }
  return { check, mapped: level !== null }
}

async function reportsWrittenBySuite(
  watch: EvidenceWatch,
): Promise<{ reports: string[]; otherGate: string | null }> {
  const { reportDir, gateWrites = [] } = watch.scope
  if (!reportDir) return { reports: [], otherGate: null }
  const now = await snapshotDirectory(reportDir)
  const written = [...now]
    .filter(([f, stamp]) => watch.reportDirBefore.get(f) !== stamp)
    .map(([f]) => f)
  // This run's own files share the stem of its output log.
  // (A suite that wrote its own report under this run's reserved name replaced the gate's marked
  // file: that one is the suite's.)
  const ownStems = new Set(gateWrites.map((f) => reportStem(path.resolve(f))))
  const own = (f: string) =>
    ownStems.has(reportStem(path.resolve(f))) && !(f.endsWith('.md') && !isGateFile(f))
  // Another gate run writing to this directory during the suite, or still running there (its
  // report reserved but not written): what appeared meanwhile cannot be told apart by author.
  const otherGate =
    written.find((f) => !own(f) && isGateFile(f)) ??
    [...now.keys()].find((f) => !own(f) && f.endsWith('.md') && isReservedReport(f)) ??
    null
  return { reports: written.filter((f) => !own(f) && !isGateFile(f)).sort(), otherGate }
}

/** `…/SMOKE_TEST_INSTITUTIONAL_20251115_085304` of any of a run's report files. */
function reportStem(file: string): string {
  return file.replace(
    /(\.output\.log|\.oplog\.jsonl|\.junit\.xml|\.json|\.md|\.kill-switch\.log|\.on-p1\.log)$/,
    '',
  )
}

/** One turn of the event loop: a pending signal handler runs before the next piece of work. */
function yieldToSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

async function exists(file: string): Promise<boolean> {
  return (await snapshotFiles([file])).size > 0
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

function listed(files: readonly string[], cwd: string): string {
  const shown = files.slice(0, 5).map((f) => displayPath(f, cwd))
  return shown.join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '')
}
