// The gate's engine, shared by the action and the CLI: inputs → suite run → decision → reports.
// It knows nothing of @actions/*: the caller hands in where output goes and how approvals are
// verified.

import { existsSync } from 'node:fs'
import type { Writable } from 'node:stream'
import path from 'node:path'
import { decide, defaultRequiredApprovals } from './decision.js'
import { banner } from './messages.js'
import {
  outcomeWithoutChecks,
  type Mode,
  type Override,
  type SuiteOutcome,
  type SuiteRunScope,
} from './model.js'
import { appendOpsLog, type OpsEvent, type OpsLogEntry } from './opslog.js'
import { provenanceFromEnv } from './provenance.js'
import { reportFiles, reserveReportPaths, writeReports } from './report/files.js'
import {
  failedCheckNames,
  type ApprovalCheck,
  type GateRun,
  type ReportPaths,
  type UploadOutcome,
} from './report/model.js'
import { runCommandSuite } from './runner/command.js'
import { parseSettings, type GateSettings, type RawInputs } from './settings.js'

export interface ApprovalRequest {
  mode: Mode
  override: Override
  environment: string
  requiredApprovals: number
  /** The failed checks the override lets through, for the follow-up ticket. */
  failures: string[]
  settings: GateSettings
}

export type ApprovalVerifier = (request: ApprovalRequest) => Promise<ApprovalCheck>

export interface GateContext {
  operator: string
  runUrl: string
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Where the suite's output is echoed live. */
  echo?: Writable
  /** Wraps the live echo of untrusted output (a log group, workflow commands stopped). */
  aroundSuiteOutput?: <T>(body: () => Promise<T>) => Promise<T>
  /** Verifies an override's approval; absent when no approval environment is configured. */
  verifyApproval?: ApprovalVerifier
  /** Called as soon as the report files are named, before the suite runs. */
  onReportPaths?: (paths: ReportPaths, settings: GateSettings | null, mode: Mode | null) => void
  /** Publishes the written report files (the action's artifact upload). */
  uploadReports?: (request: UploadRequest) => Promise<UploadOutcome>
  killGraceMs?: number
}

export interface UploadRequest {
  files: string[]
  rootDirectory: string
  mode: Mode | null
  /** Null when the inputs were invalid: the report of that is uploaded all the same. */
  settings: GateSettings | null
}

export interface GateResult {
  run: GateRun
  paths: ReportPaths
  settings: GateSettings | null
}

export async function runGate(raw: RawInputs, ctx: GateContext): Promise<GateResult> {
  const startedAt = ctx.now()
  const parsed = parseSettings(raw)
  const reportDir = path.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir)
  const paths = await reserveReportPaths(reportDir, startedAt)
  const settings = parsed.ok ? parsed.settings : null
  const mode = parsed.ok ? parsed.settings.mode : parsed.mode
  ctx.onReportPaths?.(paths, settings, mode)

  const outcome = parsed.ok
    ? await runSuite(parsed.settings, ctx, paths)
    : outcomeWithoutChecks('invalid', parsed.errors)

  const requested: Override | null =
    outcome.status === 'skipped'
      ? 'skip'
      : outcome.status === 'p1-failed' && settings?.forceStart
        ? 'force-start'
        : null
  const requiredApprovals = mode && requested ? defaultRequiredApprovals(mode, requested) : 0
  const decisionInput = {
    mode: mode ?? 'live',
    status: outcome.status,
    forceStart: settings?.forceStart ?? false,
    approvalVerified: false,
  } as const
  let approval: ApprovalCheck | null = null
  let decision = decide(decisionInput)
  // Single-job flow: this job is bound to the approval environment, so verify inline.
  if (
    decision.verdict === 'approval-required' &&
    settings &&
    requested &&
    settings.approvalEnvironment !== '' &&
    ctx.verifyApproval
  ) {
    approval = await verifySafely(ctx.verifyApproval, {
      mode: settings.mode,
      override: requested,
      environment: settings.approvalEnvironment,
      requiredApprovals,
      failures: failedCheckNames(outcome),
      settings,
    })
    decision = decide({ ...decisionInput, approvalVerified: approval.granted })
  }

  const bannerInput = {
    mode,
    status: outcome.status,
    approvalEnvironment: settings?.approvalEnvironment,
    requiredApprovals,
  }
  const run: GateRun = {
    mode,
    subset: settings?.subset ?? null,
    source: settings
      ? settings.source.kind === 'command'
        ? settings.source.command
        : settings.source.path
      : (raw.command ?? raw.suite ?? ''),
    startedAt,
    outcome,
    decision,
    approval,
    upload: null,
    banner: banner({ ...bannerInput, decision }),
    opsLog: [],
    operator: ctx.operator,
    runUrl: ctx.runUrl,
    reason: settings?.reason ?? '',
    ticket: settings?.ticket ?? '',
    approvalEnvironment: settings?.approvalEnvironment ?? '',
    requiredApprovals,
    provenance: provenanceFromEnv(ctx.env, mode),
  }
  run.opsLog = opsLogEntries(run, ctx.now())
  if (paths.outputLog !== null && !existsSync(paths.outputLog)) paths.outputLog = null
  await writeReports(run, paths)
  await appendOpsLog(reportDir, run.opsLog)

  if (ctx.uploadReports) {
    const upload = await ctx.uploadReports({
      files: reportFiles(paths),
      rootDirectory: reportDir,
      mode,
      settings,
    })
    run.upload = upload
    if (upload.kind === 'failed') {
      // Paper keeps its verdict with a warning; live aborts: no evidence, no launch.
      run.decision = decide({
        ...decisionInput,
        approvalVerified: approval?.granted ?? false,
        reportUploadFailed: true,
      })
      // The upload failure headlines only when it is what stopped the launch.
      const stoppedByUpload = decision.verdict !== 'abort' && run.decision.verdict === 'abort'
      run.banner = banner({
        ...bannerInput,
        decision: run.decision,
        reportUploadFailed: stoppedByUpload,
      })
      const note = `The report artifact "${upload.name}" could not be uploaded: ${upload.error}${mode === 'paper' ? ' (paper mode: the verdict stands).' : ' No evidence, no launch.'}`
      run.outcome = { ...outcome, notes: [...outcome.notes, note] }
      const entry = opsLogEntry(run, ctx.now(), 'REPORT_UPLOAD_FAILED', note)
      run.opsLog = [...run.opsLog, entry]
      await writeReports(run, paths)
      await appendOpsLog(reportDir, [entry])
    }
  }
  return { run, paths, settings }
}

