// `run|launch --approval-run RUN`: the override is decided from an approval run of the
// override-request workflow, verified through the API from this host. A run that already granted
// an override here (found in the operational log of the report directory) is spent.

import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { createGitHubClient } from '../approval/github.js'
import {
  OVERRIDE_WORKFLOW,
  approvalRunUrl,
  parseRunReference,
  tokenUser,
  verifyApprovalRun,
} from '../approval/approval-run.js'
import type { GitHubClient, RequestOptions, WorkflowRunRef } from '../approval/verify.js'
import { readHistoryChain } from '../history/chain.js'
import type { ApprovalCheck, ApprovalRequest, ApprovalVerifier } from '../model.js'
import { NO_TOKEN, requestOptions, resolveRepository, serverUrl, tokenFromEnv } from './github.js'
import { gatePolicy } from '../approval/flow.js'

export const DEFAULT_APPROVAL_MAX_AGE_HOURS = 12
const MAX_APPROVAL_MAX_AGE_HOURS = 24 * 30

export interface ApprovalRunFlags {
  'approval-run'?: string
  'approval-max-age'?: string
  repo?: string
  workflow?: string
}

export interface ApprovalRun {
  run: WorkflowRunRef
  url: string
  workflow: string
  maxAgeHours: number
  client: GitHubClient
  options: RequestOptions
  /** The token's own user, or why it could not be told (then every override is refused). */
  operator: { login: string } | { error: string }
}

/** Reads the flags; a usage problem (no token, no repository, a malformed run) is an error. */
export async function prepareApprovalRun(
  flags: ApprovalRunFlags,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; approvalRun: ApprovalRun } | { ok: false; error: string }> {
  const maxAge = flags['approval-max-age'] ?? String(DEFAULT_APPROVAL_MAX_AGE_HOURS)
  const maxAgeHours = Number(maxAge)
  if (
    !/^\d+(\.\d+)?$/.test(maxAge.trim()) ||
    maxAgeHours <= 0 ||
    maxAgeHours > MAX_APPROVAL_MAX_AGE_HOURS
  ) {
    return {
      ok: false,
      error: `--approval-max-age must be a number of hours above 0 and at most ${MAX_APPROVAL_MAX_AGE_HOURS}, got "${maxAge}".`,
    }
  }
  const workflow = flags.workflow ?? OVERRIDE_WORKFLOW
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
    return {
      ok: false,
      error: `--workflow must be a workflow file name in .github/workflows (e.g. ${OVERRIDE_WORKFLOW}), got "${workflow}".`,
    }
  }
  const token = tokenFromEnv(env)
  if (token === '') return { ok: false, error: NO_TOKEN }
  const repository = await resolveRepository(flags.repo, env)
  if (!repository.ok) return repository
  const reference = parseRunReference(flags['approval-run'] ?? '', repository.repository)
  if (!reference.ok) return { ok: false, error: `--approval-run: ${reference.error}` }
  const client = await createGitHubClient(token, env)
  const options = requestOptions(env)
  let operator: ApprovalRun['operator']
  try {
    operator = { login: await tokenUser(client, options) }
  } catch (error) {
    operator = { error: (error as Error).message }
  }
  return {
    ok: true,
    approvalRun: {
      run: reference.run,
      url: approvalRunUrl(serverUrl(env), reference.run),
      workflow,
      maxAgeHours,
      client,
      options,
      operator,
    },
  }
}

export interface ApprovalRunVerifier {
  /** The verifier the CLI hands the engine: the approval run decides, never GITHUB_RUN_ID. */
  verify: ApprovalVerifier
  /** Call once the engine has written its log entries: lets the next launch read them. */
  release: () => Promise<void>
}

/**
 * While one launch verifies the run and logs the outcome, it holds a lock file beside the log,
 * so a second launch started at the same moment cannot use the same run too.
 */
export function approvalRunVerifier(approvalRun: ApprovalRun): ApprovalRunVerifier {
  let lock: string | null = null
  const verify = async (request: ApprovalRequest): Promise<ApprovalCheck> => {
    const refuse = (reason: string): ApprovalCheck => ({
      granted: false,
      environment: request.environment,
      requiredApprovals: request.requiredApprovals,
      approvers: [],
      refusals: [reason],
      warnings: [],
    })
    if ('error' in approvalRun.operator) return refuse(approvalRun.operator.error)
    const reportDir = path.resolve(request.reportDir)
    const file = path.join(reportDir, `.approval-run-${approvalRun.run.runId}.lock`)
    try {
      await mkdir(reportDir, { recursive: true })
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' })
      lock = file
    } catch (error) {
      return refuse(
        (error as NodeJS.ErrnoException).code === 'EEXIST'
          ? `Approval run ${approvalRun.url} is in use by another launch on this host (${file}): wait for it to finish; if none is running, remove that file.`
          : `Cannot lock approval run ${approvalRun.url} for this launch (${file}): ${(error as Error).message}.`,
      )
    }
    const used = findUse(path.resolve(request.historyDir), approvalRun.run, approvalRun.url)
    if (used) return refuse(used)
    return verifyApprovalRun(
      approvalRun.client,
      approvalRun.run,
      {
        ...gatePolicy(request),
        workflow: approvalRun.workflow,
        maxAgeHours: approvalRun.maxAgeHours,
        now: new Date(),
        operator: approvalRun.operator.login,
      },
      approvalRun.options,
    )
  }
  const release = async () => {
    if (lock) await rm(lock, { force: true })
    lock = null
  }
  return { verify, release }
}

const GRANTED_EVENTS = new Set(['OVERRIDE_FORCE_START', 'OVERRIDE_SKIP_HEALTH_CHECK'])
const logLine = z.object({ timestamp: z.string(), event: z.string(), runUrl: z.string() })

/**
 * A run as GitHub identifies it: the repository, case-insensitively, and the numeric id. The
 * host and any `/attempts/N` do not make another run.
 */
export function runKey(run: WorkflowRunRef): string {
  return `${run.owner}/${run.repo}#${run.runId}`.toLowerCase()
}

function runKeyOfUrl(url: string): string | null {
  const m = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/actions\/runs\/(\d{1,15})(?:[/?#]|$)/.exec(url)
  return m ? runKey({ owner: m[1]!, repo: m[2]!, runId: Number(m[3]) }) : null
}

/**
 * Why the run is spent (it already granted an override here), or null when it is not. Every log
 * of the history counts, the months rotated into archive/ too; an entry is a use whether or not
 * its chain verifies (a doubt only ever refuses).
 */
export function findUse(historyDir: string, run: WorkflowRunRef, url: string): string | null {
  const chain = readHistoryChain(historyDir)
  if (chain.unreadable.length > 0) {
    return `Cannot read the operational log ${chain.unreadable[0]} to tell whether approval run ${url} was already used: repair or move the file.`
  }
  const key = runKey(run)
  for (const { file, log } of chain.files) {
    for (const line of log.lines) {
      const entry = logLine.safeParse(line.value)
      if (!entry.success) {
        return `Line ${line.number} of the operational log ${file} is not a log entry, so whether approval run ${url} was already used cannot be told: repair or move the file.`
      }
      if (GRANTED_EVENTS.has(entry.data.event) && runKeyOfUrl(entry.data.runUrl) === key) {
        return `Approval run ${url} already granted an override on this host (${entry.data.event} at ${entry.data.timestamp}, in ${file}): an approval is good for one launch; request a new one.`
      }
    }
  }
  return null
}
