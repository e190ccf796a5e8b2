// The operational log the source document requires (docs/source-document.md, "Operational
// Log"): one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.

import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { OPS_LOG_FILE, appendChainedLocked, withLogLockAsync } from './history/chain.js'
import type {
  Approver,
  Decision,
  GateRun,
  Mode,
  OpsEvent,
  OpsLogEntry,
  RecordedFile,
  Status,
  SurfaceWords,
} from './model.js'
import { describeExitCodes } from './decision.js'
import { failedCheckNames, flakyCheckNames, runBanner } from './report/messages.js'
import { appendRegularFile } from './safe-file.js'

export { OPS_LOG_FILE }

/** Events of `preflight watch` and a supervised launch, not of a launch decision. */
export const AFTER_LAUNCH_EVENTS = [
  'KILLSWITCH_ACTIVATED',
  'P1_FAILURE_POST_LAUNCH',
  'HEALTH_RESTORED',
  'WATCH_STOPPED',
] as const satisfies readonly OpsEvent[]

/** What an entry is about: a gate run, an authorize decision, a cancelled gate. */
export interface LogSubject {
  mode: Mode | null
  status: Status
  exitCode: number | null
  decision: Pick<Decision, 'verdict' | 'gateExitCode'>
  failures: readonly string[]
  operator: string
  approvers: readonly Approver[]
  reason: string
  ticket: string
  impact?: string
  mitigation?: string
  runUrl: string
}

// Bounds that keep one entry small (one write, never interleaved with another run's).
const MAX_FAILURES = 50
const MAX_APPROVERS = 20
const MAX_TEXT = 2000

/** The one way an entry is made, by every entry point; bounded in every field. */
export function opsLogEntry(
  subject: LogSubject,
  at: Date,
  event: OpsEvent,
  details: string,
): OpsLogEntry {
  const failures = subject.failures.slice(0, MAX_FAILURES).map((f) => bounded(f, 200))
  if (subject.failures.length > MAX_FAILURES) {
    failures.push(`… and ${subject.failures.length - MAX_FAILURES} more (see the report)`)
  }
  return {
    timestamp: at.toISOString(),
    event,
    mode: subject.mode,
    status: subject.status,
    exitCode: subject.exitCode,
    gateExitCode: subject.decision.gateExitCode,
    failures,
    decision: subject.decision.verdict,
    operator: bounded(subject.operator, 200),
    approvers: subject.approvers
      .slice(0, MAX_APPROVERS)
      .map((a) => ({ login: bounded(a.login, 100), comment: bounded(a.comment, MAX_TEXT) })),
    reason: bounded(subject.reason, MAX_TEXT),
    ticket: bounded(subject.ticket, 500),
    impact: bounded(subject.impact ?? '', MAX_TEXT),
    mitigation: bounded(subject.mitigation ?? '', MAX_TEXT),
    runUrl: bounded(subject.runUrl, 500),
    details: bounded(details, MAX_TEXT),
  }
}

/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
export function runLogEntry(run: GateRun, at: Date, event: OpsEvent, details: string): OpsLogEntry {
  return opsLogEntry(runLogSubject(run), at, event, details)
}

function runLogSubject(run: GateRun): LogSubject {
  return {
    ...run,
    status: run.outcome.status,
    exitCode: run.outcome.exitCode,
    failures: failedCheckNames(run.outcome),
    approvers: run.approval?.approvers ?? [],
  }
}

/** What a run's entries say beside the decided run: when facts arrived, and the facts in words. */
export interface RunLogFacts {
  decidedAt: Date
  cancelled: boolean
  fileCommandsTampered: string | null
  /** How the operational log was tampered with, in words (null: it was not). */
  logTampered: string | null
  /** Which files were planted among the reports, in words (null: none). */
  filesTampered: string | null
  writeError: string | null
  uploadSettledAt: Date | null
}

/**
 * A decided run's entries: one per failure, override request, approval outcome, lost evidence and
 * cancellation. Each event comes at most once a run: the log records an entry by its event.
 */
