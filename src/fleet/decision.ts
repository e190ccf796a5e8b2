// One verdict for a fleet: each leg (one host's gate run) is admitted only when its report was
// written for this commit, run and mode, re-decided from its checks with the gate's own table
// (fleet/rederive.ts; an inconsistent report is refused), and
// the fleet proceeds only when every expected leg reported and every leg may proceed. Pure: no
// @actions/* import, no I/O.

import { decideFleetVerdict, type FleetStanding, type FleetVerdict } from '../decision.js'
import {
  ACTION_WORDS,
  type Decision,
  type DecisionFact,
  type Level,
  type Mode,
  type Override,
  type Status,
  type SurfaceWords,
  type Verdict,
  type MatrixValues,
} from '../model.js'
import { matrixLabel } from '../provenance.js'
import type { GateReport } from '../report/json-schema.js'
import { rederive } from './rederive.js'

/** What every leg's report must have been written for; null: not checked. */
export interface FleetExpectation {
  mode: Mode
  sha: string | null
  runId: string | null
  /** Repository as GitHub spells it; compared case-insensitively, as GitHub treats it. */
  repository: string | null
  /** This run's attempt: a report from a later one cannot be this run's. */
  runAttempt: number | null
  /** Reports dated before this are too old to launch on (`--max-age`). */
  notBefore: Date | null
  /** Reports dated after this (with a minute of clock skew) come from the future. */
  now: Date | null
  /** The legs by name (`--leg`): each must report, and a report of another leg is refused. */
  legs?: readonly string[] | null
}

/** One report as found: an artifact or a file, parsed or not. */
export interface LegEvidence {
  /** The artifact name or the file path it came from. */
  source: string
  /** Where people can read it (the artifact's page), or ''. */
  url: string
  report: GateReport | null
  /** Why it could not be read, when report is null. */
  error?: string
}

export interface FleetCheck {
  name: string
  level: Level
  status: 'passed' | 'failed' | 'skipped'
  message: string
}

export interface FleetLeg {
  /** Host, and the matrix values when the leg gave them. */
  label: string
  key: string
  /** Why two reports with this key are one leg, in words. */
  sameLegBecause: string
  /** The name the run was given with --leg (or PREFLIGHT_LEG), or ''. */
  leg: string
  runId: string
  host: string
  runnerName: string
  job: string
  matrix: MatrixValues | null
  runAttempt: string
  sha: string
  repository: string
  source: string
  url: string
  status: Status
  /** The leg's own verdict as re-decided here (never better than the one it reported). */
  verdict: Verdict
  /** An override granted to this leg alone. */
  override: Override | null
  /** This leg stops the fleet. */
  blocking: boolean
  /** No approval could let this leg through. */
  hardAbort: boolean
  /** In a sentence: why this leg stands where it does. */
  reason: string
  checks: FleetCheck[]
}

export interface SetAside {
  source: string
  url: string
  reason: string
}

export const FLEET_STATUSES = [
  'passed',
  'p2-warned',
  'skipped',
  'p1-failed',
  'incomplete',
  'p0-failed',
  'invalid',
  'missing',
  'timeout',
  'crashed',
] as const
/** A leg status, or `incomplete`: a leg is missing or its report was refused. */
export type FleetStatus = (typeof FLEET_STATUSES)[number]

export interface FleetDecision {
  verdict: 'proceed' | 'abort'
  status: FleetStatus
  /** As the gate's: 0 all passed, 3 proceed with warnings or overrides, 2 P1, 1 any hard abort. */
  gateExitCode: 0 | 1 | 2 | 3
  /** The row of the fleet table (src/decision.ts) that decided, or the fact that aborted. */
  rule: FleetVerdict['rule']
  /** What the table decided on: a fact learned later (an upload failure) re-decides from it. */
  standing: FleetStanding
  mode: Mode
  expected: number
  /** Worst first. */
  legs: FleetLeg[]
  /** Reports not counted: unreadable, or written for another commit, run or mode. */
  refused: SetAside[]
  /** Older attempts of a leg that a newer attempt replaced. */
  superseded: SetAside[]
  /** Why the fleet aborts, or what it proceeds with. */
  reasons: string[]
  nextSteps: string[]
}

const SEVERITY: Record<FleetStatus, number> = Object.fromEntries(
  FLEET_STATUSES.map((s, i) => [s, i]),
) as Record<FleetStatus, number>

const LISTED = 10
const CLOCK_SKEW_MS = 60_000
const MAX_KEPT_CHARS = 1000

