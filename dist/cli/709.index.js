export const id = 709;
export const ids = [709];
export const modules = {

/***/ 27933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X8: () => (/* binding */ DEFAULT_WORKFLOWS_DIR),
  ZN: () => (/* binding */ failsAt),
  h3: () => (/* binding */ recordAudit),
  kY: () => (/* binding */ renderAuditJson),
  ti: () => (/* binding */ renderAuditMarkdown),
  bD: () => (/* binding */ runAudit)
});

// UNUSED EXPORTS: auditBaseName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/decision.js
var decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/audit/findings.js
var audit_findings = __webpack_require__(29501);
// EXTERNAL MODULE: ./lib/history/chain.js
var history_chain = __webpack_require__(22753);
// EXTERNAL MODULE: ./lib/review/read.js
var review_read = __webpack_require__(33554);
// EXTERNAL MODULE: ./lib/review/review.js
var review_review = __webpack_require__(35430);
// EXTERNAL MODULE: ./lib/retention/prune.js
var prune = __webpack_require__(21158);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/audit/history.js
// The history half of `preflight audit` (--report-dir): the operational log readable entry by
// entry, reports archived after their 30 days, and the last 90 days' overrides and recurring
// failures from the same review `preflight review` prints.









const DAY_MS = 86_400_000;
const REVIEW_DAYS = 90;
/** A check failing this often in 90 days is recurring. */
const RECURRING = 3;
async function auditHistory(reportDir, now) {
    const findings = [];
    let names;
    try {
        names = await (0,promises_.readdir)(reportDir);
    }
    catch (error) {
        return [
            (0,audit_findings/* finding */.gk)('history-missing', reportDir, `The report directory cannot be read: ${error.message}`),
        ];
    }
    if (!names.includes(opslog/* OPS_LOG_FILE */.np) && !names.includes('archive')) {
        findings.push((0,audit_findings/* finding */.gk)('history-missing', reportDir, `No ${opslog/* OPS_LOG_FILE */.np} and no archive/ in ${reportDir}.`));
    }
    // One day of grace: the prune runs with each gate run, not at midnight.
    const cutoff = now.getTime() - (settings/* DEFAULT_RETENTION_DAYS */.D4 + 1) * DAY_MS;
    const stale = names.filter((name) => ((0,prune/* reportTime */.mF)(name)?.getTime() ?? Infinity) < cutoff);
    if (stale.length > 0) {
        findings.push((0,audit_findings/* finding */.gk)('reports-not-archived', external_node_path_.join(reportDir, stale.sort()[0]), `${stale.length} report file(s) older than ${settings/* DEFAULT_RETENTION_DAYS */.D4} days are still in ${reportDir}.`));
    }
    const collector = new review_read/* EntryCollector */.K1();
    for (const file of await (0,review_read/* findLogFiles */.PM)([reportDir]))
        await (0,review_read/* readLogFile */.jQ)(file, collector);
    const read = collector.done();
    // The hash chain, as the gate checks it: a changed, cut or inserted line breaks it.
    const chain = (0,history_chain/* readHistoryChain */.KS)(reportDir);
    if (read.unreadableCount > 0) {
        findings.push((0,audit_findings/* finding */.gk)('log-tampered', read.unreadable[0] ?? reportDir, `${read.unreadableCount} line(s) of the operational log are not entries.`));
    }
    else if (chain.problems.length > 0) {
        const [first] = chain.problems;
        findings.push((0,audit_findings/* finding */.gk)('log-tampered', /^(\S+:\d+) /.exec(first)?.[1] ?? reportDir, `The operational log's hash chain is broken: ${chain.problems.slice(0, 3).join('; ')}.`));
    }
    const review = (0,review_review/* buildReview */.Br)({
        read,
        from: new Date(now.getTime() - REVIEW_DAYS * DAY_MS),
        to: now,
        followUps: null,
    });
    if (review.overrides.length > 0) {
        const kinds = review.overrides.map((o) => `${o.kind} (${o.mode}) on ${o.timestamp.slice(0, 10)}`);
        findings.push((0,audit_findings/* finding */.gk)('recurring-overrides', reportDir, `${review.overrides.length} override(s) in the last ${REVIEW_DAYS} days: ${kinds.slice(0, 5).join(', ')}${kinds.length > 5 ? ', …' : ''}.`));
    }
    const recurring = review.recurringFailures.filter((f) => f.count >= RECURRING);
    if (recurring.length > 0) {
        findings.push((0,audit_findings/* finding */.gk)('recurring-failures', reportDir, `Failed ${RECURRING}+ times in ${REVIEW_DAYS} days: ${recurring
            .slice(0, 5)
            .map((f) => `${f.check} (${f.count}×)`)
            .join(', ')}.`));
    }
    return findings;
}

// EXTERNAL MODULE: ./lib/audit/setup.js
var setup = __webpack_require__(7718);
// EXTERNAL MODULE: ./lib/audit/workflows.js
var workflows = __webpack_require__(24269);
;// CONCATENATED MODULE: ./lib/audit/audit.js
// `preflight audit` as one function the CLI and the audit action share: wiring, approval setup,
// history and the drill, each behind what the caller hands in (files, a GitHub client, a drill),
// then the report (Markdown and JSON) and the AUDIT_COMPLETED log entry.











