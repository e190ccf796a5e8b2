// The gate's engine, shared by the action, the CLI and watch: plan → run → judge → record.
//   plan: `planGate` turns the inputs into a GatePlan, data only: what will run, whether the
//     reports are uploaded, where an override's approval is verified.
//   run: `applyPlan` reserves the report names and runs the suite through the effects it is
//     handed (suite runner, approval verifier, uploader, clock, host name); each returns a fact.
//   judge and record: one loop. `settle` (pure: the host name and every time come in with the
//     facts) turns the facts into one decided GateRun; `nextStep` (pure) says what to do with it:
//     verify an approval, write the reports and log the entries not yet logged, or upload. What
//     that step finds (an approval, a write or upload failure) is a new fact, judged again, until
//     no new fact arrives. Facts are never changed in place: each step returns new ones.
// The engine knows nothing of @actions/*; it never calls back into its caller for output.

import { existsSync } from 'node:fs'
import { lstat, rename, rm, stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import path from 'node:path'
import { approvalsRequired, decide, modeOrStrictest, requestedOverride } from './decision.js'
import {
  ACTION_WORDS,
  outcomeWithoutChecks,
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
  type SurfaceWords,
  type UploadOutcome,
} from './model.js'
import { reportsRecordedEntry, runLogEntries } from './opslog.js'
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
import { failedCheckNames } from './report/messages.js'
import { retainAfterRun } from './retention/prune.js'
import { sealedEnvironment } from './runner/environment.js'
import {
  cachedIsolationProbe,
  chooseIsolation,
  fileCommandPaths,
  type IsolationProbe,
} from './runner/isolation.js'
import { killActiveProcessTrees } from './runner/process.js'
import { runSuiteJob, type SuiteRunner } from './runner/suite-job.js'
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

// ── plan ───────────────────────────────────────────────────────────────────────────────────

/** Who runs the gate and what this surface can do: what a plan is made from beside the inputs. */
export interface GateSurface {
  operator: string
  runUrl: string
  env: NodeJS.ProcessEnv
  /** How this surface names what its user sets (the CLI: its flags); the action's by default. */
  words?: SurfaceWords
  /** Where the entry point put the runner's secrets (src/runner/custody.ts), for the report. */
  secretCustody?: SecretCustody
  /** The reports are uploaded as an artifact (the action); the CLI and watch keep them on disk. */
  uploadsReports?: boolean
  /** An override's approval can be verified here (a verifier is at hand). */
  verifiesApprovals?: boolean
}

/** Whether the reports are uploaded: not by this surface, skipped by the settings, or uploaded. */
export type UploadPlan =
  | { kind: 'none' }
  | { kind: 'skip'; outcome: UploadOutcome & { kind: 'skipped' } }
  | { kind: 'upload' }

/** What a gate run may do, decided before anything runs: data only. */
export interface GatePlan {
  startedAt: Date
  settings: GateSettings | null
  /** Why the inputs are invalid, when they are. */
  inputErrors: string[]
  mode: Mode | null
  /** How the surface names its inputs and overrides in the notes and entries the run writes. */
  words: SurfaceWords
  reportDir: string
  /** Where the operational log, its archive and the kept reports live (history.ts). */
  historyDir: string
  historyNote: string | null
  /** What runs: the command line or the suite file. */
  source: string
  operator: string
  runUrl: string
  env: NodeJS.ProcessEnv
  secretCustody: SecretCustody | null
  /** Values and variables whose values are redacted everywhere. */
  redactValues: Array<string | undefined>
  redactVariables: string[]
  artifactName: string
  retentionDays: number
  uploadArtifact: boolean
  upload: UploadPlan
  /** Where an override's approval is verified, or null: none can be verified here. */
  approvalEnvironment: string | null
}

/** The inputs → the plan: no I/O, the start time handed in (paths resolve against the cwd). */
export function planGate(raw: RawInputs, surface: GateSurface, startedAt: Date): GatePlan {
  const words = surface.words ?? ACTION_WORDS
  const parsed = parseSettings(raw, words.input)
  const settings = parsed.ok ? parsed.settings : null
  const mode = parsed.ok ? parsed.settings.mode : parsed.mode
  const reportDir = path.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir)
  const history = resolveHistoryDir(
    (settings?.historyDir ?? raw['history-dir'] ?? '').trim(),
    reportDir,
    surface.env,
  )
  const upload = settings ?? parseUploadSettings(raw)
  return {
    startedAt,
    settings,
    inputErrors: parsed.ok ? [] : parsed.errors,
    mode,
    words,
    reportDir,
    historyDir: history.dir,
    historyNote: history.note,
    source: settings
      ? settings.source.kind === 'command'
        ? settings.source.command
        : settings.source.path
      : (raw.command ?? raw.suite ?? ''),
    operator: surface.operator,
    runUrl: surface.runUrl,
    env: surface.env,
    secretCustody: surface.secretCustody ?? null,
    redactValues: [raw['github-token']],
    redactVariables: settings?.redact ?? leniently(raw.redact),
    artifactName: upload.artifactName || defaultArtifactName(mode, surface.env),
    retentionDays: upload.retentionDays,
    uploadArtifact: upload.uploadArtifact,
    upload: !surface.uploadsReports
      ? { kind: 'none' }
      : upload.uploadArtifact
        ? { kind: 'upload' }
        : { kind: 'skip', outcome: { kind: 'skipped', reason: 'upload-artifact is false' } },
    approvalEnvironment:
      surface.verifiesApprovals && settings && settings.approvalEnvironment !== ''
        ? settings.approvalEnvironment
        : null,
  }
}

