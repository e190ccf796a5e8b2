import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ARGS, REPO_ROOT } from './helpers/action-runner.js'
import { approval, environment, gitHubApi, workflowRun } from './helpers/github-api.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(REPO_ROOT, '__tests__', 'fixtures', name)
const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
  cwd: string
  stdoutBytes: number
}

/** Runs the CLI with no terminal attached, as CI and scripts do. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const cwd = await tempDir('preflight-cli-')
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stdoutBytes = 0
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => {
    stdoutBytes += c.length
    if (stdout.length < 256 * 1024) stdout += c
  })
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { code, stdout, stderr, cwd, stdoutBytes }
}

describe('preflight run', () => {
  it('prints the document console output and exits 0 when all passed', async () => {
    const run = await cli(['run', '--mode', 'paper', '--command', sample])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Step 0\/3: Running health checks\.\.\.\n/)
    expect(run.stdout).toContain('✅ Health checks passed')
    const files = await readdir(path.join(run.cwd, 'reports', 'health'))
    expect(
      files.filter((f) => /^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}\.(md|json|junit\.xml)$/.test(f)),
    ).toHaveLength(3)
  })

  it.each([
    [
      'P0',
      1,
      /P0 HEALTH CHECK FAILURE - LAUNCH ABORTED[\s\S]*To view detailed report:\n {2}reports\/health\/SMOKE_TEST_INSTITUTIONAL_/,
    ],
    ['P1', 2, /🚨 P1 HEALTH CHECK FAILURES DETECTED 🚨[\s\S]*Aborting launch for safety\./],
    ['P2', 3, /P2 warnings detected \(non-critical\) - proceeding/],
  ])('exits as the smoke test does on a %s failure (%i)', async (level, code, message) => {
    const run = await cli(['run', '--mode', 'live', '--command', sample], { SAMPLE_FAIL: level })
    expect(run.code).toBe(code)
    expect(run.stdout).toMatch(/^Step 0\/6: Running MANDATORY health checks\.\.\.\n/)
    expect(run.stdout).toMatch(message)
  })

  it('goes on and writes its report and log when its output pipe closes early (| head)', async () => {
    const cwd = await tempDir('preflight-cli-')
    // A noisy suite that ends in a P1 failure: the abort must still reach the report and the log.
    const suite = `sh -c 'node ${fixture('flood.mjs')} 4; exit 2'`
    const child = spawn(
      process.execPath,
      [...CLI_ARGS, 'run', '--mode', 'live', '--command', suite, '--require-results', 'never'],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c))
    // Read the first chunk, then close the pipe as `head` does when it has its lines.
    child.stdout.once('data', () => child.stdout.destroy())
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    clearTimeout(timer)
    expect(stderr).not.toMatch(/EPIPE/)
    expect(code).toBe(2)
    const dir = path.join(cwd, 'reports', 'health')
    const json = (await readdir(dir)).find((f) => f.endsWith('.json'))
    const report = JSON.parse(await readFile(path.join(dir, json ?? ''), 'utf8'))
    expect(report.status).toBe('p1-failed')
    expect(await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8')).toMatch(
      /"event":"HEALTH_CHECK_FAILED"/,
    )
  })

  it('refuses unknown options in one line that points at --help', async () => {
    const run = await cli(['run', '--mode', 'live', '--bogus'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^preflight run: Unknown option '--bogus'.*\n/)
    expect(run.stderr.trim().split('\n').slice(1)).toEqual([
      'Run "preflight run --help" for its options.',
    ])
  })

  it('has help for each command', async () => {
    for (const args of [['--help'], ['run', '--help'], ['launch', '--help']]) {
      const run = await cli(args)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^Usage: preflight/)
    }
  })

  // The gate's peak memory under a flood is a target in bench/ (`npm run bench -- --only flood`,
  // the bundle as the runner starts it); here: the flood is read to its end and what is kept is bounded.
  it('reads a suite that prints 100 MB to its end and keeps only a bounded tail', async () => {
    const run = await cli([
      'run',
      '--mode',
      'live',
      '--command',
      `node ${fixture('flood.mjs')} 100`,
      '--require-results',
      'never',
    ])
    expect(run.code).toBe(0)
    expect(run.stdoutBytes).toBeGreaterThan(100 * 1024 * 1024)
    const reports = await readdir(path.join(run.cwd, 'reports', 'health'))
    const json = JSON.parse(
      await readFile(
        path.join(run.cwd, 'reports', 'health', reports.find((f) => f.endsWith('.json')) ?? ''),
        'utf8',
      ),
    )
    expect(json.outputTruncated).toBe(true)
    expect(Buffer.byteLength(json.outputTail)).toBeLessThanOrEqual(64 * 1024)
  })
})

/** Runs the CLI on a pseudo-terminal (util-linux `script`), answering each prompt when it appears. */
async function cliOnTerminal(
  args: string[],
  answers: Array<[prompt: string, answer: string]>,
  env: Record<string, string> = {},
) {
  const cwd = await tempDir('preflight-tty-')
  const quoted = [process.execPath, ...CLI_ARGS, ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ')
  const child = spawn('script', ['-qec', quoted, '/dev/null'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let screen = ''
  const pending = [...answers]
  child.stdout.on('data', (c: Buffer) => {
    screen += c
    const next = pending[0]
    if (next && screen.includes(next[0])) {
      pending.shift()
      child.stdin.write(next[1] + '\n')
    }
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { code, screen }
}

describe('preflight launch', () => {
  it.runIf(existsSync('/usr/bin/script'))(
    'asks the operator to type YES on a terminal',
    async () => {
      const launch = [
        'launch',
        '--mode',
        'paper',
        '--command',
        sample,
        '--',
        'node',
        '-e',
        'console.log("LAUNCHED")',
      ]
      const yes = await cliOnTerminal(launch, [["Type 'YES' to confirm:", 'YES']])
      expect(yes.screen).toContain('LAUNCHED')
      expect(yes.code).toBe(0)
      const no = await cliOnTerminal(launch, [["Type 'YES' to confirm:", 'no']])
      expect(no.screen).toContain('Launch aborted (operator did not confirm)')
      expect(no.screen).not.toContain('LAUNCHED')
      expect(no.code).toBe(1)
    },
  )

  it('runs the launch command after a pass, with --yes', async () => {
    const run = await cli([
      'launch',
      '--mode',
      'paper',
      '--command',
      sample,
      '--yes',
      '--',
      'node',
      '-e',
      'console.log("LAUNCHED"); process.exit(5)',
    ])
    expect(run.stdout).toContain('Step 1/3: Operator confirmation...')
    expect(run.stdout).toContain('LAUNCHED')
    expect(run.code).toBe(5)
  })

  it('never prompts without a terminal and does not launch unconfirmed', async () => {
    const run = await cli([
      'launch',
      '--mode',
      'live',
      '--command',
      sample,
      '--',
      'node',
      '-e',
      'console.log("LAUNCHED")',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/needs a terminal; pass --yes/)
    expect(run.stdout).not.toContain('LAUNCHED')
  })

  it('launches past a P1 failure only with a verified approval, after ENTER and YES', async () => {
    const api = await gitHubApi({
      environments: { 'paper-override': environment('paper-override') },
      runs: { 4242: workflowRun(4242, 'octocat') },
      approvals: { 4242: [approval('team-lead', 'approved', ['paper-override'], 'fine')] },
    })
    try {
      const env = {
        SAMPLE_FAIL: 'P1',
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'acme/rocket',
        GITHUB_RUN_ID: '4242',
        GITHUB_TOKEN: 'ghs_test',
      }
      const args = [
        'launch',
        '--mode',
        'paper',
        '--subset',
        'full',
        '--command',
        sample,
        '--force-start',
        '--approval-environment',
        'paper-override',
        '--',
        'node',
        '-e',
        'console.log("LAUNCHED")',
      ]
      const run = await cliOnTerminal(
        args,
        [
          ['Press ENTER to acknowledge and continue...', ''],
          ["Type 'YES' to confirm:", 'YES'],
        ],
        env,
      )
      expect(run.screen).toContain('FORCE START ENABLED - PROCEEDING WITH P1 FAILURES')
      expect(run.screen).toContain('LAUNCHED')
      expect(run.code).toBe(0)
      api.state.approvals[4242] = []
      const refused = await cli([...args.slice(0, -4), '--yes', ...args.slice(-4)], env)
      expect(refused.stdout).toContain('Launch aborted')
      expect(refused.stdout).not.toContain('LAUNCHED')
      expect(refused.code).toBe(2)
    } finally {
      await api.close()
    }
  })

  it('never launches after an abort, even with --yes and --force-start', async () => {
    const run = await cli(
      [
        'launch',
        '--mode',
        'live',
        '--command',
        sample,
        '--force-start',
        '--impact',
        'none expected',
        '--mitigation',
        'watch the first hour',
        '--yes',
        '--',
        'node',
        '-e',
        'console.log("LAUNCHED")',
      ],
      { SAMPLE_FAIL: 'P1' },
    )
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Launch aborted')
    expect(run.stdout).not.toContain('LAUNCHED')
  })
})

describe('Ctrl-C', () => {
  it('stops the suite within a second, writes the report and logs GATE_CANCELLED', async () => {
    const dir = await tempDir('preflight-cli-cancel-')
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        'run',
        '--mode',
        'live',
        '--command',
        `node ${fixture('hang.mjs')}`,
        '--report-dir',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c))
    const deadline = Date.now() + 10_000
    while (!stdout.includes('started') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25))
    }
    const interrupted = Date.now()
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(Date.now() - interrupted).toBeLessThan(1500)
    expect([1, 130]).toContain(code)
    const files = await readdir(dir)
    const markdown = files.find((f) => f.endsWith('.md')) ?? ''
    expect(await readFile(path.join(dir, markdown), 'utf8')).toContain(
      'cancelled while the suite ran',
    )
    expect(await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8')).toContain(
      '"event":"GATE_CANCELLED"',
    )
  })
})
