// Runs one command as its own process group, with a hard deadline that kills the whole tree.
// @actions/exec cannot start a child in its own process group, which is what makes it possible
// to kill grandchildren, so this module spawns with node:child_process directly.

import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import type { ProcessIsolation } from '../model.js'
import { isolatedCommand, parseInitStatus, type InitStatus } from './isolation.js'
import { TailBuffer } from './tail.js'

export interface ProcessRunOptions {
  argv: readonly string[]
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  /** Time between SIGTERM and SIGKILL on timeout. */
  killGraceMs: number
  /** Where output is echoed live (the job log); backpressure pauses the child. */
  echo?: Writable
  /** Where the full output is written, up to maxLogBytes. */
  log?: { stream: Writable; maxBytes: number }
  /** How much of the end of the output is kept in memory. */
  tailBytes: number
  /** How long to wait for inherited pipes to close after the child itself exits. */
  drainMs?: number
  /** Runs the command in its own PID and mount namespace (suite-isolation: pid). */
  isolation?: ProcessIsolation
}

export type ProcessEnd =
  | { kind: 'exited'; exitCode: number }
  | { kind: 'signaled'; signal: string }
  | { kind: 'timeout' }
  | { kind: 'not-found'; error: string }
  | { kind: 'spawn-error'; error: string }
  /** The log or the echo could not be written (ENOSPC, EIO, EPIPE): the tree was stopped. */
  | { kind: 'write-failed'; error: string }

export interface ProcessRunResult {
  end: ProcessEnd
  durationMs: number
  /** Raw end of the combined output (not yet stripped of ANSI), from a whole line once cut. */
  tail: string
  /** Raw ends of each stream on its own, for checks that match one of them. */
  stdoutTail: string
  stderrTail: string
  truncated: boolean
  totalBytes: number
  /** Bytes written to the log before it reached its limit. */
  loggedBytes: number
}

/** The most of an unfinished line held back from the echo and the log until its end comes. */
const MAX_HELD_LINE_BYTES = 64 * 1024

/** Kills of the process trees still running, so a cancelled gate leaves nothing behind. */
const activeTrees = new Set<() => void>()

/** Kills every process tree this module started that is still running (on cancellation). */
export function killActiveProcessTrees(): void {
  for (const kill of activeTrees) kill()
}

