// The gate's engine, shared by the action and the CLI, in named phases:
//   configure → run suite → settle → write → publish
// `settle` is pure: it turns the facts known so far (the suite's outcome, an approval, an upload
// result) into one decided GateRun, and runs again whenever a new fact arrives. The engine knows
// nothing of @actions/*: the caller hands in where output goes, how approvals are verified and how
// reports are published.

import { existsSync } from 'node:fs'
import { lstat, rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import path from 'node:path'
import { approvalsRequired, decide, modeOrStrictest, requestedOverride } from './decision.js'
import {
  outcomeWithoutChecks,
  ACTION_WORDS,
  type ApprovalCheck,
  type ApprovalRequest,
  type ApprovalVerifier,
  type GateRun,
  type IsolationReport,
  type Mode,
  type MountRules,
  type OpsEvent,
  type OpsLogEntry,
  type ProcessIsolation,
  type ReportPaths,
  type SecretCustody,
  type SuiteOutcome,
  type SuiteRunScope,
  type SurfaceWords,
  type UploadOutcome,
} from './model.js'
import { opsLogEntry, type LogSubject } from './opslog.js'
import { provenanceFromEnv } from './provenance.js'
import { digestFiles } from './history/record.js'
import {
  ARCHIVE_DIR,
  OPS_LOG_FILE,
  appendChainedLocked,
  withLogLockAsync,
} from './history/chain.js'
import { keepInHistory, resolveHistoryDir } from './history/location.js'
import { checkGateFiles, watchGateFiles, type Tampering } from './history/tamper.js'
import { Redactor } from './redact.js'
import { reportBaseName, reportFiles, reserveReportPaths, writeReports } from './report/files.js'
import { redactFileInPlace, redactSuiteFiles } from './report/redact-files.js'
import { failedCheckNames, flakyCheckNames, runBanner } from './report/messages.js'
import { retainAfterRun } from './retention/prune.js'
import { sealedEnvironment } from './runner/environment.js'
import {
  cachedIsolationProbe,
  chooseIsolation,
  fileCommandPaths,
  type IsolationProbe,
} from './runner/isolation.js'
import { killActiveProcessTrees } from './runner/process.js'
import { writeSuiteOutputLog } from './runner/suite-log.js'
import { killTrackedProcesses, newTrackingId } from './runner/tracking.js'
import { restoreFileCommands, takeFileCommands } from './runner/file-commands.js'
import {
  parseSettings,
  parseUploadSettings,
  type GateSettings,
  type RawInputs,
} from './settings.js'
import { defaultArtifactName } from './artifact/upload.js'
import type { PendingUpload } from './artifact/state.js'

/** Publishes the report files (the action's artifact upload). */
export interface ReportPublisher {
  /** Called once the report files are named, before the suite runs: the post step's hand-off. */
  reserve(pending: PendingUpload): void
  upload(pending: PendingUpload): Promise<UploadOutcome>
}

export interface GateContext {
  operator: string
  runUrl: string
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Where the suite's output is echoed live (redacted on the way). */
  echo?: Writable
  /** Wraps the live echo of untrusted output (a log group, workflow commands stopped). */
  aroundSuiteOutput?: <T>(body: () => Promise<T>) => Promise<T>
  /** Verifies an override's approval; absent when no approval environment can be verified. */
  verifyApproval?: ApprovalVerifier
  publisher?: ReportPublisher
  /** Cancellation (SIGINT, SIGTERM): the suite's processes are killed and the run is logged. */
  signal?: AbortSignal
  killGraceMs?: number
  /** Whether pid isolation works here (tests force it unavailable); the real probe by default. */
  isolationProbe?: IsolationProbe
  /** Where the entry point put the runner's secrets (src/runner/custody.ts), for the report. */
  secretCustody?: SecretCustody
  /** How this surface names what its user sets (the CLI: its flags); the action's by default. */
  words?: SurfaceWords
}

export interface GateResult {
  run: GateRun
  paths: ReportPaths
  settings: GateSettings | null
  /** Values the suite announced with ::add-mask::, for the caller to re-announce to the runner. */
  masks: string[]
  redactor: Redactor
}

/** Everything known before the suite runs. */
interface GateConfig {
  startedAt: Date
  settings: GateSettings | null
  /** Why the inputs are invalid, when they are. */
  inputErrors: string[]
  mode: Mode | null
  reportDir: string
  /** Where the operational log, its archive and the kept reports live (history.ts). */
  historyDir: string
  historyNote: string | null
  paths: ReportPaths
  pending: PendingUpload
  redactor: Redactor
  trackingId: string
  /** The report directory as it was when the run began: a swap for a link is detected. */
  heldDir: HeldDirectory
  source: string
  /** The suite's isolation, once chosen (only a suite that runs has one). */
  isolation: IsolationReport | null
}

/** Facts that arrive after the suite, each of which can change the decision. */
interface Facts {
  decidedAt: Date
  cancelled: boolean
  approval: ApprovalCheck | null
  upload: UploadOutcome | null
  uploadSettledAt: Date | null
  /** The report files could not be written (full disk, renderer failure). */
  writeError: string | null
  /** What the suite did to the runner's file commands (put back since), or null. */
  fileCommandsTampered: string | null
  /** The gate's own files changed while the suite ran (or its log was broken before). */
  tampering: Tampering
}

export async function runGate(raw: RawInputs, ctx: GateContext): Promise<GateResult> {
  const config = await configure(raw, ctx)
  ctx.publisher?.reserve(config.pending)

  const watch = await watchGateFiles(config.historyDir, [config.reportDir, config.historyDir])
  const ran = await runSuitePhase(config, ctx)
  const { cancelled, logLost, fileCommandsTampered } = ran
  const tampering = await checkGateFiles(
    watch,
    reportFiles(config.paths),
    reportBaseName(config.startedAt).replace('SMOKE_TEST_INSTITUTIONAL_', ''),
  )
  const outcome = await keepSuiteReports(config, withoutPlanted(ran.outcome, tampering), ctx)
  const facts: Facts = {
    decidedAt: ctx.now(),
    cancelled,
    approval: null,
    upload: null,
    uploadSettledAt: null,
    writeError: outcome.outputLost ?? logLost,
    fileCommandsTampered,
    tampering,
  }
  let run = settle(config, outcome, facts, ctx)

  // Single-job flow: this job is bound to the approval environment, so verify inline.
  const request = approvalRequest(config, run)
  if (request && ctx.verifyApproval && !cancelled) {
    facts.approval = await verifySafely(ctx.verifyApproval, request)
    run = settle(config, outcome, facts, ctx)
  }

  let logged = await write(config, run, facts)
  if (facts.writeError !== null) {
    run = settle(config, outcome, facts, ctx)
    logged = await write(config, run, facts, logged)
  }

  if (ctx.publisher && !cancelled && !config.heldDir.lost) {
    facts.upload = await ctx.publisher.upload(config.pending)
    facts.uploadSettledAt = ctx.now()
    run = settle(config, outcome, facts, ctx)
    if (facts.upload.kind === 'failed') await write(config, run, facts, logged)
  }
  // Reports older than report-retention-days go into the archive (not while answering a
  // cancellation, which must be quick); a failure only adds a note.
  if (!cancelled) {
    for (const dir of new Set([config.historyDir, config.reportDir])) {
      await retainAfterRun(
        run.outcome.notes,
        dir,
        config.settings?.reportRetentionDays,
        ctx.now(),
        config.historyDir,
      )
    }
  }
  return {
    run,
    paths: config.paths,
    settings: config.settings,
    masks: [...config.redactor.announced],
    redactor: config.redactor,
  }
}

// ── configure ──────────────────────────────────────────────────────────────────────────────

async function configure(raw: RawInputs, ctx: GateContext): Promise<GateConfig> {
  const startedAt = ctx.now()
  const parsed = parseSettings(raw, (ctx.words ?? ACTION_WORDS).input)
  const settings = parsed.ok ? parsed.settings : null
  const mode = parsed.ok ? parsed.settings.mode : parsed.mode
  const reportDir = path.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir)
  const history = resolveHistoryDir(
    (settings?.historyDir ?? raw['history-dir'] ?? '').trim(),
    reportDir,
    ctx.env,
  )
  // The log lives with the history; the run's reports are written here and copied there.
  const paths = { ...(await reserveReportPaths(reportDir, startedAt)) }
  paths.opsLog = path.join(history.dir, OPS_LOG_FILE)
  const heldDir = await holdDirectory(reportDir)
  const upload = settings ?? parseUploadSettings(raw)
  const trackingId = newTrackingId()

  const redactor = new Redactor([raw['github-token']])
  const named = settings?.redact ?? leniently(raw.redact)
  redactor.addVariables(named, ctx.env)
  redactor.addWithheld(ctx.env)

  return {
    startedAt,
    settings,
    inputErrors: parsed.ok ? [] : parsed.errors,
    mode,
    reportDir,
    historyDir: history.dir,
    historyNote: history.note,
    paths,
    pending: {
      rootDirectory: reportDir,
      files: reportFiles(paths),
      markdown: paths.markdown,
      runOpsLog: paths.runOpsLog,
      opsLog: paths.opsLog,
      name: upload.artifactName || defaultArtifactName(mode, ctx.env),
      retentionDays: upload.retentionDays,
      uploadArtifact: upload.uploadArtifact,
      mode,
      operator: ctx.operator,
      runUrl: ctx.runUrl,
      trackingId,
      redact: named,
    },
    redactor,
    trackingId,
    heldDir,
    source: settings
      ? settings.source.kind === 'command'
        ? settings.source.command
        : settings.source.path
      : (raw.command ?? raw.suite ?? ''),
    isolation: null,
  }
}

