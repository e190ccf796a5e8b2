// The built-in suite against a hostile or careless suite author: regex bombs in every pattern
// field, slow and endless HTTP bodies, injection through ${env:}, create outside the working
// directory, alias bombs and files that are not files. Each attack is reproduced first.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import type { CheckResult } from '../src/model.js'
import { Expander } from '../src/suite/expand.js'
import { parseSuite } from '../src/suite/load.js'
import { runSuiteFile } from '../src/suite/runner.js'
import { CLI_ARGS } from './helpers/action-runner.js'
import { httpServer } from './helpers/servers.js'
import { tempDir } from './helpers/temp.js'

let dir: string
const cleanups: Array<() => Promise<void>> = []

beforeEach(async () => {
  dir = await tempDir('preflight-hardening-')
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await rm(dir, { recursive: true, force: true })
})

async function runChecks(checks: object[], env: NodeJS.ProcessEnv = {}, timeoutMs = 20_000) {
  const file = path.join(dir, 'suite.yml')
  await writeFile(
    file,
    stringify({ version: 1, checks: checks.map((c) => ({ level: 'P0', ...c })) }),
  )
  return runSuiteFile({
    path: file,
    mode: 'live',
    subset: 'full',
    timeoutMs,
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
  })
}

function byName(checks: CheckResult[]): Record<string, CheckResult> {
  return Object.fromEntries(checks.map((c) => [c.name, c]))
}

// Catastrophic for a backtracking engine: 34 "a"s and a "!" against (a+)+$ never finishes.
const BOMB = '^(a+)+$'
const BOMB_INPUT = 'a'.repeat(34) + '!'

