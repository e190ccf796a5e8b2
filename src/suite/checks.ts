// One attempt of each check kind. Each returns whether it passed and a short message; the
// runner adds timing, retries, dependencies and the deadline.

import { mkdir, readdir, realpath, stat } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import semver from 'semver'
import { runProcess } from '../runner/process.js'
import { plainText } from '../sanitize.js'
import { CheckDefinitionError, type Expander } from './expand.js'
import { parseStructured, readBounded } from './files.js'
import { ajvRegExp, compilePattern, type UserPattern } from './pattern.js'
import type { CheckSpec } from './schema.js'

export { CheckDefinitionError } from './expand.js'

export interface AttemptContext {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  killGraceMs: number
  /** Aborted when the attempt's time is up: every kind stops its I/O and closes what it opened. */
  signal: AbortSignal
  /** ${env:} expansion, which also collects the values to redact. */
  expand: Expander
}

export interface AttemptResult {
  ok: boolean
  message: string
  output?: string
}

export type SpecOf<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>

const OUTPUT_TAIL_BYTES = 4 * 1024
const MAX_HTTP_BODY_BYTES = 1024 * 1024

/** Runs one attempt. The newer kinds load on first use: a suite pays only for what it checks. */
export async function runAttempt(spec: CheckSpec, ctx: AttemptContext): Promise<AttemptResult> {
  switch (spec.kind) {
    case 'command':
      return commandAttempt(spec, ctx)
    case 'version':
      return versionAttempt(spec, ctx)
    case 'http':
      return httpAttempt(spec, ctx)
    case 'tcp':
      return tcpAttempt(spec, ctx)
    case 'path':
      return pathAttempt(spec, ctx)
    case 'env':
      return envAttempt(spec, ctx)
    case 'config':
      return configAttempt(spec, ctx)
    case 'tls':
      return (await import('./kinds/tls.js')).tlsAttempt(spec, ctx)
    case 'dns':
      return (await import('./kinds/dns.js')).dnsAttempt(spec, ctx)
    case 'disk':
      return (await import('./kinds/disk.js')).diskAttempt(spec, ctx)
    case 'process':
      return (await import('./kinds/process.js')).processAttempt(spec, ctx)
    case 'prometheus':
      return (await import('./kinds/prometheus.js')).prometheusAttempt(spec, ctx)
    case 'postgres':
      return (await import('./kinds/postgres.js')).postgresAttempt(spec, ctx)
  }
}

async function execute(argv: string[], cwd: string, ctx: AttemptContext) {
  const run = await runProcess({
    argv,
    cwd,
    env: ctx.env,
    timeoutMs: ctx.timeoutMs,
    killGraceMs: ctx.killGraceMs,
    tailBytes: OUTPUT_TAIL_BYTES,
    drainMs: 200,
  })
  const output = plainText(run.tail)
  const end = run.end
  switch (end.kind) {
    case 'exited':
      return { exitCode: end.exitCode, run, output, failure: null }
    case 'signaled':
      return { exitCode: null, run, output, failure: `killed by signal ${end.signal}` }
    case 'timeout':
      return { exitCode: null, run, output, failure: `timed out after ${ctx.timeoutMs} ms` }
    case 'not-found':
    case 'spawn-error':
      return { exitCode: null, run, output, failure: end.error }
  }
}

async function commandAttempt(spec: SpecOf<'command'>, ctx: AttemptContext) {
  const argv = ctx.expand.argv(spec.command, spec.shell ?? false)
  const patterns = {
    stdout:
      spec.stdout === undefined
        ? null
        : compilePattern(ctx.expand.pattern(spec.stdout), { multiline: true }),
    stderr:
      spec.stderr === undefined
        ? null
        : compilePattern(ctx.expand.pattern(spec.stderr), { multiline: true }),
  }
  const cwd = path.resolve(ctx.cwd, ctx.expand.text(spec.cwd ?? '.'))
  const result = await execute(argv, cwd, ctx)
  if (result.failure) return { ok: false, message: result.failure, output: result.output }
  const expected = spec['exit-code'] ?? 0
  if (result.exitCode !== expected) {
    return {
      ok: false,
      message: `exited ${result.exitCode}, expected ${expected}`,
      output: result.output,
    }
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    const wanted = patterns[stream]
    const seen = plainText(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail)
    if (wanted !== null && !wanted.test(seen)) {
      return {
        ok: false,
        message: `${stream} does not match /${spec[stream]}/`,
        output: result.output,
      }
    }
  }
  return { ok: true, message: `exited ${expected}` }
}

