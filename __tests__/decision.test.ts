import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FACT_RULES,
  FLEET_RULES,
  UNDECIDED_FLEET,
  decideFleetVerdict,
  type FleetStanding,
  OUTCOME_RULES,
  OVERRIDE_POLICY,
  approvalsRequired,
  commentRequired,
  decide,
  type DecisionInput,
  type OutcomeRule,
} from '../src/decision.js'
import { DECISION_FACTS, MODES, OUTCOME_RULE_IDS, OVERRIDES, STATUSES } from '../src/model.js'

// Every status × override state × approval the gate can be in.
const COMBINATIONS: Omit<DecisionInput, 'mode'>[] = STATUSES.flatMap((status) =>
  [false, true].flatMap((forceStart) =>
    [false, true].map((approvalVerified) => ({ status, forceStart, approvalVerified })),
  ),
)

function inputFor(row: OutcomeRule): Omit<DecisionInput, 'mode'> {
  const override = row.override ?? 'none'
  return {
    status: row.status,
    forceStart: row.status === 'p1-failed' && override !== 'none',
    approvalVerified: override === 'granted',
  }
}

describe('the decision table (src/decision.ts, docs/verdicts.md)', () => {
  for (const mode of MODES) {
    for (const row of OUTCOME_RULES as readonly OutcomeRule[]) {
      it(`${mode}: row ${row.rule} gives ${row.verdict} with gate exit code ${row.gateExitCode}`, () => {
        const decision = decide({ mode, ...inputFor(row) })
        expect(decision).toMatchObject({
          rule: row.rule,
          verdict: row.verdict,
          gateExitCode: row.gateExitCode,
          hardAbort: row.hardAbort,
        })
        expect(decision.reasons[0]).toBe(row.reason)
      })
    }
  }

  it('has a row for every rule id the model names, and no other', () => {
    expect(OUTCOME_RULES.map((r) => r.rule).sort()).toEqual([...OUTCOME_RULE_IDS].sort())
  })

  it('has exactly one row for every status, override and approval', () => {
    for (const combination of COMBINATIONS) {
      const requested =
        combination.status === 'skipped' ||
        (combination.status === 'p1-failed' && combination.forceStart)
      const state = !requested ? 'none' : combination.approvalVerified ? 'granted' : 'requested'
      const rows = (OUTCOME_RULES as readonly OutcomeRule[]).filter(
        (r) => r.status === combination.status && (r.override ?? state) === state,
      )
      expect(rows, JSON.stringify(combination)).toHaveLength(1)
    }
  })

  it('keeps the product table: only passes, P2 warnings and approved overrides proceed', () => {
    for (const row of OUTCOME_RULES as readonly OutcomeRule[]) {
      const launches = row.verdict === 'proceed'
      expect(launches).toBe(
        row.status === 'passed' || row.status === 'p2-warned' || row.override === 'granted',
      )
      if (row.hardAbort) expect(row.verdict).toBe('abort')
      if (row.verdict === 'approval-required') expect(row.override).toBe('requested')
    }
    for (const status of ['p0-failed', 'timeout', 'crashed', 'missing', 'invalid'] as const) {
      const decision = decide({ mode: 'live', status, forceStart: true, approvalVerified: true })
      expect(decision).toMatchObject({ verdict: 'abort', hardAbort: true, grantedOverride: null })
    }
  })

  for (const fact of DECISION_FACTS) {
    it(`the fact ${fact} aborts every launch where it blocks, and keeps a failure's code`, () => {
      const factRule = FACT_RULES[fact]
      for (const mode of MODES) {
        for (const combination of COMBINATIONS) {
          const without = decide({ mode, ...combination })
          const withFact = decide({ mode, ...combination, facts: [fact] })
          expect(withFact.reasons.some((r) => r.startsWith(factRule.reason))).toBe(true)
          if (factRule.warnsOnlyIn.includes(mode) || without.verdict === 'abort') {
            expect({ ...withFact, reasons: [] }).toEqual({ ...without, reasons: [] })
            continue
          }
          const launchCode = without.gateExitCode === 0 || without.gateExitCode === 3
          expect(withFact).toMatchObject({
            verdict: 'abort',
            rule: fact,
            grantedOverride: null,
            hardAbort: true,
            gateExitCode: factRule.gateExitCode === 1 || launchCode ? 1 : without.gateExitCode,
          })
        }
      }
    })
  }

  it('takes the policy count as the floor of every approval count, and the policy alone says "comment"', () => {
    for (const mode of MODES) {
      for (const override of OVERRIDES) {
        const floor = OVERRIDE_POLICY[mode][override].requiredApprovals
        expect(approvalsRequired(mode, override)).toBe(floor)
        expect(approvalsRequired(mode, override, 0)).toBe(floor)
        expect(approvalsRequired(mode, override, floor + 2)).toBe(floor + 2)
        expect(commentRequired(mode, override)).toBe(
          OVERRIDE_POLICY[mode][override].commentRequired,
        )
      }
    }
    expect(approvalsRequired('live', 'force-start', 1)).toBe(2)
    expect(commentRequired('paper', 'skip')).toBe(false)
  })

  it('never proceeds outside the table, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.oneof(fc.constantFrom(...MODES), fc.string()),
          status: fc.oneof(fc.constantFrom(...STATUSES), fc.string()),
          forceStart: fc.boolean(),
          approvalVerified: fc.boolean(),
          facts: fc.subarray([...DECISION_FACTS]),
        }),
        (input) => {
          const decision = decide(input as DecisionInput)
          const allowed =
            input.status === 'passed' ||
            input.status === 'p2-warned' ||
            (input.status === 'p1-failed' && input.forceStart && input.approvalVerified) ||
            (input.status === 'skipped' && input.approvalVerified)
          const blocked = input.facts.some(
            (f) => !(FACT_RULES[f].warnsOnlyIn as readonly string[]).includes(input.mode),
          )
          expect(decision.verdict === 'proceed').toBe(allowed && !blocked)
          if (decision.grantedOverride !== null) expect(input.approvalVerified).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })
})

