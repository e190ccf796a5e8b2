// Hooks proved before they are needed: watch and launch --watch-interval refuse a kill switch or
// P1 hook that cannot run before the first tick, launch refuses a launch command that cannot
// start before the gate runs, and watch says at its start what it watches and what it will do.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { CLI_ARGS } from './helpers/action-runner.js'
import { waitFor } from './helpers/processes.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-hooks-')
  dirs.push(dir)
  return dir
}

/** The CLI in-process: only for runs that end before any watch starts. */
async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.on('data', (c: Buffer) => (out += c))
  stderr.on('data', (c: Buffer) => (out += c))
  const code = await main(
    args.map((a) => a.replaceAll('{dir}', cwd)),
    { stdout, stderr, stdin: new PassThrough(), env: { PATH: process.env.PATH } },
  )
  return { code, out }
}

const WATCH = ['watch', '--mode', 'paper', '--command', 'true', '--interval', '1']
const REPORTS = ['--report-dir', '{dir}/reports', '--working-directory', '{dir}']

describe('preflight watch proves its hooks before the first tick', () => {
  it('refuses a kill switch that is not there', async () => {
    const dir = await tempDir()
    const run = await cli([...WATCH, ...REPORTS, '--kill-switch', './no_such_kill_switch.sh'], dir)
    expect(run.code).toBe(1)
    expect(run.out).toMatch(
      /--kill-switch "\.\/no_such_kill_switch\.sh" is not an executable command: \.\/no_such_kill_switch\.sh does not exist/,
    )
    expect(run.out).not.toContain('Watching')
    expect(existsSync(path.join(dir, 'reports'))).toBe(false)
  })

  it('refuses a P1 hook that is not executable, and a program not on PATH', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'page.sh'), '#!/bin/sh\necho paged\n', { mode: 0o644 })
    const run = await cli(
      [...WATCH, ...REPORTS, '--on-p1', './page.sh', '--kill-switch', 'no-such-kill-switch --now'],
      dir,
    )
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/--on-p1 "\.\/page\.sh" is not an executable command: .*not executable/)
    expect(run.out).toMatch(/--kill-switch .* no-such-kill-switch is not found on PATH/)
  })

  it('finds hooks relative to the working directory and on PATH', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'kill.sh'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    // --interval is wrong on purpose: the run stops at it, after the hooks were accepted.
    const run = await cli(
      [
        ...WATCH.slice(0, -1),
        'soon',
        ...REPORTS,
        '--kill-switch',
        './kill.sh',
        '--on-p1',
        'sh -c true',
      ],
      dir,
    )
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/--interval must be a number/)
    expect(run.out).not.toMatch(/not an executable command/)
  })
})

describe('preflight launch proves what it will run before the gate runs', () => {
  const LAUNCH = ['launch', '--mode', 'paper', '--command', 'true', '--yes', ...REPORTS]

  it('refuses a supervised launch whose kill switch is not there', async () => {
    const dir = await tempDir()
    const run = await cli(
      [
        ...LAUNCH,
        '--watch-interval',
        '1',
        '--kill-switch',
        './no_such_kill_switch.sh',
        '--',
        'true',
      ],
      dir,
    )
    expect(run.code).toBe(1)
    expect(run.out).toMatch(
      /--kill-switch "\.\/no_such_kill_switch\.sh" is not an executable command/,
    )
    expect(existsSync(path.join(dir, 'reports'))).toBe(false)
  })

  it('refuses a launch command that cannot start, without running the gate', async () => {
    const dir = await tempDir()
    const run = await cli([...LAUNCH, '--', 'no-such-trading-launcher', '--capital', '1'], dir)
    expect(run.code).toBe(1)
    expect(run.out).toMatch(
      /^preflight launch: the launch command cannot be started: no-such-trading-launcher is not found on PATH\. Nothing was run\.$/m,
    )
    expect(run.out).not.toContain('Health checks passed')
    expect(existsSync(path.join(dir, 'reports'))).toBe(false)
  })
})

describe('preflight watch says what it watches', () => {
  it('prints a start banner: suite, interval, trip rule, hooks', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'kill.sh'), '#!/bin/sh\nexit 0\n', { mode: 0o755 })
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        ...WATCH,
        '--report-dir',
        path.join(dir, 'reports'),
        '--trip-after',
        '3',
        '--kill-switch',
        './kill.sh',
      ],
      { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    )
    let stdout = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c))
    const closed = new Promise((resolve) => child.on('close', resolve))
    try {
      expect(await waitFor(() => stdout.includes('Stop with Ctrl-C'), 20_000)).toBe(true)
    } finally {
      child.kill('SIGTERM')
      await closed
    }
    expect(stdout).toContain('Watching PAPER: command true (subset production), every 1 s')
    expect(stdout).toContain('Trips after 3 consecutive P0 failure(s)')
    expect(stdout).toContain('Kill switch: ./kill.sh')
    expect(stdout).toContain('On a P1 failure: none (logged only)')
  })
})
