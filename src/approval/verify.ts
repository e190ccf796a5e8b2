// Verifies that an override was approved by reviewers of a protected GitHub environment, through
// the REST API. Shared by the gate (single-job flow) and the authorize action (two-job flow).
// Every doubt refuses: an API error, a missing permission, an answer of an unexpected shape.

import { z } from 'zod'
import { approvalsRequired, commentRequired } from '../decision.js'
import type { ApprovalCheck, Approver, Mode, Override } from '../model.js'

/** The part of an Octokit client this module uses: `octokit.request(route, params)`. */
export interface GitHubClient {
  request: (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }>
}

/** A workflow run: the repository and the run's id. */
export interface WorkflowRunRef {
  owner: string
  repo: string
  runId: number
}

export interface ApprovalPolicy {
  mode: Mode
  environment: string
  override: Override
  requiredApprovals: number
  /** Logins allowed to approve; empty means any reviewer of the environment. */
  approvers: readonly string[]
  allowSelfApproval: boolean
  /** Who launches with this approval (the CLI's token user): never counted as an approver. */
  operator?: string
}

export interface RequestOptions {
  /** Per request; a server that never answers is bounded by it. */
  timeoutMs: number
  /** Retries for 5xx answers, rate limits and network errors. */
  retries: number
  retryDelayMs: number
  /** How a refusal names the fix; the action's words unless the caller (the CLI) has its own. */
  wording?: FixWording
}

export interface FixWording {
  /** Where the token comes from. */
  token: string
  /** How to give the token read access to the run, its approvals and the environment. */
  readPermission: string
}

export const ACTION_WORDING: FixWording = {
  token: 'the "github-token" input',
  readPermission: 'give the job `permissions: actions: read`',
}

export const DEFAULT_REQUEST_OPTIONS: RequestOptions = {
  timeoutMs: 15_000,
  retries: 3,
  retryDelayMs: 1000,
}

/** Most approvals one run can hold are a handful; thousands mean an answer not to trust. */
export const MAX_APPROVALS = 1000

// Shapes from GitHub's OpenAPI description (@octokit/openapi-types): only the fields read here.
const user = z.object({ login: z.string().min(1) })
const environmentSchema = z.object({
  name: z.string(),
  protection_rules: z
    .array(
      z.object({
        type: z.string(),
        prevent_self_review: z.boolean().optional(),
        reviewers: z.array(z.unknown()).optional(),
      }),
    )
    .optional(),
  can_admins_bypass: z.boolean().optional(),
})
const runSchema = z.object({
  id: z.number(),
  actor: user.nullable().optional(),
  triggering_actor: user.nullable().optional(),
})
export const approvalsSchema = z
  .array(
    z.object({
      environments: z.array(z.object({ name: z.string().optional() })).max(MAX_APPROVALS),
      state: z.enum(['approved', 'rejected', 'pending']),
      user,
      comment: z.string().nullable().optional(),
    }),
  )
  .max(MAX_APPROVALS, `more than ${MAX_APPROVALS} entries, the most the gate reads`)

/** Raised with a message that says what went wrong and how to fix it. */
export class ApprovalApiError extends Error {}

/** An answer larger than the client reads (see boundedFetch in github.ts). */
export class AnswerTooLargeError extends Error {
  override name = 'AnswerTooLargeError'
  constructor(readonly maxBytes: number) {
    super(`the answer is larger than ${maxBytes} bytes, the most the gate reads`)
  }
}

/**
 * An override granted before (a gate report's claim, an authorize record) verified again where it
 * is used: this run's approvals in that environment, the policy's count as the floor (a caller
 * may ask for more), and nobody's approval of their own run.
 */
export function verifyWhereUsed(
  client: GitHubClient,
  run: WorkflowRunRef,
  claim: { mode: Mode; override: Override; environment: string },
  asked: { requiredApprovals?: number | null; approvers?: readonly string[] } = {},
): Promise<ApprovalCheck> {
  return verifyApproval(client, run, {
    mode: claim.mode,
    override: claim.override,
    environment: claim.environment,
    requiredApprovals: approvalsRequired(claim.mode, claim.override, asked.requiredApprovals),
    approvers: asked.approvers ?? [],
    allowSelfApproval: false,
  })
}

