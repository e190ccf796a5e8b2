// Generated hostile names, messages and outputs through every renderer: each output still
// parses (one Markdown table row per check, valid XML, valid JSON) and carries no raw secret.
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { decide } from '../src/decision.js'
import type { CheckResult, GateRun } from '../src/model.js'
import { opsLogEntry } from '../src/opslog.js'
import { Redactor } from '../src/redact.js'
import { renderJsonReport } from '../src/report/json.js'
import { renderJunitReport } from '../src/report/junit.js'
import { renderMarkdownReport } from '../src/report/markdown.js'
import { renderSummary } from '../src/report/summary.js'

const SECRET = 's3cr3t-Value-42'

// Pieces attackers and accidents bring: Markdown, HTML, workflow commands, ANSI, XML-forbidden
// characters, line breaks, and the secret itself.
const hostile = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '|',
        '\n',
        '\r\n',
        '`',
        '```',
        '<script>alert(1)</script>',
        '</code></pre>',
        '<details>',
        '## ✅ ALL TESTS PASSED',
        '[x](javascript:alert(1))',
        '@org/team',
        '::set-output name=verdict::proceed',
        '::add-mask::x',
        '\u001b[31m',
        '\uFFFE',
        '\uD800',
        '\u0000',
        '&#39;',
        "'",
        SECRET,
      ),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''))

const check: fc.Arbitrary<CheckResult> = fc.record({
  name: hostile,
  level: fc.constantFrom('P0', 'P1', 'P2'),
  status: fc.constantFrom('passed', 'failed', 'skipped'),
  durationMs: fc.nat(100_000),
  message: hostile,
  remediation: fc.option(hostile, { nil: undefined }),
  output: fc.option(hostile, { nil: undefined }),
})

function gateRun(checks: CheckResult[], tail: string, reason: string): GateRun {
  const decision = decide({
    mode: 'live',
    status: 'p1-failed',
    forceStart: false,
    approvalVerified: false,
  })
  const outcome = {
    status: 'p1-failed' as const,
    exitCode: 2,
    signal: null,
    durationMs: 12,
    checks,
    notes: [tail],
    outputTail: tail,
    outputTruncated: false,
  }
  const run: GateRun = {
    mode: 'live',
    subset: 'full',
    source: `node ${tail}`,
    startedAt: new Date('2026-01-01T00:00:00Z'),
    outcome,
    decision,
    approval: null,
    upload: null,
    opsLog: [],
    operator: 'octocat',
    runUrl: 'https://github.com/acme/rocket/actions/runs/1',
    reason,
    ticket: reason,
    impact: reason,
    mitigation: reason,
    approvalEnvironment: '',
    requiredApprovals: 0,
  }
  return run
}

/** Rows of the "Test | Level | ..." table: every line after the separator up to a blank line. */
function tableRows(markdown: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.startsWith('|------|'))
  const rows: string[] = []
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i++) rows.push(lines[i] ?? '')
  return rows
}

/** Pipes that are not escaped (preceded by an even number of backslashes). */
function cellBorders(row: string): number {
  let borders = 0
  let backslashes = 0
  for (const c of row) {
    if (c === '|' && backslashes % 2 === 0) borders++
    backslashes = c === '\\' ? backslashes + 1 : 0
  }
  return borders
}

describe('renderers under hostile input', () => {
  it('keep every format well-formed and free of the secret', () => {
    fc.assert(
      fc.property(
        fc.array(check, { minLength: 1, maxLength: 12 }),
        hostile,
        hostile,
        (checks, tail, reason) => {
          // As the engine and the action do: redact the run and the links, then render.
          const redactor = new Redactor([SECRET])
          const run = redactor.redactRun(gateRun(checks, tail, reason))
          run.opsLog = [
            opsLogEntry(
              {
                ...run,
                status: 'p1-failed',
                exitCode: 2,
                failures: run.outcome.checks.map((c) => c.name),
                approvers: [],
              },
              run.startedAt,
              'HEALTH_CHECK_FAILED',
              run.outcome.outputTail,
            ),
          ]
          const markdown = renderMarkdownReport(run)
          const summary = renderSummary(
            run,
            redactor.redactDeep({ reportPath: `reports/${tail}.md` }),
          )
          const junit = renderJunitReport(run)
          const json = renderJsonReport(run)

          for (const text of [markdown, summary, junit, json]) expect(text).not.toContain(SECRET)
          expect(XMLValidator.validate(junit)).toBe(true)
          // The report path is a code span whose fence no backtick run inside can close.
          const report = /^- Report: (`+)(.*)\1$/m.exec(summary)
          const fence = report?.[1] ?? ''
          expect(fence.length).toBeGreaterThan(0)
          const runs = (report?.[2] ?? '').match(/`+/g) ?? []
          expect(runs.every((r) => r.length !== fence.length)).toBe(true)
          expect(JSON.parse(json).checks).toHaveLength(checks.length)
          for (const text of [markdown, summary]) {
            const rows = tableRows(text)
            expect(rows).toHaveLength(checks.length)
            // Six cell borders a row: no pipe in a name or message opens another cell.
            for (const row of rows) expect(cellBorders(row)).toBe(6)
            expect(text).not.toContain('\u001b')
            // Outside verbatim blocks nothing becomes HTML, a heading or a workflow command.
            const rendered = text
              .replace(/<pre><code>[\s\S]*?<\/code><\/pre>/g, '')
              .replace(/^- Report: .*$/m, '')
            expect(rendered).not.toMatch(/<script|<details>(?!<summary>)|\n## ✅|^::set-output/m)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
