// The GitHub API client for approvals and the operational log, built from the run's token.
// @actions/github (Octokit) is loaded only when an override or a log comment needs it.

import { AnswerTooLargeError, type GitHubClient, type WorkflowRunRef } from './verify.js'

/** The most of one answer read: far above any answer the gate asks for (lists are paged). */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

/**
 * fetch with the whole body read here, bounded: an answer that streams without end is cut at
 * maxBytes (an error naming the bound), and one that drips past the request's deadline fails as
 * the timeout it is (the signal's TimeoutError), never as a half-read body.
 */
export function boundedFetch(maxBytes = MAX_ANSWER_BYTES): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init)
    const reader = response.body?.getReader()
    if (reader === undefined) return response
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw new AnswerTooLargeError(maxBytes)
      }
      chunks.push(value)
    }
    return new Response(size === 0 ? null : Buffer.concat(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    })
  }
}

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
  const octokit = getOctokit(token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    request: { fetch: boundedFetch() },
  })
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