describe('a regex bomb cannot hold the gate, whatever field it is in', () => {
  it('command stdout/stderr, version, env, http body and JSON Schema patterns finish at once', async () => {
    const server = await httpServer((_, res) => res.end(BOMB_INPUT))
    cleanups.push(server.close)
    await writeFile(path.join(dir, 'config.json'), JSON.stringify({ name: BOMB_INPUT }))
    await writeFile(
      path.join(dir, 'schema.json'),
      JSON.stringify({
        type: 'object',
        properties: { name: { type: 'string', pattern: BOMB } },
        patternProperties: { '^(x+)+$': { type: 'number' } },
      }),
    )
    const print = `process.stdout.write(${JSON.stringify(BOMB_INPUT)}); process.stderr.write(${JSON.stringify(BOMB_INPUT)})`
    const outcome = await runChecks(
      [
        { name: 'stdout', kind: 'command', command: ['node', '-e', print], stdout: BOMB },
        { name: 'stderr', kind: 'command', command: ['node', '-e', print], stderr: BOMB },
        {
          name: 'version',
          kind: 'version',
          command: ['node', '-e', print],
          range: '>=1',
          pattern: '(a+)+$x',
        },
        { name: 'env', kind: 'env', variables: ['BOMB_VALUE'], pattern: BOMB },
        { name: 'body', kind: 'http', url: server.url, 'body-matches': BOMB },
        { name: 'config', kind: 'config', file: 'config.json', schema: 'schema.json' },
      ],
      { BOMB_VALUE: BOMB_INPUT },
    )
    const c = byName(outcome.checks)
    expect(c.stdout).toMatchObject({ status: 'failed', message: `stdout does not match /${BOMB}/` })
    expect(c.stderr).toMatchObject({ status: 'failed', message: `stderr does not match /${BOMB}/` })
    expect(c.version).toMatchObject({
      status: 'failed',
      message: 'no version found in the command output',
    })
    expect(c.env).toMatchObject({
      status: 'failed',
      message: 'value does not match the pattern: BOMB_VALUE',
    })
    expect(c.body?.message).toMatch(/^HTTP 200: body does not match/)
    expect(c.config?.message).toMatch(/does not match schema\.json: \/name must match pattern/)
  })

  it('refuses a pattern the linear-time engine cannot run, with its position, before running', () => {
    const loaded = parseSuite(
      'version: 1\nchecks:\n  - name: back\n    level: P0\n    kind: command\n    command: [echo]\n    stdout: "(a)\\\\1"\n',
      'suite.yml',
    )
    expect(loaded.ok).toBe(false)
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      expect.stringMatching(
        /^suite\.yml:7:13: is not a pattern the gate accepts \(RE2 syntax.*invalid escape sequence/,
      ),
    ])
  })

  it('a cancellation ends a retrying check: the running attempt is stopped and no other starts', async () => {
    const attempts = path.join(dir, 'attempts')
    const suite = path.join(dir, 'retrying.yml')
    await writeFile(
      suite,
      stringify({
        version: 1,
        checks: [
          {
            name: 'warming up',
            level: 'P0',
            kind: 'command',
            // Each attempt leaves a line, then fails; the check retries for a minute.
            command: ['sh', '-c', `echo attempt >> ${attempts}; sleep 0.2; exit 1`],
            until: 60,
            'retry-delay': 0.05,
          },
        ],
      }),
    )
    const controller = new AbortController()
    const running = runSuiteFile({
      path: suite,
      mode: 'live',
      subset: 'full',
      timeoutMs: 120_000,
      cwd: dir,
      env: { PATH: process.env.PATH },
      signal: controller.signal,
    })
    const deadline = Date.now() + 15_000
    while (
      Date.now() < deadline &&
      (await readFile(attempts, 'utf8').catch(() => '')).split('\n').length < 4
    )
      await new Promise((r) => setTimeout(r, 50))
    controller.abort()
    const outcome = await running
    expect(outcome.checks[0]?.message).toMatch(/^not finished: the gate was cancelled/)
    const seen = await readFile(attempts, 'utf8')
    await new Promise((r) => setTimeout(r, 600))
    expect(await readFile(attempts, 'utf8')).toBe(seen)
  }, 30_000)

  it('a SIGTERM stops the CLI within a second while a bomb is evaluated in a loop', async () => {
    const suite = path.join(dir, 'bomb.yml')
    await writeFile(
      suite,
      stringify({
        version: 1,
        checks: [
          {
            name: 'bomb',
            level: 'P0',
            kind: 'command',
            command: ['node', '-e', `process.stdout.write(${JSON.stringify(BOMB_INPUT)})`],
            stdout: BOMB,
            until: 60,
            'retry-delay': 0.05,
          },
        ],
      }),
    )
    const child = spawn(
      process.execPath,
      [
        ...CLI_ARGS,
        'run',
        '--mode',
        'live',
        '--suite',
        suite,
        '--timeout',
        '120',
        '--report-dir',
        path.join(dir, 'r'),
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: '' } },
    )
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    const exited = new Promise<number>((resolve) =>
      child.on('exit', () => resolve(performance.now())),
    )
    // Wait until the suite runs, then let the bomb be evaluated over and over for a second.
    const deadline = Date.now() + 15_000
    while (!/Running 1 check/.test(output) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
    }
    await new Promise((r) => setTimeout(r, 1000))
    expect(output).toMatch(/Running 1 check/)
    expect(child.exitCode).toBeNull()
    const sent = performance.now()
    child.kill('SIGTERM')
    const stopped = await Promise.race([
      exited,
      new Promise<number>((r) => setTimeout(() => r(NaN), 5000)),
    ])
    if (Number.isNaN(stopped)) child.kill('SIGKILL')
    expect(stopped - sent).toBeLessThan(1000)
    // Answered by the gate (the suite stopped, the cancellation logged), not the grace exit.
    expect(child.exitCode).toBe(1)
    expect(await readFile(path.join(dir, 'r', 'operational-log.jsonl'), 'utf8')).toContain(
      '"event":"GATE_CANCELLED"',
    )
  }, 30_000)
})

