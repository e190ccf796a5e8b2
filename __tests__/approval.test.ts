import { afterEach, describe, expect, it } from 'vitest'
import { authorizeOverride } from '../src/approval/flow.js'
import { createGitHubClient } from '../src/approval/github.js'
import { verifyApproval, type ApprovalPolicy } from '../src/approval/verify.js'
import {
  approval,
  environment,
  gitHubApi,
  workflowRun,
  type GitHubApi,
} from './helpers/github-api.js'

const RUN = { owner: 'acme', repo: 'rocket', runId: 4242 }
const FAST = { timeoutMs: 500, retries: 2, retryDelayMs: 20 }
const apis: GitHubApi[] = []
afterEach(async () => {
  for (const api of apis.splice(0)) await api.close()
})

const live: ApprovalPolicy = {
  mode: 'live',
  environment: 'live-override',
  override: 'force-start',
  requiredApprovals: 2,
  approvers: [],
  allowSelfApproval: false,
}
const paper: ApprovalPolicy = { ...live, mode: 'paper', requiredApprovals: 1 }

/** A GitHub API with the live-override environment, run 4242 started by octocat, and these approvals. */
async function api(
  approvals = [
    approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed today'),
    approval('cto', 'approved', ['live-override'], 'OK, ticket OPS-1'),
  ],
  extra: Partial<GitHubApi['state']> = {},
) {
  const server = await gitHubApi({
    environments: { 'live-override': environment('live-override') },
    runs: { 4242: workflowRun(4242, 'octocat', 'octocat') },
    approvals: { 4242: approvals },
    ...extra,
  })
  apis.push(server)
  return { server, client: await createGitHubClient('ghs_test', { GITHUB_API_URL: server.url }) }
}