/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n))
}

// ── the effects a plan is applied with ────────────────────────────────────────────────────

/** Uploads the report files; what became of them is the returned fact. */
export type ReportUploader = (pending: PendingUpload) => Promise<UploadOutcome>

export interface GateEffects {
  now: () => Date
  /** The host name the report's provenance names. */
  hostName: string
  /** Runs the suite (runSuiteJob by default; the action frames its output in a log group). */
  runSuite?: SuiteRunner
  /** Where the suite's output is echoed live (redacted on the way). */
  echo?: Writable
  /** Cancellation (SIGINT, SIGTERM): the suite's processes are killed and the run is logged. */
  signal?: AbortSignal
  killGraceMs?: number
  /** Whether pid isolation works here (tests force it unavailable); the real probe by default. */
  isolationProbe?: IsolationProbe
  /** Verifies an override's approval: needed when the plan names an approval environment. */
  verifyApproval?: ApprovalVerifier
  /** Needed when the plan uploads the reports. */
  uploadReports?: ReportUploader
  /** Records the report files once named, before the suite runs: the post step's hand-off. */
  recordPendingUpload?: (pending: PendingUpload) => void
}

export interface GateResult {
  run: GateRun
  paths: ReportPaths
  settings: GateSettings | null
  /** Values the suite announced with ::add-mask::, for the caller to re-announce to the runner. */
  masks: string[]
  redactor: Redactor
}

// ── run ────────────────────────────────────────────────────────────────────────────────────

/** What the run holds besides the plan: the reserved names and the instruments of this run. */
interface Prepared {
  redactor: Redactor
  trackingId: string
  /** The report directory as it was when the run began: a swap for a link is detected. */
  heldDir: HeldDirectory
}

/** The run's files: the reports' names and the suite's own reports kept beside them. */
interface GateFiles {
  paths: ReportPaths
  suiteReports: string[]
}

