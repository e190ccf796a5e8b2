// validate = run, strictly: what run would fail on, the schema refuses at load (so validate says
// so, and run is `invalid`, a P0 abort no force-start overrides); a tls check checks the host
// name against servername even with insecure, unless check-hostname: false.
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { main } from '../src/cli/main.js'
import { parseSuite } from '../src/suite/load.js'
import { byName, runSuiteIn } from './helpers/suite.js'
import { makeCertificates, tlsServer } from './helpers/tls-dns.js'
import { tempDir } from './helpers/temp.js'

let dir: string
const cleanups: Array<() => Promise<void>> = []
beforeEach(async () => {
  dir = await tempDir('preflight-strict-')
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await rm(dir, { recursive: true, force: true })
})

function errorsOf(check: Record<string, unknown>): string[] {
  const source = JSON.stringify({ version: 1, checks: [{ name: 'c', level: 'P1', ...check }] })
  const loaded = parseSuite(source, 'suite.json')
  return loaded.ok ? [] : loaded.errors
}

describe('the suite schema refuses what run would fail on', () => {
  it.each([
    [
      { kind: 'tcp', host: 'db', port: '443x' },
      /must be a port number from 1 to 65535.*\(at checks\.0\.port\)/,
    ],
    [{ kind: 'tcp', host: 'db', port: '70000' }, /port/],
    [{ kind: 'tcp', host: 'db', port: 0 }, /port/],
    [{ kind: 'tls', host: 'db', port: '${env:PORT}x' }, /port/],
    [
      { kind: 'http', url: 'ftp://example.test/' },
      /must start with http:\/\/ or https:\/\/.*\(at checks\.0\.url\)/,
    ],
    [{ kind: 'http', url: 'https://x.test/', 'max-latency': 1e12 }, /max-latency/],
    [{ kind: 'disk', 'min-free': '150%' }, /at most 100%.*\(at checks\.0\.min-free\)/],
    [{ kind: 'path', path: '.', 'max-age': -1 }, /max-age/],
    [{ kind: 'tcp', host: 'db', port: 5432, timeout: 0 }, /timeout/],
  ])('%j', (check, error) => {
    expect(errorsOf(check).join('\n')).toMatch(error)
  })

  it.each([
    { kind: 'tcp', host: 'db', port: '5432' },
    { kind: 'tcp', host: 'db', port: '${env:DB_PORT}' },
    { kind: 'tcp', host: 'db', port: '54${env:PORT_SUFFIX}' },
    { kind: 'http', url: '${env:HEALTH_URL}' },
    { kind: 'disk', 'min-free': '10%' },
    { kind: 'tls', host: 'db', insecure: true, 'check-hostname': false },
  ])('accepts %j', (check) => {
    expect(errorsOf(check)).toEqual([])
  })

  it('makes preflight validate refuse port: "443x" with file:line:column', async () => {
    const file = path.join(dir, 'suite.yml')
    await writeFile(
      file,
      'version: 1\nchecks:\n  - name: api\n    level: P1\n    kind: tcp\n    host: db\n    port: "443x"\n',
    )
    const stderr = new PassThrough()
    const stdout = new PassThrough()
    let out = ''
    stderr.on('data', (c: Buffer) => (out += c))
    stdout.on('data', (c: Buffer) => (out += c))
    const code = await main(['validate', file], {
      stdout,
      stderr,
      stdin: new PassThrough(),
      env: { PATH: process.env.PATH },
    })
    expect(code).toBe(1)
    expect(out).toMatch(/suite\.yml:7:11: must be a port number from 1 to 65535/)
  })

  it('turns such a check into an invalid suite at run time: a P0 abort, not a P1 failure', async () => {
    const outcome = await runSuiteIn(dir, [
      { name: 'api', level: 'P1', kind: 'tcp', host: '127.0.0.1', port: '443x' },
    ])
    expect(outcome.status).toBe('invalid')
  })
})

describe('tls checks the host name even with insecure', () => {
  it('fails a localhost certificate for servername api.example.com, unless check-hostname: false', async () => {
    const certs = makeCertificates(dir)
    const server = await tlsServer(certs.leaf({ name: 'localhost', days: 90 }))
    cleanups.push(server.close)
    const tls = { kind: 'tls', host: '127.0.0.1', port: server.port, insecure: true }
    const outcome = await runSuiteIn(dir, [
      { ...tls, name: 'wrong name', servername: 'api.example.com' },
      { ...tls, name: 'name not checked', servername: 'api.example.com', 'check-hostname': false },
      { ...tls, name: 'right name', servername: 'localhost' },
    ])
    const c = byName(outcome.checks)
    expect(c['wrong name']?.status).toBe('failed')
    expect(c['wrong name']?.message).toMatch(
      /api\.example\.com.*localhost|localhost.*api\.example\.com/,
    )
    expect(c['name not checked']?.status).toBe('passed')
    expect(c['right name']?.status).toBe('passed')
  })
})
