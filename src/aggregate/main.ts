// The aggregate action: one verdict for a fleet. Lists this run's report artifacts, reads each
// leg's report, decides with the gate's own table (src/fleet/decision.ts), publishes the legs ×
// checks matrix, uploads its own report as `preflight-fleet-report`, and fails on abort.

import { coreIo } from '../action/core-io.js'
import { setOutputs, type ActionIo } from '../action/io.js'
import { UNDECIDED_FLEET, decide, decideFleetVerdict, factBlocks } from '../decision.js'
import {
  AGGREGATE_INPUTS,
  MAX_ARTIFACTS,
  parseAggregateSettings,
  type AggregateOutputs,
  type AggregateRawInputs,
} from './settings.js'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  artifactRuntimeAvailable,
  artifactUrl,
  uploadReportArtifact,
  uploadTimeoutMs,
  type ArtifactUploader,
} from '../artifact/upload.js'
import type { Mode } from '../model.js'
import { provenanceFromEnv } from '../provenance.js'
import { markdownText, withWorkflowCommandsStopped } from '../sanitize.js'
import { DEFAULT_REPORT_DIR, DEFAULT_RETENTION_DAYS } from '../settings.js'
import {
  storeFromInputs,
  globToRegExp,
  legsFromArtifacts,
  type RunArtifactStore,
} from '../fleet/artifacts.js'
import {
  decideFleet,
  withFleetFacts,
  type FleetDecision,
  type LegEvidence,
} from '../fleet/decision.js'
import { fleetOpsLogEntry, fleetReport } from '../fleet/report.js'
import { createGitHubClient, runRefFromEnv, runUrlFromEnv } from '../approval/github.js'
import { verifyWhereUsed, type GitHubClient } from '../approval/verify.js'
import { appendOpsLog } from '../opslog.js'
import { renderFleetConsole, renderFleetSummary } from '../fleet/render.js'
import { reportBaseName } from '../report/files.js'

export const FLEET_ARTIFACT = 'preflight-fleet-report'
export async function runAggregate(
  env: NodeJS.ProcessEnv = process.env,
  deps: {
    io: ActionIo
    store?: RunArtifactStore
    uploadArtifact?: ArtifactUploader
    github?: GitHubClient
  } = {
    io: coreIo(env),
  },
): Promise<void> {
  const { io, store: given } = deps
  // Until the legs are decided the fleet is incomplete: the outputs say abort (fail-closed).
  const outputs: AggregateOutputs = {
    verdict: decideFleetVerdict(UNDECIDED_FLEET).verdict,
    status: 'incomplete',
    legs: '[]',
    'failed-legs': '[]',
    'report-url': '',
  }
  setOutputs(io, outputs)
  const raw: AggregateRawInputs = {}
  for (const name of AGGREGATE_INPUTS) raw[name] = io.getInput(name)
  const parsed = parseAggregateSettings(raw)
  if (!parsed.ok) return await fail(io, `invalid inputs.\n${parsed.errors.join('\n')}`)
  const { mode, pattern, expected, githubToken } = parsed.settings
  const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env
  if (!sha || !runId || !repository)
    return await fail(
      io,
      'GITHUB_SHA, GITHUB_RUN_ID or GITHUB_REPOSITORY is not set: the aggregate action runs only inside a workflow run.',
    )
  if (!artifactRuntimeAvailable(env))
    return await fail(
      io,
      'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset): the legs’ reports cannot be read. For reports on disk use `preflight aggregate`.',
    )

  // With github-token this run's artifacts are read through the REST API (actions: read).
  let store: RunArtifactStore
  try {
    store = given ?? storeFromInputs(githubToken, env)
  } catch (error) {
    return await fail(io, (error as Error).message)
  }
  let decision: FleetDecision
  const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'preflight-fleet-'))
  try {
    const matcher = globToRegExp(pattern)
    const artifacts = (await store.list()).filter((a) => matcher.test(a.name))
    if (artifacts.length > MAX_ARTIFACTS)
      return await fail(
        io,
        `${artifacts.length} artifacts match "${pattern}", more than ${MAX_ARTIFACTS}: narrow the pattern.`,
      )
    io.info(`${artifacts.length} artifact(s) match "${pattern}"; ${expected} leg(s) expected.`)
    const found = await legsFromArtifacts(store, artifacts, workDir, (a) => artifactUrl(a.id, env))
    const evidence = await withOverridesVerified(found, mode, githubToken, env, deps.github)
    for (const note of evidence.notes) io.warning(note)
    decision = decideFleet(
      {
        mode,
        sha,
        runId,
        repository,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        notBefore: null,
        now: new Date(),
      },
      expected,
      evidence.legs,
    )
  } catch (error) {
    return await fail(
      io,
      `the legs’ reports could not be listed or read: ${(error as Error).message}`,
    )
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }

  const provenance = provenanceFromEnv(env, mode)
  const now = new Date()
  const report = fleetReport(decision, provenance, now)
  const reportDir = path.resolve(env.GITHUB_WORKSPACE ?? '.', DEFAULT_REPORT_DIR)
  await mkdir(reportDir, { recursive: true })
  const base = path.join(
    reportDir,
    reportBaseName(now).replace('SMOKE_TEST_INSTITUTIONAL', 'FLEET'),
  )
  const files = [`${base}.json`, `${base}.md`]
  let reportUrl = ''
  let uploadError: string | null = null
  await writeFile(files[0] as string, JSON.stringify(report, null, 2) + '\n', 'utf8')
  await writeFile(files[1] as string, renderFleetSummary(decision, provenance, ''), 'utf8')
  const runUrl = runUrlFromEnv(env)
  const operator = env.GITHUB_ACTOR || os.userInfo().username
  // Every abort leaves an operational-log entry, in the report directory and the artifact.
  if (decision.verdict === 'abort') {
    const entry = fleetOpsLogEntry(decision, now, operator, runUrl)
    files.push(`${base}.oplog.jsonl`)
    await writeFile(`${base}.oplog.jsonl`, JSON.stringify(entry) + '\n', 'utf8')
    await appendOpsLog(reportDir, [entry])
  }
  try {
    const attempt =
      env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1'
        ? `-attempt-${env.GITHUB_RUN_ATTEMPT}`
        : ''
    const uploaded = await (deps.uploadArtifact ?? uploadReportArtifact)(
      {
        files,
        rootDirectory: reportDir,
        name: `${FLEET_ARTIFACT}${attempt}`,
        retentionDays: DEFAULT_RETENTION_DAYS,
        timeoutMs: uploadTimeoutMs(env),
      },
      env,
    )
    reportUrl = uploaded.url
  } catch (error) {
    uploadError = (error as Error).message
  }

  await withWorkflowCommandsStopped(io.stdout, async () => {
    io.stdout.write(renderFleetConsole(decision))
  })
  outputs.status = decision.status
  outputs['report-url'] = reportUrl
  outputs.legs = JSON.stringify(
    report.legs.map((l) => ({
      host: l.host,
      runner: l.runnerName,
      job: l.job,
      matrix: l.matrix,
      status: l.status,
      verdict: l.verdict,
      override: l.override,
      failedChecks: l.failedChecks.map((c) => `${c.name} (${c.level})`),
      reportUrl: l.url,
    })),
  )
  outputs['failed-legs'] = JSON.stringify(
    decision.legs.filter((l) => l.blocking).map((l) => l.host || l.label),
  )
  let summary = renderFleetSummary(decision, provenance, reportUrl)
  // No fleet report, no launch where the table's fact says so (require would refuse anyway).
  const final = uploadError === null ? decision : withFleetFacts(decision, ['report-upload-failed'])
  const abortForUpload = final.verdict !== decision.verdict
  if (uploadError !== null) {
    const note = `The fleet report could not be uploaded as "${FLEET_ARTIFACT}": ${uploadError}${factBlocks('report-upload-failed', mode) ? ' No evidence, no launch.' : ' (paper mode: the verdict stands, but `require` will find no fleet report).'}`
    summary += `\n> ${note.replace(/\n/g, ' ')}\n`
    io.warning(note)
  }
  await io.writeSummary(summary)
  if (abortForUpload) {
    const entry = fleetOpsLogEntry(
      final,
      new Date(),
      operator,
      runUrl,
      'REPORT_UPLOAD_FAILED',
      `The fleet report could not be uploaded: ${uploadError}. No evidence, no launch.`,
    )
    await appendOpsLog(reportDir, [entry])
  }
  setOutputs(io, { ...outputs, verdict: final.verdict })
  if (final.verdict !== 'proceed') {
    io.setFailed(
      `❌ FLEET LAUNCH ABORTED (${final.status}): ${final.reasons.slice(0, 10).join(' ')}`,
    )
  }
}

