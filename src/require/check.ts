// What a deploy job's `require` step decides, pure: given the reports found in this run (a
// gate's or a fleet's) and the authorize action's records, may this job deploy? Only a report
// for this repository, commit, run and mode (and host, when pinned) counts, and only a
// `proceed` verdict, or an override the authorize action recorded as authorized in this run.

import type { Mode } from '../model.js'
import type { GateReport } from '../report/json-schema.js'
import type { FleetReport } from '../fleet/report.js'
import { authorizationRefusal, type AuthorizationRecord } from '../fleet/authorization.js'

export interface Requirement {
  mode: Mode
  sha: string
  runId: string
  repository: string
  host: string | null
}

export type FoundReport =
  | { source: string; url: string; kind: 'gate'; report: GateReport }
  | { source: string; url: string; kind: 'fleet'; report: FleetReport }
  | { source: string; url: string; kind: 'unreadable'; error: string }

export interface FoundAuthorization {
  source: string
  record: AuthorizationRecord | null
  error?: string
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
}

export function checkRequirement(
  req: Requirement,
  found: readonly FoundReport[],
  authorizations: readonly FoundAuthorization[],
): RequireResult {
  const details: string[] = []
  const admissible: Array<Exclude<FoundReport, { kind: 'unreadable' }>> = []
  for (const item of found) {
    if (item.kind === 'unreadable') {
      details.push(`${item.source}: ${item.error}`)
      continue
    }
    const refusal = refusalOf(item, req)
    if (refusal) details.push(`${item.source}: ${refusal}`)
    else admissible.push(item)
  }
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
  if (unreadable.length > 0)
    return refuse(
      `${unreadable.length} matching report artifact(s) could not be read (${unreadable.map((u) => u.source).join(', ')}); one of them may be the newest evidence.`,
    )
  if (admissible.length === 0)
    return refuse(
      `no report written for this commit (${req.sha.slice(0, 12)}), run ${req.runId} and ${req.mode} mode${req.host ? ` on host "${req.host}"` : ''}.`,
    )
  // A re-run replaces what it re-ran: the newest attempt counts.
  const newestAttempt = Math.max(
    ...admissible.map((r) => Number(r.report.provenance.runAttempt) || 0),
  )
  const newest = admissible.filter(
    (r) => (Number(r.report.provenance.runAttempt) || 0) === newestAttempt,
  )
  if (newest.length > 1)
    return refuse(
      `${newest.length} reports qualify (${newest.map((r) => r.source).join(', ')}): name one with "artifact-name", or pin the host with "host".`,
    )
  const chosen = newest[0] as (typeof newest)[number]
  if (chosen.kind === 'fleet') {
    const report = chosen.report
    if (report.verdict !== 'proceed')
      return refuse(
        `the fleet verdict is ${report.verdict} (${report.status}).`,
        report.verdict,
        chosen.url,
      )
    return {
      allowed: true,
      verdict: 'proceed',
      reportUrl: chosen.url,
      message: `the fleet verdict for this commit is proceed (${report.legs.length} legs)${req.host ? `, and host "${req.host}" is one of them` : ''}.`,
      details,
    }
  }
  const gate = chosen.report as GateReport
  if (gate.verdict === 'proceed')
    return {
      allowed: true,
      verdict: 'proceed',
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
      const refusal = authorizationRefusal(a.record, want)
      if (!refusal)
        return {
          allowed: true,
          verdict: 'proceed',
          reportUrl: chosen.url,
          message: `the gate asked for ${gate.requestedOverride} and the authorize action recorded it as authorized in this run (${a.record.entry.approvers.map((x) => x.login).join(', ')}).`,
          details,
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

function refusalOf(
  item: Exclude<FoundReport, { kind: 'unreadable' }>,
  req: Requirement,
): string | null {
  const p = item.report.provenance
  if (item.report.mode !== req.mode)
    return `written for ${item.report.mode ?? 'an unknown'} mode, not ${req.mode}`
  if (p.repository !== req.repository) return `written for repository "${p.repository}"`
  if (p.sha !== req.sha)
    return `written for commit ${p.sha.slice(0, 12) || '(none)'}, not ${req.sha.slice(0, 12)}`
  if (p.runId !== req.runId) return `written in run ${p.runId || '(none)'}, not ${req.runId}`
  if (req.host !== null) {
    if (item.kind === 'gate' && p.host !== req.host)
      return `written on host "${p.host}", not "${req.host}"`
    if (item.kind === 'fleet') {
      const leg = item.report.legs.find((l) => l.host === req.host)
      if (!leg) return `no leg of the fleet ran on host "${req.host}"`
      if (leg.verdict !== 'proceed')
        return `the leg on host "${req.host}" did not proceed (${leg.status})`
    }
  }
  return null
}
