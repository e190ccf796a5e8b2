// The operator's launcher from a host outside GitHub Actions: request-override, launch with
// --approval-run, the confirmation and the CLI's manners, as real processes of the bundled CLI
// against the local GitHub REST API stand-in.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { readHistoryChain } from '../src/history/chain.js'
import { pruneReports } from '../src/retention/prune.js'
import { REPO_ROOT } from './helpers/action-runner.js'
import { cliProcessUnder, runCli, runCliOnTerminal, startCli, tempDir } from './helpers/cli.js'
import {
  approval,
  dispatchedRun,
  environment,
  gitHubApi,
  job,
  pendingDeployment,
  type Fault,
  type GitHubApi,
} from './helpers/github-api.js'

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const HOUR = 3_600_000
const APPROVAL_URL = 'https://github.com/acme/rocket/actions/runs/77'
const hasScript = existsSync('/usr/bin/script')
if (!hasScript) {
  // The terminal tests need a pseudo-terminal from util-linux `script`; CI installs it.
  if (process.env.CI === 'true') throw new Error('util-linux `script` is required under CI=true')
  console.warn('SKIPPED: the terminal tests of cli-operator.test.ts need util-linux `script`')
}

/** The run-name GitHub gives a dispatch of the shipped workflow, rendered from its file. */
const runNameTemplate = (
  parseYaml(
    readFileSync(path.join(REPO_ROOT, 'examples', 'workflows', 'override-request.yml'), 'utf8'),
  ) as { 'run-name': string }
)['run-name']
const renderRunName = (inputs: Record<string, string>) =>
  runNameTemplate.replace(
    /\$\{\{ inputs\.([a-z-]+) \}\}/g,
    (_m, name: string) => inputs[name] ?? '',
  )
const title = (override: string, mode: string) =>
  renderRunName({
    override,
    mode,
    'request-id': 'a1b2c3d4e5f6',
    ticket: 'OPS-1',
    reason: 'MT5 unused',
  })

const apis: GitHubApi[] = []
afterEach(async () => {
  for (const api of apis.splice(0)) await api.close()
})

interface Setup {
  run?: Partial<Parameters<typeof dispatchedRun>[1]>
  approvals?: ReturnType<typeof approval>[]
  jobs?: ReturnType<typeof job>[]
  faults?: Partial<Record<'run' | 'approvals' | 'user' | 'jobs', Fault>>
}

/**
 * GitHub with approval run 77 of override-request.yml: requested an hour ago by jdoe (the
 * operator, the token's user) for a live force-start, approved by the Risk Manager and the CTO.
 */
async function api(setup: Setup = {}) {
  const server = await gitHubApi({
    user: 'jdoe',
    environments: {
      'live-override': environment('live-override'),
      'paper-override': environment('paper-override'),
    },
    runs: {
      77: dispatchedRun(77, {
        actor: 'jdoe',
        title: title('force-start', 'live'),
        createdAt: new Date(Date.now() - HOUR),
        status: 'completed',
        conclusion: 'success',
        ...setup.run,
      }),
    },
    approvals: {
      77: setup.approvals ?? [
        approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed today'),
        approval('cto', 'approved', ['live-override'], 'OK under OPS-1'),
      ],
    },
    jobs: { 77: setup.jobs ?? [job('first-approval', 'success'), job('authorize', 'success')] },
    workflows: { 'override-request.yml': { runName: renderRunName } },
    faults: setup.faults ?? {},
  })
  apis.push(server)
  return server
}

const env = (server: GitHubApi, extra: Record<string, string> = {}) => ({
  GITHUB_API_URL: server.url,
  GITHUB_TOKEN: 'ghp_operator',
  PREFLIGHT_API_TIMEOUT_SECONDS: '0.3',
  SAMPLE_FAIL: 'P1',
  ...extra,
})

/** A launch command that leaves a file behind: proof that it ran. */
const marking = (marker: string) => [
  '--',
  process.execPath,
  '-e',
  'require("fs").writeFileSync(process.argv[1], "launched")',
  marker,
]