const DEFAULT_WORKFLOWS_DIR = '.github/workflows';
async function runAudit(request) {
    const findings = [];
    const files = await readWorkflowFiles(request.workflowsDir, request.root);
    const wiring = await (0,workflows/* auditWorkflows */.AA)(files, request.deployPatterns);
    findings.push(...wiring.findings);
    if (wiring.gateSteps === 0) {
        findings.push((0,audit_findings/* finding */.gk)('no-gate', external_node_path_.relative(request.root, request.workflowsDir) || '.', `No workflow in ${external_node_path_.relative(request.root, request.workflowsDir) || '.'} uses the gate action.`));
    }
    let approvals = 'checked';
    if (!request.repository || !request.github) {
        approvals = `skipped: ${!request.repository ? 'no repository (--repo OWNER/NAME)' : 'no token (GITHUB_TOKEN or GH_TOKEN)'}`;
        findings.push((0,audit_findings/* finding */.gk)('approval-setup-unchecked', 'GitHub', `Not checked: ${approvals.replace('skipped: ', '')}.`));
    }
    else {
        findings.push(...(await (0,setup/* auditSetup */.$V)({
            client: request.github,
            ...request.repository,
            modes: wiring.modes.length > 0 ? wiring.modes : model/* MODES */.FN,
            suiteFiles: wiring.suiteFiles,
        })));
    }
    let history = 'skipped: no --report-dir';
    if (request.historyDir !== null) {
        findings.push(...(await auditHistory(request.historyDir, request.now)));
        history = 'checked';
    }
    let drill = null;
    if (request.drill) {
        drill = await request.drill();
        findings.push(...drill.findings);
    }
    findings.sort((a, b) => audit_findings/* SEVERITIES */.oC.indexOf(a.severity) - audit_findings/* SEVERITIES */.oC.indexOf(b.severity));
    const counts = Object.fromEntries(audit_findings/* SEVERITIES */.oC.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    return {
        at: request.now.toISOString(),
        repository: request.repository
            ? `${request.repository.owner}/${request.repository.repo}`
            : null,
        sections: {
            wiring: files.length > 0 ? 'checked' : `skipped: no workflow files`,
            approvals,
            history,
            drill: drill ? 'checked' : 'skipped: no --drill',
        },
        findings,
        counts,
        drill: drill?.lines ?? [],
    };
}
/** `.yml`/`.yaml` files of the directory (not recursive, as GitHub reads them), sorted. */
async function readWorkflowFiles(dir, root) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const files = [];
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
        const full = external_node_path_.join(dir, name);
        files.push({ path: external_node_path_.relative(root, full) || name, content: await (0,promises_.readFile)(full, 'utf8') });
    }
    return files;
}
function failsAt(result, threshold) {
    return result.findings.filter((f) => (0,audit_findings/* atOrAbove */.kU)(f.severity, threshold));
}
function renderAuditJson(result) {
    return JSON.stringify(result, null, 2) + '\n';
}
function renderAuditMarkdown(result, threshold) {
    const failing = failsAt(result, threshold).length;
    const lines = [
        `# Preflight audit — ${result.repository ?? 'local'}`,
        '',
        `**Date:** ${result.at}  `,
        `**Result:** ${failing === 0 ? 'PASSED' : 'FAILED'} (${failing} finding(s) at or above ${threshold}; high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low})`,
        '',
        '| Part | State |',
        '| --- | --- |',
        ...Object.entries(result.sections).map(([part, state]) => `| ${part} | ${(0,sanitize/* markdownCell */.UZ)(state)} |`),
        '',
    ];
    if (result.findings.length > 0) {
        lines.push('| Id | Severity | Location | Finding | Fix |', '| --- | --- | --- | --- | --- |');
        for (const f of result.findings) {
            lines.push(`| \`${f.id}\` | ${f.severity} | ${(0,sanitize/* markdownCell */.UZ)(f.location)} | ${(0,sanitize/* markdownCell */.UZ)(f.message)} | ${(0,sanitize/* markdownCell */.UZ)(f.fix)} |`);
        }
        lines.push('', 'Each id is explained in docs/audit.md.', '');
    }
    else {
        lines.push('No findings.', '');
    }
    if (result.drill.length > 0) {
        lines.push('## Drill', '', ...result.drill.map((l) => `- ${(0,sanitize/* markdownCell */.UZ)(l)}`), '');
    }
    return lines.join('\n');
}
/** `AUDIT_20261203_045901` in UTC. */
function auditBaseName(at) {
    return `AUDIT_${at
        .toISOString()
        .replace(/\.\d+Z$/, '')
        .replace(/[-:]/g, '')
        .replace('T', '_')}`;
}
/** Writes AUDIT_<timestamp>.md and .json and appends the AUDIT_COMPLETED entry. */
async function recordAudit(result, dir, context) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const base = external_node_path_.join(dir, auditBaseName(new Date(result.at)));
    const paths = { markdown: `${base}.md`, json: `${base}.json` };
    await (0,safe_file/* writeRegularFile */.E2)(paths.markdown, renderAuditMarkdown(result, context.threshold));
    await (0,safe_file/* writeRegularFile */.E2)(paths.json, renderAuditJson(result));
    const failing = failsAt(result, context.threshold);
    // A setup with findings at the threshold is an invalid configuration in the table's words.
    const status = failing.length === 0 ? 'passed' : 'invalid';
    await (0,opslog/* appendOpsLog */.$G)(dir, [
        (0,opslog/* opsLogEntry */.Bg)({
            mode: null,
            status,
            exitCode: null,
            decision: (0,decision/* decide */.LD)({
                mode: (0,decision/* modeOrStrictest */.uh)(null),
                status,
                forceStart: false,
                approvalVerified: false,
            }),
            failures: failing.map((f) => `${f.id} at ${f.location}`),
            operator: context.operator,
            approvers: [],
            reason: '',
            ticket: '',
            runUrl: context.runUrl,
        }, new Date(result.at), 'AUDIT_COMPLETED', `Audit: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low} (fails at ${context.threshold}); report ${external_node_path_.basename(paths.markdown)}.`),
    ]);
    return paths;
}


/***/ }),

/***/ 29501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export FINDINGS */
// What `preflight audit` can find, by stable id: severity, what it is and how to fix it. Every
// id is documented in docs/audit.md (a test keeps the two in step). Pure data, no I/O.
const SEVERITIES = ['high', 'medium', 'low'];
const FINDINGS = {
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
        title: "A deploy job neither starts with the `require` action nor runs only on the gate's `verdict == 'proceed'`.",
        fix: "Make `uses: OWNER/preflight-gate/require@SHA` its first step, or add `needs.<gate>.outputs.verdict == 'proceed'` to its `if`.",
    },
    'always-on-deploy-path': {
        severity: 'high',
        title: '`always()` on the path from the gate to a deploy: it runs even when the run is cancelled.',
        fix: 'Use `!cancelled()` instead of `always()`.',
    },
    'gate-continue-on-error': {
        severity: 'high',
        title: 'The gate step (or its job) has `continue-on-error`: a failed gate no longer stops the deploy.',
        fix: 'Remove `continue-on-error` from the gate step and its job.',
    },
    'live-gate-not-live-mode': {
        severity: 'high',
        title: 'A live deploy is gated by a gate step that is not in `mode: live`.',
        fix: 'Set `mode: live` on the gate step that gates the live deploy.',
    },
    'live-gate-without-evidence': {
        severity: 'high',
        title: 'A live deploy is gated with `require-results: never`: a suite that reports nothing can launch.',
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
        title: 'The override environment has too few required reviewers (live: at least two distinct people, paper: one).',
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
        title: "The override-request workflow's run-name was changed: the CLI cannot check mode and override by it.",
        fix: 'Restore the run-name of `examples/workflows/override-request.yml`.',
    },
    'default-branch-reviews': {
        severity: 'medium',
        title: 'The default branch does not require pull-request reviews: workflows and the suite change unreviewed.',
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
};
function finding(id, location, message) {
    return { id, severity: FINDINGS[id].severity, location, message, fix: FINDINGS[id].fix };
}
/** `high` counts only high; `low` counts everything. */
function atOrAbove(severity, threshold) {
    return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ auditSetup),
/* harmony export */   Zj: () => (/* binding */ REQUIRED_REVIEWERS)
/* harmony export */ });
/* unused harmony exports OVERRIDE_WORKFLOW, ownedBy */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29501);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77856);
/* harmony import */ var _workflows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24269);
// The approval-setup half of `preflight audit`, through the GitHub REST API: the override
// environments, the override-request workflow on the default branch, the default branch's
// required reviews and CODEOWNERS. Every call is bounded; a call the token may not make is a
// finding that names the permission, never a crash.





