// `preflight audit`: the quarterly audit the source document asks for (docs/source-document.md,
// Quarterly Audit: "Test all exit code paths. Verify approval workflows."). Loaded only for this
// subcommand: GitHub's workflow parser stays out of every other command's start-up.

import os from 'node:os'
import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { createGitHubClient } from '../approval/github.js'
import { runUrlFromEnv } from '../approval/github.js'
import {
  DEFAULT_WORKFLOWS_DIR,
  failsAt,
  recordAudit,
  renderAuditJson,
  renderAuditMarkdown,
  runAudit,
  type AuditResult,
} from '../audit/audit.js'
import { runDrill, type GateCli } from '../audit/drill.js'
import { SEVERITIES, type Severity } from '../audit/findings.js'
import { DEFAULT_DEPLOY_PATTERNS } from '../audit/workflows.js'
import { DEFAULT_REPORT_DIR } from '../settings.js'
import { resolveRepository, tokenFromEnv } from './github.js'
import { type CliIo, usageError } from './io.js'

export const AUDIT_HELP = `Usage: preflight audit [--repo OWNER/NAME] [--workflows DIR] [--report-dir DIR] [--format md|json] [--out FILE] [--fail-on high|medium|low] [--drill]

Checks that the deploy is really gated (each finding at file:line, with its fix; ids in
docs/audit.md): the wiring of .github/workflows, the approval setup through the GitHub API
(token from GITHUB_TOKEN or GH_TOKEN), the history in the report directory, and with --drill
every exit path of this installation's gate on this host. Writes AUDIT_<timestamp>.md and .json
to the report directory and an AUDIT_COMPLETED entry to its operational log.

  --repo OWNER/NAME     the repository (default: the git remote origin, else GITHUB_REPOSITORY)
  --workflows DIR       default ${DEFAULT_WORKFLOWS_DIR}
  --report-dir DIR      check this report directory's history (operational log, archive, the
                        last 90 days' overrides and failures); the audit is written here
                        (default ${DEFAULT_REPORT_DIR}, history then not checked)
  --deploy-jobs GLOBS   comma-separated job ids and environment names that deploy
                        (default ${DEFAULT_DEPLOY_PATTERNS.join(',')}; jobs using require always do)
  --format md|json      what is printed (default md)
  --out FILE            write it there instead of standard output
  --fail-on LEVEL       exit 1 when a finding is at or above high (default), medium or low
  --drill               run the gate against synthetic suites for every exit path, and check
                        the report directory, the clock, Node.js and suite isolation`

export async function auditCommand(args: string[], io: CliIo, gate: GateCli): Promise<number> {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        repo: { type: 'string' },
        workflows: { type: 'string' },
        'report-dir': { type: 'string' },
        'deploy-jobs': { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        'fail-on': { type: 'string', default: 'high' },
        drill: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    usageError(io, 'audit', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(AUDIT_HELP + '\n')
    return 0
  }
  const errors: string[] = []
  if (values.format !== 'md' && values.format !== 'json') {
    errors.push(`--format must be md or json, got "${values.format}"`)
  }
  if (!(SEVERITIES as readonly string[]).includes(values['fail-on'])) {
    errors.push(`--fail-on must be high, medium or low, got "${values['fail-on']}"`)
  }
  if (errors.length > 0) {
    io.stderr.write(errors.map((e) => `preflight audit: ${e}\n`).join(''))
    return 1
  }
  const failOn = values['fail-on'] as Severity
  const { result, paths } = await auditAndRecord(
    {
      repo: values.repo,
      workflows: values.workflows,
      reportDir: values['report-dir'],
      deployJobs: values['deploy-jobs'],
      drill: values.drill,
      failOn,
    },
    io,
    gate,
  )
  const rendered =
    values.format === 'json' ? renderAuditJson(result) : renderAuditMarkdown(result, failOn)
  if (values.out) await writeFile(values.out, rendered, 'utf8')
  else io.stdout.write(rendered)
  const failing = failsAt(result, failOn).length
  io.stderr.write(
    `Audit ${failing === 0 ? 'passed' : 'failed'}: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}${failing > 0 ? ` (${failing} at or above ${failOn})` : ''}. Report: ${paths.markdown}\n`,
  )
  return failing === 0 ? 0 : 1
}

export interface AuditFlags {
  repo?: string
  workflows?: string
  reportDir?: string
  deployJobs?: string
  drill: boolean
  failOn: Severity
  /** Where workflow paths are shown from (default the working directory). */
  root?: string
}

/** Runs the audit and records it (report files and the log entry): the CLI, init and the action. */
export async function auditAndRecord(
  flags: AuditFlags,
  io: Pick<CliIo, 'env'> & { signal?: AbortSignal },
  gate: GateCli,
): Promise<{ result: AuditResult; paths: { markdown: string; json: string } }> {
  const workflowsDir = path.resolve(flags.workflows ?? DEFAULT_WORKFLOWS_DIR)
  // Findings name files from the repository's root: the folder holding .github/workflows.
  const root = path.resolve(
    flags.root ??
      (workflowsDir.endsWith(path.join('.github', 'workflows'))
        ? path.dirname(path.dirname(workflowsDir))
        : '.'),
  )
  const repository = await resolveRepository(flags.repo, io.env)
  const token = tokenFromEnv(io.env)
  const writeDir = flags.reportDir
    ? path.resolve(flags.reportDir)
    : path.resolve(root, DEFAULT_REPORT_DIR)
  const result = await runAudit({
    workflowsDir,
    root,
    deployPatterns: flags.deployJobs
      ?.split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    historyDir: flags.reportDir === undefined ? null : writeDir,
    repository: repository.ok ? repository.repository : null,
    github: token && repository.ok ? await createGitHubClient(token, io.env) : null,
    drill: flags.drill
      ? () => runDrill({ gate, reportDir: writeDir, now: () => new Date(), signal: io.signal })
      : null,
    now: new Date(),
  })
  const paths = await recordAudit(result, writeDir, {
    threshold: flags.failOn,
    operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || os.userInfo().username,
    runUrl: runUrlFromEnv(io.env),
  })
  return { result, paths }
}
