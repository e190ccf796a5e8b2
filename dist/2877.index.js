export const id = 2877;
export const ids = [2877];
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55156);
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
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    id: zod__WEBPACK_IMPORTED_MODULE_1__.number(),
    event: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    path: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    head_branch: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    display_title: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__.string(),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__.object({ full_name: zod__WEBPACK_IMPORTED_MODULE_1__.string() }),
});
const jobsSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({
    total_count: zod__WEBPACK_IMPORTED_MODULE_1__.number(),
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__.array(zod__WEBPACK_IMPORTED_MODULE_1__.object({ name: zod__WEBPACK_IMPORTED_MODULE_1__.string(), status: zod__WEBPACK_IMPORTED_MODULE_1__.string(), conclusion: zod__WEBPACK_IMPORTED_MODULE_1__.string().nullable() })),
});
const userSchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({ login: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1) });
const repositorySchema = zod__WEBPACK_IMPORTED_MODULE_1__.object({ default_branch: zod__WEBPACK_IMPORTED_MODULE_1__.string().min(1) });
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

/***/ 82877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_INPUTS: () => (/* binding */ AUDIT_INPUTS),
  AUDIT_OUTPUTS: () => (/* binding */ AUDIT_OUTPUTS),
  runAuditAction: () => (/* binding */ runAuditAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/action/io.js
var action_io = __webpack_require__(69308);
// EXTERNAL MODULE: ./lib/cli/audit.js + 1 modules
var audit = __webpack_require__(85709);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./lib/engine.js + 3 modules
var engine = __webpack_require__(4953);
// EXTERNAL MODULE: ./lib/runner/suite-job.js + 1 modules
var suite_job = __webpack_require__(30358);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

// EXTERNAL MODULE: ./lib/report/messages.js
var messages = __webpack_require__(26916);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/runner/isolation.js
var isolation = __webpack_require__(67678);
// EXTERNAL MODULE: ./lib/approval/flow.js
var flow = __webpack_require__(61891);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
// EXTERNAL MODULE: ./lib/history/chain.js
var history_chain = __webpack_require__(22753);
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
            ...(0,flow/* gatePolicy */.Cy)(request),
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
const logLine = schemas.object({ timestamp: schemas.string(), event: schemas.string(), runUrl: schemas.string() });
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

// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
// EXTERNAL MODULE: ./lib/retention/prune.js
var prune = __webpack_require__(21158);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./lib/runner/command.js + 6 modules
var runner_command = __webpack_require__(3936);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
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

// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var report_files = __webpack_require__(67429);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
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
            const plan = (0,engine/* planGate */.ft)({ ...config.raw, 'report-dir': scratchDir, 'report-retention-days': '0' }, {
                operator: config.operator,
                runUrl: config.runUrl,
                env: config.env,
                words: config.words,
                secretCustody: config.secretCustody,
            }, config.now());
            const result = await (0,engine/* applyPlan */.gj)(plan, {
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
    const { superviseLaunch } = await __webpack_require__.e(/* import() */ 6817).then(__webpack_require__.bind(__webpack_require__, 36817));
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
            return (await __webpack_require__.e(/* import() */ 6116).then(__webpack_require__.bind(__webpack_require__, 36116))).requestOverrideCommand(rest, io);
        case 'validate':
            return validateCommand(rest, io);
        case 'watch':
            return watchCommand(rest, io);
        case 'prune':
            return (await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 20806))).pruneCommand(rest, io);
        case 'review':
            return (await __webpack_require__.e(/* import() */ 2196).then(__webpack_require__.bind(__webpack_require__, 92196))).reviewCommand(rest, io);
        case 'aggregate':
            return (await Promise.all(/* import() */[__webpack_require__.e(8052), __webpack_require__.e(9521)]).then(__webpack_require__.bind(__webpack_require__, 19521))).aggregateCommand(rest, io);
        case 'audit':
            return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 85709))).auditCommand(rest, io, main);
        case 'init':
            return (await __webpack_require__.e(/* import() */ 2514).then(__webpack_require__.bind(__webpack_require__, 42514))).initCommand(rest, io, main);
        case 'schema': {
            if (rest.length > 0) {
                io[rest[0] === '--help' ? 'stdout' : 'stderr'].write(SCHEMA_HELP + '\n');
                return rest[0] === '--help' ? 0 : 1;
            }
            const { suiteJsonSchema } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 60973));
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
        ((request) => (0,flow/* verifyGateOverride */.tf)(request, runUrl, io.env));
    const plan = (0,engine/* planGate */.ft)(rawInputs(values, io, approvalRun), {
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
    const result = await (0,engine/* applyPlan */.gj)(plan, {
        now: () => new Date(),
        hostName: external_node_os_.hostname(),
        echo,
        signal: io.signal,
        verifyApproval: verify,
        // Inside a workflow step the CLI's output is read by the runner too.
        ...(inActions && {
            runSuite: (job) => (0,sanitize/* withWorkflowCommandsStopped */.rQ)(echo, () => (0,suite_job/* runSuiteJob */.Z)(job)),
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
    const chosen = await (0,isolation/* chooseIsolation */.I1)(setting, isolation/* cachedIsolationProbe */.zD);
    io.stdout.write(chosen.launcher
        ? 'Launch isolation: pid (the launched command and everything it starts end together)\n'
        : `Launch isolation: none (${chosen.report.reason ?? 'not requested'}): daemons the launched command starts may outlive it\n`);
    return chosen.launcher
        ? { launcher: chosen.launcher, rules: { hide: (0,isolation/* fileCommandPaths */.y6)(io.env), readOnly: [] } }
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
    const { validateSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2600)]).then(__webpack_require__.bind(__webpack_require__, 52600));
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
    const { startLaunched } = await __webpack_require__.e(/* import() */ 6817).then(__webpack_require__.bind(__webpack_require__, 36817));
    return startLaunched({ argv, env: io.env, stderr: io.stderr, isolation }, false).exited;
}

// EXTERNAL MODULE: ./lib/audit/findings.js
var findings = __webpack_require__(29501);
// EXTERNAL MODULE: ./lib/audit/audit.js + 1 modules
var audit_audit = __webpack_require__(27933);
;// CONCATENATED MODULE: ./lib/audit/action.js
// The audit action (audit/action.yml): `preflight audit` in a workflow, with the same checks and
// records as the CLI; the drill runs the CLI's own gate on this runner.






const AUDIT_INPUTS = ['github-token', 'fail-on', 'drill', 'report-dir'];
/** The audit action's outputs, as in audit/action.yml. */
const AUDIT_OUTPUTS = ['findings', 'high', 'report-path'];
const MAX_FINDINGS_OUTPUT = 100;
async function runAuditAction(env, deps) {
    const { io } = deps;
    const failOn = io.getInput('fail-on') || 'high';
    const drill = io.getInput('drill') || 'false';
    (0,action_io/* setOutputs */.n)(io, { findings: '[]', high: '0', 'report-path': '' });
    const errors = [
        ...(findings/* SEVERITIES */.oC.includes(failOn)
            ? []
            : [`fail-on must be high, medium or low, got "${failOn}".`]),
        ...(drill === 'true' || drill === 'false'
            ? []
            : [`drill must be true or false, got "${drill}".`]),
    ];
    if (errors.length > 0) {
        io.setFailed(`Audit not run: invalid inputs.\n${errors.join('\n')}`);
        return;
    }
    const token = io.getInput('github-token');
    if (token)
        io.setSecret(token);
    // The audit reads the token as the CLI does; nothing else of the job's environment changes.
    const { GH_TOKEN: _ignored, ...rest } = env;
    const auditEnv = { ...rest, GITHUB_TOKEN: token };
    // Paths are the workspace's, as the gate's report-dir is.
    const workspace = env.GITHUB_WORKSPACE || '.';
    const { result, paths } = await (0,audit.auditAndRecord)({
        repo: env.GITHUB_REPOSITORY,
        workflows: external_node_path_.join(workspace, '.github', 'workflows'),
        reportDir: external_node_path_.resolve(workspace, io.getInput('report-dir') || 'reports/health'),
        drill: drill === 'true',
        failOn: failOn,
    }, { env: auditEnv, signal: deps.signal }, main);
    const failing = (0,audit_audit/* failsAt */.ZN)(result, failOn);
    (0,action_io/* setOutputs */.n)(io, {
        findings: JSON.stringify(result.findings.slice(0, MAX_FINDINGS_OUTPUT)),
        high: String(result.counts.high),
        'report-path': paths.markdown,
    });
    await io.writeSummary((0,audit_audit/* renderAuditMarkdown */.ti)(result, failOn));
    for (const f of result.findings) {
        const text = `${f.id} (${f.severity}) at ${f.location}: ${f.message} Fix: ${f.fix}`;
        if (f.severity === 'high')
            io.error(text, { title: `Preflight audit: ${f.id}` });
        else
            io.warning(text, { title: `Preflight audit: ${f.id}` });
    }
    if (failing.length > 0) {
        io.setFailed(`Preflight audit: ${failing.length} finding(s) at or above ${failOn} (high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}); see ${paths.markdown}.`);
    }
    else {
        io.info(`Preflight audit passed: high ${result.counts.high}, medium ${result.counts.medium}, low ${result.counts.low}.`);
    }
}


/***/ }),

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
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
const repositorySchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({ default_branch: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1) });
const reviewerSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    type: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    reviewer: zod__WEBPACK_IMPORTED_MODULE_2__.object({ login: zod__WEBPACK_IMPORTED_MODULE_2__.string().optional(), slug: zod__WEBPACK_IMPORTED_MODULE_2__.string().optional() })
        .passthrough()
        .nullable()
        .optional(),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    name: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    can_admins_bypass: zod__WEBPACK_IMPORTED_MODULE_2__.boolean().optional(),
    deployment_branch_policy: zod__WEBPACK_IMPORTED_MODULE_2__.unknown().nullable().optional(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.object({
        type: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        prevent_self_review: zod__WEBPACK_IMPORTED_MODULE_2__.boolean().optional(),
        reviewers: zod__WEBPACK_IMPORTED_MODULE_2__.array(reviewerSchema).optional(),
    }))
        .optional(),
});
const contentSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({ content: zod__WEBPACK_IMPORTED_MODULE_2__.string(), encoding: zod__WEBPACK_IMPORTED_MODULE_2__.string() });
const membersSchema = zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.object({ login: zod__WEBPACK_IMPORTED_MODULE_2__.string() }));
const branchRulesSchema = zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.object({
    type: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_2__.object({ required_approving_review_count: zod__WEBPACK_IMPORTED_MODULE_2__.number() }).partial().optional(),
}));
const protectionSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    required_pull_request_reviews: zod__WEBPACK_IMPORTED_MODULE_2__.object({ required_approving_review_count: zod__WEBPACK_IMPORTED_MODULE_2__.number().optional() })
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

