// An in-memory ActionIo: entry points run in-process, and tests read what they published.
import { PassThrough } from 'node:stream'
import type { ActionIo } from '../../src/action/io.js'

export interface MemoryIo extends ActionIo {
  inputs: Record<string, string>
  outputs: Record<string, string>
  state: Record<string, string>
  secrets: string[]
  log: Array<{ kind: 'info' | 'notice' | 'warning' | 'error'; message: string; title?: string }>
  failed: string[]
  summary: string
  /** Everything written to the job log (echoed suite output included). */
  stdoutText(): string
}

export function memoryIo(
  inputs: Record<string, string> = {},
  state: Record<string, string> = {},
): MemoryIo {
  const stdout = new PassThrough()
  const chunks: Buffer[] = []
  stdout.on('data', (c: Buffer) => chunks.push(c))
  const io: MemoryIo = {
    inputs,
    outputs: {},
    state: { ...state },
    secrets: [],
    log: [],
    failed: [],
    summary: '',
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      io.outputs[name] = value
    },
    setSecret: (value) => {
      io.secrets.push(value)
    },
    info: (message) => io.log.push({ kind: 'info', message }),
    notice: (message, p) => io.log.push({ kind: 'notice', message, title: p?.title }),
    warning: (message, p) => io.log.push({ kind: 'warning', message, title: p?.title }),
    error: (message, p) => io.log.push({ kind: 'error', message, title: p?.title }),
    setFailed: (message) => {
      io.failed.push(message)
    },
    group: (_name, body) => body(),
    writeSummary: async (markdown) => {
      io.summary += markdown
    },
    saveState: (name, value) => {
      io.state[name] = value
    },
    getState: (name) => io.state[name] ?? '',
    stdout,
    stdoutText: () => Buffer.concat(chunks).toString('utf8'),
  }
  return io
}