/** Facts about the run, each of which can change the decision; a new fact makes a new value. */
export interface GateFacts {
  outcome: SuiteOutcome
  /** The suite's isolation, once chosen (only a suite that runs has one). */
  isolation: IsolationReport | null
  decidedAt: Date
  cancelled: boolean
  approval: ApprovalCheck | null
  upload: UploadOutcome | null
  uploadSettledAt: Date | null
  /** The report files could not be written (full disk, renderer failure): the first reason. */
  writeError: string | null
  /** The report directory was swapped during the run: nothing more is written or uploaded. */
  reportDirLost: boolean
  /** What the suite did to the runner's file commands (put back since), or null. */
  fileCommandsTampered: string | null
  /** The gate's own files changed while the suite ran (or its log was broken before). */
  tampering: Tampering
}

export async function applyPlan(plan: GatePlan, effects: GateEffects): Promise<GateResult> {
  const named = await reserveReportNames(plan)
  const prepared = await prepare(plan)
  effects.recordPendingUpload?.(pendingUpload(plan, prepared, named))

  const watch = await watchGateFiles(plan.historyDir, [plan.reportDir, plan.historyDir])
  const ran = await runSuitePhase(plan, prepared, named, effects)
  const tampering = await checkGateFiles(
    watch,
    reportFiles(ran.files.paths),
    reportBaseName(plan.startedAt).replace('SMOKE_TEST_INSTITUTIONAL_', ''),
  )
  const kept = await keepSuiteReports(
    plan,
    prepared,
    ran.files,
    withoutPlanted(ran.outcome, tampering),
  )
  if (kept.files !== ran.files) {
    effects.recordPendingUpload?.(pendingUpload(plan, prepared, kept.files))
  }
  const files = withoutMissingOutputLog(kept.files)
  const run = await judgeAndRecord(plan, prepared, files, effects, {
    outcome: kept.outcome,
    isolation: ran.isolation,
    decidedAt: effects.now(),
    cancelled: ran.cancelled,
    approval: null,
    upload: null,
    uploadSettledAt: null,
    writeError: kept.outcome.outputLost ?? ran.logLost,
    reportDirLost: false,
    fileCommandsTampered: ran.fileCommandsTampered,
    tampering,
  })

  // Reports older than report-retention-days go into the archive (not while answering a
  // cancellation, which must be quick); a failure only adds a note.
  const retentionNotes: string[] = []
  if (!ran.cancelled) {
    for (const dir of new Set([plan.historyDir, plan.reportDir])) {
      await retainAfterRun(
        retentionNotes,
        dir,
        plan.settings?.reportRetentionDays,
        effects.now(),
        plan.historyDir,
      )
    }
  }
  return {
    run: { ...run, outcome: { ...run.outcome, notes: [...run.outcome.notes, ...retentionNotes] } },
    paths: files.paths,
    settings: plan.settings,
    masks: [...prepared.redactor.announced],
    redactor: prepared.redactor,
  }
}

async function reserveReportNames(plan: GatePlan): Promise<GateFiles> {
  // The log lives with the history; the run's reports are written here and copied there.
  const reserved = await reserveReportPaths(plan.reportDir, plan.startedAt)
  return {
    paths: { ...reserved, opsLog: path.join(plan.historyDir, OPS_LOG_FILE) },
    suiteReports: [],
  }
}

/** After the names are reserved: reserving creates the report directory, held from then on. */
async function prepare(plan: GatePlan): Promise<Prepared> {
  const redactor = new Redactor(plan.redactValues)
  redactor.addVariables(plan.redactVariables, plan.env)
  redactor.addWithheld(plan.env)
  return { redactor, trackingId: newTrackingId(), heldDir: await holdDirectory(plan.reportDir) }
}

/** What the post step needs to upload the run's files if this step never finishes. */
function pendingUpload(plan: GatePlan, prepared: Prepared, files: GateFiles): PendingUpload {
  return {
    rootDirectory: plan.reportDir,
    files: [...reportFiles(files.paths), ...files.suiteReports],
    markdown: files.paths.markdown,
    runOpsLog: files.paths.runOpsLog,
    opsLog: files.paths.opsLog,
    name: plan.artifactName,
    retentionDays: plan.retentionDays,
    uploadArtifact: plan.uploadArtifact,
    mode: plan.mode,
    operator: plan.operator,
    runUrl: plan.runUrl,
    trackingId: prepared.trackingId,
    redact: plan.redactVariables,
  }
}