export function runProcess(options: ProcessRunOptions): Promise<ProcessRunResult> {
  const command = options.isolation
    ? isolatedCommand(options.isolation, options.argv, options.env)
    : { argv: [...options.argv], env: options.env, statusFd: false }
  const [file, ...args] = command.argv
  const started = performance.now()
  const tail = new TailBuffer(options.tailBytes)
  const streamTails = {
    stdout: new TailBuffer(options.tailBytes),
    stderr: new TailBuffer(options.tailBytes),
  }
  let loggedBytes = 0
  let logCut = false

  return new Promise((resolve) => {
    if (file === undefined) {
      resolve(finish({ kind: 'spawn-error', error: 'the command is empty' }))
      return
    }

    const descendants = new Set<number>()
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: command.env,
      // fd 3: how the suite ended, from its namespace's init (isolated runs only).
      stdio: ['ignore', 'pipe', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
      detached: true, // its own process group, so the whole tree can be signalled at once
      windowsHide: true,
    }) as ChildProcessByStdio<null, Readable, Readable>

    const killTree = () => {
      collectDescendants(child.pid, descendants)
      signalTree(child.pid, descendants, 'SIGKILL')
    }
    activeTrees.add(killTree)
    let end: ProcessEnd | null = null
    let exited = false
    let settled = false
    let killTimer: NodeJS.Timeout | undefined
    let drainTimer: NodeJS.Timeout | undefined

    const deadline = setTimeout(() => {
      end = { kind: 'timeout' }
      collectDescendants(child.pid, descendants)
      signalTree(child.pid, descendants, 'SIGTERM')
      killTimer = setTimeout(() => {
        collectDescendants(child.pid, descendants)
        signalTree(child.pid, descendants, 'SIGKILL')
        // Pipes held by a process outside the group must not keep the gate waiting.
        drainTimer = setTimeout(settle, options.drainMs ?? 1000)
      }, options.killGraceMs)
    }, options.timeoutMs)

    // A sink that fails (a full disk under the log, a closed pipe behind the echo) is a fact,
    // never a crash: the output can no longer be kept, so the suite is stopped now.
    const onSinkError = (what: string) => (error: NodeJS.ErrnoException) => {
      if (end === null || end.kind !== 'write-failed') {
        end = { kind: 'write-failed', error: `the ${what} could not be written: ${error.message}` }
      }
      killTree()
      drainTimer ??= setTimeout(settle, options.drainMs ?? 1000)
    }
    const sinks = [
      ...(options.log ? [[options.log.stream, onSinkError('output log')] as const] : []),
      ...(options.echo ? [[options.echo, onSinkError('live echo')] as const] : []),
    ]
    for (const [sink, listener] of sinks) sink.on('error', listener)
    const writable = (sink: Writable) => !sink.destroyed && !sink.writableEnded

    const onData = (chunk: Buffer, stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr') => {
      tail.push(chunk)
      streamTails[name].push(chunk)
      if (options.log && !logCut && writable(options.log.stream)) {
        const room = options.log.maxBytes - loggedBytes
        const part = chunk.length <= room ? chunk : chunk.subarray(0, room)
        loggedBytes += part.length
        if (!options.log.stream.write(part)) pauseUntilDrain(stream, options.log.stream)
        if (chunk.length > room) {
          logCut = true
          options.log.stream.write(
            `\n[preflight] output log cut here after ${loggedBytes} bytes; the rest was not kept (only the last ${options.tailBytes} bytes are in the report)\n`,
          )
        }
      }
      if (options.echo && writable(options.echo) && !options.echo.write(chunk)) {
        pauseUntilDrain(stream, options.echo)
      }
    }
    // Each stream passes on whole lines: a line stdout has only begun must not be joined with a
    // line of stderr in the echo and the log (a secret cut in two that way escapes redaction).
    // A line longer than MAX_HELD_LINE_BYTES goes on in parts, cut between characters.
    const held = { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) }
    const releaseHeld = (name: 'stdout' | 'stderr') => {
      if (held[name].length > 0) onData(held[name], child[name], name)
      held[name] = Buffer.alloc(0)
    }
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].on('data', (chunk: Buffer) => {
        const data = held[name].length > 0 ? Buffer.concat([held[name], chunk]) : chunk
        let whole = Math.max(data.lastIndexOf(0x0a), data.lastIndexOf(0x0d)) + 1
        if (data.length - whole > MAX_HELD_LINE_BYTES) {
          whole = data.length - incompleteCharacterBytes(data)
        }
        held[name] = Buffer.from(data.subarray(whole))
        if (whole > 0) onData(data.subarray(0, whole), child[name], name)
      })
      child[name].on('end', () => releaseHeld(name))
    }

    // The namespace's init says how the suite itself ended (bounded: one short JSON object).
    let initStatus = ''
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      if (initStatus.length < 4096) initStatus += chunk.toString('utf8')
    })

    child.on('error', (error: NodeJS.ErrnoException) => {
      end ??=
        error.code === 'ENOENT'
          ? { kind: 'not-found', error: `command not found: ${file}` }
          : { kind: 'spawn-error', error: `could not start ${file}: ${error.message}` }
      settle()
    })

    child.on('exit', (code, signal) => {
      exited = true
      if (end === null) {
        end =
          code !== null
            ? { kind: 'exited', exitCode: code }
            : { kind: 'signaled', signal: signal ?? 'unknown' }
      }
      // Leftover members of the suite's group may hold the pipes open: stop waiting for them.
      if (end.kind !== 'timeout') drainTimer = setTimeout(settle, options.drainMs ?? 1000)
    })

    child.on('close', () => {
      if (exited || end !== null) settle()
    })

    function settle() {
      if (settled) return
      settled = true
      activeTrees.delete(killTree)
      clearTimeout(deadline)
      clearTimeout(killTimer)
      clearTimeout(drainTimer)
      // Whatever the command left behind in its group (a background helper) ends with it.
      signalTree(child.pid, descendants, 'SIGKILL')
      // What a killed or abandoned stream had begun of its last line is output all the same.
      releaseHeld('stdout')
      releaseHeld('stderr')
      child.stdout.destroy()
      child.stderr.destroy()
      child.stdio[3]?.destroy()
      const ended = end ?? { kind: 'spawn-error', error: 'the process ended without a status' }
      resolve(
        finish(
          command.statusFd
            ? suiteEnd(ended, parseInitStatus(initStatus), options.argv[0] ?? '')
            : ended,
        ),
      )
    }
  })

  function finish(end: ProcessEnd): ProcessRunResult {
    return {
      end,
      durationMs: performance.now() - started,
      tail: tail.fromLineStart(),
      stdoutTail: streamTails.stdout.text(),
      stderrTail: streamTails.stderr.text(),
      truncated: tail.truncated,
      totalBytes: tail.totalBytes,
      loggedBytes,
    }
  }
}

