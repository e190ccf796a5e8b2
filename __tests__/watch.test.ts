import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ARGS } from './helpers/action-runner.js'
import { isAlive, processesWithCommandLine, waitFor } from './helpers/processes.js'
import { httpServer, tcpServer } from './helpers/servers.js'
import { cachedIsolationProbe } from '../src/runner/isolation.js'
import { watch, type WatchConfig } from '../src/watch/watcher.js'
import type { OpsLogEntry } from '../src/model.js'
import { tempDir } from './helpers/temp.js'

async function workspace() {
  const dir = await tempDir('preflight-watch-test-')
  const hook = path.join(dir, 'hook.mjs')
  // Appends its name to a file: how many times a hook ran, and with which output.
  await writeFile(
    hook,
    "import { appendFileSync } from 'node:fs'\nappendFileSync(process.argv[2], process.argv[3] + '\\n')\nconsole.log('hook ran: ' + process.argv[3])\n",
  )
  return { dir, hook, marks: path.join(dir, 'marks.txt'), reports: path.join(dir, 'reports') }
}

async function suite(dir: string, checks: object[]): Promise<string> {
  const file = path.join(dir, 'suite.json')
  await writeFile(file, JSON.stringify({ version: 1, checks }))
  return file
}

const tcpCheck = (port: number) => ({
  name: 'Trading service port',
  level: 'P0',
  kind: 'tcp',
  host: '127.0.0.1',
  port,
})

async function opsLog(reportDir: string): Promise<OpsLogEntry[]> {
  const file = path.join(reportDir, 'operational-log.jsonl')
  if (!existsSync(file)) return []
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OpsLogEntry)
    .filter((e) => e.event !== 'REPORTS_RECORDED')
}

const marks = async (file: string) =>
  existsSync(file) ? (await readFile(file, 'utf8')).split('\n').filter(Boolean) : []

/** A watch in this process; `onTick` sees each tick's line and may act (stop a server, abort). */
function watcher(
  w: Awaited<ReturnType<typeof workspace>>,
  suiteFile: string,
  options: Partial<WatchConfig>,
  onTick: (tickLines: string[], controller: AbortController) => void,
) {
  const controller = new AbortController()
  const lines: string[] = []
  const tickLines: string[] = []
  const config: WatchConfig = {
    raw: { mode: 'live', suite: suiteFile, 'timeout-seconds': '5', 'upload-artifact': 'false' },
    reportDir: w.reports,
    intervalMs: 100,
    tripAfter: 2,
    killSwitch: `node ${w.hook} ${w.marks} kill-switch`,
    onP1: `node ${w.hook} ${w.marks} on-p1`,
    statusFile: path.join(w.dir, 'status.json'),
    cwd: w.dir,
    operator: 'ops-bot',
    runUrl: '',
    env: { PATH: process.env.PATH },
    now: () => new Date(),
    out: {
      write: (text: string) => {
        lines.push(text.trim())
        if (text.includes(' → ')) {
          tickLines.push(text.trim())
          onTick(tickLines, controller)
        }
      },
    },
    signal: controller.signal,
    ...options,
  }
  return { run: () => watch(config), lines, tickLines }
}