interface SuitePhase {
  outcome: SuiteOutcome
  files: GateFiles
  isolation: IsolationReport | null
  cancelled: boolean
  logLost: string | null
  fileCommandsTampered: string | null
}

async function runSuitePhase(
  plan: GatePlan,
  prepared: Prepared,
  files: GateFiles,
  effects: GateEffects,
): Promise<SuitePhase> {
  const { settings } = plan
  const nothingRan = {
    files,
    isolation: null,
    cancelled: false,
    logLost: null,
    fileCommandsTampered: null,
  }
  if (!settings) {
    return { outcome: outcomeWithoutChecks('invalid', plan.inputErrors), ...nothingRan }
  }
  if (settings.skipHealthCheck) {
    const note = `Health checks were skipped on request (${plan.words.override('skip-health-check')}).`
    return { outcome: outcomeWithoutChecks('skipped', [note]), ...nothingRan }
  }
  const chosen = await chooseIsolation(
    settings.suiteIsolation,
    effects.isolationProbe ?? cachedIsolationProbe,
  )
  const isolation: ProcessIsolation | undefined = chosen.launcher
    ? { launcher: chosen.launcher, rules: suiteMountRules(plan, files.paths) }
    : undefined
  const fileCommands = await takeFileCommands(plan.env)
  const started = performance.now()
  const cancelled = cancellation(effects.signal)
  const runSuite = effects.runSuite ?? runSuiteJob
  let outcome: SuiteOutcome
  let wasCancelled = false
  try {
    const result = await Promise.race([
      runSuite({
        settings,
        words: plan.words,
        env: sealedEnvironment(plan.env, settings.passEnv, prepared.trackingId),
        redactor: prepared.redactor,
        echo: effects.echo,
        killGraceMs: effects.killGraceMs,
        isolation,
        outputLog: files.paths.outputLog,
        reportDir: plan.reportDir,
        signal: effects.signal,
      }),
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

  const leftovers = await killTrackedProcesses(prepared.trackingId)
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
  for (const secret of outcome.secretValues ?? []) prepared.redactor.add(secret)
  let logLost: string | null = null
  try {
    await redactOutputLog(files.paths.outputLog, prepared.redactor)
  } catch (error) {
    // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
    if (files.paths.outputLog) await rm(files.paths.outputLog, { force: true }).catch(() => {})
    logLost = `The output log could not be redacted (${(error as Error).message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`
  }
  return {
    outcome,
    files,
    isolation: chosen.report,
    cancelled: wasCancelled,
    logLost,
    fileCommandsTampered,
  }
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
function suiteMountRules(plan: GatePlan, paths: ReportPaths): MountRules {
  return {
    hide: fileCommandPaths(plan.env),
    // The history is the gate's: all of it when it has its own directory, else its log and archive.
    readOnly: (plan.historyDir !== plan.reportDir
      ? [plan.historyDir]
      : [paths.opsLog, path.join(plan.historyDir, ARCHIVE_DIR)]
    ).filter((file) => existsSync(file)),
  }
}

/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(file: string | null, redactor: Redactor): Promise<void> {
  if (file === null || !existsSync(file)) return
  const info = await lstat(file)
  if (!info.isFile()) throw new Error(`${file} is not a regular file`)
  // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
  if (info.size === 0) return
  await redactFileInPlace(file, redactor, { learn: true })
}

/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 * Returns the same files when the suite wrote none.
 */
async function keepSuiteReports(
  plan: GatePlan,
  prepared: Prepared,
  files: GateFiles,
  written: SuiteOutcome,
): Promise<{ outcome: SuiteOutcome; files: GateFiles }> {
  if ((written.suiteReports ?? []).length === 0) return { outcome: written, files }
  // Redacted like every other surface; a name holding a secret is renamed first.
  const { kept, notes } = await redactSuiteFiles(
    written.suiteReports ?? [],
    prepared.redactor,
    async (file) => (await lstat(file)).nlink,
  )
  const outcome = { ...written, suiteReports: kept, notes: [...written.notes, ...notes] }
  if (!kept.some((f) => reportFiles(files.paths).includes(f))) {
    return { outcome, files: { ...files, suiteReports: kept } }
  }
  // The output log follows the gate's new name: one run's files never take the suite's name.
  const fresh = await reserveReportPaths(plan.reportDir, plan.startedAt)
  let outputLog = files.paths.outputLog
  if (outputLog !== null && fresh.outputLog !== null && existsSync(outputLog)) {
    const from = outputLog
    outputLog = await rename(from, fresh.outputLog).then(
      () => fresh.outputLog,
      () => from,
    )
  }
  return {
    outcome,
    files: { paths: { ...fresh, opsLog: files.paths.opsLog, outputLog }, suiteReports: kept },
  }
}

/** An output log the suite never wrote (or that could not be kept) is not one of the run's files. */
function withoutMissingOutputLog(files: GateFiles): GateFiles {
  const { outputLog } = files.paths
  if (outputLog === null || existsSync(outputLog)) return files
  return { ...files, paths: { ...files.paths, outputLog: null } }
}

// ── the report directory, held ──────────────────────────────────────────────────────────────

/** What the report directory was when the run began (node has no openat: its identity stands in). */
interface HeldDirectory {
  dev: number
  ino: number
  wasLink: boolean
}

async function holdDirectory(dir: string): Promise<HeldDirectory> {
  const [link, target] = await Promise.all([lstat(dir), stat(dir)])
  return { dev: target.dev, ino: target.ino, wasLink: link.isSymbolicLink() }
}

/** How the directory changed (a link now, or another directory), or null when it is the same. */
async function directorySwapped(held: HeldDirectory, dir: string): Promise<string | null> {
  const [link, target] = await Promise.all([
    lstat(dir).catch(() => null),
    stat(dir).catch(() => null),
  ])
  return link === null || target === null
    ? 'removed'
    : link.isSymbolicLink() && !held.wasLink
      ? 'replaced by a link'
      : target.dev !== held.dev || target.ino !== held.ino || !target.isDirectory()
        ? 'replaced by another directory'
        : null
}

// ── judge and record ───────────────────────────────────────────────────────────────────────

/** What the loop has done with the run so far. */
export interface Recorded {
  verified: boolean
  written: boolean
  uploaded: boolean
  /** The events handed to the log: each is logged once a run, in whatever order it arrives. */
  logged: ReadonlySet<OpsEvent>
}

export const NOTHING_RECORDED: Recorded = {
  verified: false,
  written: false,
  uploaded: false,
  logged: new Set(),
}

/** The next thing to do with a settled run, or null when everything known is recorded. */
export type Step =
  | { kind: 'verify'; request: ApprovalRequest }
  | { kind: 'write'; entries: OpsLogEntry[] }
  | { kind: 'upload' }

/**
 * Pure. An approval first (the verdict waits on it), then the reports and every entry not yet
 * logged (again whenever a new fact brings one: a write or upload failure), then the upload, once.
 */
export function nextStep(
  plan: GatePlan,
  run: GateRun,
  facts: GateFacts,
  recorded: Recorded,
): Step | null {
  const request = recorded.verified || facts.cancelled ? null : approvalRequest(plan, run)
  if (request) return { kind: 'verify', request }
  const unlogged = run.opsLog.filter((entry) => !recorded.logged.has(entry.event))
  if (!recorded.written || unlogged.length > 0) return { kind: 'write', entries: unlogged }
  if (
    plan.upload.kind !== 'none' &&
    !recorded.uploaded &&
    !facts.cancelled &&
    !facts.reportDirLost
  ) {
    return { kind: 'upload' }
  }
  return null
}

/** Judges the facts, does the next step, judges what it found; until no new fact arrives. */
async function judgeAndRecord(
  plan: GatePlan,
  prepared: Prepared,
  files: GateFiles,
  effects: GateEffects,
  suiteFacts: GateFacts,
): Promise<GateRun> {
  const judging: Judging = { hostName: effects.hostName, redactor: prepared.redactor }
  let facts = suiteFacts
  let recorded = NOTHING_RECORDED
  for (;;) {
    const run = settle(plan, facts, judging)
    const step = nextStep(plan, run, facts, recorded)
    if (step === null) return run
    if (step.kind === 'verify') {
      const approval = await verifySafely(
        needed(effects.verifyApproval, 'verifyApproval'),
        step.request,
      )
      facts = { ...facts, approval }
      recorded = { ...recorded, verified: true }
    } else if (step.kind === 'write') {
      const written = await write(plan, prepared, files, run, step.entries, facts)
      facts = withWritten(facts, written)
      const logged = new Set([...recorded.logged, ...step.entries.map((entry) => entry.event)])
      recorded = { ...recorded, written: true, logged }
    } else {
      const upload =
        plan.upload.kind === 'skip'
          ? plan.upload.outcome
          : await needed(
              effects.uploadReports,
              'uploadReports',
            )(pendingUpload(plan, prepared, files))
      facts = { ...facts, upload, uploadSettledAt: effects.now() }
      recorded = { ...recorded, uploaded: true }
    }
  }
}

/** An effect the plan relies on: its absence is the caller's mistake, not a fact of the run. */
function needed<T>(effect: T | undefined, name: string): T {
  if (effect === undefined) throw new Error(`The gate's plan needs ${name}, and none was given.`)
  return effect
}

/** What a write found: the first reason it failed is kept (a later one adds nothing). */
export function withWritten(facts: GateFacts, written: Written): GateFacts {
  const writeError = facts.writeError ?? written.writeError
  const reportDirLost = facts.reportDirLost || written.reportDirLost
  if (writeError === facts.writeError && reportDirLost === facts.reportDirLost) return facts
  return { ...facts, writeError, reportDirLost }
}

/** What settling needs beyond the plan and the facts: handed in, never looked up. */
export interface Judging {
  hostName: string
  /** Knows every secret the run met; settling only reads it. */
  redactor: Redactor
}

/** The facts so far → one decided, redacted run with its log entries. Pure. */
export function settle(plan: GatePlan, facts: GateFacts, judging: Judging): GateRun {
  const { settings, mode } = plan
  const { outcome } = facts
  const strictest = modeOrStrictest(mode)
  const requested = requestedOverride(outcome.status, settings?.forceStart ?? false)
  const requiredApprovals = requested ? approvalsRequired(strictest, requested) : 0
  const tampered = facts.tampering.log.length > 0 || facts.tampering.planted.length > 0
  const decision = decide({
    mode: strictest,
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
  const notes = [
    ...outcome.notes,
    ...tamperingNotes(facts.tampering),
    ...(plan.historyNote !== null ? [plan.historyNote] : []),
    ...(facts.fileCommandsTampered !== null ? [facts.fileCommandsTampered] : []),
    ...(facts.writeError !== null ? [facts.writeError] : []),
    ...(facts.upload?.kind === 'failed' ? [facts.upload.note] : []),
  ]
  const run: GateRun = {
    mode,
    subset: settings?.subset ?? null,
    source: plan.source,
    startedAt: plan.startedAt,
    outcome: { ...outcome, notes },
    decision,
    approval: facts.approval,
    upload: facts.upload,
    opsLog: [],
    operator: plan.operator,
    runUrl: plan.runUrl,
    reason: settings?.reason ?? '',
    ticket: settings?.ticket ?? '',
    impact: settings?.impact ?? '',
    mitigation: settings?.mitigation ?? '',
    approvalEnvironment: settings?.approvalEnvironment ?? '',
    requiredApprovals,
    provenance: provenanceFromEnv(plan.env, mode, judging.hostName),
    ...(facts.isolation && { isolation: facts.isolation }),
    ...(facts.isolation && plan.secretCustody && { secrets: plan.secretCustody }),
  }
  const redacted = judging.redactor.redactRun(run)
  const { log, planted } = facts.tampering
  const opsLog = runLogEntries(redacted, plan.words, {
    decidedAt: facts.decidedAt,
    cancelled: facts.cancelled,
    fileCommandsTampered: facts.fileCommandsTampered,
    logTampered:
      log.length > 0 ? tamperingNotes({ ...facts.tampering, planted: [] }).join(' ') : null,
    filesTampered:
      planted.length > 0 ? tamperingNotes({ ...facts.tampering, log: [] }).join(' ') : null,
    writeError: facts.writeError,
    uploadSettledAt: facts.uploadSettledAt,
  })
  return { ...redacted, opsLog }
}

function approvalRequest(plan: GatePlan, run: GateRun): ApprovalRequest | null {
  const { settings, approvalEnvironment } = plan
  const override = run.decision.requestedOverride
  if (run.decision.verdict !== 'approval-required' || !settings || !override) return null
  if (approvalEnvironment === null) return null
  return {
    mode: settings.mode,
    override,
    environment: approvalEnvironment,
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
    historyDir: plan.historyDir,
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

/** What one write found: why it failed (null: it did not), and whether the directory is gone. */
export interface Written {
  writeError: string | null
  reportDirLost: boolean
}

/**
 * Writes the report files and appends the given entries with the record of the files. A failure
 * to write is returned as a fact (no evidence), never thrown.
 */
async function write(
  plan: GatePlan,
  prepared: Prepared,
  files: GateFiles,
  run: GateRun,
  entries: readonly OpsLogEntry[],
  facts: GateFacts,
): Promise<Written> {
  // Once swapped, the directory is not written to again (its loss is a fact already).
  if (facts.reportDirLost) return { writeError: null, reportDirLost: true }
  const swapped = await directorySwapped(prepared.heldDir, plan.reportDir)
  if (swapped !== null) {
    // Writing there would put the reports wherever the link points: nothing is written.
    return {
      writeError: `The report directory ${plan.reportDir} was ${swapped} during the run, so no report was written there (nor uploaded from it). No evidence, no launch in live mode; keep the report directory out of the suite's reach and re-run.`,
      reportDirLost: true,
    }
  }
  // The reports and their record under the log's lock: another run never sees one without the other.
  try {
    const writeError = await withLogLockAsync(plan.historyDir, () =>
      writeAndRecord(plan, files, run, entries, facts.decidedAt),
    )
    return { writeError, reportDirLost: false }
  } catch (error) {
    // No lock, no log entry (it would fork the chain); the reports are still written.
    await writeReports(run, files.paths)
    return {
      writeError: `The operational log could not be appended: ${(error as Error).message}.`,
      reportDirLost: false,
    }
  }
}

/** Under the log's lock: the reports, their copy in the history, the entries and the record. */
async function writeAndRecord(
  plan: GatePlan,
  files: GateFiles,
  run: GateRun,
  entries: readonly OpsLogEntry[],
  at: Date,
): Promise<string | null> {
  const { paths } = files
  const failures = await writeReports(run, paths)
  if (plan.historyDir !== plan.reportDir) {
    failures.push(...keepInHistory(reportFiles(paths), plan.historyDir))
  }
  try {
    const record = reportsRecordedEntry(run, at, digestFiles(reportFiles(paths)))
    appendChainedLocked(plan.historyDir, [...entries, record])
  } catch (error) {
    return `The operational log could not be appended: ${(error as Error).message}.`
  }
  return failures.length === 0
    ? null
    : `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`
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
