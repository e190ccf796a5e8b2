export const id = 2047;
export const ids = [2047];
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
        [paths.junit, async () => (await Promise.all(/* import() */[__webpack_require__.e(5946), __webpack_require__.e(925), __webpack_require__.e(5470)]).then(__webpack_require__.bind(__webpack_require__, 65470))).renderJunitReport(run)],
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
/* harmony export */   Jg: () => (/* binding */ approvalLines),
/* harmony export */   U$: () => (/* binding */ GATE_REPORT_MARKER),
/* harmony export */   YI: () => (/* binding */ REPORT_TITLE),
/* harmony export */   _9: () => (/* binding */ renderMarkdownReport),
/* harmony export */   cE: () => (/* binding */ isolationLines),
/* harmony export */   lw: () => (/* binding */ flakyLines),
/* harmony export */   p1: () => (/* binding */ evidenceLines),
/* harmony export */   r6: () => (/* binding */ resultsTable)
/* harmony export */ });
/* unused harmony export NONE_EXPOSURE */
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


/***/ })

};
