// The source document's report: reports/health/SMOKE_TEST_INSTITUTIONAL_<timestamp>.md
// (docs/source-document.md, "Reporting").

import path from 'node:path'
import type { CheckResult, GateRun } from '../model.js'
import { gateExitMeaning } from '../decision.js'
import { formatOpsLogEntry, logTimestamp } from '../opslog.js'
import { codeSpan, markdownCell, preformatted } from '../sanitize.js'
import { STATUS_LINE, flakyCheckNames, formatDuration } from './messages.js'

export const REPORT_TITLE = 'Institutional Smoke Test Report'

/**
 * The first line of every Markdown report the gate reserves and writes (invisible when rendered):
 * it tells the gate's reports from those a suite writes in the same directory, also while
 * another gate run there is still writing its own (isGateFile in files.ts).
 */
export const GATE_REPORT_MARKER = '<!-- preflight-gate report -->'

const CHECK_MARK: Record<CheckResult['status'], string> = { passed: '✓', failed: '✗', skipped: '–' }

export function renderMarkdownReport(run: GateRun): string {
  const { outcome, decision } = run
  const lines = [
    GATE_REPORT_MARKER,
    `# ${REPORT_TITLE}`,
    '',
    `**Date**: ${logTimestamp(run.startedAt)}`,
    `**Mode**: ${run.mode?.toUpperCase() ?? 'UNKNOWN'}`,
    `**Status**: ${STATUS_LINE[outcome.status]}`,
    `**Exit Code**: ${decision.gateExitCode} (${gateExitMeaning(decision.gateExitCode)})`,
    `**Suite Exit Code**: ${outcome.exitCode ?? (outcome.signal ? `none (signal ${outcome.signal})` : 'none')}`,
    `**Duration**: ${(outcome.durationMs / 1000).toFixed(2)}s`,
    `**Verdict**: ${decision.verdict.toUpperCase()}${decision.grantedOverride ? ` (override: ${decision.grantedOverride})` : ''}`,
    `**Subset**: ${markdownCell(run.subset ?? 'unknown')}`,
    `**Suite**: ${markdownCell(run.source)}`,
    ...(outcome.appendedArgs && outcome.appendedArgs.length > 0
      ? [`**Appended Arguments**: ${codeSpan(outcome.appendedArgs.join(' '))}`]
      : []),
    '',
    '## Test Results',
    ...resultsTable(run),
    ...evidenceLines(run),
  ]
  if (outcome.notes.length > 0) {
    lines.push('', '## Notes', ...outcome.notes.map((n) => `- ${markdownCell(n, 4000)}`))
  }
  lines.push(...flakyLines(run, '##'))
  const failed = outcome.checks.filter((c) => c.status === 'failed')
  if (failed.length > 0) {
    lines.push('', '## Failed Checks')
    for (const check of failed) {
      lines.push(
        '',
        `### ${markdownCell(check.name)} (${check.level})`,
        '',
        markdownCell(check.message, 4000),
      )
      if (check.remediation)
        lines.push('', `**Remediation**: ${markdownCell(check.remediation, 4000)}`)
      if (check.output) lines.push('', preformatted(check.output))
    }
  }
  if (outcome.outputTail !== '' && outcome.status !== 'passed') {
    lines.push(
      '',
      `## Suite Output${outcome.outputTruncated ? ' (last part only)' : ''}`,
      '',
      preformatted(outcome.outputTail),
    )
  }
  if (run.approval) {
    lines.push('', '## Approval', ...approvalLines(run))
  }
  lines.push(...isolationLines(run, '##'))
  if (run.opsLog.length > 0) {
    lines.push(
      '',
      '## Operational Log',
      '',
      preformatted(run.opsLog.map(formatOpsLogEntry).join('\n\n')),
    )
  }
  return lines.join('\n') + '\n'
}

/** What a suite can do when it runs without isolation (the report says it for `none`). */
export const NONE_EXPOSURE =
  'the suite ran as the gate’s user in the gate’s namespaces: it could see and signal every process of that user (the gate included), read their /proc entries (environments, command lines), write the runner’s file commands and the report directory, and start daemons that only the gate’s process tracking finds'

