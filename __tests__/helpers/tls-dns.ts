// Local TLS servers with certificates made by the openssl CLI, and a tiny DNS server on
// 127.0.0.1, for the tls and dns check kinds.
import { execFileSync } from 'node:child_process'
import dgram from 'node:dgram'
import { readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo, Socket } from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import dnsPacket, { type Answer } from 'dns-packet'

export interface Certificates {
  caFile: string
  ca: string
  /** PEM key and certificate of a leaf signed by the CA. */
  leaf(options: { name: string; days: number }): { key: string; cert: string }
  /** A certificate that signs itself (no CA), valid for a year. */
  selfSigned(name: string): { key: string; cert: string }
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'ignore' })
}

/** A test CA in dir; leaves for names and lifetimes (negative days: already expired). */
export function makeCertificates(dir: string): Certificates {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
    ].concat(['-days', '30', '-subj', '/CN=Preflight Test CA']),
    dir,
  )
  let serial = 0
  return {
    caFile: path.join(dir, 'ca.crt'),
    ca: readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    leaf({ name, days }) {
      const id = `leaf${serial++}`
      writeFileSync(path.join(dir, `${id}.ext`), `subjectAltName=DNS:${name}\n`)
      openssl(
        [
          'req',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          `${id}.key`,
          '-out',
          `${id}.csr`,
        ].concat(['-subj', `/CN=${name}`]),
        dir,
      )
      openssl(
        ['x509', '-req', '-in', `${id}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key'].concat([
          '-CAcreateserial',
          '-out',
          `${id}.crt`,
          '-days',
          String(days),
          '-extfile',
          `${id}.ext`,
        ]),
        dir,
      )
      return {
        key: readFileSync(path.join(dir, `${id}.key`), 'utf8'),
        cert: readFileSync(path.join(dir, `${id}.crt`), 'utf8'),
      }
    },
    selfSigned(name) {
      const id = `self${serial++}`
      openssl(
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          `${id}.key`,
        ].concat([
          '-out',
          `${id}.crt`,
          '-days',
          '365',
          '-subj',
          `/CN=${name}`,
          '-addext',
          `subjectAltName=DNS:${name}`,
        ]),
        dir,
      )
      return {
        key: readFileSync(path.join(dir, `${id}.key`), 'utf8'),
        cert: readFileSync(path.join(dir, `${id}.crt`), 'utf8'),
      }
    },
  }
}

export async function tlsServer(
  credentials: { key: string; cert: string },
  ca?: string,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = tls.createServer({ ...credentials, ...(ca && { ca }) }, (socket) => socket.end())
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Records by name and type; a name with no entry gets NXDOMAIN. */
export type Zone = Record<string, Answer[]>

export async function dnsServer(
  zone: Zone,
): Promise<{ address: string; close: () => Promise<void> }> {
  const socket = dgram.createSocket('udp4')
  socket.on('message', (message, remote) => {
    const query = dnsPacket.decode(message)
    const question = query.questions?.[0]
    if (!question) return
    const answers = (zone[question.name.toLowerCase()] ?? []).filter(
      (a) => a.type === question.type,
    )
    const known = zone[question.name.toLowerCase()] !== undefined
    const reply = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (known ? 0 : 3), // rcode 3: NXDOMAIN
      questions: [question],
      answers,
    })
    socket.send(reply, remote.port, remote.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const { port } = socket.address()
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  }
}

/** A UDP port that takes queries and never answers. */
export async function silentDnsServer(): Promise<{ address: string; close: () => Promise<void> }> {
  const socket = dgram.createSocket('udp4')
  socket.on('message', () => undefined)
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    address: `127.0.0.1:${socket.address().port}`,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  }
}
