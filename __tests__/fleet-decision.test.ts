import { describe, expect, it } from 'vitest'
import { decideFleet, type FleetExpectation, type LegEvidence } from '../src/fleet/decision.js'
import { parseMatrix, provenanceFromEnv } from '../src/provenance.js'
import { parseGateReport, type GateReport } from '../src/report/json-schema.js'
import type { Status, Verdict, Override } from '../src/model.js'

const SHA = 'a'.repeat(40)
const expectation: FleetExpectation = {
  mode: 'live',
  sha: SHA,
  runId: '7',
  repository: 'acme/rocket',
  runAttempt: 2,
  notBefore: null,
  now: null,
}

function report(
  host: string,
  status: Status,
  verdict: Verdict,
  extra: {
    override?: Override | null
    requested?: Override | null
    sha?: string
    attempt?: string
    gateExitCode?: number
  } = {},
): GateReport {
  return {
    schemaVersion: 1,
    date: '2026-11-25T10:00:00.000Z',
    mode: 'live',
    provenance: {
      repository: 'acme/rocket',
      sha: extra.sha ?? SHA,
      ref: 'refs/heads/main',
      workflow: 'w',
      runId: '7',
      runAttempt: extra.attempt ?? '1',
      job: 'preflight',
      matrix: { host },
      runnerName: `r-${host}`,
      host,
      mode: 'live',
    },
    status,
    verdict,
    exitCode: null,
    gateExitCode: extra.gateExitCode ?? 0,
    override: extra.override ?? null,
    requestedOverride: extra.requested ?? null,
    durationMs: 1,
    checks: [],
    notes: [],
    runUrl: '',
  }
}

const evidence = (...reports: GateReport[]): LegEvidence[] =>
  reports.map((r) => ({ source: r.provenance.host, url: '', report: r }))

