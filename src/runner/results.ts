// The per-check results a suite command may write to PREFLIGHT_RESULTS, validated with zod.

import { open } from 'node:fs/promises'
import { z } from 'zod'
import { LEVELS, type CheckResult } from '../model.js'

const MAX_RESULTS_BYTES = 8 * 1024 * 1024
const MAX_CHECKS = 10_000

const checkSchema = z.object({
  name: z.string().trim().min(1).max(200),
  level: z.enum(LEVELS),
  status: z.enum(['passed', 'failed', 'skipped']),
  /** Milliseconds. */
  duration: z.number().nonnegative().finite().default(0),
  message: z
    .string()
    .default('')
    .transform((m) => (m.length > 2000 ? m.slice(0, 1999) + '…' : m)),
  description: z.string().max(2000).optional(),
  remediation: z.string().max(2000).optional(),
})

export const suiteResultsSchema = z.union([
  z.array(checkSchema).max(MAX_CHECKS),
  z.object({ checks: z.array(checkSchema).max(MAX_CHECKS) }).transform((r) => r.checks),
])

export type SuiteResults =
  | { kind: 'absent' }
  | { kind: 'malformed'; error: string }
  | { kind: 'read'; checks: CheckResult[] }

export async function readSuiteResults(file: string): Promise<SuiteResults> {
  let text: string
  try {
    const handle = await open(file, 'r')
    try {
      const { size } = await handle.stat()
      if (size > MAX_RESULTS_BYTES) {
        return {
          kind: 'malformed',
          error: `it is ${size} bytes, over the ${MAX_RESULTS_BYTES}-byte limit`,
        }
      }
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' }
    return { kind: 'malformed', error: `it cannot be read: ${(error as Error).message}` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { kind: 'malformed', error: `it is not JSON (${(error as Error).message})` }
  }
  const parsed = suiteResultsSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return {
      kind: 'malformed',
      error: `${issue?.message ?? 'invalid'}${where}. Expected a list of {name, level: P0|P1|P2, status: passed|failed|skipped, duration (ms), message}.`,
    }
  }
  const names = new Set<string>()
  for (const check of parsed.data) {
    if (names.has(check.name))
      return { kind: 'malformed', error: `check "${check.name}" appears twice` }
    names.add(check.name)
  }
  return {
    kind: 'read',
    checks: parsed.data.map((c) => ({
      name: c.name,
      level: c.level,
      status: c.status,
      durationMs: c.duration,
      message: c.message,
      ...(c.description !== undefined && { description: c.description }),
      ...(c.remediation !== undefined && { remediation: c.remediation }),
    })),
  }
}
