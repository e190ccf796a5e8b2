// The approval-setup half of `preflight audit`, through the GitHub REST API: the override
// environments, the override-request workflow on the default branch, the default branch's
// required reviews and CODEOWNERS. Every call is bounded; a call the token may not make is a
// finding that names the permission, never a crash.

import picomatch from 'picomatch'
import { z } from 'zod'
import type { GitHubClient } from '../approval/verify.js'
import { finding, type Finding } from './findings.js'
import { OVERRIDE_RUN_NAME } from './templates.js'
import { parseRunName } from './workflows.js'
import type { Mode } from '../model.js'

export interface SetupCheck {
  client: GitHubClient
  owner: string
  repo: string
  /** The modes the workflows gate (their override environments are checked). */
  modes: readonly Mode[]
  /** Suite files the gate steps name, for CODEOWNERS. */
  suiteFiles: readonly string[]
  timeoutMs?: number
}

export const OVERRIDE_WORKFLOW = '.github/workflows/override-request.yml'
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

/** Distinct people each mode's override environment needs: the source document's approvers (docs/source-document.md, OVERRIDE FLAGS). */
export const REQUIRED_REVIEWERS: Record<Mode, number> = { paper: 1, live: 2 }

/** What each endpoint needs, for a 403 GitHub does not explain. */
const PERMISSION = {
  repository: 'Metadata: read',
  environment: 'Actions: read (fine-grained) or repo scope (classic)',
  teamMembers: 'Members: read (organization)',
  contents: 'Contents: read',
  protection: 'Administration: read',
}

type Answer<T> =
  { ok: true; data: T } | { ok: false; status: number | null; accepted: string; message: string }

const repositorySchema = z.object({ default_branch: z.string().min(1) })
const reviewerSchema = z.object({
  type: z.string(),
  reviewer: z
    .object({ login: z.string().optional(), slug: z.string().optional() })
    .passthrough()
    .nullable()
    .optional(),
})
const environmentSchema = z.object({
  name: z.string(),
  can_admins_bypass: z.boolean().optional(),
  deployment_branch_policy: z.unknown().nullable().optional(),
  protection_rules: z
    .array(
      z.object({
        type: z.string(),
        prevent_self_review: z.boolean().optional(),
        reviewers: z.array(reviewerSchema).optional(),
      }),
    )
    .optional(),
})
const contentSchema = z.object({ content: z.string(), encoding: z.string() })
const membersSchema = z.array(z.object({ login: z.string() }))
const branchRulesSchema = z.array(
  z.object({
    type: z.string(),
    parameters: z.object({ required_approving_review_count: z.number() }).partial().optional(),
  }),
)
const protectionSchema = z.object({
  required_pull_request_reviews: z
    .object({ required_approving_review_count: z.number().optional() })
    .optional(),
})

