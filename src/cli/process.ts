// The `preflight` process: zod's setting, the signals, the real streams; then `main`.

import { config as configureZod } from 'zod'
import { abortOnSignals } from '../action/cancel.js'
import { main } from './main.js'

export async function runCli(argv: string[]): Promise<number> {
  // Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
  configureZod({ jitless: true })
  // Ctrl-C or a kill of the CLI stops the suite, writes the report and logs GATE_CANCELLED.
  const signal = abortOnSignals((s) => (s === 'SIGINT' ? 130 : 143))
  return main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    signal,
  })
}
