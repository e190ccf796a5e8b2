export const id = 240;
export const ids = [240];
export const modules = {

/***/ 69308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
// What an action entry point needs from the runner, as one small interface: inputs, outputs,
// log lines and annotations, the job summary, post-step state. The real one wraps
// @actions/core; tests hand in an in-memory one, so every entry point runs in-process.
/** Sets every output of an action at once: a missing or misspelt name is a compile error. */
function setOutputs(io, outputs) {
    for (const [name, value] of Object.entries(outputs))
        io.setOutput(name, value);
}


/***/ }),

/***/ 77045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G4: () => (/* binding */ authorizeOverride),
  tf: () => (/* binding */ verifyGateOverride)
});

// UNUSED EXPORTS: gatePolicy

// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/publish.js
var publish = __webpack_require__(74156);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./lib/decision.js
var decision = __webpack_require__(58825);
;// CONCATENATED MODULE: ./lib/approval/verify.js
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
const user = schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1) });
const environmentSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    protection_rules: schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        prevent_self_review: schemas/* boolean */.zMY().optional(),
        reviewers: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    }))
        .optional(),
    can_admins_bypass: schemas/* boolean */.zMY().optional(),
});
const runSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig(),
    actor: user.nullable().optional(),
    triggering_actor: user.nullable().optional(),
});
const approvalsSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    environments: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional() })),
    state: schemas/* enum */.k5n(['approved', 'rejected', 'pending']),
    user,
    comment: schemas/* string */.YjP().nullable().optional(),
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
        else if ((0,decision/* overridePolicy */.PA)(policy.mode, policy.override).commentRequired && comment === '') {
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

;// CONCATENATED MODULE: ./lib/approval/flow.js
// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.



async function authorizeOverride(client, run, policy, followUp, options) {
    const check = await verifyApproval(client, run, policy, options);
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
/* harmony export */   Ad: () => (/* binding */ commentOpsLog),
/* harmony export */   BS: () => (/* binding */ openFollowUpTicket)
/* harmony export */ });
/* unused harmony export TICKET_LABEL */
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
        `<pre>${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(entries.map(_opslog_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOpsLogEntry */ .Gg).join('\n\n'))}</pre>`,
        // The entries themselves, for `preflight review`: base64 cannot end the HTML comment.
        ...entries.map(_opslog_js__WEBPACK_IMPORTED_MODULE_0__/* .opsLogEntryMarker */ .V5),
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

/***/ 58825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   PA: () => (/* binding */ overridePolicy),
/* harmony export */   Wg: () => (/* binding */ OVERRIDDEN_STATUS),
/* harmony export */   gd: () => (/* binding */ OVERRIDE_POLICY),
/* harmony export */   j0: () => (/* binding */ requestedOverride),
/* harmony export */   ug: () => (/* binding */ stepFails),
/* harmony export */   uh: () => (/* binding */ modeOrStrictest)
/* harmony export */ });
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

/***/ 20944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ matrixSchema),
/* harmony export */   Uy: () => (/* binding */ matrixLabel),
/* harmony export */   f5: () => (/* binding */ provenanceFromEnv),
/* harmony export */   j9: () => (/* binding */ provenanceSchema)
/* harmony export */ });
/* unused harmony export parseMatrix */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
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

/***/ 25078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
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


/***/ })

};