/***/ 33554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ readIssueComments),
/* harmony export */   K1: () => (/* binding */ EntryCollector),
/* harmony export */   PM: () => (/* binding */ findLogFiles),
/* harmony export */   Uq: () => (/* binding */ readFollowUps),
/* harmony export */   jQ: () => (/* binding */ readLogFile),
/* harmony export */   mS: () => (/* binding */ readLogFiles)
/* harmony export */ });
/* unused harmony export opsLogEntrySchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80481);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64377);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22753);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88411);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8609);
// Operational-log entries for the review, from every place they are kept: report directories
// (the running log, rotated months in archive/), unpacked report artifacts (one run's
// `*.oplog.jsonl`), and the ops-log issue's comments (the hidden entry markers). The same entry
// found in several places counts once. Every read is bounded; a line that is not an entry is
// counted and named, never guessed at.









const MAX_DEPTH = 8;
const MAX_FILES = 100_000;
const MAX_LINE_CHARS = 256 * 1024;
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_COMMENT_PAGES = 200;
const MAX_ISSUE_PAGES = 50;
const LOG_FILE = /^(operational-log(-\d{4}-\d{2}(_\d+)?)?\.jsonl|.+\.oplog\.jsonl)$/;
const text = zod__WEBPACK_IMPORTED_MODULE_8__.string().max(64 * 1024);
const opsLogEntrySchema = zod__WEBPACK_IMPORTED_MODULE_8__.object({
    timestamp: zod__WEBPACK_IMPORTED_MODULE_9__.datetime(),
    event: zod__WEBPACK_IMPORTED_MODULE_8__.string().max(100),
    mode: zod__WEBPACK_IMPORTED_MODULE_8__["enum"](['paper', 'live']).nullable(),
    status: text,
    exitCode: zod__WEBPACK_IMPORTED_MODULE_8__.number().int().nullable(),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_8__.number().int(),
    failures: zod__WEBPACK_IMPORTED_MODULE_8__.array(text).max(10_000),
    decision: text,
    operator: text,
    approvers: zod__WEBPACK_IMPORTED_MODULE_8__.array(zod__WEBPACK_IMPORTED_MODULE_8__.object({ login: text, comment: text })).max(1000),
    reason: text,
    ticket: text,
    // Entries written before the force-start record held them have neither.
    impact: text.default(''),
    mitigation: text.default(''),
    runUrl: text,
    details: text,
});
class EntryCollector {
    seen = new Map();
    /** Entries no chain or record vouches for: counted only where a verified copy exists. */
    doubtful = new Map();
    result = {
        files: 0,
        comments: 0,
        duplicates: 0,
        unreadable: [],
        unreadableCount: 0,
        unverified: [],
        unverifiedCount: 0,
    };
    add(raw, where, verified = true) {
        const parsed = opsLogEntrySchema.safeParse(raw);
        if (!parsed.success)
            return this.bad(where);
        // Parsed into the schema's key order, so the same entry has the same key wherever it was.
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parsed.data)).digest('base64');
        if (!verified) {
            if (this.doubtful.has(key) || this.seen.has(key))
                this.result.duplicates++;
            else
                this.doubtful.set(key, where);
        }
        else if (this.seen.has(key))
            this.result.duplicates++;
        else
            this.seen.set(key, parsed.data);
    }
    bad(where) {
        this.result.unreadableCount++;
        if (this.result.unreadable.length < 20)
            this.result.unreadable.push(where);
    }
    done() {
        for (const [key, where] of this.doubtful) {
            if (this.seen.has(key))
                continue;
            this.result.unverifiedCount++;
            if (this.result.unverified.length < 20)
                this.result.unverified.push(where);
        }
        const entries = [...this.seen.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
        return { ...this.result, entries };
    }
}
/** Every log file under the directories, without following links; bounded in depth and count. */
async function findLogFiles(dirs) {
    const found = [];
    let visited = 0;
    const walk = async (dir, depth) => {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
        }
        catch (error) {
            if (depth === 0)
                throw new Error(`cannot read the directory ${dir}: ${error.message}`);
            return;
        }
        for (const name of names.sort()) {
            if (++visited > MAX_FILES)
                throw new Error(`more than ${MAX_FILES} files under ${dirs.join(', ')}`);
            const full = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(full);
            if (info.isDirectory() && depth < MAX_DEPTH)
                await walk(full, depth + 1);
            else if (info.isFile() && LOG_FILE.test(name))
                found.push(full);
        }
    };
    for (const dir of dirs)
        await walk(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir), 0);
    return found;
}
/**
 * Reads the log files found under the directories: a report directory's operational log and its
 * rotated months as one hash chain (entries after a break, or from before the chain existed, are
 * unverified); a run's own copy (`*.oplog.jsonl`) is verified when the gate's record holds it.
 */
