import type { Writable } from 'node:stream'
import type { Decision } from './decision.js'
import type { Banner } from './report/messages.js'
import type { OpsLogEntry } from './opslog.js'
import type { Provenance } from './provenance.js'

// The domain model shared by the suite runners (external command, built-in suite), the decision,
// the reporters and the publishers: what a suite found, and one gate run as it was decided.
// Nothing here imports @actions/*. The verdict table is in docs/verdicts.md.

export const MODES = ['paper', 'live'] as const
export type Mode = (typeof MODES)[number]

export const LEVELS = ['P0', 'P1', 'P2'] as const
export type Level = (typeof LEVELS)[number]

/** What happened to the suite as a whole (the status column of docs/verdicts.md). */
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
  /** Words the gate appended to the suite's command for the subset (subset-args). */
  appendedArgs?: string[]
  /** The per-check results files the verdict rests on, as shown to people. */
  evidenceFiles?: string[]
  /** Reports the suite itself wrote in the report directory during the run (absolute paths). */
  suiteReports?: string[]
  /** Checks with no level of their own or from level-map: counted as P0. */
  unmappedChecks?: string[]
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

/** A reviewer whose approval counted, with the comment they gave. */
export interface Approver {
  login: string
  comment: string
}

/** The outcome of verifying an override's approval through the GitHub API. */
export interface ApprovalCheck {
  granted: boolean
  environment: string
  requiredApprovals: number
  approvers: Approver[]
  /** Why the approval was refused, each with how to fix it. */
  refusals: string[]
  warnings: string[]
}

/** Where one run's report files are. */
export interface ReportPaths {
  markdown: string
  json: string
  junit: string
  outputLog: string | null
  /** All runs' entries, appended. */
  opsLog: string
  /** This run's entries only, for the artifact. */
  runOpsLog: string
}

/** What became of the report artifact; a failure carries the note that explains it. */
export type UploadOutcome =
  | { kind: 'uploaded'; name: string; id: number; url: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; name: string; error: string; note: string }

/** One gate run, fully decided: what the reporters render and the publishers send. */
export interface GateRun {
  mode: Mode | null
  subset: string | null
  /** What was run: the command line or the suite file. */
  source: string
  startedAt: Date
  outcome: SuiteOutcome
  decision: Decision
  approval: ApprovalCheck | null
  upload: UploadOutcome | null
  banner: Banner
  opsLog: OpsLogEntry[]
  operator: string
  runUrl: string
  reason: string
  ticket: string
  approvalEnvironment: string
  requiredApprovals: number
  /** Where and for what the gate ran (repository, commit, run, job, host, mode). */
  provenance?: Provenance
}
