import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { PassThrough } from 'node:stream'
import { finished } from 'node:stream/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SETTINGS } from '../src/evidence/settings.js'
import { commandArgv, runCommandSuite, type CommandSuiteOptions } from '../src/runner/command.js'
import { isAlive, waitFor } from './helpers/processes.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
let dir: string

beforeEach(async () => {
  dir = await tempDir('preflight-runner-')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function options(command: string, extra: Partial<CommandSuiteOptions> = {}): CommandSuiteOptions {
  return {
    command,
    mode: 'live',
    subset: 'full',
    timeoutMs: 10_000,
    cwd: dir,
    env: process.env,
    killGraceMs: 500,
    // These tests are about the process: exit codes alone decide (evidence has its own tests).
    evidence: { ...DEFAULT_EVIDENCE_SETTINGS, requireResults: 'never' },
    ...extra,
  }
}

describe('suite exit codes', () => {
  it.each([
    [0, 'passed'],
    [1, 'p0-failed'],
    [2, 'p1-failed'],
    [3, 'p2-warned'],
    [7, 'crashed'],
  ])('exit %i is %s', async (code, status) => {
    const outcome = await runCommandSuite(options(`node ${fixture('exit-with.mjs')} ${code}`))
    expect(outcome.status).toBe(status)
    expect(outcome.exitCode).toBe(code)
    expect(outcome.outputTail).toContain(`suite exiting with ${code}`)
    if (code === 7) expect(outcome.notes.join(' ')).toMatch(/outside its exit-code contract/)
  })

  it('treats a suite killed by a signal as a crash', async () => {
    const outcome = await runCommandSuite(options(`sh -c 'kill -KILL $$'`))
    expect(outcome).toMatchObject({ status: 'crashed', exitCode: null, signal: 'SIGKILL' })
    expect(outcome.notes[0]).toMatch(/signal SIGKILL/)
  })

  it('reports a program that does not exist as missing', async () => {
    const outcome = await runCommandSuite(options('no-such-program-preflight --x'))
    expect(outcome.status).toBe('missing')
    expect(outcome.notes[0]).toMatch(/command not found: no-such-program-preflight/)
  })

  it('reports a working directory that does not exist as invalid, not as a missing command', async () => {
    const outcome = await runCommandSuite(options('node -e 0', { cwd: path.join(dir, 'nope') }))
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes[0]).toMatch(/Input "working-directory" is not a directory/)
  })

  it('reports a missing smoke-test script as missing, not as the interpreter exit code', async () => {
    const outcome = await runCommandSuite(options('python3 scripts/smoke_test_institutional.py'))
    expect(outcome.status).toBe('missing')
    expect(outcome.notes[0]).toMatch(/script not found: scripts\/smoke_test_institutional\.py/)
  })
})

describe('timeouts', () => {
  it('kills the whole tree, including a grandchild that ignores TERM', async () => {
    const pidFile = path.join(dir, 'grandchild.pid')
    const outcome = await runCommandSuite(
      options(`sh ${fixture('hang-with-stubborn-grandchild.sh')} ${pidFile}`, { timeoutMs: 1000 }),
    )
    expect(outcome.status).toBe('timeout')
    expect(outcome.notes[0]).toMatch(/ran past its limit of 1 s/)
    const grandchild = Number(await readFile(pidFile, 'utf8'))
    expect(grandchild).toBeGreaterThan(0)
    expect(await waitFor(() => !isAlive(grandchild), 2000)).toBe(true)
  })
})

describe('timeouts, continued', () => {
  it('also kills a grandchild that left the process group', async () => {
    const pidFile = path.join(dir, 'escaped.pid')
    const outcome = await runCommandSuite(
      options(`sh ${fixture('hang-with-escaped-grandchild.sh')} ${pidFile}`, { timeoutMs: 1000 }),
    )
    expect(outcome.status).toBe('timeout')
    const escaped = Number(await readFile(pidFile, 'utf8'))
    expect(escaped).toBeGreaterThan(0)
    expect(await waitFor(() => !isAlive(escaped), 2000)).toBe(true)
  })
})

describe('cleanup', () => {
  it('ends a background helper the suite left in its group when it exits', async () => {
    const pidFile = path.join(dir, 'helper.pid')
    const outcome = await runCommandSuite(
      options(`sh ${fixture('leave-background-helper.sh')} ${pidFile}`),
    )
    expect(outcome.status).toBe('passed')
    const helper = Number(await readFile(pidFile, 'utf8'))
    expect(helper).toBeGreaterThan(0)
    expect(await waitFor(() => !isAlive(helper), 2000)).toBe(true)
  })
})

describe('arguments and environment', () => {
  it('appends --subset unless the subset is full, and exports PREFLIGHT_* variables', async () => {
    const paper = await runCommandSuite(
      options(`node ${fixture('print-env.mjs')} "two words" --flag='a b'`, {
        mode: 'paper',
        subset: 'production',
      }),
    )
    const seen = JSON.parse(paper.outputTail)
    expect(seen.args).toEqual(['two words', '--flag=a b', '--subset', 'production'])
    expect(seen).toMatchObject({ mode: 'paper', subset: 'production', cwd: dir })
    expect(seen.results).toMatch(/results\.json$/)

    const live = await runCommandSuite(options(`node ${fixture('print-env.mjs')}`))
    expect(JSON.parse(live.outputTail).args).toEqual([])
  })

  it.each([
    ['./suite.sh && rm -rf /', /shell operator "&&"/],
    ['node *.mjs', /glob "\*\.mjs"/],
    ['node x.mjs # comment', /comment/],
    ['', /empty/],
    ['node "ok.mjs', /unclosed double quote/],
    ["node 'ok.mjs", /unclosed single quote/],
  ])('refuses %j as invalid, since it runs without a shell', (command, message) => {
    const split = commandArgv(command, 'Input "command"')
    expect('error' in split && split.error).toMatch(message)
  })
})

it('accepts quotes that close, escaped quotes included', () => {
  expect(commandArgv(`node "a b.mjs" 'c"d' e\\"f`, 'Input "command"')).toEqual({
    argv: ['node', 'a b.mjs', 'c"d', 'e"f'],
  })
})

describe('per-check results', () => {
  it('is a crash when the results contradict the exit code', async () => {
    const outcome = await runCommandSuite(options(`node ${fixture('results-contradict.mjs')}`))
    expect(outcome.status).toBe('crashed')
    expect(outcome.exitCode).toBe(0)
    expect(outcome.checks).toEqual([
      expect.objectContaining({ name: 'Database connection', level: 'P0', status: 'failed' }),
    ])
    expect(outcome.notes[0]).toMatch(/exited 0 \(all passed\) but its results show 1 failed check/)
  })

  it('fails closed on malformed results, saying what is wrong', async () => {
    const outcome = await runCommandSuite(options(`node ${fixture('results-malformed.mjs')}`))
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes.join(' ')).toMatch(
      /Results file PREFLIGHT_RESULTS:1: field "0.level" must be P0, P1 or P2/,
    )
  })
})

