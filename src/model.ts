import type { Writable } from 'node:stream'

// The ground floor: the domain model shared by the suite runners (external command, built-in
// suite), the decision, the reporters and the publishers: what a suite found, and one gate run as
// it was decided. Types and constants only; it imports no module of the gate (only a Node type),
// every other module may import it. The verdict table is in docs/verdicts.md.

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

/**
 * Facts about the evidence or the run, beside the suite's status (docs/verdicts.md). Adding one
 * is its name here and its row in FACT_RULES of src/decision.ts (the compiler asks for the row).
 */
export const DECISION_FACTS = [
  'report-write-failed',
  'report-upload-failed',
  'approval-refused',
  'operator-cancelled',
  'gate-cancelled',
  'gate-error',
  'no-evidence',
  'file-commands-tampered',
  // The operational log was rewritten or broken, or files named like reports were planted.
  'gate-files-tampered',
] as const
export type DecisionFact = (typeof DECISION_FACTS)[number]

/** The rows of the status × override table in src/decision.ts (OUTCOME_RULES). */
export const OUTCOME_RULE_IDS = [
  'passed',
  'p2-warned',
  'p1-failed',
  'force-start-requested',
  'force-start-granted',
  'p0-failed',
  'timeout',
  'crashed',
  'missing',
  'invalid',
  'skip-requested',
  'skip-granted',
] as const
export type OutcomeRuleId = (typeof OUTCOME_RULE_IDS)[number]

/** The rule that fired: a row of the outcome table, a fact, or the fail-closed default. */
export type DecisionRule = OutcomeRuleId | DecisionFact | 'unknown'

/** What src/decision.ts decided for one outcome (docs/verdicts.md). */
export interface Decision {
  verdict: Verdict
  /** 0–3 as in docs/source-document.md; 1 for every hard abort (and for an unapproved skip). */
  gateExitCode: number
  /** The override that was requested and applies to this status, if any. */
  requestedOverride: Override | null
  /** The override actually granted (only with a verified approval). */
  grantedOverride: Override | null
  /** No override can ever let this status through. */
  hardAbort: boolean
  /** The row that decided: an outcome row, or the fact that turned the launch into an abort. */
  rule: DecisionRule
  /** Why: first the rule's own reason, then every other fact that holds. */
  reasons: string[]
}

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
  /** The suite's output could not be written (ENOSPC, EIO, EPIPE): lost evidence. */
  outputLost?: string
}

/** What every suite runner is given: where and how long to run, and where output goes. */
/**
 * How a surface names what its user sets, so every message is written once with these words as
 * its parts: the action speaks of inputs, the CLI of its flags.
 */
export interface SurfaceWords {
  /** One input in a sentence: `input "mode"` (action), `--mode` (CLI). */
  input: (name: string) => string
  /** Asking for an override: `force-start: true` (action), `--force-start` (CLI). */
  override: (name: 'force-start' | 'skip-health-check') => string
  /** Where an approval comes from when no approval environment is set. */
  approvalPath: string
}

/** The action's words: its inputs, an override set to true, the authorize job. */
export const ACTION_WORDS: SurfaceWords = {
  input: (name) => `input "${name}"`,
  override: (name) => `${name}: true`,
  approvalPath: 'run the authorize job, or set input "approval-environment"',
}

/** A phrase at the start of a sentence: `Input "command"`, `--command`. */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export interface SuiteRunScope {
  mode: Mode
  /** How this surface names its inputs in the notes the run writes (the action's when absent). */
  words?: SurfaceWords
  subset: string
  timeoutMs: number
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the suite's output is echoed live. */
  echo?: Writable
  /** Time between SIGTERM and SIGKILL when a process outlives its time. */
  killGraceMs?: number
  /** Told each credential the suite expands, as it does: the live echo hides it from then on. */
  onSecret?: (value: string) => void
  /** suite-isolation pid: every process of the suite starts in its own PID and mount namespace. */
  isolation?: ProcessIsolation
  /**
   * The gate's cancellation: no attempt starts after it, the one running is stopped, and a
   * results file being parsed is left unparsed.
   */
  signal?: AbortSignal
}

export const SUITE_ISOLATIONS = ['auto', 'pid', 'none'] as const
export type SuiteIsolationSetting = (typeof SUITE_ISOLATIONS)[number]

/** How the namespaces are made: directly as root, through a user namespace, or through sudo. */
export type Launcher =
  | { via: 'root' }
  | { via: 'user-namespace'; uid: number; gid: number }
  | { via: 'sudo'; uid: number; gid: number }

/** What the suite's mount namespace hides and makes read-only (absolute paths that exist). */
export interface MountRules {
  hide: readonly string[]
  readOnly: readonly string[]
}

/** Everything a runner needs to start one process isolated (src/runner/isolation.ts). */
export interface ProcessIsolation {
  launcher: Launcher
  rules: MountRules
}

/** Where the runner's secrets were while the suite ran (src/runner/custody.ts). */
export interface SecretCustody {
  /** execve: the gate re-executed itself without them; none: the runtime cannot (Node < 22.15). */
  mechanism: 'execve' | 'none'
  /** The secrets' names that left the gate's process environment. */
  withheld: string[]
  /** What the report must say beyond that (why not, or what went wrong). */
  note: string | null
}