const OVERRIDE_WORKFLOW = '.github/workflows/override-request.yml';
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Distinct people each mode's override environment needs: the source document's approvers (docs/source-document.md, OVERRIDE FLAGS). */
const REQUIRED_REVIEWERS = { paper: 1, live: 2 };
/** What each endpoint needs, for a 403 GitHub does not explain. */
const PERMISSION = {
    repository: 'Metadata: read',
    environment: 'Actions: read (fine-grained) or repo scope (classic)',
    teamMembers: 'Members: read (organization)',
    contents: 'Contents: read',
    protection: 'Administration: read',
};
const repositorySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ default_branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) });
const reviewerSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    reviewer: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), slug: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() })
        .passthrough()
        .nullable()
        .optional(),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    can_admins_bypass: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    deployment_branch_policy: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().nullable().optional(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        prevent_self_review: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
        reviewers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(reviewerSchema).optional(),
    }))
        .optional(),
});
const contentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ content: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), encoding: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
const membersSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }));
const branchRulesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ required_approving_review_count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).partial().optional(),
}));
const protectionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    required_pull_request_reviews: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ required_approving_review_count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional() })
        .optional(),
});
async function auditSetup(check) {
    const findings = [];
    const { owner, repo } = check;
    const slug = `${owner}/${repo}`;
    const call = (route, params, schema) => request(check.client, route, { owner, repo, ...params }, schema, check.timeoutMs ?? 15_000);
    const permissionFinding = (what, answer, need) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('api-permission', what, `Could not read ${what}: ${answer.message} Needed: ${answer.accepted || need}.`);
    const repository = await call('GET /repos/{owner}/{repo}', {}, repositorySchema);
    if (!repository.ok) {
        return [
            repository.status === 403
                ? permissionFinding(`repository ${slug}`, repository, PERMISSION.repository)
                : (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('approval-setup-unchecked', `repository ${slug}`, repository.message),
        ];
    }
    const branch = repository.data.default_branch;
    for (const mode of check.modes) {
        const name = `${mode}-override`;
        const where = `environment ${name}`;
        const env = await call('GET /repos/{owner}/{repo}/environments/{environment_name}', { environment_name: name }, environmentSchema);
        if (!env.ok) {
            findings.push(env.status === 404
                ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-environment-missing', where, `${slug} has no environment "${name}".`)
                : env.status === 403
                    ? permissionFinding(where, env, PERMISSION.environment)
                    : (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('approval-setup-unchecked', where, env.message));
            continue;
        }
        const rule = env.data.protection_rules?.find((r) => r.type === 'required_reviewers');
        const people = await reviewerCount(check, rule?.reviewers ?? [], findings, where);
        if (people < REQUIRED_REVIEWERS[mode]) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-environment-reviewers', where, `"${name}" has ${people} required reviewer(s) who are people; ${mode} needs at least ${REQUIRED_REVIEWERS[mode]}.`));
        }
        if (rule && rule.prevent_self_review !== true) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-environment-self-review', where, `"${name}" allows self-review.`));
        }
        if (env.data.can_admins_bypass !== false) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-environment-admin-bypass', where, `"${name}" lets administrators bypass its rules (can_admins_bypass is not false).`));
        }
        if (!env.data.deployment_branch_policy) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-environment-branch-policy', where, `"${name}" has no deployment branch policy.`));
        }
    }
    const workflow = await fileOn(call, OVERRIDE_WORKFLOW, branch);
    const workflowWhere = `${OVERRIDE_WORKFLOW}@${branch}`;
    if (workflow.kind === 'missing') {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-workflow-missing', workflowWhere, `Not on the default branch "${branch}".`));
    }
    else if (workflow.kind === 'error') {
        findings.push(workflow.answer.status === 403
            ? permissionFinding(workflowWhere, workflow.answer, PERMISSION.contents)
            : (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('approval-setup-unchecked', workflowWhere, workflow.answer.message));
    }
    else {
        const runName = (0,_workflows_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRunName */ .E0)(workflow.text);
        if (runName === null || normalise(runName.value) !== normalise(_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .OVERRIDE_RUN_NAME */ .$_)) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('override-workflow-run-name', `${workflowWhere}:${runName?.line ?? 1}`, runName === null
                ? 'The workflow has no run-name.'
                : 'The run-name differs from the one the CLI reads.'));
        }
    }
    findings.push(...(await branchReviews(call, branch, permissionFinding)));
    findings.push(...(await codeowners(call, branch, check.suiteFiles, permissionFinding)));
    return findings;
}
/** Distinct people among the reviewers: users, and each team's members. */
async function reviewerCount(check, reviewers, findings, where) {
    const people = new Set();
    for (const { type, reviewer } of reviewers) {
        if (type === 'User' && reviewer?.login)
            people.add(reviewer.login.toLowerCase());
        if (type === 'Team' && reviewer?.slug) {
            const members = await request(check.client, 'GET /orgs/{org}/teams/{team_slug}/members', { org: check.owner, team_slug: reviewer.slug, per_page: 100 }, membersSchema, check.timeoutMs ?? 15_000);
            if (members.ok)
                for (const m of members.data)
                    people.add(m.login.toLowerCase());
            else
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('api-permission', `${where} team ${reviewer.slug}`, `Could not count the members of team "${reviewer.slug}": ${members.message} Needed: ${members.accepted || PERMISSION.teamMembers}.`));
        }
    }
    return people.size;
}
async function branchReviews(call, branch, permissionFinding) {
    const where = `branch ${branch}`;
    // Rulesets apply to a branch and are readable with read access; classic protection needs admin.
    const rules = await call('GET /repos/{owner}/{repo}/rules/branches/{branch}', { branch }, branchRulesSchema);
    if (rules.ok &&
        rules.data.some((r) => r.type === 'pull_request' && (r.parameters?.required_approving_review_count ?? 0) >= 1)) {
        return [];
    }
    const protection = await call('GET /repos/{owner}/{repo}/branches/{branch}/protection', { branch }, protectionSchema);
    if (protection.ok) {
        const count = protection.data.required_pull_request_reviews?.required_approving_review_count;
        return (count ?? 0) >= 1
            ? []
            : [
                (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('default-branch-reviews', where, `"${branch}" is protected but requires no reviews.`),
            ];
    }
    if (protection.status === 404) {
        return [(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('default-branch-reviews', where, `"${branch}" is not protected.`)];
    }
    return [
        protection.status === 403
            ? permissionFinding(`${where} protection`, protection, PERMISSION.protection)
            : (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('approval-setup-unchecked', where, protection.message),
    ];
}
async function codeowners(call, branch, suiteFiles, permissionFinding) {
    for (const file of CODEOWNERS_PATHS) {
        const found = await fileOn(call, file, branch);
        if (found.kind === 'missing')
            continue;
        if (found.kind === 'error') {
            return [
                found.answer.status === 403
                    ? permissionFinding(`${file}@${branch}`, found.answer, PERMISSION.contents)
                    : (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('approval-setup-unchecked', `${file}@${branch}`, found.answer.message),
            ];
        }
        const uncovered = ['.github/workflows/deploy.yml', ...suiteFiles].filter((p) => !ownedBy(found.text, p));
        return uncovered.length === 0
            ? []
            : [
                (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('codeowners', `${file}@${branch}`, `No owner for ${uncovered.map((p) => (p.startsWith('.github/workflows/') ? '.github/workflows/' : p)).join(', ')}.`),
            ];
    }
    return [(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('codeowners', `CODEOWNERS@${branch}`, 'The repository has no CODEOWNERS file.')];
}
/** CODEOWNERS semantics: the last matching line wins, and a line without owners owns nothing. */
function ownedBy(codeowners, file) {
    let owned = false;
    for (const raw of codeowners.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        const [pattern, ...owners] = line.split(/\s+/);
        if (matchesCodeowners(pattern, file))
            owned = owners.length > 0;
    }
    return owned;
}
function matchesCodeowners(pattern, file) {
    const anchored = pattern.startsWith('/');
    let glob = pattern.replace(/^\//, '');
    if (glob.endsWith('/'))
        glob += '**';
    else if (!glob.includes('*'))
        glob = `{${glob},${glob}/**}`;
    if (!anchored && !glob.includes('/'))
        glob = `**/${glob}`;
    return picomatch__WEBPACK_IMPORTED_MODULE_4__.isMatch(file, glob, { dot: true });
}
async function fileOn(call, path, branch) {
    const answer = await call('GET /repos/{owner}/{repo}/contents/{path}', { path, ref: branch }, contentSchema);
    if (answer.ok) {
        const text = answer.data.encoding === 'base64'
            ? Buffer.from(answer.data.content, 'base64').toString('utf8')
            : answer.data.content;
        return { kind: 'found', text };
    }
    return answer.status === 404 ? { kind: 'missing' } : { kind: 'error', answer };
}
function normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}
async function request(client, route, params, schema, timeoutMs) {
    try {
        const { data } = await client.request(route, {
            ...params,
            request: { signal: AbortSignal.timeout(timeoutMs) },
        });
        const parsed = schema.safeParse(data);
        if (parsed.success)
            return { ok: true, data: parsed.data };
        return {
            ok: false,
            status: null,
            accepted: '',
            message: `GitHub answered ${route} with an unexpected body.`,
        };
    }
    catch (error) {
        const e = error;
        const status = typeof e.status === 'number' ? e.status : null;
        return {
            ok: false,
            status,
            accepted: e.response?.headers?.['x-accepted-github-permissions'] ?? '',
            message: status === null
                ? `Could not reach GitHub (${e.message ?? String(error)}).`
                : `GitHub answered ${status}.`,
        };
    }
}


/***/ }),

/***/ 77856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ OVERRIDE_RUN_NAME),
/* harmony export */   Hi: () => (/* binding */ STARTER_SUITE),
/* harmony export */   u$: () => (/* binding */ initFiles)
/* harmony export */ });
// The files `preflight init` writes: per mode a gate-and-deploy workflow, the override-request
// workflow and a starter suite, wired the way `preflight audit` checks (gate and deploy on the
// same runner, deploy only on proceed and starting with require, action pinned, least
// permissions). Pure: options in, file texts out.
/** The override-request workflow's run-name: the CLI finds its runs and reads them by it. */
const OVERRIDE_RUN_NAME = 'Preflight override ${{ inputs.override }} (${{ inputs.mode }}) · request ${{ inputs.request-id }} · ticket ${{ inputs.ticket }} · ${{ inputs.reason }}';
const STARTER_SUITE = '.github/preflight.yml';
function initFiles(options, withStarterSuite) {
    const files = [
        { path: '.github/workflows/preflight-paper.yml', text: deployWorkflow('paper', options) },
        { path: '.github/workflows/preflight-live.yml', text: deployWorkflow('live', options) },
        { path: '.github/workflows/override-request.yml', text: overrideWorkflow(options) },
    ];
    if (withStarterSuite)
        files.push({ path: STARTER_SUITE, text: starterSuite() });
    return files;
}
function uses(options, sub = '') {
    const [repository, sha] = options.action.split('@');
    const comment = options.actionTag ? ` # ${options.actionTag}` : '';
    return `${repository}${sub ? `/${sub}` : ''}@${sha}${comment}`;
}
function runsOn(labels) {
    return `[${labels.map((l) => (/^[A-Za-z0-9_.-]+$/.test(l) ? l : JSON.stringify(l))).join(', ')}]`;
}
function suiteInput(options) {
    return 'file' in options.suite
        ? `suite: ${JSON.stringify(options.suite.file)}`
        : `command: ${JSON.stringify(options.suite.command)}`;
}
function deployWorkflow(mode, options) {
    const title = mode === 'live' ? 'Live' : 'Paper';
    const approvers = mode === 'live'
        ? 'two reviewers of "live-override" (Risk Manager and CTO)'
        : 'a reviewer of "paper-override" (Team Lead)';
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
`;
}
function overrideWorkflow(options) {
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
`;
}
function starterSuite() {
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
`;
}


/***/ }),

/***/ 24269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ auditWorkflows),
/* harmony export */   E0: () => (/* binding */ parseRunName),
/* harmony export */   Qy: () => (/* binding */ DEFAULT_DEPLOY_PATTERNS)
/* harmony export */ });
/* harmony import */ var _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34723);
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52506);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12049);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59814);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29501);
// The wiring half of `preflight audit`: reads `.github/workflows/*.yml` with GitHub's own parsers
// (@actions/workflow-parser for the YAML, @actions/expressions for `if:`) and checks that every
// deploy job is really gated. Pure: file contents in, findings (each at file:line) out.






/** Default deploy patterns: job ids and environment names that deploy. */
const DEFAULT_DEPLOY_PATTERNS = ['deploy*', 'launch*', 'release*', 'live', 'prod*'];
/** `owner/preflight-gate[/sub]@ref`: this action and its sub-actions. */
const THIS_ACTION = /^[^/@\s]+\/preflight-gate(?:\/(authorize|aggregate|require|audit))?@(.+)$/i;
const FULL_SHA = /^[0-9a-f]{40}$/;
const CONTEXTS = ['github', 'env', 'vars', 'needs', 'inputs', 'steps', 'job', 'jobs', 'runner'];
const CONTEXTS_MORE = ['secrets', 'strategy', 'matrix'];
/** The job-status functions `if:` may call (not among the library's general functions). */
const STATUS_FUNCTIONS = ['success', 'always', 'cancelled', 'failure'].map((name) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
}));
/** Token scopes the gate may write: the ops-log issue comment and the follow-up ticket. */
const WRITABLE_SCOPES = new Set(['issues']);
async function auditWorkflows(files, deployPatterns = DEFAULT_DEPLOY_PATTERNS) {
    const findings = [];
    const suiteFiles = new Set();
    const modes = new Set();
    let gateSteps = 0;
    const isDeployName = picomatch__WEBPACK_IMPORTED_MODULE_5__([...deployPatterns], { nocase: true });
    for (const file of files) {
        const parsed = await readWorkflow(file, findings);
        if (!parsed)
            continue;
        const { jobs, workflowPermissions } = parsed;
        const at = (line) => `${file.path}:${line}`;
        const byId = new Map(jobs.map((j) => [j.id, j]));
        const gateJobs = new Set(jobs.filter((j) => j.steps.some(isGateStep)).map((j) => j.id));
        const fleetJobs = new Set(jobs.filter((j) => j.steps.some((s) => s.sub === 'aggregate')));
        const authorizeJobs = new Set(jobs.filter((j) => j.steps.some((s) => s.sub === 'authorize')).map((j) => j.id));
        for (const job of jobs) {
            for (const step of job.steps) {
                if (step.sub === undefined && !THIS_ACTION.test(step.uses))
                    continue;
                if (!FULL_SHA.test(step.ref)) {
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('action-not-pinned', at(step.line), `"${step.uses}" is not pinned to a commit.`));
                }
                if (!isGateStep(step))
                    continue;
                gateSteps++;
                const mode = step.with.get('mode')?.value ?? '';
                for (const m of _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MODES */ .FN)
                    if (mode === m || mode.includes('${{'))
                        modes.add(m);
                const suite = step.with.get('suite')?.value;
                if (suite && !suite.includes('${{'))
                    suiteFiles.add(suite.replace(/^\.\//, ''));
                if (step.continueOnErrorLine !== null) {
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('gate-continue-on-error', at(step.continueOnErrorLine), `The gate step of job "${job.id}" has continue-on-error.`));
                }
            }
            if (gateJobs.has(job.id)) {
                if (job.continueOnErrorLine !== null) {
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('gate-continue-on-error', at(job.continueOnErrorLine), `The gate job "${job.id}" has continue-on-error.`));
                }
                findings.push(...permissionFindings(job, workflowPermissions, at));
            }
        }
        for (const job of jobs) {
            const deploys = job.steps.some((s) => s.sub === 'require') ||
                isDeployName(job.id) ||
                (job.environment !== null && isDeployName(job.environment));
            if (!deploys || (gateJobs.has(job.id) && !job.steps.some(isGateStep)))
                continue;
            const gateIndex = job.steps.findIndex(isGateStep);
            if (gateIndex >= 0) {
                // The gate as a step of the deploy job: its failure stops the steps after it, unless one
                // of them runs under always().
                for (const step of job.steps.slice(gateIndex + 1)) {
                    if (callsAlways(step.ifExpr)) {
                        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('always-on-deploy-path', at(step.ifLine), `A step after the gate in job "${job.id}" runs under always().`));
                    }
                }
                findings.push(...liveFindings(job, [job], at));
                continue;
            }
            const ancestors = ancestorsOf(job, byId);
            const gates = [...ancestors].filter((id) => gateJobs.has(id));
            if (gates.length === 0) {
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('deploy-not-gated', at(job.line), `Deploy job "${job.id}" does not need a gate job${gateJobs.size > 0 ? ` (${[...gateJobs].join(', ')})` : ''}.`));
                continue;
            }
            const startsWithRequire = job.steps[0]?.sub === 'require';
            const gateOutputs = new Map(gates.map((id) => [id, verdictOutputs(byId.get(id))]));
            if (!startsWithRequire && !impliesProceed(job.ifExpr, gateOutputs, authorizeJobs)) {
                findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('deploy-not-on-proceed', at(job.ifLine || job.line), `Deploy job "${job.id}" does not start with require and its if does not require verdict == 'proceed' of ${gates.join(', ')}.`));
            }
            // Every job between a gate and the deploy, and the deploy itself.
            const onPath = [job, ...[...ancestors].map((id) => byId.get(id))].filter((j) => j === job || gates.includes(j.id) || gates.some((g) => ancestorsOf(j, byId).has(g)));
            for (const j of onPath) {
                if (callsAlways(j.ifExpr)) {
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('always-on-deploy-path', at(j.ifLine || j.line), `Job "${j.id}" on the way from the gate to deploy job "${job.id}" runs under always().`));
                }
            }
            const gateJobInfos = gates.map((id) => byId.get(id));
            findings.push(...liveFindings(job, gateJobInfos, at));
            for (const gate of gateJobInfos) {
                if (fleetJobs.has(gate) && !gate.steps.some((s) => s.sub === undefined))
                    continue;
                if (!job.reusable && gate.runsOn !== job.runsOn) {
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('runner-mismatch', at(job.line), `Gate job "${gate.id}" runs on ${gate.runsOn ?? 'nothing'}, deploy job "${job.id}" on ${job.runsOn ?? 'nothing'}.`));
                }
            }
        }
    }
    return {
        findings: dedupe(findings),
        suiteFiles: [...suiteFiles],
        gateSteps,
        modes: _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MODES */ .FN.filter((m) => modes.has(m)),
    };
}
function isGateStep(step) {
    return THIS_ACTION.test(step.uses) && step.sub === undefined;
}
/** A live deploy (environment live… or prod…, or require in live mode) needs live gates with evidence. */
function liveFindings(deploy, gates, at) {
    const live = /^(live|prod)/i.test(deploy.environment ?? '') ||
        deploy.steps.some((s) => s.sub === 'require' && s.with.get('mode')?.value === 'live');
    if (!live)
        return [];
    const found = [];
    for (const gate of gates) {
        for (const step of gate.steps.filter(isGateStep)) {
            const mode = step.with.get('mode');
            if (mode?.value !== 'live') {
                found.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('live-gate-not-live-mode', at(mode?.line ?? step.line), `Live deploy job "${deploy.id}" is gated in mode "${mode?.value ?? '(none)'}".`));
            }
            const results = step.with.get('require-results');
            if (results?.value === 'never') {
                found.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('live-gate-without-evidence', at(results.line), `Live deploy job "${deploy.id}" is gated with require-results: never.`));
            }
        }
    }
    return found;
}
function permissionFindings(job, workflowPermissions, at) {
    const permissions = job.permissions ?? workflowPermissions;
    if (permissions === undefined) {
        return [
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('gate-permissions', at(job.line), `Gate job "${job.id}" declares no permissions: its token gets the repository's default.`),
        ];
    }
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(permissions)) {
        return permissions.value === 'write-all'
            ? [(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('gate-permissions', at(permissions.line ?? job.line), 'permissions: write-all.')]
            : [];
    }
    if (!(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(permissions))
        return [];
    const found = [];
    for (const { key, value } of permissions) {
        const scope = String(key);
        if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(value) && value.value === 'write' && !WRITABLE_SCOPES.has(scope)) {
            found.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('gate-permissions', at(key.line ?? job.line), `Gate job "${job.id}" may write "${scope}".`));
        }
    }
    return found;
}
function ancestorsOf(job, byId) {
    const seen = new Set();
    const todo = [...job.needs];
    while (todo.length > 0) {
        const id = todo.pop();
        if (seen.has(id))
            continue;
        seen.add(id);
        todo.push(...(byId.get(id)?.needs ?? []));
    }
    return seen;
}
/** The job's outputs that carry the gate step's verdict (`steps.<id>.outputs.verdict`). */
function verdictOutputs(job) {
    const names = new Set();
    for (const [name, value] of job.outputs) {
        if (/\.outputs\.verdict\b/i.test(value))
            names.add(name.toLowerCase());
    }
    return names;
}
function parseExpression(expression) {
    try {
        const tokens = new _actions_expressions__WEBPACK_IMPORTED_MODULE_1__/* .Lexer */ .JG(expression).lex().tokens;
        return unwrapFormat(new _actions_expressions__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX(tokens, [...CONTEXTS, ...CONTEXTS_MORE], STATUS_FUNCTIONS).parse());
    }
    catch {
        return null;
    }
}
/**
 * A block scalar (`if: >-`) around `${{ }}` comes back from the parser as
 * `format('   {0}\n', EXPR)`; only whitespace around the one argument: the condition is EXPR.
 */