/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n))
}

// ── run suite ──────────────────────────────────────────────────────────────────────────────

async function runSuitePhase(
  config: GateConfig,
  ctx: GateContext,
): Promise<{
  outcome: SuiteOutcome
  cancelled: boolean
  logLost: string | null
  fileCommandsTampered: string | null
}> {
  const { settings } = config
  const nothingRan = { cancelled: false, logLost: null, fileCommandsTampered: null }
  if (!settings) {
    return { outcome: outcomeWithoutChecks('invalid', config.inputErrors), ...nothingRan }
  }
  if (settings.skipHealthCheck) {
    const note = `Health checks were skipped on request (${(ctx.words ?? ACTION_WORDS).override('skip-health-check')}).`
    return { outcome: outcomeWithoutChecks('skipped', [note]), ...nothingRan }
  }
  const chosen = await chooseIsolation(
    settings.suiteIsolation,
    ctx.isolationProbe ?? cachedIsolationProbe,
  )
  config.isolation = chosen.report
  const isolation: ProcessIsolation | undefined = chosen.launcher
    ? { launcher: chosen.launcher, rules: suiteMountRules(config, ctx) }
    : undefined
  const fileCommands = await takeFileCommands(ctx.env)
  const started = performance.now()
  const cancelled = cancellation(ctx.signal)
  let outcome: SuiteOutcome
  let wasCancelled = false
  try {
    const result = await Promise.race([
      runSuite(settings, config, ctx, isolation),
      cancelled.promise,
    ])
    wasCancelled = result === CANCELLED
    outcome =
      result === CANCELLED
        ? outcomeWithoutChecks(
            'crashed',
            [
              'The gate was cancelled while the suite ran; the suite was stopped. There is no verdict: DO NOT LAUNCH.',
            ],
            performance.now() - started,
          )
        : result
  } catch (error) {
    outcome = outcomeWithoutChecks(
      'crashed',
      [`The gate failed while running the suite: ${(error as Error).message}`],
      performance.now() - started,
    )
  } finally {
    cancelled.dispose()
  }

  const leftovers = await killTrackedProcesses(config.trackingId)
  if (leftovers > 0) {
    outcome = {
      ...outcome,
      notes: [
        ...outcome.notes,
        `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
      ],
    }
  }
  // The suite and what it started are gone: its lines in the runner's file commands go too.
  const restored = await restoreFileCommands(fileCommands)
  const fileCommandsTampered =
    restored.tampered.length === 0
      ? null
      : `The suite wrote to the runner's file commands (${restored.tampered.join(', ')}): that is tampering with the gate's outputs, state, summary or the next steps' environment. ${restored.unrestored.length === 0 ? 'They were put back as they were before the suite' : `They could not all be put back: ${restored.unrestored.join('; ')}`}. Run the suite with suite-isolation pid, where it cannot reach them, and find what in the suite writes there.`
  for (const secret of outcome.secretValues ?? []) config.redactor.add(secret)
  let logLost: string | null = null
  try {
    await redactOutputLog(config)
  } catch (error) {
    // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
    if (config.paths.outputLog) await rm(config.paths.outputLog, { force: true }).catch(() => {})
    logLost = `The output log could not be redacted (${(error as Error).message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`
  }
  return { outcome, cancelled: wasCancelled, logLost, fileCommandsTampered }
}

const CANCELLED = Symbol('cancelled')

function cancellation(signal: AbortSignal | undefined) {
  let onAbort = () => {}
  const promise = new Promise<typeof CANCELLED>((resolve) => {
    onAbort = () => {
      killActiveProcessTrees()
      resolve(CANCELLED)
    }
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
  return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) }
}

/**
 * What the suite's mount namespace hides (the runner's file commands) and keeps read-only (the
 * gate's own records: the operational log). Only paths that exist can be mounted over.
 */
function suiteMountRules(config: GateConfig, ctx: GateContext): MountRules {
  return {
    hide: fileCommandPaths(ctx.env),
    // The history is the gate's: all of it when it has its own directory, else its log and archive.
    readOnly: (config.historyDir !== config.reportDir
      ? [config.historyDir]
      : [config.paths.opsLog, path.join(config.historyDir, ARCHIVE_DIR)]
    ).filter((file) => existsSync(file)),
  }
}

async function runSuite(
  settings: GateSettings,
  config: GateConfig,
  ctx: GateContext,
  isolation: ProcessIsolation | undefined,
): Promise<SuiteOutcome> {
  const echo = config.redactor.stream()
  // A job log that cannot be written (EPIPE, EIO) is a fact, never a crash: the suite is stopped.
  let echoLost: string | undefined
  const onEchoError = (error: Error) => {
    if (echoLost !== undefined) return
    echoLost = `The live echo of the suite's output could not be written: ${error.message}; the suite was stopped. No evidence, no launch in live mode.`
    if (ctx.echo) echo.unpipe(ctx.echo)
    echo.resume()
    killActiveProcessTrees()
  }
  if (ctx.echo) {
    ctx.echo.on('error', onEchoError)
    echo.pipe(ctx.echo, { end: false })
  } else echo.resume()
  const scope: SuiteRunScope = {
    mode: settings.mode,
    words: ctx.words ?? ACTION_WORDS,
    subset: settings.subset,
    timeoutMs: settings.timeoutSeconds * 1000,
    cwd: path.resolve(settings.workingDirectory),
    env: sealedEnvironment(ctx.env, settings.passEnv, config.trackingId),
    echo,
    killGraceMs: ctx.killGraceMs,
    onSecret: (value) => config.redactor.add(value),
    isolation,
  }
  const around = ctx.aroundSuiteOutput ?? (<T>(body: () => Promise<T>) => body())
  const source = settings.source
  return around(async () => {
    try {
      if (source.kind === 'suite') {
        // Loaded only for suite files, so the command path does not pay for the YAML parser.
        const { runSuiteFile } = await import('./suite/runner.js')
        const outcome = await runSuiteFile({ ...scope, path: source.path })
        if (config.paths.outputLog === null) return withEchoLost(outcome)
        try {
          await writeSuiteOutputLog(config.paths.outputLog, outcome)
        } catch (error) {
          const outputLost = `The output log could not be written: ${(error as Error).message}. No evidence, no launch in live mode; free the disk and re-run.`
          return withEchoLost({ ...outcome, outputLost })
        }
        return withEchoLost(outcome)
      }
      const { runCommandSuite } = await import('./runner/command.js')
      const outcome = await runCommandSuite({
        ...scope,
        command: source.command,
        outputLogPath: config.paths.outputLog ?? undefined,
        evidence: settings.evidence,
        reportDir: config.reportDir,
        signal: ctx.signal,
      })
      return withEchoLost(outcome)
    } finally {
      // The last partial line, then the end of the window that stops workflow commands.
      await new Promise<void>((resolve) => echo.end(resolve))
    }
  })

  function withEchoLost(outcome: SuiteOutcome): SuiteOutcome {
    if (echoLost === undefined || outcome.outputLost !== undefined) return outcome
    return { ...outcome, outputLost: echoLost }
  }
}

/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(config: GateConfig): Promise<void> {
  const file = config.paths.outputLog
  if (file === null || !existsSync(file)) return
  const info = await lstat(file)
  if (!info.isFile()) throw new Error(`${file} is not a regular file`)
  // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
  if (info.size === 0) return
  await redactFileInPlace(file, config.redactor, { learn: true })
}

/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 */
async function keepSuiteReports(
  config: GateConfig,
  written: SuiteOutcome,
  ctx: GateContext,
): Promise<SuiteOutcome> {
  if ((written.suiteReports ?? []).length === 0) return written
  // Redacted like every other surface; a name holding a secret is renamed first.
  const { kept, notes } = await redactSuiteFiles(
    written.suiteReports ?? [],
    config.redactor,
    async (file) => (await lstat(file)).nlink,
  )
  const outcome = { ...written, suiteReports: kept, notes: [...written.notes, ...notes] }
  const suiteReports = kept
  if (suiteReports.some((f) => reportFiles(config.paths).includes(f))) {
    // The output log follows the gate's new name: one run's files never take the suite's name.
    const fresh = await reserveReportPaths(config.reportDir, config.startedAt)
    let outputLog = config.paths.outputLog
    if (outputLog !== null && fresh.outputLog !== null && existsSync(outputLog)) {
      const from = outputLog
      outputLog = await rename(from, fresh.outputLog).then(
        () => fresh.outputLog,
        () => from,
      )
    }
    config.paths = { ...fresh, outputLog }
    config.pending.markdown = config.paths.markdown
    config.pending.runOpsLog = config.paths.runOpsLog
  }
  config.pending.files = [...reportFiles(config.paths), ...suiteReports]
  ctx.publisher?.reserve(config.pending)
  return outcome
}

// ── the report directory, held ──────────────────────────────────────────────────────────────

/** What the report directory was when the run began (node has no openat: its identity stands in). */
interface HeldDirectory {
  dev: number
  ino: number
  wasLink: boolean
  /** Set once a swap was seen: nothing more is written to or read from it. */
  lost: boolean
}

async function holdDirectory(dir: string): Promise<HeldDirectory> {
  const [link, target] = await Promise.all([lstat(dir), stat(dir)])
  return { dev: target.dev, ino: target.ino, wasLink: link.isSymbolicLink(), lost: false }
}

/** How the directory changed (a link now, or another directory), or null when it is the same. */
async function directorySwapped(held: HeldDirectory, dir: string): Promise<string | null> {
  if (held.lost) return 'replaced'
  const [link, target] = await Promise.all([
    lstat(dir).catch(() => null),
    stat(dir).catch(() => null),
  ])
  const change =
    link === null || target === null
      ? 'removed'
      : link.isSymbolicLink() && !held.wasLink
        ? 'replaced by a link'
        : target.dev !== held.dev || target.ino !== held.ino || !target.isDirectory()
          ? 'replaced by another directory'
          : null
  if (change !== null) held.lost = true
  return change
}

// ── settle ─────────────────────────────────────────────────────────────────────────────────

/** The facts so far → one decided, redacted run. Pure but for reading the clock via facts. */
function settle(
  config: GateConfig,
  outcome: SuiteOutcome,
  facts: Facts,
  ctx: GateContext,
): GateRun {
  const { settings } = config
  const mode = modeOrStrictest(config.mode)
  const requested = requestedOverride(outcome.status, settings?.forceStart ?? false)
  const requiredApprovals = requested ? approvalsRequired(mode, requested) : 0
  const tampered = facts.tampering.log.length > 0 || facts.tampering.planted.length > 0
  const decision = decide({
    mode,
    status: outcome.status,
    forceStart: settings?.forceStart ?? false,
    approvalVerified: facts.approval?.granted ?? false,
    facts: [
      ...(facts.fileCommandsTampered !== null ? (['file-commands-tampered'] as const) : []),
      ...(facts.writeError !== null ? (['report-write-failed'] as const) : []),
      ...(facts.upload?.kind === 'failed' ? (['report-upload-failed'] as const) : []),
      ...(tampered ? (['gate-files-tampered'] as const) : []),
    ],
  })
  const notes = [...outcome.notes, ...tamperingNotes(facts.tampering)]
  if (config.historyNote !== null) notes.push(config.historyNote)
  if (facts.fileCommandsTampered !== null) notes.push(facts.fileCommandsTampered)
  if (facts.writeError !== null) notes.push(facts.writeError)
  if (facts.upload?.kind === 'failed') notes.push(facts.upload.note)

  const run: GateRun = {
    mode: config.mode,
    subset: settings?.subset ?? null,
    source: config.source,
    startedAt: config.startedAt,
    outcome: { ...outcome, notes },
    decision,
    approval: facts.approval,
    upload: facts.upload,
    opsLog: [],
    operator: ctx.operator,
    runUrl: ctx.runUrl,
    reason: settings?.reason ?? '',
    ticket: settings?.ticket ?? '',
    impact: settings?.impact ?? '',
    mitigation: settings?.mitigation ?? '',
    approvalEnvironment: settings?.approvalEnvironment ?? '',
    requiredApprovals,
    provenance: provenanceFromEnv(ctx.env, config.mode),
    ...(config.isolation && { isolation: config.isolation }),
    ...(config.isolation && ctx.secretCustody && { secrets: ctx.secretCustody }),
  }
  const redacted = config.redactor.redactRun(run)
  redacted.opsLog = opsLogEntries(redacted, facts, ctx.words ?? ACTION_WORDS)
  return redacted
}

/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
export function runLogEntry(run: GateRun, at: Date, event: OpsEvent, details: string): OpsLogEntry {
  return opsLogEntry(runLogSubject(run), at, event, details)
}

function runLogSubject(run: GateRun): LogSubject {
  return {
    ...run,
    status: run.outcome.status,
    exitCode: run.outcome.exitCode,
    failures: failedCheckNames(run.outcome),
    approvers: run.approval?.approvers ?? [],
  }
}

/** One entry per failure, override request, approval outcome, lost evidence and cancellation. */
function opsLogEntries(run: GateRun, facts: Facts, words: SurfaceWords): OpsLogEntry[] {
  const { outcome, decision, approval } = run
  const entry = (event: OpsEvent, details: string, at = facts.decidedAt) =>
    runLogEntry(run, at, event, details)
  const entries: OpsLogEntry[] = []
  if (facts.cancelled) {
    entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? runBanner(run, words).title))
  } else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
    entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? runBanner(run, words).title))
  }
  const override = decision.requestedOverride
  if (override) {
    const event =
      override === 'skip'
        ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
        : 'OVERRIDE_FORCE_START_REQUESTED'
    entries.push(
      entry(
        event,
        `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`,
      ),
    )
    if (decision.grantedOverride) {
      const granted = override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START'
      entries.push(entry(granted, `approved in environment "${approval?.environment ?? ''}"`))
    } else if (approval) {
      entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')))
    }
  }
  const flaky = flakyCheckNames(outcome)
  if (flaky.length > 0) {
    entries.push(
      opsLogEntry(
        { ...runLogSubject(run), failures: flaky },
        facts.decidedAt,
        'FLAKY_CHECKS',
        `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`,
      ),
    )
  }
  if (facts.fileCommandsTampered !== null) {
    entries.push(entry('FILE_COMMANDS_TAMPERED', facts.fileCommandsTampered))
  }
  const { log, planted } = facts.tampering
  if (log.length > 0)
    entries.push(
      entry('LOG_TAMPERED', tamperingNotes({ ...facts.tampering, planted: [] }).join(' ')),
    )
  if (planted.length > 0)
    entries.push(entry('FILES_TAMPERED', tamperingNotes({ ...facts.tampering, log: [] }).join(' ')))
  if (facts.writeError !== null) entries.push(entry('REPORT_WRITE_FAILED', facts.writeError))
  if (run.upload?.kind === 'failed') {
    entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined))
  }
  return entries
}