const liveForceStart = (...extra: string[]) => [
  'launch',
  '--mode',
  'live',
  '--command',
  sample,
  '--force-start',
  '--impact',
  'strategies that need MT5 stay off',
  '--mitigation',
  'rollback script ready',
  '--approval-run',
  '77',
  '--repo',
  'acme/rocket',
  '--reason',
  'MT5 unused',
  '--ticket',
  'OPS-1',
  ...extra,
]

async function opsLog(cwd: string) {
  const text = await readFile(path.join(cwd, 'reports', 'health', 'operational-log.jsonl'), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((e) => e.event !== 'REPORTS_RECORDED')
}

describe('preflight launch --approval-run', () => {
  it('launches a live force-start approved by two distinct reviewers, once', async () => {
    const server = await api()
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCli([...liveForceStart('--yes'), ...marking(marker)], {
      env: env(server),
      cwd,
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    expect(run.stdout).toContain('🚨 FORCE START ENABLED - PROCEEDING WITH P1 FAILURES 🚨')
    expect(run.stdout).toContain(`Approval run: ${APPROVAL_URL}\n`)
    expect(run.stdout).toContain(
      'Approved by: risk-manager ("MT5 not needed today"), cto ("OK under OPS-1")\n',
    )
    expect(run.stdout).toContain(
      `Launching: ${process.execPath} -e 'require("fs").writeFileSync(process.argv[1], "launched")' ${marker}\n`,
    )
    expect(server.requests.every((r) => r.authorization === 'token ghp_operator')).toBe(true)
    expect(existsSync(path.join(cwd, 'reports', 'health', '.approval-run-77.lock'))).toBe(false)
    const granted = (await opsLog(cwd)).find((e) => e.event === 'OVERRIDE_FORCE_START')
    expect(granted).toMatchObject({
      mode: 'live',
      decision: 'proceed',
      operator: 'jdoe',
      runUrl: APPROVAL_URL,
      reason: 'MT5 unused',
      ticket: 'OPS-1',
      approvers: [
        { login: 'risk-manager', comment: 'MT5 not needed today' },
        { login: 'cto', comment: 'OK under OPS-1' },
      ],
    })

    // The same approval run, again on this host: spent.
    const again = path.join(cwd, 'launched-again')
    const reused = await runCli([...liveForceStart('--yes'), ...marking(again)], {
      env: env(server),
      cwd,
    })
    expect(reused.code).toBe(2)
    expect(existsSync(again)).toBe(false)
    expect(reused.stdout).toContain('Launch aborted')
    expect(reused.stderr).toMatch(
      /^Override refused: Approval run https:\/\/github\.com\/acme\/rocket\/actions\/runs\/77 already granted an override on this host \(OVERRIDE_FORCE_START at .*\): an approval is good for one launch; request a new one\.$/m,
    )
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OVERRIDE_REFUSED',
      runUrl: APPROVAL_URL,
    })
  })

  it('refuses the spent run spelled Acme/Rocket, by --repo and by a git remote spelled so', async () => {
    const server = await api()
    const cwd = await tempDir()
    const first = await runCli([...liveForceStart('--yes'), ...marking(path.join(cwd, 'one'))], {
      env: env(server),
      cwd,
    })
    expect(first.code).toBe(0)

    const shouted = liveForceStart('--yes').map((a) => (a === 'acme/rocket' ? 'Acme/Rocket' : a))
    const byFlag = await runCli([...shouted, ...marking(path.join(cwd, 'two'))], {
      env: env(server),
      cwd,
    })
    expect(byFlag.code).toBe(2)
    expect(existsSync(path.join(cwd, 'two'))).toBe(false)
    expect(byFlag.stderr).toMatch(
      /^Override refused: Approval run https:\/\/github\.com\/Acme\/Rocket\/actions\/runs\/77 already granted an override on this host/m,
    )

    execFileSync('git', ['init', '-q', cwd])
    execFileSync('git', ['-C', cwd, 'remote', 'add', 'origin', 'git@github.com:ACME/Rocket.git'])
    const noRepo = liveForceStart('--yes').filter(
      (a, i, all) => a !== '--repo' && all[i - 1] !== '--repo',
    )
    const byRemote = await runCli([...noRepo, ...marking(path.join(cwd, 'three'))], {
      env: env(server),
      cwd,
    })
    expect(byRemote.code).toBe(2)
    expect(existsSync(path.join(cwd, 'three'))).toBe(false)
    expect(byRemote.stderr).toMatch(/already granted an override on this host/)
  })

  it('refuses the spent run from another report dir that shares the history', async () => {
    const server = await api()
    const cwd = await tempDir()
    const history = path.join(cwd, 'history')
    const launch = (reports: string, marker: string) =>
      runCli(
        [
          ...liveForceStart('--yes', '--report-dir', reports, '--history-dir', history),
          ...marking(path.join(cwd, marker)),
        ],
        { env: env(server), cwd },
      )
    expect((await launch(path.join(cwd, 'first'), 'one')).code).toBe(0)
    const again = await launch(path.join(cwd, 'second'), 'two')
    expect(again.code).toBe(2)
    expect(existsSync(path.join(cwd, 'two'))).toBe(false)
    expect(again.stderr).toMatch(
      new RegExp(
        `already granted an override on this host \\(OVERRIDE_FORCE_START at .*, in ${history}/operational-log\\.jsonl\\)`,
      ),
    )
  })

  it('refuses the spent run after the monthly rotation moved its grant into the archive', async () => {
    const server = await api()
    const cwd = await tempDir()
    const first = await runCli([...liveForceStart('--yes'), ...marking(path.join(cwd, 'one'))], {
      env: env(server),
      cwd,
    })
    expect(first.code).toBe(0)
    const reports = path.join(cwd, 'reports', 'health')
    // Retention as the next month's first run does it: the log goes to archive/.
    const nextMonth = new Date(Date.now() + 32 * 24 * HOUR)
    const pruned = await pruneReports(reports, 30, nextMonth)
    const month = new Date().toISOString().slice(0, 7)
    expect(pruned.rotatedLog).toBe(path.join(reports, 'archive', `operational-log-${month}.jsonl`))
    expect(existsSync(path.join(reports, 'operational-log.jsonl'))).toBe(false)

    const again = await runCli([...liveForceStart('--yes'), ...marking(path.join(cwd, 'two'))], {
      env: env(server),
      cwd,
    })
    expect(again.code).toBe(2)
    expect(existsSync(path.join(cwd, 'two'))).toBe(false)
    expect(again.stderr).toMatch(
      new RegExp(
        `already granted an override on this host \\(OVERRIDE_FORCE_START at .*, in ${pruned.rotatedLog}\\)`,
      ),
    )
    // The refusal chains on from the rotated log: the history still verifies.
    expect(readHistoryChain(reports).problems).toEqual([])
  })

  it('lets only one of two simultaneous launches use the run', async () => {
    const server = await api()
    const cwd = await tempDir()
    const markers = [path.join(cwd, 'first'), path.join(cwd, 'second')]
    const runs = await Promise.all(
      markers.map((marker) =>
        runCli([...liveForceStart('--yes'), ...marking(marker)], { env: env(server), cwd }),
      ),
    )
    expect(markers.filter((m) => existsSync(m))).toHaveLength(1)
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2])
    expect(runs.find((r) => r.code === 2)?.stderr).toMatch(
      /Override refused: Approval run \S+ (is in use by another launch on this host|already granted an override on this host)/,
    )
  })

  it('refuses while another launch holds the run, naming the lock to remove', async () => {
    const server = await api()
    const cwd = await tempDir()
    const lock = path.join(cwd, 'reports', 'health', '.approval-run-77.lock')
    await mkdir(path.dirname(lock), { recursive: true })
    await writeFile(lock, '12345\n')
    const marker = path.join(cwd, 'launched')
    const run = await runCli([...liveForceStart('--yes'), ...marking(marker)], {
      env: env(server),
      cwd,
    })
    expect(run.code).toBe(2)
    expect(existsSync(marker)).toBe(false)
    expect(run.stderr).toContain(
      `Override refused: Approval run ${APPROVAL_URL} is in use by another launch on this host (${lock}): wait for it to finish; if none is running, remove that file.`,
    )
    expect(existsSync(lock)).toBe(true)
  })

  it.each<[string, Setup, RegExp]>([
    [
      'one approver',
      { approvals: [approval('cto', 'approved', ['live-override'], 'ok')] },
      /1 of 2 required approval\(s\) in environment "live-override" \(from cto\): ask 1 more/,
    ],
    [
      'the operator approving himself',
      {
        approvals: [
          approval('jdoe', 'approved', ['live-override'], 'I approve'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
      /^Override refused: jdoe approved but started this run; self-approval does not count\.$/,
    ],
    [
      'the operator approving a colleague’s request',
      {
        run: { actor: 'colleague' },
        approvals: [
          approval('jdoe', 'approved', ['live-override'], 'I approve'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
      /^Override refused: jdoe approved but is the operator launching with this approval; self-approval does not count\.$/,
    ],
    [
      'a stale run',
      { run: { createdAt: new Date(Date.now() - 13 * HOUR) } },
      /requested 13\.0 h ago; approvals older than 12 h are not accepted \(--approval-max-age\): request a new one/,
    ],
    [
      'a run of another workflow',
      { run: { workflow: 'deploy.yml' } },
      /is a workflow_dispatch run of \.github\/workflows\/deploy\.yml, not an override request/,
    ],
    [
      'a run-name for another mode',
      { run: { title: title('force-start', 'paper') } },
      /does not request force-start in live mode/,
    ],
    [
      'a run-name for another override',
      { run: { title: title('skip', 'live') } },
      /does not request force-start in live mode/,
    ],
    [
      'a rejected review',
      {
        run: { conclusion: 'failure' },
        approvals: [
          approval('risk-manager', 'approved', ['live-override'], 'ok'),
          approval('cto', 'rejected', ['live-override'], 'not today'),
        ],
      },
      /Rejected in environment "live-override" by cto: a rejection always refuses/,
    ],
    [
      'a 403',
      { faults: { approvals: { kind: 'status', status: 403 } } },
      /may not read the approvals of run 77 \(403\): give the token read access to Actions on this repository/,
    ],
    [
      'a 404',
      { faults: { run: { kind: 'status', status: 404 } } },
      /GitHub found no approval run 77 \(404\)/,
    ],
    [
      'a 500',
      { faults: { jobs: { kind: 'status', status: 500 } } },
      /GitHub failed answering the jobs of approval run 77 \(500\)\. \(after 4 attempts\)/,
    ],
    [
      'a hanging API',
      { faults: { approvals: { kind: 'hang' } } },
      /GitHub did not answer the approvals of run 77 within 0\.3 s\. \(after 4 attempts\)/,
    ],
    [
      'a token that names no user',
      { faults: { user: { kind: 'status', status: 403 } } },
      /may not read the token's user \(403\).*use a personal access token/,
    ],
  ])('refuses %s before the launch command runs', async (_what, setup, reason) => {
    const server = await api(setup)
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCli([...liveForceStart('--yes'), ...marking(marker)], {
      env: env(server),
      cwd,
    })
    expect(existsSync(marker)).toBe(false)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('🚨 FORCE START REQUESTED - WAITING FOR APPROVAL 🚨')
    expect(run.stdout).toContain('Launch aborted')
    const refusal = run.stderr.split('\n').find((l) => l.startsWith('Override refused: '))
    expect(refusal).toMatch(reason)
    expect(run.stderr).not.toMatch(/github-token|Input "/)
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OVERRIDE_REFUSED',
      runUrl: APPROVAL_URL,
      decision: 'approval-required',
    })
  })

  it('launches an approved paper skip without running the suite', async () => {
    const server = await api({
      run: { title: title('skip', 'paper') },
      approvals: [approval('team-lead', 'approved', ['paper-override'])],
      jobs: [job('first-approval', 'skipped'), job('authorize', 'success')],
    })
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCli(
      [
        'launch',
        '--mode',
        'paper',
        '--command',
        'node does-not-exist.mjs',
        '--skip-health-check',
        '--approval-run',
        APPROVAL_URL,
        '--repo',
        'acme/rocket',
        '--yes',
        ...marking(marker),
      ],
      { env: env(server), cwd },
    )
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    expect(run.stdout).toContain('⚠️  HEALTH CHECKS SKIPPED (--skip-health-check)')
    expect(server.requests.map((r) => r.path)).toContain(
      '/repos/acme/rocket/environments/paper-override',
    )
  })

  it('takes the repository from the git remote origin', async () => {
    const server = await api()
    const cwd = await tempDir()
    execFileSync('git', ['init', '-q', cwd])
    execFileSync('git', ['-C', cwd, 'remote', 'add', 'origin', 'git@github.com:acme/rocket.git'])
    const marker = path.join(cwd, 'launched')
    const args = liveForceStart('--yes').filter(
      (a, i, all) => a !== '--repo' && all[i - 1] !== '--repo',
    )
    const run = await runCli([...args, ...marking(marker)], { env: env(server), cwd })
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
    expect(server.requests[0]?.path).toBe('/user')
    expect(server.requests[1]?.path).toBe('/repos/acme/rocket/actions/runs/77')
  })

  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      'a missing --mode',
      ['launch', '--command', sample],
      {},
      /--mode is required: paper or live\./,
    ],
    [
      'a mistyped --mode',
      ['launch', '--mode', 'life', '--command', sample],
      {},
      /--mode must be paper or live, got "life"\./,
    ],
    [
      'an unknown flag',
      ['launch', '--mode', 'live', '--forcestart'],
      {},
      /Unknown option '--forcestart'/,
    ],
    [
      '--approval-run without an override',
      [
        'launch',
        '--mode',
        'live',
        '--command',
        sample,
        '--approval-run',
        '77',
        '--repo',
        'acme/rocket',
      ],
      {},
      /--approval-run approves an override: add --force-start or --skip-health-check\./,
    ],
    [
      'no token',
      liveForceStart(),
      { GITHUB_TOKEN: '' },
      /No GitHub token: set GITHUB_TOKEN \(or GH_TOKEN\)/,
    ],
    [
      'a bad --approval-max-age',
      liveForceStart('--approval-max-age', 'soon'),
      {},
      /--approval-max-age must be a number of hours above 0/,
    ],
    [
      'an approval run of another repository',
      liveForceStart('--approval-run', 'https://github.com/evil/rocket/actions/runs/77'),
      {},
      /is a run of evil\/rocket, not of this repository acme\/rocket/,
    ],
  ])(
    'treats %s as a usage error: usage, exit 1, no report, no log',
    async (_what, args, extra, message) => {
      const server = await api()
      const cwd = await tempDir()
      const marker = path.join(cwd, 'launched')
      const run = await runCli([...args, '--yes', ...marking(marker)], {
        env: env(server, extra),
        cwd,
      })
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toContain('Run "preflight launch --help" for its options.')
      expect(run.stdout).toBe('')
      expect(existsSync(path.join(cwd, 'reports'))).toBe(false)
      expect(existsSync(marker)).toBe(false)
    },
  )
})

describe('preflight launch without a terminal', () => {
  it('logs OPERATOR_CANCELLED when nobody can confirm', async () => {
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCli(
      ['launch', '--mode', 'paper', '--command', sample, ...marking(marker)],
      {
        cwd,
      },
    )
    expect(run.code).toBe(1)
    expect(existsSync(marker)).toBe(false)
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OPERATOR_CANCELLED',
      decision: 'abort',
      details: 'No terminal to confirm on, and no --yes: the launch was not confirmed.',
    })
  })
})

