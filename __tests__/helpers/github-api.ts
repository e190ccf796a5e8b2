// A local HTTP server on 127.0.0.1 that answers like the GitHub REST API for the routes the
// approval check, the operational log and the CLI's approval runs (dispatch, list runs, a run,
// its jobs and pending deployments, the token's user) use. Bodies are typed with GitHub's OpenAPI
// description (@octokit/openapi-types), so a shape drift fails the type check.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { components } from '@octokit/openapi-types'

type Environment = components['schemas']['environment']
type WorkflowRun = components['schemas']['workflow-run']
type EnvironmentApproval = components['schemas']['environment-approvals']
type SimpleUser = components['schemas']['simple-user']
type Issue = components['schemas']['issue']
type Job = components['schemas']['job']
type PendingDeployment = components['schemas']['pending-deployment']
type PublicUser = components['schemas']['public-user']
type DispatchResponse = components['schemas']['workflow-dispatch-response']
type FullRepository = components['schemas']['full-repository']
type ContentFile = components['schemas']['content-file']
type BranchProtection = components['schemas']['branch-protection']
type BranchRule = components['schemas']['repository-rule-detailed']
type TeamMember = components['schemas']['simple-user']

/** A stable id per login (GitHub's users endpoint answers it; reviewers are set by it). */
export function userId(login: string): number {
  let id = 7
  for (const c of login) id = (id * 31 + c.charCodeAt(0)) % 1_000_000_007
  return id
}

export function user(login: string): SimpleUser {
  const id = userId(login)
  loginsById.set(id, login)
  return {
    login,
    id,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/${login}`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    followers_url: '',
    following_url: '',
    gists_url: '',
    starred_url: '',
    subscriptions_url: '',
    organizations_url: '',
    repos_url: '',
    events_url: '',
    received_events_url: '',
    type: 'User',
    site_admin: false,
  }
}

export function environment(
  name: string,
  options: { reviewers?: boolean; preventSelfReview?: boolean } = {},
): Environment {
  const rules: NonNullable<Environment['protection_rules']> = []
  if (options.reviewers ?? true) {
    rules.push({
      id: 1,
      node_id: 'GA_1',
      type: 'required_reviewers',
      prevent_self_review: options.preventSelfReview ?? true,
      reviewers: [{ type: 'User', reviewer: user('risk-manager') }],
    })
  }
  rules.push({ id: 2, node_id: 'GA_2', type: 'branch_policy' })
  return {
    id: 56780428,
    node_id: 'EN_1',
    name,
    url: `https://api.github.com/repos/acme/rocket/environments/${name}`,
    html_url: `https://github.com/acme/rocket/deployments/activity_log?environments_filter=${name}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    protection_rules: rules,
    deployment_branch_policy: null,
  }
}

/** An override environment as `preflight audit` reads it: reviewers (users and teams), self-review, bypass, branch policy. */
export function overrideEnvironment(
  name: string,
  options: {
    reviewers?: string[]
    teams?: string[]
    preventSelfReview?: boolean
    canAdminsBypass?: boolean
    branchPolicy?: boolean
  } = {},
): Environment & { can_admins_bypass: boolean } {
  const reviewers: NonNullable<
    Extract<
      NonNullable<Environment['protection_rules']>[number],
      { reviewers?: unknown }
    >['reviewers']
  > = [
    ...(options.reviewers ?? ['risk-manager', 'cto']).map((login) => ({
      type: 'User' as const,
      reviewer: user(login),
    })),
    ...(options.teams ?? []).map((slug) => ({
      type: 'Team' as const,
      reviewer: {
        id: slug.length,
        node_id: `T_${slug}`,
        url: '',
        members_url: '',
        name: slug,
        description: null,
        permission: 'pull',
        html_url: '',
        repositories_url: '',
        slug,
        parent: null,
        type: 'organization' as const,
      },
    })),
  ]
  return {
    ...environment(name, { reviewers: false }),
    protection_rules: [
      {
        id: 1,
        node_id: 'GA_1',
        type: 'required_reviewers',
        prevent_self_review: options.preventSelfReview ?? true,
        reviewers,
      },
    ],
    can_admins_bypass: options.canAdminsBypass ?? false,
    deployment_branch_policy:
      (options.branchPolicy ?? true)
        ? { protected_branches: true, custom_branch_policies: false }
        : null,
  }
}

export function approval(
  login: string,
  state: EnvironmentApproval['state'],
  environments: string[],
  comment = '',
): EnvironmentApproval {
  return {
    environments: environments.map((name, i) => ({
      id: i + 1,
      node_id: `EN_${i}`,
      name,
      url: '',
      html_url: '',
      created_at: '',
      updated_at: '',
    })),
    state,
    user: user(login),
    comment,
  }
}

export function workflowRun(
  id: number,
  actor: string,
  triggeringActor = actor,
): Partial<WorkflowRun> {
  return {
    id,
    name: 'deploy',
    node_id: 'WFR_1',
    head_branch: 'main',
    run_attempt: 1,
    actor: user(actor),
    triggering_actor: user(triggeringActor),
    status: 'in_progress',
  }
}

/** A run of the override-request workflow as GitHub shows it once dispatched. */
export function dispatchedRun(
  id: number,
  options: {
    actor: string
    title: string
    createdAt?: Date
    status?: WorkflowRun['status']
    conclusion?: WorkflowRun['conclusion']
    workflow?: string
    event?: string
    repository?: string
    /** The branch it ran from, and the ref GitHub appends to its workflow path. */
    headBranch?: string
    pathRef?: string
  },
): Partial<WorkflowRun> {
  const repository = options.repository ?? 'acme/rocket'
  return {
    ...workflowRun(id, options.actor),
    name: 'Preflight override request',
    display_title: options.title,
    event: options.event ?? 'workflow_dispatch',
    head_branch: options.headBranch ?? 'main',
    path: `.github/workflows/${options.workflow ?? 'override-request.yml'}${options.pathRef ? `@${options.pathRef}` : ''}`,
    status: options.status ?? 'waiting',
    conclusion: options.conclusion ?? null,
    created_at: (options.createdAt ?? new Date()).toISOString(),
    html_url: `https://github.com/${repository}/actions/runs/${id}`,
    repository: { full_name: repository } as WorkflowRun['repository'],
  }
}

