export const id = 596;
export const ids = [596];
export const modules = {

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20944);
// The authorize action's machine-readable evidence: its operational-log entry and where it ran,
// uploaded as an artifact of the run, so a deploy job's `require` step can check that an
// override was authorized in this run, for this commit and mode.




const AUTHORIZATION_KIND = 'preflight-authorization';
const AUTHORIZATION_ARTIFACT_PREFIX = 'preflight-authorization-';
const AUTHORIZATION_FILE = /^AUTHORIZATION_\d{8}_\d{6}(?:_\d+)?\.json$/;
const authorizationSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(AUTHORIZATION_KIND),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    authorized: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    mode: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN),
    override: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3),
    environment: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .provenanceSchema */ .j9,
    entry: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        timestamp: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        event: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .OPS_EVENTS */ .Lx),
        mode: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
        status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
        decision: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
        operator: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        approvers: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), comment: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        details: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
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

/***/ 27596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRequire: () => (/* binding */ runRequire)
});

// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var upload = __webpack_require__(13);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/report/json-schema.js
var json_schema = __webpack_require__(45408);
// EXTERNAL MODULE: ./lib/fleet/artifacts.js + 1 modules
var fleet_artifacts = __webpack_require__(17032);
// EXTERNAL MODULE: ./lib/fleet/authorization.js
var authorization = __webpack_require__(17637);
// EXTERNAL MODULE: ./lib/fleet/report.js
var report = __webpack_require__(48476);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
;// CONCATENATED MODULE: ./lib/require/check.js
// What a deploy job's `require` step decides, pure: given the reports found in this run (a
// gate's or a fleet's) and the authorize action's records, may this job deploy? Only a report
// for this repository, commit, run and mode (and host, when pinned) counts, and only a
// `proceed` verdict, or an override the authorize action recorded as authorized in this run.

