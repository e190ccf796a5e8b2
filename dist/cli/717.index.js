export const id = 717;
export const ids = [717];
export const modules = {

/***/ 14908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ tokenUser),
/* harmony export */   EN: () => (/* binding */ approvalRunUrl),
/* harmony export */   NL: () => (/* binding */ OVERRIDE_WORKFLOW),
/* harmony export */   OP: () => (/* binding */ parseOverrideRunName),
/* harmony export */   Py: () => (/* binding */ repositoryFromRemote),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   eo: () => (/* binding */ verifyApprovalRun),
/* harmony export */   o_: () => (/* binding */ parseRunReference)
/* harmony export */ });
/* unused harmony exports AUTHORIZE_JOB, overrideRunName, sameRepository */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34474);
// An approval run verified from any host (the CLI's --approval-run): a run of the
// override-request workflow, dispatched in this repository for this mode and override, recent,
// approved by enough distinct reviewers of the override environment (verify.ts's rules, with the
// operator never counted), and its authorize jobs succeeded. Every doubt refuses.


/** The workflow the project ships as examples/workflows/override-request.yml. */
const OVERRIDE_WORKFLOW = 'override-request.yml';
/** The job of that workflow that verifies the approvals (the authorize action); it must succeed. */
const AUTHORIZE_JOB = 'authorize';
/**
 * The override-request workflow's run-name: "Preflight override force-start (live) · request
 * 1a2b3c4d5e6f · ticket OPS-1 · reason". Mode, override and request id come first, so a long
 * reason cut by GitHub never hides them.
 */
function overrideRunName(request) {
    return `Preflight override ${request.override} (${request.mode}) · request ${request.requestId} · ticket ${request.ticket} · ${request.reason}`;
}
function parseOverrideRunName(title) {
    const match = /^Preflight override (\S+) \((\S+)\) · request (\S+)(?: · |$)/.exec(title);
    return match ? { override: match[1], mode: match[2], requestId: match[3] } : null;
}
/** "owner/name", as --repo and GITHUB_REPOSITORY give it; null when it is not one. */
function parseRepository(value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim());
    if (!match || match[2] === '.' || match[2] === '..')
        return null;
    return { owner: match[1], repo: match[2] };
}
/** The repository of a git remote URL (https, ssh or scp-like), or null. */
function repositoryFromRemote(url) {
    const match = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? parseRepository(`${match[1]}/${match[2]}`) : null;
}
const sameRepository = (a, b) => a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
/** A run id, or a run's URL (…/owner/repo/actions/runs/ID[/attempts/N]) in this repository. */
function parseRunReference(value, repository) {
    const text = value.trim();
    const id = (digits) => Number(digits);
    if (/^\d{1,15}$/.test(text) && id(text) > 0)
        return { ok: true, run: { ...repository, runId: id(text) } };
    let url = null;
    try {
        url = new URL(text);
    }
    catch {
        url = null;
    }
    const parts = url?.pathname.split('/').filter(Boolean) ?? [];
    const runId = parts[4] ?? '';
    if (!url ||
        !/^https?:$/.test(url.protocol) ||
        parts[2] !== 'actions' ||
        parts[3] !== 'runs' ||
        !/^\d{1,15}$/.test(runId) ||
        id(runId) <= 0) {
        return {
            ok: false,
            error: `"${value}" is neither a run id nor a workflow run's URL (https://github.com/OWNER/REPO/actions/runs/ID).`,
        };
    }
    const inUrl = { owner: parts[0], repo: parts[1] };
    if (!sameRepository(inUrl, repository)) {
        return {
            ok: false,
            error: `${value} is a run of ${inUrl.owner}/${inUrl.repo}, not of this repository ${repository.owner}/${repository.repo}: request the approval in this repository, or pass --repo.`,
        };
    }
    return { ok: true, run: { ...repository, runId: id(runId) } };
}
function approvalRunUrl(serverUrl, run) {
    return `${serverUrl.replace(/\/+$/, '')}/${run.owner}/${run.repo}/actions/runs/${run.runId}`;
}
// Shapes from GitHub's OpenAPI description (workflow-run, job, public-user): the fields read here.
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    display_title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
});
const jobsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    total_count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })),
});
const userSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) });
/** The login of the token's own user (GET /user): who the operator is. */
async function tokenUser(client, options) {
    try {
        const user = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(client, 'GET /user', {}, userSchema, options, "the token's user");
        return user.login;
    }
    catch (error) {
        const message = error instanceof _verify_js__WEBPACK_IMPORTED_MODULE_0__/* .ApprovalApiError */ .cV ? error.message : String(error);
        throw new _verify_js__WEBPACK_IMPORTED_MODULE_0__/* .ApprovalApiError */ .cV(`${message} The operator is the token's own user: use a personal access token (fine-grained or classic), not an app's or a workflow's token.`);
    }
}
const MAX_JOBS = 100;
async function verifyApprovalRun(client, ref, policy, options) {
    const refuse = (reason) => ({
        granted: false,
        environment: policy.environment,
        requiredApprovals: policy.requiredApprovals,
        approvers: [],
        refusals: [reason],
        warnings: [],
    });
    const name = `Approval run ${ref.runId}`;
    const repo = { owner: ref.owner, repo: ref.repo };
    let run;
    try {
        run = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: ref.runId }, runSchema, options, `approval run ${ref.runId}`);
    }
    catch (error) {
        return refuse(apiMessage(error));
    }
    const fullName = `${ref.owner}/${ref.repo}`;
    if (run.repository.full_name.toLowerCase() !== fullName.toLowerCase()) {
        return refuse(`${name} belongs to ${run.repository.full_name}, not to ${fullName}: request the approval in this repository.`);
    }
    const workflowPath = `.github/workflows/${policy.workflow}`;
    if (run.event !== 'workflow_dispatch' || run.path.replace(/@.*$/, '') !== workflowPath) {
        return refuse(`${name} is a ${run.event} run of ${run.path}, not an override request (a workflow_dispatch run of ${workflowPath}): request one with "preflight request-override".`);
    }
    const asked = parseOverrideRunName(run.display_title);
    if (!asked || asked.mode !== policy.mode || asked.override !== policy.override) {
        return refuse(`${name} ("${run.display_title}") does not request ${policy.override} in ${policy.mode} mode: an approval is for one mode and one override; request one for this launch.`);
    }
    const created = Date.parse(run.created_at);
    const ageHours = (policy.now.getTime() - created) / 3_600_000;
    if (Number.isNaN(created) || ageHours > policy.maxAgeHours) {
        return refuse(`${name} was requested ${Number.isNaN(created) ? 'at an unknown time' : `${ageHours.toFixed(1)} h ago`}; approvals older than ${policy.maxAgeHours} h are not accepted (--approval-max-age): request a new one.`);
    }
    const approval = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyApproval */ .NX)(client, ref, policy, options);
    if (!approval.granted)
        return approval;
    if (run.status !== 'completed') {
        return refuse(`${name} is still ${run.status ?? 'running'}: wait until its authorize jobs have finished ("preflight request-override --wait" follows it).`);
    }
    if (run.conclusion !== 'success') {
        return refuse(`${name} ended "${run.conclusion ?? 'unknown'}", so its authorize jobs did not all succeed: read the run, then request a new approval.`);
    }
    let jobs;
    try {
        jobs = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { ...repo, run_id: ref.runId, filter: 'latest', per_page: MAX_JOBS }, jobsSchema, options, `the jobs of approval run ${ref.runId}`);
    }
    catch (error) {
        return refuse(apiMessage(error));
    }
    if (jobs.total_count > jobs.jobs.length) {
        return refuse(`${name} has ${jobs.total_count} jobs, more than the ${MAX_JOBS} read; an override request has at most two: use the shipped override-request.yml.`);
    }
    const failed = jobs.jobs.filter((j) => j.conclusion !== 'success' && j.conclusion !== 'skipped');
    if (failed.length > 0) {
        return refuse(`${name}: job ${failed.map((j) => `"${j.name}" (${j.conclusion ?? j.status})`).join(', ')} did not succeed: request a new approval.`);
    }
    if (!jobs.jobs.some((j) => j.name === AUTHORIZE_JOB && j.conclusion === 'success')) {
        return refuse(`${name} has no successful "${AUTHORIZE_JOB}" job, so no authorize action verified it: use the shipped override-request.yml.`);
    }
    return approval;
}
function apiMessage(error) {
    return error instanceof _verify_js__WEBPACK_IMPORTED_MODULE_0__/* .ApprovalApiError */ .cV
        ? error.message
        : `The approval check failed: ${String(error)}`;
}


/***/ }),

/***/ 63944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   eR: () => (/* binding */ runRefFromEnv),
/* harmony export */   kk: () => (/* binding */ runUrlFromEnv)
/* harmony export */ });
// The GitHub API client for approvals and the operational log, built from the run's token.
// @actions/github (Octokit) is loaded only when an override or a log comment needs it.
async function createGitHubClient(token, env = process.env) {
    if (token === '') {
        throw new Error('No GitHub token: set the "github-token" input (it defaults to ${{ github.token }}).');
    }
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    return {
        request: (route, params) => octokit.request(route, params),
    };
}
/** The repository and run this job belongs to, from the runner's environment. */
function runRefFromEnv(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const runId = Number(env.GITHUB_RUN_ID);
    if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
        throw new Error('GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: approvals can only be verified inside a GitHub Actions run.');
    }
    return { owner, repo, runId };
}
/** The run's page (this attempt), or '' outside a workflow run. */
function runUrlFromEnv(env = process.env) {
    if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return '';
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}


/***/ }),

/***/ 74156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ openFollowUpTicket),
/* harmony export */   iE: () => (/* binding */ TICKET_LABEL)
/* harmony export */ });
/* unused harmony export commentOpsLog */
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8609);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54020);
// Operational-log entries as comments on a tracking issue, and the follow-up ticket the source
// document demands after an override ("Create P0 ticket to fix the P1 issue").


const TICKET_LABEL = 'preflight-override';
async function commentOpsLog(client, run, issueNumber, entries) {
    if (entries.length === 0)
        return;
    const body = [
        '**Preflight Gate — operational log**',
        '',
        `<pre>${escapeHtml(entries.map(formatOpsLogEntry).join('\n\n'))}</pre>`,
        // The entries themselves, for `preflight review`: base64 cannot end the HTML comment.
        ...entries.map(opsLogEntryMarker),
    ].join('\n');
    await withIssuesPermission(`comment on issue #${issueNumber}`, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: run.owner,
        repo: run.repo,
        issue_number: issueNumber,
        body,
    }));
}
/** Opens the follow-up issue; returns its URL. */
async function openFollowUpTicket(client, run, ticket) {
    const list = (items) => items.length > 0 ? items.map((i) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(i, 1000)}`) : ['- (none reported)'];
    const body = [
        `An override (**${ticket.override}**, ${ticket.mode.toUpperCase()} mode) let a launch through. Fix what it bypassed, then re-enable the gate's normal path.`,
        '',
        '**Failed checks**',
        ...list(ticket.failures),
        '',
        '**Approved by**',
        ...list(ticket.approvers.map((a) => (a.comment ? `${a.login}: "${a.comment}"` : a.login))),
        '',
        `**Reason**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.reason || '(none given)', 2000)}`,
        `**Documentation**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.ticket || '(none given)')}`,
        `**Run**: ${encodeURI(ticket.runUrl)}`,
        `**Report**: ${encodeURI(ticket.reportUrl)}`,
    ].join('\n');
    const response = await withIssuesPermission('open the follow-up issue', () => client.request('POST /repos/{owner}/{repo}/issues', {
        owner: run.owner,
        repo: run.repo,
        title: `Preflight override (${ticket.override}, ${ticket.mode}): fix ${ticket.failures[0] ?? 'the bypassed checks'}`.slice(0, 200),
        body,
        labels: [TICKET_LABEL],
    }));
    const url = response.data.html_url;
    if (typeof url !== 'string')
        throw new Error('GitHub opened the follow-up issue but returned no html_url.');
    return url;
}
async function withIssuesPermission(what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' Give the job `permissions: issues: write`.'
            : status === 401
                ? ' Check the "github-token" input.'
                : '';
        throw new Error(`Could not ${what}: ${error.message}${status ? ` (${status})` : ''}.${hint}`);
    }
}


/***/ }),

/***/ 34474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ approvalsSchema),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   NX: () => (/* binding */ verifyApproval),
/* harmony export */   Xt: () => (/* binding */ DEFAULT_REQUEST_OPTIONS),
/* harmony export */   cV: () => (/* binding */ ApprovalApiError)
/* harmony export */ });
/* unused harmony export ACTION_WORDING */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
// Verifies that an override was approved by reviewers of a protected GitHub environment, through
// the REST API. Shared by the gate (single-job flow) and the authorize action (two-job flow).
// Every doubt refuses: an API error, a missing permission, an answer of an unexpected shape.


const ACTION_WORDING = {
    token: 'the "github-token" input',
    readPermission: 'give the job `permissions: actions: read`',
};
const DEFAULT_REQUEST_OPTIONS = {
    timeoutMs: 15_000,
    retries: 3,
    retryDelayMs: 1000,
};
// Shapes from GitHub's OpenAPI description (@octokit/openapi-types): only the fields read here.
const user = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) });
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        prevent_self_review: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        reviewers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional(),
    }))
        .optional(),
    can_admins_bypass: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
});
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    actor: user.nullable().optional(),
    triggering_actor: user.nullable().optional(),
});
const approvalsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['approved', 'rejected', 'pending']),
    user,
    comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
}));
/** Raised with a message that says what went wrong and how to fix it. */
class ApprovalApiError extends Error {
}
async function verifyApproval(client, run, policy, options = DEFAULT_REQUEST_OPTIONS) {
    const check = {
        granted: false,
        environment: policy.environment,
        requiredApprovals: policy.requiredApprovals,
        approvers: [],
        refusals: [],
        warnings: [],
    };
    const refuse = (reason) => ({
        ...check,
        granted: false,
        refusals: [...check.refusals, reason],
    });
    if (policy.environment === '')
        return refuse('No approval environment is given.');
    let environment;
    let workflowRun;
    let approvals;
    try {
        const repo = { owner: run.owner, repo: run.repo };
        environment = await get(client, 'GET /repos/{owner}/{repo}/environments/{environment_name}', { ...repo, environment_name: policy.environment }, environmentSchema, options, `environment "${policy.environment}"`);
        workflowRun = await get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: run.runId }, runSchema, options, `workflow run ${run.runId}`);
        approvals = await get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repo, run_id: run.runId }, approvalsSchema, options, `the approvals of run ${run.runId}`);
    }
    catch (error) {
        return refuse(error instanceof ApprovalApiError
            ? error.message
            : `The approval check failed: ${String(error)}`);
    }
    const reviewRule = environment.protection_rules?.find((r) => r.type === 'required_reviewers');
    if (!reviewRule) {
        return refuse(`Environment "${policy.environment}" has no required reviewers, so nobody approved anything: add required reviewers in Settings → Environments → ${policy.environment}.`);
    }
    if (reviewRule.prevent_self_review !== true) {
        check.warnings.push(`Environment "${policy.environment}" does not prevent self-review: turn on "Prevent self-review".`);
    }
    if (environment.can_admins_bypass === true) {
        check.warnings.push(`Environment "${policy.environment}" lets administrators bypass its protection rules: turn off "Allow administrators to bypass configured protection rules".`);
    }
    // GitHub matches environment names without regard to case.
    const wanted = policy.environment.toLowerCase();
    const reviews = approvals.filter((a) => a.environments.some((e) => e.name?.toLowerCase() === wanted));
    const rejected = reviews.filter((a) => a.state === 'rejected');
    if (rejected.length > 0) {
        return refuse(`Rejected in environment "${policy.environment}" by ${rejected.map((r) => r.user.login).join(', ')}: a rejection always refuses.`);
    }
    // Without both actors the self-approval rule cannot be applied: refuse rather than skip it.
    const actor = workflowRun.actor?.login;
    const triggeringActor = workflowRun.triggering_actor?.login;
    if (!actor || !triggeringActor) {
        return refuse(`GitHub did not name the ${actor ? 'triggering actor' : 'actor'} of run ${run.runId}, so self-approval cannot be ruled out; refusing. Re-run the workflow, or check that the token can read the run.`);
    }
    const self = new Set([actor.toLowerCase(), triggeringActor.toLowerCase()]);
    const allowed = new Set(policy.approvers.map((a) => a.toLowerCase()));
    const counted = new Map();
    for (const review of reviews.filter((a) => a.state === 'approved')) {
        const login = review.user.login;
        const key = login.toLowerCase();
        const comment = (review.comment ?? '').trim();
        if (counted.has(key))
            continue;
        if (self.has(key) && !policy.allowSelfApproval) {
            check.refusals.push(`${login} approved but started this run; self-approval does not count.`);
        }
        else if (policy.operator && key === policy.operator.toLowerCase()) {
            check.refusals.push(`${login} approved but is the operator launching with this approval; self-approval does not count.`);
        }
        else if (allowed.size > 0 && !allowed.has(key)) {
            check.refusals.push(`${login} approved but is not in the approvers list.`);
        }
        else if ((0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .overridePolicy */ .PA)(policy.mode, policy.override).commentRequired && comment === '') {
            check.refusals.push(`${login} approved without a comment; in live mode each approval needs one (the written approval).`);
        }
        else {
            counted.set(key, { login, comment });
        }
    }
    check.approvers = [...counted.values()];
    if (check.approvers.length < policy.requiredApprovals) {
        return refuse(`${check.approvers.length} of ${policy.requiredApprovals} required approval(s) in environment "${policy.environment}"${check.approvers.length > 0 ? ` (from ${check.approvers.map((a) => a.login).join(', ')})` : ''}: ask ${policy.requiredApprovals - check.approvers.length} more distinct reviewer(s) to approve.`);
    }
    // Approvals that did not count are worth knowing even when enough others did.
    return { ...check, granted: true, warnings: [...check.warnings, ...check.refusals], refusals: [] };
}
/** One GET, bounded and retried; any failure or unexpected body throws an ApprovalApiError. */
async function get(client, route, params, schema, options, what) {
    for (let attempt = 0;; attempt++) {
        let data;
        try {
            data = (await client.request(route, {
                ...params,
                request: { signal: AbortSignal.timeout(options.timeoutMs) },
            })).data;
        }
        catch (error) {
            const failure = describeFailure(error, what, options);
            if (failure.retry && attempt < options.retries) {
                await new Promise((r) => setTimeout(r, options.retryDelayMs * 2 ** attempt));
                continue;
            }
            throw new ApprovalApiError(failure.message + (attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''));
        }
        const parsed = schema.safeParse(data);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new ApprovalApiError(`GitHub answered ${what} with an unexpected body (${issue?.path.join('.') || 'root'}: ${issue?.message}); refusing to trust it.`);
        }
        return parsed.data;
    }
}
function describeFailure(error, what, options) {
    const wording = options.wording ?? ACTION_WORDING;
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : undefined;
    const headers = e?.response?.headers ?? {};
    // Octokit reports an aborted request as a 500; the cause tells a timeout apart.
    const cause = error?.cause;
    if ([e?.name, cause?.name].some((n) => n === 'TimeoutError' || n === 'AbortError') ||
        /aborted|timed? ?out/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
        };
    }
    const rateLimited = status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0');
    if (rateLimited) {
        return {
            retry: true,
            message: `GitHub rate-limited the request for ${what} (${status}); try again after the limit resets.`,
        };
    }
    switch (status) {
        case 401:
            return {
                retry: false,
                message: `GitHub rejected the token (401) reading ${what}: check ${wording.token}.`,
            };
        case 403: {
            // GitHub names the permissions the endpoint accepts; quote them when it does.
            const accepted = headers['x-accepted-github-permissions'];
            return {
                retry: false,
                message: `The token may not read ${what} (403): ${wording.readPermission}${accepted ? ` (GitHub accepts: ${accepted})` : ''} and use a token that can read the repository's environments.`,
            };
        }
        case 404:
            return {
                retry: false,
                message: `GitHub found no ${what} (404): check the environment name and that the token can see this repository.`,
            };
    }
    // Octokit reports a request that never reached a server as a 500: say what happened.
    const causes = cause;
    const network = causes?.code ??
        causes?.cause?.code ??
        /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/.exec(e?.message ?? '')?.[1];
    if (network || /fetch failed|bad port/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `Could not reach GitHub for ${what}${network ? ` (${network})` : ''}: check GITHUB_API_URL and the network.`,
        };
    }
    if (status !== undefined && status >= 500) {
        return { retry: true, message: `GitHub failed answering ${what} (${status}).` };
    }
    if (e?.name === 'TimeoutError' ||
        e?.name === 'AbortError' ||
        /aborted|timeout/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
        };
    }
    if (status !== undefined) {
        return {
            retry: false,
            message: `GitHub answered ${what} with ${status}: ${e?.message ?? 'error'}.`,
        };
    }
    return {
        retry: true,
        message: `Could not reach GitHub for ${what}: ${e?.message ?? String(error)}.`,
    };
}


/***/ }),

/***/ 51819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tokenFromEnv),
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   Vd: () => (/* binding */ serverUrl),
/* harmony export */   ag: () => (/* binding */ requestOptions),
/* harmony export */   wH: () => (/* binding */ NO_TOKEN)
/* harmony export */ });
/* unused harmony export CLI_WORDING */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14908);
/* harmony import */ var _approval_verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34474);
// What the CLI needs to talk to GitHub from any host: the token (GITHUB_TOKEN or GH_TOKEN, never
// a flag), the repository (--repo, else the git remote origin, else GITHUB_REPOSITORY), bounded
// requests, and refusals worded for the CLI rather than for a workflow.



const CLI_WORDING = {
    token: 'GITHUB_TOKEN (or GH_TOKEN)',
    readPermission: 'give the token read access to Actions on this repository (fine-grained: "Actions: Read"; classic: the repo scope)',
};
const NO_TOKEN = 'No GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a personal access token of yours (see "Running launches from a trading host" in the README for its permissions).';
function tokenFromEnv(env) {
    return env.GITHUB_TOKEN || env.GH_TOKEN || '';
}
/** Per-request limit from PREFLIGHT_API_TIMEOUT_SECONDS (default 15 s), retried as the action does. */
function requestOptions(env) {
    const seconds = Number(env.PREFLIGHT_API_TIMEOUT_SECONDS);
    const timeoutMs = Number.isFinite(seconds) && seconds > 0 && seconds <= 600
        ? seconds * 1000
        : _approval_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REQUEST_OPTIONS */ .Xt.timeoutMs;
    return {
        ..._approval_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REQUEST_OPTIONS */ .Xt,
        timeoutMs,
        retryDelayMs: Math.min(_approval_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REQUEST_OPTIONS */ .Xt.retryDelayMs, timeoutMs / 2),
        wording: CLI_WORDING,
    };
}
function serverUrl(env) {
    return env.GITHUB_SERVER_URL || 'https://github.com';
}
/** --repo, else the git remote origin of the working directory, else GITHUB_REPOSITORY. */
async function resolveRepository(flag, env) {
    if (flag !== undefined) {
        const repository = (0,_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(flag);
        return repository
            ? { ok: true, repository }
            : { ok: false, error: `--repo must be OWNER/NAME, got "${flag}".` };
    }
    const remote = await gitRemoteOrigin(env);
    const repository = (remote && (0,_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryFromRemote */ .Py)(remote)) ||
        (env.GITHUB_REPOSITORY ? (0,_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(env.GITHUB_REPOSITORY) : null);
    return repository
        ? { ok: true, repository }
        : {
            ok: false,
            error: 'Cannot tell which GitHub repository to use: pass --repo OWNER/NAME (or run inside a clone whose remote "origin" is on GitHub).',
        };
}
function gitRemoteOrigin(env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['remote', 'get-url', 'origin'], { timeout: 5000, env, maxBuffer: 64 * 1024 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
    });
}


/***/ }),

/***/ 58717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/action/cancel.js
// One way every entry point answers cancellation: the first SIGINT or SIGTERM aborts the work
// (the engine kills the suite and logs the cancellation), and the process exits within a second
// whatever is still pending; a second signal exits at once.

const CANCEL_GRACE_MS = 900;
function abortOnSignals(exitCode = () => 1, graceMs = CANCEL_GRACE_MS) {
    const controller = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            const exitNow = () => {
                (0,runner_process/* killActiveProcessTrees */.RS)();
                process.exit(exitCode(signal));
            };
            if (controller.signal.aborted)
                exitNow();
            controller.abort(new Error(`received ${signal}`));
            setTimeout(exitNow, graceMs).unref();
        });
    }
    return controller.signal;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./lib/redact.js
