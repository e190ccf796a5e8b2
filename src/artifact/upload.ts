// Uploads the run's report files as an artifact with @actions/artifact. The client is loaded
// only when uploading: it roughly doubles the bundle's start-up, and the verdict path (and the
// CLI) should not pay for it.

import type { Mode, UploadOutcome } from '../model.js'
import type { PendingUpload } from './state.js'

export interface ArtifactUploadRequest {
  files: string[]
  rootDirectory: string
  name: string
  retentionDays: number
  timeoutMs: number
}

export interface UploadedArtifact {
  id: number
  url: string
}

/** Uploads files as an artifact: @actions/artifact in a job, a fake in tests. */
export type ArtifactUploader = (
  request: ArtifactUploadRequest,
  env: NodeJS.ProcessEnv,
) => Promise<UploadedArtifact>

/** Paper keeps its verdict with a warning; live aborts: no evidence, no launch. */
export function uploadFailureNote(name: string, error: string, mode: Mode | null): string {
  return `The report artifact "${name}" could not be uploaded: ${error}${mode === 'paper' ? ' (paper mode: the verdict stands).' : ' No evidence, no launch.'}`
}

export const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000

/** PREFLIGHT_UPLOAD_TIMEOUT_SECONDS bounds a slow or hung artifact service (default 120 s). */
export function uploadTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.PREFLIGHT_UPLOAD_TIMEOUT_SECONDS)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_UPLOAD_TIMEOUT_MS
}

/** The artifact service is reachable only inside a workflow run. */
export function artifactRuntimeAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
}

/**
 * `preflight-report-<mode>-<job>-<attempt>-<job run>`: GITHUB_JOB is the same for every leg of a
 * matrix, so the job run's own id (from the runtime token's Actions.Results scope) keeps the legs
 * apart; the attempt keeps re-runs apart.
 */
export function defaultArtifactName(mode: Mode | null, env: NodeJS.ProcessEnv): string {
  const parts = [
    'preflight-report',
    mode ?? 'unknown',
    env.GITHUB_JOB || 'job',
    env.GITHUB_RUN_ATTEMPT || '1',
    jobRunId(env.ACTIONS_RUNTIME_TOKEN)?.slice(0, 8),
  ]
  return parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '_')
}

function jobRunId(token: string | undefined): string | null {
  const payload = token?.split('.')[1]
  if (!payload) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      scp?: unknown
    }
    const scope = String(claims.scp ?? '')
      .split(' ')
      .find((s) => s.startsWith('Actions.Results:'))
    return scope?.split(':')[2]?.replace(/[^A-Za-z0-9]/g, '') || null
  } catch {
    return null
  }
}

export function artifactUrl(id: number, env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
}

export async function uploadReportArtifact(
  request: ArtifactUploadRequest,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UploadedArtifact> {
  // The client reads the service's address and token from the process's environment, which the
  // gate re-executed without them while the suite ran (src/runner/custody.ts); it is over now.
  for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (env[name] !== undefined) process.env[name] ??= env[name]
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const upload = new DefaultArtifactClient().uploadArtifact(
    request.name,
    request.files,
    request.rootDirectory,
    { retentionDays: request.retentionDays },
  )
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the artifact service did not finish the upload within ${request.timeoutMs / 1000} s`,
          ),
        ),
      request.timeoutMs,
    )
  })
  try {
    const { id } = await Promise.race([upload, timeout])
    if (id === undefined) throw new Error('the artifact service returned no artifact id')
    return { id, url: artifactUrl(id, env) }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The action's upload of a run's files: skipped where there is no artifact service, bounded in
 * time; what became of it is the returned outcome (a failure carries its note), never a throw.
 */
export async function uploadPendingReports(
  pending: PendingUpload,
  env: NodeJS.ProcessEnv,
  upload: ArtifactUploader = uploadReportArtifact,
): Promise<UploadOutcome> {
  if (!artifactRuntimeAvailable(env)) {
    return { kind: 'skipped', reason: NO_ARTIFACT_SERVICE }
  }
  try {
    const artifact = await upload(
      {
        files: pending.files,
        rootDirectory: pending.rootDirectory,
        name: pending.name,
        retentionDays: pending.retentionDays,
        timeoutMs: uploadTimeoutMs(env),
      },
      env,
    )
    return { kind: 'uploaded', name: pending.name, ...artifact }
  } catch (error) {
    const message = (error as Error).message
    return {
      kind: 'failed',
      name: pending.name,
      error: message,
      note: uploadFailureNote(pending.name, message, pending.mode),
    }
  }
}

/** Why an upload was skipped outside GitHub Actions (the action says so in a notice). */
export const NO_ARTIFACT_SERVICE = 'no artifact service outside GitHub Actions'