export async function auditSetup(check: SetupCheck): Promise<Finding[]> {
  const findings: Finding[] = []
  const { owner, repo } = check
  const slug = `${owner}/${repo}`
  const call = <T>(route: string, params: Record<string, unknown>, schema: z.ZodType<T>) =>
    request(check.client, route, { owner, repo, ...params }, schema, check.timeoutMs ?? 15_000)
  const permissionFinding = (
    what: string,
    answer: { accepted: string; message: string },
    need: string,
  ) =>
    finding(
      'api-permission',
      what,
      `Could not read ${what}: ${answer.message} Needed: ${answer.accepted || need}.`,
    )

  const repository = await call('GET /repos/{owner}/{repo}', {}, repositorySchema)
  if (!repository.ok) {
    return [
      repository.status === 403
        ? permissionFinding(`repository ${slug}`, repository, PERMISSION.repository)
        : finding('approval-setup-unchecked', `repository ${slug}`, repository.message),
    ]
  }
  const branch = repository.data.default_branch

  for (const mode of check.modes) {
    const name = `${mode}-override`
    const where = `environment ${name}`
    const env = await call(
      'GET /repos/{owner}/{repo}/environments/{environment_name}',
      { environment_name: name },
      environmentSchema,
    )
    if (!env.ok) {
      findings.push(
        env.status === 404
          ? finding('override-environment-missing', where, `${slug} has no environment "${name}".`)
          : env.status === 403
            ? permissionFinding(where, env, PERMISSION.environment)
            : finding('approval-setup-unchecked', where, env.message),
      )
      continue
    }
    const rule = env.data.protection_rules?.find((r) => r.type === 'required_reviewers')
    const people = await reviewerCount(check, rule?.reviewers ?? [], findings, where)
    if (people < REQUIRED_REVIEWERS[mode]) {
      findings.push(
        finding(
          'override-environment-reviewers',
          where,
          `"${name}" has ${people} required reviewer(s) who are people; ${mode} needs at least ${REQUIRED_REVIEWERS[mode]}.`,
        ),
      )
    }
    if (rule && rule.prevent_self_review !== true) {
      findings.push(
        finding('override-environment-self-review', where, `"${name}" allows self-review.`),
      )
    }
    if (env.data.can_admins_bypass !== false) {
      findings.push(
        finding(
          'override-environment-admin-bypass',
          where,
          `"${name}" lets administrators bypass its rules (can_admins_bypass is not false).`,
        ),
      )
    }
    if (!env.data.deployment_branch_policy) {
      findings.push(
        finding(
          'override-environment-branch-policy',
          where,
          `"${name}" has no deployment branch policy.`,
        ),
      )
    }
  }

  const workflow = await fileOn(call, OVERRIDE_WORKFLOW, branch)
  const workflowWhere = `${OVERRIDE_WORKFLOW}@${branch}`
  if (workflow.kind === 'missing') {
    findings.push(
      finding('override-workflow-missing', workflowWhere, `Not on the default branch "${branch}".`),
    )
  } else if (workflow.kind === 'error') {
    findings.push(
      workflow.answer.status === 403
        ? permissionFinding(workflowWhere, workflow.answer, PERMISSION.contents)
        : finding('approval-setup-unchecked', workflowWhere, workflow.answer.message),
    )
  } else {
    const runName = parseRunName(workflow.text)
    if (runName === null || normalise(runName.value) !== normalise(OVERRIDE_RUN_NAME)) {
      findings.push(
        finding(
          'override-workflow-run-name',
          `${workflowWhere}:${runName?.line ?? 1}`,
          runName === null
            ? 'The workflow has no run-name.'
            : 'The run-name differs from the one the CLI reads.',
        ),
      )
    }
  }

  findings.push(...(await branchReviews(call, branch, permissionFinding)))
  findings.push(...(await codeowners(call, branch, check.suiteFiles, permissionFinding)))
  return findings
}

type Call = <T>(
  route: string,
  params: Record<string, unknown>,
  schema: z.ZodType<T>,
) => Promise<Answer<T>>
type PermissionFinding = (
  what: string,
  answer: { accepted: string; message: string },
  need: string,
) => Finding

/** Distinct people among the reviewers: users, and each team's members. */
async function reviewerCount(
  check: SetupCheck,
  reviewers: z.infer<typeof reviewerSchema>[],
  findings: Finding[],
  where: string,
): Promise<number> {
  const people = new Set<string>()
  for (const { type, reviewer } of reviewers) {
    if (type === 'User' && reviewer?.login) people.add(reviewer.login.toLowerCase())
    if (type === 'Team' && reviewer?.slug) {
      const members = await request(
        check.client,
        'GET /orgs/{org}/teams/{team_slug}/members',
        { org: check.owner, team_slug: reviewer.slug, per_page: 100 },
        membersSchema,
        check.timeoutMs ?? 15_000,
      )
      if (members.ok) for (const m of members.data) people.add(m.login.toLowerCase())
      else
        findings.push(
          finding(
            'api-permission',
            `${where} team ${reviewer.slug}`,
            `Could not count the members of team "${reviewer.slug}": ${members.message} Needed: ${members.accepted || PERMISSION.teamMembers}.`,
          ),
        )
    }
  }
  return people.size
}

