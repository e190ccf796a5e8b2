// The fleet pieces end to end, through the bundled dist/ against the local artifact service:
// real gate runs upload each leg's report, `aggregate` lists and downloads them, `require`
// checks the evidence a deploy job needs, `authorize` leaves its record.
import archiver from 'archiver'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, runAction, type ActionRun } from './helpers/action-runner.js'
import {
  artifactService,
  jobBackendId,
  runtimeToken,
  type ArtifactService,
} from './helpers/artifact-service.js'
import {
  approval,
  environment,
  gitHubApi,
  workflowRun,
  type GitHubApi,
} from './helpers/github-api.js'

/** A zip of one file, as the artifact service stores an upload. */
function zip(name: string, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = archiver('zip')
    const chunks: Buffer[] = []
    archive.on('data', (c: Buffer) => chunks.push(c))
    archive.on('end', () => resolve(Buffer.concat(chunks)))
    archive.on('error', reject)
    archive.append(text, { name })
    void archive.finalize()
  })
}

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const closers: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  for (const c of closers.splice(0)) await c.close()
})

async function service(fault?: Parameters<typeof artifactService>[0]): Promise<ArtifactService> {
  const s = await artifactService(fault)
  closers.push(s)
  return s
}

const runEnv = (svc: ArtifactService, job: number, extra: Record<string, string> = {}) => ({
  ACTIONS_RUNTIME_TOKEN: runtimeToken(jobBackendId(job)),
  ACTIONS_RESULTS_URL: svc.url,
  PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '10',
  PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS: '10',
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW: 'Fleet rollout',
  RUNNER_NAME: `runner-${job}`,
  ...extra,
})

/** One matrix leg: the bundled gate on "host-<n>", uploading its report to the service. */
function leg(
  svc: ArtifactService,
  n: number,
  options: {
    mode?: string
    fail?: string
    inputs?: Record<string, string>
    env?: Record<string, string>
  } = {},
): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: options.mode ?? 'live',
      command: sample,
      matrix: JSON.stringify({ host: `host-${n}` }),
      ...options.inputs,
    },
    env: runEnv(svc, n, { ...(options.fail && { SAMPLE_FAIL: options.fail }), ...options.env }),
  })
}

function aggregate(svc: ArtifactService, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ entry: 'dist/aggregate/index.js', inputs, env: runEnv(svc, 100) })
}

function requireStep(
  svc: ArtifactService,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runAction({ entry: 'dist/require/index.js', inputs, env: runEnv(svc, 200, env) })
}

const FORCE_START = {
  'force-start': 'true',
  impact: 'none expected',
  mitigation: 'watch the first hour',
}

