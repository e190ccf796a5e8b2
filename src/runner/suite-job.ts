// One run of the gate's configured suite (a command or a suite file): the suite runner the engine
// is handed. It returns what the suite did as a fact (a SuiteOutcome) and never throws for a lost
// output: a job log or output log that cannot be written is part of the outcome.

import path from 'node:path'
import type { Writable } from 'node:stream'
import type { ProcessIsolation, SuiteOutcome, SuiteRunScope, SurfaceWords } from '../model.js'
import type { Redactor } from '../redact.js'
import type { GateSettings } from '../settings.js'
import { killActiveProcessTrees } from './process.js'
import { writeSuiteOutputLog } from './suite-log.js'

/** What one run of the suite needs: the settings, where output goes, how it is sealed. */
export interface SuiteJob {
  settings: GateSettings
  /** How the surface names its inputs in the notes the run writes. */
  words: SurfaceWords
  /** The sealed environment the suite's processes get. */
  env: NodeJS.ProcessEnv
  /** Hides every secret from the echo; learns those the suite expands as it runs. */
  redactor: Redactor
  /** Where the suite's output is echoed live (redacted on the way). */
  echo?: Writable
  killGraceMs?: number
  isolation?: ProcessIsolation
  outputLog: string | null
  reportDir: string
  /** Cancellation: a results file being parsed is left unparsed. */
  signal?: AbortSignal
}

/** Runs the suite: the engine's default is runSuiteJob; an entry point may frame its output. */
export type SuiteRunner = (job: SuiteJob) => Promise<SuiteOutcome>

export async function runSuiteJob(job: SuiteJob): Promise<SuiteOutcome> {
  const { settings, redactor } = job
  const echo = redactor.stream()
  // A job log that cannot be written (EPIPE, EIO) is a fact, never a crash: the suite is stopped.
  let echoLost: string | undefined
  const onEchoError = (error: Error) => {
    if (echoLost !== undefined) return
    echoLost = `The live echo of the suite's output could not be written: ${error.message}; the suite was stopped. No evidence, no launch in live mode.`
    if (job.echo) echo.unpipe(job.echo)
    echo.resume()
    killActiveProcessTrees()
  }
  if (job.echo) {
    job.echo.on('error', onEchoError)
    echo.pipe(job.echo, { end: false })
  } else echo.resume()
  const scope: SuiteRunScope = {
    mode: settings.mode,
    words: job.words,
    subset: settings.subset,
    timeoutMs: settings.timeoutSeconds * 1000,
    cwd: path.resolve(settings.workingDirectory),
    env: job.env,
    echo,
    killGraceMs: job.killGraceMs,
    onSecret: (value) => redactor.add(value),
    isolation: job.isolation,
    signal: job.signal,
  }
  const withEchoLost = (outcome: SuiteOutcome): SuiteOutcome =>
    echoLost === undefined || outcome.outputLost !== undefined
      ? outcome
      : { ...outcome, outputLost: echoLost }
  const source = settings.source
  try {
    if (source.kind === 'suite') {
      // Loaded only for suite files, so the command path does not pay for the YAML parser.
      const { runSuiteFile } = await import('../suite/runner.js')
      const outcome = await runSuiteFile({ ...scope, path: source.path })
      if (job.outputLog === null) return withEchoLost(outcome)
      try {
        await writeSuiteOutputLog(job.outputLog, outcome)
      } catch (error) {
        const outputLost = `The output log could not be written: ${(error as Error).message}. No evidence, no launch in live mode; free the disk and re-run.`
        return withEchoLost({ ...outcome, outputLost })
      }
      return withEchoLost(outcome)
    }
    const { runCommandSuite } = await import('./command.js')
    const outcome = await runCommandSuite({
      ...scope,
      command: source.command,
      outputLogPath: job.outputLog ?? undefined,
      evidence: settings.evidence,
      reportDir: job.reportDir,
    })
    return withEchoLost(outcome)
  } finally {
    // The last partial line, then the end of the window that stops workflow commands.
    await new Promise<void>((resolve) => echo.end(resolve))
  }
}
