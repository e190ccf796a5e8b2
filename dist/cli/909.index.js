export const id = 909;
export const ids = [909];
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
    head_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
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
const repositorySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ default_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) });
/** A minute of difference between this host's clock and GitHub's is tolerated. */
const CLOCK_SKEW_MS = 60_000;
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
    const [runFile, runRef] = run.path.split('@');
    if (run.event !== 'workflow_dispatch' || runFile !== workflowPath) {
        return refuse(`${name} is a ${run.event} run of ${run.path}, not an override request (a workflow_dispatch run of ${workflowPath}): request one with "preflight request-override".`);
    }
    // A copy of the workflow on another branch controls its run-name and its authorize job: only
    // the default branch's workflow is the repository's override request.
    let defaultBranch;
    try {
        defaultBranch = (await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(client, 'GET /repos/{owner}/{repo}', repo, repositorySchema, options, `repository ${fullName}`)).default_branch;
    }
    catch (error) {
        return refuse(apiMessage(error));
    }
    if (run.head_branch !== defaultBranch ||
        (runRef !== undefined && runRef !== `refs/heads/${defaultBranch}`)) {
        return refuse(`${name} ran ${workflowPath} from ${runRef ?? `branch ${run.head_branch ?? '(none)'}`}${runRef ? ` (branch ${run.head_branch ?? '(none)'})` : ''}, not from the default branch ${defaultBranch}: only the default branch's override request counts; request one with "preflight request-override".`);
    }
    const asked = parseOverrideRunName(run.display_title);
    if (!asked || asked.mode !== policy.mode || asked.override !== policy.override) {
        return refuse(`${name} ("${run.display_title}") does not request ${policy.override} in ${policy.mode} mode: an approval is for one mode and one override; request one for this launch.`);
    }
    const created = Date.parse(run.created_at);
    const ageHours = (policy.now.getTime() - created) / 3_600_000;
    if (created > policy.now.getTime() + CLOCK_SKEW_MS) {
        return refuse(`${name} says it was requested at ${run.created_at}, in the future (now ${policy.now.toISOString()}): a run cannot be approved before it exists; check this host's clock, then request a new approval.`);
    }
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
/* unused harmony exports MAX_ANSWER_BYTES, boundedFetch */
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34474);
// The GitHub API client for approvals and the operational log, built from the run's token.
// @actions/github (Octokit) is loaded only when an override or a log comment needs it.

/** The most of one answer read: far above any answer the gate asks for (lists are paged). */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/**
 * fetch with the whole body read here, bounded: an answer that streams without end is cut at
 * maxBytes (an error naming the bound), and one that drips past the request's deadline fails as
 * the timeout it is (the signal's TimeoutError), never as a half-read body.
 */
function boundedFetch(maxBytes = MAX_ANSWER_BYTES) {
    return async (input, init) => {
        const response = await fetch(input, init);
        const reader = response.body?.getReader();
        if (reader === undefined)
            return response;
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > maxBytes) {
                await reader.cancel().catch(() => undefined);
                throw new _verify_js__WEBPACK_IMPORTED_MODULE_0__/* .AnswerTooLargeError */ .Oc(maxBytes);
            }
            chunks.push(value);
        }
        return new Response(size === 0 ? null : Buffer.concat(chunks), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
    };
}
async function createGitHubClient(token, env = process.env) {
    if (token === '') {
        throw new Error('No GitHub token: set the "github-token" input (it defaults to ${{ github.token }}).');
    }
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        request: { fetch: boundedFetch() },
    });
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
        ...(ticket.override === 'force-start'
            ? [
                `**Expected impact**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.impact || '(none given)', 2000)}`,
                `**Mitigation plan**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.mitigation || '(none given)', 2000)}`,
            ]
            : []),
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
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError),
/* harmony export */   Xt: () => (/* binding */ DEFAULT_REQUEST_OPTIONS),
/* harmony export */   cV: () => (/* binding */ ApprovalApiError)
/* harmony export */ });
/* unused harmony exports ACTION_WORDING, MAX_APPROVALS, verifyWhereUsed */
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
/** Most approvals one run can hold are a handful; thousands mean an answer not to trust. */
const MAX_APPROVALS = 1000;
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
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() })).max(MAX_APPROVALS),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['approved', 'rejected', 'pending']),
    user,
    comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
}))
    .max(MAX_APPROVALS, `more than ${MAX_APPROVALS} entries, the most the gate reads`);
/** Raised with a message that says what went wrong and how to fix it. */
class ApprovalApiError extends Error {
}
/** An answer larger than the client reads (see boundedFetch in github.ts). */
class AnswerTooLargeError extends Error {
    maxBytes;
    name = 'AnswerTooLargeError';
    constructor(maxBytes) {
        super(`the answer is larger than ${maxBytes} bytes, the most the gate reads`);
        this.maxBytes = maxBytes;
    }
}
/**
 * An override granted before (a gate report's claim, an authorize record) verified again where it
 * is used: this run's approvals in that environment, the policy's count as the floor (a caller
 * may ask for more), and nobody's approval of their own run.
 */
function verifyWhereUsed(client, run, claim, asked = {}) {
    return verifyApproval(client, run, {
        mode: claim.mode,
        override: claim.override,
        environment: claim.environment,
        requiredApprovals: approvalsRequired(claim.mode, claim.override, asked.requiredApprovals),
        approvers: asked.approvers ?? [],
        allowSelfApproval: false,
    });
}
async function verifyApproval(client, run, policy, options = DEFAULT_REQUEST_OPTIONS) {
    // The policy's count is the floor whatever the caller asked for.
    const required = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalsRequired */ .g0)(policy.mode, policy.override, policy.requiredApprovals);
    const check = {
        granted: false,
        environment: policy.environment,
        requiredApprovals: required,
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
        else if ((0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .commentRequired */ .zY)(policy.mode, policy.override) && comment === '') {
            check.refusals.push(`${login} approved without a comment; a ${policy.mode} ${policy.override} needs one with each approval (the written approval).`);
        }
        else {
            counted.set(key, { login, comment });
        }
    }
    check.approvers = [...counted.values()];
    if (check.approvers.length < required) {
        return refuse(`${check.approvers.length} of ${required} required approval(s) in environment "${policy.environment}"${check.approvers.length > 0 ? ` (from ${check.approvers.map((a) => a.login).join(', ')})` : ''}: ask ${required - check.approvers.length} more distinct reviewer(s) to approve.`);
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
    if (cause instanceof AnswerTooLargeError || error instanceof AnswerTooLargeError) {
        const bound = (cause instanceof AnswerTooLargeError ? cause : error)
            .maxBytes;
        return {
            retry: false,
            message: `GitHub's answer for ${what} is larger than ${bound} bytes, the most the gate reads; refusing to trust it.`,
        };
    }
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
const NO_TOKEN = 'No GitHub token: set GITHUB_TOKEN (or GH_TOKEN) to a personal access token of yours (docs/operator.md, "The token", lists its permissions).';
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

/***/ 18908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ usageError),
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
// What every subcommand is handed: the console, the environment and the cancellation signal.
// Tests hand in their own streams; \`preflight\` hands in the process's (src/cli/process.ts).
/** The process's own streams, for a caller that hands in none. */
function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
/**
 * A usage error: one line that says what is wrong, then where the options are (not the whole
 * usage, which buries the one line that matters).
 */
function usageError(io, command, message) {
    const name = command === '' ? 'preflight' : `preflight ${command}`;
    io.stderr.write(`${name}: ${message}\nRun "${name} --help" for its options.\n`);
}


/***/ }),

/***/ 49909:
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

// EXTERNAL MODULE: ./lib/runner/custody.js
var custody = __webpack_require__(93149);
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
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
// EXTERNAL MODULE: ./lib/history/record.js
var history_record = __webpack_require__(88411);
// EXTERNAL MODULE: ./lib/history/chain.js
var history_chain = __webpack_require__(22753);
;// CONCATENATED MODULE: ./lib/history/location.js
// Where a gate's history lives: its reports, operational log and archive. On a self-hosted
// runner the workspace is the checkout's to clean (actions/checkout runs `git clean -ffdx`), so
// the history defaults to the runner user's state directory; elsewhere it is the report dir.



function resolveHistoryDir(input, reportDir, env) {
    if (input !== '')
        return { dir: external_node_path_.resolve(input), note: null };
    if (env.RUNNER_ENVIRONMENT !== 'self-hosted')
        return { dir: reportDir, note: null };
    const repository = env.GITHUB_REPOSITORY ?? '';
    const home = env.HOME || external_node_os_.homedir();
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
        repository.includes('..') ||
        !home) {
        return {
            dir: reportDir,
            note: `The history stays in report-dir (${reportDir}): on a self-hosted runner it belongs outside the workspace, but GITHUB_REPOSITORY or HOME is not set; set history-dir.`,
        };
    }
    const [owner, repo] = repository.toLowerCase().split('/');
    return { dir: external_node_path_.join(home, '.local', 'state', 'preflight-gate', owner, repo), note: null };
}
/**
 * Keeps a copy of the run's report files in the history directory (same names; each written under
 * a hidden name, then renamed). Returns what could not be copied.
 */
function keepInHistory(files, historyDir) {
    const failures = [];
    (0,external_node_fs_.mkdirSync)(historyDir, { recursive: true });
    for (const file of files) {
        const target = external_node_path_.join(historyDir, external_node_path_.basename(file));
        const hidden = external_node_path_.join(historyDir, `.${external_node_path_.basename(file)}.${process.pid}.copying`);
        try {
            if (!(0,external_node_fs_.lstatSync)(file).isFile())
                throw new Error('not a regular file');
            (0,external_node_fs_.copyFileSync)(file, hidden);
            (0,external_node_fs_.renameSync)(hidden, target);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(hidden, { force: true });
            if (error.code === 'ENOENT' && !(0,external_node_fs_.existsSync)(file))
                continue;
            failures.push(`${external_node_path_.basename(file)} into the history (${historyDir}): ${error.message}`);
        }
    }
    return failures;
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var report_files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/history/tamper.js
// What the gate watches while the untrusted suite runs: its operational log (hash chain, held
// head) and the files named like its reports in the report and history directories. Whatever
// changed there that the gate did not write is tampering, reported with what was changed.







async function watchGateFiles(logDir, reportDirs) {
    const named = new Map();
    for (const dir of new Set(reportDirs))
        named.set(dir, namedFiles(dir));
    return { log: await (0,history_chain/* snapshotLog */.fr)(logDir), named };
}
/**
 * After the suite (and everything it started) has ended. A log that changed is put back as it
 * was, the changed one kept beside it as evidence. A `.md` without the gate's marker is the
 * suite's own report in the document's format (evidence it may write); anything else named like a
 * gate report (its JSON, JUnit, logs, a Markdown carrying the marker) that is not this run's own
 * is planted.
 */
async function checkGateFiles(watch, own, stamp) {
    // Under the lock a gate holds while it writes its reports and their record: another run's
    // files are either still reserved or recorded, never seen half way.
    return (0,history_chain/* withLogLockAsync */.Iq)(watch.log.dir, async () => check(watch, own, stamp));
}
function check(watch, own, stamp) {
    const before = watch.log.problem === null ? [] : [`before the suite ran: ${watch.log.problem}`];
    const after = (0,history_chain/* compareLog */.si)(watch.log);
    let keptAt = null;
    if (after.length > 0) {
        try {
            keptAt = (0,history_chain/* restoreLog */.RA)(watch.log, stamp);
        }
        catch (error) {
            after.push(`the log could not be put back as it was: ${error.message}`);
        }
    }
    const ownFiles = new Set(own.map((f) => external_node_path_.resolve(f)));
    const candidates = [];
    for (const [dir, stamps] of watch.named) {
        for (const [name, now] of namedFiles(dir)) {
            const file = external_node_path_.join(dir, name);
            if (stamps.get(name) === now || ownFiles.has(file))
                continue;
            if (name.endsWith('.md') && !startsWithMarker(file))
                continue;
            // Another gate run still in progress here (its report reserved, not yet written).
            if ((0,report_files/* isReservedReport */.BL)(file.replace(/\.[a-z.-]+$/, '.md')))
                continue;
            candidates.push(file);
        }
    }
    // Another gate run sharing the history recorded them (appended while this suite ran).
    const records = candidates.length > 0 ? (0,history_record/* gateRecords */._)(watch.log.dir) : null;
    const planted = candidates.filter((f) => records === null || (0,history_record/* notRecorded */.ok)(records, external_node_path_.dirname(f), external_node_path_.basename(f)) !== null);
    return { log: [...before, ...after.map((p) => `while the suite ran: ${p}`)], keptAt, planted };
}
function namedFiles(dir) {
    const stamps = new Map();
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return stamps;
    }
    for (const name of names) {
        if (!(0,history_record/* isReportFileName */.cy)(name))
            continue;
        try {
            const info = (0,external_node_fs_.lstatSync)(external_node_path_.join(dir, name));
            stamps.set(name, `${info.ino}:${info.size}:${info.mtimeMs}:${info.mode}`);
        }
        catch {
            // Gone between the listing and the lstat: not there.
        }
    }
    return stamps;
}
function startsWithMarker(file) {
    try {
        const data = (0,history_chain/* readRegularSync */.Wy)(file);
        return (data !== null &&
            data.subarray(0, markdown/* GATE_REPORT_MARKER */.U$.length).toString('utf8') === markdown/* GATE_REPORT_MARKER */.U$);
    }
    catch {
        // Not a regular file (a link, a FIFO) named like a report: not the suite's own report either.
        return true;
    }
}

// EXTERNAL MODULE: ./lib/redact.js
var redact = __webpack_require__(25078);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/report/redact-files.js
// Files that go into the artifact but were written by someone else (the suite's output, the
// suite's own reports) pass through the same evidence pipeline as every other surface: their
// contents are rewritten redacted, and a file whose name holds a secret is left out.








/**
 * Rewrites a file redacted, streaming: under a fresh name nobody could have planted, then renamed
 * over the original (a hard link to a file elsewhere is replaced, never written through). With
 * `learn`, a first pass picks up ::add-mask:: values announced anywhere in it.
 */
async function redactFileInPlace(file, redactor, { learn = false } = {}) {
    if (learn) {
        const reading = await (0,safe_file/* openRegularForReading */.KR)(file);
        try {
            const lines = (0,external_node_readline_.createInterface)({
                input: reading.createReadStream({ autoClose: false }),
                crlfDelay: Infinity,
            });
            for await (const line of lines)
                redactor.learnFromLine(line);
        }
        finally {
            await reading.close();
        }
    }
    const redacted = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.redacting`);
    const source = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        const target = await (0,safe_file/* openRegularFile */.ZU)(redacted, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW);
        try {
            await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ autoClose: false }), redactor.stream(), target.createWriteStream());
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
/** Whether a file's name, as the evidence would show it, holds a secret. */
function nameHoldsSecret(file, redactor) {
    const name = external_node_path_.basename(file);
    return redactor.redact(name) !== (0,redact/* evidenceText */.rS)(name);
}
/**
 * The suite's files made fit for the artifact: each is redacted in place; one whose name holds a
 * secret is renamed first (the rename noted, the old name never shown); one with more than one
 * hard link, or that cannot be redacted, is left out with a note.
 */
async function redactSuiteFiles(files, redactor, linkCount) {
    const kept = [];
    const notes = [];
    for (const original of files) {
        let file = original;
        const shown = redactor.redact(external_node_path_.basename(file));
        try {
            if (nameHoldsSecret(file, redactor)) {
                file = await renameWithoutSecret(file, shown);
                notes.push(`The suite wrote a file whose name holds a secret; it was renamed ${external_node_path_.basename(file)} before it went into the artifact.`);
            }
            const links = await linkCount(file);
            if (links > 1) {
                notes.push(`The suite's file ${shown} has ${links} hard links (its contents live elsewhere too), so it was left out of the artifact.`);
                continue;
            }
            await redactFileInPlace(file, redactor);
            kept.push(file);
        }
        catch (error) {
            notes.push(`The suite's file ${shown} could not be redacted (${redactor.redact(error.message)}), so it was left out of the artifact.`);
        }
    }
    return { kept, notes };
}
/** A new name with REDACTED where the secret stood; link() never replaces an existing name. */
async function renameWithoutSecret(file, shown) {
    const safe = shown.replaceAll('***', 'REDACTED').replace(/[/\\]/g, '_');
    for (let attempt = 0; attempt < 10; attempt++) {
        const name = attempt === 0 ? safe : `${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-${safe}`;
        const target = external_node_path_.join(external_node_path_.dirname(file), name);
        try {
            await (0,external_node_fs_promises_.link)(file, target);
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        await (0,external_node_fs_promises_.unlink)(file);
        return target;
    }
    throw new Error('no free name to rename it to');
}

// EXTERNAL MODULE: ./lib/report/messages.js
var messages = __webpack_require__(26916);
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

// EXTERNAL MODULE: ./lib/runner/isolation.js
var runner_isolation = __webpack_require__(67678);
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

;// CONCATENATED MODULE: ./lib/runner/suite-job.js
// One run of the gate's configured suite (a command or a suite file): the suite runner the engine
// is handed. It returns what the suite did as a fact (a SuiteOutcome) and never throws for a lost
// output: a job log or output log that cannot be written is part of the outcome.



async function runSuiteJob(job) {
    const { settings, redactor } = job;
    const echo = redactor.stream();
    // A job log that cannot be written (EPIPE, EIO) is a fact, never a crash: the suite is stopped.
    let echoLost;
    const onEchoError = (error) => {
        if (echoLost !== undefined)
            return;
        echoLost = `The live echo of the suite's output could not be written: ${error.message}; the suite was stopped. No evidence, no launch in live mode.`;
        if (job.echo)
            echo.unpipe(job.echo);
        echo.resume();
        (0,runner_process/* killActiveProcessTrees */.RS)();
    };
    if (job.echo) {
        job.echo.on('error', onEchoError);
        echo.pipe(job.echo, { end: false });
    }
    else
        echo.resume();
    const scope = {
        mode: settings.mode,
        words: job.words,
        subset: settings.subset,
        timeoutMs: settings.timeoutSeconds * 1000,
        cwd: external_node_path_.resolve(settings.workingDirectory),
        env: job.env,
        echo,
        killGraceMs: job.killGraceMs,
        onSecret: (value) => redactor.add(value),
        isolation: job.isolation,
        signal: job.signal,
    };
    const withEchoLost = (outcome) => echoLost === undefined || outcome.outputLost !== undefined
        ? outcome
        : { ...outcome, outputLost: echoLost };
    const source = settings.source;
    try {
        if (source.kind === 'suite') {
            // Loaded only for suite files, so the command path does not pay for the YAML parser.
            const { runSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(600), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 31475));
            const outcome = await runSuiteFile({ ...scope, path: source.path });
            if (job.outputLog === null)
                return withEchoLost(outcome);
            try {
                await writeSuiteOutputLog(job.outputLog, outcome);
            }
            catch (error) {
                const outputLost = `The output log could not be written: ${error.message}. No evidence, no launch in live mode; free the disk and re-run.`;
                return withEchoLost({ ...outcome, outputLost });
            }
            return withEchoLost(outcome);
        }
        const { runCommandSuite } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3936));
        const outcome = await runCommandSuite({
            ...scope,
            command: source.command,
            outputLogPath: job.outputLog ?? undefined,
            evidence: settings.evidence,
            reportDir: job.reportDir,
        });
        return withEchoLost(outcome);
    }
    finally {
        // The last partial line, then the end of the window that stops workflow commands.
        await new Promise((resolve) => echo.end(resolve));
    }
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

;// CONCATENATED MODULE: ./lib/runner/file-commands.js
// The runner's file commands belong to the gate. GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STATE and GITHUB_STEP_SUMMARY are taken as they are just before the suite starts and
// compared once the suite and every process it started are gone: a suite that wrote to them (it
// can find them under suite-isolation none, whether or not its environment names them) is
// tampering. Each file is put back as it was, so only the gate's lines reach the runner.



/** A file command larger than this is not the gate's own step file: it cannot be put back. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const TOO_LARGE = Buffer.from('\0too large\0');
/** The file commands as they are now (only those the environment names, by absolute path). */
async function takeFileCommands(env) {
    const taken = [];
    for (const variable of runner_isolation/* FILE_COMMAND_VARIABLES */.XC) {
        const file = env[variable];
        if (!file || !file.startsWith('/'))
            continue;
        taken.push({ variable, path: file, content: await readKept(file) });
    }
    return taken;
}
/**
 * Compares the file commands with the snapshot and puts back every one that changed. Returns
 * the variables whose files the suite touched, and any file that could not be put back.
 */
