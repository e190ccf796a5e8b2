// `preflight watch`: the checks every interval after the launch, with a kill switch. Also the
// options and configuration `launch --watch-interval` shares with it.

import os from 'node:os'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { quote } from 'shell-quote'
import { runUrlFromEnv } from '../approval/github.js'
import { retainAfterRun } from '../retention/prune.js'
import { parseSettings } from '../settings.js'
import {
  CLI_WORDS,
  cliInputName,
  SUITE_OPTIONS,
  suiteInputs,
  type SuiteFlags,
} from './suite-options.js'
import { hookCommandError } from '../watch/hook.js'
import { watch, type WatchConfig } from '../watch/watcher.js'
import { type CliIo, usageError } from './io.js'
import type { ProcessIsolation } from '../model.js'

export const WATCH_HOOK_OPTIONS = {
  'trip-after': { type: 'string' },
  'kill-switch': { type: 'string' },
  'on-p1': { type: 'string' },
  'status-file': { type: 'string' },
} as const satisfies ParseArgsConfig['options']

const WATCH_OPTIONS = {
  ...SUITE_OPTIONS,
  interval: { type: 'string' },
  ...WATCH_HOOK_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

export const WATCH_HOOK_HELP = `  --trip-after N             consecutive P0 failures that trip the kill switch (default 2)
  --kill-switch "CMD"        run once on a trip (bounded to 60 s, output kept next to the report)
  --on-p1 "CMD"              run when a P1 failure starts (once per episode)
  --status-file FILE         JSON for monitors: state, consecutive failures, last run`

const WATCH_HELP = `Usage: preflight watch --mode paper|live (--command "CMD" | --suite FILE) --interval SECONDS [options]

Runs the checks every interval (never two at once). After --trip-after consecutive P0 failures it
runs the kill switch and exits 1. One operational-log entry per change of state
(KILLSWITCH_ACTIVATED, P1_FAILURE_POST_LAUNCH, HEALTH_RESTORED), WATCH_STOPPED on SIGTERM or
Ctrl-C (exit 0). A tick's reports are kept only when the state changes.

  --mode, --command, --suite, --subset, --timeout, --working-directory, --report-dir,
  --pass-env, --redact, --results, --level-map, --exit-codes, --require-results, --subset-args
                             as for "preflight run"
  --interval SECONDS         time from one check run's start to the next's (at least 0.1)
${WATCH_HOOK_HELP}
  --report-retention-days N  archive reports older than N days at start (default 30; 0 keeps all)`

export const DEFAULT_TRIP_AFTER = 2

export interface WatchFlags extends SuiteFlags {
  'trip-after'?: string
  'kill-switch'?: string
  'on-p1'?: string
  'status-file'?: string
}

/** The watch's configuration from flags, or the problems with them. */
export function watchConfig(
  flags: WatchFlags,
  intervalText: string | undefined,
  intervalFlag: string,
  io: CliIo,
  signal: AbortSignal,
): { config: WatchConfig; retentionDays: number; banner: string } | { errors: string[] } {
  const inputs = suiteInputs(flags)
  const parsed = parseSettings(inputs, cliInputName)
  const errors = parsed.ok ? [] : [...parsed.errors]
  const interval = Number(intervalText)
  if (intervalText === undefined) errors.push(`${intervalFlag} SECONDS is required.`)
  else if (!/^\d+(\.\d+)?$/.test(intervalText) || interval < 0.1 || interval > 86_400) {
    errors.push(
      `${intervalFlag} must be a number of seconds from 0.1 to 86400, got "${intervalText}".`,
    )
  }
  const tripText = flags['trip-after'] ?? String(DEFAULT_TRIP_AFTER)
  if (!/^\d+$/.test(tripText) || Number(tripText) < 1 || Number(tripText) > 1000) {
    errors.push(`--trip-after must be a whole number from 1 to 1000, got "${tripText}".`)
  }
  // Hooks run in the suite's working directory, with the operator's environment.
  const hookCwd = path.resolve(flags['working-directory'] ?? '.')
  for (const flag of ['kill-switch', 'on-p1'] as const) {
    const command = flags[flag]
    const error =
      command === undefined ? null : hookCommandError(`--${flag}`, command, hookCwd, io.env)
    if (error) errors.push(error)
  }
  if (!parsed.ok || errors.length > 0) return { errors }
  const { settings } = parsed
  const hook = (command: string | undefined, without: string) =>
    command === undefined ? without : quote([command])
  const banner = [
    `Watching ${settings.mode.toUpperCase()}: ${settings.source.kind === 'suite' ? `suite ${settings.source.path}` : `command ${quote([settings.source.command])}`} (subset ${settings.subset}), every ${interval} s`,
    `  Trips after ${tripText} consecutive P0 failure(s); a timeout, a crash or unreadable results count as P0`,
    `  Kill switch: ${hook(flags['kill-switch'], 'none (a trip is logged, then exit 1)')}`,
    `  On a P1 failure: ${hook(flags['on-p1'], 'none (logged only)')}`,
    ...(flags['status-file'] ? [`  Status file: ${path.resolve(flags['status-file'])}`] : []),
    `  Reports and the operational log: ${settings.reportDir}`,
  ].join('\n')
  return {
    banner,
    retentionDays: settings.reportRetentionDays,
    config: {
      raw: inputs,
      words: CLI_WORDS,
      reportDir: settings.reportDir,
      intervalMs: interval * 1000,
      tripAfter: Number(tripText),
      killSwitch: flags['kill-switch'] ?? null,
      onP1: flags['on-p1'] ?? null,
      statusFile: flags['status-file'] ? path.resolve(flags['status-file']) : null,
      cwd: path.resolve(settings.workingDirectory),
      operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || os.userInfo().username,
      runUrl: runUrlFromEnv(io.env),
      env: flags.leg === undefined ? io.env : { ...io.env, PREFLIGHT_LEG: flags.leg },
      secretCustody: io.secretCustody,
      now: () => new Date(),
      out: io.stdout,
      signal,
    },
  }
}

/** Turns SIGTERM, SIGINT and SIGHUP into an abort while `body` runs. */
export async function withStopSignals<T>(
  controller: AbortController,
  body: () => Promise<T>,
  onSignal: (signal: NodeJS.Signals) => void = (signal) => controller.abort(signal),
): Promise<T> {
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const
  for (const signal of signals) process.on(signal, onSignal)
  try {
    return await body()
  } finally {
    for (const signal of signals) process.off(signal, onSignal)
  }
}

export async function watchCommand(args: string[], io: CliIo): Promise<number> {
  let values
  try {
    values = parseArgs({
      args,
      options: WATCH_OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    usageError(io, 'watch', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(WATCH_HELP + '\n')
    return 0
  }
  const controller = new AbortController()
  const built = watchConfig(values, values.interval, '--interval', io, controller.signal)
  if ('errors' in built) {
    io.stderr.write(built.errors.map((e) => `preflight watch: ${e}`).join('\n') + '\n')
    return 1
  }
  const notes: string[] = []
  await retainAfterRun(notes, path.resolve(built.config.reportDir), built.retentionDays, new Date())
  for (const note of notes) io.stderr.write(`${note}\n`)
  io.stdout.write(`${built.banner}\n  Stop with Ctrl-C or SIGTERM (logged as WATCH_STOPPED).\n`)
  const outcome = await withStopSignals(controller, () => watch(built.config))
  return outcome.outcome === 'tripped' ? 1 : 0
}

export const LAUNCH_WATCH_OPTIONS = {
  'watch-interval': { type: 'string' },
  ...WATCH_HOOK_OPTIONS,
} as const satisfies ParseArgsConfig['options']

export const LAUNCH_WATCH_HELP = `  --watch-interval SECONDS   keep running the checks after the launch; on a trip run the kill
                             switch, else stop the launched process tree (TERM, KILL after 5 s),
                             and exit 1
${WATCH_HOOK_HELP}`

export type LaunchWatchFlags = WatchFlags & { 'watch-interval'?: string }

/** The launch's supervision from its flags: null without --watch-interval, or the problems. */
export function launchSupervision(
  flags: LaunchWatchFlags,
  io: CliIo,
): { config: WatchConfig; banner: string } | { errors: string[] } | null {
  if (flags['watch-interval'] === undefined) {
    const stray = Object.keys(WATCH_HOOK_OPTIONS).filter(
      (flag) => flags[flag as keyof WatchFlags] !== undefined,
    )
    return stray.length > 0
      ? { errors: stray.map((flag) => `--${flag} needs --watch-interval SECONDS.`) }
      : null
  }
  // The real signal is the supervisor's; this one only fills the shape.
  return watchConfig(
    flags,
    flags['watch-interval'],
    '--watch-interval',
    io,
    new AbortController().signal,
  )
}

export async function superviseLaunchCommand(
  argv: string[],
  { config, banner }: { config: WatchConfig; banner: string },
  io: CliIo,
  isolation: ProcessIsolation | undefined,
): Promise<number> {
  const { superviseLaunch } = await import('../watch/supervise.js')
  io.stdout.write(
    `${banner}\n  The launched process is stopped on a trip; Ctrl-C or SIGTERM is passed on to it.\n`,
  )
  return superviseLaunch({
    argv,
    env: io.env,
    isolation,
    stderr: io.stderr,
    watch: (signal, stopLaunched, onStopSignal) =>
      withStopSignals(
        new AbortController(),
        () => watch({ ...config, signal, stopLaunched }),
        onStopSignal,
      ),
  })
}
