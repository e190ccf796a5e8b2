// `launch --watch-interval`: the launched process runs in its own process group while the checks
// keep running. A trip runs the kill switch (if any) and makes sure the launched process tree
// stops (TERM, then KILL after a grace); when the launched process exits, watching stops and its
// exit code is preflight's.

import { spawn } from 'node:child_process'
import os from 'node:os'
import type { ProcessIsolation } from '../model.js'
import { isolatedCommand, parseInitStatus } from '../runner/isolation.js'
import { signalProcessTree } from '../runner/process.js'
import type { HookRun } from './hook.js'
import type { WatchOutcome } from './watcher.js'

export const LAUNCH_KILL_GRACE_MS = 5000

export interface SupervisedLaunch {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  stderr: { write: (text: string) => unknown }
  graceMs?: number
  /** suite-isolation pid: the launched tree in its own PID and mount namespace. */
  isolation?: ProcessIsolation
  /** Starts the watch; it aborts on the signal and calls stopLaunched on a trip. */
  watch: (
    signal: AbortSignal,
    stopLaunched: (killSwitch: HookRun | null) => Promise<string>,
    onStopSignal: (signal: NodeJS.Signals) => void,
  ) => Promise<WatchOutcome>
}

/** Exit code 1 after a trip; otherwise the launched process's own. */
export async function superviseLaunch(launch: SupervisedLaunch): Promise<number> {
  const graceMs = launch.graceMs ?? LAUNCH_KILL_GRACE_MS
  const { pid, exited } = startLaunched(launch, true)
  const controller = new AbortController()
  void exited.then((code) => controller.abort(`the launched process exited with ${code}`))

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

/**
 * Starts the launched command with the terminal, in its own process group when detached, and in
 * its own PID and mount namespace under isolation: when its first process ends, or is killed on
 * a trip, the kernel ends every process it started (setsid, double-forked, env -i daemons too).
 * Resolves with its exit code (128 + the signal's number when a signal ended it).
 */
export function startLaunched(
  launch: Pick<SupervisedLaunch, 'argv' | 'env' | 'stderr' | 'isolation'>,
  detached: boolean,
): { pid: number | undefined; exited: Promise<number> } {
  const command = launch.isolation
    ? isolatedCommand(launch.isolation, launch.argv, launch.env)
    : { argv: [...launch.argv], env: launch.env, statusFd: false }
  const [file, ...args] = command.argv as [string, ...string[]]
  const child = spawn(file, args, {
    stdio: ['inherit', 'inherit', 'inherit', command.statusFd ? 'pipe' : 'ignore'],
    env: command.env,
    detached,
  })
  // The namespace's init reports how the launched command itself ended (fd 3).
  let status = ''
  child.stdio[3]?.on('data', (chunk: Buffer) => {
    if (status.length < 4096) status += chunk.toString('utf8')
  })
  const named = launch.argv[0] ?? ''
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      launch.stderr.write(`preflight launch: could not start ${file}: ${error.message}\n`)
      resolve(1)
    })
    child.on('close', (code, signal) => {
      const ended = command.statusFd ? parseInitStatus(status) : null
      if (ended && 'error' in ended) {
        launch.stderr.write(`preflight launch: could not start ${named}: ${ended.message}\n`)
        resolve(1)
      } else if (ended && 'signal' in ended)
        resolve(128 + (os.constants.signals[ended.signal] ?? 0))
      else if (ended) resolve(ended.code)
      else resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1))
    })
  })
  return { pid: child.pid, exited }
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