/**
 * An isolated run's end is the suite's, as its init reported it: a signal is a signal, a command
 * that could not start is one. Without a report the namespace itself failed (or was killed).
 */
function suiteEnd(end: ProcessEnd, status: InitStatus | null, file: string): ProcessEnd {
  if (end.kind !== 'exited') return end
  if (status === null) {
    return {
      kind: 'spawn-error',
      error: `the suite's namespace ended (exit ${end.exitCode}) before the suite did; its output says why`,
    }
  }
  if ('signal' in status) return { kind: 'signaled', signal: status.signal }
  if ('error' in status) {
    return status.error === 'ENOENT'
      ? { kind: 'not-found', error: `command not found: ${file}` }
      : { kind: 'spawn-error', error: `could not start ${file}: ${status.message}` }
  }
  return { kind: 'exited', exitCode: status.code }
}

/** How many bytes at the end of data begin a UTF-8 character that the next chunk completes. */
export function incompleteCharacterBytes(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back] as number
    if ((byte & 0xc0) === 0x80) continue // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back ? back : 0
  }
  return 0
}

/** Signals a process started in its own group, the group and every descendant that left it. */
export function signalProcessTree(pid: number, signal: NodeJS.Signals): void {
  const descendants = new Set<number>()
  collectDescendants(pid, descendants)
  signalTree(pid, descendants, signal)
}

/** The sinks each output stream waits on: it resumes only when every one of them has drained. */
const awaitedSinks = new WeakMap<NodeJS.ReadableStream, Set<Writable>>()

function pauseUntilDrain(source: NodeJS.ReadableStream, sink: Writable) {
  // A sink that is gone (closed, or destroyed by an error) never drains: the output goes on.
  if (sink.destroyed) return
  source.pause()
  const awaited = awaitedSinks.get(source) ?? new Set<Writable>()
  awaitedSinks.set(source, awaited)
  // One listener per source and sink: a fast echo must not resume a stream the slow log still holds.
  if (awaited.has(sink)) return
  awaited.add(sink)
  const release = () => {
    sink.off('drain', release)
    sink.off('close', release)
    awaited.delete(sink)
    if (awaited.size === 0) source.resume()
  }
  sink.on('drain', release)
  sink.on('close', release)
}

function signalTree(pid: number | undefined, descendants: Set<number>, signal: NodeJS.Signals) {
  if (pid === undefined) return
  trySignal(-pid, signal) // the process group
  for (const other of descendants) trySignal(other, signal) // those that left the group (setsid)
}

function trySignal(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

/** Adds every live descendant of root to the set, read from /proc (Linux); bounded. */
function collectDescendants(root: number | undefined, into: Set<number>) {
  if (root === undefined || process.platform !== 'linux') return
  const children = new Map<number, number[]>()
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // exited while we looked
    }
  }
  const queue = [root]
  for (let i = 0; i < queue.length && i < 100_000; i++) {
    for (const child of children.get(queue[i] as number) ?? []) {
      if (!into.has(child)) {
        into.add(child)
        queue.push(child)
      }
    }
  }
}
