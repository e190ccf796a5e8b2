export const id = 1065;
export const ids = [1065];
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
    const { getOctokit } = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
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

/***/ 34474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ approvalsSchema),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   NX: () => (/* binding */ verifyApproval),
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError),
/* harmony export */   Xt: () => (/* binding */ DEFAULT_REQUEST_OPTIONS),
/* harmony export */   cV: () => (/* binding */ ApprovalApiError),
/* harmony export */   kK: () => (/* binding */ verifyWhereUsed)
/* harmony export */ });
/* unused harmony exports ACTION_WORDING, MAX_APPROVALS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55156);
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
const user = zod__WEBPACK_IMPORTED_MODULE_1__.object({ login: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1) });
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    name: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({
        type: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
        prevent_self_review: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
        reviewers: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.unknown()).optional(),
    }))
        .optional(),
    can_admins_bypass: zod__WEBPACK_IMPORTED_MODULE_1__.boolean().optional(),
});
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    id: zod__WEBPACK_IMPORTED_MODULE_1__.number(),
    actor: user.nullable().optional(),
    triggering_actor: user.nullable().optional(),
});
const approvalsSchema = zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({
    environments: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ name: zod__WEBPACK_IMPORTED_MODULE_1__.string().optional() })).max(MAX_APPROVALS),
    state: zod__WEBPACK_IMPORTED_MODULE_1__["enum"](['approved', 'rejected', 'pending']),
    user,
    comment: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable().optional(),
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
        requiredApprovals: (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalsRequired */ .g0)(claim.mode, claim.override, asked.requiredApprovals),
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

/***/ 17637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ AUTHORIZATION_ARTIFACT_PREFIX),
/* harmony export */   I6: () => (/* binding */ authorizationRefusal),
/* harmony export */   Ng: () => (/* binding */ authorizationSchema),
/* harmony export */   h: () => (/* binding */ AUTHORIZATION_FILE),
/* harmony export */   hN: () => (/* binding */ authorizationRecord)
/* harmony export */ });
/* unused harmony export AUTHORIZATION_KIND */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// The authorize action's machine-readable evidence: its operational-log entry and where it ran,
// uploaded as an artifact of the run, so a deploy job's `require` step can check that an
// override was authorized in this run, for this commit and mode.



const AUTHORIZATION_KIND = 'preflight-authorization';
const AUTHORIZATION_ARTIFACT_PREFIX = 'preflight-authorization-';
const AUTHORIZATION_FILE = /^AUTHORIZATION_\d{8}_\d{6}(?:_\d+)?\.json$/;
const authorizationSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__.literal(AUTHORIZATION_KIND),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__.literal(1),
    authorized: zod__WEBPACK_IMPORTED_MODULE_2__.boolean(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN),
    override: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3),
    environment: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    entry: zod__WEBPACK_IMPORTED_MODULE_2__.object({
        timestamp: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        event: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OPS_EVENTS */ .Lx),
        mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
        status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
        decision: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
        operator: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        approvers: zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.object({ login: zod__WEBPACK_IMPORTED_MODULE_2__.string(), comment: zod__WEBPACK_IMPORTED_MODULE_2__.string() })),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        details: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    }),
});
function authorizationRecord(entry, settings, authorized, provenance) {
    return {
        kind: AUTHORIZATION_KIND,
        schemaVersion: 1,
        authorized,
        mode: settings.mode,
        override: settings.override,
        environment: settings.environment,
        provenance,
        entry,
    };
}
/** Why this record does not authorize `override` for this commit, run and mode, or null. */
function authorizationRefusal(record, want) {
    const granted = want.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
    if (record.override !== want.override)
        return `it authorizes ${record.override}, not ${want.override}`;
    if (!record.authorized || record.entry.event !== granted || record.entry.decision !== 'proceed')
        return `it records a refusal (${record.entry.event}: ${record.entry.details})`;
    if (record.mode !== want.mode)
        return `it is for ${record.mode} mode, not ${want.mode}`;
    if (record.provenance.repository !== want.repository)
        return `it is for another repository`;
    if (record.provenance.sha !== want.sha)
        return `it is for commit ${record.provenance.sha.slice(0, 12)}`;
    if (record.provenance.runId !== want.runId)
        return `it is from run ${record.provenance.runId}`;
    return null;
}


