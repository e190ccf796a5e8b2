// This run's artifacts, behind a small interface: the actions use @actions/artifact (the
// runner's runtime token reads every artifact of the run, from any job), tests hand in a local
// service. Each report is downloaded into its own directory, read, and the directory removed,
// so memory and disk stay bounded however many legs the fleet has.

import { mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { REPORT_LIMIT_BYTES, parseGateReport } from '../report/json-schema.js'
import type { LegEvidence } from './decision.js'
import { readBoundedFile } from './files.js'

export interface ArtifactRef {
  id: number
  name: string
  size: number
}

export interface RunArtifactStore {
  list(): Promise<ArtifactRef[]>
  /** Downloads and unpacks one artifact into dir. */
  download(id: number, dir: string): Promise<void>
}

/** A gate artifact holds a few small reports; the suite's output log is what can grow. */
export const ARTIFACT_LIMIT_BYTES = 256 * 1024 * 1024
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000
/** Downloads in flight at once: enough to hide latency, few enough for a small runner. */
const CONCURRENCY = 8

/** PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS bounds each list or download call (default 60 s). */
export function downloadTimeoutMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_DOWNLOAD_TIMEOUT_MS
}

/** With a token, this run's artifacts are read through the REST API instead (actions: read). */
export interface RestAccess {
  token: string
  workflowRunId: number
  repositoryOwner: string
  repositoryName: string
}

/** The REST access for this run's artifacts with the `github-token` input, or null without it. */
export function restAccessFromEnv(token: string, env: NodeJS.ProcessEnv): RestAccess | null {
  if (token === '') return null
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const runId = Number(env.GITHUB_RUN_ID)
  if (!owner || !name || !Number.isInteger(runId) || runId <= 0) {
    throw new Error(
      'GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: "github-token" reads this run\'s artifacts only inside a workflow run.',
    )
  }
  return { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: name }
}

/** The store the aggregate and require actions read: the runner's, or the REST API's with a token. */
export function storeFromInputs(token: string, env: NodeJS.ProcessEnv): RunArtifactStore {
  return actionsArtifactStore(downloadTimeoutMs(env), restAccessFromEnv(token, env))
}

export function actionsArtifactStore(
  timeoutMs: number,
  rest: RestAccess | null = null,
): RunArtifactStore {
  const client = import('@actions/artifact').then((m) => new m.DefaultArtifactClient())
  const findBy = rest ? { findBy: rest } : {}
  return {
    async list() {
      const { artifacts } = await withTimeout(
        client.then((c) => c.listArtifacts({ latest: false, ...findBy })),
        timeoutMs,
        'listing this run’s artifacts',
      )
      return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }))
    },
    async download(id, dir) {
      await withTimeout(
        client.then((c) => c.downloadArtifact(id, { path: dir, ...findBy })),
        timeoutMs,
        `downloading artifact ${id}`,
      )
    },
  }
}

/** The artifact service did not answer in time: the calls after it are not worth waiting for. */
export class ArtifactTimeoutError extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ArtifactTimeoutError(
            `the artifact service did not finish ${what} within ${ms / 1000} s`,
          ),
        ),
      ms,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** `preflight-report-*`: only * (any run of characters) and ? (one character) are special. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}$`)
}

/** Downloads each artifact, reads the one gate report in it, and removes what it unpacked. */
export async function legsFromArtifacts(
  store: RunArtifactStore,
  artifacts: readonly ArtifactRef[],
  workDir: string,
  urlOf: (artifact: ArtifactRef) => string,
): Promise<LegEvidence[]> {
  const results: LegEvidence[] = new Array<LegEvidence>(artifacts.length)
  let next = 0
  // After one timeout the service is taken as hung: the rest are refused, not each waited for.
  let hung: string | null = null
  const worker = async () => {
    while (next < artifacts.length) {
      const index = next++
      const artifact = artifacts[index] as ArtifactRef
      const url = urlOf(artifact)
      results[index] = hung
        ? { source: artifact.name, url, report: null, error: `not downloaded: ${hung}` }
        : await legFromArtifact(store, artifact, workDir, url, (error) => (hung = error))
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, artifacts.length) }, worker))
  return results
}

async function legFromArtifact(
  store: RunArtifactStore,
  artifact: ArtifactRef,
  workDir: string,
  url: string,
  onTimeout: (error: string) => void,
): Promise<LegEvidence> {
  const read = await readArtifactJson(store, artifact, workDir, GATE_REPORT_FILE, onTimeout)
  if (!read.ok) return { source: artifact.name, url, report: null, error: read.error }
  const parsed = parseGateReport(read.text)
  return parsed.ok
    ? { source: artifact.name, url, report: parsed.report }
    : { source: artifact.name, url, report: null, error: parsed.error }
}

const GATE_REPORT_FILE = /^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}(?:_\d+)?\.json$/

/** Downloads one artifact, reads the one file in it whose name matches, and removes the rest. */
export async function readArtifactJson(
  store: RunArtifactStore,
  artifact: ArtifactRef,
  workDir: string,
  fileName: RegExp,
  onTimeout: (error: string) => void = () => {},
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (artifact.size > ARTIFACT_LIMIT_BYTES)
    return {
      ok: false,
      error: `${artifact.size} bytes, more than the ${ARTIFACT_LIMIT_BYTES} a report artifact may have`,
    }
  const dir = await mkdtemp(path.join(workDir, 'artifact-'))
  try {
    await store.download(artifact.id, dir)
    const files = (await readdir(dir)).filter((name) => fileName.test(name))
    if (files.length !== 1)
      return {
        ok: false,
        error: `holds ${files.length} files named like ${fileName.source}, not one`,
      }
    return {
      ok: true,
      text: await readBoundedFile(path.join(dir, files[0] as string), REPORT_LIMIT_BYTES),
    }
  } catch (error) {
    if (error instanceof ArtifactTimeoutError) onTimeout(error.message)
    return { ok: false, error: `could not be read: ${(error as Error).message}` }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
