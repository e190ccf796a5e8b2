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
  repository: 'acme/rocket',
  host: null,
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
    report: {
      schemaVersion: 1,
      date: '2026-11-25T10:00:00.000Z',
      mode: 'live',
      provenance: provenance(host, attempt),
      status: verdict === 'proceed' ? 'passed' : 'p1-failed',
      verdict,
      exitCode: 0,
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
    legs: [],
    refused: [],
    superseded: [],
    reasons: [],
    nextSteps: [],
  }
  return { source: `fleet-${attempt}`, url: '', kind: 'fleet', report }
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
    const result = checkRequirement(req, [fleet('proceed', '1'), fleet('abort', '2')], [])
    expect(result).toMatchObject({ allowed: false, verdict: 'abort' })
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

  it('approval-required passes only with an authorized record of the same override', () => {
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
    expect(checkRequirement(req, found, record(authorization('force-start', true)))).toMatchObject({
      allowed: true,
      verdict: 'proceed',
    })
  })
})
