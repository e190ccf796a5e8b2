// What `preflight audit` can find, by stable id: severity, what it is and how to fix it. Every
// id is documented in docs/audit.md (a test keeps the two in step). Pure data, no I/O.

export const SEVERITIES = ['high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface FindingKind {
  severity: Severity
  /** What is wrong, in a sentence. */
  title: string
  /** How to fix it, in a sentence. */
  fix: string
}

export const FINDINGS = {
  // Wiring (.github/workflows)
  'workflow-invalid': {
    severity: 'high',
    title: 'A workflow file does not parse as a GitHub Actions workflow.',
    fix: 'Fix the error at the location shown (actionlint shows the same).',
  },
  'no-gate': {
    severity: 'high',
    title: 'No workflow runs the gate.',
    fix: 'Run `preflight init` or add the gate step (uses: OWNER/preflight-gate@SHA) before the deploy.',
  },
  'deploy-not-gated': {
    severity: 'high',
    title: 'A deploy job does not depend on a gate job, directly or through `needs`.',
    fix: "Add the gate job to the deploy job's `needs` (or run the gate as a step before the deploy in the same job).",
  },
  'deploy-not-on-proceed': {
    severity: 'high',
    title:
      "A deploy job neither starts with the `require` action nor runs only on the gate's `verdict == 'proceed'`.",
    fix: "Make `uses: OWNER/preflight-gate/require@SHA` its first step, or add `needs.<gate>.outputs.verdict == 'proceed'` to its `if`.",
  },
  'always-on-deploy-path': {
    severity: 'high',
    title:
      '`always()` on the path from the gate to a deploy: it runs even when the run is cancelled.',
    fix: 'Use `!cancelled()` instead of `always()`.',
  },
  'gate-continue-on-error': {
    severity: 'high',
    title:
      'The gate step (or its job) has `continue-on-error`: a failed gate no longer stops the deploy.',
    fix: 'Remove `continue-on-error` from the gate step and its job.',
  },
  'live-gate-not-live-mode': {
    severity: 'high',
    title: 'A live deploy is gated by a gate step that is not in `mode: live`.',
    fix: 'Set `mode: live` on the gate step that gates the live deploy.',
  },
  'live-gate-without-evidence': {
    severity: 'high',
    title:
      'A live deploy is gated with `require-results: never`: a suite that reports nothing can launch.',
    fix: 'Remove `require-results` (the default, live, requires per-check results) or set it to `always`.',
  },
  'runner-mismatch': {
    severity: 'high',
    title: 'The gate and the deploy run on different runners: the checks test another machine.',
    fix: 'Give the gate job the same `runs-on` (self-hosted labels of the deployment host) as the deploy job.',
  },
  'action-not-pinned': {
    severity: 'medium',
    title: 'The gate action is used by a tag or branch, which can be moved to other code.',
    fix: 'Use the action by its full commit SHA (`@<40 hex digits>  # v1`).',
  },
  'gate-permissions': {
    severity: 'medium',
    title: "The gate job's token permissions are not the ones the README states.",
    fix: 'Declare `permissions:` with `contents: read` (plus `actions: read` for approvals, `issues: write` for an ops-log issue) and nothing else.',
  },
  // Approval setup (GitHub API)
  'override-environment-missing': {
    severity: 'high',
    title: 'The `<mode>-override` environment does not exist.',
    fix: 'Create it (Settings → Environments) or run `preflight init --configure-environments`.',
  },
  'override-environment-reviewers': {
    severity: 'high',
    title:
      'The override environment has too few required reviewers (live: at least two distinct people, paper: one).',
    fix: 'Add required reviewers to the environment (`preflight init --configure-environments --reviewers live-override=A,B`).',
  },
  'override-environment-self-review': {
    severity: 'high',
    title: 'The override environment lets the person who started the run approve it.',
    fix: 'Turn on "Prevent self-review" (`prevent_self_review: true`).',
  },
  'override-environment-admin-bypass': {
    severity: 'high',
    title: "Administrators can bypass the override environment's protection rules.",
    fix: 'Turn off "Allow administrators to bypass" (`can_admins_bypass: false`).',
  },
  'override-environment-branch-policy': {
    severity: 'medium',
    title: 'The override environment has no deployment branch policy: any branch can use it.',
    fix: 'Limit the environment to protected branches (or selected branches).',
  },
  'override-workflow-missing': {
    severity: 'high',
    title: 'The override-request workflow is not on the default branch.',
    fix: 'Commit `.github/workflows/override-request.yml` (from `preflight init`) to the default branch.',
  },
  'override-workflow-run-name': {
    severity: 'high',
    title:
      "The override-request workflow's run-name was changed: the CLI cannot check mode and override by it.",
    fix: 'Restore the run-name of `examples/workflows/override-request.yml`.',
  },
  'default-branch-reviews': {
    severity: 'medium',
    title:
      'The default branch does not require pull-request reviews: workflows and the suite change unreviewed.',
    fix: 'Protect the default branch with required reviews (Settings → Branches or a ruleset).',
  },
  codeowners: {
    severity: 'medium',
    title: 'CODEOWNERS does not cover `.github/workflows/` and the suite file.',
    fix: 'Add CODEOWNERS lines for `/.github/workflows/` and the suite file.',
  },
  'api-permission': {
    severity: 'medium',
    title: 'The token may not read part of the approval setup, so that part is not checked.',
    fix: 'Give the token the permission named in the finding (or run the audit with a token that has it).',
  },
  'approval-setup-unchecked': {
    severity: 'medium',
    title: 'The approval setup was not checked (no token, no repository, or the API failed).',
    fix: 'Set GITHUB_TOKEN (or GH_TOKEN) and --repo OWNER/NAME, then run the audit again.',
  },
  // History (--report-dir)
  'log-tampered': {
    severity: 'high',
    title: 'The operational log is not intact: lines that are not entries, or a broken chain.',
    fix: 'Find out who changed the log (keep the damaged file as evidence), then start a new one.',
  },
  'reports-not-archived': {
    severity: 'medium',
    title: 'Reports older than 30 days were not archived.',
    fix: 'Run `preflight prune --report-dir DIR` (every gate run also does it) and keep the report directory between runs.',
  },
  'history-missing': {
    severity: 'medium',
    title: 'The report directory holds no operational log: history does not survive between runs.',
    fix: 'Keep the report directory outside the workspace that `actions/checkout` cleans (a path on the host).',
  },
  'recurring-overrides': {
    severity: 'low',
    title: 'Overrides were used in the last 90 days.',
    fix: 'Review each override and its follow-up ticket (`preflight review`).',
  },
  'recurring-failures': {
    severity: 'low',
    title: 'Checks failed repeatedly in the last 90 days.',
    fix: 'Fix the recurring failures or the checks (`preflight review`).',
  },
  // Drill (--drill)
  'drill-path-failed': {
    severity: 'high',
    title: 'The gate did not decide an exit path as it must (verdict, exit code or log entry).',
    fix: 'Do not deploy with this installation: reinstall the action and CLI at a released commit, then drill again.',
  },
  'report-dir-unwritable': {
    severity: 'high',
    title: 'The report directory cannot be written, or has too little room.',
    fix: 'Make the directory writable by the runner user and free at least 100 MiB.',
  },
  'clock-insane': {
    severity: 'high',
    title: "This host's clock is off: report timestamps, retention and approval ages are wrong.",
    fix: 'Synchronise the clock (NTP: systemd-timesyncd or chrony).',
  },
  'node-unsupported': {
    severity: 'high',
    title: 'This Node.js version is not supported (the CLI needs 20 or later).',
    fix: "Install Node.js 20 or later (the action itself runs on the runner's node24).",
  },
  'no-suite-isolation': {
    severity: 'low',
    title: "This host offers no suite isolation: the suite can see the gate's processes.",
    fix: 'Allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) on the host.',
  },
} as const satisfies Record<string, FindingKind>

export type FindingId = keyof typeof FINDINGS

export interface Finding {
  id: FindingId
  severity: Severity
  /** `file:line` for workflows, else what was looked at (an environment, a branch, a path). */
  location: string
  /** What was found here, in a sentence. */
  message: string
  fix: string
}

export function finding(id: FindingId, location: string, message: string): Finding {
  return { id, severity: FINDINGS[id].severity, location, message, fix: FINDINGS[id].fix }
}

/** `high` counts only high; `low` counts everything. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold)
}
