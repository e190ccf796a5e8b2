// `suite-isolation: pid`: the suite (and the process `preflight launch` starts) runs in its own
// PID and mount namespace. It sees only its own processes (a fresh /proc: the gate's environment
// and memory are out of sight), the runner's file commands are hidden from it, paths the gate
// protects are read-only, and when its first process ends the kernel kills every process left
// in the namespace: double forks, `setsid` and `env -i` daemons included.
//
// The chain, outside in:
//   [sudo -n env -i …] unshare (new PID + mount namespace, fresh /proc)
//     → sh: the mounts (tmpfs over hidden directories, /dev/null over hidden files, read-only binds)
//     → unshare --user (or setpriv under sudo): the suite's user, without capabilities over the
//       mounts, which a new user namespace also locks (they cannot be unmounted to uncover what
//       they hide)
//     → node init (PID 1): forwards signals, reports the suite's end on fd 3, exits with it.

import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import type {
  IsolationReport,
  Launcher,
  ProcessIsolation,
  SuiteIsolationSetting,
} from '../model.js'

export type IsolationProbeResult = { ok: true; launcher: Launcher } | { ok: false; reason: string }
/** Finds out whether (and how) pid isolation works here; injectable for tests. */
export type IsolationProbe = () => Promise<IsolationProbeResult>

/** The runner's file commands: through them a suite could set outputs, state or later steps' env. */
export const FILE_COMMAND_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
] as const

/**
 * What the suite must not reach: the runner's file-command directory (whole, when the files are
 * in the runner's `_runner_file_commands`), else each file-command file on its own.
 */
export function fileCommandPaths(env: NodeJS.ProcessEnv): string[] {
  const paths = new Set<string>()
  const runnerDir = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, '_runner_file_commands') : null
  if (runnerDir !== null && exists(runnerDir)) paths.add(runnerDir)
  for (const name of FILE_COMMAND_VARIABLES) {
    const file = env[name]
    if (!file || !path.isAbsolute(file) || !exists(file)) continue
    const dir = path.dirname(file)
    paths.add(path.basename(dir) === '_runner_file_commands' ? dir : file)
  }
  return [...paths]
}

/** The decision for a run: pid where asked (or, for auto, where available), with the reason for none. */
export async function chooseIsolation(
  requested: SuiteIsolationSetting,
  probe: IsolationProbe,
): Promise<{ report: IsolationReport; launcher: Launcher | null }> {
  if (requested === 'none') {
    return {
      report: { requested, used: 'none', via: null, reason: 'suite-isolation is none' },
      launcher: null,
    }
  }
  const found = await probe()
  if (found.ok) {
    return {
      report: { requested, used: 'pid', via: found.launcher.via, reason: null },
      launcher: found.launcher,
    }
  }
  return { report: { requested, used: 'none', via: null, reason: found.reason }, launcher: null }
}

// PID 1 of the namespace. It must handle signals (the kernel drops unhandled ones sent to a
// namespace's init), and it reports how the suite ended on fd 3, which the suite never holds
// (its fd 3 is /dev/null), so an exit by signal is told apart from an exit code.
const INIT = `
const fs = require('node:fs'), { spawn } = require('node:child_process'), os = require('node:os')
const [nodeOptions, file, ...args] = process.argv.slice(1)
const env = { ...process.env }
if (nodeOptions !== '') env.NODE_OPTIONS = nodeOptions
const report = (status) => { try { fs.writeSync(3, JSON.stringify(status)); fs.closeSync(3) } catch {} }
const nul = fs.openSync('/dev/null', 'r')
const child = spawn(file, args, { stdio: ['inherit', 'inherit', 'inherit', nul], env })
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2']) {
  process.on(s, () => { try { child.kill(s) } catch {} })
}
child.on('error', (e) => { report({ error: e.code || 'EUNKNOWN', message: e.message }); process.exit(127) })
child.on('exit', (code, signal) => {
  report(code === null ? { signal } : { code })
  process.exit(code === null ? 128 + (os.constants.signals[signal] || 0) : code)
})
`

// The mounts, made while the namespace still has the capabilities to: `hide-dir:P` (an empty
// read-only tmpfs), `hide-file:P` (/dev/null: reads are empty, writes go nowhere), `ro:P`.
const MOUNTS = `set -e
while [ "$#" -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    hide-dir:*) mount -t tmpfs -o ro,size=4k,mode=0555 preflight-hidden "\${1#hide-dir:}" ;;
    hide-file:*) mount --bind /dev/null "\${1#hide-file:}"; mount -o remount,bind,ro "\${1#hide-file:}" ;;
    ro:*) mount --bind "\${1#ro:}" "\${1#ro:}"; mount -o remount,bind,ro "\${1#ro:}" ;;
  esac
  shift
done
exec "$@"`

export interface IsolatedCommand {
  argv: string[]
  env: NodeJS.ProcessEnv
  /** fd 3 carries the suite's end from the namespace's init (sudo closes it: then only the code). */
  statusFd: boolean
}

