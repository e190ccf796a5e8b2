// `preflight watch` and launch supervision: the gate's checks every interval, through the
// engine, with reports and log entries kept only on a change of state. Each tick writes its
// reports to a scratch directory; the real report directory gets the tick's reports and one
// operational-log entry only when the state changes, not every interval.

import { constants } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { applyPlan, planGate, type GateResult } from '../engine.js'
import { decide, modeOrStrictest } from '../decision.js'
import type { Status, OpsEvent, OpsLogEntry, SecretCustody, SurfaceWords } from '../model.js'
import { appendOpsLog, logTimestamp, opsLogEntry, runLogEntry } from '../opslog.js'
import { reportBaseName, reportFiles } from '../report/files.js'
import { killActiveProcessTrees } from '../runner/process.js'
import { plainText } from '../sanitize.js'
import { freshNameBeside, writeNewFile } from '../safe-file.js'
import type { RawInputs } from '../settings.js'
import { runHook, type HookRun } from './hook.js'
import { runWatchLoop, type WatchLoopResult } from './loop.js'
import type { WatchAction, WatchState } from './state.js'
import { failedCheckNames } from '../report/messages.js'

export interface WatchConfig {
  /** The gate's inputs for every tick; "report-dir" is where kept reports and entries go. */
  raw: RawInputs
  /** How the surface that started the watch names an input in messages. */
  words?: SurfaceWords
  reportDir: string
  intervalMs: number
  tripAfter: number
  killSwitch: string | null
  onP1: string | null
  statusFile: string | null
  cwd: string
  operator: string
  runUrl: string
  env: NodeJS.ProcessEnv
  /** Where the CLI put the runner's secrets (src/runner/custody.ts), for each tick's report. */
  secretCustody?: SecretCustody
  now: () => Date
  /** One line per tick and per change of state. */
  out: { write: (text: string) => unknown }
  signal: AbortSignal
  /** Launch supervision: stops the launched process on a trip; returns what it did. */
  stopLaunched?: (killSwitch: HookRun | null) => Promise<string>
  killGraceMs?: number
  hookTimeoutMs?: number
}

export interface WatchTick {
  status: Status
  at: Date
  /** Null when the engine itself failed (counted as a crash: fail closed). */
  result: GateResult | null
  error: string | null
  scratchDir: string | null
}

export interface WatchOutcome extends WatchLoopResult {
  /** The kill switch's run on a trip, when one was configured. */
  killSwitch: HookRun | null
}

