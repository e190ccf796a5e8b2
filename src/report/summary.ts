// The job summary: the verdict in the source document's words (docs/source-document.md), the
// results, what to do next, what reviewers are asked to approve, and the run's metadata.

import { commentRequired, modeOrStrictest } from '../decision.js'
import { formatOpsLogEntry } from '../opslog.js'
import path from 'node:path'
import { codeSpan, markdownCell, markdownText, preformatted, truncateBytes } from '../sanitize.js'
import { approvalLines, evidenceLines, isolationLines, resultsTable } from './markdown.js'
import { ACTION_WORDS, type GateRun, type Provenance } from '../model.js'
import { flakyLines } from './markdown.js'
import { matrixLabel } from '../provenance.js'
import { STATUS_LINE, formatDuration, runBanner } from './messages.js'

/** GitHub refuses a step summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

export interface SummaryLinks {
  reportPath: string
  artifactUrl?: string
}

export function renderSummary(run: GateRun, links: SummaryLinks): string {
  const { outcome, decision } = run
  // The job summary is the action's: its words.
  const banner = runBanner(run, ACTION_WORDS)
  const lines = [`## ${banner.title}`, '']
  for (const line of banner.lines.filter((l) => l.trim() !== ''))
    lines.push(`> ${markdownText(line.trim(), 1000)}`)
  lines.push(
    '',
    `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${STATUS_LINE[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`,
    '',
    ...resultsTable(run),
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...evidenceLines(run, '###', false),
  )
  if (outcome.notes.length > 0) {
    lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${markdownCell(n, 4000)}`))
  }
  lines.push(...flakyLines(run, '###'))
  const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation)
  if (failed.length > 0) {
    lines.push(
      '',
      '### Remediation',
      ...failed.map(
        (c) => `- **${markdownCell(c.name)}**: ${markdownCell(c.remediation ?? '', 2000)}`,
      ),
    )
  }
  if (decision.verdict === 'approval-required') lines.push('', ...approvalRequest(run))
  if (run.approval) lines.push('', '### Approval', ...approvalLines(run))
  lines.push(...isolationLines(run, '###'))
  if (banner.nextSteps.length > 0) {
    lines.push(
      '',
      '### What to do next',
      ...banner.nextSteps.map((s, i) => `${i + 1}. ${markdownText(s, 1000)}`),
    )
  }
  if (outcome.outputTail !== '' && outcome.status !== 'passed') {
    lines.push(
      '',
      '<details><summary>Suite output (end)</summary>',
      '',
      preformatted(outcome.outputTail.slice(-16 * 1024)),
      '',
      '</details>',
    )
  }
  if (run.opsLog.length > 0) {
    lines.push(
      '',
      '### Operational log',
      '',
      preformatted(run.opsLog.map(formatOpsLogEntry).join('\n\n')),
    )
  }
  lines.push(
    '',
    '### Run',
    `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${markdownCell(run.subset ?? 'unknown')} · duration: ${formatDuration(outcome.durationMs)}`,
    `- Suite: ${markdownCell(run.source)}`,
    `- Operator: ${markdownCell(run.operator)}`,
    `- Report: ${codeSpan(links.reportPath)}`,
  )
  if (run.provenance) lines.push(...provenanceLines(run.provenance))
  if (links.artifactUrl) lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`)
  for (const report of outcome.suiteReports ?? []) {
    const name = codeSpan(path.basename(report))
    lines.push(
      `- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`,
    )
  }
  if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
    lines.push(`- Appended to the command: ${codeSpan(outcome.appendedArgs.join(' '))}`)
  }
  if (run.runUrl) lines.push(`- Run: ${encodeURI(run.runUrl)}`)
  return lines.join('\n') + '\n'
}

/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p: Provenance): string[] {
  const value = (v: string) => (v ? markdownCell(v) : '_unknown_')
  const lines = [
    `- Host: ${value(p.host)} · runner: ${value(p.runnerName)}`,
    `- Commit: ${value(p.sha)} · ref: ${value(p.ref)} · repository: ${value(p.repository)}`,
    `- Workflow: ${value(p.workflow)} · job: ${value(p.job)} · run ${value(p.runId)} attempt ${value(p.runAttempt)}`,
  ]
  if (p.matrix) lines.push(`- Matrix: ${value(matrixLabel(p.matrix))}`)
  return lines
}

/** Exactly what reviewers are asked to approve. */
function approvalRequest(run: GateRun): string[] {
  const override = run.decision.requestedOverride
  const lines = ['### Approval requested', '']
  lines.push(`- Override: \`${override}\` in ${run.mode?.toUpperCase()} mode`)
  if (override === 'force-start') {
    const p1 = run.outcome.checks.filter((c) => c.status === 'failed' && c.level === 'P1')
    if (p1.length === 0)
      lines.push('- Failed P1 checks: the suite exited 2 without per-check results')
    for (const c of p1)
      lines.push(`- Failed P1 check **${markdownCell(c.name)}**: ${markdownCell(c.message)}`)
  }
  lines.push(
    `- Reason: ${run.reason ? markdownCell(run.reason, 2000) : '_none given_'}`,
    `- Ticket: ${run.ticket ? markdownCell(run.ticket) : '_none given_'}`,
    ...(override === 'force-start'
      ? [
          `- Expected impact: ${run.impact ? markdownCell(run.impact, 2000) : '_none given_'}`,
          `- Mitigation plan: ${run.mitigation ? markdownCell(run.mitigation, 2000) : '_none given_'}`,
        ]
      : []),
    `- Requested by: ${markdownCell(run.operator)}`,
    `- Approve in environment: ${run.approvalEnvironment ? `\`${markdownCell(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`,
    `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${override && commentRequired(modeOrStrictest(run.mode), override) ? ', each with a comment' : ''}`,
  )
  return lines
}

/**
 * Cuts a summary that would pass GitHub's limit: keeps its head (verdict, table start) and
 * points to where the whole report is.
 */
export function fitSummary(
  markdown: string,
  links: SummaryLinks,
  limitBytes = SUMMARY_LIMIT_BYTES,
): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown
  const where = links.artifactUrl
    ? `the [report artifact](${encodeURI(links.artifactUrl)})`
    : codeSpan(links.reportPath)
  const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`
  const head = truncateBytes(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64)
  // Close an HTML block left open by the cut, so the note renders.
  const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length
  return head + (open > 0 ? '</code></pre>' : '') + note
}
