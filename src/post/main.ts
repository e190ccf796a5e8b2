// The gate's post step (post-if: always()), from the same bundle as the main step. When main
// finished, it has nothing to do but upload what a cancelled main wrote and could not upload in
// its last second. When main was killed before it finished, it kills what the suite left
// running, marks the report as cancelled, records the abort in the operational log and uploads.

import { existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import type { ActionIo } from '../action/io.js'
import { readState, type PendingUpload } from '../artifact/state.js'
import { decide, modeOrStrictest } from '../decision.js'
import type { Decision } from '../model.js'
import { provenanceFromEnv } from '../provenance.js'
import { parseGateReport, type GateReport } from '../report/json-schema.js'
import {
  artifactRuntimeAvailable,
  uploadReportArtifact,
  uploadTimeoutMs,
  type ArtifactUploader,
} from '../artifact/upload.js'
import path from 'node:path'
import { appendLines, appendOpsLog, opsLogEntry, recordOfFiles } from '../opslog.js'
import { GATE_REPORT_MARKER, REPORT_TITLE } from '../report/markdown.js'
import { killTrackedProcesses } from '../runner/tracking.js'
import { keepInHistory } from '../history/location.js'
import { digestFiles } from '../history/record.js'

export interface PostDeps {
  io: ActionIo
  uploadArtifact?: ArtifactUploader
}

export async function runPost(env: NodeJS.ProcessEnv, deps: PostDeps): Promise<void> {
  const { io } = deps
  const ending = readState(io, 'main-ending')
  const pendingState = readState(io, 'pending-upload')
  if ('error' in pendingState) {
    io.setFailed(
      `Report artifact: the main step's saved state is unreadable (${pendingState.error}); the report was not uploaded.`,
    )
    return
  }
  const pending = pendingState.value
  if (pending === null) {
    io.info('Report artifact: the gate stopped before it named a report; nothing to upload.')
    return
  }
  const mainEnding = 'value' in ending ? ending.value : null
  if (mainEnding === 'uploaded' || mainEnding === 'skipped' || mainEnding === 'failed') {
    io.info(`Report artifact: the main step already handled it (${mainEnding}); nothing to do.`)
    return
  }

  const killed = pending.trackingId ? await killTrackedProcesses(pending.trackingId) : 0
  if (killed > 0) io.warning(`Killed ${killed} process(es) the smoke suite left running.`)

  if (mainEnding === null) {
    io.warning(
      'The gate step did not finish (cancelled or killed): uploading the report it left, marked as cancelled. No verdict was given: DO NOT LAUNCH.',
    )
    for (const failure of await markCancelled(pending, env))
      io.warning(`The cancelled run could not be recorded in full: ${failure}`)
  }
  if (!pending.uploadArtifact) return
  if (!artifactRuntimeAvailable(env)) {
    io.notice('Report artifact not uploaded: no artifact service here (outside GitHub Actions).')
    return
  }
  const upload = deps.uploadArtifact ?? uploadReportArtifact
  const attempt = (name: string) =>
    upload(
      {
        files: pending.files.filter((f) => existsSync(f)),
        rootDirectory: pending.rootDirectory,
        name,
        retentionDays: pending.retentionDays,
        timeoutMs: uploadTimeoutMs(env),
      },
      env,
    )
  let name = pending.name
  try {
    let artifact
    try {
      artifact = await attempt(name)
    } catch (error) {
      // A main step cancelled during its upload may have left an artifact of this name (with
      // the report it had written): the unfinished one goes beside it, where consumers see
      // both and refuse (two reports of one leg in one attempt, one of them an abort).
      if (mainEnding !== null) throw error
      name = `${pending.name}-unfinished`
      artifact = await attempt(name)
    }
    io.info(`Report artifact "${name}" uploaded: ${artifact.url}`)
  } catch (error) {
    io.setFailed(
      `Report artifact "${name}" could not be uploaded after the gate step ended early: ${(error as Error).message}`,
    )
  }
}

/** The cancellation goes into the report (or in its place) and into both operational logs. */
async function markCancelled(pending: PendingUpload, env: NodeJS.ProcessEnv): Promise<string[]> {
  const decision = decide({
    mode: modeOrStrictest(pending.mode),
    status: 'crashed',
    forceStart: false,
    approvalVerified: false,
    facts: ['gate-cancelled'],
  })
  const entry = opsLogEntry(
    {
      mode: pending.mode,
      status: 'crashed',
      exitCode: null,
      decision,
      failures: ['preflight gate: cancelled before a verdict'],
      operator: pending.operator,
      approvers: [],
      reason: '',
      ticket: '',
      runUrl: pending.runUrl,
    },
    new Date(),
    'GATE_CANCELLED',
    'The gate step was cancelled or killed before it finished; the post step uploaded what it left.',
  )
  await markJsonUnfinished(pending, env, decision)

  const markdown = pending.markdown
  // Reserved but never written: it holds only the gate's marker line.
  const written =
    existsSync(markdown) && (await stat(markdown)).size > GATE_REPORT_MARKER.length + 1
  const note = [
    '',
    '## Cancelled',
    '',
    'The gate step was cancelled or killed before it finished. There is no verdict: DO NOT LAUNCH.',
    '',
  ].join('\n')
  await writeFile(
    markdown,
    written
      ? (await readFile(markdown, 'utf8')) + note
      : `${GATE_REPORT_MARKER}\n# ${REPORT_TITLE}\n\n**Status**: ❌ CANCELLED\n**Verdict**: ABORT\n${note}`,
  )

  // The rewritten reports are the gate's own: kept in the history and recorded with their new
  // digests, so consumers read the cancellation, not "changed after the gate wrote it".
  const historyDir = path.dirname(pending.opsLog)
  const marked = [markdown, jsonReportOf(pending)]
  let failures: string[] = []
  try {
    if (historyDir !== pending.rootDirectory) failures = keepInHistory(marked, historyDir)
  } catch (error) {
    // The history cannot be made: the entries and the upload still go where they can.
    failures = [`the history (${historyDir}): ${(error as Error).message}`]
  }
  const record = recordOfFiles(
    entry,
    digestFiles(marked.map((f) => path.join(historyDir, path.basename(f)))),
    'The files the post step rewrote for the cancelled run.',
  )
  // Each log where it can: one that cannot be written never stops the other, nor the upload.
  const logged = await Promise.allSettled([
    appendLines(pending.runOpsLog, [entry]),
    appendOpsLog(historyDir, [entry, record]),
  ])
  for (const result of logged)
    if (result.status === 'rejected')
      failures.push(`the cancellation entry: ${(result.reason as Error).message}`)
  return failures
}

const jsonReportOf = (pending: PendingUpload) => pending.markdown.replace(/\.md$/, '.json')

/**
 * The JSON report is what `require` and `aggregate` read: whatever main had written there (a
 * proceed included), an unfinished gate's report says crashed/abort, with the same provenance.
 */
async function markJsonUnfinished(
  pending: PendingUpload,
  env: NodeJS.ProcessEnv,
  decision: Decision,
): Promise<void> {
  const json = jsonReportOf(pending)
  const previous = existsSync(json) ? parseGateReport(await readFile(json, 'utf8')) : null
  const written = previous?.ok ? previous.report : null
  const report: GateReport = {
    schemaVersion: 1,
    date: written?.date ?? new Date().toISOString(),
    mode: pending.mode,
    provenance: written?.provenance ?? provenanceFromEnv(env, pending.mode),
    status: 'crashed',
    verdict: decision.verdict,
    exitCode: written?.exitCode ?? null,
    gateExitCode: decision.gateExitCode,
    override: null,
    requestedOverride: null,
    durationMs: written?.durationMs ?? 0,
    checks: written?.checks ?? [],
    notes: [
      'The gate step was cancelled or killed before it finished: this report is unfinished and no verdict was given. DO NOT LAUNCH.',
      ...(written
        ? [`The unfinished run had reached: ${written.status}, ${written.verdict}.`]
        : []),
    ],
    runUrl: pending.runUrl,
  }
  await writeFile(json, JSON.stringify(report, null, 2) + '\n', 'utf8')
}