describe('preflight watch', () => {
  it('trips the kill switch after N consecutive P0 failures of a service that went down, not after one', async () => {
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    const { run, lines, tickLines } = watcher(w, file, { tripAfter: 3 }, (ticks) => {
      if (ticks.length === 2) void service.close()
    })
    const outcome = await run()

    expect(outcome.outcome).toBe('tripped')
    expect(outcome.ticks).toBe(5)
    expect(tickLines.map((l) => l.replace(/^\[[^\]]+\] /, '').replace(/ \(.*\)/, ''))).toEqual([
      'passed → healthy',
      'passed → healthy',
      'p0-failed → p0-failing, 1/3 P0',
      'p0-failed → p0-failing, 2/3 P0',
      'p0-failed → tripped, 3/3 P0',
    ])
    // The kill switch ran once, on the third failure: its line comes after the second failure's.
    expect(await marks(w.marks)).toEqual(['kill-switch'])
    const trip = lines.findIndex((l) => l.includes('KILLSWITCH_ACTIVATED'))
    expect(trip).toBeGreaterThan(lines.findIndex((l) => l.includes('2/3 P0')))
    const entries = await opsLog(w.reports)
    expect(entries.map((e) => e.event)).toEqual(['KILLSWITCH_ACTIVATED'])
    expect(entries[0]?.details).toMatch(
      /^3 consecutive P0 failures \(trip after 3\): kill switch ".*" exited 0; output ends: hook ran: kill-switch/,
    )
    expect(entries[0]?.failures).toEqual(['Trading service port (P0)'])
    // The failing tick's reports are kept, and the kill switch's output beside them.
    const kept = await readdir(w.reports)
    expect(kept.filter((n) => n.endsWith('.md'))).toHaveLength(1)
    expect(kept.filter((n) => n.endsWith('.kill-switch.log'))).toHaveLength(1)
    const status = JSON.parse(await readFile(path.join(w.dir, 'status.json'), 'utf8'))
    expect(status).toMatchObject({ state: 'tripped', consecutiveP0Failures: 3, tripAfter: 3 })
    expect(status.lastRun).toMatchObject({ status: 'p0-failed', verdict: 'abort' })
  })

  it('does not trip on a flapping service', async () => {
    const w = await workspace()
    let requests = 0
    const service = await httpServer((_req, res) => {
      res.statusCode = requests++ % 2 === 0 ? 200 : 503
      res.end()
    })
    const file = await suite(w.dir, [
      { name: 'Health endpoint', level: 'P0', kind: 'http', url: `${service.url}/health` },
    ])
    const { run, tickLines } = watcher(w, file, { tripAfter: 2 }, (ticks, controller) => {
      if (ticks.length === 8) controller.abort('test done')
    })
    const outcome = await run()
    await service.close()
    expect(outcome.outcome).toBe('stopped')
    expect(tickLines.filter((l) => l.includes('p0-failing, 1/2 P0'))).toHaveLength(4)
    expect(await marks(w.marks)).toEqual([])
    expect((await opsLog(w.reports)).map((e) => e.event)).toEqual(['WATCH_STOPPED'])
  })

  it('reports a P1 failure once per episode, runs --on-p1, and logs the recovery', async () => {
    const w = await workspace()
    const p0 = await tcpServer()
    let failing = false
    const p1 = await httpServer((_req, res) => {
      res.statusCode = failing ? 500 : 200
      res.end()
    })
    const file = await suite(w.dir, [
      tcpCheck(p0.port),
      { name: 'Risk engine', level: 'P1', kind: 'http', url: p1.url },
    ])
    const { run } = watcher(w, file, {}, (ticks, controller) => {
      if (ticks.length === 1) failing = true
      if (ticks.length === 4) failing = false
      if (ticks.length === 6) controller.abort('test done')
    })
    const outcome = await run()
    await Promise.all([p0.close(), p1.close()])
    expect(outcome.outcome).toBe('stopped')
    expect(await marks(w.marks)).toEqual(['on-p1'])
    const events = (await opsLog(w.reports)).map((e) => e.event)
    expect(events).toEqual(['P1_FAILURE_POST_LAUNCH', 'HEALTH_RESTORED', 'WATCH_STOPPED'])
  })
})

/** Runs the CLI; returns the child and a promise of its exit. */
function cli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c))
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string; at: number }>(
    (resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve({ code, stdout, stderr, at: performance.now() })
      }),
  )
  return { child, exited }
}