describe('the CLI speaks its own flags', () => {
  it('names --timeout, not the action input', async () => {
    const run = await runCli(['run', '--mode', 'paper', '--command', sample, '--timeout', 'soon'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('--timeout must be a number of seconds above 0')
    expect(run.stderr + run.stdout).not.toMatch(/Input "|timeout-seconds/)
  })

  it('names --command and --suite when neither is given', async () => {
    const run = await runCli(['run', '--mode', 'paper'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Set exactly one of --command \(.*\) or --suite \(/)
  })

  it('tells how to get an approval run when a force-start has none', async () => {
    const run = await runCli(
      [
        'run',
        '--mode',
        'live',
        '--command',
        sample,
        '--force-start',
        '--impact',
        'none',
        '--mitigation',
        'rollback',
      ],
      {
        env: { SAMPLE_FAIL: 'P1' },
      },
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      'request an approval run ("preflight request-override"), then pass --approval-run RUN.',
    )
    expect(run.stderr).toContain(
      'To override from this host: preflight request-override --mode live --override force-start --reason TEXT --ticket ID --wait, then add --approval-run RUN.',
    )
    expect(run.stdout).not.toMatch(/approval-environment"|authorize job/)
  })

  it('has --help for every subcommand', async () => {
    for (const command of ['run', 'launch', 'request-override', 'validate', 'schema']) {
      const run = await runCli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`^Usage: preflight ${command}`))
    }
  })
})

describe('preflight request-override', () => {
  const request = (...extra: string[]) => [
    'request-override',
    '--mode',
    'live',
    '--override',
    'force-start',
    '--reason',
    'MT5 unused today',
    '--ticket',
    'OPS-1',
    '--repo',
    'acme/rocket',
    ...extra,
  ]

  it('dispatches the workflow with a fresh request id and finds the run by its run-name', async () => {
    const server = await api()
    const first = await runCli(request(), { env: env(server) })
    const second = await runCli(request('--ref', 'release'), { env: env(server) })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(server.dispatches).toHaveLength(2)
    const [a, b] = server.dispatches
    expect(a).toMatchObject({
      workflow: 'override-request.yml',
      ref: 'main',
      inputs: {
        mode: 'live',
        override: 'force-start',
        reason: 'MT5 unused today',
        ticket: 'OPS-1',
      },
    })
    expect(b?.ref).toBe('release')
    expect(a?.inputs['request-id']).toMatch(/^[0-9a-f]{12}$/)
    expect(a?.inputs['request-id']).not.toBe(b?.inputs['request-id'])
    expect(first.stdout).toContain(
      'Approval run: https://github.com/acme/rocket/actions/runs/9000\n',
    )
    expect(first.stdout).toContain(
      'Reviewers of the environment "live-override" approve it there (2 distinct reviewers',
    )
    expect(first.stdout).toContain(
      'Then launch with: preflight launch --mode live --force-start --approval-run 9000',
    )
    expect(first.stdout.trim().split('\n').at(-1)).toBe('Run id: 9000')
    expect(second.stdout.trim().split('\n').at(-1)).toBe('Run id: 9001')
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      'GET /repos/acme/rocket/actions/workflows/override-request.yml/runs',
    )
  })

  it('takes the run id GitHub returns with the dispatch', async () => {
    const server = await api()
    server.state.returnRunDetails = true
    const run = await runCli(request(), { env: env(server) })
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe('Run id: 9000')
    expect(server.requests.some((r) => r.path.endsWith('/runs'))).toBe(false)
  })

  const waiting = (...extra: string[]) =>
    request('--wait', '--poll-interval', '0.1', '--wait-timeout', '1', ...extra)

  it('waits through pending to approved, with a progress line', async () => {
    const server = await api()
    const cli = await startCli(waiting(), { env: env(server) })
    await cli.waitForOutput('Approval run: ')
    server.state.pendingDeployments[9000] = [
      pendingDeployment('live-override', ['risk-manager', 'cto']),
    ]
    await cli.waitForOutput('Waiting for approval: 0 of 2; still asked: risk-manager, cto')
    server.state.approvals[9000] = [approval('risk-manager', 'approved', ['live-override'], 'fine')]
    server.state.pendingDeployments[9000] = [pendingDeployment('live-override', ['cto'])]
    await cli.waitForOutput('Waiting for approval: 1 of 2 (risk-manager); still asked: cto')
    server.state.approvals[9000].push(approval('cto', 'approved', ['live-override'], 'ok'))
    server.state.runs[9000] = {
      ...server.state.runs[9000],
      status: 'completed',
      conclusion: 'success',
    }
    const done = await cli.done
    expect(done.code).toBe(0)
    expect(done.stdout).toContain(
      '✅ Approved by risk-manager ("fine"), cto ("ok"); the authorize jobs succeeded.',
    )
    expect(done.stdout.trim().split('\n').at(-1)).toBe('Run id: 9000')
  })

  it('stops waiting at a rejection', async () => {
    const server = await api()
    const cli = await startCli(waiting(), { env: env(server) })
    await cli.waitForOutput('Waiting for approval: 0 of 2')
    server.state.approvals[9000] = [approval('cto', 'rejected', ['live-override'], 'not today')]
    const done = await cli.done
    expect(done.code).toBe(1)
    expect(done.stdout).toContain('❌ Rejected by cto ("not today"): no override.')
    expect(done.stdout).not.toContain('Then launch with')
  })

  it('stops waiting when out of time', async () => {
    const server = await api()
    const started = Date.now()
    const done = await runCli(
      request('--wait', '--poll-interval', '0.1', '--wait-timeout', '0.02'),
      {
        env: env(server),
      },
    )
    expect(done.code).toBe(1)
    expect(done.stdout).toMatch(
      /⏱ Out of time after 1 s: 0 of 2; run waiting\. The request stays open/,
    )
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it.each<[string, string[], RegExp]>([
    [
      'a missing --reason',
      [
        'request-override',
        '--mode',
        'live',
        '--override',
        'skip',
        '--ticket',
        'T',
        '--repo',
        'acme/rocket',
      ],
      /--reason is required/,
    ],
    [
      'a bad --override',
      [
        'request-override',
        '--mode',
        'live',
        '--override',
        'force',
        '--reason',
        'r',
        '--ticket',
        'T',
      ],
      /--override must be force-start or skip, got "force"/,
    ],
  ])('refuses %s without dispatching', async (_what, args, message) => {
    const server = await api()
    const run = await runCli(args, { env: env(server) })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain('Run "preflight request-override --help" for its options.')
    expect(server.dispatches).toHaveLength(0)
  })

  it('names the permission when the token may not dispatch, and never dispatches twice', async () => {
    const server = await api()
    server.state.faults.dispatch = { kind: 'status', status: 403 }
    const forbidden = await runCli(request(), { env: env(server) })
    expect(forbidden.code).toBe(1)
    expect(forbidden.stderr).toContain(
      'The token may not dispatch override-request.yml in acme/rocket (403): give it "Actions: Read and write" (fine-grained) or the repo scope (classic) (GitHub accepts: actions=read).',
    )
    server.state.faults.dispatch = { kind: 'status', status: 502 }
    const failing = await runCli(request(), { env: env(server) })
    expect(failing.code).toBe(1)
    expect(failing.stderr).toContain(
      'Look under Actions whether a run started before asking again.',
    )
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('says how to install the workflow when GitHub has none', async () => {
    const server = await api()
    const run = await runCli(request('--workflow', 'missing.yml'), { env: env(server) })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'GitHub found no workflow missing.yml in acme/rocket (404): copy examples/workflows/override-request.yml to .github/workflows/',
    )
  })
})

describe.runIf(hasScript)('the confirmation after a verified approval (terminal)', () => {
  it('asks as the document does, and logs OPERATOR_CANCELLED when the operator says no', async () => {
    const server = await api()
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCliOnTerminal(
      [...liveForceStart(), ...marking(marker)],
      [
        ['Press ENTER to acknowledge and continue...', '\n'],
        ["Type 'YES' to confirm:", 'no\n'],
      ],
      { env: env(server), cwd },
    )
    expect(run.screen).toContain(
      'Approved by: risk-manager ("MT5 not needed today"), cto ("OK under OPS-1")',
    )
    expect(run.screen).toContain('Step 1/6: Operator confirmation...')
    expect(run.screen).toContain('Launch aborted (operator did not confirm)')
    expect(run.code).toBe(1)
    expect(existsSync(marker)).toBe(false)
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OPERATOR_CANCELLED',
      decision: 'abort',
      operator: 'jdoe',
      runUrl: APPROVAL_URL,
      approvers: [
        { login: 'risk-manager', comment: 'MT5 not needed today' },
        { login: 'cto', comment: 'OK under OPS-1' },
      ],
      details: 'The operator did not confirm the launch at the prompt.',
    })
  })

  it('logs OPERATOR_CANCELLED when the operator presses Ctrl-C at the prompt', async () => {
    const server = await api()
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCliOnTerminal(
      [...liveForceStart(), ...marking(marker)],
      [['Press ENTER to acknowledge and continue...', '\x03']],
      { env: env(server), cwd },
    )
    expect(run.screen).toContain('Launch aborted (operator interrupted the confirmation)')
    expect(run.code).toBe(130)
    expect(existsSync(marker)).toBe(false)
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OPERATOR_CANCELLED',
      details: 'The operator interrupted the confirmation (Ctrl-C).',
    })
  })

  it('logs OPERATOR_CANCELLED when the input ends at the prompt', async () => {
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCliOnTerminal(
      ['launch', '--mode', 'paper', '--command', sample, ...marking(marker)],
      [["Type 'YES' to confirm:", '\x04']],
      { cwd },
    )
    expect(run.code).toBe(1)
    expect(existsSync(marker)).toBe(false)
    expect((await opsLog(cwd)).at(-1)).toMatchObject({
      event: 'OPERATOR_CANCELLED',
      details: 'The confirmation ended without an answer (end of input).',
    })
  })

  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'logs OPERATOR_CANCELLED when the launcher gets %s at the prompt',
    async (signal) => {
      const server = await api()
      const cwd = await tempDir()
      const marker = path.join(cwd, 'launched')
      let signalled = false
      const run = await runCliOnTerminal(
        [...liveForceStart(), ...marking(marker)],
        [
          [
            'Press ENTER to acknowledge and continue...',
            (terminal) => {
              const pid = cliProcessUnder(terminal.pid ?? -1)
              if (pid !== null) signalled = process.kill(pid, signal)
            },
          ],
        ],
        { env: env(server), cwd },
      )
      expect(signalled).toBe(true)
      expect(run.code).toBe(signal === 'SIGTERM' ? 143 : 129)
      expect(existsSync(marker)).toBe(false)
      expect((await opsLog(cwd)).at(-1)).toMatchObject({
        event: 'OPERATOR_CANCELLED',
        decision: 'abort',
        runUrl: APPROVAL_URL,
        details: `The launcher got ${signal} during the confirmation.`,
      })
    },
  )

  it('asks for the phrase, then YES, before an approved live skip', async () => {
    const server = await api({
      run: { title: title('skip', 'live') },
      approvals: [approval('cto', 'approved', ['live-override'], 'emergency hotfix, OPS-9')],
      jobs: [job('first-approval', 'skipped'), job('authorize', 'success')],
    })
    const cwd = await tempDir()
    const marker = path.join(cwd, 'launched')
    const run = await runCliOnTerminal(
      [
        'launch',
        '--mode',
        'live',
        '--command',
        sample,
        '--skip-health-check',
        '--acknowledge',
        'I UNDERSTAND THE RISKS',
        '--approval-run',
        '77',
        '--repo',
        'acme/rocket',
        ...marking(marker),
      ],
      [
        ["Type 'I UNDERSTAND THE RISKS' to continue:", 'I UNDERSTAND THE RISKS\n'],
        ["Type 'YES' to confirm:", 'YES\n'],
      ],
      { env: env(server), cwd },
    )
    expect(run.screen).toContain('🚨 HEALTH CHECKS SKIPPED (--skip-health-check) 🚨')
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
  })
})
