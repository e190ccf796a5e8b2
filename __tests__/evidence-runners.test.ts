// Real pytest, bats and a document-format Python script, run in-process through
// runCommandSuite: the status comes from their per-check results, live and paper.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SETTINGS, type EvidenceSettings } from '../src/evidence/settings.js'
import type { Mode, SuiteOutcome } from '../src/model.js'
import { runCommandSuite } from '../src/runner/command.js'
import { BATS, pythonWithPytest, runnerFixture } from './helpers/runners.js'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

interface Run {
  fixture: string
  command: string
  mode: Mode
  evidence?: Partial<EvidenceSettings>
  env?: Record<string, string>
  subset?: string
  /** Changes the fixture copy before the run. */
  prepare?: (dir: string) => Promise<void>
}

async function run(options: Run): Promise<SuiteOutcome & { dir: string }> {
  const dir = await runnerFixture(options.fixture)
  dirs.push(dir)
  await options.prepare?.(dir)
  const outcome = await runCommandSuite({
    command: options.command,
    mode: options.mode,
    subset: options.subset ?? (options.mode === 'paper' ? 'production' : 'full'),
    timeoutMs: 30_000,
    cwd: dir,
    env: { ...process.env, SMOKE_FAIL: '', SMOKE_BREAK: '', ...options.env },
    killGraceMs: 500,
    evidence: { ...DEFAULT_EVIDENCE_SETTINGS, ...options.evidence },
    reportDir: path.join(dir, 'reports', 'health'),
  })
  return { ...outcome, dir }
}

const hasPytest = pythonWithPytest()

describe.skipIf(!hasPytest)('real pytest with junitxml, record_property and level-map', () => {
  const pytest = (mode: Mode, extra: Partial<Run> = {}) =>
    run({
      fixture: 'pytest',
      command: 'python3 -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml tests',
      mode,
      evidence: {
        results: ['reports/junit.xml'],
        levelMap: 'P2: tests.test_cosmetic.*',
        exitCodes: 'any-failure',
        subsetArgs: '-m {subset}',
      },
      ...extra,
    })

  it.each([
    ['live', '', 'passed', 4],
    ['paper', '', 'passed', 2],
    ['live', 'banner', 'p2-warned', 4],
    ['live', 'orders', 'p1-failed', 4],
    ['live', 'database', 'p0-failed', 4],
    ['paper', 'database', 'p0-failed', 2],
    // The P2 test is not in the paper subset (-m production): its failure does not run.
    ['paper', 'banner', 'passed', 2],
  ] as const)('%s with SMOKE_FAIL=%j is %s from %i checks', async (mode, fail, status, count) => {
    const outcome = await pytest(mode, { env: { SMOKE_FAIL: fail } })
    expect(outcome.notes).toEqual(expect.any(Array))
    expect(outcome.status).toBe(status)
    expect(outcome.checks).toHaveLength(count)
    expect(outcome.evidenceFiles).toEqual(['reports/junit.xml'])
    expect(outcome.unmappedChecks).toEqual([])
    if (mode === 'paper') expect(outcome.appendedArgs).toEqual(['-m', 'production'])
  })

  it('takes levels from record_property (P0_HEALTH too) and level-map', async () => {
    const outcome = await pytest('live', { env: { SMOKE_FAIL: 'orders' } })
    expect(outcome.checks.map((c) => [c.name, c.level, c.status])).toEqual([
      ['tests.test_cosmetic.test_banner', 'P2', 'passed'],
      ['tests.test_smoke.test_database', 'P0', 'passed'],
      ['tests.test_smoke.test_config', 'P0', 'passed'],
      ['tests.test_smoke.test_orders_route', 'P1', 'failed'],
    ])
    expect(outcome.checks[3]?.message).toMatch(/orders failed on purpose/)
  })

  it('without level-map the cosmetic test is unmapped, counts as P0 and is listed', async () => {
    const outcome = await pytest('live', {
      env: { SMOKE_FAIL: 'banner' },
      evidence: { results: ['reports/junit.xml'], exitCodes: 'any-failure' },
    })
    expect(outcome.status).toBe('p0-failed')
    expect(outcome.unmappedChecks).toEqual(['tests.test_cosmetic.test_banner'])
    expect(outcome.notes.join(' ')).toMatch(
      /1 test\(s\) declare no level .* count as P0: tests\.test_cosmetic\.test_banner/,
    )
  })

  it.each(['live', 'paper'] as const)(
    '%s: internal error, collection error, usage error, no tests collected are crashes',
    async (mode) => {
      const internal = await pytest(mode, { env: { SMOKE_BREAK: 'internal' } })
      expect(internal.status).toBe('crashed')
      expect(internal.exitCode).toBe(3)
      expect(internal.notes[0]).toMatch(
        /exited with code 3, outside its exit-code contract "any-failure"/,
      )

      const collection = await pytest(mode, { env: { SMOKE_BREAK: 'collect' } })
      expect(collection).toMatchObject({ status: 'crashed', exitCode: 2 })

      const usage = await pytest(mode, {
        subset: 'production',
        evidence: { results: ['reports/junit.xml'], exitCodes: 'any-failure', pytest: 'off' },
      })
      expect(usage).toMatchObject({
        status: 'crashed',
        exitCode: 4,
        appendedArgs: ['--subset', 'production'],
      })

      const none = await pytest(mode, { subset: 'nosuch' })
      expect(none).toMatchObject({ status: 'crashed', exitCode: 5 })
    },
  )

  it('with the preflight contract, pytest exit 1 for a P2 failure is a contradiction', async () => {
    const outcome = await pytest('live', {
      env: { SMOKE_FAIL: 'banner' },
      evidence: {
        results: ['reports/junit.xml'],
        levelMap: 'P2: tests.test_cosmetic.*',
        pytest: 'off',
      },
    })
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes[0]).toMatch(
      /exited 1 \(p0-failed\) but its results show no failed P0 check/,
    )
  })
})

