// Consumers verify, never trust: the gate, authorize, aggregate and require entry points
// in-process (their injected ActionIo), an in-memory artifact store that holds exactly what the
// gate uploaded, and the local GitHub API stand-in. Each forgery is refused; the honest fleet,
// re-run and two-approver force-start still proceed.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ArtifactUploadRequest } from '../src/artifact/upload.js'
import { createGitHubClient } from '../src/approval/github.js'
import type { RunArtifactStore } from '../src/fleet/artifacts.js'
import { run } from '../src/main.js'
import { runAggregate } from '../src/aggregate/main.js'
import { runAuthorize } from '../src/authorize/main.js'
import { runRequire } from '../src/require/main.js'
import { runPost } from '../src/post/main.js'
import type { GateReport } from '../src/report/json-schema.js'
import {
  approval,
  environment,
  gitHubApi,
  workflowRun,
  type GitHubApi,
} from './helpers/github-api.js'
import { runCli } from './helpers/cli.js'
import { memoryIo } from './helpers/memory-io.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const sample = `node ${path.join(ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-verify-')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function api(approvals: ReturnType<typeof approval>[]): Promise<GitHubApi> {
  const server = await gitHubApi({
    environments: { 'live-override': environment('live-override') },
    runs: { 4242: workflowRun(4242, 'octocat') },
    approvals: { 4242: approvals },
  })
  cleanups.push(() => server.close())
  return server
}

/** This run's artifacts: what the gate and authorize uploaded, and what a forger adds. */
function runArtifacts() {
  const artifacts: Array<{ id: number; name: string; files: Map<string, Buffer> }> = []
  let lastId = 0
  const add = (name: string, files: Map<string, Buffer>) => {
    const id = ++lastId
    artifacts.push({ id, name, files })
    return id
  }
  const upload = async (request: ArtifactUploadRequest) => {
    // As the artifact service: one artifact of a name per run.
    if (artifacts.some((a) => a.name === request.name))
      throw new Error(`an artifact named "${request.name}" already exists`)
    const files = new Map<string, Buffer>()
    for (const file of request.files) files.set(path.basename(file), await readFile(file))
    const id = add(request.name, files)
    return { id, url: `https://github.com/acme/rocket/actions/runs/4242/artifacts/${id}` }
  }
  const store: RunArtifactStore = {
    list: async () =>
      artifacts.map((a) => ({
        id: a.id,
        name: a.name,
        size: [...a.files.values()].reduce((n, b) => n + b.length, 0),
      })),
    download: async (id, dir) => {
      const artifact = artifacts.find((a) => a.id === id)
      if (!artifact) throw new Error(`no artifact ${id}`)
      await mkdir(dir, { recursive: true })
      for (const [name, data] of artifact.files) await writeFile(path.join(dir, name), data)
    },
  }
  return { artifacts, add, upload, store }
}

type Artifacts = ReturnType<typeof runArtifacts>

const runEnv = (attempt = '1', extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  GITHUB_SHA: SHA,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: 'acme/rocket',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: attempt,
  GITHUB_WORKFLOW: 'Rollout',
  GITHUB_ACTOR: 'octocat',
  ACTIONS_RUNTIME_TOKEN: 'x.eyJzY3AiOiJBY3Rpb25zLlJlc3VsdHM6cnVuOmpvYiJ9.y',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
  ...extra,
})

/** One leg: the gate in-process on "host-<n>", its report uploaded into the run's artifacts. */
async function gate(
  artifacts: Artifacts,
  n: number,
  options: {
    fail?: string
    inputs?: Record<string, string>
    attempt?: string
    env?: Record<string, string>
  } = {},
) {
  const dir = await tempDir()
  const io = memoryIo({
    mode: 'live',
    command: sample,
    'working-directory': dir,
    'report-dir': path.join(dir, 'reports', 'health'),
    matrix: JSON.stringify({ host: `host-${n}` }),
    'artifact-name': `preflight-report-live-host-${n}-${options.attempt ?? '1'}`,
    ...options.inputs,
  })
  await run(
    runEnv(options.attempt, {
      RUNNER_NAME: `runner-${n}`,
      GITHUB_JOB: 'preflight',
      ...(options.fail ? { SAMPLE_FAIL: options.fail } : {}),
      GITHUB_WORKSPACE: dir,
      ...options.env,
    }),
    { io, uploadArtifact: artifacts.upload },
  )
  return io
}