async function branchReviews(call: Call, branch: string, permissionFinding: PermissionFinding) {
  const where = `branch ${branch}`
  // Rulesets apply to a branch and are readable with read access; classic protection needs admin.
  const rules = await call(
    'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    { branch },
    branchRulesSchema,
  )
  if (
    rules.ok &&
    rules.data.some(
      (r) => r.type === 'pull_request' && (r.parameters?.required_approving_review_count ?? 0) >= 1,
    )
  ) {
    return []
  }
  const protection = await call(
    'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    { branch },
    protectionSchema,
  )
  if (protection.ok) {
    const count = protection.data.required_pull_request_reviews?.required_approving_review_count
    return (count ?? 0) >= 1
      ? []
      : [
          finding(
            'default-branch-reviews',
            where,
            `"${branch}" is protected but requires no reviews.`,
          ),
        ]
  }
  if (protection.status === 404) {
    return [finding('default-branch-reviews', where, `"${branch}" is not protected.`)]
  }
  return [
    protection.status === 403
      ? permissionFinding(`${where} protection`, protection, PERMISSION.protection)
      : finding('approval-setup-unchecked', where, protection.message),
  ]
}

async function codeowners(
  call: Call,
  branch: string,
  suiteFiles: readonly string[],
  permissionFinding: PermissionFinding,
): Promise<Finding[]> {
  for (const file of CODEOWNERS_PATHS) {
    const found = await fileOn(call, file, branch)
    if (found.kind === 'missing') continue
    if (found.kind === 'error') {
      return [
        found.answer.status === 403
          ? permissionFinding(`${file}@${branch}`, found.answer, PERMISSION.contents)
          : finding('approval-setup-unchecked', `${file}@${branch}`, found.answer.message),
      ]
    }
    const uncovered = ['.github/workflows/deploy.yml', ...suiteFiles].filter(
      (p) => !ownedBy(found.text, p),
    )
    return uncovered.length === 0
      ? []
      : [
          finding(
            'codeowners',
            `${file}@${branch}`,
            `No owner for ${uncovered.map((p) => (p.startsWith('.github/workflows/') ? '.github/workflows/' : p)).join(', ')}.`,
          ),
        ]
  }
  return [finding('codeowners', `CODEOWNERS@${branch}`, 'The repository has no CODEOWNERS file.')]
}

/** CODEOWNERS semantics: the last matching line wins, and a line without owners owns nothing. */
export function ownedBy(codeowners: string, file: string): boolean {
  let owned = false
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const [pattern, ...owners] = line.split(/\s+/) as [string, ...string[]]
    if (matchesCodeowners(pattern, file)) owned = owners.length > 0
  }
  return owned
}

function matchesCodeowners(pattern: string, file: string): boolean {
  const anchored = pattern.startsWith('/')
  let glob = pattern.replace(/^\//, '')
  if (glob.endsWith('/')) glob += '**'
  else if (!glob.includes('*')) glob = `{${glob},${glob}/**}`
  if (!anchored && !glob.includes('/')) glob = `**/${glob}`
  return picomatch.isMatch(file, glob, { dot: true })
}

async function fileOn(
  call: Call,
  path: string,
  branch: string,
): Promise<
  | { kind: 'found'; text: string }
  | { kind: 'missing' }
  | { kind: 'error'; answer: Extract<Answer<unknown>, { ok: false }> }
> {
  const answer = await call(
    'GET /repos/{owner}/{repo}/contents/{path}',
    { path, ref: branch },
    contentSchema,
  )
  if (answer.ok) {
    const text =
      answer.data.encoding === 'base64'
        ? Buffer.from(answer.data.content, 'base64').toString('utf8')
        : answer.data.content
    return { kind: 'found', text }
  }
  return answer.status === 404 ? { kind: 'missing' } : { kind: 'error', answer }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

async function request<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  schema: z.ZodType<T>,
  timeoutMs: number,
): Promise<Answer<T>> {
  try {
    const { data } = await client.request(route, {
      ...params,
      request: { signal: AbortSignal.timeout(timeoutMs) },
    })
    const parsed = schema.safeParse(data)
    if (parsed.success) return { ok: true, data: parsed.data }
    return {
      ok: false,
      status: null,
      accepted: '',
      message: `GitHub answered ${route} with an unexpected body.`,
    }
  } catch (error) {
    const e = error as {
      status?: unknown
      message?: string
      response?: { headers?: Record<string, string | undefined> }
    }
    const status = typeof e.status === 'number' ? e.status : null
    return {
      ok: false,
      status,
      accepted: e.response?.headers?.['x-accepted-github-permissions'] ?? '',
      message:
        status === null
          ? `Could not reach GitHub (${e.message ?? String(error)}).`
          : `GitHub answered ${status}.`,
    }
  }
}