async function restoreFileCommands(snapshot) {
    const tampered = [];
    const unrestored = [];
    for (const taken of snapshot) {
        const now = await readKept(taken.path);
        if (sameContent(taken.content, now) && (await isRegular(taken.path)) === (now !== null)) {
            continue;
        }
        tampered.push(taken.variable);
        if (taken.content?.equals(TOO_LARGE)) {
            unrestored.push(`${taken.variable} (larger than ${MAX_KEPT_BYTES} bytes before the suite)`);
            continue;
        }
        try {
            // A link, FIFO or directory put in its place goes; the file gets its content back.
            if ((await isRegular(taken.path)) === false)
                await (0,external_node_fs_promises_.rm)(taken.path, { recursive: true, force: true });
            if (taken.content === null)
                await (0,external_node_fs_promises_.rm)(taken.path, { force: true });
            else
                await (0,safe_file/* writeRegularFile */.E2)(taken.path, taken.content);
        }
        catch (error) {
            unrestored.push(`${taken.variable} (${error.message})`);
        }
    }
    return { tampered, unrestored };
}
function sameContent(before, after) {
    if (before === null || after === null)
        return before === after;
    return before.equals(after);
}
/** true: a regular file (not a link); false: something else is there; null: nothing. */
async function isRegular(file) {
    try {
        return (await (0,external_node_fs_promises_.lstat)(file)).isFile();
    }
    catch {
        return null;
    }
}
/** The file's content (bounded), or null when it is not a regular file. */
async function readKept(file) {
    if ((await isRegular(file)) !== true)
        return null;
    let handle;
    try {
        handle = await (0,safe_file/* openRegularForReading */.KR)(file);
    }
    catch {
        return null;
    }
    try {
        const size = (await handle.stat()).size;
        if (size > MAX_KEPT_BYTES)
            return TOO_LARGE;
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
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
    // The client reads the service's address and token from the process's environment, which the
    // gate re-executed without them while the suite ran (src/runner/custody.ts); it is over now.
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if (env[name] !== undefined)
            process.env[name] ??= env[name];
    }
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
/**
 * The action's upload of a run's files: skipped where there is no artifact service, bounded in
 * time; what became of it is the returned outcome (a failure carries its note), never a throw.
 */
async function uploadPendingReports(pending, env, upload = uploadReportArtifact) {
    if (!artifactRuntimeAvailable(env)) {
        return { kind: 'skipped', reason: NO_ARTIFACT_SERVICE };
    }
    try {
        const artifact = await upload({
            files: pending.files,
            rootDirectory: pending.rootDirectory,
            name: pending.name,
            retentionDays: pending.retentionDays,
            timeoutMs: uploadTimeoutMs(env),
        }, env);
        return { kind: 'uploaded', name: pending.name, ...artifact };
    }
    catch (error) {
        const message = error.message;
        return {
            kind: 'failed',
            name: pending.name,
            error: message,
            note: uploadFailureNote(pending.name, message, pending.mode),
        };
    }
}
/** Why an upload was skipped outside GitHub Actions (the action says so in a notice). */
const NO_ARTIFACT_SERVICE = 'no artifact service outside GitHub Actions';

;// CONCATENATED MODULE: ./lib/engine.js
// The gate's engine, shared by the action, the CLI and watch: plan → run → judge → record.
//   plan: `planGate` turns the inputs into a GatePlan, data only: what will run, whether the
//     reports are uploaded, where an override's approval is verified.
//   run: `applyPlan` reserves the report names and runs the suite through the effects it is
//     handed (suite runner, approval verifier, uploader, clock, host name); each returns a fact.
//   judge and record: one loop. `settle` (pure: the host name and every time come in with the
//     facts) turns the facts into one decided GateRun; `nextStep` (pure) says what to do with it:
//     verify an approval, write the reports and log the entries not yet logged, or upload. What
//     that step finds (an approval, a write or upload failure) is a new fact, judged again, until
//     no new fact arrives. Facts are never changed in place: each step returns new ones.
// The engine knows nothing of @actions/*; it never calls back into its caller for output.
























/** The inputs → the plan: no I/O, the start time handed in (paths resolve against the cwd). */
function planGate(raw, surface, startedAt) {
    const words = surface.words ?? model/* ACTION_WORDS */.dC;
    const parsed = (0,lib_settings/* parseSettings */.P$)(raw, words.input);
    const settings = parsed.ok ? parsed.settings : null;
    const mode = parsed.ok ? parsed.settings.mode : parsed.mode;
    const reportDir = external_node_path_.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir);
    const history = resolveHistoryDir((settings?.historyDir ?? raw['history-dir'] ?? '').trim(), reportDir, surface.env);
    const upload = settings ?? (0,lib_settings/* parseUploadSettings */.Gq)(raw);
    return {
        startedAt,
        settings,
        inputErrors: parsed.ok ? [] : parsed.errors,
        mode,
        words,
        reportDir,
        historyDir: history.dir,
        historyNote: history.note,
        source: settings
            ? settings.source.kind === 'command'
                ? settings.source.command
                : settings.source.path
            : (raw.command ?? raw.suite ?? ''),
        operator: surface.operator,
        runUrl: surface.runUrl,
        env: surface.env,
        secretCustody: surface.secretCustody ?? null,
        redactValues: [raw['github-token']],
        redactVariables: settings?.redact ?? leniently(raw.redact),
        artifactName: upload.artifactName || defaultArtifactName(mode, surface.env),
        retentionDays: upload.retentionDays,
        uploadArtifact: upload.uploadArtifact,
        upload: !surface.uploadsReports
            ? { kind: 'none' }
            : upload.uploadArtifact
                ? { kind: 'upload' }
                : { kind: 'skip', outcome: { kind: 'skipped', reason: 'upload-artifact is false' } },
        approvalEnvironment: surface.verifiesApprovals && settings && settings.approvalEnvironment !== ''
            ? settings.approvalEnvironment
            : null,
    };
}
/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list) {
    return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
}
async function applyPlan(plan, effects) {
    const named = await reserveReportNames(plan);
    const prepared = await prepare(plan);
    effects.recordPendingUpload?.(pendingUpload(plan, prepared, named));
    const watch = await watchGateFiles(plan.historyDir, [plan.reportDir, plan.historyDir]);
    const ran = await runSuitePhase(plan, prepared, named, effects);
    const tampering = await checkGateFiles(watch, (0,report_files/* reportFiles */.IU)(ran.files.paths), (0,report_files/* reportBaseName */.l_)(plan.startedAt).replace('SMOKE_TEST_INSTITUTIONAL_', ''));
    const kept = await keepSuiteReports(plan, prepared, ran.files, withoutPlanted(ran.outcome, tampering));
    if (kept.files !== ran.files) {
        effects.recordPendingUpload?.(pendingUpload(plan, prepared, kept.files));
    }
    const files = withoutMissingOutputLog(kept.files);
    const run = await judgeAndRecord(plan, prepared, files, effects, {
        outcome: kept.outcome,
        isolation: ran.isolation,
        decidedAt: effects.now(),
        cancelled: ran.cancelled,
        approval: null,
        upload: null,
        uploadSettledAt: null,
        writeError: kept.outcome.outputLost ?? ran.logLost,
        reportDirLost: false,
        fileCommandsTampered: ran.fileCommandsTampered,
        tampering,
    });
    // Reports older than report-retention-days go into the archive (not while answering a
    // cancellation, which must be quick); a failure only adds a note.
    const retentionNotes = [];
    if (!ran.cancelled) {
        for (const dir of new Set([plan.historyDir, plan.reportDir])) {
            await (0,prune/* retainAfterRun */.xX)(retentionNotes, dir, plan.settings?.reportRetentionDays, effects.now(), plan.historyDir);
        }
    }
    return {
        run: { ...run, outcome: { ...run.outcome, notes: [...run.outcome.notes, ...retentionNotes] } },
        paths: files.paths,
        settings: plan.settings,
        masks: [...prepared.redactor.announced],
        redactor: prepared.redactor,
    };
}
async function reserveReportNames(plan) {
    // The log lives with the history; the run's reports are written here and copied there.
    const reserved = await (0,report_files/* reserveReportPaths */.XA)(plan.reportDir, plan.startedAt);
    return {
        paths: { ...reserved, opsLog: external_node_path_.join(plan.historyDir, history_chain/* OPS_LOG_FILE */.np) },
        suiteReports: [],
    };
}
/** After the names are reserved: reserving creates the report directory, held from then on. */
async function prepare(plan) {
    const redactor = new redact/* Redactor */.pO(plan.redactValues);
    redactor.addVariables(plan.redactVariables, plan.env);
    redactor.addWithheld(plan.env);
    return { redactor, trackingId: newTrackingId(), heldDir: await holdDirectory(plan.reportDir) };
}
/** What the post step needs to upload the run's files if this step never finishes. */
function pendingUpload(plan, prepared, files) {
    return {
        rootDirectory: plan.reportDir,
        files: [...(0,report_files/* reportFiles */.IU)(files.paths), ...files.suiteReports],
        markdown: files.paths.markdown,
        runOpsLog: files.paths.runOpsLog,
        opsLog: files.paths.opsLog,
        name: plan.artifactName,
        retentionDays: plan.retentionDays,
        uploadArtifact: plan.uploadArtifact,
        mode: plan.mode,
        operator: plan.operator,
        runUrl: plan.runUrl,
        trackingId: prepared.trackingId,
        redact: plan.redactVariables,
    };
}
async function runSuitePhase(plan, prepared, files, effects) {
    const { settings } = plan;
    const nothingRan = {
        files,
        isolation: null,
        cancelled: false,
        logLost: null,
        fileCommandsTampered: null,
    };
    if (!settings) {
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('invalid', plan.inputErrors), ...nothingRan };
    }
    if (settings.skipHealthCheck) {
        const note = `Health checks were skipped on request (${plan.words.override('skip-health-check')}).`;
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('skipped', [note]), ...nothingRan };
    }
    const chosen = await (0,runner_isolation/* chooseIsolation */.I1)(settings.suiteIsolation, effects.isolationProbe ?? runner_isolation/* cachedIsolationProbe */.zD);
    const isolation = chosen.launcher
        ? { launcher: chosen.launcher, rules: suiteMountRules(plan, files.paths) }
        : undefined;
    const fileCommands = await takeFileCommands(plan.env);
    const started = performance.now();
    const cancelled = cancellation(effects.signal);
    const runSuite = effects.runSuite ?? runSuiteJob;
    let outcome;
    let wasCancelled = false;
    try {
        const result = await Promise.race([
            runSuite({
                settings,
                words: plan.words,
                env: sealedEnvironment(plan.env, settings.passEnv, prepared.trackingId),
                redactor: prepared.redactor,
                echo: effects.echo,
                killGraceMs: effects.killGraceMs,
                isolation,
                outputLog: files.paths.outputLog,
                reportDir: plan.reportDir,
                signal: effects.signal,
            }),
            cancelled.promise,
        ]);
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
    const leftovers = await killTrackedProcesses(prepared.trackingId);
    if (leftovers > 0) {
        outcome = {
            ...outcome,
            notes: [
                ...outcome.notes,
                `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
            ],
        };
    }
    // The suite and what it started are gone: its lines in the runner's file commands go too.
    const restored = await restoreFileCommands(fileCommands);
    const fileCommandsTampered = restored.tampered.length === 0
        ? null
        : `The suite wrote to the runner's file commands (${restored.tampered.join(', ')}): that is tampering with the gate's outputs, state, summary or the next steps' environment. ${restored.unrestored.length === 0 ? 'They were put back as they were before the suite' : `They could not all be put back: ${restored.unrestored.join('; ')}`}. Run the suite with suite-isolation pid, where it cannot reach them, and find what in the suite writes there.`;
    for (const secret of outcome.secretValues ?? [])
        prepared.redactor.add(secret);
    let logLost = null;
    try {
        await redactOutputLog(files.paths.outputLog, prepared.redactor);
    }
    catch (error) {
        // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
        if (files.paths.outputLog)
            await (0,external_node_fs_promises_.rm)(files.paths.outputLog, { force: true }).catch(() => { });
        logLost = `The output log could not be redacted (${error.message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`;
    }
    return {
        outcome,
        files,
        isolation: chosen.report,
        cancelled: wasCancelled,
        logLost,
        fileCommandsTampered,
    };
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
/**
 * What the suite's mount namespace hides (the runner's file commands) and keeps read-only (the
 * gate's own records: the operational log). Only paths that exist can be mounted over.
 */
function suiteMountRules(plan, paths) {
    return {
        hide: (0,runner_isolation/* fileCommandPaths */.y6)(plan.env),
        // The history is the gate's: all of it when it has its own directory, else its log and archive.
        readOnly: (plan.historyDir !== plan.reportDir
            ? [plan.historyDir]
            : [paths.opsLog, external_node_path_.join(plan.historyDir, history_chain/* ARCHIVE_DIR */.L$)]).filter((file) => (0,external_node_fs_.existsSync)(file)),
    };
}
/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(file, redactor) {
    if (file === null || !(0,external_node_fs_.existsSync)(file))
        return;
    const info = await (0,external_node_fs_promises_.lstat)(file);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file`);
    // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
    if (info.size === 0)
        return;
    await redactFileInPlace(file, redactor, { learn: true });
}
/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 * Returns the same files when the suite wrote none.
 */
async function keepSuiteReports(plan, prepared, files, written) {
    if ((written.suiteReports ?? []).length === 0)
        return { outcome: written, files };
    // Redacted like every other surface; a name holding a secret is renamed first.
    const { kept, notes } = await redactSuiteFiles(written.suiteReports ?? [], prepared.redactor, async (file) => (await (0,external_node_fs_promises_.lstat)(file)).nlink);
    const outcome = { ...written, suiteReports: kept, notes: [...written.notes, ...notes] };
    if (!kept.some((f) => (0,report_files/* reportFiles */.IU)(files.paths).includes(f))) {
        return { outcome, files: { ...files, suiteReports: kept } };
    }
    // The output log follows the gate's new name: one run's files never take the suite's name.
    const fresh = await (0,report_files/* reserveReportPaths */.XA)(plan.reportDir, plan.startedAt);
    let outputLog = files.paths.outputLog;
    if (outputLog !== null && fresh.outputLog !== null && (0,external_node_fs_.existsSync)(outputLog)) {
        const from = outputLog;
        outputLog = await (0,external_node_fs_promises_.rename)(from, fresh.outputLog).then(() => fresh.outputLog, () => from);
    }
    return {
        outcome,
        files: { paths: { ...fresh, opsLog: files.paths.opsLog, outputLog }, suiteReports: kept },
    };
}
/** An output log the suite never wrote (or that could not be kept) is not one of the run's files. */
function withoutMissingOutputLog(files) {
    const { outputLog } = files.paths;
    if (outputLog === null || (0,external_node_fs_.existsSync)(outputLog))
        return files;
    return { ...files, paths: { ...files.paths, outputLog: null } };
}
async function holdDirectory(dir) {
    const [link, target] = await Promise.all([(0,external_node_fs_promises_.lstat)(dir), (0,external_node_fs_promises_.stat)(dir)]);
    return { dev: target.dev, ino: target.ino, wasLink: link.isSymbolicLink() };
}
/** How the directory changed (a link now, or another directory), or null when it is the same. */
async function directorySwapped(held, dir) {
    const [link, target] = await Promise.all([
        (0,external_node_fs_promises_.lstat)(dir).catch(() => null),
        (0,external_node_fs_promises_.stat)(dir).catch(() => null),
    ]);
    return link === null || target === null
        ? 'removed'
        : link.isSymbolicLink() && !held.wasLink
            ? 'replaced by a link'
            : target.dev !== held.dev || target.ino !== held.ino || !target.isDirectory()
                ? 'replaced by another directory'
                : null;
}
const NOTHING_RECORDED = {
    verified: false,
    written: false,
    uploaded: false,
    logged: new Set(),
};
/**
 * Pure. An approval first (the verdict waits on it), then the reports and every entry not yet
 * logged (again whenever a new fact brings one: a write or upload failure), then the upload, once.
 */
function nextStep(plan, run, facts, recorded) {
    const request = recorded.verified || facts.cancelled ? null : approvalRequest(plan, run);
    if (request)
        return { kind: 'verify', request };
    const unlogged = run.opsLog.filter((entry) => !recorded.logged.has(entry.event));
    if (!recorded.written || unlogged.length > 0)
        return { kind: 'write', entries: unlogged };
    if (plan.upload.kind !== 'none' &&
        !recorded.uploaded &&
        !facts.cancelled &&
        !facts.reportDirLost) {
        return { kind: 'upload' };
    }
    return null;
}
/** Judges the facts, does the next step, judges what it found; until no new fact arrives. */
async function judgeAndRecord(plan, prepared, files, effects, suiteFacts) {
    const judging = { hostName: effects.hostName, redactor: prepared.redactor };
    let facts = suiteFacts;
    let recorded = NOTHING_RECORDED;
    for (;;) {
        const run = settle(plan, facts, judging);
        const step = nextStep(plan, run, facts, recorded);
        if (step === null)
            return run;
        if (step.kind === 'verify') {
            const approval = await verifySafely(needed(effects.verifyApproval, 'verifyApproval'), step.request);
            facts = { ...facts, approval };
            recorded = { ...recorded, verified: true };
        }
        else if (step.kind === 'write') {
            const written = await write(plan, prepared, files, run, step.entries, facts);
            facts = withWritten(facts, written);
            const logged = new Set([...recorded.logged, ...step.entries.map((entry) => entry.event)]);
            recorded = { ...recorded, written: true, logged };
        }
        else {
            const upload = plan.upload.kind === 'skip'
                ? plan.upload.outcome
                : await needed(effects.uploadReports, 'uploadReports')(pendingUpload(plan, prepared, files));
            facts = { ...facts, upload, uploadSettledAt: effects.now() };
            recorded = { ...recorded, uploaded: true };
        }
    }
}
/** An effect the plan relies on: its absence is the caller's mistake, not a fact of the run. */
function needed(effect, name) {
    if (effect === undefined)
        throw new Error(`The gate's plan needs ${name}, and none was given.`);
    return effect;
}
/** What a write found: the first reason it failed is kept (a later one adds nothing). */
function withWritten(facts, written) {
    const writeError = facts.writeError ?? written.writeError;
    const reportDirLost = facts.reportDirLost || written.reportDirLost;
    if (writeError === facts.writeError && reportDirLost === facts.reportDirLost)
        return facts;
    return { ...facts, writeError, reportDirLost };
}
/** The facts so far → one decided, redacted run with its log entries. Pure. */
function settle(plan, facts, judging) {
    const { settings, mode } = plan;
    const { outcome } = facts;
    const strictest = (0,lib_decision/* modeOrStrictest */.uh)(mode);
    const requested = (0,lib_decision/* requestedOverride */.j0)(outcome.status, settings?.forceStart ?? false);
    const requiredApprovals = requested ? (0,lib_decision/* approvalsRequired */.g0)(strictest, requested) : 0;
    const tampered = facts.tampering.log.length > 0 || facts.tampering.planted.length > 0;
    const decision = (0,lib_decision/* decide */.LD)({
        mode: strictest,
        status: outcome.status,
        forceStart: settings?.forceStart ?? false,
        approvalVerified: facts.approval?.granted ?? false,
        facts: [
            ...(facts.fileCommandsTampered !== null ? ['file-commands-tampered'] : []),
            ...(facts.writeError !== null ? ['report-write-failed'] : []),
            ...(facts.upload?.kind === 'failed' ? ['report-upload-failed'] : []),
            ...(tampered ? ['gate-files-tampered'] : []),
        ],
    });
    const notes = [
        ...outcome.notes,
        ...tamperingNotes(facts.tampering),
        ...(plan.historyNote !== null ? [plan.historyNote] : []),
        ...(facts.fileCommandsTampered !== null ? [facts.fileCommandsTampered] : []),
        ...(facts.writeError !== null ? [facts.writeError] : []),
        ...(facts.upload?.kind === 'failed' ? [facts.upload.note] : []),
    ];
    const run = {
        mode,
        subset: settings?.subset ?? null,
        source: plan.source,
        startedAt: plan.startedAt,
        outcome: { ...outcome, notes },
        decision,
        approval: facts.approval,
        upload: facts.upload,
        opsLog: [],
        operator: plan.operator,
        runUrl: plan.runUrl,
        reason: settings?.reason ?? '',
        ticket: settings?.ticket ?? '',
        impact: settings?.impact ?? '',
        mitigation: settings?.mitigation ?? '',
        approvalEnvironment: settings?.approvalEnvironment ?? '',
        requiredApprovals,
        provenance: (0,provenance/* provenanceFromEnv */.f5)(plan.env, mode, judging.hostName),
        ...(facts.isolation && { isolation: facts.isolation }),
        ...(facts.isolation && plan.secretCustody && { secrets: plan.secretCustody }),
    };
    const redacted = judging.redactor.redactRun(run);
    const { log, planted } = facts.tampering;
    const opsLog = (0,opslog/* runLogEntries */.cL)(redacted, plan.words, {
        decidedAt: facts.decidedAt,
        cancelled: facts.cancelled,
        fileCommandsTampered: facts.fileCommandsTampered,
        logTampered: log.length > 0 ? tamperingNotes({ ...facts.tampering, planted: [] }).join(' ') : null,
        filesTampered: planted.length > 0 ? tamperingNotes({ ...facts.tampering, log: [] }).join(' ') : null,
        writeError: facts.writeError,
        uploadSettledAt: facts.uploadSettledAt,
    });
    return { ...redacted, opsLog };
}
function approvalRequest(plan, run) {
    const { settings, approvalEnvironment } = plan;
    const override = run.decision.requestedOverride;
    if (run.decision.verdict !== 'approval-required' || !settings || !override)
        return null;
    if (approvalEnvironment === null)
        return null;
    return {
        mode: settings.mode,
        override,
        environment: approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
        failures: (0,messages/* failedCheckNames */.Cu)(run.outcome),
        githubToken: settings.githubToken,
        openTicket: settings.openTicket,
        // The follow-up ticket is evidence too: its free text comes from the redacted run.
        reason: run.reason,
        ticket: run.ticket,
        impact: run.impact,
        mitigation: run.mitigation,
        reportDir: settings.reportDir,
        historyDir: plan.historyDir,
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
/**
 * Writes the report files and appends the given entries with the record of the files. A failure
 * to write is returned as a fact (no evidence), never thrown.
 */
async function write(plan, prepared, files, run, entries, facts) {
    // Once swapped, the directory is not written to again (its loss is a fact already).
    if (facts.reportDirLost)
        return { writeError: null, reportDirLost: true };
    const swapped = await directorySwapped(prepared.heldDir, plan.reportDir);
    if (swapped !== null) {
        // Writing there would put the reports wherever the link points: nothing is written.
        return {
            writeError: `The report directory ${plan.reportDir} was ${swapped} during the run, so no report was written there (nor uploaded from it). No evidence, no launch in live mode; keep the report directory out of the suite's reach and re-run.`,
            reportDirLost: true,
        };
    }
    // The reports and their record under the log's lock: another run never sees one without the other.
    try {
        const writeError = await (0,history_chain/* withLogLockAsync */.Iq)(plan.historyDir, () => writeAndRecord(plan, files, run, entries, facts.decidedAt));
        return { writeError, reportDirLost: false };
    }
    catch (error) {
        // No lock, no log entry (it would fork the chain); the reports are still written.
        await (0,report_files/* writeReports */.Li)(run, files.paths);
        return {
            writeError: `The operational log could not be appended: ${error.message}.`,
            reportDirLost: false,
        };
    }
}
/** Under the log's lock: the reports, their copy in the history, the entries and the record. */
async function writeAndRecord(plan, files, run, entries, at) {
    const { paths } = files;
    const failures = await (0,report_files/* writeReports */.Li)(run, paths);
    if (plan.historyDir !== plan.reportDir) {
        failures.push(...keepInHistory((0,report_files/* reportFiles */.IU)(paths), plan.historyDir));
    }
    try {
        const record = (0,opslog/* reportsRecordedEntry */.Wu)(run, at, (0,history_record/* digestFiles */.Eh)((0,report_files/* reportFiles */.IU)(paths)));
        (0,history_chain/* appendChainedLocked */.rz)(plan.historyDir, [...entries, record]);
    }
    catch (error) {
        return `The operational log could not be appended: ${error.message}.`;
    }
    return failures.length === 0
        ? null
        : `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`;
}
/** What was tampered with, in the report's notes and the log entries. */
function tamperingNotes({ log, keptAt, planted }) {
    const notes = [];
    if (log.length > 0) {
        notes.push(`The operational log was tampered with: ${log.join('; ')}.${keptAt ? ` The log was put back as it was before the suite; the changed one is kept as ${keptAt}.` : ''} Find what wrote there; the gate's log is written only by the gate.`);
    }
    if (planted.length > 0) {
        notes.push(`Files named like the gate's reports appeared or changed while the suite ran and are not the gate's (not uploaded, not recorded, never counted): ${planted
            .slice(0, 10)
            .map((f) => external_node_path_.basename(f))
            .join(', ')}${planted.length > 10 ? ` and ${planted.length - 10} more` : ''}.`);
    }
    return notes;
}
/** Planted files are never kept as the suite's reports either. */
function withoutPlanted(outcome, tampering) {
    if (tampering.planted.length === 0 || !outcome.suiteReports)
        return outcome;
    const planted = new Set(tampering.planted);
    return { ...outcome, suiteReports: outcome.suiteReports.filter((f) => !planted.has(f)) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/approval/approval-run.js
var approval_run = __webpack_require__(14908);
;// CONCATENATED MODULE: ./lib/cli/local-provenance.js
// Provenance off GitHub Actions: a CLI gate run records the git commit it checked (and whether
// the tree had changes), the repository its `origin` remote names, a run id of its own and the
// leg it stands for, so `preflight aggregate` can bind reports to one commit, repository, time
// and leg as the aggregate action does with the runner's variables.



/** git answers in milliseconds; a hung one (a credential prompt, a dead NFS) is not waited on. */
const GIT_TIMEOUT_MS = 5_000;
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        }, (error, stdout) => resolve(error ? null : stdout.trim()));
    });
}
/**
 * The variables provenanceFromEnv reads (src/provenance.ts), filled in for a run outside
 * Actions; inside Actions the runner's own variables stand and only the leg is added.
 */
async function localProvenanceEnv(cwd, env, leg) {
    const named = { ...(leg !== undefined ? { PREFLIGHT_LEG: leg } : {}) };
    if (env.GITHUB_ACTIONS === 'true')
        return { ...env, ...named };
    const [sha, status, remote] = await Promise.all([
        git(['rev-parse', '--verify', 'HEAD'], cwd),
        git(['status', '--porcelain', '--untracked-files=no'], cwd),
        git(['remote', 'get-url', 'origin'], cwd),
    ]);
    const repository = remote ? (0,approval_run/* repositoryFromRemote */.Py)(remote) : null;
    return {
        ...env,
        ...named,
        PREFLIGHT_GIT_SHA: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : '',
        PREFLIGHT_GIT_DIRTY: sha && status !== null ? String(status !== '') : '',
        PREFLIGHT_GIT_REPOSITORY: repository ? `${repository.owner}/${repository.repo}` : '',
        // One id per gate run: two runs on one machine are two runs, never one.
        PREFLIGHT_RUN_ID: `local-${Date.now().toString(36)}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`,
    };
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
    const client = await (0,github/* createGitHubClient */.LX)(request.githubToken, env);
    return authorizeOverride(client, (0,github/* runRefFromEnv */.eR)(env), gatePolicy(request), request.openTicket
        ? {
            mode: request.mode,
            override: request.override,
            failures: request.failures,
            reason: request.reason,
            ticket: request.ticket,
            impact: request.impact,
            mitigation: request.mitigation,
            runUrl,
            reportUrl: runUrl,
        }
        : null);
}

// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
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
        const reportDir = external_node_path_.resolve(request.reportDir);
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
        const used = findUse(external_node_path_.resolve(request.historyDir), approvalRun.run, approvalRun.url);
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
/**
 * A run as GitHub identifies it: the repository, case-insensitively, and the numeric id. The
 * host and any `/attempts/N` do not make another run.
 */
function runKey(run) {
    return `${run.owner}/${run.repo}#${run.runId}`.toLowerCase();
}
function runKeyOfUrl(url) {
    const m = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/actions\/runs\/(\d{1,15})(?:[/?#]|$)/.exec(url);
    return m ? runKey({ owner: m[1], repo: m[2], runId: Number(m[3]) }) : null;
}
/**
 * Why the run is spent (it already granted an override here), or null when it is not. Every log
 * of the history counts, the months rotated into archive/ too; an entry is a use whether or not
 * its chain verifies (a doubt only ever refuses).
 */
function findUse(historyDir, run, url) {
    const chain = (0,history_chain/* readHistoryChain */.KS)(historyDir);
    if (chain.unreadable.length > 0) {
        return `Cannot read the operational log ${chain.unreadable[0]} to tell whether approval run ${url} was already used: repair or move the file.`;
    }
    const key = runKey(run);
    for (const { file, log } of chain.files) {
        for (const line of log.lines) {
            const entry = logLine.safeParse(line.value);
            if (!entry.success) {
                return `Line ${line.number} of the operational log ${file} is not a log entry, so whether approval run ${url} was already used cannot be told: repair or move the file.`;
            }
            if (GRANTED_EVENTS.has(entry.data.event) && runKeyOfUrl(entry.data.runUrl) === key) {
                return `Approval run ${url} already granted an override on this host (${entry.data.event} at ${entry.data.timestamp}, in ${file}): an approval is good for one launch; request a new one.`;
            }
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
        const { mode, outcome, decision } = this.run;
        const cancelled = {
            ...this.run,
            decision: (0,lib_decision/* decide */.LD)({
                mode: (0,lib_decision/* modeOrStrictest */.uh)(mode),
                status: outcome.status,
                forceStart: decision.requestedOverride === 'force-start',
                approvalVerified: decision.grantedOverride !== null,
                facts: ['operator-cancelled'],
            }),
        };
        const entry = (0,opslog/* runLogEntry */.uu)(cancelled, new Date(), 'OPERATOR_CANCELLED', details);
        (0,history_chain/* appendChained */.fg)(this.reportDir, [entry]);
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

;// CONCATENATED MODULE: ./lib/runner/executable.js
// Whether a program can be started, checked before it is needed: a kill switch or a launch
// command that is not there must stop the operator at the start, not at the trip.


/** Why `program` cannot be run from `cwd` with this PATH, or null when it can. */
function executableProblem(program, cwd, pathVariable) {
    if (program.includes('/')) {
        const file = external_node_path_.resolve(cwd, program);
        return runnable(file) ? null : `${program} ${whyNot(file)} (looked at ${file})`;
    }
    const dirs = (pathVariable ?? '').split(external_node_path_.delimiter).filter((dir) => dir !== '');
    if (dirs.some((dir) => runnable(external_node_path_.join(dir, program))))
        return null;
    return `${program} is not found on PATH`;
}
function runnable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function whyNot(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile() ? 'is not executable (chmod +x it)' : 'is not a file';
    }
    catch {
        return 'does not exist';
    }
}

// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(18908);
// EXTERNAL MODULE: ./lib/cli/suite-options.js
var suite_options = __webpack_require__(19013);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./lib/runner/command.js + 6 modules
var runner_command = __webpack_require__(3936);
;// CONCATENATED MODULE: ./lib/watch/hook.js
// Runs a watch hook (the kill switch, the P1 command): bounded in time, its whole output kept in
// a log file (bounded) and its end summarised for the operational log.






const HOOK_TIMEOUT_MS = 60_000;
const HOOK_LOG_MAX_BYTES = 1024 * 1024;
const HOOK_TAIL_BYTES = 2048;
/**
 * Checks a hook command before the first tick: it splits into arguments and its program can be
 * run from `cwd`. Returns the error, or null.
 */
function hookCommandError(flag, command, cwd, env) {
    const split = (0,runner_command/* commandArgv */.G)(command, flag);
    if ('error' in split)
        return split.error;
    const problem = executableProblem(split.argv[0], cwd, env.PATH);
    return problem === null
        ? null
        : `${flag} "${command}" is not an executable command: ${problem}. A hook is proved before it is needed: fix it, then start again.`;
}
async function runHook(name, command, options) {
    const split = (0,runner_command/* commandArgv */.G)(command, `The ${name} command`);
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
            // The reports stay on disk (no upload), and no override is verified after a launch.
            const plan = planGate({ ...config.raw, 'report-dir': scratchDir, 'report-retention-days': '0' }, {
                operator: config.operator,
                runUrl: config.runUrl,
                env: config.env,
                words: config.words,
                secretCustody: config.secretCustody,
            }, config.now());
            const result = await applyPlan(plan, {
                now: config.now,
                hostName: external_node_os_.hostname(),
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
            ? (0,messages/* failedCheckNames */.Cu)(current.result.run.outcome)
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
        return (0,opslog/* runLogEntry */.uu)(tick.result.run, config.now(), event, details);
    return bareEntry(config, event, `${details} ${tick.error ?? ''}`.trim(), 'crashed');
}
function bareEntry(config, event, details, status = 'skipped') {
    const mode = config.raw.mode === 'paper' || config.raw.mode === 'live' ? config.raw.mode : null;
    return (0,opslog/* opsLogEntry */.Bg)({
        mode,
        status,
        exitCode: null,
        decision: (0,lib_decision/* decide */.LD)({
            mode: (0,lib_decision/* modeOrStrictest */.uh)(mode),
            status,
            forceStart: false,
            approvalVerified: false,
            facts: [status === 'crashed' ? 'gate-error' : 'no-evidence'],
        }),
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
            // A tick without a result is a gate error: its verdict is the table's for that fact.
            verdict: tick.result?.run.decision.verdict ??
                bareEntry(config, 'GATE_ERROR', tick.error ?? '', 'crashed').decision,
            failures: tick.result ? (0,messages/* failedCheckNames */.Cu)(tick.result.run.outcome) : [],
            durationMs: tick.result ? Math.round(tick.result.run.outcome.durationMs) : null,
            error: tick.error,
        },
        lastReport: report,
        stopped,
        updatedAt: config.now().toISOString(),
    };
    // Monitors read it at any time: never a half-written file.
    // Its temporary name is fresh and created exclusively: a link planted there is never followed.
    const temporary = (0,safe_file/* freshNameBeside */.oU)(config.statusFile, 'tmp');
    try {
        await (0,safe_file/* writeNewFile */.S0)(temporary, JSON.stringify(status, null, 2) + '\n');
        await (0,external_node_fs_promises_.rename)(temporary, config.statusFile);
    }
    catch (error) {
        await (0,external_node_fs_promises_.rm)(temporary, { force: true });
        throw error;
    }
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
    ...suite_options/* SUITE_OPTIONS */.s0,
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
    const inputs = (0,suite_options/* suiteInputs */.G9)(flags);
    const parsed = (0,lib_settings/* parseSettings */.P$)(inputs, suite_options/* cliInputName */.SS);
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
    // Hooks run in the suite's working directory, with the operator's environment.
    const hookCwd = external_node_path_.resolve(flags['working-directory'] ?? '.');
    for (const flag of ['kill-switch', 'on-p1']) {
        const command = flags[flag];
        const error = command === undefined ? null : hookCommandError(`--${flag}`, command, hookCwd, io.env);
        if (error)
            errors.push(error);
    }
    if (!parsed.ok || errors.length > 0)
        return { errors };
    const { settings } = parsed;
    const hook = (command, without) => command === undefined ? without : (0,shell_quote.quote)([command]);
    const banner = [
        `Watching ${settings.mode.toUpperCase()}: ${settings.source.kind === 'suite' ? `suite ${settings.source.path}` : `command ${(0,shell_quote.quote)([settings.source.command])}`} (subset ${settings.subset}), every ${interval} s`,
        `  Trips after ${tripText} consecutive P0 failure(s); a timeout, a crash or unreadable results count as P0`,
        `  Kill switch: ${hook(flags['kill-switch'], 'none (a trip is logged, then exit 1)')}`,
        `  On a P1 failure: ${hook(flags['on-p1'], 'none (logged only)')}`,
        ...(flags['status-file'] ? [`  Status file: ${external_node_path_.resolve(flags['status-file'])}`] : []),
        `  Reports and the operational log: ${settings.reportDir}`,
    ].join('\n');
    return {
        banner,
        retentionDays: settings.reportRetentionDays,
        config: {
            raw: inputs,
            words: suite_options/* CLI_WORDS */.xP,
            reportDir: settings.reportDir,
            intervalMs: interval * 1000,
            tripAfter: Number(tripText),
            killSwitch: flags['kill-switch'] ?? null,
            onP1: flags['on-p1'] ?? null,
            statusFile: flags['status-file'] ? external_node_path_.resolve(flags['status-file']) : null,
            cwd: external_node_path_.resolve(settings.workingDirectory),
            operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || external_node_os_.userInfo().username,
            runUrl: (0,github/* runUrlFromEnv */.kk)(io.env),
            env: flags.leg === undefined ? io.env : { ...io.env, PREFLIGHT_LEG: flags.leg },
            secretCustody: io.secretCustody,
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
        (0,cli_io/* usageError */.D)(io, 'watch', `${error.message}`);
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
    io.stdout.write(`${built.banner}\n  Stop with Ctrl-C or SIGTERM (logged as WATCH_STOPPED).\n`);
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
async function superviseLaunchCommand(argv, { config, banner }, io, isolation) {
    const { superviseLaunch } = await __webpack_require__.e(/* import() */ 817).then(__webpack_require__.bind(__webpack_require__, 36817));
    io.stdout.write(`${banner}\n  The launched process is stopped on a trip; Ctrl-C or SIGTERM is passed on to it.\n`);
    return superviseLaunch({
        argv,
        env: io.env,
        isolation,
        stderr: io.stderr,
        watch: (signal, stopLaunched, onStopSignal) => withStopSignals(new AbortController(), () => watch({ ...config, signal, stopLaunched }), onStopSignal),
    });
}

;// CONCATENATED MODULE: ./lib/cli/main.js
// The `preflight` command: the same engine as the action, with the source document's console
// output, exit codes and launcher confirmations (docs/source-document.md).






















const GATE_OPTIONS = {
    ...suite_options/* SUITE_OPTIONS */.s0,
    'force-start': { type: 'boolean' },
    'skip-health-check': { type: 'boolean' },
    acknowledge: { type: 'string' },
    reason: { type: 'string' },
    ticket: { type: 'string' },
    impact: { type: 'string' },
    mitigation: { type: 'string' },
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
  --history-dir DIR          where the history lives (every report, the operational log, the
                             archive); default: the report dir
  --report-retention-days N  archive reports older than N days into DIR/archive (default 30;
                             0 keeps everything)
  --force-start              let a P1 failure through, only with a verified approval
  --skip-health-check        run nothing, only with a verified approval (live also needs --acknowledge)
  --acknowledge PHRASE       "${lib_settings/* SKIP_PHRASE */.qf}" for a live skip
  --reason TEXT, --ticket ID recorded in the operational log
  --impact TEXT              a force-start's expected impact (required for a live force-start)
  --mitigation TEXT          a force-start's mitigation plan (required for a live force-start)
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
  --leg NAME                  the fleet leg this run stands for, recorded in the report
                             (default: $PREFLIGHT_LEG); preflight aggregate tells legs apart by it
  --suite-isolation auto|pid|none
                             pid: the suite (and the launched command) in its own PID and mount
                             namespace; auto (default): pid where available, else none
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
  --pytest auto|off          auto (default): a command that runs pytest gets a JUnit report,
                             p0/p1/p2 markers as levels, pytest's exit codes (0 passed, 1 failed,
                             2-5 crashed) and -m SUBSET; off: none of it
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
  audit    the quarterly audit: workflow wiring, approval setup, history, --drill of every
           exit path; exits 1 on a finding at or above --fail-on (default high)
  init     write the gate, deploy and override-request workflows and a starter suite (and
           with --configure-environments the override environments), then audit them
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
async function main(argv, io = (0,cli_io/* processIo */.W)()) {
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
            return (await Promise.all(/* import() */[__webpack_require__.e(619), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 92196))).reviewCommand(rest, io);
        case 'aggregate':
            return (await __webpack_require__.e(/* import() */ 980).then(__webpack_require__.bind(__webpack_require__, 60980))).aggregateCommand(rest, io);
        case 'audit':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(783), __webpack_require__.e(619), __webpack_require__.e(709)]).then(__webpack_require__.bind(__webpack_require__, 85709))).auditCommand(rest, io, main);
        case 'init':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(783), __webpack_require__.e(619), __webpack_require__.e(709), __webpack_require__.e(514)]).then(__webpack_require__.bind(__webpack_require__, 42514))).initCommand(rest, io, main);
        case 'schema': {
            if (rest.length > 0) {
                io[rest[0] === '--help' ? 'stdout' : 'stderr'].write(SCHEMA_HELP + '\n');
                return rest[0] === '--help' ? 0 : 1;
            }
            const { suiteJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 60973));
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
            (0,cli_io/* usageError */.D)(io, '', `unknown command "${command}"`);
            return 1;
    }
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
async function gateUsage(values, command, io) {
    const usage = (error) => {
        (0,cli_io/* usageError */.D)(io, command, error);
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
        ...(0,suite_options/* suiteInputs */.G9)(values),
        'force-start': values['force-start'] ? 'true' : 'false',
        'skip-health-check': values['skip-health-check'] ? 'true' : 'false',
        acknowledge: values.acknowledge,
        reason: values.reason,
        ticket: values.ticket,
        impact: values.impact,
        mitigation: values.mitigation,
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
    const plan = planGate(rawInputs(values, io, approvalRun), {
        words: suite_options/* CLI_WORDS */.xP,
        operator: (approvalRun && 'login' in approvalRun.operator && approvalRun.operator.login) ||
            io.env.PREFLIGHT_OPERATOR ||
            io.env.GITHUB_ACTOR ||
            external_node_os_.userInfo().username,
        runUrl,
        // Off Actions: the commit, repository, a run id of its own and the leg (local-provenance.ts).
        env: await localProvenanceEnv(external_node_path_.resolve(values['working-directory'] ?? '.'), io.env, values.leg),
        secretCustody: io.secretCustody,
        verifiesApprovals: true,
    }, new Date());
    const echo = io.stdout;
    const result = await applyPlan(plan, {
        now: () => new Date(),
        hostName: external_node_os_.hostname(),
        echo,
        signal: io.signal,
        verifyApproval: verify,
        // Inside a workflow step the CLI's output is read by the runner too.
        ...(inActions && {
            runSuite: (job) => (0,sanitize/* withWorkflowCommandsStopped */.rQ)(echo, () => runSuiteJob(job)),
        }),
    }).finally(() => approvalRunCheck?.release());
    for (const warning of result.run.approval?.warnings ?? []) {
        io.stderr.write(`warning: ${warning}\n`);
    }
    const { run, paths } = result;
    for (const note of run.outcome.notes)
        io.stderr.write(`${note}\n`);
    const report = displayPath(paths.markdown);
    io.stdout.write((0,messages/* consoleBanner */.g3)((0,messages/* runBanner */.qO)(run, suite_options/* CLI_WORDS */.xP), report) + '\n');
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
        io.stderr.write(`Override refused: ${refusal}\n`);
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
        (0,cli_io/* usageError */.D)(io, 'run', `${error.message}`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(RUN_HELP + '\n');
        return 0;
    }
    const usage = await gateUsage(values, 'run', io);
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
        (0,cli_io/* usageError */.D)(io, 'launch', `${error.message}`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(LAUNCH_HELP + '\n');
        return 0;
    }
    if (launchArgv.length === 0) {
        (0,cli_io/* usageError */.D)(io, 'launch', `give the launch command after --`);
        return 1;
    }
    const usage = await gateUsage(values, 'launch', io);
    if (!usage)
        return 1;
    const supervision = launchSupervision(values, io);
    if (supervision && 'errors' in supervision) {
        io.stderr.write(supervision.errors.map((e) => `preflight launch: ${e}\n`).join(''));
        return 1;
    }
    // Proved before the gate runs: a launch command that cannot start would waste an approval.
    const unstartable = executableProblem(launchArgv[0], process.cwd(), io.env.PATH);
    if (unstartable !== null) {
        io.stderr.write(`preflight launch: the launch command cannot be started: ${unstartable}. Nothing was run.\n`);
        return 1;
    }
    const { run, paths } = await gate(values, io, usage.approvalRun);
    if (run.decision.verdict !== 'proceed') {
        io.stdout.write('\nLaunch aborted\n');
        return run.decision.gateExitCode === 0 ? 1 : run.decision.gateExitCode;
    }
    const mode = run.mode;
    const cancellation = new CancellationLog(run, external_node_path_.dirname(paths.opsLog));
    const confirmation = await cancellation.during(() => main_confirm(mode, run.decision, values.yes === true, io));
    if (confirmation !== 'confirmed') {
        cancellation.write(CANCELLATION[confirmation]);
        io.stdout.write(confirmation === 'interrupted'
            ? '\nLaunch aborted (operator interrupted the confirmation)\n'
            : '\nLaunch aborted (operator did not confirm)\n');
        return confirmation === 'interrupted' ? 130 : 1;
    }
    const isolation = await launchIsolation(values['suite-isolation'], io);
    io.stdout.write(`\nLaunching: ${(0,shell_quote.quote)(launchArgv)}\n`);
    return supervision
        ? superviseLaunchCommand(launchArgv, supervision, io, isolation)
        : launch(launchArgv, io, isolation);
}
/**
 * The launched command runs as isolated as the suite was asked to be: under pid, in its own PID
 * and mount namespace, so nothing it starts outlives it (its pids are the namespace's: a pid file
 * it writes does not name a host process). Says which, and for none why.
 */
async function launchIsolation(requested, io) {
    const setting = model/* SUITE_ISOLATIONS */.XV.find((s) => s === requested) ?? 'auto';
    const chosen = await (0,runner_isolation/* chooseIsolation */.I1)(setting, runner_isolation/* cachedIsolationProbe */.zD);
    io.stdout.write(chosen.launcher
        ? 'Launch isolation: pid (the launched command and everything it starts end together)\n'
        : `Launch isolation: none (${chosen.report.reason ?? 'not requested'}): daemons the launched command starts may outlive it\n`);
    return chosen.launcher
        ? { launcher: chosen.launcher, rules: { hide: (0,runner_isolation/* fileCommandPaths */.y6)(io.env), readOnly: [] } }
        : undefined;
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
        (0,cli_io/* usageError */.D)(io, 'validate', `${error.message}`);
        return 1;
    }
    const { values, positionals } = parsed;
    const mode = values.mode;
    if (values.help) {
        io.stdout.write(VALIDATE_HELP + '\n');
        return 0;
    }
    if (positionals.length !== 1 || (mode !== undefined && mode !== 'paper' && mode !== 'live')) {
        (0,cli_io/* usageError */.D)(io, 'validate', `give one suite file${mode !== undefined && mode !== 'paper' && mode !== 'live' ? ' and --mode paper or live' : ''}`);
        return 1;
    }
    const file = positionals[0];
    // The selections a run would make: the one asked for, or by default paper's and live's.
    const modes = mode === undefined ? model/* MODES */.FN : [mode];
    const selections = modes.map((m) => ({ mode: m, subset: values.subset ?? lib_settings/* DEFAULT_SUBSET */.NG[m] }));
    const { validateSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 52600));
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
async function launch(argv, io, isolation) {
    const { startLaunched } = await __webpack_require__.e(/* import() */ 817).then(__webpack_require__.bind(__webpack_require__, 36817));
    return startLaunched({ argv, env: io.env, stderr: io.stderr, isolation }, false).exited;
}

;// CONCATENATED MODULE: ./lib/cli/process.js
// The `preflight` process: zod's setting, the signals, the real streams; then `main`.





/** The commands that run a suite: the CLI re-executes itself without the secrets first. */
const SUITE_COMMANDS = new Set(['run', 'launch', 'watch']);
async function runCli(argv) {
    // Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
    (0,core/* config */.$W)({ jitless: true });
    // Ctrl-C or a kill of the CLI stops the suite, writes the report and logs GATE_CANCELLED.
    const signal = abortOnSignals((s) => (s === 'SIGINT' ? 130 : 143));
    const sealed = SUITE_COMMANDS.has(argv[0] ?? '') ? await (0,custody/* sealGateProcess */.o1)(redactFlag(argv)) : null;
    return main(argv, {
        stdout: outliving(process.stdout),
        stderr: outliving(process.stderr),
        stdin: process.stdin,
        env: sealed?.env ?? process.env,
        signal,
        ...(sealed && { secretCustody: sealed.custody }),
    });
}
/** The names --redact gives (before the launch command's `--`), read before the flags are. */
function redactFlag(argv) {
    const end = argv.indexOf('--');
    const flags = end === -1 ? argv : argv.slice(0, end);
    const values = flags.flatMap((arg, i) => arg === '--redact' ? [flags[i + 1] ?? ''] : arg.startsWith('--redact=') ? [arg.slice(9)] : []);
    return values.flatMap((v) => v.split(/[\s,]+/)).filter((n) => n !== '');
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

/***/ 19013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ suiteInputs),
/* harmony export */   SS: () => (/* binding */ cliInputName),
/* harmony export */   s0: () => (/* binding */ SUITE_OPTIONS),
/* harmony export */   xP: () => (/* binding */ CLI_WORDS)
/* harmony export */ });
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
    'history-dir': { type: 'string' },
    'report-retention-days': { type: 'string' },
    'pass-env': { type: 'string' },
    redact: { type: 'string' },
    results: { type: 'string', multiple: true },
    'level-map': { type: 'string', multiple: true },
    'exit-codes': { type: 'string' },
    'require-results': { type: 'string' },
    'subset-args': { type: 'string' },
    'suite-isolation': { type: 'string' },
    pytest: { type: 'string' },
    leg: { type: 'string' },
};
/** The CLI names an input by its own flag (or where it reads the value from). */
const cliInputName = (name) => name === 'timeout-seconds'
    ? '--timeout'
    : name === 'github-token'
        ? 'GITHUB_TOKEN (or GH_TOKEN)'
        : `--${name}`;
/** The CLI's words: its flags, and the approval run where the action has its authorize job. */
const CLI_WORDS = {
    input: cliInputName,
    override: (name) => `--${name}`,
    approvalPath: 'request an approval run ("preflight request-override"), then pass --approval-run RUN',
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
        'history-dir': flags['history-dir'],
        'report-retention-days': flags['report-retention-days'],
        'pass-env': flags['pass-env'],
        redact: flags.redact,
        results: flags.results?.join('\n'),
        'level-map': flags['level-map']?.join('\n'),
        'exit-codes': flags['exit-codes'],
        'require-results': flags['require-results'],
        'subset-args': flags['subset-args'],
        'suite-isolation': flags['suite-isolation'],
        pytest: flags.pytest,
        'upload-artifact': 'false',
    };
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 58825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   NI: () => (/* binding */ gateExitMeaning),
/* harmony export */   g0: () => (/* binding */ approvalsRequired),
/* harmony export */   gL: () => (/* binding */ decideFleetVerdict),
/* harmony export */   gd: () => (/* binding */ OVERRIDE_POLICY),
/* harmony export */   j0: () => (/* binding */ requestedOverride),
/* harmony export */   o: () => (/* binding */ describeExitCodes),
/* harmony export */   uh: () => (/* binding */ modeOrStrictest),
/* harmony export */   zY: () => (/* binding */ commentRequired)
/* harmony export */ });
/* unused harmony exports OUTCOME_RULES, FACT_RULES, FLEET_RULES, UNDECIDED_FLEET, factBlocks, stepFails, overridePolicy, OVERRIDDEN_STATUS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// The policy is data: OUTCOME_RULES (status × override) and FACT_RULES (evidence facts that turn a
// launch into an abort). `decide` finds the row that fires and returns it with its reasons; every
// text renders from that result. Fail-closed: `proceed` comes only from the rows that say so.

/** The status × override table (docs/verdicts.md). Exactly one row fits each known combination. */
const OUTCOME_RULES = [
    rule('passed', 'passed', undefined, 'proceed', 0, false, 'every check passed'),
    rule('p2-warned', 'p2-warned', undefined, 'proceed', 3, false, 'only P2 checks warned'),
    rule('p1-failed', 'p1-failed', 'none', 'abort', 2, false, 'a P1 check failed'),
    rule('force-start-requested', 'p1-failed', 'requested', 'approval-required', 2, false, 'a P1 check failed and force-start waits for a verified approval'),
    rule('force-start-granted', 'p1-failed', 'granted', 'proceed', 2, false, 'a P1 check failed and force-start was approved'),
    rule('p0-failed', 'p0-failed', undefined, 'abort', 1, true, 'a P0 check failed'),
    rule('timeout', 'timeout', undefined, 'abort', 1, true, 'the suite ran past its time limit'),
    rule('crashed', 'crashed', undefined, 'abort', 1, true, 'the suite or the gate crashed'),
    rule('missing', 'missing', undefined, 'abort', 1, true, 'the suite does not exist'),
    rule('invalid', 'invalid', undefined, 'abort', 1, true, 'the configuration is invalid'),
    rule('skip-requested', 'skipped', 'requested', 'approval-required', 1, false, 'the health checks were skipped and the skip waits for a verified approval'),
    rule('skip-granted', 'skipped', 'granted', 'proceed', 0, false, 'the health checks were skipped with a verified approval'),
];
/** Facts that abort a launch the outcome table would allow (or hold for approval). */
const FACT_RULES = {
    'report-write-failed': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: 'the report could not be written: no evidence, no launch',
    },
    'report-upload-failed': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: 'the report could not be uploaded: no evidence, no launch',
    },
    'approval-refused': {
        warnsOnlyIn: [],
        gateExitCode: 'failure-kept',
        reason: 'the override was not approved',
    },
    'operator-cancelled': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the operator cancelled the launch',
    },
    'gate-cancelled': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the gate was cancelled before it finished',
    },
    'gate-error': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the gate failed before it could decide',
    },
    'no-evidence': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'no check finished',
    },
    'file-commands-tampered': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: "the suite wrote to the runner's file commands: tampering",
    },
    'gate-files-tampered': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: "the gate's operational log or report files were changed by someone else during the run: the evidence cannot be trusted",
    },
};
function decide(input) {
    const requested = requestedOverride(input.status, input.forceStart);
    const state = requested === null ? 'none' : input.approvalVerified ? 'granted' : 'requested';
    const row = OUTCOME_RULES.find((r) => r.status === input.status && (r.override ?? state) === state);
    const decision = row
        ? {
            verdict: row.verdict,
            gateExitCode: row.gateExitCode,
            requestedOverride: requested,
            grantedOverride: row.verdict === 'proceed' ? requested : null,
            hardAbort: row.hardAbort,
            rule: row.rule,
            reasons: [row.reason],
        }
        : // A status this table does not know (or a skip never requested): never proceed.
            {
                verdict: 'abort',
                gateExitCode: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isExitStatus */ .xj)(input.status) ? _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EXIT_CODE */ .mS[input.status] : 1,
                requestedOverride: null,
                grantedOverride: null,
                hardAbort: true,
                rule: 'unknown',
                reasons: [`status "${String(input.status)}" is not in the decision table`],
            };
    const { aborting, after } = factsOver(decision.verdict, input.mode, input.facts);
    if (aborting === null)
        return { ...decision, reasons: [...decision.reasons, ...after] };
    return {
        ...decision,
        verdict: 'abort',
        gateExitCode: exitCodeAfter(aborting, decision.gateExitCode),
        grantedOverride: null,
        hardAbort: true,
        rule: aborting,
        reasons: [FACT_RULES[aborting].reason, ...decision.reasons, ...after],
    };
}
/**
 * What FACT_RULES make of a decided verdict, for a run and a fleet alike: the first fact that
 * blocks in this mode turns anything but an abort into one; every other fact adds its reason
 * (one that only warns here says so).
 */
