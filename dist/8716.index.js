export const id = 8716;
export const ids = [8716];
export const modules = {

/***/ 85703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports pendingUploadSchema, MAIN_ENDINGS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3390);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
// The hand-off between the main step and the post step (post-if: always()): main records the
// report files as soon as they are named, and how it finished. The post step acts only when main
// never finished (cancelled or killed): it kills what the suite left running, marks the report as
// cancelled, logs it and uploads it; it uploads what main wrote but could not upload in time
// (a cancellation answered within a second); and it never uploads twice.



const pendingUploadSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    rootDirectory: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1)).min(1),
    markdown: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1),
    runOpsLog: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1),
    opsLog: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_2__.string().min(1),
    retentionDays: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().min(1).max(90).default(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETENTION_DAYS */ .D4),
    uploadArtifact: zod__WEBPACK_IMPORTED_MODULE_2__.boolean().default(true),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN).nullable(),
    operator: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    /** Marks the suite's processes (runner/tracking.ts). */
    trackingId: zod__WEBPACK_IMPORTED_MODULE_2__.string().default(''),
    /** Variables whose values are redacted (the post step redacts what it writes too). */
    redact: zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.string()).default([]),
});
/** How the main step finished: the post step reads it to know what is left to do. */
const MAIN_ENDINGS = ['uploaded', 'skipped', 'failed', 'written'];
function saveState(store, name, value) {
    store.saveState(name, typeof value === 'string' ? value : JSON.stringify(value));
}
/** The saved value, checked; null when unset, an error message when unreadable. */
function readState(store, name) {
    const raw = store.getState(name);
    if (raw === '')
        return { value: null };
    const schema = name === 'pending-upload' ? pendingUploadSchema : zod__WEBPACK_IMPORTED_MODULE_2__["enum"](MAIN_ENDINGS);
    let data = raw;
    if (name === 'pending-upload') {
        try {
            data = JSON.parse(raw);
        }
        catch {
            return { error: 'it is not JSON' };
        }
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success)
        return { error: parsed.error.issues[0]?.message ?? 'invalid' };
    return { value: parsed.data };
}


/***/ }),

/***/ 91081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ resolveHistoryDir),
/* harmony export */   j: () => (/* binding */ keepInHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Where a gate's history lives: its reports, operational log and archive. On a self-hosted
// runner the workspace is the checkout's to clean (actions/checkout runs `git clean -ffdx`), so
// the history defaults to the runner user's state directory; elsewhere it is the report dir.



function resolveHistoryDir(input, reportDir, env) {
    if (input !== '')
        return { dir: node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(input), note: null };
    if (env.RUNNER_ENVIRONMENT !== 'self-hosted')
        return { dir: reportDir, note: null };
    const repository = env.GITHUB_REPOSITORY ?? '';
    const home = env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
        repository.includes('..') ||
        !home) {
        return {
            dir: reportDir,
            note: `The history stays in report-dir (${reportDir}): on a self-hosted runner it belongs outside the workspace, but GITHUB_REPOSITORY or HOME is not set; set history-dir.`,
        };
    }
    const [owner, repo] = repository.toLowerCase().split('/');
    return { dir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.local', 'state', 'preflight-gate', owner, repo), note: null };
}
/**
 * Keeps a copy of the run's report files in the history directory (same names; each written under
 * a hidden name, then renamed). Returns what could not be copied.
 */
function keepInHistory(files, historyDir) {
    const failures = [];
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(historyDir, { recursive: true });
    for (const file of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_2__.join(historyDir, node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file));
        const hidden = node_path__WEBPACK_IMPORTED_MODULE_2__.join(historyDir, `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.copying`);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isFile())
                throw new Error('not a regular file');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file, hidden);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(hidden, target);
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(hidden, { force: true });
            if (error.code === 'ENOENT' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                continue;
            failures.push(`${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)} into the history (${historyDir}): ${error.message}`);
        }
    }
    return failures;
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

/***/ 69825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _artifact_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85703);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58825);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20944);
/* harmony import */ var _report_json_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45408);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(13);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76760);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8609);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63021);
/* harmony import */ var _runner_tracking_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19701);
/* harmony import */ var _history_location_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(91081);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(88411);
// The gate's post step (post-if: always()), from the same bundle as the main step. When main
// finished, it has nothing to do but upload what a cancelled main wrote and could not upload in
// its last second. When main was killed before it finished, it kills what the suite left
// running, marks the report as cancelled, records the abort in the operational log and uploads.













