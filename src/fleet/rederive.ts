// A report is evidence, not a verdict: every consumer (aggregate, require) re-decides it from its
// per-check results with the gate's own table. A claim may only make the outcome worse (a live
// upload failure turns proceed into abort); a claim better than the checks allow, or one that
// contradicts them, makes the report inconsistent, and an inconsistent report is refused. Pure.

import { decide } from '../decision.js'
import {
  EXIT_CODE_STATUS,
  isExitStatus,
  statusFromChecks,
  type CheckStatus,
  type Decision,
  type Level,
  type Mode,
  type Override,
  type Status,
  type Verdict,
} from '../model.js'

/** What a report claims, as the gate's and the fleet report's legs both carry it. */
export interface ReportClaims {
  mode: Mode | null
  status: Status
  verdict: Verdict
  gateExitCode: number
  exitCode: number | null
  override: Override | null
  requestedOverride: Override | null
  /** Every check the report lists (a fleet leg lists only its failed ones: `onlyFailed`). */
  checks: ReadonlyArray<{ name: string; level: Level; status: CheckStatus }>
  onlyFailed?: boolean
}

export type Rederived =
  | { consistent: true; status: Status; decision: Decision }
  | { consistent: false; inconsistency: string }

const VERDICT_RANK: Record<Verdict, number> = { abort: 0, 'approval-required': 1, proceed: 2 }

export function rederive(claims: ReportClaims): Rederived {
  const inconsistent = (why: string): Rederived => ({
    consistent: false,
    inconsistency: `inconsistent report: ${why}`,
  })
  const mode = claims.mode ?? 'live'
  const status = statusOfEvidence(claims)
  if (typeof status === 'string' && status.startsWith('!')) return inconsistent(status.slice(1))
  const evidenceStatus = status as Status
  const rederived = decide({
    mode,
    status: evidenceStatus,
    forceStart: claims.requestedOverride === 'force-start',
    // Only the report says an approval was verified; require checks it again through the API.
    approvalVerified: claims.override !== null && claims.override === claims.requestedOverride,
  })
  if (claims.requestedOverride !== rederived.requestedOverride)
    return inconsistent(
      `it says ${claims.requestedOverride ?? 'no override'} was requested, which status ${evidenceStatus} cannot ask for`,
    )
  if (claims.override !== null && claims.override !== claims.requestedOverride)
    return inconsistent(`it says ${claims.override} was granted without being requested`)
  if (VERDICT_RANK[claims.verdict] > VERDICT_RANK[rederived.verdict])
    return inconsistent(
      `it says ${claims.verdict} where its checks (status ${evidenceStatus}) give ${rederived.verdict}`,
    )
  if (claims.verdict === rederived.verdict && claims.gateExitCode !== rederived.gateExitCode)
    return inconsistent(
      `it says gate exit code ${claims.gateExitCode} where the table gives ${rederived.gateExitCode} for ${evidenceStatus}`,
    )
  if (claims.override !== null && claims.verdict !== 'proceed')
    return inconsistent(
      `it says ${claims.override} was granted but the verdict is ${claims.verdict}`,
    )
  // A worse claim stands (the gate knew of a fact the checks do not show, e.g. a lost upload).
  const decision: Decision =
    claims.verdict === rederived.verdict
      ? rederived
      : {
          ...rederived,
          verdict: claims.verdict,
          gateExitCode: claims.gateExitCode,
          grantedOverride: null,
          hardAbort: rederived.hardAbort || claims.gateExitCode === 1,
          reasons: [`the report says ${claims.verdict}`, ...rederived.reasons],
        }
  return { consistent: true, status: evidenceStatus, decision }
}

/** The status the checks (or, without any, the exit code) allow; `!why` when the claim contradicts them. */
function statusOfEvidence(claims: ReportClaims): Status | `!${string}` {
  const claimed = claims.status
  // A hard abort is always worse than any check; no check can contradict it.
  if (!isExitStatus(claimed) && claimed !== 'skipped') return claimed
  // A skipped P0 check gave no assurance: it counts as failed, as in the gate.
  const counted = claims.checks.map((c) =>
    c.level === 'P0' && c.status === 'skipped' ? { ...c, status: 'failed' as const } : c,
  )
  const executed = claims.onlyFailed
    ? counted.length > 0
    : counted.some((c) => c.status !== 'skipped')
  if (claimed === 'skipped') {
    return executed ? `!it says skipped but lists executed checks` : 'skipped'
  }
  if (!executed) {
    if (!claims.onlyFailed && claims.checks.length > 0)
      return `!it says ${claimed} but none of its ${claims.checks.length} checks ran`
    // No per-check results: the verdict rests on the suite's exit code, which must agree.
    // (A fleet leg without failed checks may still claim a failure: worse is allowed.)
    if (claims.exitCode !== null && EXIT_CODE_STATUS[claims.exitCode] !== claimed)
      return `!it says ${claimed} but the suite exited ${claims.exitCode}`
    return claimed
  }
  const fromChecks = statusFromChecks(counted)
  if (fromChecks !== claimed) {
    const failed = counted
      .filter((c) => c.status === 'failed')
      .slice(0, 3)
      .map((c) => `${c.name} (${c.level})`)
    return `!it says ${claimed} but its checks give ${fromChecks}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`
  }
  return fromChecks
}