export async function verifyApproval(
  client: GitHubClient,
  run: WorkflowRunRef,
  policy: ApprovalPolicy,
  options: RequestOptions = DEFAULT_REQUEST_OPTIONS,
): Promise<ApprovalCheck> {
  // The policy's count is the floor whatever the caller asked for.
  const required = approvalsRequired(policy.mode, policy.override, policy.requiredApprovals)
  const check: ApprovalCheck = {
    granted: false,
    environment: policy.environment,
    requiredApprovals: required,
    approvers: [],
    refusals: [],
    warnings: [],
  }
  const refuse = (reason: string) => ({
    ...check,
    granted: false,
    refusals: [...check.refusals, reason],
  })
  if (policy.environment === '') return refuse('No approval environment is given.')

  let environment: z.infer<typeof environmentSchema>
  let workflowRun: z.infer<typeof runSchema>
  let approvals: z.infer<typeof approvalsSchema>
  try {
    const repo = { owner: run.owner, repo: run.repo }
    environment = await get(
      client,
      'GET /repos/{owner}/{repo}/environments/{environment_name}',
      { ...repo, environment_name: policy.environment },
      environmentSchema,
      options,
      `environment "${policy.environment}"`,
    )
    workflowRun = await get(
      client,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      { ...repo, run_id: run.runId },
      runSchema,
      options,
      `workflow run ${run.runId}`,
    )
    approvals = await get(
      client,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      { ...repo, run_id: run.runId },
      approvalsSchema,
      options,
      `the approvals of run ${run.runId}`,
    )
  } catch (error) {
    return refuse(
      error instanceof ApprovalApiError
        ? error.message
        : `The approval check failed: ${String(error)}`,
    )
  }

  const reviewRule = environment.protection_rules?.find((r) => r.type === 'required_reviewers')
  if (!reviewRule) {
    return refuse(
      `Environment "${policy.environment}" has no required reviewers, so nobody approved anything: add required reviewers in Settings → Environments → ${policy.environment}.`,
    )
  }
  if (reviewRule.prevent_self_review !== true) {
    check.warnings.push(
      `Environment "${policy.environment}" does not prevent self-review: turn on "Prevent self-review".`,
    )
  }
  if (environment.can_admins_bypass === true) {
    check.warnings.push(
      `Environment "${policy.environment}" lets administrators bypass its protection rules: turn off "Allow administrators to bypass configured protection rules".`,
    )
  }

  // GitHub matches environment names without regard to case.
  const wanted = policy.environment.toLowerCase()
  const reviews = approvals.filter((a) =>
    a.environments.some((e) => e.name?.toLowerCase() === wanted),
  )
  const rejected = reviews.filter((a) => a.state === 'rejected')
  if (rejected.length > 0) {
    return refuse(
      `Rejected in environment "${policy.environment}" by ${rejected.map((r) => r.user.login).join(', ')}: a rejection always refuses.`,
    )
  }

  // Without both actors the self-approval rule cannot be applied: refuse rather than skip it.
  const actor = workflowRun.actor?.login
  const triggeringActor = workflowRun.triggering_actor?.login
  if (!actor || !triggeringActor) {
    return refuse(
      `GitHub did not name the ${actor ? 'triggering actor' : 'actor'} of run ${run.runId}, so self-approval cannot be ruled out; refusing. Re-run the workflow, or check that the token can read the run.`,
    )
  }
  const self = new Set([actor.toLowerCase(), triggeringActor.toLowerCase()])
  const allowed = new Set(policy.approvers.map((a) => a.toLowerCase()))
  const counted = new Map<string, Approver>()
  for (const review of reviews.filter((a) => a.state === 'approved')) {
    const login = review.user.login
    const key = login.toLowerCase()
    const comment = (review.comment ?? '').trim()
    if (counted.has(key)) continue
    if (self.has(key) && !policy.allowSelfApproval) {
      check.refusals.push(`${login} approved but started this run; self-approval does not count.`)
    } else if (policy.operator && key === policy.operator.toLowerCase()) {
      check.refusals.push(
        `${login} approved but is the operator launching with this approval; self-approval does not count.`,
      )
    } else if (allowed.size > 0 && !allowed.has(key)) {
      check.refusals.push(`${login} approved but is not in the approvers list.`)
    } else if (commentRequired(policy.mode, policy.override) && comment === '') {
      check.refusals.push(
        `${login} approved without a comment; a ${policy.mode} ${policy.override} needs one with each approval (the written approval).`,
      )
    } else {
      counted.set(key, { login, comment })
    }
  }
  check.approvers = [...counted.values()]
  if (check.approvers.length < required) {
    return refuse(
      `${check.approvers.length} of ${required} required approval(s) in environment "${policy.environment}"${check.approvers.length > 0 ? ` (from ${check.approvers.map((a) => a.login).join(', ')})` : ''}: ask ${required - check.approvers.length} more distinct reviewer(s) to approve.`,
    )
  }
  // Approvals that did not count are worth knowing even when enough others did.
  return { ...check, granted: true, warnings: [...check.warnings, ...check.refusals], refusals: [] }
}