function factsOver(verdict, mode, facts) {
    let aborting = null;
    const after = [];
    for (const fact of new Set(facts ?? [])) {
        const { reason } = FACT_RULES[fact];
        if (!factBlocks(fact, mode))
            after.push(`${reason} (not blocking in ${mode} mode)`);
        else if (verdict !== 'abort' && aborting === null)
            aborting = fact;
        else
            after.push(reason);
    }
    return { aborting, after };
}
/** A fact's exit code: its own, or a failure keeps its code while a launch code (0, 3) becomes 1. */
function exitCodeAfter(fact, code) {
    return FACT_RULES[fact].gateExitCode === 1 || code === 0 || code === 3 ? 1 : code;
}
function rule(id, status, override, verdict, gateExitCode, hardAbort, reason) {
    return {
        rule: id,
        status,
        ...(override ? { override } : {}),
        verdict,
        gateExitCode,
        hardAbort,
        reason,
    };
}
/** The fleet table: one verdict over every leg. The last row proceeds only when no row above fired. */
const FLEET_RULES = [
    {
        rule: 'fleet-incomplete',
        applies: (s) => s.incomplete,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg is missing, extra or refused: a leg without evidence is a leg not checked',
    },
    {
        rule: 'fleet-leg-hard-abort',
        applies: (s) => s.blockingLegs > 0 && s.hardAbort,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg aborted and no override can let it through',
    },
    {
        rule: 'fleet-leg-skip-waiting',
        applies: (s) => s.blockingLegs > 0 && s.skipWaiting,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg skipped its checks and the skip waits for its approval',
    },
    {
        rule: 'fleet-leg-blocked',
        applies: (s) => s.blockingLegs > 0,
        verdict: 'abort',
        gateExitCode: 2,
        reason: 'a leg does not proceed (a P1 failure without an approved override)',
    },
    {
        rule: 'fleet-passed',
        applies: (s) => s.allPassed,
        verdict: 'proceed',
        gateExitCode: 0,
        reason: 'every leg passed',
    },
    {
        rule: 'fleet-proceeds-with-warnings',
        applies: () => true,
        verdict: 'proceed',
        gateExitCode: 3,
        reason: 'every leg proceeds, some with warnings or an approved override',
    },
];
/** A fleet nothing is known of yet is incomplete: what the outputs say before the legs are read. */
const UNDECIDED_FLEET = {
    mode: 'live',
    incomplete: true,
    blockingLegs: 0,
    hardAbort: false,
    skipWaiting: false,
    allPassed: false,
};
/** The fleet's one verdict: the first FLEET_RULES row that applies, then FACT_RULES as for a run. */
function decideFleetVerdict(standing) {
    const row = FLEET_RULES.find((r) => r.applies(standing));
    const { aborting, after } = factsOver(row.verdict, standing.mode, standing.facts);
    if (aborting === null)
        return {
            verdict: row.verdict,
            gateExitCode: row.gateExitCode,
            rule: row.rule,
            reasons: [row.reason, ...after],
        };
    return {
        verdict: 'abort',
        gateExitCode: exitCodeAfter(aborting, row.gateExitCode),
        rule: aborting,
        reasons: [FACT_RULES[aborting].reason, row.reason, ...after],
    };
}
/** Whether a fact stops a launch in this mode (else it only warns): FACT_RULES' word. */
function factBlocks(fact, mode) {
    return !FACT_RULES[fact].warnsOnlyIn.includes(mode);
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
/**
 * How many distinct approvals an override needs: the policy's count is the floor; a caller
 * (an input, an allow-list's workflow) may ask for more, never fewer.
 */
function approvalsRequired(mode, override, asked) {
    return Math.max(OVERRIDE_POLICY[mode][override].requiredApprovals, asked ?? 0);
}
/** Each approval must carry a comment: the policy's word, nobody else's. */
function commentRequired(mode, override) {
    return OVERRIDE_POLICY[mode][override].commentRequired;
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
/** What each gate exit code means (the source document's smoke-test codes), for every surface. */
function gateExitMeaning(code) {
    const meaning = {
        0: 'all passed',
        1: 'P0 failure or hard abort',
        2: 'P1 failure',
        3: 'P2 warnings only',
    };
    return meaning[code] ?? 'not a gate exit code';
}
/** "2 (P1 failure)", and the suite's own code beside it when it says something else. */
function describeExitCodes(gateExitCode, suiteExitCode) {
    const gate = `${gateExitCode} (${gateExitMeaning(gateExitCode)})`;
    return suiteExitCode === null || suiteExitCode === gateExitCode
        ? gate
        : `${gate}; the suite exited ${suiteExitCode}`;
}


/***/ }),

