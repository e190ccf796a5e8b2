// The monthly review the source document asks for (docs/source-document.md, "Maintenance":
// "review all override usage, identify recurring failures"), pure: from entries to counts, then to Markdown (every value from the log
// escaped, it is untrusted) and JSON.

import { markdownCell } from '../sanitize.js'
import type { FollowUpState, ReadEntries } from './read.js'
import { AFTER_LAUNCH_EVENTS } from '../opslog.js'
import { OPS_EVENTS, type OpsLogEntry } from '../model.js'

/** Events of a launch decision (every event but those logged after the launch). */
const GATE_EVENTS: ReadonlySet<string> = new Set(
  OPS_EVENTS.filter(
    (e) => !(AFTER_LAUNCH_EVENTS as readonly string[]).includes(e) && e !== 'AUDIT_COMPLETED',
  ),
)
const P0_STATUSES = new Set(['p0-failed', 'timeout', 'crashed', 'missing'])
const MODES = ['paper', 'live', 'unknown'] as const
const TOP_FAILURES = 20

export interface ReviewOverride {
  timestamp: string
  mode: string
  kind: 'force-start' | 'skip'
  operator: string
  approvers: Array<{ login: string; comment: string }>
  reason: string
  ticket: string
  runUrl: string
  failures: string[]
  /** The follow-up issue's state; "unknown" without access to the repository's issues. */
  followUp: FollowUpState | 'unknown' | 'no run'
}

/** An override request, refusal or operator cancellation: who, why, the ticket and the run. */
export interface ReviewEvent {
  timestamp: string
  mode: string
  event: string
  operator: string
  /** Why: the entry's reason, or what it records (a refusal's reasons). */
  why: string
  ticket: string
  runUrl: string
}

export interface ModeCounts {
  entries: number
  healthCheckFailures: number
  overrides: number
  aborts: number
  killSwitches: number
  p1PostLaunch: number
}

export interface Review {
  from: string
  to: string
  sources: Omit<ReadEntries, 'entries'> & { entries: number }
  /** Granted overrides. */
  overrides: ReviewOverride[]
  /** Override requests, refusals and operator cancellations, each listed apart. */
  requests: ReviewEvent[]
  refusals: ReviewEvent[]
  cancellations: ReviewEvent[]
  aborts: { total: number; byCause: Array<{ cause: string; count: number }> }
  recurringFailures: Array<{ check: string; count: number; lastSeen: string }>
  p0FailuresPerWeek: Array<{ week: string; gate: number; killSwitches: number }>
  byMode: Record<(typeof MODES)[number], ModeCounts>
  /** The newest `preflight audit` in the log, whenever it was (not only in the period). */
  lastAudit: { timestamp: string; passed: boolean; details: string } | null
}

export interface ReviewInput {
  read: ReadEntries
  from: Date
  to: Date
  /** Follow-up issue state by run URL; null when the issues could not be looked at. */
  followUps: Map<string, 'open' | 'closed'> | null
}

