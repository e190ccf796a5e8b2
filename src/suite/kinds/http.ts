// http: a request gets the expected status, body and JSON fields within the latency limit.

import http from 'node:http'
import { CheckDefinitionError } from '../expand.js'
import {
  OUTPUT_TAIL_BYTES,
  socketAttempt,
  type AttemptContext,
  type AttemptResult,
  type SpecOf,
} from '../attempt.js'
import { compilePattern, type UserPattern } from '../pattern.js'

const MAX_HTTP_BODY_BYTES = 1024 * 1024

/** What an http check compares the response with, ${env:} already expanded. */
interface HttpExpectations {
  bodyContains: string | null
  bodyMatches: UserPattern | null
  json: Array<[string, string | number | boolean | null]>
}

export async function httpAttempt(
  spec: SpecOf<'http'>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const url = new URL(ctx.expand.text(spec.url))
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CheckDefinitionError(`url must be http:// or https://, got ${url.protocol}`)
  }
  const headers = Object.fromEntries(
    Object.entries(spec.headers ?? {}).map(([k, v]) => [k, ctx.expand.text(v)]),
  )
  const body = spec.body === undefined ? undefined : ctx.expand.text(spec.body)
  const expectations: HttpExpectations = {
    bodyContains:
      spec['body-contains'] === undefined ? null : ctx.expand.text(spec['body-contains']),
    bodyMatches:
      spec['body-matches'] === undefined
        ? null
        : compilePattern(ctx.expand.pattern(spec['body-matches']), { multiline: true }),
    json: Object.entries(spec.json ?? {}).map(([field, want]) => [
      field,
      typeof want === 'string' ? ctx.expand.text(want) : want,
    ]),
  }
  // TLS (and the crypto it brings) loads only for an https:// check.
  const client = url.protocol === 'https:' ? (await import('node:https')).default : http
  const method = spec.method ?? 'GET'
  const started = performance.now()
  // The timeout bounds the whole attempt, connect to last byte: a slow drip or an endless
  // body fails at the deadline like a server that never answers.
  const atDeadline = {
    ok: false,
    message: `${method} ${url.origin}: no complete response within ${ctx.timeoutMs} ms`,
  }
  return socketAttempt(ctx, atDeadline, (done) => {
    const request = client.request(
      url,
      { method, headers, rejectUnauthorized: !(spec.insecure ?? false) },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= MAX_HTTP_BODY_BYTES) chunks.push(chunk)
          else done({ ok: false, message: `response body over ${MAX_HTTP_BODY_BYTES} bytes` })
        })
        response.on('error', (error) =>
          done({ ok: false, message: `response failed: ${error.message}` }),
        )
        response.on('end', () => {
          const latency = performance.now() - started
          const text = Buffer.concat(chunks).toString('utf8')
          done(judgeResponse(spec, expectations, response.statusCode ?? 0, text, latency))
        })
      },
    )
    request.on('error', (error) =>
      done({ ok: false, message: `${method} ${url.origin}: ${error.message}` }),
    )
    request.end(body)
    return () => request.destroy()
  })
}

function judgeResponse(
  spec: SpecOf<'http'>,
  want: HttpExpectations,
  status: number,
  body: string,
  latency: number,
): AttemptResult {
  const expected = spec.status === undefined ? null : [spec.status].flat()
  const statusOk = expected === null ? status >= 200 && status < 300 : expected.includes(status)
  const ms = `${Math.round(latency)} ms`
  if (!statusOk) {
    return {
      ok: false,
      message: `HTTP ${status}, expected ${expected?.join(' or ') ?? '2xx'} (${ms})`,
      output: body.slice(0, OUTPUT_TAIL_BYTES),
    }
  }
  if (want.bodyContains !== null && !body.includes(want.bodyContains)) {
    return {
      ok: false,
      message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
      output: body.slice(0, OUTPUT_TAIL_BYTES),
    }
  }
  if (want.bodyMatches !== null && !want.bodyMatches.test(body)) {
    return {
      ok: false,
      message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
      output: body.slice(0, OUTPUT_TAIL_BYTES),
    }
  }
  if (want.json.length > 0) {
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return {
        ok: false,
        message: `HTTP ${status}: body is not JSON`,
        output: body.slice(0, OUTPUT_TAIL_BYTES),
      }
    }
    for (const [field, value] of want.json) {
      const got = field
        .split('.')
        .reduce<unknown>(
          (v, key) =>
            v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined,
          json,
        )
      if (got !== value) {
        // The expected value is the one written in the suite, so an expanded secret is not shown.
        return {
          ok: false,
          message: `HTTP ${status}: JSON field ${field} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(spec.json?.[field])}`,
        }
      }
    }
  }
  if (spec['max-latency'] !== undefined && latency > spec['max-latency']) {
    return {
      ok: false,
      message: `HTTP ${status} in ${ms}, over the ${spec['max-latency']} ms limit`,
    }
  }
  return { ok: true, message: `HTTP ${status} in ${ms}` }
}
