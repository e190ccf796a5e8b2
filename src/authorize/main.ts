// The authorize action (two-job flow): runs in a job bound to the override environment, after
// reviewers read the gate's report and approved that job. It verifies the approvals through the
// GitHub API, records the decision in the operational log, and fails unless the override is
// authorized. The deploy job needs it.

import * as core from '@actions/core'
import os from 'node:os'
import { authorizeOverride, type OverrideDecision } from '../approval/flow.js'
import { createGitHubClient, runRefFromEnv, runUrlFromEnv } from '../approval/github.js'
import { commentOpsLog } from '../approval/publish.js'
import { appendOpsLog, formatOpsLogEntry, type OpsLogEntry } from '../opslog.js'
import { DEFAULT_REPORT_DIR, DEFAULT_RETENTION_DAYS } from '../settings.js'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  artifactRuntimeAvailable,
  defaultArtifactName,
  uploadReportArtifact,
  uploadTimeoutMs,
} from '../artifact/upload.js'
import { AUTHORIZATION_ARTIFACT_PREFIX, authorizationRecord } from '../fleet/authorization.js'
import { provenanceFromEnv } from '../provenance.js'
import { reportBaseName } from '../report/files.js'
import { markdownCell, preformatted } from '../sanitize.js'
import {
  AUTHORIZE_INPUTS,
  parseAuthorizeSettings,
  type AuthorizeRawInputs,
  type AuthorizeSettings,
} from './settings.js'

export async function runAuthorize(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const raw: AuthorizeRawInputs = {}
  for (const name of AUTHORIZE_INPUTS) raw[name] = core.getInput(name)
  if (raw.mode === '') delete raw.mode
  if (raw.override === '') delete raw.override
  const parsed = parseAuthorizeSettings(raw)
  core.setOutput('authorized', 'false')
  core.setOutput('approvers', '[]')
  if (!parsed.ok) {
    core.setFailed(`❌ OVERRIDE NOT AUTHORIZED: invalid inputs.\n${parsed.errors.join('\n')}`)
    return
  }
  const settings = parsed.settings
  const runUrl = runUrlFromEnv(env)
  let decision: OverrideDecision
  try {
    const client = await createGitHubClient(settings.githubToken, env)
    const run = runRefFromEnv(env)
    decision = await authorizeOverride(
      client,
      run,
      {
        mode: settings.mode,
        environment: settings.environment,
        override: settings.override,
        requiredApprovals: settings.requiredApprovals,
        approvers: settings.approvers,
        allowSelfApproval: settings.allowSelfApproval,
      },
      settings.openTicket
        ? {
            mode: settings.mode,
            override: settings.override,
            failures: [],
            reason: settings.reason,
            ticket: settings.ticket,
            runUrl,
            reportUrl: runUrl ? `${runUrl}#artifacts` : '',
          }
        : null,
    )
    const entry = logEntry(settings, decision, env.GITHUB_ACTOR || os.userInfo().username, runUrl)
    await appendOpsLog(DEFAULT_REPORT_DIR, [entry])
    await uploadEvidence(settings, decision.granted, entry, env)
    await publish(settings, decision, entry)
    if (settings.opsLogIssue) {
      await commentOpsLog(client, run, settings.opsLogIssue, [entry]).catch((error: Error) =>
        core.warning(
          `Operational log not posted to issue #${settings.opsLogIssue}: ${error.message}`,
        ),
      )
    }
  } catch (error) {
    core.setFailed(`❌ OVERRIDE NOT AUTHORIZED: ${(error as Error).message}`)
    return
  }
  if (!decision.granted) {
    core.setFailed(
      `❌ OVERRIDE NOT AUTHORIZED (${settings.override}, ${settings.mode.toUpperCase()}): ${decision.refusals.join(' ')}`,
    )
  }
}