// Secrets stay out of the evidence. GitHub masks secrets in the job log, but not in artifacts,
// so every report, summary, output, log entry and comment passes through one Redactor that knows
// the values to hide: the gate's token, variables named in `redact`, what env checks read, what
// the suite announced with ::add-mask::, and common token shapes. See docs/security.md.


const REDACTED = '***';
/** Shorter values would erase ordinary text; GitHub's own masking has the same blind spot. */
const MIN_SECRET_LENGTH = 4;
// Token shapes redacted even when nobody named them: [shape, replacement].
const TOKEN_SHAPES = [
    [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, REDACTED], // GitHub tokens
    [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, REDACTED],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED], // AWS access key ids
    [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, REDACTED], // Slack tokens
    // Authorization header values: the scheme stays, the credential goes.
    [
        /\b(Authorization:\s*(?:Bearer|Basic|token)\s+|Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
        `$1${REDACTED}`,
    ],
    // Credentials in a URL: scheme://user:password@host.
    [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)[^\s/@]+@/gi, `$1${REDACTED}@`],
];
/** Longer than any token shape above can match (GitHub tokens: 255 characters and a prefix). */
const TOKEN_SHAPE_MAX_LENGTH = 512;
/** A mask announced on a line; the value ends at the line's end, a CR included (as readline splits). */
const ADD_MASK = /::add-mask::([^\r\n]*)/;
class Redactor {
    values = new Set();
    pattern = null;
    longest = 0;
    /** Values the suite announced with ::add-mask::, to re-announce to the runner. */
    announced = [];
    constructor(values = []) {
        for (const value of values)
            this.add(value);
    }
    /** Adds a secret value (and each of its lines, as GitHub masks multi-line secrets). */
    add(value) {
        if (value === undefined)
            return;
        for (const part of [value, ...value.split(/\r?\n/)]) {
            const trimmed = part.trim();
            if (trimmed.length >= MIN_SECRET_LENGTH && !this.values.has(trimmed)) {
                this.values.add(trimmed);
                this.longest = Math.max(this.longest, trimmed.length);
                this.pattern = null;
            }
        }
    }
    /** Adds the values of the named environment variables. */
    addVariables(names, env) {
        for (const name of names)
            this.add(env[name]);
    }
    /** Picks up `::add-mask::value` from a line of suite output; returns whether it was one. */
    learnFromLine(line) {
        const match = ADD_MASK.exec(line);
        if (!match)
            return false;
        const value = (match[1] ?? '').trim();
        if (value.length >= MIN_SECRET_LENGTH && !this.values.has(value)) {
            this.add(value);
            this.announced.push(value);
        }
        return true;
    }
    redact(text) {
        let out = text;
        const pattern = this.secretPattern();
        if (pattern !== null)
            out = out.replace(pattern, REDACTED);
        for (const [shape, replacement] of TOKEN_SHAPES)
            out = out.replace(shape, replacement);
        return out;
    }
    /**
     * The run with its free text redacted: what the suite, the checks, people and services wrote.
     * The decision, statuses, levels, mode and other fields the gate itself sets are kept as they
     * are: a secret that happens to be "live" or "proceed" must not rewrite the verdict.
     */
    redactRun(run) {
        const text = (value) => this.redact(value);
        const { outcome } = run;
        return {
            ...run,
            source: text(run.source),
            reason: text(run.reason),
            ticket: text(run.ticket),
            operator: text(run.operator),
            outcome: {
                ...outcome,
                notes: outcome.notes.map(text),
                outputTail: text(outcome.outputTail),
                checks: outcome.checks.map((check) => ({
                    ...check,
                    name: text(check.name),
                    message: text(check.message),
                    ...(check.description !== undefined && { description: text(check.description) }),
                    ...(check.remediation !== undefined && { remediation: text(check.remediation) }),
                    ...(check.output !== undefined && { output: text(check.output) }),
                })),
                ...(outcome.appendedArgs && { appendedArgs: outcome.appendedArgs.map(text) }),
                ...(outcome.evidenceFiles && { evidenceFiles: outcome.evidenceFiles.map(text) }),
                ...(outcome.unmappedChecks && { unmappedChecks: outcome.unmappedChecks.map(text) }),
            },
            approval: run.approval && {
                ...run.approval,
                approvers: run.approval.approvers.map((a) => ({
                    login: a.login,
                    comment: text(a.comment),
                })),
                refusals: run.approval.refusals.map(text),
                warnings: run.approval.warnings.map(text),
            },
            upload: run.upload?.kind === 'failed'
                ? { ...run.upload, error: text(run.upload.error), note: text(run.upload.note) }
                : run.upload,
        };
    }
    /** Every named secret, longest first (a secret that contains another is hidden whole). */
    secretPattern() {
        if (this.values.size === 0)
            return null;
        this.pattern ??= new RegExp([...this.values]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'g');
        return this.pattern;
    }
    /** A deep copy with every string redacted (keys kept): for free text only, never for fields
     * that hold the gate's own decision. */
    redactDeep(value) {
        return redactValue(value, (s) => this.redact(s));
    }
    /** Redacts a block of whole lines, learning (and hiding) ::add-mask:: values on the way. */
    redactLines(block) {
        if (!block.includes('::add-mask::'))
            return this.redact(block);
        return block
            .split('\n')
            .map((line) => {
            const mask = ADD_MASK.exec(line);
            if (mask === null)
                return this.redact(line);
            this.learnFromLine(line);
            // The announcement itself is hidden; what follows it on the line (after a CR) is kept.
            const rest = line.slice(mask.index + mask[0].length);
            return `${this.redact(line.slice(0, mask.index))}::add-mask::${REDACTED}${this.redact(rest)}`;
        })
            .join('\n');
    }
    /**
     * A line-buffered stream that redacts what passes through and learns ::add-mask:: values on
     * the way. A line longer than maxLineBytes is passed on in parts, so memory stays bounded.
     */
    stream(maxLineBytes = 64 * 1024) {
        let pending = '';
        // A character split across two chunks is decoded whole: "é" cut in half would hide a secret.
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const redactLines = (block) => this.redactLines(block);
        const cutOf = (text) => this.safeCut(text);
        return new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
                const end = text.lastIndexOf('\n') + 1;
                pending = text.slice(end);
                let out = end > 0 ? redactLines(text.slice(0, end)) : '';
                if (pending.length > maxLineBytes) {
                    const cut = cutOf(pending);
                    out += redactLines(pending.slice(0, cut));
                    pending = pending.slice(cut);
                }
                if (out !== '')
                    this.push(out);
                done();
            },
            flush(done) {
                pending += decoder.end();
                if (pending !== '')
                    this.push(redactLines(pending));
                pending = '';
                done();
            },
        });
    }
    /**
     * Where a long line can be cut and its head redacted on its own: far enough from the end that a
     * secret or token the next chunk completes is kept back whole, and never inside a match.
     */
    safeCut(text) {
        const keep = Math.max(TOKEN_SHAPE_MAX_LENGTH, this.longest);
        let cut = Math.max(0, text.length - keep);
        const from = Math.max(0, cut - keep);
        const window = text.slice(from, cut + keep);
        for (const shape of [this.secretPattern(), ...TOKEN_SHAPES.map(([r]) => r)]) {
            if (shape === null)
                continue;
            for (const match of window.matchAll(shape)) {
                const start = from + match.index;
                if (start < cut && start + match[0].length > cut)
                    cut = Math.min(cut, start);
            }
        }
        return cut;
    }
}
function redactValue(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactValue(v, redact));
    if (value instanceof Date || value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var report_files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/report/messages.js
// The source document's console messages, adapted from "trading" to "launching", per outcome
// and mode. Used by the CLI, the job log, the job summary and the step's failure message.

function banner(input) {
    const { status, decision } = input;
    const live = input.mode === 'live';
    const mode = (0,lib_decision/* modeOrStrictest */.uh)(input.mode);
    if (input.reportUploadFailed && live) {
        return hardAbort(live, 'REPORT UPLOAD FAILED', 'The report could not be uploaded as an artifact: no evidence, no launch.', [
            'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
        ]);
    }
    switch (status) {
        case 'passed':
            return { title: '✅ Health checks passed', lines: [], nextSteps: [], severity: 'info' };
        case 'p2-warned':
            return {
                title: '⚠️  P2 warnings detected (non-critical) - proceeding',
                lines: [],
                nextSteps: [
                    'Document the warnings in the operational notes and schedule a fix during maintenance.',
                ],
                severity: 'warning',
            };
        case 'p0-failed':
            return {
                title: live
                    ? '❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED'
                    : '❌ P0 HEALTH CHECK FAILURE - ABORTING LAUNCH',
                lines: live
                    ? [
                        'Infrastructure is broken. DO NOT START THE LIVE LAUNCH.',
                        'Fix P0 issues and re-run smoke test before attempting LIVE.',
                    ]
                    : ['Infrastructure is broken. DO NOT LAUNCH.', 'Fix P0 issues and re-run smoke test.'],
                nextSteps: [
                    'Fix the infrastructure issue (no override exists for P0 failures).',
                    'Re-run the smoke test.',
                    'Retry the launch.',
                ],
                severity: 'error',
            };
        case 'p1-failed':
            return p1Banner(mode, decision, input);
        case 'skipped':
            return skipBanner(mode, decision, input);
        case 'timeout':
            return hardAbort(live, 'SMOKE TEST TIMEOUT', 'The smoke test ran past its time limit and was killed.', [
                'Find the hanging check (see the output tail), fix it or raise "timeout-seconds", and re-run.',
            ]);
        case 'crashed':
            return hardAbort(live, 'SMOKE TEST CRASHED', 'The smoke test itself failed to run to completion.', ['Read the suite output below, fix the crash, and re-run the smoke test.']);
        case 'missing':
            return hardAbort(live, 'SMOKE TEST NOT FOUND', 'The smoke test script or program does not exist.', [
                'Check "command" (or "suite") and "working-directory", and that the suite is installed on the runner.',
            ]);
        case 'invalid':
            return hardAbort(live, 'CONFIG VALIDATION FAILED', 'The gate configuration or suite file is invalid.', ['Fix the inputs or the suite file as the errors below say, and re-run.']);
    }
}
function hardAbort(live, what, why, nextSteps) {
    return {
        title: `❌ ${what} - ${live ? 'LAUNCH ABORTED' : 'ABORTING LAUNCH'}`,
        lines: [why, live ? 'DO NOT START THE LIVE LAUNCH.' : 'DO NOT LAUNCH.'],
        nextSteps,
        severity: 'error',
    };
}
function rolesLines(mode, override) {
    const roles = lib_decision/* OVERRIDE_POLICY */.gd[mode][override].roles;
    return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)];
}
function approvalLines(mode, override, input) {
    const lines = rolesLines(mode, override);
    if (input.approvalEnvironment) {
        const count = input.requiredApprovals ?? 1;
        lines.push(`⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`);
    }
    else {
        lines.push('⚠️  Approval is given by reviewers of a protected environment: run the authorize job, or set "approval-environment".');
    }
    return lines;
}
function p1Banner(mode, decision, input) {
    const live = mode === 'live';
    const head = live
        ? ['Core functionality may be impaired.', 'LAUNCHING LIVE WITH P1 FAILURES IS EXTREMELY RISKY.']
        : ['Core functionality may be impaired.'];
    const title = live
        ? '🚨 P1 HEALTH CHECK FAILURES DETECTED 🚨'
        : '⚠️  P1 HEALTH CHECK FAILURES DETECTED';
    const nextSteps = [
        'RECOMMENDED: fix the P1 issue and re-run the smoke test.',
        `Override: approval by ${lib_decision/* OVERRIDE_POLICY */.gd[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then "force-start: true".`,
    ];
    if (decision.grantedOverride === 'force-start') {
        return {
            title: '🚨 FORCE START ENABLED - PROCEEDING WITH P1 FAILURES 🚨',
            lines: [
                ...head,
                ...rolesLines(mode, 'force-start'),
                '⚠️  Approved, and recorded in the operational log.',
                'Monitor the session closely and fix the P1 issue (P0 ticket).',
            ],
            nextSteps: ['Monitor the launch closely.', 'Fix the P1 issue under the follow-up ticket.'],
            severity: 'warning',
        };
    }
    if (decision.verdict === 'approval-required') {
        return {
            title,
            lines: [
                ...head,
                '🚨 FORCE START REQUESTED - WAITING FOR APPROVAL 🚨',
                ...approvalLines(mode, 'force-start', input),
                'Launch blocked until the approval is verified.',
            ],
            nextSteps,
            severity: 'error',
        };
    }
    return {
        title,
        lines: [
            ...head,
            '',
            'Options:',
            '  1. ABORT and fix P1 issues (RECOMMENDED)',
            '  2. Force start with force-start (REQUIRES APPROVAL)',
            '',
            'Aborting launch for safety.',
        ],
        nextSteps,
        severity: 'error',
    };
}
function skipBanner(mode, decision, input) {
    const live = mode === 'live';
    const title = live
        ? '🚨 HEALTH CHECKS SKIPPED (skip-health-check) 🚨'
        : '⚠️  HEALTH CHECKS SKIPPED (skip-health-check)';
    const warning = live
        ? [
            '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
            '⚠️  Skipping health checks can result in REAL MONEY LOSS',
            `⚠️  This override MUST be approved by ${lib_decision/* OVERRIDE_POLICY */.gd.live.skip.roles.join(' and ')}`,
        ]
        : ['⚠️  This is NOT RECOMMENDED for production use'];
    const nextSteps = [
        'Get written approval (a reviewer of the protected environment, with a comment).',
        'Document the reason and the ticket (inputs "reason" and "ticket").',
        'Create a ticket to fix the underlying issue and re-enable health checks after the emergency.',
    ];
    if (decision.grantedOverride === 'skip') {
        return {
            title,
            lines: [
                ...warning,
                '⚠️  Approved, and recorded in the operational log. Proceeding without health checks.',
            ],
            nextSteps,
            severity: 'warning',
        };
    }
    return {
        title,
        lines: [
            ...warning,
            ...approvalLines(mode, 'skip', input),
            'Launch blocked until the approval is verified.',
        ],
        nextSteps,
        severity: 'error',
    };
}
/** The banner framed as the source document prints it on a console. */
function consoleBanner(b, reportPath) {
    const rule = '='.repeat(80);
    const out = [b.title];
    const showReport = reportPath !== undefined && b.severity === 'error';
    if (b.lines.length > 0 || showReport) {
        out.push(rule, ...b.lines);
        if (showReport) {
            out.push('', 'To view detailed report:', `  ${reportPath}`);
        }
        out.push(rule);
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/report/model.js
var report_model = __webpack_require__(5747);
// EXTERNAL MODULE: ./lib/retention/prune.js
var prune = __webpack_require__(21158);
;// CONCATENATED MODULE: ./lib/runner/environment.js
// The suite runs sealed: the runner's tokens and the gate's own inputs stay with the gate unless
// `pass-env` names them. A suite that prints its environment then has nothing to leak.
/** Variables withheld from the suite: exact names and prefixes. */
const WITHHELD_NAMES = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    // The runner's file commands: a suite that wrote to them could set the gate's outputs, its
    // post-step state, the summary, or the environment and PATH of every later step.
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ENV',
    'GITHUB_PATH',
]);
const WITHHELD_PREFIXES = [
    'INPUT_',
    'ACTIONS_ID_TOKEN_REQUEST_',
    'ACTIONS_RUNTIME_',
    'ACTIONS_CACHE_',
];
/** Marks every process the suite starts, so none can outlive the gate (see tracking.ts). */
const TRACKING_VARIABLE = 'PREFLIGHT_TRACKING_ID';
function isWithheld(name) {
    const upper = name.toUpperCase();
    return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((p) => upper.startsWith(p));
}
/** The suite's environment: the gate's, less what is withheld, plus what pass-env lets through. */
function sealedEnvironment(env, passEnv, trackingId) {
    const passed = new Set(passEnv.map((n) => n.toUpperCase()));
    const sealed = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (isWithheld(name) && !passed.has(name.toUpperCase()))
            continue;
        sealed[name] = value;
    }
    sealed[TRACKING_VARIABLE] = trackingId;
    // Python buffers stdout into a pipe: without this a hung Python suite leaves an empty log.
    sealed.PYTHONUNBUFFERED ??= '1';
    return sealed;
}

;// CONCATENATED MODULE: ./lib/runner/suite-log.js
// The built-in suite's `.output.log`, like a command suite's: what it printed while it ran,
// then each check's own output (kept for failed checks), so every run leaves one.

async function writeSuiteOutputLog(file, outcome) {
    const parts = [outcome.outputTail.replace(/\n?$/, '\n')];
    if (outcome.outputTruncated) {
        parts.unshift('[preflight] only the end of the suite output was kept\n');
    }
    for (const check of outcome.checks) {
        if (check.output)
            parts.push(`\n=== ${check.name} (${check.level}) ===\n${check.output.replace(/\n?$/, '\n')}`);
    }
    await (0,external_node_fs_promises_.writeFile)(file, parts.join(''), 'utf8');
}

;// CONCATENATED MODULE: ./lib/runner/tracking.js
// No orphans: every process the suite starts inherits PREFLIGHT_TRACKING_ID (as the Actions
// runner marks job processes), so daemons that double-forked out of the suite's process group
// can still be found in /proc and killed, after a timeout, a cancellation or a normal exit, and
// by the post step after a killed gate.



function newTrackingId() {
    return (0,external_node_crypto_.randomUUID)();
}
/**
 * Pids of live processes whose environment carries this tracking id (Linux; else none). Read
 * synchronously: a hundred tiny /proc files are read faster that way than through promises.
 */
function trackedProcesses(trackingId) {
    if (process.platform !== 'linux')
        return [];
    const marker = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}\0`);
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`).indexOf(marker) !== -1)
                found.push(Number(entry));
        }
        catch {
            // gone, or not ours to read
        }
    }
    return found;
}
/**
 * SIGKILLs every tracked process, in rounds until none is left (a process may fork while we
 * look); bounded. Returns how many distinct processes were killed.
 */
