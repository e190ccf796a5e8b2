import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, entryArgs, parseFileCommands, runAction } from './helpers/action-runner.js'
import {
  JOB_BACKEND_ID,
  RUN_BACKEND_ID,
  artifactService,
  runtimeToken,
  type ArtifactService,
} from './helpers/artifact-service.js'
import { isAlive, waitFor } from './helpers/processes.js'
import { closedPort } from './helpers/servers.js'
import { unzip } from './helpers/zip.js'
import { tempDir } from './helpers/temp.js'

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
const fixture = (name: string) => path.join(REPO_ROOT, '__tests__', 'fixtures', name)
const services: ArtifactService[] = []
afterEach(async () => {
  for (const s of services.splice(0)) await s.close()
})

async function service(fault?: Parameters<typeof artifactService>[0]) {
  const s = await artifactService(fault)
  services.push(s)
  return s
}

const runtimeEnv = (url: string) => ({
  ACTIONS_RUNTIME_TOKEN: runtimeToken(),
  ACTIONS_RESULTS_URL: url,
  PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '5',
})

describe('report artifact upload (bundled action, local artifact service)', () => {
  it('uploads the whole report before the step ends and links it', async () => {
    const svc = await service()
    const run = await runAction({
      inputs: { mode: 'paper', command: sample },
      env: runtimeEnv(svc.url),
    })
    expect(run.exitCode).toBe(0)
    const name = `preflight-report-paper-preflight-1-${JOB_BACKEND_ID.slice(0, 8)}`
    expect(svc.creates).toEqual([
      expect.objectContaining({
        name,
        workflow_run_backend_id: RUN_BACKEND_ID,
        workflow_job_run_backend_id: JOB_BACKEND_ID,
      }),
    ])
    const days = (Date.parse(svc.creates[0]?.expires_at ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThan(30.1)
    expect(run.outputs).toMatchObject({
      'artifact-id': '1',
      'artifact-url': 'https://github.com/acme/rocket/actions/runs/4242/artifacts/1',
    })
    expect(run.summary).toContain(
      '[full report](https://github.com/acme/rocket/actions/runs/4242/artifacts/1)',
    )
    expect(run.state).toMatchObject({ 'main-ending': 'uploaded' })

    const files = await unzip(svc.blobs.get(name) ?? Buffer.alloc(0))
    const report = path.basename(run.outputs['report-path'] ?? '', '.md')
    expect([...files.keys()].sort()).toEqual(
      [
        `${report}.json`,
        `${report}.junit.xml`,
        `${report}.md`,
        `${report}.oplog.jsonl`,
        `${report}.output.log`,
      ].sort(),
    )
    const local = await readFile(path.resolve(run.workDir, run.outputs['report-path'] ?? ''))
    expect(files.get(`${report}.md`)?.equals(local)).toBe(true)
    expect(files.get(`${report}.output.log`)?.toString()).toContain(
      'INSTITUTIONAL SMOKE TEST SUITE (sample)',
    )
  })

  it.each([
    ['an invalid input', { mode: 'staging', command: sample }, {}, 'invalid'],
    ['a P0 failure', { mode: 'live', command: sample }, { SAMPLE_FAIL: 'P0' }, 'p0-failed'],
    [
      'a request for approval',
      {
        mode: 'live',
        command: sample,
        'force-start': 'true',
        impact: 'none expected',
        mitigation: 'watch the first hour',
      },
      { SAMPLE_FAIL: 'P1' },
      'p1-failed',
    ],
    [
      'a timeout',
      {
        mode: 'paper',
        command: `sh ${fixture('hang-with-stubborn-grandchild.sh')} pid`,
        'timeout-seconds': '1',
      },
      {},
      'timeout',
    ],
  ])(
    'uploads on %s too, with the name and retention asked for',
    async (_what, inputs, env, status) => {
      const svc = await service()
      const run = await runAction({
        inputs: { ...inputs, 'artifact-name': 'evidence', 'retention-days': '7' },
        env: { ...runtimeEnv(svc.url), ...env },
      })
      expect(run.outputs.status).toBe(status)
      expect(run.exitCode).toBe(1)
      expect(svc.finalized.map((f) => f.name)).toEqual(['evidence'])
      const days = (Date.parse(svc.creates[0]?.expires_at ?? '') - Date.now()) / 86_400_000
      expect(Math.round(days)).toBe(7)
      const files = await unzip(svc.blobs.get('evidence') ?? Buffer.alloc(0))
      const oplog =
        [...files.entries()].find(([n]) => n.endsWith('.oplog.jsonl'))?.[1].toString() ?? ''
      expect(oplog).toContain('"event":"HEALTH_CHECK_FAILED"')
    },
  )

  it.each([
    ['a 500 from the service', 'create-500' as const],
    ['a service that never answers', 'hang' as const],
  ])(
    'aborts a live launch on %s (no evidence, no launch), bounded in time',
    async (_what, fault) => {
      const svc = await service(fault)
      const started = Date.now()
      const run = await runAction({
        inputs: { mode: 'live', command: sample },
        env: { ...runtimeEnv(svc.url), PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '2' },
      })
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        verdict: 'abort',
        status: 'passed',
        'gate-exit-code': '1',
        'artifact-id': '',
      })
      expect(run.summary).toContain('REPORT UPLOAD FAILED - LAUNCH ABORTED')
      expect(run.summary).toMatch(/did not finish the upload within 2 s/)
      const log = await readFile(
        path.join(run.workDir, 'reports/health/operational-log.jsonl'),
        'utf8',
      )
      expect(log).toContain('"event":"REPORT_UPLOAD_FAILED"')
      expect(run.state['main-ending']).toBe('failed')
    },
  )

  it('keeps the P0 headline when the upload also fails on a live abort', async () => {
    const svc = await service('create-500')
    const run = await runAction({
      inputs: { mode: 'live', command: sample },
      env: { ...runtimeEnv(svc.url), PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '1', SAMPLE_FAIL: 'P0' },
    })
    expect(run.outputs).toMatchObject({
      verdict: 'abort',
      status: 'p0-failed',
      'gate-exit-code': '1',
    })
    expect(run.summary).toContain('## ❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED')
    expect(run.summary).toMatch(/could not be uploaded: .* No evidence, no launch\./)
    expect(run.summary).not.toContain('paper mode')
  })

  it('aborts a live launch when the service refuses connections', async () => {
    const run = await runAction({
      inputs: { mode: 'live', command: sample },
      env: {
        ...runtimeEnv(`http://127.0.0.1:${await closedPort()}/`),
        PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '2',
      },
    })
    expect(run.outputs).toMatchObject({ verdict: 'abort', 'gate-exit-code': '1' })
  })

  it('keeps the paper verdict when the upload fails, with a warning', async () => {
    const svc = await service('blob-500')
    const run = await runAction({
      inputs: { mode: 'paper', command: sample },
      env: { ...runtimeEnv(svc.url), PREFLIGHT_UPLOAD_TIMEOUT_SECONDS: '2' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed' })
    expect(run.stdout).toMatch(
      /::warning::The report artifact .* could not be uploaded: .*paper mode: the verdict stands/,
    )
  })

  it('skips with a notice outside Actions, and not at all when turned off', async () => {
    const outside = await runAction({ inputs: { mode: 'live', command: sample } })
    expect(outside.exitCode).toBe(0)
    expect(outside.stdout).toMatch(
      /::notice::Report artifact not uploaded: no artifact service here/,
    )
    expect(outside.outputs['artifact-id']).toBe('')
    const svc = await service()
    const off = await runAction({
      inputs: { mode: 'live', command: sample, 'upload-artifact': 'false' },
      env: runtimeEnv(svc.url),
    })
    expect(off.exitCode).toBe(0)
    expect(svc.requests).toBe(0)
    expect(off.state['main-ending']).toBe('skipped')
  })
})

describe('the post step (same bundle as main)', () => {
  async function startGate(svcUrl: string) {
    const workDir = await tempDir('preflight-cancel-')
    const pidFile = path.join(workDir, 'grandchild.pid')
    const stateFile = path.join(workDir, 'github-state')
    await writeFile(stateFile, '')
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTOR: 'octocat',
      GITHUB_REPOSITORY: 'acme/rocket',
      GITHUB_RUN_ID: '4242',
      GITHUB_JOB: 'preflight',
      GITHUB_STATE: stateFile,
      GITHUB_OUTPUT: path.join(workDir, 'out'),
      RUNNER_TEMP: workDir,
      INPUT_MODE: 'live',
      INPUT_COMMAND: `sh ${fixture('hang-with-stubborn-grandchild.sh')} ${pidFile}`,
      // The post step's process tracking is what is tested, and the pid file must name a host
      // process: no PID namespace (inside one, $$ is the namespace's pid).
      'INPUT_SUITE-ISOLATION': 'none',
      ...runtimeEnv(svcUrl),
    }
    const main = spawn(process.execPath, entryArgs('dist/index.js'), {
      cwd: workDir,
      env,
      stdio: 'ignore',
    })
    expect(await waitFor(() => readFileSafe(pidFile) !== '', 10_000)).toBe(true)
    // Read once main has ended: each runAction below starts its own (empty) state file.
    let saved: Record<string, string> | null = null
    const state = async () => (saved ??= parseFileCommands(await readFile(stateFile, 'utf8')))
    const post = async (extra: Record<string, string> = {}) =>
      runAction({
        inputs: {},
        cwd: workDir,
        env: {
          ...runtimeEnv(svcUrl),
          ...Object.fromEntries(Object.entries(await state()).map(([k, v]) => [`STATE_${k}`, v])),
          ...extra,
        },
      })
    return { main, pidFile, state, post }
  }

  async function artifactFiles(svc: ArtifactService) {
    const files = await unzip([...svc.blobs.values()][0] ?? Buffer.alloc(0))
    const find = (suffix: string) =>
      [...files.entries()].find(([n]) => n.endsWith(suffix))?.[1].toString() ?? ''
    return { md: find('.md'), oplog: find('.oplog.jsonl') }
  }

  it('answers a cancellation within a second with a complete report; the post step uploads it once', async () => {
    const svc = await service()
    const gate = await startGate(svc.url)
    const started = Date.now()
    gate.main.kill('SIGTERM') // the runner cancelling the job
    await new Promise((resolve) => gate.main.on('close', resolve))
    expect(Date.now() - started).toBeLessThan(1500)
    const grandchild = Number(readFileSafe(gate.pidFile))
    expect(await waitFor(() => !isAlive(grandchild), 3000)).toBe(true)
    expect(svc.requests).toBe(0)
    expect(await gate.state()).toMatchObject({ 'is-post': 'true', 'main-ending': 'written' })

    const post = await gate.post()
    expect(post.exitCode).toBe(0)
    expect(post.stdout).not.toMatch(/did not finish/)
    expect(svc.finalized).toHaveLength(1)
    const { md, oplog } = await artifactFiles(svc)
    expect(md).toContain('**Status**: ❌ CRASHED')
    expect(md).toContain('The gate was cancelled while the suite ran')
    expect(oplog.match(/"event":"GATE_CANCELLED"/g)).toHaveLength(1)

    const again = await gate.post({ 'STATE_main-ending': 'uploaded' })
    expect(again.stdout).toContain('the main step already handled it (uploaded)')
    expect(svc.finalized).toHaveLength(1)
  })

  it('after a killed gate, kills the suite it left, marks the report cancelled and uploads it', async () => {
    const svc = await service()
    const gate = await startGate(svc.url)
    gate.main.kill('SIGKILL') // no chance to answer
    await new Promise((resolve) => gate.main.on('close', resolve))
    const grandchild = Number(readFileSafe(gate.pidFile))
    expect(isAlive(grandchild)).toBe(true)
    expect(Object.keys(await gate.state()).sort()).toEqual(['is-post', 'pending-upload'])

    const post = await gate.post()
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/did not finish \(cancelled or killed\)/)
    expect(await waitFor(() => !isAlive(grandchild), 3000)).toBe(true)
    expect(svc.finalized).toHaveLength(1)
    const { md, oplog } = await artifactFiles(svc)
    expect(md).toContain('**Status**: ❌ CANCELLED')
    expect(oplog).toContain('"event":"GATE_CANCELLED"')
  })
})

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return ''
  }
}
