import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, runAction } from './helpers/action-runner.js'

const fixture = (name: string) => path.join(REPO_ROOT, '__tests__', 'fixtures', name)
const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`

/** What a reader sees of escaped Markdown text. */
function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

// The bundled dist/index.js, run as the runner runs it.
describe('the gate action on a suite command', () => {
  it('proceeds on exit 0 and writes every report', async () => {
    const run = await runAction({
      inputs: { mode: 'paper', command: sample, 'upload-artifact': 'false' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verdict: 'proceed',
      status: 'passed',
      'exit-code': '0',
      'gate-exit-code': '0',
      override: '',
      'failed-checks': '[]',
    })
    const report = await readFile(
      path.resolve(run.workDir, run.outputs['report-path'] ?? ''),
      'utf8',
    )
    expect(report).toMatch(/^<!-- preflight-gate report -->\n# Institutional Smoke Test Report/)
    expect(report).toContain('**Status**: ✅ ALL TESTS PASSED')
    expect(report).toContain('| Test | Level | Status | Duration | Message |')
    const json = JSON.parse(
      await readFile(path.resolve(run.workDir, run.outputs['report-json-path'] ?? ''), 'utf8'),
    )
    expect(json).toMatchObject({
      mode: 'paper',
      subset: 'production',
      status: 'passed',
      verdict: 'proceed',
    })
    expect(json.checks).toHaveLength(3) // the production subset: P0 checks only
    const junit = await readFile(path.resolve(run.workDir, run.outputs['junit-path'] ?? ''), 'utf8')
    expect(junit).toMatch(/<testsuite name="preflight paper" tests="3" failures="0"/)
    expect(run.summary).toContain('## ✅ Health checks passed')
    expect(run.stdout).toMatch(/::group::Smoke suite output/)
  })

  it('proceeds with a warning on P2 (exit 3)', async () => {
    const run = await runAction({
      inputs: { mode: 'live', command: sample, 'upload-artifact': 'false' },
      env: { SAMPLE_FAIL: 'P2' },
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verdict: 'proceed',
      status: 'p2-warned',
      'gate-exit-code': '3',
    })
    expect(run.stdout).toMatch(/::warning title=Preflight%3A P1 \/ P2::P2 Cosmetic/)
    expect(run.summary).toContain('P2 warnings detected (non-critical) - proceeding')
  })

  it('aborts on a P1 failure without force-start, with the document message', async () => {
    const run = await runAction({
      inputs: { mode: 'paper', subset: 'full', command: sample, 'upload-artifact': 'false' },
      env: { SAMPLE_FAIL: 'P1' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      verdict: 'abort',
      status: 'p1-failed',
      'gate-exit-code': '2',
    })
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([
      {
        name: 'Integration: JSON round trip',
        level: 'P1',
        message: 'forced failure (SAMPLE_FAIL=P1)',
      },
    ])
    expect(run.stdout).toContain('Aborting launch for safety.')
    expect(run.stdout).toMatch(/::error::.*P1 HEALTH CHECK FAILURES DETECTED/)
  })

  it('asks for approval on a P1 failure with force-start and fails the step', async () => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        command: sample,
        'force-start': 'true',
        reason: 'known flaky integration',
        impact: 'order routing tests are skipped',
        mitigation: 'manual check of the first orders',
        ticket: 'OPS-1234',
        'upload-artifact': 'false',
      },
      env: { SAMPLE_FAIL: 'P1' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      verdict: 'approval-required',
      status: 'p1-failed',
      override: '',
    })
    expect(run.summary).toContain('### Approval requested')
    expect(run.summary).toContain('Approvals needed: 2 distinct reviewer(s)')
    expect(run.summary).toContain('OPS\\-1234')
    const log = await readFile(
      path.join(run.workDir, 'reports/health/operational-log.jsonl'),
      'utf8',
    )
    const events = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(events.map((e) => e.event)).toEqual([
      'HEALTH_CHECK_FAILED',
      'OVERRIDE_FORCE_START_REQUESTED',
      // The record of the files the gate wrote, with their digests.
      'REPORTS_RECORDED',
    ])
    expect(events[1]).toMatchObject({
      mode: 'live',
      operator: 'octocat',
      ticket: 'OPS-1234',
      decision: 'approval-required',
    })
    expect(events[1].runUrl).toBe('https://github.com/acme/rocket/actions/runs/4242/attempts/1')
  })

  it.each([
    [
      'P0 failure',
      { SAMPLE_FAIL: 'P0' },
      sample,
      'p0-failed',
      /P0 HEALTH CHECK FAILURE - LAUNCH ABORTED/,
    ],
    [
      'unknown exit code',
      {},
      `node ${fixture('exit-with.mjs')} 7`,
      'crashed',
      /SMOKE TEST CRASHED/,
    ],
    [
      'missing script',
      {},
      'node scripts/smoke_test_institutional.py',
      'missing',
      /SMOKE TEST NOT FOUND/,
    ],
  ])('hard-aborts on a %s, even with force-start', async (_name, env, command, status, message) => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        command,
        'force-start': 'true',
        impact: 'none expected',
        mitigation: 'watch the first hour',
        'upload-artifact': 'false',
      },
      env,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'abort', status, 'gate-exit-code': '1' })
    expect(run.summary).toMatch(message)
  })

  it('times out, kills the tree and aborts', async () => {
    const run = await runAction({
      inputs: {
        mode: 'paper',
        command: `sh ${fixture('hang-with-stubborn-grandchild.sh')} pid`,
        'timeout-seconds': '1',
        'upload-artifact': 'false',
      },
    })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'timeout' })
    expect(run.summary).toMatch(/SMOKE TEST TIMEOUT - ABORTING LAUNCH/)
  })

  it.each([
    [{ mode: 'staging', command: 'x' }, /Input "mode" must be paper or live, got "staging"/],
    [{ command: 'x' }, /Input "mode" is required/],
    [{ mode: 'live', command: 'x', suite: 'y' }, /Input "command" and input "suite" are exclusive/],
    [{ mode: 'live' }, /Set exactly one of input "command"/],
    [
      { mode: 'live', command: 'x', 'timeout-seconds': 'soon' },
      /Input "timeout-seconds" must be a number/,
    ],
    [
      { mode: 'live', command: 'x', 'force-start': 'yes' },
      /Input "force-start" must be true or false/,
    ],
    [
      { mode: 'live', command: 'x', 'skip-health-check': 'true' },
      /acknowledge.*I UNDERSTAND THE RISKS/,
    ],
  ])('rejects bad inputs %j as invalid and still reports', async (inputs, message) => {
    const run = await runAction({ inputs: { ...inputs, 'upload-artifact': 'false' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      verdict: 'abort',
      status: 'invalid',
      'gate-exit-code': '1',
    })
    expect(unescapeMarkdown(run.summary)).toMatch(message)
    expect(run.summary).toContain('CONFIG VALIDATION FAILED')
    const report = await readFile(
      path.resolve(run.workDir, run.outputs['report-path'] ?? ''),
      'utf8',
    )
    expect(unescapeMarkdown(report)).toMatch(message)
  })

  it('never skips on the input alone', async () => {
    const run = await runAction({
      inputs: {
        mode: 'paper',
        command: sample,
        'skip-health-check': 'true',
        'upload-artifact': 'false',
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      verdict: 'approval-required',
      status: 'skipped',
      override: '',
    })
    expect(run.summary).toContain('HEALTH CHECKS SKIPPED')
  })

  it('keeps annotations within 10 per type, grouping the rest', async () => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        command: `node ${fixture('many-failures.mjs')}`,
        'upload-artifact': 'false',
      },
    })
    expect(run.outputs.status).toBe('p0-failed')
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '))
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning title=Preflight'))
    // Each failed check is annotated at its own level: P0 errors, P1 warnings.
    expect(errors).toHaveLength(10)
    expect(errors.every((e) => !e.includes('integration'))).toBe(true)
    expect(errors[9]).toMatch(/\(grouped\)::6 more \(see the report\): /)
    expect(warnings).toHaveLength(10)
    expect(warnings[9]).toMatch(/\(grouped\)::6 more \(see the report\): P1 integration/)
    expect(warnings[0]).toMatch(/::P1 integration 1: p1 broke 1$/)
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toHaveLength(30)
  })

  it('neutralises hostile suite output in the log, the outputs and the summary', async () => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        command: `node ${fixture('hostile.mjs')}`,
        'upload-artifact': 'false',
      },
    })
    expect(run.outputs.verdict).toBe('abort')
    const stop = /::stop-commands::(preflight-[0-9a-f]{32})\n/.exec(run.stdout)
    expect(stop).not.toBeNull()
    const token = stop?.[1] ?? ''
    const paused = run.stdout.slice(
      run.stdout.indexOf(token),
      run.stdout.lastIndexOf(`::${token}::`),
    )
    expect(paused).toContain('::set-output name=verdict::proceed')
    // The suite's mask is hidden while commands are stopped, then announced where it counts.
    expect(paused).toContain('::add-mask::***')
    expect(paused).not.toContain('secret')
    expect(run.stdout.indexOf('::add-mask::secret')).toBeGreaterThan(
      run.stdout.lastIndexOf(`::${token}::`),
    )
    for (const text of [
      run.summary,
      await readFile(path.resolve(run.workDir, run.outputs['report-path'] ?? ''), 'utf8'),
    ]) {
      expect(text).not.toMatch(/<script|<img/)
      expect(text.includes('\u001b')).toBe(false)
      // Outside verbatim <pre> blocks (raw HTML blocks, never parsed as Markdown) nothing is forged.
      const rendered = text.replace(/<pre><code>[\s\S]*?<\/code><\/pre>/g, '')
      expect(rendered).not.toMatch(/\n\| forged|\n## ✅ ALL TESTS PASSED/)
      expect(text).toContain('| forged | P0 |') // shown, inert, in the output block
      expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
    }
  })
})

describe('sealed and redacted, through the bundled action', () => {
  it('keeps the workflow token and named secrets out of the suite, every file, output and summary', async () => {
    const token = 'ghs_WorkflowTokenThatMustNotLeak0123456789'
    const run = await runAction({
      inputs: {
        mode: 'live',
        command: `node ${fixture('dump-env.mjs')}`,
        'upload-artifact': 'false',
        'github-token': token,
        redact: 'DB_PASSWORD',
      },
      env: {
        ACTIONS_RUNTIME_TOKEN: 'runtime-token-must-not-leak',
        DB_PASSWORD: 'hunter2-correct-horse',
        LATE_SECRET: 'announced-late-secret',
      },
    })
    expect(run.outputs.status).toBe('p1-failed')
    const reportDir = path.dirname(path.resolve(run.workDir, run.outputs['report-path'] ?? ''))
    const { readdir } = await import('node:fs/promises')
    const files = await Promise.all(
      (await readdir(reportDir)).map((f) => readFile(path.join(reportDir, f), 'utf8')),
    )
    const evidence = [...files, run.summary, JSON.stringify(run.outputs)].join('\n')
    for (const secret of [
      token,
      'runtime-token-must-not-leak',
      'hunter2-correct-horse',
      'announced-late-secret',
    ]) {
      expect(evidence).not.toContain(secret)
    }
    // The suite never saw the token or the runtime token at all.
    expect(files.join('\n')).not.toMatch(/INPUT_GITHUB-TOKEN=|ACTIONS_RUNTIME_TOKEN=/)
    // The mask the suite announced inside the paused window is re-announced to the runner.
    expect(run.stdout).toContain('::add-mask::announced-late-secret')
  })
})
