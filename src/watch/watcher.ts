// `preflight watch` and launch supervision: the gate's checks every interval, through the
// engine, with reports and log entries kept only on a change of state. Each tick writes its
// reports to a scratch directory; the real report directory gets the tick's reports and one
// operational-log entry only when the state changes, not every interval.

import { constants } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { opsLogEntry, runGate, type GateResult } from '../engine.js'
import type { Status } from '../model.js'
import { appendOpsLog, logTimestamp, type OpsEvent, type OpsLogEntry } from '../opslog.js'
import { reportFiles } from '../report/files.js'
import { failedCheckNames } from '../report/model.js'
import { killActiveProcessTrees } from '../runner/process.js'
import type { RawInputs } from '../settings.js'
import { runHook, type HookRun } from './hook.js'
import { runWatchLoop, type WatchLoopResult } from './loop.js'
import type { WatchAction, WatchState } from './state.js'

export interface WatchConfig {
  /** The gate's inputs for every tick; "report-dir" is where kept reports and entries go. */
  raw: RawInputs
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
  result: GateResult
  scratchDir: string
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
  let hookNote = ''
  const scratchDirs = new Set<string>()
  const write = (line: string) => config.out.write(`[${logTimestamp(config.now())}] ${line}\n`)

  const tick = async (): Promise<WatchTick> => {
    const scratchDir = await mkdtemp(path.join(os.tmpdir(), 'preflight-watch-'))
    scratchDirs.add(scratchDir)
    const at = config.now()
    const result = await runGate(
      { ...config.raw, 'report-dir': scratchDir, 'report-retention-days': '0' },
      {
        operator: config.operator,
        runUrl: config.runUrl,
        env: config.env,
        now: config.now,
        killGraceMs: config.killGraceMs,
      },
    )
    return { status: result.run.outcome.status, at, result, scratchDir }
  }

  const hookOptions = (kind: string) => ({
    cwd: config.cwd,
    env: config.env,
    logFile: path.join(reportDir, `${path.basename(lastReport ?? 'WATCH', '.md')}.${kind}.log`),
    timeoutMs: config.hookTimeoutMs,
    killGraceMs: config.killGraceMs,
  })

  const act = async (action: WatchAction, current: WatchTick, state: WatchState) => {
    if (action.kind === 'kill-switch') {
      lastReport = await keepReports(current.result, reportDir)
      killSwitch = config.killSwitch
        ? await runHook('kill switch', config.killSwitch, hookOptions('kill-switch'))
        : null
      const stopped = config.stopLaunched ? await config.stopLaunched(killSwitch) : ''
      hookNote = [killSwitch?.summary ?? 'no kill switch configured', stopped]
        .filter(Boolean)
        .join('; ')
      return
    }
    if (action.kind === 'on-p1') {
      lastReport = await keepReports(current.result, reportDir)
      hookNote = config.onP1
        ? (await runHook('on-p1 command', config.onP1, hookOptions('on-p1'))).summary
        : 'no --on-p1 command configured'
      return
    }
    if (action.event === 'HEALTH_RESTORED') {
      lastReport = await keepReports(current.result, reportDir)
    }
    const details = detailsOf(action.event, state, config.tripAfter, hookNote, lastReport)
    hookNote = ''
    await appendOpsLog(reportDir, [
      opsLogEntry(current.result.run, config.now(), action.event, details),
    ])
    write(`${action.event}: ${details}`)
  }

  const afterTick = async (current: WatchTick, state: WatchState) => {
    lastTick = current
    const failures = failedCheckNames(current.result.run.outcome)
    write(
      `${current.status}${failures.length ? ` (${failures.join(', ')})` : ''} → ${state.state}` +
        (state.consecutiveP0Failures
          ? `, ${state.consecutiveP0Failures}/${config.tripAfter} P0`
          : ''),
    )
    await writeStatus(config, state, current, lastReport, null)
    await removeScratch(current.scratchDir, scratchDirs)
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
  hookNote: string,
  report: string | null,
): string {
  const where = report ? ` Report: ${report}` : ''
  switch (event) {
    case 'KILLSWITCH_ACTIVATED':
      return `${state.consecutiveP0Failures} consecutive P0 failures (trip after ${tripAfter}): ${hookNote}.${where}`
    case 'P1_FAILURE_POST_LAUNCH':
      return `P1 failure after the launch: assess, controlled shutdown if critical; ${hookNote}.${where}`
    default:
      return `The checks pass again.${where}`
  }
}

/** WATCH_STOPPED: the end of a watch that did not trip (SIGTERM, the launched process exited). */
function stoppedEntry(
  config: WatchConfig,
  lastTick: WatchTick | null,
  state: WatchState,
  reason: string,
): OpsLogEntry {
  const details = `Watch stopped (${reason}) in state ${state.state}.`
  if (lastTick) return opsLogEntry(lastTick.result.run, config.now(), 'WATCH_STOPPED', details)
  return {
    timestamp: config.now().toISOString(),
    event: 'WATCH_STOPPED',
    mode: config.raw.mode === 'paper' || config.raw.mode === 'live' ? config.raw.mode : null,
    status: 'skipped',
    exitCode: null,
    gateExitCode: 0,
    failures: [],
    decision: 'proceed',
    operator: config.operator,
    approvers: [],
    reason: '',
    ticket: '',
    runUrl: config.runUrl,
    details: `${details} No check had finished yet.`,
  }
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
      verdict: tick.result.run.decision.verdict,
      failures: failedCheckNames(tick.result.run.outcome),
      durationMs: Math.round(tick.result.run.outcome.durationMs),
    },
    lastReport: report,
    stopped,
    updatedAt: config.now().toISOString(),
  }
  // Monitors read it at any time: never a half-written file.
  const temporary = `${config.statusFile}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(status, null, 2) + '\n', 'utf8')
  await rename(temporary, config.statusFile)
}

async function removeScratch(dir: string, scratchDirs: Set<string>) {
  scratchDirs.delete(dir)
  await rm(dir, { recursive: true, force: true })
}
