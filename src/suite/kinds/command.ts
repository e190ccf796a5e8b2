// command: a command exits with the expected code, its output matching the patterns given.

import path from 'node:path'
import { runProcess } from '../../runner/process.js'
import { plainText } from '../../sanitize.js'
import { OUTPUT_TAIL_BYTES, type AttemptContext, type SpecOf } from '../attempt.js'
import { compilePattern } from '../pattern.js'

/** Runs a check's command to its end within the attempt's time; shared with the version kind. */
export async function execute(argv: string[], cwd: string, ctx: AttemptContext) {
  const run = await runProcess({
    argv,
    cwd,
    env: ctx.env,
    timeoutMs: ctx.timeoutMs,
    killGraceMs: ctx.killGraceMs,
    tailBytes: OUTPUT_TAIL_BYTES,
    drainMs: 200,
    isolation: ctx.isolation,
  })
  const output = plainText(run.tail)
  const end = run.end
  switch (end.kind) {
    case 'exited':
      return { exitCode: end.exitCode, run, output, failure: null }
    case 'signaled':
      return { exitCode: null, run, output, failure: `killed by signal ${end.signal}` }
    case 'timeout':
      return { exitCode: null, run, output, failure: `timed out after ${ctx.timeoutMs} ms` }
    case 'not-found':
    case 'spawn-error':
    case 'write-failed':
      return { exitCode: null, run, output, failure: end.error }
  }
}

export async function commandAttempt(spec: SpecOf<'command'>, ctx: AttemptContext) {
  const argv = ctx.expand.argv(spec.command, spec.shell ?? false)
  const patterns = {
    stdout:
      spec.stdout === undefined
        ? null
        : compilePattern(ctx.expand.pattern(spec.stdout), { multiline: true }),
    stderr:
      spec.stderr === undefined
        ? null
        : compilePattern(ctx.expand.pattern(spec.stderr), { multiline: true }),
  }
  const cwd = path.resolve(ctx.cwd, ctx.expand.text(spec.cwd ?? '.'))
  const result = await execute(argv, cwd, ctx)
  if (result.failure) return { ok: false, message: result.failure, output: result.output }
  const expected = spec['exit-code'] ?? 0
  if (result.exitCode !== expected) {
    return {
      ok: false,
      message: `exited ${result.exitCode}, expected ${expected}`,
      output: result.output,
    }
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    const wanted = patterns[stream]
    const seen = plainText(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail)
    if (wanted !== null && !wanted.test(seen)) {
      return {
        ok: false,
        message: `${stream} does not match /${spec[stream]}/`,
        output: result.output,
      }
    }
  }
  return { ok: true, message: `exited ${expected}` }
}