async function runPost(env, deps) {
    const { io } = deps;
    const ending = (0,_artifact_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(io, 'main-ending');
    const pendingState = (0,_artifact_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(io, 'pending-upload');
    if ('error' in pendingState) {
        io.setFailed(`Report artifact: the main step's saved state is unreadable (${pendingState.error}); the report was not uploaded.`);
        return;
    }
    const pending = pendingState.value;
    if (pending === null) {
        io.info('Report artifact: the gate stopped before it named a report; nothing to upload.');
        return;
    }
    const mainEnding = 'value' in ending ? ending.value : null;
    if (mainEnding === 'uploaded' || mainEnding === 'skipped' || mainEnding === 'failed') {
        io.info(`Report artifact: the main step already handled it (${mainEnding}); nothing to do.`);
        return;
    }
    const killed = pending.trackingId ? await (0,_runner_tracking_js__WEBPACK_IMPORTED_MODULE_9__/* .killTrackedProcesses */ .qJ)(pending.trackingId) : 0;
    if (killed > 0)
        io.warning(`Killed ${killed} process(es) the smoke suite left running.`);
    if (mainEnding === null) {
        io.warning('The gate step did not finish (cancelled or killed): uploading the report it left, marked as cancelled. No verdict was given: DO NOT LAUNCH.');
        for (const failure of await markCancelled(pending, env))
            io.warning(`The cancelled run could not be recorded in full: ${failure}`);
    }
    if (!pending.uploadArtifact)
        return;
    if (!(0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_12__/* .artifactRuntimeAvailable */ .Qf)(env)) {
        io.notice('Report artifact not uploaded: no artifact service here (outside GitHub Actions).');
        return;
    }
    const upload = deps.uploadArtifact ?? _artifact_upload_js__WEBPACK_IMPORTED_MODULE_12__/* .uploadReportArtifact */ .qw;
    const attempt = (name) => upload({
        files: pending.files.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)),
        rootDirectory: pending.rootDirectory,
        name,
        retentionDays: pending.retentionDays,
        timeoutMs: (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_12__/* .uploadTimeoutMs */ .n8)(env),
    }, env);
    let name = pending.name;
    try {
        let artifact;
        try {
            artifact = await attempt(name);
        }
        catch (error) {
            // A main step cancelled during its upload may have left an artifact of this name (with
            // the report it had written): the unfinished one goes beside it, where consumers see
            // both and refuse (two reports of one leg in one attempt, one of them an abort).
            if (mainEnding !== null)
                throw error;
            name = `${pending.name}-unfinished`;
            artifact = await attempt(name);
        }
        io.info(`Report artifact "${name}" uploaded: ${artifact.url}`);
    }
    catch (error) {
        io.setFailed(`Report artifact "${name}" could not be uploaded after the gate step ended early: ${error.message}`);
    }
}
/** The cancellation goes into the report (or in its place) and into both operational logs. */
async function markCancelled(pending, env) {
    const decision = (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .decide */ .LD)({
        mode: (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .modeOrStrictest */ .uh)(pending.mode),
        status: 'crashed',
        forceStart: false,
        approvalVerified: false,
        facts: ['gate-cancelled'],
    });
    const entry = (0,_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .opsLogEntry */ .Bg)({
        mode: pending.mode,
        status: 'crashed',
        exitCode: null,
        decision,
        failures: ['preflight gate: cancelled before a verdict'],
        operator: pending.operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl: pending.runUrl,
    }, new Date(), 'GATE_CANCELLED', 'The gate step was cancelled or killed before it finished; the post step uploaded what it left.');
    await markJsonUnfinished(pending, env, decision);
    const markdown = pending.markdown;
    // Reserved but never written: it holds only the gate's marker line.
    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(markdown) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(markdown)).size > _report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .GATE_REPORT_MARKER */ .U$.length + 1;
    const note = [
        '',
        '## Cancelled',
        '',
        'The gate step was cancelled or killed before it finished. There is no verdict: DO NOT LAUNCH.',
        '',
    ].join('\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(markdown, written
        ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(markdown, 'utf8')) + note
        : `${_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .GATE_REPORT_MARKER */ .U$}\n# ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .REPORT_TITLE */ .YI}\n\n**Status**: ❌ CANCELLED\n**Verdict**: ABORT\n${note}`);
    // The rewritten reports are the gate's own: kept in the history and recorded with their new
    // digests, so consumers read the cancellation, not "changed after the gate wrote it".
    const historyDir = node_path__WEBPACK_IMPORTED_MODULE_6__.dirname(pending.opsLog);
    const marked = [markdown, jsonReportOf(pending)];
    let failures = [];
    try {
        if (historyDir !== pending.rootDirectory)
            failures = (0,_history_location_js__WEBPACK_IMPORTED_MODULE_10__/* .keepInHistory */ .j)(marked, historyDir);
    }
    catch (error) {
        // The history cannot be made: the entries and the upload still go where they can.
        failures = [`the history (${historyDir}): ${error.message}`];
    }
    const record = (0,_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .recordOfFiles */ .EV)(entry, (0,_history_record_js__WEBPACK_IMPORTED_MODULE_11__/* .digestFiles */ .Eh)(marked.map((f) => node_path__WEBPACK_IMPORTED_MODULE_6__.join(historyDir, node_path__WEBPACK_IMPORTED_MODULE_6__.basename(f)))), 'The files the post step rewrote for the cancelled run.');
    // Each log where it can: one that cannot be written never stops the other, nor the upload.
    const logged = await Promise.allSettled([
        (0,_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .appendLines */ ._g)(pending.runOpsLog, [entry]),
        (0,_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .appendOpsLog */ .$G)(historyDir, [entry, record]),
    ]);
    for (const result of logged)
        if (result.status === 'rejected')
            failures.push(`the cancellation entry: ${result.reason.message}`);
    return failures;
}
const jsonReportOf = (pending) => pending.markdown.replace(/\.md$/, '.json');
/**
 * The JSON report is what `require` and `aggregate` read: whatever main had written there (a
 * proceed included), an unfinished gate's report says crashed/abort, with the same provenance.
 */
