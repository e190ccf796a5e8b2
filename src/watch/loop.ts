// The watch loop: one tick at a time (never overlapping), then the pure state machine decides,
// then the hooks act. It stops on a trip or when the signal aborts (SIGTERM, the launched
// process exiting); an aborted tick is cancelled and its result ignored.

import type { Status } from '../model.js'
import {
  INITIAL_WATCH_STATE,
  nextWatchState,
  tickHealth,
  type WatchAction,
  type WatchState,
} from './state.js'

export interface WatchHooks<T extends { status: Status }> {
  /** Runs the checks once, bounded by the suite's own timeout. */
  tick: () => Promise<T>
  /** Stops a tick in flight (kills its process tree) after an abort. */
  cancelTick: () => void
  /** Carries out one action of a state change, in order. */
  act: (action: WatchAction, tick: T, state: WatchState) => Promise<void>
  /** After every tick: the status file for monitors. */
  afterTick: (tick: T, state: WatchState) => Promise<void>
}

export interface WatchLoopOptions<T extends { status: Status }> {
  intervalMs: number
  tripAfter: number
  signal: AbortSignal
  hooks: WatchHooks<T>
  /** How long an aborted tick may take to wind down before the loop returns anyway. */
  cancelWaitMs?: number
}

export interface WatchLoopResult {
  outcome: 'tripped' | 'stopped'
  state: WatchState
  ticks: number
}

export async function runWatchLoop<T extends { status: Status }>(
  options: WatchLoopOptions<T>,
): Promise<WatchLoopResult> {
  const { signal, hooks } = options
  let state = INITIAL_WATCH_STATE
  let ticks = 0
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted')
    signal.addEventListener('abort', () => resolve('aborted'), { once: true })
  })
  while (!signal.aborted) {
    const started = performance.now()
    const pending = hooks.tick()
    const result = await Promise.race([pending, aborted])
    if (result === 'aborted') {
      hooks.cancelTick()
      await Promise.race([pending.catch(() => undefined), delay(options.cancelWaitMs ?? 700)])
      break
    }
    ticks++
    const next = nextWatchState(state, tickHealth(result.status), options.tripAfter)
    state = next.state
    for (const action of next.actions) await hooks.act(action, result, state)
    await hooks.afterTick(result, state)
    if (state.state === 'tripped') return { outcome: 'tripped', state, ticks }
    const wait = Math.max(0, options.intervalMs - (performance.now() - started))
    await Promise.race([delay(wait, signal), aborted])
  }
  return { outcome: 'stopped', state, ticks }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