async function readLogFiles(files, into) {
    const histories = new Set();
    for (const file of files) {
        const root = historyRoot(file);
        if (root === null) {
            const records = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_6__/* .gateRecords */ ._)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
            const recorded = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_6__/* .notRecorded */ .ok)(records, node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)) === null;
            await readLogFile(file, into, recorded);
        }
        else if (!histories.has(root)) {
            histories.add(root);
            readHistory(root, into);
        }
    }
}
/** The directory whose history a chained log belongs to; null for a run's copy. */
function historyRoot(file) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file);
    if (name === _history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .OPS_LOG_FILE */ .np)
        return node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file);
    if ((0,_history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .isRotatedLog */ .o7)(name) && node_path__WEBPACK_IMPORTED_MODULE_3__.basename(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file)) === _history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVE_DIR */ .L$)
        return node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
    return null;
}
function readHistory(dir, into) {
    const chain = (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .readHistoryChain */ .KS)(dir);
    for (const file of chain.unreadable)
        into.bad(file);
    for (const { file, log } of chain.files) {
        into.result.files++;
        for (const line of log.lines) {
            if (line.text.trim() === '')
                continue;
            const where = `${file}:${line.number}`;
            if (line.value === null)
                into.bad(where);
            else
                into.add(line.value, where, line.verified);
        }
    }
}
async function readLogFile(file, into, verified = true) {
    into.result.files++;
    // readline holds a whole line in memory: a file this large is refused, not read.
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size > MAX_FILE_BYTES)
        return into.bad(`${file} (over 512 MiB, not read)`);
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_4__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
        number++;
        if (line.trim() === '')
            continue;
        const where = `${file}:${number}`;
        if (line.length > MAX_LINE_CHARS) {
            into.bad(where);
            continue;
        }
        try {
            into.add(JSON.parse(line), where, verified);
        }
        catch {
            into.bad(where);
        }
    }
}
/** The entries hidden in the ops-log issue's comments, every page. */
async function readIssueComments(client, ref, into) {
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const response = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: ref.owner,
            repo: ref.repo,
            issue_number: ref.issue,
            per_page: 100,
            page,
        });
        const comments = zod__WEBPACK_IMPORTED_MODULE_8__.array(zod__WEBPACK_IMPORTED_MODULE_8__.object({ id: zod__WEBPACK_IMPORTED_MODULE_8__.number(), body: zod__WEBPACK_IMPORTED_MODULE_8__.string().nullish() }))
            .safeParse(response.data);
        if (!comments.success)
            throw new Error(`issue #${ref.issue}: the comments page ${page} is not a list of comments`);
        for (const comment of comments.data) {
            into.result.comments++;
            for (const match of (comment.body ?? '').matchAll(_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .OPS_ENTRY_MARKER */ .z2)) {
                const where = `issue #${ref.issue} comment ${comment.id}`;
                try {
                    into.add(JSON.parse(Buffer.from(match[1] ?? '', 'base64').toString('utf8')), where);
                }
                catch {
                    into.bad(where);
                }
            }
        }
        if (comments.data.length < 100)
            return;
    }
    throw new Error(`issue #${ref.issue} has more than ${MAX_COMMENT_PAGES * 100} comments`);
}
/** The follow-up issues (label preflight-override) by the run they name, open or closed. */
async function readFollowUps(client, ref, label) {
    const byRun = new Map();
    for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
        const response = await client.request('GET /repos/{owner}/{repo}/issues', {
            owner: ref.owner,
            repo: ref.repo,
            labels: label,
            state: 'all',
            per_page: 100,
            page,
        });
        const issues = zod__WEBPACK_IMPORTED_MODULE_8__.array(zod__WEBPACK_IMPORTED_MODULE_8__.object({ state: zod__WEBPACK_IMPORTED_MODULE_8__.string(), body: zod__WEBPACK_IMPORTED_MODULE_8__.string().nullish() }))
            .safeParse(response.data);
        if (!issues.success)
            throw new Error(`the follow-up issues page ${page} is not a list of issues`);
        for (const issue of issues.data) {
            const run = /\*\*Run\*\*: (\S+)/.exec(issue.body ?? '')?.[1];
            // An open follow-up for a run wins over a closed duplicate.
            if (run && byRun.get(run) !== 'open')
                byRun.set(run, issue.state === 'open' ? 'open' : 'closed');
        }
        if (issues.data.length < 100)
            return byRun;
    }
    return byRun;
}


