// The bundle as the runner and an operator start it (`npm run test:dist`, after `npm run build`):
// one run per entry point of dist/, the rest of the tests run the source. The helpers start
// dist/ because this layer sets PREFLIGHT_TEST_DIST=1 (vitest.dist.config.ts).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  CLI_ARGS,
  REPO_ROOT,
  TEST_DIST,
  entryArgs,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js'
import { artifactService, runtimeToken, type ArtifactService } from '../helpers/artifact-service.js'
import { cancelWhileParsing } from '../helpers/cancel-parse.js'

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function service(): Promise<ArtifactService> {
  const svc = await artifactService()
  cleanups.push(() => svc.close())
  return svc
}

async function action(options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const run = await runAction(options)
  if (options.cwd === undefined) cleanups.push(() => rm(run.workDir, { recursive: true, force: true }))
  return run
}

beforeAll(() => {
  expect(TEST_DIST, 'run through `npm run test:dist`').toBe(true)
  expect(existsSync(path.join(REPO_ROOT, 'dist', 'index.js')), 'run `npm run build` first').toBe(true)
  expect(entryArgs('dist/authorize/index.js')).toEqual([
    path.join(REPO_ROOT, 'dist', 'authorize', 'index.js'),
  ])
})

describe('the bundled actions (dist/index.js and dist/<action>/index.js)', () => {
  it('main uploads the report; post sees the main step handled it', async () => {
    const svc = await service()
    const env = {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: svc.url,
      PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '10',
    }
    const main = await action({ inputs: { mode: 'paper', command: sample }, env })
    expect(main.exitCode).toBe(0)
    expect(main.outputs).toMatchObject({ verdict: 'proceed', 'artifact-id': '1' })
    expect(main.state['is-post']).toBe('true')
    const state = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]))
    const post = await action({ inputs: {}, cwd: main.workDir, env: { ...env, ...state } })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('the main step already handled it (uploaded)')
    expect(svc.finalized).toHaveLength(1)
  })

  it('authorize is chosen by its folder and checks its inputs', async () => {
    const run = await action({
      entry: 'dist/authorize/index.js',
      inputs: { mode: 'live', environment: 'live-override', override: 'yolo' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.authorized).toBe('false')
    expect(run.stdout).toMatch(/Input "override" must be force-start or skip, got "yolo"/)
  })

  it('aggregate is chosen by its folder and checks its inputs', async () => {
    const run = await action({
      entry: 'dist/aggregate/index.js',
      inputs: { mode: 'live', expected: 'three' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/Input "expected" must be the number of legs/)
  })

  it('require is chosen by its folder and refuses a run without a report', async () => {
    const svc = await service()
    const run = await action({
      entry: 'dist/require/index.js',
      inputs: { mode: 'live' },
      env: {
        ACTIONS_RUNTIME_TOKEN: runtimeToken(),
        ACTIONS_RESULTS_URL: svc.url,
        GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/DEPLOY REFUSED: no report artifact of this run/)
  })

  it('audit is chosen by its folder; GitHub\'s workflow parser loads from the bundle', async () => {
    const run = await action({ entry: 'dist/audit/index.js', inputs: { 'fail-on': 'high' } })
    expect(run.stdout).toMatch(/no-gate \(high\)/)
    expect(run.exitCode).toBe(1)
  })
})

describe('the bundled CLI (dist/cli/index.js)', () => {
  it('validates the example suite', () => {
    const run = spawnSync(
      process.execPath,
      [...CLI_ARGS, 'validate', 'examples/institutional-suite.yml'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(run.stdout).toBe('examples/institutional-suite.yml: valid\n')
    expect(run.status).toBe(0)
  })

  it('parses results on its own entry point as a worker: a SIGTERM mid-parse ends it at once', async () => {
    const run = await cancelWhileParsing('junit')
    expect(run.answeredMs).toBeLessThan(1000)
    expect(run.events[0]).toBe('GATE_CANCELLED')
  })

  it('npm run demo: the example suite in live mode proceeds on its P2 warnings', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-demo-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    // The example suite creates directories: it runs in a copy of examples/.
    await cp(path.join(REPO_ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true })
    await cp(path.join(REPO_ROOT, 'README.md'), path.join(dir, 'README.md'))
    const reports = path.join(dir, 'reports')
    const demo = spawnSync(process.execPath, ['scripts/demo.mjs', 'live', reports, dir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(demo.stdout).toContain(
      'Running 19 check(s) of examples/institutional-suite.yml (mode live, subset full)',
    )
    expect(demo.stdout).toContain('⚠️  P2 warnings detected (non-critical) - proceeding')
    expect(demo.stdout).toMatch(/Demo: the gate exited 3 \(P2 warnings: proceed\)/)
    expect(demo.status).toBe(0)
  })
})