/** The command line that runs argv isolated, with the suite's environment. */
export function isolatedCommand(
  isolation: ProcessIsolation,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): IsolatedCommand {
  const { launcher, rules } = isolation
  const mounts = [
    ...rules.hide.map((p) => (isDirectory(p) ? `hide-dir:${p}` : `hide-file:${p}`)),
    ...rules.readOnly.map((p) => `ro:${p}`),
  ]
  const initEnv: NodeJS.ProcessEnv = { ...env }
  delete initEnv.NODE_OPTIONS // the suite's, restored for it: never the init's
  const init = [process.execPath, '-e', INIT, '--', env.NODE_OPTIONS ?? '', ...argv]
  const namespaces = ['--pid', '--mount', '--fork', '--kill-child', '--mount-proc']
  const shell = ['/bin/sh', '-c', MOUNTS, 'preflight-isolation', ...mounts, '--']
  switch (launcher.via) {
    case 'root':
      return {
        argv: [
          'unshare',
          ...namespaces,
          '--',
          ...shell,
          ...['unshare', '--user', '--map-user=0', '--map-group=0', '--mount', '--'],
          ...init,
        ],
        env: initEnv,
        statusFd: true,
      }
    case 'user-namespace':
      return {
        argv: [
          'unshare',
          '--user',
          '--map-root-user',
          ...namespaces,
          '--',
          ...shell,
          'unshare',
          '--user',
          `--map-user=${launcher.uid}`,
          `--map-group=${launcher.gid}`,
          '--mount',
          '--',
          ...init,
        ],
        env: initEnv,
        statusFd: true,
      }
    case 'sudo':
      // sudo resets the environment: it is handed over as env -i's arguments (the suite's own,
      // sealed environment; nothing secret), and the suite drops back to the runner's user.
      return {
        argv: [
          'sudo',
          '-n',
          '--',
          'env',
          '-i',
          ...Object.entries(initEnv)
            .filter(([name, value]) => value !== undefined && !name.includes('='))
            .map(([name, value]) => `${name}=${value}`),
          'unshare',
          ...namespaces,
          '--',
          ...shell,
          'setpriv',
          `--reuid=${launcher.uid}`,
          `--regid=${launcher.gid}`,
          '--init-groups',
          '--inh-caps=-all',
          '--bounding-set=-all',
          '--',
          ...init,
        ],
        env: { PATH: env.PATH ?? '/usr/bin:/bin' },
        statusFd: false,
      }
  }
}

/** How the init reported the suite's end on fd 3 (null when it could not: then the exit code). */
export type InitStatus =
  { code: number } | { signal: NodeJS.Signals } | { error: string; message: string }

export function parseInitStatus(text: string): InitStatus | null {
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    if (typeof value.code === 'number') return { code: value.code }
    if (typeof value.signal === 'string') return { signal: value.signal as NodeJS.Signals }
    if (typeof value.error === 'string' && typeof value.message === 'string') {
      return { error: value.error, message: value.message }
    }
  } catch {
    // not a status: the init never got to report
  }
  return null
}

const PROBE_TIMEOUT_MS = 10_000

/**
 * The real probe: runs `true` through each way in turn (root directly; else a user namespace,
 * then passwordless sudo) and takes the first that reports a clean end. Linux only.
 */
export const probeIsolation: IsolationProbe = async () => {
  if (process.platform !== 'linux') {
    return { ok: false, reason: `PID namespaces exist only on Linux (this is ${process.platform})` }
  }
  const uid = process.getuid?.() ?? -1
  const gid = process.getgid?.() ?? -1
  const candidates: Launcher[] =
    uid === 0
      ? [{ via: 'root' }]
      : [
          { via: 'user-namespace', uid, gid },
          { via: 'sudo', uid, gid },
        ]
  const failures: string[] = []
  for (const launcher of candidates) {
    const failure = await tryLauncher(launcher)
    if (failure === null) return { ok: true, launcher }
    failures.push(`${launcher.via}: ${failure}`)
  }
  return { ok: false, reason: `PID namespaces are not available here (${failures.join('; ')})` }
}

let cachedProbe: Promise<IsolationProbeResult> | null = null
/** The real probe, once per process (each way costs a few processes). */
export const cachedIsolationProbe: IsolationProbe = () => (cachedProbe ??= probeIsolation())

function tryLauncher(launcher: Launcher): Promise<string | null> {
  const command = isolatedCommand(
    { launcher, rules: { hide: [], readOnly: [] } },
    ['true'],
    process.env.PATH ? { PATH: process.env.PATH } : {},
  )
  const [file, ...args] = command.argv as [string, ...string[]]
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      env: command.env,
      stdio: ['ignore', 'ignore', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
      detached: true,
    })
    let stderr = ''
    let status = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-500)))
    child.stdio[3]?.on('data', (chunk: Buffer) => (status += chunk.toString()))
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL')
      } catch {
        // gone already
      }
    }, PROBE_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve(error.message)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const ended = command.statusFd ? parseInitStatus(status) : { code }
      if (code === 0 && ended !== null && 'code' in ended && ended.code === 0) resolve(null)
      else {
        const said = stderr.trim().split('\n').slice(-1)[0] ?? ''
        resolve(`${signal ? `killed by ${signal}` : `exit ${code}`}${said ? `: ${said}` : ''}`)
      }
    })
  })
}

/** What a suite can do under `none`, for the report. */
export const NONE_EXPOSURE =
  'the suite runs as the gate’s user in the gate’s namespaces: it can see and signal every process of that user (the gate’s included), read their /proc entries (environment and command lines), write the runner’s file commands and the report directory, and start daemons that only the process tracking can find'

function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}
