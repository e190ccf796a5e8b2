import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import type { CheckResult } from '../src/model.js'
import { runSuiteFile } from '../src/suite/runner.js'
import { closedPort, httpServer, tcpServer } from './helpers/servers.js'
import { tempDir } from './helpers/temp.js'

let dir: string
const cleanups: Array<() => Promise<void>> = []

beforeEach(async () => {
  dir = await tempDir('preflight-suite-')
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await rm(dir, { recursive: true, force: true })
})

/** Writes a suite of the given checks (level P0 unless set) and runs it in full. */
async function runChecks(
  checks: object[],
  extra: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  const file = path.join(dir, 'suite.yml')
  await writeFile(
    file,
    stringify({ version: 1, checks: checks.map((c) => ({ level: 'P0', ...c })) }),
  )
  return runSuiteFile({
    path: file,
    mode: 'live',
    subset: 'full',
    timeoutMs: extra.timeoutMs ?? 20_000,
    cwd: dir,
    env: extra.env ?? process.env,
  })
}

function byName(checks: CheckResult[]): Record<string, CheckResult> {
  return Object.fromEntries(checks.map((c) => [c.name, c]))
}

describe('command checks', () => {
  it('checks the exit code and output patterns of a real command', async () => {
    const outcome = await runChecks([
      {
        name: 'ok',
        kind: 'command',
        command: ['node', '-e', 'console.log("ready 42")'],
        stdout: 'ready \\d+',
      },
      { name: 'exit', kind: 'command', command: 'node -e "process.exit(4)"', 'exit-code': 4 },
      { name: 'wrong exit', kind: 'command', command: ['node', '-e', 'process.exit(3)'] },
      { name: 'stderr', kind: 'command', command: 'echo oops >&2', shell: true, stderr: 'nope' },
      { name: 'missing', kind: 'command', command: ['no-such-binary-preflight'] },
    ])
    const c = byName(outcome.checks)
    expect(c.ok).toMatchObject({ status: 'passed', message: 'exited 0' })
    expect(c.exit?.status).toBe('passed')
    expect(c['wrong exit']).toMatchObject({ status: 'failed', message: 'exited 3, expected 0' })
    expect(c.stderr).toMatchObject({
      status: 'failed',
      message: 'stderr does not match /nope/',
      output: 'oops\n',
    })
    expect(c.missing?.message).toMatch(/command not found: no-such-binary-preflight/)
    expect(outcome.status).toBe('p0-failed')
    expect(outcome.exitCode).toBe(1)
  })

  it('kills a check that outlives its timeout', async () => {
    const outcome = await runChecks([
      { name: 'hang', kind: 'command', command: ['sleep', '30'], timeout: 0.3 },
    ])
    expect(outcome.checks[0]).toMatchObject({ status: 'failed', message: 'timed out after 300 ms' })
  })
})

describe('version checks', () => {
  it('compares a command version to a semver range', async () => {
    const outcome = await runChecks([
      { name: 'node new enough', kind: 'version', command: ['node', '--version'], range: '>=18' },
      {
        name: 'node too old',
        kind: 'version',
        command: ['node', '--version'],
        range: '<18',
        level: 'P2',
      },
      {
        name: 'custom pattern',
        kind: 'version',
        command: ['node', '-e', 'console.log("tool build 7 (release 3.9)")'],
        pattern: 'release (\\S+)\\)',
        range: '^3.8',
        level: 'P1',
      },
    ])
    const c = byName(outcome.checks)
    expect(c['node new enough']?.message).toMatch(/^\d+\.\d+\.\d+ satisfies >=18$/)
    expect(c['node too old']).toMatchObject({ status: 'failed' })
    expect(c['custom pattern']).toMatchObject({ status: 'passed', message: '3.9 satisfies ^3.8' })
    expect(outcome.status).toBe('p2-warned')
  })
})

