// One way every entry point answers cancellation: the first SIGINT or SIGTERM aborts the work
// (the engine kills the suite and logs the cancellation), and the process exits within a second
// whatever is still pending; a second signal exits at once.

import { killActiveProcessTrees } from '../runner/process.js'

export const CANCEL_GRACE_MS = 900

type CancelSignal = 'SIGINT' | 'SIGTERM'

export function abortOnSignals(
  exitCode: (signal: CancelSignal) => number = () => 1,
  graceMs = CANCEL_GRACE_MS,
): AbortSignal {
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      const exitNow = () => {
        killActiveProcessTrees()
        process.exit(exitCode(signal))
      }
      if (controller.signal.aborted) exitNow()
      controller.abort(new Error(`received ${signal}`))
      setTimeout(exitNow, graceMs).unref()
    })
  }
  return controller.signal
}