/***/ }),

/***/ 91065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRequire: () => (/* binding */ runRequire)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
// EXTERNAL MODULE: ./lib/action/io.js
var action_io = __webpack_require__(69308);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/verify.js
var verify = __webpack_require__(34474);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var upload = __webpack_require__(13);
// EXTERNAL MODULE: ./lib/report/json-schema.js
var json_schema = __webpack_require__(45408);
// EXTERNAL MODULE: ./lib/fleet/artifacts.js
var fleet_artifacts = __webpack_require__(67291);
// EXTERNAL MODULE: ./lib/fleet/authorization.js
var authorization = __webpack_require__(17637);
// EXTERNAL MODULE: ./lib/fleet/report.js
var report = __webpack_require__(48476);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/require/settings.js
// The require action's inputs, read once into one typed settings object.



const REQUIRE_INPUTS = [
    'mode',
    'artifact-name',
    'pattern',
    'host',
    'report-digest',
    'required-approvals',
    'approvers',
    'github-token',
];
/** The require action's outputs, as in require/action.yml. */
const REQUIRE_OUTPUTS = (/* unused pure expression or super */ null && (['verdict', 'report-url']));
const trimmed = schemas.string().trim();
const artifactName = trimmed.refine((v) => !/[":<>|\\/\r\n]/.test(v), {
    message: 'must be an artifact name',
});
const schema = schemas.object({
    mode: trimmed.pipe(schemas["enum"](model/* MODES */.FN, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
    'artifact-name': artifactName.default(''),
    pattern: artifactName.default(''),
    host: trimmed.default(''),
    'report-digest': trimmed
        .default('')
        .transform((v) => v.toLowerCase())
        .refine((v) => v === '' || /^[0-9a-f]{64}$/.test(v), {
        message: "must be the gate's report-digest output (64 hex digits of SHA-256)",
    }),
    'required-approvals': (0,settings/* optionalInteger */.$H)(1, 20).default(null),
    approvers: trimmed
        .default('')
        .transform((v) => v.split(/[\s,]+/).filter(Boolean))
        .refine((list) => list.every((l) => /^[A-Za-z0-9-]+(\[bot\])?$/.test(l)), {
        message: 'must be GitHub logins separated by commas or spaces',
    }),
    'github-token': schemas.string().default(''),
})
    .refine((v) => v['artifact-name'] === '' || v.pattern === '', {
    message: 'set "artifact-name" or "pattern", not both',
});
function parseRequireSettings(raw) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        return { ok: false, errors: (0,settings/* describeInputIssues */.gP)(parsed.error.issues) };
    const r = parsed.data;
    return {
        ok: true,
        settings: {
            mode: r.mode,
            artifactName: r['artifact-name'],
            pattern: r.pattern,
            host: r.host || null,
            reportDigest: r['report-digest'] || null,
            requiredApprovals: r['required-approvals'],
            approvers: r.approvers,
            githubToken: r['github-token'],
        },
    };
}

// EXTERNAL MODULE: ./lib/fleet/rederive.js
var rederive = __webpack_require__(65800);
;// CONCATENATED MODULE: ./lib/require/check.js
// What a deploy job's `require` step decides, pure: given the reports found in this run (a
// gate's or a fleet's) and the authorize action's records, may this job deploy? Only a report
// for this repository, commit, run and mode (and host, when pinned) counts, and only a
// `proceed` verdict, or an override the authorize action recorded as authorized in this run.



function checkRequirement(req, found, authorizations) {
    const details = [];
    const refuse = (message, verdict = '', reportUrl = '') => ({
        allowed: false,
        verdict,
        reportUrl,
        message,
        details,
    });
    if (found.length === 0)
        return refuse('no report artifact of this run: the gate (or aggregate) job must run before this one in the same run and upload its report.');
    const unreadable = found.filter((f) => f.kind === 'unreadable');
    for (const item of unreadable)
        details.push(`${item.source}: ${item.error}`);
    if (unreadable.length > 0)
        return refuse(`${unreadable.length} matching report artifact(s) could not be read (${unreadable.map((u) => u.source).join(', ')}); one of them may be the newest evidence.`);
    const admissible = [];
    for (const item of found) {
        const refusal = refusalOf(item, req);
        if (refusal)
            details.push(`${item.source}: ${refusal}`);
        else
            admissible.push(item);
    }
    // A report that contradicts its own checks is not evidence of anything: refuse outright,
    // never fall back to an older one.
    for (const item of admissible) {
        const inconsistency = inconsistencyOf(item);
        if (inconsistency)
            return refuse(`${item.source} is an ${inconsistency}.`, item.report.verdict, item.url);
    }
    // A pinned host narrows gate reports (one leg each); a fleet report holds every host.
    const relevant = admissible.filter((r) => {
        if (r.kind === 'fleet' || req.host === null || r.report.provenance.host === req.host)
            return true;
        details.push(`${r.source}: written on host "${r.report.provenance.host}", not "${req.host}"`);
        return false;
    });
    if (relevant.length === 0)
        return refuse(`no report written for this commit (${req.sha.slice(0, 12)}), run ${req.runId}, attempt ${req.runAttempt} or earlier and ${req.mode} mode${req.host ? ` on host "${req.host}"` : ''}${req.reportDigest ? ` with digest ${req.reportDigest.slice(0, 12)}` : ''}.`);
    // A re-run replaces what it re-ran: the newest attempt is chosen first, then the host is
    // looked up in it, so an older pass never hides a newer abort.
    const newestAttempt = Math.max(...relevant.map((r) => attemptOf(r.report)));
    const newest = relevant.filter((r) => attemptOf(r.report) === newestAttempt);
    for (const r of relevant.filter((r) => attemptOf(r.report) !== newestAttempt))
        details.push(`${r.source}: attempt ${attemptOf(r.report)}, replaced by attempt ${newestAttempt}`);
    if (newest.length > 1)
        return refuse(`${newest.length} reports qualify (${newest.map((r) => r.source).join(', ')}): name one with "artifact-name" or "report-digest", or pin the host with "host".`);
    const chosen = newest[0];
    if (chosen.kind === 'fleet') {
        const report = chosen.report;
        if (report.verdict !== 'proceed')
            return refuse(`the fleet verdict is ${report.verdict} (${report.status}).`, report.verdict, chosen.url);
        if (req.host !== null) {
            const leg = report.legs.find((l) => l.host === req.host);
            if (!leg)
                return refuse(`no leg of the fleet (attempt ${newestAttempt}) ran on host "${req.host}".`, report.verdict, chosen.url);
            if (leg.verdict !== 'proceed')
                return refuse(`the leg on host "${req.host}" did not proceed (${leg.status}).`, leg.verdict, chosen.url);
        }
        return {
            allowed: true,
            verdict: report.verdict,
            reportUrl: chosen.url,
            message: `the fleet verdict for this commit is proceed (${report.legs.length} legs)${req.host ? `, and host "${req.host}" is one of them` : ''}.`,
            details,
        };
    }
    const gate = chosen.report;
    // An override the gate granted is a claim of approvals: verified again where it is used.
    if (gate.verdict === 'proceed' && gate.override !== null) {
        const environment = gate.approval?.environment ?? '';
        if (environment === '')
            return refuse(`the gate's report says ${gate.override} was approved but not in which environment, so the approval cannot be verified here.`, gate.verdict, chosen.url);
        return {
            ...refuse(`the gate granted ${gate.override} with approvals in environment "${environment}"; they are still to be verified.`, gate.verdict, chosen.url),
            approval: { mode: req.mode, override: gate.override, environment, source: chosen.source },
        };
    }
    if (gate.verdict === 'proceed')
        return {
            allowed: true,
            verdict: gate.verdict,
            reportUrl: chosen.url,
            message: `the gate's verdict for this commit is proceed (${gate.status}${gate.override ? `, ${gate.override} approved` : ''}) on host "${gate.provenance.host}".`,
            details,
        };
    if (gate.verdict === 'approval-required' && gate.requestedOverride) {
        const want = { ...req, override: gate.requestedOverride };
        const notes = [];
        for (const a of authorizations) {
            if (!a.record) {
                notes.push(`${a.source}: ${a.error ?? 'unreadable'}`);
                continue;
            }
            const refusal = (0,authorization/* authorizationRefusal */.I6)(a.record, want) ??
                (attemptOf(a.record) > req.runAttempt
                    ? `it is from attempt ${attemptOf(a.record)}, later than this attempt ${req.runAttempt}`
                    : null);
            if (!refusal) {
                details.push(...notes);
                // The record only says where to look: the approvals themselves are checked again.
                return {
                    ...refuse(`the gate asked for ${gate.requestedOverride} and ${a.source} records it as authorized in environment "${a.record.environment}"; the approvals are still to be verified.`, gate.verdict, chosen.url),
                    approval: {
                        mode: req.mode,
                        override: gate.requestedOverride,
                        environment: a.record.environment,
                        source: a.source,
                    },
                };
            }
            notes.push(`${a.source}: ${refusal}`);
        }
        details.push(...notes);
        return refuse(`the gate's verdict is approval-required (${gate.requestedOverride}) and no authorization of it is recorded in this run${authorizations.length === 0 ? ' (no preflight-authorization artifact: run the authorize action in a job bound to the override environment before this one)' : ''}.`, gate.verdict, chosen.url);
    }
    return refuse(`the gate's verdict is ${gate.verdict} (${gate.status}).`, gate.verdict, chosen.url);
}
function attemptOf(evidence) {
    return Number(evidence.provenance.runAttempt) || 0;
}
function refusalOf(item, req) {
    const p = item.report.provenance;
    if (req.reportDigest !== null && item.digest !== req.reportDigest)
        return `its SHA-256 ${item.digest.slice(0, 12)} is not the gate's report-digest ${req.reportDigest.slice(0, 12)}`;
    if (item.report.mode !== req.mode)
        return `written for ${item.report.mode ?? 'an unknown'} mode, not ${req.mode}`;
    if (p.repository.toLowerCase() !== req.repository.toLowerCase())
        return `written for repository "${p.repository}"`;
    if (p.sha !== req.sha)
        return `written for commit ${p.sha.slice(0, 12) || '(none)'}, not ${req.sha.slice(0, 12)}`;
    if (p.runId !== req.runId)
        return `written in run ${p.runId || '(none)'}, not ${req.runId}`;
    if (attemptOf(item.report) > req.runAttempt)
        return `written in attempt ${p.runAttempt}, later than this attempt ${req.runAttempt}: not evidence of this run`;
    return null;
}
/** Re-decides a report from its checks (each leg of a fleet report, and the fleet verdict). */
function inconsistencyOf(item) {
    if (item.kind === 'gate') {
        const r = (0,rederive/* rederive */.B)(item.report);
        return r.consistent ? null : r.inconsistency;
    }
    const fleet = item.report;
    let blockingLegs = 0;
    let hardAbort = false;
    let skipWaiting = false;
    for (const leg of fleet.legs) {
        // A leg carries no exit code of its own: the claim is the table's code for what it claims.
        const claimed = (0,lib_decision/* decide */.LD)({
            mode: fleet.mode,
            status: leg.status,
            forceStart: leg.override === 'force-start',
            approvalVerified: leg.override !== null,
        });
        const r = (0,rederive/* rederive */.B)({
            mode: fleet.mode,
            status: leg.status,
            verdict: leg.verdict,
            gateExitCode: claimed.gateExitCode,
            exitCode: null,
            override: leg.override,
            requestedOverride: leg.override,
            checks: leg.failedChecks.map((c) => ({ ...c, status: 'failed' })),
            onlyFailed: true,
        });
        if (!r.consistent && leg.verdict === 'proceed')
            return `${r.inconsistency} (leg ${leg.label})`;
        if (!r.consistent || r.decision.verdict !== 'proceed' || leg.blocking) {
            blockingLegs++;
            hardAbort ||= !r.consistent || r.decision.hardAbort;
            skipWaiting ||= leg.status === 'skipped';
        }
    }
    // The fleet's verdict, decided again from its legs with the fleet table.
    const redecided = (0,lib_decision/* decideFleetVerdict */.gL)({
        mode: fleet.mode,
        incomplete: fleet.legs.length === 0 || fleet.legs.length !== fleet.expected || fleet.refused.length > 0,
        blockingLegs,
        hardAbort,
        skipWaiting,
        allPassed: fleet.legs.every((l) => l.status === 'passed'),
    });
    if (fleet.verdict === 'proceed' && redecided.verdict !== 'proceed')
        return `inconsistent report: the fleet says proceed, but its ${fleet.legs.length} of ${fleet.expected} legs (${fleet.refused.length} refused, ${blockingLegs} not proceeding) decide ${redecided.verdict}: ${redecided.reasons.join('; ')}`;
    return null;
}

;// CONCATENATED MODULE: ./lib/require/main.js
// The require action: the first step of a deploy job. It finds this run's gate (or fleet)
// report artifact, and fails before any deploy step unless that report was written for this
// commit, run and mode (and host, when pinned) and says proceed, or the override it asked for
// was recorded as authorized by the authorize action in this run.

















const DEFAULT_PATTERN = 'preflight-report-*';
/** A deploy job checks one report; this many candidates means the pattern is too wide. */
const MAX_CANDIDATES = 50;
const REPORT_FILE = /^(?:SMOKE_TEST_INSTITUTIONAL|FLEET)_\d{8}_\d{6}(?:_\d+)?\.json$/;
async function runRequire(env = process.env, deps = { io: (0,core_io.coreIo)(env) }) {
    const { io, store: given } = deps;
    (0,action_io/* setOutputs */.n)(io, { verdict: '', 'report-url': '' });
    const raw = {};
    for (const name of REQUIRE_INPUTS)
        raw[name] = io.getInput(name);
    const parsed = parseRequireSettings(raw);
    if (!parsed.ok)
        return await refuse(io, `invalid inputs.\n${parsed.errors.join('\n')}`);
    const settings = parsed.settings;
    const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env;
    const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1');
    if (!sha || !runId || !repository || !Number.isInteger(runAttempt) || runAttempt < 1)
        return await refuse(io, 'GITHUB_SHA, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT or GITHUB_REPOSITORY is not set: require runs only inside a workflow run.');
    if (!(0,upload/* artifactRuntimeAvailable */.Qf)(env))
        return await refuse(io, 'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset), so the gate’s report cannot be read.');
    const wanted = settings.artifactName
        ? (name) => name === settings.artifactName
        : (name) => (0,fleet_artifacts/* globToRegExp */.tL)(settings.pattern || DEFAULT_PATTERN).test(name);
    // With github-token this run's artifacts are read through the REST API (actions: read).
    let store;
    try {
        store = given ?? (0,fleet_artifacts/* storeFromInputs */.zc)(settings.githubToken, env);
    }
    catch (error) {
        return await refuse(io, error.message);
    }
    const workDir = await (0,promises_.mkdtemp)(external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-require-'));
    let result;
    try {
        const artifacts = await store.list();
        const candidates = artifacts.filter((a) => wanted(a.name));
        if (candidates.length > MAX_CANDIDATES)
            return await refuse(io, `${candidates.length} artifacts match; name the one to check with "artifact-name".`);
        const found = [];
        for (const artifact of candidates)
            found.push(await readReport(store, artifact, workDir, env));
        const authorizations = [];
        for (const artifact of artifacts
            .filter((a) => a.name.startsWith(authorization/* AUTHORIZATION_ARTIFACT_PREFIX */.CB))
            .slice(0, MAX_CANDIDATES)) {
            const read = await (0,fleet_artifacts/* readArtifactJson */.zx)(store, artifact, workDir, authorization/* AUTHORIZATION_FILE */.h);
            if (!read.ok) {
                authorizations.push({ source: artifact.name, record: null, error: read.error });
                continue;
            }
            const record = authorization/* authorizationSchema */.Ng.safeParse(safeJson(read.text));
            authorizations.push(record.success
                ? { source: artifact.name, record: record.data }
                : { source: artifact.name, record: null, error: 'not an authorization record' });
        }
        result = checkRequirement({
            mode: settings.mode,
            sha,
            runId,
            runAttempt,
            repository,
            host: settings.host,
            reportDigest: settings.reportDigest,
        }, found, authorizations);
    }
    catch (error) {
        return await refuse(io, `this run’s artifacts could not be listed or read: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    if (result.approval)
        result = await verifyHere(result, result.approval, settings, env, deps);
    (0,action_io/* setOutputs */.n)(io, { verdict: result.verdict, 'report-url': result.reportUrl });
    const lines = [
        `## ${result.allowed ? '✅ DEPLOY ALLOWED' : '❌ DEPLOY REFUSED - NO PASSING EVIDENCE'}`,
        '',
        (0,sanitize/* markdownCell */.UZ)(result.message, 2000),
        ...(result.reportUrl ? ['', `Report: [artifact](${encodeURI(result.reportUrl)})`] : []),
        ...(result.details.length
            ? [
                '',
                '### Reports set aside',
                ...result.details.slice(0, 50).map((d) => `- ${(0,sanitize/* markdownCell */.UZ)(d, 1000)}`),
            ]
            : []),
    ];
    await io.writeSummary(lines.join('\n') + '\n');
    if (result.allowed) {
        io.info(oneLine(`✅ Deploy allowed: ${result.message}`));
        return;
    }
    for (const d of result.details.slice(0, 20))
        io.info(oneLine(`set aside: ${d}`));
    await refuse(io, result.message, false);
}
/**
 * An authorization record is a pointer, not a proof (any step with the runtime token can upload
 * one): the approvals of this run are verified here, with the gate's policy and rules.
 */
async function verifyHere(result, approval, settings, env, deps) {
    const refused = (why) => ({
        ...result,
        allowed: false,
        message: `the gate asked for ${approval.override}; ${why}`,
    });
    let check;
    try {
        const client = deps.github ?? (await (0,github/* createGitHubClient */.LX)(settings.githubToken, env));
        check = await (0,verify/* verifyWhereUsed */.kK)(client, (0,github/* runRefFromEnv */.eR)(env), approval, {
            requiredApprovals: settings.requiredApprovals,
            approvers: settings.approvers,
        });
    }
    catch (error) {
        return refused(`its approvals could not be verified: ${error.message} (set "github-token" with permissions actions: read).`);
    }
    if (!check.granted)
        return refused(`${approval.source} says approved, but the approvals of this run do not hold: ${check.refusals.join(' ')}`);
    // The gate's verdict decided again, now with the approval verified here.
    const decision = (0,lib_decision/* decide */.LD)({
        mode: approval.mode,
        status: lib_decision/* OVERRIDDEN_STATUS */.Wg[approval.override],
        forceStart: approval.override === 'force-start',
        approvalVerified: true,
    });
    if (decision.verdict !== 'proceed')
        return refused(`the decision table does not let it through: ${decision.reasons.join('; ')}.`);
    return {
        ...result,
        allowed: true,
        verdict: decision.verdict,
        message: `the gate asked for ${approval.override} and this run's approvals in environment "${approval.environment}" grant it, verified here (${check.approvers.map((a) => a.login).join(', ')}; ${check.requiredApprovals} required).`,
    };
}
async function readReport(store, artifact, workDir, env) {
    const url = (0,upload/* artifactUrl */.Wk)(artifact.id, env);
    const read = await (0,fleet_artifacts/* readArtifactJson */.zx)(store, artifact, workDir, REPORT_FILE);
    if (!read.ok)
        return { source: artifact.name, url, kind: 'unreadable', error: read.error };
    const digest = (0,external_node_crypto_.createHash)('sha256').update(read.text, 'utf8').digest('hex');
    const value = safeJson(read.text);
    if (value?.kind === report/* FLEET_REPORT_KIND */.vN) {
        const fleet = (0,report/* parseFleetReport */.Qw)(value);
        return fleet.ok
            ? { source: artifact.name, url, kind: 'fleet', report: fleet.report, digest }
            : { source: artifact.name, url, kind: 'unreadable', error: fleet.error };
    }
    const gate = (0,json_schema/* parseGateReport */.Bw)(read.text);
    return gate.ok
        ? { source: artifact.name, url, kind: 'gate', report: gate.report, digest }
        : { source: artifact.name, url, kind: 'unreadable', error: gate.error };
}
/** Report text on one log line: a line break in it can never start a workflow command. */
function oneLine(text) {
    return (0,sanitize/* plainText */.wh)(text).replace(/\s*\n\s*/g, ' ');
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
/** Fails the step; the summary says why unless the caller wrote a fuller one. */
async function refuse(io, message, summary = true) {
    io.setFailed(`❌ DEPLOY REFUSED: ${message}`);
    if (summary)
        await io.writeSummary(`## ❌ DEPLOY REFUSED - NO PASSING EVIDENCE\n\n${(0,sanitize/* markdownCell */.UZ)(message, 4000)}\n`);
}


/***/ })

};
