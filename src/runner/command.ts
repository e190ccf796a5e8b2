// Runs an external smoke-suite command (the source document's smoke_test_institutional.py)
// and turns what happened into a SuiteOutcome.

import { createWriteStream, existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { parse } from 'shell-quote'
import {
  EXIT_CODE_STATUS,
  isExitStatus,
  outcomeWithoutChecks,
  statusFromChecks,
  worseStatus,
  type SuiteOutcome,
  type SuiteRunScope,
} from '../model.js'
import { plainText } from '../sanitize.js'
import { runProcess, type ProcessRunResult } from './process.js'
import { readSuiteResults } from './results.js'

export interface CommandSuiteOptions extends SuiteRunScope {
  command: string
  /** Where the full (bounded) output goes, for the artifact. */
  outputLogPath?: string
  maxLogBytes?: number
  tailBytes?: number
}

const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i

/** Splits a command into argv without a shell; operators, globs and comments are refused. */
export function commandArgv(command: string): { argv: string[] } | { error: string } {
  const open = unclosedQuote(command)
  if (open !== null) {
    return {
      error: `Input "command" has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
    }
  }
  let tokens: ReturnType<typeof parse>
  try {
    tokens = parse(command, (name) => `$${name}`)
  } catch (error) {
    return { error: `Input "command" cannot be split into arguments: ${String(error)}` }
  }
  const argv: string[] = []
  for (const token of tokens) {
    if (typeof token !== 'string') {
      return {
        error: `Input "command" runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
      }
    }
    argv.push(token)
  }
  if (argv.length === 0) return { error: 'Input "command" is empty.' }
  return { argv }
}

/** The quote left open at the end of a command line, if any (backslash escapes respected). */
function unclosedQuote(command: string): "'" | '"' | null {
  let quote: "'" | '"' | null = null
  for (let i = 0; i < command.length; i++) {
    const c = command[i]
    if (quote === "'") {
      if (c === "'") quote = null
    } else if (c === '\\') {
      i++ // the next character is literal (inside double quotes too, for " and \\)
    } else if (quote === '"') {
      if (c === '"') quote = null
    } else if (c === "'" || c === '"') {
      quote = c
    }
  }
  return quote
}

function describeToken(token: object): string {
  if ('comment' in token) return 'a comment (#)'
  if ('pattern' in token) return `the glob "${String(token.pattern)}"`
  if ('op' in token) return `the shell operator "${String(token.op)}"`
  return 'a shell construct'
}

/** The script an interpreter is asked to run (`python scripts/x.py`), or a path to a program. */
function scriptPath(argv: readonly string[]): string | null {
  const [program, ...rest] = argv
  if (program !== undefined && program.includes('/')) return program
  const script = rest.find((arg) => !arg.startsWith('-'))
  return script !== undefined && SCRIPT_EXTENSIONS.test(script) ? script : null
}

export async function runCommandSuite(options: CommandSuiteOptions): Promise<SuiteOutcome> {
  const split = commandArgv(options.command)
  if ('error' in split) return outcomeWithoutChecks('invalid', [split.error])

  if (!isDirectory(options.cwd)) {
    return outcomeWithoutChecks('invalid', [
      `Input "working-directory" is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
    ])
  }

  const argv = [...split.argv]
  if (options.subset !== 'full') argv.push('--subset', options.subset)

  const script = scriptPath(argv)
  if (script !== null && !existsSync(path.resolve(options.cwd, script))) {
    return outcomeWithoutChecks('missing', [
      `Smoke test script not found: ${script} (looked in ${path.resolve(options.cwd)}). Check "command" and "working-directory".`,
    ])
  }

  const resultsDir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'preflight-'))
  const resultsPath = path.join(resultsDir, 'results.json')
  const log = options.outputLogPath ? createWriteStream(options.outputLogPath) : undefined
  try {
    const run = await runProcess({
      argv,
      cwd: options.cwd,
      env: {
        ...options.env,
        PREFLIGHT_MODE: options.mode,
        PREFLIGHT_SUBSET: options.subset,
        PREFLIGHT_RESULTS: resultsPath,
      },
      timeoutMs: options.timeoutMs,
      killGraceMs: options.killGraceMs ?? 5000,
      echo: options.echo,
      log: log && { stream: log, maxBytes: options.maxLogBytes ?? 32 * 1024 * 1024 },
      tailBytes: options.tailBytes ?? 64 * 1024,
    })
    const outcome = outcomeOfRun(run, options.timeoutMs)
    return await withResults(outcome, resultsPath)
  } finally {
    if (log) {
      log.end()
      await finished(log).catch(() => undefined)
    }
    await rm(resultsDir, { recursive: true, force: true })
  }
}

function outcomeOfRun(run: ProcessRunResult, timeoutMs: number): SuiteOutcome {
  const base: SuiteOutcome = {
    status: 'crashed',
    exitCode: null,
    signal: null,
    durationMs: run.durationMs,
    checks: [],
    notes: [],
    outputTail: plainText(run.tail),
    outputTruncated: run.truncated,
  }
  const end = run.end
  switch (end.kind) {
    case 'exited': {
      const status = EXIT_CODE_STATUS[end.exitCode]
      if (status !== undefined) return { ...base, status, exitCode: end.exitCode }
      return {
        ...base,
        exitCode: end.exitCode,
        notes: [
          `The suite exited with code ${end.exitCode}, which is not a smoke-test exit code (0 passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings): treated as a crash.`,
        ],
      }
    }
    case 'signaled':
      return {
        ...base,
        signal: end.signal,
        notes: [`The suite was killed by signal ${end.signal}: treated as a crash.`],
      }
    case 'timeout':
      return {
        ...base,
        status: 'timeout',
        notes: [
          `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise "timeout-seconds".`,
        ],
      }
    case 'not-found':
      return {
        ...base,
        status: 'missing',
        notes: [`${end.error}. Install it on the runner or fix "command".`],
      }
    case 'spawn-error':
      return { ...base, notes: [`${end.error}.`] }
  }
}

/** Reads the per-check results the suite may have written and reconciles them with the exit code. */
async function withResults(outcome: SuiteOutcome, resultsPath: string): Promise<SuiteOutcome> {
  const results = await readSuiteResults(resultsPath)
  if (results.kind === 'absent') return outcome
  if (results.kind === 'malformed') {
    // Unreadable results are a broken suite: fail closed, whatever the exit code said.
    const notes = [
      ...outcome.notes,
      `The suite's results file (PREFLIGHT_RESULTS) is malformed: ${results.error}`,
    ]
    const status =
      outcome.status === 'timeout' || outcome.status === 'missing' ? outcome.status : 'crashed'
    return { ...outcome, status, notes }
  }
  const withChecks = { ...outcome, checks: results.checks }
  if (!isExitStatus(outcome.status)) return withChecks
  const fromExit = outcome.status
  const fromChecks = statusFromChecks(results.checks)
  const status = worseStatus(fromExit, fromChecks)
  if (status === fromExit) return withChecks
  return {
    ...withChecks,
    status,
    notes: [
      ...outcome.notes,
      `The suite exited ${outcome.exitCode} (${fromExit}) but its results report ${fromChecks}: the worse outcome is taken.`,
    ],
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}
