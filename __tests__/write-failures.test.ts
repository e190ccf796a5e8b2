// A write failure is a fact, never a crash: ENOSPC, EIO or EPIPE on the output log or the live
// echo stops the suite, aborts a live launch with REPORT_WRITE_FAILED, and the gate still writes
// what the file system allows.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { runGate } from './helpers/gate.js'
import { DEFAULT_EVIDENCE_SETTINGS } from '../src/evidence/settings.js'
import { runCommandSuite } from '../src/runner/command.js'
import { CLI_ARGS } from './helpers/action-runner.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-write-')
  made.push(dir)
  return dir
}

/** Prints a few lines, then would run for a minute: only a stopped suite ends the test in time. */
const CHATTY_THEN_SLOW = `node -e "for (let i = 0; i < 2000; i++) console.log('line ' + i + ' ' + 'x'.repeat(100)); setTimeout(() => {}, 60000)"`

describe('a write failure is a fact, never a crash', () => {
  it('EPIPE on the live echo stops the suite, aborts the live launch and is logged', async () => {
    const dir = await tempDir()
    const brokenPipe = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
      },
    })
    const started = Date.now()
    const result = await runGate(
      {
        mode: 'live',
        command: CHATTY_THEN_SLOW,
        'report-dir': dir,
        'require-results': 'never',
      },
      {
        operator: 'octocat',
        runUrl: '',
        env: { PATH: process.env.PATH },
        now: () => new Date(),
        killGraceMs: 200,
        echo: brokenPipe,
      },
    )
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.run.decision.verdict).toBe('abort')
    expect(result.run.outcome.notes.join(' ')).toMatch(
      /live echo .* could not be written: write EPIPE/,
    )
    expect(result.run.opsLog.map((e) => e.event)).toContain('REPORT_WRITE_FAILED')
    const json = JSON.parse(await readFile(result.paths.json, 'utf8'))
    expect(json.verdict).toBe('abort')
  })

  it('ENOSPC on the output log stops the suite and says which stream and why', async () => {
    const dir = await tempDir()
    const started = Date.now()
    const outcome = await runCommandSuite({
      command: CHATTY_THEN_SLOW,
      mode: 'live',
      subset: 'full',
      timeoutMs: 60_000,
      cwd: dir,
      env: process.env,
      killGraceMs: 200,
      evidence: { ...DEFAULT_EVIDENCE_SETTINGS, requireResults: 'never' },
      outputLogPath: '/dev/full',
    })
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(outcome.status).toBe('crashed')
    expect(outcome.outputLost).toMatch(/^The output log could not be written: ENOSPC/)
  })

  const canMount =
    process.getuid?.() === 0 &&
    spawnSync('unshare', ['--mount', 'true'], { stdio: 'ignore' }).status === 0
  if (!canMount) console.warn('SKIPPED: the full-file-system test needs root and unshare --mount')
  it.skipIf(!canMount)(
    'on a real full file system the CLI answers with an abort, not a crash',
    async () => {
      const dir = await tempDir()
      const reports = path.join(dir, 'reports')
      // A 64 KiB tmpfs in a private mount namespace: gone when the shell ends.
      const script = `R="$1"; C="$3"; mkdir -p "$R" && mount -t tmpfs -o size=64k tmpfs "$R" && cd "$2" && shift 3 && "$@" run --mode live --report-dir "$R" --require-results never --command "$C" 2>&1; echo "exit=$?"; cat "$R/operational-log.jsonl"`
      const started = Date.now()
      const out = execFileSync(
        'unshare',
        [
          '--mount',
          'sh',
          '-c',
          script,
          'sh',
          reports,
          dir,
          CHATTY_THEN_SLOW,
          process.execPath,
          ...CLI_ARGS,
        ],
        { encoding: 'utf8', timeout: 40_000, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(out).toMatch(/no space left on device/i)
      expect(out).toMatch(/LAUNCH ABORTED/)
      expect(out).not.toMatch(/exit=0\b/)
      // What the file system still allowed: the operational log's entry.
      expect(out).toMatch(/"event":"REPORT_WRITE_FAILED"/)
      expect(out).not.toMatch(/Unhandled|FATAL|at .*\.js:\d+/)
    },
    60_000,
  )
})
