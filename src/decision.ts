// Outcome → verdict: product.md's table as a pure function. No @actions/* import, no I/O.
// Fail-closed: `proceed` is returned only from the rows that allow it.

import {
  STATUS_EXIT_CODE,
  isExitStatus,
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

export interface Decision {
  verdict: Verdict
  /** 0–3 as in the source document; 1 for every hard abort (and for an unapproved skip). */
  gateExitCode: number
  /** The override that was requested and applies to this status, if any. */
  requestedOverride: Override | null
  /** The override actually granted (only with a verified approval). */
  grantedOverride: Override | null
  /** No override can ever let this status through. */
  hardAbort: boolean
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
  const { status, forceStart, approvalVerified } = input

  if (status === 'passed') return plain('proceed', 0)
  if (status === 'p2-warned') return plain('proceed', 3)

  if (status === 'p1-failed') {
    const exit = STATUS_EXIT_CODE['p1-failed']
    if (!forceStart) return plain('abort', exit)
    return approvalVerified
      ? overridden('force-start', exit)
      : awaitingApproval('force-start', exit)
  }

  if (status === 'skipped') {
    return approvalVerified ? overridden('skip', 0) : awaitingApproval('skip', 1)
  }

  if (HARD_ABORTS.has(status)) {
    const exit = isExitStatus(status) ? STATUS_EXIT_CODE[status] : 1
    return { ...plain('abort', exit), hardAbort: true }
  }

  // A status this table does not know: never proceed.
  return { ...plain('abort', 1), hardAbort: true }
}

function plain(verdict: Verdict, gateExitCode: number): Decision {
  return { verdict, gateExitCode, requestedOverride: null, grantedOverride: null, hardAbort: false }
}

function awaitingApproval(override: Override, gateExitCode: number): Decision {
  return {
    verdict: 'approval-required',
    gateExitCode,
    requestedOverride: override,
    grantedOverride: null,
    hardAbort: false,
  }
}

function overridden(override: Override, gateExitCode: number): Decision {
  return {
    verdict: 'proceed',
    gateExitCode,
    requestedOverride: override,
    grantedOverride: override,
    hardAbort: false,
  }
}

/** The step fails for every verdict but `proceed`: a workflow that ignores outputs never deploys. */
export function stepFails(decision: Decision): boolean {
  return decision.verdict !== 'proceed'
}

/** The source document's approvers: Risk Manager + CTO for a live force-start, one otherwise. */
export function defaultRequiredApprovals(mode: Mode, override: Override): number {
  return mode === 'live' && override === 'force-start' ? 2 : 1
}
