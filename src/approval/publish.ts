// Operational-log entries as comments on a tracking issue, and the follow-up ticket the source
// document demands after an override ("Create P0 ticket to fix the P1 issue").

import type { Approver, OpsLogEntry } from '../model.js'
import { formatOpsLogEntry, opsLogEntryMarker } from '../opslog.js'
import { escapeHtml, markdownText } from '../sanitize.js'
import type { GitHubClient, WorkflowRunRef } from './verify.js'

export const TICKET_LABEL = 'preflight-override'

export async function commentOpsLog(
  client: GitHubClient,
  run: Pick<WorkflowRunRef, 'owner' | 'repo'>,
  issueNumber: number,
  entries: readonly OpsLogEntry[],
): Promise<void> {
  if (entries.length === 0) return
  const body = [
    '**Preflight Gate — operational log**',
    '',
    `<pre>${escapeHtml(entries.map(formatOpsLogEntry).join('\n\n'))}</pre>`,
    // The entries themselves, for `preflight review`: base64 cannot end the HTML comment.
    ...entries.map(opsLogEntryMarker),
  ].join('\n')
  await withIssuesPermission(`comment on issue #${issueNumber}`, () =>
    client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: run.owner,
      repo: run.repo,
      issue_number: issueNumber,
      body,
    }),
  )
}

export interface FollowUpTicket {
  mode: string
  override: string
  failures: readonly string[]
  approvers: readonly Approver[]
  reason: string
  ticket: string
  /** A force-start's expected impact and mitigation plan. */
  impact: string
  mitigation: string
  runUrl: string
  /** Where the report is: the artifact or the run. */
  reportUrl: string
}

/** Opens the follow-up issue; returns its URL. */
export async function openFollowUpTicket(
  client: GitHubClient,
  run: Pick<WorkflowRunRef, 'owner' | 'repo'>,
  ticket: FollowUpTicket,
): Promise<string> {
  const list = (items: readonly string[]) =>
    items.length > 0 ? items.map((i) => `- ${markdownText(i, 1000)}`) : ['- (none reported)']
  const body = [
    `An override (**${ticket.override}**, ${ticket.mode.toUpperCase()} mode) let a launch through. Fix what it bypassed, then re-enable the gate's normal path.`,
    '',
    '**Failed checks**',
    ...list(ticket.failures),
    '',
    '**Approved by**',
    ...list(ticket.approvers.map((a) => (a.comment ? `${a.login}: "${a.comment}"` : a.login))),
    '',
    `**Reason**: ${markdownText(ticket.reason || '(none given)', 2000)}`,
    `**Documentation**: ${markdownText(ticket.ticket || '(none given)')}`,
    ...(ticket.override === 'force-start'
      ? [
          `**Expected impact**: ${markdownText(ticket.impact || '(none given)', 2000)}`,
          `**Mitigation plan**: ${markdownText(ticket.mitigation || '(none given)', 2000)}`,
        ]
      : []),
    `**Run**: ${encodeURI(ticket.runUrl)}`,
    `**Report**: ${encodeURI(ticket.reportUrl)}`,
  ].join('\n')
  const response = await withIssuesPermission('open the follow-up issue', () =>
    client.request('POST /repos/{owner}/{repo}/issues', {
      owner: run.owner,
      repo: run.repo,
      title:
        `Preflight override (${ticket.override}, ${ticket.mode}): fix ${ticket.failures[0] ?? 'the bypassed checks'}`.slice(
          0,
          200,
        ),
      body,
      labels: [TICKET_LABEL],
    }),
  )
  const url = (response.data as { html_url?: unknown }).html_url
  if (typeof url !== 'string')
    throw new Error('GitHub opened the follow-up issue but returned no html_url.')
  return url
}

async function withIssuesPermission<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint =
      status === 403 || status === 404
        ? ' Give the job `permissions: issues: write`.'
        : status === 401
          ? ' Check the "github-token" input.'
          : ''
    throw new Error(
      `Could not ${what}: ${(error as Error).message}${status ? ` (${status})` : ''}.${hint}`,
    )
  }
}
