// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.

import type { ApprovalCheck, ApprovalRequest } from '../model.js'
import { createGitHubClient, runRefFromEnv } from './github.js'
import { openFollowUpTicket, type FollowUpTicket } from './publish.js'
import {
  verifyApproval,
  type ApprovalPolicy,
  type GitHubClient,
  type RequestOptions,
  type WorkflowRunRef,
} from './verify.js'

export interface OverrideDecision extends ApprovalCheck {
  ticketUrl: string | null
}

export async function authorizeOverride(
  client: GitHubClient,
  run: WorkflowRunRef,
  policy: ApprovalPolicy,
  followUp: Omit<FollowUpTicket, 'approvers'> | null,
  options?: RequestOptions,
): Promise<OverrideDecision> {
  const check = await verifyApproval(client, run, policy, options)
  if (!check.granted || followUp === null) return { ...check, ticketUrl: null }
  try {
    const ticketUrl = await openFollowUpTicket(client, run, {
      ...followUp,
      approvers: check.approvers,
    })
    return { ...check, ticketUrl }
  } catch (error) {
    return {
      ...check,
      granted: false,
      ticketUrl: null,
      refusals: [
        `Approved, but the follow-up ticket asked for (open-ticket) could not be opened, so the override is refused: ${(error as Error).message}`,
      ],
    }
  }
}

/** The approval policy of a gate's override request: any reviewer, never the run's own actors. */
export function gatePolicy(request: ApprovalRequest): ApprovalPolicy {
  return {
    mode: request.mode,
    environment: request.environment,
    override: request.override,
    requiredApprovals: request.requiredApprovals,
    approvers: [],
    allowSelfApproval: false,
  }
}

/**
 * The verifier both the gate action and the CLI hand to the engine: the approvals of this run
 * (GITHUB_REPOSITORY, GITHUB_RUN_ID) for the gate's approval environment, and the follow-up
 * ticket when open-ticket is set.
 */
export async function verifyGateOverride(
  request: ApprovalRequest,
  runUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<OverrideDecision> {
  const client = await createGitHubClient(request.githubToken, env)
  return authorizeOverride(
    client,
    runRefFromEnv(env),
    gatePolicy(request),
    request.openTicket
      ? {
          mode: request.mode,
          override: request.override,
          failures: request.failures,
          reason: request.reason,
          ticket: request.ticket,
          impact: request.impact,
          mitigation: request.mitigation,
          runUrl,
          reportUrl: runUrl,
        }
      : null,
  )
}
