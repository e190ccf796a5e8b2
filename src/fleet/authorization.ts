// The authorize action's machine-readable evidence: its operational-log entry and where it ran,
// uploaded as an artifact of the run, so a deploy job's `require` step can check that an
// override was authorized in this run, for this commit and mode.

import { z } from 'zod'
import {
  MODES,
  OVERRIDES,
  STATUSES,
  VERDICTS,
  type Mode,
  type Override,
  OPS_EVENTS,
  type OpsLogEntry,
  type Provenance,
} from '../model.js'
import { provenanceSchema } from '../provenance.js'

export const AUTHORIZATION_KIND = 'preflight-authorization'
export const AUTHORIZATION_ARTIFACT_PREFIX = 'preflight-authorization-'
export const AUTHORIZATION_FILE = /^AUTHORIZATION_\d{8}_\d{6}(?:_\d+)?\.json$/

export const authorizationSchema = z.object({
  kind: z.literal(AUTHORIZATION_KIND),
  schemaVersion: z.literal(1),
  authorized: z.boolean(),
  mode: z.enum(MODES),
  override: z.enum(OVERRIDES),
  environment: z.string(),
  provenance: provenanceSchema,
  entry: z.object({
    timestamp: z.string(),
    event: z.enum(OPS_EVENTS),
    mode: z.enum(MODES).nullable(),
    status: z.enum(STATUSES),
    decision: z.enum(VERDICTS),
    operator: z.string(),
    approvers: z.array(z.object({ login: z.string(), comment: z.string() })),
    runUrl: z.string(),
    details: z.string(),
  }),
})
export type AuthorizationRecord = z.infer<typeof authorizationSchema>

export function authorizationRecord(
  entry: OpsLogEntry,
  settings: { mode: Mode; override: Override; environment: string },
  authorized: boolean,
  provenance: Provenance,
): AuthorizationRecord {
  return {
    kind: AUTHORIZATION_KIND,
    schemaVersion: 1,
    authorized,
    mode: settings.mode,
    override: settings.override,
    environment: settings.environment,
    provenance,
    entry,
  }
}

/** Why this record does not authorize `override` for this commit, run and mode, or null. */
export function authorizationRefusal(
  record: AuthorizationRecord,
  want: { mode: Mode; override: Override; sha: string; runId: string; repository: string },
): string | null {
  const granted = want.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START'
  if (record.override !== want.override)
    return `it authorizes ${record.override}, not ${want.override}`
  if (!record.authorized || record.entry.event !== granted || record.entry.decision !== 'proceed')
    return `it records a refusal (${record.entry.event}: ${record.entry.details})`
  if (record.mode !== want.mode) return `it is for ${record.mode} mode, not ${want.mode}`
  if (record.provenance.repository !== want.repository) return `it is for another repository`
  if (record.provenance.sha !== want.sha)
    return `it is for commit ${record.provenance.sha.slice(0, 12)}`
  if (record.provenance.runId !== want.runId) return `it is from run ${record.provenance.runId}`
  return null
}