describe('preflight watch, fail closed', () => {
  it('counts a tick whose checks cannot run at all as a P0 failure', async () => {
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    const tmpdir = process.env.TMPDIR
    // Each tick's scratch directory goes under TMPDIR: one that does not exist breaks the engine.
    process.env.TMPDIR = path.join(w.dir, 'missing')
    try {
      const { run, tickLines } = watcher(w, file, { tripAfter: 2 }, () => undefined)
      const outcome = await run()
      expect(outcome.outcome).toBe('tripped')
      expect(tickLines).toHaveLength(2)
      expect(tickLines[0]).toMatch(/crashed \(the checks could not be run: ENOENT/)
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = tmpdir
      await service.close()
    }
    expect(await marks(w.marks)).toEqual(['kill-switch'])
    const [entry] = await opsLog(w.reports)
    expect(entry).toMatchObject({
      event: 'KILLSWITCH_ACTIVATED',
      status: 'crashed',
      decision: 'abort',
    })
    expect(entry?.details).toMatch(/the checks could not be run/)
  })
})

describe('preflight watch as a process', () => {
  it('ends within a second of SIGTERM, with a WATCH_STOPPED entry, even mid-check', async () => {
    const w = await workspace()
    const started = path.join(w.dir, 'started')
    // A check that takes 30 s: SIGTERM arrives while it runs.
    const slow = path.join(w.dir, 'slow.sh')
    // Its own duration marks it: in the suite's PID namespace $$ is no host pid.
    const marker = `30.${process.pid}`
    await writeFile(slow, `#!/bin/sh\necho $$ > ${started}\nexec sleep ${marker}\n`, {
      mode: 0o755,
    })
    const { child, exited } = cli(
      [
        'watch',
        '--mode',
        'live',
        '--command',
        slow,
        '--timeout',
        '60',
        '--interval',
        '1',
        '--report-dir',
        w.reports,
        '--status-file',
        path.join(w.dir, 'status.json'),
      ],
      w.dir,
    )
    expect(await waitFor(() => existsSync(started), 20_000)).toBe(true)
    expect(
      await waitFor(() => processesWithCommandLine(['sleep', marker]).length === 1, 5000),
    ).toBe(true)
    const sent = performance.now()
    child.kill('SIGTERM')
    const result = await exited
    expect(result.at - sent).toBeLessThan(1000)
    expect(result.code).toBe(0)
    expect(processesWithCommandLine(['sleep', marker])).toEqual([])
    const entries = await opsLog(w.reports)
    expect(entries.map((e) => e.event)).toEqual(['WATCH_STOPPED'])
    expect(entries[0]?.details).toMatch(/Watch stopped \(SIGTERM\)/)
  })

  it('refuses a bad interval before running anything', async () => {
    const w = await workspace()
    const { exited } = cli(
      ['watch', '--mode', 'live', '--command', 'true', '--interval', 'soon'],
      w.dir,
    )
    const result = await exited
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/--interval must be a number of seconds/)
  })
})