describe('verifying an override approval through the real @actions/github client', () => {
  it('grants a live force-start approved by two distinct reviewers with comments', async () => {
    const { server, client } = await api()
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check).toMatchObject({ granted: true, refusals: [], warnings: [] })
    expect(check.approvers).toEqual([
      { login: 'risk-manager', comment: 'MT5 not needed today' },
      { login: 'cto', comment: 'OK, ticket OPS-1' },
    ])
    expect(server.requests.map((r) => r.path)).toEqual([
      '/repos/acme/rocket/environments/live-override',
      '/repos/acme/rocket/actions/runs/4242',
      '/repos/acme/rocket/actions/runs/4242/approvals',
    ])
    expect(server.requests[0]?.authorization).toBe('token ghs_test')
  })

  it('grants a paper override with one approval, comment or not', async () => {
    const { client } = await api([approval('team-lead', 'approved', ['live-override'])])
    expect(await verifyApproval(client, RUN, paper, FAST)).toMatchObject({
      granted: true,
      approvers: [{ login: 'team-lead', comment: '' }],
    })
  })

  it('refuses when the quorum is short, counting each person once', async () => {
    const { client } = await api([
      approval('risk-manager', 'approved', ['live-override'], 'ok'),
      approval('Risk-Manager', 'approved', ['live-override'], 'ok again'),
    ])
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check.granted).toBe(false)
    expect(check.refusals.at(-1)).toMatch(
      /^1 of 2 required approval\(s\) in environment "live-override" \(from risk-manager\): ask 1 more/,
    )
  })

  it.each([
    ['the actor', workflowRun(4242, 'risk-manager', 'octocat')],
    ['the triggering actor', workflowRun(4242, 'octocat', 'risk-manager')],
  ])('never counts an approval by %s', async (_who, run) => {
    const { client } = await api(
      [approval('risk-manager', 'approved', ['live-override'], 'mine')],
      { runs: { 4242: run } },
    )
    const check = await verifyApproval(client, RUN, paper, FAST)
    expect(check.granted).toBe(false)
    expect(check.refusals[0]).toBe(
      'risk-manager approved but started this run; self-approval does not count.',
    )
    expect(
      await verifyApproval(client, RUN, { ...paper, allowSelfApproval: true }, FAST),
    ).toMatchObject({ granted: true })
  })

  it('refuses when any reviewer rejected', async () => {
    const { client } = await api([
      approval('risk-manager', 'approved', ['live-override'], 'ok'),
      approval('cto', 'approved', ['live-override'], 'ok'),
      approval('auditor', 'rejected', ['live-override'], 'no'),
    ])
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check).toMatchObject({
      granted: false,
      refusals: ['Rejected in environment "live-override" by auditor: a rejection always refuses.'],
    })
  })

  it('ignores approvals for another environment', async () => {
    const { client } = await api([
      approval('risk-manager', 'approved', ['production'], 'ok'),
      approval('cto', 'approved', ['staging'], 'ok'),
    ])
    expect(await verifyApproval(client, RUN, paper, FAST)).toMatchObject({ granted: false })
  })

  it('never counts fewer approvals than the policy: one approver cannot grant a live force-start', async () => {
    const { client } = await api([approval('cto', 'approved', ['live-override'], 'OK, OPS-1')])
    const check = await verifyApproval(client, RUN, { ...live, requiredApprovals: 1 }, FAST)
    expect(check).toMatchObject({ granted: false, requiredApprovals: 2 })
    expect(check.refusals).toEqual([expect.stringMatching(/^1 of 2 required approval/)])
  })

  it('needs a comment on each live approval and applies the allow-list', async () => {
    const { client } = await api([
      approval('risk-manager', 'approved', ['live-override']),
      approval('cto', 'approved', ['live-override'], 'ok'),
      approval('intern', 'approved', ['live-override'], 'lgtm'),
    ])
    const check = await verifyApproval(
      client,
      RUN,
      { ...live, approvers: ['risk-manager', 'CTO'] },
      FAST,
    )
    expect(check.granted).toBe(false)
    expect(check.refusals).toEqual([
      'risk-manager approved without a comment; a live force-start needs one with each approval (the written approval).',
      'intern approved but is not in the approvers list.',
      expect.stringMatching(/^1 of 2 required/),
    ])
  })

  it('refuses an environment without required reviewers, and one that does not exist', async () => {
    const { client } = await api(undefined, {
      environments: { 'live-override': environment('live-override', { reviewers: false }) },
    })
    expect((await verifyApproval(client, RUN, paper, FAST)).refusals[0]).toMatch(
      /has no required reviewers.*Settings → Environments → live-override/,
    )
    const missing = await verifyApproval(client, RUN, { ...paper, environment: 'nope' }, FAST)
    expect(missing.refusals[0]).toMatch(/found no environment "nope" \(404\)/)
  })

  it("refuses when GitHub does not name the run's actor or triggering actor", async () => {
    for (const field of ['actor', 'triggering_actor'] as const) {
      const { client } = await api(undefined, {
        runs: { 4242: { ...workflowRun(4242, 'octocat'), [field]: null } },
      })
      const check = await verifyApproval(client, RUN, live, FAST)
      expect(check.granted).toBe(false)
      expect(check.refusals[0]).toMatch(/self-approval cannot be ruled out; refusing/)
    }
  })

  it('warns when the environment does not prevent self-review', async () => {
    const { client } = await api(undefined, {
      environments: { 'live-override': environment('live-override', { preventSelfReview: false }) },
    })
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check.granted).toBe(true)
    expect(check.warnings).toEqual([
      'Environment "live-override" does not prevent self-review: turn on "Prevent self-review".',
    ])
  })

  it.each([
    [401, /rejected the token \(401\).*"github-token"/],
    [403, /\(403\): give the job `permissions: actions: read` \(GitHub accepts: actions=read\)/],
    [404, /found no workflow run 4242 \(404\)/],
  ])(
    'refuses on %i with a message that names the fix, without retrying',
    async (status, message) => {
      const { server, client } = await api(undefined, {
        faults: { run: { kind: 'status', status } },
      })
      const check = await verifyApproval(client, RUN, live, FAST)
      expect(check).toMatchObject({ granted: false })
      expect(check.refusals[0]).toMatch(message)
      expect(server.requests.filter((r) => r.path.endsWith('/runs/4242'))).toHaveLength(1)
    },
  )

  it('retries a 500 a bounded number of times, then refuses', async () => {
    const { server, client } = await api(undefined, {
      faults: { approvals: { kind: 'status', status: 500 } },
    })
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check.refusals[0]).toBe(
      'GitHub failed answering the approvals of run 4242 (500). (after 3 attempts)',
    )
    expect(server.requests.filter((r) => r.path.endsWith('/approvals'))).toHaveLength(3)
  })

  it('gets through a passing 500 and a rate limit by retrying', async () => {
    const { client } = await api(undefined, {
      faults: {
        environment: { kind: 'status', status: 502, times: 1 },
        approvals: { kind: 'rate-limit', times: 1 },
      },
    })
    expect(await verifyApproval(client, RUN, live, FAST)).toMatchObject({ granted: true })
  })

  it('refuses when the rate limit does not lift', async () => {
    const { client } = await api(undefined, { faults: { run: { kind: 'rate-limit', times: 99 } } })
    expect((await verifyApproval(client, RUN, live, FAST)).refusals[0]).toMatch(
      /rate-limited the request for workflow run 4242 \(403\)/,
    )
  })

  it('refuses a malformed answer', async () => {
    const { client } = await api(undefined, { faults: { environment: { kind: 'malformed' } } })
    const check = await verifyApproval(client, RUN, live, FAST)
    expect(check.granted).toBe(false)
    expect(check.refusals[0]).toMatch(/environment "live-override"/)
  })

  it('refuses an answer of the wrong shape', async () => {
    const { client } = await api(undefined, { runs: { 4242: { id: 'not a number' } as never } })
    expect((await verifyApproval(client, RUN, live, FAST)).refusals[0]).toMatch(
      /answered workflow run 4242 with an unexpected body \(id: /,
    )
  })

  it('bounds a server that never answers', async () => {
    const { client } = await api(undefined, { faults: { environment: { kind: 'hang' } } })
    const started = Date.now()
    const check = await verifyApproval(client, RUN, live, {
      timeoutMs: 200,
      retries: 1,
      retryDelayMs: 10,
    })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(check.refusals[0]).toMatch(/did not answer environment "live-override" within 0.2 s/)
  })
})

