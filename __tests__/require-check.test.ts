import { describe, expect, it } from 'vitest'
import { checkRequirement, type FoundReport, type Requirement } from '../src/require/check.js'
import type { GateReport } from '../src/report/json-schema.js'
import type { FleetReport } from '../src/fleet/report.js'
import type { AuthorizationRecord } from '../src/fleet/authorization.js'

const SHA = 'c'.repeat(40)
const req: Requirement = {
  mode: 'live',
  sha: SHA,
  runId: '9',
  runAttempt: 1,
  repository: 'acme/rocket',
  host: null,
  reportDigest: null,
}
const provenance = (host: string, attempt = '1') => ({
  repository: 'acme/rocket',
  sha: SHA,
  ref: 'refs/heads/main',
  workflow: 'w',
  runId: '9',
  runAttempt: attempt,
  job: 'gate',
  matrix: null,
  runnerName: host,
  host,
  mode: 'live' as const,
})

function gate(host: string, verdict: GateReport['verdict'], attempt = '1'): FoundReport {
  return {
    source: `gate-${host}-${attempt}`,
    url: `u-${host}-${attempt}`,
    kind: 'gate',
    digest: `${host}${attempt}`.padEnd(64, '0'),
    report: {
      schemaVersion: 1,
      date: '2026-11-25T10:00:00.000Z',
      mode: 'live',
      provenance: provenance(host, attempt),
      status: verdict === 'proceed' ? 'passed' : 'p1-failed',
      verdict,
      exitCode: verdict === 'proceed' ? 0 : 2,
      gateExitCode: verdict === 'proceed' ? 0 : 2,
      override: null,
      requestedOverride: verdict === 'approval-required' ? 'force-start' : null,
      durationMs: 1,
      checks: [],
      notes: [],
      runUrl: '',
    },
  }
}

function fleet(verdict: 'proceed' | 'abort', attempt: string): FoundReport {
  const report: FleetReport = {
    kind: 'preflight-fleet-report',
    schemaVersion: 1,
    date: '2026-11-25T10:00:00.000Z',
    mode: 'live',
    provenance: provenance('agg', attempt),
    verdict,
    status: verdict === 'proceed' ? 'passed' : 'p0-failed',
    gateExitCode: verdict === 'proceed' ? 0 : 1,
    expected: 1,
    legs:
      verdict === 'proceed'
        ? [
            {
              label: 'h',
              host: 'h',
              runnerName: 'h',
              job: 'gate',
              matrix: null,
              runAttempt: attempt,
              sha: SHA,
              status: 'passed',
              verdict: 'proceed',
              override: null,
              blocking: false,
              reason: '',
              source: 's',
              url: '',
              failedChecks: [],
            },
          ]
        : [],
    refused: [],
    superseded: [],
    reasons: [],
    nextSteps: [],
  }
  return { source: `fleet-${attempt}`, url: '', kind: 'fleet', report, digest: 'f'.repeat(64) }
}

const authorization = (
  override: 'force-start' | 'skip',
  authorized: boolean,
): AuthorizationRecord => ({
  kind: 'preflight-authorization',
  schemaVersion: 1,
  authorized,
  mode: 'live',
  override,
  environment: 'live-override',
  provenance: provenance('approver'),
  entry: {
    timestamp: '2026-11-25T10:00:00.000Z',
    event: authorized ? 'OVERRIDE_FORCE_START' : 'OVERRIDE_REFUSED',
    mode: 'live',
    status: 'p1-failed',
    decision: authorized ? 'proceed' : 'abort',
    operator: 'octocat',
    approvers: [{ login: 'cto', comment: '' }],
    runUrl: '',
    details: '',
  },
})