/***/ 1202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ levelFromMap),
  tv: () => (/* binding */ levelFromTokens),
  QA: () => (/* binding */ parseLevel),
  mK: () => (/* binding */ parseLevelMap)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./lib/evidence/glob.js
// level-map globs, matched in time linear in the subject: each glob is translated to an RE2
// pattern (the re2js engine never backtracks). A JavaScript RegExp from a glob library took 28 s
// on a 21 KB classname against `*.*.*.*`-style globs; RE2 takes a pass over the subject.

/** Longest glob accepted: a bound on the pattern as on the subject. */
const MAX_GLOB_LENGTH = 1000;
/**
 * `*` any run without `/`, `**` any run, `**` then `/` zero or more directories, `?` one character but
 * `/`, `[abc]`, `[a-z]`, `[!x]` a class, `{a,b}` alternatives, `\x` a literal x. Extglobs
 * (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) are refused rather than read as something else.
 */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new Error(`is longer than ${MAX_GLOB_LENGTH} characters`);
    }
    const re = build/* RE2JS */.L3.compile(`(?s)${translate(glob)}`);
    return { matches: (subject) => re.matches(subject) };
}
function translate(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        const next = glob[i + 1];
        if ('@!+*?'.includes(c) && next === '(') {
            throw new Error(`uses an extglob "${c}(…)" at ${i + 1}, which level-map does not read`);
        }
        if (c === '\\') {
            out += next === undefined ? '\\\\' : build/* RE2JS */.L3.quote(next);
            i++;
        }
        else if (c === '*') {
            let end = i;
            while (glob[end] === '*')
                end++;
            const starts = i === 0 || glob[i - 1] === '/';
            if (end - i >= 2 && glob[end] === '/' && starts) {
                out += '(?:.*/)?';
                i = end;
            }
            else {
                out += end - i >= 2 ? '.*' : '[^/]*';
                i = end - 1;
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
            const end = glob.indexOf(']', i + 2);
            const body = glob.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            const chars = Array.from(negated ? body.slice(1) : body);
            out += `[${negated ? '^' : ''}${chars.map((ch) => (ch === '-' ? '-' : /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`)).join('')}]`;
            i = end;
        }
        else if (c === '{') {
            const end = closingBrace(glob, i);
            if (end === -1) {
                out += build/* RE2JS */.L3.quote(c);
                continue;
            }
            out += `(?:${splitTopLevel(glob.slice(i + 1, end))
                .map(translate)
                .join('|')})`;
            i = end;
        }
        else {
            out += build/* RE2JS */.L3.quote(c);
        }
    }
    return out;
}
function closingBrace(glob, open) {
    let depth = 0;
    for (let i = open; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            depth++;
        else if (glob[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function splitTopLevel(body) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\')
            i++;
        else if (body[i] === '{')
            depth++;
        else if (body[i] === '}')
            depth--;
        else if (body[i] === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(body.slice(start));
    return parts;
}

// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
;// CONCATENATED MODULE: ./lib/evidence/levels.js
// Which level (P0, P1, P2) a test from another runner belongs to: its own `level` property,
// else the `level-map` input, else a p0/p1/p2 token in its name. No level means P0 (fail closed).


const LEVEL_NAME = /^p([0-2])(?:[_-][a-z0-9]+)*$/i;
/** `P0`, `p1`, docs/source-document.md's `P0_HEALTH`, `P1_INTEGRATION`…; null for anything else. */
function parseLevel(text) {
    const match = LEVEL_NAME.exec(text.trim());
    return match ? `P${match[1]}` : null;
}
/**
 * Parses `level-map` lines such as `P1: tests.integration.*` (blank lines and `#` comments
 * skipped). An error names the line; the caller names the map as its surface does.
 */
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
                error: `line ${index + 1} ("${line.slice(0, 80)}") must read "P0: <glob>", "P1: <glob>" or "P2: <glob>".`,
            };
        }
        const pattern = match[2].trim();
        try {
            const glob = compileGlob(pattern);
            rules.push({ level, pattern, matches: (subject) => glob.matches(subject) });
        }
        catch (error) {
            return {
                ok: false,
                error: `line ${index + 1}: the glob "${pattern.slice(0, 80)}" ${error.message}.`,
            };
        }
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
    return model/* LEVELS */.A_.find((level) => levels.includes(level)) ?? null;
}


/***/ }),

/***/ 3328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ EXIT_CONTRACTS),
/* harmony export */   P7: () => (/* binding */ PYTEST_MODES),
/* harmony export */   a$: () => (/* binding */ DEFAULT_EVIDENCE_SETTINGS),
/* harmony export */   bp: () => (/* binding */ REQUIRE_RESULTS),
/* harmony export */   pT: () => (/* binding */ DEFAULT_SUBSET_ARGS)
/* harmony export */ });
// The evidence inputs (results, level-map, exit-codes, require-results, subset-args) as the
// settings carry them. Kept apart from the parsers, so reading the inputs loads no parser.
const EXIT_CONTRACTS = ['preflight', 'any-failure'];
const REQUIRE_RESULTS = ['live', 'always', 'never'];
/** `auto`: a command that runs pytest gets its JUnit report, markers and exit codes read. */
const PYTEST_MODES = ['auto', 'off'];
const DEFAULT_SUBSET_ARGS = '--subset {subset}';
const DEFAULT_EVIDENCE_SETTINGS = {
    results: [],
    levelMap: '',
    exitCodes: 'preflight',
    requireResults: 'live',
    subsetArgs: DEFAULT_SUBSET_ARGS,
    pytest: 'auto',
};


/***/ }),

/***/ 22753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ withLogLockAsync),
/* harmony export */   KS: () => (/* binding */ readHistoryChain),
/* harmony export */   L$: () => (/* binding */ ARCHIVE_DIR),
/* harmony export */   RA: () => (/* binding */ restoreLog),
/* harmony export */   Wy: () => (/* binding */ readRegularSync),
/* harmony export */   fg: () => (/* binding */ appendChained),
/* harmony export */   fr: () => (/* binding */ snapshotLog),
/* harmony export */   kQ: () => (/* binding */ sha256OfRegularSync),
/* harmony export */   np: () => (/* binding */ OPS_LOG_FILE),
/* harmony export */   o7: () => (/* binding */ isRotatedLog),
/* harmony export */   rz: () => (/* binding */ appendChainedLocked),
/* harmony export */   si: () => (/* binding */ compareLog)
/* harmony export */ });
/* unused harmony exports GENESIS, MAX_LOG_BYTES, lineHash, sha256, rotatedLogs, verifyLogText, chainLink, withLogLock */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// The operational log as a hash chain. Every line carries `prev`, the SHA-256 of the line before
// it; the first line of a log chains to the last line of the newest log rotated into `archive/`
// (or to GENESIS). A line removed, changed or inserted breaks the chain at the next line. A
// rewrite that recomputes every hash is caught by the gate itself: it holds the head in memory
// while the suite runs (`snapshotLog` → `compareLog`).
//
// Everything here is synchronous: entries are few and small, and the CLI's cancellation log must
// be written from a signal handler. Every open is non-blocking and only regular files are read.



