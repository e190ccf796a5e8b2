// The engine's plan → run → judge → record: the plan is data, `settle` is pure (the host name and
// every time come in), `nextStep` logs each event once whatever order it arrives in, and a write
// that fails after the upload is a fact that is judged and logged.
import { existsSync } from 'node:fs'
import { readFile, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  NOTHING_RECORDED,
  nextStep,
  planGate,
  settle,
  withWritten,
  type GateFacts,
  type GateSurface,
  type Judging,
} from '../src/engine.js'
import { outcomeWithoutChecks, type UploadOutcome } from '../src/model.js'
import { OPS_LOG_FILE } from '../src/opslog.js'
import { Redactor } from '../src/redact.js'
import type { PendingUpload } from '../src/artifact/state.js'
import { runGate } from './helpers/gate.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const STARTED = new Date('2026-03-04T05:06:07Z')
const DECIDED = new Date('2026-03-04T05:07:00Z')
const NOWHERE = path.join(os.tmpdir(), 'preflight-never-created', 'reports')

const surface: GateSurface = {
  operator: 'octocat',
  runUrl: 'https://github.com/acme/rocket/actions/runs/7',
  env: { GITHUB_REPOSITORY: 'acme/rocket', GITHUB_SHA: 'abc123' },
}

function facts(overrides: Partial<GateFacts> = {}): GateFacts {
  return {
    outcome: outcomeWithoutChecks('p1-failed', ['a P1 check failed']),
    isolation: null,
    decidedAt: DECIDED,
    cancelled: false,
    approval: null,
    upload: null,
    uploadSettledAt: null,
    writeError: null,
    reportDirLost: false,
    fileCommandsTampered: null,
    tampering: { log: [], keptAt: null, planted: [] },
    ...overrides,
  }
}