async function killTrackedProcesses(trackingId, maxRounds = 10) {
    const killed = new Set();
    for (let round = 0; round < maxRounds; round++) {
        const pids = trackedProcesses(trackingId);
        const alive = pids.filter((pid) => signal(pid));
        for (const pid of alive)
            killed.add(pid);
        if (alive.length === 0)
            break;
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return killed.size;
}
function signal(pid) {
    try {
        process.kill(pid, 'SIGKILL');
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/artifact/upload.js
// Uploads the run's report files as an artifact with @actions/artifact. The client is loaded
// only when uploading: it roughly doubles the bundle's start-up, and the verdict path (and the
// CLI) should not pay for it.
/** Paper keeps its verdict with a warning; live aborts: no evidence, no launch. */
function uploadFailureNote(name, error, mode) {
    return `The report artifact "${name}" could not be uploaded: ${error}${mode === 'paper' ? ' (paper mode: the verdict stands).' : ' No evidence, no launch.'}`;
}
const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;
/** PREFLIGHT_UPLOAD_TIMEOUT_SECONDS bounds a slow or hung artifact service (default 120 s). */
function uploadTimeoutMs(env) {
    const seconds = Number(env.PREFLIGHT_UPLOAD_TIMEOUT_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_UPLOAD_TIMEOUT_MS;
}
/** The artifact service is reachable only inside a workflow run. */
function artifactRuntimeAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/**
 * `preflight-report-<mode>-<job>-<attempt>-<job run>`: GITHUB_JOB is the same for every leg of a
 * matrix, so the job run's own id (from the runtime token's Actions.Results scope) keeps the legs
 * apart; the attempt keeps re-runs apart.
 */
function defaultArtifactName(mode, env) {
    const parts = [
        'preflight-report',
        mode ?? 'unknown',
        env.GITHUB_JOB || 'job',
        env.GITHUB_RUN_ATTEMPT || '1',
        jobRunId(env.ACTIONS_RUNTIME_TOKEN)?.slice(0, 8),
    ];
    return parts
        .filter((p) => Boolean(p))
        .join('-')
        .replace(/[^A-Za-z0-9._-]/g, '_');
}
function jobRunId(token) {
    const payload = token?.split('.')[1];
    if (!payload)
        return null;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const scope = String(claims.scp ?? '')
            .split(' ')
            .find((s) => s.startsWith('Actions.Results:'));
        return scope?.split(':')[2]?.replace(/[^A-Za-z0-9]/g, '') || null;
    }
    catch {
        return null;
    }
}
function artifactUrl(id, env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
async function uploadReportArtifact(request, env = process.env) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(351), __webpack_require__.e(780), __webpack_require__.e(925), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 52353));
    const upload = new DefaultArtifactClient().uploadArtifact(request.name, request.files, request.rootDirectory, { retentionDays: request.retentionDays });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the artifact service did not finish the upload within ${request.timeoutMs / 1000} s`)), request.timeoutMs);
    });
    try {
        const { id } = await Promise.race([upload, timeout]);
        if (id === undefined)
            throw new Error('the artifact service returned no artifact id');
        return { id, url: artifactUrl(id, env) };
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/engine.js
// The gate's engine, shared by the action and the CLI, in named phases:
//   configure → run suite → settle → write → publish
// `settle` is pure: it turns the facts known so far (the suite's outcome, an approval, an upload
// result) into one decided GateRun, and runs again whenever a new fact arrives. The engine knows
// nothing of @actions/*: the caller hands in where output goes, how approvals are verified and how
// reports are published.






















async function runGate(raw, ctx) {
    const config = await configure(raw, ctx);
    ctx.publisher?.reserve(config.pending);
    const { outcome, cancelled, logLost } = await runSuitePhase(config, ctx);
    await keepSuiteReports(config, outcome, ctx);
    const facts = {
        decidedAt: ctx.now(),
        cancelled,
        approval: null,
        upload: null,
        uploadSettledAt: null,
        writeError: logLost,
    };
    let run = settle(config, outcome, facts, ctx);
    // Single-job flow: this job is bound to the approval environment, so verify inline.
    const request = approvalRequest(config, run);
    if (request && ctx.verifyApproval && !cancelled) {
        facts.approval = await verifySafely(ctx.verifyApproval, request);
        run = settle(config, outcome, facts, ctx);
    }
    let logged = await write(config, run, facts);
    if (facts.writeError !== null) {
        run = settle(config, outcome, facts, ctx);
        logged = await write(config, run, facts, logged);
    }
    if (ctx.publisher && !cancelled) {
        facts.upload = await ctx.publisher.upload(config.pending);
        facts.uploadSettledAt = ctx.now();
        run = settle(config, outcome, facts, ctx);
        if (facts.upload.kind === 'failed')
            await write(config, run, facts, logged);
    }
    // Reports older than report-retention-days go into the archive (not while answering a
    // cancellation, which must be quick); a failure only adds a note.
    if (!cancelled)
        await (0,prune/* retainAfterRun */.xX)(run.outcome.notes, config.reportDir, config.settings?.reportRetentionDays, ctx.now());
    return {
        run,
        paths: config.paths,
        settings: config.settings,
        masks: [...config.redactor.announced],
        redactor: config.redactor,
    };
}
// ── configure ──────────────────────────────────────────────────────────────────────────────
async function configure(raw, ctx) {
    const startedAt = ctx.now();
    const parsed = (0,lib_settings/* parseSettings */.P$)(raw);
    const settings = parsed.ok ? parsed.settings : null;
    const mode = parsed.ok ? parsed.settings.mode : parsed.mode;
    const reportDir = external_node_path_.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir);
    const paths = await (0,report_files/* reserveReportPaths */.XA)(reportDir, startedAt);
    const upload = settings ?? (0,lib_settings/* parseUploadSettings */.Gq)(raw);
    const trackingId = newTrackingId();
    const redactor = new Redactor([raw['github-token']]);
    const named = settings?.redact ?? leniently(raw.redact);
    redactor.addVariables(named, ctx.env);
    return {
        startedAt,
        settings,
        inputErrors: parsed.ok ? [] : parsed.errors,
        mode,
        reportDir,
        paths,
        pending: {
            rootDirectory: reportDir,
            files: (0,report_files/* reportFiles */.IU)(paths),
            markdown: paths.markdown,
            runOpsLog: paths.runOpsLog,
            opsLog: paths.opsLog,
            name: upload.artifactName || defaultArtifactName(mode, ctx.env),
            retentionDays: upload.retentionDays,
            uploadArtifact: upload.uploadArtifact,
            mode,
            operator: ctx.operator,
            runUrl: ctx.runUrl,
            trackingId,
            redact: named,
        },
        redactor,
        trackingId,
        source: settings
            ? settings.source.kind === 'command'
                ? settings.source.command
                : settings.source.path
            : (raw.command ?? raw.suite ?? ''),
    };
}
/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list) {
    return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
}
// ── run suite ──────────────────────────────────────────────────────────────────────────────
async function runSuitePhase(config, ctx) {
    const { settings } = config;
    if (!settings) {
        const outcome = (0,model/* outcomeWithoutChecks */.Yp)('invalid', config.inputErrors);
        return { outcome, cancelled: false, logLost: null };
    }
    if (settings.skipHealthCheck) {
        const note = 'Health checks were skipped on request (skip-health-check).';
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('skipped', [note]), cancelled: false, logLost: null };
    }
    const started = performance.now();
    const cancelled = cancellation(ctx.signal);
    let outcome;
    let wasCancelled = false;
    try {
        const result = await Promise.race([runSuite(settings, config, ctx), cancelled.promise]);
        wasCancelled = result === CANCELLED;
        outcome =
            result === CANCELLED
                ? (0,model/* outcomeWithoutChecks */.Yp)('crashed', [
                    'The gate was cancelled while the suite ran; the suite was stopped. There is no verdict: DO NOT LAUNCH.',
                ], performance.now() - started)
                : result;
    }
    catch (error) {
        outcome = (0,model/* outcomeWithoutChecks */.Yp)('crashed', [`The gate failed while running the suite: ${error.message}`], performance.now() - started);
    }
    finally {
        cancelled.dispose();
    }
    const leftovers = await killTrackedProcesses(config.trackingId);
    if (leftovers > 0) {
        outcome = {
            ...outcome,
            notes: [
                ...outcome.notes,
                `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
            ],
        };
    }
    for (const secret of outcome.secretValues ?? [])
        config.redactor.add(secret);
    let logLost = null;
    try {
        await redactOutputLog(config);
    }
    catch (error) {
        // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
        if (config.paths.outputLog)
            await (0,external_node_fs_promises_.rm)(config.paths.outputLog, { force: true }).catch(() => { });
        logLost = `The output log could not be redacted (${error.message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`;
    }
    return { outcome, cancelled: wasCancelled, logLost };
}
const CANCELLED = Symbol('cancelled');
function cancellation(signal) {
    let onAbort = () => { };
    const promise = new Promise((resolve) => {
        onAbort = () => {
            (0,runner_process/* killActiveProcessTrees */.RS)();
            resolve(CANCELLED);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}
async function runSuite(settings, config, ctx) {
    const echo = config.redactor.stream();
    if (ctx.echo)
        echo.pipe(ctx.echo, { end: false });
    else
        echo.resume();
    const scope = {
        mode: settings.mode,
        subset: settings.subset,
        timeoutMs: settings.timeoutSeconds * 1000,
        cwd: external_node_path_.resolve(settings.workingDirectory),
        env: sealedEnvironment(ctx.env, settings.passEnv, config.trackingId),
        echo,
        killGraceMs: ctx.killGraceMs,
    };
    const around = ctx.aroundSuiteOutput ?? ((body) => body());
    const source = settings.source;
    return around(async () => {
        try {
            if (source.kind === 'suite') {
                // Loaded only for suite files, so the command path does not pay for the YAML parser.
                const { runSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(197), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 69180));
                const outcome = await runSuiteFile({ ...scope, path: source.path });
                if (config.paths.outputLog)
                    await writeSuiteOutputLog(config.paths.outputLog, outcome);
                return outcome;
            }
            const { runCommandSuite } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 64708));
            return await runCommandSuite({
                ...scope,
                command: source.command,
                outputLogPath: config.paths.outputLog ?? undefined,
                evidence: settings.evidence,
                reportDir: config.reportDir,
            });
        }
        finally {
            // The last partial line, then the end of the window that stops workflow commands.
            await new Promise((resolve) => echo.end(resolve));
        }
    });
}
/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(config) {
    const file = config.paths.outputLog;
    if (file === null || !(0,external_node_fs_.existsSync)(file))
        return;
    const learn = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
        if ((await learn.stat()).size === 0)
            return;
        const lines = (0,external_node_readline_.createInterface)({
            input: learn.createReadStream({ autoClose: false }),
            crlfDelay: Infinity,
        });
        for await (const line of lines)
            config.redactor.learnFromLine(line);
    }
    finally {
        await learn.close();
    }
    // A fresh name nobody could have planted a FIFO or a directory under.
    const redacted = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.redacting`);
    const source = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        const target = await (0,safe_file/* openRegularFile */.ZU)(redacted, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL);
        try {
            await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ autoClose: false }), config.redactor.stream(), target.createWriteStream());
            await (0,external_node_fs_promises_.rename)(redacted, file);
        }
        catch (error) {
            await target.close().catch(() => undefined);
            await (0,external_node_fs_promises_.rm)(redacted, { force: true });
            throw error;
        }
    }
    finally {
        await source.close();
    }
}
/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 */
async function keepSuiteReports(config, outcome, ctx) {
    const suiteReports = outcome.suiteReports ?? [];
    if (suiteReports.length === 0)
        return;
    if (suiteReports.some((f) => (0,report_files/* reportFiles */.IU)(config.paths).includes(f))) {
        const outputLog = config.paths.outputLog;
        config.paths = { ...(await (0,report_files/* reserveReportPaths */.XA)(config.reportDir, config.startedAt)), outputLog };
        config.pending.markdown = config.paths.markdown;
        config.pending.runOpsLog = config.paths.runOpsLog;
    }
    config.pending.files = [...(0,report_files/* reportFiles */.IU)(config.paths), ...suiteReports];
    ctx.publisher?.reserve(config.pending);
}
// ── settle ─────────────────────────────────────────────────────────────────────────────────
/** The facts so far → one decided, redacted run. Pure but for reading the clock via facts. */
function settle(config, outcome, facts, ctx) {
    const { settings } = config;
    const mode = (0,lib_decision/* modeOrStrictest */.uh)(config.mode);
    const requested = (0,lib_decision/* requestedOverride */.j0)(outcome.status, settings?.forceStart ?? false);
    const requiredApprovals = config.mode && requested ? (0,lib_decision/* overridePolicy */.PA)(config.mode, requested).requiredApprovals : 0;
    const evidenceLost = facts.upload?.kind === 'failed' || facts.writeError !== null;
    const input = {
        mode,
        status: outcome.status,
        forceStart: settings?.forceStart ?? false,
        approvalVerified: facts.approval?.granted ?? false,
    };
    const decision = (0,lib_decision/* decide */.LD)({ ...input, reportUploadFailed: evidenceLost });
    const withoutLoss = (0,lib_decision/* decide */.LD)(input);
    const notes = [...outcome.notes];
    if (facts.writeError !== null)
        notes.push(facts.writeError);
    if (facts.upload?.kind === 'failed')
        notes.push(facts.upload.note);
    const run = {
        mode: config.mode,
        subset: settings?.subset ?? null,
        source: config.source,
        startedAt: config.startedAt,
        outcome: { ...outcome, notes },
        decision,
        approval: facts.approval,
        upload: facts.upload,
        banner: banner({
            mode: config.mode,
            status: outcome.status,
            decision,
            approvalEnvironment: settings?.approvalEnvironment,
            requiredApprovals,
            // The lost evidence headlines only when it is what stopped the launch.
            reportUploadFailed: withoutLoss.verdict !== 'abort' && decision.verdict === 'abort',
        }),
        opsLog: [],
        operator: ctx.operator,
        runUrl: ctx.runUrl,
        reason: settings?.reason ?? '',
        ticket: settings?.ticket ?? '',
        approvalEnvironment: settings?.approvalEnvironment ?? '',
        requiredApprovals,
        provenance: (0,provenance/* provenanceFromEnv */.f5)(ctx.env, config.mode),
    };
    const redacted = config.redactor.redactRun(run);
    redacted.opsLog = opsLogEntries(redacted, facts);
    return redacted;
}
/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
function runLogEntry(run, at, event, details) {
    return (0,opslog/* opsLogEntry */.Bg)(runLogSubject(run), at, event, details);
}
function runLogSubject(run) {
    return {
        ...run,
        status: run.outcome.status,
        exitCode: run.outcome.exitCode,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        approvers: run.approval?.approvers ?? [],
    };
}
/** One entry per failure, override request, approval outcome, lost evidence and cancellation. */
function opsLogEntries(run, facts) {
    const { outcome, decision, approval } = run;
    const entry = (event, details, at = facts.decidedAt) => runLogEntry(run, at, event, details);
    const entries = [];
    if (facts.cancelled) {
        entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? run.banner.title));
    }
    else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
        entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? run.banner.title));
    }
    const override = decision.requestedOverride;
    if (override) {
        const event = override === 'skip'
            ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
            : 'OVERRIDE_FORCE_START_REQUESTED';
        entries.push(entry(event, `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`));
        if (decision.grantedOverride) {
            const granted = override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
            entries.push(entry(granted, `approved in environment "${approval?.environment ?? ''}"`));
        }
        else if (approval) {
            entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')));
        }
    }
    const flaky = (0,report_model/* flakyCheckNames */.ib)(outcome);
    if (flaky.length > 0) {
        entries.push((0,opslog/* opsLogEntry */.Bg)({ ...runLogSubject(run), failures: flaky }, facts.decidedAt, 'FLAKY_CHECKS', `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`));
    }
    if (facts.writeError !== null)
        entries.push(entry('REPORT_WRITE_FAILED', facts.writeError));
    if (run.upload?.kind === 'failed') {
        entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined));
    }
    return entries;
}
function approvalRequest(config, run) {
    const { settings } = config;
    const override = run.decision.requestedOverride;
    if (run.decision.verdict !== 'approval-required' || !settings || !override)
        return null;
    if (settings.approvalEnvironment === '')
        return null;
    return {
        mode: settings.mode,
        override,
        environment: settings.approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        settings,
    };
}
async function verifySafely(verify, request) {
    try {
        return await verify(request);
    }
    catch (error) {
        return {
            granted: false,
            environment: request.environment,
            requiredApprovals: request.requiredApprovals,
            approvers: [],
            refusals: [`The approval could not be verified: ${error.message}`],
            warnings: [],
        };
    }
}
// ── write ──────────────────────────────────────────────────────────────────────────────────
/**
 * Writes the report files and appends the run's new log entries; returns how many entries are
 * in the log now. A failure to write is itself a fact (no evidence): it is recorded, never thrown.
 */
async function write(config, run, facts, alreadyLogged = 0) {
    const { paths } = config;
    if (paths.outputLog !== null && !(0,external_node_fs_.existsSync)(paths.outputLog)) {
        paths.outputLog = null;
        config.pending.files = (0,report_files/* reportFiles */.IU)(paths);
    }
    const failures = await (0,report_files/* writeReports */.Li)(run, paths);
    if (failures.length > 0 && facts.writeError === null) {
        facts.writeError = `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`;
    }
    try {
        await (0,opslog/* appendOpsLog */.$G)(config.reportDir, run.opsLog.slice(alreadyLogged));
    }
    catch (error) {
        facts.writeError ??= `The operational log could not be appended: ${error.message}.`;
    }
    return run.opsLog.length;
}

// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/publish.js
var publish = __webpack_require__(74156);
// EXTERNAL MODULE: ./lib/approval/verify.js
var verify = __webpack_require__(34474);
;// CONCATENATED MODULE: ./lib/approval/flow.js
// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.



async function authorizeOverride(client, run, policy, followUp, options) {
    const check = await (0,verify/* verifyApproval */.NX)(client, run, policy, options);
    if (!check.granted || followUp === null)
        return { ...check, ticketUrl: null };
    try {
        const ticketUrl = await (0,publish/* openFollowUpTicket */.BS)(client, run, {
            ...followUp,
            approvers: check.approvers,
        });
        return { ...check, ticketUrl };
    }
    catch (error) {
        return {
            ...check,
            granted: false,
            ticketUrl: null,
            refusals: [
                `Approved, but the follow-up ticket asked for (open-ticket) could not be opened, so the override is refused: ${error.message}`,
            ],
        };
    }
}
/** The approval policy of a gate's override request: any reviewer, never the run's own actors. */
function gatePolicy(request) {
    return {
        mode: request.mode,
        environment: request.environment,
        override: request.override,
        requiredApprovals: request.requiredApprovals,
        approvers: [],
        allowSelfApproval: false,
    };
}
/**
 * The verifier both the gate action and the CLI hand to the engine: the approvals of this run
 * (GITHUB_REPOSITORY, GITHUB_RUN_ID) for the gate's approval environment, and the follow-up
 * ticket when open-ticket is set.
 */
async function verifyGateOverride(request, runUrl, env) {
    const { settings } = request;
    const client = await (0,github/* createGitHubClient */.LX)(settings.githubToken, env);
    return authorizeOverride(client, (0,github/* runRefFromEnv */.eR)(env), gatePolicy(request), settings.openTicket
        ? {
            mode: request.mode,
            override: request.override,
            failures: request.failures,
            reason: settings.reason,
            ticket: settings.ticket,
            runUrl,
            reportUrl: runUrl,
        }
        : null);
}

// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./lib/approval/approval-run.js
var approval_run = __webpack_require__(14908);
// EXTERNAL MODULE: ./lib/cli/github.js
var cli_github = __webpack_require__(51819);
;// CONCATENATED MODULE: ./lib/cli/approval-run.js
// `run|launch --approval-run RUN`: the override is decided from an approval run of the
// override-request workflow, verified through the API from this host. A run that already granted
// an override here (found in the operational log of the report directory) is spent.








const DEFAULT_APPROVAL_MAX_AGE_HOURS = 12;
const MAX_APPROVAL_MAX_AGE_HOURS = 24 * 30;
/** Reads the flags; a usage problem (no token, no repository, a malformed run) is an error. */
async function prepareApprovalRun(flags, env) {
    const maxAge = flags['approval-max-age'] ?? String(DEFAULT_APPROVAL_MAX_AGE_HOURS);
    const maxAgeHours = Number(maxAge);
    if (!/^\d+(\.\d+)?$/.test(maxAge.trim()) ||
        maxAgeHours <= 0 ||
        maxAgeHours > MAX_APPROVAL_MAX_AGE_HOURS) {
        return {
            ok: false,
            error: `--approval-max-age must be a number of hours above 0 and at most ${MAX_APPROVAL_MAX_AGE_HOURS}, got "${maxAge}".`,
        };
    }
    const workflow = flags.workflow ?? approval_run/* OVERRIDE_WORKFLOW */.NL;
    if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
        return {
            ok: false,
            error: `--workflow must be a workflow file name in .github/workflows (e.g. ${approval_run/* OVERRIDE_WORKFLOW */.NL}), got "${workflow}".`,
        };
    }
    const token = (0,cli_github/* tokenFromEnv */.B)(env);
    if (token === '')
        return { ok: false, error: cli_github/* NO_TOKEN */.wH };
    const repository = await (0,cli_github/* resolveRepository */.BN)(flags.repo, env);
    if (!repository.ok)
        return repository;
    const reference = (0,approval_run/* parseRunReference */.o_)(flags['approval-run'] ?? '', repository.repository);
    if (!reference.ok)
        return { ok: false, error: `--approval-run: ${reference.error}` };
    const client = await (0,github/* createGitHubClient */.LX)(token, env);
    const options = (0,cli_github/* requestOptions */.ag)(env);
    let operator;
    try {
        operator = { login: await (0,approval_run/* tokenUser */.B2)(client, options) };
    }
    catch (error) {
        operator = { error: error.message };
    }
    return {
        ok: true,
        approvalRun: {
            run: reference.run,
            url: (0,approval_run/* approvalRunUrl */.EN)((0,cli_github/* serverUrl */.Vd)(env), reference.run),
            workflow,
            maxAgeHours,
            client,
            options,
            operator,
        },
    };
}
/**
 * While one launch verifies the run and logs the outcome, it holds a lock file beside the log,
 * so a second launch started at the same moment cannot use the same run too.
 */
function approvalRunVerifier(approvalRun) {
    let lock = null;
    const verify = async (request) => {
        const refuse = (reason) => ({
            granted: false,
            environment: request.environment,
            requiredApprovals: request.requiredApprovals,
            approvers: [],
            refusals: [reason],
            warnings: [],
        });
        if ('error' in approvalRun.operator)
            return refuse(approvalRun.operator.error);
        const reportDir = external_node_path_.resolve(request.settings.reportDir);
        const file = external_node_path_.join(reportDir, `.approval-run-${approvalRun.run.runId}.lock`);
        try {
            await (0,external_node_fs_promises_.mkdir)(reportDir, { recursive: true });
            await (0,external_node_fs_promises_.writeFile)(file, `${process.pid}\n`, { flag: 'wx' });
            lock = file;
        }
        catch (error) {
            return refuse(error.code === 'EEXIST'
                ? `Approval run ${approvalRun.url} is in use by another launch on this host (${file}): wait for it to finish; if none is running, remove that file.`
                : `Cannot lock approval run ${approvalRun.url} for this launch (${file}): ${error.message}.`);
        }
        const used = await findUse(reportDir, approvalRun.url);
        if (used)
            return refuse(used);
        return (0,approval_run/* verifyApprovalRun */.eo)(approvalRun.client, approvalRun.run, {
            ...gatePolicy(request),
            workflow: approvalRun.workflow,
            maxAgeHours: approvalRun.maxAgeHours,
            now: new Date(),
            operator: approvalRun.operator.login,
        }, approvalRun.options);
    };
    const release = async () => {
        if (lock)
            await (0,external_node_fs_promises_.rm)(lock, { force: true });
        lock = null;
    };
    return { verify, release };
}
const GRANTED_EVENTS = new Set(['OVERRIDE_FORCE_START', 'OVERRIDE_SKIP_HEALTH_CHECK']);
const logLine = schemas/* object */.Ikc({ timestamp: schemas/* string */.YjP(), event: schemas/* string */.YjP(), runUrl: schemas/* string */.YjP() });
/** Why the run is spent (it already granted an override here), or null when it is not. */
async function findUse(reportDir, url) {
    const file = external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np);
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        return `Cannot read the operational log ${file} to tell whether approval run ${url} was already used: ${error.message}.`;
    }
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        let entry;
        try {
            entry = logLine.parse(JSON.parse(line));
        }
        catch {
            return `Line ${index + 1} of the operational log ${file} is not a log entry, so whether approval run ${url} was already used cannot be told: repair or move the file.`;
        }
        if (entry.runUrl === url && GRANTED_EVENTS.has(entry.event)) {
            return `Approval run ${url} already granted an override on this host (${entry.event} at ${entry.timestamp}, in ${file}): an approval is good for one launch; request a new one.`;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/cli/cancellation.js
// The operator's cancellation at the launcher's confirmation is an abort decision (the source
// document's "operator cancellation"), so it is logged: once, whether answered at the prompt or
// ended by a signal while the prompt waits (a kill, a closed terminal or ssh session).




const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
class CancellationLog {
    run;
    reportDir;
    logged = false;
    constructor(run, reportDir) {
        this.run = run;
        this.reportDir = reportDir;
    }
    /** Appends the OPERATOR_CANCELLED entry, synchronously so a signal cannot cut it short. */
    write(details) {
        if (this.logged)
            return;
        this.logged = true;
        const cancelled = {
            ...this.run,
            decision: { ...this.run.decision, verdict: 'abort', gateExitCode: 1, grantedOverride: null },
        };
        const entry = runLogEntry(cancelled, new Date(), 'OPERATOR_CANCELLED', details);
        (0,external_node_fs_.appendFileSync)(external_node_path_.join(this.reportDir, opslog/* OPS_LOG_FILE */.np), JSON.stringify(entry) + '\n', 'utf8');
    }
    /** While the body runs, a signal logs the cancellation, then ends the process as it would have. */
    async during(body) {
        const handlers = SIGNALS.map((signal) => {
            const handler = () => {
                this.write(`The launcher got ${signal} during the confirmation.`);
                // With no other handler (SIGHUP), re-raise it for its default action.
                if (process.listenerCount(signal) === 0)
                    process.kill(process.pid, signal);
            };
            process.prependOnceListener(signal, handler);
            return [signal, handler];
        });
        try {
            return await body();
        }
        finally {
            for (const [signal, handler] of handlers)
                process.removeListener(signal, handler);
        }
    }
}

;// CONCATENATED MODULE: ./lib/cli/suite-options.js
// The flags of every command that runs the checks (run, launch, watch): which suite, how it runs
// sealed, and what evidence it leaves; and the action inputs they stand for.
const SUITE_OPTIONS = {
    mode: { type: 'string' },
    command: { type: 'string' },
    suite: { type: 'string' },
    subset: { type: 'string' },
    timeout: { type: 'string' },
    'working-directory': { type: 'string' },
    'report-dir': { type: 'string' },
    'report-retention-days': { type: 'string' },
    'pass-env': { type: 'string' },
    redact: { type: 'string' },
    results: { type: 'string', multiple: true },
    'level-map': { type: 'string', multiple: true },
    'exit-codes': { type: 'string' },
    'require-results': { type: 'string' },
    'subset-args': { type: 'string' },
};
/** The action inputs these flags stand for (flags not given are left out: their defaults apply). */
function suiteInputs(flags) {
    const raw = {
        mode: flags.mode,
        command: flags.command,
        suite: flags.suite,
        subset: flags.subset,
        'timeout-seconds': flags.timeout,
        'working-directory': flags['working-directory'],
        'report-dir': flags['report-dir'],
        'report-retention-days': flags['report-retention-days'],
        'pass-env': flags['pass-env'],
        redact: flags.redact,
        results: flags.results?.join('\n'),
        'level-map': flags['level-map']?.join('\n'),
        'exit-codes': flags['exit-codes'],
        'require-results': flags['require-results'],
        'subset-args': flags['subset-args'],
        'upload-artifact': 'false',
    };
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./lib/cli/wording.js
// The engine speaks the action's language (inputs such as "timeout-seconds"); the CLI's messages
// name its own flags (--timeout). Applied to every engine text the CLI prints.

const FLAG_OF = {
    'timeout-seconds': '--timeout',
    'github-token': 'GITHUB_TOKEN (or GH_TOKEN)',
};
const isInput = (name) => lib_settings/* INPUT_NAMES */.Qh.includes(name);
const flag = (name) => FLAG_OF[name] ?? `--${name}`;
function inCliWords(text) {
    return (text
        // The action's approval paths have a CLI counterpart: the approval run.
        .replace('run the authorize job, or set "approval-environment".', 'request an approval run ("preflight request-override"), then pass --approval-run RUN.')
        .replace(/"(force-start|skip-health-check): true"/g, '--$1')
        .replace(/\((force-start|skip-health-check)\)/g, '(--$1)')
        .replace(/\bwith (force-start|skip-health-check)\b/g, 'with --$1')
        .replace(/\b(?:the )?[Ii]nputs? "([a-z-]+)"/g, (m, name) => isInput(name) ? flag(name) : m)
        .replace(/\bthe "([a-z-]+)" input\b/g, (m, name) => (isInput(name) ? flag(name) : m))
        // A further input named in the same sentence ("--command … or "suite""), never a value
        // the user gave ("got "suite"").
        .replace(/(?<!got )"([a-z-]+)"/g, (m, name) => (isInput(name) ? flag(name) : m)));
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./lib/runner/command.js + 4 modules
var runner_command = __webpack_require__(64708);
;// CONCATENATED MODULE: ./lib/watch/hook.js
// Runs a watch hook (the kill switch, the P1 command): bounded in time, its whole output kept in
// a log file (bounded) and its end summarised for the operational log.





const HOOK_TIMEOUT_MS = 60_000;
const HOOK_LOG_MAX_BYTES = 1024 * 1024;
const HOOK_TAIL_BYTES = 2048;
/** Checks a hook command can be split into arguments; returns the error, or null. */
function hookCommandError(flag, command) {
    const split = (0,runner_command/* commandArgv */.G)(command);
    return 'error' in split ? split.error.replace('Input "command"', flag) : null;
}
async function runHook(name, command, options) {
    const split = (0,runner_command/* commandArgv */.G)(command);
    if ('error' in split)
        return { ok: false, summary: `${name} not run: ${split.error}` };
    // The hook runs even when its output cannot be kept (a full or read-only disk).
    let log = null;
    let logNote = `full output: ${options.logFile}`;
    try {
        log = (await (0,external_node_fs_promises_.open)(options.logFile, 'a')).createWriteStream();
        log.on('error', (error) => {
            logNote = `its output could not be fully kept: ${error.message}`;
        });
    }
    catch (error) {
        logNote = `its output could not be kept: ${error.message}`;
    }
    const timeoutMs = options.timeoutMs ?? HOOK_TIMEOUT_MS;
    const result = await (0,runner_process/* runProcess */.R3)({
        argv: split.argv,
        cwd: options.cwd,
        env: options.env,
        timeoutMs,
        killGraceMs: options.killGraceMs ?? 5000,
        ...(log && { log: { stream: log, maxBytes: HOOK_LOG_MAX_BYTES } }),
        tailBytes: HOOK_TAIL_BYTES,
    });
    if (log) {
        const closed = (0,external_node_events_.once)(log, 'close').catch(() => undefined);
        log.end();
        await closed;
    }
    const { end } = result;
    const ok = end.kind === 'exited' && end.exitCode === 0;
    const how = end.kind === 'exited'
        ? `exited ${end.exitCode}`
        : end.kind === 'signaled'
            ? `was ended by ${end.signal}`
            : end.kind === 'timeout'
                ? `timed out after ${timeoutMs / 1000} s and was killed`
                : end.error;
    const tail = (0,sanitize/* truncateBytes */.QY)((0,sanitize/* plainText */.wh)(result.tail).trim().split('\n').slice(-10).join('\n'), 1000);
    return {
        ok,
        summary: `${name} "${command}" ${how}${tail ? `; output ends: ${tail}` : ''} (${logNote})`,
    };
}

;// CONCATENATED MODULE: ./lib/watch/state.js
// The watch's decision, pure: from the previous state and one tick's health to the next state
// and what to do. A P0 failure trips only after `tripAfter` in a row (the flapping guard); a P1
// failure is reported once per episode; recovery is reported only after something was reported.
const INITIAL_WATCH_STATE = {
    state: 'healthy',
    consecutiveP0Failures: 0,
    p1Reported: false,
};
/** Fail closed: everything but a pass, P2 warnings or a plain P1 failure counts as a P0 failure. */
function tickHealth(status) {
    if (status === 'passed' || status === 'p2-warned')
        return 'healthy';
    if (status === 'p1-failed')
        return 'p1-failed';
    return 'p0-failed';
}
function nextWatchState(previous, health, tripAfter) {
    if (previous.state === 'tripped')
        return { state: previous, actions: [] };
    if (health === 'p0-failed') {
        const consecutiveP0Failures = previous.consecutiveP0Failures + 1;
        if (consecutiveP0Failures >= tripAfter) {
            return {
                state: { ...previous, state: 'tripped', consecutiveP0Failures },
                actions: [{ kind: 'kill-switch' }, { kind: 'log', event: 'KILLSWITCH_ACTIVATED' }],
            };
        }
        return { state: { ...previous, state: 'p0-failing', consecutiveP0Failures }, actions: [] };
    }
    if (health === 'p1-failed') {
        const state = { state: 'p1-failing', consecutiveP0Failures: 0, p1Reported: true };
        return previous.p1Reported
            ? { state, actions: [] }
            : { state, actions: [{ kind: 'on-p1' }, { kind: 'log', event: 'P1_FAILURE_POST_LAUNCH' }] };
    }
    const state = { state: 'healthy', consecutiveP0Failures: 0, p1Reported: false };
    return previous.p1Reported
        ? { state, actions: [{ kind: 'log', event: 'HEALTH_RESTORED' }] }
        : { state, actions: [] };
}

;// CONCATENATED MODULE: ./lib/watch/loop.js
// The watch loop: one tick at a time (never overlapping), then the pure state machine decides,
// then the hooks act. It stops on a trip or when the signal aborts (SIGTERM, the launched
// process exiting); an aborted tick is cancelled and its result ignored.

async function runWatchLoop(options) {
    const { signal, hooks } = options;
    let state = INITIAL_WATCH_STATE;
    let ticks = 0;
    const aborted = new Promise((resolve) => {
        if (signal.aborted)
            resolve('aborted');
        signal.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    while (!signal.aborted) {
        const started = performance.now();
        const pending = hooks.tick();
        const result = await Promise.race([pending, aborted]);
        if (result === 'aborted') {
            hooks.cancelTick();
            await Promise.race([pending.catch(() => undefined), delay(options.cancelWaitMs ?? 700)]);
            break;
        }
        ticks++;
        const next = nextWatchState(state, tickHealth(result.status), options.tripAfter);
        state = next.state;
        for (const action of next.actions)
            await hooks.act(action, result, state);
        await hooks.afterTick(result, state);
        if (state.state === 'tripped')
            return { outcome: 'tripped', state, ticks };
        const wait = Math.max(0, options.intervalMs - (performance.now() - started));
        await Promise.race([delay(wait, signal), aborted]);
    }
    return { outcome: 'stopped', state, ticks };
}
function delay(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./lib/watch/watcher.js
// `preflight watch` and launch supervision: the gate's checks every interval, through the
// engine, with reports and log entries kept only on a change of state. Each tick writes its
// reports to a scratch directory; the real report directory gets the tick's reports and one
// operational-log entry only when the state changes, not every interval.












async function watch(config) {
    const reportDir = external_node_path_.resolve(config.reportDir);
    await (0,external_node_fs_promises_.mkdir)(reportDir, { recursive: true });
    let lastTick = null;
    let lastReport = null;
    let killSwitch = null;
    let notes = [];
    const scratchDirs = new Set();
    // One line each, whatever the check names or hook output hold: nothing untrusted starts a line
    // (where the runner would read a workflow command).
    const write = (line) => config.out.write(`[${(0,opslog/* logTimestamp */.F1)(config.now())}] ${(0,sanitize/* plainText */.wh)(line).replace(/\s*\n\s*/g, ' ')}\n`);
    const tick = async () => {
        const at = config.now();
        let scratchDir = null;
        try {
            scratchDir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'preflight-watch-'));
            scratchDirs.add(scratchDir);
            const result = await runGate({ ...config.raw, 'report-dir': scratchDir, 'report-retention-days': '0' }, {
                operator: config.operator,
                runUrl: config.runUrl,
                env: config.env,
                now: config.now,
                killGraceMs: config.killGraceMs,
            });
            return { status: result.run.outcome.status, at, result, error: null, scratchDir };
        }
        catch (error) {
            const message = `the checks could not be run: ${error.message}`;
            return { status: 'crashed', at, result: null, error: message, scratchDir };
        }
    };
    /** The tick's reports into the report directory; a failure is noted, never stops the watch. */
    const keep = async (current) => {
        if (!current.result)
            return;
        try {
            lastReport = await keepReports(current.result, reportDir);
        }
        catch (error) {
            notes.push(`the reports could not be kept: ${error.message}`);
        }
    };
    const hook = (name, command, kind, current) => {
        const stem = current.result
            ? external_node_path_.basename(current.result.paths.markdown, '.md')
            : (0,report_files/* reportBaseName */.l_)(current.at);
        return runHook(name, command, {
            cwd: config.cwd,
            env: config.env,
            logFile: external_node_path_.join(reportDir, `${stem}.${kind}.log`),
            timeoutMs: config.hookTimeoutMs,
            killGraceMs: config.killGraceMs,
        });
    };
    const act = async (action, current, state) => {
        // The hooks first: nothing (a full disk, a report name) may delay or stop the kill switch.
        if (action.kind === 'kill-switch') {
            killSwitch = config.killSwitch
                ? await hook('kill switch', config.killSwitch, 'kill-switch', current)
                : null;
            const stopped = config.stopLaunched ? await config.stopLaunched(killSwitch) : '';
            notes.push(killSwitch?.summary ?? 'no kill switch configured');
            if (stopped)
                notes.push(stopped);
            await keep(current);
            return;
        }
        if (action.kind === 'on-p1') {
            notes.push(config.onP1
                ? (await hook('on-p1 command', config.onP1, 'on-p1', current)).summary
                : 'no --on-p1 command configured');
            await keep(current);
            return;
        }
        if (action.event === 'HEALTH_RESTORED')
            await keep(current);
        const details = detailsOf(action.event, state, config.tripAfter, notes, lastReport);
        notes = [];
        await (0,opslog/* appendOpsLog */.$G)(reportDir, [tickEntry(config, current, action.event, details)]);
        write(`${action.event}: ${details}`);
    };
    const afterTick = async (current, state) => {
        lastTick = current;
        const failures = current.result
            ? (0,report_model/* failedCheckNames */.Cu)(current.result.run.outcome)
            : [current.error ?? ''];
        write(`${current.status}${failures.length ? ` (${failures.join(', ')})` : ''} → ${state.state}` +
            (state.consecutiveP0Failures
                ? `, ${state.consecutiveP0Failures}/${config.tripAfter} P0`
                : ''));
        try {
            await writeStatus(config, state, current, lastReport, null);
        }
        catch (error) {
            write(`warning: the status file could not be written: ${error.message}`);
        }
        if (current.scratchDir)
            await removeScratch(current.scratchDir, scratchDirs);
    };
    const result = await runWatchLoop({
        intervalMs: config.intervalMs,
        tripAfter: config.tripAfter,
        signal: config.signal,
        hooks: { tick, cancelTick: runner_process/* killActiveProcessTrees */.RS, act, afterTick },
    });
    for (const dir of scratchDirs)
        await removeScratch(dir, scratchDirs);
    if (result.outcome === 'stopped') {
        const reason = String(config.signal.reason ?? 'stopped');
        const entry = stoppedEntry(config, lastTick, result.state, reason);
        await (0,opslog/* appendOpsLog */.$G)(reportDir, [entry]);
        write(`WATCH_STOPPED: ${entry.details}`);
        await writeStatus(config, result.state, lastTick, lastReport, reason);
    }
    return { ...result, killSwitch };
}
function detailsOf(event, state, tripAfter, notes, report) {
    const what = notes.length > 0 ? `: ${notes.join('; ')}` : '';
    const where = report ? ` Report: ${report}` : '';
    switch (event) {
        case 'KILLSWITCH_ACTIVATED':
            return `${state.consecutiveP0Failures} consecutive P0 failures (trip after ${tripAfter})${what}.${where}`;
        case 'P1_FAILURE_POST_LAUNCH':
            return `P1 failure after the launch (assess, controlled shutdown if critical)${what}.${where}`;
        default:
            return `The checks pass again${what}.${where}`;
    }
}
/** A tick's entry: from its gate run, or, when the engine failed, a crash entry of its own. */
function tickEntry(config, tick, event, details) {
    if (tick.result)
        return runLogEntry(tick.result.run, config.now(), event, details);
    return bareEntry(config, event, `${details} ${tick.error ?? ''}`.trim(), 'crashed');
}
function bareEntry(config, event, details, status = 'skipped') {
    const crashed = status === 'crashed';
    return (0,opslog/* opsLogEntry */.Bg)({
        mode: config.raw.mode === 'paper' || config.raw.mode === 'live' ? config.raw.mode : null,
        status,
        exitCode: null,
        decision: { verdict: crashed ? 'abort' : 'proceed', gateExitCode: crashed ? 1 : 0 },
        failures: [],
        operator: config.operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl: config.runUrl,
    }, config.now(), event, details);
}
/** WATCH_STOPPED: the end of a watch that did not trip (SIGTERM, the launched process exited). */
function stoppedEntry(config, lastTick, state, reason) {
    const details = `Watch stopped (${reason}) in state ${state.state}.`;
    if (lastTick)
        return tickEntry(config, lastTick, 'WATCH_STOPPED', details);
    return bareEntry(config, 'WATCH_STOPPED', `${details} No check had finished yet.`);
}
/** Copies a tick's reports from its scratch directory into the report directory; returns the Markdown path. */
async function keepReports(result, reportDir) {
    const files = (0,report_files/* reportFiles */.IU)(result.paths);
    const stem = external_node_path_.basename(result.paths.markdown, '.md');
    for (let attempt = 1; attempt <= 100; attempt++) {
        const target = attempt === 1 ? stem : `${stem}_${attempt}`;
        const markdown = external_node_path_.join(reportDir, `${target}.md`);
        try {
            await (0,external_node_fs_promises_.copyFile)(result.paths.markdown, markdown, external_node_fs_.constants.COPYFILE_EXCL);
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        for (const file of files) {
            if (file === result.paths.markdown)
                continue;
            await (0,external_node_fs_promises_.copyFile)(file, external_node_path_.join(reportDir, external_node_path_.basename(file).replace(stem, target)));
        }
        return markdown;
    }
    throw new Error(`Could not find a free report name in ${reportDir} for ${stem}.`);
}
async function writeStatus(config, state, tick, report, stopped) {
    if (!config.statusFile)
        return;
    const status = {
        pid: process.pid,
        state: state.state,
        consecutiveP0Failures: state.consecutiveP0Failures,
        tripAfter: config.tripAfter,
        intervalSeconds: config.intervalMs / 1000,
        lastRun: tick && {
            at: tick.at.toISOString(),
            status: tick.status,
            verdict: tick.result?.run.decision.verdict ?? 'abort',
            failures: tick.result ? (0,report_model/* failedCheckNames */.Cu)(tick.result.run.outcome) : [],
            durationMs: tick.result ? Math.round(tick.result.run.outcome.durationMs) : null,
            error: tick.error,
        },
        lastReport: report,
        stopped,
        updatedAt: config.now().toISOString(),
    };
    // Monitors read it at any time: never a half-written file.
    const temporary = `${config.statusFile}.${process.pid}.tmp`;
    await (0,external_node_fs_promises_.writeFile)(temporary, JSON.stringify(status, null, 2) + '\n', 'utf8');
    await (0,external_node_fs_promises_.rename)(temporary, config.statusFile);
}
async function removeScratch(dir, scratchDirs) {
    scratchDirs.delete(dir);
    await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./lib/cli/watch.js
// `preflight watch`: the checks every interval after the launch, with a kill switch. Also the
// options and configuration `launch --watch-interval` shares with it.









const WATCH_HOOK_OPTIONS = {
    'trip-after': { type: 'string' },
    'kill-switch': { type: 'string' },
    'on-p1': { type: 'string' },
    'status-file': { type: 'string' },
};
const WATCH_OPTIONS = {
    ...SUITE_OPTIONS,
    interval: { type: 'string' },
    ...WATCH_HOOK_OPTIONS,
    help: { type: 'boolean', short: 'h' },
};
const WATCH_HOOK_HELP = `  --trip-after N             consecutive P0 failures that trip the kill switch (default 2)
  --kill-switch "CMD"        run once on a trip (bounded to 60 s, output kept next to the report)
  --on-p1 "CMD"              run when a P1 failure starts (once per episode)
  --status-file FILE         JSON for monitors: state, consecutive failures, last run`;
const WATCH_HELP = `Usage: preflight watch --mode paper|live (--command "CMD" | --suite FILE) --interval SECONDS [options]

