export const id = 825;
export const ids = [825];
export const modules = {

/***/ 69825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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


/***/ })

};
