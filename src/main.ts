// The gate action: reads the inputs, runs the engine, then publishes the verdict (log,
// annotations, outputs, job summary) and fails the step on every verdict but `proceed`.

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { decide, modeOrStrictest, stepFails } from './decision.js'
import { applyPlan, planGate, type GateEffects, type GateResult } from './engine.js'
import { verifyGateOverride } from './approval/flow.js'
import { createGitHubClient, runRefFromEnv, runUrlFromEnv } from './approval/github.js'
import { commentOpsLog } from './approval/publish.js'
import { coreIo } from './action/core-io.js'
import { setOutputs, type ActionIo } from './action/io.js'
import {
  NO_ARTIFACT_SERVICE,
  uploadPendingReports,
  type ArtifactUploader,
} from './artifact/upload.js'
import { saveState, type MainEnding } from './artifact/state.js'
import { ACTION_WORDS, type GateRun, type SecretCustody } from './model.js'
import { consoleBanner, runBanner } from './report/messages.js'
import { runSuiteJob } from './runner/suite-job.js'
import { fitSummary, renderSummary } from './report/summary.js'
import { withWorkflowCommandsStopped } from './sanitize.js'
import { DEFAULT_REPORT_DIR, INPUT_NAMES, type RawInputs } from './settings.js'
import { appendOpsLog, opsLogEntry } from './opslog.js'

/** The gate's outputs, as in action.yml. */
export const GATE_OUTPUTS = [
  'verdict',
  'status',
  'exit-code',
  'gate-exit-code',
  'override',
  'report-path',
  'report-json-path',
  'report-digest',
  'junit-path',
  'artifact-id',
  'artifact-url',
  'failed-checks',
] as const
type GateOutputs = Record<(typeof GATE_OUTPUTS)[number], string>

/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10
/** Bounds on what one run puts into outputs and annotations. */
const MAX_FAILED_CHECKS_OUTPUT = 100
const MAX_ANNOTATION_CHARS = 4000

export interface GateActionDeps {
  io: ActionIo
  now?: () => Date
  signal?: AbortSignal
  uploadArtifact?: ArtifactUploader
  /** Verifies the single-job flow's approval; default: the GitHub API with the run's token. */
  verifyApproval?: GateEffects['verifyApproval']
  /** Where the entry point put the runner's secrets while the suite runs. */
  secretCustody?: SecretCustody
}

export function readActionInputs(
  io: Pick<ActionIo, 'getInput'>,
  env: NodeJS.ProcessEnv,
): RawInputs {
  const raw: RawInputs = {}
  for (const name of INPUT_NAMES) raw[name] = io.getInput(name)
  // Not set at all (no action.yml default applied): the default; set empty: append nothing.
  if (env['INPUT_SUBSET-ARGS'] === undefined) delete raw['subset-args']
  // `mode` is required: an empty value is reported as missing, not as a wrong value.
  if (raw.mode === '') delete raw.mode
  return raw
}

