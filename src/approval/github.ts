// The GitHub API client for approvals and the operational log, built from the run's token.
// @actions/github (Octokit) is loaded only when an override or a log comment needs it.

import type { GitHubClient, WorkflowRunRef } from './verify.js'

export async function createGitHubClient(
  token: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GitHubClient> {
  if (token === '') {
    throw new Error(
      'No GitHub token: set the "github-token" input (it defaults to ${{ github.token }}).',
    )
  }
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
  return {
    request: (route, params) => octokit.request(route, params) as Promise<{ data: unknown }>,
  }
}

/** The repository and run this job belongs to, from the runner's environment. */
export function runRefFromEnv(env: NodeJS.ProcessEnv = process.env): WorkflowRunRef {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const runId = Number(env.GITHUB_RUN_ID)
  if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
    throw new Error(
      'GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: approvals can only be verified inside a GitHub Actions run.',
    )
  }
  return { owner, repo, runId }
}

/** The run's page (this attempt), or '' outside a workflow run. */
export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return ''
  const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`
}
