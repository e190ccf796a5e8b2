// The gate's own files against a hostile suite, with real suite processes: the operational log's
// hash chain (LOG_TAMPERED), reports planted in the report directory (FILES_TAMPERED), and the
// consumers (preflight aggregate DIR, review) that find the gate's files through its record.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import type { PendingUpload } from '../src/artifact/state.js'
import { main } from '../src/cli/main.js'
import { runGate, type GateContext } from './helpers/gate.js'
import {
  OPS_LOG_FILE,
  appendChained,
  readHistoryChain,
  sha256OfRegularSync,
} from '../src/history/chain.js'
import type { RawInputs } from '../src/settings.js'
import type { Review } from '../src/review/review.js'
import { tempDir as removedTempDir } from './helpers/temp.js'
import { runBanner } from '../src/report/messages.js'
import { ACTION_WORDS } from '../src/model.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-files-')
  dirs.push(dir)
  return dir
}

function context(extra: Partial<GateContext> = {}): GateContext {
  return {
    operator: 'octocat',
    runUrl: 'https://github.com/acme/rocket/actions/runs/1',
    env: { PATH: process.env.PATH },
    now: () => new Date(),
    killGraceMs: 200,
    ...extra,
  }
}

// Without namespaces: the suite can write where the gate writes, and the gate must notice.
const gate = (dir: string, command: string, mode: 'paper' | 'live' = 'live') =>
  runGate(
    {
      mode,
      command,
      'report-dir': dir,
      'require-results': 'never',
      'suite-isolation': 'none',
    } as RawInputs,
    context(),
  )

async function events(dir: string): Promise<string[]> {
  const text = await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { event: string }).event)
}

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk))
        done()
      },
    })
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: process.stdin,
    env: {},
  })
  return { code, stdout, stderr }
}