describe('real bats with its JUnit report and p0/p1/p2 words in test names', () => {
  const bats = (mode: Mode, extra: Partial<Run> = {}) =>
    run({
      fixture: 'bats',
      command: `${BATS} --report-formatter junit --output . smoke.bats`,
      mode,
      evidence: {
        results: ['report.xml'],
        exitCodes: 'any-failure',
        subsetArgs: '--filter-tags {subset}',
      },
      ...extra,
    })

  it.each([
    ['live', '', 'passed', 3],
    ['paper', '', 'passed', 1],
    ['live', 'banner', 'p2-warned', 3],
    ['live', 'orders', 'p1-failed', 3],
    ['live', 'database', 'p0-failed', 3],
    ['paper', 'database', 'p0-failed', 1],
  ] as const)('%s with SMOKE_FAIL=%j is %s from %i checks', async (mode, fail, status, count) => {
    const outcome = await bats(mode, { env: { SMOKE_FAIL: fail } })
    expect(outcome.status).toBe(status)
    expect(outcome.checks).toHaveLength(count)
    expect(outcome.unmappedChecks).toEqual([])
  })

  it('a file that does not parse, and a filter that selects nothing, are crashes', async () => {
    const broken = await bats('live', {
      prepare: (dir) => writeFile(path.join(dir, 'smoke.bats'), '@test "p0 x" {\n  if then\n}\n'),
    })
    expect(broken).toMatchObject({ status: 'crashed', exitCode: 1 })
    expect(broken.notes[0]).toMatch(/no executed check/)
    const none = await bats('paper', { subset: 'nosuch' })
    expect(none).toMatchObject({ status: 'crashed', exitCode: 0 })
    expect(none.notes[0]).toMatch(/no executed check/)
  })

  it.each(['live', 'paper'] as const)(
    '%s: a usage error from the subset argument is a crash',
    async (mode) => {
      const outcome = await bats(mode, {
        subset: 'production',
        evidence: { results: ['report.xml'], exitCodes: 'any-failure' },
      })
      expect(outcome.status).toBe('crashed')
      expect(outcome.outputTail).toMatch(/Bad command line option '--subset'/)
    },
  )
})

describe.skipIf(!hasPytest)('a Python script written to the source document, unchanged', () => {
  const script = (mode: Mode, fail = '') =>
    run({
      fixture: 'document',
      command: 'python3 scripts/smoke_test_institutional.py',
      mode,
      env: { SMOKE_FAIL: fail },
    })

  it.each([
    ['live', '', 'passed', 17],
    ['paper', '', 'passed', 7],
    ['live', 'Reports directory', 'p2-warned', 17],
    ['live', 'Strategy orchestrator', 'p1-failed', 17],
    ['paper', 'Database connection', 'p0-failed', 7],
  ] as const)(
    '%s with SMOKE_FAIL=%j is %s from its own %i-row report',
    async (mode, fail, status, rows) => {
      const outcome = await script(mode, fail)
      expect(outcome.status).toBe(status)
      expect(outcome.checks).toHaveLength(rows)
      expect(outcome.suiteReports).toHaveLength(1)
      const report = outcome.suiteReports?.[0] as string
      expect(path.basename(report)).toMatch(/^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}\.md$/)
      expect(outcome.evidenceFiles).toEqual([path.relative(outcome.dir, report)])
      expect(await readdir(path.dirname(report))).toEqual([path.basename(report)])
      expect(await readFile(report, 'utf8')).toMatch(
        /\| Python environment \| P0_HEALTH \| [✓✗] \|/,
      )
    },
  )
})