function checkRequirement(req, found, authorizations) {
    const details = [];
    const admissible = [];
    for (const item of found) {
        if (item.kind === 'unreadable') {
            details.push(`${item.source}: ${item.error}`);
            continue;
        }
        const refusal = refusalOf(item, req);
        if (refusal)
            details.push(`${item.source}: ${refusal}`);
        else
            admissible.push(item);
    }
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
    if (unreadable.length > 0)
        return refuse(`${unreadable.length} matching report artifact(s) could not be read (${unreadable.map((u) => u.source).join(', ')}); one of them may be the newest evidence.`);
    if (admissible.length === 0)
        return refuse(`no report written for this commit (${req.sha.slice(0, 12)}), run ${req.runId} and ${req.mode} mode${req.host ? ` on host "${req.host}"` : ''}.`);
    // A re-run replaces what it re-ran: the newest attempt counts.
    const newestAttempt = Math.max(...admissible.map((r) => Number(r.report.provenance.runAttempt) || 0));
    const newest = admissible.filter((r) => (Number(r.report.provenance.runAttempt) || 0) === newestAttempt);
    if (newest.length > 1)
        return refuse(`${newest.length} reports qualify (${newest.map((r) => r.source).join(', ')}): name one with "artifact-name", or pin the host with "host".`);
    const chosen = newest[0];
    if (chosen.kind === 'fleet') {
        const report = chosen.report;
        if (report.verdict !== 'proceed')
            return refuse(`the fleet verdict is ${report.verdict} (${report.status}).`, report.verdict, chosen.url);
        return {
            allowed: true,
            verdict: 'proceed',
            reportUrl: chosen.url,
            message: `the fleet verdict for this commit is proceed (${report.legs.length} legs)${req.host ? `, and host "${req.host}" is one of them` : ''}.`,
            details,
        };
    }
    const gate = chosen.report;
    if (gate.verdict === 'proceed')
        return {
            allowed: true,
            verdict: 'proceed',
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
            const refusal = (0,authorization/* authorizationRefusal */.I6)(a.record, want);
            if (!refusal)
                return {
                    allowed: true,
                    verdict: 'proceed',
                    reportUrl: chosen.url,
                    message: `the gate asked for ${gate.requestedOverride} and the authorize action recorded it as authorized in this run (${a.record.entry.approvers.map((x) => x.login).join(', ')}).`,
                    details,
                };
            notes.push(`${a.source}: ${refusal}`);
        }
        details.push(...notes);
        return refuse(`the gate's verdict is approval-required (${gate.requestedOverride}) and no authorization of it is recorded in this run${authorizations.length === 0 ? ' (no preflight-authorization artifact: run the authorize action in a job bound to the override environment before this one)' : ''}.`, gate.verdict, chosen.url);
    }
    return refuse(`the gate's verdict is ${gate.verdict} (${gate.status}).`, gate.verdict, chosen.url);
}
function refusalOf(item, req) {
    const p = item.report.provenance;
    if (item.report.mode !== req.mode)
        return `written for ${item.report.mode ?? 'an unknown'} mode, not ${req.mode}`;
    if (p.repository !== req.repository)
        return `written for repository "${p.repository}"`;
    if (p.sha !== req.sha)
        return `written for commit ${p.sha.slice(0, 12) || '(none)'}, not ${req.sha.slice(0, 12)}`;
    if (p.runId !== req.runId)
        return `written in run ${p.runId || '(none)'}, not ${req.runId}`;
    if (req.host !== null) {
        if (item.kind === 'gate' && p.host !== req.host)
            return `written on host "${p.host}", not "${req.host}"`;
        if (item.kind === 'fleet') {
            const leg = item.report.legs.find((l) => l.host === req.host);
            if (!leg)
                return `no leg of the fleet ran on host "${req.host}"`;
            if (leg.verdict !== 'proceed')
                return `the leg on host "${req.host}" did not proceed (${leg.status})`;
        }
    }
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
const artifactName = schemas/* string */.YjP()
    .trim()
    .refine((v) => !/[":<>|\\/\r\n]/.test(v), { message: 'must be an artifact name' });
const inputsSchema = schemas/* object */.Ikc({
    mode: schemas/* string */.YjP()
        .trim()
        .pipe(schemas/* enum */.k5n(model/* MODES */.FN, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
    'artifact-name': artifactName,
    pattern: artifactName,
    host: schemas/* string */.YjP().trim(),
})
    .refine((v) => v['artifact-name'] === '' || v.pattern === '', {
    message: 'set "artifact-name" or "pattern", not both',
});
async function runRequire(env = process.env, deps = { io: (0,core_io/* coreIo */.I)(env) }) {
    const { io, store: given } = deps;
    io.setOutput('verdict', '');
    io.setOutput('report-url', '');
    const parsed = inputsSchema.safeParse({
        mode: io.getInput('mode'),
        'artifact-name': io.getInput('artifact-name'),
        pattern: io.getInput('pattern'),
        host: io.getInput('host'),
    });
    if (!parsed.success)
        return await refuse(io, `invalid inputs.\n${(0,settings/* describeInputIssues */.gP)(parsed.error.issues).join('\n')}`);
    const inputs = parsed.data;
    const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env;
    if (!sha || !runId || !repository)
        return await refuse(io, 'GITHUB_SHA, GITHUB_RUN_ID or GITHUB_REPOSITORY is not set: require runs only inside a workflow run.');
    if (!(0,upload/* artifactRuntimeAvailable */.Qf)(env))
        return await refuse(io, 'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset), so the gate’s report cannot be read.');
    const wanted = inputs['artifact-name']
        ? (name) => name === inputs['artifact-name']
        : (name) => (0,fleet_artifacts/* globToRegExp */.tL)(inputs.pattern || DEFAULT_PATTERN).test(name);
    // With github-token this run's artifacts are read through the REST API (actions: read).
    let store;
    try {
        store = given ?? (0,fleet_artifacts/* storeFromInputs */.zc)(io.getInput('github-token'), env);
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
        result = checkRequirement({ mode: inputs.mode, sha, runId, repository, host: inputs.host || null }, found, authorizations);
    }
    catch (error) {
        return await refuse(io, `this run’s artifacts could not be listed or read: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    io.setOutput('verdict', result.verdict);
    io.setOutput('report-url', result.reportUrl);
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
async function readReport(store, artifact, workDir, env) {
    const url = (0,upload/* artifactUrl */.Wk)(artifact.id, env);
    const read = await (0,fleet_artifacts/* readArtifactJson */.zx)(store, artifact, workDir, REPORT_FILE);
    if (!read.ok)
        return { source: artifact.name, url, kind: 'unreadable', error: read.error };
    const value = safeJson(read.text);
    if (value?.kind === report/* FLEET_REPORT_KIND */.vN) {
        const fleet = (0,report/* parseFleetReport */.Qw)(value);
        return fleet.ok
            ? { source: artifact.name, url, kind: 'fleet', report: fleet.report }
            : { source: artifact.name, url, kind: 'unreadable', error: fleet.error };
    }
    const gate = (0,json_schema/* parseGateReport */.Bw)(read.text);
    return gate.ok
        ? { source: artifact.name, url, kind: 'gate', report: gate.report }
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
