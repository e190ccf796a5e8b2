// The aggregate action's inputs, read once into one typed settings object, and its outputs.

import { z } from 'zod'
import { MODES, type Mode } from '../model.js'
import { describeInputIssues } from '../settings.js'

export const AGGREGATE_INPUTS = ['mode', 'expected', 'pattern', 'github-token'] as const
export type AggregateRawInputs = Partial<Record<(typeof AGGREGATE_INPUTS)[number], string>>

/** The aggregate action's outputs, as in aggregate/action.yml. */
export const AGGREGATE_OUTPUTS = ['verdict', 'status', 'legs', 'failed-legs', 'report-url'] as const
export type AggregateOutputs = Record<(typeof AGGREGATE_OUTPUTS)[number], string>

export const DEFAULT_PATTERN = 'preflight-report-*'
/** More matching artifacts than this is not a fleet this action can vouch for. */
export const MAX_ARTIFACTS = 10_000

export interface AggregateSettings {
  mode: Mode
  expected: number
  pattern: string
  githubToken: string
}

const schema = z.object({
  mode: z
    .string()
    .trim()
    .pipe(z.enum(MODES, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
  pattern: z
    .string()
    .trim()
    .default('')
    .transform((v) => v || DEFAULT_PATTERN)
    .refine((v) => !/[":<>|\\/\r\n]/.test(v), {
      message: 'must be an artifact-name glob (only * and ? are special)',
    }),
  expected: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_ARTIFACTS, {
      message: `must be the number of legs in the matrix (1 to ${MAX_ARTIFACTS})`,
    })
    .transform(Number),
  'github-token': z.string().default(''),
})

export function parseAggregateSettings(
  raw: AggregateRawInputs,
): { ok: true; settings: AggregateSettings } | { ok: false; errors: string[] } {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: describeInputIssues(parsed.error.issues) }
  const r = parsed.data
  return {
    ok: true,
    settings: {
      mode: r.mode,
      expected: r.expected,
      pattern: r.pattern,
      githubToken: r['github-token'],
    },
  }
}
