// `launch --watch-interval`: the launched process runs in its own process group while the checks
// keep running. A trip runs the kill switch (if any) and makes sure the launched process tree
// stops (TERM, then KILL after a grace); when the launched process exits, watching stops and its
// exit code is preflight's.

import { spawn } from 'node:child_process'
import os from 'node:os'
import { signalProcessTree } from '../runner/process.js'
import type { HookRun } from './hook.js'
import type { WatchOutcome } from './watcher.js'

export const LAUNCH_KILL_GRACE_MS = 5000

export interface SupervisedLaunch {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  stderr: { write: (text: string) => unknown }
  graceMs?: number
  /** Starts the watch; it aborts on the signal and calls stopLaunched on a trip. */
  watch: (
    signal: AbortSignal,
    stopLaunched: (killSwitch: HookRun | null) => Promise<string>,
    onStopSignal: (signal: NodeJS.Signals) => void,
  ) => Promise<WatchOutcome>
}

/** Exit code 1 after a trip; otherwise the launched process's own. */
export async function superviseLaunch(launch: SupervisedLaunch): Promise<number> {
  const [file, ...args] = launch.argv as [string, ...string[]]
  const graceMs = launch.graceMs ?? LAUNCH_KILL_GRACE_MS
  const child = spawn(file, args, { stdio: 'inherit', env: launch.env, detached: true })
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      launch.stderr.write(`preflight launch: could not start ${file}: ${error.message}\n`)
      resolve(1)
    })
    child.on('exit', (code, signal) =>
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)),
    )
  })
  const controller = new AbortController()
  void exited.then((code) => controller.abort(`the launched process exited with ${code}`))
  const pid = child.pid

  const stopLaunched = async (killSwitch: HookRun | null): Promise<string> => {
    if (pid === undefined) return 'the launched process had not started'
    if (killSwitch?.ok && (await within(exited, graceMs))) {
      return 'the launched process exited after the kill switch'
    }
    signalProcessTree(pid, 'SIGTERM')
    if (await within(exited, graceMs)) return 'the launched process tree was stopped (SIGTERM)'
    signalProcessTree(pid, 'SIGKILL')
    await within(exited, 2000)
    return `the launched process tree was killed (SIGKILL after ${graceMs / 1000} s)`
  }
  // Ctrl-C or a stop of preflight goes to the launched process; its exit ends the watch.
  const forward = (signal: NodeJS.Signals) => {
    if (pid !== undefined) signalProcessTree(pid, signal)
  }

  const outcome = await launch.watch(controller.signal, stopLaunched, forward)
  if (outcome.outcome === 'tripped') {
    // Whatever the kill switch did, nothing of the launched tree outlives preflight.
    if (pid !== undefined) signalProcessTree(pid, 'SIGKILL')
    return 1
  }
  return exited
}

function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    void promise.then(() => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}