const OPS_LOG_FILE = 'operational-log.jsonl';
const ARCHIVE_DIR = 'archive';
/** What the first line of the first log chains to. */
const GENESIS = '0'.repeat(64);
const LOCK_FILE = '.operational-log.lock';
const ROTATED_LOG = /^operational-log-(\d{4}-\d{2})(?:_(\d+))?\.jsonl$/;
/** A log larger than this is not read whole (a month of a busy gate is a few MiB). */
const MAX_LOG_BYTES = 64 * 1024 * 1024;
/** The gate keeps the log's bytes in memory to restore it after a rewrite, up to this size. */
const MAX_RESTORE_BYTES = 16 * 1024 * 1024;
const LOCK_WAIT_MS = 3000;
const TAIL_BYTES = 1024 * 1024;
const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants;
function lineHash(line) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(line, 'utf8').digest('hex');
}
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function isRotatedLog(name) {
    return ROTATED_LOG.test(name);
}
/** The rotated logs of a directory's archive, oldest first (by month, then rotation number). */
function rotatedLogs(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ARCHIVE_DIR));
    }
    catch {
        return [];
    }
    const order = (name) => {
        const m = ROTATED_LOG.exec(name);
        return { month: m?.[1] ?? '', n: Number(m?.[2] ?? 1) };
    };
    return names
        .filter((n) => ROTATED_LOG.test(n))
        .sort((a, b) => order(a).month.localeCompare(order(b).month) || order(a).n - order(b).n)
        .map((n) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ARCHIVE_DIR, n));
}
/**
 * Verifies a log's text against the hash its first line must chain to. Lines without `prev`
 * before the first chained line are a log written before the chain existed: kept, unverified.
 * From the first break on, every line of the file is unverified.
 */
function verifyLogText(text, link, file) {
    const lines = [];
    let expected = link;
    let chained = false;
    let problem = null;
    const parts = text.split('\n');
    if (parts.at(-1) === '')
        parts.pop();
    else if (parts.length > 0 && problem === null)
        problem = `${file} does not end with a whole line (line ${parts.length} was cut or added by hand)`;
    for (const [index, raw] of parts.entries()) {
        const number = index + 1;
        const hash = lineHash(raw);
        let value = null;
        try {
            value = JSON.parse(raw);
        }
        catch {
            value = null;
        }
        const prev = value !== null && typeof value === 'object' && 'prev' in value
            ? value.prev
            : undefined;
        let verified = false;
        if (problem !== null) {
            verified = false;
        }
        else if (value === null || typeof value !== 'object') {
            problem = `${file}:${number} is not a log entry`;
        }
        else if (prev === undefined && !chained) {
            verified = false;
        }
        else if (prev !== expected) {
            problem =
                prev === undefined
                    ? `${file}:${number} has no chain link after chained entries (a line was added by hand)`
                    : `${file}:${number} does not chain to the line before it (a line before it was changed, removed or inserted)`;
        }
        else {
            chained = true;
            verified = true;
        }
        lines.push({ number, text: raw, hash, value, verified });
        expected = hash;
    }
    return { lines, head: lines.at(-1)?.hash ?? link, problem };
}
/**
 * Opens a regular file without following a link or blocking on a FIFO, refuses one larger than
 * `limit`, and hands its descriptor to `use`; null if absent.
 */
function withRegularSync(file, limit, use) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        if (info.size > limit)
            throw new Error(`${file} is larger than ${limit} bytes`);
        return use(fd, info.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Reads a regular file whole without following a link or blocking on a FIFO; null if absent. */
function readRegularSync(file, limit = MAX_LOG_BYTES) {
    return withRegularSync(file, limit, (fd, size) => {
        const buffer = Buffer.alloc(size + 1);
        let read = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
            if (read > size)
                throw new Error(`${file} grew while it was read`);
        }
        return buffer.subarray(0, read);
    });
}
/**
 * The SHA-256 of a regular file, read in chunks (a 32 MiB output log is never held whole), as
 * readRegularSync opens it; null if absent.
 */
function sha256OfRegularSync(file, limit = MAX_LOG_BYTES) {
    return withRegularSync(file, limit, (fd) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const chunk = Buffer.alloc(DIGEST_CHUNK_BYTES);
        let total = 0;
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk); n > 0; n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk)) {
            total += n;
            if (total > limit)
                throw new Error(`${file} grew past ${limit} bytes while it was read`);
            hash.update(chunk.subarray(0, n));
        }
        return hash.digest('hex');
    });
}
const DIGEST_CHUNK_BYTES = 1024 * 1024;
/** The hash the current log's first line must chain to: the newest rotated log's last line. */
function chainLink(dir) {
    const newest = rotatedLogs(dir).at(-1);
    if (newest === undefined)
        return GENESIS;
    const data = readRegularSync(newest);
    if (data === null)
        return GENESIS;
    const lines = data.toString('utf8').split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const last = lines.at(-1);
    return last === undefined ? GENESIS : lineHash(last);
}
function readHistoryChain(dir) {
    const files = [];
    const problems = [];
    const unreadable = [];
    let link = GENESIS;
    for (const file of [...rotatedLogs(dir), node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE)]) {
        let data;
        try {
            data = readRegularSync(file);
        }
        catch (error) {
            unreadable.push(`${file} (${error.message})`);
            problems.push(`${file} cannot be read: ${error.message}`);
            continue;
        }
        if (data === null)
            continue;
        const log = verifyLogText(data.toString('utf8'), link, file);
        if (log.problem !== null)
            problems.push(log.problem);
        files.push({ file, log });
        link = log.head;
    }
    return { files, problems, unreadable };
}
// ── appending ──────────────────────────────────────────────────────────────────────────────
/**
 * Appends entries to the directory's log, each chained to the line before it, under the lock;
 * synchronous for a signal handler (the CLI's cancellation). Everything else uses appendOpsLog.
 */
function appendChained(dir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE);
    if (entries.length === 0)
        return file;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    withLogLock(dir, () => appendChainedLocked(dir, entries));
    return file;
}
/** The same, for a caller that holds the log's lock already. */
function appendChainedLocked(dir, entries) {
    if (entries.length === 0)
        return;
    let head = currentHead(dir);
    const lines = entries.map((entry) => {
        const line = JSON.stringify({ ...entry, prev: head });
        head = lineHash(line);
        return line + '\n';
    });
    appendSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE), Buffer.from(lines.join(''), 'utf8'));
}
/** The hash the next line must carry: the current log's last line, or the link to the archive. */
function currentHead(dir) {
    const last = lastLine(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
    // A cut last line is chained over as it is: the break shows at the line that follows it.
    return last === null ? chainLink(dir) : lineHash(last);
}
/** The file's last line (without its newline), read from the end; null for an absent or empty file. */
function lastLine(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        if (info.size === 0)
            return null;
        // Entries are bounded far below this; a longer last line is read whole.
        for (const window of [TAIL_BYTES, info.size]) {
            const start = Math.max(0, info.size - window);
            const buffer = Buffer.alloc(info.size - start);
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, start);
            let end = read;
            if (end > 0 && buffer[end - 1] === 0x0a)
                end--;
            const newline = buffer.lastIndexOf(0x0a, end - 1);
            if (newline >= 0 || start === 0)
                return buffer.subarray(newline + 1, end).toString('utf8');
        }
        return null;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function appendSync(file, data) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_NOFOLLOW, 0o644);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new Error(`${file} is not a regular file`);
        let written = 0;
        for (let i = 0; i < 16 && written < data.length; i++) {
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, written);
        }
        if (written < data.length)
            throw new Error(`could not append to ${file}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * One writer at a time per directory (an append, a rotation, a gate writing its reports and their
 * record), so two runs never fork the chain. A lock is held for milliseconds: one older than the
 * wait is left over by a killed process and taken over.
 */
function withLogLock(dir, body) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    while (!tryLock(lock, deadline))
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    try {
        return body();
    }
    finally {
        unlock(lock);
    }
}
/** The same lock around asynchronous work (the gate's report files and their record). */
async function withLogLockAsync(dir, body) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    while (!tryLock(lock, deadline))
        await new Promise((resolve) => setTimeout(resolve, 10));
    try {
        return await body();
    }
    finally {
        unlock(lock);
    }
}
function tryLock(lock, deadline) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(lock, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600));
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    let age;
    try {
        age = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(lock).mtimeMs;
    }
    catch {
        return false;
    }
    if (age > LOCK_WAIT_MS) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true, recursive: true });
        return false;
    }
    if (Date.now() > deadline)
        throw new Error(`the operational log's lock ${lock} is held by another writer`);
    return false;
}
function unlock(lock) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(lock);
    }
    catch {
        // Taken over by another writer after a very long hold: theirs now.
    }
}
/** Taken before the suite starts: the log's chain checked, its head and archive digests held. */
async function snapshotLog(dir) {
    return withLogLockIfPresent(dir, async () => {
        const archives = new Map();
        for (const file of rotatedLogs(dir)) {
            try {
                archives.set(file, sha256(readRegularSync(file) ?? Buffer.alloc(0)));
            }
            catch (error) {
                archives.set(file, `unreadable: ${error.message}`);
            }
        }
        let data = null;
        let problem = null;
        try {
            data = readRegularSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
        }
        catch (error) {
            problem = `the operational log cannot be read: ${error.message}`;
        }
        const link = chainLink(dir);
        const log = verifyLogText(data?.toString('utf8') ?? '', link, node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
        return {
            dir,
            lines: log.lines.length,
            head: log.head,
            content: data !== null && data.length <= MAX_RESTORE_BYTES ? data : null,
            archives,
            problem: problem ?? log.problem,
        };
    });
}
/**
 * After the suite (under the log's lock): what changed in the log that the gate did not write. Appends that chain on from
 * the held head (another run's entries) and a rotation by a retention run are allowed.
 */
function compareLog(before) {
    const problems = [];
    const now = rotatedLogs(before.dir);
    for (const [file, digest] of before.archives) {
        let current;
        try {
            const data = readRegularSync(file);
            if (data === null) {
                problems.push(`the rotated log ${file} was removed`);
                continue;
            }
            current = sha256(data);
        }
        catch (error) {
            current = `unreadable: ${error.message}`;
        }
        if (current !== digest)
            problems.push(`the rotated log ${file} was rewritten`);
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, OPS_LOG_FILE);
    let data;
    try {
        data = readRegularSync(file);
    }
    catch (error) {
        return [...problems, `the operational log cannot be read: ${error.message}`];
    }
    const log = verifyLogText(data?.toString('utf8') ?? '', chainLink(before.dir), file);
    // Rotated while the suite ran (by a retention run): what was held is in the new archive.
    const rotated = now.find((f) => !before.archives.has(f));
    const holder = rotated !== undefined && before.lines > 0 ? readRegularSync(rotated) : data;
    if (before.lines > 0 && !holdsSnapshot(before, holder)) {
        problems.push(`the operational log no longer starts with the ${before.lines} line(s) it had before the suite ran: entries were removed or rewritten`);
    }
    if (log.problem !== null)
        problems.push(log.problem);
    return problems;
}
/** The log still begins with what it held before the suite: byte for byte, or by the held head. */
function holdsSnapshot(before, data) {
    if (data === null)
        return false;
    if (before.content !== null) {
        return data.subarray(0, before.content.length).equals(before.content);
    }
    const lines = data.toString('utf8').split('\n');
    const held = lines[before.lines - 1];
    return held !== undefined && lineHash(held) === before.head;
}
/**
 * Puts the log back (under the log's lock) as it was before the suite (the rewritten one is kept beside it as evidence);
 * returns where the rewritten log went, or null when there was nothing held to put back.
 */
function restoreLog(before, stamp) {
    if (before.content === null)
        return null;
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, OPS_LOG_FILE);
    const kept = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, `operational-log.tampered-${stamp}.jsonl`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(file, kept);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, before.content);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return kept;
}
/** Lock only when the directory exists (a first run has no log to guard yet). */
async function withLogLockIfPresent(dir, body) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            return await body();
    }
    catch {
        return body();
    }
    return withLogLockAsync(dir, body);
}


/***/ }),

/***/ 88411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ digestFiles),
/* harmony export */   _: () => (/* binding */ gateRecords),
/* harmony export */   cy: () => (/* binding */ isReportFileName),
/* harmony export */   ok: () => (/* binding */ notRecorded)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22753);
// The record of the files the gate wrote: a REPORTS_RECORDED entry in the operational log with
// each file's name and SHA-256. Consumers (aggregate, review, prune) find the gate's reports
// through it, never by the newest name or a marker line, which anyone can write.


const REPORT_FILE = /^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}(?:_\d+)?\.(?:md|json|junit\.xml|output\.log|oplog\.jsonl|kill-switch\.log|on-p1\.log)$/;
/** Whether a name is one the gate gives its report files. */
function isReportFileName(name) {
    return REPORT_FILE.test(name);
}
/** The digests of files as they are now (absent or unreadable files are left out). */
function digestFiles(files) {
    const recorded = [];
    for (const file of files) {
        try {
            const digest = (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256OfRegularSync */ .kQ)(file);
            if (digest !== null)
                recorded.push({ name: node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file), sha256: digest });
        }
        catch {
            // Not a regular file: not the gate's to record.
        }
    }
    return recorded;
}
/** The records in a directory's history that the chain verifies. */
function gateRecords(dir) {
    const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .readHistoryChain */ .KS)(dir);
    const files = new Map();
    for (const { log } of chain.files) {
        for (const line of log.lines) {
            if (!line.verified)
                continue;
            const entry = line.value;
            if (entry.event !== 'REPORTS_RECORDED' || !Array.isArray(entry.files))
                continue;
            for (const f of entry.files) {
                const { name, sha256: digest } = (f ?? {});
                if (typeof name !== 'string' || typeof digest !== 'string')
                    continue;
                if (name !== node_path__WEBPACK_IMPORTED_MODULE_0__.basename(name))
                    continue;
                files.set(name, { sha256: digest, timestamp: String(entry.timestamp ?? '') });
            }
        }
    }
    return { files, problems: chain.problems, chain };
}
/** Null when the file in `dir` is the one the gate recorded; else why it is not. */
function notRecorded(records, dir, name) {
    const recorded = records.files.get(name);
    if (!recorded)
        return `${name} is not in the gate's record of the files it wrote (operational log of ${dir})`;
    try {
        const digest = (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256OfRegularSync */ .kQ)(node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir, name));
        if (digest === null)
            return `${name} is recorded but missing`;
        if (digest !== recorded.sha256)
            return `${name} was changed after the gate wrote it (its SHA-256 differs from the record)`;
    }
    catch (error) {
        return `${name} cannot be read: ${error.message}`;
    }
    return null;
}


/***/ }),

/***/ 59814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Lx: () => (/* binding */ OPS_EVENTS),
/* harmony export */   S1: () => (/* binding */ EXIT_CODE_STATUS),
/* harmony export */   Sp: () => (/* binding */ statusFromChecks),
/* harmony export */   XV: () => (/* binding */ SUITE_ISOLATIONS),
/* harmony export */   Yp: () => (/* binding */ outcomeWithoutChecks),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   dC: () => (/* binding */ ACTION_WORDS),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   l2: () => (/* binding */ capitalized),
/* harmony export */   mS: () => (/* binding */ STATUS_EXIT_CODE),
/* harmony export */   u3: () => (/* binding */ OVERRIDES),
/* harmony export */   xj: () => (/* binding */ isExitStatus)
/* harmony export */ });
/* unused harmony exports DECISION_FACTS, OUTCOME_RULE_IDS */
// The ground floor: the domain model shared by the suite runners (external command, built-in
// suite), the decision, the reporters and the publishers: what a suite found, and one gate run as
// it was decided. Types and constants only; it imports no module of the gate (only a Node type),
// every other module may import it. The verdict table is in docs/verdicts.md.
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
/**
 * Facts about the evidence or the run, beside the suite's status (docs/verdicts.md). Adding one
 * is its name here and its row in FACT_RULES of src/decision.ts (the compiler asks for the row).
 */
const DECISION_FACTS = (/* unused pure expression or super */ null && ([
    'report-write-failed',
    'report-upload-failed',
    'approval-refused',
    'operator-cancelled',
    'gate-cancelled',
    'gate-error',
    'no-evidence',
    'file-commands-tampered',
    // The operational log was rewritten or broken, or files named like reports were planted.
    'gate-files-tampered',
]));
/** The rows of the status × override table in src/decision.ts (OUTCOME_RULES). */
const OUTCOME_RULE_IDS = (/* unused pure expression or super */ null && ([
    'passed',
    'p2-warned',
    'p1-failed',
    'force-start-requested',
    'force-start-granted',
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
    'skip-requested',
    'skip-granted',
]));
/** The action's words: its inputs, an override set to true, the authorize job. */
const ACTION_WORDS = {
    input: (name) => `input "${name}"`,
    override: (name) => `${name}: true`,
    approvalPath: 'run the authorize job, or set input "approval-environment"',
};
/** A phrase at the start of a sentence: `Input "command"`, `--command`. */
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const SUITE_ISOLATIONS = ['auto', 'pid', 'none'];
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
/** The exit codes of docs/source-document.md: 0 all passed, 1 P0, 2 P1 failure, 3 P2 warnings. */
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
    // The suite wrote to the runner's file commands (outputs, state, env, path, summary).
    'FILE_COMMANDS_TAMPERED',
    // The operator refused or interrupted the launcher's confirmation (the CLI).
    'OPERATOR_CANCELLED',
    // After the launch (preflight watch, launch --watch-interval): one entry per change of state.
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
    'FLEET_ABORTED',
    // preflight audit finished (its report names the findings); not a launch decision.
    'AUDIT_COMPLETED',
    // The operational log was rewritten, cut or broken (its hash chain), before or during the run.
    'LOG_TAMPERED',
    // Files named like the gate's reports appeared or changed while the suite ran.
    'FILES_TAMPERED',
    // The files the gate wrote for a run, with their SHA-256 digests: how consumers find them.
    'REPORTS_RECORDED',
];


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ appendOpsLog),
/* harmony export */   Bg: () => (/* binding */ opsLogEntry),
/* harmony export */   F1: () => (/* binding */ logTimestamp),
/* harmony export */   Gg: () => (/* binding */ formatOpsLogEntry),
/* harmony export */   Wu: () => (/* binding */ reportsRecordedEntry),
/* harmony export */   cL: () => (/* binding */ runLogEntries),
/* harmony export */   d1: () => (/* binding */ AFTER_LAUNCH_EVENTS),
/* harmony export */   np: () => (/* reexport safe */ _history_chain_js__WEBPACK_IMPORTED_MODULE_2__.np),
/* harmony export */   uu: () => (/* binding */ runLogEntry),
/* harmony export */   z2: () => (/* binding */ OPS_ENTRY_MARKER)
/* harmony export */ });
/* unused harmony exports recordOfFiles, appendLines, opsLogEntryMarker */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22753);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58825);
/* harmony import */ var _report_messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26916);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78689);
// The operational log the source document requires (docs/source-document.md, "Operational
// Log"): one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.







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
        impact: bounded(subject.impact ?? '', MAX_TEXT),
        mitigation: bounded(subject.mitigation ?? '', MAX_TEXT),
        runUrl: bounded(subject.runUrl, 500),
        details: bounded(details, MAX_TEXT),
    };
}
/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
function runLogEntry(run, at, event, details) {
    return opsLogEntry(runLogSubject(run), at, event, details);
}
function runLogSubject(run) {
    return {
        ...run,
        status: run.outcome.status,
        exitCode: run.outcome.exitCode,
        failures: (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .failedCheckNames */ .Cu)(run.outcome),
        approvers: run.approval?.approvers ?? [],
    };
}
/**
 * A decided run's entries: one per failure, override request, approval outcome, lost evidence and
 * cancellation. Each event comes at most once a run: the log records an entry by its event.
 */
