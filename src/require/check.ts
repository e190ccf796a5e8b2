// What a deploy job's `require` step decides, pure: given the reports found in this run (a
// gate's or a fleet's) and the authorize action's records, may this job deploy? Only a report
// for this repository, commit, run and mode (and host, when pinned) counts, and only a
// `proceed` verdict, or an override the authorize action recorded as authorized in this run.

import type { Mode, Override } from '../model.js'
import { decide, decideFleetVerdict } from '../decision.js'
import { rederive } from '../fleet/rederive.js'
import type { GateReport } from '../report/json-schema.js'
import type { FleetReport } from '../fleet/report.js'
import { authorizationRefusal, type AuthorizationRecord } from '../fleet/authorization.js'

export interface Requirement {
  mode: Mode
  sha: string
  runId: string
  /** This job's GITHUB_RUN_ATTEMPT: evidence from a later attempt cannot be this run's. */
  runAttempt: number
  repository: string
  host: string | null
  /** The gate's `report-digest` output: only the report with this SHA-256 counts. */
  reportDigest: string | null
}

export type FoundReport =
  | { source: string; url: string; kind: 'gate'; report: GateReport; digest: string }
  | { source: string; url: string; kind: 'fleet'; report: FleetReport; digest: string }
  | { source: string; url: string; kind: 'unreadable'; error: string }

export interface FoundAuthorization {
  source: string
  record: AuthorizationRecord | null
  error?: string
}

/** An override the gate asked for and the authorize action recorded: still to verify via the API. */
export interface ApprovalToVerify {
  mode: Mode
  override: Override
  /** The environment the approvals were given in (an authorize record's, or the gate's). */
  environment: string
  /** The record or report it came from. */
  source: string
}

export interface RequireResult {
  allowed: boolean
  /** The verdict of the report that counted ('' when none did). */
  verdict: string
  reportUrl: string
  /** One line: what was found, or which evidence is missing. */
  message: string
  /** Every report set aside, and why. */
  details: string[]
  /**
   * Set when the report asks for an override and a record says it was authorized: the deploy
   * is allowed only after the approvals themselves are verified through the API.
   */
  approval?: ApprovalToVerify
}

type Readable = Exclude<FoundReport, { kind: 'unreadable' }>