Runs the checks every interval (never two at once). After --trip-after consecutive P0 failures it
runs the kill switch and exits 1. One operational-log entry per change of state
(KILLSWITCH_ACTIVATED, P1_FAILURE_POST_LAUNCH, HEALTH_RESTORED), WATCH_STOPPED on SIGTERM or
Ctrl-C (exit 0). A tick's reports are kept only when the state changes.

  --mode, --command, --suite, --subset, --timeout, --working-directory, --report-dir,
  --pass-env, --redact, --results, --level-map, --exit-codes, --require-results, --subset-args
                             as for "preflight run"
  --interval SECONDS         time from one check run's start to the next's (at least 0.1)
${WATCH_HOOK_HELP}
  --report-retention-days N  archive reports older than N days at start (default 30; 0 keeps all)`;
const DEFAULT_TRIP_AFTER = 2;
/** The watch's configuration from flags, or the problems with them. */
function watchConfig(flags, intervalText, intervalFlag, io, signal) {
    const inputs = suiteInputs(flags);
    const parsed = (0,lib_settings/* parseSettings */.P$)(inputs);
    const errors = parsed.ok ? [] : [...parsed.errors];
    const interval = Number(intervalText);
    if (intervalText === undefined)
        errors.push(`${intervalFlag} SECONDS is required.`);
    else if (!/^\d+(\.\d+)?$/.test(intervalText) || interval < 0.1 || interval > 86_400) {
        errors.push(`${intervalFlag} must be a number of seconds from 0.1 to 86400, got "${intervalText}".`);
    }
    const tripText = flags['trip-after'] ?? String(DEFAULT_TRIP_AFTER);
    if (!/^\d+$/.test(tripText) || Number(tripText) < 1 || Number(tripText) > 1000) {
        errors.push(`--trip-after must be a whole number from 1 to 1000, got "${tripText}".`);
    }
    for (const flag of ['kill-switch', 'on-p1']) {
        const command = flags[flag];
        const error = command === undefined ? null : hookCommandError(`--${flag}`, command);
        if (error)
            errors.push(error);
    }
    if (!parsed.ok || errors.length > 0)
        return { errors };
    const { settings } = parsed;
    return {
        retentionDays: settings.reportRetentionDays,
        config: {
            raw: inputs,
            reportDir: settings.reportDir,
            intervalMs: interval * 1000,
            tripAfter: Number(tripText),
            killSwitch: flags['kill-switch'] ?? null,
            onP1: flags['on-p1'] ?? null,
            statusFile: flags['status-file'] ? external_node_path_.resolve(flags['status-file']) : null,
            cwd: external_node_path_.resolve(settings.workingDirectory),
            operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || external_node_os_.userInfo().username,
            runUrl: (0,github/* runUrlFromEnv */.kk)(io.env),
            env: io.env,
            now: () => new Date(),
            out: io.stdout,
            signal,
        },
    };
}
/** Turns SIGTERM, SIGINT and SIGHUP into an abort while `body` runs. */
async function withStopSignals(controller, body, onSignal = (signal) => controller.abort(signal)) {
    const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'];
    for (const signal of signals)
        process.on(signal, onSignal);
    try {
        return await body();
    }
    finally {
        for (const signal of signals)
            process.off(signal, onSignal);
    }
}
async function watchCommand(args, io) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args,
            options: WATCH_OPTIONS,
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        io.stderr.write(`preflight watch: ${error.message}\n\n${WATCH_HELP}\n`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(WATCH_HELP + '\n');
        return 0;
    }
    const controller = new AbortController();
    const built = watchConfig(values, values.interval, '--interval', io, controller.signal);
    if ('errors' in built) {
        io.stderr.write(built.errors.map((e) => `preflight watch: ${e}`).join('\n') + '\n');
        return 1;
    }
    const notes = [];
    await (0,prune/* retainAfterRun */.xX)(notes, external_node_path_.resolve(built.config.reportDir), built.retentionDays, new Date());
    for (const note of notes)
        io.stderr.write(`${note}\n`);
    const outcome = await withStopSignals(controller, () => watch(built.config));
    return outcome.outcome === 'tripped' ? 1 : 0;
}
const LAUNCH_WATCH_OPTIONS = {
    'watch-interval': { type: 'string' },
    ...WATCH_HOOK_OPTIONS,
};
const LAUNCH_WATCH_HELP = `  --watch-interval SECONDS   keep running the checks after the launch; on a trip run the kill
                             switch, else stop the launched process tree (TERM, KILL after 5 s),
                             and exit 1
