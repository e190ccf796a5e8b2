// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.

import type { ApprovalCheck } from '../report/model.js'
import { openFollowUpTicket, type FollowUpTicket } from './publish.js'
import {
  verifyApproval,
  type ApprovalPolicy,
  type GitHubClient,
  type RequestOptions,
  type RunRef,
} from './verify.js'

export interface OverrideDecision extends ApprovalCheck {
  ticketUrl: string | null
}

export async function authorizeOverride(
  client: GitHubClient,
  run: RunRef,
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