export function checkRequirement(
  req: Requirement,
  found: readonly FoundReport[],
  authorizations: readonly FoundAuthorization[],
): RequireResult {
  const details: string[] = []
  const refuse = (message: string, verdict = '', reportUrl = ''): RequireResult => ({
    allowed: false,
    verdict,
    reportUrl,
    message,
    details,
  })
  if (found.length === 0)
    return refuse(
      'no report artifact of this run: the gate (or aggregate) job must run before this one in the same run and upload its report.',
    )
  const unreadable = found.filter((f) => f.kind === 'unreadable')
  for (const item of unreadable) details.push(`${item.source}: ${item.error}`)
  if (unreadable.length > 0)
    return refuse(
      `${unreadable.length} matching report artifact(s) could not be read (${unreadable.map((u) => u.source).join(', ')}); one of them may be the newest evidence.`,
    )
  const admissible: Readable[] = []
  for (const item of found as Readable[]) {
    const refusal = refusalOf(item, req)
    if (refusal) details.push(`${item.source}: ${refusal}`)
    else admissible.push(item)
  }
  // A report that contradicts its own checks is not evidence of anything: refuse outright,
  // never fall back to an older one.
  for (const item of admissible) {
    const inconsistency = inconsistencyOf(item)
    if (inconsistency)
      return refuse(`${item.source} is an ${inconsistency}.`, item.report.verdict, item.url)
  }
  // A pinned host narrows gate reports (one leg each); a fleet report holds every host.
  const relevant = admissible.filter((r) => {
    if (r.kind === 'fleet' || req.host === null || r.report.provenance.host === req.host)
      return true
    details.push(`${r.source}: written on host "${r.report.provenance.host}", not "${req.host}"`)
    return false
  })
  if (relevant.length === 0)
    return refuse(
      `no report written for this commit (${req.sha.slice(0, 12)}), run ${req.runId}, attempt ${req.runAttempt} or earlier and ${req.mode} mode${req.host ? ` on host "${req.host}"` : ''}${req.reportDigest ? ` with digest ${req.reportDigest.slice(0, 12)}` : ''}.`,
    )
  // A re-run replaces what it re-ran: the newest attempt is chosen first, then the host is
  // looked up in it, so an older pass never hides a newer abort.
  const newestAttempt = Math.max(...relevant.map((r) => attemptOf(r.report)))
  const newest = relevant.filter((r) => attemptOf(r.report) === newestAttempt)
  for (const r of relevant.filter((r) => attemptOf(r.report) !== newestAttempt))
    details.push(
      `${r.source}: attempt ${attemptOf(r.report)}, replaced by attempt ${newestAttempt}`,
    )
  if (newest.length > 1)
    return refuse(
      `${newest.length} reports qualify (${newest.map((r) => r.source).join(', ')}): name one with "artifact-name" or "report-digest", or pin the host with "host".`,
    )
  const chosen = newest[0] as Readable
  if (chosen.kind === 'fleet') {
    const report = chosen.report
    if (report.verdict !== 'proceed')
      return refuse(
        `the fleet verdict is ${report.verdict} (${report.status}).`,
        report.verdict,
        chosen.url,
      )
    if (req.host !== null) {
      const leg = report.legs.find((l) => l.host === req.host)
      if (!leg)
        return refuse(
          `no leg of the fleet (attempt ${newestAttempt}) ran on host "${req.host}".`,
          report.verdict,
          chosen.url,
        )
      if (leg.verdict !== 'proceed')
        return refuse(
          `the leg on host "${req.host}" did not proceed (${leg.status}).`,
          leg.verdict,
          chosen.url,
        )
    }
    return {
      allowed: true,
      verdict: report.verdict,
      reportUrl: chosen.url,
      message: `the fleet verdict for this commit is proceed (${report.legs.length} legs)${req.host ? `, and host "${req.host}" is one of them` : ''}.`,
      details,
    }
  }
  const gate = chosen.report
  // An override the gate granted is a claim of approvals: verified again where it is used.
  if (gate.verdict === 'proceed' && gate.override !== null) {
    const environment = gate.approval?.environment ?? ''
    if (environment === '')
      return refuse(
        `the gate's report says ${gate.override} was approved but not in which environment, so the approval cannot be verified here.`,
        gate.verdict,
        chosen.url,
      )
    return {
      ...refuse(
        `the gate granted ${gate.override} with approvals in environment "${environment}"; they are still to be verified.`,
        gate.verdict,
        chosen.url,
      ),
      approval: { mode: req.mode, override: gate.override, environment, source: chosen.source },
    }
  }
  if (gate.verdict === 'proceed')
    return {
      allowed: true,
      verdict: gate.verdict,
      reportUrl: chosen.url,
      message: `the gate's verdict for this commit is proceed (${gate.status}${gate.override ? `, ${gate.override} approved` : ''}) on host "${gate.provenance.host}".`,
      details,
    }
  if (gate.verdict === 'approval-required' && gate.requestedOverride) {
    const want = { ...req, override: gate.requestedOverride }
    const notes: string[] = []
    for (const a of authorizations) {
      if (!a.record) {
        notes.push(`${a.source}: ${a.error ?? 'unreadable'}`)
        continue
      }
      const refusal =
        authorizationRefusal(a.record, want) ??
        (attemptOf(a.record) > req.runAttempt
          ? `it is from attempt ${attemptOf(a.record)}, later than this attempt ${req.runAttempt}`
          : null)
      if (!refusal) {
        details.push(...notes)
        // The record only says where to look: the approvals themselves are checked again.
        return {
          ...refuse(
            `the gate asked for ${gate.requestedOverride} and ${a.source} records it as authorized in environment "${a.record.environment}"; the approvals are still to be verified.`,
            gate.verdict,
            chosen.url,
          ),
          approval: {
            mode: req.mode,
            override: gate.requestedOverride,
            environment: a.record.environment,
            source: a.source,
          },
        }
      }
      notes.push(`${a.source}: ${refusal}`)
    }
    details.push(...notes)
    return refuse(
      `the gate's verdict is approval-required (${gate.requestedOverride}) and no authorization of it is recorded in this run${authorizations.length === 0 ? ' (no preflight-authorization artifact: run the authorize action in a job bound to the override environment before this one)' : ''}.`,
      gate.verdict,
      chosen.url,
    )
  }
  return refuse(`the gate's verdict is ${gate.verdict} (${gate.status}).`, gate.verdict, chosen.url)
}