${WATCH_HOOK_HELP}`;
/** The launch's supervision from its flags: null without --watch-interval, or the problems. */
function launchSupervision(flags, io) {
    if (flags['watch-interval'] === undefined) {
        const stray = Object.keys(WATCH_HOOK_OPTIONS).filter((flag) => flags[flag] !== undefined);
        return stray.length > 0
            ? { errors: stray.map((flag) => `--${flag} needs --watch-interval SECONDS.`) }
            : null;
    }
    // The real signal is the supervisor's; this one only fills the shape.
    return watchConfig(flags, flags['watch-interval'], '--watch-interval', io, new AbortController().signal);
}
async function superviseLaunchCommand(argv, config, io) {
    const { superviseLaunch } = await __webpack_require__.e(/* import() */ 817).then(__webpack_require__.bind(__webpack_require__, 36817));
    return superviseLaunch({
        argv,
        env: io.env,
        stderr: io.stderr,
        watch: (signal, stopLaunched, onStopSignal) => withStopSignals(new AbortController(), () => watch({ ...config, signal, stopLaunched }), onStopSignal),
    });
}

;// CONCATENATED MODULE: ./lib/cli/main.js
// The `preflight` command: the same engine as the action, with the source document's console
// output, exit codes and launcher confirmations.



















const GATE_OPTIONS = {
    ...SUITE_OPTIONS,
    'force-start': { type: 'boolean' },
    'skip-health-check': { type: 'boolean' },
    acknowledge: { type: 'string' },
    reason: { type: 'string' },
    ticket: { type: 'string' },
    'approval-environment': { type: 'string' },
    'approval-run': { type: 'string' },
    'approval-max-age': { type: 'string' },
    repo: { type: 'string' },
    workflow: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const GATE_HELP = `  --mode paper|live          required; paper runs the production subset, live the full suite
  --command "CMD"            the smoke-suite command (split like a shell would, but run without one)
  --suite FILE               a suite file (YAML or JSON) instead of a command
  --subset NAME              default: production (paper), full (live)
  --timeout SECONDS          default: 30 (paper), 60 (live)
  --working-directory DIR    where the suite runs (default: .)
  --report-dir DIR           where reports go (default: reports/health)
  --report-retention-days N  archive reports older than N days into DIR/archive (default 30;
                             0 keeps everything)
  --force-start              let a P1 failure through, only with a verified approval
  --skip-health-check        run nothing, only with a verified approval (live also needs --acknowledge)
  --acknowledge PHRASE       "${lib_settings/* SKIP_PHRASE */.qf}" for a live skip
  --reason TEXT, --ticket ID recorded in the operational log
  --approval-run RUN         the approval run (id or URL) of "preflight request-override": its
                             approvals are verified through the GitHub API before any launch
                             (token from GITHUB_TOKEN or GH_TOKEN); an approval run grants one
                             override on this host
  --approval-max-age HOURS   refuse older approval runs (default: ${DEFAULT_APPROVAL_MAX_AGE_HOURS})
  --approval-environment ENV the protected environment that approves (default with --approval-run:
                             MODE-override); without --approval-run, inside a GitHub Actions job
                             bound to ENV: verify the approvals of this run
  --repo OWNER/NAME          the approval run's repository (default: the git remote origin, else
                             GITHUB_REPOSITORY)
  --workflow FILE            the override workflow (default: override-request.yml)
  --pass-env NAMES           withheld variables (GITHUB_TOKEN, ACTIONS_*, INPUT_*) the suite may see
  --redact NAMES             variables whose values never appear in reports, logs or output
  --results PATH|GLOB        per-check results the suite writes (JSON, JUnit XML, TAP, the
                             document's Markdown table), relative to --working-directory;
                             repeatable (default: $PREFLIGHT_RESULTS and the suite's own
                             SMOKE_TEST_INSTITUTIONAL_*.md in the report directory)
  --level-map "P1: GLOB"     level of tests that declare none, matched against classname.name
                             and the file; repeatable (unmapped tests count as P0)
  --exit-codes preflight|any-failure
                             the runner's exit codes: preflight 0/1/2/3 (default) or
                             any-failure 0 passed, 1 failed (pytest, jest, go test, bats)
  --require-results live|always|never
                             abort without per-check results (default: live)
  --subset-args="WORDS"      appended for a subset other than full, {subset} replaced
                             (default: "--subset {subset}"; "" appends nothing; write it
                             with = when the words start with -)
Without a verified approval an override is never granted.`;
const USAGE = `Usage: preflight <command> [options]

Commands:
  run      run the health checks and write the reports; exits 0 passed, 1 P0 failure or abort,
           2 P1 failure, 3 P2 warnings
  launch   run the health checks, then on proceed start the launch command after -- (asks for
           confirmation on a terminal; --yes for unattended use)
  watch    run the checks every --interval after the launch; kill switch after --trip-after
           consecutive P0 failures
  review   the monthly review of the operational log: overrides, aborts, recurring failures
  prune    archive reports older than --report-retention-days (every run also does it)

  request-override  ask for the approval of a force-start or skip on GitHub (an approval run)
  aggregate --expected N --mode M DIR_OR_FILE...
           one verdict over several hosts' reports; exits like run
  validate FILE  check a suite file (--mode, --subset: one selection); prints every error as
           file:line:column, exits 1
  schema   print the suite file's JSON Schema

Run "preflight <command> --help" for its options.`;
const VALIDATE_HELP = `Usage: preflight validate FILE [--mode paper|live] [--subset NAME]

Checks a suite file as run would: every error at once (schema, duplicates, dependencies,
patterns, empty selections), each as file:line:column; exits 1 on any, else 0. Without --mode
both paper's and live's selections are checked.`;
const SCHEMA_HELP = `Usage: preflight schema

Prints the suite file's JSON Schema.`;
const RUN_HELP = `Usage: preflight run --mode paper|live (--command "CMD" | --suite FILE) [options]

${GATE_HELP}`;
const LAUNCH_HELP = `Usage: preflight launch --mode paper|live (--command "CMD" | --suite FILE) [options] [--yes] -- LAUNCH COMMAND...

${GATE_HELP}
  --yes                      confirm without a prompt (unattended use); without a terminal, required
${LAUNCH_WATCH_HELP}

On proceed the launch command runs and its exit code is preflight's. Without proceed it never runs.`;
async function main(argv, io = processIo()) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'run':
            return runCommand(rest, io);
        case 'launch':
            return launchCommand(rest, io);
        case 'request-override':
            return (await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 36116))).requestOverrideCommand(rest, io);
        case 'validate':
            return validateCommand(rest, io);
        case 'watch':
            return watchCommand(rest, io);
        case 'prune':
            return (await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 20806))).pruneCommand(rest, io);
        case 'review':
            return (await __webpack_require__.e(/* import() */ 190).then(__webpack_require__.bind(__webpack_require__, 66190))).reviewCommand(rest, io);
        case 'aggregate':
            return (await __webpack_require__.e(/* import() */ 810).then(__webpack_require__.bind(__webpack_require__, 1810))).aggregateCommand(rest, io);
        case 'schema': {
            if (rest.length > 0) {
                io[rest[0] === '--help' ? 'stdout' : 'stderr'].write(SCHEMA_HELP + '\n');
                return rest[0] === '--help' ? 0 : 1;
            }
            const { suiteJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(197), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 60973));
            io.stdout.write(JSON.stringify(suiteJsonSchema(), null, 2) + '\n');
            return 0;
        }
        case '--help':
        case '-h':
        case 'help':
        case undefined:
            io.stdout.write(USAGE + '\n');
            return command === undefined ? 1 : 0;
        default:
            io.stderr.write(`preflight: unknown command "${command}"\n\n${USAGE}\n`);
            return 1;
    }
}
function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
function parseGateArgs(args, extra = {}) {
    return (0,external_node_util_.parseArgs)({
        args,
        options: { ...GATE_OPTIONS, ...extra },
        strict: true,
        allowPositionals: false,
    });
}
/** A usage problem found before anything runs (nothing is written), or null. */
function usageProblem(values) {
    if (values.mode === undefined)
        return '--mode is required: paper or live.';
    if (!model/* MODES */.FN.includes(values.mode)) {
        return `--mode must be paper or live, got "${values.mode}".`;
    }
    if (values['approval-run'] !== undefined &&
        !values['force-start'] &&
        !values['skip-health-check']) {
        return '--approval-run approves an override: add --force-start or --skip-health-check.';
    }
    return null;
}
/** Checks the gate's flags and reads the approval run's; null after printing a usage error. */
async function gateUsage(values, command, help, io) {
    const usage = (error) => {
        io.stderr.write(`preflight ${command}: ${error}\n\n${help}\n`);
        return null;
    };
    const problem = usageProblem(values);
    if (problem)
        return usage(problem);
    if (values['approval-run'] === undefined)
        return { approvalRun: null };
    const prepared = await prepareApprovalRun(values, io.env);
    return prepared.ok ? { approvalRun: prepared.approvalRun } : usage(prepared.error);
}
function rawInputs(values, io, approvalRun) {
    const raw = {
        ...suiteInputs(values),
        'force-start': values['force-start'] ? 'true' : 'false',
        'skip-health-check': values['skip-health-check'] ? 'true' : 'false',
        acknowledge: values.acknowledge,
        reason: values.reason,
        ticket: values.ticket,
        'approval-environment': values['approval-environment'] ?? (approvalRun ? `${values.mode}-override` : undefined),
        'github-token': (0,cli_github/* tokenFromEnv */.B)(io.env) || undefined,
    };
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}
/** Relative to the working directory when inside it, else absolute. */
function displayPath(file) {
    const relative = external_node_path_.relative(process.cwd(), file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
function stepLine(mode) {
    return mode === 'live'
        ? 'Step 0/6: Running MANDATORY health checks...'
        : 'Step 0/3: Running health checks...';
}
async function gate(values, io, approvalRun) {
    io.stdout.write(stepLine(values.mode) + '\n');
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    // With an approval run, that run is what the log entries name, and the token's user operates.
    const runUrl = approvalRun?.url ?? (0,github/* runUrlFromEnv */.kk)(io.env);
    const approvalRunCheck = approvalRun ? approvalRunVerifier(approvalRun) : null;
    const verify = approvalRunCheck?.verify ??
        ((request) => verifyGateOverride(request, runUrl, io.env));
    const context = {
        operator: (approvalRun && 'login' in approvalRun.operator && approvalRun.operator.login) ||
            io.env.PREFLIGHT_OPERATOR ||
            io.env.GITHUB_ACTOR ||
            external_node_os_.userInfo().username,
        runUrl,
        env: io.env,
        now: () => new Date(),
        echo: io.stdout,
        signal: io.signal,
        verifyApproval: async (request) => {
            const decision = await verify(request);
            for (const warning of decision.warnings)
                io.stderr.write(`warning: ${inCliWords(warning)}\n`);
            return decision;
        },
        // Inside a workflow step the CLI's output is read by the runner too.
        ...(inActions && {
            aroundSuiteOutput: (body) => (0,sanitize/* withWorkflowCommandsStopped */.rQ)(io.stdout, body),
        }),
    };
    const result = await runGate(rawInputs(values, io, approvalRun), context).finally(() => approvalRunCheck?.release());
    const { run, paths } = result;
    for (const note of run.outcome.notes)
        io.stderr.write(`${inCliWords(note)}\n`);
    const report = displayPath(paths.markdown);
    io.stdout.write(inCliWords(consoleBanner(run.banner, report)) + '\n');
    io.stdout.write(`Report: ${report}\n`);
    explainApproval(run, approvalRun, io);
    return result;
}
/** What became of an override, on the console: who approved, or why not and how to fix it. */
function explainApproval(run, approvalRun, io) {
    const { approval, decision } = run;
    if (decision.grantedOverride && approval) {
        const approvers = approval.approvers.map((a) => a.comment ? `${a.login} ("${a.comment}")` : a.login);
        if (approvalRun)
            io.stdout.write(`Approval run: ${approvalRun.url}\n`);
        io.stdout.write(`Approved by: ${approvers.join(', ')}\n`);
        return;
    }
    if (decision.verdict !== 'approval-required')
        return;
    for (const refusal of approval?.refusals ?? []) {
        io.stderr.write(`Override refused: ${inCliWords(refusal)}\n`);
    }
    if (!approvalRun) {
        const override = decision.requestedOverride === 'skip' ? 'skip' : 'force-start';
        io.stderr.write(`To override from this host: preflight request-override --mode ${run.mode ?? 'MODE'} --override ${override} --reason TEXT --ticket ID --wait, then add --approval-run RUN.\n`);
    }
}
async function runCommand(args, io) {
    let values;
    try {
        values = parseGateArgs(args).values;
    }
    catch (error) {
        io.stderr.write(`preflight run: ${error.message}\n\n${RUN_HELP}\n`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(RUN_HELP + '\n');
        return 0;
    }
    const usage = await gateUsage(values, 'run', RUN_HELP, io);
    if (!usage)
        return 1;
    const { run } = await gate(values, io, usage.approvalRun);
    return run.decision.gateExitCode;
}
async function launchCommand(args, io) {
    const separator = args.indexOf('--');
    const gateArgs = separator === -1 ? args : args.slice(0, separator);
    const launchArgv = separator === -1 ? [] : args.slice(separator + 1);
    let values;
    try {
        values = parseGateArgs(gateArgs, { yes: { type: 'boolean' }, ...LAUNCH_WATCH_OPTIONS }).values;
    }
    catch (error) {
        io.stderr.write(`preflight launch: ${error.message}\n\n${LAUNCH_HELP}\n`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(LAUNCH_HELP + '\n');
        return 0;
    }
    if (launchArgv.length === 0) {
        io.stderr.write(`preflight launch: give the launch command after --\n\n${LAUNCH_HELP}\n`);
        return 1;
    }
    const usage = await gateUsage(values, 'launch', LAUNCH_HELP, io);
    if (!usage)
        return 1;
    const supervision = launchSupervision(values, io);
    if (supervision && 'errors' in supervision) {
        io.stderr.write(supervision.errors.map((e) => `preflight launch: ${e}\n`).join(''));
        return 1;
    }
    const { run, paths } = await gate(values, io, usage.approvalRun);
    if (run.decision.verdict !== 'proceed') {
        io.stdout.write('\nLaunch aborted\n');
        return run.decision.gateExitCode === 0 ? 1 : run.decision.gateExitCode;
    }
    const mode = run.mode;
    const cancellation = new CancellationLog(run, external_node_path_.dirname(paths.markdown));
    const confirmation = await cancellation.during(() => main_confirm(mode, run.decision, values.yes === true, io));
    if (confirmation !== 'confirmed') {
        cancellation.write(CANCELLATION[confirmation]);
        io.stdout.write(confirmation === 'interrupted'
            ? '\nLaunch aborted (operator interrupted the confirmation)\n'
            : '\nLaunch aborted (operator did not confirm)\n');
        return confirmation === 'interrupted' ? 130 : 1;
    }
    io.stdout.write(`\nLaunching: ${(0,shell_quote.quote)(launchArgv)}\n`);
    return supervision
        ? superviseLaunchCommand(launchArgv, supervision.config, io)
        : launch(launchArgv, io);
}
const CANCELLATION = {
    refused: 'The operator did not confirm the launch at the prompt.',
    interrupted: 'The operator interrupted the confirmation (Ctrl-C).',
    ended: 'The confirmation ended without an answer (end of input).',
    'no-terminal': 'No terminal to confirm on, and no --yes: the launch was not confirmed.',
};
async function validateCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: { mode: { type: 'string' }, subset: { type: 'string' }, help: { type: 'boolean' } },
            strict: true,
            allowPositionals: true,
        });
    }
    catch (error) {
        io.stderr.write(`preflight validate: ${error.message}\n\n${VALIDATE_HELP}\n`);
        return 1;
    }
    const { values, positionals } = parsed;
    const mode = values.mode;
    if (values.help) {
        io.stdout.write(VALIDATE_HELP + '\n');
        return 0;
    }
    if (positionals.length !== 1 || (mode !== undefined && mode !== 'paper' && mode !== 'live')) {
        io.stderr.write(`preflight validate: give one suite file${mode !== undefined && mode !== 'paper' && mode !== 'live' ? ' and --mode paper or live' : ''}\n\n${VALIDATE_HELP}\n`);
        return 1;
    }
    const file = positionals[0];
    // The selections a run would make: the one asked for, or by default paper's and live's.
    const modes = mode === undefined ? model/* MODES */.FN : [mode];
    const selections = modes.map((m) => ({ mode: m, subset: values.subset ?? lib_settings/* DEFAULT_SUBSET */.NG[m] }));
    const { validateSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(197), __webpack_require__.e(815), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 52600));
    const errors = await validateSuiteFile(file, selections);
    if (errors.length > 0) {
        io.stderr.write(errors.join('\n') + '\n');
        return 1;
    }
    io.stdout.write(`${file}: valid\n`);
    return 0;
}
/** The document's confirmations; never a prompt without a terminal. */
async function main_confirm(mode, decision, yes, io) {
    const total = mode === 'live' ? 6 : 3;
    io.stdout.write(`\nStep 1/${total}: Operator confirmation...\n`);
    if (yes) {
        io.stdout.write('Confirmed with --yes.\n');
        return 'confirmed';
    }
    if (!io.stdin.isTTY || !io.stdout.isTTY) {
        io.stderr.write('preflight launch: operator confirmation needs a terminal; pass --yes for unattended use.\n');
        return 'no-terminal';
    }
    const prompt = (0,promises_.createInterface)({ input: io.stdin, output: io.stdout });
    // Ctrl-C at a prompt reaches readline as input, not as a signal; end of input closes it.
    const stop = new AbortController();
    let interrupted = false;
    prompt.on('SIGINT', () => {
        interrupted = true;
        stop.abort();
    });
    prompt.once('close', () => stop.abort());
    const ask = (query) => prompt.question(query, { signal: stop.signal });
    try {
        if (decision.grantedOverride === 'force-start') {
            await ask('Press ENTER to acknowledge and continue...');
        }
        if (decision.grantedOverride === 'skip' && mode === 'live') {
            const phrase = await ask(`Type '${lib_settings/* SKIP_PHRASE */.qf}' to continue: `);
            if (phrase.trim() !== lib_settings/* SKIP_PHRASE */.qf)
                return 'refused';
        }
        const answer = await ask("Type 'YES' to confirm: ");
        return answer.trim() === 'YES' ? 'confirmed' : 'refused';
    }
    catch (error) {
        if (!stop.signal.aborted)
            throw error;
        io.stdout.write('\n');
        return interrupted ? 'interrupted' : 'ended';
    }
    finally {
        prompt.close();
    }
}
function launch(argv, io) {
    const [file, ...args] = argv;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: 'inherit', env: io.env });
        child.on('error', (error) => {
            io.stderr.write(`preflight launch: could not start ${file}: ${error.message}\n`);
            resolve(1);
        });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : 1)));
    });
}

;// CONCATENATED MODULE: ./lib/cli/process.js
// The `preflight` process: zod's setting, the signals, the real streams; then `main`.




async function runCli(argv) {
    // Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
    (0,core/* config */.$W)({ jitless: true });
    // Ctrl-C or a kill of the CLI stops the suite, writes the report and logs GATE_CANCELLED.
    const signal = abortOnSignals((s) => (s === 'SIGINT' ? 130 : 143));
    return main(argv, {
        stdout: outliving(process.stdout),
        stderr: outliving(process.stderr),
        stdin: process.stdin,
        env: process.env,
        signal,
    });
}
/**
 * The console, for as long as it is there. When it goes away (`preflight run … | head` once head
 * has exited: EPIPE), the run goes on without it: the suite is not held up by a pipe nobody
 * reads, and the report and the operational log, which are the evidence, are still written.
 */
function outliving(target) {
    let gone = false;
    let waiting = null;
    const goneNow = () => {
        gone = true;
        waiting?.();
        waiting = null;
    };
    target.on('error', goneNow);
    target.on('close', goneNow);
    const stream = new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            if (gone || target.write(chunk))
                return done();
            waiting = done;
            target.once('drain', () => {
                if (waiting !== done)
                    return;
                waiting = null;
                done();
            });
        },
    });
    return Object.assign(stream, { isTTY: target.isTTY });
}


/***/ }),

/***/ 58825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   PA: () => (/* binding */ overridePolicy),
/* harmony export */   gd: () => (/* binding */ OVERRIDE_POLICY),
/* harmony export */   j0: () => (/* binding */ requestedOverride),
/* harmony export */   uh: () => (/* binding */ modeOrStrictest)
/* harmony export */ });
/* unused harmony exports stepFails, OVERRIDDEN_STATUS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// Fail-closed: `proceed` is returned only from the rows that allow it.

const HARD_ABORTS = new Set([
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
]);
function decide(input) {
    const decision = decideOutcome(input);
    if (input.reportUploadFailed && input.mode === 'live') {
        return {
            ...decision,
            verdict: 'abort',
            // 0 and 3 mean "launch"; a failure's own code (1, 2) still says what the suite found.
            gateExitCode: decision.gateExitCode === 0 || decision.gateExitCode === 3 ? 1 : decision.gateExitCode,
            grantedOverride: null,
            hardAbort: true,
        };
    }
    return decision;
}
function decideOutcome(input) {
    const { status, approvalVerified } = input;
    if (status === 'passed')
        return plain('proceed', 0);
    if (status === 'p2-warned')
        return plain('proceed', 3);
    const override = requestedOverride(status, input.forceStart);
    if (override !== null) {
        // A P1 failure keeps its code either way; an unapproved skip is an abort (1).
        const exit = override === 'force-start' ? _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EXIT_CODE */ .mS['p1-failed'] : approvalVerified ? 0 : 1;
        return withOverride(override, exit, approvalVerified);
    }
    if (status === 'p1-failed')
        return plain('abort', _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EXIT_CODE */ .mS['p1-failed']);
    if (HARD_ABORTS.has(status)) {
        const exit = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isExitStatus */ .xj)(status) ? _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EXIT_CODE */ .mS[status] : 1;
        return { ...plain('abort', exit), hardAbort: true };
    }
    // A status this table does not know (and a skip that was never requested): never proceed.
    return { ...plain('abort', 1), hardAbort: true };
}
function plain(verdict, gateExitCode) {
    return { verdict, gateExitCode, requestedOverride: null, grantedOverride: null, hardAbort: false };
}
/** A requested override: granted only with a verified approval, else awaiting one. */
function withOverride(override, gateExitCode, granted) {
    return {
        verdict: granted ? 'proceed' : 'approval-required',
        gateExitCode,
        requestedOverride: override,
        grantedOverride: granted ? override : null,
        hardAbort: false,
    };
}
/** The step fails for every verdict but `proceed`: a workflow that ignores outputs never deploys. */
function stepFails(decision) {
    return decision.verdict !== 'proceed';
}
/** The source document's approvers per mode and override. */
const OVERRIDE_POLICY = {
    paper: {
        'force-start': { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
        skip: { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
    },
    live: {
        'force-start': {
            roles: ['Risk Manager', 'CTO / Technical Lead'],
            requiredApprovals: 2,
            commentRequired: true,
        },
        skip: { roles: ['CTO'], requiredApprovals: 1, commentRequired: true },
    },
};
function overridePolicy(mode, override) {
    return OVERRIDE_POLICY[mode][override];
}
/** When the mode is unknown (invalid inputs), the stricter rules apply. */
function modeOrStrictest(mode) {
    return mode ?? 'live';
}
/** The override a status asks for: skip for a skipped suite, force-start for a requested P1 pass. */
function requestedOverride(status, forceStart) {
    if (status === 'skipped')
        return 'skip';
    if (status === 'p1-failed' && forceStart)
        return 'force-start';
    return null;
}
/** The status an override lets through: what the authorize action records. */
const OVERRIDDEN_STATUS = {
    'force-start': 'p1-failed',
    skip: 'skipped',
};


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ parseLevel),
/* harmony export */   fz: () => (/* binding */ levelFromMap),
/* harmony export */   mK: () => (/* binding */ parseLevelMap),
/* harmony export */   tv: () => (/* binding */ levelFromTokens)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
// Which level (P0, P1, P2) a test from another runner belongs to: its own `level` property,
// else the `level-map` input, else a p0/p1/p2 token in its name. No level means P0 (fail closed).


const LEVEL_NAME = /^p([0-2])(?:[_-][a-z0-9]+)*$/i;
/** `P0`, `p1`, the source document's `P0_HEALTH`, `P1_INTEGRATION`…; null for anything else. */
function parseLevel(text) {
    const match = LEVEL_NAME.exec(text.trim());
    return match ? `P${match[1]}` : null;
}
/** Parses `level-map` lines such as `P1: tests.integration.*` (blank lines and `#` comments skipped). */
function parseLevelMap(text) {
    const rules = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([^:]+):\s*(.+)$/.exec(line);
        const level = match ? parseLevel(match[1]) : null;
        if (!match || !level) {
            return {
                ok: false,
                error: `Input "level-map" line ${index + 1} ("${line.slice(0, 80)}") must read "P0: <glob>", "P1: <glob>" or "P2: <glob>".`,
            };
        }
        const pattern = match[2].trim();
        rules.push({ level, pattern, matches: picomatch__WEBPACK_IMPORTED_MODULE_1__(pattern, { dot: true }) });
    }
    return { ok: true, rules };
}
/** The most severe level among the rules that match `classname.name` or the file. */
function levelFromMap(rules, test) {
    const subjects = [test.classname ? `${test.classname}.${test.name}` : test.name];
    if (test.file)
        subjects.push(test.file);
    const matched = rules
        .filter((rule) => subjects.some((s) => rule.matches(s)))
        .map((rule) => rule.level);
    return mostSevere(matched);
}
/** A `p0`/`p1`/`p2` word in the test's name or classname (`test_p1_orders`, `P2_COSMETIC`). */
function levelFromTokens(test) {
    const words = `${test.classname ?? ''} ${test.name}`.split(/[^A-Za-z0-9]+/);
    return mostSevere(words.map((w) => (/^p[0-2]$/i.test(w) ? w.toUpperCase() : null)));
}
/** P0 before P1 before P2: with two candidates the stricter wins. */
function mostSevere(levels) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_.find((level) => levels.includes(level)) ?? null;
}


/***/ }),

/***/ 3328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ EXIT_CONTRACTS),
/* harmony export */   a$: () => (/* binding */ DEFAULT_EVIDENCE_SETTINGS),
/* harmony export */   bp: () => (/* binding */ REQUIRE_RESULTS),
/* harmony export */   pT: () => (/* binding */ DEFAULT_SUBSET_ARGS)
/* harmony export */ });
// The evidence inputs (results, level-map, exit-codes, require-results, subset-args) as the
// settings carry them. Kept apart from the parsers, so reading the inputs loads no parser.
const EXIT_CONTRACTS = ['preflight', 'any-failure'];
const REQUIRE_RESULTS = ['live', 'always', 'never'];
const DEFAULT_SUBSET_ARGS = '--subset {subset}';
const DEFAULT_EVIDENCE_SETTINGS = {
    results: [],
    levelMap: '',
    exitCodes: 'preflight',
    requireResults: 'live',
    subsetArgs: DEFAULT_SUBSET_ARGS,
};


/***/ }),

/***/ 59814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   S1: () => (/* binding */ EXIT_CODE_STATUS),
/* harmony export */   Sp: () => (/* binding */ statusFromChecks),
/* harmony export */   Yp: () => (/* binding */ outcomeWithoutChecks),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   mS: () => (/* binding */ STATUS_EXIT_CODE),
/* harmony export */   u3: () => (/* binding */ OVERRIDES),
/* harmony export */   xj: () => (/* binding */ isExitStatus)
/* harmony export */ });
/* unused harmony export worseStatus */
// The domain model shared by the suite runners (external command, built-in suite), the decision,
// the reporters and the publishers: what a suite found, and one gate run as it was decided.
// Nothing here imports @actions/*. The verdict table is in docs/verdicts.md.
const MODES = ['paper', 'live'];
const LEVELS = ['P0', 'P1', 'P2'];
/** What happened to the suite as a whole (the status column of docs/verdicts.md). */
const STATUSES = [
    'passed',
    'p2-warned',
    'p1-failed',
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
    'skipped',
];
const VERDICTS = ['proceed', 'abort', 'approval-required'];
const OVERRIDES = ['force-start', 'skip'];
/** An outcome where no check ran: the suite was invalid, missing or skipped. */
function outcomeWithoutChecks(status, notes, durationMs = 0) {
    return {
        status,
        exitCode: null,
        signal: null,
        durationMs,
        checks: [],
        notes,
        outputTail: '',
        outputTruncated: false,
    };
}
/** Severity order of the statuses that a suite's own exit code can produce. */
const SEVERITY = {
    passed: 0,
    'p2-warned': 1,
    'p1-failed': 2,
    'p0-failed': 3,
};
/** The source document's exit codes: 0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings. */
const EXIT_CODE_STATUS = {
    0: 'passed',
    1: 'p0-failed',
    2: 'p1-failed',
    3: 'p2-warned',
};
const STATUS_EXIT_CODE = {
    passed: 0,
    'p0-failed': 1,
    'p1-failed': 2,
    'p2-warned': 3,
};
function worseStatus(a, b) {
    return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
/** The status a list of check results implies: any P0 failed → p0, else P1 → p1, else P2 → p2. */
function statusFromChecks(checks) {
    const failed = (level) => checks.some((c) => c.level === level && c.status === 'failed');
    if (failed('P0'))
        return 'p0-failed';
    if (failed('P1'))
        return 'p1-failed';
    if (failed('P2'))
        return 'p2-warned';
    return 'passed';
}
function isExitStatus(status) {
    return status in SEVERITY;
}


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ appendOpsLog),
/* harmony export */   Bg: () => (/* binding */ opsLogEntry),
/* harmony export */   F1: () => (/* binding */ logTimestamp),
/* harmony export */   Gg: () => (/* binding */ formatOpsLogEntry),
/* harmony export */   Lx: () => (/* binding */ OPS_EVENTS),
/* harmony export */   d1: () => (/* binding */ AFTER_LAUNCH_EVENTS),
/* harmony export */   np: () => (/* binding */ OPS_LOG_FILE),
/* harmony export */   z2: () => (/* binding */ OPS_ENTRY_MARKER)
/* harmony export */ });
/* unused harmony exports appendLines, opsLogEntryMarker */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78689);
// The operational log the source document requires: one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.



