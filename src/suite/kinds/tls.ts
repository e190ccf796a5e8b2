// tls: the server's certificate chain verifies (unless insecure), holds the expected name and
// is valid for at least min-days more.

import tls, { type PeerCertificate } from 'node:tls'
import {
  resolvePort,
  socketAttempt,
  type AttemptContext,
  type AttemptResult,
  type SpecOf,
} from '../attempt.js'

const DAY_MS = 86_400_000

export function tlsAttempt(spec: SpecOf<'tls'>, ctx: AttemptContext): Promise<AttemptResult> {
  const host = ctx.expand.text(spec.host)
  const port = resolvePort(spec.port, 443, ctx)
  const servername = spec.servername === undefined ? host : ctx.expand.text(spec.servername)
  const minDays = spec['min-days'] ?? 0
  const where = `${host}:${port}`
  const atDeadline = { ok: false, message: `${where}: no TLS handshake within ${ctx.timeoutMs} ms` }
  return socketAttempt(ctx, atDeadline, (done) => {
    // Verification is judged below, so an untrusted certificate still names its issuer and expiry.
    const socket = tls.connect({
      host,
      port,
      servername: isIp(servername) ? undefined : servername,
      rejectUnauthorized: false,
    })
    socket.on('secureConnect', () => {
      const cert = socket.getPeerCertificate()
      if (!cert || Object.keys(cert).length === 0) {
        done({ ok: false, message: `${where}: the server sent no certificate` })
        return
      }
      done(
        judge(cert, socket.authorized, socket.authorizationError, servername, minDays, spec, where),
      )
    })
    socket.on('error', (error) => done({ ok: false, message: `${where}: ${error.message}` }))
    return () => socket.destroy()
  })
}

function judge(
  cert: PeerCertificate,
  authorized: boolean,
  authorizationError: Error | null | undefined,
  servername: string,
  minDays: number,
  spec: SpecOf<'tls'>,
  where: string,
): AttemptResult {
  const expires = new Date(cert.valid_to)
  const daysLeft = (expires.getTime() - Date.now()) / DAY_MS
  const about = `issued by ${issuerName(cert)}, expires ${expires.toISOString().slice(0, 10)} (${describeDays(daysLeft)})`
  if (daysLeft <= 0) return { ok: false, message: `${where}: certificate has expired; ${about}` }
  // The name first, and even with insecure (which skips only the chain of trust): Node also
  // reports a wrong name as an authorization error.
  if (spec['check-hostname'] ?? true) {
    const mismatch = tls.checkServerIdentity(servername, cert)
    if (mismatch !== undefined) {
      return { ok: false, message: `${where}: ${mismatch.message}; ${about}` }
    }
  }
  if (!(spec.insecure ?? false)) {
    if (!authorized) {
      return {
        ok: false,
        message: `${where}: certificate chain not trusted (${String(authorizationError ?? 'unknown reason')}); ${about}`,
      }
    }
  }
  if (daysLeft < minDays) {
    return {
      ok: false,
      message: `${where}: certificate expires in under ${minDays} days; ${about}`,
    }
  }
  return { ok: true, message: `${where}: certificate ${about}` }
}

function issuerName(cert: PeerCertificate): string {
  const issuer = cert.issuer as Partial<Record<string, string | string[]>> | undefined
  const pick = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  return pick(issuer?.CN) ?? pick(issuer?.O) ?? 'an unnamed issuer'
}

function describeDays(days: number): string {
  const whole = Math.floor(Math.abs(days))
  const count = whole === 1 ? '1 day' : `${whole} days`
  if (days <= 0) return whole === 0 ? 'under a day ago' : `${count} ago`
  return whole === 0 ? 'in under a day' : `in ${count}`
}

function isIp(name: string): boolean {
  return /^[\d.]+$/.test(name) || name.includes(':')
}