describe('a suite that rewrites the operational log', () => {
  it.each(['rechain', 'naive'])(
    'is caught (%s): LOG_TAMPERED, live aborts, the log is put back and review counts no forgery',
    async (how) => {
      const dir = await tempDir()
      const failed = await gate(dir, `node ${fixture('exit-with.mjs')} 1`)
      expect(failed.run.decision.verdict).toBe('abort')
      const before = await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')
      expect(before).toContain('"HEALTH_CHECK_FAILED"')

      // A passing suite that drops the failure and forges an approved force-start.
      const run = await gate(dir, `node ${fixture('rewrite-log.mjs')} ${dir} ${how}`)
      expect(run.run.outcome.status).toBe('passed')
      expect(run.run.decision.verdict).toBe('abort')
      expect(run.run.decision.gateExitCode).toBe(1)
      expect(runBanner(run.run, ACTION_WORDS).title).toBe('❌ GATE FILES TAMPERED - LAUNCH ABORTED')
      const tampered = run.run.opsLog.find((e) => e.event === 'LOG_TAMPERED')
      expect(tampered?.details).toMatch(
        /while the suite ran: the operational log no longer starts with the 2 line\(s\) it had before the suite ran/,
      )

      // Put back as it was, the rewritten log kept beside it; the chain goes on unbroken.
      const after = await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')
      expect(after.startsWith(before)).toBe(true)
      expect(after).not.toContain('forged')
      expect(await events(dir)).toEqual([
        'HEALTH_CHECK_FAILED',
        'REPORTS_RECORDED',
        'LOG_TAMPERED',
        'REPORTS_RECORDED',
      ])
      expect(readHistoryChain(dir).problems).toEqual([])
      const kept = (await readdir(dir)).filter((n) => n.startsWith('operational-log.tampered-'))
      expect(kept).toHaveLength(1)
      expect(await readFile(path.join(dir, kept[0] as string), 'utf8')).toContain('forged-cto')

      const review = await cli(['review', '--since', '1d', '--dir', dir, '--format', 'json'])
      expect(review.code).toBe(0)
      const counted = JSON.parse(review.stdout) as Review
      expect(counted.overrides).toEqual([])
      expect(counted.aborts.total).toBeGreaterThanOrEqual(1)
    },
  )

  it('in paper mode logs LOG_TAMPERED and keeps the verdict', async () => {
    const dir = await tempDir()
    await gate(dir, `node ${fixture('exit-with.mjs')} 1`, 'paper')
    const run = await gate(dir, `node ${fixture('rewrite-log.mjs')} ${dir} naive`, 'paper')
    expect(run.run.decision.verdict).toBe('proceed')
    expect(run.run.opsLog.map((e) => e.event)).toEqual(['LOG_TAMPERED'])
  })

  it('aborts live when the log was broken before the suite started, and says where', async () => {
    const dir = await tempDir()
    await gate(dir, `node ${fixture('exit-with.mjs')} 1`)
    // Between runs, someone inserts a line by hand.
    const log = path.join(dir, OPS_LOG_FILE)
    const lines = (await readFile(log, 'utf8')).split('\n')
    lines.splice(1, 0, lines[0]!.replace('HEALTH_CHECK_FAILED', 'OVERRIDE_FORCE_START'))
    await writeFile(log, lines.join('\n'))
    const run = await gate(dir, `node ${fixture('exit-with.mjs')} 0`)
    expect(run.run.decision.verdict).toBe('abort')
    expect(run.run.opsLog.find((e) => e.event === 'LOG_TAMPERED')?.details).toMatch(
      /before the suite ran: .*operational-log\.jsonl:2 does not chain to the line before it/,
    )
    // review: the inserted line and what follows it in that file are not counted.
    const review = await cli(['review', '--since', '1d', '--dir', dir, '--format', 'json'])
    const counted = JSON.parse(review.stdout) as Review
    expect(counted.overrides).toEqual([])
    expect(counted.sources.unverifiedCount).toBeGreaterThanOrEqual(1)
    expect(counted.sources.unverified).toContain(`${log}:2`)
    expect(review.stderr).toMatch(/could not be verified/)
  })

  it('accepts an entry another writer chains on meanwhile', async () => {
    const dir = await tempDir()
    await gate(dir, `node ${fixture('exit-with.mjs')} 1`)
    const run = await gate(dir, `node ${fixture('append-entry.mjs')} ${dir}`)
    expect(run.run.decision.verdict).toBe('proceed')
    expect(run.run.opsLog).toEqual([])
    expect(await events(dir)).toEqual([
      'HEALTH_CHECK_FAILED',
      'REPORTS_RECORDED',
      'HEALTH_RESTORED',
      'REPORTS_RECORDED',
    ])
    expect(readHistoryChain(dir).problems).toEqual([])
  })
})