const OPS_LOG_FILE = 'operational-log.jsonl';
const OPS_EVENTS = [
    'HEALTH_CHECK_FAILED',
    'OVERRIDE_FORCE_START_REQUESTED',
    'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED',
    'OVERRIDE_FORCE_START',
    'OVERRIDE_SKIP_HEALTH_CHECK',
    'OVERRIDE_REFUSED',
    // Checks that passed only after retries (flaky), listed once per run.
    'FLAKY_CHECKS',
    'REPORT_WRITE_FAILED',
    'REPORT_UPLOAD_FAILED',
    'GATE_CANCELLED',
    'GATE_ERROR',
    // The operator refused or interrupted the launcher's confirmation (the CLI).
    'OPERATOR_CANCELLED',
    // After the launch (preflight watch, launch --watch-interval): one entry per change of state.
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
    'FLEET_ABORTED',
];
/** Events of `preflight watch` and a supervised launch, not of a launch decision. */
const AFTER_LAUNCH_EVENTS = [
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
];
// Bounds that keep one entry small (one write, never interleaved with another run's).
const MAX_FAILURES = 50;
const MAX_APPROVERS = 20;
const MAX_TEXT = 2000;
/** The one way an entry is made, by every entry point; bounded in every field. */
function opsLogEntry(subject, at, event, details) {
    const failures = subject.failures.slice(0, MAX_FAILURES).map((f) => bounded(f, 200));
    if (subject.failures.length > MAX_FAILURES) {
        failures.push(`… and ${subject.failures.length - MAX_FAILURES} more (see the report)`);
    }
    return {
        timestamp: at.toISOString(),
        event,
        mode: subject.mode,
        status: subject.status,
        exitCode: subject.exitCode,
        gateExitCode: subject.decision.gateExitCode,
        failures,
        decision: subject.decision.verdict,
        operator: bounded(subject.operator, 200),
        approvers: subject.approvers
            .slice(0, MAX_APPROVERS)
            .map((a) => ({ login: bounded(a.login, 100), comment: bounded(a.comment, MAX_TEXT) })),
        reason: bounded(subject.reason, MAX_TEXT),
        ticket: bounded(subject.ticket, 500),
        runUrl: bounded(subject.runUrl, 500),
        details: bounded(details, MAX_TEXT),
    };
}
function bounded(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
/**
 * Appends entries as JSON lines with a single write to a file opened for appending: runs that
 * log at the same moment cannot split each other's lines (entries are bounded, see above).
 */
async function appendOpsLog(reportDir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, OPS_LOG_FILE);
    if (entries.length === 0)
        return file;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(reportDir, { recursive: true });
    await appendLines(file, entries);
    return file;
}
/** One write() of all the lines, to a regular file opened with O_APPEND. */
async function appendLines(file, entries) {
    await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_2__/* .appendRegularFile */ .F4)(file, Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8'));
}
/** An entry hidden in an issue comment, machine-readable: `<!-- preflight-entry: BASE64 -->`. */
const OPS_ENTRY_MARKER = /<!-- preflight-entry: ([A-Za-z0-9+/=]+) -->/g;
function opsLogEntryMarker(entry) {
    return `<!-- preflight-entry: ${Buffer.from(JSON.stringify(entry), 'utf8').toString('base64')} -->`;
}
/** `2025-11-15 08:53:04` in UTC, the document's timestamp style. */
function logTimestamp(date) {
    return date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}
/** The source document's text format, e.g. "[2025-11-15 08:53:04] HEALTH_CHECK_FAILED\n  Mode: LIVE". */
function formatOpsLogEntry(entry) {
    const lines = [`[${logTimestamp(new Date(entry.timestamp))}] ${entry.event}`];
    const field = (label, value) => {
        if (value !== '')
            lines.push(`  ${label}: ${value}`);
    };
    field('Mode', entry.mode?.toUpperCase() ?? 'UNKNOWN');
    field('Status', entry.status);
    field('Exit Code', entry.exitCode === null ? '' : `${entry.exitCode}${exitCodeMeaning(entry.exitCode)}`);
    field('Failures', entry.failures.join(', '));
    field('Decision', entry.decision.toUpperCase());
    field('Reason', entry.reason);
    field('Approved By', entry.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '));
    field('Documentation', entry.ticket);
    field('Details', entry.details);
    field('Operator', entry.operator);
    field('Run', entry.runUrl);
    return lines.join('\n');
}
function exitCodeMeaning(code) {
    const meaning = {
        0: ' (all passed)',
        1: ' (P0 failure)',
        2: ' (P1 failure)',
        3: ' (P2 warnings)',
    };
    return meaning[code] ?? ' (not a smoke-test exit code)';
}


/***/ }),

/***/ 20944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ matrixLabel),
/* harmony export */   f5: () => (/* binding */ provenanceFromEnv),
/* harmony export */   j9: () => (/* binding */ provenanceSchema)
/* harmony export */ });
/* unused harmony exports matrixSchema, parseMatrix */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
// Where and for what a gate ran: the commit, the run, the job and its matrix values, the runner
// and the host. Every report carries it, so a fleet aggregation and a deploy job's `require`
// step can refuse evidence written for another commit, run, mode or machine. Pure: the caller
// hands in the environment and the host name.



/** A matrix is a handful of scalar values; anything larger is not kept. */
const MATRIX_LIMIT_CHARS = 4096;
const matrixSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(1000), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ()]));
const provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    job: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The job's matrix values (the gate's `matrix` input, `${{ toJSON(matrix) }}`), if given. */
    matrix: matrixSchema.nullable(),
    runnerName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    host: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN).nullable(),
});
/**
 * The runner exports everything here but the matrix values: those come from the gate's
 * `matrix` input (INPUT_MATRIX), or PREFLIGHT_MATRIX for the CLI. A value that is not a flat
 * JSON object of scalars is left out (null) rather than guessed at.
 */
function provenanceFromEnv(env, mode, host = node_os__WEBPACK_IMPORTED_MODULE_0__.hostname()) {
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        job: env.GITHUB_JOB ?? '',
        matrix: parseMatrix(env.INPUT_MATRIX || env.PREFLIGHT_MATRIX || ''),
        runnerName: env.RUNNER_NAME ?? '',
        host,
        mode,
    };
}
function parseMatrix(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === 'null' || trimmed.length > MATRIX_LIMIT_CHARS)
        return null;
    try {
        const parsed = matrixSchema.safeParse(JSON.parse(trimmed));
        return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
    }
    catch {
        return null;
    }
}
/** `os=ubuntu, host=paper-1`: the matrix values in one line, for tables and messages. */
function matrixLabel(matrix) {
    if (!matrix)
        return '';
    return Object.entries(matrix)
        .map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`)
        .join(', ');
}


/***/ }),

/***/ 67429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GA: () => (/* binding */ isGateFile),
  BL: () => (/* binding */ isReservedReport),
  l_: () => (/* binding */ reportBaseName),
  IU: () => (/* binding */ reportFiles),
  XA: () => (/* binding */ reserveReportPaths),
  Li: () => (/* binding */ writeReports)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
;// CONCATENATED MODULE: ./lib/report/json.js
// The report's data as JSON, for machines.

function renderJsonReport(run) {
    const { outcome, decision } = run;
    return (JSON.stringify({
        schemaVersion: 1,
        date: run.startedAt.toISOString(),
        mode: run.mode,
        provenance: run.provenance ?? null,
        subset: run.subset,
        suite: run.source,
        status: outcome.status,
        verdict: decision.verdict,
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        gateExitCode: decision.gateExitCode,
        override: decision.grantedOverride,
        requestedOverride: decision.requestedOverride,
        durationMs: Math.round(outcome.durationMs),
        checks: outcome.checks,
        notes: outcome.notes,
        appendedArgs: outcome.appendedArgs ?? [],
        evidenceFiles: outcome.evidenceFiles ?? [],
        suiteReports: (outcome.suiteReports ?? []).map((f) => external_node_path_.basename(f)),
        unmappedChecks: outcome.unmappedChecks ?? [],
        approval: run.approval,
        operator: run.operator,
        runUrl: run.runUrl,
        operationalLog: run.opsLog,
        outputTail: outcome.outputTail,
        outputTruncated: outcome.outputTruncated,
    }, null, 2) + '\n');
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var report_markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/report/files.js
// Where a run's report files go, and writing them. Names never collide: the Markdown file is
// reserved with an exclusive create before the suite starts.







const MAX_NAME_ATTEMPTS = 100;
const GATE_SUFFIXES = [
    '.md',
    '.json',
    '.junit.xml',
    '.output.log',
    '.oplog.jsonl',
    // preflight watch keeps its hooks' output next to the report of the run that triggered them
    '.kill-switch.log',
    '.on-p1.log',
];
/** Whether a file in a report directory is the gate's own (a report, its log, a lock, an archive). */
function isGateFile(file) {
    const name = external_node_path_.basename(file);
    if (name === opslog/* OPS_LOG_FILE */.np || name.startsWith('.') || name === 'archive')
        return true;
    const suffix = GATE_SUFFIXES.find((s) => name.endsWith(s));
    if (suffix === undefined)
        return false;
    const markdown = external_node_path_.join(external_node_path_.dirname(file), name.slice(0, -suffix.length) + '.md');
    try {
        // Non-blocking, and only a regular file: a FIFO named like a report must not hang the gate.
        // Never through a link: the gate writes none, and a chain the suite planted resolves slowly.
        const fd = (0,external_node_fs_.openSync)(markdown, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW);
        try {
            if (!(0,external_node_fs_.fstatSync)(fd).isFile())
                return false;
            const head = Buffer.alloc(report_markdown/* GATE_REPORT_MARKER */.U$.length);
            (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            return head.toString('utf8') === report_markdown/* GATE_REPORT_MARKER */.U$;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
/** A gate's Markdown report that is reserved but not written yet: its run is in progress. */
function isReservedReport(markdown) {
    try {
        const info = (0,external_node_fs_.lstatSync)(markdown);
        return info.isFile() && info.size === report_markdown/* GATE_REPORT_MARKER */.U$.length + 1 && isGateFile(markdown);
    }
    catch {
        return false;
    }
}
/** `SMOKE_TEST_INSTITUTIONAL_20251115_085304` in UTC. */
function reportBaseName(date) {
    const stamp = date
        .toISOString()
        .replace(/\.\d+Z$/, '')
        .replace(/-|:/g, '')
        .replace('T', '_');
    return `SMOKE_TEST_INSTITUTIONAL_${stamp}`;
}
async function reserveReportPaths(reportDir, date) {
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const stem = reportBaseName(date);
    for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
        const base = external_node_path_.join(reportDir, attempt === 1 ? stem : `${stem}_${attempt}`);
        try {
            const handle = await (0,promises_.open)(`${base}.md`, 'wx');
            await handle.writeFile(report_markdown/* GATE_REPORT_MARKER */.U$ + '\n').finally(() => handle.close());
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        return {
            markdown: `${base}.md`,
            json: `${base}.json`,
            junit: `${base}.junit.xml`,
            outputLog: `${base}.output.log`,
            opsLog: external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np),
            runOpsLog: `${base}.oplog.jsonl`,
        };
    }
    throw new Error(`Could not find a free report name in ${reportDir} after ${MAX_NAME_ATTEMPTS} tries.`);
}
/**
 * Writes every report file of the run; returns what could not be written (each renderer and each
 * file on its own, so one failure leaves the others complete).
 */
async function writeReports(run, paths) {
    const files = [
        [paths.markdown, () => (0,report_markdown/* renderMarkdownReport */._9)(run)],
        [paths.json, () => renderJsonReport(run)],
        // The XML builder loads only here, off the start-up path.
        [paths.junit, async () => (await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(925), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 65470))).renderJunitReport(run)],
        [paths.runOpsLog, () => run.opsLog.map((e) => JSON.stringify(e) + '\n').join('')],
    ];
    const results = await Promise.allSettled(files.map(async ([file, render]) => writeAtomically(file, await render())));
    return results.flatMap((result, i) => result.status === 'rejected'
        ? [`${external_node_path_.basename(files[i]?.[0] ?? '')}: ${result.reason.message}`]
        : []);
}
/**
 * Written under a hidden name, then renamed: another run never sees a report half written (a
 * Markdown report without its marker would pass for a suite's).
 */
async function writeAtomically(file, data) {
    const hidden = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${process.pid}.writing`);
    try {
        await (0,safe_file/* writeRegularFile */.E2)(hidden, data);
        // The name must still be a regular file (or free) before it is replaced.
        const existing = await (0,promises_.lstat)(file).catch(() => null);
        if (existing && !existing.isFile())
            throw new Error(`${file} is not a regular file`);
        await (0,promises_.rename)(hidden, file);
    }
    catch (error) {
        await (0,promises_.rm)(hidden, { force: true });
        throw error;
    }
}
/** The files of one run, as they go into the artifact. */
function reportFiles(paths) {
    return [paths.markdown, paths.json, paths.junit, paths.runOpsLog, paths.outputLog].filter((f) => f !== null);
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ GATE_REPORT_MARKER),
/* harmony export */   _9: () => (/* binding */ renderMarkdownReport)
/* harmony export */ });
/* unused harmony exports REPORT_TITLE, resultsTable, evidenceLines, flakyLines, approvalLines */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54020);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5747);
// The source document's report: reports/health/SMOKE_TEST_INSTITUTIONAL_<timestamp>.md.




const REPORT_TITLE = 'Institutional Smoke Test Report';
/**
 * The first line of every Markdown report the gate reserves and writes (invisible when rendered):
 * it tells the gate's reports from those a suite writes in the same directory, also while
 * another gate run there is still writing its own (isGateFile in files.ts).
 */
const GATE_REPORT_MARKER = '<!-- preflight-gate report -->';
const CHECK_MARK = { passed: '✓', failed: '✗', skipped: '–' };
function renderMarkdownReport(run) {
    const { outcome, decision } = run;
    const lines = [
        GATE_REPORT_MARKER,
        `# ${REPORT_TITLE}`,
        '',
        `**Date**: ${(0,_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .logTimestamp */ .F1)(run.startedAt)}`,
        `**Mode**: ${run.mode?.toUpperCase() ?? 'UNKNOWN'}`,
        `**Status**: ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_LINE */ .qn[outcome.status]}`,
        `**Exit Code**: ${outcome.exitCode ?? (outcome.signal ? `none (signal ${outcome.signal})` : 'none')}`,
        `**Duration**: ${(outcome.durationMs / 1000).toFixed(2)}s`,
        `**Verdict**: ${decision.verdict.toUpperCase()}${decision.grantedOverride ? ` (override: ${decision.grantedOverride})` : ''}`,
        `**Gate Exit Code**: ${decision.gateExitCode}`,
        `**Subset**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')}`,
        `**Suite**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.source)}`,
        ...(outcome.appendedArgs && outcome.appendedArgs.length > 0
            ? [`**Appended Arguments**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`]
            : []),
        '',
        '## Test Results',
        ...resultsTable(run),
        ...evidenceLines(run),
    ];
    if (outcome.notes.length > 0) {
        lines.push('', '## Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...flakyLines(run, '##'));
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    if (failed.length > 0) {
        lines.push('', '## Failed Checks');
        for (const check of failed) {
            lines.push('', `### ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.name)} (${check.level})`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.message, 4000));
            if (check.remediation)
                lines.push('', `**Remediation**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.remediation, 4000)}`);
            if (check.output)
                lines.push('', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(check.output));
        }
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', `## Suite Output${outcome.outputTruncated ? ' (last part only)' : ''}`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(outcome.outputTail));
    }
    if (run.approval) {
        lines.push('', '## Approval', ...approvalLines(run));
    }
    if (run.opsLog.length > 0) {
        lines.push('', '## Operational Log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    return lines.join('\n') + '\n';
}
function resultsTable(run) {
    const { outcome } = run;
    const header = [
        '| Test | Level | Status | Duration | Message |',
        '|------|-------|--------|----------|---------|',
    ];
    if (outcome.checks.length === 0) {
        const summary = outcome.notes[0] ?? _model_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_LINE */ .qn[outcome.status];
        return [
            ...header,
            `| Smoke suite | ${suiteLevel(run)} | ${outcome.status === 'passed' ? '✓' : outcome.status === 'skipped' ? '–' : '✗'} | ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(outcome.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(summary)} |`,
        ];
    }
    return [
        ...header,
        ...outcome.checks.map((c) => `| ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.name, 200)} | ${c.level} | ${CHECK_MARK[c.status]} | ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(c.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.message)} |`),
    ];
}
/** Where the results came from, the suite's own reports, and tests that declared no level. */
function evidenceLines(run, heading = '##', withSuiteReports = true) {
    const { evidenceFiles = [], suiteReports = [], unmappedChecks = [] } = run.outcome;
    const lines = [];
    if (evidenceFiles.length > 0) {
        lines.push('', `**Results read from**: ${evidenceFiles.map((f) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f)).join(', ')}`);
    }
    if (withSuiteReports && suiteReports.length > 0) {
        lines.push('', `${heading} Suite Reports`, '', 'Written by the suite itself in the report directory during this run (kept, and in the artifact):', ...suiteReports.map((f) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(f))}`));
    }
    if (unmappedChecks.length > 0) {
        lines.push('', `${heading} Unmapped Tests (counted as P0)`, '', 'No level property, no level-map rule and no p0/p1/p2 word in the name:', ...unmappedChecks.slice(0, 50).map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(n, 200)}`), ...(unmappedChecks.length > 50 ? [`- … and ${unmappedChecks.length - 50} more`] : []));
    }
    return lines;
}
function suiteLevel(run) {
    switch (run.outcome.status) {
        case 'p1-failed':
            return 'P1';
        case 'p2-warned':
            return 'P2';
        default:
            return 'P0';
    }
}
/** Checks that passed only after retries: passed, but counted and named as flaky. */
function flakyLines(run, heading) {
    const flaky = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .flakyCheckNames */ .ib)(run.outcome);
    if (flaky.length === 0)
        return [];
    return [
        '',
        `${heading} Flaky Checks (${flaky.length})`,
        '',
        'Passed only after retries; a check that must pass at once can say `flaky: fail`.',
        ...flaky.map((name) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(name)}`),
    ];
}
function approvalLines(run) {
    const approval = run.approval;
    if (!approval)
        return [];
    const lines = [
        '',
        `- Environment: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(approval.environment)}`,
        `- Approvals required: ${approval.requiredApprovals}`,
        `- Result: ${approval.granted ? '✅ granted' : '❌ refused'}`,
    ];
    for (const a of approval.approvers) {
        lines.push(`- Approved by ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(a.login)}${a.comment ? `: “${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(a.comment)}”` : ''}`);
    }
    for (const r of approval.refusals)
        lines.push(`- Refused: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(r, 2000)}`);
    for (const w of approval.warnings)
        lines.push(`- Warning: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(w, 2000)}`);
    return lines;
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ failedCheckNames),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ib: () => (/* binding */ flakyCheckNames),
/* harmony export */   qn: () => (/* binding */ STATUS_LINE)
/* harmony export */ });
// What every renderer shares: the status lines, failed-check names and durations.
const STATUS_LINE = {
    passed: '✅ ALL TESTS PASSED',
    'p2-warned': '⚠️ P2 WARNINGS (non-critical)',
    'p1-failed': '❌ P1 FAILURES',
    'p0-failed': '❌ P0 FAILURES',
    timeout: '❌ TIMEOUT',
    crashed: '❌ CRASHED',
    missing: '❌ SUITE NOT FOUND',
    invalid: '❌ CONFIGURATION INVALID',
    skipped: '⚠️ SKIPPED',
};
/** Checks that passed only after retries: flaky, shown as such (name and attempts). */
function flakyCheckNames(outcome) {
    return outcome.checks
        .filter((c) => c.status === 'passed' && (c.attempts ?? 1) > 1)
        .map((c) => `${c.name} (${c.level}, ${c.attempts} attempts)`);
}
/** Checks that failed, with the suite's own exit status standing in when it reported none. */
function failedCheckNames(outcome) {
    const failed = outcome.checks
        .filter((c) => c.status === 'failed')
        .map((c) => `${c.name} (${c.level})`);
    if (failed.length > 0)
        return failed;
    if (outcome.status === 'passed' || outcome.status === 'skipped')
        return [];
    return [`smoke suite: ${outcome.status}`];
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`;
}


/***/ }),

/***/ 21158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ pruneReports),
/* harmony export */   xX: () => (/* binding */ retainAfterRun)
/* harmony export */ });
/* unused harmony exports ARCHIVE_DIR, reportTime, isRotatedLog */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8609);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78689);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73024);
// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name); the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.





const ARCHIVE_DIR = 'archive';
const LOCK_FILE = '.prune.lock';
const DAY_MS = 24 * 60 * 60 * 1000;
const REPORT_NAME = /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/;
const ROTATED_LOG = /^operational-log-\d{4}-\d{2}(?:_\d+)?\.jsonl$/;
/** The time in a report's name, or null for any other file. */
function reportTime(name) {
    const m = REPORT_NAME.exec(name);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return Number.isNaN(date.getTime()) ? null : date;
}
function isRotatedLog(name) {
    return ROTATED_LOG.test(name);
}
async function pruneReports(reportDir, retentionDays, now) {
    const result = { archived: {}, rotatedLog: null, busy: false };
    if (retentionDays === 0)
        return result;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(reportDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return result;
        throw error;
    }
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const byMonth = new Map();
    for (const name of entries) {
        const time = reportTime(name);
        if (time === null || time.getTime() >= cutoff)
            continue;
        // Never follow a link or read a FIFO named like a report.
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name))).isFile())
            continue;
        const month = time.toISOString().slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name)]);
    }
    const logMonth = await firstEntryMonth(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _opslog_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np));
    const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7);
    if (byMonth.size === 0 && !rotate)
        return result;
    const archiveDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, ARCHIVE_DIR);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(archiveDir, { recursive: true });
    if (!(await takeLock(archiveDir)))
        return { ...result, busy: true };
    try {
        await removeLeftovers(archiveDir);
        // Loaded only when there is something to archive: the gate's verdict path does not pay for tar.
        const { archiveFiles } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 21604));
        for (const [month, files] of [...byMonth].sort()) {
            const archive = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, `${month}.tar.gz`);
            await archiveFiles(archive, files.sort());
            result.archived[archive] = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f));
        }
        if (rotate)
            result.rotatedLog = await rotateLog(reportDir, archiveDir, logMonth);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, LOCK_FILE), { force: true });
    }
    return result;
}
/** The month (YYYY-MM) of the log's first entry; null when there is no log or no readable entry. */
async function firstEntryMonth(file) {
    let handle;
    try {
        handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularForReading */ .KR)(file);
    }
    catch {
        return null;
    }
    try {
        const buffer = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
        const match = /"timestamp":"(\d{4}-\d{2})-/.exec(firstLine);
        return match?.[1] ?? null;
    }
    finally {
        await handle.close();
    }
}
/** Renames the log into the archive directory (atomic; writers reopen it by name). */
async function rotateLog(reportDir, archiveDir, month) {
    for (let attempt = 1; attempt <= 100; attempt++) {
        const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`;
        const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, name);
        try {
            await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(target, 'wx')).close();
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _opslog_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np), target);
        return target;
    }
    throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`);
}
/** One prune at a time per directory; a lock left by a process that died is taken over. */
async function takeLock(archiveDir) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(lock, processIdentity(process.pid), { flag: 'wx' });
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // The holder is its pid and start time: a pid the system reused for another process after
        // the holder died does not keep the lock.
        const [pid, started = ''] = (await readSmall(lock)).split(' ');
        const holder = Number(pid);
        if (Number.isInteger(holder) &&
            holder > 0 &&
            processAlive(holder) &&
            (started === '' || processIdentity(holder) === `${holder} ${started}`))
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(lock).catch(() => undefined);
    }
    return false;
}
async function readSmall(file) {
    try {
        const handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularForReading */ .KR)(file);
        try {
            const buffer = Buffer.alloc(64);
            const { bytesRead } = await handle.read(buffer, 0, 64, 0);
            return buffer.subarray(0, bytesRead).toString('utf8').trim();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}
/** `pid starttime` (Linux /proc; elsewhere the pid alone). */
function processIdentity(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_4__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
        return started ? `${pid} ${started}` : String(pid);
    }
    catch {
        return String(pid);
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Temporary archives and staging directories of a prune that was killed: never the only copy. */
async function removeLeftovers(archiveDir) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(archiveDir)) {
        if (/^\.staging-/.test(name) || /^\..+\.tar\.gz\.tmp-\d+$/.test(name)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, name), { recursive: true, force: true });
        }
    }
}
/** Retention after a gate run: a failure never changes the verdict, it only adds a note. */
async function retainAfterRun(notes, reportDir, retentionDays, now) {
    if (retentionDays === undefined)
        return;
    try {
        await pruneReports(reportDir, retentionDays, now);
    }
    catch (error) {
        notes.push(`Old reports could not be archived (report-retention-days): ${error.message}. Nothing was removed that is not archived; run "preflight prune" to retry.`);
    }
}


