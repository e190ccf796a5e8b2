import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, runAction } from './helpers/action-runner.js'
import {
  approval,
  environment,
  gitHubApi,
  workflowRun,
  type GitHubApi,
} from './helpers/github-api.js'

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const apis: GitHubApi[] = []
afterEach(async () => {
  for (const api of apis.splice(0)) await api.close()
})

async function api(
  approvals = [
    approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed today'),
    approval('cto', 'approved', ['live-override'], 'OK, OPS-1'),
  ],
) {
  const server = await gitHubApi({
    environments: { 'live-override': environment('live-override') },
    runs: { 4242: workflowRun(4242, 'octocat') },
    approvals: { 4242: approvals },
  })
  apis.push(server)
  return server
}

async function opsLog(workDir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(path.join(workDir, 'reports/health/operational-log.jsonl'), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((e) => e.event !== 'REPORTS_RECORDED')
}

describe('single-job flow: the gate verifies the approval inline (bundled dist/index.js)', () => {
  const inputs = {
    mode: 'live',
    command: sample,
    'force-start': 'true',
    impact: 'strategies that need MT5 stay off',
    mitigation: 'rollback script ready',
    'approval-environment': 'live-override',
    reason: 'Known MT5 import issue',
    ticket: 'OPS-1234',
    'github-token': 'ghs_test',
    'upload-artifact': 'false',
  }

  it('lets a live P1 failure through with two approvals, logging who approved', async () => {
    const server = await api()
    const run = await runAction({
      inputs: { ...inputs, 'ops-log-issue': '7', 'open-ticket': 'true' },
      env: { SAMPLE_FAIL: 'P1', GITHUB_API_URL: server.url },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verdict: 'proceed',
      status: 'p1-failed',
      override: 'force-start',
      'gate-exit-code': '2',
    })
    expect(run.summary).toContain('FORCE START ENABLED - PROCEEDING WITH P1 FAILURES')
    expect(run.summary).toContain('Approved by cto: “OK, OPS\\-1”')
    const events = await opsLog(run.workDir)
    expect(events.map((e) => e.event)).toEqual([
      'HEALTH_CHECK_FAILED',
      'OVERRIDE_FORCE_START_REQUESTED',
      'OVERRIDE_FORCE_START',
    ])
    expect(events[2]).toMatchObject({
      approvers: [
        { login: 'risk-manager', comment: 'MT5 not needed today' },
        { login: 'cto', comment: 'OK, OPS-1' },
      ],
      reason: 'Known MT5 import issue',
      ticket: 'OPS-1234',
      operator: 'octocat',
    })
    expect(server.issues).toHaveLength(1)
    expect(server.comments).toEqual([
      { issue: 7, body: expect.stringContaining('OVERRIDE_FORCE_START') },
    ])
    expect(run.stdout).toContain('Follow-up ticket: https://github.com/acme/rocket/issues/101')
  })

  it('refuses with one approval in live and says why', async () => {
    const server = await api([approval('risk-manager', 'approved', ['live-override'], 'ok')])
    const run = await runAction({ inputs, env: { SAMPLE_FAIL: 'P1', GITHUB_API_URL: server.url } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'approval-required', override: '' })
    expect(run.summary).toMatch(/Refused: 1 of 2 required approval/)
    expect((await opsLog(run.workDir)).map((e) => e.event)).toContain('OVERRIDE_REFUSED')
  })

  it('grants a paper skip with one approval', async () => {
    const server = await api([approval('team-lead', 'approved', ['live-override'])])
    const run = await runAction({
      inputs: {
        mode: 'paper',
        command: sample,
        'skip-health-check': 'true',
        'approval-environment': 'live-override',
        'github-token': 'ghs_test',
        'upload-artifact': 'false',
      },
      env: { GITHUB_API_URL: server.url },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'skipped', override: 'skip' })
  })

  it('never grants a P0 failure, whatever the approvals', async () => {
    const server = await api()
    const run = await runAction({ inputs, env: { SAMPLE_FAIL: 'P0', GITHUB_API_URL: server.url } })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p0-failed', override: '' })
    expect(server.requests).toHaveLength(0)
  })
})

describe('two-job flow: the authorize action (bundled dist/authorize/index.js)', () => {
  const authorize = (inputs: Record<string, string>, apiUrl: string) =>
    runAction({
      entry: 'dist/authorize/index.js',
      inputs: { 'github-token': 'ghs_test', ...inputs },
      env: { GITHUB_API_URL: apiUrl },
    })

  it('authorizes a live force-start approved by two reviewers', async () => {
    const server = await api()
    const run = await authorize(
      {
        mode: 'live',
        environment: 'live-override',
        override: 'force-start',
        reason: 'r',
        ticket: 'OPS-9',
      },
      server.url,
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.authorized).toBe('true')
    expect(JSON.parse(run.outputs.approvers ?? '')).toEqual([
      { login: 'risk-manager', comment: 'MT5 not needed today' },
      { login: 'cto', comment: 'OK, OPS-1' },
    ])
    expect(run.summary).toContain('FORCE START AUTHORIZED')
    expect((await opsLog(run.workDir))[0]).toMatchObject({
      event: 'OVERRIDE_FORCE_START',
      decision: 'proceed',
      ticket: 'OPS-9',
    })
  })

  it('fails, unauthorized, when approvals fall short', async () => {
    const server = await api([approval('cto', 'approved', ['live-override'], 'ok')])
    const run = await authorize(
      { mode: 'live', environment: 'live-override', override: 'force-start' },
      server.url,
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.authorized).toBe('false')
    expect(run.stdout).toMatch(
      /::error::❌ OVERRIDE NOT AUTHORIZED \(force-start, LIVE\): 1 of 2 required approval/,
    )
    expect((await opsLog(run.workDir))[0]).toMatchObject({
      event: 'OVERRIDE_REFUSED',
      decision: 'abort',
    })
  })

  it('authorizes a paper force-start with the Team Lead alone', async () => {
    const server = await api([approval('team-lead', 'approved', ['live-override'])])
    const run = await authorize(
      { mode: 'paper', environment: 'live-override', override: 'force-start' },
      server.url,
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.authorized).toBe('true')
  })

  it('refuses a live force-start with one approver even when required-approvals says 1', async () => {
    const server = await api([approval('cto', 'approved', ['live-override'], 'OK, OPS-1')])
    const run = await authorize(
      {
        mode: 'live',
        environment: 'live-override',
        override: 'force-start',
        'required-approvals': '1',
        reason: 'r',
        ticket: 'OPS-9',
      },
      server.url,
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.authorized).toBe('false')
    expect(run.stdout).toMatch(/1 of 2 required approval/)
  })

  it('takes required-approvals and an allow-list', async () => {
    const server = await api()
    const run = await authorize(
      {
        mode: 'live',
        environment: 'live-override',
        override: 'skip',
        'required-approvals': '1',
        approvers: 'cto',
      },
      server.url,
    )
    expect(run.outputs.authorized).toBe('true')
    expect(JSON.parse(run.outputs.approvers ?? '')).toEqual([
      { login: 'cto', comment: 'OK, OPS-1' },
    ])
  })

  it('rejects bad inputs, naming them', async () => {
    const server = await api()
    const run = await authorize(
      { mode: 'live', environment: 'live-override', override: 'yolo', 'required-approvals': '0' },
      server.url,
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.authorized).toBe('false')
    expect(run.stdout).toMatch(/Input "override" must be force-start or skip, got "yolo"/)
    expect(run.stdout).toMatch(
      /Input "required-approvals" must be a whole number from 1 to 20, got "0"/,
    )
    expect(server.requests).toHaveLength(0)
  })
})