/***/ }),

/***/ 35430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ renderReviewMarkdown),
/* harmony export */   Br: () => (/* binding */ buildReview),
/* harmony export */   H_: () => (/* binding */ renderReviewJson)
/* harmony export */ });
/* unused harmony export isoWeek */
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54020);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59814);
// The monthly review the source document asks for (docs/source-document.md, "Maintenance":
// "review all override usage, identify recurring failures"), pure: from entries to counts, then to Markdown (every value from the log
// escaped, it is untrusted) and JSON.



/** Events of a launch decision (every event but those logged after the launch). */
const GATE_EVENTS = new Set(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_EVENTS */ .Lx.filter((e) => !_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_LAUNCH_EVENTS */ .d1.includes(e) && e !== 'AUDIT_COMPLETED'));
const P0_STATUSES = new Set(['p0-failed', 'timeout', 'crashed', 'missing']);
const MODES = ['paper', 'live', 'unknown'];
const TOP_FAILURES = 20;
function buildReview({ read, from, to, followUps }) {
    const lo = from.toISOString();
    const hi = to.toISOString();
    const audits = read.entries.filter((e) => e.event === 'AUDIT_COMPLETED');
    const newestAudit = audits[audits.length - 1];
    const entries = read.entries.filter((e) => e.timestamp >= lo && e.timestamp <= hi && e.event !== 'AUDIT_COMPLETED');
    const byMode = Object.fromEntries(MODES.map((m) => [
        m,
        {
            entries: 0,
            healthCheckFailures: 0,
            overrides: 0,
            aborts: 0,
            killSwitches: 0,
            p1PostLaunch: 0,
        },
    ]));
    const overrides = [];
    const requests = [];
    const refusals = [];
    const cancellations = [];
    const listed = (entry, why) => ({
        timestamp: entry.timestamp,
        mode: entry.mode ?? 'unknown',
        event: entry.event,
        operator: entry.operator,
        why,
        ticket: entry.ticket,
        runUrl: entry.runUrl,
    });
    const failures = new Map();
    const weeks = new Map();
    // One abort per run: a run's entries share its run URL (in Actions) or its timestamp (CLI).
    const abortRuns = new Map();
    for (const entry of entries) {
        const mode = entry.mode ?? 'unknown';
        const counts = byMode[mode];
        counts.entries++;
        const week = () => {
            const key = isoWeek(new Date(entry.timestamp));
            const value = weeks.get(key) ?? { gate: 0, killSwitches: 0 };
            weeks.set(key, value);
            return value;
        };
        if (entry.event === 'HEALTH_CHECK_FAILED' ||
            entry.event === 'KILLSWITCH_ACTIVATED' ||
            entry.event === 'P1_FAILURE_POST_LAUNCH') {
            for (const check of entry.failures) {
                const seen = failures.get(check) ?? { count: 0, lastSeen: entry.timestamp };
                seen.count++;
                seen.lastSeen = entry.timestamp;
                failures.set(check, seen);
            }
        }
        if (entry.event === 'HEALTH_CHECK_FAILED') {
            counts.healthCheckFailures++;
            if (P0_STATUSES.has(entry.status))
                week().gate++;
        }
        if (entry.event === 'KILLSWITCH_ACTIVATED') {
            counts.killSwitches++;
            week().killSwitches++;
        }
        if (entry.event === 'P1_FAILURE_POST_LAUNCH')
            counts.p1PostLaunch++;
        if (entry.event === 'OVERRIDE_FORCE_START' || entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK') {
            counts.overrides++;
            overrides.push({
                timestamp: entry.timestamp,
                mode,
                kind: entry.event === 'OVERRIDE_FORCE_START' ? 'force-start' : 'skip',
                operator: entry.operator,
                approvers: entry.approvers,
                reason: entry.reason,
                ticket: entry.ticket,
                runUrl: entry.runUrl,
                failures: entry.failures,
                followUp: entry.runUrl === ''
                    ? 'no run'
                    : followUps === null
                        ? 'unknown'
                        : (followUps.get(entry.runUrl) ?? 'not found'),
            });
        }
        if (entry.event === 'OVERRIDE_FORCE_START_REQUESTED' ||
            entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED')
            requests.push(listed(entry, entry.reason || entry.details));
        if (entry.event === 'OVERRIDE_REFUSED')
            refusals.push(listed(entry, entry.details || entry.reason));
        if (entry.event === 'OPERATOR_CANCELLED')
            cancellations.push(listed(entry, entry.details || entry.reason));
        if (GATE_EVENTS.has(entry.event) && entry.decision === 'abort') {
            const run = entry.runUrl || `${entry.timestamp}|${entry.operator}`;
            const cause = abortCause(entry);
            const known = abortRuns.get(run);
            if (!known || causeRank(cause) > causeRank(known.cause))
                abortRuns.set(run, { cause, mode });
        }
    }
    const causes = new Map();
    for (const { cause, mode } of abortRuns.values()) {
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
        byMode[mode].aborts++;
    }
    const { entries: _all, ...sources } = read;
    return {
        from: lo,
        to: hi,
        sources: { ...sources, entries: entries.length },
        overrides,
        requests,
        refusals,
        cancellations,
        aborts: {
            total: abortRuns.size,
            byCause: [...causes]
                .map(([cause, count]) => ({ cause, count }))
                .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
        },
        recurringFailures: [...failures]
            .map(([check, v]) => ({ check, ...v }))
            .sort((a, b) => b.count - a.count || a.check.localeCompare(b.check))
            .slice(0, TOP_FAILURES),
        p0FailuresPerWeek: [...weeks]
            .map(([week, v]) => ({ week, ...v }))
            .sort((a, b) => a.week.localeCompare(b.week)),
        byMode,
        lastAudit: newestAudit
            ? {
                timestamp: newestAudit.timestamp,
                passed: newestAudit.decision === 'proceed',
                details: newestAudit.details,
            }
            : null,
    };
}
function abortCause(entry) {
    switch (entry.event) {
        case 'OVERRIDE_REFUSED':
            return 'override refused';
        case 'REPORT_UPLOAD_FAILED':
            return 'report upload failed';
        case 'GATE_CANCELLED':
            return 'cancelled';
        case 'OPERATOR_CANCELLED':
            return 'operator cancelled';
        case 'GATE_ERROR':
            return 'gate error';
        case 'REPORT_WRITE_FAILED':
            return 'report write failed';
        case 'FILE_COMMANDS_TAMPERED':
            return 'file commands tampered';
        default:
            return entry.status;
    }
}
/** The more specific cause names a run's abort. */
function causeRank(cause) {
    return [
        'override refused',
        'cancelled',
        'operator cancelled',
        'gate error',
        'report write failed',
        'report upload failed',
        'file commands tampered',
    ].includes(cause)
        ? 1
        : 0;
}
/** ISO 8601 week, e.g. 2026-W48. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const weekday = day.getUTCDay() || 7;
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
    const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
    return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
function renderReviewJson(review) {
    return JSON.stringify(review, null, 2) + '\n';
}
function renderReviewMarkdown(review) {
    // Numbers and validated timestamps are printed as they are; every text from the log is escaped.
    const c = (value) => typeof value === 'number'
        ? String(value)
        : typeof value === 'string'
            ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(value)
            : value.trusted;
    const when = (timestamp) => ({
        trusted: timestamp.replace('T', ' ').slice(0, 19),
    });
    const table = (head, rows, empty) => rows.length === 0
        ? [empty]
        : [
            `| ${head.join(' | ')} |`,
            `| ${head.map(() => '---').join(' | ')} |`,
            ...rows.map((r) => `| ${r.map(c).join(' | ')} |`),
        ];
    const eventSection = (title, events, empty) => [
        `## ${title} (${events.length})`,
        '',
        ...table(['when (UTC)', 'mode', 'event', 'who', 'why', 'ticket', 'run'], events.map((e) => [
            when(e.timestamp),
            e.mode,
            e.event,
            e.operator,
            e.why || '(none given)',
            e.ticket || '(none given)',
            e.runUrl,
        ]), empty),
        '',
    ];
    const s = review.sources;
    const lines = [
        `# Preflight Gate — monthly review`,
        '',
        `Period: ${review.from.slice(0, 10)} to ${review.to.slice(0, 10)} (UTC). ${s.entries} log entries from ${s.files} file(s) and ${s.comments} issue comment(s); ${s.duplicates} duplicate(s) counted once.`,
        '',
        review.lastAudit
            ? `Last audit: ${when(review.lastAudit.timestamp).trusted} UTC, ${review.lastAudit.passed ? 'passed' : 'failed'} — ${c(review.lastAudit.details)}`
            : 'Last audit: none recorded; run `preflight audit` (the source document asks for one every quarter).',
        ...(s.unverifiedCount > 0
            ? [
                '',
                `**${s.unverifiedCount} entr${s.unverifiedCount === 1 ? 'y' : 'ies'} could not be verified** and ${s.unverifiedCount === 1 ? 'is' : 'are'} not counted (after a break in the operational log's hash chain, written before the chain existed, or in a run's copy the gate's record does not hold): ${s.unverified.map(c).join(', ')}${s.unverifiedCount > s.unverified.length ? ', …' : ''}`,
            ]
            : []),
        ...(s.unreadableCount > 0
            ? [
                '',
                `**${s.unreadableCount} line(s) or comment(s) could not be read as entries** and are not counted: ${s.unreadable.map(c).join(', ')}${s.unreadableCount > s.unreadable.length ? ', …' : ''}`,
            ]
            : []),
        '',
        '## Paper and live',
        '',
        ...table([
            'mode',
            'entries',
            'health-check failures',
            'overrides',
            'aborted runs',
            'kill switches',
            'P1 after launch',
        ], ['paper', 'live', 'unknown']
            .filter((m) => m !== 'unknown' || review.byMode.unknown.entries > 0)
            .map((m) => {
            const v = review.byMode[m];
            return [
                m,
                v.entries,
                v.healthCheckFailures,
                v.overrides,
                v.aborts,
                v.killSwitches,
                v.p1PostLaunch,
            ];
        }), ''),
        '',
        `## Overrides granted (${review.overrides.length})`,
        '',
        ...table([
            'when (UTC)',
            'mode',
            'kind',
            'operator',
            'approved by',
            'reason',
            'ticket',
            'failed checks',
            'follow-up issue',
            'run',
        ], review.overrides.map((o) => [
            when(o.timestamp),
            o.mode,
            o.kind,
            o.operator,
            o.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '),
            o.reason || '(none given)',
            o.ticket || '(none given)',
            o.failures.join(', '),
            o.followUp,
            o.runUrl,
        ]), 'No override was used.'),
        '',
        ...eventSection('Override requests', review.requests, 'No override was requested.'),
        ...eventSection('Override refusals', review.refusals, 'No override was refused.'),
        ...eventSection('Operator cancellations', review.cancellations, 'No operator cancelled a launch.'),
        `## Aborts by cause (${review.aborts.total} runs)`,
        '',
        ...table(['cause', 'runs'], review.aborts.byCause.map((a) => [a.cause, a.count]), 'No run was aborted.'),
        '',
        '## Recurring failures',
        '',
        ...table(['check', 'failures', 'last seen (UTC)'], review.recurringFailures.map((f) => [f.check, f.count, when(f.lastSeen)]), 'No check failed.'),
        '',
        '## P0 failures per week',
        '',
        ...table(['week', 'at the gate', 'kill switches after launch'], review.p0FailuresPerWeek.map((w) => [{ trusted: w.week }, w.gate, w.killSwitches]), 'No P0 failure.'),
        '',
    ];
    return lines.join('\n');
}


/***/ })

};