async function runSuite(
  settings: GateSettings,
  ctx: GateContext,
  paths: ReportPaths,
): Promise<SuiteOutcome> {
  if (settings.skipHealthCheck) {
    return outcomeWithoutChecks('skipped', [
      'Health checks were skipped on request (skip-health-check).',
    ])
  }
  const scope: SuiteRunScope = {
    mode: settings.mode,
    subset: settings.subset,
    timeoutMs: settings.timeoutSeconds * 1000,
    cwd: path.resolve(settings.workingDirectory),
    env: ctx.env,
    echo: ctx.echo,
    killGraceMs: ctx.killGraceMs,
  }
  const around = ctx.aroundSuiteOutput ?? (<T>(body: () => Promise<T>) => body())
  const source = settings.source
  if (source.kind === 'suite') {
    // Loaded only for suite files, so the command path does not pay for the YAML parser.
    const { runSuiteFile } = await import('./suite/runner.js')
    return around(() => runSuiteFile({ ...scope, path: source.path }))
  }
  return around(() =>
    runCommandSuite({
      ...scope,
      command: source.command,
      outputLogPath: paths.outputLog ?? undefined,
    }),
  )
}

async function verifySafely(
  verify: ApprovalVerifier,
  request: ApprovalRequest,
): Promise<ApprovalCheck> {
  try {
    return await verify(request)
  } catch (error) {
    return {
      granted: false,
      environment: request.environment,
      requiredApprovals: request.requiredApprovals,
      approvers: [],
      refusals: [`The approval could not be verified: ${(error as Error).message}`],
      warnings: [],
    }
  }
}

export function opsLogEntry(run: GateRun, at: Date, event: OpsEvent, details: string): OpsLogEntry {
  const { outcome, decision, approval } = run
  return {
    timestamp: at.toISOString(),
    event,
    mode: run.mode,
    status: outcome.status,
    exitCode: outcome.exitCode,
    gateExitCode: decision.gateExitCode,
    failures: failedCheckNames(outcome),
    decision: decision.verdict,
    operator: run.operator,
    approvers: approval?.approvers ?? [],
    reason: run.reason,
    ticket: run.ticket,
    runUrl: run.runUrl,
    details,
  }
}

/** One entry per failure, per override request and per approval outcome (product.md). */
export function opsLogEntries(run: GateRun, at: Date): OpsLogEntry[] {
  const { outcome, decision, approval } = run
  const entry = (event: OpsEvent, details: string) => opsLogEntry(run, at, event, details)
  const entries: OpsLogEntry[] = []
  if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
    entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? run.banner.title))
  }
  const override = decision.requestedOverride
  if (override) {
    entries.push(
      entry(
        override === 'skip'
          ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
          : 'OVERRIDE_FORCE_START_REQUESTED',
        `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`,
      ),
    )
    if (decision.grantedOverride) {
      entries.push(
        entry(
          override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START',
          `approved in environment "${approval?.environment ?? ''}"`,
        ),
      )
    } else if (approval) {
      entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')))
    }
  }
  return entries
}
