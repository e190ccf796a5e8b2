// Every action entry point in-process on the source, with an in-memory ActionIo: the gate's main
// and post steps and the authorize action. (The bundled dist/ is proved by the action-* tests.)
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { GATE_OUTPUTS, run } from '../src/main.js'
import { runPost } from '../src/post/main.js'
import { AUTHORIZE_OUTPUTS, runAuthorize } from '../src/authorize/main.js'
import { AUDIT_INPUTS, AUDIT_OUTPUTS } from '../src/audit/action.js'
import { AUTHORIZE_INPUTS } from '../src/authorize/settings.js'
import { REQUIRE_INPUTS, REQUIRE_OUTPUTS } from '../src/require/settings.js'
import { AGGREGATE_INPUTS, AGGREGATE_OUTPUTS } from '../src/aggregate/settings.js'
import { INPUT_NAMES } from '../src/settings.js'
import type { ArtifactUploadRequest } from '../src/artifact/upload.js'
import {
  approval,
  environment,
  gitHubApi,
  workflowRun,
  type GitHubApi,
} from './helpers/github-api.js'
import { memoryIo } from './helpers/memory-io.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const sample = `node ${path.join(ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`

const tempDir = () => removedTempDir('preflight-entry-')
const runtime = {
  ACTIONS_RUNTIME_TOKEN: 'x.eyJzY3AiOiJBY3Rpb25zLlJlc3VsdHM6cnVuOmpvYiJ9.y',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
}

function recordingUploader(result: 'ok' | 'fail' = 'ok') {
  const calls: ArtifactUploadRequest[] = []
  const upload = async (request: ArtifactUploadRequest) => {
    calls.push(request)
    if (result === 'fail') throw new Error('service said 500')
    return { id: 7, url: 'https://github.com/acme/rocket/actions/runs/1/artifacts/7' }
  }
  return { calls, upload }
}