describe('a suite that plants a report in the report directory', () => {
  async function passingReport(): Promise<string> {
    const dir = await tempDir()
    const pass = await gate(dir, `node ${fixture('exit-with.mjs')} 0`)
    expect(pass.run.decision.verdict).toBe('proceed')
    return pass.paths.json
  }

  it('is flagged, never uploaded, and never counted by preflight aggregate DIR', async () => {
    const passing = await passingReport()
    const dir = await tempDir()
    let uploaded: string[] = []
    const uploadReports = async (pending: PendingUpload) => {
      uploaded = pending.files
      return {
        kind: 'uploaded',
        name: pending.name,
        id: 1,
        url: 'https://example.invalid/1',
      } as const
    }
    const run = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('plant-report.mjs')} ${dir} ${passing} 1`,
        'report-dir': dir,
        'require-results': 'never',
        'suite-isolation': 'none',
      } as RawInputs,
      context({ uploadReports }),
    )
    expect(run.run.outcome.status).toBe('p0-failed')
    expect(run.run.decision.verdict).toBe('abort')
    const flagged = run.run.opsLog.find((e) => e.event === 'FILES_TAMPERED')
    expect(flagged?.details).toContain('SMOKE_TEST_INSTITUTIONAL_20991231_235959.json')
    expect(flagged?.details).toContain('SMOKE_TEST_INSTITUTIONAL_20991231_235959.md')
    expect(uploaded.some((f) => f.includes('20991231'))).toBe(false)
    expect(uploaded).toContain(run.paths.json)
    expect(await readFile(run.paths.markdown, 'utf8')).toContain('20991231_235959.json')

    // The record names the gate's files with their digests; the planted ones are not in it.
    const record = JSON.parse(
      (await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')).trim().split('\n').at(-1) as string,
    ) as { event: string; files: Array<{ name: string; sha256: string }> }
    expect(record.event).toBe('REPORTS_RECORDED')
    expect(record.files.map((f) => f.name)).toContain(path.basename(run.paths.json))
    expect(record.files.some((f) => f.name.includes('20991231'))).toBe(false)

    const fleet = await cli(['aggregate', '--expected', '1', '--mode', 'live', dir])
    expect(fleet.code).toBe(1)
    // The gate's own report (P0) decides: the planted pass would have let the fleet launch.
    expect(fleet.stdout).toContain('p0-failed')
    expect(fleet.stdout).not.toContain('20991231')
  })

  it('aborts live even when the suite passes', async () => {
    const passing = await passingReport()
    const dir = await tempDir()
    const run = await gate(dir, `node ${fixture('plant-report.mjs')} ${dir} ${passing} 0`)
    expect(run.run.outcome.status).toBe('passed')
    expect(run.run.decision.verdict).toBe('abort')
    expect(runBanner(run.run, ACTION_WORDS).title).toBe('❌ GATE FILES TAMPERED - LAUNCH ABORTED')
    const fleet = await cli(['aggregate', '--expected', '1', '--mode', 'live', dir])
    // The gate's own report says abort; the planted pass is not read.
    expect(fleet.code).toBe(1)
  })

  it('never counts a report changed after the gate wrote it', async () => {
    const dir = await tempDir()
    const run = await gate(dir, `node ${fixture('exit-with.mjs')} 1`)
    const passing = await passingReport()
    await writeFile(run.paths.json, await readFile(passing, 'utf8'))
    const fleet = await cli(['aggregate', '--expected', '1', '--mode', 'live', dir])
    expect(fleet.code).toBe(1)
    expect(fleet.stdout + fleet.stderr).toMatch(/was changed after the gate wrote it/)
    expect(existsSync(run.paths.json)).toBe(true)
  })
})

describe('history-dir', () => {
  it('defaults outside the workspace on a self-hosted runner, survives a cleaned workspace, and is what retention, review and aggregate read', async () => {
    const home = await tempDir()
    const workspace = await tempDir()
    const reportDir = path.join(workspace, 'reports', 'health')
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      RUNNER_ENVIRONMENT: 'self-hosted',
      GITHUB_REPOSITORY: 'Acme/Rocket',
    }
    const history = path.join(home, '.local', 'state', 'preflight-gate', 'acme', 'rocket')
    const run = (at: Date, id: number) =>
      runGate(
        {
          mode: 'live',
          command: `node ${fixture('exit-with.mjs')} 1`,
          'report-dir': reportDir,
          'require-results': 'never',
          'suite-isolation': 'none',
          'report-retention-days': '30',
        } as RawInputs,
        context({
          env,
          now: () => at,
          runUrl: `https://github.com/acme/rocket/actions/runs/${id}`,
        }),
      )
    const old = await run(new Date(Date.now() - 40 * 24 * 3600_000), 1)
    // The report stays in report-dir for the artifact, and is kept in the history.
    for (const file of [old.paths.markdown, old.paths.json]) {
      expect(existsSync(file)).toBe(true)
      expect(existsSync(path.join(history, path.basename(file)))).toBe(true)
    }
    expect(await events(history)).toEqual(['HEALTH_CHECK_FAILED', 'REPORTS_RECORDED'])
    expect(existsSync(path.join(reportDir, OPS_LOG_FILE))).toBe(false)

    // actions/checkout cleans the workspace (git clean -ffdx): the history does not care.
    await rm(workspace, { recursive: true, force: true })
    const now = await run(new Date(), 2)
    expect(now.run.decision.verdict).toBe('abort')

    // Retention ran in the history: the 40-day-old report is archived there, the log rotated.
    const archive = await readdir(path.join(history, 'archive'))
    const month = new Date(Date.now() - 40 * 24 * 3600_000).toISOString().slice(0, 7)
    expect(archive).toContain(`${month}.tar.gz`)
    expect(existsSync(path.join(history, path.basename(old.paths.json)))).toBe(false)
    expect(readHistoryChain(history).problems).toEqual([])

    const review = await cli(['review', '--since', '90d', '--dir', history, '--format', 'json'])
    expect(review.code).toBe(0)
    expect((JSON.parse(review.stdout) as Review).aborts.total).toBe(2)
    expect(review.stderr).toBe('')

    const fleet = await cli(['aggregate', '--expected', '1', '--mode', 'live', history])
    expect(fleet.code).toBe(1)
    expect(fleet.stdout).toContain('p0-failed')
  })

  it('takes history-dir as given, and stays in report-dir off self-hosted runners', async () => {
    const dir = await tempDir()
    const given = path.join(dir, 'kept')
    const run = await runGate(
      {
        mode: 'paper',
        command: `node ${fixture('exit-with.mjs')} 0`,
        'report-dir': path.join(dir, 'reports'),
        'history-dir': given,
        'suite-isolation': 'none',
        'require-results': 'never',
      } as RawInputs,
      context(),
    )
    expect(existsSync(path.join(given, path.basename(run.paths.json)))).toBe(true)
    expect(await events(given)).toEqual(['REPORTS_RECORDED'])

    const hosted = await tempDir()
    await gate(hosted, `node ${fixture('exit-with.mjs')} 0`)
    expect(await events(hosted)).toEqual(['REPORTS_RECORDED'])
  })
})