export function job(name: string, conclusion: Job['conclusion'], runId = 1): Job {
  return {
    id: runId * 10 + name.length,
    run_id: runId,
    run_url: '',
    node_id: `J_${name}`,
    head_sha: '0'.repeat(40),
    url: '',
    html_url: null,
    status: conclusion === null ? 'waiting' : 'completed',
    conclusion,
    created_at: '2026-01-01T00:00:00Z',
    started_at: '2026-01-01T00:00:00Z',
    completed_at: null,
    name,
    check_run_url: '',
    labels: ['ubuntu-latest'],
    runner_id: null,
    runner_name: null,
    runner_group_id: null,
    runner_group_name: null,
    workflow_name: 'Preflight override request',
    head_branch: 'main',
  }
}

export function pendingDeployment(environment: string, reviewers: string[]): PendingDeployment {
  return {
    environment: { id: 1, name: environment },
    wait_timer: 0,
    wait_timer_started_at: null,
    current_user_can_approve: false,
    reviewers: reviewers.map((login) => ({ type: 'User', reviewer: user(login) })),
  }
}

export type Fault =
  | { kind: 'status'; status: number; times?: number }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'rate-limit'; times: number }

type RouteName =
  | 'environment'
  | 'run'
  | 'approvals'
  | 'comment'
  | 'issue'
  | 'dispatch'
  | 'runs'
  | 'jobs'
  | 'pending'
  | 'user'
  | 'comments'
  | 'issues'
  | 'repository'
  | 'contents'
  | 'branch-rules'
  | 'protection'
  | 'team-members'
  | 'commit'
  | 'user-by-login'

