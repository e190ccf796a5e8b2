// One attempt of a check, as every kind sees it: what it is handed, what it returns, and the
// helpers several kinds share (a socket that settles once, a port field, the output tail's size).

import { CheckDefinitionError, type Expander } from './expand.js'
import type { ProcessIsolation } from '../model.js'
import type { CheckSpec } from './schema.js'

export interface AttemptContext {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  killGraceMs: number
  /** Aborted when the attempt's time is up: every kind stops its I/O and closes what it opened. */
  signal: AbortSignal
  /** ${env:} expansion, which also collects the values to redact. */
  expand: Expander
  /** suite-isolation pid: command checks run in their own PID and mount namespace. */
  isolation?: ProcessIsolation
}

export interface AttemptResult {
  ok: boolean
  message: string
  output?: string
}

export type SpecOf<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>

/** How much of a check's own output (or a response body) a failed attempt keeps. */
export const OUTPUT_TAIL_BYTES = 4 * 1024

/**
 * One attempt on a socket: `start` opens it and reports through `done`, which settles once,
 * by the socket's own result or with `atDeadline` when the attempt's time is up or it is aborted;
 * the socket is closed on every path (`start` returns how).
 */
export function socketAttempt(
  ctx: AttemptContext,
  atDeadline: AttemptResult,
  start: (done: (result: AttemptResult) => void) => () => void,
): Promise<AttemptResult> {
  return new Promise((resolve) => {
    let settled = false
    let close: (() => void) | null = null
    const done = (result: AttemptResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      ctx.signal.removeEventListener('abort', onDeadline)
      close?.()
      resolve(result)
    }
    const onDeadline = () => done(atDeadline)
    const timer = setTimeout(onDeadline, ctx.timeoutMs)
    ctx.signal.addEventListener('abort', onDeadline, { once: true })
    const stop = start(done)
    if (settled) stop()
    else close = stop
    if (ctx.signal.aborted) onDeadline()
  })
}

/** A port field: a number, or a string (usually ${env:PORT}) holding one. */
export function resolvePort(
  value: number | string | undefined,
  fallback: number,
  ctx: AttemptContext,
): number {
  if (value === undefined) return fallback
  const port = Number(typeof value === 'number' ? value : ctx.expand.text(value))
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CheckDefinitionError(`port must be a number from 1 to 65535, got "${String(value)}"`)
  }
  return port
}
