// The runner's file commands are the gate's: a suite that appends `verdict=proceed` to
// GITHUB_OUTPUT (and forges GITHUB_ENV, GITHUB_PATH, GITHUB_STATE, the summary) changes nothing.
// Without isolation the gate finds the lines once the suite is gone, puts the files back, logs
// FILE_COMMANDS_TAMPERED and, live, aborts; under pid the suite cannot reach them at all.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runGate } from './helpers/gate.js'
import { cachedIsolationProbe } from '../src/runner/isolation.js'
import type { RawInputs } from '../src/settings.js'
import { runAction } from './helpers/action-runner.js'
import { killHostileDaemons } from './helpers/processes.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)

/** This file's hostile-suite daemons (under none they outlive the gate, by design). */
const SLEEP_BASE = '8660'
const dirs: string[] = []
afterEach(async () => {
  killHostileDaemons(SLEEP_BASE)
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
let pidAvailable = false
beforeAll(async () => {
  const probe = await cachedIsolationProbe()
  pidAvailable = probe.ok
  if (!probe.ok) console.warn(`SKIPPING the pid case: ${probe.reason}`)
})

async function workspace() {
  const root = await tempDir('preflight-filecmd-')
  dirs.push(root)
  const commands = path.join(root, 'commands')
  const out = path.join(root, 'findings')
  await mkdir(commands)
  await mkdir(out)
  await writeFile(path.join(out, 'needle'), 'no-such-needle')
  await writeFile(path.join(out, 'sleep-base'), SLEEP_BASE)
  const files = {
    GITHUB_OUTPUT: path.join(commands, 'output'),
    GITHUB_ENV: path.join(commands, 'env'),
    GITHUB_PATH: path.join(commands, 'path'),
    GITHUB_STATE: path.join(commands, 'state'),
    GITHUB_STEP_SUMMARY: path.join(commands, 'summary'),
  }
  for (const file of Object.values(files)) await writeFile(file, 'the gate’s line\n')
  return { root, commands, out, files }
}

describe('without isolation', () => {
  it.each([
    ['live', 'abort'],
    ['paper', 'proceed'],
  ] as const)(
    '%s: puts every file back, logs the tampering, and the verdict is %s',
    async (mode, verdict) => {
      const w = await workspace()
      const result = await runGate(
        {
          mode,
          command: `sh ${fixture('hostile-suite.sh')} ${w.out}`,
          'report-dir': path.join(w.root, 'reports'),
          'require-results': 'never',
          'subset-args': '',
          'suite-isolation': 'none',
        } as RawInputs,
        {
          operator: 'octocat',
          runUrl: 'https://github.com/acme/rocket/actions/runs/1',
          env: { PATH: process.env.PATH, HOSTILE_FILE_COMMANDS: w.commands, ...w.files },
          now: () => new Date(),
          killGraceMs: 200,
        },
      )
      // It did write them: the gate saw it, and put each back.
      expect(await readFile(path.join(w.out, 'file-commands'), 'utf8')).toMatch(/wrote .*output/)
      for (const file of Object.values(w.files)) {
        expect(await readFile(file, 'utf8')).toBe('the gate’s line\n')
      }
      expect(result.run.outcome.status).toBe('passed')
      expect(result.run.decision.verdict).toBe(verdict)
      expect(result.run.outcome.notes.join(' ')).toMatch(
        /The suite wrote to the runner's file commands \(GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY\).*put back/,
      )
      expect(result.run.opsLog.map((e) => e.event)).toContain('FILE_COMMANDS_TAMPERED')
    },
  )

  it('the action: a suite appending verdict=proceed to GITHUB_OUTPUT changes nothing', async () => {
    const w = await workspace()
    const run = await runAction({
      cwd: w.root,
      inputs: {
        mode: 'live',
        command: `sh ${fixture('hostile-suite.sh')} ${w.out}`,
        'require-results': 'never',
        'suite-isolation': 'none',
        'upload-artifact': 'false',
      },
      env: { HOSTILE_FILE_COMMANDS: w.root, HOME: w.out },
    })
    expect(await readFile(path.join(w.out, 'file-commands'), 'utf8')).toMatch(/wrote .*output/)
    const output = await readFile(path.join(w.root, 'github-output'), 'utf8')
    expect(output).not.toMatch(/^verdict=proceed$/m)
    expect(run.outputs.verdict).toBe('abort')
    expect(run.exitCode).toBe(1)
  })
})

describe('under pid', () => {
  it('the suite cannot reach them: nothing to put back, and the verdict stands', async ({
    skip,
  }) => {
    if (!pidAvailable) skip()
    const w = await workspace()
    const run = await runAction({
      cwd: w.root,
      inputs: {
        mode: 'live',
        command: `sh ${fixture('hostile-suite.sh')} ${w.out}`,
        'require-results': 'never',
        'suite-isolation': 'pid',
        'upload-artifact': 'false',
      },
      env: { HOSTILE_FILE_COMMANDS: w.root, HOME: w.out },
    })
    const output = await readFile(path.join(w.root, 'github-output'), 'utf8')
    expect(output).not.toMatch(/^verdict=proceed$/m)
    expect(run.outputs.verdict).toBe('proceed')
    expect(run.stdout).not.toMatch(/FILE_COMMANDS_TAMPERED/)
  })
})