describe('the follow-up ticket', () => {
  const followUp = {
    mode: 'live',
    override: 'force-start',
    failures: ['Strategy orchestrator (P1)'],
    reason: 'MT5 not needed',
    ticket: 'OPS-1',
    impact: 'MT5 imports unavailable; strategies without MT5 trade as usual',
    mitigation: 'Risk Manager watches the first hour; rollback script ready',
    runUrl: 'https://github.com/acme/rocket/actions/runs/4242',
    reportUrl: 'https://github.com/acme/rocket/actions/runs/4242',
  }

  it('is opened, labelled and linked after an approved override', async () => {
    const { server, client } = await api()
    const decision = await authorizeOverride(client, RUN, live, followUp, FAST)
    expect(decision).toMatchObject({
      granted: true,
      ticketUrl: 'https://github.com/acme/rocket/issues/101',
    })
    expect(server.issues).toEqual([
      expect.objectContaining({
        title: 'Preflight override (force-start, live): fix Strategy orchestrator (P1)',
        labels: ['preflight-override'],
      }),
    ])
    expect(server.issues[0]?.body).toContain('- cto: "OK, ticket OPS\\-1"')
    expect(server.issues[0]?.body).toContain(
      '**Run**: https://github.com/acme/rocket/actions/runs/4242',
    )
    expect(server.issues[0]?.body).toContain(
      '**Expected impact**: MT5 imports unavailable; strategies without MT5 trade as usual',
    )
    expect(server.issues[0]?.body).toContain(
      '**Mitigation plan**: Risk Manager watches the first hour; rollback script ready',
    )
  })

  it('refuses the override when the ticket asked for cannot be opened', async () => {
    const { client } = await api(undefined, { faults: { issue: { kind: 'status', status: 403 } } })
    const decision = await authorizeOverride(client, RUN, live, followUp, FAST)
    expect(decision.granted).toBe(false)
    expect(decision.refusals[0]).toMatch(
      /could not be opened, so the override is refused: .*permissions: issues: write/,
    )
  })
})

describe('an API nobody answers', () => {
  it('refuses, saying GitHub could not be reached (not an invented 500)', async () => {
    const { closedPort } = await import('./helpers/servers.js')
    const port = await closedPort()
    const client = await createGitHubClient('ghs_test', {
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
    })
    const check = await verifyApproval(client, RUN, paper, { ...FAST, retries: 0 })
    expect(check.granted).toBe(false)
    expect(check.refusals[0]).toMatch(
      /^Could not reach GitHub for environment "live-override" \(ECONNREFUSED\)/,
    )
  })
})
