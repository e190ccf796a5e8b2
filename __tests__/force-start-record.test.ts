// The source document's force-start record: "Expected impact" and "Mitigation plan" beside the
// reason, the ticket and the approvers. A live force-start without them is an input error; with
// them they reach the report, the summary and the operational log (the ticket: approval.test.ts).
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { runGate } from './helpers/gate.js'
import { OPS_LOG_FILE } from '../src/opslog.js'
import { renderSummary } from '../src/report/summary.js'
import { parseSettings } from '../src/settings.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const SAMPLE = path.join(import.meta.dirname, '..', 'examples', 'sample-suite', 'smoke_test.mjs')
const IMPACT = 'Strategies that need MT5 stay off until it is fixed'
const MITIGATION = 'Risk Manager watches the first hour; rollback with scripts/stop.sh'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-record-')
  dirs.push(dir)
  return dir
}

describe('a live force-start needs its impact and mitigation plan', () => {
  const base = { mode: 'live', command: 'python smoke.py', 'force-start': 'true' }

  it('is an input error naming both when neither is given', () => {
    const parsed = parseSettings(base)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? [] : parsed.errors).toContainEqual(
      expect.stringMatching(
        /^Input "force-start" in live mode needs input "impact" and input "mitigation": /,
      ),
    )
  })

  it('names only the one missing', () => {
    const parsed = parseSettings({ ...base, impact: IMPACT })
    expect(parsed.ok ? [] : parsed.errors).toContainEqual(
      expect.stringMatching(/needs input "mitigation":/),
    )
  })

  it('is not asked for in paper mode or without force-start', () => {
    expect(parseSettings({ ...base, mode: 'paper' }).ok).toBe(true)
    expect(parseSettings({ mode: 'live', command: 'python smoke.py' }).ok).toBe(true)
    expect(parseSettings({ ...base, impact: IMPACT, mitigation: MITIGATION }).ok).toBe(true)
  })

  it('is refused by the CLI, naming its own flags, before the suite runs', async () => {
    const dir = await tempDir()
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    stdout.on('data', (c: Buffer) => (out += c))
    stderr.on('data', (c: Buffer) => (out += c))
    const code = await main(
      [
        'run',
        '--mode',
        'live',
        '--command',
        `node ${SAMPLE}`,
        '--force-start',
        '--report-dir',
        dir,
      ],
      { stdout, stderr, stdin: new PassThrough(), env: { PATH: process.env.PATH } },
    )
    expect(code).toBe(1)
    expect(out).toMatch(/--force-start in live mode needs --impact and --mitigation/)
    expect(out).not.toContain('Health check passed')
  })
})

describe('the force-start record', () => {
  it('is written to the operational log, the report and the summary beside reason and ticket', async () => {
    const dir = await tempDir()
    const result = await runGate(
      {
        mode: 'live',
        command: `node ${SAMPLE}`,
        'force-start': 'true',
        reason: 'Known MT5 import issue',
        ticket: 'OPS-1234',
        impact: IMPACT,
        mitigation: MITIGATION,
        'report-dir': dir,
        'upload-artifact': 'false',
      },
      {
        operator: 'octocat',
        runUrl: 'https://github.com/acme/rocket/actions/runs/1',
        env: { PATH: process.env.PATH, SAMPLE_FAIL: 'P1' },
        now: () => new Date(),
      },
    )
    expect(result.run.decision.verdict).toBe('approval-required')

    const entries = (await readFile(path.join(dir, OPS_LOG_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(entries).toContainEqual(
      expect.objectContaining({
        event: 'OVERRIDE_FORCE_START_REQUESTED',
        reason: 'Known MT5 import issue',
        ticket: 'OPS-1234',
        impact: IMPACT,
        mitigation: MITIGATION,
      }),
    )

    const markdown = await readFile(result.paths.markdown, 'utf8')
    expect(markdown).toContain(`Expected Impact: ${IMPACT}`)
    expect(markdown).toContain(`Mitigation Plan: ${MITIGATION}`)
    const json = JSON.parse(await readFile(result.paths.json, 'utf8')) as {
      operationalLog: Array<Record<string, unknown>>
    }
    expect(json.operationalLog[0]).toMatchObject({ impact: IMPACT, mitigation: MITIGATION })

    const summary = renderSummary(result.run, { reportPath: result.paths.markdown })
    expect(summary).toContain('Expected impact: Strategies that need MT5 stay off')
    expect(summary).toContain('Mitigation plan: Risk Manager watches the first hour')
    expect((await readdir(dir)).length).toBeGreaterThan(0)
  })
})
