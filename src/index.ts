import { run } from './main.js'
import { killActiveProcessTrees } from './runner/process.js'

// Cancelling the job signals this process: take the suite's whole tree down with it (the
// post step then uploads the report the gate left).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killActiveProcessTrees()
    process.exit(1)
  })
}

await run()
// A timed-out artifact upload may still hold sockets open; the step is decided, so end it.
process.exit()
