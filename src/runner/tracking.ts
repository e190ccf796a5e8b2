// No orphans: every process the suite starts inherits PREFLIGHT_TRACKING_ID (as the Actions
// runner marks job processes), so daemons that double-forked out of the suite's process group
// can still be found in /proc and killed, after a timeout, a cancellation or a normal exit, and
// by the post step after a killed gate.

import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { TRACKING_VARIABLE } from './environment.js'

export function newTrackingId(): string {
  return randomUUID()
}

/**
 * Pids of live processes whose environment carries this tracking id (Linux; else none). Read
 * synchronously: a hundred tiny /proc files are read faster that way than through promises.
 */
export function trackedProcesses(trackingId: string): number[] {
  if (process.platform !== 'linux') return []
  const marker = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}\0`)
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const found: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (readFileSync(`/proc/${entry}/environ`).indexOf(marker) !== -1) found.push(Number(entry))
    } catch {
      // gone, or not ours to read
    }
  }
  return found
}

/**
 * SIGKILLs every tracked process, in rounds until none is left (a process may fork while we
 * look); bounded. Returns how many distinct processes were killed.
 */
export async function killTrackedProcesses(trackingId: string, maxRounds = 10): Promise<number> {
  const killed = new Set<number>()
  for (let round = 0; round < maxRounds; round++) {
    const pids = trackedProcesses(trackingId)
    const alive = pids.filter((pid) => signal(pid))
    for (const pid of alive) killed.add(pid)
    if (alive.length === 0) break
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return killed.size
}

function signal(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL')
    return true
  } catch {
    return false
  }
}