describe('preflight launch --watch-interval', () => {
  it('without isolation, stops the launched process tree on a trip and exits 1', async () => {
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    const pids = path.join(w.dir, 'pids')
    // The launched service and a grandchild, both running until stopped.
    const launched = path.join(w.dir, 'service.sh')
    await writeFile(launched, `#!/bin/sh\nsleep 300 &\necho "$$ $!" > ${pids}\nwait\n`, {
      mode: 0o755,
    })
    const { exited } = cli(
      [
        'launch',
        '--mode',
        'live',
        '--suite',
        file,
        '--yes',
        '--report-dir',
        w.reports,
        '--watch-interval',
        '0.2',
        '--trip-after',
        '2',
        '--suite-isolation',
        'none',
        '--',
        launched,
      ],
      w.dir,
    )
    expect(await waitFor(() => existsSync(pids), 20_000)).toBe(true)
    await new Promise((r) => setTimeout(r, 200))
    const [shell, grandchild] = (await readFile(pids, 'utf8')).trim().split(' ').map(Number)
    expect(isAlive(shell as number) && isAlive(grandchild as number)).toBe(true)
    await service.close()
    const result = await exited
    expect(result.code).toBe(1)
    expect(isAlive(shell as number)).toBe(false)
    expect(isAlive(grandchild as number)).toBe(false)
    const entries = await opsLog(w.reports)
    const trip = entries.find((e) => e.event === 'KILLSWITCH_ACTIVATED')
    expect(trip?.details).toMatch(
      /no kill switch configured; the launched process tree was stopped \(SIGTERM\)/,
    )
  })

  it('under pid, stops the whole launched tree on a trip, setsid, double-forked and env -i daemons included', async ({
    skip,
  }) => {
    if (!(await cachedIsolationProbe()).ok) skip()
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    // Each daemon is told apart by its duration (its host pid is unknown inside the namespace).
    const marks = [1, 2, 3, 4].map((n) => `300.${process.pid}${n}`)
    const launched = path.join(w.dir, 'service.sh')
    await writeFile(
      launched,
      [
        '#!/bin/sh',
        `( ( exec sleep ${marks[0]} ) & )`,
        `setsid sleep ${marks[1]} </dev/null >/dev/null 2>&1 &`,
        `env -i sh -c 'exec sleep ${marks[2]}' </dev/null >/dev/null 2>&1 &`,
        `exec sleep ${marks[3]}`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    )
    const alive = () => marks.flatMap((m) => processesWithCommandLine(['sleep', m]))
    const { exited } = cli(
      [
        'launch',
        '--mode',
        'live',
        '--suite',
        file,
        '--yes',
        '--report-dir',
        w.reports,
        '--watch-interval',
        '0.2',
        '--trip-after',
        '2',
        '--suite-isolation',
        'pid',
        '--',
        launched,
      ],
      w.dir,
    )
    expect(await waitFor(() => alive().length === 4, 20_000)).toBe(true)
    await service.close()
    const result = await exited
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Launch isolation: pid')
    expect(await waitFor(() => alive().length === 0, 2000)).toBe(true)
  })

  it('runs the kill switch on a trip and lets it stop the launched process', async () => {
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    const pidFile = path.join(w.dir, 'pid')
    const launched = path.join(w.dir, 'service.sh')
    await writeFile(launched, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 300\n`, { mode: 0o755 })
    const killSwitch = path.join(w.dir, 'kill-switch.mjs')
    await writeFile(
      killSwitch,
      // It signals only the service it names (a pid read from a file is checked before use).
      "import { readFileSync } from 'node:fs'\nconst pid = Number(readFileSync(process.argv[2], 'utf8'))\nif (readFileSync(`/proc/${pid}/cmdline`, 'utf8') === 'sleep\\u0000300\\u0000') process.kill(pid, 'SIGTERM')\nconsole.log('positions flattened, service stopped')\n",
    )
    const { exited } = cli(
      [
        'launch',
        '--mode',
        'live',
        '--suite',
        file,
        '--yes',
        '--report-dir',
        w.reports,
        '--watch-interval',
        '0.2',
        '--kill-switch',
        `node ${killSwitch} ${pidFile}`,
        // The service's pid file names a host process only without a PID namespace of its own.
        '--suite-isolation',
        'none',
        '--',
        launched,
      ],
      w.dir,
    )
    expect(await waitFor(() => existsSync(pidFile), 20_000)).toBe(true)
    const pid = Number(await readFile(pidFile, 'utf8'))
    await service.close()
    const result = await exited
    expect(result.code).toBe(1)
    expect(isAlive(pid)).toBe(false)
    const trip = (await opsLog(w.reports)).find((e) => e.event === 'KILLSWITCH_ACTIVATED')
    expect(trip?.details).toMatch(
      /kill switch ".*" exited 0; output ends: positions flattened, service stopped .*; the launched process exited after the kill switch/,
    )
  })

  it('stops watching when the launched process exits, with its exit code', async () => {
    const w = await workspace()
    const service = await tcpServer()
    const file = await suite(w.dir, [tcpCheck(service.port)])
    const { exited } = cli(
      [
        'launch',
        '--mode',
        'live',
        '--suite',
        file,
        '--yes',
        '--report-dir',
        w.reports,
        '--watch-interval',
        '0.2',
        '--',
        'node',
        '-e',
        'setTimeout(() => process.exit(7), 1000)',
      ],
      w.dir,
    )
    const result = await exited
    await service.close()
    expect(result.code).toBe(7)
    const entries = await opsLog(w.reports)
    expect(entries.map((e) => e.event)).toEqual(['WATCH_STOPPED'])
    expect(entries[0]?.details).toMatch(/the launched process exited with 7/)
  })

  it('refuses --kill-switch without --watch-interval', async () => {
    const w = await workspace()
    const { exited } = cli(
      [
        'launch',
        '--mode',
        'live',
        '--command',
        'true',
        '--yes',
        '--kill-switch',
        'true',
        '--',
        'true',
      ],
      w.dir,
    )
    const result = await exited
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/--kill-switch needs --watch-interval/)
  })
})
