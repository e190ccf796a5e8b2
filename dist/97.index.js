export const id = 97;
export const ids = [97];
export const modules = {

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

/***/ 17032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tL: () => (/* binding */ globToRegExp),
  BF: () => (/* binding */ legsFromArtifacts),
  zx: () => (/* binding */ readArtifactJson),
  zc: () => (/* binding */ storeFromInputs)
});

// UNUSED EXPORTS: ARTIFACT_LIMIT_BYTES, ArtifactTimeoutError, DEFAULT_DOWNLOAD_TIMEOUT_MS, actionsArtifactStore, downloadTimeoutMs, restAccessFromEnv, withTimeout

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/report/json-schema.js
var json_schema = __webpack_require__(45408);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/fleet/files.js
// Reading gate reports from disk (a downloaded artifact, or files the CLI is pointed at).
// Nothing in them is trusted: only regular files, bounded in size, schema-checked.




/** The gate's JSON report: SMOKE_TEST_INSTITUTIONAL_<yyyymmdd>_<hhmmss>[_n].json */
const GATE_REPORT = /^SMOKE_TEST_INSTITUTIONAL_(\d{8}_\d{6})(?:_(\d+))?\.json$/;
/** Reads a file only when it is a regular file within the limit (no FIFO, device or link). */
async function readBoundedFile(file, limitBytes) {
    const info = await (0,promises_.lstat)(file);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file`);
    if (info.size > limitBytes)
        throw new Error(`${file} is ${info.size} bytes, more than the ${limitBytes} a report may have`);
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(info.size, limitBytes) + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > limitBytes)
            throw new Error(`${file} grew past ${limitBytes} bytes`);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The gate reports in a directory, newest first (their names carry the UTC time). Only reports
 * the gate wrote count (their Markdown twin carries its marker): a suite can write files named
 * like a report into the same directory, and a newer name must not outrank the gate's own.
 */
async function gateReportsIn(dir) {
    const entries = await readdir(dir);
    return entries
        .map((name) => ({ name, match: GATE_REPORT.exec(name) }))
        .filter((e) => e.match !== null)
        .filter((e) => isGateFile(path.join(dir, e.name)))
        .sort((a, b) => (b.match[1] ?? '').localeCompare(a.match[1] ?? '') ||
        Number(b.match[2] ?? 1) - Number(a.match[2] ?? 1))
        .map((e) => path.join(dir, e.name));
}
/** One leg's evidence from a file, or from the newest gate report in a directory. */
async function legFromPath(target, url = '') {
    try {
        const info = await lstat(target);
        let file = target;
        if (info.isDirectory()) {
            const [newest] = await gateReportsIn(target);
            if (!newest)
                return {
                    source: target,
                    url,
                    report: null,
                    error: 'no gate report (SMOKE_TEST_INSTITUTIONAL_*.json) in it',
                };
            file = newest;
        }
        const parsed = parseGateReport(await readBoundedFile(file, REPORT_LIMIT_BYTES));
        return parsed.ok
            ? { source: file, url, report: parsed.report }
            : { source: file, url, report: null, error: parsed.error };
    }
    catch (error) {
        return { source: target, url, report: null, error: error.message };
    }
}

;// CONCATENATED MODULE: ./lib/fleet/artifacts.js
// This run's artifacts, behind a small interface: the actions use @actions/artifact (the
// runner's runtime token reads every artifact of the run, from any job), tests hand in a local
// service. Each report is downloaded into its own directory, read, and the directory removed,
// so memory and disk stay bounded however many legs the fleet has.




/** A gate artifact holds a few small reports; the suite's output log is what can grow. */
const ARTIFACT_LIMIT_BYTES = 256 * 1024 * 1024;
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;
/** Downloads in flight at once: enough to hide latency, few enough for a small runner. */
const CONCURRENCY = 8;
/** PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS bounds each list or download call (default 60 s). */
function downloadTimeoutMs(env) {
    const seconds = Number(env.PREFLIGHT_DOWNLOAD_TIMEOUT_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_DOWNLOAD_TIMEOUT_MS;
}
/** The REST access for this run's artifacts with the `github-token` input, or null without it. */
function restAccessFromEnv(token, env) {
    if (token === '')
        return null;
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const runId = Number(env.GITHUB_RUN_ID);
    if (!owner || !name || !Number.isInteger(runId) || runId <= 0) {
        throw new Error('GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: "github-token" reads this run\'s artifacts only inside a workflow run.');
    }
    return { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: name };
}
/** The store the aggregate and require actions read: the runner's, or the REST API's with a token. */
function storeFromInputs(token, env) {
    return actionsArtifactStore(downloadTimeoutMs(env), restAccessFromEnv(token, env));
}
function actionsArtifactStore(timeoutMs, rest = null) {
    const client = Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(351), __webpack_require__.e(780), __webpack_require__.e(925), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 81752)).then((m) => new m.DefaultArtifactClient());
    const findBy = rest ? { findBy: rest } : {};
    return {
        async list() {
            const { artifacts } = await withTimeout(client.then((c) => c.listArtifacts({ latest: false, ...findBy })), timeoutMs, 'listing this run’s artifacts');
            return artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size }));
        },
        async download(id, dir) {
            await withTimeout(client.then((c) => c.downloadArtifact(id, { path: dir, ...findBy })), timeoutMs, `downloading artifact ${id}`);
        },
    };
}
/** The artifact service did not answer in time: the calls after it are not worth waiting for. */
class ArtifactTimeoutError extends Error {
}
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new ArtifactTimeoutError(`the artifact service did not finish ${what} within ${ms / 1000} s`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** `preflight-report-*`: only * (any run of characters) and ? (one character) are special. */
function globToRegExp(glob) {
    const body = glob
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`);
}
/** Downloads each artifact, reads the one gate report in it, and removes what it unpacked. */
async function legsFromArtifacts(store, artifacts, workDir, urlOf) {
    const results = new Array(artifacts.length);
    let next = 0;
    // After one timeout the service is taken as hung: the rest are refused, not each waited for.
    let hung = null;
    const worker = async () => {
        while (next < artifacts.length) {
            const index = next++;
            const artifact = artifacts[index];
            const url = urlOf(artifact);
            results[index] = hung
                ? { source: artifact.name, url, report: null, error: `not downloaded: ${hung}` }
                : await legFromArtifact(store, artifact, workDir, url, (error) => (hung = error));
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, artifacts.length) }, worker));
    return results;
}
async function legFromArtifact(store, artifact, workDir, url, onTimeout) {
    const read = await readArtifactJson(store, artifact, workDir, GATE_REPORT_FILE, onTimeout);
    if (!read.ok)
        return { source: artifact.name, url, report: null, error: read.error };
    const parsed = (0,json_schema/* parseGateReport */.Bw)(read.text);
    return parsed.ok
        ? { source: artifact.name, url, report: parsed.report }
        : { source: artifact.name, url, report: null, error: parsed.error };
}
const GATE_REPORT_FILE = /^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}(?:_\d+)?\.json$/;
/** Downloads one artifact, reads the one file in it whose name matches, and removes the rest. */
async function readArtifactJson(store, artifact, workDir, fileName, onTimeout = () => { }) {
    if (artifact.size > ARTIFACT_LIMIT_BYTES)
        return {
            ok: false,
            error: `${artifact.size} bytes, more than the ${ARTIFACT_LIMIT_BYTES} a report artifact may have`,
        };
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(workDir, 'artifact-'));
    try {
        await store.download(artifact.id, dir);
        const files = (await (0,promises_.readdir)(dir)).filter((name) => fileName.test(name));
        if (files.length !== 1)
            return {
                ok: false,
                error: `holds ${files.length} files named like ${fileName.source}, not one`,
            };
        return {
            ok: true,
            text: await readBoundedFile(external_node_path_.join(dir, files[0]), json_schema/* REPORT_LIMIT_BYTES */.b),
        };
    }
    catch (error) {
        if (error instanceof ArtifactTimeoutError)
            onTimeout(error.message);
        return { ok: false, error: `could not be read: ${error.message}` };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 52564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ FLEET_STATUSES),
