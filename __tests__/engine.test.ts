// The engine, in-process on the source: sealed environment, redaction everywhere the evidence
// goes, no orphans, gate errors and cancellations as evidence, bounded and atomic logs.
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { readHistoryChain } from '../src/history/chain.js'
import { runGate, type GateContext } from './helpers/gate.js'
import type { UploadOutcome } from '../src/model.js'
import { OPS_LOG_FILE } from '../src/opslog.js'
import { renderSummary } from '../src/report/summary.js'
import type { PendingUpload } from '../src/artifact/state.js'
import type { RawInputs } from '../src/settings.js'
import { isAlive, waitFor } from './helpers/processes.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)
const FAKE_TOKEN = 'ghs_FakeWorkflowToken0123456789abcdefXYZ'

async function tempDir(): Promise<string> {
  return removedTempDir('preflight-engine-')
}

function context(env: NodeJS.ProcessEnv, extra: Partial<GateContext> = {}): GateContext {
  return {
    operator: 'octocat',
    runUrl: 'https://github.com/acme/rocket/actions/runs/1',
    env,
    now: () => new Date(),
    killGraceMs: 200,
    ...extra,
  }
}

async function everyFile(dir: string): Promise<string> {
  const names = await readdir(dir)
  const texts = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')))
  return texts.join('\n')
}

describe('the suite runs sealed', () => {
  it('withholds the runner tokens and inputs unless pass-env names them, and redacts them anyway', async () => {
    const dir = await tempDir()
    const env = {
      PATH: process.env.PATH,
      'INPUT_GITHUB-TOKEN': FAKE_TOKEN,
      GITHUB_TOKEN: FAKE_TOKEN,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value-123',
      ACTIONS_RESULTS_URL: 'https://results.invalid/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-456',
      HARMLESS: 'visible-value',
    }
    const raw: RawInputs = {
      mode: 'paper',
      command: `node ${fixture('dump-env.mjs')}`,
      'report-dir': dir,
      'github-token': FAKE_TOKEN,
    }
    const sealed = await runGate(raw, context(env))
    const log = await readFile(sealed.paths.outputLog ?? '', 'utf8')
    expect(log).toContain('HARMLESS=visible-value')
    expect(log).toContain('PREFLIGHT_TRACKING_ID=')
    for (const name of [
      'INPUT_GITHUB-TOKEN',
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    ]) {
      expect(log).not.toContain(`\n${name}=`)
    }

    const passed = await runGate({ ...raw, 'pass-env': 'GITHUB_TOKEN' }, context(env))
    const passedLog = await readFile(passed.paths.outputLog ?? '', 'utf8')
    expect(passedLog).toContain('GITHUB_TOKEN=***')
    expect(await everyFile(dir)).not.toContain(FAKE_TOKEN)
  })
})

