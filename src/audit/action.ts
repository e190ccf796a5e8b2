// The audit action (audit/action.yml): `preflight audit` in a workflow, with the same checks and
// records as the CLI; the drill runs the CLI's own gate on this runner.

import path from 'node:path'
import type { ActionIo } from '../action/io.js'
import { setOutputs } from '../action/io.js'
import { auditAndRecord } from '../cli/audit.js'
import { main } from '../cli/main.js'
import { SEVERITIES, type Severity } from './findings.js'
import { failsAt, renderAuditMarkdown } from './audit.js'

export const AUDIT_INPUTS = ['github-token', 'fail-on', 'drill', 'report-dir'] as const
/** The audit action's outputs, as in audit/action.yml. */
export const AUDIT_OUTPUTS = ['findings', 'high', 'report-path'] as const
type AuditOutputs = Record<(typeof AUDIT_OUTPUTS)[number], string>

const MAX_FINDINGS_OUTPUT = 100

export async function runAuditAction(
  env: NodeJS.ProcessEnv,
  deps: { io: ActionIo; signal?: AbortSignal },
): Promise<void> {
  const { io } = deps
  const failOn = io.getInput('fail-on') || 'high'
  const drill = io.getInput('drill') || 'false'
  setOutputs<keyof AuditOutputs>(io, { findings: '[]', high: '0', 'report-path': '' })
  const errors = [
    ...((SEVERITIES as readonly string[]).includes(failOn)
      ? []
      : [`fail-on must be high, medium or low, got "${failOn}".`]),
    ...(drill === 'true' || drill === 'false'
      ? []
      : [`drill must be true or false, got "${drill}".`]),
  ]
  if (errors.length > 0) {
    io.setFailed(`Audit not run: invalid inputs.\n${errors.join('\n')}`)
    return
  }
  const token = io.getInput('github-token')
  if (token) io.setSecret(token)
  // The audit reads the token as the CLI does; nothing else of the job's environment changes.
  const { GH_TOKEN: _ignored, ...rest } = env
  const auditEnv = { ...rest, GITHUB_TOKEN: token }
  // Paths are the workspace's, as the gate's report-dir is.
  const workspace = env.GITHUB_WORKSPACE || '.'
  const { result, paths } = await auditAndRecord(
    {
      repo: env.GITHUB_REPOSITORY,
      workflows: path.join(workspace, '.github', 'workflows'),
      reportDir: path.resolve(workspace, io.getInput('report-dir') || 'reports/health'),
      drill: drill === 'true',
      failOn: failOn as Severity,
    },
    { env: auditEnv, signal: deps.signal },
    main,
  )
  const failing = failsAt(result, failOn as Severity)
  setOutputs<keyof AuditOutputs>(io, {
    findings: JSON.stringify(result.findings.slice(0, MAX_FINDINGS_OUTPUT)),
    high: String(result.counts.high),
    'report-path': paths.markdown,
  })
  await io.writeSummary(renderAuditMarkdown(result, failOn as Severity))
  for (const f of result.findings) {
    const text = `${f.id} (${f.severity}) at ${f.location}: ${f.message} Fix: ${f.fix}`
    if (f.severity === 'high') io.error(text, { title: `Preflight audit: ${f.id}` })
    else io.warning(text, { title: `Preflight audit: ${f.id}` })
  }
  if (failing.length > 0) {
    io.setFailed(
      `Preflight audit: ${failing.length} finding(s) at or above ${failOn} (high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}); see ${paths.markdown}.`,
    )
  } else {
    io.info(
      `Preflight audit passed: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}.`,
    )
  }
}
