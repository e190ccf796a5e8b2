// Local targets for the per-kind cost benchmark (bench/run.mjs kinds): a TLS server with an
// openssl-made certificate, a DNS server, a file, a process, a Prometheus API stand-in and, when
// the system has it, a real PostgreSQL. Everything listens on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process'
import dgram from 'node:dgram'
import { chownSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import dnsPacket from 'dns-packet'

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))

async function freePort() {
  const server = net.createServer()
  const port = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  return port
}

function postgresBin() {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const version = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))[0]
  return version === undefined ? null : path.join(root, version, 'bin')
}

/** A throwaway PostgreSQL (trust authentication, 127.0.0.1 only), run unprivileged under root. */
async function startPostgres(bin, work) {
  const dir = path.join(work, 'pg')
  execFileSync('mkdir', ['-p', dir])
  // Started directly as the postgres account (not through runuser), so signals reach it.
  const asRoot = process.getuid?.() === 0
  const as = {}
  if (asRoot) {
    execFileSync('chmod', ['755', work, dir])
    as.uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    as.gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dir, as.uid, as.gid)
  }
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', path.join(dir, 'data'), '-U', 'gate', '--auth=trust', '--no-sync'],
    { stdio: 'ignore', cwd: dir, ...as },
  )
  const port = await freePort()
  const server = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      path.join(dir, 'data'),
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '-k',
      dir,
      '-c',
      'fsync=off',
    ],
    { stdio: 'ignore', cwd: dir, ...as },
  )
  const deadline = Date.now() + 20_000
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.on('connect', () => (socket.destroy(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (ok) break
    if (Date.now() > deadline) throw new Error('PostgreSQL did not start within 20 s')
    await new Promise((r) => setTimeout(r, 100))
  }
  await new Promise((r) => setTimeout(r, 500)) // past "starting up"
  return {
    url: `postgres://gate@127.0.0.1:${port}/postgres`,
    stop: () =>
      new Promise((resolve) => {
        server.once('exit', resolve)
        server.kill('SIGINT')
      }),
  }
}

export async function startKindTargets(work) {
  const closers = []
  // TLS: a self-signed EC certificate, checked with insecure: true (expiry still judged).
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'].concat([
      '-keyout',
      'tls.key',
      '-out',
      'tls.crt',
      '-days',
      '365',
      '-subj',
      '/CN=localhost',
    ]),
    { cwd: work, stdio: 'ignore' },
  )
  const tlsServer = tls.createServer(
    {
      key: readFileSync(path.join(work, 'tls.key')),
      cert: readFileSync(path.join(work, 'tls.crt')),
    },
    (socket) => socket.end(),
  )
  tlsServer.on('tlsClientError', () => undefined)
  const tlsPort = await listen(tlsServer)
  closers.push(() => tlsServer.close())

  const dns = dgram.createSocket('udp4')
  dns.on('message', (message, remote) => {
    const query = dnsPacket.decode(message)
    const reply = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER,
      questions: query.questions,
      answers: [{ name: query.questions[0].name, type: 'A', data: '10.0.0.7' }],
    })
    dns.send(reply, remote.port, remote.address)
  })
  await new Promise((resolve) => dns.bind(0, '127.0.0.1', resolve))
  const resolver = `127.0.0.1:${dns.address().port}`
  closers.push(() => dns.close())

  const file = path.join(work, 'quotes.csv')
  writeFileSync(file, 'ts,bid,ask\n')

  const marker = `3600.${process.pid}`
  const sleeper = spawn('sleep', [marker], { stdio: 'ignore' })
  closers.push(() => sleeper.kill('SIGKILL'))

  const prometheus = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: { job: 'app' }, value: [0, '0.01'] }] },
      }),
    )
  })
  const promPort = await listen(prometheus)
  closers.push(() => prometheus.close())

  const kinds = [
    [
      'tls',
      () => ({ kind: 'tls', host: '127.0.0.1', port: tlsPort, insecure: true, 'min-days': 30 }),
      'local TLS server',
    ],
    [
      'dns',
      () => ({ kind: 'dns', host: 'app.test', resolver, expect: ['10.0.0.7'] }),
      'local DNS server',
    ],
    ['disk', () => ({ kind: 'disk', path: work, 'min-free': '1MB' })],
    ['path max-age', () => ({ kind: 'path', path: file, 'max-age': 3600 })],
    [
      'process',
      () => ({ kind: 'process', pattern: `^sleep ${marker.replace('.', '\\.')}$` }),
      'one /proc read shared by the checks of each 250 ms',
    ],
    [
      'prometheus',
      () => ({
        kind: 'prometheus',
        url: `http://127.0.0.1:${promPort}`,
        query: 'up',
        condition: '< 0.05',
      }),
      'a Prometheus API stand-in answering at once',
    ],
  ]
  const bin = postgresBin()
  if (bin) {
    const pg = await startPostgres(bin, work)
    closers.push(() => pg.stop())
    kinds.push([
      'postgres',
      () => ({ kind: 'postgres', url: pg.url }),
      'real PostgreSQL, a connection per check',
    ])
  } else {
    process.stderr.write(
      'bench: PostgreSQL not installed (apt-get install postgresql): postgres row skipped\n',
    )
  }
  return {
    kinds,
    env: {},
    close: async () => {
      for (const close of closers) await close()
    },
  }
}
