import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  INITIAL_WATCH_STATE,
  nextWatchState,
  tickHealth,
  type TickHealth,
  type WatchAction,
} from '../src/watch/state.js'
import { STATUSES } from '../src/model.js'

function play(ticks: TickHealth[], tripAfter: number) {
  let state = INITIAL_WATCH_STATE
  const actions: Array<{ tick: number; action: WatchAction }> = []
  ticks.forEach((health, tick) => {
    const next = nextWatchState(state, health, tripAfter)
    state = next.state
    for (const action of next.actions) actions.push({ tick, action })
  })
  return { state, actions }
}

const health = fc.constantFrom<TickHealth>('healthy', 'p1-failed', 'p0-failed')

describe('the watch state machine', () => {
  it('fails closed: only a pass, P2 warnings or a P1 failure are not P0 failures', () => {
    expect(STATUSES.filter((s) => tickHealth(s) === 'p0-failed')).toEqual([
      'p0-failed',
      'timeout',
      'crashed',
      'missing',
      'invalid',
      'skipped',
    ])
  })

  it('trips exactly at the first run of N consecutive P0 failures, once, and never before', () => {
    fc.assert(
      fc.property(
        fc.array(health, { maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (ticks, n) => {
          const { state, actions } = play(ticks, n)
          let run = 0
          let expectedTrip = -1
          ticks.forEach((h, i) => {
            run = h === 'p0-failed' ? run + 1 : 0
            if (run === n && expectedTrip === -1) expectedTrip = i
          })
          const trips = actions.filter((a) => a.action.kind === 'kill-switch')
          if (expectedTrip === -1) {
            expect(trips).toEqual([])
            expect(state.state).not.toBe('tripped')
          } else {
            expect(trips.map((t) => t.tick)).toEqual([expectedTrip])
            expect(state.state).toBe('tripped')
            // After the trip nothing else happens.
            expect(actions.every((a) => a.tick <= expectedTrip)).toBe(true)
          }
        },
      ),
    )
  })

  it('logs one entry per change of state, each P1 episode once, recovery only after a report', () => {
    fc.assert(
      fc.property(fc.array(health, { maxLength: 60 }), (ticks) => {
        const { actions } = play(ticks, 1000)
        const logged = actions.flatMap((a) => (a.action.kind === 'log' ? [a.action.event] : []))
        // Alternating: P1 reported, then restored, then P1 again...
        logged.forEach((event, i) =>
          expect(event).toBe(i % 2 === 0 ? 'P1_FAILURE_POST_LAUNCH' : 'HEALTH_RESTORED'),
        )
        const onP1 = actions.filter((a) => a.action.kind === 'on-p1').length
        expect(onP1).toBe(logged.filter((e) => e === 'P1_FAILURE_POST_LAUNCH').length)
      }),
    )
  })

  it('a flapping service (fail, pass, fail, pass) never trips with N = 2', () => {
    const ticks = Array.from({ length: 100 }, (_, i): TickHealth =>
      i % 2 ? 'healthy' : 'p0-failed',
    )
    const { state, actions } = play(ticks, 2)
    expect(state.state).toBe('healthy')
    expect(actions).toEqual([])
  })
})

describe('watch flags', () => {
  it('take the evidence and sealing flags of "preflight run" into each tick', async () => {
    const { watchConfig } = await import('../src/cli/watch.js')
    const { PassThrough } = await import('node:stream')
    const io = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      env: {},
    }
    const built = watchConfig(
      {
        mode: 'live',
        command: 'true',
        'require-results': 'never',
        'pass-env': 'GITHUB_TOKEN',
        results: ['junit.xml'],
      },
      '5',
      '--interval',
      io,
      new AbortController().signal,
    )
    expect('config' in built && built.config.raw).toMatchObject({
      'require-results': 'never',
      'pass-env': 'GITHUB_TOKEN',
      results: 'junit.xml',
    })
  })
})
