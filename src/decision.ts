// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// The policy is data: OUTCOME_RULES (status × override) and FACT_RULES (evidence facts that turn a
// launch into an abort). `decide` finds the row that fires and returns it with its reasons; every
// text renders from that result. Fail-closed: `proceed` comes only from the rows that say so.

import {
  STATUS_EXIT_CODE,
  isExitStatus,
  type Decision,
  type DecisionFact,
  type Mode,
  type OutcomeRuleId,
  type Override,
  type Status,
  type Verdict,
} from './model.js'

/** Where a requested override stands: the override column of the table. */
export type OverrideState = 'none' | 'requested' | 'granted'

export interface DecisionInput {
  mode: Mode
  status: Status
  /** `force-start` was requested (meaningful only for a P1 failure). */
  forceStart: boolean
  /** An approval was verified through the GitHub API for the requested override. */
  approvalVerified: boolean
  /** What else is known about the evidence and the run (lost reports, a cancellation…). */
  facts?: readonly DecisionFact[]
}

/** One row of the outcome table: a status, where its override stands → verdict and exit code. */
export interface OutcomeRule {
  rule: OutcomeRuleId
  status: Status
  /** Absent: any override state (the row does not depend on it). */
  override?: OverrideState
  verdict: Verdict
  gateExitCode: number
  /** No override can ever let this status through. */
  hardAbort: boolean
  reason: string
}

/** One row of the fact table: a fact that aborts whatever the outcome said. */
export interface FactRule {
  /** Modes where the fact only warns; it aborts in every other (an unknown mode included). */
  warnsOnlyIn: readonly Mode[]
  /** `failure-kept`: a failure keeps its own code (1, 2); a launch code (0, 3) becomes 1. */
  gateExitCode: 1 | 'failure-kept'
  reason: string
}

/** The status × override table (docs/verdicts.md). Exactly one row fits each known combination. */
export const OUTCOME_RULES = [
  rule('passed', 'passed', undefined, 'proceed', 0, false, 'every check passed'),
  rule('p2-warned', 'p2-warned', undefined, 'proceed', 3, false, 'only P2 checks warned'),
  rule('p1-failed', 'p1-failed', 'none', 'abort', 2, false, 'a P1 check failed'),
  rule(
    'force-start-requested',
    'p1-failed',
    'requested',
    'approval-required',
    2,
    false,
    'a P1 check failed and force-start waits for a verified approval',
  ),
  rule(
    'force-start-granted',
    'p1-failed',
    'granted',
    'proceed',
    2,
    false,
    'a P1 check failed and force-start was approved',
  ),
  rule('p0-failed', 'p0-failed', undefined, 'abort', 1, true, 'a P0 check failed'),
  rule('timeout', 'timeout', undefined, 'abort', 1, true, 'the suite ran past its time limit'),
  rule('crashed', 'crashed', undefined, 'abort', 1, true, 'the suite or the gate crashed'),
  rule('missing', 'missing', undefined, 'abort', 1, true, 'the suite does not exist'),
  rule('invalid', 'invalid', undefined, 'abort', 1, true, 'the configuration is invalid'),
  rule(
    'skip-requested',
    'skipped',
    'requested',
    'approval-required',
    1,
    false,
    'the health checks were skipped and the skip waits for a verified approval',
  ),
  rule(
    'skip-granted',
    'skipped',
    'granted',
    'proceed',
    0,
    false,
    'the health checks were skipped with a verified approval',
  ),
] as const satisfies readonly OutcomeRule[]