describe('http checks', () => {
  it('checks status, body, JSON fields and latency against a real server', async () => {
    const server = await httpServer((req, res) => {
      if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 300)
        return
      }
      res.writeHead(req.url === '/health' ? 200 : 503, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          status: req.url === '/health' ? 'ok' : 'down',
          db: { lag: 0 },
          auth: req.headers.authorization ?? null,
        }),
      )
    })
    cleanups.push(server.close)
    const outcome = await runChecks(
      [
        {
          name: 'healthy',
          kind: 'http',
          url: '${env:BASE}/health',
          json: { status: 'ok', 'db.lag': 0 },
          'body-contains': 'ok',
        },
        {
          name: 'headers',
          kind: 'http',
          url: `${server.url}/health`,
          headers: { Authorization: 'Bearer ${env:TOKEN}' },
          json: { auth: 'Bearer t0k' },
        },
        { name: 'down', kind: 'http', url: `${server.url}/ready`, level: 'P1' },
        {
          name: 'accepts 503',
          kind: 'http',
          url: `${server.url}/ready`,
          status: [503],
          'body-matches': '"down"',
        },
        {
          name: 'wrong field',
          kind: 'http',
          url: `${server.url}/health`,
          json: { status: 'degraded' },
          level: 'P1',
        },
        {
          name: 'too slow',
          kind: 'http',
          url: `${server.url}/slow`,
          'max-latency': 100,
          level: 'P1',
        },
        {
          name: 'refused',
          kind: 'http',
          url: `http://127.0.0.1:${await closedPort()}/`,
          level: 'P1',
        },
      ],
      { env: { ...process.env, BASE: server.url, TOKEN: 't0k' } },
    )
    const c = byName(outcome.checks)
    expect(c.healthy).toMatchObject({ status: 'passed' })
    expect(c.headers).toMatchObject({ status: 'passed' })
    expect(c.down?.message).toMatch(/^HTTP 503, expected 2xx/)
    expect(c['accepts 503']?.status).toBe('passed')
    expect(c['wrong field']?.message).toBe(
      'HTTP 200: JSON field status is "ok", expected "degraded"',
    )
    expect(c['too slow']?.message).toMatch(/over the 100 ms limit/)
    expect(c.refused?.message).toMatch(/ECONNREFUSED/)
    expect(outcome.status).toBe('p1-failed')
  })

  it.runIf(existsSync('/usr/bin/openssl'))(
    'verifies TLS by default, and skips it only when told',
    async () => {
      const key = path.join(dir, 'key.pem')
      const cert = path.join(dir, 'cert.pem')
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { stdio: 'ignore' },
      )
      const server = https.createServer(
        { key: await readFile(key), cert: await readFile(cert) },
        (_req, res) => res.end('ok'),
      )
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      cleanups.push(() => new Promise((resolve) => server.close(() => resolve())))
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`
      const outcome = await runChecks([
        { name: 'verified', kind: 'http', url, level: 'P1' },
        { name: 'insecure', kind: 'http', url, insecure: true },
      ])
      const c = byName(outcome.checks)
      expect(c.verified).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/self[- ]signed certificate/),
      })
      expect(c.insecure?.status).toBe('passed')
    },
  )

  it('retries a server that becomes healthy late', async () => {
    let calls = 0
    const server = await httpServer((req, res) => {
      if (req.url === '/') calls++
      res.writeHead(req.url === '/' && calls >= 4 ? 200 : 503)
      res.end()
    })
    cleanups.push(server.close)
    const outcome = await runChecks([
      { name: 'warming up', kind: 'http', url: `${server.url}/`, retries: 5, 'retry-delay': 0.05 },
      {
        name: 'gives up',
        kind: 'http',
        url: `${server.url}/x`,
        retries: 1,
        'retry-delay': 0.05,
        level: 'P2',
      },
    ])
    const c = byName(outcome.checks)
    expect(c['warming up']?.status).toBe('passed')
    expect(c['warming up']?.message).toMatch(/\(after 4 attempts\)$/)
    expect(c['gives up']).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^HTTP 503.*\(after 2 attempts\)$/),
    })
    expect(outcome.status).toBe('p2-warned')
  })

  it('keeps retrying until the "until" deadline', async () => {
    const started = Date.now()
    let calls = 0
    const server = await httpServer((_req, res) => {
      calls++
      res.writeHead(Date.now() - started > 600 ? 200 : 503)
      res.end()
    })
    cleanups.push(server.close)
    const outcome = await runChecks([
      { name: 'service', kind: 'http', url: server.url, until: 5, 'retry-delay': 0.1 },
    ])
    expect(outcome.checks[0]?.status).toBe('passed')
    expect(calls).toBeGreaterThan(1)
  })
})

describe('tcp, path, env and config checks', () => {
  it('connects to a real TCP server and reports a refused port', async () => {
    const server = await tcpServer()
    cleanups.push(server.close)
    const outcome = await runChecks(
      [
        { name: 'db', kind: 'tcp', host: '127.0.0.1', port: '${env:DB_PORT}' },
        { name: 'cache', kind: 'tcp', host: '127.0.0.1', port: await closedPort(), level: 'P1' },
      ],
      { env: { ...process.env, DB_PORT: String(server.port) } },
    )
    const c = byName(outcome.checks)
    expect(c.db?.status).toBe('passed')
    expect(c.cache?.message).toMatch(/ECONNREFUSED/)
  })

  it('checks files and directories and creates a missing directory on demand', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '')
    const outcome = await runChecks([
      {
        name: 'created',
        kind: 'path',
        path: 'reports/data',
        type: 'directory',
        create: true,
        level: 'P2',
      },
      { name: 'empty file', kind: 'path', path: 'empty.txt', 'non-empty': true, level: 'P2' },
      { name: 'not a dir', kind: 'path', path: 'empty.txt', type: 'directory', level: 'P2' },
      { name: 'absent', kind: 'path', path: 'nope.txt', level: 'P2' },
    ])
    const c = byName(outcome.checks)
    expect(c.created).toMatchObject({
      status: 'passed',
      message: 'reports/data was missing and has been created',
    })
    expect((await stat(path.join(dir, 'reports/data'))).isDirectory()).toBe(true)
    expect(c['empty file']?.message).toBe('empty.txt is empty')
    expect(c['not a dir']?.message).toBe('empty.txt is not a directory')
    expect(c.absent?.message).toBe('nope.txt does not exist')
  })

  it('checks environment variables without ever printing their values', async () => {
    const outcome = await runChecks(
      [
        { name: 'set', kind: 'env', variables: ['API_KEY'] },
        { name: 'shape', kind: 'env', variables: ['API_KEY'], pattern: '^sk-[a-z]+$', level: 'P1' },
        { name: 'unset', kind: 'env', variables: ['NOT_THERE_PREFLIGHT', 'EMPTY'], level: 'P1' },
      ],
      { env: { PATH: process.env.PATH, API_KEY: 'sk-SECRET-123', EMPTY: '' } },
    )
    const c = byName(outcome.checks)
    expect(c.set?.status).toBe('passed')
    expect(c.shape?.message).toBe('value does not match the pattern: API_KEY')
    expect(c.unset?.message).toBe('not set or empty: NOT_THERE_PREFLIGHT, EMPTY')
    // The value is handed on only for redaction, never inside a check or the output.
    expect(outcome.secretValues).toEqual(['sk-SECRET-123'])
    expect(JSON.stringify({ ...outcome, secretValues: undefined })).not.toContain('SECRET')
  })

  it('validates a config file against a JSON Schema', async () => {
    await writeFile(path.join(dir, 'good.yml'), 'risk:\n  max_position: 10\n')
    await writeFile(path.join(dir, 'bad.json'), '{"risk": {"max_position": -1}}')
    await writeFile(path.join(dir, 'broken.yml'), 'risk: [unclosed\n')
    await writeFile(
      path.join(dir, 'schema.json'),
      JSON.stringify({
        type: 'object',
        required: ['risk'],
        properties: {
          risk: { type: 'object', properties: { max_position: { type: 'integer', minimum: 1 } } },
        },
      }),
    )
    const outcome = await runChecks([
      { name: 'good', kind: 'config', file: 'good.yml', schema: 'schema.json' },
      { name: 'bad', kind: 'config', file: 'bad.json', schema: 'schema.json', level: 'P1' },
      { name: 'broken', kind: 'config', file: 'broken.yml', level: 'P1' },
    ])
    const c = byName(outcome.checks)
    expect(c.good?.status).toBe('passed')
    expect(c.bad?.message).toBe(
      'bad.json does not match schema.json: /risk/max_position must be >= 1',
    )
    expect(c.broken?.message).toMatch(/^broken\.yml: /)
  })
})

describe('scheduling', () => {
  it('skips every check downstream of a failed root, never running them', async () => {
    const marker = path.join(dir, 'ran')
    const outcome = await runChecks([
      { name: 'root', kind: 'command', command: ['node', '-e', 'process.exit(1)'] },
      {
        name: 'middle',
        kind: 'command',
        command: ['node', '-e', `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`],
        'depends-on': ['root'],
      },
      { name: 'leaf', kind: 'env', variables: ['PATH'], 'depends-on': ['middle'], level: 'P1' },
      { name: 'independent', kind: 'env', variables: ['PATH'], level: 'P2' },
    ])
    const c = byName(outcome.checks)
    expect(c.root?.status).toBe('failed')
    expect(c.middle).toMatchObject({
      status: 'skipped',
      message: 'skipped: dependency "root" did not pass',
    })
    expect(c.leaf).toMatchObject({
      status: 'skipped',
      message: 'skipped: dependency "middle" did not pass',
    })
    expect(c.independent?.status).toBe('passed')
    await expect(stat(marker)).rejects.toThrow()
  })

  it('counts a P0 check skipped behind a failed P2 check as a P0 failure', async () => {
    const outcome = await runChecks([
      { name: 'cosmetic', kind: 'path', path: 'nope', level: 'P2' },
      {
        name: 'database',
        kind: 'env',
        variables: ['PATH'],
        level: 'P0',
        'depends-on': ['cosmetic'],
      },
    ])
    expect(byName(outcome.checks).database?.status).toBe('skipped')
    expect(outcome.status).toBe('p0-failed')
    expect(outcome.notes).toEqual([
      'Check "database" (P0) did not run because a dependency did not pass; it counts as a P0 failure.',
    ])
  })

  it('runs independent checks concurrently: wall time near the longest, not the sum', async () => {
    const sleepers = Array.from({ length: 8 }, (_, i) => ({
      name: `sleep ${i}`,
      kind: 'command',
      command: ['sleep', '0.5'],
    }))
    const started = performance.now()
    const outcome = await runChecks(sleepers)
    const wall = performance.now() - started
    expect(outcome.status).toBe('passed')
    expect(wall).toBeLessThan(8 * 500 * 0.5) // far below the 4 s a sequential run takes
  })

  it('stops at the suite deadline with status timeout', async () => {
    const outcome = await runChecks(
      [
        { name: 'slow', kind: 'command', command: ['sleep', '30'], timeout: 60 },
        { name: 'after', kind: 'env', variables: ['PATH'], 'depends-on': ['slow'] },
      ],
      { timeoutMs: 500 },
    )
    expect(outcome.status).toBe('timeout')
    expect(outcome.exitCode).toBeNull()
    expect(outcome.notes[0]).toMatch(/ran past its limit of 0.5 s/)
    expect(byName(outcome.checks).slow?.message).toMatch(/^not finished before the suite deadline/)
  })
})