function runLogEntries(run, words, facts) {
    const { outcome, decision, approval } = run;
    const entry = (event, details, at = facts.decidedAt) => runLogEntry(run, at, event, details);
    const entries = [];
    if (facts.cancelled) {
        entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .runBanner */ .qO)(run, words).title));
    }
    else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
        entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .runBanner */ .qO)(run, words).title));
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
    const flaky = (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .flakyCheckNames */ .ib)(outcome);
    if (flaky.length > 0) {
        entries.push(opsLogEntry({ ...runLogSubject(run), failures: flaky }, facts.decidedAt, 'FLAKY_CHECKS', `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`));
    }
    if (facts.fileCommandsTampered !== null) {
        entries.push(entry('FILE_COMMANDS_TAMPERED', facts.fileCommandsTampered));
    }
    if (facts.logTampered !== null)
        entries.push(entry('LOG_TAMPERED', facts.logTampered));
    if (facts.filesTampered !== null)
        entries.push(entry('FILES_TAMPERED', facts.filesTampered));
    if (facts.writeError !== null)
        entries.push(entry('REPORT_WRITE_FAILED', facts.writeError));
    if (run.upload?.kind === 'failed') {
        entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined));
    }
    return entries;
}
/** The record of the files a write of the run put down, with digests: how consumers find them. */
function reportsRecordedEntry(run, at, files) {
    return recordOfFiles(runLogEntry(run, at, 'REPORTS_RECORDED', ''), files);
}
/** The record of files written for the run an entry is about: their names and digests. */
function recordOfFiles(about, files, details = 'The files this gate run wrote.') {
    return { ...about, event: 'REPORTS_RECORDED', details, files };
}
function bounded(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
/**
 * Appends entries to the directory's operational log, each chained to the line before it (the
 * SHA-256 in `prev`), with one write under the log's lock: runs that log at the same moment
 * neither split each other's lines nor fork the chain.
 */
async function appendOpsLog(logDir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(logDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np);
    if (entries.length === 0)
        return file;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(logDir, { recursive: true });
    await (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withLogLockAsync */ .Iq)(logDir, async () => (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .appendChainedLocked */ .rz)(logDir, entries));
    return file;
}
/** A run's own copy of its entries (`*.oplog.jsonl`, no chain): one write() with O_APPEND. */
async function appendLines(file, entries) {
    await appendRegularFile(file, Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8'));
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
    field('Exit Code', (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExitCodes */ .o)(entry.gateExitCode, entry.exitCode));
    field('Failures', entry.failures.join(', '));
    field('Decision', entry.decision.toUpperCase());
    field('Reason', entry.reason);
    field('Expected Impact', entry.impact);
    field('Mitigation Plan', entry.mitigation);
    field('Approved By', entry.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '));
    field('Documentation', entry.ticket);
    field('Details', entry.details);
    field('Operator', entry.operator);
    field('Run', entry.runUrl);
    return lines.join('\n');
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
    leg: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200).optional(),
    dirty: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().nullable().optional(),
});
/**
 * The runner exports everything here but the matrix values: those come from the gate's
 * `matrix` input (INPUT_MATRIX), or PREFLIGHT_MATRIX for the CLI. A value that is not a flat
 * JSON object of scalars is left out (null) rather than guessed at.
 */
function provenanceFromEnv(env, mode, host = node_os__WEBPACK_IMPORTED_MODULE_0__.hostname()) {
    // Off Actions the CLI fills in the PREFLIGHT_ values from git (src/cli/local-provenance.ts).
    const local = !env.GITHUB_RUN_ID;
    return {
        repository: env.GITHUB_REPOSITORY || env.PREFLIGHT_GIT_REPOSITORY || '',
        sha: env.GITHUB_SHA || env.PREFLIGHT_GIT_SHA || '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID || env.PREFLIGHT_RUN_ID || '',
        runAttempt: env.GITHUB_RUN_ATTEMPT || (local && env.PREFLIGHT_RUN_ID ? '1' : ''),
        job: env.GITHUB_JOB ?? '',
        matrix: parseMatrix(env.INPUT_MATRIX || env.PREFLIGHT_MATRIX || ''),
        runnerName: env.RUNNER_NAME ?? '',
        host,
        mode,
        leg: (env.PREFLIGHT_LEG ?? '').trim().slice(0, 200),
        dirty: env.PREFLIGHT_GIT_DIRTY === 'true'
            ? true
            : env.PREFLIGHT_GIT_DIRTY === 'false'
                ? false
                : null,
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

/***/ 25078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n0: () => (/* binding */ looksSecret),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   rS: () => (/* binding */ evidenceText)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, withheldSecretValues, decodeEntities */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var _runner_custody_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93149);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54020);
// Secrets stay out of the evidence. GitHub masks secrets in the job log, but not in artifacts,
// so every report, summary, output, log entry, comment and file name passes through one
// pipeline: decode (entities, UTF-8), strip control sequences, then redact. Decoding and
// stripping come first because a secret split by `\e[0m` or written as `&#103;hp_…` is whole
// again once rendered. What is secret is listed in docs/redaction.md.




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
    // JSON Web Tokens (the runner's ACTIONS_RUNTIME_TOKEN and OIDC tokens are JWTs).
    [/\beyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g, REDACTED],
    // Credentials in a URL: scheme://user:password@host (the user stays, the password goes).
    [/\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@]{0,256}:)[^\s/@]{1,1024}@/gi, `$1${REDACTED}@`],
];
/** Longer than any token shape above can match (a JWT: three bounded parts). */
const TOKEN_SHAPE_MAX_LENGTH = 16 * 1024 + 8;
/** Names that say their value is a credential: `${env:}` values of these are hidden. */
const SECRET_LOOKING_NAME = /TOKEN|SECRET|PASSWORD|PASS|KEY|CREDENTIAL|AUTH/i;
function looksSecret(name) {
    return SECRET_LOOKING_NAME.test(name);
}
/**
 * The values of the runner's credentials the gate withholds (the list the secret custody keeps,
 * src/runner/custody.ts): the workflow token as the gate's input and as the usual variables, the
 * runtime token, the results service address and the OIDC token request. Hidden wherever they
 * appear, even when `pass-env` hands one to the suite.
 */
function withheldSecretValues(env) {
    return (0,_runner_custody_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNames */ .XG)(env, []).flatMap((name) => env[name] ?? []);
}
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Character references (`&#10;`, `&#x67;`) and XML's five named entities, decoded once. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/gi, (whole, ref) => {
        if (ref[0] !== '#')
            return XML_ENTITIES[ref.toLowerCase()] ?? whole;
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
            ? String.fromCodePoint(code)
            : '\ufffd';
    });
}
/** The first two steps of the evidence pipeline: decode, then strip control sequences. */
function evidenceText(text) {
    return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(decodeEntities(text));
}
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
    /** Adds one form of a secret (and each of its lines, as GitHub masks multi-line secrets). */
    addForm(value) {
        for (const part of [value, ...value.split(/\r?\n/)]) {
            const trimmed = part.trim();
            if (trimmed.length >= MIN_SECRET_LENGTH && !this.values.has(trimmed)) {
                this.values.add(trimmed);
                this.longest = Math.max(this.longest, trimmed.length);
                this.pattern = null;
            }
        }
    }
    /**
     * Adds a secret value and the forms it takes once written down: percent-encoded (in a URL)
     * and, for a value holding control characters, stripped as the pipeline strips the text.
     */
    add(value) {
        if (value === undefined)
            return;
        for (const form of new Set([value, evidenceText(value), encodeURIComponent(value)])) {
            this.addForm(form);
        }
    }
    /** Adds the values of the named environment variables. */
    addVariables(names, env) {
        for (const name of names)
            this.add(env[name]);
    }
    /** Adds the values of the credentials the gate withholds (see withheldSecretValues). */
    addWithheld(env) {
        for (const value of withheldSecretValues(env))
            this.add(value);
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
    /** The whole pipeline: decode, strip control sequences, redact. Every surface uses this. */
    redact(text) {
        return this.redactPlain(evidenceText(text));
    }
    /** Redaction alone, for text already decoded and stripped. */
    redactPlain(text) {
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
            impact: text(run.impact),
            mitigation: text(run.mitigation),
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
            .map((raw) => {
            // The runner masks the value as announced; the evidence holds it stripped: learn both.
            if (ADD_MASK.test(raw))
                this.learnFromLine(raw);
            const line = evidenceText(raw);
            const mask = ADD_MASK.exec(line);
            if (mask === null)
                return this.redactPlain(line);
            this.learnFromLine(line);
            // The announcement itself is hidden; what followed it after a CR is kept.
            const rest = line.slice(mask.index + mask[0].length);
            return `${this.redactPlain(line.slice(0, mask.index))}::add-mask::${REDACTED}${this.redactPlain(rest)}`;
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
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        const redactLines = (block) => this.redactLines(block);
        const cutOf = (text) => this.safeCut(text);
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
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
        isolation: run.isolation ?? null,
        secrets: run.secrets ?? null,
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
    const hidden = (0,safe_file/* freshNameBeside */.oU)(file, 'writing');
    try {
        await (0,safe_file/* writeNewFile */.S0)(hidden, data);
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
/* unused harmony exports REPORT_TITLE, NONE_EXPOSURE, isolationLines, resultsTable, evidenceLines, flakyLines, approvalLines */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58825);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8609);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54020);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26916);
// The source document's report: reports/health/SMOKE_TEST_INSTITUTIONAL_<timestamp>.md
// (docs/source-document.md, "Reporting").





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
        `**Date**: ${(0,_opslog_js__WEBPACK_IMPORTED_MODULE_2__/* .logTimestamp */ .F1)(run.startedAt)}`,
        `**Mode**: ${run.mode?.toUpperCase() ?? 'UNKNOWN'}`,
        `**Status**: ${_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_LINE */ .qn[outcome.status]}`,
        `**Exit Code**: ${decision.gateExitCode} (${(0,_decision_js__WEBPACK_IMPORTED_MODULE_1__/* .gateExitMeaning */ .NI)(decision.gateExitCode)})`,
        `**Suite Exit Code**: ${outcome.exitCode ?? (outcome.signal ? `none (signal ${outcome.signal})` : 'none')}`,
        `**Duration**: ${(outcome.durationMs / 1000).toFixed(2)}s`,
        `**Verdict**: ${decision.verdict.toUpperCase()}${decision.grantedOverride ? ` (override: ${decision.grantedOverride})` : ''}`,
        `**Subset**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')}`,
        `**Suite**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.source)}`,
        ...(outcome.appendedArgs && outcome.appendedArgs.length > 0
            ? [`**Appended Arguments**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`]
            : []),
        '',
        '## Test Results',
        ...resultsTable(run),
        ...evidenceLines(run),
    ];
    if (outcome.notes.length > 0) {
        lines.push('', '## Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...flakyLines(run, '##'));
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    if (failed.length > 0) {
        lines.push('', '## Failed Checks');
        for (const check of failed) {
            lines.push('', `### ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(check.name)} (${check.level})`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(check.message, 4000));
            if (check.remediation)
                lines.push('', `**Remediation**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(check.remediation, 4000)}`);
            if (check.output)
                lines.push('', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(check.output));
        }
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', `## Suite Output${outcome.outputTruncated ? ' (last part only)' : ''}`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(outcome.outputTail));
    }
    if (run.approval) {
        lines.push('', '## Approval', ...approvalLines(run));
    }
    lines.push(...isolationLines(run, '##'));
    if (run.opsLog.length > 0) {
        lines.push('', '## Operational Log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    return lines.join('\n') + '\n';
}
/** What a suite can do when it runs without isolation (the report says it for `none`). */
const NONE_EXPOSURE = 'the suite ran as the gate’s user in the gate’s namespaces: it could see and signal every process of that user (the gate included), read their /proc entries (environments, command lines), write the runner’s file commands and the report directory, and start daemons that only the gate’s process tracking finds';
/** How the suite was contained: the isolation used and, without it, why and what that allowed. */
function isolationLines(run, heading) {
    const isolation = run.isolation;
    if (!isolation)
        return [];
    const via = {
        root: 'as root',
        'user-namespace': 'through a user namespace',
        sudo: 'through sudo',
    };
    const lines = ['', `${heading} Isolation`, ''];
    if (isolation.used === 'pid') {
        lines.push(`- Suite isolation: \`pid\` (requested \`${isolation.requested}\`, ${isolation.via ? via[isolation.via] : 'unknown way'}): the suite ran in its own PID and mount namespace, saw only its own processes, not the gate’s /proc entries nor the runner’s file commands, and nothing it started outlived it.`);
    }
    else {
        lines.push(`- Suite isolation: \`none\` (requested \`${isolation.requested}\`): ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(isolation.reason ?? 'no reason given', 2000)}.`, `- Without isolation ${NONE_EXPOSURE}.`);
    }
    const secrets = run.secrets;
    if (secrets?.mechanism === 'execve') {
        lines.push(`- Secrets: the gate re-executed itself with an environment free of them before the suite started${secrets.withheld.length > 0 ? ` (${secrets.withheld.map((n) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(n)).join(', ')})` : ''}; they came back over a channel closed before the suite ran.${secrets.note ? ` ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(secrets.note, 2000)}.` : ''}`);
    }
    else if (secrets) {
        lines.push(`- Secrets: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(secrets.note ?? 'not re-executed', 2000)}${isolation.used === 'pid' ? '; under pid isolation the suite cannot see the gate’s /proc entries' : ''}.`);
    }
    return lines;
}
function resultsTable(run) {
    const { outcome } = run;
    const header = [
        '| Test | Level | Status | Duration | Message |',
        '|------|-------|--------|----------|---------|',
    ];
    if (outcome.checks.length === 0) {
        const summary = outcome.notes[0] ?? _messages_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_LINE */ .qn[outcome.status];
        return [
            ...header,
            `| Smoke suite | ${suiteLevel(run)} | ${outcome.status === 'passed' ? '✓' : outcome.status === 'skipped' ? '–' : '✗'} | ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(outcome.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(summary)} |`,
        ];
    }
    return [
        ...header,
        ...outcome.checks.map((c) => `| ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.name, 200)} | ${c.level} | ${CHECK_MARK[c.status]} | ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(c.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.message)} |`),
    ];
}
/** Where the results came from, the suite's own reports, and tests that declared no level. */
function evidenceLines(run, heading = '##', withSuiteReports = true) {
    const { evidenceFiles = [], suiteReports = [], unmappedChecks = [] } = run.outcome;
    const lines = [];
    if (evidenceFiles.length > 0) {
        lines.push('', `**Results read from**: ${evidenceFiles.map((f) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(f)).join(', ')}`);
    }
    if (withSuiteReports && suiteReports.length > 0) {
        lines.push('', `${heading} Suite Reports`, '', 'Written by the suite itself in the report directory during this run (kept, and in the artifact):', ...suiteReports.map((f) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(f))}`));
    }
    if (unmappedChecks.length > 0) {
        lines.push('', `${heading} Unmapped Tests (counted as P0)`, '', 'No level property, no level-map rule and no p0/p1/p2 word in the name:', ...unmappedChecks.slice(0, 50).map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(n, 200)}`), ...(unmappedChecks.length > 50 ? [`- … and ${unmappedChecks.length - 50} more`] : []));
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
    const flaky = (0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .flakyCheckNames */ .ib)(run.outcome);
    if (flaky.length === 0)
        return [];
    return [
        '',
        `${heading} Flaky Checks (${flaky.length})`,
        '',
        'Passed only after retries; a check that must pass at once can say `flaky: fail`.',
        ...flaky.map((name) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(name)}`),
    ];
}
function approvalLines(run) {
    const approval = run.approval;
    if (!approval)
        return [];
    const lines = [
        '',
        `- Environment: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(approval.environment)}`,
        `- Approvals required: ${approval.requiredApprovals}`,
        `- Result: ${approval.granted ? '✅ granted' : '❌ refused'}`,
    ];
    for (const a of approval.approvers) {
        lines.push(`- Approved by ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(a.login)}${a.comment ? `: “${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(a.comment)}”` : ''}`);
    }
    for (const r of approval.refusals)
        lines.push(`- Refused: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(r, 2000)}`);
    for (const w of approval.warnings)
        lines.push(`- Warning: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(w, 2000)}`);
    return lines;
}


/***/ }),

/***/ 26916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ failedCheckNames),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   g3: () => (/* binding */ consoleBanner),
/* harmony export */   ib: () => (/* binding */ flakyCheckNames),
/* harmony export */   qO: () => (/* binding */ runBanner),
/* harmony export */   qn: () => (/* binding */ STATUS_LINE)
/* harmony export */ });
/* unused harmony export banner */
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
// The source document's console messages (docs/source-document.md, "Exit code handling" and
// "Override flags"), adapted from "trading" to "launching", per outcome and mode. Used by the CLI, the job log, the job summary and the step's failure message.

/** The banner of a decided run: rendered from the run's decision, never stored in it. */
function runBanner(run, words) {
    return banner({
        mode: run.mode,
        words,
        status: run.outcome.status,
        decision: run.decision,
        approvalEnvironment: run.approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
    });
}
function banner(input) {
    const { status, decision, words } = input;
    const live = input.mode === 'live';
    const mode = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOrStrictest */ .uh)(input.mode);
    // A fact that turned the launch into an abort headlines (the rule that fired).
    if (decision.rule === 'gate-files-tampered') {
        return hardAbort(live, 'GATE FILES TAMPERED', "The operational log or the gate's report files were changed by someone other than the gate during this run: the evidence cannot be trusted.", [
            'Read the notes below: what was changed, and where the changed file was kept.',
            'Find what in the suite (or on this host) wrote there, remove it, and re-run the gate.',
        ]);
    }
    if (decision.rule === 'report-upload-failed') {
        return hardAbort(live, 'REPORT UPLOAD FAILED', 'The report could not be uploaded as an artifact: no evidence, no launch.', [
            'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
        ]);
    }
    if (decision.rule === 'report-write-failed') {
        return hardAbort(live, 'REPORT WRITE FAILED', 'The report could not be written: no evidence, no launch.', [
            `Check the write error below (disk space, permissions of ${words.input('report-dir')}), then re-run the gate.`,
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
                `Find the hanging check (see the output tail), fix it or raise ${words.input('timeout-seconds')}, and re-run.`,
            ]);
        case 'crashed':
            return hardAbort(live, 'SMOKE TEST CRASHED', 'The smoke test itself failed to run to completion.', ['Read the suite output below, fix the crash, and re-run the smoke test.']);
        case 'missing':
            return hardAbort(live, 'SMOKE TEST NOT FOUND', 'The smoke test script or program does not exist.', [
                `Check ${words.input('command')} (or ${words.input('suite')}) and ${words.input('working-directory')}, and that the suite is installed on the runner.`,
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
    const roles = _decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd[mode][override].roles;
    return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)];
}
function approvalLines(mode, override, input) {
    const lines = rolesLines(mode, override);
    if (input.approvalEnvironment) {
        const count = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalsRequired */ .g0)(mode, override, input.requiredApprovals);
        lines.push(`⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`);
    }
    else {
        lines.push(`⚠️  Approval is given by reviewers of a protected environment: ${input.words.approvalPath}.`);
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
        `Override: approval by ${_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then ${input.words.override('force-start')}.`,
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
            `  2. Force start with ${input.words.override('force-start')} (REQUIRES APPROVAL)`,
            '',
            'Aborting launch for safety.',
        ],
        nextSteps,
        severity: 'error',
    };
}
function skipBanner(mode, decision, input) {
    const live = mode === 'live';
    const skip = input.words.override('skip-health-check');
    const title = live
        ? `🚨 HEALTH CHECKS SKIPPED (${skip}) 🚨`
        : `⚠️  HEALTH CHECKS SKIPPED (${skip})`;
    const warning = live
        ? [
            '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
            '⚠️  Skipping health checks can result in REAL MONEY LOSS',
            `⚠️  This override MUST be approved by ${_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd.live.skip.roles.join(' and ')}`,
        ]
        : ['⚠️  This is NOT RECOMMENDED for production use'];
    const nextSteps = [
        (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .commentRequired */ .zY)(mode, 'skip')
            ? 'Get written approval (a reviewer of the protected environment, with a comment).'
            : 'Get approval (a reviewer of the protected environment).',
        `Document the reason (${input.words.input('reason')}) and the ticket (${input.words.input('ticket')}).`,
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
/* harmony export */   mF: () => (/* binding */ reportTime),
/* harmony export */   xX: () => (/* binding */ retainAfterRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22753);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88411);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78689);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73024);
// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name) when the gate's record
// holds them, else into `<YYYY-MM>.unrecorded.tar.gz`; the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.






const LOCK_FILE = '.prune.lock';
const DAY_MS = 24 * 60 * 60 * 1000;
const REPORT_NAME = /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/;
/** The time in a report's name, or null for any other file. */
function reportTime(name) {
    const m = REPORT_NAME.exec(name);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return Number.isNaN(date.getTime()) ? null : date;
}
async function pruneReports(reportDir, retentionDays, now, 
/** Whose record tells the gate's reports from others (the history; default: reportDir). */
recordsDir = reportDir) {
    const result = { archived: {}, rotatedLog: null, busy: false, refused: [] };
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name));
        if (!info.isFile())
            continue;
        // A hard link shares its contents with a file elsewhere: archiving would copy that file.
        if (info.nlink > 1) {
            result.refused.push(`${name}: it has ${info.nlink} hard links, so it is not archived`);
            continue;
        }
        const month = time.toISOString().slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name)]);
    }
    // The gate's reports (recorded, digest intact) go into the month's archive; anything else named
    // like one (written before records existed, by a suite, planted) into `<month>.unrecorded`.
    if (byMonth.size > 0) {
        const records = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .gateRecords */ ._)(recordsDir);
        for (const [month, files] of [...byMonth]) {
            const unrecorded = files.filter((f) => (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .notRecorded */ .ok)(records, reportDir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f)) !== null);
            if (unrecorded.length === 0)
                continue;
            const recorded = files.filter((f) => !unrecorded.includes(f));
            if (recorded.length > 0)
                byMonth.set(month, recorded);
            else
                byMonth.delete(month);
            byMonth.set(`${month}.unrecorded`, unrecorded);
        }
    }
    const logMonth = await firstEntryMonth(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np));
    const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7);
    if (byMonth.size === 0 && !rotate)
        return result;
    const archiveDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHIVE_DIR */ .L$);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(archiveDir, { recursive: true });
    // An `archive` link would carry the reports (and the rotated log) out of the report directory.
    const held = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(archiveDir);
    if (held.isSymbolicLink() || !held.isDirectory()) {
        throw new Error(`${archiveDir} is ${held.isSymbolicLink() ? 'a link' : 'not a directory'}; the archive is never followed out of the report directory. Remove it and re-run`);
    }
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
        handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularForReading */ .KR)(file);
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
/**
 * Renames the log into the archive directory (atomic; writers reopen it by name), under the
 * log's lock: the next entry chains to the rotated log's last line.
 */
function rotateLog(reportDir, archiveDir, month) {
    return (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withLogLockAsync */ .Iq)(reportDir, async () => {
        for (let attempt = 1; attempt <= 100; attempt++) {
            const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`;
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, name);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_5__.openSync)(target, 'wx'));
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    continue;
                throw error;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np), target);
            return target;
        }
        throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`);
    });
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
        const handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularForReading */ .KR)(file);
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
async function retainAfterRun(notes, reportDir, retentionDays, now, recordsDir = reportDir) {
    if (retentionDays === undefined)
        return;
    try {
        const { refused } = await pruneReports(reportDir, retentionDays, now, recordsDir);
        for (const refusal of refused)
            notes.push(`An old report was left in place: ${refusal}.`);
    }
    catch (error) {
        notes.push(`Old reports could not be archived (report-retention-days): ${error.message}. Nothing was removed that is not archived; run "preflight prune" to retry.`);
    }
}


/***/ }),

/***/ 3936:
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
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
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
            throw new Error(`The results pattern "${pattern}" could not be expanded within ${GLOB_TIMEOUT_MS / 1000} s: ${error.message}. Use a narrower pattern.`);
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
        return { ok: true, text: buffer.subarray(0, length).toString('utf8'), bytes: length };
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

// EXTERNAL MODULE: ./lib/evidence/levels.js + 1 modules
var levels = __webpack_require__(1202);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/evidence/parse-thread.js
// Results files are parsed on a worker thread. Within the 8 MiB bound a results file can take
// seconds of CPU to parse (8 MiB of empty JUnit elements: 3.4 s, TAP's YAML at its bounds: 1.3 s; see
// docs/redaction.md), and on the gate's own thread that would hold a SIGTERM for as long. Here the gate's thread only waits, so
// it answers a signal at once, and a cancellation ends the worker mid-parse.

/**
 * A worker no collection is using, kept for the next one (the gate in `watch`, or many runs in
 * one process): starting one costs more than most results files take to parse. It is unref'd,
 * so it never keeps the process alive.
 */
let idleWorker = null;
/** The worker of one collection: the idle one, or one started with the collection's first file. */
function resultsParser(signal) {
    let worker = null;
    let pending = null;
    const settle = (error) => {
        pending?.reject(error);
        pending = null;
    };
    const onMessage = (answer) => {
        const waiting = pending;
        pending = null;
        waiting?.resolve(answer);
    };
    const onExit = (code) => {
        worker = null;
        settle(new Error(`The results parser's thread ended (exit code ${code}) before it answered.`));
    };
    const release = (keep) => {
        signal?.removeEventListener('abort', onAbort);
        const used = worker;
        worker = null;
        if (used === null)
            return Promise.resolve();
        used.off('message', onMessage).off('error', settle).off('exit', onExit);
        if (keep && pending === null && idleWorker === null) {
            used.unref();
            idleWorker = used;
            return Promise.resolve();
        }
        return used.terminate().then(() => undefined);
    };
    const onAbort = () => {
        settle(abortReason(signal));
        void release(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return {
        async parse(file, text) {
            if (signal?.aborted)
                throw abortReason(signal);
            if (pending !== null)
                throw new Error('One results file is parsed at a time.');
            if (worker === null) {
                worker = takeIdleWorker() ?? startWorker();
                worker.ref();
                worker.on('message', onMessage).on('error', settle).on('exit', onExit);
            }
            const running = worker;
            const answer = await new Promise((resolve, reject) => {
                pending = { resolve, reject };
                running.postMessage({ file, text });
            });
            if (answer.kind === 'failed')
                throw new Error(answer.message);
            return answer.kind === 'parsed'
                ? { ok: true, results: answer.results }
                : { ok: false, message: answer.message };
        },
        stop: () => release(true),
    };
}
/**
 * Starts a worker for the next collection while the suite runs, so that reading its results
 * does not wait for one to start (~70 ms in the bundle). Unref'd until used, like any idle one.
 */
function warmResultsParser() {
    if (idleWorker !== null)
        return;
    idleWorker = startWorker();
    idleWorker.unref();
}
function takeIdleWorker() {
    const idle = idleWorker;
    idleWorker = null;
    return idle;
}
function abortReason(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : new Error('The results were not parsed: cancelled.');
}
/**
 * The bundle (ncc) has no file of its own for a worker: the worker runs the bundle's entry point,
 * which sits beside this chunk (dist/index.js, dist/cli/index.js) and serves parsing when it is
 * not the main thread. The TypeScript source (as the tests run it) starts parse-worker.ts under
 * tsx, registered on the worker itself: Node 20 does not carry a parent's loader to a worker.
 */
function startWorker() {
    const here = import.meta.url;
    const worker = here.endsWith('.ts')
        ? new external_node_worker_threads_.Worker(tsxBootstrap(here), { eval: true })
        : new external_node_worker_threads_.Worker(new URL('index.js', here));
    // While idle, a worker that fails or ends leaves the slot (an 'error' without a listener throws).
    worker
        .on('error', () => undefined)
        .on('exit', () => {
        if (idleWorker === worker)
            idleWorker = null;
    });
    return worker;
}
function tsxBootstrap(here) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = new URL('parse-worker.ts', here).href;
    return `import(${JSON.stringify(tsx)})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(source)}))
  .then((worker) => worker.serveResultsParsing())`;
}

// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/evidence/collect.js
// The evidence of one run: before the suite starts, what the results patterns and the report
// directory already hold; after it exits, the per-check results it wrote, with their levels.






/** The source document's report name (docs/source-document.md), which the suite writes itself. */
const SUITE_REPORT_PATTERN = /^SMOKE_TEST_INSTITUTIONAL_.*\.md$/;
/** All results files of a run together: four of the largest single files. */
const MAX_TOTAL_RESULTS_BYTES = 32 * 1024 * 1024;
/** Taken before the suite starts, so only what the run wrote counts as its evidence. */
async function watchEvidence(settings, scope) {
    const map = (0,levels/* parseLevelMap */.mK)(settings.levelMap);
    if (!map.ok)
        throw new Error(`${(0,model/* capitalized */.l2)((scope.words ?? model/* ACTION_WORDS */.dC).input('level-map'))} ${map.error}`);
    const existing = await expandPatterns(settings.results, scope.cwd);
    const before = await snapshotFiles(existing);
    const reportDirBefore = scope.reportDir ? await snapshotDirectory(scope.reportDir) : new Map();
    if (settings.requireResults !== 'never' || settings.results.length > 0)
        warmResultsParser();
    return { settings, scope, rules: map.rules, before, reportDirBefore };
}
/** A cancellation (the signal) ends a parse under way: collecting then rejects with its reason. */
async function collectEvidence(watch, signal) {
    const { settings, scope } = watch;
    const words = scope.words ?? model/* ACTION_WORDS */.dC;
    const notes = [];
    const { reports: suiteReports, otherGate } = await reportsWrittenBySuite(watch);
    // Files the gate named in its own temporary directory: read when the suite wrote them.
    const gateNamed = new Map([[scope.preflightResults, 'PREFLIGHT_RESULTS']]);
    if (scope.pytestReport)
        gateNamed.set(scope.pytestReport, "pytest's JUnit report");
    const candidates = [...gateNamed.keys()];
    if (settings.results.length > 0) {
        const matched = await expandPatterns(settings.results, scope.cwd);
        const { written, stale } = await changedSince(watch.before, matched);
        if (stale.length > 0) {
            notes.push(`Ignored ${stale.length} results file(s) the suite did not write during this run: ${listed(stale, scope.cwd)}.`);
        }
        if (written.length === 0) {
            notes.push(`${(0,model/* capitalized */.l2)(words.input('results'))} (${settings.results.join(', ')}) matched no file written during this run (relative to ${scope.cwd}).`);
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
                error: `Another gate run used the report directory while this suite ran (${external_node_path_.basename(otherGate)}), so the suite reports that appeared there (${listed(own, scope.cwd)}) cannot be attributed to this run. Give each run its own ${words.input('report-dir')}, or name this suite's results with ${words.input('results')}.`,
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
    if (candidates.length > MAX_RESULTS_FILES + gateNamed.size) {
        return fail(`${candidates.length - gateNamed.size} results files matched; at most ${MAX_RESULTS_FILES} are read. Narrow ${words.input('results')}.`);
    }
    // The parser's thread (and its XML and YAML libraries) starts only when there is a file to parse.
    const parser = resultsParser(signal);
    let totalBytes = 0;
    try {
        for (const file of candidates) {
            if (gateNamed.has(file) && !(await exists(file)))
                continue;
            const shown = gateNamed.get(file) ?? displayPath(file, scope.cwd);
            const read = await readRegularFile(file);
            if (!read.ok)
                return fail(`Results file ${shown} ${read.error}.`);
            // Each file is bounded, and so is their sum: parsing never takes the gate for long.
            totalBytes += read.bytes;
            if (totalBytes > MAX_TOTAL_RESULTS_BYTES)
                return fail(`The results files add up to more than ${MAX_TOTAL_RESULTS_BYTES / 1024 / 1024} MiB (at ${shown}); write fewer or smaller results.`);
            const parsed = await parser.parse(shown, read.text);
            if (!parsed.ok)
                return fail(`Results file ${parsed.message}`);
            files.push(shown);
            for (const test of parsed.results.tests)
                tests.push({ test, file: shown });
        }
    }
    finally {
        await parser.stop();
    }
    if (files.length === 0) {
        return { checks: null, files, suiteReports, unmapped: [], notes, error: null };
    }
    const checks = new Map();
    const unmapped = [];
    for (const [index, { test, file }] of tests.entries()) {
        // Thousands of tests against the level map: let a SIGTERM through now and then.
        if (index % 500 === 499)
            await yieldToSignals();
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
        notes.push(`${unmapped.length} test(s) declare no level and match no ${words.input('level-map')} rule or p0/p1/p2 name token, so they count as P0: ${unmapped.slice(0, 10).join(', ')}${unmapped.length > 10 ? ` and ${unmapped.length - 10} more` : ''}.`);
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
/** One turn of the event loop: a pending signal handler runs before the next piece of work. */
function yieldToSignals() {
    return new Promise((resolve) => setImmediate(resolve));
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
var evidence_settings = __webpack_require__(3328);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/runner/pytest.js
// pytest without glue: a suite command that runs pytest gets a JUnit report in the gate's own
// temporary directory and a small plugin that writes each test's p0/p1/p2 marker as its level.
// The plugin ships inside the bundle as text and is written out next to the report at run time
// (the action runs only dist/), then loaded with `-p`.


/** The plugin's module name: unlikely to shadow anything on the suite's own path. */
const PYTEST_PLUGIN_MODULE = 'preflight_gate_levels';
/** `-m <subset>` replaces the document's `--subset <subset>`, which pytest refuses (exit 4). */
const PYTEST_SUBSET_ARGS = '-m {subset}';
// Markers p0/p1/p2 or the P0_HEALTH style of docs/source-document.md (the gate's own level names); the
// strictest one on a test wins. The level is a user property, which pytest writes as
// <property name="level"> on the test case in every junit_family, without the warning that
// record_property gives under xunit2.
const PLUGIN_SOURCE = `"""Preflight Gate: a test's p0/p1/p2 marker is its level in the JUnit report."""
import os
import re

_LEVEL = re.compile(r"^p([0-2])(?:[_-][a-z0-9]+)*$", re.IGNORECASE)


def pytest_configure(config):
    for level, kind in (("0", "health"), ("1", "integration"), ("2", "cosmetic")):
        about = "a P%s (%s) check of the preflight gate" % (level, kind)
        config.addinivalue_line("markers", "p%s: %s" % (level, about))
        config.addinivalue_line("markers", "P%s_%s: %s" % (level, kind.upper(), about))
    # The subset the gate selects with -m (e.g. production) is a marker too.
    subset = os.environ.get("PREFLIGHT_SUBSET", "")
    if re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", subset) and subset != "full":
        config.addinivalue_line("markers", "%s: the preflight gate's %s subset" % (subset, subset))


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        levels = sorted(m.group(1) for m in (_LEVEL.match(mark.name) for mark in item.iter_markers()) if m)
        if levels:
            item.user_properties.append(("level", "P" + levels[0]))
`;
const PYTHON = /^python(\d+(\.\d+)*)?$/;
/** Python's options that take the next word as their value. */
const INTERPRETER_OPTIONS_WITH_VALUE = new Set(['-X', '-W', '--check-hash-based-pycs']);
/** True when the command runs pytest: `pytest`, `py.test`, `python -m pytest`, `python3 -m pytest`. */
function runsPytest(argv) {
    const [program, ...rest] = argv;
    if (program === undefined)
        return false;
    const name = external_node_path_.basename(program);
    if (name === 'pytest' || name === 'py.test')
        return true;
    if (!PYTHON.test(name))
        return false;
    // Interpreter options may come first (`python3 -X dev -B -m pytest`); -m ends them.
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '-m')
            return rest[i + 1] === 'pytest';
        if (!arg.startsWith('-'))
            return false;
        if (INTERPRETER_OPTIONS_WITH_VALUE.has(arg))
            i++;
    }
    return false;
}
/** Writes the plugin into the gate's temporary directory and says how pytest is to load it. */
async function preparePytest(dir, options) {
    await (0,promises_.writeFile)(external_node_path_.join(dir, `${PYTEST_PLUGIN_MODULE}.py`), PLUGIN_SOURCE, { mode: 0o600 });
    const junitPath = options.junit ? external_node_path_.join(dir, 'pytest-junit.xml') : null;
    return {
        args: ['-p', PYTEST_PLUGIN_MODULE, ...(junitPath ? [`--junitxml=${junitPath}`] : [])],
        pythonPath: options.pythonPath ? `${dir}${external_node_path_.delimiter}${options.pythonPath}` : dir,
        junitPath,
    };
}

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
    const words = input.words ?? model/* ACTION_WORDS */.dC;
    if (input.resultsDeclared && requireResults !== 'never') {
        return crashed(`The suite exited ${exitCode} without writing the results named in ${words.input('results')}: the runner failed before it reported (for example a usage error from the subset argument; see ${words.input('subset-args')}). Treated as a crash.`);
    }
    if (evidenceRequired(requireResults, mode)) {
        return crashed(`No per-check evidence: the suite exited ${exitCode} but left no results with an executed check, and ${mode} mode requires them (${words.input('require-results')} is ${requireResults}). Write per-check results (JSON to $PREFLIGHT_RESULTS, JUnit XML such as pytest --junitxml, TAP, or the document's Markdown report) and name them in ${words.input('results')}, or set ${words.input('require-results')} to never to decide on the exit code alone.`);
    }
    const status = contract === 'preflight' ? model/* EXIT_CODE_STATUS */.S1[exitCode] : exitCode === 0 ? 'passed' : 'p0-failed';
    const notes = [
        `Warning: this verdict rests on the exit code alone (${exitCode}); the suite left no per-check results${requireResults === 'never' ? ` and ${words.input('require-results')} is never` : ''}.`,
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
        words: context.words,
    });
    return {
        ...described,
        status: judgement.status,
        exitCode: end.exitCode,
        notes: [...judgement.notes, ...evidence.notes],
    };
}

;// CONCATENATED MODULE: ./lib/runner/command.js
// Runs an external smoke-suite command (the source document's smoke_test_institutional.py, see
// docs/source-document.md) and turns what happened into a SuiteOutcome.














const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i;
/**
 * Splits a command into argv without a shell; operators, globs and comments are refused. Errors
 * begin with `subject`, what the user set it with (`Input "command"`, `--kill-switch`).
 */
function commandArgv(command, subject) {
    const open = unclosedQuote(command);
    if (open !== null) {
        return {
            error: `${subject} has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
        };
    }
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(command, (name) => `$${name}`);
    }
    catch (error) {
        return { error: `${subject} cannot be split into arguments: ${String(error)}` };
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token !== 'string') {
            return {
                error: `${subject} runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
            };
        }
        argv.push(token);
    }
    if (argv.length === 0)
        return { error: `${subject} is empty.` };
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
    const words = options.words ?? model/* ACTION_WORDS */.dC;
    const split = commandArgv(options.command, (0,model/* capitalized */.l2)(words.input('command')));
    if ('error' in split)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [split.error]);
    if (!isDirectory(options.cwd)) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `${(0,model/* capitalized */.l2)(words.input('working-directory'))} is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
        ]);
    }
    const given = options.evidence ?? evidence_settings/* DEFAULT_EVIDENCE_SETTINGS */.a$;
    const pytest = given.pytest === 'auto' && runsPytest(split.argv);
    const evidenceSettings = pytest ? pytestEvidenceSettings(given) : given;
    const appended = subsetArgv(evidenceSettings.subsetArgs, options.subset, words);
    if ('error' in appended)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [appended.error]);
    const levelMap = (0,levels/* parseLevelMap */.mK)(evidenceSettings.levelMap);
    if (!levelMap.ok) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `${(0,model/* capitalized */.l2)(words.input('level-map'))} ${levelMap.error}`,
        ]);
    }
    const argv = [...split.argv, ...appended.argv];
    const script = scriptPath(argv);
    if (script !== null && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(options.cwd, script))) {
        return (0,model/* outcomeWithoutChecks */.Yp)('missing', [
            `Smoke test script not found: ${script} (looked in ${external_node_path_.resolve(options.cwd)}). Check ${words.input('command')} and ${words.input('working-directory')}.`,
        ]);
    }
    const resultsDir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-'));
    const resultsPath = external_node_path_.join(resultsDir, 'results.json');
    let log;
    let logError;
    let outcome;
    try {
        // pytest without glue: its JUnit report (unless the workflow names its results) and markers.
        const glue = pytest
            ? await preparePytest(resultsDir, {
                junit: evidenceSettings.results.length === 0,
                pythonPath: options.env.PYTHONPATH,
            })
            : null;
        let watch;
        try {
            watch = await watchEvidence(evidenceSettings, {
                cwd: options.cwd,
                preflightResults: resultsPath,
                pytestReport: glue?.junitPath ?? undefined,
                reportDir: options.reportDir,
                gateWrites: options.outputLogPath ? [options.outputLogPath] : [],
                words,
            });
        }
        catch (error) {
            return (0,model/* outcomeWithoutChecks */.Yp)('crashed', [error.message]);
        }
        log = options.outputLogPath ? (0,external_node_fs_.createWriteStream)(options.outputLogPath) : undefined;
        // Until the log is closed: an error here (its last flush on a full disk) is lost evidence.
        log?.on('error', (error) => (logError ??= error));
        const run = await (0,runner_process/* runProcess */.R3)({
            argv: glue ? [...argv, ...glue.args] : argv,
            cwd: options.cwd,
            env: {
                ...options.env,
                ...(glue ? { PYTHONPATH: glue.pythonPath } : {}),
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
            isolation: options.isolation,
        });
        const evidence = await collectEvidence(watch, options.signal).catch((error) => ({
            checks: null,
            files: [],
            suiteReports: [],
            unmapped: [],
            notes: [],
            error: error.message,
        }));
        outcome = outcomeWithEvidence(outcomeOfRun(run, options.timeoutMs, words), run.end, evidence, {
            mode: options.mode,
            settings: evidenceSettings,
            appendedArgs: appended.argv,
            words,
        });
    }
    finally {
        if (log) {
            log.end();
            await (0,external_node_stream_promises_.finished)(log).catch(() => undefined);
        }
        await (0,promises_.rm)(resultsDir, { recursive: true, force: true });
    }
    if (logError !== undefined && outcome.outputLost === undefined) {
        outcome = {
            ...outcome,
            outputLost: `The output log could not be written: ${logError.message}. No evidence, no launch in live mode; free the disk and re-run.`,
        };
    }
    return outcome;
}
/**
 * pytest's own contract when the command runs pytest (pytest: auto): exit codes 0 passed,
 * 1 tests failed, 2-5 crashes, in paper and live alike; `-m <subset>` instead of the document's
 * `--subset`, which pytest refuses, unless the workflow chose its own words.
 */
function pytestEvidenceSettings(settings) {
    return {
        ...settings,
        exitCodes: 'any-failure',
        subsetArgs: settings.subsetArgs === evidence_settings/* DEFAULT_SUBSET_ARGS */.pT ? PYTEST_SUBSET_ARGS : settings.subsetArgs,
    };
}
/**
 * The words appended for a subset other than `full` (the source document's launcher appends
 * `--subset production`): subset-args split like a command, `{subset}` replaced in each word.
 */
function subsetArgv(template, subset, words = model/* ACTION_WORDS */.dC) {
    if (subset === 'full' || template.trim() === '')
        return { argv: [] };
    const split = commandArgv(template, (0,model/* capitalized */.l2)(words.input('subset-args')));
    if ('error' in split)
        return split;
    return { argv: split.argv.map((word) => word.replaceAll('{subset}', subset)) };
}
/** What the process alone says; an exit code is judged together with the evidence. */
function outcomeOfRun(run, timeoutMs, words) {
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
                    `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise ${words.input('timeout-seconds')}.`,
                ],
            };
        case 'not-found':
            return {
                ...base,
                status: 'missing',
                notes: [`${end.error}. Install it on the runner or fix ${words.input('command')}.`],
            };
        case 'spawn-error':
            return { ...base, notes: [`${end.error}.`] };
        case 'write-failed':
            return {
                ...base,
                outputLost: `${end.error[0]?.toUpperCase() ?? ''}${end.error.slice(1)}; the suite was stopped. No evidence, no launch in live mode; free the disk (or fix where the output goes) and re-run.`,
            };
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

/***/ 93149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ secretNames),
/* harmony export */   o1: () => (/* binding */ sealGateProcess)
/* harmony export */ });
/* unused harmony exports CHANNEL_VARIABLE, canReexecute */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
// Secrets out of the suite's reach. Withholding tokens from the suite's environment is not
// enough: under suite-isolation none a suite can read /proc/<gate>/environ, which is the gate's
// environment as the runner started it. So, where Node can (process.execve, Node >= 22.15), the
// gate takes the secrets and replaces its own process image with one whose environment holds
// none of them; the secrets come back over a one-shot channel that is gone before the suite
// starts:
//
//   gate (original image) ──stdin──▶ keeper (a node process with an empty environment): the
//   keeper listens on a Unix socket in a fresh 0700 directory and prints its path ──▶ the gate
//   execs itself with the clean environment plus that path ──▶ the new image connects, reads the
//   secrets, and the keeper removes the socket and exits. The new image keeps them in memory.
//
// Memory is not environment: a process of the gate's user may still read the gate's memory
// where ptrace rules allow it (Yama ptrace_scope 0); suite-isolation pid hides the gate entirely.



/** Exact names of the runner's secrets, and their prefixes (docs/security.md). */
const SECRET_NAMES = new Set([
    'INPUT_GITHUB-TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
]);
const SECRET_PREFIXES = ['ACTIONS_ID_TOKEN_REQUEST_'];
/** The environment variable naming the channel the re-executed gate reads its secrets from. */
const CHANNEL_VARIABLE = 'PREFLIGHT_SECRETS_CHANNEL';
const CHANNEL_TIMEOUT_MS = 10_000;
/** Names of the secrets present in env: the runner's, and those `redact` names. */
function secretNames(env, redact) {
    const named = new Set(redact.map((n) => n.toUpperCase()));
    return Object.keys(env).filter((name) => {
        const upper = name.toUpperCase();
        return (env[name] !== undefined &&
            (SECRET_NAMES.has(upper) ||
                SECRET_PREFIXES.some((p) => upper.startsWith(p)) ||
                named.has(upper)));
    });
}
/** Whether this runtime can replace the gate's process image (Node >= 22.15, POSIX). */
function canReexecute() {
    return typeof process.execve === 'function';
}
// The keeper: reads the secrets on stdin, serves them once on a Unix socket in a fresh private
// directory, then removes it and exits; it gives up after a bound when nobody comes.
const KEEPER = `
const fs = require('node:fs'), net = require('node:net'), os = require('node:os'), path = require('node:path')
const chunks = []
process.stdin.on('data', (c) => chunks.push(c)).on('end', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-secrets-'))
  const socket = path.join(dir, 'channel')
  const done = () => { try { fs.rmSync(dir, { recursive: true, force: true }) } catch {} process.exit(0) }
  const server = net.createServer((connection) => { server.close(); connection.end(Buffer.concat(chunks), done) })
  server.listen(socket, () => process.stdout.write(socket + '\\n'))
  setTimeout(done, ${CHANNEL_TIMEOUT_MS}).unref()
})
`;
/**
 * Seals the gate's process: in the re-executed image, takes the secrets back from the channel;
 * in the original one, hands them to a keeper and re-executes without them (never returns then).
 * Where the runtime cannot, returns the environment as it is and says so.
 */
async function sealGateProcess(redact) {
    const env = process.env;
    const channel = env[CHANNEL_VARIABLE];
    if (channel !== undefined) {
        delete process.env[CHANNEL_VARIABLE];
        const { [CHANNEL_VARIABLE]: _channel, ...clean } = env;
        try {
            const secrets = await receiveSecrets(channel);
            return {
                env: { ...clean, ...secrets },
                custody: { mechanism: 'execve', withheld: Object.keys(secrets).sort(), note: null },
            };
        }
        catch (error) {
            return {
                env: clean,
                custody: {
                    mechanism: 'execve',
                    withheld: [],
                    note: `the secrets could not be taken back after the gate re-executed itself (${error.message}): the gate runs without them`,
                },
            };
        }
    }
    const names = secretNames(env, redact);
    if (!canReexecute()) {
        const held = names.length > 0
            ? `the gate's own environment still holds ${names.sort().join(', ')}, which a suite without isolation can read from /proc`
            : "the gate's environment holds none of the runner's secrets";
        return {
            env,
            custody: {
                mechanism: 'none',
                withheld: [],
                note: `Node ${process.version} cannot replace the gate's process image (process.execve needs Node 22.15 or later): ${held}`,
            },
        };
    }
    if (names.length === 0) {
        return { env, custody: { mechanism: 'execve', withheld: [], note: null } };
    }
    const secrets = Object.fromEntries(names.map((name) => [name, env[name]]));
    const socket = await startKeeper(JSON.stringify(secrets));
    const clean = { [CHANNEL_VARIABLE]: socket };
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && !(name in secrets))
            clean[name] = value;
    }
    const execve = process
        .execve;
    return execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean);
}
function startKeeper(payload) {
    return new Promise((resolve, reject) => {
        const keeper = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['-e', KEEPER], {
            env: {},
            stdio: ['pipe', 'pipe', 'inherit'],
        });
        let out = '';
        const timer = setTimeout(() => {
            keeper.kill('SIGKILL');
            reject(new Error('the secrets keeper did not start'));
        }, CHANNEL_TIMEOUT_MS);
        keeper.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        keeper.stdout.on('data', (chunk) => {
            out += chunk.toString();
            if (out.includes('\n')) {
                clearTimeout(timer);
                keeper.stdout.destroy();
                resolve(out.slice(0, out.indexOf('\n')));
            }
        });
        keeper.stdin.end(payload);
    });
}
function receiveSecrets(socket) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const connection = node_net__WEBPACK_IMPORTED_MODULE_1__.connect(socket);
        connection.setTimeout(CHANNEL_TIMEOUT_MS, () => connection.destroy(new Error('timed out')));
        connection.on('data', (chunk) => chunks.push(chunk));
        connection.on('error', reject);
        connection.on('end', () => {
            try {
                resolve(zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).parse(JSON.parse(Buffer.concat(chunks).toString())));
            }
            catch (error) {
                reject(error);
            }
        });
    });
}