/***/ }),

/***/ 64708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ commandArgv),
  runCommandSuite: () => (/* binding */ runCommandSuite)
});

// UNUSED EXPORTS: subsetArgv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/evidence/files.js
// Finding and reading results files the suite wrote. Only regular files are read, each bounded:
// a FIFO or a link to /dev/zero where a results file should be must never hang or bloat the gate.




const MAX_RESULTS_BYTES = 8 * 1024 * 1024;
const MAX_RESULTS_FILES = 200;
/** How deep a `**` glob may descend below the working directory, and for how long. */
const MAX_GLOB_DEPTH = 16;
const GLOB_TIMEOUT_MS = 10_000;
/**
 * Files stat()ed at once: fewer than the thread pool's four threads, so a stat that hangs
 * (a dead network mount) never holds them all and the gate's own report writes still run.
 */
const STAT_CONCURRENCY = 3;
/** Links in the report directory the gate resolves (each may be a slow chain the suite planted). */
const MAX_LINKS = 1000;
/** Directory entries lstat()ed between two turns of the event loop. */
const DIRECTORY_BATCH = 256;
async function stampOf(file) {
    try {
        return stampOfStats(await (0,promises_.stat)(file));
    }
    catch {
        return null;
    }
}
function entryStamp(file) {
    try {
        const s = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        return s === undefined ? null : { stamp: stampOfStats(s), link: s.isSymbolicLink() };
    }
    catch {
        return null;
    }
}
function stampOfStats(s) {
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}
/** Every existing path the patterns name, absolute; literal paths are kept even if not regular. */
async function expandPatterns(patterns, cwd) {
    const found = new Set();
    for (const pattern of patterns) {
        if (!picomatch.scan(pattern).isGlob) {
            const file = external_node_path_.resolve(cwd, pattern);
            if ((await stampOf(file)) !== null)
                found.add(file);
            continue;
        }
        // The glob walker loads only for patterns that need it.
        const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
        const matches = await glob(pattern, {
            cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            expandDirectories: false,
            followSymbolicLinks: true,
            deep: MAX_GLOB_DEPTH,
            signal: AbortSignal.timeout(GLOB_TIMEOUT_MS),
        }).catch((error) => {
            throw new Error(`Input "results" pattern "${pattern}" could not be expanded within ${GLOB_TIMEOUT_MS / 1000} s: ${error.message}. Use a narrower pattern.`);
        });
        for (const match of matches)
            found.add(external_node_path_.resolve(match));
    }
    return [...found].sort();
}
/** The stamps of the given files (links followed: a results file may be a link). */
async function snapshotFiles(files) {
    const snapshot = new Map();
    const stamps = await stampsOf(files);
    files.forEach((file, i) => {
        const stamp = stamps[i];
        if (stamp != null)
            snapshot.set(file, stamp);
    });
    return snapshot;
}
/**
 * The stamps of every entry of a directory (not recursive). A report directory holds months of
 * runs, and the suite may fill it: each entry is lstat()ed on this thread (a few µs, where a
 * round trip through the thread pool costs ~50 µs), and the loop yields every DIRECTORY_BATCH
 * entries so a signal is still answered at once. Only links are resolved, on the thread pool.
 */
async function snapshotDirectory(dir) {
    const snapshot = new Map();
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch {
        return snapshot; // a directory that does not exist yet holds nothing the suite wrote
    }
    const links = [];
    for (let i = 0; i < entries.length; i++) {
        if (i > 0 && i % DIRECTORY_BATCH === 0)
            await new Promise((resolve) => setImmediate(resolve));
        const file = external_node_path_.join(dir, entries[i]);
        const entry = entryStamp(file);
        if (entry === null)
            continue;
        snapshot.set(file, entry.stamp);
        if (entry.link)
            links.push(file);
    }
    // A report written through a link changes its target, not the link: a link's stamp includes
    // its target's, looked up off this thread (a chain of links the suite planted resolves slowly,
    // hence a bound on how many).
    if (links.length > MAX_LINKS) {
        throw new Error(`The report directory ${dir} holds ${links.length} symbolic links; the gate follows at most ${MAX_LINKS} to see what the suite wrote through them. Remove the links, or give the gate a report-dir of its own.`);
    }
    const targets = await stampsOf(links);
    links.forEach((file, i) => snapshot.set(file, `${snapshot.get(file)}>${targets[i] ?? 'none'}`));
    return snapshot;
}
/** The files in `after` that are new or changed since `before`: what the run wrote. */
async function changedSince(before, files) {
    const written = [];
    const stale = [];
    const stamps = await stampsOf(files);
    files.forEach((file, i) => {
        const stamp = stamps[i];
        if (stamp == null)
            return;
        if (before.get(file) === stamp)
            stale.push(file);
        else
            written.push(file);
    });
    return { written, stale };
}
/** Stamps of files (links followed), on the thread pool, STAT_CONCURRENCY at a time. */
async function stampsOf(files) {
    const stamps = new Array(files.length).fill(null);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < files.length; i = next++)
            stamps[i] = await stampOf(files[i]);
    };
    await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, files.length) }, worker));
    return stamps;
}
/**
 * Reads a regular file of at most maxBytes. Opened non-blocking, so a FIFO returns at once and
 * is refused after fstat, as is a device; the read stops at the limit even if the file grows.
 */
async function readRegularFile(file, maxBytes = MAX_RESULTS_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return { ok: false, error: `cannot be opened: ${error.message}` };
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            return {
                ok: false,
                error: `is not a regular file (${describeKind(info)}); results must be regular files`,
            };
        }
        if (info.size > maxBytes) {
            return {
                ok: false,
                error: `is ${info.size} bytes, over the ${maxBytes}-byte limit for results`,
            };
        }
        // One byte past the size seen, to notice a file that grows while it is read.
        const capacity = info.size + 1;
        const buffer = Buffer.alloc(capacity);
        let length = 0;
        // Bounded: each read either advances towards the capacity or returns 0 at the end.
        while (length < capacity) {
            const { bytesRead } = await handle.read(buffer, length, capacity - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > info.size) {
            return {
                ok: false,
                error: 'kept growing while being read; write results before the suite exits',
            };
        }
        return { ok: true, text: buffer.subarray(0, length).toString('utf8') };
    }
    catch (error) {
        return { ok: false, error: `cannot be read: ${error.message}` };
    }
    finally {
        await handle.close();
    }
}
function describeKind(info) {
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}

// EXTERNAL MODULE: ./lib/evidence/levels.js
var levels = __webpack_require__(6670);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/evidence/collect.js
// The evidence of one run: before the suite starts, what the results patterns and the report
// directory already hold; after it exits, the per-check results it wrote, with their levels.




/** The source document's own report name, which the suite writes in the report directory. */
const SUITE_REPORT_PATTERN = /^SMOKE_TEST_INSTITUTIONAL_.*\.md$/;
/** Taken before the suite starts, so only what the run wrote counts as its evidence. */
async function watchEvidence(settings, scope) {
    const map = (0,levels/* parseLevelMap */.mK)(settings.levelMap);
    if (!map.ok)
        throw new Error(map.error);
    const existing = await expandPatterns(settings.results, scope.cwd);
    const before = await snapshotFiles(existing);
    const reportDirBefore = scope.reportDir ? await snapshotDirectory(scope.reportDir) : new Map();
    return { settings, scope, rules: map.rules, before, reportDirBefore };
}
async function collectEvidence(watch) {
    const { settings, scope } = watch;
    const notes = [];
    const { reports: suiteReports, otherGate } = await reportsWrittenBySuite(watch);
    const candidates = [scope.preflightResults];
    if (settings.results.length > 0) {
        const matched = await expandPatterns(settings.results, scope.cwd);
        const { written, stale } = await changedSince(watch.before, matched);
        if (stale.length > 0) {
            notes.push(`Ignored ${stale.length} results file(s) the suite did not write during this run: ${listed(stale, scope.cwd)}.`);
        }
        if (written.length === 0) {
            notes.push(`Input "results" (${settings.results.join(', ')}) matched no file written during this run (relative to ${scope.cwd}).`);
        }
        candidates.push(...written);
    }
    else {
        const own = suiteReports.filter((f) => SUITE_REPORT_PATTERN.test(external_node_path_.basename(f)));
        if (own.length > 0 && otherGate !== null) {
            return {
                checks: null,
                files: [],
                suiteReports,
                unmapped: [],
                notes,
                error: `Another gate run used the report directory while this suite ran (${external_node_path_.basename(otherGate)}), so the suite reports that appeared there (${listed(own, scope.cwd)}) cannot be attributed to this run. Give each run its own report-dir, or name this suite's results with "results".`,
            };
        }
        candidates.push(...own);
    }
    const files = [];
    const tests = [];
    const fail = (error) => ({
        checks: null,
        files,
        suiteReports,
        unmapped: [],
        notes,
        error,
    });
    if (candidates.length > MAX_RESULTS_FILES + 1) {
        return fail(`${candidates.length - 1} results files matched; at most ${MAX_RESULTS_FILES} are read. Narrow "results".`);
    }
    for (const file of candidates) {
        if (file === scope.preflightResults && !(await exists(file)))
            continue;
        const shown = file === scope.preflightResults ? 'PREFLIGHT_RESULTS' : displayPath(file, scope.cwd);
        const read = await readRegularFile(file);
        if (!read.ok)
            return fail(`Results file ${shown} ${read.error}.`);
        // The parsers (and their XML and YAML libraries) load only when there is a file to parse.
        const { ResultsParseError, parseResults } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(946), __webpack_require__.e(780), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 57922));
        try {
            const parsed = parseResults(shown, read.text);
            files.push(shown);
            for (const test of parsed.tests)
                tests.push({ test, file: shown });
        }
        catch (error) {
            if (error instanceof ResultsParseError) {
                return fail(`Results file ${error.message}`);
            }
            throw error;
        }
    }
    if (files.length === 0) {
        return { checks: null, files, suiteReports, unmapped: [], notes, error: null };
    }
    const checks = new Map();
    const unmapped = [];
    for (const { test, file } of tests) {
        const { check, mapped } = toCheck(test, watch.rules);
        if (!mapped)
            unmapped.push(check.name);
        const seen = checks.get(check.name);
        if (seen === undefined) {
            checks.set(check.name, { check, file });
        }
        else if (seen.check.level !== check.level || seen.check.status !== check.status) {
            return fail(`Check "${check.name}" is reported twice with different results (${seen.check.level} ${seen.check.status} in ${seen.file}, ${check.level} ${check.status} in ${file}).`);
        }
    }
    if (unmapped.length > 0) {
        notes.push(`${unmapped.length} test(s) declare no level and match no "level-map" rule or p0/p1/p2 name token, so they count as P0: ${unmapped.slice(0, 10).join(', ')}${unmapped.length > 10 ? ` and ${unmapped.length - 10} more` : ''}.`);
    }
    return {
        checks: [...checks.values()].map((c) => c.check),
        files,
        suiteReports,
        unmapped,
        notes,
        error: null,
    };
}
/** A parsed test as a check: its own level, else the level map, else a name token, else P0. */
function toCheck(test, rules) {
    const level = test.level ?? (0,levels/* levelFromMap */.fz)(rules, test) ?? (0,levels/* levelFromTokens */.tv)(test);
    const name = (test.classname ? `${test.classname}.${test.name}` : test.name).slice(0, 200);
    const check = {
        name,
        level: level ?? 'P0',
        status: test.status === 'error' ? 'failed' : test.status,
        durationMs: test.durationMs,
        message: test.status === 'error' ? `error: ${test.message}` : test.message,
        ...(test.description !== undefined && { description: test.description }),
        ...(test.remediation !== undefined && { remediation: test.remediation }),
    };
    return { check, mapped: level !== null };
}
async function reportsWrittenBySuite(watch) {
    const { reportDir, gateWrites = [] } = watch.scope;
    if (!reportDir)
        return { reports: [], otherGate: null };
    const now = await snapshotDirectory(reportDir);
    const written = [...now]
        .filter(([f, stamp]) => watch.reportDirBefore.get(f) !== stamp)
        .map(([f]) => f);
    // This run's own files share the stem of its output log.
    // (A suite that wrote its own report under this run's reserved name replaced the gate's marked
    // file: that one is the suite's.)
    const ownStems = new Set(gateWrites.map((f) => reportStem(external_node_path_.resolve(f))));
    const own = (f) => ownStems.has(reportStem(external_node_path_.resolve(f))) && !(f.endsWith('.md') && !(0,files/* isGateFile */.GA)(f));
    // Another gate run writing to this directory during the suite, or still running there (its
    // report reserved but not written): what appeared meanwhile cannot be told apart by author.
    const otherGate = written.find((f) => !own(f) && (0,files/* isGateFile */.GA)(f)) ??
        [...now.keys()].find((f) => !own(f) && f.endsWith('.md') && (0,files/* isReservedReport */.BL)(f)) ??
        null;
    return { reports: written.filter((f) => !own(f) && !(0,files/* isGateFile */.GA)(f)).sort(), otherGate };
}
/** `…/SMOKE_TEST_INSTITUTIONAL_20251115_085304` of any of a run's report files. */
function reportStem(file) {
    return file.replace(/(\.output\.log|\.oplog\.jsonl|\.junit\.xml|\.json|\.md|\.kill-switch\.log|\.on-p1\.log)$/, '');
}
async function exists(file) {
    return (await snapshotFiles([file])).size > 0;
}
function displayPath(file, cwd) {
    const relative = external_node_path_.relative(cwd, file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
function listed(files, cwd) {
    const shown = files.slice(0, 5).map((f) => displayPath(f, cwd));
    return shown.join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
}

// EXTERNAL MODULE: ./lib/evidence/settings.js
var settings = __webpack_require__(3328);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/evidence/judge.js
// The verdict from evidence: per-check results decide the status, the exit code is
// cross-checked against the runner's declared contract, and a contradiction is a crash.
// Pure: no I/O, no @actions/*.

const CONTRACT_TEXT = {
    preflight: '0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings only',
    'any-failure': '0 all tests passed, 1 some test failed',
};
const CONTRACT_CODES = {
    preflight: [0, 1, 2, 3],
    'any-failure': [0, 1],
};
/** The level whose failure each preflight exit code announces. */
const CODE_LEVEL = { 1: 'P0', 2: 'P1', 3: 'P2' };
function evidenceRequired(require, mode) {
    return require === 'always' || (require === 'live' && mode === 'live');
}
function judge(input) {
    const { exitCode, contract, checks } = input;
    if (!CONTRACT_CODES[contract].includes(exitCode)) {
        return crashed(`The suite exited with code ${exitCode}, outside its exit-code contract "${contract}" (${CONTRACT_TEXT[contract]}): the runner itself failed (for pytest: 2 interrupted or collection error, 3 internal error, 4 usage error, 5 no tests collected). Treated as a crash.`);
    }
    if (checks === null)
        return withoutEvidence(input);
    if (!checks.some((c) => c.status !== 'skipped')) {
        return crashed(`The suite exited ${exitCode} but its results show no executed check (${checks.length} listed, all skipped or none): nothing was verified. Treated as a crash.`);
    }
    // A skipped P0 check gave no assurance: it counts as a P0 failure, as in the built-in runner.
    const skippedP0 = checks.filter((c) => c.level === 'P0' && c.status === 'skipped');
    const counted = checks.map((c) => c.level === 'P0' && c.status === 'skipped' ? { ...c, status: 'failed' } : c);
    const failed = (level) => counted.filter((c) => c.status === 'failed' && (level === undefined || c.level === level));
    const reportedFailed = checks.filter((c) => c.status === 'failed');
    const fromChecks = (0,model/* statusFromChecks */.Sp)(counted);
    const skipNotes = skippedP0.map((c) => `P0 check "${c.name}" was skipped; a skipped P0 check counts as a P0 failure.`);
    if (exitCode === 0 && reportedFailed.length > 0) {
        return crashed(`The suite exited 0 (all passed) but its results show ${reportedFailed.length} failed check(s): ${names(reportedFailed)}. The exit code contradicts the results; treated as a crash.`);
    }
    if (contract === 'preflight' && exitCode !== 0) {
        const level = CODE_LEVEL[exitCode];
        if (failed(level).length === 0) {
            return crashed(`The suite exited ${exitCode} (${model/* EXIT_CODE_STATUS */.S1[exitCode]}) but its results show no failed ${level} check. The exit code contradicts the results; treated as a crash.`);
        }
    }
    if (contract === 'any-failure' && exitCode === 1 && failed().length === 0) {
        return crashed('The suite exited 1 (some test failed) but its results show no failed check. The exit code contradicts the results; treated as a crash.');
    }
    return { status: fromChecks, notes: skipNotes };
}
function withoutEvidence(input) {
    const { mode, exitCode, contract, requireResults } = input;
    if (input.resultsDeclared && requireResults !== 'never') {
        return crashed(`The suite exited ${exitCode} without writing the results named in input "results": the runner failed before it reported (for example a usage error from the subset argument; see subset-args). Treated as a crash.`);
    }
    if (evidenceRequired(requireResults, mode)) {
        return crashed(`No per-check evidence: the suite exited ${exitCode} but left no results with an executed check, and ${mode} mode requires them (require-results: ${requireResults}). Write per-check results (JSON to $PREFLIGHT_RESULTS, JUnit XML such as pytest --junitxml, TAP, or the document's Markdown report) and name them in "results", or set require-results: never to decide on the exit code alone.`);
    }
    const status = contract === 'preflight' ? model/* EXIT_CODE_STATUS */.S1[exitCode] : exitCode === 0 ? 'passed' : 'p0-failed';
    const notes = [
        `Warning: this verdict rests on the exit code alone (${exitCode}); the suite left no per-check results${requireResults === 'never' ? ' and require-results is never' : ''}.`,
    ];
    if (contract === 'any-failure' && exitCode === 1) {
        notes.unshift('The suite exited 1 (some test failed) without per-check results, so the failed level is unknown: counted as P0.');
    }
    return { status: status ?? 'crashed', notes };
}
function crashed(note) {
    return { status: 'crashed', notes: [note] };
}
function names(checks) {
    const shown = checks.slice(0, 5).map((c) => `"${c.name}" (${c.level})`);
    return shown.join(', ') + (checks.length > 5 ? ` and ${checks.length - 5} more` : '');
}

;// CONCATENATED MODULE: ./lib/runner/results.js
// Turns a finished suite process and the evidence it left into the suite's outcome: the
// per-check results decide, the exit code is cross-checked (src/evidence/judge.ts).

/**
 * `base` is the outcome of the process alone (timeout, signal, not found…); when it exited with
 * a code, the judge decides the status from that code and the evidence.
 */
function outcomeWithEvidence(base, end, evidence, context) {
    const described = {
        ...base,
        checks: evidence.checks ?? [],
        appendedArgs: context.appendedArgs,
        evidenceFiles: evidence.files,
        suiteReports: evidence.suiteReports,
        unmappedChecks: evidence.unmapped,
    };
    if (evidence.error !== null) {
        // Unreadable results are a broken suite: fail closed, whatever the exit code said.
        const status = base.status === 'timeout' || base.status === 'missing' ? base.status : 'crashed';
        return { ...described, status, notes: [...base.notes, evidence.error, ...evidence.notes] };
    }
    if (end.kind !== 'exited') {
        return { ...described, notes: [...base.notes, ...evidence.notes] };
    }
    const judgement = judge({
        mode: context.mode,
        exitCode: end.exitCode,
        contract: context.settings.exitCodes,
        requireResults: context.settings.requireResults,
        checks: evidence.checks,
        resultsDeclared: context.settings.results.length > 0,
    });
    return {
        ...described,
        status: judgement.status,
        exitCode: end.exitCode,
        notes: [...judgement.notes, ...evidence.notes],
    };
}

;// CONCATENATED MODULE: ./lib/runner/command.js
// Runs an external smoke-suite command (the source document's smoke_test_institutional.py)
// and turns what happened into a SuiteOutcome.













const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i;
/** Splits a command into argv without a shell; operators, globs and comments are refused. */
function commandArgv(command) {
    const open = unclosedQuote(command);
    if (open !== null) {
        return {
            error: `Input "command" has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
        };
    }
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(command, (name) => `$${name}`);
    }
    catch (error) {
        return { error: `Input "command" cannot be split into arguments: ${String(error)}` };
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token !== 'string') {
            return {
                error: `Input "command" runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
            };
        }
        argv.push(token);
    }
    if (argv.length === 0)
        return { error: 'Input "command" is empty.' };
    return { argv };
}
/** The quote left open at the end of a command line, if any (backslash escapes respected). */
function unclosedQuote(command) {
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
        }
        else if (c === '\\') {
            i++; // the next character is literal (inside double quotes too, for " and \\)
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
        }
        else if (c === "'" || c === '"') {
            quote = c;
        }
    }
    return quote;
}
function describeToken(token) {
    if ('comment' in token)
        return 'a comment (#)';
    if ('pattern' in token)
        return `the glob "${String(token.pattern)}"`;
    if ('op' in token)
        return `the shell operator "${String(token.op)}"`;
    return 'a shell construct';
}
/** The script an interpreter is asked to run (`python scripts/x.py`), or a path to a program. */
function scriptPath(argv) {
    const [program, ...rest] = argv;
    if (program !== undefined && program.includes('/'))
        return program;
    const script = rest.find((arg) => !arg.startsWith('-'));
    return script !== undefined && SCRIPT_EXTENSIONS.test(script) ? script : null;
}
async function runCommandSuite(options) {
    const split = commandArgv(options.command);
    if ('error' in split)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [split.error]);
    if (!isDirectory(options.cwd)) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `Input "working-directory" is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
        ]);
    }
    const evidenceSettings = options.evidence ?? settings/* DEFAULT_EVIDENCE_SETTINGS */.a$;
    const appended = subsetArgv(evidenceSettings.subsetArgs, options.subset);
    if ('error' in appended)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [appended.error]);
    const levelMap = (0,levels/* parseLevelMap */.mK)(evidenceSettings.levelMap);
    if (!levelMap.ok)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [levelMap.error]);
    const argv = [...split.argv, ...appended.argv];
    const script = scriptPath(argv);
    if (script !== null && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(options.cwd, script))) {
        return (0,model/* outcomeWithoutChecks */.Yp)('missing', [
            `Smoke test script not found: ${script} (looked in ${external_node_path_.resolve(options.cwd)}). Check "command" and "working-directory".`,
        ]);
    }
    const resultsDir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-'));
    const resultsPath = external_node_path_.join(resultsDir, 'results.json');
    let log;
    try {
        let watch;
        try {
            watch = await watchEvidence(evidenceSettings, {
                cwd: options.cwd,
                preflightResults: resultsPath,
                reportDir: options.reportDir,
                gateWrites: options.outputLogPath ? [options.outputLogPath] : [],
            });
        }
        catch (error) {
            return (0,model/* outcomeWithoutChecks */.Yp)('crashed', [error.message]);
        }
        log = options.outputLogPath ? (0,external_node_fs_.createWriteStream)(options.outputLogPath) : undefined;
        const run = await (0,runner_process/* runProcess */.R3)({
            argv,
            cwd: options.cwd,
            env: {
                ...options.env,
                // Python buffers stdout into a pipe: without this a hung suite leaves an empty log.
                PYTHONUNBUFFERED: '1',
                PREFLIGHT_MODE: options.mode,
                PREFLIGHT_SUBSET: options.subset,
                PREFLIGHT_RESULTS: resultsPath,
            },
            timeoutMs: options.timeoutMs,
            killGraceMs: options.killGraceMs ?? 5000,
            echo: options.echo,
            log: log && { stream: log, maxBytes: options.maxLogBytes ?? 32 * 1024 * 1024 },
            tailBytes: options.tailBytes ?? 64 * 1024,
        });
        const evidence = await collectEvidence(watch).catch((error) => ({
            checks: null,
            files: [],
            suiteReports: [],
            unmapped: [],
            notes: [],
            error: error.message,
        }));
        return outcomeWithEvidence(outcomeOfRun(run, options.timeoutMs), run.end, evidence, {
            mode: options.mode,
            settings: evidenceSettings,
            appendedArgs: appended.argv,
        });
    }
    finally {
        if (log) {
            log.end();
            await (0,external_node_stream_promises_.finished)(log).catch(() => undefined);
        }
        await (0,promises_.rm)(resultsDir, { recursive: true, force: true });
    }
}
/**
 * The words appended for a subset other than `full` (the source document's launcher appends
 * `--subset production`): subset-args split like a command, `{subset}` replaced in each word.
 */
function subsetArgv(template, subset) {
    if (subset === 'full' || template.trim() === '')
        return { argv: [] };
    const split = commandArgv(template);
    if ('error' in split) {
        return { error: split.error.replace('Input "command"', 'Input "subset-args"') };
    }
    return { argv: split.argv.map((word) => word.replaceAll('{subset}', subset)) };
}
/** What the process alone says; an exit code is judged together with the evidence. */
function outcomeOfRun(run, timeoutMs) {
    const base = {
        status: 'crashed',
        exitCode: null,
        signal: null,
        durationMs: run.durationMs,
        checks: [],
        notes: [],
        outputTail: (0,sanitize/* plainText */.wh)(run.tail),
        outputTruncated: run.truncated,
    };
    const end = run.end;
    switch (end.kind) {
        case 'exited':
            return { ...base, exitCode: end.exitCode };
        case 'signaled':
            return {
                ...base,
                signal: end.signal,
                notes: [`The suite was killed by signal ${end.signal}: treated as a crash.`],
            };
        case 'timeout':
            return {
                ...base,
                status: 'timeout',
                notes: [
                    `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise "timeout-seconds".`,
                ],
            };
        case 'not-found':
            return {
                ...base,
                status: 'missing',
                notes: [`${end.error}. Install it on the runner or fix "command".`],
            };
        case 'spawn-error':
            return { ...base, notes: [`${end.error}.`] };
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 36499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   RS: () => (/* binding */ killActiveProcessTrees),
/* harmony export */   uV: () => (/* binding */ signalProcessTree)
/* harmony export */ });
/* unused harmony export incompleteCharacterBytes */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12542);
// Runs one command as its own process group, with a hard deadline that kills the whole tree.
// @actions/exec cannot start a child in its own process group, which is what makes it possible
// to kill grandchildren, so this module spawns with node:child_process directly.



/** The most of an unfinished line held back from the echo and the log until its end comes. */
const MAX_HELD_LINE_BYTES = 64 * 1024;
/** Kills of the process trees still running, so a cancelled gate leaves nothing behind. */
const activeTrees = new Set();
/** Kills every process tree this module started that is still running (on cancellation). */
function killActiveProcessTrees() {
    for (const kill of activeTrees)
        kill();
}
function runProcess(options) {
    const [file, ...args] = options.argv;
    const started = performance.now();
    const tail = new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes);
    const streamTails = {
        stdout: new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes),
        stderr: new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes),
    };
    let loggedBytes = 0;
    let logCut = false;
    return new Promise((resolve) => {
        if (file === undefined) {
            resolve(finish({ kind: 'spawn-error', error: 'the command is empty' }));
            return;
        }
        const descendants = new Set();
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true, // its own process group, so the whole tree can be signalled at once
            windowsHide: true,
        });
        const killTree = () => {
            collectDescendants(child.pid, descendants);
            signalTree(child.pid, descendants, 'SIGKILL');
        };
        activeTrees.add(killTree);
        let end = null;
        let exited = false;
        let settled = false;
        let killTimer;
        let drainTimer;
        const deadline = setTimeout(() => {
            end = { kind: 'timeout' };
            collectDescendants(child.pid, descendants);
            signalTree(child.pid, descendants, 'SIGTERM');
            killTimer = setTimeout(() => {
                collectDescendants(child.pid, descendants);
                signalTree(child.pid, descendants, 'SIGKILL');
                // Pipes held by a process outside the group must not keep the gate waiting.
                drainTimer = setTimeout(settle, options.drainMs ?? 1000);
            }, options.killGraceMs);
        }, options.timeoutMs);
        const onData = (chunk, stream, name) => {
            tail.push(chunk);
            streamTails[name].push(chunk);
            if (options.log && !logCut) {
                const room = options.log.maxBytes - loggedBytes;
                const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
                loggedBytes += part.length;
                if (!options.log.stream.write(part))
                    pauseUntilDrain(stream, options.log.stream);
                if (chunk.length > room) {
                    logCut = true;
                    options.log.stream.write(`\n[preflight] output log cut here after ${loggedBytes} bytes; the rest was not kept (only the last ${options.tailBytes} bytes are in the report)\n`);
                }
            }
            if (options.echo && !options.echo.write(chunk))
                pauseUntilDrain(stream, options.echo);
        };
        // Each stream passes on whole lines: a line stdout has only begun must not be joined with a
        // line of stderr in the echo and the log (a secret cut in two that way escapes redaction).
        // A line longer than MAX_HELD_LINE_BYTES goes on in parts, cut between characters.
        const held = { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
        const releaseHeld = (name) => {
            if (held[name].length > 0)
                onData(held[name], child[name], name);
            held[name] = Buffer.alloc(0);
        };
        for (const name of ['stdout', 'stderr']) {
            child[name].on('data', (chunk) => {
                const data = held[name].length > 0 ? Buffer.concat([held[name], chunk]) : chunk;
                let whole = Math.max(data.lastIndexOf(0x0a), data.lastIndexOf(0x0d)) + 1;
                if (data.length - whole > MAX_HELD_LINE_BYTES) {
                    whole = data.length - incompleteCharacterBytes(data);
                }
                held[name] = Buffer.from(data.subarray(whole));
                if (whole > 0)
                    onData(data.subarray(0, whole), child[name], name);
            });
            child[name].on('end', () => releaseHeld(name));
        }
        child.on('error', (error) => {
            end ??=
                error.code === 'ENOENT'
                    ? { kind: 'not-found', error: `command not found: ${file}` }
                    : { kind: 'spawn-error', error: `could not start ${file}: ${error.message}` };
            settle();
        });
        child.on('exit', (code, signal) => {
            exited = true;
            if (end === null) {
                end =
                    code !== null
                        ? { kind: 'exited', exitCode: code }
                        : { kind: 'signaled', signal: signal ?? 'unknown' };
            }
            // Leftover members of the suite's group may hold the pipes open: stop waiting for them.
            if (end.kind !== 'timeout')
                drainTimer = setTimeout(settle, options.drainMs ?? 1000);
        });
        child.on('close', () => {
            if (exited || end !== null)
                settle();
        });
        function settle() {
            if (settled)
                return;
            settled = true;
            activeTrees.delete(killTree);
            clearTimeout(deadline);
            clearTimeout(killTimer);
            clearTimeout(drainTimer);
            // Whatever the command left behind in its group (a background helper) ends with it.
            signalTree(child.pid, descendants, 'SIGKILL');
            // What a killed or abandoned stream had begun of its last line is output all the same.
            releaseHeld('stdout');
            releaseHeld('stderr');
            child.stdout.destroy();
            child.stderr.destroy();
            resolve(finish(end ?? { kind: 'spawn-error', error: 'the process ended without a status' }));
        }
    });
    function finish(end) {
        return {
            end,
            durationMs: performance.now() - started,
            tail: tail.fromLineStart(),
            stdoutTail: streamTails.stdout.text(),
            stderrTail: streamTails.stderr.text(),
            truncated: tail.truncated,
            totalBytes: tail.totalBytes,
            loggedBytes,
        };
    }
}
/** How many bytes at the end of data begin a UTF-8 character that the next chunk completes. */
function incompleteCharacterBytes(data) {
    for (let back = 1; back <= Math.min(3, data.length); back++) {
        const byte = data[data.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
/** Signals a process started in its own group, the group and every descendant that left it. */
function signalProcessTree(pid, signal) {
    const descendants = new Set();
    collectDescendants(pid, descendants);
    signalTree(pid, descendants, signal);
}
/** The sinks each output stream waits on: it resumes only when every one of them has drained. */
const awaitedSinks = new WeakMap();
function pauseUntilDrain(source, sink) {
    // A sink that is gone (closed, or destroyed by an error) never drains: the output goes on.
    if (sink.destroyed)
        return;
    source.pause();
    const awaited = awaitedSinks.get(source) ?? new Set();
    awaitedSinks.set(source, awaited);
    // One listener per source and sink: a fast echo must not resume a stream the slow log still holds.
    if (awaited.has(sink))
        return;
    awaited.add(sink);
    const release = () => {
        sink.off('drain', release);
        sink.off('close', release);
        awaited.delete(sink);
        if (awaited.size === 0)
            source.resume();
    };
    sink.on('drain', release);
    sink.on('close', release);
}
function signalTree(pid, descendants, signal) {
    if (pid === undefined)
        return;
    trySignal(-pid, signal); // the process group
    for (const other of descendants)
        trySignal(other, signal); // those that left the group (setsid)
}
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone
    }
}
/** Adds every live descendant of root to the set, read from /proc (Linux); bounded. */
function collectDescendants(root, into) {
    if (root === undefined || process.platform !== 'linux')
        return;
    const children = new Map();
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // Fields after the command name, which is in parentheses and may hold spaces.
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            const list = children.get(ppid) ?? [];
            list.push(Number(entry));
            children.set(ppid, list);
        }
        catch {
            // exited while we looked
        }
    }
    const queue = [root];
    for (let i = 0; i < queue.length && i < 100_000; i++) {
        for (const child of children.get(queue[i]) ?? []) {
            if (!into.has(child)) {
                into.add(child);
                queue.push(child);
            }
        }
    }
}


/***/ }),

/***/ 12542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* unused harmony export lineSearchBytes */
/** How far into a cut tail its first whole line is looked for. */
function lineSearchBytes(limit) {
    return Math.min(4096, Math.floor(limit / 2));
}
/**
 * Keeps only the last `limit` bytes written to it, however much passes through: a fixed ring,
 * so a flood of output costs no allocation per chunk.
 */
class TailBuffer {
    limit;
    ring;
    /** Where the next byte goes. */
    head = 0;
    totalBytes = 0;
    constructor(limit) {
        this.limit = limit;
        this.ring = Buffer.alloc(limit);
    }
    push(chunk) {
        this.totalBytes += chunk.length;
        const piece = chunk.length > this.limit ? chunk.subarray(chunk.length - this.limit) : chunk;
        const first = Math.min(piece.length, this.limit - this.head);
        piece.copy(this.ring, this.head, 0, first);
        piece.copy(this.ring, 0, first);
        this.head = (this.head + piece.length) % this.limit;
    }
    get truncated() {
        return this.totalBytes > this.limit;
    }
    /** What is kept, as text: exactly the last bytes (what checks match their patterns on). */
    text() {
        return this.kept().toString('utf8');
    }
    /**
     * What is kept, for a report: once the start was cut off, from the first whole line (if one
     * starts within the first lineSearchBytes). The cut could fall inside a secret, and the end of
     * a secret is not something redaction can recognise.
     */
    fromLineStart() {
        const kept = this.kept();
        if (!this.truncated)
            return kept.toString('utf8');
        const head = kept.subarray(0, lineSearchBytes(this.limit));
        const breaks = [head.indexOf(0x0a), head.indexOf(0x0d)].filter((i) => i >= 0);
        return kept.subarray(breaks.length > 0 ? Math.min(...breaks) + 1 : 0).toString('utf8');
    }
    kept() {
        if (this.totalBytes < this.limit)
            return this.ring.subarray(0, this.head);
        return Buffer.concat([this.ring.subarray(this.head), this.ring.subarray(0, this.head)]);
    }
}


/***/ }),

/***/ 78689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ writeRegularFile),
/* harmony export */   F4: () => (/* binding */ appendRegularFile),
/* harmony export */   KR: () => (/* binding */ openRegularForReading),
/* harmony export */   ZU: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
// Files the gate writes and reads in directories a suite can also write to. A FIFO, a device or
// a link to one where a report should be would block an open() for ever (and a blocked
// thread-pool thread keeps the process from exiting, SIGTERM or not): every open is
// non-blocking and only regular files are used.


const { O_APPEND, O_CREAT, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Opens a regular file (following links) without ever blocking; anything else is an error. */
async function openRegularFile(file, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, flags | O_NONBLOCK, 0o644);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
async function writeRegularFile(file, data) {
    const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_TRUNC);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
}
/** Appends with one write() (short writes aside), so concurrent appenders never interleave. */
async function appendRegularFile(file, data) {
    const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_APPEND);
    try {
        let written = 0;
        // A regular file takes the whole buffer in one call; the loop only guards a short write.
        for (let i = 0; i < 16 && written < data.length; i++) {
            written += (await handle.write(data, written)).bytesWritten;
        }
        if (written < data.length)
            throw new Error(`could not append to ${file}`);
    }
    finally {
        await handle.close();
    }
}
function openRegularForReading(file) {
    return openRegularFile(file, O_RDONLY);
}


/***/ }),

/***/ 54020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ preformatted),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   rQ: () => (/* binding */ withWorkflowCommandsStopped),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var strip_ansi__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30348);
// Suite output and messages are untrusted: they may carry ANSI escapes, workflow commands,
// HTML or Markdown meant to forge the summary. Everything rendered passes through here.


// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Removes ANSI escapes and every control character but tab and newline. */
function plainText(text) {
    return (0,strip_ansi__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(text).replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * One Markdown table cell: no line breaks, pipes, HTML or inline Markdown survive. Escaped once
 * for Markdown: HTML's three specials become entities, Markdown's specials get a backslash (so
 * an apostrophe stays an apostrophe).
 */
function markdownCell(text, maxLength = 500) {
    const flat = plainText(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat;
    return cut
        .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u200b'); // no @mentions of people or teams
}
/** Inline Markdown text (headings, list items): escaped like a cell. */
const markdownText = markdownCell;
/** Inline code: a fence longer than any run of backticks inside, so nothing is escaped. */
function codeSpan(text, maxLength = 500) {
    const flat = plainText(text).replace(/\s*\n\s*/g, ' ');
    const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat;
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/** Text XML 1.0 can hold: characters it forbids (U+FFFE, lone surrogates, controls) become U+FFFD. */
function xmlText(text) {
    return plainText(text).replace(
    // eslint-disable-next-line no-control-regex
    /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');
}
/** A block of untrusted output, shown verbatim and inert. */
function preformatted(text) {
    return `<pre><code>${escapeHtml(plainText(text))}</code></pre>`;
}
/** Truncates to at most maxBytes of UTF-8, keeping the start. */
function truncateBytes(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    return bytes
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}
/**
 * Echoes untrusted output into the job log with workflow commands switched off: the runner
 * ignores every `::command::` between `::stop-commands::<token>` and `::<token>::`, and the
 * token is random, so the output cannot end the pause itself.
 */
async function withWorkflowCommandsStopped(out, body) {
    const token = `preflight-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
    out.write(`::stop-commands::${token}\n`);
    try {
        return await body();
    }
    finally {
        out.write(`\n::${token}::\n`);
    }
}


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ optionalInteger),
/* harmony export */   Gq: () => (/* binding */ parseUploadSettings),
/* harmony export */   NG: () => (/* binding */ DEFAULT_SUBSET),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   _f: () => (/* binding */ DEFAULT_REPORT_RETENTION_DAYS),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR),
/* harmony export */   qf: () => (/* binding */ SKIP_PHRASE)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_SECONDS, DEFAULT_RETENTION_DAYS, booleanInput, variableNames, describeInputIssues */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3328);
/* harmony import */ var _evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59814);
// Every input of the gate, read once into one typed settings object. The action and the CLI
// both hand in a record of raw strings keyed by the action's input names.




