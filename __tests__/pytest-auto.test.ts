// pytest without glue, with real pytest 7 (Debian) and 9: the gate adds the JUnit report, reads
// p0/p1/p2 markers as levels, applies pytest's exit codes in paper and live, and turns the subset
// into -m. No results, level-map, exit-codes or subset-args input is given anywhere here.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runGate } from './helpers/gate.js'
import type { Mode } from '../src/model.js'
import { runsPytest } from '../src/runner/pytest.js'
import type { RawInputs } from '../src/settings.js'
import { pytestInstallations } from './helpers/runners.js'
import { tempDir } from './helpers/temp.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

const SUITE = `import pytest


@pytest.mark.p0
@pytest.mark.production
def test_database():
    pass


@pytest.mark.P1_INTEGRATION
def test_orders():
    assert False, "order routing down"


@pytest.mark.p2
def test_banner():
    assert False, "banner missing"


@pytest.mark.p1
@pytest.mark.p0
def test_strictest_marker_wins():
    pass
`

/** A project with tests/ (the suite above unless tests is empty) and further files. */
async function suiteDir(tests = SUITE, files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir('preflight-pytest-')
  dirs.push(dir)
  await mkdir(path.join(dir, 'tests'))
  if (tests !== '') await writeFile(path.join(dir, 'tests', 'test_smoke.py'), tests)
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  return dir
}

async function gate(python: string, dir: string, mode: Mode, extra: RawInputs = {}) {
  const result = await runGate(
    {
      mode,
      command: `${python} -m pytest -q -p no:cacheprovider tests`,
      'working-directory': dir,
      'report-dir': path.join(dir, 'reports'),
      'upload-artifact': 'false',
      ...extra,
    },
    {
      operator: 'octocat',
      runUrl: '',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      now: () => new Date(),
    },
  )
  const output = result.paths.outputLog ? await readFile(result.paths.outputLog, 'utf8') : ''
  return { ...result, output }
}

describe('a command that runs pytest', () => {
  it.each([
    ['pytest -q tests', true],
    ['py.test tests', true],
    ['/usr/bin/python3 -m pytest tests', true],
    ['python -m pytest', true],
    ['python3.11 -X dev -B -m pytest -q', true],
    ['python3 -X dev scripts/run.py', false],
    ['.venv/bin/pytest tests', true],
    ['python3 scripts/smoke_test.py -m pytest', false],
    ['python3 -m unittest', false],
    ['node smoke.mjs', false],
  ])('%s: %s', (command, expected) => {
    expect(runsPytest(command.split(' '))).toBe(expected)
  })
})

const pythons = pytestInstallations()

describe.each([7, 9])('real pytest %i without glue', (major) => {
  const python =
    pythons.get(major) ?? (major >= 8 ? [...pythons].find(([m]) => m >= 8)?.[1] : undefined)

  it.skipIf(python === undefined)('reads markers as levels, with no results input', async () => {
    const dir = await suiteDir()
    const run = await gate(python as string, dir, 'live')
    const levels = Object.fromEntries(
      run.run.outcome.checks.map((c) => [c.name.replace(/^.*\./, ''), `${c.level} ${c.status}`]),
    )
    expect(levels).toEqual({
      test_database: 'P0 passed',
      test_orders: 'P1 failed',
      test_banner: 'P2 failed',
      test_strictest_marker_wins: 'P0 passed',
    })
    expect(run.run.outcome.status).toBe('p1-failed')
    expect(run.run.decision.gateExitCode).toBe(2)
    // The level markers are registered, and no record_property warning (pytest 9's xunit2).
    expect(run.output).not.toMatch(/Unknown pytest\.mark\.(p0|p1|p2|P1_INTEGRATION)\b/)
    expect(run.output).not.toMatch(/record_property is incompatible/)
  })

  it.skipIf(python === undefined)('runs the paper subset as -m production', async () => {
    const dir = await suiteDir()
    const run = await gate(python as string, dir, 'paper')
    expect(run.run.outcome.checks.map((c) => c.name.replace(/^.*\./, ''))).toEqual([
      'test_database',
    ])
    expect(run.run.outcome.status).toBe('passed')
    expect(run.output).not.toMatch(/PytestUnknownMarkWarning/)
  })

  it.skipIf(python === undefined).each(['paper', 'live'] as const)(
    'turns an internal error (exit 3) into a crash in %s mode',
    async (mode) => {
      const dir = await suiteDir(SUITE, {
        'conftest.py':
          'def pytest_collection_modifyitems(items):\n    raise RuntimeError("broken plugin")\n',
      })
      const run = await gate(python as string, dir, mode)
      expect(run.run.outcome.exitCode).toBe(3)
      expect(run.run.outcome.status).toBe('crashed')
      expect(run.run.decision.verdict).toBe('abort')
      expect(run.run.decision.gateExitCode).toBe(1)
    },
  )

  it.skipIf(python === undefined)('turns "no tests collected" (exit 5) into a crash', async () => {
    const dir = await suiteDir('')
    const run = await gate(python as string, dir, 'paper')
    expect(run.run.outcome.exitCode).toBe(5)
    expect(run.run.outcome.status).toBe('crashed')
  })

  it.skipIf(python === undefined)('does none of it with pytest: off', async () => {
    const dir = await suiteDir()
    const run = await gate(python as string, dir, 'live', { pytest: 'off' })
    // No JUnit report, so no per-check evidence: live aborts without it.
    expect(run.run.outcome.checks).toEqual([])
    expect(run.run.outcome.status).toBe('crashed')
  })
})