describe('redaction', () => {
  it('keeps named, announced and token-shaped secrets out of every report, log and output', async () => {
    const dir = await tempDir()
    const env = {
      PATH: process.env.PATH,
      DB_PASSWORD: 'hunter2-correct-horse',
      LATE_SECRET: 'announced-late-secret',
    }
    const echoed: Buffer[] = []
    const { Writable } = await import('node:stream')
    const echo = new Writable({
      write(chunk: Buffer, _e, done) {
        echoed.push(chunk)
        done()
      },
    })
    const result = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('dump-env.mjs')}`,
        'report-dir': dir,
        redact: 'DB_PASSWORD',
      },
      context(env, { echo }),
    )
    expect(result.run.outcome.status).toBe('p1-failed')
    expect(result.masks).toEqual(['announced-late-secret'])
    const evidence = [await everyFile(dir), JSON.stringify(result.run)].join('\n')
    for (const secret of [
      'hunter2-correct-horse',
      'announced-late-secret',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'pa55w0rd',
    ]) {
      expect(evidence).not.toContain(secret)
    }
    // The live echo hides what is known when it passes (as the runner's own masking does).
    const live = Buffer.concat(echoed).toString('utf8')
    expect(live).toContain('::add-mask::***')
    for (const secret of ['hunter2-correct-horse', 'pa55w0rd', 'ghp_abcdefghijklmnopqrstuvwxyz']) {
      expect(live).not.toContain(secret)
    }
    expect(result.run.outcome.checks[0]?.message).toBe('login as admin with *** refused')
    expect(evidence).toContain('https://deploy:***@db.internal/x')
  })
})

describe('no orphans', () => {
  it('without isolation, kills a daemon that left the process group and ignores TERM, and says so', async () => {
    const dir = await tempDir()
    const pidFile = path.join(dir, 'daemon.pid')
    const result = await runGate(
      {
        mode: 'paper',
        command: `sh ${fixture('spawn-daemon.sh')} ${pidFile}`,
        'report-dir': path.join(dir, 'reports'),
        'require-results': 'never',
        // Process tracking is what contains a suite without its own PID namespace.
        'suite-isolation': 'none',
      } as RawInputs,
      context({ PATH: process.env.PATH }),
    )
    const daemon = Number(readFileSync(pidFile, 'utf8'))
    expect(daemon).toBeGreaterThan(0)
    expect(await waitFor(() => !isAlive(daemon), 2000)).toBe(true)
    expect(result.run.outcome.notes.join(' ')).toMatch(
      /1 process\(es\) the suite started were still running/,
    )
  })
})

describe('a gate error is still evidence', () => {
  it('records a report that cannot be written, aborts live, logs it and still publishes', async () => {
    const dir = await tempDir()
    const uploads: PendingUpload[] = []
    const uploadReports = async (pending: PendingUpload): Promise<UploadOutcome> => {
      uploads.push(pending)
      return { kind: 'skipped', reason: 'test' }
    }
    // The JSON report's name is taken by a link to a device (/dev/full): it is never written.
    const stamp = new Date('2026-01-02T03:04:05Z')
    await symlink('/dev/full', path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20260102_030405.json'))
    const result = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('exit-with.mjs')} 0`,
        'report-dir': dir,
        'require-results': 'never',
      } as RawInputs,
      context({ PATH: process.env.PATH }, { now: () => stamp, uploadReports }),
    )
    expect(result.run.decision.verdict).toBe('abort')
    expect(result.run.outcome.notes.join(' ')).toMatch(
      /could not be written in full \(.*json: .*is not a regular file/,
    )
    const markdown = await readFile(result.paths.markdown, 'utf8')
    expect(markdown).toContain('**Verdict**: ABORT')
    const log = await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')
    expect(log).toContain('"event":"REPORT_WRITE_FAILED"')
    expect(uploads).toHaveLength(1)
  })
})

describe('cancellation', () => {
  it('stops a hanging suite at once, writes the report and logs GATE_CANCELLED', async () => {
    const dir = await tempDir()
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(), 500)
    const result = await runGate(
      { mode: 'live', command: `node ${fixture('hang.mjs')}`, 'report-dir': dir },
      context({ PATH: process.env.PATH }, { signal: controller.signal }),
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(result.run.outcome.status).toBe('crashed')
    expect(result.run.decision.verdict).toBe('abort')
    expect(result.run.opsLog.map((e) => e.event)).toEqual(['GATE_CANCELLED'])
    expect(await readFile(result.paths.markdown, 'utf8')).toContain('cancelled while the suite ran')
  })
})