const failedUpload: UploadOutcome = {
  kind: 'failed',
  name: 'preflight-report',
  error: 'HTTP 503',
  note: 'The report artifact "preflight-report" could not be uploaded: HTTP 503 No evidence, no launch.',
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('planGate', () => {
  it('decides from the inputs what may happen: the upload and where approvals are verified', () => {
    const raw = {
      mode: 'live',
      command: 'true',
      'report-dir': NOWHERE,
      'approval-environment': 'live-override',
    }
    const uploads = planGate(
      raw,
      { ...surface, uploadsReports: true, verifiesApprovals: true },
      STARTED,
    )
    expect(uploads.upload).toEqual({ kind: 'upload' })
    expect(uploads.approvalEnvironment).toBe('live-override')
    expect(uploads.startedAt).toBe(STARTED)

    const turnedOff = planGate(
      { ...raw, 'upload-artifact': 'false' },
      { ...surface, uploadsReports: true },
      STARTED,
    )
    expect(turnedOff.upload).toEqual({
      kind: 'skip',
      outcome: { kind: 'skipped', reason: 'upload-artifact is false' },
    })
    // Without a verifier, no approval can be verified: an override waits, it is never asked for.
    expect(turnedOff.approvalEnvironment).toBeNull()
    expect(planGate(raw, surface, STARTED).upload).toEqual({ kind: 'none' })
    expect(existsSync(NOWHERE)).toBe(false)
  })
})

describe('settle', () => {
  const plan = planGate(
    {
      mode: 'live',
      command: 'true',
      'report-dir': NOWHERE,
      'force-start': 'true',
      reason: 'a known P1 regression',
      ticket: 'OPS-1',
      impact: 'slower fills',
      mitigation: 'watch the latency',
    },
    surface,
    STARTED,
  )
  const judging: Judging = { hostName: 'runner-7', redactor: new Redactor() }

  it('is made from valid inputs', () => {
    expect(plan.inputErrors).toEqual([])
  })

  it('is pure: the same facts and host give the same run, whatever the clock says, with no I/O', () => {
    const hostname = vi.spyOn(os, 'hostname')
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    const first = settle(plan, facts({ upload: failedUpload, uploadSettledAt: DECIDED }), judging)
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'))
    const again = settle(plan, facts({ upload: failedUpload, uploadSettledAt: DECIDED }), judging)
    expect(again).toEqual(first)
    expect(hostname).not.toHaveBeenCalled()
    expect(existsSync(NOWHERE)).toBe(false)

    expect(first.provenance?.host).toBe('runner-7')
    expect(first.provenance?.sha).toBe('abc123')
    expect(first.startedAt).toBe(STARTED)
    expect(first.opsLog.map((e) => e.timestamp)).toEqual(
      first.opsLog.map(() => DECIDED.toISOString()),
    )
    const elsewhere = settle(plan, facts(), { ...judging, hostName: 'runner-8' })
    expect(elsewhere.provenance?.host).toBe('runner-8')
  })

  it('never changes the facts it is given', () => {
    const given = facts({ writeError: 'disk full' })
    const copy = structuredClone(given)
    settle(plan, given, judging)
    expect(given).toEqual(copy)
  })

  it('judges each fact: a live force-start waits for approval, a lost upload aborts it', () => {
    expect(settle(plan, facts(), judging).decision.verdict).toBe('approval-required')
    const lost = settle(plan, facts({ upload: failedUpload }), judging)
    expect(lost.decision.verdict).toBe('abort')
    expect(lost.decision.rule).toBe('report-upload-failed')
  })
})

describe('nextStep', () => {
  const plan = planGate(
    { mode: 'live', command: 'true', 'report-dir': NOWHERE },
    { ...surface, uploadsReports: true },
    STARTED,
  )
  const judging: Judging = { hostName: 'runner-7', redactor: new Redactor() }

  it('writes, then uploads once, then rewrites only for a fact that brings an entry', () => {
    const first = facts()
    const run = settle(plan, first, judging)
    const write = nextStep(plan, run, first, NOTHING_RECORDED)
    expect(write).toEqual({ kind: 'write', entries: run.opsLog })
    const written = {
      ...NOTHING_RECORDED,
      written: true,
      logged: new Set(['HEALTH_CHECK_FAILED' as const]),
    }
    expect(nextStep(plan, run, first, written)).toEqual({ kind: 'upload' })
    const uploaded = { ...written, uploaded: true }
    // A successful upload changes no verdict: nothing more to write, and the run is done.
    const ok = facts({ upload: { kind: 'uploaded', name: 'r', id: 1, url: 'u' } })
    expect(nextStep(plan, settle(plan, ok, judging), ok, uploaded)).toBeNull()
  })

  it('logs each event once, whatever position a later fact takes among the entries', () => {
    // The upload failed and was logged; then a write failed: its entry comes before the upload's.
    const later = facts({ upload: failedUpload, writeError: 'the disk is full' })
    const run = settle(plan, later, judging)
    const events = run.opsLog.map((e) => e.event)
    expect(events.indexOf('REPORT_WRITE_FAILED')).toBeLessThan(
      events.indexOf('REPORT_UPLOAD_FAILED'),
    )
    const recorded = {
      verified: false,
      written: true,
      uploaded: true,
      logged: new Set(['HEALTH_CHECK_FAILED', 'REPORT_UPLOAD_FAILED'] as const),
    }
    const step = nextStep(plan, run, later, recorded)
    expect(step?.kind).toBe('write')
    expect(step?.kind === 'write' && step.entries.map((e) => e.event)).toEqual([
      'REPORT_WRITE_FAILED',
    ])
  })

  it('keeps the first write failure: a later one is no new fact, so the loop ends', () => {
    const failed = withWritten(facts(), { writeError: 'first', reportDirLost: false })
    expect(failed.writeError).toBe('first')
    const again = withWritten(failed, { writeError: 'second', reportDirLost: false })
    expect(again).toBe(failed)
  })
})

describe('a write that fails after the upload', () => {
  let dir = ''
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('is a fact: judged, logged once, and in the reports written after it', async () => {
    dir = await tempDir('preflight-engine-loop-')
    const uploadReports = async (pending: PendingUpload): Promise<UploadOutcome> => {
      // The upload fails, and the JSON report can no longer be written: the rewrite fails.
      const json = pending.markdown.replace(/\.md$/, '.json')
      await rm(json)
      await symlink('/dev/full', json)
      return { ...failedUpload, name: pending.name }
    }
    const result = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('exit-with.mjs')} 0`,
        'report-dir': dir,
        'require-results': 'never',
        'suite-isolation': 'none',
      },
      {
        operator: 'octocat',
        runUrl: '',
        env: { PATH: process.env.PATH },
        now: () => new Date(),
        uploadReports,
      },
    )
    const { run } = result
    expect(run.decision.verdict).toBe('abort')
    expect(run.decision.reasons.join(' ')).toMatch(/could not be written/)
    expect(run.outcome.notes.join(' ')).toMatch(/could not be written in full \(.*json/)
    expect(run.opsLog.map((e) => e.event)).toEqual(['REPORT_WRITE_FAILED', 'REPORT_UPLOAD_FAILED'])

    const logged = (await readFile(path.join(dir, OPS_LOG_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { event: string }).event)
    expect(logged).toEqual([
      'REPORTS_RECORDED',
      'REPORT_UPLOAD_FAILED',
      'REPORTS_RECORDED',
      'REPORT_WRITE_FAILED',
      'REPORTS_RECORDED',
    ])
    // The Markdown report, rewritten after the failure, says so.
    expect(await readFile(result.paths.markdown, 'utf8')).toMatch(/could not be written in full/)
  })
})
