// The operational log the source document requires: one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.

import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Mode, Status, Verdict } from './model.js'

export const OPS_LOG_FILE = 'operational-log.jsonl'

export const OPS_EVENTS = [
  'HEALTH_CHECK_FAILED',
  'OVERRIDE_FORCE_START_REQUESTED',
  'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED',
  'OVERRIDE_FORCE_START',
  'OVERRIDE_SKIP_HEALTH_CHECK',
  'OVERRIDE_REFUSED',
  'REPORT_UPLOAD_FAILED',
  'GATE_CANCELLED',
  'FLEET_ABORTED',
] as const
export type OpsEvent = (typeof OPS_EVENTS)[number]

export interface Approver {
  login: string
  comment: string
}

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
  runUrl: string
  /** Why the decision was taken, in a sentence. */
  details: string
}

export async function appendOpsLog(
  reportDir: string,
  entries: readonly OpsLogEntry[],
): Promise<string> {
  const file = path.join(reportDir, OPS_LOG_FILE)
  if (entries.length === 0) return file
  await mkdir(reportDir, { recursive: true })
  await appendFile(file, entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8')
  return file
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
  field(
    'Exit Code',
    entry.exitCode === null ? '' : `${entry.exitCode}${exitCodeMeaning(entry.exitCode)}`,
  )
  field('Failures', entry.failures.join(', '))
  field('Decision', entry.decision.toUpperCase())
  field('Reason', entry.reason)
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

function exitCodeMeaning(code: number): string {
  const meaning: Record<number, string> = {
    0: ' (all passed)',
    1: ' (P0 failure)',
    2: ' (P1 failure)',
    3: ' (P2 warnings)',
  }
  return meaning[code] ?? ' (not a smoke-test exit code)'
}
