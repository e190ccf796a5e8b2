// The gate's JSON report (rendered by json.ts) as a zod schema: what `aggregate` and `require`
// accept from another job's artifact. Fields added later by newer gates are ignored; a report
// without provenance (an older gate) or with a value out of range is refused.

import { z } from 'zod'
import { LEVELS, MODES, OVERRIDES, STATUSES, VERDICTS } from '../model.js'
import { provenanceSchema } from '../provenance.js'

/** A gate report is tens of KiB; far larger is not a report this gate wrote. */
export const REPORT_LIMIT_BYTES = 8 * 1024 * 1024

const text = (max: number) => z.string().max(max)

export const checkResultSchema = z.object({
  name: text(1000),
  level: z.enum(LEVELS),
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: z.number().nonnegative(),
  message: text(64 * 1024),
  remediation: text(64 * 1024).optional(),
})

export const gateReportSchema = z.object({
  schemaVersion: z.literal(1),
  date: z.iso.datetime(),
  mode: z.enum(MODES).nullable(),
  provenance: provenanceSchema,
  status: z.enum(STATUSES),
  verdict: z.enum(VERDICTS),
  exitCode: z.number().int().nullable(),
  gateExitCode: z.number().int().min(0).max(3),
  override: z.enum(OVERRIDES).nullable(),
  requestedOverride: z.enum(OVERRIDES).nullable(),
  durationMs: z.number().nonnegative(),
  checks: z.array(checkResultSchema).max(100_000),
  notes: z.array(text(64 * 1024)).max(10_000),
  runUrl: text(2000),
  /** Where a granted override was approved: a consumer verifies it there again. */
  approval: z
    .object({ environment: text(255) })
    .nullable()
    .optional(),
})
export type GateReport = z.infer<typeof gateReportSchema>

/** Parses a report's text; the error names the first fields that do not fit. */
export function parseGateReport(
  json: string,
): { ok: true; report: GateReport } | { ok: false; error: string } {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` }
  }
  const parsed = gateReportSchema.safeParse(value)
  if (parsed.success) return { ok: true, report: parsed.data }
  return { ok: false, error: describeIssues(parsed.error.issues) }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')
  return `not a gate report of this version (${shown}${issues.length > 3 ? '; …' : ''})`
}
