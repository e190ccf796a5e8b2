// The action: reads the inputs, runs the engine, then publishes the verdict (log, annotations,
// outputs, job summary) and fails the step on every verdict but `proceed`.

import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { stepFails } from './decision.js'
import {
  runGate,
  type ApprovalRequest,
  type GateContext,
  type GateResult,
  type UploadRequest,
} from './engine.js'
import { verifyGateOverride } from './approval/flow.js'
import { createGitHubClient, runRefFromEnv, runUrlFromEnv } from './approval/github.js'
import { commentOpsLog } from './approval/publish.js'
import { consoleBanner } from './messages.js'
import type { GateRun } from './report/model.js'
import { fitSummary, renderSummary } from './report/summary.js'
import { withWorkflowCommandsStopped } from './sanitize.js'
import { INPUT_NAMES, parseUploadSettings, type RawInputs } from './settings.js'
import {
  artifactRuntimeAvailable,
  defaultArtifactName,
  uploadReportArtifact,
  uploadTimeoutMs,
} from './artifact/upload.js'
import {
  PENDING_UPLOAD_STATE,
  UPLOAD_STATE,
  type PendingUpload,
  type UploadState,
} from './artifact/state.js'
import { reportFiles } from './report/files.js'
import type { ApprovalCheck, UploadOutcome } from './report/model.js'

/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10

export function readActionInputs(): RawInputs {
  const raw: RawInputs = {}
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
  // Not set at all (no action.yml default applied): the default; set empty: append nothing.
  if (process.env['INPUT_SUBSET-ARGS'] === undefined) delete raw['subset-args']
  // `mode` is required: an empty value is reported as missing, not as a wrong value.
  if (raw.mode === '') delete raw.mode
  return raw
}

export function actionContext(env: NodeJS.ProcessEnv = process.env): Omit<GateContext, 'now'> {
  const runUrl = runUrlFromEnv(env)
  return {
    operator: env.GITHUB_ACTOR || os.userInfo().username,
    runUrl,
    env,
    echo: process.stdout,
    aroundSuiteOutput: (body) =>
      core.group('Smoke suite output', () => withWorkflowCommandsStopped(process.stdout, body)),
  }
}

export async function run(): Promise<void> {
  let result: GateResult | null = null
  try {
    const raw = readActionInputs()
    const context = actionContext()
    result = await runGate(raw, {
      ...context,
      now: () => new Date(),
      onReportPaths: (paths, settings, mode) => {
        const upload = settings ?? parseUploadSettings(raw)
        const pending: PendingUpload = {
          rootDirectory: path.dirname(paths.markdown),
          files: reportFiles(paths),
          markdown: paths.markdown,
          runOpsLog: paths.runOpsLog,
          opsLog: paths.opsLog,
          name: upload.artifactName || defaultArtifactName(mode, process.env),
          retentionDays: upload.retentionDays,
          mode,
          operator: context.operator,
          runUrl: context.runUrl,
        }
        core.saveState(PENDING_UPLOAD_STATE, JSON.stringify(pending))
      },
      uploadReports: (request) => uploadReports(request, raw),
      verifyApproval: (request) => verifyInline(request, context.runUrl),
    })
    publish(result)
    await commentOnTrackingIssue(result)
  } catch (error) {
    // The gate itself failed: fail closed.
    core.setOutput('verdict', 'abort')
    core.setOutput('status', 'crashed')
    core.setOutput('gate-exit-code', '1')
    core.setFailed(
      `❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED: ${(error as Error).message}. The gate could not complete, so the launch is blocked; fix the cause and re-run.`,
    )
  } finally {
    await writeSummary(result)
  }
}

/** The action's upload policy: on unless turned off, skipped outside Actions, bounded in time. */
async function uploadReports(request: UploadRequest, raw: RawInputs): Promise<UploadOutcome> {
  const upload = request.settings ?? parseUploadSettings(raw)
  const skip = (reason: string): UploadOutcome => {
    core.saveState(UPLOAD_STATE, 'skipped' satisfies UploadState)
    return { kind: 'skipped', reason }
  }
  if (!upload.uploadArtifact) return skip('upload-artifact is false')
  if (!artifactRuntimeAvailable(process.env)) {
    core.notice(
      'Report artifact not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset, as outside GitHub Actions).',
    )
    return skip('no artifact service outside GitHub Actions')
  }
  const name = upload.artifactName || defaultArtifactName(request.mode, process.env)
  try {
    const artifact = await uploadReportArtifact({
      files: request.files,
      rootDirectory: request.rootDirectory,
      name,
      retentionDays: upload.retentionDays,
      timeoutMs: uploadTimeoutMs(process.env),
    })
    core.saveState(UPLOAD_STATE, 'uploaded' satisfies UploadState)
    return { kind: 'uploaded', name, ...artifact }
  } catch (error) {
    core.saveState(UPLOAD_STATE, 'failed' satisfies UploadState)
    return { kind: 'failed', name, error: (error as Error).message }
  }
}

