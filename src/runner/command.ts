// Runs an external smoke-suite command (the source document's smoke_test_institutional.py, see
// docs/source-document.md) and turns what happened into a SuiteOutcome.

import { createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { parse } from 'shell-quote'
import {
  collectEvidence,
  watchEvidence,
  type CollectedEvidence,
  type EvidenceWatch,
} from '../evidence/collect.js'
import {
  DEFAULT_EVIDENCE_SETTINGS,
  DEFAULT_SUBSET_ARGS,
  type EvidenceSettings,
} from '../evidence/settings.js'
import { parseLevelMap } from '../evidence/levels.js'
import {
  ACTION_WORDS,
  capitalized,
  outcomeWithoutChecks,
  type SuiteOutcome,
  type SuiteRunScope,
  type SurfaceWords,
} from '../model.js'
import { plainText } from '../sanitize.js'
import { runProcess, type ProcessRunResult } from './process.js'
import { preparePytest, PYTEST_SUBSET_ARGS, runsPytest } from './pytest.js'
import { outcomeWithEvidence } from './results.js'

export interface CommandSuiteOptions extends SuiteRunScope {
  command: string
  /** Where the full (bounded) output goes, for the artifact. */
  outputLogPath?: string
  maxLogBytes?: number
  tailBytes?: number
  /** results, level-map, exit-codes, require-results, subset-args; defaults when absent. */
  evidence?: EvidenceSettings
  /** The gate's report directory: what the suite writes there is kept and listed. */
  reportDir?: string
}

const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i

/**
 * Splits a command into argv without a shell; operators, globs and comments are refused. Errors
 * begin with `subject`, what the user set it with (`Input "command"`, `--kill-switch`).
 */
export function commandArgv(
  command: string,
  subject: string,
): { argv: string[] } | { error: string } {
  const open = unclosedQuote(command)
  if (open !== null) {
    return {
      error: `${subject} has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
    }
  }
  let tokens: ReturnType<typeof parse>
  try {
    tokens = parse(command, (name) => `$${name}`)
  } catch (error) {
    return { error: `${subject} cannot be split into arguments: ${String(error)}` }
  }
  const argv: string[] = []
  for (const token of tokens) {
    if (typeof token !== 'string') {
      return {
        error: `${subject} runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
      }
    }
    argv.push(token)
  }
  if (argv.length === 0) return { error: `${subject} is empty.` }
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
  const words = options.words ?? ACTION_WORDS
  const split = commandArgv(options.command, capitalized(words.input('command')))
  if ('error' in split) return outcomeWithoutChecks('invalid', [split.error])

  if (!isDirectory(options.cwd)) {
    return outcomeWithoutChecks('invalid', [
      `${capitalized(words.input('working-directory'))} is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
    ])
  }

  const given = options.evidence ?? DEFAULT_EVIDENCE_SETTINGS
  const pytest = given.pytest === 'auto' && runsPytest(split.argv)
  const evidenceSettings = pytest ? pytestEvidenceSettings(given) : given
  const appended = subsetArgv(evidenceSettings.subsetArgs, options.subset, words)
  if ('error' in appended) return outcomeWithoutChecks('invalid', [appended.error])
  const levelMap = parseLevelMap(evidenceSettings.levelMap)
  if (!levelMap.ok) {
    return outcomeWithoutChecks('invalid', [
      `${capitalized(words.input('level-map'))} ${levelMap.error}`,
    ])
  }
  const argv = [...split.argv, ...appended.argv]

  const script = scriptPath(argv)
  if (script !== null && !existsSync(path.resolve(options.cwd, script))) {
    return outcomeWithoutChecks('missing', [
      `Smoke test script not found: ${script} (looked in ${path.resolve(options.cwd)}). Check ${words.input('command')} and ${words.input('working-directory')}.`,
    ])
  }

  const resultsDir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'preflight-'))
  const resultsPath = path.join(resultsDir, 'results.json')
  let log: WriteStream | undefined
  let logError: Error | undefined
  let outcome: SuiteOutcome
  try {
    // pytest without glue: its JUnit report (unless the workflow names its results) and markers.
    const glue = pytest
      ? await preparePytest(resultsDir, {
          junit: evidenceSettings.results.length === 0,
          pythonPath: options.env.PYTHONPATH,
        })
      : null
    let watch: EvidenceWatch
    try {
      watch = await watchEvidence(evidenceSettings, {
        cwd: options.cwd,
        preflightResults: resultsPath,
        pytestReport: glue?.junitPath ?? undefined,
        reportDir: options.reportDir,
        gateWrites: options.outputLogPath ? [options.outputLogPath] : [],
        words,
      })
    } catch (error) {
      return outcomeWithoutChecks('crashed', [(error as Error).message])
    }
    log = options.outputLogPath ? createWriteStream(options.outputLogPath) : undefined
    // Until the log is closed: an error here (its last flush on a full disk) is lost evidence.
    log?.on('error', (error) => (logError ??= error))
    const run = await runProcess({
      argv: glue ? [...argv, ...glue.args] : argv,
      cwd: options.cwd,
      env: {
        ...options.env,
        ...(glue ? { PYTHONPATH: glue.pythonPath } : {}),
        // Python buffers stdout into a pipe: without this a hung suite leaves an empty log.
        PYTHONUNBUFFERED: '1',
        PREFLIGHT_MODE: options.mode,
        PREFLIGHT_SUBSET: options.subset,
        PREFLIGHT_RESULTS: resultsPath,
      },
      timeoutMs: options.timeoutMs,
      killGraceMs: options.killGraceMs ?? 5000,
      echo: options.echo,
      log: log && { stream: log, maxBytes: options.maxLogBytes ?? 32 * 1024 * 1024 },
      tailBytes: options.tailBytes ?? 64 * 1024,
      isolation: options.isolation,
    })
    const evidence = await collectEvidence(watch, options.signal).catch(
      (error: Error): CollectedEvidence => ({
        checks: null,
        files: [],
        suiteReports: [],
        unmapped: [],
        notes: [],
        error: error.message,
      }),
    )
    outcome = outcomeWithEvidence(outcomeOfRun(run, options.timeoutMs, words), run.end, evidence, {
      mode: options.mode,
      settings: evidenceSettings,
      appendedArgs: appended.argv,
      words,
    })
  } finally {
    if (log) {
      log.end()
      await finished(log).catch(() => undefined)
    }
    await rm(resultsDir, { recursive: true, force: true })
  }
  if (logError !== undefined && outcome.outputLost === undefined) {
    outcome = {
      ...outcome,
      outputLost: `The output log could not be written: ${logError.message}. No evidence, no launch in live mode; free the disk and re-run.`,
    }
  }
  return outcome
}

/**
 * pytest's own contract when the command runs pytest (pytest: auto): exit codes 0 passed,
 * 1 tests failed, 2-5 crashes, in paper and live alike; `-m <subset>` instead of the document's
 * `--subset`, which pytest refuses, unless the workflow chose its own words.
 */
function pytestEvidenceSettings(settings: EvidenceSettings): EvidenceSettings {
  return {
    ...settings,
    exitCodes: 'any-failure',
    subsetArgs:
      settings.subsetArgs === DEFAULT_SUBSET_ARGS ? PYTEST_SUBSET_ARGS : settings.subsetArgs,
  }
}

/**
 * The words appended for a subset other than `full` (the source document's launcher appends
 * `--subset production`): subset-args split like a command, `{subset}` replaced in each word.
 */
export function subsetArgv(
  template: string,
  subset: string,
  words: SurfaceWords = ACTION_WORDS,
): { argv: string[] } | { error: string } {
  if (subset === 'full' || template.trim() === '') return { argv: [] }
  const split = commandArgv(template, capitalized(words.input('subset-args')))
  if ('error' in split) return split
  return { argv: split.argv.map((word) => word.replaceAll('{subset}', subset)) }
}

/** What the process alone says; an exit code is judged together with the evidence. */
function outcomeOfRun(run: ProcessRunResult, timeoutMs: number, words: SurfaceWords): SuiteOutcome {
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
    case 'exited':
      return { ...base, exitCode: end.exitCode }
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
          `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise ${words.input('timeout-seconds')}.`,
        ],
      }
    case 'not-found':
      return {
        ...base,
        status: 'missing',
        notes: [`${end.error}. Install it on the runner or fix ${words.input('command')}.`],
      }
    case 'spawn-error':
      return { ...base, notes: [`${end.error}.`] }
    case 'write-failed':
      return {
        ...base,
        outputLost: `${end.error[0]?.toUpperCase() ?? ''}${end.error.slice(1)}; the suite was stopped. No evidence, no launch in live mode; free the disk (or fix where the output goes) and re-run.`,
      }
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}
