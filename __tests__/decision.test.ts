import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../src/decision.js'
import { MODES, STATUSES, type Status } from '../src/model.js'

const EXPECTED: Record<
  Status,
  (force: boolean, approved: boolean) => [verdict: string, exit: number, granted: string | null]
> = {
  passed: () => ['proceed', 0, null],
  'p2-warned': () => ['proceed', 3, null],
  'p1-failed': (force, approved) =>
    !force
      ? ['abort', 2, null]
      : approved
        ? ['proceed', 2, 'force-start']
        : ['approval-required', 2, null],
  'p0-failed': () => ['abort', 1, null],
  timeout: () => ['abort', 1, null],
  crashed: () => ['abort', 1, null],
  missing: () => ['abort', 1, null],
  invalid: () => ['abort', 1, null],
  skipped: (_force, approved) =>
    approved ? ['proceed', 0, 'skip'] : ['approval-required', 1, null],
}

describe('decision table (docs/verdicts.md)', () => {
  for (const mode of MODES) {
    for (const status of STATUSES) {
      for (const forceStart of [false, true]) {
        for (const approvalVerified of [false, true]) {
          it(`${mode} ${status} force-start=${forceStart} approved=${approvalVerified}`, () => {
            const [verdict, exit, granted] = EXPECTED[status](forceStart, approvalVerified)
            const decision = decide({ mode, status, forceStart, approvalVerified })
            expect(decision.verdict).toBe(verdict)
            expect(decision.gateExitCode).toBe(exit)
            expect(decision.grantedOverride).toBe(granted)
          })
        }
      }
    }
  }

  it('marks P0 failures and broken suites as hard aborts that no override lifts', () => {
    for (const status of ['p0-failed', 'timeout', 'crashed', 'missing', 'invalid'] as const) {
      const decision = decide({ mode: 'live', status, forceStart: true, approvalVerified: true })
      expect(decision).toMatchObject({ verdict: 'abort', hardAbort: true, grantedOverride: null })
    }
  })

  it('aborts a live launch whose report could not be uploaded, and only warns in paper', () => {
    const live = decide({
      mode: 'live',
      status: 'passed',
      forceStart: false,
      approvalVerified: false,
      reportUploadFailed: true,
    })
    expect(live).toMatchObject({ verdict: 'abort', gateExitCode: 1, hardAbort: true })
    const p1 = decide({
      mode: 'live',
      status: 'p1-failed',
      forceStart: true,
      approvalVerified: true,
      reportUploadFailed: true,
    })
    expect(p1).toMatchObject({ verdict: 'abort', gateExitCode: 2, grantedOverride: null })
    const paper = decide({
      mode: 'paper',
      status: 'passed',
      forceStart: false,
      approvalVerified: false,
      reportUploadFailed: true,
    })
    expect(paper).toMatchObject({ verdict: 'proceed', gateExitCode: 0 })
  })

  it('never proceeds outside the table, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.oneof(fc.constantFrom(...MODES), fc.string()),
          status: fc.oneof(fc.constantFrom(...STATUSES), fc.string()),
          forceStart: fc.boolean(),
          approvalVerified: fc.boolean(),
          reportUploadFailed: fc.boolean(),
        }),
        (input) => {
          const decision = decide(input as Parameters<typeof decide>[0])
          const allowed =
            input.status === 'passed' ||
            input.status === 'p2-warned' ||
            (input.status === 'p1-failed' && input.forceStart && input.approvalVerified) ||
            (input.status === 'skipped' && input.approvalVerified)
          const noEvidence = input.mode === 'live' && input.reportUploadFailed
          expect(decision.verdict === 'proceed').toBe(allowed && !noEvidence)
          if (decision.grantedOverride !== null) expect(input.approvalVerified).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