/** The isolation a run asked for and got, as the report states it. */
export interface IsolationReport {
  requested: SuiteIsolationSetting
  used: 'pid' | 'none'
  via: Launcher['via'] | null
  /** For `none`: why (requested, or what made pid unavailable). */
  reason: string | null
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

/** The exit codes of docs/source-document.md: 0 all passed, 1 P0, 2 P1 failure, 3 P2 warnings. */
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

/** The status a list of check results implies: any P0 failed → p0, else P1 → p1, else P2 → p2. */
export function statusFromChecks(
  checks: ReadonlyArray<Pick<CheckResult, 'level' | 'status'>>,
): ExitStatus {
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
  /** The follow-up ticket opened for the override, when one was asked for (open-ticket). */
  ticketUrl?: string | null
}

/** An override that needs its approval verified: what the engine asks of a verifier. */
export interface ApprovalRequest {
  mode: Mode
  override: Override
  environment: string
  requiredApprovals: number
  /** The failed checks the override lets through, for the follow-up ticket. */
  failures: string[]
  /** The gate's settings the verifier needs: its token, the follow-up ticket, the report dir. */
  githubToken: string
  openTicket: boolean
  reason: string
  ticket: string
  impact: string
  mitigation: string
  reportDir: string
  /** Where the history is: the approval-reuse check reads its operational logs. */
  historyDir: string
}

export type ApprovalVerifier = (request: ApprovalRequest) => Promise<ApprovalCheck>

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

/** The banner of a decided run: its headline, the lines under it and what to do next. */
export interface Banner {
  /** The first line, e.g. "❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED". */
  title: string
  lines: string[]
  /** What to do next (the document's resolution steps). */
  nextSteps: string[]
  severity: 'info' | 'warning' | 'error'
}

export const OPS_EVENTS = [
  'HEALTH_CHECK_FAILED',
  'OVERRIDE_FORCE_START_REQUESTED',
  'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED',
  'OVERRIDE_FORCE_START',
  'OVERRIDE_SKIP_HEALTH_CHECK',
  'OVERRIDE_REFUSED',
  // Checks that passed only after retries (flaky), listed once per run.
  'FLAKY_CHECKS',
  'REPORT_WRITE_FAILED',
  'REPORT_UPLOAD_FAILED',
  'GATE_CANCELLED',
  'GATE_ERROR',
  // The suite wrote to the runner's file commands (outputs, state, env, path, summary).
  'FILE_COMMANDS_TAMPERED',
  // The operator refused or interrupted the launcher's confirmation (the CLI).
  'OPERATOR_CANCELLED',
  // After the launch (preflight watch, launch --watch-interval): one entry per change of state.
  'KILLSWITCH_ACTIVATED',
  'P1_FAILURE_POST_LAUNCH',
  'HEALTH_RESTORED',
  'WATCH_STOPPED',
  'FLEET_ABORTED',
  // preflight audit finished (its report names the findings); not a launch decision.
  'AUDIT_COMPLETED',
  // The operational log was rewritten, cut or broken (its hash chain), before or during the run.
  'LOG_TAMPERED',
  // Files named like the gate's reports appeared or changed while the suite ran.
  'FILES_TAMPERED',
  // The files the gate wrote for a run, with their SHA-256 digests: how consumers find them.
  'REPORTS_RECORDED',
] as const
export type OpsEvent = (typeof OPS_EVENTS)[number]

/** One entry of the operational log (src/opslog.ts makes, appends and renders them). */
export interface OpsLogEntry {
  timestamp: string
  event: OpsEvent
  mode: Mode | null
  status: Status
  exitCode: number | null
  gateExitCode: number
  failures: string[]
  decision: Verdict
  operator: string
  approvers: Approver[]
  reason: string
  ticket: string
  /** A force-start's expected impact and mitigation plan (the source document's record). */
  impact: string
  mitigation: string
  runUrl: string
  /** Why the decision was taken, in a sentence. */
  details: string
  /** REPORTS_RECORDED: the files the gate wrote, by name in the log's directory. */
  files?: RecordedFile[]
}

/** A file the gate wrote, as its record names it. */
export interface RecordedFile {
  name: string
  sha256: string
}

/** A job's matrix values: a handful of scalars (src/provenance.ts parses them). */
export type MatrixValues = Record<string, string | number | boolean | null>

/** Where and for what a gate ran; src/provenance.ts reads it from the environment and parses it. */
export interface Provenance {
  repository: string
  sha: string
  ref: string
  workflow: string
  runId: string
  runAttempt: string
  job: string
  /** The job's matrix values (the gate's `matrix` input, `${{ toJSON(matrix) }}`), if given. */
  matrix: MatrixValues | null
  runnerName: string
  host: string
  mode: Mode | null
  /** The leg this run stands for, named by the operator (`--leg`, PREFLIGHT_LEG); '' if unnamed. */
  leg?: string
  /** Off Actions: the work tree had uncommitted changes to tracked files (null: unknown). */
  dirty?: boolean | null
}

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
  opsLog: OpsLogEntry[]
  operator: string
  runUrl: string
  reason: string
  ticket: string
  /** A force-start's expected impact and mitigation plan (empty when not asked for). */
  impact: string
  mitigation: string
  approvalEnvironment: string
  requiredApprovals: number
  /** Where and for what the gate ran (repository, commit, run, job, host, mode). */
  provenance?: Provenance
  /** How the suite was isolated (absent when no suite ran). */
  isolation?: IsolationReport
  /** Where the runner's secrets were while the suite ran (absent when no suite ran). */
  secrets?: SecretCustody
}
