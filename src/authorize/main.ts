// The authorize action (two-job flow): runs in a job bound to the override environment, after
// reviewers read the gate's report and approved that job. It verifies the approvals through the
// GitHub API, records the decision in the operational log, and fails unless the override is
// authorized. The deploy job needs it.

import os from 'node:os'
import path from 'node:path'
import type { ActionIo } from '../action/io.js'
import { setOutputs } from '../action/io.js'
import { authorizeOverride, type OverrideDecision } from '../approval/flow.js'
import { createGitHubClient, runRefFromEnv, runUrlFromEnv } from '../approval/github.js'
import { commentOpsLog } from '../approval/publish.js'
import { OVERRIDDEN_STATUS, decide } from '../decision.js'
import { appendOpsLog, formatOpsLogEntry, opsLogEntry } from '../opslog.js'
import { Redactor } from '../redact.js'
import { DEFAULT_REPORT_DIR, DEFAULT_RETENTION_DAYS } from '../settings.js'
import { mkdir, writeFile } from 'node:fs/promises'
import {
  artifactRuntimeAvailable,
  defaultArtifactName,
  uploadReportArtifact,
  uploadTimeoutMs,
  type ArtifactUploader,
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
import type { OpsLogEntry } from '../model.js'

/** The authorize action's outputs, as in authorize/action.yml. */
export const AUTHORIZE_OUTPUTS = ['authorized', 'approvers'] as const
type AuthorizeOutputs = Record<(typeof AUTHORIZE_OUTPUTS)[number], string>

export interface AuthorizeDeps {
  io: ActionIo
  now?: () => Date
  uploadArtifact?: ArtifactUploader
}

export async function runAuthorize(env: NodeJS.ProcessEnv, deps: AuthorizeDeps): Promise<void> {
  const { io } = deps
  const raw: AuthorizeRawInputs = {}
  for (const name of AUTHORIZE_INPUTS) raw[name] = io.getInput(name)
  if (raw.mode === '') delete raw.mode
  if (raw.override === '') delete raw.override
  const parsed = parseAuthorizeSettings(raw)
  setOutputs<keyof AuthorizeOutputs>(io, { authorized: 'false', approvers: '[]' })
  if (!parsed.ok) {
    io.setFailed(`❌ OVERRIDE NOT AUTHORIZED: invalid inputs.\n${parsed.errors.join('\n')}`)
    return
  }
  const settings = parsed.settings
  const redactor = new Redactor([settings.githubToken])
  redactor.addWithheld(env)
  const runUrl = runUrlFromEnv(env)
  const now = deps.now ?? (() => new Date())
  let decision: OverrideDecision
  try {
    const client = await createGitHubClient(settings.githubToken, env)
    const run = runRefFromEnv(env)
    decision = redactor.redactDeep(
      await authorizeOverride(
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
              // The ticket is evidence too: its free text passes the same pipeline.
              reason: redactor.redact(settings.reason),
              ticket: redactor.redact(settings.ticket),
              impact: redactor.redact(settings.impact),
              mitigation: redactor.redact(settings.mitigation),
              runUrl,
              reportUrl: runUrl ? `${runUrl}#artifacts` : '',
            }
          : null,
      ),
    )
    const operator = env.GITHUB_ACTOR || os.userInfo().username
    const entry = redactor.redactDeep(logEntry(settings, decision, operator, runUrl, now()))
    const reportDir = path.resolve(env.GITHUB_WORKSPACE ?? '.', DEFAULT_REPORT_DIR)
    await appendOpsLog(reportDir, [entry])
    await uploadEvidence(deps, settings, decision.granted, entry, reportDir, env, now())
    await publish(io, settings, decision, entry)
    if (settings.opsLogIssue) {
      await commentOpsLog(client, run, settings.opsLogIssue, [entry]).catch((error: Error) =>
        io.warning(
          `Operational log not posted to issue #${settings.opsLogIssue}: ${error.message}`,
        ),
      )
    }
  } catch (error) {
    io.setFailed(`❌ OVERRIDE NOT AUTHORIZED: ${redactor.redact((error as Error).message)}`)
    return
  }
  if (!decision.granted) {
    io.setFailed(
      `❌ OVERRIDE NOT AUTHORIZED (${settings.override}, ${settings.mode.toUpperCase()}): ${decision.refusals.join(' ')}`,
    )
  }
}

/** The override's entry, with the verdict and exit code the decision table gives it. */
function logEntry(
  settings: AuthorizeSettings,
  decision: OverrideDecision,
  operator: string,
  runUrl: string,
  at: Date,
): OpsLogEntry {
  const status = OVERRIDDEN_STATUS[settings.override]
  const verdict = decide({
    mode: settings.mode,
    status,
    forceStart: settings.override === 'force-start',
    approvalVerified: decision.granted,
    // Not granted here means blocked: the launch does not happen.
    facts: decision.granted ? [] : ['approval-refused'],
  })
  const granted =
    settings.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START'
  return opsLogEntry(
    {
      mode: settings.mode,
      status,
      exitCode: null,
      decision: verdict,
      failures: [],
      operator,
      approvers: decision.approvers,
      reason: settings.reason,
      ticket: settings.ticket,
      impact: settings.impact,
      mitigation: settings.mitigation,
      runUrl,
    },
    at,
    decision.granted ? granted : 'OVERRIDE_REFUSED',
    decision.granted
      ? `${settings.override} authorized in environment "${settings.environment}"${decision.ticketUrl ? `; follow-up ${decision.ticketUrl}` : ''}`
      : decision.refusals.join(' '),
  )
}

/**
 * The entry as an artifact of this run, for the deploy job's `require` step (and so the log entry
 * is never lost with the runner). Without it `require` refuses the override, so a failed upload
 * is a warning here and a refusal there.
 */
async function uploadEvidence(
  deps: AuthorizeDeps,
  settings: AuthorizeSettings,
  authorized: boolean,
  entry: OpsLogEntry,
  dir: string,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<void> {
  if (!artifactRuntimeAvailable(env)) return
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
  const upload = deps.uploadArtifact ?? uploadReportArtifact
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(file, JSON.stringify(record, null, 2) + '\n', 'utf8')
    await upload(
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
    deps.io.warning(
      `The authorization record could not be uploaded as "${name}": ${(error as Error).message}. A deploy job's require step will not find it.`,
    )
  }
}

async function publish(
  io: ActionIo,
  settings: AuthorizeSettings,
  decision: OverrideDecision,
  entry: OpsLogEntry,
): Promise<void> {
  setOutputs<keyof AuthorizeOutputs>(io, {
    authorized: String(decision.granted),
    approvers: JSON.stringify(decision.approvers),
  })
  for (const warning of decision.warnings) io.warning(warning)
  const title = decision.granted
    ? settings.override === 'skip'
      ? '🚨 HEALTH CHECK SKIP AUTHORIZED 🚨'
      : '🚨 FORCE START AUTHORIZED - PROCEEDING WITH P1 FAILURES 🚨'
    : '❌ OVERRIDE NOT AUTHORIZED - LAUNCH BLOCKED'
  io.info(`${title}\n${formatOpsLogEntry(entry)}`)
  const lines = [
    `## ${title}`,
    '',
    `- Override: \`${settings.override}\` in ${settings.mode.toUpperCase()} mode`,
    `- Environment: ${markdownCell(settings.environment)} · approvals required: ${settings.requiredApprovals}`,
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
  await io.writeSummary(lines.join('\n') + '\n')
}