export interface GitHubApiState {
  environments: Record<string, Environment>
  runs: Record<number, Partial<WorkflowRun>>
  approvals: Record<number, EnvironmentApproval[]>
  jobs: Record<number, Job[]>
  pendingDeployments: Record<number, PendingDeployment[]>
  /** The token's own user (GET /user). */
  user: string
  /**
   * Workflows that can be dispatched, by file name: the run-name a dispatch gets from its inputs
   * (as the workflow's `run-name:` renders it). A dispatched run starts `waiting`.
   */
  workflows: Record<string, { runName: (inputs: Record<string, string>) => string }>
  /** Answer a dispatch with the run's id (200) instead of 204, as `return_run_details` asks. */
  returnRunDetails: boolean
  /** Faults by route name. */
  faults: Partial<Record<RouteName, Fault>>
  /** Issue numbers (of those opened here) that are closed. */
  closedIssues: number[]
  /** The repository's default branch (GET /repos/{owner}/{repo}). */
  defaultBranch: string
  /** Files on the default branch by path (GET …/contents/{path}), served base64. */
  files: Record<string, string>
  /** Rulesets' rules per branch (GET …/rules/branches/{branch}). */
  branchRules: Record<string, BranchRule[]>
  /** Classic protection per branch; a branch without one answers 404 "Branch not protected". */
  protection: Record<string, Partial<BranchProtection>>
  /** Team members by team slug. */
  teams: Record<string, string[]>
  /** Commit SHAs by "owner/name@ref" (GET /repos/{owner}/{repo}/commits/{ref}). */
  commits: Record<string, string>
  /** Environments created or updated (PUT …/environments/{name}) with their bodies. */
  environmentUpdates: Array<{ name: string; body: Record<string, unknown> }>
}

export interface GitHubApi {
  url: string
  state: GitHubApiState
  requests: Array<{ method: string; path: string; query: string; authorization?: string }>
  dispatches: Array<{ workflow: string; ref: string; inputs: Record<string, string> }>
  comments: Array<{ issue: number; body: string }>
  issues: Array<{ title: string; body: string; labels: string[] }>
  close: () => Promise<void>
}

