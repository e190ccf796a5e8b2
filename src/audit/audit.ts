// `preflight audit` as one function the CLI and the audit action share: wiring, approval setup,
// history and the drill, each behind what the caller hands in (files, a GitHub client, a drill),
// then the report (Markdown and JSON) and the AUDIT_COMPLETED log entry.

import { mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { GitHubClient } from '../approval/verify.js'
import { MODES } from '../model.js'
import { appendOpsLog, opsLogEntry } from '../opslog.js'
import { decide, modeOrStrictest } from '../decision.js'
import { writeRegularFile } from '../safe-file.js'
import { markdownCell } from '../sanitize.js'
import { atOrAbove, SEVERITIES, type Finding, type Severity, finding } from './findings.js'
import { auditHistory } from './history.js'
import { auditSetup } from './setup.js'
import { auditWorkflows, type WorkflowFile } from './workflows.js'

export const DEFAULT_WORKFLOWS_DIR = '.github/workflows'

export interface AuditRequest {
  /** Where the workflows are; findings name them relative to `root`. */
  workflowsDir: string
  root: string
  deployPatterns?: readonly string[]
  /** With it, the history is checked. */
  historyDir: string | null
  repository: { owner: string; repo: string } | null
  /** null: no token (the approval setup is reported as unchecked). */
  github: GitHubClient | null
  /** The drill's findings and what it found out about this host; null without --drill. */
  drill: (() => Promise<DrillOutcome>) | null
  now: Date
}

export interface DrillOutcome {
  findings: Finding[]
  /** One line per path and host check: "pass: proceed, exit 0, no log entry — ok". */
  lines: string[]
}

export type SectionState = 'checked' | `skipped: ${string}`

export interface AuditResult {
  at: string
  repository: string | null
  sections: {
    wiring: SectionState
    approvals: SectionState
    history: SectionState
    drill: SectionState
  }
  findings: Finding[]
  counts: Record<Severity, number>
  drill: string[]
}

export async function runAudit(request: AuditRequest): Promise<AuditResult> {
  const findings: Finding[] = []
  const files = await readWorkflowFiles(request.workflowsDir, request.root)
  const wiring = await auditWorkflows(files, request.deployPatterns)
  findings.push(...wiring.findings)
  if (wiring.gateSteps === 0) {
    findings.push(
      finding(
        'no-gate',
        path.relative(request.root, request.workflowsDir) || '.',
        `No workflow in ${path.relative(request.root, request.workflowsDir) || '.'} uses the gate action.`,
      ),
    )
  }

  let approvals: SectionState = 'checked'
  if (!request.repository || !request.github) {
    approvals = `skipped: ${!request.repository ? 'no repository (--repo OWNER/NAME)' : 'no token (GITHUB_TOKEN or GH_TOKEN)'}`
    findings.push(
      finding(
        'approval-setup-unchecked',
        'GitHub',
        `Not checked: ${approvals.replace('skipped: ', '')}.`,
      ),
    )
  } else {
    findings.push(
      ...(await auditSetup({
        client: request.github,
        ...request.repository,
        modes: wiring.modes.length > 0 ? wiring.modes : MODES,
        suiteFiles: wiring.suiteFiles,
      })),
    )
  }

  let history: SectionState = 'skipped: no --report-dir'
  if (request.historyDir !== null) {
    findings.push(...(await auditHistory(request.historyDir, request.now)))
    history = 'checked'
  }

  let drill: DrillOutcome | null = null
  if (request.drill) {
    drill = await request.drill()
    findings.push(...drill.findings)
  }
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>
  return {
    at: request.now.toISOString(),
    repository: request.repository
      ? `${request.repository.owner}/${request.repository.repo}`
      : null,
    sections: {
      wiring: files.length > 0 ? 'checked' : `skipped: no workflow files`,
      approvals,
      history,
      drill: drill ? 'checked' : 'skipped: no --drill',
    },
    findings,
    counts,
    drill: drill?.lines ?? [],
  }
}

/** `.yml`/`.yaml` files of the directory (not recursive, as GitHub reads them), sorted. */
async function readWorkflowFiles(dir: string, root: string): Promise<WorkflowFile[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const files: WorkflowFile[] = []
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const full = path.join(dir, name)
    files.push({ path: path.relative(root, full) || name, content: await readFile(full, 'utf8') })
  }
  return files
}

export function failsAt(result: AuditResult, threshold: Severity): Finding[] {
  return result.findings.filter((f) => atOrAbove(f.severity, threshold))
}

export function renderAuditJson(result: AuditResult): string {
  return JSON.stringify(result, null, 2) + '\n'
}

export function renderAuditMarkdown(result: AuditResult, threshold: Severity): string {
  const failing = failsAt(result, threshold).length
  const lines = [
    `# Preflight audit — ${result.repository ?? 'local'}`,
    '',
    `**Date:** ${result.at}  `,
    `**Result:** ${failing === 0 ? 'PASSED' : 'FAILED'} (${failing} finding(s) at or above ${threshold}; high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low})`,
    '',
    '| Part | State |',
    '| --- | --- |',
    ...Object.entries(result.sections).map(
      ([part, state]) => `| ${part} | ${markdownCell(state)} |`,
    ),
    '',
  ]
  if (result.findings.length > 0) {
    lines.push('| Id | Severity | Location | Finding | Fix |', '| --- | --- | --- | --- | --- |')
    for (const f of result.findings) {
      lines.push(
        `| \`${f.id}\` | ${f.severity} | ${markdownCell(f.location)} | ${markdownCell(f.message)} | ${markdownCell(f.fix)} |`,
      )
    }
    lines.push('', 'Each id is explained in docs/audit.md.', '')
  } else {
    lines.push('No findings.', '')
  }
  if (result.drill.length > 0) {
    lines.push('## Drill', '', ...result.drill.map((l) => `- ${markdownCell(l)}`), '')
  }
  return lines.join('\n')
}

/** `AUDIT_20261203_045901` in UTC. */
export function auditBaseName(at: Date): string {
  return `AUDIT_${at
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '_')}`
}

/** Writes AUDIT_<timestamp>.md and .json and appends the AUDIT_COMPLETED entry. */
export async function recordAudit(
  result: AuditResult,
  dir: string,
  context: { threshold: Severity; operator: string; runUrl: string },
): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true })
  const base = path.join(dir, auditBaseName(new Date(result.at)))
  const paths = { markdown: `${base}.md`, json: `${base}.json` }
  await writeRegularFile(paths.markdown, renderAuditMarkdown(result, context.threshold))
  await writeRegularFile(paths.json, renderAuditJson(result))
  const failing = failsAt(result, context.threshold)
  // A setup with findings at the threshold is an invalid configuration in the table's words.
  const status = failing.length === 0 ? 'passed' : 'invalid'
  await appendOpsLog(dir, [
    opsLogEntry(
      {
        mode: null,
        status,
        exitCode: null,
        decision: decide({
          mode: modeOrStrictest(null),
          status,
          forceStart: false,
          approvalVerified: false,
        }),
        failures: failing.map((f) => `${f.id} at ${f.location}`),
        operator: context.operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl: context.runUrl,
      },
      new Date(result.at),
      'AUDIT_COMPLETED',
      `Audit: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low} (fails at ${context.threshold}); report ${path.basename(paths.markdown)}.`,
    ),
  ])
  return paths
}