/** Facts that abort a launch the outcome table would allow (or hold for approval). */
export const FACT_RULES: Readonly<Record<DecisionFact, FactRule>> = {
  'report-write-failed': {
    warnsOnlyIn: ['paper'],
    gateExitCode: 'failure-kept',
    reason: 'the report could not be written: no evidence, no launch',
  },
  'report-upload-failed': {
    warnsOnlyIn: ['paper'],
    gateExitCode: 'failure-kept',
    reason: 'the report could not be uploaded: no evidence, no launch',
  },
  'approval-refused': {
    warnsOnlyIn: [],
    gateExitCode: 'failure-kept',
    reason: 'the override was not approved',
  },
  'operator-cancelled': {
    warnsOnlyIn: [],
    gateExitCode: 1,
    reason: 'the operator cancelled the launch',
  },
  'gate-cancelled': {
    warnsOnlyIn: [],
    gateExitCode: 1,
    reason: 'the gate was cancelled before it finished',
  },
  'gate-error': {
    warnsOnlyIn: [],
    gateExitCode: 1,
    reason: 'the gate failed before it could decide',
  },
  'no-evidence': {
    warnsOnlyIn: [],
    gateExitCode: 1,
    reason: 'no check finished',
  },
  'file-commands-tampered': {
    warnsOnlyIn: ['paper'],
    gateExitCode: 'failure-kept',
    reason: "the suite wrote to the runner's file commands: tampering",
  },
  'gate-files-tampered': {
    warnsOnlyIn: ['paper'],
    gateExitCode: 'failure-kept',
    reason:
      "the gate's operational log or report files were changed by someone else during the run: the evidence cannot be trusted",
  },
}

export function decide(input: DecisionInput): Decision {
  const requested = requestedOverride(input.status, input.forceStart)
  const state: OverrideState =
    requested === null ? 'none' : input.approvalVerified ? 'granted' : 'requested'
  const row: OutcomeRule | undefined = OUTCOME_RULES.find(
    (r: OutcomeRule) => r.status === input.status && (r.override ?? state) === state,
  )
  const decision: Decision = row
    ? {
        verdict: row.verdict,
        gateExitCode: row.gateExitCode,
        requestedOverride: requested,
        grantedOverride: row.verdict === 'proceed' ? requested : null,
        hardAbort: row.hardAbort,
        rule: row.rule,
        reasons: [row.reason],
      }
    : // A status this table does not know (or a skip never requested): never proceed.
      {
        verdict: 'abort',
        gateExitCode: isExitStatus(input.status) ? STATUS_EXIT_CODE[input.status] : 1,
        requestedOverride: null,
        grantedOverride: null,
        hardAbort: true,
        rule: 'unknown',
        reasons: [`status "${String(input.status)}" is not in the decision table`],
      }
  const { aborting, after } = factsOver(decision.verdict, input.mode, input.facts)
  if (aborting === null) return { ...decision, reasons: [...decision.reasons, ...after] }
  return {
    ...decision,
    verdict: 'abort',
    gateExitCode: exitCodeAfter(aborting, decision.gateExitCode),
    grantedOverride: null,
    hardAbort: true,
    rule: aborting,
    reasons: [FACT_RULES[aborting].reason, ...decision.reasons, ...after],
  }
}

/**
 * What FACT_RULES make of a decided verdict, for a run and a fleet alike: the first fact that
 * blocks in this mode turns anything but an abort into one; every other fact adds its reason
 * (one that only warns here says so).
 */
function factsOver(
  verdict: Verdict,
  mode: Mode,
  facts: readonly DecisionFact[] | undefined,
): { aborting: DecisionFact | null; after: string[] } {
  let aborting: DecisionFact | null = null
  const after: string[] = []
  for (const fact of new Set(facts ?? [])) {
    const { reason } = FACT_RULES[fact]
    if (!factBlocks(fact, mode)) after.push(`${reason} (not blocking in ${mode} mode)`)
    else if (verdict !== 'abort' && aborting === null) aborting = fact
    else after.push(reason)
  }
  return { aborting, after }
}

/** A fact's exit code: its own, or a failure keeps its code while a launch code (0, 3) becomes 1. */
function exitCodeAfter<C extends number>(fact: DecisionFact, code: C): C | 1 {
  return FACT_RULES[fact].gateExitCode === 1 || code === 0 || code === 3 ? 1 : code
}

