import { describe, expect, it } from 'vitest'
import { decide } from '../src/decision.js'
import type { CheckResult, GateRun } from '../src/model.js'
import { fitSummary, renderSummary } from '../src/report/summary.js'

function gateRun(checks: CheckResult[], outputTail = ''): GateRun {
  const decision = decide({
    mode: 'live',
    status: 'p1-failed',
    forceStart: true,
    approvalVerified: false,
  })
  return {
    mode: 'live',
    subset: 'full',
    source: 'python smoke.py',
    startedAt: new Date('2026-01-02T03:04:05Z'),
    outcome: {
      status: 'p1-failed',
      exitCode: 2,
      signal: null,
      durationMs: 1234,
      checks,
      notes: [],
      outputTail,
      outputTruncated: false,
    },
    decision,
    approval: null,
    upload: null,
    opsLog: [],
    operator: 'octocat',
    runUrl: 'https://github.com/acme/rocket/actions/runs/1',
    reason: 'known MT5 import issue',
    ticket: 'OPS-1',
    impact: 'strategies that need MT5 stay off',
    mitigation: 'close positions by hand if the terminal is needed',
    approvalEnvironment: 'live-override',
    requiredApprovals: 2,
  }
}

describe('job summary', () => {
  it('tells reviewers exactly what they are asked to approve', () => {
    const md = renderSummary(
      gateRun([
        {
          name: 'Strategy orchestrator',
          level: 'P1',
          status: 'failed',
          durationMs: 3,
          message: 'MT5 import',
        },
      ]),
      { reportPath: 'reports/health/r.md' },
    )
    expect(md).toContain('### Approval requested')
    expect(md).toContain('Failed P1 check **Strategy orchestrator**: MT5 import')
    expect(md).toContain('Reason: known MT5 import issue')
    expect(md).toContain('Expected impact: strategies that need MT5 stay off')
    expect(md).toContain('Mitigation plan: close positions by hand if the terminal is needed')
    expect(md).toContain('Requested by: octocat')
    expect(md).toContain('Approve in environment: `live\\-override`')
    expect(md).toContain(
      'Approvals needed: 2 distinct reviewer(s), not the requester, each with a comment',
    )
  })

  it('is cut under the limit with a note pointing to the whole report', () => {
    const checks: CheckResult[] = Array.from({ length: 20_000 }, (_, i) => ({
      name: `check ${i}`,
      level: 'P1',
      status: 'failed',
      durationMs: 1,
      message: 'x'.repeat(200),
    }))
    const links = {
      reportPath: 'reports/health/r.md',
      artifactUrl: 'https://github.com/acme/rocket/actions/runs/1/artifacts/9',
    }
    const full = renderSummary(gateRun(checks, '<pre> unterminated'), links)
    expect(Buffer.byteLength(full)).toBeGreaterThan(1024 * 1024)
    const cut = fitSummary(full, links)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024)
    expect(cut.startsWith(full.slice(0, 1000))).toBe(true)
    expect(cut).toMatch(
      /\*\*Summary truncated\*\*: .*\[report artifact\]\(https:\/\/github\.com\/acme\/rocket\/actions\/runs\/1\/artifacts\/9\)/,
    )
    expect(fitSummary('small', links)).toBe('small')
  })
})
