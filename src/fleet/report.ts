// The fleet's own report (uploaded as `preflight-fleet-report`): the decision, each leg's
// standing, and where the aggregation ran. Its zod schema is what `require` accepts.

import { z } from 'zod'
import {
  LEVELS,
  MODES,
  OVERRIDES,
  STATUSES,
  VERDICTS,
  type OpsEvent,
  type OpsLogEntry,
  type Provenance,
} from '../model.js'
import { matrixSchema, provenanceSchema } from '../provenance.js'
import { describeIssues } from '../report/json-schema.js'
import { opsLogEntry } from '../opslog.js'
import { FLEET_STATUSES, type FleetDecision } from './decision.js'

export const FLEET_REPORT_KIND = 'preflight-fleet-report'

const setAside = z.object({ source: z.string(), url: z.string(), reason: z.string() })

export const fleetReportSchema = z.object({
  kind: z.literal(FLEET_REPORT_KIND),
  schemaVersion: z.literal(1),
  date: z.iso.datetime(),
  mode: z.enum(MODES),
  provenance: provenanceSchema,
  verdict: z.enum(['proceed', 'abort']),
  status: z.enum(FLEET_STATUSES),
  gateExitCode: z.number().int().min(0).max(3),
  expected: z.number().int().min(1),
  legs: z.array(
    z.object({
      label: z.string(),
      host: z.string(),
      runnerName: z.string(),
      job: z.string(),
      matrix: matrixSchema.nullable(),
      runAttempt: z.string(),
      sha: z.string(),
      status: z.enum(STATUSES),
      verdict: z.enum(VERDICTS),
      override: z.enum(OVERRIDES).nullable(),
      blocking: z.boolean(),
      reason: z.string(),
      source: z.string(),
      url: z.string(),
      failedChecks: z.array(
        z.object({ name: z.string(), level: z.enum(LEVELS), message: z.string() }),
      ),
    }),
  ),
  refused: z.array(setAside),
  superseded: z.array(setAside),
  reasons: z.array(z.string()),
  nextSteps: z.array(z.string()),
})
export type FleetReport = z.infer<typeof fleetReportSchema>

export function fleetReport(
  decision: FleetDecision,
  provenance: Provenance,
  date: Date,
): FleetReport {
  return {
    kind: FLEET_REPORT_KIND,
    schemaVersion: 1,
    date: date.toISOString(),
    mode: decision.mode,
    provenance,
    verdict: decision.verdict,
    status: decision.status,
    gateExitCode: decision.gateExitCode,
    expected: decision.expected,
    legs: decision.legs.map((leg) => ({
      label: leg.label,
      host: leg.host,
      runnerName: leg.runnerName,
      job: leg.job,
      matrix: leg.matrix,
      runAttempt: leg.runAttempt,
      sha: leg.sha,
      status: leg.status,
      verdict: leg.verdict,
      override: leg.override,
      blocking: leg.blocking,
      reason: leg.reason,
      source: leg.source,
      url: leg.url,
      failedChecks: leg.checks
        .filter((c) => c.status === 'failed')
        .map((c) => ({ name: c.name, level: c.level, message: c.message })),
    })),
    refused: decision.refused,
    superseded: decision.superseded,
    reasons: decision.reasons,
    nextSteps: decision.nextSteps,
  }
}

/**
 * The operational-log entry of a fleet abort. A fleet that is incomplete (a leg missing or
 * refused) is logged with status `missing`: the evidence of a leg does not exist.
 */
export function fleetOpsLogEntry(
  decision: FleetDecision,
  at: Date,
  operator: string,
  runUrl: string,
  event: OpsEvent = 'FLEET_ABORTED',
  details = decision.reasons.slice(0, 20).join(' '),
): OpsLogEntry {
  const failures = [
    ...decision.legs.filter((l) => l.blocking).map((l) => `${l.label}: ${l.status}`),
    ...decision.refused.map((r) => `${r.source}: refused`),
  ]
  return opsLogEntry(
    {
      mode: decision.mode,
      status: decision.status === 'incomplete' ? 'missing' : decision.status,
      exitCode: null,
      decision: { verdict: decision.verdict, gateExitCode: decision.gateExitCode },
      failures,
      operator,
      approvers: [],
      reason: '',
      ticket: '',
      runUrl,
    },
    at,
    event,
    details,
  )
}

export function parseFleetReport(
  value: unknown,
): { ok: true; report: FleetReport } | { ok: false; error: string } {
  const parsed = fleetReportSchema.safeParse(value)
  if (parsed.success) return { ok: true, report: parsed.data }
  return {
    ok: false,
    error: describeIssues(parsed.error.issues).replace('gate report', 'fleet report'),
  }
}