describe('the chain', () => {
  it('chains on from a last line longer than the tail it reads first, and from the archive', async () => {
    const dir = await tempDir()
    appendChained(dir, [{ event: 'HEALTH_CHECK_FAILED', details: 'x'.repeat(1_500_000) }])
    appendChained(dir, [{ event: 'HEALTH_RESTORED' }])
    expect(readHistoryChain(dir).problems).toEqual([])
    // Rotated: the next log's first line chains to the archived log's last line.
    await mkdir(path.join(dir, 'archive'))
    await rename(
      path.join(dir, OPS_LOG_FILE),
      path.join(dir, 'archive', 'operational-log-2026-11.jsonl'),
    )
    appendChained(dir, [{ event: 'WATCH_STOPPED' }])
    const chain = readHistoryChain(dir)
    expect(chain.problems).toEqual([])
    expect(chain.files.map((f) => f.log.lines.every((l) => l.verified))).toEqual([true, true])
  })
})

describe('the digests of the record', () => {
  it('hash a file in chunks as a whole read would, without following a link or waiting on a FIFO', async () => {
    const dir = await tempDir()
    const big = path.join(dir, 'big.output.log')
    // Larger than one chunk, and not a multiple of it.
    const data = Buffer.alloc(3 * 1024 * 1024 + 17, 'x')
    await writeFile(big, data)
    expect(sha256OfRegularSync(big)).toBe(createHash('sha256').update(data).digest('hex'))
    expect(sha256OfRegularSync(path.join(dir, 'absent'))).toBeNull()
    await symlink(big, path.join(dir, 'link'))
    expect(() => sha256OfRegularSync(path.join(dir, 'link'))).toThrow()
    execFileSync('mkfifo', [path.join(dir, 'fifo')])
    expect(() => sha256OfRegularSync(path.join(dir, 'fifo'))).toThrow(/not a regular file/)
    expect(() => sha256OfRegularSync(big, 1024)).toThrow(/larger than 1024 bytes/)
  })
})
