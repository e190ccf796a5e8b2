import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../src/decision.js'
import { judge, type JudgeInput } from '../src/evidence/judge.js'
import { LEVELS, type CheckResult } from '../src/model.js'

const check = (
  name: string,
  level: CheckResult['level'],
  status: CheckResult['status'],
): CheckResult => ({ name, level, status, durationMs: 1, message: '' })

const base: JudgeInput = {
  mode: 'live',
  exitCode: 0,
  contract: 'preflight',
  requireResults: 'live',
  checks: null,
}

describe('judge: the status comes from the results, the exit code is cross-checked', () => {
  it.each([
    [0, [check('a', 'P0', 'passed')], 'passed'],
    [3, [check('a', 'P0', 'passed'), check('b', 'P2', 'failed')], 'p2-warned'],
    [2, [check('a', 'P1', 'failed'), check('b', 'P2', 'failed')], 'p1-failed'],
    [1, [check('a', 'P0', 'failed'), check('b', 'P1', 'failed')], 'p0-failed'],
    // The worst level decides when the code names a level that did fail too.
    [3, [check('a', 'P0', 'failed'), check('b', 'P2', 'failed')], 'p0-failed'],
  ] as const)('preflight exit %i with %j is %s', (exitCode, checks, status) => {
    expect(judge({ ...base, exitCode, checks: [...checks] }).status).toBe(status)
  })

  it.each([
    [
      0,
      [check('a', 'P2', 'failed')],
      /exited 0 \(all passed\) but its results show 1 failed check\(s\): "a" \(P2\)/,
    ],
    [
      2,
      [check('a', 'P2', 'failed')],
      /exited 2 \(p1-failed\) but its results show no failed P1 check/,
    ],
    [
      3,
      [check('a', 'P0', 'passed')],
      /exited 3 \(p2-warned\) but its results show no failed P2 check/,
    ],
    [
      1,
      [check('a', 'P1', 'failed')],
      /exited 1 \(p0-failed\) but its results show no failed P0 check/,
    ],
    [0, [check('a', 'P0', 'skipped')], /no executed check \(1 listed/],
    [0, [], /no executed check \(0 listed/],
    [
      7,
      [check('a', 'P0', 'passed')],
      /exited with code 7, outside its exit-code contract "preflight"/,
    ],
  ] as const)('preflight exit %i with %j is a crash that says which', (exitCode, checks, note) => {
    const judgement = judge({ ...base, exitCode, checks: [...checks] })
    expect(judgement.status).toBe('crashed')
    expect(judgement.notes[0]).toMatch(note)
  })

  it('any-failure: 0 passed, 1 failed at the worst failed level, anything else a crash', () => {
    const any = { ...base, contract: 'any-failure' } as const
    const p2 = [check('a', 'P0', 'passed'), check('b', 'P2', 'failed')]
    expect(judge({ ...any, exitCode: 1, checks: p2 }).status).toBe('p2-warned')
    expect(judge({ ...any, exitCode: 1, checks: [check('a', 'P1', 'failed')] }).status).toBe(
      'p1-failed',
    )
    expect(judge({ ...any, exitCode: 0, checks: [check('a', 'P1', 'passed')] }).status).toBe(
      'passed',
    )
    for (const code of [2, 3, 4, 5]) {
      const judgement = judge({ ...any, exitCode: code, checks: p2 })
      expect(judgement.status).toBe('crashed')
      expect(judgement.notes[0]).toMatch(
        /outside its exit-code contract "any-failure" \(0 all tests passed, 1 some test failed\)/,
      )
    }
    expect(judge({ ...any, exitCode: 1, checks: [check('a', 'P0', 'passed')] }).notes[0]).toMatch(
      /exited 1 \(some test failed\) but its results show no failed check/,
    )
  })

  it('a skipped P0 check counts as a P0 failure; a skipped P1/P2 check does not', () => {
    const judgement = judge({
      ...base,
      checks: [check('a', 'P0', 'passed'), check('db', 'P0', 'skipped')],
    })
    expect(judgement).toEqual({
      status: 'p0-failed',
      notes: ['P0 check "db" was skipped; a skipped P0 check counts as a P0 failure.'],
    })
    expect(
      judge({ ...base, checks: [check('a', 'P0', 'passed'), check('b', 'P2', 'skipped')] }).status,
    ).toBe('passed')
  })

  it('without results: live requires them, paper decides on the exit code with a warning', () => {
    const live = judge({ ...base, exitCode: 0 })
    expect(live.status).toBe('crashed')
    expect(live.notes[0]).toMatch(/^No per-check evidence: .* set input "require-results" to never/)
    expect(judge({ ...base, mode: 'paper', requireResults: 'always' }).status).toBe('crashed')
    const paper = judge({ ...base, mode: 'paper', exitCode: 3 })
    expect(paper.status).toBe('p2-warned')
    expect(paper.notes.join(' ')).toMatch(/rests on the exit code alone/)
    const never = judge({ ...base, requireResults: 'never', exitCode: 0 })
    expect(never).toMatchObject({
      status: 'passed',
      notes: [expect.stringMatching(/input "require-results" is never/)],
    })
    expect(
      judge({ ...base, requireResults: 'never', contract: 'any-failure', exitCode: 1 }).status,
    ).toBe('p0-failed')
  })
})

describe('property: nothing proceeds without evidence that every executed check passed or only P2 failed', () => {
  const checkArb = fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    level: fc.constantFrom(...LEVELS),
    status: fc.constantFrom('passed', 'failed', 'skipped'),
    durationMs: fc.nat(1000),
    message: fc.constant(''),
  }) as fc.Arbitrary<CheckResult>

  it('holds for every exit code, contract, requirement, mode, results and override', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 300 }),
        fc.constantFrom('preflight', 'any-failure'),
        fc.constantFrom('live', 'always', 'never'),
        fc.constantFrom('paper', 'live'),
        fc.option(fc.array(checkArb, { maxLength: 8 }), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        (exitCode, contract, requireResults, mode, checks, forceStart, resultsDeclared) => {
          const judgement = judge({
            mode,
            exitCode,
            contract,
            requireResults,
            checks,
            resultsDeclared,
          })
          // Without a verified approval: a proceed must rest on the results.
          const verdict = decide({
            mode,
            status: judgement.status,
            forceStart,
            approvalVerified: false,
          }).verdict
          if (verdict !== 'proceed') return
          if (checks === null) {
            // Only the explicit opt-out decides on the exit code alone, and says so.
            expect(
              requireResults === 'never' || (requireResults === 'live' && mode === 'paper'),
            ).toBe(true)
            expect(judgement.notes.join(' ')).toMatch(/exit code alone/)
            return
          }
          const executed = checks.filter((c) => c.status !== 'skipped')
          expect(executed.length).toBeGreaterThan(0)
          expect(checks.some((c) => c.level === 'P0' && c.status === 'skipped')).toBe(false)
          expect(executed.every((c) => c.status === 'passed' || c.level === 'P2')).toBe(true)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('with results and a required evidence, no exit code makes failed P0/P1 checks proceed even with an approval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('preflight', 'any-failure'),
        fc.array(checkArb, { minLength: 1, maxLength: 8 }),
        (exitCode, contract, checks) => {
          const judgement = judge({
            mode: 'live',
            exitCode,
            contract,
            requireResults: 'live',
            checks,
          })
          const verdict = decide({
            mode: 'live',
            status: judgement.status,
            forceStart: true,
            approvalVerified: true,
          }).verdict
          const p0Failed = checks.some((c) => c.level === 'P0' && c.status !== 'passed')
          if (p0Failed) expect(verdict).toBe('abort')
        },
      ),
      { numRuns: 3000 },
    )
  })
})
