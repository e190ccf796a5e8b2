// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// Fail-closed: `proceed` is returned only from the rows that allow it.

import {
  STATUS_EXIT_CODE,
  isExitStatus,
  type Decision,
  type Mode,
  type Override,
  type Status,
  type Verdict,
} from './model.js'

export interface DecisionInput {
  mode: Mode
  status: Status
  /** `force-start` was requested (meaningful only for a P1 failure). */
  forceStart: boolean
  /** An approval was verified through the GitHub API for the requested override. */
  approvalVerified: boolean
  /** The report could not be uploaded: in live mode, no evidence means no launch. */
  reportUploadFailed?: boolean
}

const HARD_ABORTS: ReadonlySet<Status> = new Set([
  'p0-failed',
  'timeout',
  'crashed',
  'missing',
  'invalid',
])

export function decide(input: DecisionInput): Decision {
  const decision = decideOutcome(input)
  if (input.reportUploadFailed && input.mode === 'live') {
    return {
      ...decision,
      verdict: 'abort',
      // 0 and 3 mean "launch"; a failure's own code (1, 2) still says what the suite found.
      gateExitCode:
        decision.gateExitCode === 0 || decision.gateExitCode === 3 ? 1 : decision.gateExitCode,
      grantedOverride: null,
      hardAbort: true,
    }
  }
  return decision
}

function decideOutcome(input: DecisionInput): Decision {
  const { status, approvalVerified } = input

  if (status === 'passed') return plain('proceed', 0)
  if (status === 'p2-warned') return plain('proceed', 3)

  const override = requestedOverride(status, input.forceStart)
  if (override !== null) {
    // A P1 failure keeps its code either way; an unapproved skip is an abort (1).
    const exit =
      override === 'force-start' ? STATUS_EXIT_CODE['p1-failed'] : approvalVerified ? 0 : 1
    return withOverride(override, exit, approvalVerified)
  }
  if (status === 'p1-failed') return plain('abort', STATUS_EXIT_CODE['p1-failed'])

  if (HARD_ABORTS.has(status)) {
    const exit = isExitStatus(status) ? STATUS_EXIT_CODE[status] : 1
    return { ...plain('abort', exit), hardAbort: true }
  }

  // A status this table does not know (and a skip that was never requested): never proceed.
  return { ...plain('abort', 1), hardAbort: true }
}

function plain(verdict: Verdict, gateExitCode: number): Decision {
  return { verdict, gateExitCode, requestedOverride: null, grantedOverride: null, hardAbort: false }
}

/** A requested override: granted only with a verified approval, else awaiting one. */
function withOverride(override: Override, gateExitCode: number, granted: boolean): Decision {
  return {
    verdict: granted ? 'proceed' : 'approval-required',
    gateExitCode,
    requestedOverride: override,
    grantedOverride: granted ? override : null,
    hardAbort: false,
  }
}

/** The step fails for every verdict but `proceed`: a workflow that ignores outputs never deploys. */
export function stepFails(decision: Decision): boolean {
  return decision.verdict !== 'proceed'
}

export interface OverridePolicy {
  /** The source document's roles that must approve, in its words. */
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
