// Runs a watch hook (the kill switch, the P1 command): bounded in time, its whole output kept in
// a log file (bounded) and its end summarised for the operational log.

import type { WriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { once } from 'node:events'
import { commandArgv } from '../runner/command.js'
import { executableProblem } from '../runner/executable.js'
import { runProcess } from '../runner/process.js'
import { plainText, truncateBytes } from '../sanitize.js'

export const HOOK_TIMEOUT_MS = 60_000
const HOOK_LOG_MAX_BYTES = 1024 * 1024
const HOOK_TAIL_BYTES = 2048

export interface HookRun {
  ok: boolean
  /** One sentence and the end of the output, for the log entry. */
  summary: string
}

export interface HookOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the full output goes. */
  logFile: string
  timeoutMs?: number
  killGraceMs?: number
}

/**
 * Checks a hook command before the first tick: it splits into arguments and its program can be
 * run from `cwd`. Returns the error, or null.
 */
export function hookCommandError(
  flag: string,
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): string | null {
  const split = commandArgv(command, flag)
  if ('error' in split) return split.error
  const problem = executableProblem(split.argv[0] as string, cwd, env.PATH)
  return problem === null
    ? null
    : `${flag} "${command}" is not an executable command: ${problem}. A hook is proved before it is needed: fix it, then start again.`
}

export async function runHook(
  name: string,
  command: string,
  options: HookOptions,
): Promise<HookRun> {
  const split = commandArgv(command, `The ${name} command`)
  if ('error' in split) return { ok: false, summary: `${name} not run: ${split.error}` }
  // The hook runs even when its output cannot be kept (a full or read-only disk).
  let log: WriteStream | null = null
  let logNote = `full output: ${options.logFile}`
  try {
    log = (await open(options.logFile, 'a')).createWriteStream()
    log.on('error', (error) => {
      logNote = `its output could not be fully kept: ${error.message}`
    })
  } catch (error) {
    logNote = `its output could not be kept: ${(error as Error).message}`
  }
  const timeoutMs = options.timeoutMs ?? HOOK_TIMEOUT_MS
  const result = await runProcess({
    argv: split.argv,
    cwd: options.cwd,
    env: options.env,
    timeoutMs,
    killGraceMs: options.killGraceMs ?? 5000,
    ...(log && { log: { stream: log, maxBytes: HOOK_LOG_MAX_BYTES } }),
    tailBytes: HOOK_TAIL_BYTES,
  })
  if (log) {
    const closed = once(log, 'close').catch(() => undefined)
    log.end()
    await closed
  }
  const { end } = result
  const ok = end.kind === 'exited' && end.exitCode === 0
  const how =
    end.kind === 'exited'
      ? `exited ${end.exitCode}`
      : end.kind === 'signaled'
        ? `was ended by ${end.signal}`
        : end.kind === 'timeout'
          ? `timed out after ${timeoutMs / 1000} s and was killed`
          : end.error
  const tail = truncateBytes(plainText(result.tail).trim().split('\n').slice(-10).join('\n'), 1000)
  return {
    ok,
    summary: `${name} "${command}" ${how}${tail ? `; output ends: ${tail}` : ''} (${logNote})`,
  }
}