describe('require: which evidence lets a deploy job through', () => {
  it('the newest run attempt counts: an aborting re-run of the aggregate is not hidden by an older proceed', () => {
    const result = checkRequirement(
      { ...req, runAttempt: 2 },
      [fleet('proceed', '1'), fleet('abort', '2')],
      [],
    )
    expect(result).toMatchObject({ allowed: false, verdict: 'abort' })
  })

  it('refuses evidence from an attempt later than this one: a forged attempt 2 cannot hide the real abort', () => {
    const forged = gate('h', 'proceed', '2')
    const result = checkRequirement(req, [gate('h', 'abort', '1'), forged], [])
    expect(result).toMatchObject({ allowed: false, verdict: 'abort' })
    expect(result.details).toContain(
      'gate-h-2: written in attempt 2, later than this attempt 1: not evidence of this run',
    )
  })

  it('chooses the newest attempt before the host: attempt 2 of the fleet aborted for this host', () => {
    const pass = fleet('proceed', '1')
    const abort = fleet('abort', '2')
    if (pass.kind !== 'fleet' || abort.kind !== 'fleet') throw new Error('fleet reports')
    const leg = {
      label: 'h',
      host: 'h',
      runnerName: 'h',
      job: 'gate',
      matrix: null,
      runAttempt: '1',
      sha: SHA,
      status: 'passed' as const,
      verdict: 'proceed' as const,
      override: null,
      blocking: false,
      reason: '',
      source: 's',
      url: '',
      failedChecks: [],
    }
    pass.report.legs = [leg]
    abort.report.legs = [
      {
        ...leg,
        runAttempt: '2',
        status: 'p0-failed',
        verdict: 'abort',
        blocking: true,
        failedChecks: [{ name: 'db', level: 'P0', message: 'down' }],
      },
    ]
    const result = checkRequirement({ ...req, runAttempt: 2, host: 'h' }, [pass, abort], [])
    expect(result).toMatchObject({ allowed: false, verdict: 'abort' })
  })

  it('with report-digest, only the report with that SHA-256 counts', () => {
    const mine = gate('a', 'abort')
    const other = gate('a', 'proceed')
    if (mine.kind !== 'gate' || other.kind !== 'gate') throw new Error('gate reports')
    other.digest = 'e'.repeat(64)
    const result = checkRequirement({ ...req, reportDigest: mine.digest }, [mine, other], [])
    expect(result).toMatchObject({ allowed: false, verdict: 'abort' })
    expect(result.details[0]).toMatch(/is not the gate's report-digest/)
  })

  it('refuses a report whose claims disagree with its checks, naming it inconsistent', () => {
    const forged = gate('h', 'proceed')
    if (forged.kind !== 'gate') throw new Error('gate report')
    forged.report.checks = [
      { name: 'db', level: 'P0', status: 'failed', durationMs: 1, message: 'down' },
    ]
    const result = checkRequirement(req, [forged], [])
    expect(result.allowed).toBe(false)
    expect(result.message).toBe(
      'gate-h-1 is an inconsistent report: it says passed but its checks give p0-failed (failed: db (P0)).',
    )
  })

  it('a matching artifact that cannot be read refuses: it may be the newest evidence', () => {
    const result = checkRequirement(
      req,
      [gate('h', 'proceed'), { source: 'x', url: '', kind: 'unreadable', error: 'not JSON' }],
      [],
    )
    expect(result.allowed).toBe(false)
    expect(result.message).toMatch(/could not be read \(x\)/)
  })

  it('several qualifying reports need a host or a name; the host picks one', () => {
    const found = [gate('a', 'proceed'), gate('b', 'abort')]
    expect(checkRequirement(req, found, []).message).toMatch(/2 reports qualify/)
    expect(checkRequirement({ ...req, host: 'a' }, found, []).allowed).toBe(true)
    expect(checkRequirement({ ...req, host: 'b' }, found, []).allowed).toBe(false)
  })

  it('approval-required goes on to API verification only with an authorized record of the same override', () => {
    const found = [gate('h', 'approval-required')]
    const record = (r: AuthorizationRecord) => [{ source: 'auth', record: r }]
    expect(checkRequirement(req, found, []).allowed).toBe(false)
    expect(checkRequirement(req, found, record(authorization('force-start', false))).allowed).toBe(
      false,
    )
    expect(checkRequirement(req, found, record(authorization('skip', true))).allowed).toBe(false)
    const other = authorization('force-start', true)
    other.provenance = { ...other.provenance, runId: '8' }
    expect(checkRequirement(req, found, record(other)).allowed).toBe(false)
    // A record only says where to look: require verifies the approvals itself (require/main.ts).
    expect(checkRequirement(req, found, record(authorization('force-start', true)))).toMatchObject({
      allowed: false,
      approval: { mode: 'live', override: 'force-start', environment: 'live-override' },
    })
  })
})
