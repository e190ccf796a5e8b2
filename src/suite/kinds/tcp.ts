// tcp: a host accepts a connection on a port.

import net from 'node:net'
import {
  resolvePort,
  socketAttempt,
  type AttemptContext,
  type AttemptResult,
  type SpecOf,
} from '../attempt.js'

export function tcpAttempt(spec: SpecOf<'tcp'>, ctx: AttemptContext): Promise<AttemptResult> {
  const host = ctx.expand.text(spec.host)
  const port = resolvePort(spec.port, 0, ctx)
  const started = performance.now()
  const atDeadline = {
    ok: false,
    message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms`,
  }
  return socketAttempt(ctx, atDeadline, (done) => {
    const socket = net.connect({ host, port })
    socket.on('connect', () =>
      done({
        ok: true,
        message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
      }),
    )
    socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }))
    return () => socket.destroy()
  })
}