// Every standing a fleet can be in (the mode and the facts apart).
const STANDINGS: Omit<FleetStanding, 'mode'>[] = [false, true].flatMap((incomplete) =>
  [0, 1, 3].flatMap((blockingLegs) =>
    [false, true].flatMap((hardAbort) =>
      [false, true].flatMap((skipWaiting) =>
        [false, true].map((allPassed) => ({
          incomplete,
          blockingLegs,
          hardAbort,
          skipWaiting,
          allPassed,
        })),
      ),
    ),
  ),
)

describe('the fleet table (FLEET_RULES in src/decision.ts)', () => {
  it.each(STANDINGS)('decides %o by the first row that applies, in both modes', (standing) => {
    for (const mode of MODES) {
      const row = FLEET_RULES.find((r) => r.applies({ mode, ...standing }))
      expect(row).toBeDefined()
      expect(decideFleetVerdict({ mode, ...standing })).toEqual({
        verdict: row?.verdict,
        gateExitCode: row?.gateExitCode,
        rule: row?.rule,
        reasons: [row?.reason],
      })
    }
  })

  it('proceeds only when every leg is there and none blocks', () => {
    for (const standing of STANDINGS) {
      const { verdict, gateExitCode } = decideFleetVerdict({ mode: 'live', ...standing })
      const proceeds = !standing.incomplete && standing.blockingLegs === 0
      expect(verdict, JSON.stringify(standing)).toBe(proceeds ? 'proceed' : 'abort')
      // A blocked fleet exits as its worst leg would: 1 for a hard abort or a waiting skip, 2 for P1.
      const worst = standing.incomplete || standing.hardAbort || standing.skipWaiting
      if (!proceeds) expect(gateExitCode).toBe(worst ? 1 : 2)
      else expect(gateExitCode).toBe(standing.allPassed ? 0 : 3)
    }
  })

  it('turns a proceeding fleet into an abort on a fact that blocks in its mode, as for a run', () => {
    const passed = {
      incomplete: false,
      blockingLegs: 0,
      hardAbort: false,
      skipWaiting: false,
      allPassed: true,
    }
    expect(
      decideFleetVerdict({ mode: 'live', ...passed, facts: ['report-upload-failed'] }),
    ).toMatchObject({ verdict: 'abort', gateExitCode: 1, rule: 'report-upload-failed' })
    const paper = decideFleetVerdict({ mode: 'paper', ...passed, facts: ['report-upload-failed'] })
    expect(paper).toMatchObject({ verdict: 'proceed', gateExitCode: 0, rule: 'fleet-passed' })
    expect(paper.reasons[1]).toMatch(/not blocking in paper mode/)
  })

  it('says abort for a fleet nothing is known of yet', () => {
    expect(decideFleetVerdict(UNDECIDED_FLEET)).toMatchObject({
      verdict: 'abort',
      rule: 'fleet-incomplete',
    })
  })
})
