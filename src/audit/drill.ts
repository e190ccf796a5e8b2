// `preflight audit --drill`: "Test all exit code paths." Runs this installation's gate (the CLI's
// own `run`, handed in), on this host, against a synthetic suite for every path, in a temporary
// directory, and checks each verdict, exit code and log entry against the source document's
// table, written out here on purpose: a wrong decision anywhere in the gate shows up as the path
// it broke. Then the host: report directory writable with room, clock, Node, suite isolation.

import { mkdir, mkdtemp, readdir, readFile, rm, stat, statfs, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { quote } from 'shell-quote'
import type { Mode, Verdict } from '../model.js'
import type { OpsEvent } from '../model.js'
import { probeIsolation } from '../runner/isolation.js'
import { finding, type Finding, type FindingId } from './findings.js'
import type { DrillOutcome } from './audit.js'

/** The CLI's `main`: what the drill runs, as the operator would. */
export type GateCli = (
  argv: string[],
  io: {
    stdout: NodeJS.WritableStream
    stderr: NodeJS.WritableStream
    stdin: NodeJS.ReadableStream
    env: NodeJS.ProcessEnv
    signal?: AbortSignal
  },
) => Promise<number>

export interface DrillPath {
  name: string
  mode: Mode
  /** How the synthetic suite ends: an exit code, a hang, or no suite at all. */
  suite: number | 'hang' | 'missing'
  args: string[]
  expect: { verdict: Verdict; exitCode: number; status?: string; events: OpsEvent[] }
}

/** The source document's exit paths (docs/source-document.md, EXIT CODE HANDLING), not read from the gate's own code. */
export const DRILL_PATHS: readonly DrillPath[] = [
  {
    name: 'pass',
    mode: 'paper',
    suite: 0,
    args: [],
    expect: { verdict: 'proceed', exitCode: 0, status: 'passed', events: [] },
  },
  {
    name: 'P0 failure',
    mode: 'paper',
    suite: 1,
    args: [],
    expect: { verdict: 'abort', exitCode: 1, status: 'p0-failed', events: ['HEALTH_CHECK_FAILED'] },
  },
  {
    name: 'P1 failure',
    mode: 'paper',
    suite: 2,
    args: [],
    expect: { verdict: 'abort', exitCode: 2, status: 'p1-failed', events: ['HEALTH_CHECK_FAILED'] },
  },
  {
    name: 'P2 warnings',
    mode: 'paper',
    suite: 3,
    args: [],
    expect: {
      verdict: 'proceed',
      exitCode: 3,
      status: 'p2-warned',
      events: ['HEALTH_CHECK_FAILED'],
    },
  },
  {
    name: 'P1 with force-start, no approval',
    mode: 'paper',
    suite: 2,
    args: ['--force-start', '--reason', 'drill', '--ticket', 'DRILL-1'],
    expect: {
      verdict: 'approval-required',
      exitCode: 2,
      status: 'p1-failed',
      events: ['OVERRIDE_FORCE_START_REQUESTED'],
    },
  },
  {
    name: 'skip without approval',
    mode: 'paper',
    suite: 0,
    args: ['--skip-health-check', '--reason', 'drill', '--ticket', 'DRILL-2'],
    expect: {
      verdict: 'approval-required',
      exitCode: 1,
      status: 'skipped',
      events: ['OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'],
    },
  },
  {
    name: 'timeout',
    mode: 'paper',
    suite: 'hang',
    args: ['--timeout', '1'],
    expect: { verdict: 'abort', exitCode: 1, status: 'timeout', events: ['HEALTH_CHECK_FAILED'] },
  },
  {
    name: 'crash',
    mode: 'paper',
    suite: 7,
    args: [],
    expect: { verdict: 'abort', exitCode: 1, status: 'crashed', events: ['HEALTH_CHECK_FAILED'] },
  },
  {
    name: 'missing suite',
    mode: 'paper',
    suite: 'missing',
    args: [],
    expect: { verdict: 'abort', exitCode: 1, status: 'missing', events: ['HEALTH_CHECK_FAILED'] },
  },
  {
    name: 'no evidence (live, no per-check results)',
    mode: 'live',
    suite: 0,
    args: [],
    expect: { verdict: 'abort', exitCode: 1, events: ['HEALTH_CHECK_FAILED'] },
  },
]

/** Events that mean an override was granted: never without an approval. */
const GRANTED: readonly string[] = ['OVERRIDE_FORCE_START', 'OVERRIDE_SKIP_HEALTH_CHECK']
const MIN_FREE_BYTES = 100 * 1024 * 1024
const SUITE = `// The drill's synthetic suite: exits with the code it is given, or hangs.
const how = process.argv[2]
if (how === 'hang') setInterval(() => {}, 1000)
else process.exit(Number(how))
`

export interface DrillOptions {
  gate: GateCli
  /** The report directory this installation writes to (checked for writing and room). */
  reportDir: string
  now: () => Date
  signal?: AbortSignal
  paths?: readonly DrillPath[]
}

export async function runDrill(options: DrillOptions): Promise<DrillOutcome> {
  const findings: Finding[] = []
  const lines: string[] = []
  const temp = await mkdtemp(path.join(os.tmpdir(), 'preflight-drill-'))
  try {
    await writeFile(path.join(temp, 'suite.mjs'), SUITE)
    for (const drillPath of options.paths ?? DRILL_PATHS) {
      const problems = await drillOne(drillPath, temp, options)
      lines.push(
        `${drillPath.name}: ${problems.length === 0 ? `ok (${drillPath.expect.verdict}, exit ${drillPath.expect.exitCode})` : problems.join('; ')}`,
      )
      if (problems.length > 0) {
        findings.push(
          finding(
            'drill-path-failed',
            `drill: ${drillPath.name}`,
            `Path "${drillPath.name}": ${problems.join('; ')}.`,
          ),
        )
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
  const checks: Array<[(o: DrillOptions) => Promise<HostCheck>, FindingId, string]> = [
    [
      reportDirCheck,
      'report-dir-unwritable',
      `report directory ${path.resolve(options.reportDir)}`,
    ],
    [clockCheck, 'clock-insane', 'clock'],
    [nodeCheck, 'node-unsupported', 'node'],
    [isolationCheck, 'no-suite-isolation', 'host'],
  ]
  for (const [check, id, what] of checks) {
    const result = await bounded(check(options), id, what)
    lines.push(result.line)
    if (result.finding) findings.push(result.finding)
  }
  return { findings, lines }
}

async function drillOne(
  drillPath: DrillPath,
  temp: string,
  options: DrillOptions,
): Promise<string[]> {
  const slug = drillPath.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
  const reportDir = path.join(temp, `reports-${slug}`)
  const command =
    drillPath.suite === 'missing'
      ? quote([path.join(temp, 'no-such-suite')])
      : quote([process.execPath, path.join(temp, 'suite.mjs'), String(drillPath.suite)])
  const argv = [
    'run',
    '--mode',
    drillPath.mode,
    '--command',
    command,
    '--working-directory',
    temp,
    '--report-dir',
    reportDir,
    ...drillPath.args,
  ]
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() })
  let exitCode: number
  try {
    exitCode = await options.gate(argv, {
      stdout: sink(),
      stderr: sink(),
      stdin: Readable.from([]),
      // Nothing of the caller's: no token, no GitHub run, so no approval can come from anywhere.
      env: { PATH: process.env.PATH, HOME: temp, LANG: 'C.UTF-8', PREFLIGHT_OPERATOR: 'drill' },
      signal: options.signal,
    })
  } catch (error) {
    return [`the gate threw: ${(error as Error).message}`]
  }
  const problems: string[] = []
  const { expect } = drillPath
  if (exitCode !== expect.exitCode)
    problems.push(`exit code ${exitCode}, expected ${expect.exitCode}`)
  const report = await readReport(reportDir)
  if (!report) {
    problems.push('no JSON report written')
  } else {
    if (report.verdict !== expect.verdict)
      problems.push(`verdict ${report.verdict}, expected ${expect.verdict}`)
    if (expect.status && report.status !== expect.status)
      problems.push(`status ${report.status}, expected ${expect.status}`)
  }
  const events = await readEvents(reportDir)
  for (const event of expect.events) {
    if (!events.includes(event)) problems.push(`no ${event} log entry`)
  }
  if (expect.events.length === 0 && events.length > 0)
    problems.push(`unexpected log entries ${events.join(', ')}`)
  for (const event of events.filter((e) => GRANTED.includes(e))) {
    problems.push(`${event} logged without an approval`)
  }
  return problems
}

async function readReport(dir: string): Promise<{ verdict?: string; status?: string } | null> {
  try {
    const name = (await readdir(dir)).find((n) => /^SMOKE_TEST_INSTITUTIONAL_.*\.json$/.test(n))
    if (!name) return null
    const json = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Record<string, unknown>
    const outcome = (json.outcome ?? json) as Record<string, unknown>
    const decision = (json.decision ?? json) as Record<string, unknown>
    return {
      verdict: String(json.verdict ?? decision.verdict ?? ''),
      status: String(json.status ?? outcome.status ?? ''),
    }
  } catch {
    return null
  }
}

async function readEvents(dir: string): Promise<string[]> {
  try {
    const text = await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8')
    return (
      text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => String((JSON.parse(l) as { event?: unknown }).event))
        // Every run records the files it wrote: not a decision's entry.
        .filter((event) => event !== 'REPORTS_RECORDED')
    )
  } catch {
    return []
  }
}

interface HostCheck {
  line: string
  finding?: Finding
}

const HOST_CHECK_MS = 10_000

/** A host check that hangs (a dead network mount, a FIFO) is a finding, not a hung audit. */
async function bounded(check: Promise<HostCheck>, id: FindingId, what: string): Promise<HostCheck> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<HostCheck>((resolve) => {
    timer = setTimeout(() => {
      const line = `${what}: no answer within ${HOST_CHECK_MS / 1000} s`
      resolve({ line, finding: finding(id, what, `${line}.`) })
    }, HOST_CHECK_MS)
    timer.unref()
  })
  try {
    return await Promise.race([check, late])
  } finally {
    clearTimeout(timer)
  }
}