describe('fleet decision', () => {
  it('proceeds (exit 0) only when every expected leg passed', () => {
    const d = decideFleet(
      expectation,
      2,
      evidence(report('a', 'passed', 'proceed'), report('b', 'passed', 'proceed')),
    )
    expect(d).toMatchObject({ verdict: 'proceed', status: 'passed', gateExitCode: 0 })
  })

  it('does not take a leg at its word: proceed claimed for a P0 failure is refused as inconsistent', () => {
    const d = decideFleet(expectation, 1, evidence(report('a', 'p0-failed', 'proceed')))
    expect(d).toMatchObject({ verdict: 'abort', gateExitCode: 1, status: 'incomplete' })
    expect(d.refused[0]?.reason).toMatch(
      /^inconsistent report: it says proceed where its checks \(status p0-failed\) give abort/,
    )
  })

  it('re-decides the status from the checks: passed/proceed written over a failed P0 check is refused', () => {
    const forged = {
      ...report('a', 'passed', 'proceed'),
      checks: [
        {
          name: 'db',
          level: 'P0' as const,
          status: 'failed' as const,
          durationMs: 1,
          message: 'down',
        },
        {
          name: 'api',
          level: 'P1' as const,
          status: 'passed' as const,
          durationMs: 1,
          message: '',
        },
      ],
    }
    const d = decideFleet(expectation, 1, evidence(forged))
    expect(d).toMatchObject({ verdict: 'abort', gateExitCode: 1, legs: [] })
    expect(d.refused[0]?.reason).toBe(
      'inconsistent report: it says passed but its checks give p0-failed (failed: db (P0))',
    )
  })

  it('refuses a report whose status disagrees with its exit code when it lists no checks', () => {
    const d = decideFleet(
      expectation,
      1,
      evidence({ ...report('a', 'passed', 'proceed'), exitCode: 1 }),
    )
    expect(d.refused[0]?.reason).toMatch(/it says passed but the suite exited 1/)
  })

  it('keeps a leg abort the table alone would let through (a live upload failure)', () => {
    const d = decideFleet(
      expectation,
      1,
      evidence(report('a', 'passed', 'abort', { gateExitCode: 1 })),
    )
    expect(d).toMatchObject({ verdict: 'abort', gateExitCode: 1 })
  })

  it('an unapproved P1 aborts with exit 2; an approved one on another leg does not lift it', () => {
    const d = decideFleet(
      expectation,
      2,
      evidence(
        report('a', 'p1-failed', 'proceed', {
          override: 'force-start',
          requested: 'force-start',
          gateExitCode: 2,
        }),
        report('b', 'p1-failed', 'approval-required', {
          requested: 'force-start',
          gateExitCode: 2,
        }),
      ),
    )
    expect(d).toMatchObject({ verdict: 'abort', status: 'p1-failed', gateExitCode: 2 })
    expect(d.legs.map((l) => [l.host, l.blocking, l.override])).toEqual([
      ['b', true, null],
      ['a', false, 'force-start'],
    ])
  })

  it('refuses a report from an attempt later than this one, and one from another repository', () => {
    const d = decideFleet(
      { ...expectation, runAttempt: 1 },
      1,
      evidence(
        report('a', 'p0-failed', 'abort', { gateExitCode: 1 }),
        report('a', 'passed', 'proceed', { attempt: '2' }),
      ),
    )
    expect(d.refused.map((r) => r.reason)).toEqual([
      'written in attempt 2, later than this attempt 1: not evidence of this run',
    ])
    expect(d).toMatchObject({ verdict: 'abort', gateExitCode: 1 })
    const other = report('b', 'passed', 'proceed')
    other.provenance.repository = 'evil/rocket'
    const same = report('c', 'passed', 'proceed')
    same.provenance.repository = 'ACME/Rocket'
    const e = decideFleet(expectation, 1, evidence(other, same))
    expect(e.refused.map((r) => r.reason)).toEqual([
      'written for repository "evil/rocket", not "acme/rocket"',
    ])
  })

  it('a re-run replaces its leg: only the newest attempt counts', () => {
    const d = decideFleet(
      expectation,
      1,
      evidence(
        report('a', 'p0-failed', 'abort', { gateExitCode: 1 }),
        report('a', 'passed', 'proceed', { attempt: '2' }),
      ),
    )
    expect(d).toMatchObject({ verdict: 'proceed', gateExitCode: 0 })
    expect(d.superseded[0]?.reason).toMatch(/attempt 1 of a .*replaced by attempt 2/)
  })

  it('two reports for one leg in one attempt: the worse one counts', () => {
    const d = decideFleet(
      expectation,
      1,
      evidence(
        report('a', 'passed', 'proceed'),
        report('a', 'p0-failed', 'abort', { gateExitCode: 1 }),
      ),
    )
    expect(d.verdict).toBe('abort')
  })

  it('more legs than expected aborts, and so does an empty fleet', () => {
    expect(
      decideFleet(
        expectation,
        1,
        evidence(report('a', 'passed', 'proceed'), report('b', 'passed', 'proceed')),
      ).verdict,
    ).toBe('abort')
    expect(decideFleet(expectation, 1, []).reasons[0]).toMatch(/No leg reported/)
  })

  it('without an expected commit, legs that checked another commit than most are refused', () => {
    const d = decideFleet(
      { ...expectation, sha: null },
      3,
      evidence(
        report('a', 'passed', 'proceed'),
        report('b', 'passed', 'proceed'),
        report('c', 'passed', 'proceed', { sha: 'b'.repeat(40) }),
      ),
    )
    expect(d).toMatchObject({ verdict: 'abort', status: 'incomplete' })
    expect(d.refused[0]?.source).toBe('c')
  })

  it('an unreadable report is refused with its reason', () => {
    const d = decideFleet(expectation, 1, [
      { source: 'x', url: '', report: null, error: 'not JSON' },
    ])
    expect(d.refused).toEqual([{ source: 'x', url: '', reason: 'not JSON' }])
    expect(d.verdict).toBe('abort')
  })
})

describe('provenance', () => {
  it('reads the runner variables and the matrix input', () => {
    const p = provenanceFromEnv(
      {
        GITHUB_REPOSITORY: 'acme/rocket',
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKFLOW: 'Fleet',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_JOB: 'gate',
        RUNNER_NAME: 'paper-1-runner',
        INPUT_MATRIX: '{"host":"paper-1","region":"eu"}',
      },
      'paper',
      'paper-1',
    )
    expect(p).toEqual({
      repository: 'acme/rocket',
      sha: SHA,
      ref: 'refs/heads/main',
      workflow: 'Fleet',
      runId: '7',
      runAttempt: '2',
      job: 'gate',
      matrix: { host: 'paper-1', region: 'eu' },
      runnerName: 'paper-1-runner',
      host: 'paper-1',
      mode: 'paper',
      leg: '',
      dirty: null,
    })
  })

  it('leaves out a matrix that is not a flat JSON object', () => {
    expect(parseMatrix('not json')).toBeNull()
    expect(parseMatrix('{"a":{"nested":1}}')).toBeNull()
    expect(parseMatrix('null')).toBeNull()
    expect(parseMatrix(`{"a":"${'x'.repeat(5000)}"}`)).toBeNull()
  })

  it('a report without provenance (an older gate) does not parse', () => {
    const { provenance: _omitted, ...old } = report('a', 'passed', 'proceed')
    const parsed = parseGateReport(JSON.stringify(old))
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toMatch(/provenance/)
  })
})
