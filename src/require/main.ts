// The require action: the first step of a deploy job. It finds this run's gate (or fleet)
// report artifact, and fails before any deploy step unless that report was written for this
// commit, run and mode (and host, when pinned) and says proceed, or the override it asked for
// was recorded as authorized by the authorize action in this run.

import { createHash } from 'node:crypto'
import { coreIo } from '../action/core-io.js'
import { setOutputs, type ActionIo } from '../action/io.js'
import { createGitHubClient, runRefFromEnv } from '../approval/github.js'
import { verifyWhereUsed, type GitHubClient } from '../approval/verify.js'
import { OVERRIDDEN_STATUS, decide } from '../decision.js'
import type { ApprovalCheck } from '../model.js'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { artifactRuntimeAvailable, artifactUrl } from '../artifact/upload.js'
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
  REQUIRE_INPUTS,
  parseRequireSettings,
  type RequireOutputs,
  type RequireRawInputs,
  type RequireSettings,
} from './settings.js'
import {
  checkRequirement,
  type ApprovalToVerify,
  type FoundAuthorization,
  type FoundReport,
  type RequireResult,
} from './check.js'

const DEFAULT_PATTERN = 'preflight-report-*'
/** A deploy job checks one report; this many candidates means the pattern is too wide. */
const MAX_CANDIDATES = 50
const REPORT_FILE = /^(?:SMOKE_TEST_INSTITUTIONAL|FLEET)_\d{8}_\d{6}(?:_\d+)?\.json$/

export interface RequireDeps {
  io: ActionIo
  store?: RunArtifactStore
  /** The GitHub API the approvals are verified through; default: the github-token's client. */
  github?: GitHubClient
}

export async function runRequire(
  env: NodeJS.ProcessEnv = process.env,
  deps: RequireDeps = { io: coreIo(env) },
): Promise<void> {
  const { io, store: given } = deps
  setOutputs<keyof RequireOutputs>(io, { verdict: '', 'report-url': '' })
  const raw: RequireRawInputs = {}
  for (const name of REQUIRE_INPUTS) raw[name] = io.getInput(name)
  const parsed = parseRequireSettings(raw)
  if (!parsed.ok) return await refuse(io, `invalid inputs.\n${parsed.errors.join('\n')}`)
  const settings = parsed.settings
  const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1')
  if (!sha || !runId || !repository || !Number.isInteger(runAttempt) || runAttempt < 1)
    return await refuse(
      io,
      'GITHUB_SHA, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT or GITHUB_REPOSITORY is not set: require runs only inside a workflow run.',
    )
  if (!artifactRuntimeAvailable(env))
    return await refuse(
      io,
      'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset), so the gate’s report cannot be read.',
    )

  const wanted = settings.artifactName
    ? (name: string) => name === settings.artifactName
    : (name: string) => globToRegExp(settings.pattern || DEFAULT_PATTERN).test(name)
  // With github-token this run's artifacts are read through the REST API (actions: read).
  let store: RunArtifactStore
  try {
    store = given ?? storeFromInputs(settings.githubToken, env)
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
      {
        mode: settings.mode,
        sha,
        runId,
        runAttempt,
        repository,
        host: settings.host,
        reportDigest: settings.reportDigest,
      },
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
  if (result.approval) result = await verifyHere(result, result.approval, settings, env, deps)

  setOutputs<keyof RequireOutputs>(io, { verdict: result.verdict, 'report-url': result.reportUrl })
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

/**
 * An authorization record is a pointer, not a proof (any step with the runtime token can upload
 * one): the approvals of this run are verified here, with the gate's policy and rules.
 */
async function verifyHere(
  result: RequireResult,
  approval: ApprovalToVerify,
  settings: RequireSettings,
  env: NodeJS.ProcessEnv,
  deps: RequireDeps,
): Promise<RequireResult> {
  const refused = (why: string): RequireResult => ({
    ...result,
    allowed: false,
    message: `the gate asked for ${approval.override}; ${why}`,
  })
  let check: ApprovalCheck
  try {
    const client = deps.github ?? (await createGitHubClient(settings.githubToken, env))
    check = await verifyWhereUsed(client, runRefFromEnv(env), approval, {
      requiredApprovals: settings.requiredApprovals,
      approvers: settings.approvers,
    })
  } catch (error) {
    return refused(
      `its approvals could not be verified: ${(error as Error).message} (set "github-token" with permissions actions: read).`,
    )
  }
  if (!check.granted)
    return refused(
      `${approval.source} says approved, but the approvals of this run do not hold: ${check.refusals.join(' ')}`,
    )
  // The gate's verdict decided again, now with the approval verified here.
  const decision = decide({
    mode: approval.mode,
    status: OVERRIDDEN_STATUS[approval.override],
    forceStart: approval.override === 'force-start',
    approvalVerified: true,
  })
  if (decision.verdict !== 'proceed')
    return refused(`the decision table does not let it through: ${decision.reasons.join('; ')}.`)
  return {
    ...result,
    allowed: true,
    verdict: decision.verdict,
    message: `the gate asked for ${approval.override} and this run's approvals in environment "${approval.environment}" grant it, verified here (${check.approvers.map((a) => a.login).join(', ')}; ${check.requiredApprovals} required).`,
  }
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
  const digest = createHash('sha256').update(read.text, 'utf8').digest('hex')
  const value = safeJson(read.text)
  if ((value as { kind?: unknown } | null)?.kind === FLEET_REPORT_KIND) {
    const fleet = parseFleetReport(value)
    return fleet.ok
      ? { source: artifact.name, url, kind: 'fleet', report: fleet.report, digest }
      : { source: artifact.name, url, kind: 'unreadable', error: fleet.error }
  }
  const gate = parseGateReport(read.text)
  return gate.ok
    ? { source: artifact.name, url, kind: 'gate', report: gate.report, digest }
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