function attemptOf(evidence: { provenance: { runAttempt: string } }): number {
  return Number(evidence.provenance.runAttempt) || 0
}

function refusalOf(item: Readable, req: Requirement): string | null {
  const p = item.report.provenance
  if (req.reportDigest !== null && item.digest !== req.reportDigest)
    return `its SHA-256 ${item.digest.slice(0, 12)} is not the gate's report-digest ${req.reportDigest.slice(0, 12)}`
  if (item.report.mode !== req.mode)
    return `written for ${item.report.mode ?? 'an unknown'} mode, not ${req.mode}`
  if (p.repository.toLowerCase() !== req.repository.toLowerCase())
    return `written for repository "${p.repository}"`
  if (p.sha !== req.sha)
    return `written for commit ${p.sha.slice(0, 12) || '(none)'}, not ${req.sha.slice(0, 12)}`
  if (p.runId !== req.runId) return `written in run ${p.runId || '(none)'}, not ${req.runId}`
  if (attemptOf(item.report) > req.runAttempt)
    return `written in attempt ${p.runAttempt}, later than this attempt ${req.runAttempt}: not evidence of this run`
  return null
}

/** Re-decides a report from its checks (each leg of a fleet report, and the fleet verdict). */
function inconsistencyOf(item: Readable): string | null {
  if (item.kind === 'gate') {
    const r = rederive(item.report)
    return r.consistent ? null : r.inconsistency
  }
  const fleet = item.report
  let blockingLegs = 0
  let hardAbort = false
  let skipWaiting = false
  for (const leg of fleet.legs) {
    // A leg carries no exit code of its own: the claim is the table's code for what it claims.
    const claimed = decide({
      mode: fleet.mode,
      status: leg.status,
      forceStart: leg.override === 'force-start',
      approvalVerified: leg.override !== null,
    })
    const r = rederive({
      mode: fleet.mode,
      status: leg.status,
      verdict: leg.verdict,
      gateExitCode: claimed.gateExitCode,
      exitCode: null,
      override: leg.override,
      requestedOverride: leg.override,
      checks: leg.failedChecks.map((c) => ({ ...c, status: 'failed' as const })),
      onlyFailed: true,
    })
    if (!r.consistent && leg.verdict === 'proceed') return `${r.inconsistency} (leg ${leg.label})`
    if (!r.consistent || r.decision.verdict !== 'proceed' || leg.blocking) {
      blockingLegs++
      hardAbort ||= !r.consistent || r.decision.hardAbort
      skipWaiting ||= leg.status === 'skipped'
    }
  }
  // The fleet's verdict, decided again from its legs with the fleet table.
  const redecided = decideFleetVerdict({
    mode: fleet.mode,
    incomplete:
      fleet.legs.length === 0 || fleet.legs.length !== fleet.expected || fleet.refused.length > 0,
    blockingLegs,
    hardAbort,
    skipWaiting,
    allPassed: fleet.legs.every((l) => l.status === 'passed'),
  })
  if (fleet.verdict === 'proceed' && redecided.verdict !== 'proceed')
    return `inconsistent report: the fleet says proceed, but its ${fleet.legs.length} of ${fleet.expected} legs (${fleet.refused.length} refused, ${blockingLegs} not proceeding) decide ${redecided.verdict}: ${redecided.reasons.join('; ')}`
  return null
}