/** Defaults to the real runner, so tools such as @github/local-action can call `run()`. */
export async function run(
  env: NodeJS.ProcessEnv = process.env,
  deps: GateActionDeps = { io: coreIo(env) },
): Promise<void> {
  const { io } = deps
  let result: GateResult | null = null
  let ending: MainEnding = 'written'
  const raw = readActionInputs(io, env)
  const runUrl = runUrlFromEnv(env)
  const operator = env.GITHUB_ACTOR || os.userInfo().username
  try {
    const now = deps.now ?? (() => new Date())
    const plan = planGate(
      raw,
      {
        operator,
        runUrl,
        env,
        secretCustody: deps.secretCustody,
        uploadsReports: true,
        verifiesApprovals: true,
      },
      now(),
    )
    result = await applyPlan(plan, {
      now,
      hostName: os.hostname(),
      echo: io.stdout,
      signal: deps.signal,
      // The suite's output in a log group, with workflow commands stopped while it prints.
      runSuite: (job) =>
        io.group('Smoke suite output', () =>
          withWorkflowCommandsStopped(io.stdout, () => runSuiteJob(job)),
        ),
      recordPendingUpload: (pending) => saveState(io, 'pending-upload', pending),
      uploadReports: (pending) => uploadPendingReports(pending, env, deps.uploadArtifact),
      verifyApproval:
        deps.verifyApproval ?? ((request) => verifyGateOverride(request, runUrl, env)),
    })
    ending = result.run.upload?.kind ?? 'written'
    announceApproval(io, result.run)
    if (result.run.upload?.kind === 'skipped' && result.run.upload.reason === NO_ARTIFACT_SERVICE) {
      io.notice(
        'Report artifact not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset, as outside GitHub Actions).',
      )
    }
    // Announced by the suite inside the stop-commands window: announce them where they count.
    for (const mask of result.masks) io.setSecret(mask)
    publish(io, result, await reportDigest(result.paths.json))
    await commentOnTrackingIssue(io, env, result)
  } catch (error) {
    // The gate itself failed before it could decide: fail closed.
    const mode = raw.mode === 'paper' || raw.mode === 'live' ? raw.mode : null
    const decision = decide({
      mode: modeOrStrictest(mode),
      status: 'crashed',
      forceStart: false,
      approvalVerified: false,
      facts: ['gate-error'],
    })
    setOutputs(io, {
      ...emptyOutputs(),
      verdict: decision.verdict,
      status: 'crashed',
      'gate-exit-code': String(decision.gateExitCode),
    })
    const message = `❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED: ${(error as Error).message}. The gate could not complete, so the launch is blocked; fix the cause and re-run.`
    io.setFailed(message)
    // Even a failed gate leaves its abort in the operational log, where it can.
    const entry = opsLogEntry(
      {
        mode,
        status: 'crashed',
        exitCode: null,
        decision,
        failures: ['preflight gate: error before a verdict'],
        operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl,
      },
      new Date(),
      'GATE_ERROR',
      (error as Error).message,
    )
    await appendOpsLog(path.resolve(raw['report-dir'] || DEFAULT_REPORT_DIR), [entry]).catch(
      (logError: Error) => io.warning(`The gate error could not be logged: ${logError.message}`),
    )
  } finally {
    // The post step reads this: main finished, so nothing is mislabelled as cancelled.
    saveState(io, 'main-ending', ending)
    await writeSummary(io, result)
  }
}

/** What the approval's verification found beyond the verdict: the ticket it opened, warnings. */
function announceApproval(io: ActionIo, run: GateRun): void {
  if (!run.approval) return
  if (run.approval.ticketUrl) io.info(`Follow-up ticket: ${run.approval.ticketUrl}`)
  for (const warning of run.approval.warnings) io.warning(warning)
}

/** With ops-log-issue, every entry of this run also goes to the tracking issue. */
async function commentOnTrackingIssue(
  io: ActionIo,
  env: NodeJS.ProcessEnv,
  { run, settings }: GateResult,
): Promise<void> {
  if (!settings?.opsLogIssue || run.opsLog.length === 0) return
  try {
    const client = await createGitHubClient(settings.githubToken, env)
    await commentOpsLog(client, runRefFromEnv(env), settings.opsLogIssue, run.opsLog)
  } catch (error) {
    io.warning(
      `Operational log not posted to issue #${settings.opsLogIssue}: ${(error as Error).message} (it is in the report directory and this summary).`,
    )
  }
}

function emptyOutputs(): GateOutputs {
  return Object.fromEntries(GATE_OUTPUTS.map((name) => [name, ''])) as GateOutputs
}

/**
 * SHA-256 of the JSON report as the gate left it: `require` with this digest accepts only that
 * report. '' when it could not be read (a write failure is already a fact of the run).
 */
async function reportDigest(file: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
  } catch {
    return ''
  }
}

