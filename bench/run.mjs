#!/usr/bin/env node
// Benchmarks of the bundled gate: `npm run bench` (after `npm ci`; dist/ is committed).
// Prints one table (median of N runs, min–max beside it, the machine noted) and writes it as
// JSON to bench/results/latest.json. Every figure comes from real processes on this machine.
//   node bench/run.mjs [--runs N] [--only name,name]
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startDemoServer } from '../scripts/demo-server.mjs'
import { afterLaunchBenches } from './after-launch.mjs'
import { fleetBench } from './fleet.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ACTION = path.join(ROOT, 'dist', 'index.js')
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')
const MAX_RSS = pathToFileURL(path.join(FIXTURES, 'max-rss.mjs')).href

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, only: { type: 'string' } },
})
const RUNS = Math.max(1, Number(values.runs))
const only = values.only ? new Set(values.only.split(',')) : null
const work = mkdtempSync(path.join(os.tmpdir(), 'preflight-bench-'))

// Measured processes get the environment of a GitHub-hosted runner's job step, not this shell's:
// NODE_EXTRA_CA_CERTS (set on some sandboxes and corporate machines) makes Node 20 load a
// certificate bundle at start-up, ~50 ms that would count for bare Node and the gate alike.
const { NODE_EXTRA_CA_CERTS: _extraCaCerts, ...BASE_ENV } = process.env

/** Runs a command to completion; returns wall milliseconds, exit code and its peak RSS (MiB). */
function timed(command, args, { env = {}, cwd = work, rss = false, stdout = 'ignore' } = {}) {
  const rssFile = path.join(work, `rss-${process.hrtime.bigint()}`)
  const nodeArgs = rss && command === process.execPath ? ['--import', MAX_RSS] : []
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(command, [...nodeArgs, ...args], {
      cwd,
      env: { ...BASE_ENV, ...env, PREFLIGHT_TEST_RSS_FILE: rssFile },
      stdio: ['ignore', stdout, 'ignore'],
    })
    child.on('close', (code) => {
      const ms = performance.now() - started
      const peakMiB =
        rss && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null
      resolve({ ms, code, peakMiB })
    })
  })
}

async function repeat(runs, once) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await once(i))
  return samples
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length }
}

const rows = []
function row(name, measure, unit, s, target, met, note = '') {
  rows.push({ name, measure, unit, ...s, target, met, note })
}