async function requireStep(
  artifacts: Artifacts,
  inputs: Record<string, string>,
  options: { attempt?: string; api?: GitHubApi } = {},
) {
  const io = memoryIo(inputs)
  const github = options.api
    ? await createGitHubClient('ghs_test', { GITHUB_API_URL: options.api.url })
    : undefined
  await runRequire(
    { ...runEnv(options.attempt), RUNNER_TEMP: await tempDir() },
    { io, store: artifacts.store, github },
  )
  return io
}

async function aggregateStep(
  artifacts: Artifacts,
  inputs: Record<string, string>,
  attempt = '1',
  api?: GitHubApi,
) {
  const workspace = await tempDir()
  const io = memoryIo(inputs)
  const github = api ? await createGitHubClient('ghs_test', { GITHUB_API_URL: api.url }) : undefined
  await runAggregate(
    { ...runEnv(attempt), RUNNER_TEMP: workspace, GITHUB_WORKSPACE: workspace },
    { io, store: artifacts.store, uploadArtifact: artifacts.upload, github },
  )
  return io
}

/** What an entry point said anywhere: failure, log lines, job log. */
function everything(io: ReturnType<typeof memoryIo>): string {
  return [...io.failed, ...io.log.map((l) => l.message), io.stdoutText()].join('\n')
}

/** A copy of a leg's JSON report with its claims rewritten, uploaded as another artifact. */
async function forge(
  artifacts: Artifacts,
  leg: ReturnType<typeof memoryIo>,
  name: string,
  rewrite: (report: GateReport) => void,
) {
  const file = leg.outputs['report-json-path'] as string
  const report = JSON.parse(await readFile(file, 'utf8')) as GateReport
  rewrite(report)
  artifacts.add(name, new Map([[path.basename(file), Buffer.from(JSON.stringify(report))]]))
}

describe('aggregate re-decides every leg from its checks', () => {
  it('proceeds for a real fleet of three passing legs', async () => {
    const artifacts = runArtifacts()
    for (const n of [1, 2, 3]) await gate(artifacts, n)
    const io = await aggregateStep(artifacts, { mode: 'live', expected: '3' })
    expect(io.failed).toEqual([])
    expect(io.outputs).toMatchObject({ verdict: 'proceed', status: 'passed' })
  }, 60_000)

  it('refuses a leg whose passed/proceed was written over a failed P0 check, naming it inconsistent', async () => {
    const artifacts = runArtifacts()
    const failed = await gate(artifacts, 1, { fail: 'P0' })
    await gate(artifacts, 2)
    artifacts.artifacts.splice(0, 1) // the forger replaces the real report with its copy
    await forge(artifacts, failed, 'preflight-report-live-host-1-forged', (r) => {
      r.status = 'passed'
      r.verdict = 'proceed'
      r.gateExitCode = 0
      r.exitCode = 0
    })
    const io = await aggregateStep(artifacts, { mode: 'live', expected: '2' })
    expect(io.outputs).toMatchObject({ verdict: 'abort', status: 'incomplete' })
    expect(everything(io)).toMatch(
      /inconsistent report: it says passed but its checks give p0-failed/,
    )
  }, 60_000)

  it('a re-run replacing a failed leg proceeds; a forged attempt 2 during attempt 1 is refused', async () => {
    const artifacts = runArtifacts()
    const failed = await gate(artifacts, 1, { fail: 'P0' })
    await gate(artifacts, 2)
    await forge(artifacts, failed, 'preflight-report-live-host-1-2', (r) => {
      r.provenance.runAttempt = '2'
      r.status = 'passed'
      r.verdict = 'proceed'
      r.gateExitCode = 0
      r.exitCode = 0
      r.checks = r.checks.map((c) => ({ ...c, status: 'passed' as const }))
    })
    const forged = await aggregateStep(artifacts, { mode: 'live', expected: '2' }, '1')
    expect(forged.outputs.verdict).toBe('abort')
    expect(everything(forged)).toMatch(/later than this attempt 1/)

    artifacts.artifacts.pop()
    await gate(artifacts, 1, { attempt: '2' })
    const rerun = await aggregateStep(artifacts, { mode: 'live', expected: '2' }, '2')
    expect(rerun.failed).toEqual([])
    expect(rerun.outputs.verdict).toBe('proceed')
  }, 60_000)
})

