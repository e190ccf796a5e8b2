// Flaky checks made visible (attempts, "after N attempts", flaky: fail, JUnit rerun elements),
// the two concurrency pools, and `preflight validate` saying what `run` will say.
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { GateRun } from '../src/model.js'
import { renderJunitReport } from '../src/report/junit.js'
import { httpServer } from './helpers/servers.js'
import { byName, runSuiteIn } from './helpers/suite.js'
import type { CliIo } from '../src/cli/io.js'
import { tempDir } from './helpers/temp.js'

let dir: string
const cleanups: Array<() => Promise<void>> = []
beforeEach(async () => {
  dir = await tempDir('preflight-flaky-')
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await rm(dir, { recursive: true, force: true })
})

/** A server that answers 503 to the first `failures` requests of each path, then 200. */
async function warmingServer(failures: number) {
  const seen = new Map<string, number>()
  const server = await httpServer((req, res) => {
    const count = (seen.get(req.url ?? '') ?? 0) + 1
    seen.set(req.url ?? '', count)
    res.statusCode = count <= failures ? 503 : 200
    res.end()
  })
  cleanups.push(server.close)
  return server
}

describe('flaky checks are visible', () => {
  it('a pass after retries carries attempts and says so; flaky: fail fails it at its level', async () => {
    const server = await warmingServer(2)
    const retry = { retries: 3, 'retry-delay': 0.02 }
    const outcome = await runSuiteIn(dir, [
      { name: 'steady', kind: 'http', url: `${server.url}/steady`, status: [200, 503] },
      { name: 'flaky', kind: 'http', url: `${server.url}/a`, ...retry },
      {
        name: 'strict',
        level: 'P1',
        kind: 'http',
        url: `${server.url}/b`,
        flaky: 'fail',
        ...retry,
      },
      {
        name: 'broken',
        level: 'P2',
        kind: 'http',
        url: `${server.url}/c`,
        retries: 1,
        'retry-delay': 0.02,
        status: 418,
      },
    ])
    const c = byName(outcome.checks)
    expect(c.steady).toMatchObject({ status: 'passed' })
    expect(c.steady).not.toHaveProperty('attempts')
    expect(c.flaky).toMatchObject({ status: 'passed', attempts: 3 })
    expect(c.flaky?.message).toMatch(/^HTTP 200 in \d+ ms \(after 3 attempts\)$/)
    expect(c.strict).toMatchObject({ status: 'failed', attempts: 3 })
    expect(c.strict?.message).toMatch(
      /^flaky: passed only after 3 attempts \(flaky: fail\): HTTP 200/,
    )
    expect(c.broken).toMatchObject({ status: 'failed', attempts: 2 })
    expect(c.broken?.message).toMatch(/\(after 2 attempts\)$/)
    expect(outcome.status).toBe('p1-failed')

    // JUnit: Surefire's rerun elements, which CI tools show as flaky / rerun.
    const xml = renderJunitReport({
      mode: 'live',
      startedAt: new Date(0),
      outcome,
    } as GateRun)
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml)
    const cases = parsed.testsuites.testsuite.testcase as Array<Record<string, unknown>>
    const junit = Object.fromEntries(cases.map((t) => [t['@name'], t]))
    expect(junit.flaky?.flakyFailure).toEqual([
      { '@message': 'failed 2 time(s), passed on attempt 3', '@type': 'retry' },
      { '@message': 'failed 2 time(s), passed on attempt 3', '@type': 'retry' },
    ])
    expect(junit.flaky).not.toHaveProperty('failure')
    expect(junit.broken?.rerunFailure).toEqual({
      '@message': 'failed all 2 attempts',
      '@type': 'retry',
    })
    expect(junit.steady).not.toHaveProperty('flakyFailure')
  })

  it('suite-wide flaky: fail applies to every check that does not say otherwise', async () => {
    const server = await warmingServer(1)
    const retry = { retries: 2, 'retry-delay': 0.02 }
    const outcome = await runSuiteIn(
      dir,
      [
        { name: 'strict', kind: 'http', url: `${server.url}/a`, ...retry },
        { name: 'tolerated', kind: 'http', url: `${server.url}/b`, flaky: 'pass', ...retry },
      ],
      { suite: { flaky: 'fail' } },
    )
    const c = byName(outcome.checks)
    expect(c.strict).toMatchObject({ status: 'failed', attempts: 2 })
    expect(c.tolerated).toMatchObject({ status: 'passed', attempts: 2 })
    expect(outcome.status).toBe('p0-failed')
  })
})