describe("an http check's timeout bounds the whole attempt", () => {
  it('fails a server that drips one byte a second, and one whose body never ends', async () => {
    const timers = new Set<NodeJS.Timeout>()
    const drip = await httpServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const timer = setInterval(() => res.write('x'), 1000)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
    })
    const endless = await httpServer((_, res) => {
      res.writeHead(200)
      const timer = setInterval(() => res.write('y'.repeat(256)), 5)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
    })
    cleanups.push(async () => {
      for (const t of timers) clearInterval(t)
      await Promise.all([drip.close(), endless.close()])
    })
    const started = performance.now()
    const outcome = await runChecks([
      { name: 'drip', kind: 'http', url: drip.url, timeout: 1.5 },
      { name: 'endless', kind: 'http', url: endless.url, timeout: 1.5 },
    ])
    const c = byName(outcome.checks)
    expect(c.drip).toMatchObject({ status: 'failed' })
    expect(c.drip?.message).toMatch(/no complete response within 1500 ms/)
    expect(c.endless?.message).toMatch(/no complete response within 1500 ms/)
    // Both ran side by side and ended at their 1.5 s timeout, not after 40 s of drip.
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('${env:} values are data, never syntax', () => {
  const INJECTION = `main; touch PWNED "it's" $(id) \`id\``

  it('a string command is split first: each value is exactly one argument', async () => {
    const argvFile = path.join(dir, 'argv.json')
    const outcome = await runChecks(
      [
        {
          name: 'argv',
          kind: 'command',
          command: `node -e "require('fs').writeFileSync(process.argv[1], JSON.stringify(process.argv.slice(2)))" ${argvFile} \${env:BRANCH} "pre \${env:SPACED}"`,
        },
      ],
      { BRANCH: INJECTION, SPACED: 'a  b "c"' },
    )
    expect(outcome.checks[0]).toMatchObject({ status: 'passed' })
    expect(JSON.parse(await readFile(argvFile, 'utf8'))).toEqual([INJECTION, 'pre a  b "c"'])
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false)
    // Names that do not look secret: their values stay readable in the reports.
    expect(outcome.secretValues).toEqual([])
  })

  it('a shell script gets the value through its environment, never in its text', async () => {
    const outcome = await runChecks(
      [
        {
          name: 'shell',
          kind: 'command',
          shell: true,
          command:
            'printf "%s" ${env:BRANCH} > out.txt; printf "<%s>" \'q ${env:BRANCH}\' > single.txt; printf "[%s]" "x ${env:BRANCH}"',
          stdout: '^\\[x ${env:BRANCH}\\]$',
        },
      ],
      { BRANCH: INJECTION },
    )
    expect(outcome.checks[0]).toMatchObject({ status: 'passed', message: 'exited 0' })
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe(INJECTION)
    expect(await readFile(path.join(dir, 'single.txt'), 'utf8')).toBe(`<q ${INJECTION}>`)
    expect(existsSync(path.join(dir, 'PWNED'))).toBe(false)
  })

  it('patterns match a value literally; body-contains and json values expand too', async () => {
    const server = await httpServer((_, res) =>
      res.end(JSON.stringify({ version: '1.2.3', note: 'v=1.2.3' })),
    )
    cleanups.push(server.close)
    const outcome = await runChecks(
      [
        { name: 'contains', kind: 'http', url: server.url, 'body-contains': 'v=${env:V}' },
        { name: 'matches', kind: 'http', url: server.url, 'body-matches': '"${env:V}"' },
        { name: 'literal', kind: 'http', url: server.url, 'body-matches': '"${env:DOTS}"' },
        { name: 'json', kind: 'http', url: server.url, json: { version: '${env:V}' } },
        { name: 'json wrong', kind: 'http', url: server.url, json: { version: '${env:DOTS}' } },
        {
          name: 'stdout',
          kind: 'command',
          command: ['node', '-e', 'console.log("build abc")'],
          stdout: '^build ${env:DOTS}$',
        },
      ],
      { V: '1.2.3', DOTS: 'a.c' },
    )
    const c = byName(outcome.checks)
    expect(c.contains?.status).toBe('passed')
    expect(c.matches?.status).toBe('passed')
    expect(c.literal?.status).toBe('failed')
    expect(c.json?.status).toBe('passed')
    // The message names the field as written in the suite, not the expanded value.
    expect(c['json wrong']?.message).toBe(
      'HTTP 200: JSON field version is "1.2.3", expected "${env:DOTS}"',
    )
    // "a.c" is matched literally, so "abc" does not match it.
    expect(c.stdout?.status).toBe('failed')
  })

  it('an unbalanced quote in a string command is a definition error, not a guess', async () => {
    const outcome = await runChecks([{ name: 'quote', kind: 'command', command: 'node "ok.mjs' }])
    expect(outcome.checks[0]?.message).toBe(
      'check definition: command has an unbalanced double quote; close it or use an argv array',
    )
  })
})

describe('create: true stays inside the working directory', () => {
  it('refuses a path that leaves it, directly or through a symlink', async () => {
    const work = path.join(dir, 'work')
    const outside = path.join(dir, 'outside')
    await mkdir(work)
    await mkdir(outside)
    await symlink(outside, path.join(work, 'link'))
    const file = path.join(work, 'suite.yml')
    const check = (name: string, p: string) => ({
      name,
      level: 'P2',
      kind: 'path',
      path: p,
      type: 'directory',
      create: true,
    })
    await writeFile(
      file,
      stringify({
        version: 1,
        checks: [
          check('up', '../escaped'),
          check('absolute', path.join(outside, 'abs')),
          check('link', 'link/through'),
          check('inside', 'reports/health'),
        ],
      }),
    )
    const outcome = await runSuiteFile({
      path: file,
      mode: 'live',
      subset: 'full',
      timeoutMs: 10_000,
      cwd: work,
      env: {},
    })
    const c = byName(outcome.checks)
    for (const name of ['up', 'absolute', 'link']) {
      expect(c[name]).toMatchObject({ status: 'failed' })
      expect(c[name]?.message).toMatch(/^check definition: .* is outside the working directory/)
    }
    expect(existsSync(path.join(dir, 'escaped'))).toBe(false)
    expect(existsSync(path.join(outside, 'abs'))).toBe(false)
    expect(existsSync(path.join(outside, 'through'))).toBe(false)
    expect(c.inside?.status).toBe('passed')
    expect(existsSync(path.join(work, 'reports', 'health'))).toBe(true)
  })
})

describe('a suite file that is a bomb or not a file is invalid at once', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    'version: 1',
    'checks: []',
  ].join('\n')

  it('an alias bomb is invalid with a position', async () => {
    const file = path.join(dir, 'bomb.yml')
    await writeFile(file, bomb)
    const outcome = await runSuiteFile({
      path: file,
      mode: 'live',
      subset: 'full',
      timeoutMs: 10_000,
      cwd: dir,
      env: {},
    })
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes).toEqual([
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:8: .*at most 100 alias uses`),
      ),
    ])
  })

  it('an oversized file and a FIFO are refused without being read', async () => {
    const big = path.join(dir, 'big.yml')
    await writeFile(big, 'x'.repeat(4 * 1024 * 1024 + 1))
    const fifo = path.join(dir, 'fifo.yml')
    execFileSync('mkfifo', [fifo])
    for (const [file, reason] of [
      [big, /is over 4194304 bytes/],
      [fifo, /is not a regular file/],
    ] as const) {
      const outcome = await runSuiteFile({
        path: file,
        mode: 'live',
        subset: 'full',
        timeoutMs: 10_000,
        cwd: dir,
        env: {},
      })
      expect(outcome.status).toBe('invalid')
      expect(outcome.notes[0]).toMatch(reason)
      expect(outcome.notes[0]?.startsWith(`${file}:1:1: `)).toBe(true)
    }
  })

  it('a config check on a FIFO or an alias bomb fails at once instead of hanging', async () => {
    execFileSync('mkfifo', [path.join(dir, 'config.yml')])
    await writeFile(path.join(dir, 'bomb.yml'), bomb)
    const outcome = await runChecks([
      { name: 'fifo', kind: 'config', file: 'config.yml', timeout: 30 },
      { name: 'bomb', kind: 'config', file: 'bomb.yml', timeout: 30 },
    ])
    const c = byName(outcome.checks)
    expect(c.fifo).toMatchObject({ status: 'failed', message: 'config.yml: is not a regular file' })
    expect(c.bomb?.message).toMatch(/^bomb\.yml: Excessive alias count/)
    expect(outcome.durationMs).toBeLessThan(5000)
  })

  it('`preflight validate` prints the alias-bomb error, never a stack trace', async () => {
    const file = path.join(dir, 'bomb.yml')
    await writeFile(file, bomb)
    const run = spawnSyncText(process.execPath, [...CLI_ARGS, 'validate', file])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/bomb\.yml:2:8: .*alias/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

function spawnSyncText(command: string, args: string[]) {
  try {
    const stdout = execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' })
    return { status: 0, stdout, stderr: '' }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { status: e.status, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('${env:} expansion, for any value', () => {
  it('a referenced value is always exactly one argument, or one shell word, unchanged', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), (raw) => {
        const value = raw.replace(/\0/g, '') || 'x'
        const expander = new Expander({ V_TOKEN: value })
        const command = 'node -e "1" ${env:V_TOKEN} "a ${env:V_TOKEN}" \'${env:V_TOKEN}\''
        expect(expander.argv(command, false)).toEqual([
          'node',
          '-e',
          '1',
          value,
          `a ${value}`,
          value,
        ])
        expect(expander.secrets).toEqual(new Set([value]))
      }),
      { numRuns: 500 },
    )
  })

  it('a shell script prints the value as one word whatever quotes surround the reference', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (raw) => {
        const value = raw.replace(/\0/g, '') || 'x'
        const [sh, flag, script] = new Expander({ V: value }).argv(
          'printf "%s|" ${env:V} "in ${env:V}" \'sq ${env:V}\'',
          true,
        )
        const out = execFileSync(sh as string, [flag as string, script as string], {
          env: { V: value },
          encoding: 'utf8',
        })
        expect(out).toBe(`${value}|in ${value}|sq ${value}|`)
      }),
      { numRuns: 60 },
    )
  })
})
