// The gate's engine, shared by the action and the CLI: inputs → suite run → decision → reports.
// It knows nothing of @actions/*: the caller hands in where output goes and how approvals are
// verified.

import { existsSync } from 'node:fs'
import type { Writable } from 'node:stream'
import path from 'node:path'
import { decide, defaultRequiredApprovals } from './decision.js'
import { banner } from './messages.js'
import type { Mode, Override, SuiteOutcome } from './model.js'
import { appendOpsLog, type OpsEvent, type OpsLogEntry } from './opslog.js'
import { reserveReportPaths, writeReports } from './report/files.js'
import {
  failedCheckNames,
  type ApprovalCheck,
  type GateRun,
  type ReportPaths,
} from './report/model.js'
import { runCommandSuite } from './runner/command.js'
import { parseSettings, type GateSettings, type RawInputs } from './settings.js'

export interface ApprovalRequest {
  mode: Mode
  override: Override
  environment: string
  requiredApprovals: number
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
  killGraceMs?: number
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

  let outcome: SuiteOutcome
  let settings: GateSettings | null = null
  if (!parsed.ok) {
    outcome = notRun('invalid', parsed.errors)
  } else {
    settings = parsed.settings
    outcome = await runSuite(settings, ctx, paths)
  }
  const mode = settings?.mode ?? (parsed.ok ? null : parsed.mode)

  const requested: Override | null =
    outcome.status === 'skipped'
      ? 'skip'
      : outcome.status === 'p1-failed' && settings?.forceStart
        ? 'force-start'
        : null
  const requiredApprovals = mode && requested ? defaultRequiredApprovals(mode, requested) : 0
  let approval: ApprovalCheck | null = null
  let decision = decide({
    mode: mode ?? 'live',
    status: outcome.status,
    forceStart: settings?.forceStart ?? false,
    approvalVerified: false,
  })
  if (decision.verdict === 'approval-required' && settings && requested && ctx.verifyApproval) {
    approval = await verifySafely(ctx.verifyApproval, {
      mode: settings.mode,
      override: requested,
      environment: settings.approvalEnvironment,
      requiredApprovals,
    })
    decision = decide({
      mode: settings.mode,
      status: outcome.status,
      forceStart: settings.forceStart,
      approvalVerified: approval.granted,
    })
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
    banner: banner({
      mode,
      status: outcome.status,
      decision,
      approvalEnvironment: settings?.approvalEnvironment,
      requiredApprovals,
    }),
    opsLog: [],
    operator: ctx.operator,
    runUrl: ctx.runUrl,
    reason: settings?.reason ?? '',
    ticket: settings?.ticket ?? '',
    approvalEnvironment: settings?.approvalEnvironment ?? '',
    requiredApprovals,
  }
  run.opsLog = opsLogEntries(run, ctx.now())
  if (paths.outputLog !== null && !existsSync(paths.outputLog)) paths.outputLog = null
  await writeReports(run, paths)
  await appendOpsLog(reportDir, run.opsLog)
  return { run, paths, settings }
}

async function runSuite(
  settings: GateSettings,
  ctx: GateContext,
  paths: ReportPaths,
): Promise<SuiteOutcome> {
  if (settings.skipHealthCheck) {
    return notRun('skipped', ['Health checks were skipped on request (skip-health-check).'])
  }
  const cwd = path.resolve(settings.workingDirectory)
  const timeoutMs = settings.timeoutSeconds * 1000
  const around = ctx.aroundSuiteOutput ?? (<T>(body: () => Promise<T>) => body())
  if (settings.source.kind === 'suite') {
    const suitePath = settings.source.path
    // Loaded only for suite files, so the command path does not pay for the YAML parser.
    const { runSuiteFile } = await import('./suite/runner.js')
    return around(() =>
      runSuiteFile({
        path: suitePath,
        mode: settings.mode,
        subset: settings.subset,
        timeoutMs,
        cwd,
        env: ctx.env,
        echo: ctx.echo,
        killGraceMs: ctx.killGraceMs,
      }),
    )
  }
  const command = settings.source.command
  return around(() =>
    runCommandSuite({
      command,
      mode: settings.mode,
      subset: settings.subset,
      timeoutMs,
      cwd,
      env: ctx.env,
      echo: ctx.echo,
      outputLogPath: paths.outputLog ?? undefined,
      killGraceMs: ctx.killGraceMs,
    }),
  )
}

async function verifySafely(
  verify: ApprovalVerifier,
  request: ApprovalRequest,
): Promise<ApprovalCheck> {
  if (request.environment === '') {
    return {
      granted: false,
      environment: '',
      requiredApprovals: request.requiredApprovals,
      approvers: [],
      refusals: [
        'No approval environment is configured: set "approval-environment" or use the authorize job.',
      ],
      warnings: [],
    }
  }
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

function notRun(status: 'invalid' | 'skipped', notes: string[]): SuiteOutcome {
  return {
    status,
    exitCode: null,
    signal: null,
    durationMs: 0,
    checks: [],
    notes,
    outputTail: '',
    outputTruncated: false,
  }
}

/** One entry per failure, per override request and per approval outcome (product.md). */
export function opsLogEntries(run: GateRun, at: Date): OpsLogEntry[] {
  const { outcome, decision, approval } = run
  const entry = (event: OpsEvent, details: string): OpsLogEntry => ({
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
  })
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
