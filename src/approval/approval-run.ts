// An approval run verified from any host (the CLI's --approval-run): a run of the
// override-request workflow, dispatched in this repository for this mode and override, recent,
// approved by enough distinct reviewers of the override environment (verify.ts's rules, with the
// operator never counted), and its authorize jobs succeeded. Every doubt refuses.

import { z } from 'zod'
import type { ApprovalCheck } from '../model.js'
import {
  ApprovalApiError,
  get,
  verifyApproval,
  type ApprovalPolicy,
  type GitHubClient,
  type RequestOptions,
  type WorkflowRunRef,
} from './verify.js'

/** The workflow the project ships as examples/workflows/override-request.yml. */
export const OVERRIDE_WORKFLOW = 'override-request.yml'
/** The job of that workflow that verifies the approvals (the authorize action); it must succeed. */
export const AUTHORIZE_JOB = 'authorize'

export interface Repository {
  owner: string
  repo: string
}

export interface OverrideRunName {
  override: string
  mode: string
  requestId: string
}

/**
 * The override-request workflow's run-name: "Preflight override force-start (live) · request
 * 1a2b3c4d5e6f · ticket OPS-1 · reason". Mode, override and request id come first, so a long
 * reason cut by GitHub never hides them.
 */
export function overrideRunName(request: OverrideRunName & { ticket: string; reason: string }) {
  return `Preflight override ${request.override} (${request.mode}) · request ${request.requestId} · ticket ${request.ticket} · ${request.reason}`
}

export function parseOverrideRunName(title: string): OverrideRunName | null {
  const match = /^Preflight override (\S+) \((\S+)\) · request (\S+)(?: · |$)/.exec(title)
  return match ? { override: match[1]!, mode: match[2]!, requestId: match[3]! } : null
}

/** "owner/name", as --repo and GITHUB_REPOSITORY give it; null when it is not one. */
export function parseRepository(value: string): Repository | null {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim())
  if (!match || match[2] === '.' || match[2] === '..') return null
  return { owner: match[1]!, repo: match[2]! }
}

/** The repository of a git remote URL (https, ssh or scp-like), or null. */
export function repositoryFromRemote(url: string): Repository | null {
  const match =
    /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
      url.trim(),
    )
  return match ? parseRepository(`${match[1]}/${match[2]}`) : null
}

export const sameRepository = (a: Repository, b: Repository) =>
  a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase()

/** A run id, or a run's URL (…/owner/repo/actions/runs/ID[/attempts/N]) in this repository. */
export function parseRunReference(
  value: string,
  repository: Repository,
): { ok: true; run: WorkflowRunRef } | { ok: false; error: string } {
  const text = value.trim()
  const id = (digits: string) => Number(digits)
  if (/^\d{1,15}$/.test(text) && id(text) > 0)
    return { ok: true, run: { ...repository, runId: id(text) } }
  let url: URL | null = null
  try {
    url = new URL(text)
  } catch {
    url = null
  }
  const parts = url?.pathname.split('/').filter(Boolean) ?? []
  const runId = parts[4] ?? ''
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    parts[2] !== 'actions' ||
    parts[3] !== 'runs' ||
    !/^\d{1,15}$/.test(runId) ||
    id(runId) <= 0
  ) {
    return {
      ok: false,
      error: `"${value}" is neither a run id nor a workflow run's URL (https://github.com/OWNER/REPO/actions/runs/ID).`,
    }
  }
  const inUrl = { owner: parts[0]!, repo: parts[1]! }
  if (!sameRepository(inUrl, repository)) {
    return {
      ok: false,
      error: `${value} is a run of ${inUrl.owner}/${inUrl.repo}, not of this repository ${repository.owner}/${repository.repo}: request the approval in this repository, or pass --repo.`,
    }
  }
  return { ok: true, run: { ...repository, runId: id(runId) } }
}

export function approvalRunUrl(serverUrl: string, run: WorkflowRunRef): string {
  return `${serverUrl.replace(/\/+$/, '')}/${run.owner}/${run.repo}/actions/runs/${run.runId}`
}

export interface ApprovalRunPolicy extends ApprovalPolicy {
  /** The override workflow's file name, e.g. override-request.yml. */
  workflow: string
  maxAgeHours: number
  now: Date
  /** The token's own user: the operator, who may never approve his own launch. */
  operator: string
}

// Shapes from GitHub's OpenAPI description (workflow-run, job, public-user): the fields read here.
const runSchema = z.object({
  id: z.number(),
  event: z.string(),
  path: z.string(),
  head_branch: z.string().nullable(),
  display_title: z.string(),
  status: z.string().nullable(),
  conclusion: z.string().nullable(),
  created_at: z.string(),
  repository: z.object({ full_name: z.string() }),
})
const jobsSchema = z.object({
  total_count: z.number(),
  jobs: z.array(
    z.object({ name: z.string(), status: z.string(), conclusion: z.string().nullable() }),
  ),
})
const userSchema = z.object({ login: z.string().min(1) })
const repositorySchema = z.object({ default_branch: z.string().min(1) })
/** A minute of difference between this host's clock and GitHub's is tolerated. */
const CLOCK_SKEW_MS = 60_000

/** The login of the token's own user (GET /user): who the operator is. */
export async function tokenUser(client: GitHubClient, options: RequestOptions): Promise<string> {
  try {
    const user = await get(client, 'GET /user', {}, userSchema, options, "the token's user")
    return user.login
  } catch (error) {
    const message = error instanceof ApprovalApiError ? error.message : String(error)
    throw new ApprovalApiError(
      `${message} The operator is the token's own user: use a personal access token (fine-grained or classic), not an app's or a workflow's token.`,
    )
  }
}