const SKIP_PHRASE = 'I UNDERSTAND THE RISKS';
const DEFAULT_SUBSET = { paper: 'production', live: 'full' };
const DEFAULT_TIMEOUT_SECONDS = { paper: 30, live: 60 };
const DEFAULT_REPORT_DIR = 'reports/health';
const DEFAULT_RETENTION_DAYS = 30;
/** Reports older than this many days are archived; 0 keeps everything in place. */
const DEFAULT_REPORT_RETENTION_DAYS = 30;
/** The gate's input names, as in action.yml. */
const INPUT_NAMES = [
    'mode',
    'command',
    'suite',
    'subset',
    'timeout-seconds',
    'working-directory',
    'force-start',
    'skip-health-check',
    'acknowledge',
    'reason',
    'ticket',
    'approval-environment',
    'report-dir',
    'upload-artifact',
    'artifact-name',
    'retention-days',
    'report-retention-days',
    'github-token',
    'ops-log-issue',
    'open-ticket',
    'pass-env',
    'redact',
    'results',
    'level-map',
    'exit-codes',
    'require-results',
    'subset-args',
    // Read straight into the report's provenance (src/provenance.ts), never into the settings.
    'matrix',
];
const trimmed = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim();
// Booleans as the Actions toolkit reads them (YAML 1.2 core schema), empty meaning the default.
const booleanInput = (fallback) => trimmed.transform((value, ctx) => {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` });
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
});
const optionalInteger = (min, max) => trimmed.transform((value, ctx) => {
    if (value === '')
        return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        ctx.addIssue({
            code: 'custom',
            message: `must be a whole number from ${min} to ${max}, got "${value}"`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return Number(value);
});
/** Environment variable names, separated by commas, spaces or lines. */
const variableNames = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((value, ctx) => {
    const names = value.split(/[\s,]+/).filter((n) => n !== '');
    const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
    if (bad.length > 0) {
        ctx.addIssue({
            code: 'custom',
            message: `must list environment variable names, got ${bad.map((b) => `"${b}"`).join(', ')}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return names;
});
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60; // a GitHub-hosted job's own limit
const rawSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    mode: trimmed.pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN, { error: (issue) => `must be paper or live, got "${String(issue.input)}"` })),
    command: trimmed.default(''),
    suite: trimmed.default(''),
    subset: trimmed.default('').refine((v) => v === '' || /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v), {
        message: 'must be a name of letters, digits, ".", "_" or "-" (e.g. production, full)',
    }),
    'timeout-seconds': trimmed.default('').transform((value, ctx) => {
        if (value === '')
            return null;
        const seconds = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
            ctx.addIssue({
                code: 'custom',
                message: `must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}, got "${value}"`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return seconds;
    }),
    'working-directory': trimmed.default(''),
    'force-start': booleanInput(false).default(false),
    'skip-health-check': booleanInput(false).default(false),
    acknowledge: trimmed.default(''),
    reason: trimmed.default(''),
    ticket: trimmed.default(''),
    'approval-environment': trimmed.default(''),
    'report-dir': trimmed.default(''),
    'upload-artifact': booleanInput(true).default(true),
    'artifact-name': trimmed.default('').refine((v) => !/[":<>|*?\\/\r\n]/.test(v), {
        message: 'must not contain any of " : < > | * ? \\ / or a line break',
    }),
    'retention-days': optionalInteger(1, 90).default(null),
    'report-retention-days': optionalInteger(0, 36500).default(null),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().default(''),
    'ops-log-issue': optionalInteger(1, Number.MAX_SAFE_INTEGER).default(null),
    'open-ticket': booleanInput(false).default(false),
    'pass-env': variableNames.default([]),
    redact: variableNames.default([]),
    // One path or glob a line, relative to working-directory.
    results: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .default('')
        .transform((v) => v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))),
    'level-map': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .default('')
        .superRefine((value, ctx) => {
        const map = (0,_evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLevelMap */ .mK)(value);
        if (!map.ok)
            ctx.addIssue({ code: 'custom', message: map.error.replace(/^Input "level-map" /, '') });
    }),
    'exit-codes': trimmed
        .default('')
        .transform((v) => v || 'preflight')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CONTRACTS */ .Bs, {
        error: (issue) => `must be preflight or any-failure, got "${String(issue.input)}"`,
    })),
    'require-results': trimmed
        .default('')
        .transform((v) => v || 'live')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIRE_RESULTS */ .bp, {
        error: (issue) => `must be live, always or never, got "${String(issue.input)}"`,
    })),
    // Absent: the default; explicitly empty: append nothing.
    'subset-args': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .optional()
        .transform((v) => (v === undefined ? _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUBSET_ARGS */ .pT : v.trim()))
        .refine((v) => !/[|&;<>()`$\n]/.test(v), {
        message: 'must be plain words such as "--subset {subset}" or "-m {subset}" (no shell operators)',
    }),
});
/**
 * The upload inputs on their own, each falling back to its default when invalid: the report of
 * an invalid configuration is uploaded all the same, under the name the workflow asked for.
 */
function parseUploadSettings(raw) {
    const field = (schema, value, fallback) => {
        const parsed = schema.safeParse(value ?? '');
        return parsed.success ? parsed.data : fallback;
    };
    const shape = rawSchema.shape;
    return {
        uploadArtifact: field(shape['upload-artifact'], raw['upload-artifact'], true),
        artifactName: field(shape['artifact-name'], raw['artifact-name'], ''),
        retentionDays: field(shape['retention-days'], raw['retention-days'], null) ?? DEFAULT_RETENTION_DAYS,
    };
}
/** Each problem named by its input: "Input "mode" must be paper or live, got "x"." */
function describeInputIssues(issues) {
    return issues.map((issue) => {
        const name = issue.path.join('.') || 'inputs';
        return issue.code === 'invalid_type' && issue.input === undefined
            ? `Input "${name}" is required${name === 'mode' ? ' (paper or live)' : ''}.`
            : `Input "${name}" ${issue.message}.`;
    });
}
/** Validates raw inputs; every problem is named by its input and says what is allowed. */
function parseSettings(raw) {
    const fallbackMode = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.find((m) => m === raw.mode?.trim()) ?? null;
    const fallbackReportDir = raw['report-dir']?.trim() || DEFAULT_REPORT_DIR;
    const parsed = rawSchema.safeParse(raw);
    if (!parsed.success) {
        return {
            ok: false,
            errors: describeInputIssues(parsed.error.issues),
            mode: fallbackMode,
            reportDir: fallbackReportDir,
        };
    }
    const r = parsed.data;
    const errors = [];
    if (r.command !== '' && r.suite !== '') {
        errors.push('Inputs "command" and "suite" are exclusive: set exactly one of them.');
    }
    else if (r.command === '' && r.suite === '') {
        errors.push('Set exactly one of the inputs "command" (a smoke-suite command, e.g. "python scripts/smoke_test_institutional.py") or "suite" (a suite file, e.g. ".github/preflight.yml").');
    }
    if (r['force-start'] && r['skip-health-check']) {
        errors.push('Inputs "force-start" and "skip-health-check" are exclusive: force-start runs the suite and lets a P1 failure through with approval; skip-health-check runs nothing.');
    }
    if (r['skip-health-check'] && r.mode === 'live' && r.acknowledge !== SKIP_PHRASE) {
        errors.push(`Input "skip-health-check" in live mode needs input "acknowledge" set to exactly "${SKIP_PHRASE}".`);
    }
    if (errors.length > 0) {
        return { ok: false, errors, mode: r.mode, reportDir: fallbackReportDir };
    }
    return {
        ok: true,
        settings: {
            mode: r.mode,
            source: r.command !== ''
                ? { kind: 'command', command: r.command }
                : { kind: 'suite', path: r.suite },
            subset: r.subset || DEFAULT_SUBSET[r.mode],
            timeoutSeconds: r['timeout-seconds'] ?? DEFAULT_TIMEOUT_SECONDS[r.mode],
            workingDirectory: r['working-directory'] || '.',
            forceStart: r['force-start'],
            skipHealthCheck: r['skip-health-check'],
            acknowledge: r.acknowledge,
            reason: r.reason,
            ticket: r.ticket,
            approvalEnvironment: r['approval-environment'],
            reportDir: r['report-dir'] || DEFAULT_REPORT_DIR,
            uploadArtifact: r['upload-artifact'],
            artifactName: r['artifact-name'],
            retentionDays: r['retention-days'] ?? DEFAULT_RETENTION_DAYS,
            reportRetentionDays: r['report-retention-days'] ?? DEFAULT_REPORT_RETENTION_DAYS,
            githubToken: r['github-token'],
            opsLogIssue: r['ops-log-issue'],
            openTicket: r['open-ticket'],
            passEnv: r['pass-env'],
            redact: r.redact,
            evidence: {
                results: r.results,
                levelMap: r['level-map'],
                exitCodes: r['exit-codes'],
                requireResults: r['require-results'],
                subsetArgs: r['subset-args'],
            },
        },
    };
}


/***/ })

};