export async function watch(config: WatchConfig): Promise<WatchOutcome> {
  const reportDir = path.resolve(config.reportDir)
  await mkdir(reportDir, { recursive: true })
  let lastTick: WatchTick | null = null
  let lastReport: string | null = null
  let killSwitch: HookRun | null = null
  let notes: string[] = []
  const scratchDirs = new Set<string>()
  // One line each, whatever the check names or hook output hold: nothing untrusted starts a line
  // (where the runner would read a workflow command).
  const write = (line: string) =>
    config.out.write(
      `[${logTimestamp(config.now())}] ${plainText(line).replace(/\s*\n\s*/g, ' ')}\n`,
    )

  const tick = async (): Promise<WatchTick> => {
    const at = config.now()
    let scratchDir: string | null = null
    try {
      scratchDir = await mkdtemp(path.join(os.tmpdir(), 'preflight-watch-'))
      scratchDirs.add(scratchDir)
      // The reports stay on disk (no upload), and no override is verified after a launch.
      const plan = planGate(
        { ...config.raw, 'report-dir': scratchDir, 'report-retention-days': '0' },
        {
          operator: config.operator,
          runUrl: config.runUrl,
          env: config.env,
          words: config.words,
          secretCustody: config.secretCustody,
        },
        config.now(),
      )
      const result = await applyPlan(plan, {
        now: config.now,
        hostName: os.hostname(),
        killGraceMs: config.killGraceMs,
      })
      return { status: result.run.outcome.status, at, result, error: null, scratchDir }
    } catch (error) {
      const message = `the checks could not be run: ${(error as Error).message}`
      return { status: 'crashed', at, result: null, error: message, scratchDir }
    }
  }

  /** The tick's reports into the report directory; a failure is noted, never stops the watch. */
  const keep = async (current: WatchTick) => {
    if (!current.result) return
    try {
      lastReport = await keepReports(current.result, reportDir)
    } catch (error) {
      notes.push(`the reports could not be kept: ${(error as Error).message}`)
    }
  }

  const hook = (name: string, command: string, kind: string, current: WatchTick) => {
    const stem = current.result
      ? path.basename(current.result.paths.markdown, '.md')
      : reportBaseName(current.at)
    return runHook(name, command, {
      cwd: config.cwd,
      env: config.env,
      logFile: path.join(reportDir, `${stem}.${kind}.log`),
      timeoutMs: config.hookTimeoutMs,
      killGraceMs: config.killGraceMs,
    })
  }

  const act = async (action: WatchAction, current: WatchTick, state: WatchState) => {
    // The hooks first: nothing (a full disk, a report name) may delay or stop the kill switch.
    if (action.kind === 'kill-switch') {
      killSwitch = config.killSwitch
        ? await hook('kill switch', config.killSwitch, 'kill-switch', current)
        : null
      const stopped = config.stopLaunched ? await config.stopLaunched(killSwitch) : ''
      notes.push(killSwitch?.summary ?? 'no kill switch configured')
      if (stopped) notes.push(stopped)
      await keep(current)
      return
    }
    if (action.kind === 'on-p1') {
      notes.push(
        config.onP1
          ? (await hook('on-p1 command', config.onP1, 'on-p1', current)).summary
          : 'no --on-p1 command configured',
      )
      await keep(current)
      return
    }
    if (action.event === 'HEALTH_RESTORED') await keep(current)
    const details = detailsOf(action.event, state, config.tripAfter, notes, lastReport)
    notes = []
    await appendOpsLog(reportDir, [tickEntry(config, current, action.event, details)])
    write(`${action.event}: ${details}`)
  }

  const afterTick = async (current: WatchTick, state: WatchState) => {
    lastTick = current
    const failures = current.result
      ? failedCheckNames(current.result.run.outcome)
      : [current.error ?? '']
    write(
      `${current.status}${failures.length ? ` (${failures.join(', ')})` : ''} → ${state.state}` +
        (state.consecutiveP0Failures
          ? `, ${state.consecutiveP0Failures}/${config.tripAfter} P0`
          : ''),
    )
    try {
      await writeStatus(config, state, current, lastReport, null)
    } catch (error) {
      write(`warning: the status file could not be written: ${(error as Error).message}`)
    }
    if (current.scratchDir) await removeScratch(current.scratchDir, scratchDirs)
  }

  const result = await runWatchLoop({
    intervalMs: config.intervalMs,
    tripAfter: config.tripAfter,
    signal: config.signal,
    hooks: { tick, cancelTick: killActiveProcessTrees, act, afterTick },
  })
  for (const dir of scratchDirs) await removeScratch(dir, scratchDirs)
  if (result.outcome === 'stopped') {
    const reason = String(config.signal.reason ?? 'stopped')
    const entry = stoppedEntry(config, lastTick, result.state, reason)
    await appendOpsLog(reportDir, [entry])
    write(`WATCH_STOPPED: ${entry.details}`)
    await writeStatus(config, result.state, lastTick, lastReport, reason)
  }
  return { ...result, killSwitch }
}

function detailsOf(
  event: OpsEvent,
  state: WatchState,
  tripAfter: number,
  notes: readonly string[],
  report: string | null,
): string {
  const what = notes.length > 0 ? `: ${notes.join('; ')}` : ''
  const where = report ? ` Report: ${report}` : ''
  switch (event) {
    case 'KILLSWITCH_ACTIVATED':
      return `${state.consecutiveP0Failures} consecutive P0 failures (trip after ${tripAfter})${what}.${where}`
    case 'P1_FAILURE_POST_LAUNCH':
      return `P1 failure after the launch (assess, controlled shutdown if critical)${what}.${where}`
    default:
      return `The checks pass again${what}.${where}`
  }
}