function publish(io: ActionIo, { run, paths }: GateResult, digest: string): void {
  const { outcome, decision } = run
  const banner = runBanner(run, ACTION_WORDS)
  const text = consoleBanner(banner, paths.markdown)
  if (banner.severity === 'warning') io.warning(text, { title: banner.title })
  else io.info(text)
  annotate(io, run)
  if (run.upload?.kind === 'failed') io.warning(run.upload.note)

  const failed = outcome.checks.filter((c) => c.status === 'failed')
  const listed: unknown[] = failed
    .slice(0, MAX_FAILED_CHECKS_OUTPUT)
    .map((c) => ({ name: c.name, level: c.level, message: c.message.slice(0, 500) }))
  if (failed.length > MAX_FAILED_CHECKS_OUTPUT) {
    listed.push({ omitted: failed.length - MAX_FAILED_CHECKS_OUTPUT })
  }
  const outputs: GateOutputs = {
    verdict: decision.verdict,
    status: outcome.status,
    'exit-code': outcome.exitCode === null ? '' : String(outcome.exitCode),
    'gate-exit-code': String(decision.gateExitCode),
    override: decision.grantedOverride ?? '',
    'report-path': paths.markdown,
    'report-json-path': paths.json,
    'report-digest': digest,
    'junit-path': paths.junit,
    'artifact-id': run.upload?.kind === 'uploaded' ? String(run.upload.id) : '',
    'artifact-url': run.upload?.kind === 'uploaded' ? run.upload.url : '',
    'failed-checks': JSON.stringify(listed),
  }
  // The run is redacted already; the outputs the gate sets itself (verdict, status) stay exact.
  setOutputs(io, outputs)

  if (stepFails(decision)) {
    io.setFailed(bounded(`${text}\n${outcome.notes.join('\n')}`.trim()))
  }
}

/** A failed check's own level decides: P0 an error, P1/P2 a warning; at most 10 of each. */
function annotate(io: ActionIo, run: GateRun): void {
  const { outcome, decision } = run
  const failed = outcome.checks.filter((c) => c.status === 'failed')
  const errors: string[] = []
  const warnings: string[] = []
  for (const check of failed) {
    const line = `${check.level} ${check.name}: ${check.message}${check.remediation ? ` — ${check.remediation}` : ''}`
    ;(check.level === 'P0' ? errors : warnings).push(bounded(line, 1000))
  }
  if (failed.length === 0 && outcome.status !== 'passed') {
    const note = [runBanner(run, ACTION_WORDS).title, ...outcome.notes].join(' — ')
    ;(decision.hardAbort ? errors : warnings).push(bounded(note))
  }
  emitCapped(errors, (m, title) => io.error(m, { title }), 'Preflight: P0')
  emitCapped(warnings, (m, title) => io.warning(m, { title }), 'Preflight: P1 / P2')
}

function emitCapped(
  messages: string[],
  emit: (message: string, title: string) => void,
  title: string,
) {
  const shown = messages.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : messages.length
  for (const m of messages.slice(0, shown)) emit(m, title)
  if (messages.length > shown) {
    const rest = messages.slice(shown)
    emit(bounded(`${rest.length} more (see the report): ${rest.join(' | ')}`), `${title} (grouped)`)
  }
}

function bounded(text: string, max = MAX_ANNOTATION_CHARS): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

async function writeSummary(io: ActionIo, result: GateResult | null): Promise<void> {
  try {
    let markdown =
      '## ❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED\n\nThe gate failed before it could decide; see the step log.\n'
    if (result) {
      const upload = result.run.upload
      const links = result.redactor.redactDeep({
        reportPath: path.relative(process.cwd(), result.paths.markdown),
        ...(upload?.kind === 'uploaded' && { artifactUrl: upload.url }),
      })
      markdown = fitSummary(renderSummary(result.run, links), links)
    }
    await io.writeSummary(markdown)
  } catch (error) {
    io.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}
