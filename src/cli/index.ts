#!/usr/bin/env node
import { killActiveProcessTrees } from '../runner/process.js'
import { main } from './main.js'

// Ctrl-C or a kill of the CLI takes the suite's whole process tree down with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // A command that stops cleanly on its own (watch, a supervised launch) handles it instead.
    if (process.listenerCount(signal) > 0) return
    killActiveProcessTrees()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
}

process.exitCode = await main(process.argv.slice(2))