function approvalRequest(config: GateConfig, run: GateRun): ApprovalRequest | null {
  const { settings } = config
  const override = run.decision.requestedOverride
  if (run.decision.verdict !== 'approval-required' || !settings || !override) return null
  if (settings.approvalEnvironment === '') return null
  return {
    mode: settings.mode,
    override,
    environment: settings.approvalEnvironment,
    requiredApprovals: run.requiredApprovals,
    failures: failedCheckNames(run.outcome),
    githubToken: settings.githubToken,
    openTicket: settings.openTicket,
    // The follow-up ticket is evidence too: its free text comes from the redacted run.
    reason: run.reason,
    ticket: run.ticket,
    impact: run.impact,
    mitigation: run.mitigation,
    reportDir: settings.reportDir,
    historyDir: config.historyDir,
  }
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

// ── write ──────────────────────────────────────────────────────────────────────────────────

/**
 * Writes the report files and appends the run's new log entries; returns how many entries are
 * in the log now. A failure to write is itself a fact (no evidence): it is recorded, never thrown.
 */
async function write(
  config: GateConfig,
  run: GateRun,
  facts: Facts,
  alreadyLogged = 0,
): Promise<number> {
  const { paths } = config
  const swapped = await directorySwapped(config.heldDir, config.reportDir)
  if (swapped !== null) {
    // Writing there would put the reports wherever the link points: nothing is written.
    facts.writeError ??= `The report directory ${config.reportDir} was ${swapped} during the run, so no report was written there (nor uploaded from it). No evidence, no launch in live mode; keep the report directory out of the suite's reach and re-run.`
    return alreadyLogged
  }
  if (paths.outputLog !== null && !existsSync(paths.outputLog)) {
    paths.outputLog = null
    config.pending.files = reportFiles(paths)
  }
  // The reports and their record under the log's lock: another run never sees one without the other.
  let failures: string[]
  try {
    failures = await withLogLockAsync(config.historyDir, () =>
      writeAndRecord(config, run, facts, alreadyLogged),
    )
  } catch (error) {
    // No lock, no log entry (it would fork the chain); the reports are still written.
    facts.writeError ??= `The operational log could not be appended: ${(error as Error).message}.`
    failures = await writeReports(run, paths)
  }
  if (failures.length > 0 && facts.writeError === null) {
    facts.writeError = `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`
  }
  return run.opsLog.length
}

async function writeAndRecord(
  config: GateConfig,
  run: GateRun,
  facts: Facts,
  alreadyLogged: number,
): Promise<string[]> {
  const { paths } = config
  const failures = await writeReports(run, paths)
  if (config.historyDir !== config.reportDir) {
    failures.push(...keepInHistory(reportFiles(paths), config.historyDir))
  }
  // The record of what the gate wrote, with digests: how consumers tell its files from others.
  const record: OpsLogEntry = {
    ...runLogEntry(run, facts.decidedAt, 'REPORTS_RECORDED', 'The files this gate run wrote.'),
    files: digestFiles(reportFiles(paths)),
  }
  try {
    appendChainedLocked(config.historyDir, [...run.opsLog.slice(alreadyLogged), record])
  } catch (error) {
    facts.writeError ??= `The operational log could not be appended: ${(error as Error).message}.`
  }
  return failures
}

/** What was tampered with, in the report's notes and the log entries. */
function tamperingNotes({ log, keptAt, planted }: Tampering): string[] {
  const notes: string[] = []
  if (log.length > 0) {
    notes.push(
      `The operational log was tampered with: ${log.join('; ')}.${keptAt ? ` The log was put back as it was before the suite; the changed one is kept as ${keptAt}.` : ''} Find what wrote there; the gate's log is written only by the gate.`,
    )
  }
  if (planted.length > 0) {
    notes.push(
      `Files named like the gate's reports appeared or changed while the suite ran and are not the gate's (not uploaded, not recorded, never counted): ${planted
        .slice(0, 10)
        .map((f) => path.basename(f))
        .join(', ')}${planted.length > 10 ? ` and ${planted.length - 10} more` : ''}.`,
    )
  }
  return notes
}

/** Planted files are never kept as the suite's reports either. */
function withoutPlanted(outcome: SuiteOutcome, tampering: Tampering): SuiteOutcome {
  if (tampering.planted.length === 0 || !outcome.suiteReports) return outcome
  const planted = new Set(tampering.planted)
  return { ...outcome, suiteReports: outcome.suiteReports.filter((f) => !planted.has(f)) }
}
