// Evidence through the bundled dist/index.js, as the runner runs it (npm run build first):
// real pytest, bats and a document-format script, live and paper.
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runAction, type ActionRun } from './helpers/action-runner.js'
import { BATS, pythonWithPytest, runnerFixture } from './helpers/runners.js'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function gate(
  fixture: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const cwd = await runnerFixture(fixture)
  dirs.push(cwd)
  return runAction({
    cwd,
    inputs: { 'upload-artifact': 'false', ...inputs },
    env: { SMOKE_FAIL: '', SMOKE_BREAK: '', ...env },
    timeoutMs: 60_000,
  })
}

const report = (run: ActionRun) =>
  readFile(path.resolve(run.workDir, run.outputs['report-path'] ?? ''), 'utf8')

const hasPytest = pythonWithPytest()

describe.skipIf(!hasPytest)('pytest through the action', () => {
  const pytest = {
    command: 'python3 -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml tests',
    results: 'reports/junit.xml',
    'level-map': 'P2: tests.test_cosmetic.*',
    'exit-codes': 'any-failure',
    'subset-args': '-m {subset}',
  }

  it('live, a P1 test fails: p1-failed, the failed checks listed, P1 and P2 annotated as warnings', async () => {
    const run = await gate('pytest', { mode: 'live', ...pytest }, { SMOKE_FAIL: 'orders,banner' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p1-failed', 'exit-code': '1' })
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([
      {
        name: 'tests.test_cosmetic.test_banner',
        level: 'P2',
        message: expect.stringMatching(/banner failed on purpose/),
      },
      {
        name: 'tests.test_smoke.test_orders_route',
        level: 'P1',
        message: expect.stringMatching(/orders failed on purpose/),
      },
    ])
    expect(run.stdout).toMatch(
      /::warning title=Preflight%3A P1 \/ P2::P1 tests\.test_smoke\.test_orders_route/,
    )
    expect(await report(run)).toContain('**Results read from**: `reports/junit.xml`')
  })

  it('live, a P0 test fails: abort; the P2 failure is still only a warning', async () => {
    const run = await gate('pytest', { mode: 'live', ...pytest }, { SMOKE_FAIL: 'database,banner' })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p0-failed' })
    expect(run.stdout).toMatch(/::error title=Preflight%3A P0::P0 tests\.test_smoke\.test_database/)
    expect(run.stdout).toMatch(
      /::warning title=Preflight%3A P1 \/ P2::P2 tests\.test_cosmetic\.test_banner/,
    )
    expect(run.stdout).not.toMatch(/::error[^\n]*test_banner/)
  })

  it('paper, only P2 fails in live terms: proceeds; paper runs the production marker only', async () => {
    const run = await gate('pytest', { mode: 'paper', ...pytest }, { SMOKE_FAIL: 'banner' })
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed' })
    const text = await report(run)
    expect(text).toContain('**Appended Arguments**: `-m production`')
    expect(text.match(/^\| tests\./gm)).toHaveLength(2)
  })

  it('paper, the default subset argument becomes -m for pytest; with pytest: off it is a usage error: crashed, and the report shows what was appended', async () => {
    const { 'subset-args': _default, ...withDefault } = pytest
    const auto = await gate('pytest', { mode: 'paper', ...withDefault })
    expect(auto.outputs).toMatchObject({ verdict: 'proceed', status: 'passed' })
    expect(auto.summary).toContain('Appended to the command: `-m production`')
    const run = await gate('pytest', { mode: 'paper', ...withDefault, pytest: 'off' })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'crashed', 'exit-code': '4' })
    expect(run.summary).toContain('Appended to the command: `--subset production`')
    expect(run.summary).toMatch(/exited with code 4, outside its exit\\?-code contract/)
  })
})

describe('bats through the action', () => {
  it.each([
    ['live', '', 'proceed', 'passed'],
    ['live', 'banner', 'proceed', 'p2-warned'],
    ['paper', 'database', 'abort', 'p0-failed'],
  ])('%s with SMOKE_FAIL=%j: %s (%s)', async (mode, fail, verdict, status) => {
    const run = await gate(
      'bats',
      {
        mode,
        command: `${BATS} --report-formatter junit --output . smoke.bats`,
        results: 'report.xml',
        'exit-codes': 'any-failure',
        'subset-args': '--filter-tags {subset}',
      },
      { SMOKE_FAIL: fail },
    )
    expect(run.outputs).toMatchObject({ verdict, status })
  })
})

describe.skipIf(!hasPytest)("the source document's script, unchanged", () => {
  it.each([
    ['live', 17],
    ['paper', 7],
  ] as const)(
    '%s: %i rows from its own report, which survives next to the gate’s',
    async (mode, rows) => {
      const run = await gate('document', {
        mode,
        command: 'python3 scripts/smoke_test_institutional.py',
      })
      expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed', 'exit-code': '0' })
      const gateReport = path.resolve(run.workDir, run.outputs['report-path'] ?? '')
      const json = JSON.parse(
        await readFile(path.resolve(run.workDir, run.outputs['report-json-path'] ?? ''), 'utf8'),
      )
      expect(json.checks).toHaveLength(rows)
      expect(json.suiteReports).toHaveLength(1)
      const suiteReport = path.join(path.dirname(gateReport), json.suiteReports[0])
      expect(suiteReport).not.toBe(gateReport)
      // The suite's report is its own, untouched: its table and nothing of the gate's.
      const own = await readFile(suiteReport, 'utf8')
      expect(own.match(/^\| [A-Z]/gm)).toHaveLength(rows + 1)
      expect(own).not.toContain('**Verdict**')
      expect(await report(run)).toContain(`- \`${json.suiteReports[0]}\``)
      expect(run.summary).toContain(`Suite's own report: \`${json.suiteReports[0]}\``)
      const names = await readdir(path.dirname(gateReport))
      expect(names.filter((n) => n.endsWith('.md')).sort()).toEqual(
        [path.basename(gateReport), json.suiteReports[0]].sort(),
      )
    },
  )

  it('live, a P1 check fails: p1-failed from its report table', async () => {
    const run = await gate(
      'document',
      { mode: 'live', command: 'python3 scripts/smoke_test_institutional.py' },
      { SMOKE_FAIL: 'Strategy orchestrator' },
    )
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p1-failed', 'exit-code': '2' })
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([
      { name: 'Strategy orchestrator', level: 'P1', message: 'failed on purpose' },
    ])
  })
})

describe('a live suite that reports only an exit code', () => {
  const command = `node -e "process.exit(0)"`
  it('aborts by default: no per-check evidence', async () => {
    const run = await gate('bats', { mode: 'live', command })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'crashed', 'exit-code': '0' })
    expect(run.summary).toMatch(/No per-check evidence/)
  })

  it('proceeds with require-results: never, with a warning in the summary', async () => {
    const run = await gate('bats', { mode: 'live', command, 'require-results': 'never' })
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed' })
    expect(run.summary).toMatch(/rests on the exit code alone/)
  })
})