export function buildReview({ read, from, to, followUps }: ReviewInput): Review {
  const lo = from.toISOString()
  const hi = to.toISOString()
  const audits = read.entries.filter((e) => e.event === 'AUDIT_COMPLETED')
  const newestAudit = audits[audits.length - 1]
  const entries = read.entries.filter(
    (e) => e.timestamp >= lo && e.timestamp <= hi && e.event !== 'AUDIT_COMPLETED',
  )
  const byMode = Object.fromEntries(
    MODES.map((m) => [
      m,
      {
        entries: 0,
        healthCheckFailures: 0,
        overrides: 0,
        aborts: 0,
        killSwitches: 0,
        p1PostLaunch: 0,
      },
    ]),
  ) as Review['byMode']
  const overrides: ReviewOverride[] = []
  const requests: ReviewEvent[] = []
  const refusals: ReviewEvent[] = []
  const cancellations: ReviewEvent[] = []
  const listed = (entry: OpsLogEntry, why: string): ReviewEvent => ({
    timestamp: entry.timestamp,
    mode: entry.mode ?? 'unknown',
    event: entry.event,
    operator: entry.operator,
    why,
    ticket: entry.ticket,
    runUrl: entry.runUrl,
  })
  const failures = new Map<string, { count: number; lastSeen: string }>()
  const weeks = new Map<string, { gate: number; killSwitches: number }>()
  // One abort per run: a run's entries share its run URL (in Actions) or its timestamp (CLI).
  const abortRuns = new Map<string, { cause: string; mode: string }>()

  for (const entry of entries) {
    const mode = entry.mode ?? 'unknown'
    const counts = byMode[mode]
    counts.entries++
    const week = () => {
      const key = isoWeek(new Date(entry.timestamp))
      const value = weeks.get(key) ?? { gate: 0, killSwitches: 0 }
      weeks.set(key, value)
      return value
    }
    if (
      entry.event === 'HEALTH_CHECK_FAILED' ||
      entry.event === 'KILLSWITCH_ACTIVATED' ||
      entry.event === 'P1_FAILURE_POST_LAUNCH'
    ) {
      for (const check of entry.failures) {
        const seen = failures.get(check) ?? { count: 0, lastSeen: entry.timestamp }
        seen.count++
        seen.lastSeen = entry.timestamp
        failures.set(check, seen)
      }
    }
    if (entry.event === 'HEALTH_CHECK_FAILED') {
      counts.healthCheckFailures++
      if (P0_STATUSES.has(entry.status)) week().gate++
    }
    if (entry.event === 'KILLSWITCH_ACTIVATED') {
      counts.killSwitches++
      week().killSwitches++
    }
    if (entry.event === 'P1_FAILURE_POST_LAUNCH') counts.p1PostLaunch++
    if (entry.event === 'OVERRIDE_FORCE_START' || entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK') {
      counts.overrides++
      overrides.push({
        timestamp: entry.timestamp,
        mode,
        kind: entry.event === 'OVERRIDE_FORCE_START' ? 'force-start' : 'skip',
        operator: entry.operator,
        approvers: entry.approvers,
        reason: entry.reason,
        ticket: entry.ticket,
        runUrl: entry.runUrl,
        failures: entry.failures,
        followUp:
          entry.runUrl === ''
            ? 'no run'
            : followUps === null
              ? 'unknown'
              : (followUps.get(entry.runUrl) ?? 'not found'),
      })
    }
    if (
      entry.event === 'OVERRIDE_FORCE_START_REQUESTED' ||
      entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
    )
      requests.push(listed(entry, entry.reason || entry.details))
    if (entry.event === 'OVERRIDE_REFUSED')
      refusals.push(listed(entry, entry.details || entry.reason))
    if (entry.event === 'OPERATOR_CANCELLED')
      cancellations.push(listed(entry, entry.details || entry.reason))
    if (GATE_EVENTS.has(entry.event) && entry.decision === 'abort') {
      const run = entry.runUrl || `${entry.timestamp}|${entry.operator}`
      const cause = abortCause(entry)
      const known = abortRuns.get(run)
      if (!known || causeRank(cause) > causeRank(known.cause)) abortRuns.set(run, { cause, mode })
    }
  }
  const causes = new Map<string, number>()
  for (const { cause, mode } of abortRuns.values()) {
    causes.set(cause, (causes.get(cause) ?? 0) + 1)
    byMode[mode as (typeof MODES)[number]].aborts++
  }
  const { entries: _all, ...sources } = read
  return {
    from: lo,
    to: hi,
    sources: { ...sources, entries: entries.length },
    overrides,
    requests,
    refusals,
    cancellations,
    aborts: {
      total: abortRuns.size,
      byCause: [...causes]
        .map(([cause, count]) => ({ cause, count }))
        .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
    },
    recurringFailures: [...failures]
      .map(([check, v]) => ({ check, ...v }))
      .sort((a, b) => b.count - a.count || a.check.localeCompare(b.check))
      .slice(0, TOP_FAILURES),
    p0FailuresPerWeek: [...weeks]
      .map(([week, v]) => ({ week, ...v }))
      .sort((a, b) => a.week.localeCompare(b.week)),
    byMode,
    lastAudit: newestAudit
      ? {
          timestamp: newestAudit.timestamp,
          passed: newestAudit.decision === 'proceed',
          details: newestAudit.details,
        }
      : null,
  }
}

function abortCause(entry: OpsLogEntry): string {
  switch (entry.event) {
    case 'OVERRIDE_REFUSED':
      return 'override refused'
    case 'REPORT_UPLOAD_FAILED':
      return 'report upload failed'
    case 'GATE_CANCELLED':
      return 'cancelled'
    case 'OPERATOR_CANCELLED':
      return 'operator cancelled'
    case 'GATE_ERROR':
      return 'gate error'
    case 'REPORT_WRITE_FAILED':
      return 'report write failed'
    case 'FILE_COMMANDS_TAMPERED':
      return 'file commands tampered'
    default:
      return entry.status
  }
}

/** The more specific cause names a run's abort. */
function causeRank(cause: string): number {
  return [
    'override refused',
    'cancelled',
    'operator cancelled',
    'gate error',
    'report write failed',
    'report upload failed',
    'file commands tampered',
  ].includes(cause)
    ? 1
    : 0
}

/** ISO 8601 week, e.g. 2026-W48. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

export function renderReviewJson(review: Review): string {
  return JSON.stringify(review, null, 2) + '\n'
}

/** A value this module made from validated data (a timestamp, an ISO week): printed as it is. */
interface Trusted {
  trusted: string
}

