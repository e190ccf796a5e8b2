// The `preflight` process: zod's setting, the signals, the real streams; then `main`.

import { Writable } from 'node:stream'
import { config as configureZod } from 'zod'
import { abortOnSignals } from '../action/cancel.js'
import { sealGateProcess } from '../runner/custody.js'
import { main } from './main.js'

/** The commands that run a suite: the CLI re-executes itself without the secrets first. */
const SUITE_COMMANDS = new Set(['run', 'launch', 'watch'])

export async function runCli(argv: string[]): Promise<number> {
  // Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
  configureZod({ jitless: true })
  // Ctrl-C or a kill of the CLI stops the suite, writes the report and logs GATE_CANCELLED.
  const signal = abortOnSignals((s) => (s === 'SIGINT' ? 130 : 143))
  const sealed = SUITE_COMMANDS.has(argv[0] ?? '') ? await sealGateProcess(redactFlag(argv)) : null
  return main(argv, {
    stdout: outliving(process.stdout),
    stderr: outliving(process.stderr),
    stdin: process.stdin,
    env: sealed?.env ?? process.env,
    signal,
    ...(sealed && { secretCustody: sealed.custody }),
  })
}

/** The names --redact gives (before the launch command's `--`), read before the flags are. */
function redactFlag(argv: readonly string[]): string[] {
  const end = argv.indexOf('--')
  const flags = end === -1 ? argv : argv.slice(0, end)
  const values = flags.flatMap((arg, i) =>
    arg === '--redact' ? [flags[i + 1] ?? ''] : arg.startsWith('--redact=') ? [arg.slice(9)] : [],
  )
  return values.flatMap((v) => v.split(/[\s,]+/)).filter((n) => n !== '')
}

/**
 * The console, for as long as it is there. When it goes away (`preflight run … | head` once head
 * has exited: EPIPE), the run goes on without it: the suite is not held up by a pipe nobody
 * reads, and the report and the operational log, which are the evidence, are still written.
 */
function outliving(target: NodeJS.WriteStream): Writable & { isTTY?: boolean } {
  let gone = false
  let waiting: (() => void) | null = null
  const goneNow = () => {
    gone = true
    waiting?.()
    waiting = null
  }
  target.on('error', goneNow)
  target.on('close', goneNow)
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (gone || target.write(chunk)) return done()
      waiting = done
      target.once('drain', () => {
        if (waiting !== done) return
        waiting = null
        done()
      })
    },
  })
  return Object.assign(stream, { isTTY: target.isTTY })
}