/* harmony export */   z8: () => (/* binding */ decideFleet)
/* harmony export */ });
/* unused harmony export refusalOf */
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// One verdict for a fleet: each leg (one host's gate run) is admitted only when its report was
// written for this commit, run and mode, re-decided with the gate's own table (`decide`), and
// the fleet proceeds only when every expected leg reported and every leg may proceed. Pure: no
// @actions/* import, no I/O.


const FLEET_STATUSES = [
    'passed',
    'p2-warned',
    'skipped',
    'p1-failed',
    'incomplete',
    'p0-failed',
    'invalid',
    'missing',
    'timeout',
    'crashed',
];
const SEVERITY = Object.fromEntries(FLEET_STATUSES.map((s, i) => [s, i]));
const LISTED = 10;
const MAX_KEPT_CHARS = 1000;
function decideFleet(expectation, expected, evidence) {
    const refused = [];
    const admitted = [];
    for (const item of evidence) {
        const refusal = item.report ? refusalOf(item.report, expectation) : null;
        if (!item.report || refusal) {
            refused.push({
                source: item.source,
                url: item.url,
                reason: refusal ?? item.error ?? 'unreadable',
            });
        }
        else {
            admitted.push(legOf(item, item.report));
        }
    }
    const reasons = [];
    const commits = sameCommit(expectation, admitted, refused);
    if (commits.reason)
        reasons.push(commits.reason);
    const { legs, superseded } = newestAttempts(commits.legs);
    legs.sort(worstFirst);
    const blocking = legs.filter((l) => l.blocking);
    const missing = Math.max(0, expected - legs.length);
    const extra = Math.max(0, legs.length - expected);
    const incomplete = missing > 0 || extra > 0 || refused.length > 0 || legs.length === 0;
    if (legs.length === 0)
        reasons.push('No leg reported: there is nothing to decide on.');
    else if (missing > 0)
        reasons.push(`${legs.length} of ${expected} legs reported; ${missing} missing. A leg without a report is a leg that was not checked.`);
    if (extra > 0)
        reasons.push(`${legs.length} legs reported but ${expected} were expected: set "expected" to the number of hosts in the matrix.`);
    if (refused.length > 0)
        reasons.push(`${refused.length} report(s) refused: ${list(refused.map((r) => `${r.source} (${r.reason})`))}.`);
    for (const leg of blocking)
        reasons.push(`${leg.label}: ${leg.reason}`);
    let status = incomplete ? 'incomplete' : 'passed';
    for (const leg of legs)
        if (SEVERITY[leg.status] > SEVERITY[status])
            status = leg.status;
    const verdict = incomplete || blocking.length > 0 ? 'abort' : 'proceed';
    const hard = incomplete || blocking.some((l) => l.hardAbort);
    const gateExitCode = verdict === 'abort' ? (hard ? 1 : 2) : legs.every((l) => l.status === 'passed') ? 0 : 3;
    if (verdict === 'proceed') {
        for (const leg of legs.filter((l) => l.status !== 'passed')) {
            reasons.push(`${leg.label}: ${leg.reason}`);
        }
    }
    return {
        verdict,
        status,
        gateExitCode,
        mode: expectation.mode,
        expected,
        legs,
        refused,
        superseded,
        reasons,
        nextSteps: nextSteps(verdict, blocking, missing, extra, refused),
    };
}
/** Why a report cannot count for this fleet, or null when it can. */
function refusalOf(report, expectation) {
    const p = report.provenance;
    if (report.mode !== expectation.mode || (p.mode !== null && p.mode !== expectation.mode))
        return `written for ${report.mode ?? 'an unknown'} mode, not ${expectation.mode}`;
    if (expectation.repository !== null && p.repository !== expectation.repository)
        return `written for repository "${p.repository}", not "${expectation.repository}"`;
    if (expectation.sha !== null && p.sha !== expectation.sha)
        return `written for commit ${short(p.sha)}, not ${short(expectation.sha)}`;
    if (expectation.runId !== null && p.runId !== expectation.runId)
        return `written in run ${p.runId || '(none)'}, not this run ${expectation.runId}`;
    return null;
}
/** Without an expected commit (local reports), every leg must have checked the same one. */
function sameCommit(expectation, admitted, refused) {
    if (expectation.sha !== null)
        return { legs: admitted, reason: null };
    const counts = new Map();
    for (const leg of admitted)
        counts.set(leg.sha, (counts.get(leg.sha) ?? 0) + 1);
    if (counts.size <= 1)
        return { legs: admitted, reason: null };
    const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    for (const leg of admitted.filter((l) => l.sha !== majority)) {
        refused.push({
            source: leg.source,
            url: leg.url,
            reason: `checked commit ${short(leg.sha)}, while most legs checked ${short(majority)}`,
        });
    }
    return {
        legs: admitted.filter((l) => l.sha === majority),
        reason: `The legs checked different commits (${list([...counts.keys()].map(short))}); pass the commit to check with --sha.`,
    };
}
function legOf(item, report) {
    const p = report.provenance;
    const mode = report.mode ?? 'live';
    const rederived = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .LD)({
        mode,
        status: report.status,
        forceStart: report.requestedOverride === 'force-start',
        approvalVerified: report.override !== null && report.override === report.requestedOverride,
    });
    // Never better than what the leg itself decided (a live upload failure turns proceed into
    // abort there), and never better than the table allows (a report that claims more is wrong).
    const contradicts = report.verdict === 'proceed' && rederived.verdict !== 'proceed';
    const verdict = contradicts ? 'abort' : report.verdict;
    const override = verdict === 'proceed' ? rederived.grantedOverride : null;
    const failed = report.checks.filter((c) => c.status === 'failed');
    const failures = failed.length
        ? `failed: ${list(failed.map((c) => `${c.name} (${c.level})`))}`
        : `the suite ended ${report.status}`;
    const reason = contradicts
        ? `its report says ${report.verdict} for status ${report.status}, which the decision table does not allow; counted as abort.`
        : verdict === 'proceed'
            ? override
                ? `proceeds with an approved ${override} on this leg only (${failures}).`
                : report.status === 'passed'
                    ? 'all checks passed.'
                    : `proceeds with warnings (${failures}).`
            : verdict === 'approval-required'
                ? `${report.requestedOverride} requested but not approved on this leg (${failures}).`
                : `aborted: ${report.status} (${failures}).`;
    const matrix = p.matrix;
    return {
        label: matrix
            ? `${p.host || '(unknown host)'} [${(0,_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixLabel */ .Uy)(matrix)}]`
            : p.host || item.source,
        key: `${p.job}\n${matrix ? stableJson(matrix) : `host=${p.host}\nrunner=${p.runnerName}`}`,
        host: p.host,
        runnerName: p.runnerName,
        job: p.job,
        matrix,
        runAttempt: p.runAttempt,
        sha: p.sha,
        source: item.source,
        url: item.url,
        status: report.status,
        verdict,
        override,
        blocking: verdict !== 'proceed',
        hardAbort: rederived.hardAbort || contradicts || (verdict === 'abort' && report.gateExitCode === 1),
        reason,
        // Kept per leg for the matrix and the fleet report: bounded, however many legs there are.
        checks: report.checks.map((c) => ({
            name: c.name.slice(0, MAX_KEPT_CHARS),
            level: c.level,
            status: c.status,
            message: c.message.slice(0, MAX_KEPT_CHARS),
        })),
    };
}
/** A re-run replaces a leg's report: per leg, only its newest attempt counts. */
function newestAttempts(legs) {
    const newest = new Map();
    const superseded = [];
    for (const leg of legs) {
        const other = newest.get(leg.key);
        if (!other) {
            newest.set(leg.key, leg);
            continue;
        }
        const [keep, drop] = Number(leg.runAttempt) > Number(other.runAttempt) ? [leg, other] : [other, leg];
        if (keep.runAttempt === drop.runAttempt) {
            // Two reports for one leg in one attempt: keep the worse, never pick the convenient one.
            const [worse, better] = worstFirst(leg, other) <= 0 ? [leg, other] : [other, leg];
            newest.set(leg.key, worse);
            superseded.push({
                source: better.source,
                url: better.url,
                reason: `a second report for ${worse.label} in attempt ${worse.runAttempt}; the worse one counts`,
            });
            continue;
        }
        newest.set(leg.key, keep);
        superseded.push({
            source: drop.source,
            url: drop.url,
            reason: `attempt ${drop.runAttempt} of ${keep.label}, replaced by attempt ${keep.runAttempt}`,
        });
    }
    return { legs: [...newest.values()], superseded };
}
function worstFirst(a, b) {
    return (Number(b.blocking) - Number(a.blocking) ||
        Number(b.hardAbort) - Number(a.hardAbort) ||
        SEVERITY[b.status] - SEVERITY[a.status] ||
        Number(a.override === null) - Number(b.override === null) ||
        a.label.localeCompare(b.label));
}
function nextSteps(verdict, blocking, missing, extra, refused) {
    if (verdict === 'proceed')
        return ['Deploy each host with a job that starts with the `require` action.'];
    const steps = [];
    const hard = blocking.filter((l) => l.hardAbort);
    if (hard.length > 0)
        steps.push(`Fix ${list(hard.map((l) => l.label))} (a P0 failure or a hard abort: no override applies), then re-run the failed jobs.`);
    const approvable = blocking.filter((l) => !l.hardAbort);
    if (approvable.length > 0)
        steps.push(`Fix the P1 failures on ${list(approvable.map((l) => l.label))}, or have a reviewer approve a force-start for each of those legs (an approval counts only for its own leg).`);
    if (missing > 0)
        steps.push(`Find the ${missing} leg(s) that uploaded no report: a failed or cancelled matrix job, an artifact name outside the pattern, or a wrong "expected".`);
    if (extra > 0)
        steps.push('Set "expected" to the number of legs in the matrix.');
    if (refused.length > 0)
        steps.push('Re-run the legs whose reports were refused, at this commit and in this mode, in this run.');
    return steps;
}
function short(sha) {
    return sha ? sha.slice(0, 12) : '(none)';
}
function list(items) {
    const shown = items.slice(0, LISTED).join(', ');
    return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
/** JSON with sorted keys, so the same matrix values always make the same leg key. */
function stableJson(value) {
    return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}


/***/ }),