/** One GET, bounded and retried; any failure or unexpected body throws an ApprovalApiError. */
export async function get<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  schema: z.ZodType<T>,
  options: RequestOptions,
  what: string,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let data: unknown
    try {
      data = (
        await client.request(route, {
          ...params,
          request: { signal: AbortSignal.timeout(options.timeoutMs) },
        })
      ).data
    } catch (error) {
      const failure = describeFailure(error, what, options)
      if (failure.retry && attempt < options.retries) {
        await new Promise((r) => setTimeout(r, options.retryDelayMs * 2 ** attempt))
        continue
      }
      throw new ApprovalApiError(
        failure.message + (attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''),
      )
    }
    const parsed = schema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ApprovalApiError(
        `GitHub answered ${what} with an unexpected body (${issue?.path.join('.') || 'root'}: ${issue?.message}); refusing to trust it.`,
      )
    }
    return parsed.data
  }
}

interface RequestFailure {
  status?: number
  message?: string
  name?: string
  response?: { headers?: Record<string, string | undefined> }
}

function describeFailure(
  error: unknown,
  what: string,
  options: RequestOptions,
): { retry: boolean; message: string } {
  const wording = options.wording ?? ACTION_WORDING
  const e = error as RequestFailure
  const status = typeof e?.status === 'number' ? e.status : undefined
  const headers = e?.response?.headers ?? {}
  // Octokit reports an aborted request as a 500; the cause tells a timeout apart.
  const cause = (error as { cause?: { name?: string } })?.cause
  if (cause instanceof AnswerTooLargeError || error instanceof AnswerTooLargeError) {
    const bound = (cause instanceof AnswerTooLargeError ? cause : (error as AnswerTooLargeError))
      .maxBytes
    return {
      retry: false,
      message: `GitHub's answer for ${what} is larger than ${bound} bytes, the most the gate reads; refusing to trust it.`,
    }
  }
  if (
    [e?.name, cause?.name].some((n) => n === 'TimeoutError' || n === 'AbortError') ||
    /aborted|timed? ?out/i.test(e?.message ?? '')
  ) {
    return {
      retry: true,
      message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
    }
  }
  const rateLimited = status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0')
  if (rateLimited) {
    return {
      retry: true,
      message: `GitHub rate-limited the request for ${what} (${status}); try again after the limit resets.`,
    }
  }
  switch (status) {
    case 401:
      return {
        retry: false,
        message: `GitHub rejected the token (401) reading ${what}: check ${wording.token}.`,
      }
    case 403: {
      // GitHub names the permissions the endpoint accepts; quote them when it does.
      const accepted = headers['x-accepted-github-permissions']
      return {
        retry: false,
        message: `The token may not read ${what} (403): ${wording.readPermission}${accepted ? ` (GitHub accepts: ${accepted})` : ''} and use a token that can read the repository's environments.`,
      }
    }
    case 404:
      return {
        retry: false,
        message: `GitHub found no ${what} (404): check the environment name and that the token can see this repository.`,
      }
  }
  // Octokit reports a request that never reached a server as a 500: say what happened.
  const causes = cause as { code?: string; cause?: { code?: string } } | undefined
  const network =
    causes?.code ??
    causes?.cause?.code ??
    /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/.exec(
      e?.message ?? '',
    )?.[1]
  if (network || /fetch failed|bad port/i.test(e?.message ?? '')) {
    return {
      retry: true,
      message: `Could not reach GitHub for ${what}${network ? ` (${network})` : ''}: check GITHUB_API_URL and the network.`,
    }
  }
  if (status !== undefined && status >= 500) {
    return { retry: true, message: `GitHub failed answering ${what} (${status}).` }
  }
  if (
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError' ||
    /aborted|timeout/i.test(e?.message ?? '')
  ) {
    return {
      retry: true,
      message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
    }
  }
  if (status !== undefined) {
    return {
      retry: false,
      message: `GitHub answered ${what} with ${status}: ${e?.message ?? 'error'}.`,
    }
  }
  return {
    retry: true,
    message: `Could not reach GitHub for ${what}: ${e?.message ?? String(error)}.`,
  }
}