function rule(
  id: OutcomeRuleId,
  status: Status,
  override: OverrideState | undefined,
  verdict: Verdict,
  gateExitCode: number,
  hardAbort: boolean,
  reason: string,
) {
  return {
    rule: id,
    status,
    ...(override ? { override } : {}),
    verdict,
    gateExitCode,
    hardAbort,
    reason,
  }
}

/** How a fleet's legs stand (each leg re-decided with `decide`): what the fleet table reads. */
export interface FleetStanding {
  mode: Mode
  /** A leg is missing or extra, a report was refused, or no leg reported at all. */
  incomplete: boolean
  /** Legs whose own verdict is not proceed. */
  blockingLegs: number
  /** One of the blocking legs can never be let through. */
  hardAbort: boolean
  /** A blocking leg skipped its checks and waits for the skip's approval (its own exit code is 1). */
  skipWaiting: boolean
  /** Every leg passed outright: no warning, no override. */
  allPassed: boolean
  /** What else is known about the fleet's evidence (its report could not be uploaded…). */
  facts?: readonly DecisionFact[]
}

export type FleetRuleId =
  | 'fleet-incomplete'
  | 'fleet-leg-hard-abort'
  | 'fleet-leg-skip-waiting'
  | 'fleet-leg-blocked'
  | 'fleet-passed'
  | 'fleet-proceeds-with-warnings'

/** One row of the fleet table; the first row that applies decides. */
export interface FleetRule {
  rule: FleetRuleId
  applies: (standing: FleetStanding) => boolean
  verdict: 'proceed' | 'abort'
  gateExitCode: 0 | 1 | 2 | 3
  reason: string
}

export interface FleetVerdict {
  verdict: 'proceed' | 'abort'
  gateExitCode: 0 | 1 | 2 | 3
  rule: FleetRuleId | DecisionFact
  reasons: string[]
}

/** The fleet table: one verdict over every leg. The last row proceeds only when no row above fired. */
export const FLEET_RULES: readonly FleetRule[] = [
  {
    rule: 'fleet-incomplete',
    applies: (s) => s.incomplete,
    verdict: 'abort',
    gateExitCode: 1,
    reason: 'a leg is missing, extra or refused: a leg without evidence is a leg not checked',
  },
  {
    rule: 'fleet-leg-hard-abort',
    applies: (s) => s.blockingLegs > 0 && s.hardAbort,
    verdict: 'abort',
    gateExitCode: 1,
    reason: 'a leg aborted and no override can let it through',
  },
  {
    rule: 'fleet-leg-skip-waiting',
    applies: (s) => s.blockingLegs > 0 && s.skipWaiting,
    verdict: 'abort',
    gateExitCode: 1,
    reason: 'a leg skipped its checks and the skip waits for its approval',
  },
  {
    rule: 'fleet-leg-blocked',
    applies: (s) => s.blockingLegs > 0,
    verdict: 'abort',
    gateExitCode: 2,
    reason: 'a leg does not proceed (a P1 failure without an approved override)',
  },
  {
    rule: 'fleet-passed',
    applies: (s) => s.allPassed,
    verdict: 'proceed',
    gateExitCode: 0,
    reason: 'every leg passed',
  },
  {
    rule: 'fleet-proceeds-with-warnings',
    applies: () => true,
    verdict: 'proceed',
    gateExitCode: 3,
    reason: 'every leg proceeds, some with warnings or an approved override',
  },
]

/** A fleet nothing is known of yet is incomplete: what the outputs say before the legs are read. */
export const UNDECIDED_FLEET: FleetStanding = {
  mode: 'live',
  incomplete: true,
  blockingLegs: 0,
  hardAbort: false,
  skipWaiting: false,
  allPassed: false,
}