/** How the suite was contained: the isolation used and, without it, why and what that allowed. */
export function isolationLines(run: GateRun, heading: string): string[] {
  const isolation = run.isolation
  if (!isolation) return []
  const via = {
    root: 'as root',
    'user-namespace': 'through a user namespace',
    sudo: 'through sudo',
  }
  const lines = ['', `${heading} Isolation`, '']
  if (isolation.used === 'pid') {
    lines.push(
      `- Suite isolation: \`pid\` (requested \`${isolation.requested}\`, ${isolation.via ? via[isolation.via] : 'unknown way'}): the suite ran in its own PID and mount namespace, saw only its own processes, not the gate’s /proc entries nor the runner’s file commands, and nothing it started outlived it.`,
    )
  } else {
    lines.push(
      `- Suite isolation: \`none\` (requested \`${isolation.requested}\`): ${markdownCell(isolation.reason ?? 'no reason given', 2000)}.`,
      `- Without isolation ${NONE_EXPOSURE}.`,
    )
  }
  const secrets = run.secrets
  if (secrets?.mechanism === 'execve') {
    lines.push(
      `- Secrets: the gate re-executed itself with an environment free of them before the suite started${secrets.withheld.length > 0 ? ` (${secrets.withheld.map((n) => codeSpan(n)).join(', ')})` : ''}; they came back over a channel closed before the suite ran.${secrets.note ? ` ${markdownCell(secrets.note, 2000)}.` : ''}`,
    )
  } else if (secrets) {
    lines.push(
      `- Secrets: ${markdownCell(secrets.note ?? 'not re-executed', 2000)}${isolation.used === 'pid' ? '; under pid isolation the suite cannot see the gate’s /proc entries' : ''}.`,
    )
  }
  return lines
}

export function resultsTable(run: GateRun): string[] {
  const { outcome } = run
  const header = [
    '| Test | Level | Status | Duration | Message |',
    '|------|-------|--------|----------|---------|',
  ]
  if (outcome.checks.length === 0) {
    const summary = outcome.notes[0] ?? STATUS_LINE[outcome.status]
    return [
      ...header,
      `| Smoke suite | ${suiteLevel(run)} | ${outcome.status === 'passed' ? '✓' : outcome.status === 'skipped' ? '–' : '✗'} | ${formatDuration(outcome.durationMs)} | ${markdownCell(summary)} |`,
    ]
  }
  return [
    ...header,
    ...outcome.checks.map(
      (c) =>
        `| ${markdownCell(c.name, 200)} | ${c.level} | ${CHECK_MARK[c.status]} | ${formatDuration(c.durationMs)} | ${markdownCell(c.message)} |`,
    ),
  ]
}

/** Where the results came from, the suite's own reports, and tests that declared no level. */
export function evidenceLines(run: GateRun, heading = '##', withSuiteReports = true): string[] {
  const { evidenceFiles = [], suiteReports = [], unmappedChecks = [] } = run.outcome
  const lines: string[] = []
  if (evidenceFiles.length > 0) {
    lines.push('', `**Results read from**: ${evidenceFiles.map((f) => codeSpan(f)).join(', ')}`)
  }
  if (withSuiteReports && suiteReports.length > 0) {
    lines.push(
      '',
      `${heading} Suite Reports`,
      '',
      'Written by the suite itself in the report directory during this run (kept, and in the artifact):',
      ...suiteReports.map((f) => `- ${codeSpan(path.basename(f))}`),
    )
  }
  if (unmappedChecks.length > 0) {
    lines.push(
      '',
      `${heading} Unmapped Tests (counted as P0)`,
      '',
      'No level property, no level-map rule and no p0/p1/p2 word in the name:',
      ...unmappedChecks.slice(0, 50).map((n) => `- ${markdownCell(n, 200)}`),
      ...(unmappedChecks.length > 50 ? [`- … and ${unmappedChecks.length - 50} more`] : []),
    )
  }
  return lines
}

function suiteLevel(run: GateRun): string {
  switch (run.outcome.status) {
    case 'p1-failed':
      return 'P1'
    case 'p2-warned':
      return 'P2'
    default:
      return 'P0'
  }
}

/** Checks that passed only after retries: passed, but counted and named as flaky. */
export function flakyLines(run: GateRun, heading: string): string[] {
  const flaky = flakyCheckNames(run.outcome)
  if (flaky.length === 0) return []
  return [
    '',
    `${heading} Flaky Checks (${flaky.length})`,
    '',
    'Passed only after retries; a check that must pass at once can say `flaky: fail`.',
    ...flaky.map((name) => `- ${markdownCell(name)}`),
  ]
}

export function approvalLines(run: GateRun): string[] {
  const approval = run.approval
  if (!approval) return []
  const lines = [
    '',
    `- Environment: ${markdownCell(approval.environment)}`,
    `- Approvals required: ${approval.requiredApprovals}`,
    `- Result: ${approval.granted ? '✅ granted' : '❌ refused'}`,
  ]
  for (const a of approval.approvers) {
    lines.push(
      `- Approved by ${markdownCell(a.login)}${a.comment ? `: “${markdownCell(a.comment)}”` : ''}`,
    )
  }
  for (const r of approval.refusals) lines.push(`- Refused: ${markdownCell(r, 2000)}`)
  for (const w of approval.warnings) lines.push(`- Warning: ${markdownCell(w, 2000)}`)
  return lines
}