describe('bounded, atomic, well-formed output', () => {
  it('keeps every operational-log line whole and the chain unbroken when 12 runs with 10,000 failures each log at once', async () => {
    const dir = await tempDir()
    const runs = Array.from({ length: 12 }, () =>
      runGate(
        { mode: 'paper', command: `node ${fixture('many-failures.mjs')} 10000`, 'report-dir': dir },
        context({ PATH: process.env.PATH }),
      ),
    )
    await Promise.all(runs)
    const lines = (await readFile(path.join(dir, OPS_LOG_FILE), 'utf8')).trimEnd().split('\n')
    // Each run: its failure and the record of the files it wrote; no run took another for tampering.
    const events = lines.map((l) => (JSON.parse(l) as { event: string }).event)
    expect(events.filter((e) => e.endsWith('_TAMPERED'))).toEqual([])
    expect(lines.length).toBe(24)
    expect(readHistoryChain(dir).problems).toEqual([])
    expect(lines.filter((l) => l.includes('"REPORTS_RECORDED"'))).toHaveLength(12)
    for (const line of lines) {
      const entry = JSON.parse(line) as { failures: string[] }
      expect(entry.failures.length).toBeLessThanOrEqual(51)
      expect(line.length).toBeLessThan(64 * 1024)
    }
  })

  it('writes valid JUnit XML for names XML forbids', async () => {
    const dir = await tempDir()
    const result = await runGate(
      { mode: 'paper', command: `node ${fixture('forbidden-xml.mjs')}`, 'report-dir': dir },
      context({ PATH: process.env.PATH }),
    )
    const xml = await readFile(result.paths.junit, 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('bad\ufffdname')
  })
})

describe('flaky checks', () => {
  it('are counted in the summary and the report and listed in the operational log', async () => {
    const dir = await tempDir()
    const counter = path.join(dir, 'attempts')
    // Fails twice, then passes: a check that needs retries to pass.
    const script = `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}; [ $n -ge 3 ]`
    await writeFile(
      path.join(dir, 'suite.yml'),
      [
        'version: 1',
        'checks:',
        '  - name: warming cache',
        '    level: P1',
        '    kind: command',
        `    command: ["sh", "-c", ${JSON.stringify(script)}]`,
        '    retries: 3',
        '    retry-delay: 0.01',
        '  - name: steady',
        '    level: P0',
        '    kind: command',
        '    command: ["true"]',
        '',
      ].join('\n'),
    )
    const result = await runGate(
      {
        mode: 'paper',
        suite: path.join(dir, 'suite.yml'),
        subset: 'full',
        'report-dir': path.join(dir, 'reports'),
      },
      context({ PATH: process.env.PATH }),
    )
    expect(result.run.outcome.notes).toEqual([])
    expect(result.run.outcome.status).toBe('passed')
    const flaky = result.run.opsLog.find((e) => e.event === 'FLAKY_CHECKS')
    expect(flaky?.failures).toEqual(['warming cache (P1, 3 attempts)'])
    expect(renderSummary(result.run, { reportPath: 'r.md' })).toContain('### Flaky Checks (1)')
    expect(await readFile(result.paths.markdown, 'utf8')).toContain('## Flaky Checks (1)')
  })
})

describe('review findings', () => {
  it('redacts a secret that a long line splits across the stream’s parts', async () => {
    const { Redactor } = await import('../src/redact.js')
    const secret = 'hunter2hunter2'
    for (const before of [65_530, 131_067, 200_000]) {
      const stream = new Redactor([secret]).stream()
      const out: string[] = []
      stream.on('data', (c: Buffer | string) => out.push(c.toString()))
      const line = 'A'.repeat(before) + secret + 'B'.repeat(70_000) + '\n'
      for (let i = 0; i < line.length; i += 65_536) stream.write(line.slice(i, i + 65_536))
      await new Promise<void>((resolve) => stream.end(resolve))
      const text = out.join('')
      expect(text).not.toContain(secret)
      expect(text).toContain('A***B')
      expect(text.length).toBe(line.length - secret.length + 3)
    }
  })

  it('redacts a secret with a character that the stream’s chunks cut in half', async () => {
    const { Redactor } = await import('../src/redact.js')
    const secret = 'sécret-välue-1234'
    const bytes = Buffer.from(`login with ${secret} refused\n`)
    const cut = bytes.indexOf(Buffer.from('é')) + 1 // between the two bytes of "é"
    const stream = new Redactor([secret]).stream()
    const out: string[] = []
    stream.on('data', (c: Buffer | string) => out.push(c.toString()))
    stream.write(bytes.subarray(0, cut))
    stream.write(bytes.subarray(cut))
    await new Promise<void>((resolve) => stream.end(resolve))
    expect(out.join('')).toBe('login with *** refused\n')
  })

  it.each([
    ['a CRLF line', '::add-mask::late-secret-value\r\n'],
    ['a line ended by a lone CR', '::add-mask::late-secret-value\rprogress 100%\n'],
  ])('learns a mask announced on %s in the live echo', async (_, announcement) => {
    const { Redactor } = await import('../src/redact.js')
    const stream = new Redactor().stream()
    const out: string[] = []
    stream.on('data', (c: Buffer | string) => out.push(c.toString()))
    stream.write(Buffer.from(announcement))
    stream.write(Buffer.from('using late-secret-value\r\n'))
    await new Promise<void>((resolve) => stream.end(resolve))
    const text = out.join('')
    expect(text).not.toContain('late-secret-value')
    expect(text).toContain('::add-mask::***')
    // Control sequences are stripped before redaction: a CR line end becomes a newline.
    expect(text).toContain('using ***\n')
    expect(text).not.toContain('\r')
  })

  it('removes an output log it cannot redact, says so, and still writes the report', async () => {
    const dir = await tempDir()
    // The suite swaps its output log for a FIFO after printing a secret it then announces.
    const script = `echo "token supersecret-value-42"; echo "::add-mask::supersecret-value-42"; for i in $(seq 100); do ls ${dir}/*.output.log >/dev/null 2>&1 && break; sleep 0.05; done; for f in ${dir}/*.output.log; do rm -f "$f"; mkfifo "$f"; done`
    const result = await runGate(
      {
        mode: 'live',
        command: `sh -c '${script}'`,
        'report-dir': dir,
        'require-results': 'never',
      } as RawInputs,
      context({ PATH: process.env.PATH }),
    )
    expect(result.run.outcome.notes.join(' ')).toMatch(/output log could not be redacted .*removed/)
    expect(result.paths.outputLog).toBeNull()
    expect(await everyFile(dir)).not.toContain('supersecret-value-42')
    expect(JSON.parse(await readFile(result.paths.json, 'utf8')).status).toBe('passed')
    // Lost evidence: no launch in live mode, and the operational log says why.
    expect(result.run.decision.verdict).toBe('abort')
    expect(result.run.opsLog.map((e) => e.event)).toContain('REPORT_WRITE_FAILED')
  })

  it('redacts a small and a large output log alike', async () => {
    for (const padding of [0, 3 * 1024 * 1024]) {
      const dir = await tempDir()
      const result = await runGate(
        {
          mode: 'live',
          command: `node ${fixture('print-then-mask.mjs')} ${padding}`,
          'report-dir': dir,
          'require-results': 'never',
        } as RawInputs,
        context({ PATH: process.env.PATH }),
      )
      const log = await readFile(result.paths.outputLog ?? '', 'utf8')
      expect(log.length).toBeGreaterThan(padding)
      expect(log).not.toContain('late-announced-secret')
      expect(log).toContain('connecting with ***\n')
      expect(log.endsWith('done with ***')).toBe(true)
      expect(result.masks).toEqual(['late-announced-secret'])
    }
  })

  it('does not hang on a FIFO where its operational log should be, and says so', async () => {
    const dir = await tempDir()
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [path.join(dir, OPS_LOG_FILE)])
    const started = Date.now()
    const result = await runGate(
      {
        mode: 'paper',
        command: `node ${fixture('exit-with.mjs')} 2`,
        'report-dir': dir,
        'require-results': 'never',
      } as RawInputs,
      context({ PATH: process.env.PATH }),
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(result.run.outcome.notes.join(' ')).toMatch(/operational log could not be appended/)
  })

  it('keeps the runner’s file commands (outputs, state, env, path, summary) from the suite', async () => {
    const dir = await tempDir()
    const env = {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STATE: path.join(dir, 'state'),
      GITHUB_ENV: path.join(dir, 'env'),
      GITHUB_PATH: path.join(dir, 'path'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    }
    const result = await runGate(
      {
        mode: 'paper',
        command: `node ${fixture('dump-env.mjs')}`,
        'report-dir': path.join(dir, 'r'),
      },
      context(env),
    )
    const log = await readFile(result.paths.outputLog ?? '', 'utf8')
    for (const name of Object.keys(env).filter((n) => n !== 'PATH')) {
      expect(log).not.toContain(`\n${name}=`)
    }
  })
})

describe('two gate runs sharing a report directory', () => {
  it('never counts the other run’s suite report as evidence: the report cannot be attributed, so both fail closed', async () => {
    const dir = await tempDir()
    const gate = (args: string) =>
      runGate(
        {
          mode: 'live',
          command: `node ${fixture('doc-report.mjs')} ${dir} ${args}`,
          'report-dir': dir,
        },
        context({ PATH: process.env.PATH }),
      )
    const silent = gate('1500 no') // writes nothing of its own
    await new Promise((resolve) => setTimeout(resolve, 400))
    const writer = await gate('0 write')
    const silentRun = await silent
    // Neither can tell whose suite wrote the report: both fail closed and say why.
    expect(writer.run.decision.verdict).toBe('abort')
    expect(writer.run.outcome.notes.join(' ')).toMatch(/Another gate run used the report directory/)
    expect(silentRun.run.decision.verdict).toBe('abort')
    expect(silentRun.run.outcome.status).toBe('crashed')
    expect(silentRun.run.outcome.notes.join(' ')).toMatch(
      /Another gate run used the report directory/,
    )
  })
})

describe('a suite forging reports in the report directory', () => {
  it('cannot make preflight aggregate read its forgery instead of the gate’s own report', async () => {
    const { legFromPath } = await import('../src/fleet/files.js')
    const { copyFile } = await import('node:fs/promises')
    const passing = await tempDir()
    const pass = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('doc-report.mjs')} ${passing} 0 write`,
        'report-dir': passing,
      },
      context({ PATH: process.env.PATH }),
    )
    expect(pass.run.decision.verdict).toBe('proceed')
    const dir = await tempDir()
    const failing = await runGate(
      {
        mode: 'live',
        command: `node ${fixture('exit-with.mjs')} 1`,
        'report-dir': dir,
        'require-results': 'never',
      } as RawInputs,
      context({ PATH: process.env.PATH }),
    )
    expect(failing.run.decision.verdict).toBe('abort')
    // The forgery: a passing report under a newer name, with a Markdown twin.
    await copyFile(pass.paths.json, path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_29990101_000000.json'))
    await writeFile(path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_29990101_000000.md'), '# forged\n')
    const leg = await legFromPath(dir)
    expect(leg.report?.verdict).toBe('abort')
  })
})
