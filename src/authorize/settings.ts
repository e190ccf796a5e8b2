// The authorize action's inputs, read once into one typed settings object.

import { z } from 'zod'
import { approvalsRequired } from '../decision.js'
import { MODES, OVERRIDES, type Mode, type Override } from '../model.js'
import { booleanInput, describeInputIssues, optionalInteger } from '../settings.js'

export const AUTHORIZE_INPUTS = [
  'mode',
  'environment',
  'override',
  'required-approvals',
  'approvers',
  'allow-self-approval',
  'reason',
  'ticket',
  'impact',
  'mitigation',
  'github-token',
  'ops-log-issue',
  'open-ticket',
] as const
export type AuthorizeRawInputs = Partial<Record<(typeof AUTHORIZE_INPUTS)[number], string>>

export interface AuthorizeSettings {
  mode: Mode
  environment: string
  override: Override
  requiredApprovals: number
  approvers: string[]
  allowSelfApproval: boolean
  reason: string
  ticket: string
  impact: string
  mitigation: string
  githubToken: string
  opsLogIssue: number | null
  openTicket: boolean
}

const trimmed = z.string().trim()

const schema = z.object({
  mode: trimmed.pipe(
    z.enum(MODES, { error: (i) => `must be paper or live, got "${String(i.input)}"` }),
  ),
  environment: trimmed.min(1, {
    error: 'is required: the protected environment this job is bound to',
  }),
  override: trimmed.pipe(
    z.enum(OVERRIDES, { error: (i) => `must be force-start or skip, got "${String(i.input)}"` }),
  ),
  'required-approvals': optionalInteger(1, 20).default(null),
  approvers: trimmed
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine((list) => list.every((l) => /^[A-Za-z0-9-]+(\[bot\])?$/.test(l)), {
      message: 'must be GitHub logins separated by commas or spaces',
    }),
  'allow-self-approval': booleanInput(false).default(false),
  reason: trimmed.default(''),
  ticket: trimmed.default(''),
  impact: trimmed.default(''),
  mitigation: trimmed.default(''),
  'github-token': z.string().default(''),
  'ops-log-issue': optionalInteger(1, Number.MAX_SAFE_INTEGER).default(null),
  'open-ticket': booleanInput(false).default(false),
})

export function parseAuthorizeSettings(
  raw: AuthorizeRawInputs,
): { ok: true; settings: AuthorizeSettings } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      errors: describeInputIssues(parsed.error.issues),
    }
  }
  const r = parsed.data
  return {
    ok: true,
    settings: {
      mode: r.mode,
      environment: r.environment,
      override: r.override,
      // The input can raise the policy's count, never lower it.
      requiredApprovals: approvalsRequired(r.mode, r.override, r['required-approvals']),
      approvers: r.approvers,
      allowSelfApproval: r['allow-self-approval'],
      reason: r.reason,
      ticket: r.ticket,
      impact: r.impact,
      mitigation: r.mitigation,
      githubToken: r['github-token'],
      opsLogIssue: r['ops-log-issue'],
      openTicket: r['open-ticket'],
    },
  }
}