const MAX_JOBS = 100

export async function verifyApprovalRun(
  client: GitHubClient,
  ref: WorkflowRunRef,
  policy: ApprovalRunPolicy,
  options: RequestOptions,
): Promise<ApprovalCheck> {
  const refuse = (reason: string): ApprovalCheck => ({
    granted: false,
    environment: policy.environment,
    requiredApprovals: policy.requiredApprovals,
    approvers: [],
    refusals: [reason],
    warnings: [],
  })
  const name = `Approval run ${ref.runId}`
  const repo = { owner: ref.owner, repo: ref.repo }
  let run: z.infer<typeof runSchema>
  try {
    run = await get(
      client,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      { ...repo, run_id: ref.runId },
      runSchema,
      options,
      `approval run ${ref.runId}`,
    )
  } catch (error) {
    return refuse(apiMessage(error))
  }

  const fullName = `${ref.owner}/${ref.repo}`
  if (run.repository.full_name.toLowerCase() !== fullName.toLowerCase()) {
    return refuse(
      `${name} belongs to ${run.repository.full_name}, not to ${fullName}: request the approval in this repository.`,
    )
  }
  const workflowPath = `.github/workflows/${policy.workflow}`
  const [runFile, runRef] = run.path.split('@') as [string, string | undefined]
  if (run.event !== 'workflow_dispatch' || runFile !== workflowPath) {
    return refuse(
      `${name} is a ${run.event} run of ${run.path}, not an override request (a workflow_dispatch run of ${workflowPath}): request one with "preflight request-override".`,
    )
  }
  // A copy of the workflow on another branch controls its run-name and its authorize job: only
  // the default branch's workflow is the repository's override request.
  let defaultBranch: string
  try {
    defaultBranch = (
      await get(
        client,
        'GET /repos/{owner}/{repo}',
        repo,
        repositorySchema,
        options,
        `repository ${fullName}`,
      )
    ).default_branch
  } catch (error) {
    return refuse(apiMessage(error))
  }
  if (
    run.head_branch !== defaultBranch ||
    (runRef !== undefined && runRef !== `refs/heads/${defaultBranch}`)
  ) {
    return refuse(
      `${name} ran ${workflowPath} from ${runRef ?? `branch ${run.head_branch ?? '(none)'}`}${runRef ? ` (branch ${run.head_branch ?? '(none)'})` : ''}, not from the default branch ${defaultBranch}: only the default branch's override request counts; request one with "preflight request-override".`,
    )
  }
  const asked = parseOverrideRunName(run.display_title)
  if (!asked || asked.mode !== policy.mode || asked.override !== policy.override) {
    return refuse(
      `${name} ("${run.display_title}") does not request ${policy.override} in ${policy.mode} mode: an approval is for one mode and one override; request one for this launch.`,
    )
  }
  const created = Date.parse(run.created_at)
  const ageHours = (policy.now.getTime() - created) / 3_600_000
  if (created > policy.now.getTime() + CLOCK_SKEW_MS) {
    return refuse(
      `${name} says it was requested at ${run.created_at}, in the future (now ${policy.now.toISOString()}): a run cannot be approved before it exists; check this host's clock, then request a new approval.`,
    )
  }
  if (Number.isNaN(created) || ageHours > policy.maxAgeHours) {
    return refuse(
      `${name} was requested ${Number.isNaN(created) ? 'at an unknown time' : `${ageHours.toFixed(1)} h ago`}; approvals older than ${policy.maxAgeHours} h are not accepted (--approval-max-age): request a new one.`,
    )
  }

  const approval = await verifyApproval(client, ref, policy, options)
  if (!approval.granted) return approval

  if (run.status !== 'completed') {
    return refuse(
      `${name} is still ${run.status ?? 'running'}: wait until its authorize jobs have finished ("preflight request-override --wait" follows it).`,
    )
  }
  if (run.conclusion !== 'success') {
    return refuse(
      `${name} ended "${run.conclusion ?? 'unknown'}", so its authorize jobs did not all succeed: read the run, then request a new approval.`,
    )
  }
  let jobs: z.infer<typeof jobsSchema>
  try {
    jobs = await get(
      client,
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      { ...repo, run_id: ref.runId, filter: 'latest', per_page: MAX_JOBS },
      jobsSchema,
      options,
      `the jobs of approval run ${ref.runId}`,
    )
  } catch (error) {
    return refuse(apiMessage(error))
  }
  if (jobs.total_count > jobs.jobs.length) {
    return refuse(
      `${name} has ${jobs.total_count} jobs, more than the ${MAX_JOBS} read; an override request has at most two: use the shipped override-request.yml.`,
    )
  }
  const failed = jobs.jobs.filter((j) => j.conclusion !== 'success' && j.conclusion !== 'skipped')
  if (failed.length > 0) {
    return refuse(
      `${name}: job ${failed.map((j) => `"${j.name}" (${j.conclusion ?? j.status})`).join(', ')} did not succeed: request a new approval.`,
    )
  }
  if (!jobs.jobs.some((j) => j.name === AUTHORIZE_JOB && j.conclusion === 'success')) {
    return refuse(
      `${name} has no successful "${AUTHORIZE_JOB}" job, so no authorize action verified it: use the shipped override-request.yml.`,
    )
  }
  return approval
}

function apiMessage(error: unknown): string {
  return error instanceof ApprovalApiError
    ? error.message
    : `The approval check failed: ${String(error)}`
}