describe('aggregate (bundled dist/aggregate/index.js, local artifact service)', () => {
  it('proceeds when all 3 legs pass, and uploads its own report', async () => {
    const svc = await service()
    const legs1 = []
    for (const n of [1, 2, 3]) legs1.push(await leg(svc, n))
    expect(legs1.map((l) => l.exitCode)).toEqual([0, 0, 0])
    // Each leg's report says where and for what it ran.
    const report = JSON.parse(
      await readFile(
        path.resolve(legs1[0]!.workDir, legs1[0]!.outputs['report-json-path']!),
        'utf8',
      ),
    ) as { provenance: Record<string, unknown> }
    expect(report.provenance).toEqual({
      repository: 'acme/rocket',
      sha: SHA,
      ref: 'refs/heads/main',
      workflow: 'Fleet rollout',
      runId: '4242',
      runAttempt: '1',
      job: 'preflight',
      matrix: { host: 'host-1' },
      runnerName: 'runner-1',
      host: os.hostname(),
      mode: 'live',
      leg: '',
      dirty: null,
    })
    expect(legs1[0]!.summary).toContain('- Matrix: host=host\\-1')
    expect(legs1[0]!.summary).toContain(`- Commit: ${SHA} · ref: refs/heads/main`)
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed', 'failed-legs': '[]' })
    const legs = JSON.parse(run.outputs.legs ?? '') as Array<Record<string, unknown>>
    expect(legs.map((l) => l.matrix)).toEqual(
      expect.arrayContaining([{ host: 'host-1' }, { host: 'host-2' }, { host: 'host-3' }]),
    )
    expect(legs.every((l) => l.verdict === 'proceed')).toBe(true)
    expect(svc.finalized.map((f) => f.name)).toContain('preflight-fleet-report')
    expect(run.outputs['report-url']).toMatch(/\/actions\/runs\/4242\/artifacts\/\d+$/)
    expect(run.summary).toContain('FLEET HEALTH CHECKS PASSED - 3 of 3 legs')
    expect(run.summary).toMatch(
      /\| \[.*host=host\\-1.*\]\(https:\/\/github\.com\/acme\/rocket\/actions\/runs\/4242\/artifacts\/\d\) \| ✅ proceed/,
    )
  }, 60_000)

  it('aborts naming the host when one leg fails a P0 check, worst leg first', async () => {
    const svc = await service()
    await leg(svc, 1)
    await leg(svc, 2, { fail: 'P0' })
    await leg(svc, 3)
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p0-failed' })
    expect(JSON.parse(run.outputs['failed-legs'] ?? '')).toHaveLength(1)
    expect(run.summary).toMatch(/FLEET LAUNCH ABORTED - 1 leg\(s\) failed: .* \[host=host-2\]/)
    const legs = JSON.parse(run.outputs.legs ?? '') as Array<{ matrix: unknown; status: string }>
    expect(legs[0]).toMatchObject({ matrix: { host: 'host-2' }, status: 'p0-failed' })
    expect(run.stdout).toMatch(/::error::.*FLEET LAUNCH ABORTED.*host=host-2/)
    const log = await readFile(
      path.join(run.workDir, 'reports/health/operational-log.jsonl'),
      'utf8',
    )
    expect(JSON.parse(log.trim())).toMatchObject({
      event: 'FLEET_ABORTED',
      mode: 'live',
      status: 'p0-failed',
      decision: 'abort',
      failures: [expect.stringMatching(/\[host=host-2\]: p0-failed$/)],
    })
  }, 60_000)

  it('proceeds with warnings when one leg has only P2 warnings', async () => {
    const svc = await service()
    await leg(svc, 1)
    await leg(svc, 2, { fail: 'P2' })
    await leg(svc, 3)
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'p2-warned' })
    expect(run.summary).toContain('FLEET PROCEEDS WITH WARNINGS')
  }, 60_000)

  it('verifies a leg’s approved P1 override again, and counts it for its own leg only', async () => {
    const svc = await service()
    const api: GitHubApi = await gitHubApi({
      environments: { 'live-override': environment('live-override') },
      runs: { 4242: workflowRun(4242, 'octocat') },
      approvals: {
        4242: [
          approval('risk-manager', 'approved', ['live-override'], 'ok'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
    })
    closers.push(api)
    await leg(svc, 1)
    const overridden = await leg(svc, 2, {
      fail: 'P1',
      inputs: {
        'force-start': 'true',
        impact: 'none expected',
        mitigation: 'watch the first hour',
        'approval-environment': 'live-override',
        'github-token': 'ghs_test',
      },
      env: { GITHUB_API_URL: api.url },
    })
    expect(overridden.outputs).toMatchObject({ verdict: 'proceed', override: 'force-start' })
    await leg(svc, 3)
    // The leg's approvals are verified again by aggregate: without a token they cannot be, so
    // that leg counts as waiting for its approval. Verified through the API, the fleet proceeds
    // with it: __tests__/consumers-verify.test.ts (in-process, with the API stand-in).
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p1-failed' })
    expect(run.stdout).toMatch(
      /force-start was granted by its gate, but the approvals could not be verified: No GitHub token/,
    )
    expect(run.summary).toContain('force\\-start requested but not approved on this leg')

    // The same P1 failure on another leg, not approved there, still aborts the fleet.
    await leg(svc, 4, { fail: 'P1', inputs: FORCE_START })
    const four = await aggregate(svc, { mode: 'live', expected: '4' })
    expect(four.outputs).toMatchObject({ verdict: 'abort' })
    expect(four.summary).toContain('force\\-start requested but not approved on this leg')
  }, 60_000)

  it('aborts when a leg is missing (2 of 3)', async () => {
    const svc = await service()
    await leg(svc, 1)
    await leg(svc, 2)
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'incomplete' })
    expect(run.summary).toContain('2 of 3 legs reported; 1 missing')
  }, 60_000)

  it('refuses a leg report written for another commit, and one for another mode', async () => {
    const svc = await service()
    await leg(svc, 1)
    await leg(svc, 2, { env: { GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' } })
    await leg(svc, 3, { mode: 'paper' })
    const run = await aggregate(svc, { mode: 'live', expected: '3' })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'incomplete' })
    expect(run.summary).toContain('written for commit ffffffffffff, not a1b2c3d4e5f6')
    expect(run.summary).toContain('written for paper mode, not live')
  }, 60_000)

  it.each([
    ['never answers', 'hang' as const],
    ['fails every download', 'download-500' as const],
  ])(
    'aborts, bounded in time, when the artifact service %s',
    async (_what, fault) => {
      const svc = await service(fault === 'hang' ? 'none' : fault)
      await leg(svc, 1)
      await leg(svc, 2)
      const target = fault === 'hang' ? await service('hang') : svc
      const started = Date.now()
      const run = await runAction({
        entry: 'dist/aggregate/index.js',
        inputs: { mode: 'live', expected: '2' },
        env: runEnv(target, 100, {
          PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS: '2',
          PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '2',
        }),
      })
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verdict).toBe('abort')
      expect(run.stdout).toMatch(/did not finish (listing|downloading)/)
    },
    60_000,
  )

  it('rejects invalid inputs without touching the service', async () => {
    const svc = await service()
    const run = await aggregate(svc, { mode: 'live', expected: 'three' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/Input "expected" must be the number of legs/)
    expect(svc.requests).toBe(0)
  })
})

