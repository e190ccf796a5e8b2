// One attempt of each check kind. Each returns whether it passed and a short message; the
// runner adds timing, retries, dependencies and the deadline.

import { mkdir, readFile, readdir, stat } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import semver from 'semver'
import { parse as parseYaml } from 'yaml'
import { commandArgv } from '../runner/command.js'
import { runProcess } from '../runner/process.js'
import { plainText } from '../sanitize.js'
import type { CheckSpec } from './schema.js'

export interface AttemptContext {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  killGraceMs: number
}

export interface AttemptResult {
  ok: boolean
  message: string
  output?: string
}

const OUTPUT_TAIL_BYTES = 4 * 1024
const MAX_HTTP_BODY_BYTES = 1024 * 1024
const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** Raised for a problem in the check's own definition (an unset ${env:X}): never retried. */
export class CheckDefinitionError extends Error {}

/** Replaces ${env:NAME} with the variable's value; an unset variable is an error. */
export function interpolate(value: string, env: NodeJS.ProcessEnv): string {
  return value.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const found = env[name]
    if (found === undefined || found === '') {
      throw new CheckDefinitionError(
        `environment variable ${name} is not set (referenced as \${env:${name}})`,
      )
    }
    return found
  })
}

export function runAttempt(spec: CheckSpec, ctx: AttemptContext): Promise<AttemptResult> {
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
      return Promise.resolve(envAttempt(spec, ctx))
    case 'config':
      return configAttempt(spec, ctx)
  }
}

function resolveArgv(command: string | string[], shell: boolean, env: NodeJS.ProcessEnv): string[] {
  if (Array.isArray(command)) return command.map((arg) => interpolate(arg, env))
  const line = interpolate(command, env)
  if (shell) return ['/bin/sh', '-c', line]
  const split = commandArgv(line)
  if ('error' in split)
    throw new CheckDefinitionError(split.error.replace('Input "command"', 'command'))
  return split.argv
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

async function commandAttempt(spec: Extract<CheckSpec, { kind: 'command' }>, ctx: AttemptContext) {
  const argv = resolveArgv(spec.command, spec.shell ?? false, ctx.env)
  const cwd = path.resolve(ctx.cwd, interpolate(spec.cwd ?? '.', ctx.env))
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
    const wanted = spec[stream]
    const seen = plainText(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail)
    if (wanted !== undefined && !new RegExp(wanted, 'm').test(seen)) {
      return { ok: false, message: `${stream} does not match /${wanted}/`, output: result.output }
    }
  }
  return { ok: true, message: `exited ${expected}` }
}

async function versionAttempt(spec: Extract<CheckSpec, { kind: 'version' }>, ctx: AttemptContext) {
  const result = await execute(resolveArgv(spec.command, false, ctx.env), ctx.cwd, ctx)
  if (result.failure) return { ok: false, message: result.failure, output: result.output }
  if (result.exitCode !== 0) {
    return {
      ok: false,
      message: `version command exited ${result.exitCode}`,
      output: result.output,
    }
  }
  const text = plainText(result.run.stdoutTail + '\n' + result.run.stderrTail)
  const match = new RegExp(spec.pattern ?? String.raw`(\d+\.\d+(?:\.\d+)?)`).exec(text)
  const found = match ? (match[1] ?? match[0]) : null
  const version = found === null ? null : semver.coerce(found)
  if (version === null) {
    return { ok: false, message: 'no version found in the command output', output: result.output }
  }
  return semver.satisfies(version, spec.range)
    ? { ok: true, message: `${found} satisfies ${spec.range}` }
    : { ok: false, message: `${found} does not satisfy ${spec.range}` }
}

function httpAttempt(
  spec: Extract<CheckSpec, { kind: 'http' }>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const url = new URL(interpolate(spec.url, ctx.env))
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CheckDefinitionError(`url must be http:// or https://, got ${url.protocol}`)
  }
  const headers = Object.fromEntries(
    Object.entries(spec.headers ?? {}).map(([k, v]) => [k, interpolate(v, ctx.env)]),
  )
  const client = url.protocol === 'https:' ? https : http
  const started = performance.now()
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: spec.method ?? 'GET',
        headers,
        timeout: ctx.timeoutMs,
        rejectUnauthorized: !(spec.insecure ?? false),
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= MAX_HTTP_BODY_BYTES) chunks.push(chunk)
          else response.destroy()
        })
        response.on('error', (error) =>
          resolve({ ok: false, message: `response failed: ${error.message}` }),
        )
        response.on('end', () => {
          const latency = performance.now() - started
          resolve(
            judgeResponse(
              spec,
              response.statusCode ?? 0,
              Buffer.concat(chunks).toString('utf8'),
              latency,
            ),
          )
        })
        response.on('close', () => {
          if (size > MAX_HTTP_BODY_BYTES) {
            resolve({ ok: false, message: `response body over ${MAX_HTTP_BODY_BYTES} bytes` })
          }
        })
      },
    )
    request.on('timeout', () =>
      request.destroy(new Error(`no response within ${ctx.timeoutMs} ms`)),
    )
    request.on('error', (error) =>
      resolve({ ok: false, message: `${spec.method ?? 'GET'} ${url.origin}: ${error.message}` }),
    )
    request.end(spec.body)
  })
}

