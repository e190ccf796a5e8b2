// The files `preflight init` writes: per mode a gate-and-deploy workflow, the override-request
// workflow and a starter suite, wired the way `preflight audit` checks (gate and deploy on the
// same runner, deploy only on proceed and starting with require, action pinned, least
// permissions). Pure: options in, file texts out.

import type { Mode } from '../model.js'

/** The override-request workflow's run-name: the CLI finds its runs and reads them by it. */
export const OVERRIDE_RUN_NAME =
  'Preflight override ${{ inputs.override }} (${{ inputs.mode }}) · request ${{ inputs.request-id }} · ticket ${{ inputs.ticket }} · ${{ inputs.reason }}'

export const STARTER_SUITE = '.github/preflight.yml'

export interface TemplateOptions {
  /** `owner/name@<sha>` of the action. */
  action: string
  /** The pinned ref's tag or branch, as a comment beside the SHA ('' for none). */
  actionTag: string
  runnerLabels: readonly string[]
  suite: { file: string } | { command: string }
}

export interface TemplateFile {
  path: string
  text: string
}

export function initFiles(options: TemplateOptions, withStarterSuite: boolean): TemplateFile[] {
  const files: TemplateFile[] = [
    { path: '.github/workflows/preflight-paper.yml', text: deployWorkflow('paper', options) },
    { path: '.github/workflows/preflight-live.yml', text: deployWorkflow('live', options) },
    { path: '.github/workflows/override-request.yml', text: overrideWorkflow(options) },
  ]
  if (withStarterSuite) files.push({ path: STARTER_SUITE, text: starterSuite() })
  return files
}

function uses(options: TemplateOptions, sub = ''): string {
  const [repository, sha] = options.action.split('@') as [string, string]
  const comment = options.actionTag ? ` # ${options.actionTag}` : ''
  return `${repository}${sub ? `/${sub}` : ''}@${sha}${comment}`
}

function runsOn(labels: readonly string[]): string {
  return `[${labels.map((l) => (/^[A-Za-z0-9_.-]+$/.test(l) ? l : JSON.stringify(l))).join(', ')}]`
}

function suiteInput(options: TemplateOptions): string {
  return 'file' in options.suite
    ? `suite: ${JSON.stringify(options.suite.file)}`
    : `command: ${JSON.stringify(options.suite.command)}`
}

function deployWorkflow(mode: Mode, options: TemplateOptions): string {
  const title = mode === 'live' ? 'Live' : 'Paper'
  const approvers =
    mode === 'live'
      ? 'two reviewers of "live-override" (Risk Manager and CTO)'
      : 'a reviewer of "paper-override" (Team Lead)'
  return `# ${title} rollout, written by \`preflight init\`: the gate runs the ${mode} suite on the host
# that deploys; the deploy job runs there too, only on proceed, and starts with \`require\`, which
# refuses without this run's passing report. A force-start or skip needs the approval of
# ${approvers}: run \`preflight request-override\` from the host.
name: ${title} rollout

on:
  workflow_dispatch:

permissions:
  contents: read

jobs:
  preflight:
    runs-on: ${runsOn(options.runnerLabels)}
    permissions:
      contents: read
      actions: read # verify environment approvals
    outputs:
      verdict: \${{ steps.gate.outputs.verdict }}
    steps:
      - uses: actions/checkout@v5
        with:
          clean: false # keep reports/health (the history) between runs on this host
      - id: gate
        uses: ${uses(options)}
        with:
          mode: ${mode}
          ${suiteInput(options)}

  deploy:
    needs: preflight
    if: \${{ !cancelled() && needs.preflight.outputs.verdict == 'proceed' }}
    runs-on: ${runsOn(options.runnerLabels)}
    environment: ${mode}
    permissions:
      contents: read
      actions: read # read this run's report artifact
    steps:
      - uses: ${uses(options, 'require')}
        with:
          mode: ${mode}
      - uses: actions/checkout@v5
        with:
          clean: false
      - name: Deploy and launch
        run: ./scripts/deploy.sh --mode ${mode}
`
}

function overrideWorkflow(options: TemplateOptions): string {
  return `# Override request, written by \`preflight init\`: \`preflight request-override\` dispatches it;
# reviewers of the "<mode>-override" environment approve its jobs, each job verifies the
# approvals, and the operator passes the run to \`preflight launch … --approval-run RUN\`.
# A live force-start needs two approvals: \`first-approval\` holds the first, \`authorize\` the
# second. Keep the run-name as it is: the CLI finds the run and checks mode and override by it.
name: Preflight override request
run-name: >-
  ${OVERRIDE_RUN_NAME}

on:
  workflow_dispatch:
    inputs:
      mode:
        description: paper or live
        type: choice
        options: [paper, live]
        required: true
      override:
        description: force-start (let a P1 failure through) or skip (run no health checks)
        type: choice
        options: [force-start, skip]
        required: true
      reason:
        description: Why the override is needed
        type: string
        required: true
      ticket:
        description: Ticket documenting the override
        type: string
        required: true
      request-id:
        description: Set by preflight request-override to find this run
        type: string
        required: true

permissions: {}

jobs:
  first-approval:
    if: inputs.mode == 'live' && inputs.override == 'force-start'
    runs-on: ubuntu-latest
    environment: live-override
    permissions:
      actions: read # read the run's approvals and the environment
    steps:
      - uses: ${uses(options, 'authorize')}
        with:
          mode: live
          environment: live-override
          override: force-start
          required-approvals: '1'
          reason: \${{ inputs.reason }}
          ticket: \${{ inputs.ticket }}

  authorize:
    needs: first-approval
    if: \${{ !cancelled() && (needs.first-approval.result == 'success' || needs.first-approval.result == 'skipped') }}
    runs-on: ubuntu-latest
    environment: \${{ inputs.mode }}-override
    permissions:
      actions: read
    steps:
      - uses: ${uses(options, 'authorize')}
        with:
          mode: \${{ inputs.mode }}
          environment: \${{ inputs.mode }}-override
          override: \${{ inputs.override }}
          reason: \${{ inputs.reason }}
          ticket: \${{ inputs.ticket }}
`
}

function starterSuite(): string {
  return `# Starter smoke suite, written by \`preflight init\`: replace and extend these checks with your
# own (kinds: command, version, http, tcp, path, env, config, tls, dns, disk, process, prometheus,
# postgres). Paper runs the "production" subset, live runs everything. \`preflight validate\` checks it.
version: 1
checks:
  - name: Runtime version
    level: P0
    subsets: [production]
    kind: version
    command: [node, --version]
    range: '>=20'
    remediation: Install Node.js 20 or later on this host.
  - name: Disk space
    level: P0
    subsets: [production]
    kind: disk
    min-free: 1GiB
    remediation: Free disk space on this host.
  - name: Working directory readable
    level: P1
    kind: path
    path: .
    remediation: Check out the repository on this host.
`
}
