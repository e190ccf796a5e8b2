// Texts that fit the surface: the report shows the gate's exit code beside its meaning (and the
// suite's own beside it), the CLI names its own flags in input errors, written once per message
// with the name as a part of it (no rewording afterwards).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cliInputName } from '../src/cli/suite-options.js'
import { describeExitCodes } from '../src/decision.js'
import { runGate } from '../src/engine.js'
import { parseSettings } from '../src/settings.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

describe('the exit code beside its meaning', () => {
  it('says what the gate exit code means, and what the suite exited with when that differs', () => {
    expect(describeExitCodes(2, 2)).toBe('2 (P1 failure)')
    expect(describeExitCodes(2, 1)).toBe('2 (P1 failure); the suite exited 1')
    expect(describeExitCodes(1, null)).toBe('1 (P0 failure or hard abort)')
  })

  it('is what the report and its log entry show for a runner whose exit 1 means a P1 failure', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-texts-'))
    dirs.push(dir)
    // exit 1 with a failed P1 check: the any-failure contract reads it as a P1 failure.
    await writeFile(
      path.join(dir, 'suite.mjs'),
      `import { writeFileSync } from 'node:fs'
writeFileSync(process.env.PREFLIGHT_RESULTS, JSON.stringify({ checks: [
  { name: 'orders', level: 'P1', status: 'failed', duration: 1, message: 'down' },
] }))
process.exit(1)
`,
    )
    const { paths } = await runGate(
      {
        mode: 'live',
        command: 'node suite.mjs',
        'working-directory': dir,
        'report-dir': path.join(dir, 'reports'),
        'exit-codes': 'any-failure',
        'upload-artifact': 'false',
      },
      { operator: 'octocat', runUrl: '', env: { PATH: process.env.PATH }, now: () => new Date() },
    )
    const report = await readFile(paths.markdown, 'utf8')
    expect(report).toContain('**Exit Code**: 2 (P1 failure)')
    expect(report).toContain('**Suite Exit Code**: 1')
    expect(report).toContain('Exit Code: 2 (P1 failure); the suite exited 1')
    expect(report).not.toContain('1 (P0 failure)')
  })
})

describe('input errors name what the surface calls the input', () => {
  it('the action: input "name"; the CLI: its flag', () => {
    const raw = { mode: 'live', command: 'x', suite: 'y', 'timeout-seconds': 'soon' }
    const action = parseSettings(raw)
    const cli = parseSettings(raw, cliInputName)
    expect(action.ok ? [] : action.errors).toEqual([
      'Input "timeout-seconds" must be a number of seconds above 0 and at most 21600, got "soon".',
    ])
    expect(cli.ok ? [] : cli.errors).toEqual([
      '--timeout must be a number of seconds above 0 and at most 21600, got "soon".',
    ])
    const both = { mode: 'live', command: 'x', suite: 'y' }
    expect(parseSettings(both, cliInputName)).toMatchObject({
      errors: ['--command and --suite are exclusive: set exactly one of them.'],
    })
    expect(parseSettings({ mode: 'live' }, cliInputName)).toMatchObject({
      errors: [expect.stringMatching(/^Set exactly one of --command \(.*\) or --suite \(/)],
    })
  })
})