/** A tick's entry: from its gate run, or, when the engine failed, a crash entry of its own. */
function tickEntry(
  config: WatchConfig,
  tick: WatchTick,
  event: OpsEvent,
  details: string,
): OpsLogEntry {
  if (tick.result) return runLogEntry(tick.result.run, config.now(), event, details)
  return bareEntry(config, event, `${details} ${tick.error ?? ''}`.trim(), 'crashed')
}

function bareEntry(
  config: WatchConfig,
  event: OpsEvent,
  details: string,
  status: 'crashed' | 'skipped' = 'skipped',
): OpsLogEntry {
  const mode = config.raw.mode === 'paper' || config.raw.mode === 'live' ? config.raw.mode : null
  return opsLogEntry(
    {
      mode,
      status,
      exitCode: null,
      decision: decide({
        mode: modeOrStrictest(mode),
        status,
        forceStart: false,
        approvalVerified: false,
        facts: [status === 'crashed' ? 'gate-error' : 'no-evidence'],
      }),
      failures: [],
      operator: config.operator,
      approvers: [],
      reason: '',
      ticket: '',
      runUrl: config.runUrl,
    },
    config.now(),
    event,
    details,
  )
}

/** WATCH_STOPPED: the end of a watch that did not trip (SIGTERM, the launched process exited). */
function stoppedEntry(
  config: WatchConfig,
  lastTick: WatchTick | null,
  state: WatchState,
  reason: string,
): OpsLogEntry {
  const details = `Watch stopped (${reason}) in state ${state.state}.`
  if (lastTick) return tickEntry(config, lastTick, 'WATCH_STOPPED', details)
  return bareEntry(config, 'WATCH_STOPPED', `${details} No check had finished yet.`)
}

/** Copies a tick's reports from its scratch directory into the report directory; returns the Markdown path. */
async function keepReports(result: GateResult, reportDir: string): Promise<string> {
  const files = reportFiles(result.paths)
  const stem = path.basename(result.paths.markdown, '.md')
  for (let attempt = 1; attempt <= 100; attempt++) {
    const target = attempt === 1 ? stem : `${stem}_${attempt}`
    const markdown = path.join(reportDir, `${target}.md`)
    try {
      await copyFile(result.paths.markdown, markdown, constants.COPYFILE_EXCL)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    for (const file of files) {
      if (file === result.paths.markdown) continue
      await copyFile(file, path.join(reportDir, path.basename(file).replace(stem, target)))
    }
    return markdown
  }
  throw new Error(`Could not find a free report name in ${reportDir} for ${stem}.`)
}

async function writeStatus(
  config: WatchConfig,
  state: WatchState,
  tick: WatchTick | null,
  report: string | null,
  stopped: string | null,
): Promise<void> {
  if (!config.statusFile) return
  const status = {
    pid: process.pid,
    state: state.state,
    consecutiveP0Failures: state.consecutiveP0Failures,
    tripAfter: config.tripAfter,
    intervalSeconds: config.intervalMs / 1000,
    lastRun: tick && {
      at: tick.at.toISOString(),
      status: tick.status,
      // A tick without a result is a gate error: its verdict is the table's for that fact.
      verdict:
        tick.result?.run.decision.verdict ??
        bareEntry(config, 'GATE_ERROR', tick.error ?? '', 'crashed').decision,
      failures: tick.result ? failedCheckNames(tick.result.run.outcome) : [],
      durationMs: tick.result ? Math.round(tick.result.run.outcome.durationMs) : null,
      error: tick.error,
    },
    lastReport: report,
    stopped,
    updatedAt: config.now().toISOString(),
  }
  // Monitors read it at any time: never a half-written file.
  // Its temporary name is fresh and created exclusively: a link planted there is never followed.
  const temporary = freshNameBeside(config.statusFile, 'tmp')
  try {
    await writeNewFile(temporary, JSON.stringify(status, null, 2) + '\n')
    await rename(temporary, config.statusFile)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

async function removeScratch(dir: string, scratchDirs: Set<string>) {
  scratchDirs.delete(dir)
  await rm(dir, { recursive: true, force: true })
}
