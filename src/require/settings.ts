// The require action's inputs, read once into one typed settings object.

import { z } from 'zod'
import { MODES, type Mode } from '../model.js'
import { describeInputIssues, optionalInteger } from '../settings.js'

export const REQUIRE_INPUTS = [
  'mode',
  'artifact-name',
  'pattern',
  'host',
  'report-digest',
  'required-approvals',
  'approvers',
  'github-token',
] as const
export type RequireRawInputs = Partial<Record<(typeof REQUIRE_INPUTS)[number], string>>

/** The require action's outputs, as in require/action.yml. */
export const REQUIRE_OUTPUTS = ['verdict', 'report-url'] as const
export type RequireOutputs = Record<(typeof REQUIRE_OUTPUTS)[number], string>

export interface RequireSettings {
  mode: Mode
  artifactName: string
  pattern: string
  host: string | null
  /** SHA-256 (hex) of the gate's JSON report: only that report counts. */
  reportDigest: string | null
  /** Raises the policy's approval count for an override, never lowers it. */
  requiredApprovals: number | null
  approvers: string[]
  githubToken: string
}

const trimmed = z.string().trim()
const artifactName = trimmed.refine((v) => !/[":<>|\\/\r\n]/.test(v), {
  message: 'must be an artifact name',
})

const schema = z
  .object({
    mode: trimmed.pipe(
      z.enum(MODES, { error: (i) => `must be paper or live, got "${String(i.input)}"` }),
    ),
    'artifact-name': artifactName.default(''),
    pattern: artifactName.default(''),
    host: trimmed.default(''),
    'report-digest': trimmed
      .default('')
      .transform((v) => v.toLowerCase())
      .refine((v) => v === '' || /^[0-9a-f]{64}$/.test(v), {
        message: "must be the gate's report-digest output (64 hex digits of SHA-256)",
      }),
    'required-approvals': optionalInteger(1, 20).default(null),
    approvers: trimmed
      .default('')
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .refine((list) => list.every((l) => /^[A-Za-z0-9-]+(\[bot\])?$/.test(l)), {
        message: 'must be GitHub logins separated by commas or spaces',
      }),
    'github-token': z.string().default(''),
  })
  .refine((v) => v['artifact-name'] === '' || v.pattern === '', {
    message: 'set "artifact-name" or "pattern", not both',
  })

export function parseRequireSettings(
  raw: RequireRawInputs,
): { ok: true; settings: RequireSettings } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: describeInputIssues(parsed.error.issues) }
  const r = parsed.data
  return {
    ok: true,
    settings: {
      mode: r.mode,
      artifactName: r['artifact-name'],
      pattern: r.pattern,
      host: r.host || null,
      reportDigest: r['report-digest'] || null,
      requiredApprovals: r['required-approvals'],
      approvers: r.approvers,
      githubToken: r['github-token'],
    },
  }
}