describe('untrusted output', () => {
  it('keeps only a bounded tail of a flood and caps the output log', async () => {
    const echo = new PassThrough()
    let echoed = 0
    echo.on('data', (c: Buffer) => (echoed += c.length))
    const logPath = path.join(dir, 'out.log')
    const outcome = await runCommandSuite(
      options(`node ${fixture('flood.mjs')} 100`, {
        echo,
        outputLogPath: logPath,
        maxLogBytes: 1024 * 1024,
        tailBytes: 64 * 1024,
      }),
    )
    expect(outcome.status).toBe('passed')
    expect(outcome.outputTruncated).toBe(true)
    expect(Buffer.byteLength(outcome.outputTail)).toBeLessThanOrEqual(64 * 1024)
    expect(outcome.outputTail).toMatch(/END OF FLOOD\n$/)
    expect(echoed).toBeGreaterThan(100 * 1024 * 1024)
    const log = await readFile(logPath, 'utf8')
    expect(log.length).toBeLessThan(1024 * 1024 + 1024)
    expect(log).toMatch(/output log cut here after 1048576 bytes/)
  })

  it('holds the output while the slow log is full, even when the echo has drained', async () => {
    const { runProcess } = await import('../src/runner/process.js')
    const { Writable } = await import('node:stream')
    let mostDrainListeners = 0
    let logged = 0
    // A log on a slow disk: every write takes a timer tick; the echo takes everything at once.
    const log = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.length
        mostDrainListeners = Math.max(mostDrainListeners, log.listenerCount('drain'))
        setTimeout(done, 1)
      },
    })
    const echo = new PassThrough()
    echo.resume()
    const warnings: Error[] = []
    const onWarning = (w: Error) => warnings.push(w)
    process.on('warning', onWarning)
    try {
      const result = await runProcess({
        argv: ['node', fixture('flood.mjs'), '4'],
        cwd: dir,
        env: process.env,
        timeoutMs: 30_000,
        killGraceMs: 500,
        echo,
        log: { stream: log, maxBytes: 64 * 1024 * 1024 },
        tailBytes: 1024,
      })
      expect(result.end).toEqual({ kind: 'exited', exitCode: 0 })
      log.end()
      await finished(log)
    } finally {
      process.off('warning', onWarning)
    }
    expect(logged).toBe(4 * 1024 * 1024 + 'END OF FLOOD\n'.length)
    // One waiting listener per output stream (stdout, stderr), never one per chunk.
    expect(mostDrainListeners).toBeLessThanOrEqual(2)
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning')
  })

  it('goes on when a sink it waits on is destroyed instead of draining', async () => {
    const { runProcess } = await import('../src/runner/process.js')
    const { Writable } = await import('node:stream')
    let logged = 0
    const log = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.length
        setTimeout(done, 1)
      },
    })
    // An echo that breaks after a few writes (a closed terminal): it never emits 'drain'.
    let echoed = 0
    const echo = new Writable({
      highWaterMark: 1024,
      write(_chunk: Buffer, _encoding, done) {
        if (++echoed === 3) echo.destroy()
        else setTimeout(done, 1)
      },
    })
    echo.on('error', () => {})
    const result = await runProcess({
      argv: ['node', fixture('flood.mjs'), '2'],
      cwd: dir,
      env: process.env,
      timeoutMs: 10_000,
      killGraceMs: 500,
      echo,
      log: { stream: log, maxBytes: 64 * 1024 * 1024 },
      tailBytes: 1024,
    })
    log.end()
    await finished(log)
    expect(result.end).toEqual({ kind: 'exited', exitCode: 0 })
    expect(logged).toBe(2 * 1024 * 1024 + 'END OF FLOOD\n'.length)
  })

  it('passes on whole characters, even when stderr comes between the halves of one', async () => {
    const { runProcess } = await import('../src/runner/process.js')
    const { Redactor } = await import('../src/redact.js')
    const secret = 'sécret-välue-1234'
    const echo = new Redactor([secret]).stream()
    const echoed: string[] = []
    echo.on('data', (c: Buffer | string) => echoed.push(c.toString()))
    const log = new PassThrough()
    const logged: Buffer[] = []
    log.on('data', (c: Buffer) => logged.push(c))
    await runProcess({
      argv: ['node', fixture('split-character.mjs')],
      cwd: dir,
      env: process.env,
      timeoutMs: 10_000,
      killGraceMs: 500,
      echo,
      log: { stream: log, maxBytes: 1024 * 1024 },
      tailBytes: 1024,
    })
    await new Promise<void>((resolve) => echo.end(resolve))
    expect(echoed.join('')).toBe('warming up\nlogin with ***\n')
    expect(Buffer.concat(logged).toString('utf8')).toContain(`login with ${secret}\n`)
  })

  it('still passes on the line a suite had begun when it was stopped', async () => {
    const { runProcess } = await import('../src/runner/process.js')
    const echo = new PassThrough()
    const echoed: Buffer[] = []
    echo.on('data', (c: Buffer) => echoed.push(c))
    const result = await runProcess({
      argv: ['sh', '-c', 'printf "connected\\nwaiting for the database"; sleep 30'],
      cwd: dir,
      env: process.env,
      timeoutMs: 500,
      killGraceMs: 200,
      echo,
      tailBytes: 1024,
    })
    expect(result.end).toEqual({ kind: 'timeout' })
    expect(result.tail).toBe('connected\nwaiting for the database')
    expect(Buffer.concat(echoed).toString()).toBe('connected\nwaiting for the database')
  })

  it('counts the bytes that begin an unfinished UTF-8 character, wherever a chunk ends', async () => {
    const { incompleteCharacterBytes } = await import('../src/runner/process.js')
    // Text without U+FFFD of its own, so one in the output can only come from a cut character.
    const texts = fc.string({ unit: 'grapheme' }).filter((t) => !t.includes('\ufffd'))
    fc.assert(
      fc.property(texts, fc.nat(), (text, at) => {
        const bytes = Buffer.from(text)
        const head = bytes.subarray(0, bytes.length === 0 ? 0 : at % (bytes.length + 1))
        const whole = head.subarray(0, head.length - incompleteCharacterBytes(head)).toString()
        expect(whole).not.toContain('\ufffd')
        expect(text.startsWith(whole)).toBe(true)
        expect(Buffer.byteLength(whole)).toBeGreaterThan(head.length - 4)
      }),
      { numRuns: 1000 },
    )
  })

  it('strips ANSI escapes from what it keeps', async () => {
    const outcome = await runCommandSuite(options(`node ${fixture('hostile.mjs')}`))
    expect(outcome.status).toBe('p1-failed')
    expect(outcome.outputTail).toContain('red text')
    expect(outcome.outputTail).not.toContain('\u001b')
  })
})
