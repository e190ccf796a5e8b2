// version: a command prints a version that satisfies a semver range.

import semver from 'semver'
import { plainText } from '../../sanitize.js'
import type { AttemptContext, SpecOf } from '../attempt.js'
import { compilePattern } from '../pattern.js'
import { execute } from './command.js'

export async function versionAttempt(spec: SpecOf<'version'>, ctx: AttemptContext) {
  const pattern = compilePattern(
    ctx.expand.pattern(spec.pattern ?? String.raw`(\d+\.\d+(?:\.\d+)?)`),
  )
  const result = await execute(ctx.expand.argv(spec.command, false), ctx.cwd, ctx)
  if (result.failure) return { ok: false, message: result.failure, output: result.output }
  if (result.exitCode !== 0) {
    return {
      ok: false,
      message: `version command exited ${result.exitCode}`,
      output: result.output,
    }
  }
  const text = plainText(result.run.stdoutTail + '\n' + result.run.stderrTail)
  const found = pattern.firstGroup(text)
  const version = found === null ? null : semver.coerce(found)
  if (version === null) {
    return { ok: false, message: 'no version found in the command output', output: result.output }
  }
  return semver.satisfies(version, spec.range)
    ? { ok: true, message: `${found} satisfies ${spec.range}` }
    : { ok: false, message: `${found} does not satisfy ${spec.range}` }
}
