// The watch's decision, pure: from the previous state and one tick's health to the next state
// and what to do. A P0 failure trips only after `tripAfter` in a row (the flapping guard); a P1
// failure is reported once per episode; recovery is reported only after something was reported.

import type { Status } from '../model.js'

export type TickHealth = 'healthy' | 'p1-failed' | 'p0-failed'

export type WatchStateName = 'healthy' | 'p0-failing' | 'p1-failing' | 'tripped'

export interface WatchState {
  state: WatchStateName
  consecutiveP0Failures: number
  /** A P1_FAILURE_POST_LAUNCH entry was written and no HEALTH_RESTORED since. */
  p1Reported: boolean
}

export type WatchAction =
  | { kind: 'kill-switch' }
  | { kind: 'on-p1' }
  | { kind: 'log'; event: 'KILLSWITCH_ACTIVATED' | 'P1_FAILURE_POST_LAUNCH' | 'HEALTH_RESTORED' }

export const INITIAL_WATCH_STATE: WatchState = {
  state: 'healthy',
  consecutiveP0Failures: 0,
  p1Reported: false,
}

/** Fail closed: everything but a pass, P2 warnings or a plain P1 failure counts as a P0 failure. */
export function tickHealth(status: Status): TickHealth {
  if (status === 'passed' || status === 'p2-warned') return 'healthy'
  if (status === 'p1-failed') return 'p1-failed'
  return 'p0-failed'
}

export function nextWatchState(
  previous: WatchState,
  health: TickHealth,
  tripAfter: number,
): { state: WatchState; actions: WatchAction[] } {
  if (previous.state === 'tripped') return { state: previous, actions: [] }
  if (health === 'p0-failed') {
    const consecutiveP0Failures = previous.consecutiveP0Failures + 1
    if (consecutiveP0Failures >= tripAfter) {
      return {
        state: { ...previous, state: 'tripped', consecutiveP0Failures },
        actions: [{ kind: 'kill-switch' }, { kind: 'log', event: 'KILLSWITCH_ACTIVATED' }],
      }
    }
    return { state: { ...previous, state: 'p0-failing', consecutiveP0Failures }, actions: [] }
  }
  if (health === 'p1-failed') {
    const state: WatchState = { state: 'p1-failing', consecutiveP0Failures: 0, p1Reported: true }
    return previous.p1Reported
      ? { state, actions: [] }
      : { state, actions: [{ kind: 'on-p1' }, { kind: 'log', event: 'P1_FAILURE_POST_LAUNCH' }] }
  }
  const state: WatchState = { state: 'healthy', consecutiveP0Failures: 0, p1Reported: false }
  return previous.p1Reported
    ? { state, actions: [{ kind: 'log', event: 'HEALTH_RESTORED' }] }
    : { state, actions: [] }
}
