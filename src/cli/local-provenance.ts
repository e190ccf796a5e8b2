// Provenance off GitHub Actions: a CLI gate run records the git commit it checked (and whether
// the tree had changes), the repository its `origin` remote names, a run id of its own and the
// leg it stands for, so `preflight aggregate` can bind reports to one commit, repository, time
// and leg as the aggregate action does with the runner's variables.

import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { repositoryFromRemote } from '../approval/approval-run.js'

/** git answers in milliseconds; a hung one (a credential prompt, a dead NFS) is not waited on. */
const GIT_TIMEOUT_MS = 5_000

function git(args: string[], cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout) => resolve(error ? null : stdout.trim()),
    )
  })
}

/**
 * The variables provenanceFromEnv reads (src/provenance.ts), filled in for a run outside
 * Actions; inside Actions the runner's own variables stand and only the leg is added.
 */
export async function localProvenanceEnv(
  cwd: string,
  env: NodeJS.ProcessEnv,
  leg: string | undefined,
): Promise<NodeJS.ProcessEnv> {
  const named = { ...(leg !== undefined ? { PREFLIGHT_LEG: leg } : {}) }
  if (env.GITHUB_ACTIONS === 'true') return { ...env, ...named }
  const [sha, status, remote] = await Promise.all([
    git(['rev-parse', '--verify', 'HEAD'], cwd),
    git(['status', '--porcelain', '--untracked-files=no'], cwd),
    git(['remote', 'get-url', 'origin'], cwd),
  ])
  const repository = remote ? repositoryFromRemote(remote) : null
  return {
    ...env,
    ...named,
    PREFLIGHT_GIT_SHA: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : '',
    PREFLIGHT_GIT_DIRTY: sha && status !== null ? String(status !== '') : '',
    PREFLIGHT_GIT_REPOSITORY: repository ? `${repository.owner}/${repository.repo}` : '',
    // One id per gate run: two runs on one machine are two runs, never one.
    PREFLIGHT_RUN_ID: `local-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`,
  }
}
