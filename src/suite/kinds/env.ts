// env: environment variables are set (and match a pattern); only their names are reported.

import type { AttemptContext, AttemptResult, SpecOf } from '../attempt.js'
import { compilePattern } from '../pattern.js'

export function envAttempt(spec: SpecOf<'env'>, ctx: AttemptContext): AttemptResult {
  // Values are secrets as far as the gate knows: only names are ever reported, and every value
  // read is handed on for redaction.
  const values = new Map(spec.variables.map((name) => [name, ctx.expand.read(name)]))
  const pattern =
    spec.pattern === undefined ? null : compilePattern(ctx.expand.pattern(spec.pattern))
  const missing = spec.variables.filter((name) => !values.get(name))
  if (missing.length > 0) return { ok: false, message: `not set or empty: ${missing.join(', ')}` }
  if (pattern !== null) {
    const bad = spec.variables.filter((name) => !pattern.test(values.get(name) ?? ''))
    if (bad.length > 0) {
      return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` }
    }
  }
  return { ok: true, message: `set: ${spec.variables.join(', ')}` }
}
