export const id = 116;
export const ids = [116];
export const modules = {

/***/ 36116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REQUEST_OVERRIDE_HELP: () => (/* binding */ REQUEST_OVERRIDE_HELP),
/* harmony export */   requestOverrideCommand: () => (/* binding */ requestOverrideCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26591);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26921);
/* harmony import */ var _approval_github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63944);
/* harmony import */ var _approval_approval_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14908);
/* harmony import */ var _approval_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34474);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58825);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59814);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18908);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51819);
// `preflight request-override`: asks GitHub for the approval of a force-start or skip. It
// dispatches the override-request workflow with a fresh request id, finds the run by its
// run-name, prints its URL for the reviewers and, with --wait, follows it (bounded) until it is
// approved, rejected or out of time. The run id it prints is the launch's --approval-run.











const OPTIONS = {
    mode: { type: 'string' },
    override: { type: 'string' },
    reason: { type: 'string' },
    ticket: { type: 'string' },
    workflow: { type: 'string' },
    ref: { type: 'string' },
    repo: { type: 'string' },
    wait: { type: 'boolean' },
    'wait-timeout': { type: 'string' },
    'poll-interval': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const DEFAULT_REF = 'main';
const DEFAULT_WAIT_MINUTES = 60;
const DEFAULT_POLL_SECONDS = 10;
/** How long a dispatched run may take to show up in the list of runs. */
const FIND_TIMEOUT_MS = 60_000;
const REQUEST_OVERRIDE_HELP = `Usage: preflight request-override --mode paper|live --override force-start|skip --reason TEXT --ticket ID [options]

Asks for the approval of an override on GitHub: dispatches the override-request workflow
(examples/workflows/override-request.yml, installed in .github/workflows/), prints the run's URL
for the reviewers of the MODE-override environment, and prints the run id to pass to
"preflight launch … --approval-run RUN". Token from GITHUB_TOKEN or GH_TOKEN (Actions: write).

  --mode paper|live          the launch's mode
  --override force-start|skip
  --reason TEXT              why (shown to the reviewers in the run's name)
  --ticket ID                the ticket documenting the override
  --workflow FILE            the workflow file (default: ${_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_4__/* .OVERRIDE_WORKFLOW */ .NL})
  --ref REF                  the branch or tag to run it on (default: ${DEFAULT_REF})
  --repo OWNER/NAME          default: the git remote origin, else GITHUB_REPOSITORY
  --wait                     follow the run until approved, rejected or out of time
  --wait-timeout MINUTES     how long --wait waits (default: ${DEFAULT_WAIT_MINUTES})
  --poll-interval SECONDS    how often --wait looks (default: ${DEFAULT_POLL_SECONDS})

Exits 0 when the request is dispatched (with --wait: approved), 1 otherwise.`;
async function requestOverrideCommand(args, io) {
    const usage = (error) => {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_9__/* .usageError */ .D)(io, 'request-override', `${error}`);
        return 1;
    };
    let values;
    try {
        values = parse(args).values;
    }
    catch (error) {
        return usage(error.message);
    }
    if (values.help) {
        io.stdout.write(REQUEST_OVERRIDE_HELP + '\n');
        return 0;
    }
    const request = readRequest(values);
    if (typeof request === 'string')
        return usage(request);
    const token = (0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenFromEnv */ .B)(io.env);
    if (token === '')
        return usage(_github_js__WEBPACK_IMPORTED_MODULE_8__/* .NO_TOKEN */ .wH);
    const repository = await (0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveRepository */ .BN)(values.repo, io.env);
    if (!repository.ok)
        return usage(repository.error);
    const client = await (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(token, io.env);
    const options = (0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .requestOptions */ .ag)(io.env);
    const github = new OverrideRequests(client, repository.repository, options);
    const requestId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
    const target = `${repository.repository.owner}/${repository.repository.repo}`;
    try {
        io.stdout.write(`Requesting ${request.override} (${request.mode.toUpperCase()}) approval: dispatching ${request.workflow} on ${request.ref} in ${target} (request ${requestId})...\n`);
        const run = await github.dispatch(request, requestId);
        const environment = `${request.mode}-override`;
        const required = (0,_decision_js__WEBPACK_IMPORTED_MODULE_6__/* .approvalsRequired */ .g0)(request.mode, request.override);
        io.stdout.write([
            `Approval run: ${run.htmlUrl}`,
            `Reviewers of the environment "${environment}" approve it there (${required} distinct reviewer${required === 1 ? '' : 's'}, not you${(0,_decision_js__WEBPACK_IMPORTED_MODULE_6__/* .commentRequired */ .zY)(request.mode, request.override) ? ', each with a comment' : ''}).`,
            '',
        ].join('\n'));
        const launchHint = `Then launch with: ${(0,shell_quote__WEBPACK_IMPORTED_MODULE_2__.quote)(['preflight', 'launch', '--mode', request.mode, request.override === 'skip' ? '--skip-health-check' : '--force-start', '--approval-run', String(run.id)])} … -- LAUNCH COMMAND`;
        if (!request.wait) {
            io.stdout.write(`${launchHint}\nRun id: ${run.id}\n`);
            return 0;
        }
        const outcome = await github.follow(run.id, environment, required, request, (line) => io.stdout.write(line + '\n'));
        io.stdout.write(outcome.message + '\n');
        if (outcome.approved)
            io.stdout.write(launchHint + '\n');
        io.stdout.write(`Run id: ${run.id}\n`);
        return outcome.approved ? 0 : 1;
    }
    catch (error) {
        io.stderr.write(`preflight request-override: ${error.message}\n`);
        return 1;
    }
}
function parse(args) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options: OPTIONS, strict: true, allowPositionals: false });
}
function readRequest(values) {
    const { mode, override } = values;
    if (mode === undefined)
        return '--mode is required: paper or live.';
    if (!_model_js__WEBPACK_IMPORTED_MODULE_7__/* .MODES */ .FN.includes(mode)) {
        return `--mode must be paper or live, got "${mode}".`;
    }
    if (override === undefined)
        return '--override is required: force-start or skip.';
    if (!_model_js__WEBPACK_IMPORTED_MODULE_7__/* .OVERRIDES */ .u3.includes(override)) {
        return `--override must be force-start or skip, got "${override}".`;
    }
    const reason = values.reason?.trim() ?? '';
    const ticket = values.ticket?.trim() ?? '';
    if (reason === '')
        return '--reason is required: why the override is needed.';
    if (ticket === '')
        return '--ticket is required: the ticket documenting the override.';
    if (/[\r\n]/.test(reason + ticket))
        return '--reason and --ticket must be single lines.';
    const workflow = values.workflow ?? _approval_approval_run_js__WEBPACK_IMPORTED_MODULE_4__/* .OVERRIDE_WORKFLOW */ .NL;
    if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
        return `--workflow must be a workflow file name in .github/workflows (e.g. ${_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_4__/* .OVERRIDE_WORKFLOW */ .NL}), got "${workflow}".`;
    }
    const ref = values.ref ?? DEFAULT_REF;
    if (ref.trim() === '' || /\s/.test(ref))
        return `--ref must be a branch or tag name, got "${ref}".`;
    const waitMinutes = positive(values['wait-timeout'], DEFAULT_WAIT_MINUTES, 24 * 60);
    if (waitMinutes === null) {
        return `--wait-timeout must be a number of minutes above 0 and at most ${24 * 60}, got "${values['wait-timeout']}".`;
    }
    const pollSeconds = positive(values['poll-interval'], DEFAULT_POLL_SECONDS, 600);
    if (pollSeconds === null) {
        return `--poll-interval must be a number of seconds above 0 and at most 600, got "${values['poll-interval']}".`;
    }
    return {
        mode: mode,
        override: override,
        reason,
        ticket,
        workflow,
        ref,
        wait: values.wait === true,
        waitMs: waitMinutes * 60_000,
        pollMs: pollSeconds * 1000,
    };
}
function positive(value, fallback, max) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    return /^\d+(\.\d+)?$/.test(value.trim()) && n > 0 && n <= max ? n : null;
}
// Shapes from GitHub's OpenAPI description: only the fields read here.
const dispatchResponse = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), html_url: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP() });
const runsSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    workflow_runs: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), display_title: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), html_url: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP() })),
});
const runSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().nullable(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().nullable(),
});
const pendingSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    environment: zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional() }),
    reviewers: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
        reviewer: zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(), slug: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional() })
            .optional(),
    })),
}));
class OverrideRequests {
    client;
    repository;
    options;
    constructor(client, repository, options) {
        this.client = client;
        this.repository = repository;
        this.options = options;
    }
    /** Dispatches the workflow and finds its run (by the id GitHub returns, else by run-name). */
    async dispatch(request, requestId) {
        let data;
        try {
            data = (await this.client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
                ...this.repository,
                workflow_id: request.workflow,
                ref: request.ref,
                inputs: {
                    mode: request.mode,
                    override: request.override,
                    reason: request.reason,
                    ticket: request.ticket,
                    'request-id': requestId,
                },
                return_run_details: true,
                request: { signal: AbortSignal.timeout(this.options.timeoutMs) },
            })).data;
        }
        catch (error) {
            // A dispatch is not repeated: a second one would ask the reviewers twice.
            throw new Error(dispatchFailure(error, request, this.repository));
        }
        const details = dispatchResponse.safeParse(data);
        if (details.success)
            return { id: details.data.workflow_run_id, htmlUrl: details.data.html_url };
        return this.find(request, requestId);
    }
    async find(request, requestId) {
        const deadline = Date.now() + FIND_TIMEOUT_MS;
        const pause = Math.min(request.pollMs, 2000);
        for (;;) {
            const runs = await (0,_approval_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(this.client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                ...this.repository,
                workflow_id: request.workflow,
                event: 'workflow_dispatch',
                per_page: 30,
            }, runsSchema, this.options, `the runs of ${request.workflow}`);
            const run = runs.workflow_runs.find((r) => (0,_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOverrideRunName */ .OP)(r.display_title)?.requestId === requestId);
            if (run)
                return { id: run.id, htmlUrl: run.html_url };
            if (Date.now() + pause > deadline) {
                throw new Error(`GitHub accepted the dispatch, but no run of ${request.workflow} named request ${requestId} appeared within ${FIND_TIMEOUT_MS / 1000} s: check that the workflow's run-name is that of the shipped override-request.yml, and look for the run under Actions.`);
            }
            await sleep(pause);
        }
    }
    /** Follows the run until it is approved, rejected, fails or the wait is over. */
    async follow(runId, environment, required, request, progress) {
        const deadline = Date.now() + request.waitMs;
        const params = { ...this.repository, run_id: runId };
        const wanted = environment.toLowerCase();
        let last = '';
        for (;;) {
            const [run, approvals, pending] = await Promise.all([
                (0,_approval_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(this.client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', params, runSchema, this.options, `approval run ${runId}`),
                (0,_approval_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(this.client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', params, _approval_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .approvalsSchema */ .AP, this.options, `the approvals of run ${runId}`),
                (0,_approval_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .Jt)(this.client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments', params, pendingSchema, this.options, `the pending reviews of run ${runId}`),
            ]);
            const reviews = approvals.filter((a) => a.environments.some((e) => e.name?.toLowerCase() === wanted));
            const describe = (a) => a.comment?.trim() ? `${a.user.login} ("${a.comment.trim()}")` : a.user.login;
            const rejected = reviews.filter((a) => a.state === 'rejected');
            if (rejected.length > 0) {
                return {
                    approved: false,
                    message: `❌ Rejected by ${rejected.map(describe).join(', ')}: no override.`,
                };
            }
            const approvedBy = [
                ...new Map(reviews.filter((a) => a.state === 'approved').map((a) => [a.user.login.toLowerCase(), a])).values(),
            ];
            if (run.status === 'completed') {
                return run.conclusion === 'success'
                    ? {
                        approved: true,
                        message: `✅ Approved by ${approvedBy.map(describe).join(', ') || '(nobody listed)'}; the authorize jobs succeeded.`,
                    }
                    : {
                        approved: false,
                        message: `❌ The approval run ended "${run.conclusion ?? 'unknown'}" without an approval: read its authorize job's log.`,
                    };
            }
            const asked = pending
                .filter((p) => p.environment.name?.toLowerCase() === wanted)
                .flatMap((p) => p.reviewers.map((r) => r.reviewer?.login ?? r.reviewer?.slug ?? '?'));
            const line = `Waiting for approval: ${Math.min(approvedBy.length, required)} of ${required}${approvedBy.length > 0 ? ` (${approvedBy.map((a) => a.user.login).join(', ')})` : ''}; ${asked.length > 0 ? `still asked: ${[...new Set(asked)].join(', ')}` : `run ${run.status ?? 'queued'}`}`;
            if (line !== last)
                progress(line);
            last = line;
            if (Date.now() + request.pollMs > deadline) {
                return {
                    approved: false,
                    message: `⏱ Out of time after ${formatMinutes(request.waitMs)}: ${line.replace('Waiting for approval: ', '')}. The request stays open; once approved, launch with its run id.`,
                };
            }
            await sleep(request.pollMs);
        }
    }
}
function dispatchFailure(error, request, repository) {
    const status = error.status;
    const message = error.message;
    const where = `${request.workflow} in ${repository.owner}/${repository.repo}`;
    switch (status) {
        case 401:
            return `GitHub rejected the token (401) dispatching ${where}: check GITHUB_TOKEN (or GH_TOKEN).`;
        case 403: {
            const accepted = error
                .response?.headers?.['x-accepted-github-permissions'];
            return `The token may not dispatch ${where} (403): give it "Actions: Read and write" (fine-grained) or the repo scope (classic)${accepted ? ` (GitHub accepts: ${accepted})` : ''}.`;
        }
        case 404:
            return `GitHub found no workflow ${where} (404): copy examples/workflows/override-request.yml to .github/workflows/ on the default branch, and check that the token can see the repository.`;
        case 422:
            return `GitHub refused to dispatch ${where} on "${request.ref}" (422: ${message}): check --ref and that the workflow's inputs are those of the shipped override-request.yml.`;
    }
    return status === undefined
        ? `Could not dispatch ${where}: ${message}. Look under Actions whether a run started before asking again.`
        : `GitHub failed dispatching ${where} (${status}: ${message}). Look under Actions whether a run started before asking again.`;
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${Number(minutes.toFixed(1))} min` : `${Math.round(ms / 1000)} s`;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));


/***/ })

};