describe('require is bound to this run and verifies approvals itself', () => {
  it('accepts only the report named by the gate output report-digest', async () => {
    const artifacts = runArtifacts()
    const real = await gate(artifacts, 1, { fail: 'P0' })
    expect(real.outputs['report-digest']).toMatch(/^[0-9a-f]{64}$/)
    const pass = await gate(artifacts, 1, {
      inputs: { 'artifact-name': 'preflight-report-live-host-1-again' },
    })
    const mine = await requireStep(artifacts, {
      mode: 'live',
      'report-digest': real.outputs['report-digest'] as string,
    })
    expect(mine.failed[0]).toMatch(/DEPLOY REFUSED: the gate's verdict is abort \(p0-failed\)/)
    const theirs = await requireStep(artifacts, {
      mode: 'live',
      'report-digest': pass.outputs['report-digest'] as string,
    })
    expect(theirs.failed).toEqual([])
  }, 60_000)

  it('refuses a forged report claiming attempt 2 during attempt 1, and one claiming proceed over its checks', async () => {
    const artifacts = runArtifacts()
    const real = await gate(artifacts, 1, { fail: 'P0' })
    await forge(artifacts, real, 'preflight-report-live-host-1-2', (r) => {
      r.provenance.runAttempt = '2'
      r.verdict = 'proceed'
    })
    const io = await requireStep(artifacts, { mode: 'live' })
    // The forged attempt-2 copy is set aside as from the future; the real abort counts.
    expect(io.failed[0]).toMatch(/DEPLOY REFUSED: the gate's verdict is abort \(p0-failed\)/)
    expect(everything(io)).toMatch(/later than this attempt 1/)

    artifacts.artifacts.splice(0, 2)
    await forge(artifacts, real, 'preflight-report-live-host-1-1', (r) => {
      r.verdict = 'proceed'
      r.gateExitCode = 0
    })
    const forged = await requireStep(artifacts, { mode: 'live' })
    expect(forged.failed[0]).toMatch(
      /is an inconsistent report: it says proceed where its checks \(status p0-failed\) give abort/,
    )
  }, 60_000)

  it('an authorized live force-start with two approvers passes; a record alone, or one approver, does not', async () => {
    const artifacts = runArtifacts()
    await gate(artifacts, 1, {
      fail: 'P1',
      inputs: {
        'force-start': 'true',
        reason: 'r',
        ticket: 'T-1',
        impact: 'i',
        mitigation: 'm',
      },
    })
    const server = await api([
      approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed'),
      approval('cto', 'approved', ['live-override'], 'OK, T-1'),
    ])
    const workspace = await tempDir()
    const authorizeIo = memoryIo({
      mode: 'live',
      environment: 'live-override',
      override: 'force-start',
      'github-token': 'ghs_test',
    })
    await runAuthorize(
      { ...runEnv(), GITHUB_API_URL: server.url, GITHUB_WORKSPACE: workspace },
      { io: authorizeIo, uploadArtifact: artifacts.upload },
    )
    expect(authorizeIo.outputs.authorized).toBe('true')

    const verified = await requireStep(artifacts, { mode: 'live' }, { api: server })
    expect(verified.failed).toEqual([])
    expect(verified.outputs.verdict).toBe('proceed')
    expect(verified.summary).toContain('verified here')

    // The run's approvals no longer hold two people: the record still says authorized.
    server.state.approvals[4242] = [approval('cto', 'approved', ['live-override'], 'OK, T-1')]
    const one = await requireStep(
      artifacts,
      { mode: 'live', 'required-approvals': '1' },
      { api: server },
    )
    expect(one.failed[0]).toMatch(/the approvals of this run do not hold: 1 of 2 required/)
  }, 60_000)

  it('a force-start the gate granted inline is verified again by require; a report without its environment is refused', async () => {
    const server = await api([
      approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed'),
      approval('cto', 'approved', ['live-override'], 'OK, T-1'),
    ])
    const artifacts = runArtifacts()
    const leg = await gate(artifacts, 1, {
      fail: 'P1',
      inputs: {
        'force-start': 'true',
        reason: 'r',
        ticket: 'T-1',
        impact: 'i',
        mitigation: 'm',
        'approval-environment': 'live-override',
        'github-token': 'ghs_test',
      },
      env: { GITHUB_API_URL: server.url },
    })
    expect(leg.outputs).toMatchObject({ verdict: 'proceed', override: 'force-start' })

    const verified = await requireStep(artifacts, { mode: 'live' }, { api: server })
    expect(verified.failed).toEqual([])
    expect(verified.summary).toContain('grant it, verified here')

    // The approvals are gone by the time the deploy job runs: the report's claim is not enough.
    server.state.approvals[4242] = []
    const withdrawn = await requireStep(artifacts, { mode: 'live' }, { api: server })
    expect(withdrawn.failed[0]).toMatch(/says approved, but the approvals of this run do not hold/)

    // A report that claims the override without saying where it was approved.
    const forged = runArtifacts()
    await forge(forged, leg, 'preflight-report-live-host-1-1', (report) => {
      report.approval = null
    })
    const unverifiable = await requireStep(forged, { mode: 'live' }, { api: server })
    expect(unverifiable.failed[0]).toMatch(/but not in which environment/)
  }, 60_000)

  it('aggregate verifies a leg’s inline force-start again: it counts for that leg while its approvals hold', async () => {
    const server = await api([
      approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed'),
      approval('cto', 'approved', ['live-override'], 'OK, T-1'),
    ])
    const artifacts = runArtifacts()
    await gate(artifacts, 1)
    await gate(artifacts, 2, {
      fail: 'P1',
      inputs: {
        'force-start': 'true',
        reason: 'r',
        ticket: 'T-1',
        impact: 'i',
        mitigation: 'm',
        'approval-environment': 'live-override',
        'github-token': 'ghs_test',
      },
      env: { GITHUB_API_URL: server.url },
    })
    const fleet = await aggregateStep(artifacts, { mode: 'live', expected: '2' }, '1', server)
    expect(fleet.outputs).toMatchObject({ verdict: 'proceed', status: 'p1-failed' })
    expect(fleet.summary).toContain('✅ proceed (approved force-start, this leg only)')
    // The deploy job reads that fleet report: a leg's approved override is consistent with it.
    const deploy = await requireStep(artifacts, {
      mode: 'live',
      pattern: 'preflight-fleet-report*',
    })
    expect(deploy.failed).toEqual([])
    expect(deploy.outputs.verdict).toBe('proceed')

    server.state.approvals[4242] = [approval('cto', 'approved', ['live-override'], 'OK, T-1')]
    // Aggregated again (its first fleet report set aside: one artifact of a name per run).
    artifacts.artifacts.splice(
      artifacts.artifacts.findIndex((a) => a.name.startsWith('preflight-fleet-report')),
      1,
    )
    const withdrawn = await aggregateStep(artifacts, { mode: 'live', expected: '2' }, '1', server)
    expect(withdrawn.outputs.verdict).toBe('abort')
    expect(everything(withdrawn)).toMatch(
      /force-start was granted by its gate, but 1 of 2 required approval/,
    )
  }, 60_000)

  it('refuses an AUTHORIZATION artifact that any step could upload, without approvals behind it', async () => {
    const artifacts = runArtifacts()
    await gate(artifacts, 1, {
      fail: 'P1',
      inputs: { 'force-start': 'true', reason: 'r', ticket: 'T-1', impact: 'i', mitigation: 'm' },
    })
    const server = await api([])
    const record = {
      kind: 'preflight-authorization',
      schemaVersion: 1,
      authorized: true,
      mode: 'live',
      override: 'force-start',
      environment: 'live-override',
      provenance: {
        repository: 'acme/rocket',
        sha: SHA,
        ref: 'refs/heads/main',
        workflow: 'Rollout',
        runId: '4242',
        runAttempt: '1',
        job: 'forger',
        matrix: null,
        runnerName: 'r',
        host: 'h',
        mode: 'live',
      },
      entry: {
        timestamp: new Date().toISOString(),
        event: 'OVERRIDE_FORCE_START',
        mode: 'live',
        status: 'p1-failed',
        decision: 'proceed',
        operator: 'mallory',
        approvers: [{ login: 'cto', comment: 'sure' }],
        runUrl: '',
        details: '',
      },
    }
    artifacts.add(
      'preflight-authorization-force-start-live-1',
      new Map([['AUTHORIZATION_20261203_030000.json', Buffer.from(JSON.stringify(record))]]),
    )
    const io = await requireStep(artifacts, { mode: 'live' }, { api: server })
    expect(io.failed[0]).toMatch(/the approvals of this run do not hold: 0 of 2 required/)
  }, 60_000)
})

describe('an unfinished gate never deploys', () => {
  it('the post step still logs and uploads when the history cannot be written', async () => {
    const artifacts = runArtifacts()
    const main = await gate(artifacts, 1, { attempt: '1' })
    const pending = JSON.parse(main.state['pending-upload'] ?? '{}') as { opsLog: string }
    // A history under a file: it can never be made.
    pending.opsLog = '/dev/null/history/operational-log.jsonl'
    const post = memoryIo({}, { 'pending-upload': JSON.stringify(pending) })
    await runPost(runEnv('1', { RUNNER_NAME: 'runner-1', GITHUB_JOB: 'preflight' }), {
      io: post,
      uploadArtifact: artifacts.upload,
    })
    expect(post.log.map((l) => l.message).join('\n')).toMatch(
      /The cancelled run could not be recorded in full: the history \(\/dev\/null\/history\)/,
    )
    expect(artifacts.artifacts.map((a) => a.name)).toContain(
      'preflight-report-live-host-1-1-unfinished',
    )
    const runLog = await readFile(
      main.outputs['report-json-path']!.replace(/\.json$/, '.oplog.jsonl'),
      'utf8',
    )
    expect(runLog).toMatch(/"event":"GATE_CANCELLED"/)
  }, 60_000)

  it('a gate cancelled during its upload: the post step rewrites its JSON report, and require and aggregate refuse', async () => {
    const artifacts = runArtifacts()
    // Main uploaded a report saying proceed, then was cancelled before it recorded how it ended.
    const main = await gate(artifacts, 1)
    expect(main.outputs.verdict).toBe('proceed')
    const state = { 'pending-upload': main.state['pending-upload'] ?? '' }
    const post = memoryIo({}, state)
    await runPost(runEnv('1', { RUNNER_NAME: 'runner-1', GITHUB_JOB: 'preflight' }), {
      io: post,
      uploadArtifact: artifacts.upload,
    })
    expect(post.failed).toEqual([])
    expect(artifacts.artifacts.map((a) => a.name)).toEqual([
      'preflight-report-live-host-1-1',
      'preflight-report-live-host-1-1-unfinished',
    ])
    const json = JSON.parse(await readFile(main.outputs['report-json-path'] as string, 'utf8'))
    expect(json).toMatchObject({ status: 'crashed', verdict: 'abort', gateExitCode: 1 })
    expect(json.notes[0]).toMatch(/unfinished/)

    const deploy = await requireStep(artifacts, { mode: 'live' })
    expect(deploy.failed[0]).toMatch(/DEPLOY REFUSED/)
    const fleet = await aggregateStep(artifacts, { mode: 'live', expected: '1' })
    expect(fleet.outputs.verdict).toBe('abort')

    // On the host: the rewritten report is the gate's (recorded again by the post step), so
    // aggregate reads the cancellation itself, not a report "changed after the gate wrote it".
    const onHost = await runCli([
      'aggregate',
      '--expected',
      '1',
      '--mode',
      'live',
      path.dirname(main.outputs['report-json-path'] as string),
    ])
    expect(onHost.code).toBe(1)
    expect(onHost.stdout).not.toMatch(/changed after the gate wrote it/)
    expect(onHost.stdout).toMatch(/aborted: crashed/)
  }, 60_000)
})