/***/ 48476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ fleetOpsLogEntry),
/* harmony export */   Qw: () => (/* binding */ parseFleetReport),
/* harmony export */   jV: () => (/* binding */ fleetReport),
/* harmony export */   vN: () => (/* binding */ FLEET_REPORT_KIND)
/* harmony export */ });
/* unused harmony export fleetReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64377);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
/* harmony import */ var _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45408);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8609);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52564);
// The fleet's own report (uploaded as `preflight-fleet-report`): the decision, each leg's
// standing, and where the aggregation ran. Its zod schema is what `require` accepts.






const FLEET_REPORT_KIND = 'preflight-fleet-report';
const setAside = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() });
const fleetReportSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(FLEET_REPORT_KIND),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1),
    date: zod__WEBPACK_IMPORTED_MODULE_6__/* .datetime */ .w$(),
    mode: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    verdict: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['proceed', 'abort']),
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .FLEET_STATUSES */ .C$),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(0).max(3),
    expected: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1),
    legs: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        label: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        host: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        runnerName: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        job: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        matrix: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixSchema */ .D0.nullable(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        sha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
        verdict: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
        override: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
        blocking: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
        reason: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        failedChecks: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), level: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_), message: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() })),
    })),
    refused: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(setAside),
    superseded: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(setAside),
    reasons: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    nextSteps: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
});
function fleetReport(decision, provenance, date) {
    return {
        kind: FLEET_REPORT_KIND,
        schemaVersion: 1,
        date: date.toISOString(),
        mode: decision.mode,
        provenance,
        verdict: decision.verdict,
        status: decision.status,
        gateExitCode: decision.gateExitCode,
        expected: decision.expected,
        legs: decision.legs.map((leg) => ({
            label: leg.label,
            host: leg.host,
            runnerName: leg.runnerName,
            job: leg.job,
            matrix: leg.matrix,
            runAttempt: leg.runAttempt,
            sha: leg.sha,
            status: leg.status,
            verdict: leg.verdict,
            override: leg.override,
            blocking: leg.blocking,
            reason: leg.reason,
            source: leg.source,
            url: leg.url,
            failedChecks: leg.checks
                .filter((c) => c.status === 'failed')
                .map((c) => ({ name: c.name, level: c.level, message: c.message })),
        })),
        refused: decision.refused,
        superseded: decision.superseded,
        reasons: decision.reasons,
        nextSteps: decision.nextSteps,
    };
}
/**
 * The operational-log entry of a fleet abort. A fleet that is incomplete (a leg missing or
 * refused) is logged with status `missing`: the evidence of a leg does not exist.
 */
