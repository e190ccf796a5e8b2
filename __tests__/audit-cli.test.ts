// `preflight audit` end to end, in-process: a fixture repository (workflow files, a report
// directory) and the GitHub API stand-in; the report files, the AUDIT_COMPLETED entry, the exit
// code by --fail-on, the history findings, and `review` showing the last audit.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterEach, describe, expect, test } from 'vitest'
import { AUDIT_OUTPUTS, runAuditAction } from '../src/audit/action.js'
import { initFiles } from '../src/audit/templates.js'
import type { CliIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import type { OpsLogEntry } from '../src/model.js'
import { appendChained } from '../src/history/chain.js'
import { opsLogEntry } from '../src/opslog.js'
import { gitHubApi, overrideEnvironment, type GitHubApi } from './helpers/github-api.js'
import { memoryIo } from './helpers/memory-io.js'
import { tempDir } from './helpers/temp.js'

const SHA = 'c'.repeat(40)
const temps: string[] = []
const apis: GitHubApi[] = []
afterEach(async () => {
  await Promise.all(apis.splice(0).map((a) => a.close()))
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

function io(env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const cliIo: CliIo = {
    stdout: new Writable({ write: (c, _e, done) => ((stdout += c), done()) }),
    stderr: new Writable({ write: (c, _e, done) => ((stderr += c), done()) }),
    stdin: Readable.from([]),
    env: { PATH: process.env.PATH, ...env },
  }
  return { cliIo, out: () => stdout, err: () => stderr }
}

/** A repository as `preflight init` leaves it, plus a report directory. */
async function fixtureRepo() {
  const root = await tempDir('preflight-audit-cli-')
  temps.push(root)
  const files = initFiles(
    {
      action: `acme/preflight-gate@${SHA}`,
      actionTag: 'v1',
      runnerLabels: ['self-hosted', 'trading-1'],
      suite: { file: '.github/preflight.yml' },
    },
    true,
  )
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true })
    await writeFile(path.join(root, file.path), file.text)
  }
  const reports = path.join(root, 'reports', 'health')
  await mkdir(reports, { recursive: true })
  const api = await gitHubApi({
    environments: {
      'paper-override': overrideEnvironment('paper-override', { reviewers: ['team-lead'] }),
      'live-override': overrideEnvironment('live-override'),
    },
    files: {
      ...Object.fromEntries(files.map((f) => [f.path, f.text])),
      '.github/CODEOWNERS': '/.github/ @acme/leads\n',
    },
    branchRules: {
      main: [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } } as never],
    },
  })
  apis.push(api)
  const env = { GITHUB_TOKEN: 'ghp_test', GITHUB_API_URL: api.url }
  const args = [
    '--repo',
    'acme/rocket',
    '--workflows',
    path.join(root, '.github', 'workflows'),
    '--report-dir',
    reports,
  ]
  return { root, reports, api, env, args }
}

function entry(event: OpsLogEntry['event'], at: Date, failures: string[] = []): string {
  return (
    JSON.stringify(
      opsLogEntry(
        {
          mode: 'live',
          status: event === 'HEALTH_CHECK_FAILED' ? 'p1-failed' : 'p1-failed',
          exitCode: 2,
          decision: {
            verdict: event === 'OVERRIDE_FORCE_START' ? 'proceed' : 'abort',
            gateExitCode: 2,
          },
          failures,
          operator: 'ops',
          approvers: [],
          reason: '',
          ticket: '',
          runUrl: '',
        },
        at,
        event,
        'test',
      ),
    ) + '\n'
  )
}