export async function gitHubApi(initial: Partial<GitHubApiState> = {}): Promise<GitHubApi> {
  const state: GitHubApiState = {
    environments: {},
    runs: {},
    approvals: {},
    jobs: {},
    pendingDeployments: {},
    user: 'octocat',
    workflows: {},
    returnRunDetails: false,
    faults: {},
    closedIssues: [],
    defaultBranch: 'main',
    files: {},
    branchRules: {},
    protection: {},
    teams: {},
    commits: {},
    environmentUpdates: [],
    ...initial,
  }
  const api: Omit<GitHubApi, 'url' | 'close'> = {
    state,
    requests: [],
    dispatches: [],
    comments: [],
    issues: [],
  }
  let nextRunId = 9000
  let baseUrl = ''
  const served: Record<string, number> = {}

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = url.pathname
      const page = <T>(items: T[]) => {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const n = Number(url.searchParams.get('page') ?? 1)
        return items.slice((n - 1) * perPage, n * perPage)
      }
      api.requests.push({
        method: req.method ?? '',
        path,
        query: url.search,
        authorization: req.headers.authorization,
      })
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(typeof body === 'string' ? body : JSON.stringify(body))
      }
      const route = routeOf(req.method ?? '', path)
      if (!route)
        return send(404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
        })
      const fault = state.faults[route.name]
      served[route.name] = (served[route.name] ?? 0) + 1
      if (fault) {
        const n = served[route.name] ?? 0
        if (fault.kind === 'hang') return
        if (fault.kind === 'malformed') return send(200, '{"this is": not json')
        if (fault.kind === 'status' && n <= (fault.times ?? Infinity)) {
          // GitHub names the permissions an endpoint accepts on a 403.
          const accepted: Record<string, string> =
            fault.status === 403 ? { 'x-accepted-github-permissions': 'actions=read' } : {}
          return send(
            fault.status,
            {
              message: `injected ${fault.status}`,
              documentation_url: 'https://docs.github.com/rest',
            },
            accepted,
          )
        }
        if (fault.kind === 'rate-limit' && n <= fault.times) {
          return send(
            403,
            { message: 'API rate limit exceeded' },
            {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
            },
          )
        }
      }
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString()) : {}
      switch (route.name) {
        case 'environment': {
          const name = decodeURIComponent(route.params[2] ?? '')
          if (req.method === 'PUT') {
            state.environmentUpdates.push({ name, body })
            state.environments[name] = environmentFromUpdate(name, body, state.environments[name])
            return send(200, state.environments[name])
          }
          const env = state.environments[name]
          return env ? send(200, env) : send(404, { message: 'Not Found' })
        }
        case 'repository':
          return send(200, {
            name: route.params[1],
            full_name: `${route.params[0]}/${route.params[1]}`,
            default_branch: state.defaultBranch,
          } satisfies Partial<FullRepository>)
        case 'contents': {
          const file = decodeURIComponent(route.params[2] ?? '')
          const ref = url.searchParams.get('ref') ?? state.defaultBranch
          const text = ref === state.defaultBranch ? state.files[file] : undefined
          if (text === undefined) return send(404, { message: 'Not Found' })
          return send(200, {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: file.split('/').pop() ?? file,
            path: file,
            content: Buffer.from(text).toString('base64'),
            sha: '0'.repeat(40),
            url: '',
            git_url: null,
            html_url: null,
            download_url: null,
            _links: { git: null, html: null, self: '' },
          } satisfies ContentFile)
        }
        case 'branch-rules':
          return send(200, state.branchRules[decodeURIComponent(route.params[2] ?? '')] ?? [])
        case 'protection': {
          const protection = state.protection[decodeURIComponent(route.params[2] ?? '')]
          return protection ? send(200, protection) : send(404, { message: 'Branch not protected' })
        }
        case 'team-members': {
          const members = state.teams[decodeURIComponent(route.params[1] ?? '')]
          return members
            ? send(
                200,
                members.map((login) => user(login) satisfies TeamMember),
              )
            : send(404, { message: 'Not Found' })
        }
        case 'user-by-login':
          return send(200, user(decodeURIComponent(route.params[0] ?? '')))
        case 'commit': {
          const sha =
            state.commits[
              `${route.params[0]}/${route.params[1]}@${decodeURIComponent(route.params[2] ?? '')}`
            ]
          return sha ? send(200, { sha }) : send(404, { message: 'No commit found' })
        }
        case 'run': {
          const run = state.runs[Number(route.params[2])]
          // A run is found only in its own repository (fixtures without one are anywhere).
          const here = `${route.params[0]}/${route.params[1]}`.toLowerCase()
          const inRepo = (run?.repository?.full_name?.toLowerCase() ?? here) === here
          return run && inRepo ? send(200, run) : send(404, { message: 'Not Found' })
        }
        case 'jobs': {
          const jobs = state.jobs[Number(route.params[2])] ?? []
          return send(200, { total_count: jobs.length, jobs })
        }
        case 'pending':
          return send(200, state.pendingDeployments[Number(route.params[2])] ?? [])
        case 'user':
          return send(200, { ...user(state.user), name: null } satisfies Partial<PublicUser>)
        case 'dispatch': {
          const workflow = decodeURIComponent(route.params[2] ?? '')
          const known = state.workflows[workflow]
          if (!known) return send(404, { message: 'Not Found' })
          if (typeof body.ref !== 'string' || body.ref === '') {
            return send(422, { message: 'Invalid request. "ref" wasn\'t supplied.' })
          }
          const inputs = (body.inputs ?? {}) as Record<string, string>
          api.dispatches.push({ workflow, ref: body.ref, inputs })
          const id = nextRunId++
          state.runs[id] = dispatchedRun(id, {
            actor: state.user,
            title: known.runName(inputs),
            workflow,
            repository: `${route.params[0]}/${route.params[1]}`,
          })
          if (!state.returnRunDetails || body.return_run_details !== true) return send(204, '')
          return send(200, {
            workflow_run_id: id,
            run_url: `${baseUrl}/repos/${route.params[0]}/${route.params[1]}/actions/runs/${id}`,
            html_url: `https://github.com/${route.params[0]}/${route.params[1]}/actions/runs/${id}`,
          } satisfies DispatchResponse)
        }
        case 'runs': {
          const workflow = decodeURIComponent(route.params[2] ?? '')
          const event = url.searchParams.get('event')
          const runs = Object.values(state.runs)
            .filter((r) => r.path === `.github/workflows/${workflow}`)
            .filter((r) => !event || r.event === event)
            .sort((a, b) => Number(b.id ?? 0) - Number(a.id ?? 0))
          return send(200, { total_count: runs.length, workflow_runs: runs })
        }
        case 'approvals':
          return send(200, state.approvals[Number(route.params[2])] ?? [])
        case 'comment':
          api.comments.push({ issue: Number(route.params[2]), body: body.body })
          return send(201, {
            id: api.comments.length,
            body: body.body,
            html_url: `https://github.com/acme/rocket/issues/${route.params[2]}#issuecomment-${api.comments.length}`,
          })
        case 'issue': {
          api.issues.push({ title: body.title, body: body.body, labels: body.labels })
          const number = 100 + api.issues.length
          return send(201, {
            number,
            title: body.title,
            html_url: `https://github.com/acme/rocket/issues/${number}`,
          } satisfies Partial<Issue>)
        }
        case 'comments':
          return send(
            200,
            page(
              api.comments
                .map((c, i) => ({ id: i + 1, body: c.body, issue: c.issue }))
                .filter((c) => c.issue === Number(route.params[2])),
            ),
          )
        case 'issues': {
          const label = url.searchParams.get('labels')
          const listed = api.issues
            .map((issue, i) => ({
              number: 101 + i,
              title: issue.title,
              body: issue.body,
              labels: issue.labels,
              state: state.closedIssues.includes(101 + i) ? 'closed' : 'open',
            }))
            .filter((issue) => !label || issue.labels.includes(label))
          return send(200, page(listed))
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  baseUrl = url
  return {
    ...api,
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function routeOf(method: string, path: string): { name: RouteName; params: string[] } | null {
  const table: Array<[string, RegExp, RouteName]> = [
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/environments\/([^/]+)$/, 'environment'],
    ['PUT', /^\/repos\/([^/]+)\/([^/]+)\/environments\/([^/]+)$/, 'environment'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)$/, 'repository'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/, 'contents'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/rules\/branches\/([^/]+)$/, 'branch-rules'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/branches\/([^/]+)\/protection$/, 'protection'],
    ['GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/, 'team-members'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)$/, 'commit'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/, 'run'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/approvals$/, 'approvals'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/jobs$/, 'jobs'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/pending_deployments$/, 'pending'],
    ['POST', /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/, 'dispatch'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/, 'runs'],
    ['GET', /^\/user$/, 'user'],
    ['GET', /^\/users\/([^/]+)$/, 'user-by-login'],
    ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'comment'],
    ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues$/, 'issue'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'comments'],
    ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues$/, 'issues'],
  ]
  for (const [m, pattern, name] of table) {
    const match = method === m ? pattern.exec(path) : null
    if (match) return { name, params: [match[1] ?? '', match[2] ?? '', match[3] ?? ''] }
  }
  return null
}

/** What GitHub keeps of `PUT /repos/{owner}/{repo}/environments/{name}`. */
function environmentFromUpdate(
  name: string,
  body: Record<string, unknown>,
  before: Environment | undefined,
): Environment {
  const reviewers = (body.reviewers as Array<{ type: string; id: number }> | undefined) ?? []
  const logins = reviewers.map((r) => loginsById.get(r.id) ?? `user-${r.id}`)
  return overrideEnvironment(name, {
    reviewers: logins,
    preventSelfReview: body.prevent_self_review === true,
    canAdminsBypass: body.can_admins_bypass !== false,
    branchPolicy:
      body.deployment_branch_policy !== null && body.deployment_branch_policy !== undefined
        ? true
        : before?.deployment_branch_policy !== null && before !== undefined,
  })
}

/** Logins of the users `user()` has made, by id (reviewers are set by id). */
const loginsById = new Map<number, string>()