function logEntry(
  settings: AuthorizeSettings,
  decision: OverrideDecision,
  operator: string,
  runUrl: string,
): OpsLogEntry {
  const granted =
    settings.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START'
  return {
    timestamp: new Date().toISOString(),
    event: decision.granted ? granted : 'OVERRIDE_REFUSED',
    mode: settings.mode,
    status: settings.override === 'skip' ? 'skipped' : 'p1-failed',
    exitCode: null,
    gateExitCode: settings.override === 'skip' ? (decision.granted ? 0 : 1) : 2,
    failures: [],
    decision: decision.granted ? 'proceed' : 'abort',
    operator,
    approvers: decision.approvers,
    reason: settings.reason,
    ticket: settings.ticket,
    runUrl,
    details: decision.granted
      ? `${settings.override} authorized in environment "${settings.environment}"${decision.ticketUrl ? `; follow-up ${decision.ticketUrl}` : ''}`
      : decision.refusals.join(' '),
  }
}

/**
 * The entry as an artifact of this run, for the deploy job's `require` step. Without it
 * `require` refuses the override, so a failed upload is a warning here and a refusal there.
 */
async function uploadEvidence(
  settings: AuthorizeSettings,
  authorized: boolean,
  entry: OpsLogEntry,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!artifactRuntimeAvailable(env)) return
  const now = new Date()
  const dir = path.resolve(DEFAULT_REPORT_DIR)
  const file = path.join(
    dir,
    reportBaseName(now).replace('SMOKE_TEST_INSTITUTIONAL', 'AUTHORIZATION') + '.json',
  )
  const record = authorizationRecord(
    entry,
    settings,
    authorized,
    provenanceFromEnv(env, settings.mode),
  )
  const name = defaultArtifactName(settings.mode, env).replace(
    'preflight-report-',
    `${AUTHORIZATION_ARTIFACT_PREFIX}${settings.override}-`,
  )
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(file, JSON.stringify(record, null, 2) + '\n', 'utf8')
    await uploadReportArtifact(
      {
        files: [file],
        rootDirectory: dir,
        name,
        retentionDays: DEFAULT_RETENTION_DAYS,
        timeoutMs: uploadTimeoutMs(env),
      },
      env,
    )
  } catch (error) {
    core.warning(
      `The authorization record could not be uploaded as "${name}": ${(error as Error).message}. A deploy job's require step will not find it.`,
    )
  }
}

async function publish(
  settings: AuthorizeSettings,
  decision: OverrideDecision,
  entry: OpsLogEntry,
): Promise<void> {
  core.setOutput('authorized', String(decision.granted))
  core.setOutput('approvers', JSON.stringify(decision.approvers))
  for (const warning of decision.warnings) core.warning(warning)
  const title = decision.granted
    ? settings.override === 'skip'
      ? '🚨 HEALTH CHECK SKIP AUTHORIZED 🚨'
      : '🚨 FORCE START AUTHORIZED - PROCEEDING WITH P1 FAILURES 🚨'
    : '❌ OVERRIDE NOT AUTHORIZED - LAUNCH BLOCKED'
  core.info(`${title}\n${formatOpsLogEntry(entry)}`)
  const lines = [
    `## ${title}`,
    '',
    `- Override: \`${settings.override}\` in ${settings.mode.toUpperCase()} mode`,
    `- Environment: \`${markdownCell(settings.environment)}\` · approvals required: ${settings.requiredApprovals}`,
    ...decision.approvers.map(
      (a) =>
        `- Approved by ${markdownCell(a.login)}${a.comment ? `: “${markdownCell(a.comment)}”` : ''}`,
    ),
    ...decision.refusals.map((r) => `- Refused: ${markdownCell(r, 2000)}`),
    ...decision.warnings.map((w) => `- Warning: ${markdownCell(w, 2000)}`),
    ...(decision.ticketUrl ? [`- Follow-up ticket: ${encodeURI(decision.ticketUrl)}`] : []),
    '',
    '### Operational log',
    '',
    preformatted(formatOpsLogEntry(entry)),
  ]
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(lines.join('\n') + '\n').write()
}