describe('names match the action.yml files', () => {
  async function declared(file: string) {
    const action = parse(await readFile(path.join(ROOT, file), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    return {
      inputs: Object.keys(action.inputs).sort(),
      outputs: Object.keys(action.outputs).sort(),
    }
  }

  it('the gate reads every input and sets every output its action.yml declares', async () => {
    const { inputs, outputs } = await declared('action.yml')
    expect([...INPUT_NAMES].sort()).toEqual(inputs)
    expect([...GATE_OUTPUTS].sort()).toEqual(outputs)
  })

  it('the audit action reads and sets what audit/action.yml declares', async () => {
    const { inputs, outputs } = await declared('audit/action.yml')
    expect([...AUDIT_INPUTS].sort()).toEqual(inputs)
    expect([...AUDIT_OUTPUTS].sort()).toEqual(outputs)
  })

  it('the authorize action reads and sets what authorize/action.yml declares', async () => {
    const { inputs, outputs } = await declared('authorize/action.yml')
    expect([...AUTHORIZE_INPUTS].sort()).toEqual(inputs)
    expect([...AUTHORIZE_OUTPUTS].sort()).toEqual(outputs)
  })

  it('the aggregate action reads and sets what aggregate/action.yml declares', async () => {
    const { inputs, outputs } = await declared('aggregate/action.yml')
    expect([...AGGREGATE_INPUTS].sort()).toEqual(inputs)
    expect([...AGGREGATE_OUTPUTS].sort()).toEqual(outputs)
  })

  it('the require action reads and sets what require/action.yml declares', async () => {
    const { inputs, outputs } = await declared('require/action.yml')
    expect([...REQUIRE_INPUTS].sort()).toEqual(inputs)
    expect([...REQUIRE_OUTPUTS].sort()).toEqual(outputs)
  })
})

describe('the gate action, in-process', () => {
  it('publishes every output, the summary and the uploaded artifact', async () => {
    const dir = await tempDir()
    const io = memoryIo({ mode: 'paper', command: sample, 'report-dir': dir })
    const uploader = recordingUploader()
    await run({ PATH: process.env.PATH, ...runtime }, { io, uploadArtifact: uploader.upload })
    expect(io.failed).toEqual([])
    expect(Object.keys(io.outputs).sort()).toEqual([...GATE_OUTPUTS].sort())
    expect(io.outputs).toMatchObject({ verdict: 'proceed', status: 'passed', 'artifact-id': '7' })
    const json = await readFile(io.outputs['report-json-path'] ?? '')
    expect(io.outputs['report-digest']).toBe(createHash('sha256').update(json).digest('hex'))
    expect(io.state['main-ending']).toBe('uploaded')
    expect(uploader.calls[0]?.files.map((f) => path.extname(f))).toEqual(
      expect.arrayContaining(['.md', '.json', '.xml', '.jsonl', '.log']),
    )
    expect(io.summary).toContain('## ✅ Health checks passed')
  })

  it('caps the failed-checks output and counts what it left out', async () => {
    const dir = await tempDir()
    const io = memoryIo({
      mode: 'paper',
      command: `node ${fixture('many-failures.mjs')} 200`,
      'report-dir': dir,
      'upload-artifact': 'false',
    })
    await run({ PATH: process.env.PATH }, { io })
    const failed = JSON.parse(io.outputs['failed-checks'] ?? '') as unknown[]
    expect(failed).toHaveLength(101)
    expect(failed[100]).toEqual({ omitted: 300 })
    expect(io.failed).toHaveLength(1)
    expect(io.failed[0]?.length).toBeLessThanOrEqual(4000)
  })

  it('aborts a live launch when the upload fails, with the upload note in the warning', async () => {
    const dir = await tempDir()
    const io = memoryIo({
      mode: 'live',
      command: sample,
      'report-dir': dir,
      'require-results': 'never',
    })
    await run(
      { PATH: process.env.PATH, ...runtime },
      { io, uploadArtifact: recordingUploader('fail').upload },
    )
    expect(io.outputs.verdict).toBe('abort')
    expect(io.state['main-ending']).toBe('failed')
    expect(
      io.log.some(
        (l) => l.kind === 'warning' && /service said 500.*No evidence, no launch/.test(l.message),
      ),
    ).toBe(true)
  })

  it('fails closed and logs GATE_ERROR when no report name is free', async () => {
    const dir = await tempDir()
    const stamp = new Date('2026-01-02T03:04:05Z')
    const stem = path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20260102_030405')
    for (let i = 1; i <= 100; i++) await writeFile(`${stem}${i === 1 ? '' : `_${i}`}.md`, '')
    const io = memoryIo({ mode: 'live', command: sample, 'report-dir': dir })
    await run({ PATH: process.env.PATH }, { io, now: () => stamp })
    expect(io.outputs).toMatchObject({ verdict: 'abort', status: 'crashed', 'gate-exit-code': '1' })
    expect(io.failed[0]).toMatch(
      /PREFLIGHT GATE ERROR - LAUNCH ABORTED: Could not find a free report name/,
    )
    expect(io.summary).toContain('PREFLIGHT GATE ERROR')
    const entry = JSON.parse(await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8'))
    expect(entry).toMatchObject({ event: 'GATE_ERROR', mode: 'live', decision: 'abort' })
  })
})

describe('the post step, in-process', () => {
  async function mainThatEnded(ending: string | null) {
    const dir = await tempDir()
    const io = memoryIo({
      mode: 'paper',
      command: sample,
      'report-dir': dir,
      'upload-artifact': 'true',
    })
    await run({ PATH: process.env.PATH }, { io })
    const state: Record<string, string> = { 'pending-upload': io.state['pending-upload'] ?? '' }
    if (ending !== null) state['main-ending'] = ending
    return { dir, state }
  }

  it('does nothing when main uploaded or skipped', async () => {
    const { state } = await mainThatEnded('uploaded')
    const uploader = recordingUploader()
    const io = memoryIo({}, state)
    await runPost({ ...runtime }, { io, uploadArtifact: uploader.upload })
    expect(uploader.calls).toHaveLength(0)
    expect(io.log[0]?.message).toContain('already handled it (uploaded)')
  })

  it('uploads what main wrote without calling it cancelled when main finished without uploading', async () => {
    const { dir, state } = await mainThatEnded('written')
    const uploader = recordingUploader()
    const io = memoryIo({}, state)
    await runPost({ ...runtime }, { io, uploadArtifact: uploader.upload })
    expect(uploader.calls).toHaveLength(1)
    const log = await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8').catch(() => '')
    expect(log).not.toContain('GATE_CANCELLED')
  })

  it('marks the report cancelled and logs it when main never finished', async () => {
    const { dir, state } = await mainThatEnded(null)
    const uploader = recordingUploader()
    const io = memoryIo({}, state)
    await runPost({ ...runtime }, { io, uploadArtifact: uploader.upload })
    expect(uploader.calls).toHaveLength(1)
    expect(await readFile(path.join(dir, 'operational-log.jsonl'), 'utf8')).toContain(
      'GATE_CANCELLED',
    )
  })

  it('refuses unreadable state', async () => {
    const io = memoryIo({}, { 'pending-upload': '{not json' })
    await runPost({}, { io })
    expect(io.failed[0]).toMatch(/saved state is unreadable/)
  })
})

describe('the authorize action, in-process', () => {
  const apis: GitHubApi[] = []
  afterEach(async () => {
    for (const api of apis.splice(0)) await api.close()
  })

  async function authorize(inputs: Record<string, string>, actor: string | null = 'octocat') {
    const server = await gitHubApi({
      environments: { 'live-override': environment('live-override') },
      runs: { 4242: workflowRun(4242, actor ?? 'octocat') },
      approvals: {
        4242: [
          approval('risk-manager', 'approved', ['live-override'], 'MT5 not needed today'),
          approval('cto', 'approved', ['live-override'], 'OK, OPS-1'),
        ],
      },
    })
    apis.push(server)
    const workspace = await tempDir()
    const io = memoryIo({ 'github-token': 'ghs_test', ...inputs })
    await runAuthorize(
      {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: 'acme/rocket',
        GITHUB_RUN_ID: '4242',
        GITHUB_ACTOR: 'octocat',
        GITHUB_WORKSPACE: workspace,
      },
      { io },
    )
    const log = await readFile(path.join(workspace, 'reports/health/operational-log.jsonl'), 'utf8')
    return { io, entry: JSON.parse(log.trim()) as Record<string, unknown> }
  }

  it('logs an authorized live force-start with the decision table verdict and exit code', async () => {
    const { io, entry } = await authorize({
      mode: 'live',
      environment: 'live-override',
      override: 'force-start',
    })
    expect(io.outputs.authorized).toBe('true')
    expect(entry).toMatchObject({
      event: 'OVERRIDE_FORCE_START',
      status: 'p1-failed',
      decision: 'proceed',
      gateExitCode: 2,
    })
  })

  it('logs a refused skip as an abort with exit code 1', async () => {
    const { io, entry } = await authorize({
      mode: 'paper',
      environment: 'live-override',
      override: 'skip',
      approvers: 'nobody-listed',
    })
    expect(io.outputs.authorized).toBe('false')
    expect(io.failed[0]).toMatch(/OVERRIDE NOT AUTHORIZED \(skip, PAPER\)/)
    expect(entry).toMatchObject({ event: 'OVERRIDE_REFUSED', decision: 'abort', gateExitCode: 1 })
  })
})

describe('the fleet actions, in-process', () => {
  const empty = { list: async () => [], download: async () => {} }
  const runEnv = {
    GITHUB_SHA: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
    GITHUB_RUN_ID: '4242',
    GITHUB_REPOSITORY: 'acme/rocket',
    ACTIONS_RUNTIME_TOKEN: runtime.ACTIONS_RUNTIME_TOKEN,
    ACTIONS_RESULTS_URL: runtime.ACTIONS_RESULTS_URL,
  }

  it('require refuses a deploy when this run has no report artifact', async () => {
    const { runRequire } = await import('../src/require/main.js')
    const io = memoryIo({ mode: 'live' })
    await runRequire({ ...runEnv, RUNNER_TEMP: await tempDir() }, { io, store: empty })
    expect(io.outputs.verdict).toBe('')
    expect(io.failed[0]).toMatch(/^❌ DEPLOY REFUSED/)
  })

  it('aggregate aborts the fleet when no leg reported', async () => {
    const { runAggregate } = await import('../src/aggregate/main.js')
    const workspace = await tempDir()
    const io = memoryIo({ mode: 'live', expected: '3' })
    await runAggregate(
      { ...runEnv, RUNNER_TEMP: workspace, GITHUB_WORKSPACE: workspace },
      { io, store: empty },
    )
    expect(io.outputs).toMatchObject({ verdict: 'abort' })
    expect(io.failed[0]).toMatch(/FLEET LAUNCH ABORTED/)
  })
})

describe('redaction keeps the decision exact', () => {
  it('a secret that reads "proceed" or "live" hides in text but never rewrites the verdict or the mode', async () => {
    const dir = await tempDir()
    const io = memoryIo({
      mode: 'live',
      command: sample,
      'report-dir': dir,
      'upload-artifact': 'false',
      redact: 'TEAM_NAME, DEPLOY_ENV',
    })
    await run({ PATH: process.env.PATH, TEAM_NAME: 'proceed', DEPLOY_ENV: 'live' }, { io })
    expect(io.failed).toEqual([])
    expect(io.outputs.verdict).toBe('proceed')
    const json = JSON.parse(await readFile(io.outputs['report-json-path'] ?? '', 'utf8'))
    expect(json).toMatchObject({ mode: 'live', verdict: 'proceed', status: io.outputs.status })
  })
})

describe('the entry files', () => {
  it('run without the compile cache when there is no home directory for it', async () => {
    const { keepCompiledCode } = await import('../src/compile-cache.js')
    let asked = false
    const noHome = () => {
      asked = true
      throw new Error('uv_os_homedir returned ENOENT')
    }
    expect(() => keepCompiledCode({}, noHome)).not.toThrow()
    // Node 20 has no compile cache, so it never asks (Node 22+ does).
    expect(asked).toBe(Number(process.versions.node.split('.')[0]) >= 22)
  })
})
