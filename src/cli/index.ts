#!/usr/bin/env node
import { abortOnSignals } from '../action/cancel.js'
import { main } from './main.js'
import { config as configureZod } from 'zod'

// Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
configureZod({ jitless: true })

// Ctrl-C or a kill of the CLI stops the suite, writes the report and logs GATE_CANCELLED.
const signal = abortOnSignals((s) => (s === 'SIGINT' ? 130 : 143))

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal,
})