export function decideFleet(
  expectation: FleetExpectation,
  expected: number,
  evidence: readonly LegEvidence[],
  words: SurfaceWords = ACTION_WORDS,
): FleetDecision {
  const refused: SetAside[] = []
  const admitted: FleetLeg[] = []
  for (const item of evidence) {
    const refusal = item.report ? refusalOf(item.report, expectation) : null
    const rederived = item.report && !refusal ? rederive(item.report) : null
    if (!item.report || refusal || !rederived?.consistent) {
      refused.push({
        source: item.source,
        url: item.url,
        reason:
          refusal ??
          (rederived && !rederived.consistent ? rederived.inconsistency : null) ??
          item.error ??
          'unreadable',
      })
    } else {
      admitted.push(legOf(item, item.report, rederived.decision))
    }
  }
  const reasons: string[] = []
  const repositories = sameValue('repository', expectation.repository, admitted, refused)
  if (repositories.reason) reasons.push(repositories.reason)
  const commits = sameValue('commit', expectation.sha, repositories.legs, refused)
  if (commits.reason) reasons.push(commits.reason)
  const { legs, superseded } = newestAttempts(commits.legs)
  legs.sort(worstFirst)
  const unreported = (expectation.legs ?? []).filter((name) => !legs.some((l) => l.leg === name))
  if (unreported.length > 0)
    reasons.push(`Named legs with no report: ${list(unreported.map((n) => `"${n}"`))}.`)

  const blocking = legs.filter((l) => l.blocking)
  const missing = Math.max(0, expected - legs.length)
  const extra = Math.max(0, legs.length - expected)
  const incomplete =
    missing > 0 || extra > 0 || refused.length > 0 || legs.length === 0 || unreported.length > 0
  if (legs.length === 0) reasons.push('No leg reported: there is nothing to decide on.')
  else if (missing > 0)
    reasons.push(
      `${legs.length} of ${expected} legs reported; ${missing} missing. A leg without a report is a leg that was not checked.`,
    )
  if (extra > 0)
    reasons.push(
      `${legs.length} legs reported but ${expected} were expected: set ${words.input('expected')} to the number of legs.`,
    )
  if (refused.length > 0)
    reasons.push(
      `${refused.length} report(s) refused: ${list(refused.map((r) => `${r.source} (${r.reason})`))}.`,
    )
  for (const leg of blocking) reasons.push(`${leg.label}: ${leg.reason}`)

  let status: FleetStatus = incomplete ? 'incomplete' : 'passed'
  for (const leg of legs) if (SEVERITY[leg.status] > SEVERITY[status]) status = leg.status
  const standing: FleetStanding = {
    mode: expectation.mode,
    incomplete,
    blockingLegs: blocking.length,
    hardAbort: blocking.some((l) => l.hardAbort),
    skipWaiting: blocking.some((l) => l.status === 'skipped'),
    allPassed: legs.every((l) => l.status === 'passed'),
  }
  const { verdict, gateExitCode, rule } = decideFleetVerdict(standing)
  if (verdict === 'proceed') {
    for (const leg of legs.filter((l) => l.status !== 'passed')) {
      reasons.push(`${leg.label}: ${leg.reason}`)
    }
  }
  return {
    verdict,
    status,
    gateExitCode,
    rule,
    standing,
    mode: expectation.mode,
    expected,
    legs,
    refused,
    superseded,
    reasons,
    nextSteps: nextSteps(verdict, blocking, missing, extra, refused, words),
  }
}

/** The fleet decided again with a fact learned after it (its report could not be uploaded). */
export function withFleetFacts(
  decision: FleetDecision,
  facts: readonly DecisionFact[],
): FleetDecision {
  const standing = { ...decision.standing, facts: [...(decision.standing.facts ?? []), ...facts] }
  const { verdict, gateExitCode, rule, reasons } = decideFleetVerdict(standing)
  // The facts' reasons: the table's own are not among the fleet's reasons.
  const known = new Set(decideFleetVerdict(decision.standing).reasons)
  const added = reasons.filter((r) => !known.has(r))
  return {
    ...decision,
    verdict,
    gateExitCode,
    rule,
    standing,
    reasons: [...added, ...decision.reasons],
  }
}