describe('preflight audit', () => {
  test('a repository set up by init passes: report files, AUDIT_COMPLETED, review shows it', async () => {
    const repo = await fixtureRepo()
    await writeFile(path.join(repo.reports, 'operational-log.jsonl'), '')
    const run = io(repo.env)
    const code = await main(['audit', ...repo.args], run.cliIo)
    expect(run.out()).toContain('No findings.')
    expect(code).toBe(0)
    const names = await readdir(repo.reports)
    expect(names.filter((n) => /^AUDIT_\d{8}_\d{6}\.(md|json)$/.test(n))).toHaveLength(2)
    const log = (await readFile(path.join(repo.reports, 'operational-log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
    expect(JSON.parse(log.at(-1) as string)).toMatchObject({
      event: 'AUDIT_COMPLETED',
      decision: 'proceed',
    })

    const review = io()
    expect(await main(['review', '--dir', repo.reports], review.cliIo)).toBe(0)
    expect(review.out()).toMatch(/Last audit: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC, passed/)
    // The audit is not a launch decision: it counts as no entry of paper or live.
    expect(review.out()).not.toContain('| unknown |')
  })

  test('findings at file:line; --fail-on decides the exit code; --format json', async () => {
    const repo = await fixtureRepo()
    const workflow = path.join(repo.root, '.github', 'workflows', 'preflight-live.yml')
    await writeFile(workflow, (await readFile(workflow, 'utf8')).replace(`@${SHA} # v1`, '@v1'))
    const medium = io(repo.env)
    expect(await main(['audit', ...repo.args, '--format', 'json'], medium.cliIo)).toBe(0)
    const result = JSON.parse(medium.out())
    expect(
      result.findings.map((f: { id: string; location: string }) => [f.id, f.location]),
    ).toContainEqual([
      'action-not-pinned',
      expect.stringMatching(/^\.github\/workflows\/preflight-live\.yml:\d+$/),
    ])
    expect(await main(['audit', ...repo.args, '--fail-on', 'medium'], io(repo.env).cliIo)).toBe(1)
    const out = path.join(repo.root, 'audit.md')
    const toFile = io(repo.env)
    expect(await main(['audit', ...repo.args, '--out', out], toFile.cliIo)).toBe(0)
    expect(toFile.out()).toBe('')
    expect(await readFile(out, 'utf8')).toContain('`action-not-pinned`')
    const usage = io(repo.env)
    expect(await main(['audit', '--fail-on', 'critical'], usage.cliIo)).toBe(1)
    expect(usage.err()).toContain('--fail-on must be high, medium or low, got "critical"')
  })

  test('no gate and no token: no-gate and approval-setup-unchecked, exit 1', async () => {
    const repo = await fixtureRepo()
    const dir = path.join(repo.root, '.github', 'workflows')
    for (const name of await readdir(dir)) await rm(path.join(dir, name))
    await writeFile(
      path.join(dir, 'ci.yml'),
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    )
    const run = io({})
    expect(await main(['audit', ...repo.args, '--format', 'json'], run.cliIo)).toBe(1)
    const ids = JSON.parse(run.out()).findings.map((f: { id: string }) => f.id)
    expect(ids).toEqual(expect.arrayContaining(['no-gate', 'approval-setup-unchecked']))
  })

  test('the audit action: outputs, summary, annotations, and the step fails at fail-on', async () => {
    const repo = await fixtureRepo()
    const workflow = path.join(repo.root, '.github', 'workflows', 'preflight-live.yml')
    await writeFile(
      workflow,
      (await readFile(workflow, 'utf8')).replace('    needs: preflight\n', ''),
    )
    await writeFile(path.join(repo.reports, 'operational-log.jsonl'), '')
    const io = memoryIo({
      'github-token': 'ghp_test',
      'fail-on': 'high',
      drill: 'false',
      'report-dir': 'reports/health',
    })
    await runAuditAction(
      {
        GITHUB_WORKSPACE: repo.root,
        GITHUB_REPOSITORY: 'acme/rocket',
        GITHUB_API_URL: repo.api.url,
        PATH: process.env.PATH,
      },
      { io },
    )
    expect(Object.keys(io.outputs).sort()).toEqual([...AUDIT_OUTPUTS].sort())
    expect(io.outputs.high).toBe('1')
    expect(JSON.parse(io.outputs.findings ?? '')).toEqual([
      expect.objectContaining({
        id: 'deploy-not-gated',
        location: expect.stringMatching(/^\.github\/workflows\/preflight-live\.yml:\d+$/),
      }),
    ])
    expect(io.outputs['report-path']).toMatch(/reports\/health\/AUDIT_\d{8}_\d{6}\.md$/)
    expect(io.secrets).toEqual(['ghp_test'])
    expect(io.summary).toContain('deploy-not-gated')
    expect(io.log).toContainEqual(
      expect.objectContaining({ kind: 'error', title: 'Preflight audit: deploy-not-gated' }),
    )
    expect(io.failed).toHaveLength(1)
    // The API was asked with the token of the input.
    expect(repo.api.requests.every((r) => r.authorization === 'token ghp_test')).toBe(true)
  })

  describe('history', () => {
    test.each([
      {
        id: 'log-tampered',
        plant: async (dir: string) =>
          writeFile(
            path.join(dir, 'operational-log.jsonl'),
            entry('HEALTH_CHECK_FAILED', new Date()) + 'not an entry\n',
          ),
        location: (dir: string) => `${path.join(dir, 'operational-log.jsonl')}:2`,
      },
      {
        id: 'reports-not-archived',
        plant: async (dir: string) => {
          await writeFile(path.join(dir, 'operational-log.jsonl'), '')
          await writeFile(path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20200101_000000.md'), '# old')
        },
        location: (dir: string) => path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20200101_000000.md'),
      },
      { id: 'history-missing', plant: async () => {}, location: (dir: string) => dir },
      {
        id: 'recurring-overrides',
        plant: async (dir: string) =>
          writeFile(
            path.join(dir, 'operational-log.jsonl'),
            entry('OVERRIDE_FORCE_START', new Date(Date.now() - 10 * 86_400_000)),
          ),
        location: (dir: string) => dir,
      },
      {
        id: 'recurring-failures',
        plant: async (dir: string) =>
          writeFile(
            path.join(dir, 'operational-log.jsonl'),
            [1, 2, 3]
              .map((d) =>
                entry('HEALTH_CHECK_FAILED', new Date(Date.now() - d * 86_400_000), [
                  'Database connection',
                ]),
              )
              .join(''),
          ),
        location: (dir: string) => dir,
      },
    ])('$id is reported, and silent without the fault', async (c) => {
      const repo = await fixtureRepo()
      await c.plant(repo.reports)
      const run = io(repo.env)
      await main(['audit', ...repo.args, '--format', 'json'], run.cliIo)
      const found = JSON.parse(run.out()).findings.filter((f: { id: string }) => f.id === c.id)
      expect(found.map((f: { location: string }) => f.location)).toEqual([c.location(repo.reports)])

      const clean = await fixtureRepo()
      await writeFile(
        path.join(clean.reports, 'operational-log.jsonl'),
        entry('HEALTH_CHECK_FAILED', new Date(), ['Disk space']),
      )
      const quiet = io(clean.env)
      await main(['audit', ...clean.args, '--format', 'json'], quiet.cliIo)
      expect(JSON.parse(quiet.out()).findings).toEqual([])
    })

    test('log-tampered: a chained line changed afterwards breaks the chain at the line after it', async () => {
      const repo = await fixtureRepo()
      appendChained(repo.reports, [
        JSON.parse(entry('HEALTH_CHECK_FAILED', new Date(), ['Database connection'])),
        JSON.parse(entry('HEALTH_CHECK_FAILED', new Date(), ['Disk space'])),
      ])
      const log = path.join(repo.reports, 'operational-log.jsonl')
      const chained = async () => {
        const run = io(repo.env)
        await main(['audit', ...repo.args, '--format', 'json'], run.cliIo)
        return JSON.parse(run.out()).findings.filter((f: { id: string }) => f.id === 'log-tampered')
      }
      expect(await chained()).toEqual([])
      // The earlier failure rewritten away, every line still an entry.
      await writeFile(log, (await readFile(log, 'utf8')).replace('Database connection', 'nothing'))
      const found = await chained()
      expect(found.map((f: { location: string }) => f.location)).toEqual([`${log}:2`])
      expect(found[0].message).toMatch(/hash chain is broken/)
    })
  })
})