/**
 * A leg that proceeds on an override its gate granted claims approvals: they are verified again
 * here, in this run, in the environment its report names. A leg whose approvals do not hold (or
 * cannot be checked) counts as the override still waiting: it blocks the fleet.
 */
async function withOverridesVerified(
  legs: readonly LegEvidence[],
  mode: Mode,
  githubToken: string,
  env: NodeJS.ProcessEnv,
  given: GitHubClient | undefined,
): Promise<{ legs: LegEvidence[]; notes: string[] }> {
  const notes: string[] = []
  let client: GitHubClient | undefined = given
  const verified: LegEvidence[] = []
  for (const leg of legs) {
    const report = leg.report
    if (!report || report.verdict !== 'proceed' || report.override === null) {
      verified.push(leg)
      continue
    }
    const override = report.override
    const environment = report.approval?.environment ?? ''
    let refusal: string | null = null
    if (environment === '') {
      refusal = 'its report does not say in which environment the override was approved'
    } else {
      try {
        client ??= await createGitHubClient(githubToken, env)
        const check = await verifyWhereUsed(client, runRefFromEnv(env), {
          mode,
          override,
          environment,
        })
        if (!check.granted) refusal = check.refusals.join(' ')
      } catch (error) {
        refusal = `the approvals could not be verified: ${(error as Error).message} (set "github-token" with permissions actions: read)`
      }
    }
    if (refusal === null) {
      verified.push(leg)
      continue
    }
    notes.push(`${leg.source}: ${override} was granted by its gate, but ${refusal}`)
    // The leg as its gate would have decided without the approval: never better than that.
    const unapproved = decide({
      mode,
      status: report.status,
      forceStart: report.requestedOverride === 'force-start',
      approvalVerified: false,
    })
    verified.push({
      ...leg,
      report: {
        ...report,
        override: null,
        verdict: unapproved.verdict,
        gateExitCode: unapproved.gateExitCode,
      },
    })
  }
  return { legs: verified, notes }
}

async function fail(io: ActionIo, message: string): Promise<void> {
  io.setFailed(`❌ FLEET LAUNCH ABORTED: ${message}`)
  await io.writeSummary(`## ❌ FLEET LAUNCH ABORTED\n\n${markdownText(message, 4000)}\n`)
}