function unwrapFormat(expr) {
    if (expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .FunctionCall */ .R6 &&
        expr.functionName.lexeme.toLowerCase() === 'format' &&
        expr.args.length === 2 &&
        expr.args[0] instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Literal */ .uS &&
        /^\s*\{0\}\s*$/.test(String(expr.args[0].literal.coerceString()))) {
        return expr.args[1];
    }
    return expr;
}
/** `needs.a.outputs.b` → ['needs','a','outputs','b'] (lower case); null for anything else. */
function pathOf(expr) {
    if (expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .ContextAccess */ .QC)
        return [expr.name.lexeme.toLowerCase()];
    if (expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .IndexAccess */ .p_ && expr.index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Literal */ .uS) {
        const head = pathOf(expr.expr);
        return head ? [...head, String(expr.index.literal.coerceString()).toLowerCase()] : null;
    }
    return null;
}
function literalString(expr) {
    return expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Literal */ .uS ? String(expr.literal.coerceString()) : null;
}
/** `needs.<job>.outputs.<name> == '<value>'` (either way round) → [job, name]. */
function comparison(expr, value) {
    if (!(expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Binary */ .yI) || expr.operator.lexeme !== '==')
        return null;
    for (const [a, b] of [
        [expr.left, expr.right],
        [expr.right, expr.left],
    ]) {
        const p = pathOf(a);
        if (p && p.length === 4 && p[0] === 'needs' && p[2] === 'outputs' && literalString(b) === value)
            return [p[1], p[3]];
    }
    return null;
}
/** True when the condition can hold only if a gate said proceed (or an authorize job authorized). */
function impliesProceed(condition, gates, authorizers) {
    const root = parseExpression(condition);
    if (!root)
        return false;
    const proceed = (e) => {
        const match = comparison(e, 'proceed');
        return match !== null && (gates.get(match[0])?.has(match[1]) ?? false);
    };
    const authorized = (e) => {
        const match = comparison(e, 'true');
        return match !== null && authorizers.has(match[0]);
    };
    const implies = (e, allowAuthorized) => {
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Grouping */ .aU)
            return implies(e.group, allowAuthorized);
        if (proceed(e) || (allowAuthorized && authorized(e)))
            return true;
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Logical */ .oD && e.operator.lexeme === '&&') {
            return e.args.some((a) => implies(a, allowAuthorized));
        }
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Logical */ .oD && e.operator.lexeme === '||') {
            const all = e.args.every((a) => implies(a, true));
            return all && e.args.some((a) => implies(a, false));
        }
        return false;
    };
    return implies(root, false);
}
function callsAlways(condition) {
    const root = parseExpression(condition);
    if (!root)
        return /\balways\s*\(/i.test(condition);
    const visit = (e) => {
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .FunctionCall */ .R6) {
            return e.functionName.lexeme.toLowerCase() === 'always' || e.args.some(visit);
        }
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Logical */ .oD)
            return e.args.some(visit);
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Binary */ .yI)
            return visit(e.left) || visit(e.right);
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Unary */ ._c)
            return visit(e.expr);
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .Grouping */ .aU)
            return visit(e.group);
        if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_2__/* .IndexAccess */ .p_)
            return visit(e.expr) || visit(e.index);
        return false;
    };
    return visit(root);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.id} ${f.location} ${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
// --- reading one workflow -------------------------------------------------------------------
async function readWorkflow(file, findings) {
    const parsed = (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflow */ .hM)({ name: file.path, content: file.content }, new _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .NoOperationTraceWriter */ .P0());
    const errors = parsed.context.errors.getErrors();
    if (errors.length > 0 || !parsed.value || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(parsed.value)) {
        const first = errors[0];
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('workflow-invalid', `${file.path}:${first?.range?.start.line ?? 1}`, first?.rawMessage ?? 'Not a workflow.'));
        return null;
    }
    const root = parsed.value;
    const template = await (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .convertWorkflowTemplate */ .DE)(parsed.context, root);
    const rawJobs = valueOf(root, 'jobs');
    const jobs = [];
    for (const job of template.jobs) {
        const raw = rawJobs && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(rawJobs) ? valueOf(rawJobs, job.id.value) : undefined;
        jobs.push(jobInfo(job, raw && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(raw) ? raw : undefined));
    }
    return { jobs, workflowPermissions: valueOf(root, 'permissions') };
}
/** A job; a reusable workflow's call (`uses: ./.github/workflows/x.yml`) has no steps or runner here. */
function jobInfo(job, raw) {
    const rawSteps = raw ? valueOf(raw, 'steps') : undefined;
    const steps = job.type === 'job' ? job.steps : [];
    const outputs = new Map();
    for (const { key, value } of job.outputs ?? [])
        outputs.set(String(key), tokenText(value));
    return {
        id: job.id.value,
        line: job.id.line ?? 1,
        needs: (job.needs ?? []).map((n) => n.value),
        ifExpr: job.if.expression,
        ifLine: (raw && keyOf(raw, 'if')?.line) ?? 0,
        environment: job.type === 'job' ? environmentName(job) : null,
        runsOn: job.type === 'job' && job['runs-on'] ? tokenText(job['runs-on']) : null,
        reusable: job.type !== 'job',
        outputs,
        steps: steps.map((step, i) => {
            const rawStep = rawSteps && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(rawSteps) && i < rawSteps.count ? rawSteps.get(i) : undefined;
            return stepInfo(step, rawStep && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(rawStep) ? rawStep : undefined);
        }),
        continueOnErrorLine: raw ? continueOnErrorLine(raw) : null,
        permissions: raw ? valueOf(raw, 'permissions') : undefined,
    };
}
function stepInfo(step, raw) {
    const uses = 'uses' in step ? step.uses.value : '';
    const match = THIS_ACTION.exec(uses);
    const withs = new Map();
    const rawWith = raw ? valueOf(raw, 'with') : undefined;
    if (rawWith && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(rawWith)) {
        for (const { key, value } of rawWith) {
            withs.set(String(key), { value: tokenText(value), line: key.line ?? 0 });
        }
    }
    return {
        uses,
        line: ('uses' in step ? step.uses.line : undefined) ?? 0,
        sub: match?.[1]?.toLowerCase(),
        ref: match?.[2] ?? '',
        with: withs,
        ifExpr: 'if' in step && step.if ? step.if.expression : 'success()',
        ifLine: (raw && keyOf(raw, 'if')?.line) ?? ('uses' in step ? (step.uses.line ?? 0) : 0),
        continueOnErrorLine: raw ? continueOnErrorLine(raw) : null,
    };
}
/** The line of a `continue-on-error` that is not literally false. */
function continueOnErrorLine(raw) {
    const key = keyOf(raw, 'continue-on-error');
    const value = valueOf(raw, 'continue-on-error');
    if (!key || !value)
        return null;
    return tokenText(value) === 'false' ? null : (key.line ?? 0);
}
function environmentName(job) {
    const env = job.environment;
    if (!env)
        return null;
    const name = (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(env) ? env.find('name') : env;
    return name && (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(name) ? name.value : null;
}
function valueOf(mapping, key) {
    return mapping.find(key);
}
function keyOf(mapping, key) {
    for (const pair of mapping)
        if (String(pair.key) === key)
            return pair.key;
    return undefined;
}
/** A token as text: literals as their value, expressions as `${{ … }}`, sequences joined. */
function tokenText(token) {
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isString */ .Kg)(token))
        return token.value;
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isBasicExpression */ .hR)(token))
        return `\${{ ${token.expression} }}`;
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isSequence */ .wZ)(token))
        return [...token].map(tokenText).join(', ');
    if ((0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(token)) {
        return [...token].map(({ key, value }) => `${String(key)}: ${tokenText(value)}`).join('; ');
    }
    return String(token);
}
/** A workflow's `run-name` as written (whitespace as in the file) and its line; null without one. */
function parseRunName(content) {
    const parsed = (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseWorkflow */ .hM)({ name: 'workflow.yml', content }, new _actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .NoOperationTraceWriter */ .P0());
    const root = parsed.value;
    if (!root || !(0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isMapping */ .pi)(root))
        return null;
    const key = keyOf(root, 'run-name');
    const value = root.find('run-name');
    if (!key || !value)
        return null;
    const text = (0,_actions_workflow_parser__WEBPACK_IMPORTED_MODULE_0__/* .isBasicExpression */ .hR)(value) ? (value.source ?? tokenText(value)) : tokenText(value);
    return { value: text, line: key.line ?? 1 };
}


