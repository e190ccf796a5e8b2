// `preflight audit --drill` runs this installation's gate (the CLI's own main, in-process) against
// a synthetic suite for every exit path and checks verdict, exit code and log entry; a wrong
// decision injected into the decision table shows up as the path it broke.
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { DRILL_PATHS, runDrill } from '../src/audit/drill.js'
import { main } from '../src/cli/main.js'
import { tempDir } from './helpers/temp.js'

const wrongDecision = vi.hoisted(() => ({ on: false }))
vi.mock('../src/decision.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/decision.js')>()
  return {
    ...real,
    // The injected fault: a P1 failure proceeds as if it had passed.
    decide: (input: Parameters<typeof real.decide>[0]) =>
      wrongDecision.on && input.status === 'p1-failed' && !input.forceStart
        ? { ...real.decide({ ...input, status: 'passed' }) }
        : real.decide(input),
  }
})

const temps: string[] = []
afterEach(async () => {
  wrongDecision.on = false
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function reportDir() {
  const dir = await tempDir('preflight-drill-test-')
  temps.push(dir)
  return path.join(dir, 'reports')
}

describe('audit drill', () => {
  test('every exit path of this installation decides as the source document says', async () => {
    const outcome = await runDrill({
      gate: main,
      reportDir: await reportDir(),
      now: () => new Date(),
    })
    expect(outcome.lines.slice(0, DRILL_PATHS.length)).toEqual(
      DRILL_PATHS.map((p) => `${p.name}: ok (${p.expect.verdict}, exit ${p.expect.exitCode})`),
    )
    expect(outcome.findings.filter((f) => f.id === 'drill-path-failed')).toEqual([])
    expect(outcome.lines.join('\n')).toMatch(/report directory .*: writable, \d+ MiB free/)
    expect(outcome.lines.join('\n')).toMatch(/Node\.js \d+\.\d+\.\d+: supported/)
    expect(outcome.lines.join('\n')).toMatch(/suite isolation: (pid|none)/)
  }, 120_000)

  test('a wrong decision is named by the path it broke', async () => {
    wrongDecision.on = true
    const outcome = await runDrill({
      gate: main,
      reportDir: await reportDir(),
      now: () => new Date(),
      paths: DRILL_PATHS.filter((p) => p.name === 'P1 failure' || p.name === 'pass'),
    })
    const failed = outcome.findings.filter((f) => f.id === 'drill-path-failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ severity: 'high', location: 'drill: P1 failure' })
    expect(failed[0]?.message).toContain('exit code 0, expected 2')
    expect(failed[0]?.message).toContain('verdict proceed, expected abort')
  }, 60_000)

  test('an unwritable report directory is a finding', async () => {
    const blocker = await reportDir()
    await writeFile(blocker, 'a file where the report directory should be')
    const outcome = await runDrill({
      gate: main,
      reportDir: path.join(blocker, 'health'),
      now: () => new Date(),
      paths: [],
    })
    expect(outcome.findings.map((f) => f.id)).toContain('report-dir-unwritable')
  })

  test('a clock far in the past is a finding', async () => {
    const outcome = await runDrill({
      gate: main,
      reportDir: await reportDir(),
      now: () => new Date('2001-01-01T00:00:00Z'),
      paths: [],
    })
    expect(outcome.findings.find((f) => f.id === 'clock-insane')?.message).toContain('2001')
  })
})