/** Single-job flow: this job is bound to the approval environment; verify its approvals now. */
async function verifyInline(request: ApprovalRequest, runUrl: string): Promise<ApprovalCheck> {
  const decision = await verifyGateOverride(request, runUrl, process.env)
  if (decision.ticketUrl) core.info(`Follow-up ticket: ${decision.ticketUrl}`)
  for (const warning of decision.warnings) core.warning(warning)
  return decision
}

/** With ops-log-issue, every entry of this run also goes to the tracking issue. */
async function commentOnTrackingIssue({ run, settings }: GateResult): Promise<void> {
  if (!settings?.opsLogIssue || run.opsLog.length === 0) return
  try {
    const client = await createGitHubClient(settings.githubToken)
    await commentOpsLog(client, runRefFromEnv(), settings.opsLogIssue, run.opsLog)
  } catch (error) {
    core.warning(
      `Operational log not posted to issue #${settings.opsLogIssue}: ${(error as Error).message} (it is in the report directory and this summary).`,
    )
  }
}

function publish({ run, paths }: GateResult): void {
  const { outcome, decision } = run
  const text = consoleBanner(run.banner, paths.markdown)
  if (run.banner.severity === 'info') core.info(text)
  else if (run.banner.severity === 'warning') core.warning(text, { title: run.banner.title })
  else core.info(text)
  annotate(run)

  core.setOutput('verdict', decision.verdict)
  core.setOutput('status', outcome.status)
  core.setOutput('exit-code', outcome.exitCode === null ? '' : String(outcome.exitCode))
  core.setOutput('gate-exit-code', String(decision.gateExitCode))
  core.setOutput('override', decision.grantedOverride ?? '')
  core.setOutput('report-path', paths.markdown)
  core.setOutput('report-json-path', paths.json)
  core.setOutput('junit-path', paths.junit)
  core.setOutput('artifact-id', run.upload?.kind === 'uploaded' ? String(run.upload.id) : '')
  core.setOutput('artifact-url', run.upload?.kind === 'uploaded' ? run.upload.url : '')
  if (run.upload?.kind === 'failed')
    core.warning(run.outcome.notes[run.outcome.notes.length - 1] ?? run.upload.error)
  core.setOutput(
    'failed-checks',
    JSON.stringify(
      outcome.checks
        .filter((c) => c.status === 'failed')
        .map((c) => ({ name: c.name, level: c.level, message: c.message })),
    ),
  )

  if (stepFails(decision)) {
    core.setFailed(`${text}\n${outcome.notes.join('\n')}`.trim())
  }
}

/**
 * Each failed check by its own level, whatever the verdict: P0 an error, P1/P2 a warning. A
 * failure without per-check results is an error on a hard abort. At most 10 of each type.
 */
function annotate(run: GateRun): void {
  const { outcome, decision } = run
  const failed = outcome.checks.filter((c) => c.status === 'failed')
  const errors: string[] = []
  const warnings: string[] = []
  for (const check of failed) {
    const line = `${check.level} ${check.name}: ${check.message}${check.remediation ? ` — ${check.remediation}` : ''}`
    ;(check.level === 'P0' ? errors : warnings).push(line)
  }
  if (failed.length === 0 && outcome.status !== 'passed') {
    const note = [run.banner.title, ...outcome.notes].join(' — ')
    ;(decision.hardAbort ? errors : warnings).push(note)
  }
  emitCapped(errors, (m, title) => core.error(m, { title }), 'Preflight: P0 / abort')
  emitCapped(warnings, (m, title) => core.warning(m, { title }), 'Preflight: P1 / P2')
}

function emitCapped(
  messages: string[],
  emit: (message: string, title: string) => void,
  title: string,
) {
  const shown = messages.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : messages.length
  for (const m of messages.slice(0, shown)) emit(m, title)
  if (messages.length > shown) {
    emit(
      `${messages.length - shown} more: ${messages.slice(shown).join(' | ')}`,
      `${title} (grouped)`,
    )
  }
}

async function writeSummary(result: GateResult | null): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    let markdown =
      '## ❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED\n\nThe gate failed before it could decide; see the step log.\n'
    if (result) {
      const upload = result.run.upload
      const links = {
        reportPath: path.relative(process.cwd(), result.paths.markdown),
        ...(upload?.kind === 'uploaded' && { artifactUrl: upload.url }),
      }
      markdown = fitSummary(renderSummary(result.run, links), links)
    }
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}
