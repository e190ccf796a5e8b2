// The require action: the first step of a deploy job. It finds this run's gate (or fleet)
// report artifact, and fails before any deploy step unless that report was written for this
// commit, run and mode (and host, when pinned) and says proceed, or the override it asked for
// was recorded as authorized by the authorize action in this run.

import { coreIo } from '../action/core-io.js'
import type { ActionIo } from '../action/io.js'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { artifactRuntimeAvailable, artifactUrl } from '../artifact/upload.js'
import { MODES } from '../model.js'
import { describeInputIssues } from '../settings.js'
import { parseGateReport } from '../report/json-schema.js'
import {
  storeFromInputs,
  globToRegExp,
  readArtifactJson,
  type ArtifactRef,
  type RunArtifactStore,
} from '../fleet/artifacts.js'
import {
  AUTHORIZATION_ARTIFACT_PREFIX,
  AUTHORIZATION_FILE,
  authorizationSchema,
} from '../fleet/authorization.js'
import { FLEET_REPORT_KIND, parseFleetReport } from '../fleet/report.js'
import { markdownCell, plainText } from '../sanitize.js'
import {
  checkRequirement,
  type FoundAuthorization,
  type FoundReport,
  type RequireResult,
} from './check.js'

const DEFAULT_PATTERN = 'preflight-report-*'
/** A deploy job checks one report; this many candidates means the pattern is too wide. */
const MAX_CANDIDATES = 50
const REPORT_FILE = /^(?:SMOKE_TEST_INSTITUTIONAL|FLEET)_\d{8}_\d{6}(?:_\d+)?\.json$/

const artifactName = z
  .string()
  .trim()
  .refine((v) => !/[":<>|\\/\r\n]/.test(v), { message: 'must be an artifact name' })

const inputsSchema = z
  .object({
    mode: z
      .string()
      .trim()
      .pipe(z.enum(MODES, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
    'artifact-name': artifactName,
    pattern: artifactName,
    host: z.string().trim(),
  })
  .refine((v) => v['artifact-name'] === '' || v.pattern === '', {
    message: 'set "artifact-name" or "pattern", not both',
  })

export async function runRequire(
  env: NodeJS.ProcessEnv = process.env,
  deps: { io: ActionIo; store?: RunArtifactStore } = { io: coreIo(env) },
): Promise<void> {
  const { io, store: given } = deps
  io.setOutput('verdict', '')
  io.setOutput('report-url', '')
  const parsed = inputsSchema.safeParse({
    mode: io.getInput('mode'),
    'artifact-name': io.getInput('artifact-name'),
    pattern: io.getInput('pattern'),
    host: io.getInput('host'),
  })
  if (!parsed.success)
    return await refuse(
      io,
      `invalid inputs.\n${describeInputIssues(parsed.error.issues).join('\n')}`,
    )
  const inputs = parsed.data
  const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env
  if (!sha || !runId || !repository)
    return await refuse(
      io,
      'GITHUB_SHA, GITHUB_RUN_ID or GITHUB_REPOSITORY is not set: require runs only inside a workflow run.',
    )
  if (!artifactRuntimeAvailable(env))
    return await refuse(
      io,
      'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset), so the gate’s report cannot be read.',
    )

  const wanted = inputs['artifact-name']
    ? (name: string) => name === inputs['artifact-name']
    : (name: string) => globToRegExp(inputs.pattern || DEFAULT_PATTERN).test(name)
  // With github-token this run's artifacts are read through the REST API (actions: read).
  let store: RunArtifactStore
  try {
    store = given ?? storeFromInputs(io.getInput('github-token'), env)
  } catch (error) {
    return await refuse(io, (error as Error).message)
  }
  const workDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'preflight-require-'))
  let result: RequireResult
  try {
    const artifacts = await store.list()
    const candidates = artifacts.filter((a) => wanted(a.name))
    if (candidates.length > MAX_CANDIDATES)
      return await refuse(
        io,
        `${candidates.length} artifacts match; name the one to check with "artifact-name".`,
      )
    const found: FoundReport[] = []
    for (const artifact of candidates) found.push(await readReport(store, artifact, workDir, env))
    const authorizations: FoundAuthorization[] = []
    for (const artifact of artifacts
      .filter((a) => a.name.startsWith(AUTHORIZATION_ARTIFACT_PREFIX))
      .slice(0, MAX_CANDIDATES)) {
      const read = await readArtifactJson(store, artifact, workDir, AUTHORIZATION_FILE)
      if (!read.ok) {
        authorizations.push({ source: artifact.name, record: null, error: read.error })
        continue
      }
      const record = authorizationSchema.safeParse(safeJson(read.text))
      authorizations.push(
        record.success
          ? { source: artifact.name, record: record.data }
          : { source: artifact.name, record: null, error: 'not an authorization record' },
      )
    }
    result = checkRequirement(
      { mode: inputs.mode, sha, runId, repository, host: inputs.host || null },
      found,
      authorizations,
    )
  } catch (error) {
    return await refuse(
      io,
      `this run’s artifacts could not be listed or read: ${(error as Error).message}`,
    )
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }

  io.setOutput('verdict', result.verdict)
  io.setOutput('report-url', result.reportUrl)
  const lines = [
    `## ${result.allowed ? '✅ DEPLOY ALLOWED' : '❌ DEPLOY REFUSED - NO PASSING EVIDENCE'}`,
    '',
    markdownCell(result.message, 2000),
    ...(result.reportUrl ? ['', `Report: [artifact](${encodeURI(result.reportUrl)})`] : []),
    ...(result.details.length
      ? [
          '',
          '### Reports set aside',
          ...result.details.slice(0, 50).map((d) => `- ${markdownCell(d, 1000)}`),
        ]
      : []),
  ]
  await io.writeSummary(lines.join('\n') + '\n')
  if (result.allowed) {
    io.info(oneLine(`✅ Deploy allowed: ${result.message}`))
    return
  }
  for (const d of result.details.slice(0, 20)) io.info(oneLine(`set aside: ${d}`))
  await refuse(io, result.message, false)
}

async function readReport(
  store: RunArtifactStore,
  artifact: ArtifactRef,
  workDir: string,
  env: NodeJS.ProcessEnv,
): Promise<FoundReport> {
  const url = artifactUrl(artifact.id, env)
  const read = await readArtifactJson(store, artifact, workDir, REPORT_FILE)
  if (!read.ok) return { source: artifact.name, url, kind: 'unreadable', error: read.error }
  const value = safeJson(read.text)
  if ((value as { kind?: unknown } | null)?.kind === FLEET_REPORT_KIND) {
    const fleet = parseFleetReport(value)
    return fleet.ok
      ? { source: artifact.name, url, kind: 'fleet', report: fleet.report }
      : { source: artifact.name, url, kind: 'unreadable', error: fleet.error }
  }
  const gate = parseGateReport(read.text)
  return gate.ok
    ? { source: artifact.name, url, kind: 'gate', report: gate.report }
    : { source: artifact.name, url, kind: 'unreadable', error: gate.error }
}

/** Report text on one log line: a line break in it can never start a workflow command. */
function oneLine(text: string): string {
  return plainText(text).replace(/\s*\n\s*/g, ' ')
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Fails the step; the summary says why unless the caller wrote a fuller one. */
async function refuse(io: ActionIo, message: string, summary = true): Promise<void> {
  io.setFailed(`❌ DEPLOY REFUSED: ${message}`)
  if (summary)
    await io.writeSummary(
      `## ❌ DEPLOY REFUSED - NO PASSING EVIDENCE\n\n${markdownCell(message, 4000)}\n`,
    )
}