/** Why a report cannot count for this fleet, or null when it can. */
export function refusalOf(report: GateReport, expectation: FleetExpectation): string | null {
  const p = report.provenance
  if (report.mode !== expectation.mode || (p.mode !== null && p.mode !== expectation.mode))
    return `written for ${report.mode ?? 'an unknown'} mode, not ${expectation.mode}`
  if (
    expectation.repository !== null &&
    p.repository.toLowerCase() !== expectation.repository.toLowerCase()
  )
    return `written for repository "${p.repository || '(none)'}", not "${expectation.repository}"`
  if (expectation.sha !== null && p.sha !== expectation.sha)
    return `written for commit ${short(p.sha)}, not ${short(expectation.sha)}`
  if (expectation.legs && !expectation.legs.includes(p.leg ?? ''))
    return `written for ${p.leg ? `leg "${p.leg}"` : 'no named leg'}, not one of the legs named (${expectation.legs.map((l) => `"${l}"`).join(', ')})`
  if (expectation.runId !== null && p.runId !== expectation.runId)
    return `written in run ${p.runId || '(none)'}, not this run ${expectation.runId}`
  if (expectation.runAttempt !== null && (Number(p.runAttempt) || 0) > expectation.runAttempt)
    return `written in attempt ${p.runAttempt}, later than this attempt ${expectation.runAttempt}: not evidence of this run`
  const written = Date.parse(report.date)
  if (expectation.notBefore !== null && written < expectation.notBefore.getTime())
    return `written ${report.date}, before ${expectation.notBefore.toISOString()}: too old to launch on`
  if (expectation.now !== null && written > expectation.now.getTime() + CLOCK_SKEW_MS)
    return `dated ${report.date}, in the future`
  return null
}

/**
 * Without an expected commit or repository (local reports), every leg must agree on one: the
 * legs that differ from most are refused.
 */
function sameValue(
  what: 'commit' | 'repository',
  expected: string | null,
  admitted: FleetLeg[],
  refused: SetAside[],
): { legs: FleetLeg[]; reason: string | null } {
  if (expected !== null) return { legs: admitted, reason: null }
  const valueOf = (leg: FleetLeg) => (what === 'commit' ? leg.sha : leg.repository.toLowerCase())
  const shown = (value: string) => (what === 'commit' ? short(value) : value || '(none)')
  const counts = new Map<string, number>()
  for (const leg of admitted) counts.set(valueOf(leg), (counts.get(valueOf(leg)) ?? 0) + 1)
  if (counts.size <= 1) return { legs: admitted, reason: null }
  const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number]
  for (const leg of admitted.filter((l) => valueOf(l) !== majority)) {
    refused.push({
      source: leg.source,
      url: leg.url,
      reason: `checked ${what} ${shown(valueOf(leg))}, while most legs checked ${shown(majority)}`,
    })
  }
  return {
    legs: admitted.filter((l) => valueOf(l) === majority),
    reason: `The legs checked different ${what === 'commit' ? 'commits' : 'repositories'} (${list([...counts.keys()].map(shown))}); pass the ${what} to check with ${what === 'commit' ? '--sha' : '--repo'}.`,
  }
}

function legOf(item: LegEvidence, report: GateReport, decision: Decision): FleetLeg {
  const p = report.provenance
  const { verdict } = decision
  const override = verdict === 'proceed' ? decision.grantedOverride : null
  const failed = report.checks.filter((c) => c.status === 'failed')
  const failures = failed.length
    ? `failed: ${list(failed.map((c) => `${c.name} (${c.level})`))}`
    : `the suite ended ${report.status}`
  const reason =
    verdict === 'proceed'
      ? override
        ? `proceeds with an approved ${override} on this leg only (${failures}).`
        : report.status === 'passed'
          ? 'all checks passed.'
          : `proceeds with warnings (${failures}).`
      : verdict === 'approval-required'
        ? `${report.requestedOverride} requested but not approved on this leg (${failures}).`
        : `aborted: ${report.status} (${failures}).`
  const matrix = p.matrix
  const leg = p.leg ?? ''
  return {
    label: leg
      ? `${leg} (${p.host || 'unknown host'})`
      : matrix
        ? `${p.host || '(unknown host)'} [${matrixLabel(matrix)}]`
        : p.host || item.source,
    key: leg
      ? `leg=${leg}`
      : `${p.job}\n${matrix ? stableJson(matrix) : `host=${p.host}\nrunner=${p.runnerName}`}`,
    sameLegBecause: leg
      ? `both are named leg "${leg}"`
      : matrix
        ? `both ran job "${p.job}" with matrix ${matrixLabel(matrix)}`
        : `both ran on host "${p.host}", runner "${p.runnerName || '(none)'}"${p.job ? `, job "${p.job}"` : ''}; name each leg with --leg (or PREFLIGHT_LEG) when they are different legs`,
    leg,
    runId: p.runId,
    host: p.host,
    runnerName: p.runnerName,
    job: p.job,
    matrix,
    runAttempt: p.runAttempt,
    sha: p.sha,
    repository: p.repository,
    source: item.source,
    url: item.url,
    status: report.status,
    verdict,
    override,
    blocking: verdict !== 'proceed',
    hardAbort: decision.hardAbort,
    reason,
    // Kept per leg for the matrix and the fleet report: bounded, however many legs there are.
    checks: report.checks.map((c) => ({
      name: c.name.slice(0, MAX_KEPT_CHARS),
      level: c.level,
      status: c.status,
      message: c.message.slice(0, MAX_KEPT_CHARS),
    })),
  }
}