async function versionAttempt(spec: SpecOf<'version'>, ctx: AttemptContext) {
  const pattern = compilePattern(
    ctx.expand.pattern(spec.pattern ?? String.raw`(\d+\.\d+(?:\.\d+)?)`),
  )
  const result = await execute(ctx.expand.argv(spec.command, false), ctx.cwd, ctx)
  if (result.failure) return { ok: false, message: result.failure, output: result.output }
  if (result.exitCode !== 0) {
    return {
      ok: false,
      message: `version command exited ${result.exitCode}`,
      output: result.output,
    }
  }
  const text = plainText(result.run.stdoutTail + '\n' + result.run.stderrTail)
  const found = pattern.firstGroup(text)
  const version = found === null ? null : semver.coerce(found)
  if (version === null) {
    return { ok: false, message: 'no version found in the command output', output: result.output }
  }
  return semver.satisfies(version, spec.range)
    ? { ok: true, message: `${found} satisfies ${spec.range}` }
    : { ok: false, message: `${found} does not satisfy ${spec.range}` }
}

/**
 * One attempt on a socket: `start` opens it and reports through `done`, which settles once,
 * by the socket's own result or with `atDeadline` when the attempt's time is up or it is aborted;
 * the socket is closed on every path (`start` returns how).
 */
export function socketAttempt(
  ctx: AttemptContext,
  atDeadline: AttemptResult,
  start: (done: (result: AttemptResult) => void) => () => void,
): Promise<AttemptResult> {
  return new Promise((resolve) => {
    let settled = false
    let close: (() => void) | null = null
    const done = (result: AttemptResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      ctx.signal.removeEventListener('abort', onDeadline)
      close?.()
      resolve(result)
    }
    const onDeadline = () => done(atDeadline)
    const timer = setTimeout(onDeadline, ctx.timeoutMs)
    ctx.signal.addEventListener('abort', onDeadline, { once: true })
    const stop = start(done)
    if (settled) stop()
    else close = stop
    if (ctx.signal.aborted) onDeadline()
  })
}

/** What an http check compares the response with, ${env:} already expanded. */
interface HttpExpectations {
  bodyContains: string | null
  bodyMatches: UserPattern | null
  json: Array<[string, string | number | boolean | null]>
}

async function httpAttempt(spec: SpecOf<'http'>, ctx: AttemptContext): Promise<AttemptResult> {
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

/** A port field: a number, or a string (usually ${env:PORT}) holding one. */
export function resolvePort(
  value: number | string | undefined,
  fallback: number,
  ctx: AttemptContext,
): number {
  if (value === undefined) return fallback
  const port = Number(typeof value === 'number' ? value : ctx.expand.text(value))
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CheckDefinitionError(`port must be a number from 1 to 65535, got "${String(value)}"`)
  }
  return port
}

function tcpAttempt(spec: SpecOf<'tcp'>, ctx: AttemptContext): Promise<AttemptResult> {
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

async function pathAttempt(spec: SpecOf<'path'>, ctx: AttemptContext): Promise<AttemptResult> {
  const target = path.resolve(ctx.cwd, ctx.expand.text(spec.path))
  const type = spec.type ?? 'any'
  let info
  try {
    info = await stat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, message: `${spec.path}: ${(error as Error).message}` }
    }
    if (spec.create && type !== 'file') {
      await assertInside(ctx.cwd, target, spec.path)
      await mkdir(target, { recursive: true })
      return { ok: true, message: `${spec.path} was missing and has been created` }
    }
    return { ok: false, message: `${spec.path} does not exist` }
  }
  if (type === 'file' && !info.isFile()) return { ok: false, message: `${spec.path} is not a file` }
  if (type === 'directory' && !info.isDirectory())
    return { ok: false, message: `${spec.path} is not a directory` }
  if (spec['non-empty']) {
    const empty = info.isDirectory() ? (await readdir(target)).length === 0 : info.size === 0
    if (empty) return { ok: false, message: `${spec.path} is empty` }
  }
  const kind = info.isDirectory() ? 'directory' : 'file'
  if (spec['max-age'] !== undefined) {
    const ageSeconds = Math.max(0, (Date.now() - info.mtimeMs) / 1000)
    if (ageSeconds > spec['max-age']) {
      return {
        ok: false,
        message: `${spec.path} was last modified ${formatAge(ageSeconds)} ago, more than the ${spec['max-age']} s allowed`,
      }
    }
    return { ok: true, message: `${spec.path} ${kind} modified ${formatAge(ageSeconds)} ago` }
  }
  return { ok: true, message: `${spec.path} ${kind} present` }
}