export function renderReviewMarkdown(review: Review): string {
  // Numbers and validated timestamps are printed as they are; every text from the log is escaped.
  const c = (value: string | number | Trusted) =>
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? markdownCell(value)
        : value.trusted
  const when = (timestamp: string): Trusted => ({
    trusted: timestamp.replace('T', ' ').slice(0, 19),
  })
  const table = (head: string[], rows: Array<Array<string | number | Trusted>>, empty: string) =>
    rows.length === 0
      ? [empty]
      : [
          `| ${head.join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...rows.map((r) => `| ${r.map(c).join(' | ')} |`),
        ]
  const eventSection = (title: string, events: ReviewEvent[], empty: string) => [
    `## ${title} (${events.length})`,
    '',
    ...table(
      ['when (UTC)', 'mode', 'event', 'who', 'why', 'ticket', 'run'],
      events.map((e) => [
        when(e.timestamp),
        e.mode,
        e.event,
        e.operator,
        e.why || '(none given)',
        e.ticket || '(none given)',
        e.runUrl,
      ]),
      empty,
    ),
    '',
  ]
  const s = review.sources
  const lines = [
    `# Preflight Gate — monthly review`,
    '',
    `Period: ${review.from.slice(0, 10)} to ${review.to.slice(0, 10)} (UTC). ${s.entries} log entries from ${s.files} file(s) and ${s.comments} issue comment(s); ${s.duplicates} duplicate(s) counted once.`,
    '',
    review.lastAudit
      ? `Last audit: ${when(review.lastAudit.timestamp).trusted} UTC, ${review.lastAudit.passed ? 'passed' : 'failed'} — ${c(review.lastAudit.details)}`
      : 'Last audit: none recorded; run `preflight audit` (the source document asks for one every quarter).',
    ...(s.unverifiedCount > 0
      ? [
          '',
          `**${s.unverifiedCount} entr${s.unverifiedCount === 1 ? 'y' : 'ies'} could not be verified** and ${s.unverifiedCount === 1 ? 'is' : 'are'} not counted (after a break in the operational log's hash chain, written before the chain existed, or in a run's copy the gate's record does not hold): ${s.unverified.map(c).join(', ')}${s.unverifiedCount > s.unverified.length ? ', …' : ''}`,
        ]
      : []),
    ...(s.unreadableCount > 0
      ? [
          '',
          `**${s.unreadableCount} line(s) or comment(s) could not be read as entries** and are not counted: ${s.unreadable.map(c).join(', ')}${s.unreadableCount > s.unreadable.length ? ', …' : ''}`,
        ]
      : []),
    '',
    '## Paper and live',
    '',
    ...table(
      [
        'mode',
        'entries',
        'health-check failures',
        'overrides',
        'aborted runs',
        'kill switches',
        'P1 after launch',
      ],
      (['paper', 'live', 'unknown'] as const)
        .filter((m) => m !== 'unknown' || review.byMode.unknown.entries > 0)
        .map((m) => {
          const v = review.byMode[m]
          return [
            m,
            v.entries,
            v.healthCheckFailures,
            v.overrides,
            v.aborts,
            v.killSwitches,
            v.p1PostLaunch,
          ]
        }),
      '',
    ),
    '',
    `## Overrides granted (${review.overrides.length})`,
    '',
    ...table(
      [
        'when (UTC)',
        'mode',
        'kind',
        'operator',
        'approved by',
        'reason',
        'ticket',
        'failed checks',
        'follow-up issue',
        'run',
      ],
      review.overrides.map((o) => [
        when(o.timestamp),
        o.mode,
        o.kind,
        o.operator,
        o.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '),
        o.reason || '(none given)',
        o.ticket || '(none given)',
        o.failures.join(', '),
        o.followUp,
        o.runUrl,
      ]),
      'No override was used.',
    ),
    '',
    ...eventSection('Override requests', review.requests, 'No override was requested.'),
    ...eventSection('Override refusals', review.refusals, 'No override was refused.'),
    ...eventSection(
      'Operator cancellations',
      review.cancellations,
      'No operator cancelled a launch.',
    ),
    `## Aborts by cause (${review.aborts.total} runs)`,
    '',
    ...table(
      ['cause', 'runs'],
      review.aborts.byCause.map((a) => [a.cause, a.count]),
      'No run was aborted.',
    ),
    '',
    '## Recurring failures',
    '',
    ...table(
      ['check', 'failures', 'last seen (UTC)'],
      review.recurringFailures.map((f) => [f.check, f.count, when(f.lastSeen)]),
      'No check failed.',
    ),
    '',
    '## P0 failures per week',
    '',
    ...table(
      ['week', 'at the gate', 'kill switches after launch'],
      review.p0FailuresPerWeek.map((w) => [{ trusted: w.week }, w.gate, w.killSwitches]),
      'No P0 failure.',
    ),
    '',
  ]
  return lines.join('\n')
}
