// Secrets out of the suite's reach, with real processes: the gate (the action's entry, and the
// CLI) runs a hostile suite that searches every /proc/*/environ and /proc/*/cmdline it can see,
// $RUNNER_TEMP and $HOME for the runner's tokens. Where Node can re-execute the gate without them
// (process.execve, Node >= 22.15: the action's node24) nothing holds them while the suite runs,
// isolated or not. On Node 20 the CLI cannot: under pid the suite still cannot see the gate, and
// under none it finds them, which the report says.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cachedIsolationProbe } from '../src/runner/isolation.js'
import { canReexecute } from '../src/runner/custody.js'
import { CLI_ARGS, runAction } from './helpers/action-runner.js'
import { killHostileDaemons } from './helpers/processes.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const NEEDLE = 'ghs_SealNeedle'
/** This file's hostile-suite daemons (under none they outlive the gate, by design). */
const SLEEP_BASE = '8650'

const dirs: string[] = []
afterEach(async () => {
  killHostileDaemons(SLEEP_BASE)
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

let pidAvailable = false
beforeAll(async () => {
  const probe = await cachedIsolationProbe()
  pidAvailable = probe.ok
  if (!probe.ok) console.warn(`SKIPPING the pid cases: ${probe.reason}`)
  if (!canReexecute()) {
    console.warn(
      `SKIPPING the action's re-execution cases on Node ${process.version}: process.execve needs Node 22.15 or later (the action runs on node24; .ci/run runs these tests again on Node 24)`,
    )
  }
})

/** Secrets of every kind the gate withholds, each a distinct value starting with the needle. */
function secrets() {
  const value = (what: string) => `${NEEDLE}${what}${randomBytes(12).toString('hex')}`
  return {
    token: value('token'),
    env: {
      GITHUB_TOKEN: value('github'),
      GH_TOKEN: value('gh'),
      ACTIONS_RUNTIME_TOKEN: value('runtime'),
      ACTIONS_RESULTS_URL: `http://127.0.0.1:9/${value('results')}`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: value('oidc'),
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:9/${value('oidcurl')}`,
      // Named by redact: out of the gate's environment, but the suite's own (it may need it).
      DEPLOY_DB_PASSWORD: `db-${randomBytes(12).toString('hex')}`,
    },
  }
}

async function layout() {
  const root = await tempDir('preflight-custody-')
  dirs.push(root)
  const out = path.join(root, 'findings')
  const home = path.join(root, 'home')
  const runnerTemp = path.join(root, 'runner-temp')
  for (const dir of [out, home, runnerTemp]) await mkdir(dir)
  await writeFile(path.join(out, 'needle'), NEEDLE)
  await writeFile(path.join(out, 'sleep-base'), SLEEP_BASE)
  return { root, out, home, runnerTemp }
}

async function hits(out: string): Promise<string[]> {
  return (await readFile(path.join(out, 'token-hits'), 'utf8')).split('\n').filter((l) => l !== '')
}

async function jsonReport(dir: string): Promise<Record<string, unknown>> {
  const name = (await readdir(dir)).find((f) => /^SMOKE_TEST_INSTITUTIONAL_.*\.json$/.test(f))
  return JSON.parse(await readFile(path.join(dir, name ?? 'missing'), 'utf8')) as Record<
    string,
    unknown
  >
}

describe.each(['pid', 'none'] as const)(
  'the action on Node >= 22.15, isolation %s',
  (isolation) => {
    it('leaves no token in any environment, command line, $RUNNER_TEMP or $HOME the suite can read', async ({
      skip,
    }) => {
      if (!canReexecute() || (isolation === 'pid' && !pidAvailable)) skip()
      const dirs = await layout()
      const { token, env } = secrets()
      const run = await runAction({
        cwd: dirs.runnerTemp,
        inputs: {
          mode: 'live',
          command: `sh ${fixture('hostile-suite.sh')} ${dirs.out}`,
          'require-results': 'never',
          'suite-isolation': isolation,
          'upload-artifact': 'false',
          redact: 'DEPLOY_DB_PASSWORD',
          'github-token': token,
        },
        env: { ...env, HOME: dirs.home },
        // The gate re-executes itself (process.execve): a process of its own.
        ownProcess: true,
      })
      expect(run.stdout + run.stderr).toContain('hostile suite done')
      expect(await hits(dirs.out)).toEqual([])
      const report = await jsonReport(path.join(dirs.runnerTemp, 'reports', 'health'))
      expect(report.isolation).toMatchObject({ used: isolation })
      expect(report.secrets).toMatchObject({ mechanism: 'execve', note: null })
      expect((report.secrets as { withheld: string[] }).withheld).toEqual([
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_RESULTS_URL',
        'ACTIONS_RUNTIME_TOKEN',
        'DEPLOY_DB_PASSWORD',
        'GH_TOKEN',
        'GITHUB_TOKEN',
        'INPUT_GITHUB-TOKEN',
      ])
      expect(run.summary).toMatch(/Secrets: the gate re-executed itself/)
      // The gate still had its token afterwards: it redacted it from what it wrote.
      expect(JSON.stringify(report)).not.toContain(NEEDLE)
    })
  },
)

describe('the CLI', () => {
  async function cliRun(isolation: 'pid' | 'none') {
    const dirs = await layout()
    const { env } = secrets()
    const reports = path.join(dirs.root, 'reports')
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        'run',
        '--mode',
        'live',
        '--command',
        `sh ${fixture('hostile-suite.sh')} ${dirs.out}`,
        '--require-results',
        'never',
        '--suite-isolation',
        isolation,
        '--report-dir',
        reports,
        '--redact',
        'DEPLOY_DB_PASSWORD',
      ],
      {
        cwd: dirs.root,
        env: { PATH: process.env.PATH, HOME: dirs.home, RUNNER_TEMP: dirs.runnerTemp, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { code, output, found: await hits(dirs.out), report: await jsonReport(reports) }
  }

  it('under pid, keeps the token out of the suite’s reach on any Node', async ({ skip }) => {
    if (!pidAvailable) skip()
    const { code, output, found, report } = await cliRun('pid')
    expect(code, output).toBe(0)
    expect(found).toEqual([])
    expect(report.secrets).toMatchObject({ mechanism: canReexecute() ? 'execve' : 'none' })
  })

  it('watch: each kept report says where the secrets were, as run does', async () => {
    const dirs = await layout()
    const { env } = secrets()
    const reports = path.join(dirs.root, 'reports')
    await writeFile(path.join(dirs.root, 'fail.mjs'), 'process.exit(1)\n')
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        'watch',
        '--mode',
        'live',
        '--interval',
        '1',
        '--trip-after',
        '1',
        '--command',
        'node fail.mjs',
        '--require-results',
        'never',
        '--suite-isolation',
        'none',
        '--report-dir',
        reports,
      ],
      {
        cwd: dirs.root,
        env: { PATH: process.env.PATH, HOME: dirs.home, RUNNER_TEMP: dirs.runnerTemp, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    // One P0 failure trips the watch (no kill switch: logged, then exit 1).
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, output).toBe(1)
    const report = await jsonReport(reports)
    expect(report.status).toBe('p0-failed')
    expect(report.secrets).toMatchObject({ mechanism: canReexecute() ? 'execve' : 'none' })
  }, 60_000)

  it('under none, hides it only where Node can re-execute the gate, and says so where not', async () => {
    const { code, output, found, report } = await cliRun('none')
    expect(code, output).toBe(0)
    if (canReexecute()) {
      expect(found).toEqual([])
      expect(report.secrets).toMatchObject({ mechanism: 'execve', note: null })
    } else {
      // What none cannot guarantee on Node 20: the gate's own environment is readable.
      expect(found.some((f) => /^\/proc\/\d+\/environ$/.test(f))).toBe(true)
      expect(report.secrets).toMatchObject({ mechanism: 'none' })
      expect(String((report.secrets as { note: string }).note)).toMatch(
        /cannot replace the gate's process image .* GITHUB_TOKEN/,
      )
    }
  })
})
