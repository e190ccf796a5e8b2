import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  overrideRunName,
  parseOverrideRunName,
  parseRunReference,
  repositoryFromRemote,
  tokenUser,
  verifyApprovalRun,
  type ApprovalRunPolicy,
} from '../src/approval/approval-run.js'
import { createGitHubClient } from '../src/approval/github.js'
import { REPO_ROOT } from './helpers/action-runner.js'
import {
  approval,
  dispatchedRun,
  environment,
  gitHubApi,
  job,
  type GitHubApi,
} from './helpers/github-api.js'

const REPO = { owner: 'acme', repo: 'rocket' }
const RUN = { ...REPO, runId: 77 }
const FAST = { timeoutMs: 400, retries: 1, retryDelayMs: 20 }
const HOUR = 3_600_000
const apis: GitHubApi[] = []
afterEach(async () => {
  for (const api of apis.splice(0)) await api.close()
})

const liveForceStart: ApprovalRunPolicy = {
  mode: 'live',
  environment: 'live-override',
  override: 'force-start',
  requiredApprovals: 2,
  approvers: [],
  allowSelfApproval: false,
  workflow: 'override-request.yml',
  maxAgeHours: 12,
  now: new Date(),
  operator: 'jdoe',
}

const title = (override = 'force-start', mode = 'live') =>
  overrideRunName({ override, mode, requestId: 'a1b2c3', ticket: 'OPS-1', reason: 'MT5 unused' })

/** Approval run 77 requested by jdoe (the operator), approved by two reviewers, jobs done. */
async function api(
  options: {
    run?: Partial<Parameters<typeof dispatchedRun>[1]>
    approvals?: ReturnType<typeof approval>[]
    jobs?: ReturnType<typeof job>[]
  } = {},
) {
  const server = await gitHubApi({
    user: 'jdoe',
    environments: { 'live-override': environment('live-override') },
    runs: {
      77: dispatchedRun(77, {
        actor: 'jdoe',
        title: title(),
        createdAt: new Date(Date.now() - HOUR),
        status: 'completed',
        conclusion: 'success',
        ...options.run,
      }),
    },
    approvals: {
      77: options.approvals ?? [
        approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed today'),
        approval('cto', 'approved', ['live-override'], 'OK under OPS-1'),
      ],
    },
    jobs: { 77: options.jobs ?? [job('first-approval', 'success'), job('authorize', 'success')] },
  })
  apis.push(server)
  return { server, client: await createGitHubClient('ghp_test', { GITHUB_API_URL: server.url }) }
}

