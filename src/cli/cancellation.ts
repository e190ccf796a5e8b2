// The operator's cancellation at the launcher's confirmation is an abort decision (the source
// document's "operator cancellation"), so it is logged: once, whether answered at the prompt or
// ended by a signal while the prompt waits (a kill, a closed terminal or ssh session).

import { decide, modeOrStrictest } from '../decision.js'
import { appendChained } from '../history/chain.js'
import type { GateRun } from '../model.js'
import { runLogEntry } from '../opslog.js'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export class CancellationLog {
  private logged = false

  constructor(
    private readonly run: GateRun,
    private readonly reportDir: string,
  ) {}

  /** Appends the OPERATOR_CANCELLED entry, synchronously so a signal cannot cut it short. */
  write(details: string): void {
    if (this.logged) return
    this.logged = true
    const { mode, outcome, decision } = this.run
    const cancelled: GateRun = {
      ...this.run,
      decision: decide({
        mode: modeOrStrictest(mode),
        status: outcome.status,
        forceStart: decision.requestedOverride === 'force-start',
        approvalVerified: decision.grantedOverride !== null,
        facts: ['operator-cancelled'],
      }),
    }
    const entry = runLogEntry(cancelled, new Date(), 'OPERATOR_CANCELLED', details)
    appendChained(this.reportDir, [entry])
  }

  /** While the body runs, a signal logs the cancellation, then ends the process as it would have. */
  async during<T>(body: () => Promise<T>): Promise<T> {
    const handlers = SIGNALS.map((signal) => {
      const handler = () => {
        this.write(`The launcher got ${signal} during the confirmation.`)
        // With no other handler (SIGHUP), re-raise it for its default action.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
      }
      process.prependOnceListener(signal, handler)
      return [signal, handler] as const
    })
    try {
      return await body()
    } finally {
      for (const [signal, handler] of handlers) process.removeListener(signal, handler)
    }
  }
}
