// The verdict from evidence: per-check results decide the status, the exit code is
// cross-checked against the runner's declared contract, and a contradiction is a crash.
// Pure: no I/O, no @actions/*.

import {
  ACTION_WORDS,
  EXIT_CODE_STATUS,
  statusFromChecks,
  type CheckResult,
  type Level,
  type Mode,
  type Status,
  type SurfaceWords,
} from '../model.js'
import type { ExitContract, RequireResults } from './settings.js'

export interface JudgeInput {
  mode: Mode
  /** The code the suite exited with. */
  exitCode: number
  contract: ExitContract
  requireResults: RequireResults
  /** The per-check results the suite left; null when it left none. */
  checks: readonly CheckResult[] | null
  /**
   * Input "results" names files the suite is configured to write: their absence means the
   * runner failed before it reported (a usage error), unless require-results is never.
   */
  resultsDeclared?: boolean
  /** How the surface names its inputs in the notes (the action's when absent). */
  words?: SurfaceWords
}

export interface Judgement {
  status: Status
  /** Why: the first note is the headline (it goes to the operational log). */
  notes: string[]
}

const CONTRACT_TEXT: Record<ExitContract, string> = {
  preflight: '0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings only',
  'any-failure': '0 all tests passed, 1 some test failed',
}

const CONTRACT_CODES: Record<ExitContract, readonly number[]> = {
  preflight: [0, 1, 2, 3],
  'any-failure': [0, 1],
}

/** The level whose failure each preflight exit code announces. */
const CODE_LEVEL: Record<number, Level> = { 1: 'P0', 2: 'P1', 3: 'P2' }

export function evidenceRequired(require: RequireResults, mode: Mode): boolean {
  return require === 'always' || (require === 'live' && mode === 'live')
}

export function judge(input: JudgeInput): Judgement {
  const { exitCode, contract, checks } = input
  if (!CONTRACT_CODES[contract].includes(exitCode)) {
    return crashed(
      `The suite exited with code ${exitCode}, outside its exit-code contract "${contract}" (${CONTRACT_TEXT[contract]}): the runner itself failed (for pytest: 2 interrupted or collection error, 3 internal error, 4 usage error, 5 no tests collected). Treated as a crash.`,
    )
  }

  if (checks === null) return withoutEvidence(input)

  if (!checks.some((c) => c.status !== 'skipped')) {
    return crashed(
      `The suite exited ${exitCode} but its results show no executed check (${checks.length} listed, all skipped or none): nothing was verified. Treated as a crash.`,
    )
  }

  // A skipped P0 check gave no assurance: it counts as a P0 failure, as in the built-in runner.
  const skippedP0 = checks.filter((c) => c.level === 'P0' && c.status === 'skipped')
  const counted = checks.map((c) =>
    c.level === 'P0' && c.status === 'skipped' ? { ...c, status: 'failed' as const } : c,
  )
  const failed = (level?: Level) =>
    counted.filter((c) => c.status === 'failed' && (level === undefined || c.level === level))
  const reportedFailed = checks.filter((c) => c.status === 'failed')
  const fromChecks = statusFromChecks(counted)
  const skipNotes = skippedP0.map(
    (c) => `P0 check "${c.name}" was skipped; a skipped P0 check counts as a P0 failure.`,
  )

  if (exitCode === 0 && reportedFailed.length > 0) {
    return crashed(
      `The suite exited 0 (all passed) but its results show ${reportedFailed.length} failed check(s): ${names(reportedFailed)}. The exit code contradicts the results; treated as a crash.`,
    )
  }
  if (contract === 'preflight' && exitCode !== 0) {
    const level = CODE_LEVEL[exitCode] as Level
    if (failed(level).length === 0) {
      return crashed(
        `The suite exited ${exitCode} (${EXIT_CODE_STATUS[exitCode]}) but its results show no failed ${level} check. The exit code contradicts the results; treated as a crash.`,
      )
    }
  }
  if (contract === 'any-failure' && exitCode === 1 && failed().length === 0) {
    return crashed(
      'The suite exited 1 (some test failed) but its results show no failed check. The exit code contradicts the results; treated as a crash.',
    )
  }
  return { status: fromChecks, notes: skipNotes }
}

function withoutEvidence(input: JudgeInput): Judgement {
  const { mode, exitCode, contract, requireResults } = input
  const words = input.words ?? ACTION_WORDS
  if (input.resultsDeclared && requireResults !== 'never') {
    return crashed(
      `The suite exited ${exitCode} without writing the results named in ${words.input('results')}: the runner failed before it reported (for example a usage error from the subset argument; see ${words.input('subset-args')}). Treated as a crash.`,
    )
  }
  if (evidenceRequired(requireResults, mode)) {
    return crashed(
      `No per-check evidence: the suite exited ${exitCode} but left no results with an executed check, and ${mode} mode requires them (${words.input('require-results')} is ${requireResults}). Write per-check results (JSON to $PREFLIGHT_RESULTS, JUnit XML such as pytest --junitxml, TAP, or the document's Markdown report) and name them in ${words.input('results')}, or set ${words.input('require-results')} to never to decide on the exit code alone.`,
    )
  }
  const status =
    contract === 'preflight' ? EXIT_CODE_STATUS[exitCode] : exitCode === 0 ? 'passed' : 'p0-failed'
  const notes = [
    `Warning: this verdict rests on the exit code alone (${exitCode}); the suite left no per-check results${requireResults === 'never' ? ` and ${words.input('require-results')} is never` : ''}.`,
  ]
  if (contract === 'any-failure' && exitCode === 1) {
    notes.unshift(
      'The suite exited 1 (some test failed) without per-check results, so the failed level is unknown: counted as P0.',
    )
  }
  return { status: status ?? 'crashed', notes }
}

function crashed(note: string): Judgement {
  return { status: 'crashed', notes: [note] }
}

function names(checks: readonly CheckResult[]): string {
  const shown = checks.slice(0, 5).map((c) => `"${c.name}" (${c.level})`)
  return shown.join(', ') + (checks.length > 5 ? ` and ${checks.length - 5} more` : '')
}