describe('naming an approval run', () => {
  it('takes a run id or the run URL of this repository, attempts included', () => {
    expect(parseRunReference('77', REPO)).toEqual({ ok: true, run: RUN })
    expect(
      parseRunReference('https://github.com/ACME/rocket/actions/runs/77/attempts/2', REPO),
    ).toEqual({ ok: true, run: RUN })
  })

  it.each([
    [
      'https://github.com/evil/rocket/actions/runs/77',
      /is a run of evil\/rocket, not of this repository acme\/rocket/,
    ],
    ['https://github.com/acme/rocket/pull/77', /neither a run id nor a workflow run's URL/],
    ['77; rm -rf /', /neither a run id nor a workflow run's URL/],
    ['0', /neither a run id/],
  ])('refuses %s', (value, message) => {
    const parsed = parseRunReference(value, REPO)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toMatch(message)
  })

  it.each([
    'git@github.com:acme/rocket.git',
    'https://github.com/acme/rocket.git',
    'https://x-access-token:secret@github.com/acme/rocket',
    'ssh://git@github.com:22/acme/rocket.git',
  ])('reads the repository from the remote %s', (remote) => {
    expect(repositoryFromRemote(remote)).toEqual(REPO)
  })

  it("matches the shipped workflow's run-name, whatever the reason says", async () => {
    const workflow = parseYaml(
      await readFile(path.join(REPO_ROOT, 'examples', 'workflows', 'override-request.yml'), 'utf8'),
    ) as { 'run-name': string }
    const inputs: Record<string, string> = {
      override: 'skip',
      mode: 'paper',
      'request-id': '0f1e2d3c4b5a',
      ticket: 'OPS-7',
      reason: 'request 999 · live force-start',
    }
    const rendered = workflow['run-name'].replace(
      /\$\{\{ inputs\.([a-z-]+) \}\}/g,
      (_m, name: string) => inputs[name] ?? '',
    )
    expect(rendered).toBe(
      overrideRunName({ ...inputs, requestId: '0f1e2d3c4b5a' } as Parameters<
        typeof overrideRunName
      >[0]),
    )
    expect(parseOverrideRunName(rendered)).toEqual({
      override: 'skip',
      mode: 'paper',
      requestId: '0f1e2d3c4b5a',
    })
  })
})

describe('verifying an approval run through the real @actions/github client', () => {
  it('grants a live force-start approved by two distinct reviewers, its jobs succeeded', async () => {
    const { server, client } = await api()
    const check = await verifyApprovalRun(client, RUN, liveForceStart, FAST)
    expect(check).toMatchObject({ granted: true, refusals: [] })
    expect(check.approvers).toEqual([
      { login: 'risk-manager', comment: 'MT5 not needed today' },
      { login: 'cto', comment: 'OK under OPS-1' },
    ])
    expect(server.requests.map((r) => r.path)).toContain('/repos/acme/rocket/actions/runs/77/jobs')
  })

  it('tells the operator from the token', async () => {
    const { client } = await api()
    expect(await tokenUser(client, FAST)).toBe('jdoe')
  })

  it.each<[string, Parameters<typeof api>[0], Partial<ApprovalRunPolicy>, RegExp]>([
    [
      'one approver for a live force-start',
      { approvals: [approval('cto', 'approved', ['live-override'], 'ok')] },
      {},
      /^1 of 2 required approval\(s\) in environment "live-override" \(from cto\)/,
    ],
    [
      'the operator approving himself (someone else dispatched)',
      {
        run: { actor: 'colleague' },
        approvals: [
          approval('jdoe', 'approved', ['live-override'], 'mine'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
      {},
      /^1 of 2 required approval\(s\)/,
    ],
    [
      'a stale run',
      { run: { createdAt: new Date(Date.now() - 13 * HOUR) } },
      {},
      /was requested 13\.0 h ago; approvals older than 12 h are not accepted \(--approval-max-age\)/,
    ],
    [
      'a run of another workflow',
      { run: { workflow: 'deploy.yml' } },
      {},
      /is a workflow_dispatch run of \.github\/workflows\/deploy\.yml, not an override request/,
    ],
    [
      'a run of a copy of the workflow on another branch',
      { run: { headBranch: 'evil', pathRef: 'refs/heads/evil' } },
      {},
      /ran \.github\/workflows\/override-request\.yml from refs\/heads\/evil \(branch evil\), not from the default branch main/,
    ],
    [
      'a run whose workflow path names another ref',
      { run: { pathRef: 'refs/heads/evil' } },
      {},
      /from refs\/heads\/evil \(branch main\), not from the default branch main/,
    ],
    [
      'a run created in the future',
      { run: { createdAt: new Date(Date.now() + HOUR) } },
      {},
      /in the future .*a run cannot be approved before it exists/,
    ],
    [
      'a run started by a push',
      { run: { event: 'push' } },
      {},
      /is a push run of .*not an override request/,
    ],
    [
      'a run-name for another mode',
      { run: { title: title('force-start', 'paper') } },
      {},
      /does not request force-start in live mode/,
    ],
    [
      'a run-name for another override',
      { run: { title: title('skip', 'live') } },
      {},
      /does not request force-start in live mode/,
    ],
    [
      'a rejected review',
      {
        approvals: [
          approval('risk-manager', 'approved', ['live-override'], 'ok'),
          approval('cto', 'rejected', ['live-override'], 'not today'),
        ],
        run: { conclusion: 'failure' },
      },
      {},
      /^Rejected in environment "live-override" by cto/,
    ],
    [
      'a run still waiting',
      { run: { status: 'waiting', conclusion: null } },
      {},
      /is still waiting: wait until its authorize jobs have finished/,
    ],
    [
      'a failed authorize job',
      { jobs: [job('first-approval', 'success'), job('authorize', 'failure')] },
      {},
      /job "authorize" \(failure\) did not succeed/,
    ],
    [
      'a run without an authorize job',
      { jobs: [job('build', 'success')] },
      {},
      /has no successful "authorize" job/,
    ],
  ])('refuses %s', async (_what, setup, policy, reason) => {
    const { client } = await api(setup)
    const check = await verifyApprovalRun(client, RUN, { ...liveForceStart, ...policy }, FAST)
    expect(check.granted).toBe(false)
    expect(check.refusals.at(-1)).toMatch(reason)
  })

  it('never counts the operator, even when the run is not his', async () => {
    const { client } = await api({
      run: { actor: 'colleague' },
      approvals: [approval('jdoe', 'approved', ['live-override'], 'mine')],
    })
    const check = await verifyApprovalRun(
      client,
      RUN,
      { ...liveForceStart, requiredApprovals: 1 },
      FAST,
    )
    expect(check.granted).toBe(false)
    expect(check.refusals[0]).toBe(
      'jdoe approved but is the operator launching with this approval; self-approval does not count.',
    )
  })

  it.each([
    [
      { kind: 'status', status: 403 } as const,
      /may not read approval run 77 \(403\): give the token read access/,
    ],
    [{ kind: 'status', status: 404 } as const, /found no approval run 77 \(404\)/],
    [
      { kind: 'status', status: 500 } as const,
      /failed answering approval run 77 \(500\)\. \(after 2 attempts\)/,
    ],
    [{ kind: 'hang' } as const, /did not answer approval run 77 within 0\.4 s/],
  ])('refuses when GitHub answers %o', async (fault, reason) => {
    const { server, client } = await api()
    server.state.faults.run = fault
    const wording = { token: 'GITHUB_TOKEN', readPermission: 'give the token read access' }
    const check = await verifyApprovalRun(client, RUN, liveForceStart, { ...FAST, wording })
    expect(check.granted).toBe(false)
    expect(check.refusals[0]).toMatch(reason)
  })
})