export function runLogEntries(
  run: GateRun,
  words: SurfaceWords,
  facts: RunLogFacts,
): OpsLogEntry[] {
  const { outcome, decision, approval } = run
  const entry = (event: OpsEvent, details: string, at = facts.decidedAt) =>
    runLogEntry(run, at, event, details)
  const entries: OpsLogEntry[] = []
  if (facts.cancelled) {
    entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? runBanner(run, words).title))
  } else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
    entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? runBanner(run, words).title))
  }
  const override = decision.requestedOverride
  if (override) {
    const event =
      override === 'skip'
        ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
        : 'OVERRIDE_FORCE_START_REQUESTED'
    entries.push(
      entry(
        event,
        `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`,
      ),
    )
    if (decision.grantedOverride) {
      const granted = override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START'
      entries.push(entry(granted, `approved in environment "${approval?.environment ?? ''}"`))
    } else if (approval) {
      entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')))
    }
  }
  const flaky = flakyCheckNames(outcome)
  if (flaky.length > 0) {
    entries.push(
      opsLogEntry(
        { ...runLogSubject(run), failures: flaky },
        facts.decidedAt,
        'FLAKY_CHECKS',
        `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`,
      ),
    )
  }
  if (facts.fileCommandsTampered !== null) {
    entries.push(entry('FILE_COMMANDS_TAMPERED', facts.fileCommandsTampered))
  }
  if (facts.logTampered !== null) entries.push(entry('LOG_TAMPERED', facts.logTampered))
  if (facts.filesTampered !== null) entries.push(entry('FILES_TAMPERED', facts.filesTampered))
  if (facts.writeError !== null) entries.push(entry('REPORT_WRITE_FAILED', facts.writeError))
  if (run.upload?.kind === 'failed') {
    entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined))
  }
  return entries
}

/** The record of the files a write of the run put down, with digests: how consumers find them. */
export function reportsRecordedEntry(run: GateRun, at: Date, files: RecordedFile[]): OpsLogEntry {
  return recordOfFiles(runLogEntry(run, at, 'REPORTS_RECORDED', ''), files)
}

/** The record of files written for the run an entry is about: their names and digests. */
export function recordOfFiles(
  about: OpsLogEntry,
  files: RecordedFile[],
  details = 'The files this gate run wrote.',
): OpsLogEntry {
  return { ...about, event: 'REPORTS_RECORDED', details, files }
}

function bounded(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/**
 * Appends entries to the directory's operational log, each chained to the line before it (the
 * SHA-256 in `prev`), with one write under the log's lock: runs that log at the same moment
 * neither split each other's lines nor fork the chain.
 */
export async function appendOpsLog(
  logDir: string,
  entries: readonly OpsLogEntry[],
): Promise<string> {
  const file = path.join(logDir, OPS_LOG_FILE)
  if (entries.length === 0) return file
  await mkdir(logDir, { recursive: true })
  await withLogLockAsync(logDir, async () => appendChainedLocked(logDir, entries))
  return file
}

/** A run's own copy of its entries (`*.oplog.jsonl`, no chain): one write() with O_APPEND. */
export async function appendLines(file: string, entries: readonly OpsLogEntry[]): Promise<void> {
  await appendRegularFile(
    file,
    Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8'),
  )
}

/** An entry hidden in an issue comment, machine-readable: `<!-- preflight-entry: BASE64 -->`. */
export const OPS_ENTRY_MARKER = /<!-- preflight-entry: ([A-Za-z0-9+/=]+) -->/g

export function opsLogEntryMarker(entry: OpsLogEntry): string {
  return `<!-- preflight-entry: ${Buffer.from(JSON.stringify(entry), 'utf8').toString('base64')} -->`
}

/** `2025-11-15 08:53:04` in UTC, the document's timestamp style. */
export function logTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
}

/** The source document's text format, e.g. "[2025-11-15 08:53:04] HEALTH_CHECK_FAILED\n  Mode: LIVE". */
export function formatOpsLogEntry(entry: OpsLogEntry): string {
  const lines = [`[${logTimestamp(new Date(entry.timestamp))}] ${entry.event}`]
  const field = (label: string, value: string) => {
    if (value !== '') lines.push(`  ${label}: ${value}`)
  }
  field('Mode', entry.mode?.toUpperCase() ?? 'UNKNOWN')
  field('Status', entry.status)
  field('Exit Code', describeExitCodes(entry.gateExitCode, entry.exitCode))
  field('Failures', entry.failures.join(', '))
  field('Decision', entry.decision.toUpperCase())
  field('Reason', entry.reason)
  field('Expected Impact', entry.impact)
  field('Mitigation Plan', entry.mitigation)
  field(
    'Approved By',
    entry.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '),
  )
  field('Documentation', entry.ticket)
  field('Details', entry.details)
  field('Operator', entry.operator)
  field('Run', entry.runUrl)
  return lines.join('\n')
}
