// The tls, dns, disk, path max-age and process kinds against real local things: TLS servers
// with certificates made here, a DNS server on 127.0.0.1, the real filesystem and /proc.
import { spawn, spawnSync } from 'node:child_process'
import net, { type AddressInfo, type Socket } from 'node:net'
import { rm, statfs, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { CLI_ARGS } from './helpers/action-runner.js'
import { isAlive, waitFor } from './helpers/processes.js'
import { closedPort } from './helpers/servers.js'
import { byName, runSuiteIn } from './helpers/suite.js'
import {
  dnsServer,
  makeCertificates,
  silentDnsServer,
  tlsServer,
  type Certificates,
} from './helpers/tls-dns.js'
import { tempDir } from './helpers/temp.js'

let dir: string
const cleanups: Array<() => Promise<void> | void> = []

beforeEach(async () => {
  dir = await tempDir('preflight-kinds-')
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  await rm(dir, { recursive: true, force: true })
})

/** A TCP server that hands each connection to onSocket and destroys every one on close. */
async function rawServer(
  onSocket: (socket: Socket) => void,
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    onSocket(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

describe('tls', () => {
  let certs: Certificates
  beforeEach(() => {
    certs = makeCertificates(dir)
  })

  it('fails expired, self-signed, refused and hung servers, each for its own reason', async () => {
    const expired = await tlsServer(certs.leaf({ name: 'localhost', days: -1 }))
    const selfSigned = await tlsServer(certs.selfSigned('localhost'))
    const hung = await rawServer((socket) => socket.destroy()) // closes without a handshake
    const silent = await rawServer(() => undefined) // never answers
    cleanups.push(expired.close, selfSigned.close, hung.close, silent.close)
    const refused = await closedPort()
    const outcome = await runSuiteIn(dir, [
      { name: 'expired', kind: 'tls', host: 'localhost', port: expired.port, insecure: true },
      { name: 'self-signed', kind: 'tls', host: 'localhost', port: selfSigned.port },
      {
        name: 'self-signed insecure',
        kind: 'tls',
        host: 'localhost',
        port: selfSigned.port,
        insecure: true,
        'min-days': 300,
      },
      { name: 'refused', kind: 'tls', host: '127.0.0.1', port: refused },
      { name: 'closed', kind: 'tls', host: '127.0.0.1', port: hung.port },
      { name: 'silent', kind: 'tls', host: '127.0.0.1', port: silent.port, timeout: 0.5 },
    ])
    const c = byName(outcome.checks)
    expect(c.expired?.message).toMatch(
      /^localhost:\d+: certificate has expired; issued by Preflight Test CA, expires \d{4}-\d\d-\d\d \((1 day|under a day) ago\)$/,
    )
    expect(c['self-signed']?.message).toMatch(
      /certificate chain not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\); issued by localhost/,
    )
    expect(c['self-signed insecure']).toMatchObject({ status: 'passed' })
    expect(c['self-signed insecure']?.message).toMatch(
      /^localhost:\d+: certificate issued by localhost, expires .* \(in 36[45] days\)$/,
    )
    expect(c.refused?.message).toMatch(/ECONNREFUSED/)
    expect(c.closed?.status).toBe('failed')
    expect(c.silent?.message).toMatch(/no TLS handshake within 500 ms/)
  })

  it('verifies the chain and the name, and min-days, through the CLI trusting the test CA', () => {
    const good = certs.leaf({ name: 'localhost', days: 90 })
    const expiring = certs.leaf({ name: 'localhost', days: 5 })
    const wrongName = certs.leaf({ name: 'elsewhere.test', days: 90 })
    // The servers run in a child so the CLI (a separate process) can reach them while this
    // test waits synchronously for it.
    const script = `
      const tls = require('node:tls')
      const creds = JSON.parse(process.argv[1])
      const ports = []
      let left = creds.length
      for (const c of creds) {
        const s = tls.createServer(c, (x) => x.end())
        s.listen(0, '127.0.0.1', () => { ports.push(s.address().port); if (--left === 0) console.log(JSON.stringify(ports)) })
      }
      setTimeout(() => process.exit(0), 20000)`
    const servers = spawn(
      process.execPath,
      ['-e', script, JSON.stringify([good, expiring, wrongName])],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    cleanups.push(() => void servers.kill())
    return new Promise<void>((resolve, reject) => {
      servers.stdout.once('data', async (portsLine: Buffer) => {
        try {
          const [goodPort, expiringPort, wrongPort] = JSON.parse(portsLine.toString()) as number[]
          const suite = path.join(dir, 'tls.yml')
          await writeFile(
            suite,
            stringify({
              version: 1,
              checks: [
                { name: 'good', kind: 'tls', host: 'localhost', port: goodPort, 'min-days': 30 },
                {
                  name: 'expiring',
                  kind: 'tls',
                  host: 'localhost',
                  port: expiringPort,
                  'min-days': 14,
                },
                { name: 'wrong name', kind: 'tls', host: 'localhost', port: wrongPort },
                {
                  name: 'servername',
                  kind: 'tls',
                  host: '127.0.0.1',
                  port: wrongPort,
                  servername: 'elsewhere.test',
                },
              ].map((c) => ({ level: 'P0', ...c })),
            }),
          )
          const cli = spawnSync(
            process.execPath,
            [...CLI_ARGS, 'run', '--mode', 'live', '--suite', suite].concat([
              '--report-dir',
              path.join(dir, 'reports'),
            ]),
            {
              cwd: dir,
              encoding: 'utf8',
              env: { ...process.env, NODE_EXTRA_CA_CERTS: certs.caFile, GITHUB_ACTIONS: '' },
              timeout: 20_000,
            },
          )
          const lines = cli.stdout.split('\n')
          const line = (name: string) => lines.find((l) => l.includes(`] ${name}: `)) ?? ''
          expect(line('good')).toMatch(
            /^✓ \[P0\] good: localhost:\d+: certificate issued by Preflight Test CA, expires .* \(in (89|90) days\)/,
          )
          expect(line('expiring')).toMatch(
            /^✗ .*certificate expires in under 14 days; .*\(in 4 days\)/,
          )
          expect(line('wrong name')).toMatch(
            /^✗ .*Hostname\/IP does not match certificate's altnames: Host: localhost\. is not in the cert's altnames: DNS:elsewhere\.test/,
          )
          expect(line('servername')).toMatch(/^✓ \[P0\] servername: /)
          resolve()
        } catch (error) {
          reject(error as Error)
        }
      })
    })
  }, 30_000)
})

describe('dns', () => {
  it('resolves A, AAAA, CNAME, TXT and SRV from a given resolver, with expect', async () => {
    const server = await dnsServer({
      'app.test': [
        { name: 'app.test', type: 'A', data: '10.0.0.7' },
        { name: 'app.test', type: 'A', data: '10.0.0.8' },
        { name: 'app.test', type: 'AAAA', data: '::1' },
        { name: 'app.test', type: 'TXT', data: ['v=spf1 ', '-all'] },
      ],
      'www.test': [{ name: 'www.test', type: 'CNAME', data: 'app.test' }],
      '_db._tcp.test': [
        {
          name: '_db._tcp.test',
          type: 'SRV',
          data: { priority: 10, weight: 5, port: 5432, target: 'db.test' },
        },
      ],
    })
    const silent = await silentDnsServer()
    cleanups.push(server.close, silent.close)
    const resolver = server.address
    const outcome = await runSuiteIn(dir, [
      { name: 'a', kind: 'dns', host: 'app.test', resolver, expect: ['10.0.0.8', '10.0.0.7'] },
      { name: 'a missing', kind: 'dns', host: 'app.test', resolver, expect: ['10.0.0.9'] },
      { name: 'aaaa', kind: 'dns', host: 'app.test', type: 'AAAA', resolver, expect: ['::1'] },
      {
        name: 'cname',
        kind: 'dns',
        host: 'www.test',
        type: 'CNAME',
        resolver,
        expect: ['APP.test.'],
      },
      {
        name: 'txt',
        kind: 'dns',
        host: 'app.test',
        type: 'TXT',
        resolver,
        expect: ['v=spf1 -all'],
      },
      {
        name: 'srv',
        kind: 'dns',
        host: '_db._tcp.test',
        type: 'SRV',
        resolver,
        expect: ['10 5 5432 db.test'],
      },
      { name: 'nxdomain', kind: 'dns', host: 'nope.test', resolver },
      { name: 'silent', kind: 'dns', host: 'app.test', resolver: silent.address, timeout: 0.5 },
      { name: 'hosts file', kind: 'dns', host: 'localhost', expect: ['127.0.0.1'] },
    ])
    const c = byName(outcome.checks)
    expect(c.a).toMatchObject({ status: 'passed', message: 'A app.test → 10.0.0.7, 10.0.0.8' })
    expect(c['a missing']).toMatchObject({
      status: 'failed',
      message: 'A app.test is 10.0.0.7, 10.0.0.8; missing 10.0.0.9',
    })
    expect(c.aaaa?.status).toBe('passed')
    expect(c.cname).toMatchObject({ status: 'passed', message: 'CNAME www.test → app.test' })
    expect(c.txt?.status).toBe('passed')
    expect(c.srv).toMatchObject({
      status: 'passed',
      message: 'SRV _db._tcp.test → 10 5 5432 db.test',
    })
    expect(c.nxdomain).toMatchObject({
      status: 'failed',
      message: 'A nope.test: no such name or no records of this type',
    })
    expect(c.silent?.status).toBe('failed')
    expect(c.silent?.message).toMatch(
      /^A app\.test: (no answer within 500 ms|the DNS server did not answer)/,
    )
    expect(c['hosts file']?.status).toBe('passed')
  })
})

describe('disk and path max-age', () => {
  it('compares free space with bytes and percentages on the real filesystem', async () => {
    const info = await statfs(dir)
    const freePercent = (info.bavail / info.blocks) * 100
    const outcome = await runSuiteIn(dir, [
      { name: 'bytes ok', kind: 'disk', path: '.', 'min-free': '1KB' },
      { name: 'binary units', kind: 'disk', 'min-free': '1 MiB' },
      { name: 'too much', kind: 'disk', path: '.', 'min-free': '1000000PB' },
      {
        name: 'percent ok',
        kind: 'disk',
        path: '.',
        'min-free': `${Math.floor(freePercent) - 1}%`,
      },
      {
        name: 'percent high',
        kind: 'disk',
        path: '.',
        'min-free': `${Math.ceil(freePercent) + 1}%`,
      },
      { name: 'missing', kind: 'disk', path: 'no/such/dir', 'min-free': '1B' },
    ])
    const c = byName(outcome.checks)
    expect(c['bytes ok']?.message).toMatch(
      /^[\d.]+ \w+ free of [\d.]+ \w+ \([\d.]+%\) on the filesystem of \.$/,
    )
    expect(c['bytes ok']?.status).toBe('passed')
    expect(c['binary units']?.status).toBe('passed')
    expect(c['too much']?.message).toMatch(/; needs at least 1000000PB$/)
    expect(c['percent ok']?.status).toBe('passed')
    expect(c['percent high']?.status).toBe('failed')
    expect(c.missing?.message).toMatch(/^no\/such\/dir: ENOENT/)
  })

  it('refuses a malformed min-free when the suite loads', async () => {
    const outcome = await runSuiteIn(dir, [{ name: 'bad', kind: 'disk', 'min-free': 'lots' }])
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes[0]).toMatch(/must be bytes with a unit \(500MB, 2GiB\) or a percentage/)
  })

  it('fails a file last modified longer ago than max-age', async () => {
    await writeFile(path.join(dir, 'fresh.csv'), 'x')
    await writeFile(path.join(dir, 'stale.csv'), 'x')
    const hourAgo = new Date(Date.now() - 3600_000)
    await utimes(path.join(dir, 'stale.csv'), hourAgo, hourAgo)
    const outcome = await runSuiteIn(dir, [
      { name: 'fresh', kind: 'path', path: 'fresh.csv', type: 'file', 'max-age': 300 },
      { name: 'stale', kind: 'path', path: 'stale.csv', type: 'file', 'max-age': 300 },
    ])
    const c = byName(outcome.checks)
    expect(c.fresh).toMatchObject({ status: 'passed', message: 'fresh.csv file modified 0 s ago' })
    expect(c.stale).toMatchObject({
      status: 'failed',
      message: 'stale.csv was last modified 60 min ago, more than the 300 s allowed',
    })
  })
})

describe('process', () => {
  it('finds a running process by command-line pattern or pid file', async () => {
    const marker = `31.${process.pid}`
    const sleeper = spawn('sleep', [marker], { stdio: 'ignore' })
    cleanups.push(() => void sleeper.kill('SIGKILL'))
    await waitFor(() => sleeper.pid !== undefined && isAlive(sleeper.pid), 5000)
    await writeFile(path.join(dir, 'app.pid'), `${sleeper.pid}\n`)
    const gone = spawnSync('true')
    await writeFile(path.join(dir, 'gone.pid'), `${gone.pid}\n`)
    await writeFile(path.join(dir, 'garbage.pid'), 'not a pid')
    const outcome = await runSuiteIn(dir, [
      { name: 'pattern', kind: 'process', pattern: `^sleep ${marker.replace('.', '\\.')}$` },
      { name: 'no match', kind: 'process', pattern: '^no-such-daemon-preflight' },
      { name: 'pid file', kind: 'process', 'pid-file': 'app.pid' },
      { name: 'dead pid', kind: 'process', 'pid-file': 'gone.pid' },
      { name: 'garbage', kind: 'process', 'pid-file': 'garbage.pid' },
      { name: 'no file', kind: 'process', 'pid-file': 'missing.pid' },
    ])
    const c = byName(outcome.checks)
    expect(c.pattern).toMatchObject({ status: 'passed' })
    expect(c.pattern?.message).toBe(
      `1 process(es) match /^sleep ${marker.replace('.', '\\.')}$/ (pid ${sleeper.pid})`,
    )
    expect(c['no match']).toMatchObject({
      status: 'failed',
      message: 'no running process matches /^no-such-daemon-preflight/',
    })
    expect(c['pid file']).toMatchObject({
      status: 'passed',
      message: `process ${sleeper.pid} (from app.pid) is running`,
    })
    expect(c['dead pid']).toMatchObject({
      status: 'failed',
      message: `process ${gone.pid} (from gone.pid) is not running`,
    })
    expect(c.garbage?.message).toBe('pid file garbage.pid does not hold a process id')
    expect(c['no file']?.message).toMatch(/^pid file missing\.pid: ENOENT/)
  })

  it('needs exactly one of pattern and pid-file', async () => {
    const outcome = await runSuiteIn(dir, [{ name: 'neither', kind: 'process' }])
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes[0]).toMatch(/exactly one of "pattern" and "pid-file"/)
  })
})
