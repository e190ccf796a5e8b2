// The engine with evidence, in-process: the suite's own reports are never overwritten, go into
// the artifact list, and the built-in suite leaves an output log like a command suite.
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runGate, type GateContext } from './helpers/gate.js'
import type { PendingUpload } from '../src/artifact/state.js'
import { renderSummary } from '../src/report/summary.js'
import { tempDir } from './helpers/temp.js'

let dir: string
beforeEach(async () => {
  dir = await tempDir('preflight-engine-evidence-')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const STARTED = new Date('2025-11-15T08:53:04Z')
const SAME_NAME = 'SMOKE_TEST_INSTITUTIONAL_20251115_085304.md'
const TABLE =
  '# Institutional Smoke Test Report\n\n## Test Results\n| Test | Level | Status | Duration | Message |\n|------|-------|--------|----------|---------|\n| Python environment | P0_HEALTH | ✓ | 0ms | OK |\n'

function context(uploads: PendingUpload[]): GateContext {
  return {
    operator: 'tester',
    runUrl: '',
    env: process.env,
    now: () => STARTED,
    uploadReports: async (pending) => {
      uploads.push(structuredClone(pending))
      return { kind: 'skipped', reason: 'test' }
    },
  }
}

describe('reports the suite writes in the report directory', () => {
  it("keep the gate's reserved name from overwriting the suite's report of the same second", async () => {
    await writeFile(
      path.join(dir, 'suite.mjs'),
      `import { writeFileSync } from 'node:fs'\nwriteFileSync('reports/health/${SAME_NAME}', ${JSON.stringify(TABLE)})\n`,
    )
    const uploads: PendingUpload[] = []
    const { run, paths } = await runGate(
      {
        mode: 'live',
        command: 'node suite.mjs',
        'working-directory': dir,
        'report-dir': path.join(dir, 'reports', 'health'),
      },
      context(uploads),
    )
    expect(run.outcome.status).toBe('passed')
    const suiteReport = path.join(dir, 'reports', 'health', SAME_NAME)
    expect(await readFile(suiteReport, 'utf8')).toBe(TABLE)
    expect(path.basename(paths.markdown)).toBe('SMOKE_TEST_INSTITUTIONAL_20251115_085304_2.md')
    // Every file of the gate's run takes its name, the output log included.
    expect(path.basename(paths.outputLog ?? '')).toBe(
      'SMOKE_TEST_INSTITUTIONAL_20251115_085304_2.output.log',
    )
    expect(existsSync(paths.outputLog ?? '')).toBe(true)
    expect(
      existsSync(path.join(dir, 'reports', 'health', SAME_NAME.replace(/\.md$/, '.output.log'))),
    ).toBe(false)
    expect(await readFile(paths.markdown, 'utf8')).toMatch(/\*\*Verdict\*\*: PROCEED/)
    expect(run.outcome.suiteReports).toEqual([suiteReport])
    expect(uploads[0]?.files).toContain(suiteReport)
    expect(uploads[0]?.files).toContain(paths.markdown)
  })

  it("resolve report-dir against the gate's directory, not working-directory", async () => {
    // The suite runs in app/ and writes app/reports/health; the gate's report-dir is an absolute
    // path here (the action resolves a relative one against the workspace).
    const app = path.join(dir, 'app')
    await mkdir(app)
    await writeFile(
      path.join(app, 'suite.mjs'),
      `import { mkdirSync, writeFileSync } from 'node:fs'\nmkdirSync('reports/health', { recursive: true })\nwriteFileSync('reports/health/${SAME_NAME}', ${JSON.stringify(TABLE)})\n`,
    )
    const uploads: PendingUpload[] = []
    const gateDir = path.join(dir, 'reports', 'health')
    const { run } = await runGate(
      { mode: 'paper', command: 'node suite.mjs', 'working-directory': app, 'report-dir': gateDir },
      context(uploads),
    )
    // Not in the gate's report directory: neither listed nor evidence by default.
    expect(run.outcome.suiteReports).toEqual([])
    expect(run.outcome.checks).toEqual([])
    expect(run.outcome.notes.join(' ')).toMatch(/rests on the exit code alone/)
    // Naming it in "results" (relative to working-directory) makes it evidence.
    const named = await runGate(
      {
        mode: 'live',
        command: 'node suite.mjs',
        'working-directory': app,
        'report-dir': gateDir,
        results: 'reports/health/SMOKE_TEST_INSTITUTIONAL_*.md',
      },
      context(uploads),
    )
    expect(named.run.outcome).toMatchObject({
      status: 'passed',
      evidenceFiles: [`reports/health/${SAME_NAME}`],
    })
  })
})

describe('tests without a level', () => {
  it('count as P0 and are listed in the report and the summary', async () => {
    await writeFile(
      path.join(dir, 'suite.mjs'),
      "import { writeFileSync } from 'node:fs'\nwriteFileSync('out.tap', '1..2\\nok 1 - p2 banner\\nok 2 - mystery check\\n')\n",
    )
    const { run, paths } = await runGate(
      {
        mode: 'live',
        command: 'node suite.mjs',
        'working-directory': dir,
        'report-dir': path.join(dir, 'reports'),
        results: 'out.tap',
        'exit-codes': 'any-failure',
      },
      context([]),
    )
    expect(run.outcome).toMatchObject({ status: 'passed', unmappedChecks: ['mystery check'] })
    expect(run.outcome.checks.map((c) => [c.name, c.level])).toEqual([
      ['p2 banner', 'P2'],
      ['mystery check', 'P0'],
    ])
    const report = await readFile(paths.markdown, 'utf8')
    expect(report).toMatch(
      /## Unmapped Tests \(counted as P0\)\n\nNo level property, no level-map rule and no p0\/p1\/p2 word in the name:\n- mystery check\n/,
    )
    expect(renderSummary(run, { reportPath: 'r.md' })).toMatch(
      /### Unmapped Tests \(counted as P0\)[\s\S]*- mystery check/,
    )
  })
})

describe('the built-in suite', () => {
  it('writes an output log like a command suite', async () => {
    await writeFile(
      path.join(dir, 'suite.yml'),
      'version: 1\nchecks:\n  - name: Says hello\n    level: P0\n    kind: command\n    command: [node, -e, "console.log(\'hello\')"]\n  - name: Fails loudly\n    level: P2\n    kind: command\n    command: [node, -e, "console.error(\'broken banner\'); process.exit(1)"]\n',
    )
    const { run, paths } = await runGate(
      {
        mode: 'live',
        suite: 'suite.yml',
        'working-directory': dir,
        'report-dir': path.join(dir, 'reports'),
      },
      context([]),
    )
    expect(run.outcome.status).toBe('p2-warned')
    expect(paths.outputLog).toMatch(/\.output\.log$/)
    const log = await readFile(paths.outputLog as string, 'utf8')
    expect(log).toMatch(/Running 2 check\(s\)/)
    expect(log).toMatch(/=== Fails loudly \(P2\) ===\n[\s\S]*broken banner/)
    expect(await readdir(path.join(dir, 'reports'))).toContain(
      path.basename(paths.outputLog as string),
    )
  })
})