async function reportDirCheck(options: DrillOptions): Promise<HostCheck> {
  const dir = path.resolve(options.reportDir)
  const probe = path.join(dir, `.preflight-drill-${process.pid}`)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(probe, 'drill\n')
    await rm(probe, { force: true })
    const fs = await statfs(dir)
    const free = fs.bavail * fs.bsize
    const line = `report directory ${dir}: writable, ${Math.floor(free / 1024 / 1024)} MiB free`
    return free >= MIN_FREE_BYTES
      ? { line }
      : {
          line,
          finding: finding(
            'report-dir-unwritable',
            dir,
            `Only ${Math.floor(free / 1024 / 1024)} MiB free (at least 100 MiB needed).`,
          ),
        }
  } catch (error) {
    return {
      line: `report directory ${dir}: not writable`,
      finding: finding('report-dir-unwritable', dir, `Cannot write: ${(error as Error).message}`),
    }
  }
}

/** A clock before this build's era or far in the future, or a filesystem clock that disagrees. */
async function clockCheck(options: DrillOptions): Promise<HostCheck> {
  const now = options.now()
  const year = now.getUTCFullYear()
  let problem = year < 2025 || year > 2100 ? `the clock says ${now.toISOString()}` : ''
  if (!problem) {
    const probe = path.join(os.tmpdir(), `preflight-clock-${process.pid}`)
    try {
      await writeFile(probe, '')
      const skew = Math.abs((await stat(probe)).mtimeMs - options.now().getTime())
      if (skew > 5 * 60_000) problem = `the filesystem's clock is ${Math.round(skew / 1000)} s off`
    } finally {
      await rm(probe, { force: true })
    }
  }
  return problem
    ? { line: `clock: ${problem}`, finding: finding('clock-insane', 'clock', `${problem}.`) }
    : { line: `clock: ${now.toISOString()}` }
}

async function nodeCheck(): Promise<HostCheck> {
  const major = Number(process.versions.node.split('.')[0])
  const line = `Node.js ${process.versions.node}`
  return major >= 20
    ? { line: `${line}: supported` }
    : { line: `${line}: not supported`, finding: finding('node-unsupported', 'node', `${line}.`) }
}

/** Which suite isolation this host offers: the gate's own probe (suite-isolation: auto). */
async function isolationCheck(): Promise<HostCheck> {
  const found = await probeIsolation()
  return found.ok
    ? { line: `suite isolation: pid (via ${found.launcher.via})` }
    : {
        line: `suite isolation: none (${found.reason})`,
        finding: finding(
          'no-suite-isolation',
          'host',
          `suite-isolation: auto runs the suite without isolation here: ${found.reason}`,
        ),
      }
}
