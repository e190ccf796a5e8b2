// suite-isolation, in-process on the engine with real processes: under pid the suite sees only
// its own processes, never the runner's file commands, cannot rewrite the operational log, and
// nothing it started outlives it; where namespaces are unavailable the gate says so and why.
import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readdirSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runGate, type GateContext } from './helpers/gate.js'
import { OPS_LOG_FILE } from '../src/opslog.js'
import { renderSummary } from '../src/report/summary.js'
import { cachedIsolationProbe, type IsolationProbe } from '../src/runner/isolation.js'
import type { RawInputs } from '../src/settings.js'
import { CLI_ARGS } from './helpers/action-runner.js'
import { hostileDaemons, killHostileDaemons, waitFor } from './helpers/processes.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)

const dirs: string[] = []
async function tempDir(prefix = 'preflight-isolation-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  killHostileDaemons('8640')
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

let pidAvailable = false
beforeAll(async () => {
  const probe = await cachedIsolationProbe()
  pidAvailable = probe.ok
  if (!probe.ok) {
    console.warn(`SKIPPING the pid isolation tests: ${probe.reason}`)
    if (process.env.CI === 'true')
      throw new Error(`pid isolation unavailable under CI: ${probe.reason}`)
  }
})

/** Host pids of the hostile suite's live daemons (`sleep 8640N`). */
const liveDaemons = () => hostileDaemons('8640')

function context(env: NodeJS.ProcessEnv, extra: Partial<GateContext> = {}): GateContext {
  return {
    operator: 'octocat',
    runUrl: 'https://github.com/acme/rocket/actions/runs/1',
    env,
    now: () => new Date(),
    killGraceMs: 300,
    ...extra,
  }
}

/** A runner's layout: RUNNER_TEMP with its file-command directory, a HOME, a findings dir. */
async function runnerLayout() {
  const root = await tempDir()
  const runnerTemp = path.join(root, 'runner-temp')
  const fileCommands = path.join(runnerTemp, '_runner_file_commands')
  const home = path.join(root, 'home')
  const out = path.join(root, 'findings')
  const reports = path.join(root, 'reports')
  for (const dir of [fileCommands, home, out, reports]) await mkdir(dir, { recursive: true })
  const files = {
    GITHUB_OUTPUT: path.join(fileCommands, 'set_output_1'),
    GITHUB_ENV: path.join(fileCommands, 'set_env_1'),
    GITHUB_PATH: path.join(fileCommands, 'add_path_1'),
    GITHUB_STATE: path.join(fileCommands, 'save_state_1'),
    GITHUB_STEP_SUMMARY: path.join(fileCommands, 'step_summary_1'),
  }
  for (const file of Object.values(files)) await writeFile(file, '')
  await writeFile(path.join(out, 'needle'), 'ghs_SealNeedle')
  const env = {
    PATH: process.env.PATH,
    RUNNER_TEMP: runnerTemp,
    HOME: home,
    HOSTILE_FILE_COMMANDS: fileCommands,
    ...files,
  }
  return { root, runnerTemp, fileCommands, home, out, reports, files, env }
}

describe('suite-isolation pid', () => {
  it('shows the suite only its own processes, hides the file commands, keeps the log read-only, and leaves no daemon alive', async ({
    skip,
  }) => {
    if (!pidAvailable) skip()
    const layout = await runnerLayout()
    const opsLog = path.join(layout.reports, OPS_LOG_FILE)
    await writeFile(opsLog, '{"earlier":"entry"}\n')
    const result = await runGate(
      {
        mode: 'paper',
        command: `sh ${fixture('hostile-suite.sh')} ${layout.out} ${opsLog}`,
        'report-dir': layout.reports,
        'require-results': 'never',
        'suite-isolation': 'pid',
      } as RawInputs,
      context(layout.env),
    )
    expect(result.run.isolation).toMatchObject({ requested: 'pid', used: 'pid', reason: null })
    // The kernel ended every process left in the namespace with the suite: none to wait for.
    expect(liveDaemons()).toEqual([])

    const seen = (await readFile(path.join(layout.out, 'seen-pids'), 'utf8')).trim().split('\n')
    expect(seen).toContain('1')
    expect(seen).not.toContain(String(process.pid))
    expect(seen.length).toBeLessThan(10)
    // The file-command directory is an empty, read-only mount: nothing to list, nothing written.
    const tried = await readFile(path.join(layout.out, 'file-commands'), 'utf8')
    expect(tried).not.toMatch(/set_output|wrote/)
    for (const file of Object.values(layout.files)) expect(await readFile(file, 'utf8')).toBe('')
    expect(await readFile(opsLog, 'utf8')).toMatch(/^\{"earlier":"entry"\}\n/)
    expect(await readFile(opsLog, 'utf8')).not.toContain('forged')
    expect(result.run.outcome.status).toBe('passed')
  })

  it('kills everything the suite started when it times out, a daemon ignoring TERM included', async ({
    skip,
  }) => {
    if (!pidAvailable) skip()
    const layout = await runnerLayout()
    const script = path.join(layout.root, 'hang.sh')
    await writeFile(
      script,
      `setsid sh -c 'trap "" TERM; exec sleep 86404' </dev/null >/dev/null 2>&1 &\n( ( exec sleep 86401 ) & )\ntrap "" TERM\nsleep 86402\n`,
    )
    const started = Date.now()
    const result = await runGate(
      {
        mode: 'paper',
        command: `sh ${script}`,
        'report-dir': layout.reports,
        'timeout-seconds': '1',
        'suite-isolation': 'pid',
      } as RawInputs,
      context(layout.env),
    )
    expect(result.run.outcome.status).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(await waitFor(() => liveDaemons().length === 0, 2000)).toBe(true)
  })

  it('keeps normal suites working: loopback network, files, child processes, exit codes', async ({
    skip,
  }) => {
    if (!pidAvailable) skip()
    const layout = await runnerLayout()
    const server = http.createServer((_, res) => res.end('pong'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const script = path.join(layout.root, 'normal.mjs')
      await writeFile(
        script,
        `import { execFileSync } from 'node:child_process'
import { writeFileSync, readFileSync } from 'node:fs'
const body = await (await fetch('http://127.0.0.1:${port}/')).text()
writeFileSync(process.argv[2], body)
const child = execFileSync('sh', ['-c', 'cat "$0"; echo " from a child"', process.argv[2]]).toString()
console.log(readFileSync(process.argv[2], 'utf8'), child.trim())
process.exit(2)
`,
      )
      const written = path.join(layout.root, 'written.txt')
      const result = await runGate(
        {
          mode: 'paper',
          command: `node ${script} ${written}`,
          'report-dir': layout.reports,
          'require-results': 'never',
          'suite-isolation': 'pid',
        } as RawInputs,
        context(layout.env),
      )
      expect(result.run.isolation?.used).toBe('pid')
      expect(result.run.outcome.outputTail).toContain('pong pong from a child')
      expect(await readFile(written, 'utf8')).toBe('pong')
      expect(result.run.outcome).toMatchObject({ status: 'p1-failed', exitCode: 2 })
    } finally {
      server.close()
    }
  })
})

describe('as an unprivileged user', () => {
  it('isolates through a user namespace: the suite cannot see the gate or its token', async ({
    skip,
  }) => {
    const unprivileged = spawnSync('setpriv', [
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      '--',
      'unshare',
      '--user',
      '--map-root-user',
      'true',
    ])
    if (unprivileged.status !== 0) {
      console.warn(
        `SKIPPING: this host gives unprivileged users no user namespace (${String(unprivileged.stderr).trim()})`,
      )
      skip()
    }
    const layout = await runnerLayout()
    await chmod(layout.root, 0o777)
    for (const dir of [layout.out, layout.reports, layout.home]) await chmod(dir, 0o777)
    const token = `ghs_SealNeedle${process.pid}nobody`
    const child = spawn(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '--',
        process.execPath,
        ...CLI_ARGS,
        'run',
        '--mode',
        'live',
        '--command',
        `sh ${fixture('hostile-suite.sh')} ${layout.out}`,
        '--require-results',
        'never',
        '--report-dir',
        layout.reports,
      ],
      {
        cwd: layout.root,
        env: { PATH: process.env.PATH, HOME: layout.home, GITHUB_TOKEN: token },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, output).toBe(0)
    expect(await readFile(path.join(layout.out, 'token-hits'), 'utf8')).toBe('')
    const jsonFile = readdirSync(layout.reports).find((f) => f.endsWith('.json'))
    const json = JSON.parse(await readFile(path.join(layout.reports, jsonFile ?? ''), 'utf8'))
    expect(json.isolation).toEqual({
      requested: 'auto',
      used: 'pid',
      via: 'user-namespace',
      reason: null,
    })
    expect(liveDaemons()).toEqual([])
  })
})

describe('preflight launch under pid', () => {
  it('leaves nothing the launched command started alive once it has ended', async ({ skip }) => {
    if (!pidAvailable) skip()
    const layout = await runnerLayout()
    const app = path.join(layout.root, 'app.sh')
    await writeFile(
      app,
      `( ( exec sleep 86401 ) & )\nsetsid sleep 86402 </dev/null >/dev/null 2>&1 &\nenv -i sh -c 'exec sleep 86403' </dev/null >/dev/null 2>&1 &\nsleep 0.3\necho app started its daemons\n`,
    )
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        'launch',
        '--mode',
        'live',
        '--command',
        'node -e "process.exit(0)"',
        '--require-results',
        'never',
        '--report-dir',
        layout.reports,
        '--suite-isolation',
        'pid',
        '--yes',
        '--',
        'sh',
        app,
      ],
      { env: { PATH: process.env.PATH, HOME: layout.home }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, output).toBe(0)
    expect(output).toContain('app started its daemons')
    expect(output).toContain('Launch isolation: pid')
    expect(await waitFor(() => liveDaemons().length === 0, 2000)).toBe(true)
  })
})

describe('where pid isolation is unavailable', () => {
  const unavailable: IsolationProbe = async () => ({
    ok: false,
    reason: 'PID namespaces are not available here (forced by the test)',
  })

  it('auto falls back to none and the report, JSON and summary say why and what a suite could do', async () => {
    const layout = await runnerLayout()
    const result = await runGate(
      {
        mode: 'live',
        command: `node -e "process.exit(0)"`,
        'report-dir': layout.reports,
        'require-results': 'never',
      } as RawInputs,
      context(layout.env, { isolationProbe: unavailable }),
    )
    expect(result.run.isolation).toEqual({
      requested: 'auto',
      used: 'none',
      via: null,
      reason: 'PID namespaces are not available here (forced by the test)',
    })
    const markdown = await readFile(result.paths.markdown, 'utf8')
    const json = JSON.parse(await readFile(result.paths.json, 'utf8')) as Record<string, unknown>
    const summary = renderSummary(result.run, { reportPath: result.paths.markdown })
    for (const text of [markdown, summary]) {
      expect(text).toContain('Suite isolation: `none` (requested `auto`)')
      expect(text).toContain('forced by the test')
      expect(text).toMatch(/read their \/proc entries/)
    }
    expect(json.isolation).toEqual(result.run.isolation)
  })

  it('pid that cannot be had falls back to none too, and says so', async () => {
    const layout = await runnerLayout()
    const result = await runGate(
      {
        mode: 'live',
        command: `node -e "process.exit(0)"`,
        'report-dir': layout.reports,
        'require-results': 'never',
        'suite-isolation': 'pid',
      } as RawInputs,
      context(layout.env, { isolationProbe: unavailable }),
    )
    expect(result.run.isolation).toMatchObject({ requested: 'pid', used: 'none' })
    expect(result.run.outcome.status).toBe('passed')
  })

  it('really: with user namespaces disabled (max_user_namespaces=0), the CLI falls back to none and says why', async ({
    skip,
  }) => {
    if (!pidAvailable) skip()
    const layout = await runnerLayout()
    // A user namespace of its own where no further one may be made: the gate is root there.
    const script = `echo 0 > /proc/sys/user/max_user_namespaces && exec "$@"`
    const child = spawn(
      'unshare',
      [
        '--user',
        '--map-root-user',
        '--',
        'sh',
        '-c',
        script,
        'sh',
        process.execPath,
        ...CLI_ARGS,
        'run',
        '--mode',
        'live',
        '--command',
        'node -e "process.exit(0)"',
        '--report-dir',
        layout.reports,
        '--require-results',
        'never',
      ],
      { env: { PATH: process.env.PATH, HOME: layout.home }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code, output).toBe(0)
    const jsonFile = readdirSync(layout.reports).find((f) => f.endsWith('.json'))
    const json = JSON.parse(await readFile(path.join(layout.reports, jsonFile ?? ''), 'utf8'))
    expect(json.isolation).toMatchObject({ requested: 'auto', used: 'none' })
    expect(json.isolation.reason).toMatch(/not available here \(root: /)
  })
})