/** The fleet's one verdict: the first FLEET_RULES row that applies, then FACT_RULES as for a run. */
export function decideFleetVerdict(standing: FleetStanding): FleetVerdict {
  const row = FLEET_RULES.find((r) => r.applies(standing)) as FleetRule
  const { aborting, after } = factsOver(row.verdict, standing.mode, standing.facts)
  if (aborting === null)
    return {
      verdict: row.verdict,
      gateExitCode: row.gateExitCode,
      rule: row.rule,
      reasons: [row.reason, ...after],
    }
  return {
    verdict: 'abort',
    gateExitCode: exitCodeAfter(aborting, row.gateExitCode),
    rule: aborting,
    reasons: [FACT_RULES[aborting].reason, row.reason, ...after],
  }
}

/** Whether a fact stops a launch in this mode (else it only warns): FACT_RULES' word. */
export function factBlocks(fact: DecisionFact, mode: Mode): boolean {
  return !FACT_RULES[fact].warnsOnlyIn.includes(mode)
}

/** The step fails for every verdict but `proceed`: a workflow that ignores outputs never deploys. */
export function stepFails(decision: Decision): boolean {
  return decision.verdict !== 'proceed'
}

export interface OverridePolicy {
  /** The roles that must approve, in the words of docs/source-document.md. */
  roles: readonly string[]
  /** Distinct reviewers of the protected environment that must approve. */
  requiredApprovals: number
  /** Each approval must carry a comment (the document's written approval). */
  commentRequired: boolean
}

/** The source document's approvers per mode and override. */
export const OVERRIDE_POLICY: Readonly<Record<Mode, Readonly<Record<Override, OverridePolicy>>>> = {
  paper: {
    'force-start': { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
    skip: { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
  },
  live: {
    'force-start': {
      roles: ['Risk Manager', 'CTO / Technical Lead'],
      requiredApprovals: 2,
      commentRequired: true,
    },
    skip: { roles: ['CTO'], requiredApprovals: 1, commentRequired: true },
  },
}

export function overridePolicy(mode: Mode, override: Override): OverridePolicy {
  return OVERRIDE_POLICY[mode][override]
}

/**
 * How many distinct approvals an override needs: the policy's count is the floor; a caller
 * (an input, an allow-list's workflow) may ask for more, never fewer.
 */
export function approvalsRequired(mode: Mode, override: Override, asked?: number | null): number {
  return Math.max(OVERRIDE_POLICY[mode][override].requiredApprovals, asked ?? 0)
}

/** Each approval must carry a comment: the policy's word, nobody else's. */
export function commentRequired(mode: Mode, override: Override): boolean {
  return OVERRIDE_POLICY[mode][override].commentRequired
}

/** When the mode is unknown (invalid inputs), the stricter rules apply. */
export function modeOrStrictest(mode: Mode | null | undefined): Mode {
  return mode ?? 'live'
}

/** The override a status asks for: skip for a skipped suite, force-start for a requested P1 pass. */
export function requestedOverride(status: Status, forceStart: boolean): Override | null {
  if (status === 'skipped') return 'skip'
  if (status === 'p1-failed' && forceStart) return 'force-start'
  return null
}

/** The status an override lets through: what the authorize action records. */
export const OVERRIDDEN_STATUS: Readonly<Record<Override, Status>> = {
  'force-start': 'p1-failed',
  skip: 'skipped',
}

/** What each gate exit code means (the source document's smoke-test codes), for every surface. */
export function gateExitMeaning(code: number): string {
  const meaning: Record<number, string> = {
    0: 'all passed',
    1: 'P0 failure or hard abort',
    2: 'P1 failure',
    3: 'P2 warnings only',
  }
  return meaning[code] ?? 'not a gate exit code'
}

/** "2 (P1 failure)", and the suite's own code beside it when it says something else. */
export function describeExitCodes(gateExitCode: number, suiteExitCode: number | null): string {
  const gate = `${gateExitCode} (${gateExitMeaning(gateExitCode)})`
  return suiteExitCode === null || suiteExitCode === gateExitCode
    ? gate
    : `${gate}; the suite exited ${suiteExitCode}`
}