describe('require (bundled dist/require/index.js, local artifact service)', () => {
  it('refuses when this run has no report artifact', async () => {
    const svc = await service()
    const run = await requireStep(svc, { mode: 'live' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/DEPLOY REFUSED: no report artifact of this run/)
  })

  it('passes for a proceed verdict for this commit and mode, and pins the host', async () => {
    const svc = await service()
    const gate = await leg(svc, 1)
    const run = await requireStep(svc, { mode: 'live' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('proceed')
    expect(run.outputs['report-url']).toBe(gate.outputs['artifact-url'])
    expect(run.summary).toContain('DEPLOY ALLOWED')
    const elsewhere = await requireStep(svc, { mode: 'live', host: 'not-this-host' })
    expect(elsewhere.exitCode).toBe(1)
    expect(elsewhere.summary).toMatch(/written on host ".+", not "not\\-this\\-host"/)
  }, 30_000)

  it('reads the artifacts through the REST API with github-token', async () => {
    const svc = await service()
    await leg(svc, 1)
    // @actions/github reads GITHUB_API_URL when it loads: a process of its own.
    const run = await runAction({
      entry: 'dist/require/index.js',
      inputs: { mode: 'live', 'github-token': 'ghs_rest_token_for_artifacts' },
      env: runEnv(svc, 200, { GITHUB_API_URL: svc.url.replace(/\/$/, '') }),
      ownProcess: true,
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('proceed')
    expect(svc.restRequests.map((r) => r.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/actions\/runs\/\d+\/artifacts$/)]),
    )
    expect(svc.restRequests.every((r) => r.authorization?.includes('ghs_rest_token'))).toBe(true)
  }, 30_000)

  it.each([
    [
      'another commit',
      { GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' },
      'live',
      /written for commit a1b2c3d4e5f6, not ffffffffffff/,
    ],
    ['another mode', {}, 'paper', /written for live mode, not paper/],
  ])(
    'refuses a report for %s',
    async (_what, env, mode, message) => {
      const svc = await service()
      await leg(svc, 1)
      const run = await requireStep(svc, { mode }, env)
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(/DEPLOY REFUSED: no report written for this commit/)
      expect(run.stdout).toMatch(message)
    },
    30_000,
  )

  it('never lets report text start a workflow command in its log', async () => {
    const svc = await service()
    const gate = await leg(svc, 1)
    const report = JSON.parse(
      await readFile(path.resolve(gate.workDir, gate.outputs['report-json-path']!), 'utf8'),
    ) as { provenance: { host: string } }
    report.provenance.host = 'evil\n::warning::injected\n'
    svc.seed(
      'preflight-report-live-forged',
      await zip(path.basename(gate.outputs['report-json-path']!), JSON.stringify(report)),
      jobBackendId(9),
    )
    const run = await requireStep(svc, { mode: 'live', host: 'elsewhere' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('injected')
    expect(run.stdout).not.toMatch(/^::warning::injected/m)
  }, 30_000)

  it('refuses an abort verdict', async () => {
    const svc = await service()
    await leg(svc, 1, { fail: 'P0' })
    const run = await requireStep(svc, { mode: 'live' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('abort')
    expect(run.stdout).toMatch(/DEPLOY REFUSED: the gate's verdict is abort \(p0-failed\)/)
  }, 30_000)

  it('refuses approval-required without an authorization, and with only a record of one', async () => {
    const svc = await service()
    await leg(svc, 1, { fail: 'P1', inputs: FORCE_START })
    const before = await requireStep(svc, { mode: 'live' })
    expect(before.exitCode).toBe(1)
    expect(before.stdout).toMatch(
      /approval-required \(force-start\) and no authorization of it is recorded in this run \(no preflight-authorization artifact/,
    )

    const api = await gitHubApi({
      environments: { 'live-override': environment('live-override') },
      runs: { 4242: workflowRun(4242, 'octocat') },
      approvals: {
        4242: [
          approval('risk-manager', 'approved', ['live-override'], 'ok'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
    })
    closers.push(api)
    const authorize = await runAction({
      entry: 'dist/authorize/index.js',
      inputs: {
        mode: 'live',
        environment: 'live-override',
        override: 'force-start',
        'github-token': 'ghs_test',
      },
      env: runEnv(svc, 50, { GITHUB_API_URL: api.url }),
    })
    expect(authorize.outputs.authorized).toBe('true')
    expect(svc.finalized.map((f) => f.name)).toContainEqual(
      expect.stringMatching(/^preflight-authorization-force-start-live-/),
    )
    // The record alone is not enough: require verifies the approvals itself.
    const unverified = await requireStep(svc, { mode: 'live' })
    expect(unverified.exitCode).toBe(1)
    expect(unverified.stdout).toMatch(/its approvals could not be verified: No GitHub token/)
    // Verified with the API, it passes: __tests__/consumers-verify.test.ts (in-process).
  }, 90_000)

  it('refuses an authorization recorded for a skip when the gate asked for force-start', async () => {
    const svc = await service()
    await leg(svc, 1, { fail: 'P1', inputs: FORCE_START })
    const api = await gitHubApi({
      environments: { 'live-override': environment('live-override') },
      runs: { 4242: workflowRun(4242, 'octocat') },
      approvals: { 4242: [approval('cto', 'approved', ['live-override'], 'ok')] },
    })
    closers.push(api)
    await runAction({
      entry: 'dist/authorize/index.js',
      inputs: {
        mode: 'live',
        environment: 'live-override',
        override: 'skip',
        'github-token': 'ghs_test',
      },
      env: runEnv(svc, 50, { GITHUB_API_URL: api.url }),
    })
    const run = await requireStep(svc, { mode: 'live' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('it authorizes skip, not force\\-start')
  }, 30_000)

  it('passes on a proceeding fleet report, for a host that is one of its legs', async () => {
    const svc = await service()
    for (const n of [1, 2]) await leg(svc, n)
    expect((await aggregate(svc, { mode: 'live', expected: '2' })).exitCode).toBe(0)
    const run = await requireStep(svc, {
      mode: 'live',
      pattern: 'preflight-fleet-report*',
      host: 'vm',
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/the fleet verdict for this commit is proceed \(2 legs\)/)
  }, 60_000)
})