/***/ }),

/***/ 67678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ probeIsolation),
/* harmony export */   I1: () => (/* binding */ chooseIsolation),
/* harmony export */   If: () => (/* binding */ parseInitStatus),
/* harmony export */   XC: () => (/* binding */ FILE_COMMAND_VARIABLES),
/* harmony export */   jW: () => (/* binding */ isolatedCommand),
/* harmony export */   y6: () => (/* binding */ fileCommandPaths),
/* harmony export */   zD: () => (/* binding */ cachedIsolationProbe)
/* harmony export */ });
/* unused harmony export NONE_EXPOSURE */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// `suite-isolation: pid`: the suite (and the process `preflight launch` starts) runs in its own
// PID and mount namespace. It sees only its own processes (a fresh /proc: the gate's environment
// and memory are out of sight), the runner's file commands are hidden from it, paths the gate
// protects are read-only, and when its first process ends the kernel kills every process left
// in the namespace: double forks, `setsid` and `env -i` daemons included.
//
// The chain, outside in:
//   [sudo -n env -i …] unshare (new PID + mount namespace, fresh /proc)
//     → sh: the mounts (tmpfs over hidden directories, /dev/null over hidden files, read-only binds)
//     → unshare --user (or setpriv under sudo): the suite's user, without capabilities over the
//       mounts, which a new user namespace also locks (they cannot be unmounted to uncover what
//       they hide)
//     → node init (PID 1): forwards signals, reports the suite's end on fd 3, exits with it.



/** The runner's file commands: through them a suite could set outputs, state or later steps' env. */
const FILE_COMMAND_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/**
 * What the suite must not reach: the runner's file-command directory (whole, when the files are
 * in the runner's `_runner_file_commands`), else each file-command file on its own.
 */
function fileCommandPaths(env) {
    const paths = new Set();
    const runnerDir = env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP, '_runner_file_commands') : null;
    if (runnerDir !== null && exists(runnerDir))
        paths.add(runnerDir);
    for (const name of FILE_COMMAND_VARIABLES) {
        const file = env[name];
        if (!file || !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(file) || !exists(file))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
        paths.add(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(dir) === '_runner_file_commands' ? dir : file);
    }
    return [...paths];
}
/** The decision for a run: pid where asked (or, for auto, where available), with the reason for none. */
async function chooseIsolation(requested, probe) {
    if (requested === 'none') {
        return {
            report: { requested, used: 'none', via: null, reason: 'suite-isolation is none' },
            launcher: null,
        };
    }
    const found = await probe();
    if (found.ok) {
        return {
            report: { requested, used: 'pid', via: found.launcher.via, reason: null },
            launcher: found.launcher,
        };
    }
    return { report: { requested, used: 'none', via: null, reason: found.reason }, launcher: null };
}
// PID 1 of the namespace. It must handle signals (the kernel drops unhandled ones sent to a
// namespace's init), and it reports how the suite ended on fd 3, which the suite never holds
// (its fd 3 is /dev/null), so an exit by signal is told apart from an exit code.
const INIT = `
const fs = require('node:fs'), { spawn } = require('node:child_process'), os = require('node:os')
const [nodeOptions, file, ...args] = process.argv.slice(1)
const env = { ...process.env }
if (nodeOptions !== '') env.NODE_OPTIONS = nodeOptions
const report = (status) => { try { fs.writeSync(3, JSON.stringify(status)); fs.closeSync(3) } catch {} }
const nul = fs.openSync('/dev/null', 'r')
const child = spawn(file, args, { stdio: ['inherit', 'inherit', 'inherit', nul], env })
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2']) {
  process.on(s, () => { try { child.kill(s) } catch {} })
}
child.on('error', (e) => { report({ error: e.code || 'EUNKNOWN', message: e.message }); process.exit(127) })
child.on('exit', (code, signal) => {
  report(code === null ? { signal } : { code })
  process.exit(code === null ? 128 + (os.constants.signals[signal] || 0) : code)
})
`;
// The mounts, made while the namespace still has the capabilities to: `hide-dir:P` (an empty
// read-only tmpfs), `hide-file:P` (/dev/null: reads are empty, writes go nowhere), `ro:P`.
const MOUNTS = `set -e
while [ "$#" -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    hide-dir:*) mount -t tmpfs -o ro,size=4k,mode=0555 preflight-hidden "\${1#hide-dir:}" ;;
    hide-file:*) mount --bind /dev/null "\${1#hide-file:}"; mount -o remount,bind,ro "\${1#hide-file:}" ;;
    ro:*) mount --bind "\${1#ro:}" "\${1#ro:}"; mount -o remount,bind,ro "\${1#ro:}" ;;
  esac
  shift
done
exec "$@"`;
/** The command line that runs argv isolated, with the suite's environment. */
function isolatedCommand(isolation, argv, env) {
    const { launcher, rules } = isolation;
    const mounts = [
        ...rules.hide.map((p) => (isDirectory(p) ? `hide-dir:${p}` : `hide-file:${p}`)),
        ...rules.readOnly.map((p) => `ro:${p}`),
    ];
    const initEnv = { ...env };
    delete initEnv.NODE_OPTIONS; // the suite's, restored for it: never the init's
    const init = [process.execPath, '-e', INIT, '--', env.NODE_OPTIONS ?? '', ...argv];
    const namespaces = ['--pid', '--mount', '--fork', '--kill-child', '--mount-proc'];
    const shell = ['/bin/sh', '-c', MOUNTS, 'preflight-isolation', ...mounts, '--'];
    switch (launcher.via) {
        case 'root':
            return {
                argv: [
                    'unshare',
                    ...namespaces,
                    '--',
                    ...shell,
                    ...['unshare', '--user', '--map-user=0', '--map-group=0', '--mount', '--'],
                    ...init,
                ],
                env: initEnv,
                statusFd: true,
            };
        case 'user-namespace':
            return {
                argv: [
                    'unshare',
                    '--user',
                    '--map-root-user',
                    ...namespaces,
                    '--',
                    ...shell,
                    'unshare',
                    '--user',
                    `--map-user=${launcher.uid}`,
                    `--map-group=${launcher.gid}`,
                    '--mount',
                    '--',
                    ...init,
                ],
                env: initEnv,
                statusFd: true,
            };
        case 'sudo':
            // sudo resets the environment: it is handed over as env -i's arguments (the suite's own,
            // sealed environment; nothing secret), and the suite drops back to the runner's user.
            return {
                argv: [
                    'sudo',
                    '-n',
                    '--',
                    'env',
                    '-i',
                    ...Object.entries(initEnv)
                        .filter(([name, value]) => value !== undefined && !name.includes('='))
                        .map(([name, value]) => `${name}=${value}`),
                    'unshare',
                    ...namespaces,
                    '--',
                    ...shell,
                    'setpriv',
                    `--reuid=${launcher.uid}`,
                    `--regid=${launcher.gid}`,
                    '--init-groups',
                    '--inh-caps=-all',
                    '--bounding-set=-all',
                    '--',
                    ...init,
                ],
                env: { PATH: env.PATH ?? '/usr/bin:/bin' },
                statusFd: false,
            };
    }
}
function parseInitStatus(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.code === 'number')
            return { code: value.code };
        if (typeof value.signal === 'string')
            return { signal: value.signal };
        if (typeof value.error === 'string' && typeof value.message === 'string') {
            return { error: value.error, message: value.message };
        }
    }
    catch {
        // not a status: the init never got to report
    }
    return null;
}
const PROBE_TIMEOUT_MS = 10_000;
/**
 * The real probe: runs `true` through each way in turn (root directly; else a user namespace,
 * then passwordless sudo) and takes the first that reports a clean end. Linux only.
 */
const probeIsolation = async () => {
    if (process.platform !== 'linux') {
        return { ok: false, reason: `PID namespaces exist only on Linux (this is ${process.platform})` };
    }
    const uid = process.getuid?.() ?? -1;
    const gid = process.getgid?.() ?? -1;
    const candidates = uid === 0
        ? [{ via: 'root' }]
        : [
            { via: 'user-namespace', uid, gid },
            { via: 'sudo', uid, gid },
        ];
    const failures = [];
    for (const launcher of candidates) {
        const failure = await tryLauncher(launcher);
        if (failure === null)
            return { ok: true, launcher };
        failures.push(`${launcher.via}: ${failure}`);
    }
    return { ok: false, reason: `PID namespaces are not available here (${failures.join('; ')})` };
};
let cachedProbe = null;
/** The real probe, once per process (each way costs a few processes). */
const cachedIsolationProbe = () => (cachedProbe ??= probeIsolation());
function tryLauncher(launcher) {
    const command = isolatedCommand({ launcher, rules: { hide: [], readOnly: [] } }, ['true'], process.env.PATH ? { PATH: process.env.PATH } : {});
    const [file, ...args] = command.argv;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            env: command.env,
            stdio: ['ignore', 'ignore', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
            detached: true,
        });
        let stderr = '';
        let status = '';
        child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk.toString()).slice(-500)));
        child.stdio[3]?.on('data', (chunk) => (status += chunk.toString()));
        const timer = setTimeout(() => {
            try {
                process.kill(-(child.pid ?? 0), 'SIGKILL');
            }
            catch {
                // gone already
            }
        }, PROBE_TIMEOUT_MS);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve(error.message);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const ended = command.statusFd ? parseInitStatus(status) : { code };
            if (code === 0 && ended !== null && 'code' in ended && ended.code === 0)
                resolve(null);
            else {
                const said = stderr.trim().split('\n').slice(-1)[0] ?? '';
                resolve(`${signal ? `killed by ${signal}` : `exit ${code}`}${said ? `: ${said}` : ''}`);
            }
        });
    });
}
/** What a suite can do under `none`, for the report. */
const NONE_EXPOSURE = 'the suite runs as the gate’s user in the gate’s namespaces: it can see and signal every process of that user (the gate’s included), read their /proc entries (environment and command lines), write the runner’s file commands and the report directory, and start daemons that only the process tracking can find';
function exists(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
function isDirectory(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory();
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
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67678);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12542);
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
    const command = options.isolation
        ? (0,_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .isolatedCommand */ .jW)(options.isolation, options.argv, options.env)
        : { argv: [...options.argv], env: options.env, statusFd: false };
    const [file, ...args] = command.argv;
    const started = performance.now();
    const tail = new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes);
    const streamTails = {
        stdout: new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes),
        stderr: new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes),
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
            env: command.env,
            // fd 3: how the suite ended, from its namespace's init (isolated runs only).
            stdio: ['ignore', 'pipe', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
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
        // A sink that fails (a full disk under the log, a closed pipe behind the echo) is a fact,
        // never a crash: the output can no longer be kept, so the suite is stopped now.
        const onSinkError = (what) => (error) => {
            if (end === null || end.kind !== 'write-failed') {
                end = { kind: 'write-failed', error: `the ${what} could not be written: ${error.message}` };
            }
            killTree();
            drainTimer ??= setTimeout(settle, options.drainMs ?? 1000);
        };
        const sinks = [
            ...(options.log ? [[options.log.stream, onSinkError('output log')]] : []),
            ...(options.echo ? [[options.echo, onSinkError('live echo')]] : []),
        ];
        for (const [sink, listener] of sinks)
            sink.on('error', listener);
        const writable = (sink) => !sink.destroyed && !sink.writableEnded;
        const onData = (chunk, stream, name) => {
            tail.push(chunk);
            streamTails[name].push(chunk);
            if (options.log && !logCut && writable(options.log.stream)) {
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
            if (options.echo && writable(options.echo) && !options.echo.write(chunk)) {
                pauseUntilDrain(stream, options.echo);
            }
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
        // The namespace's init says how the suite itself ended (bounded: one short JSON object).
        let initStatus = '';
        child.stdio[3]?.on('data', (chunk) => {
            if (initStatus.length < 4096)
                initStatus += chunk.toString('utf8');
        });
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
            child.stdio[3]?.destroy();
            const ended = end ?? { kind: 'spawn-error', error: 'the process ended without a status' };
            resolve(finish(command.statusFd
                ? suiteEnd(ended, (0,_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInitStatus */ .If)(initStatus), options.argv[0] ?? '')
                : ended));
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
/**
 * An isolated run's end is the suite's, as its init reported it: a signal is a signal, a command
 * that could not start is one. Without a report the namespace itself failed (or was killed).
 */
function suiteEnd(end, status, file) {
    if (end.kind !== 'exited')
        return end;
    if (status === null) {
        return {
            kind: 'spawn-error',
            error: `the suite's namespace ended (exit ${end.exitCode}) before the suite did; its output says why`,
        };
    }
    if ('signal' in status)
        return { kind: 'signaled', signal: status.signal };
    if ('error' in status) {
        return status.error === 'ENOENT'
            ? { kind: 'not-found', error: `command not found: ${file}` }
            : { kind: 'spawn-error', error: `could not start ${file}: ${status.message}` };
    }
    return { kind: 'exited', exitCode: status.code };
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
/* harmony export */   KR: () => (/* binding */ openRegularForReading),
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   oU: () => (/* binding */ freshNameBeside)
/* harmony export */ });
/* unused harmony export appendRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
// Files the gate writes and reads in directories a suite can also write to. A FIFO, a device or
// a link to one where a report should be would block an open() for ever (and a blocked
// thread-pool thread keeps the process from exiting, SIGTERM or not): every open is
// non-blocking and only regular files are used.




const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Opens a regular file (following links) without ever blocking; anything else is an error. */
async function openRegularFile(file, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, flags | O_NONBLOCK, 0o644);
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
/**
 * A hidden name next to file that nobody could have planted a link, FIFO or directory under:
 * random, and only ever created with O_EXCL | O_NOFOLLOW (see writeNewFile).
 */
function freshNameBeside(file, purpose) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex');
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)}.${suffix}.${purpose}`);
}
/** Writes a file that must not exist yet: never through a link, never over another file. */
async function writeNewFile(file, data) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK, 0o644);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
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
/* harmony export */   D4: () => (/* binding */ DEFAULT_RETENTION_DAYS),
/* harmony export */   Gq: () => (/* binding */ parseUploadSettings),
/* harmony export */   NG: () => (/* binding */ DEFAULT_SUBSET),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   _f: () => (/* binding */ DEFAULT_REPORT_RETENTION_DAYS),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR),
/* harmony export */   qf: () => (/* binding */ SKIP_PHRASE)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_SECONDS, INPUT_NAMES, booleanInput, variableNames, describeInputIssues */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3328);
/* harmony import */ var _evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1202);
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
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
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
    'impact',
    'mitigation',
    'approval-environment',
    'report-dir',
    'history-dir',
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
    'suite-isolation',
    'pytest',
    // Read straight into the report's provenance (src/provenance.ts), never into the settings.
    'matrix',
]));
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
    impact: trimmed.default(''),
    mitigation: trimmed.default(''),
    'approval-environment': trimmed.default(''),
    'report-dir': trimmed.default(''),
    'history-dir': trimmed.default(''),
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
            ctx.addIssue({ code: 'custom', message: map.error });
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
    pytest: trimmed
        .default('')
        .transform((v) => v || 'auto')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTEST_MODES */ .P7, {
        error: (issue) => `must be auto or off, got "${String(issue.input)}"`,
    })),
    // Absent: the default; explicitly empty: append nothing.
    'subset-args': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .optional()
        .transform((v) => (v === undefined ? _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUBSET_ARGS */ .pT : v.trim()))
        .refine((v) => !/[|&;<>()`$\n]/.test(v), {
        message: 'must be plain words such as "--subset {subset}" or "-m {subset}" (no shell operators)',
    }),
    'suite-isolation': trimmed
        .default('')
        .transform((v) => v || 'auto')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SUITE_ISOLATIONS */ .XV, {
        error: (issue) => `must be auto, pid or none, got "${String(issue.input)}"`,
    })),
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
function describeInputIssues(issues, nameOf = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_WORDS */ .dC.input) {
    return issues.map((issue) => {
        const name = issue.path.join('.');
        const subject = name === '' ? 'Inputs' : (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .capitalized */ .l2)(nameOf(name));
        return issue.code === 'invalid_type' && issue.input === undefined
            ? `${subject} is required${name === 'mode' ? ' (paper or live)' : ''}.`
            : `${subject} ${issue.message}.`;
    });
}
/** Validates raw inputs; every problem is named by its input and says what is allowed. */
function parseSettings(raw, input = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_WORDS */ .dC.input) {
    const Input = (name) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .capitalized */ .l2)(input(name));
    const fallbackMode = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.find((m) => m === raw.mode?.trim()) ?? null;
    const fallbackReportDir = raw['report-dir']?.trim() || DEFAULT_REPORT_DIR;
    const parsed = rawSchema.safeParse(raw);
    if (!parsed.success) {
        return {
            ok: false,
            errors: describeInputIssues(parsed.error.issues, (name) => input(name)),
            mode: fallbackMode,
            reportDir: fallbackReportDir,
        };
    }
    const r = parsed.data;
    const errors = [];
    if (r.command !== '' && r.suite !== '') {
        errors.push(`${Input('command')} and ${input('suite')} are exclusive: set exactly one of them.`);
    }
    else if (r.command === '' && r.suite === '') {
        errors.push(`Set exactly one of ${input('command')} (a smoke-suite command, e.g. "python scripts/smoke_test_institutional.py") or ${input('suite')} (a suite file, e.g. ".github/preflight.yml").`);
    }
    if (r['force-start'] && r['skip-health-check']) {
        errors.push(`${Input('force-start')} and ${input('skip-health-check')} are exclusive: force-start runs the suite and lets a P1 failure through with approval; skip-health-check runs nothing.`);
    }
    if (r['skip-health-check'] && r.mode === 'live' && r.acknowledge !== SKIP_PHRASE) {
        errors.push(`${Input('skip-health-check')} in live mode needs ${input('acknowledge')} set to exactly "${SKIP_PHRASE}".`);
    }
    const unrecorded = ['impact', 'mitigation'].filter((name) => r[name] === '');
    if (r['force-start'] && r.mode === 'live' && unrecorded.length > 0) {
        errors.push(`${Input('force-start')} in live mode needs ${unrecorded.map(input).join(' and ')}: the force-start record holds the expected impact and the mitigation plan beside the reason and the ticket.`);
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
            impact: r.impact,
            mitigation: r.mitigation,
            approvalEnvironment: r['approval-environment'],
            reportDir: r['report-dir'] || DEFAULT_REPORT_DIR,
            historyDir: r['history-dir'],
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
                pytest: r.pytest,
            },
            suiteIsolation: r['suite-isolation'],
        },
    };
}


/***/ })

};