const actionEnv = (inputs) => {
  const env = {
    GITHUB_OUTPUT: path.join(work, 'out'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  return env
}

const LATENCY_MS = 100
const canImport = (interpreter, modules) =>
  spawnSync(interpreter, ['-c', `import ${modules}`], { stdio: 'ignore' }).status === 0
// One interpreter for both pytest runs: the first on PATH with pytest and pytest-xdist (a pyenv
// shim may have pytest without xdist while Debian's python3 has both), else one with pytest.
const PYTHON =
  ['python3', '/usr/bin/python3'].find((p) => canImport(p, 'pytest, xdist')) ??
  ['python3', '/usr/bin/python3'].find((p) => canImport(p, 'pytest')) ??
  null
const hasPytest = () => PYTHON !== null
const hasXdist = () => PYTHON !== null && canImport(PYTHON, 'xdist')

async function withDemoServer(body) {
  const server = await startDemoServer()
  try {
    return await body(server.env)
  } finally {
    await server.close()
  }
}

/** A suite file of the given checks. */
function writeSuite(name, checks, concurrency, extra = {}) {
  const file = path.join(work, name)
  writeFileSync(file, JSON.stringify({ version: 1, concurrency, ...extra, checks }))
  return file
}

/** Speed-up of the gate over another run, as a ratio row with its spread. */
function ratioRow(label, other, gate, target, factor) {
  const speedup = other.median / gate.median
  const spread = {
    median: speedup,
    min: other.min / gate.max,
    max: other.max / gate.min,
    runs: RUNS,
  }
  row(label, 'ratio', '×', spread, target ? `≥ ${factor}×` : '', target ? speedup >= factor : null)
}

/**
 * The same checks as a pytest file, run sequentially and with pytest-xdist (`-n auto`, the
 * strongest parallel peer), and the gate's speed-up over each.
 */
async function versusPytest(label, testFile, env, gate, targets = {}) {
  if (!hasPytest()) {
    const none = { median: NaN, min: NaN, max: NaN, runs: 0 }
    row(
      `${label}: pytest, sequential`,
      'wall',
      'ms',
      none,
      '',
      null,
      'SKIPPED: pytest not installed (apt-get install python3-pytest, or pip install pytest)',
    )
    return
  }
  const pytest = (extra) =>
    repeat(RUNS, () =>
      timed(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...extra, testFile], {
        env,
        cwd: ROOT,
      }),
    )
  const sequential = stats((await pytest([])).map((r) => r.ms))
  row(`${label}: pytest, sequential`, 'wall', 'ms', sequential, '', null)
  ratioRow(
    '  pytest sequential / gate',
    sequential,
    gate,
    targets.sequential !== undefined,
    targets.sequential,
  )
  if (!hasXdist()) {
    row(
      `${label}: pytest -n auto (xdist)`,
      'wall',
      'ms',
      { median: NaN, min: NaN, max: NaN, runs: 0 },
      '',
      null,
      'SKIPPED: pytest-xdist not installed (apt-get install python3-pytest-xdist)',
    )
    return
  }
  const xdist = stats((await pytest(['-n', 'auto'])).map((r) => r.ms))
  row(`${label}: pytest -n auto (xdist)`, 'wall', 'ms', xdist, '', null)
  ratioRow('  pytest -n auto / gate', xdist, gate, targets.xdist !== undefined, targets.xdist)
}

const benches = {
  async overhead() {
    const empty = path.join(work, 'empty.mjs')
    writeFileSync(empty, '')
    writeFileSync(path.join(work, 'out'), '')
    writeFileSync(path.join(work, 'summary'), '')
    const env = actionEnv({
      mode: 'live',
      command: 'true',
      'require-results': 'never', // an exit-code-only no-op suite: the verdict path, not the evidence
      'upload-artifact': 'false',
      'report-dir': path.join(work, 'r'),
    })
    // The least any gate does: start a no-op suite with piped output, wait for it, write five
    // small files. Nothing the gate loads or decides is in it.
    const floor = path.join(work, 'floor.mjs')
    writeFileSync(
      floor,
      [
        "import { spawn } from 'node:child_process'",
        "import { mkdir, writeFile } from 'node:fs/promises'",
        "const child = spawn('true', [], { stdio: ['ignore', 'pipe', 'pipe'] })",
        'child.stdout.resume()',
        'child.stderr.resume()',
        "await new Promise((resolve) => child.on('close', resolve))",
        `const dir = ${JSON.stringify(path.join(work, 'floor'))}`,
        'await mkdir(dir, { recursive: true })',
        "await Promise.all([1, 2, 3, 4, 5].map((i) => writeFile(`${dir}/${i}`, 'x'.repeat(2000))))",
      ].join('\n'),
    )
    // Interleaved, so drift on a busy machine hits all sides alike.
    const bare = []
    const least = []
    const gate = []
    for (let i = 0; i < RUNS; i++) {
      bare.push((await timed(process.execPath, [empty])).ms)
      least.push((await timed(process.execPath, [floor])).ms)
      gate.push((await timed(process.execPath, [ACTION], { env })).ms)
    }
    const b = stats(bare)
    const f = stats(least)
    const g = stats(gate)
    row('node on an empty file', 'wall', 'ms', b, '', null)
    row('node: spawn a no-op, write five files (no gate code)', 'wall', 'ms', f, '', null)
    row(
      '  that floor / bare node',
      'ratio',
      '×',
      { median: f.median / b.median, min: f.min / b.max, max: f.max / b.min, runs: RUNS },
      '',
      null,
    )
    row('gate verdict path (no-op suite, no upload)', 'wall', 'ms', g, '', null)
    const ratio = g.median / b.median
    row(
      'gate / bare node',
      'ratio',
      '×',
      { median: ratio, min: g.min / b.max, max: g.max / b.min, runs: RUNS },
      '≤ 1.5×',
      ratio <= 1.5,
    )
    // A month of runs left in the report directory (10 a day, 5 files each): the gate looks at
    // every file there before and after the suite, to find the reports the suite wrote.
    const busyDir = path.join(work, 'busy')
    mkdirSync(busyDir, { recursive: true })
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000)
    const stamp = yesterday.toISOString().slice(0, 10).replace(/-/g, '')
    for (let i = 0; i < 300; i++) {
      for (const ext of ['md', 'json', 'junit.xml', 'oplog.jsonl', 'output.log']) {
        const name = `SMOKE_TEST_INSTITUTIONAL_${stamp}_${String(i).padStart(6, '0')}.${ext}`
        writeFileSync(path.join(busyDir, name), 'x\n')
      }
    }
    const busyEnv = { ...env, 'INPUT_REPORT-DIR': busyDir }
    const busy = stats(
      (await repeat(RUNS, () => timed(process.execPath, [ACTION], { env: busyEnv }))).map(
        (r) => r.ms,
      ),
    )
    row('gate verdict path, report directory with 1,500 files', 'wall', 'ms', busy, '', null)
  },

  async institutional() {
    await withDemoServer(async (env) => {
      const reportDir = path.join(work, 'inst')
      const gateRuns = await repeat(RUNS, () =>
        timed(
          process.execPath,
          [
            CLI,
            'run',
            '--mode',
            'live',
            '--suite',
            'examples/institutional-suite.yml',
            '--report-dir',
            reportDir,
          ],
          { env, cwd: ROOT },
        ),
      )
      const reports = readdirSync(reportDir).filter((f) => f.endsWith('.json'))
      const overSlowest = reports.map((f) => {
        const report = JSON.parse(readFileSync(path.join(reportDir, f), 'utf8'))
        return report.durationMs - Math.max(...report.checks.map((c) => c.durationMs))
      })
      const gate = stats(gateRuns.map((r) => r.ms))
      row('institutional suite (19 checks, live): gate, parallel', 'wall', 'ms', gate, '', null)
      const over = stats(overSlowest)
      row(
        '  suite wall minus its slowest check',
        'delay',
        'ms',
        over,
        '≤ 100 ms',
        over.median <= 100,
      )
      const shell = stats(
        (await repeat(RUNS, () => timed('sh', ['bench/institutional.sh'], { env, cwd: ROOT }))).map(
          (r) => r.ms,
        ),
      )
      row('institutional suite: plain sequential shell script', 'wall', 'ms', shell, '', null)
      await versusPytest('institutional suite', 'bench/institutional_test.py', env, gate, {
        sequential: 10,
      })
    })
  },

  async latency() {
    // Checks that wait on services (network round trips, warm-up), as real smoke checks do.
    const server = http.createServer((_req, res) => setTimeout(() => res.end('ok'), LATENCY_MS))
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${server.address().port}`
    try {
      const suite = writeSuite(
        'latency.json',
        Array.from({ length: 17 }, (_, i) => ({
          name: `service ${i}`,
          level: i < 7 ? 'P0' : 'P1',
          kind: 'http',
          url: `${url}/health/${i}`,
        })),
        // No concurrency setting: network checks run in their own pool (64 by default).
      )
      // The same gate on a one-check suite that waits on nothing: its start-up and reports.
      const idle = writeSuite('idle.json', [
        { name: 'path', level: 'P0', kind: 'env', variables: ['PATH'] },
      ])
      const runGate = (file) =>
        timed(process.execPath, [
          CLI,
          'run',
          '--mode',
          'live',
          '--report-dir',
          path.join(work, 'lat'),
          '--suite',
          file,
        ])
      const samples = await repeat(RUNS, async () => ({
        idle: (await runGate(idle)).ms,
        suite: (await runGate(suite)).ms,
      }))
      const gate = stats(samples.map((s) => s.suite))
      const above = stats(samples.map((s) => s.suite - s.idle))
      row(`17 checks of ${LATENCY_MS} ms latency: gate, parallel`, 'wall', 'ms', gate, '', null)
      row(
        '  wall above a one-check gate run (start-up excluded)',
        'delay',
        'ms',
        above,
        `≤ ${LATENCY_MS} + 50 ms`,
        above.median <= LATENCY_MS + 50,
      )
      await versusPytest(
        `17 checks of ${LATENCY_MS} ms latency`,
        'bench/latency_test.py',
        { BENCH_LATENCY_URL: url },
        gate,
        { sequential: 10, xdist: 3 },
      )
    } finally {
      server.close()
    }
  },

  async fleet() {
    await fleetBench({ ROOT, CLI, work, runs: Math.min(RUNS, 3), timed, stats, row })
  },

  async scale() {
    const cheap = writeSuite(
      'cheap.json',
      Array.from({ length: 10_000 }, (_, i) =>
        i % 2 === 0
          ? { name: `path ${i}`, level: 'P2', kind: 'path', path: '.', type: 'directory' }
          : { name: `env ${i}`, level: 'P2', kind: 'env', variables: ['PATH'] },
      ),
      64,
    )
    const commands = writeSuite(
      'commands.json',
      Array.from({ length: 500 }, (_, i) => ({
        name: `command ${i}`,
        level: 'P2',
        kind: 'command',
        command: ['true'],
      })),
      16,
    )
    for (const [label, file, target] of [
      ['10,000 path/env checks', cheap, 3000],
      ['500 command checks', commands, null],
    ]) {
      const runs = await repeat(Math.min(RUNS, 5), () =>
        timed(
          process.execPath,
          [
            CLI,
            'run',
            '--mode',
            'live',
            '--timeout',
            '120',
            '--report-dir',
            path.join(work, 'scale'),
            '--suite',
            file,
          ],
          { rss: true },
        ),
      )
      if (runs.some((r) => r.code !== 0))
        throw new Error(`${label}: the gate exited ${runs.map((r) => r.code)}`)
      const wall = stats(runs.map((r) => r.ms))
      row(
        `${label}: wall`,
        'wall',
        'ms',
        wall,
        target ? `≤ ${target} ms` : '',
        target ? wall.median <= target : null,
      )
      row(`${label}: peak RSS`, 'peak RSS', 'MiB', stats(runs.map((r) => r.peakMiB)), '', null)
    }
  },

  async kinds() {
    await kindCosts()
  },

  async flood() {
    const s = await repeat(Math.min(RUNS, 3), () =>
      timed(
        process.execPath,
        [
          CLI,
          'run',
          '--mode',
          'live',
          '--report-dir',
          path.join(work, 'r'),
          '--command',
          `node ${path.join(FIXTURES, 'flood.mjs')} 1024`,
        ],
        { rss: true },
      ),
    )
    const peak = stats(s.map((r) => r.peakMiB))
    row(
      '1 GiB of suite output: gate peak RSS',
      'peak RSS',
      'MiB',
      peak,
      '< 100 MiB',
      peak.max < 100,
    )
    row('1 GiB of suite output: wall', 'wall', 'ms', stats(s.map((r) => r.ms)), '', null)
  },

  // The gate parses results on a worker thread: a SIGTERM sent while it parses 8 MiB of the
  // slowest input of each format is answered (process exited, GATE_CANCELLED logged) at once.
  // The signal goes once the gate has spent PARSE_CPU_BEFORE_SIGNAL_MS of CPU after the suite,
  // so the parse is under way (JSON's worst case parses in ~0.1 s and TAP's, within its YAML
  // bounds, in ~1.3 s: too short to be sure of catching them mid-parse).
  async parseCancel() {
    for (const format of ['junit', 'markdown']) {
      const samples = await repeat(Math.min(RUNS, 3), async (i) => {
        const reports = path.join(work, `parse-cancel-${format}-${i}`)
        const child = spawn(
          process.execPath,
          [
            CLI,
            'run',
            '--mode',
            'live',
            '--report-dir',
            reports,
            '--command',
            `node ${path.join(FIXTURES, 'worst-results.mjs')} ${format}`,
          ],
          { cwd: work, env: BASE_ENV, stdio: ['ignore', 'pipe', 'ignore'] },
        )
        const exited = new Promise((resolve) => child.on('exit', () => resolve(performance.now())))
        let output = ''
        child.stdout.on('data', (c) => (output += c))
        const running = () => child.exitCode === null && child.signalCode === null
        while (running() && !output.includes('WORST RESULTS WRITTEN')) await sleep(10)
        const before = cpuMs(child.pid)
        while (running() && cpuMs(child.pid) - before < PARSE_CPU_BEFORE_SIGNAL_MS) await sleep(10)
        const sent = performance.now()
        child.kill('SIGTERM')
        const answered = (await exited) - sent
        const log = readFileSync(path.join(reports, 'operational-log.jsonl'), 'utf8')
        return { answered, logged: log.includes('"event":"GATE_CANCELLED"') }
      })
      const answered = stats(samples.map((s) => s.answered))
      const unlogged = samples.filter((s) => !s.logged).length
      row(
        `SIGTERM while parsing 8 MiB of worst-case ${format} → exited, logged`,
        'delay',
        'ms',
        answered,
        '< 1000 ms',
        answered.max < 1000 && unlogged === 0,
        unlogged > 0 ? `${unlogged} run(s) without GATE_CANCELLED` : '',
      )
    }
  },

  async timeout() {
    const grace = 5000
    const timeoutSeconds = 1
    const samples = await repeat(Math.min(RUNS, 3), async (i) => {
      const pidFile = path.join(work, `gc-${i}.pid`)
      const r = await timed(process.execPath, [
        CLI,
        'run',
        '--mode',
        'live',
        '--timeout',
        String(timeoutSeconds),
        '--report-dir',
        path.join(work, 'r'),
        '--command',
        `sh ${path.join(FIXTURES, 'hang-with-stubborn-grandchild.sh')} ${pidFile}`,
      ])
      const pid = Number(readFileSync(pidFile, 'utf8'))
      return { late: r.ms - timeoutSeconds * 1000, alive: isAlive(pid), code: r.code }
    })
    const late = stats(samples.map((s) => s.late))
    const survivors = samples.filter((s) => s.alive).length
    row(
      'hung suite: deadline → verdict (TERM ignored, KILL after grace)',
      'delay',
      'ms',
      late,
      `≤ grace ${grace} + 500 ms`,
      late.max <= grace + 500 && survivors === 0,
      `${survivors} descendant(s) alive afterwards`,
    )
  },
}

/**
 * Each new kind's cost per check: a suite of KIND_COUNT checks of one kind against a local
 * target, minus a suite of one, over KIND_COUNT - 1. The targets answer at once, so this is the
 * gate's own cost (and the kind's client), not a service's latency.
 */
const KIND_COUNT = 200

async function kindCosts() {
  const { startKindTargets } = await import('./kind-targets.mjs')
  const targets = await startKindTargets(work)
  try {
    for (const [kind, make, note] of targets.kinds) {
      const runOnce = async (count) => {
        const file = writeSuite(
          `kind-${kind}-${count}.json`,
          Array.from({ length: count }, (_, i) => ({
            name: `${kind} ${i}`,
            level: 'P2',
            ...make(i),
          })),
          undefined,
        )
        const r = await timed(
          process.execPath,
          [
            CLI,
            'run',
            '--mode',
            'live',
            '--timeout',
            '120',
            '--report-dir',
            path.join(work, 'k'),
            '--suite',
            file,
          ],
          { env: targets.env },
        )
        if (r.code !== 0) throw new Error(`${kind}: the gate exited ${r.code}`)
        return r.ms
      }
      const samples = await repeat(Math.min(RUNS, 5), async () => {
        const one = await runOnce(1)
        const many = await runOnce(KIND_COUNT)
        return (many - one) / (KIND_COUNT - 1)
      })
      row(
        `${kind} check: cost per check (${KIND_COUNT} in one suite)`,
        'per check',
        'ms',
        stats(samples),
        '',
        null,
        note,
      )
    }
  } finally {
    await targets.close()
  }
}

const PARSE_CPU_BEFORE_SIGNAL_MS = 300

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** User and system CPU of a process, in milliseconds (0 once it is gone). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat[stat.lastIndexOf(')') + 2] !== 'Z'
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`
}

function fmt(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—'
  return n >= 100 ? n.toFixed(0) : n.toFixed(2)
}

Object.assign(benches, afterLaunchBenches({ CLI, work, RUNS, row, stats, repeat, timed }))

for (const [name, bench] of Object.entries(benches)) {
  if (only && !only.has(name)) continue
  process.stderr.write(`bench: ${name}...\n`)
  await bench()
}

const header = `Machine: ${machine()}; ${RUNS} runs unless noted`
const lines = [
  header,
  '',
  '| benchmark | median | min–max | runs | target | met |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.median)} ${r.unit} | ${fmt(r.min)}–${fmt(r.max)} | ${r.runs} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : 'NO'}${r.note ? ` (${r.note})` : ''} |`,
  ),
]
console.log(lines.join('\n'))
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(
  path.join(ROOT, 'bench', 'results', 'latest.json'),
  JSON.stringify(
    { machine: machine(), date: new Date().toISOString(), runs: RUNS, rows },
    null,
    2,
  ) + '\n',
)
rmSync(work, { recursive: true, force: true })