describe('network checks and process checks have separate pools', () => {
  /** A server that holds each request 300 ms and records the most it held at once. */
  async function latencyServer() {
    let inFlight = 0
    const peak = { network: 0, process: 0 }
    const current = { network: 0, process: 0 }
    const server = await httpServer((req, res) => {
      const pool = req.url?.startsWith('/process') ? 'process' : 'network'
      current[pool]++
      inFlight++
      peak[pool] = Math.max(peak[pool], current[pool])
      setTimeout(() => {
        current[pool]--
        inFlight--
        res.end('ok')
      }, 300)
    })
    cleanups.push(server.close)
    return { ...server, peak, inFlight: () => inFlight }
  }

  it('17 network checks run in one wave by default, beside a process pool of its own size', async () => {
    const server = await latencyServer()
    const network = Array.from({ length: 17 }, (_, i) => ({
      name: `service ${i}`,
      kind: 'http',
      url: `${server.url}/network/${i}`,
    }))
    const processes = Array.from({ length: 6 }, (_, i) => ({
      name: `process ${i}`,
      kind: 'command',
      command: [
        'node',
        '-e',
        `await fetch(${JSON.stringify(`${server.url}/process/${i}`)})`,
        '--input-type=module',
      ],
    }))
    const outcome = await runSuiteIn(dir, [...processes, ...network], { suite: { concurrency: 2 } })
    expect(outcome.status).toBe('passed')
    expect(server.peak.network).toBe(17)
    expect(server.peak.process).toBeLessThanOrEqual(2)
    expect(server.peak.process).toBeGreaterThanOrEqual(1)
  })

  it('network-concurrency bounds the network pool', async () => {
    const server = await latencyServer()
    const network = Array.from({ length: 12 }, (_, i) => ({
      name: `service ${i}`,
      kind: 'http',
      url: `${server.url}/network/${i}`,
    }))
    const outcome = await runSuiteIn(dir, network, { suite: { 'network-concurrency': 4 } })
    expect(outcome.status).toBe('passed')
    expect(server.peak.network).toBe(4)
  })
})

describe('`preflight validate` says what `run` will say', () => {
  function io() {
    let stdout = ''
    let stderr = ''
    const sink = (append: (s: string) => void) =>
      ({
        write: (chunk: string) => (append(String(chunk)), true),
      }) as unknown as NodeJS.WritableStream
    const cliIo: CliIo = {
      stdout: sink((s) => (stdout += s)),
      stderr: sink((s) => (stderr += s)),
      stdin: process.stdin,
      env: {},
    }
    return { cliIo, out: () => stdout, err: () => stderr }
  }

  async function validate(name: string, content: string, ...options: string[]) {
    const file = path.join(dir, name)
    await writeFile(file, content)
    const { cliIo, out, err } = io()
    const code = await main(['validate', file, ...options], cliIo)
    return { code, stdout: out(), stderr: err(), file }
  }

  it('reports schema, duplicate and dependency errors at once, each with file:line:column', async () => {
    const result = await validate(
      'suite.yml',
      [
        'version: 1',
        'checks:',
        '  - name: a',
        '    level: P0',
        '    kind: tcp',
        '    host: h',
        '    port: 70000',
        '  - name: a',
        '    level: P0',
        '    kind: env',
        '    variables: [X]',
        '    depends-on: [ghost]',
        '',
      ].join('\n'),
    )
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(new RegExp(`^${escape(result.file)}:7:11: .*in check "a"`))
    expect(lines[1]).toMatch(new RegExp(`^${escape(result.file)}:8:11: duplicate check name "a"`))
    expect(lines[2]).toMatch(
      new RegExp(`^${escape(result.file)}:12:18: check "a" depends on "ghost"`),
    )
  })

  it('checks every mode by default, or the one given, and a subset', async () => {
    const suite = [
      'version: 1',
      'checks:',
      '  - name: path',
      '    level: P0',
      '    kind: env',
      '    variables: [PATH]',
      '',
    ].join('\n')
    const all = await validate('suite.yml', suite)
    expect(all.code).toBe(1)
    expect(all.stderr).toMatch(
      /suite\.yml:2:1: no check is in subset "production".* \(mode paper\)\n$/,
    )
    expect((await validate('suite.yml', suite, '--mode', 'live')).code).toBe(0)
    const subset = await validate('suite.yml', suite, '--mode', 'live', '--subset', 'smoke')
    expect(subset.stderr).toMatch(/no check is in subset "smoke"/)
    const empty = await validate('empty.yml', 'version: 1\nchecks: []\n', '--mode', 'live')
    expect(empty.stderr).toMatch(/empty\.yml:2:1: the suite has no checks/)
    expect((await validate('suite.yml', suite, '--mode', 'demo')).code).toBe(1)
  })

  it('parses a .json suite as strict JSON', async () => {
    const result = await validate(
      'suite.json',
      '{\n  "version": 1,\n  "checks": [\n    {"name": "p", "level": "P0", "kind": "env", "variables": ["PATH"]},\n  ]\n}\n',
      '--mode',
      'live',
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^${escape(result.file)}:5:3: not valid JSON: unexpected "]" here; a \\.json suite is parsed as strict JSON`,
      ),
    )
    const ok = await validate(
      'ok.json',
      JSON.stringify({
        version: 1,
        checks: [{ name: 'p', level: 'P0', kind: 'env', variables: ['PATH'] }],
      }),
      '--mode',
      'live',
    )
    expect(ok).toMatchObject({ code: 0, stdout: `${ok.file}: valid\n` })
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
