export const id = 825;
export const ids = [825];
export const modules = {

/***/ 85703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports pendingUploadSchema, MAIN_ENDINGS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3390);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
// The hand-off between the main step and the post step (post-if: always()): main records the
// report files as soon as they are named, and how it finished. The post step acts only when main
// never finished (cancelled or killed): it kills what the suite left running, marks the report as
// cancelled, logs it and uploads it; it uploads what main wrote but could not upload in time
// (a cancellation answered within a second); and it never uploads twice.



const pendingUploadSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    rootDirectory: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1),
    markdown: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    runOpsLog: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    opsLog: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    retentionDays: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(90).default(_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETENTION_DAYS */ .D4),
    uploadArtifact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN).nullable(),
    operator: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Marks the suite's processes (runner/tracking.ts). */
    trackingId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default(''),
    /** Variables whose values are redacted (the post step redacts what it writes too). */
    redact: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]),
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
    const schema = name === 'pending-upload' ? pendingUploadSchema : zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(MAIN_ENDINGS);
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

/***/ 69825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _artifact_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85703);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8609);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63021);
/* harmony import */ var _runner_tracking_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19701);
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
    const killed = pending.trackingId ? await (0,_runner_tracking_js__WEBPACK_IMPORTED_MODULE_5__/* .killTrackedProcesses */ .qJ)(pending.trackingId) : 0;
    if (killed > 0)
        io.warning(`Killed ${killed} process(es) the smoke suite left running.`);
    if (mainEnding === null) {
        io.warning('The gate step did not finish (cancelled or killed): uploading the report it left, marked as cancelled. No verdict was given: DO NOT LAUNCH.');
        await markCancelled(pending);
    }
    if (!pending.uploadArtifact)
        return;
    if (!(0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactRuntimeAvailable */ .Qf)(env)) {
        io.notice('Report artifact not uploaded: no artifact service here (outside GitHub Actions).');
        return;
    }
    const upload = deps.uploadArtifact ?? _artifact_upload_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadReportArtifact */ .qw;
    try {
        const artifact = await upload({
            files: pending.files.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)),
            rootDirectory: pending.rootDirectory,
            name: pending.name,
            retentionDays: pending.retentionDays,
            timeoutMs: (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadTimeoutMs */ .n8)(env),
        }, env);
        io.info(`Report artifact "${pending.name}" uploaded: ${artifact.url}`);
    }
    catch (error) {
        io.setFailed(`Report artifact "${pending.name}" could not be uploaded after the gate step ended early: ${error.message}`);
    }
}
/** The cancellation goes into the report (or in its place) and into both operational logs. */
async function markCancelled(pending) {
    const entry = (0,_opslog_js__WEBPACK_IMPORTED_MODULE_3__/* .opsLogEntry */ .Bg)({
        mode: pending.mode,
        status: 'crashed',
        exitCode: null,
        decision: { verdict: 'abort', gateExitCode: 1 },
        failures: ['preflight gate: cancelled before a verdict'],
        operator: pending.operator,
        approvers: [],
        reason: '',
        ticket: '',
        runUrl: pending.runUrl,
    }, new Date(), 'GATE_CANCELLED', 'The gate step was cancelled or killed before it finished; the post step uploaded what it left.');
    await Promise.all([(0,_opslog_js__WEBPACK_IMPORTED_MODULE_3__/* .appendLines */ ._g)(pending.runOpsLog, [entry]), (0,_opslog_js__WEBPACK_IMPORTED_MODULE_3__/* .appendLines */ ._g)(pending.opsLog, [entry])]);
    const markdown = pending.markdown;
    // Reserved but never written: it holds only the gate's marker line.
    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(markdown) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(markdown)).size > _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .GATE_REPORT_MARKER */ .U$.length + 1;
    const note = [
        '',
        '## Cancelled',
        '',
        'The gate step was cancelled or killed before it finished. There is no verdict: DO NOT LAUNCH.',
        '',
    ].join('\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(markdown, written
        ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(markdown, 'utf8')) + note
        : `${_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .GATE_REPORT_MARKER */ .U$}\n# ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_TITLE */ .YI}\n\n**Status**: ❌ CANCELLED\n**Verdict**: ABORT\n${note}`);
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


/***/ })

};