function fleetOpsLogEntry(decision, at, operator, runUrl, event = 'FLEET_ABORTED', details = decision.reasons.slice(0, 20).join(' ')) {
    const failures = [
        ...decision.legs.filter((l) => l.blocking).map((l) => `${l.label}: ${l.status}`),
        ...decision.refused.map((r) => `${r.source}: refused`),
    ];
    return (0,_opslog_js__WEBPACK_IMPORTED_MODULE_3__/* .opsLogEntry */ .Bg)({
        mode: decision.mode,
        status: decision.status === 'incomplete' ? 'missing' : decision.status,
        exitCode: null,
        decision: { verdict: 'abort', gateExitCode: decision.gateExitCode },
        failures,
        operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl,
    }, at, event, details);
}
function parseFleetReport(value) {
    const parsed = fleetReportSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    return {
        ok: false,
        error: (0,_report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssues */ .wF)(parsed.error.issues).replace('gate report', 'fleet report'),
    };
}


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

/***/ 45408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ parseGateReport),
/* harmony export */   b: () => (/* binding */ REPORT_LIMIT_BYTES),
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports checkResultSchema, gateReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// The gate's JSON report (rendered by json.ts) as a zod schema: what `aggregate` and `require`
// accept from another job's artifact. Fields added later by newer gates are ignored; a report
// without provenance (an older gate) or with a value out of range is refused.



/** A gate report is tens of KiB; far larger is not a report this gate wrote. */
const REPORT_LIMIT_BYTES = 8 * 1024 * 1024;
const text = (max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(max);
const checkResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: text(1000),
    level: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['passed', 'failed', 'skipped']),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    message: text(64 * 1024),
    remediation: text(64 * 1024).optional(),
});
const gateReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    date: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nullable(),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(3),
    override: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    requestedOverride: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(checkResultSchema).max(100_000),
    notes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(text(64 * 1024)).max(10_000),
    runUrl: text(2000),
});
/** Parses a report's text; the error names the first fields that do not fit. */
function parseGateReport(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        return { ok: false, error: `not JSON (${error.message})` };
    }
    const parsed = gateReportSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    return { ok: false, error: describeIssues(parsed.error.issues) };
}
function describeIssues(issues) {
    const shown = issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
    return `not a gate report of this version (${shown}${issues.length > 3 ? '; …' : ''})`;
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
