// The gate's post step (post-if: always()). When the main step was cancelled or killed before
// it uploaded the report, this uploads what exists, marked as cancelled, and records the abort
// in the operational log. When main uploaded, skipped or failed the upload, it does nothing.

import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises'
import { PENDING_UPLOAD_STATE, UPLOAD_STATE, pendingUploadSchema } from '../artifact/state.js'
import {
  artifactRuntimeAvailable,
  uploadReportArtifact,
  uploadTimeoutMs,
} from '../artifact/upload.js'
import type { OpsLogEntry } from '../opslog.js'

export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const done = core.getState(UPLOAD_STATE)
  if (done !== '') {
    core.info(`Report artifact: the main step already handled it (${done}); nothing to do.`)
    return
  }
  const raw = core.getState(PENDING_UPLOAD_STATE)
  if (raw === '') {
    core.info('Report artifact: the gate stopped before it named a report; nothing to upload.')
    return
  }
  const parsed = pendingUploadSchema.safeParse(safeJson(raw))
  if (!parsed.success) {
    core.setFailed(
      `Report artifact: the main step's saved state is unreadable (${parsed.error.issues[0]?.message}); the report was not uploaded.`,
    )
    return
  }
  const pending = parsed.data
  if (!artifactRuntimeAvailable(env)) {
    core.notice('Report artifact not uploaded: no artifact service here (outside GitHub Actions).')
    return
  }

  core.warning(
    'The gate step did not finish (cancelled or killed): uploading the report it left, marked as cancelled. No verdict was given: DO NOT LAUNCH.',
  )
  await markCancelled(pending.markdown)
  const entry: OpsLogEntry = {
    timestamp: new Date().toISOString(),
    event: 'GATE_CANCELLED',
    mode: pending.mode,
    status: 'crashed',
    exitCode: null,
    gateExitCode: 1,
    failures: ['preflight gate: cancelled before a verdict'],
    decision: 'abort',
    operator: pending.operator,
    approvers: [],
    reason: '',
    ticket: '',
    runUrl: pending.runUrl,
    details:
      'The gate step was cancelled or killed before it finished; the post step uploaded what it left.',
  }
  const line = JSON.stringify(entry) + '\n'
  await Promise.all([appendFile(pending.runOpsLog, line), appendFile(pending.opsLog, line)])

  const files = pending.files.filter((f) => existsSync(f))
  try {
    const artifact = await uploadReportArtifact({
      files,
      rootDirectory: pending.rootDirectory,
      name: pending.name,
      retentionDays: pending.retentionDays,
      timeoutMs: uploadTimeoutMs(env),
    })
    core.info(`Report artifact "${pending.name}" uploaded: ${artifact.url}`)
  } catch (error) {
    core.setFailed(
      `Report artifact "${pending.name}" could not be uploaded after the cancelled gate: ${(error as Error).message}`,
    )
  }
}

/** A report the main step reserved but never wrote gets the cancellation in its place. */
async function markCancelled(markdown: string): Promise<void> {
  const written = existsSync(markdown) && (await stat(markdown)).size > 0
  const note = [
    '',
    '## Cancelled',
    '',
    'The gate step was cancelled or killed before it finished. There is no verdict: DO NOT LAUNCH.',
    '',
  ].join('\n')
  if (written) {
    await writeFile(markdown, (await readFile(markdown, 'utf8')) + note)
  } else {
    await writeFile(
      markdown,
      `# Institutional Smoke Test Report\n\n**Status**: ❌ CANCELLED\n**Verdict**: ABORT\n${note}`,
    )
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
