// Texts that fit the surface: the report shows the gate's exit code beside its meaning (and the
// suite's own beside it), the CLI names its own flags in every text of a run (input errors,
// notes, reports, banners), written once per message with the name as a part of it (no
// rewording afterwards).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { CLI_WORDS, cliInputName } from '../src/cli/suite-options.js'
import { decide, describeExitCodes } from '../src/decision.js'
import { ACTION_WORDS, type SurfaceWords } from '../src/model.js'
import { banner } from '../src/report/messages.js'
import { runGate } from './helpers/gate.js'
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

describe('every text of a run names what its surface calls things, written once', () => {
  // One run per surface, the same facts: the suite wrote no results where "results" said it
  // would; then a P1 failure without a force-start (the banner's override line).
  async function runOn(words: SurfaceWords | undefined, dir: string, script: string) {
    await writeFile(path.join(dir, 'suite.mjs'), script)
    return runGate(
      {
        mode: 'paper',
        command: 'node suite.mjs',
        'working-directory': dir,
        'report-dir': path.join(dir, 'reports'),
        results: 'out/results.xml',
        'upload-artifact': 'false',
      },
      {
        operator: 'octocat',
        runUrl: '',
        env: { PATH: process.env.PATH },
        now: () => new Date(),
        ...(words && { words }),
      },
    )
  }

  it.each([
    ['the action', undefined, 'input "results"', 'input "subset-args"'],
    ['the CLI', CLI_WORDS, '--results', '--subset-args'],
  ] as const)('%s: in the notes and the report', async (_, words, results, subsetArgs) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-texts-'))
    dirs.push(dir)
    const { run, paths } = await runOn(words, dir, 'process.exit(1)\n')
    expect(run.outcome.notes[0]).toContain(`without writing the results named in ${results}:`)
    expect(run.outcome.notes[0]).toContain(`see ${subsetArgs})`)
    const report = await readFile(paths.markdown, 'utf8')
    expect(report).toContain(`named in ${results}`)
    expect(report).not.toContain(words ? 'input "' : '--results')
  })

  it('the banner: the override as the surface asks for it, and where approval comes from', () => {
    const decision = decide({
      mode: 'paper',
      status: 'p1-failed',
      forceStart: false,
      approvalVerified: false,
    })
    const base = { mode: 'paper' as const, status: 'p1-failed' as const, decision }
    const action = banner({ ...base, words: ACTION_WORDS })
    const cli = banner({ ...base, words: CLI_WORDS })
    expect(action.lines).toContain('  2. Force start with force-start: true (REQUIRES APPROVAL)')
    expect(cli.lines).toContain('  2. Force start with --force-start (REQUIRES APPROVAL)')
    const requested = decide({ ...base, forceStart: true, approvalVerified: false })
    expect(banner({ ...base, decision: requested, words: CLI_WORDS }).lines).toContain(
      '⚠️  Approval is given by reviewers of a protected environment: request an approval run ("preflight request-override"), then pass --approval-run RUN.',
    )
    const skipped = decide({
      mode: 'live',
      status: 'skipped',
      forceStart: false,
      approvalVerified: false,
    })
    const skip = { mode: 'live' as const, status: 'skipped' as const, decision: skipped }
    expect(banner({ ...skip, words: ACTION_WORDS }).title).toBe(
      '🚨 HEALTH CHECKS SKIPPED (skip-health-check: true) 🚨',
    )
    expect(banner({ ...skip, words: CLI_WORDS }).nextSteps).toContain(
      'Document the reason (--reason) and the ticket (--ticket).',
    )
  })

  it('no module rewrites a text afterwards with regular expressions', () => {
    const src = path.join(import.meta.dirname, '..', 'src')
    const rewrites = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /\.replace(All)?\(\s*['"`/][^)]*Input "/.test(readFileSync(path.join(src, f), 'utf8')),
      )
    expect(rewrites).toEqual([])
  })
})