/** A re-run replaces a leg's report: per leg, only its newest attempt counts. */
function newestAttempts(legs: FleetLeg[]): { legs: FleetLeg[]; superseded: SetAside[] } {
  const newest = new Map<string, FleetLeg>()
  const superseded: SetAside[] = []
  for (const leg of legs) {
    const other = newest.get(leg.key)
    if (!other) {
      newest.set(leg.key, leg)
      continue
    }
    const [keep, drop] =
      Number(leg.runAttempt) > Number(other.runAttempt) ? [leg, other] : [other, leg]
    if (keep.runAttempt === drop.runAttempt) {
      // Two reports for one leg in one attempt: keep the worse, never pick the convenient one.
      const [worse, better] = worstFirst(leg, other) <= 0 ? [leg, other] : [other, leg]
      newest.set(leg.key, worse)
      superseded.push({
        source: better.source,
        url: better.url,
        reason: `a second report of leg ${worse.label}${worse.runId !== better.runId ? ` (runs ${worse.runId || '(none)'} and ${better.runId || '(none)'})` : ` in attempt ${worse.runAttempt || '(none)'}`}: ${worse.sameLegBecause}; the worse one counts`,
      })
      continue
    }
    newest.set(leg.key, keep)
    superseded.push({
      source: drop.source,
      url: drop.url,
      reason: `attempt ${drop.runAttempt} of ${keep.label}, replaced by attempt ${keep.runAttempt}`,
    })
  }
  return { legs: [...newest.values()], superseded }
}

function worstFirst(a: FleetLeg, b: FleetLeg): number {
  return (
    Number(b.blocking) - Number(a.blocking) ||
    Number(b.hardAbort) - Number(a.hardAbort) ||
    SEVERITY[b.status] - SEVERITY[a.status] ||
    Number(a.override === null) - Number(b.override === null) ||
    a.label.localeCompare(b.label)
  )
}

function nextSteps(
  verdict: 'proceed' | 'abort',
  blocking: FleetLeg[],
  missing: number,
  extra: number,
  refused: SetAside[],
  words: SurfaceWords,
): string[] {
  if (verdict === 'proceed')
    return ['Deploy each host with a job that starts with the `require` action.']
  const steps: string[] = []
  const hard = blocking.filter((l) => l.hardAbort)
  if (hard.length > 0)
    steps.push(
      `Fix ${list(hard.map((l) => l.label))} (a P0 failure or a hard abort: no override applies), then re-run the failed jobs.`,
    )
  const approvable = blocking.filter((l) => !l.hardAbort && l.status !== 'skipped')
  if (approvable.length > 0)
    steps.push(
      `Fix the P1 failures on ${list(approvable.map((l) => l.label))}, or have a reviewer approve a force-start for each of those legs (an approval counts only for its own leg).`,
    )
  const skipped = blocking.filter((l) => !l.hardAbort && l.status === 'skipped')
  if (skipped.length > 0)
    steps.push(
      `Run the checks on ${list(skipped.map((l) => l.label))}, or have a reviewer approve the skip for each of those legs (an approval counts only for its own leg).`,
    )
  if (missing > 0)
    steps.push(
      `Find the ${missing} leg(s) that uploaded no report: a failed or cancelled matrix job, an artifact name outside the pattern, or a wrong ${words.input('expected')}.`,
    )
  if (extra > 0) steps.push(`Set ${words.input('expected')} to the number of legs.`)
  if (refused.length > 0)
    steps.push(
      'Re-run the legs whose reports were refused, at this commit and in this mode, in this run.',
    )
  return steps
}

function short(sha: string): string {
  return sha ? sha.slice(0, 12) : '(none)'
}

function list(items: string[]): string {
  const shown = items.slice(0, LISTED).join(', ')
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown
}

/** JSON with sorted keys, so the same matrix values always make the same leg key. */
function stableJson(value: MatrixValues): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))),
  )
}
