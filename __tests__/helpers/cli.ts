// The `preflight` CLI as scripts and CI run it, without a terminal: `runCli` runs its source's
// `main` in this process (helpers/in-process.ts); `startCli` (a test that signals or watches the
// process) and `runCliOnTerminal` (a pseudo-terminal, util-linux `script`, answering each prompt
// as it appears) start it as a process of its own (see entryArgs). Under `npm run test:dist` all
// of them start the bundle.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { Readable } from 'node:stream'
import { CLI_ARGS, TEST_DIST } from './action-runner.js'
import { asProcess, capture } from './in-process.js'
import { tempDir as removedTempDir } from './temp.js'

/** The script among CLI_ARGS: how a CLI process is told by its command line. */
const CLI_SCRIPT = CLI_ARGS.at(-1) ?? ''

export interface CliOptions {
  env?: Record<string, string>
  /** Default: a fresh temporary directory. */
  cwd?: string
  timeoutMs?: number
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  cwd: string
}

export interface StartedCli {
  cwd: string
  pid: number
  kill: (signal: NodeJS.Signals) => void
  /** Resolves with performance.now() when the process exits (before its streams close). */
  exited: Promise<number>
  stdout: () => string
  /** Resolves once stdout contains the text; rejects after the time given. */
  waitForOutput: (text: string, timeoutMs?: number) => Promise<void>
  done: Promise<CliResult>
}

/** A temporary directory for a CLI run, removed after the test file's tests. */
export const tempDir = (prefix = 'preflight-cli-') => removedTempDir(prefix)

/** Starts the CLI with no terminal attached and a minimal environment. */
export async function startCli(args: string[], options: CliOptions = {}): Promise<StartedCli> {
  const cwd = options.cwd ?? (await tempDir())
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: os.tmpdir(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  const watchers = new Set<() => void>()
  child.stdout.on('data', (c: Buffer) => {
    stdout += c
    for (const check of watchers) check()
  })
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  const exited = new Promise<number>((resolve) =>
    child.on('exit', () => resolve(performance.now())),
  )
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, cwd })
    }),
  )
  const waitForOutput = (text: string, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const giveUp = setTimeout(() => {
        watchers.delete(check)
        reject(new Error(`no "${text}" in the CLI's output within ${timeoutMs} ms:\n${stdout}`))
      }, timeoutMs)
      const check = () => {
        if (!stdout.includes(text)) return
        clearTimeout(giveUp)
        watchers.delete(check)
        resolve()
      }
      watchers.add(check)
      check()
    })
  return {
    cwd,
    pid: child.pid as number,
    kill: (signal) => child.kill(signal),
    exited,
    stdout: () => stdout,
    waitForOutput,
    done,
  }
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  if (TEST_DIST) return (await startCli(args, options)).done
  const cwd = options.cwd ?? (await tempDir())
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: os.tmpdir(),
    ...options.env,
  }
  const stdout = capture()
  const stderr = capture()
  const code = await asProcess(cwd, env, async () => {
    try {
      const { main } = await import('../../src/cli/main.js')
      // No terminal and nothing to read, as when started with stdin on /dev/null.
      return await main(args, { stdout, stderr, stdin: Readable.from([]), env })
    } catch (error) {
      stderr.write(`${(error as Error).stack ?? String(error)}\n`)
      return 1
    }
  })
  return { code, stdout: stdout.text(), stderr: stderr.text(), cwd }
}

/**
 * Runs the CLI on a pseudo-terminal, typing each step's keys when its prompt appears (include
 * "\n" to press ENTER; "\x03" is Ctrl-C), or doing what the step says with the terminal's process.
 */
export async function runCliOnTerminal(
  args: string[],
  steps: Array<
    [prompt: string, keys: string | ((terminal: ChildProcessWithoutNullStreams) => void)]
  >,
  options: CliOptions = {},
): Promise<{ code: number | null; screen: string; cwd: string }> {
  const cwd = options.cwd ?? (await tempDir('preflight-tty-'))
  const quoted = [process.execPath, ...CLI_ARGS, ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ')
  const child: ChildProcessWithoutNullStreams = spawn('script', ['-qec', quoted, '/dev/null'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: os.tmpdir(), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let screen = ''
  let seen = 0
  const pending = [...steps]
  child.stdout.on('data', (c: Buffer) => {
    screen += c
    const next = pending[0]
    const at = next ? screen.indexOf(next[0], seen) : -1
    if (next && at !== -1) {
      seen = at + next[0].length
      pending.shift()
      if (typeof next[1] === 'string') child.stdin.write(next[1])
      else next[1](child)
    }
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { code, screen, cwd }
}

/** The CLI's node process under a terminal (`script`) process: a descendant running the CLI. */
export function cliProcessUnder(rootPid: number): number | null {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while the table was read.
    }
  }
  const isUnderRoot = (pid: number) => {
    for (
      let p = parents.get(pid), hops = 0;
      p !== undefined && hops < 64;
      p = parents.get(p), hops++
    ) {
      if (p === rootPid) return true
    }
    return false
  }
  for (const pid of parents.keys()) {
    if (!isUnderRoot(pid)) continue
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (argv[0] === process.execPath && argv.includes(CLI_SCRIPT)) return pid
    } catch {
      // Gone already.
    }
  }
  return null
}