function formatAge(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`
  return `${Math.round(seconds / 86_400)} days`
}

/**
 * `create: true` may only create inside the working directory: the path, and the nearest part
 * of it that exists (followed through symlinks), must both stay inside it.
 */
async function assertInside(root: string, target: string, written: string): Promise<void> {
  const outside = (base: string, candidate: string) => {
    const relative = path.relative(base, candidate)
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  }
  const refuse = () =>
    new CheckDefinitionError(
      `${written} is outside the working directory; "create: true" only creates directories inside it`,
    )
  if (outside(path.resolve(root), target)) throw refuse()
  let existing = target
  for (let i = 0; i < 4096; i++) {
    try {
      await stat(existing)
      break
    } catch {
      existing = path.dirname(existing)
    }
  }
  if (outside(await realpath(root), await realpath(existing))) throw refuse()
}

function envAttempt(spec: SpecOf<'env'>, ctx: AttemptContext): AttemptResult {
  // Values are secrets as far as the gate knows: only names are ever reported, and every value
  // read is handed on for redaction.
  const values = new Map(spec.variables.map((name) => [name, ctx.expand.read(name)]))
  const pattern =
    spec.pattern === undefined ? null : compilePattern(ctx.expand.pattern(spec.pattern))
  const missing = spec.variables.filter((name) => !values.get(name))
  if (missing.length > 0) return { ok: false, message: `not set or empty: ${missing.join(', ')}` }
  if (pattern !== null) {
    const bad = spec.variables.filter((name) => !pattern.test(values.get(name) ?? ''))
    if (bad.length > 0) {
      return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` }
    }
  }
  return { ok: true, message: `set: ${spec.variables.join(', ')}` }
}

async function configAttempt(spec: SpecOf<'config'>, ctx: AttemptContext): Promise<AttemptResult> {
  const file = path.resolve(ctx.cwd, ctx.expand.text(spec.file))
  let config: unknown
  try {
    config = parseStructured(await readBounded(file), file)
  } catch (error) {
    return { ok: false, message: `${spec.file}: ${(error as Error).message}` }
  }
  if (spec.schema === undefined) return { ok: true, message: `${spec.file} parses` }
  const schemaFile = path.resolve(ctx.cwd, ctx.expand.text(spec.schema))
  let schema: unknown
  try {
    schema = parseStructured(await readBounded(schemaFile), schemaFile)
  } catch (error) {
    throw new CheckDefinitionError(`schema ${spec.schema}: ${(error as Error).message}`)
  }
  const validate = await compileSchema(schema, spec.schema)
  if (validate(config)) return { ok: true, message: `${spec.file} matches ${spec.schema}` }
  const problems = (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
  return {
    ok: false,
    message: `${spec.file} does not match ${spec.schema}: ${problems.join('; ')}`,
  }
}

type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null
}

/** The JSON Schema validator is loaded only when a suite has a config check with a schema. */
async function compileSchema(schema: unknown, name: string): Promise<Validator> {
  const draft2020 =
    typeof schema === 'object' &&
    schema !== null &&
    String((schema as { $schema?: unknown }).$schema).includes('2020-12')
  const module = draft2020 ? await import('ajv/dist/2020.js') : await import('ajv')
  const Ajv = module.default.default ?? module.default
  try {
    // JSON Schema `pattern` and `patternProperties` run on the linear-time engine too.
    const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: ajvRegExp as never } })
    return ajv.compile(schema as object) as Validator
  } catch (error) {
    throw new CheckDefinitionError(
      `schema ${name} is not a valid JSON Schema: ${(error as Error).message}`,
    )
  }
}
