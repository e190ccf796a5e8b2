import type { Writable } from 'node:stream'

// The results model shared by every suite runner (external command, built-in suite), the
// decision, the reporters and the publishers. Nothing here imports @actions/*.

export const MODES = ['paper', 'live'] as const
export type Mode = (typeof MODES)[number]

export const LEVELS = ['P0', 'P1', 'P2'] as const
export type Level = (typeof LEVELS)[number]

/** What happened to the suite as a whole (product.md's status column). */
export const STATUSES = [
  'passed',
  'p2-warned',
  'p1-failed',
  'p0-failed',
  'timeout',
  'crashed',
  'missing',
  'invalid',
  'skipped',
] as const
export type Status = (typeof STATUSES)[number]

export const VERDICTS = ['proceed', 'abort', 'approval-required'] as const
export type Verdict = (typeof VERDICTS)[number]

export const OVERRIDES = ['force-start', 'skip'] as const
export type Override = (typeof OVERRIDES)[number]

export type CheckStatus = 'passed' | 'failed' | 'skipped'

/** One check's result, as a suite reports it through PREFLIGHT_RESULTS or the built-in runner. */
export interface CheckResult {
  name: string
  level: Level
  status: CheckStatus
  /** Milliseconds. */
  durationMs: number
  message: string
  description?: string
  /** Shown in the report and the summary when the check fails. */
  remediation?: string
  /** Bounded, ANSI-free tail of this check's own output, if it has any. */
  output?: string
  /** How many attempts the check took, when more than one (a pass after retries is flaky). */
  attempts?: number
}

/** What a suite runner hands to the decision and the reporters. */
export interface SuiteOutcome {
  status: Status
  /** The suite's own exit code, when a process exited with one. */
  exitCode: number | null
  /** The signal that ended the suite, if one did. */
  signal: string | null
  durationMs: number
  checks: CheckResult[]
  /** Human-readable facts about the run: why a status was chosen, what was malformed, etc. */
  notes: string[]
  /** Bounded, ANSI-free tail of the suite's combined output. */
  outputTail: string
  /** Set when outputTail is only the end of a longer output. */
  outputTruncated: boolean
  /**
   * Values the runner read from the environment on the suite's behalf (${env:} expansions, the
   * variables env checks read): secrets as far as the gate knows, to be redacted from every report.
   */
  secretValues?: string[]
}

/** What every suite runner is given: where and how long to run, and where output goes. */
export interface SuiteRunScope {
  mode: Mode
  subset: string
  timeoutMs: number
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the suite's output is echoed live. */
  echo?: Writable
  /** Time between SIGTERM and SIGKILL when a process outlives its time. */
  killGraceMs?: number
}

/** An outcome where no check ran: the suite was invalid, missing or skipped. */
export function outcomeWithoutChecks(
  status: Status,
  notes: string[],
  durationMs = 0,
): SuiteOutcome {
  return {
    status,
    exitCode: null,
    signal: null,
    durationMs,
    checks: [],
    notes,
    outputTail: '',
    outputTruncated: false,
  }
}

/** Severity order of the statuses that a suite's own exit code can produce. */
const SEVERITY: Record<'passed' | 'p2-warned' | 'p1-failed' | 'p0-failed', number> = {
  passed: 0,
  'p2-warned': 1,
  'p1-failed': 2,
  'p0-failed': 3,
}

export type ExitStatus = keyof typeof SEVERITY

/** The source document's exit codes: 0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings. */
export const EXIT_CODE_STATUS: Record<number, ExitStatus> = {
  0: 'passed',
  1: 'p0-failed',
  2: 'p1-failed',
  3: 'p2-warned',
}

export const STATUS_EXIT_CODE: Record<ExitStatus, number> = {
  passed: 0,
  'p0-failed': 1,
  'p1-failed': 2,
  'p2-warned': 3,
}

export function worseStatus(a: ExitStatus, b: ExitStatus): ExitStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b
}

/** The status a list of check results implies: any P0 failed → p0, else P1 → p1, else P2 → p2. */
export function statusFromChecks(checks: readonly CheckResult[]): ExitStatus {
  const failed = (level: Level) => checks.some((c) => c.level === level && c.status === 'failed')
  if (failed('P0')) return 'p0-failed'
  if (failed('P1')) return 'p1-failed'
  if (failed('P2')) return 'p2-warned'
  return 'passed'
}

export function isExitStatus(status: Status): status is ExitStatus {
  return status in SEVERITY
}
