// Entry points run in this test process as if each were a process of its own: for the length of
// the run, the working directory and the environment are the run's (libraries such as
// @actions/artifact read process.env themselves), one run at a time. The action speaks the
// runner's protocol into memory and the runner's files (runnerIo), as @actions/core does.
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { PassThrough, Writable } from 'node:stream'
import { prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import type { ActionIo, AnnotationProperties } from '../../src/action/io.js'

let running: Promise<unknown> = Promise.resolve()

/** Runs `body` with `cwd` as the working directory and `env` as the whole environment. */
export function asProcess<T>(cwd: string, env: NodeJS.ProcessEnv, body: () => Promise<T>) {
  const turn = running.then(async () => {
    const saved = { cwd: process.cwd(), env: { ...process.env } }
    process.chdir(cwd)
    replaceEnv(env)
    try {
      return await body()
    } finally {
      process.chdir(saved.cwd)
      replaceEnv(saved.env)
    }
  })
  running = turn.catch(() => undefined)
  return turn
}

function replaceEnv(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) delete process.env[name]
  for (const [name, value] of Object.entries(env))
    if (value !== undefined) process.env[name] = value
}

/** A stream that keeps what is written to it. */
export function capture(): Writable & { text: () => string } {
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (c: Buffer) => chunks.push(c))
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') })
}

// The workflow-command escaping of @actions/core (lib/command.js), which it does not export.
const escapeData = (s: unknown) =>
  toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: unknown) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * The runner's side of an action step: workflow commands on `stdout`, outputs and state in the
 * GITHUB_OUTPUT and GITHUB_STATE files, the summary in GITHUB_STEP_SUMMARY, state read from
 * STATE_* variables; a failed step sets `failed`.
 */
export function runnerIo(
  env: NodeJS.ProcessEnv,
  stdout: Writable,
): ActionIo & { failed: () => boolean } {
  let failed = false
  const command = (name: string, properties: Record<string, string>, message: string) => {
    const props = Object.entries(properties)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${escapeProperty(v)}`)
      .join(',')
    stdout.write(`::${name}${props ? ' ' + props : ''}::${escapeData(message)}\n`)
  }
  const annotate =
    (name: 'notice' | 'warning' | 'error') =>
    (message: string, properties: AnnotationProperties = {}) =>
      command(name, toCommandProperties(properties) as Record<string, string>, message)
  const fileCommand = (file: 'OUTPUT' | 'STATE', name: string, value: string) => {
    const target = env[`GITHUB_${file}`]
    if (target) appendFileSync(target, prepareKeyValueMessage(name, value) + '\n')
    else command(file === 'OUTPUT' ? 'set-output' : 'save-state', { name }, value)
  }
  return {
    failed: () => failed,
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => fileCommand('OUTPUT', name, value),
    setSecret: (value) => command('add-mask', {}, value),
    info: (message) => stdout.write(message + '\n'),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    setFailed: (message) => {
      failed = true
      annotate('error')(message)
    },
    group: async (name, body) => {
      command('group', {}, name)
      try {
        return await body()
      } finally {
        command('endgroup', {}, '')
      }
    },
    writeSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown)
    },
    saveState: (name, value) => fileCommand('STATE', name, value),
    getState: (name) => env[`STATE_${name}`] ?? '',
    stdout,
  }
}