async function markJsonUnfinished(pending, env, decision) {
    const json = jsonReportOf(pending);
    const previous = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(json) ? (0,_report_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGateReport */ .Bw)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(json, 'utf8')) : null;
    const written = previous?.ok ? previous.report : null;
    const report = {
        schemaVersion: 1,
        date: written?.date ?? new Date().toISOString(),
        mode: pending.mode,
        provenance: written?.provenance ?? (0,_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .provenanceFromEnv */ .f5)(env, pending.mode),
        status: 'crashed',
        verdict: decision.verdict,
        exitCode: written?.exitCode ?? null,
        gateExitCode: decision.gateExitCode,
        override: null,
        requestedOverride: null,
        durationMs: written?.durationMs ?? 0,
        checks: written?.checks ?? [],
        notes: [
            'The gate step was cancelled or killed before it finished: this report is unfinished and no verdict was given. DO NOT LAUNCH.',
            ...(written
                ? [`The unfinished run had reached: ${written.status}, ${written.verdict}.`]
                : []),
        ],
        runUrl: pending.runUrl,
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(json, JSON.stringify(report, null, 2) + '\n', 'utf8');
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// The gate's JSON report (rendered by json.ts) as a zod schema: what `aggregate` and `require`
// accept from another job's artifact. Fields added later by newer gates are ignored; a report
// without provenance (an older gate) or with a value out of range is refused.



/** A gate report is tens of KiB; far larger is not a report this gate wrote. */
const REPORT_LIMIT_BYTES = 8 * 1024 * 1024;
const text = (max) => zod__WEBPACK_IMPORTED_MODULE_2__.string().max(max);
const checkResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    name: text(1000),
    level: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_),
    status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](['passed', 'failed', 'skipped']),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__.number().nonnegative(),
    message: text(64 * 1024),
    remediation: text(64 * 1024).optional(),
});
const gateReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__.literal(1),
    date: zod__WEBPACK_IMPORTED_MODULE_3__.datetime(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().nullable(),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().min(0).max(3),
    override: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    requestedOverride: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__.number().nonnegative(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__.array(checkResultSchema).max(100_000),
    notes: zod__WEBPACK_IMPORTED_MODULE_2__.array(text(64 * 1024)).max(10_000),
    runUrl: text(2000),
    /** Where a granted override was approved: a consumer verifies it there again. */
    approval: zod__WEBPACK_IMPORTED_MODULE_2__.object({ environment: text(255) })
        .nullable()
        .optional(),
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


/***/ }),

/***/ 63311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dG: () => (/* binding */ TRACKING_VARIABLE),
/* harmony export */   sy: () => (/* binding */ sealedEnvironment)
/* harmony export */ });
/* unused harmony export isWithheld */
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


/***/ }),

/***/ 19701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ newTrackingId),
/* harmony export */   qJ: () => (/* binding */ killTrackedProcesses)
/* harmony export */ });
/* unused harmony export trackedProcesses */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63311);
// No orphans: every process the suite starts inherits PREFLIGHT_TRACKING_ID (as the Actions
// runner marks job processes), so daemons that double-forked out of the suite's process group
// can still be found in /proc and killed, after a timeout, a cancellation or a normal exit, and
// by the post step after a killed gate.



function newTrackingId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/**
 * Pids of live processes whose environment carries this tracking id (Linux; else none). Read
 * synchronously: a hundred tiny /proc files are read faster that way than through promises.
 */
function trackedProcesses(trackingId) {
    if (process.platform !== 'linux')
        return [];
    const marker = Buffer.from(`${_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACKING_VARIABLE */ .dG}=${trackingId}\0`);
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/environ`).indexOf(marker) !== -1)
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


/***/ }),

/***/ 30348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ stripAnsi)
});

;// CONCATENATED MODULE: ./node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZodISODate: () => (/* reexport safe */ _schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODate),
/* harmony export */   ZodISODateTime: () => (/* reexport safe */ _schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODateTime),
/* harmony export */   ZodISODuration: () => (/* reexport safe */ _schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODuration),
/* harmony export */   ZodISOTime: () => (/* reexport safe */ _schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISOTime),
/* harmony export */   date: () => (/* binding */ date),
/* harmony export */   datetime: () => (/* binding */ datetime),
/* harmony export */   duration: () => (/* binding */ duration),
/* harmony export */   time: () => (/* binding */ time)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55156);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODateTime, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODate, params);
}
function time(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* ._isoTime */ .Kn(_schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISOTime, params);
}
function duration(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_1__/* ._isoDuration */ .f2(_schemas_js__WEBPACK_IMPORTED_MODULE_0__.ZodISODuration, params);
}


/***/ })

};
