// What the CLI needs to talk to GitHub from any host: the token (GITHUB_TOKEN or GH_TOKEN, never
// a flag), the repository (--repo, else the git remote origin, else GITHUB_REPOSITORY), bounded
// requests, and refusals worded for the CLI rather than for a workflow.

import { execFile } from 'node:child_process'
import { parseRepository, repositoryFromRemote, type Repository } from '../approval/approval-run.js'
import {
  DEFAULT_REQUEST_OPTIONS,
  type FixWording,
  type RequestOptions,
} from '../approval/verify.js'

export const CLI_WORDING: FixWording = {
  token: 'GITHUB_TOKEN (or GH_TOKEN)',
  readPermission:
    'give the token read access to Actions on this repository (fine-grained: "Actions: Read"; classic: the repo scope)',
}

export const NO_TOKEN =
  'No GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a personal access token of yours (docs/operator.md, "The token", lists its permissions).'

export function tokenFromEnv(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_TOKEN || env.GH_TOKEN || ''
}

/** Per-request limit from PREFLIGHT_API_TIMEOUT_SECONDS (default 15 s), retried as the action does. */
export function requestOptions(env: NodeJS.ProcessEnv): RequestOptions {
  const seconds = Number(env.PREFLIGHT_API_TIMEOUT_SECONDS)
  const timeoutMs =
    Number.isFinite(seconds) && seconds > 0 && seconds <= 600
      ? seconds * 1000
      : DEFAULT_REQUEST_OPTIONS.timeoutMs
  return {
    ...DEFAULT_REQUEST_OPTIONS,
    timeoutMs,
    retryDelayMs: Math.min(DEFAULT_REQUEST_OPTIONS.retryDelayMs, timeoutMs / 2),
    wording: CLI_WORDING,
  }
}

export function serverUrl(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_SERVER_URL || 'https://github.com'
}

/** --repo, else the git remote origin of the working directory, else GITHUB_REPOSITORY. */
export async function resolveRepository(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; repository: Repository } | { ok: false; error: string }> {
  if (flag !== undefined) {
    const repository = parseRepository(flag)
    return repository
      ? { ok: true, repository }
      : { ok: false, error: `--repo must be OWNER/NAME, got "${flag}".` }
  }
  const remote = await gitRemoteOrigin(env)
  const repository =
    (remote && repositoryFromRemote(remote)) ||
    (env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : null)
  return repository
    ? { ok: true, repository }
    : {
        ok: false,
        error:
          'Cannot tell which GitHub repository to use: pass --repo OWNER/NAME (or run inside a clone whose remote "origin" is on GitHub).',
      }
}

function gitRemoteOrigin(env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['remote', 'get-url', 'origin'],
      { timeout: 5000, env, maxBuffer: 64 * 1024 },
      (error, stdout) => resolve(error ? null : stdout.trim() || null),
    )
  })
}