/***/ }),

/***/ 85709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_HELP: () => (/* binding */ AUDIT_HELP),
  auditAndRecord: () => (/* binding */ auditAndRecord),
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/audit/audit.js + 1 modules
var audit = __webpack_require__(27933);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./lib/runner/isolation.js
var isolation = __webpack_require__(67678);
// EXTERNAL MODULE: ./lib/audit/findings.js
var audit_findings = __webpack_require__(29501);
;// CONCATENATED MODULE: ./lib/audit/drill.js
// `preflight audit --drill`: "Test all exit code paths." Runs this installation's gate (the CLI's
// own `run`, handed in), on this host, against a synthetic suite for every path, in a temporary
// directory, and checks each verdict, exit code and log entry against the source document's
// table, written out here on purpose: a wrong decision anywhere in the gate shows up as the path
// it broke. Then the host: report directory writable with room, clock, Node, suite isolation.







/** The source document's exit paths (docs/source-document.md, EXIT CODE HANDLING), not read from the gate's own code. */
const DRILL_PATHS = [
    {
        name: 'pass',
        mode: 'paper',
        suite: 0,
        args: [],
        expect: { verdict: 'proceed', exitCode: 0, status: 'passed', events: [] },
    },
    {
        name: 'P0 failure',
        mode: 'paper',
        suite: 1,
        args: [],
        expect: { verdict: 'abort', exitCode: 1, status: 'p0-failed', events: ['HEALTH_CHECK_FAILED'] },
    },
    {
        name: 'P1 failure',
        mode: 'paper',
        suite: 2,
        args: [],
        expect: { verdict: 'abort', exitCode: 2, status: 'p1-failed', events: ['HEALTH_CHECK_FAILED'] },
    },
    {
        name: 'P2 warnings',
        mode: 'paper',
        suite: 3,
        args: [],
        expect: {
            verdict: 'proceed',
            exitCode: 3,
            status: 'p2-warned',
            events: ['HEALTH_CHECK_FAILED'],
        },
    },
    {
        name: 'P1 with force-start, no approval',
        mode: 'paper',
        suite: 2,
        args: ['--force-start', '--reason', 'drill', '--ticket', 'DRILL-1'],
        expect: {
            verdict: 'approval-required',
            exitCode: 2,
            status: 'p1-failed',
            events: ['OVERRIDE_FORCE_START_REQUESTED'],
        },
    },
    {
        name: 'skip without approval',
        mode: 'paper',
        suite: 0,
        args: ['--skip-health-check', '--reason', 'drill', '--ticket', 'DRILL-2'],
        expect: {
            verdict: 'approval-required',
            exitCode: 1,
            status: 'skipped',
            events: ['OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'],
        },
    },
    {
        name: 'timeout',
        mode: 'paper',
        suite: 'hang',
        args: ['--timeout', '1'],
        expect: { verdict: 'abort', exitCode: 1, status: 'timeout', events: ['HEALTH_CHECK_FAILED'] },
    },
    {
        name: 'crash',
        mode: 'paper',
        suite: 7,
        args: [],
        expect: { verdict: 'abort', exitCode: 1, status: 'crashed', events: ['HEALTH_CHECK_FAILED'] },
    },
    {
        name: 'missing suite',
        mode: 'paper',
        suite: 'missing',
        args: [],
        expect: { verdict: 'abort', exitCode: 1, status: 'missing', events: ['HEALTH_CHECK_FAILED'] },
    },
    {
        name: 'no evidence (live, no per-check results)',
        mode: 'live',
        suite: 0,
        args: [],
        expect: { verdict: 'abort', exitCode: 1, events: ['HEALTH_CHECK_FAILED'] },
    },
];
/** Events that mean an override was granted: never without an approval. */
const GRANTED = ['OVERRIDE_FORCE_START', 'OVERRIDE_SKIP_HEALTH_CHECK'];
const MIN_FREE_BYTES = 100 * 1024 * 1024;
const SUITE = `// The drill's synthetic suite: exits with the code it is given, or hangs.
const how = process.argv[2]
if (how === 'hang') setInterval(() => {}, 1000)
else process.exit(Number(how))
`;
async function runDrill(options) {
    const findings = [];
    const lines = [];
    const temp = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'preflight-drill-'));
    try {
        await (0,promises_.writeFile)(external_node_path_.join(temp, 'suite.mjs'), SUITE);
        for (const drillPath of options.paths ?? DRILL_PATHS) {
            const problems = await drillOne(drillPath, temp, options);
            lines.push(`${drillPath.name}: ${problems.length === 0 ? `ok (${drillPath.expect.verdict}, exit ${drillPath.expect.exitCode})` : problems.join('; ')}`);
            if (problems.length > 0) {
                findings.push((0,audit_findings/* finding */.gk)('drill-path-failed', `drill: ${drillPath.name}`, `Path "${drillPath.name}": ${problems.join('; ')}.`));
            }
        }
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
    const checks = [
        [
            reportDirCheck,
            'report-dir-unwritable',
            `report directory ${external_node_path_.resolve(options.reportDir)}`,
        ],
        [clockCheck, 'clock-insane', 'clock'],
        [nodeCheck, 'node-unsupported', 'node'],
        [isolationCheck, 'no-suite-isolation', 'host'],
    ];
    for (const [check, id, what] of checks) {
        const result = await bounded(check(options), id, what);
        lines.push(result.line);
        if (result.finding)
            findings.push(result.finding);
    }
    return { findings, lines };
}
async function drillOne(drillPath, temp, options) {
    const slug = drillPath.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const reportDir = external_node_path_.join(temp, `reports-${slug}`);
    const command = drillPath.suite === 'missing'
        ? (0,shell_quote.quote)([external_node_path_.join(temp, 'no-such-suite')])
        : (0,shell_quote.quote)([process.execPath, external_node_path_.join(temp, 'suite.mjs'), String(drillPath.suite)]);
    const argv = [
        'run',
        '--mode',
        drillPath.mode,
        '--command',
        command,
        '--working-directory',
        temp,
        '--report-dir',
        reportDir,
        ...drillPath.args,
    ];
    const sink = () => new external_node_stream_.Writable({ write: (_chunk, _encoding, done) => done() });
    let exitCode;
    try {
        exitCode = await options.gate(argv, {
            stdout: sink(),
            stderr: sink(),
            stdin: external_node_stream_.Readable.from([]),
            // Nothing of the caller's: no token, no GitHub run, so no approval can come from anywhere.
            env: { PATH: process.env.PATH, HOME: temp, LANG: 'C.UTF-8', PREFLIGHT_OPERATOR: 'drill' },
            signal: options.signal,
        });
    }
    catch (error) {
        return [`the gate threw: ${error.message}`];
    }
    const problems = [];
    const { expect } = drillPath;
    if (exitCode !== expect.exitCode)
        problems.push(`exit code ${exitCode}, expected ${expect.exitCode}`);
    const report = await readReport(reportDir);
    if (!report) {
        problems.push('no JSON report written');
    }
    else {
        if (report.verdict !== expect.verdict)
            problems.push(`verdict ${report.verdict}, expected ${expect.verdict}`);
        if (expect.status && report.status !== expect.status)
            problems.push(`status ${report.status}, expected ${expect.status}`);
    }
    const events = await readEvents(reportDir);
    for (const event of expect.events) {
        if (!events.includes(event))
            problems.push(`no ${event} log entry`);
    }
    if (expect.events.length === 0 && events.length > 0)
        problems.push(`unexpected log entries ${events.join(', ')}`);
    for (const event of events.filter((e) => GRANTED.includes(e))) {
        problems.push(`${event} logged without an approval`);
    }
    return problems;
}
async function readReport(dir) {
    try {
        const name = (await (0,promises_.readdir)(dir)).find((n) => /^SMOKE_TEST_INSTITUTIONAL_.*\.json$/.test(n));
        if (!name)
            return null;
        const json = JSON.parse(await (0,promises_.readFile)(external_node_path_.join(dir, name), 'utf8'));
        const outcome = (json.outcome ?? json);
        const decision = (json.decision ?? json);
        return {
            verdict: String(json.verdict ?? decision.verdict ?? ''),
            status: String(json.status ?? outcome.status ?? ''),
        };
    }
    catch {
        return null;
    }
}
async function readEvents(dir) {
    try {
        const text = await (0,promises_.readFile)(external_node_path_.join(dir, 'operational-log.jsonl'), 'utf8');
        return (text
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => String(JSON.parse(l).event))
            // Every run records the files it wrote: not a decision's entry.
            .filter((event) => event !== 'REPORTS_RECORDED'));
    }
    catch {
        return [];
    }
}
const HOST_CHECK_MS = 10_000;
/** A host check that hangs (a dead network mount, a FIFO) is a finding, not a hung audit. */
async function bounded(check, id, what) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => {
            const line = `${what}: no answer within ${HOST_CHECK_MS / 1000} s`;
            resolve({ line, finding: (0,audit_findings/* finding */.gk)(id, what, `${line}.`) });
        }, HOST_CHECK_MS);
        timer.unref();
    });
    try {
        return await Promise.race([check, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function reportDirCheck(options) {
    const dir = external_node_path_.resolve(options.reportDir);
    const probe = external_node_path_.join(dir, `.preflight-drill-${process.pid}`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(probe, 'drill\n');
        await (0,promises_.rm)(probe, { force: true });
        const fs = await (0,promises_.statfs)(dir);
        const free = fs.bavail * fs.bsize;
        const line = `report directory ${dir}: writable, ${Math.floor(free / 1024 / 1024)} MiB free`;
        return free >= MIN_FREE_BYTES
            ? { line }
            : {
                line,
                finding: (0,audit_findings/* finding */.gk)('report-dir-unwritable', dir, `Only ${Math.floor(free / 1024 / 1024)} MiB free (at least 100 MiB needed).`),
            };
    }
    catch (error) {
        return {
            line: `report directory ${dir}: not writable`,
            finding: (0,audit_findings/* finding */.gk)('report-dir-unwritable', dir, `Cannot write: ${error.message}`),
        };
    }
}
/** A clock before this build's era or far in the future, or a filesystem clock that disagrees. */
async function clockCheck(options) {
    const now = options.now();
    const year = now.getUTCFullYear();
    let problem = year < 2025 || year > 2100 ? `the clock says ${now.toISOString()}` : '';
    if (!problem) {
        const probe = external_node_path_.join(external_node_os_.tmpdir(), `preflight-clock-${process.pid}`);
        try {
            await (0,promises_.writeFile)(probe, '');
            const skew = Math.abs((await (0,promises_.stat)(probe)).mtimeMs - options.now().getTime());
            if (skew > 5 * 60_000)
                problem = `the filesystem's clock is ${Math.round(skew / 1000)} s off`;
        }
        finally {
            await (0,promises_.rm)(probe, { force: true });
        }
    }
    return problem
        ? { line: `clock: ${problem}`, finding: (0,audit_findings/* finding */.gk)('clock-insane', 'clock', `${problem}.`) }
        : { line: `clock: ${now.toISOString()}` };
}
async function nodeCheck() {
    const major = Number(process.versions.node.split('.')[0]);
    const line = `Node.js ${process.versions.node}`;
    return major >= 20
        ? { line: `${line}: supported` }
        : { line: `${line}: not supported`, finding: (0,audit_findings/* finding */.gk)('node-unsupported', 'node', `${line}.`) };
}
/** Which suite isolation this host offers: the gate's own probe (suite-isolation: auto). */
async function isolationCheck() {
    const found = await (0,isolation/* probeIsolation */.HC)();
    return found.ok
        ? { line: `suite isolation: pid (via ${found.launcher.via})` }
        : {
            line: `suite isolation: none (${found.reason})`,
            finding: (0,audit_findings/* finding */.gk)('no-suite-isolation', 'host', `suite-isolation: auto runs the suite without isolation here: ${found.reason}`),
        };
}

// EXTERNAL MODULE: ./lib/audit/workflows.js
var workflows = __webpack_require__(24269);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/cli/github.js
var cli_github = __webpack_require__(51819);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(18908);
;// CONCATENATED MODULE: ./lib/cli/audit.js
// `preflight audit`: the quarterly audit the source document asks for (docs/source-document.md,
// Quarterly Audit: "Test all exit code paths. Verify approval workflows."). Loaded only for this
// subcommand: GitHub's workflow parser stays out of every other command's start-up.













const AUDIT_HELP = `Usage: preflight audit [--repo OWNER/NAME] [--workflows DIR] [--report-dir DIR] [--format md|json] [--out FILE] [--fail-on high|medium|low] [--drill]

Checks that the deploy is really gated (each finding at file:line, with its fix; ids in
docs/audit.md): the wiring of .github/workflows, the approval setup through the GitHub API
(token from GITHUB_TOKEN or GH_TOKEN), the history in the report directory, and with --drill
every exit path of this installation's gate on this host. Writes AUDIT_<timestamp>.md and .json
to the report directory and an AUDIT_COMPLETED entry to its operational log.

  --repo OWNER/NAME     the repository (default: the git remote origin, else GITHUB_REPOSITORY)
  --workflows DIR       default ${audit/* DEFAULT_WORKFLOWS_DIR */.X8}
  --report-dir DIR      check this report directory's history (operational log, archive, the
                        last 90 days' overrides and failures); the audit is written here
                        (default ${settings/* DEFAULT_REPORT_DIR */.dw}, history then not checked)
  --deploy-jobs GLOBS   comma-separated job ids and environment names that deploy
                        (default ${workflows/* DEFAULT_DEPLOY_PATTERNS */.Qy.join(',')}; jobs using require always do)
  --format md|json      what is printed (default md)
  --out FILE            write it there instead of standard output
  --fail-on LEVEL       exit 1 when a finding is at or above high (default), medium or low
  --drill               run the gate against synthetic suites for every exit path, and check
                        the report directory, the clock, Node.js and suite isolation`;
async function auditCommand(args, io, gate) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
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
        }).values;
    }
    catch (error) {
        (0,cli_io/* usageError */.D)(io, 'audit', `${error.message}`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(AUDIT_HELP + '\n');
        return 0;
    }
    const errors = [];
    if (values.format !== 'md' && values.format !== 'json') {
        errors.push(`--format must be md or json, got "${values.format}"`);
    }
    if (!audit_findings/* SEVERITIES */.oC.includes(values['fail-on'])) {
        errors.push(`--fail-on must be high, medium or low, got "${values['fail-on']}"`);
    }
    if (errors.length > 0) {
        io.stderr.write(errors.map((e) => `preflight audit: ${e}\n`).join(''));
        return 1;
    }
    const failOn = values['fail-on'];
    const { result, paths } = await auditAndRecord({
        repo: values.repo,
        workflows: values.workflows,
        reportDir: values['report-dir'],
        deployJobs: values['deploy-jobs'],
        drill: values.drill,
        failOn,
    }, io, gate);
    const rendered = values.format === 'json' ? (0,audit/* renderAuditJson */.kY)(result) : (0,audit/* renderAuditMarkdown */.ti)(result, failOn);
    if (values.out)
        await (0,promises_.writeFile)(values.out, rendered, 'utf8');
    else
        io.stdout.write(rendered);
    const failing = (0,audit/* failsAt */.ZN)(result, failOn).length;
    io.stderr.write(`Audit ${failing === 0 ? 'passed' : 'failed'}: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}${failing > 0 ? ` (${failing} at or above ${failOn})` : ''}. Report: ${paths.markdown}\n`);
    return failing === 0 ? 0 : 1;
}
/** Runs the audit and records it (report files and the log entry): the CLI, init and the action. */
async function auditAndRecord(flags, io, gate) {
    const workflowsDir = external_node_path_.resolve(flags.workflows ?? audit/* DEFAULT_WORKFLOWS_DIR */.X8);
    // Findings name files from the repository's root: the folder holding .github/workflows.
    const root = external_node_path_.resolve(flags.root ??
        (workflowsDir.endsWith(external_node_path_.join('.github', 'workflows'))
            ? external_node_path_.dirname(external_node_path_.dirname(workflowsDir))
            : '.'));
    const repository = await (0,cli_github/* resolveRepository */.BN)(flags.repo, io.env);
    const token = (0,cli_github/* tokenFromEnv */.B)(io.env);
    const writeDir = flags.reportDir
        ? external_node_path_.resolve(flags.reportDir)
        : external_node_path_.resolve(root, settings/* DEFAULT_REPORT_DIR */.dw);
    const result = await (0,audit/* runAudit */.bD)({
        workflowsDir,
        root,
        deployPatterns: flags.deployJobs
            ?.split(',')
            .map((p) => p.trim())
            .filter((p) => p !== ''),
        historyDir: flags.reportDir === undefined ? null : writeDir,
        repository: repository.ok ? repository.repository : null,
        github: token && repository.ok ? await (0,github/* createGitHubClient */.LX)(token, io.env) : null,
        drill: flags.drill
            ? () => runDrill({ gate, reportDir: writeDir, now: () => new Date(), signal: io.signal })
            : null,
        now: new Date(),
    });
    const paths = await (0,audit/* recordAudit */.h3)(result, writeDir, {
        threshold: flags.failOn,
        operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || external_node_os_.userInfo().username,
        runUrl: (0,github/* runUrlFromEnv */.kk)(io.env),
    });
    return { result, paths };
}


/***/ })

};