function judgeResponse(
  spec: Extract<CheckSpec, { kind: 'http' }>,
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
  if (spec['body-contains'] !== undefined && !body.includes(spec['body-contains'])) {
    return {
      ok: false,
      message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
      output: body.slice(0, OUTPUT_TAIL_BYTES),
    }
  }
  if (spec['body-matches'] !== undefined && !new RegExp(spec['body-matches'], 'm').test(body)) {
    return {
      ok: false,
      message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
      output: body.slice(0, OUTPUT_TAIL_BYTES),
    }
  }
  if (spec.json !== undefined) {
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
    for (const [field, want] of Object.entries(spec.json)) {
      const got = field
        .split('.')
        .reduce<unknown>(
          (v, key) =>
            v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined,
          json,
        )
      if (got !== want) {
        return {
          ok: false,
          message: `HTTP ${status}: JSON field ${field} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(want)}`,
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

function tcpAttempt(
  spec: Extract<CheckSpec, { kind: 'tcp' }>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const host = interpolate(spec.host, ctx.env)
  const port = Number(typeof spec.port === 'number' ? spec.port : interpolate(spec.port, ctx.env))
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CheckDefinitionError(
      `port must be a number from 1 to 65535, got "${String(spec.port)}"`,
    )
  }
  const started = performance.now()
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (result: AttemptResult) => {
      socket.destroy()
      resolve(result)
    }
    socket.setTimeout(ctx.timeoutMs, () =>
      done({ ok: false, message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms` }),
    )
    socket.on('connect', () =>
      done({
        ok: true,
        message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
      }),
    )
    socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }))
  })
}

async function pathAttempt(
  spec: Extract<CheckSpec, { kind: 'path' }>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const target = path.resolve(ctx.cwd, interpolate(spec.path, ctx.env))
  const type = spec.type ?? 'any'
  let info
  try {
    info = await stat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, message: `${spec.path}: ${(error as Error).message}` }
    }
    if (spec.create && type !== 'file') {
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
  return { ok: true, message: `${spec.path} ${info.isDirectory() ? 'directory' : 'file'} present` }
}

function envAttempt(spec: Extract<CheckSpec, { kind: 'env' }>, ctx: AttemptContext): AttemptResult {
  const missing = spec.variables.filter((name) => !ctx.env[name])
  if (missing.length > 0) return { ok: false, message: `not set or empty: ${missing.join(', ')}` }
  if (spec.pattern !== undefined) {
    const pattern = new RegExp(spec.pattern)
    // Values are secrets as far as the gate knows: only names are ever reported.
    const bad = spec.variables.filter((name) => !pattern.test(ctx.env[name] ?? ''))
    if (bad.length > 0)
      return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` }
  }
  return { ok: true, message: `set: ${spec.variables.join(', ')}` }
}

async function configAttempt(
  spec: Extract<CheckSpec, { kind: 'config' }>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const file = path.resolve(ctx.cwd, interpolate(spec.file, ctx.env))
  let config: unknown
  try {
    config = parseStructured(await readBounded(file), file)
  } catch (error) {
    return { ok: false, message: `${spec.file}: ${(error as Error).message}` }
  }
  if (spec.schema === undefined) return { ok: true, message: `${spec.file} parses` }
  const schemaFile = path.resolve(ctx.cwd, interpolate(spec.schema, ctx.env))
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

async function readBounded(file: string): Promise<string> {
  const info = await stat(file)
  if (info.size > MAX_CONFIG_BYTES) throw new Error(`over ${MAX_CONFIG_BYTES} bytes`)
  return readFile(file, 'utf8')
}

function parseStructured(text: string, file: string): unknown {
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
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
    return new Ajv({ allErrors: true, strict: false }).compile(schema as object) as Validator
  } catch (error) {
    throw new CheckDefinitionError(
      `schema ${name} is not a valid JSON Schema: ${(error as Error).message}`,
    )
  }
}
