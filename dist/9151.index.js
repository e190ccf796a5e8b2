export const id = 9151;
export const ids = [9151,6568,8599];
export const modules = {

/***/ 6568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coreIo: () => (/* binding */ coreIo)
/* harmony export */ });
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89635);
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82902);
/* harmony import */ var _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1170);
/* harmony import */ var _node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4679);
// The real ActionIo, on @actions/core's own command modules. The package's entry point also
// loads its OIDC client (and with it an HTTP stack: half the start-up of the verdict path) that
// no entry point here uses, so the modules that speak the runner's protocol are imported
// directly: workflow commands, file commands and the job summary.




function coreIo(env = process.env) {
    const annotate = (command) => (message, properties = {}) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)(command, (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandProperties */ .k)(properties), message);
    const fileCommand = (file, name, value) => {
        // Outside a runner (or an old one) there is no file: fall back to the stdout command.
        if (env[`GITHUB_${file}`])
            (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueFileCommand */ .n)(file, (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareKeyValueMessage */ .v)(name, value));
        else
            (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)(file === 'OUTPUT' ? 'set-output' : 'save-state', { name }, value);
    };
    return {
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setOutput: (name, value) => fileCommand('OUTPUT', name, value),
        setSecret: (value) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('add-mask', {}, value),
        info: (message) => process.stdout.write(message + '\n'),
        notice: annotate('notice'),
        warning: annotate('warning'),
        error: annotate('error'),
        setFailed: (message) => {
            process.exitCode = 1;
            annotate('error')(message);
        },
        group: async (name, body) => {
            (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .s)('group', name);
            try {
                return await body();
            }
            finally {
                (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .s)('endgroup');
            }
        },
        writeSummary: async (markdown) => {
            if (env.GITHUB_STEP_SUMMARY)
                await _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .summary */ .z.addRaw(markdown).write();
        },
        saveState: (name, value) => fileCommand('STATE', name, value),
        getState: (name) => env[`STATE_${name}`] ?? '',
        stdout: process.stdout,
    };
}


/***/ }),

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

/***/ 80342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GATE_OUTPUTS: () => (/* binding */ GATE_OUTPUTS),
/* harmony export */   readActionInputs: () => (/* binding */ readActionInputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58825);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4953);
/* harmony import */ var _approval_flow_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61891);
/* harmony import */ var _approval_github_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63944);
/* harmony import */ var _approval_publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74156);
/* harmony import */ var _action_core_io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6568);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(69308);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(13);
/* harmony import */ var _artifact_state_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85703);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(59814);
/* harmony import */ var _report_messages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(26916);
/* harmony import */ var _runner_suite_job_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(30358);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(43394);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(54020);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3390);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8609);
// The gate action: reads the inputs, runs the engine, then publishes the verdict (log,
// annotations, outputs, job summary) and fails the step on every verdict but `proceed`.




















/** The gate's outputs, as in action.yml. */
const GATE_OUTPUTS = [
    'verdict',
    'status',
    'exit-code',
    'gate-exit-code',
    'override',
    'report-path',
    'report-json-path',
    'report-digest',
    'junit-path',
    'artifact-id',
    'artifact-url',
    'failed-checks',
];
/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10;
/** Bounds on what one run puts into outputs and annotations. */
const MAX_FAILED_CHECKS_OUTPUT = 100;
const MAX_ANNOTATION_CHARS = 4000;
function readActionInputs(io, env) {
    const raw = {};
    for (const name of _settings_js__WEBPACK_IMPORTED_MODULE_16__/* .INPUT_NAMES */ .Qh)
        raw[name] = io.getInput(name);
    // Not set at all (no action.yml default applied): the default; set empty: append nothing.
    if (env['INPUT_SUBSET-ARGS'] === undefined)
        delete raw['subset-args'];
    // `mode` is required: an empty value is reported as missing, not as a wrong value.
    if (raw.mode === '')
        delete raw.mode;
    return raw;
}
/** Defaults to the real runner, so tools such as @github/local-action can call `run()`. */
async function run(env = process.env, deps = { io: (0,_action_core_io_js__WEBPACK_IMPORTED_MODULE_9__.coreIo)(env) }) {
    const { io } = deps;
    let result = null;
    let ending = 'written';
    const raw = readActionInputs(io, env);
    const runUrl = (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrlFromEnv */ .kk)(env);
    const operator = env.GITHUB_ACTOR || node_os__WEBPACK_IMPORTED_MODULE_2__.userInfo().username;
    try {
        const now = deps.now ?? (() => new Date());
        const plan = (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .planGate */ .ft)(raw, {
            operator,
            runUrl,
            env,
            secretCustody: deps.secretCustody,
            uploadsReports: true,
            verifiesApprovals: true,
        }, now());
        result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPlan */ .gj)(plan, {
            now,
            hostName: node_os__WEBPACK_IMPORTED_MODULE_2__.hostname(),
            echo: io.stdout,
            signal: deps.signal,
            // The suite's output in a log group, with workflow commands stopped while it prints.
            runSuite: (job) => io.group('Smoke suite output', () => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_15__/* .withWorkflowCommandsStopped */ .rQ)(io.stdout, () => (0,_runner_suite_job_js__WEBPACK_IMPORTED_MODULE_13__/* .runSuiteJob */ .Z)(job))),
            recordPendingUpload: (pending) => (0,_artifact_state_js__WEBPACK_IMPORTED_MODULE_10__/* .saveState */ .LZ)(io, 'pending-upload', pending),
            uploadReports: (pending) => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_18__/* .uploadPendingReports */ .Ay)(pending, env, deps.uploadArtifact),
            verifyApproval: deps.verifyApproval ?? ((request) => (0,_approval_flow_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyGateOverride */ .tf)(request, runUrl, env)),
        });
        ending = result.run.upload?.kind ?? 'written';
        announceApproval(io, result.run);
        if (result.run.upload?.kind === 'skipped' && result.run.upload.reason === _artifact_upload_js__WEBPACK_IMPORTED_MODULE_18__/* .NO_ARTIFACT_SERVICE */ .$T) {
            io.notice('Report artifact not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset, as outside GitHub Actions).');
        }
        // Announced by the suite inside the stop-commands window: announce them where they count.
        for (const mask of result.masks)
            io.setSecret(mask);
        publish(io, result, await reportDigest(result.paths.json));
        await commentOnTrackingIssue(io, env, result);
    }
    catch (error) {
        // The gate itself failed before it could decide: fail closed.
        const mode = raw.mode === 'paper' || raw.mode === 'live' ? raw.mode : null;
        const decision = (0,_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .decide */ .LD)({
            mode: (0,_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .modeOrStrictest */ .uh)(mode),
            status: 'crashed',
            forceStart: false,
            approvalVerified: false,
            facts: ['gate-error'],
        });
        (0,_action_io_js__WEBPACK_IMPORTED_MODULE_19__/* .setOutputs */ .n)(io, {
            ...emptyOutputs(),
            verdict: decision.verdict,
            status: 'crashed',
            'gate-exit-code': String(decision.gateExitCode),
        });
        const message = `❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED: ${error.message}. The gate could not complete, so the launch is blocked; fix the cause and re-run.`;
        io.setFailed(message);
        // Even a failed gate leaves its abort in the operational log, where it can.
        const entry = (0,_opslog_js__WEBPACK_IMPORTED_MODULE_17__/* .opsLogEntry */ .Bg)({
            mode,
            status: 'crashed',
            exitCode: null,
            decision,
            failures: ['preflight gate: error before a verdict'],
            operator,
            approvers: [],
            reason: '',
            ticket: '',
            runUrl,
        }, new Date(), 'GATE_ERROR', error.message);
        await (0,_opslog_js__WEBPACK_IMPORTED_MODULE_17__/* .appendOpsLog */ .$G)(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(raw['report-dir'] || _settings_js__WEBPACK_IMPORTED_MODULE_16__/* .DEFAULT_REPORT_DIR */ .dw), [entry]).catch((logError) => io.warning(`The gate error could not be logged: ${logError.message}`));
    }
    finally {
        // The post step reads this: main finished, so nothing is mislabelled as cancelled.
        (0,_artifact_state_js__WEBPACK_IMPORTED_MODULE_10__/* .saveState */ .LZ)(io, 'main-ending', ending);
        await writeSummary(io, result);
    }
}
/** What the approval's verification found beyond the verdict: the ticket it opened, warnings. */
function announceApproval(io, run) {
    if (!run.approval)
        return;
    if (run.approval.ticketUrl)
        io.info(`Follow-up ticket: ${run.approval.ticketUrl}`);
    for (const warning of run.approval.warnings)
        io.warning(warning);
}
/** With ops-log-issue, every entry of this run also goes to the tracking issue. */
async function commentOnTrackingIssue(io, env, { run, settings }) {
    if (!settings?.opsLogIssue || run.opsLog.length === 0)
        return;
    try {
        const client = await (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_7__/* .createGitHubClient */ .LX)(settings.githubToken, env);
        await (0,_approval_publish_js__WEBPACK_IMPORTED_MODULE_8__/* .commentOpsLog */ .Ad)(client, (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_7__/* .runRefFromEnv */ .eR)(env), settings.opsLogIssue, run.opsLog);
    }
    catch (error) {
        io.warning(`Operational log not posted to issue #${settings.opsLogIssue}: ${error.message} (it is in the report directory and this summary).`);
    }
}
function emptyOutputs() {
    return Object.fromEntries(GATE_OUTPUTS.map((name) => [name, '']));
}
/**
 * SHA-256 of the JSON report as the gate left it: `require` with this digest accepts only that
 * report. '' when it could not be read (a write failure is already a fact of the run).
 */
async function reportDigest(file) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file))
            .digest('hex');
    }
    catch {
        return '';
    }
}
function publish(io, { run, paths }, digest) {
    const { outcome, decision } = run;
    const banner = (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .runBanner */ .qO)(run, _model_js__WEBPACK_IMPORTED_MODULE_11__/* .ACTION_WORDS */ .dC);
    const text = (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .consoleBanner */ .g3)(banner, paths.markdown);
    if (banner.severity === 'warning')
        io.warning(text, { title: banner.title });
    else
        io.info(text);
    annotate(io, run);
    if (run.upload?.kind === 'failed')
        io.warning(run.upload.note);
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    const listed = failed
        .slice(0, MAX_FAILED_CHECKS_OUTPUT)
        .map((c) => ({ name: c.name, level: c.level, message: c.message.slice(0, 500) }));
    if (failed.length > MAX_FAILED_CHECKS_OUTPUT) {
        listed.push({ omitted: failed.length - MAX_FAILED_CHECKS_OUTPUT });
    }
    const outputs = {
        verdict: decision.verdict,
        status: outcome.status,
        'exit-code': outcome.exitCode === null ? '' : String(outcome.exitCode),
        'gate-exit-code': String(decision.gateExitCode),
        override: decision.grantedOverride ?? '',
        'report-path': paths.markdown,
        'report-json-path': paths.json,
        'report-digest': digest,
        'junit-path': paths.junit,
        'artifact-id': run.upload?.kind === 'uploaded' ? String(run.upload.id) : '',
        'artifact-url': run.upload?.kind === 'uploaded' ? run.upload.url : '',
        'failed-checks': JSON.stringify(listed),
    };
    // The run is redacted already; the outputs the gate sets itself (verdict, status) stay exact.
    (0,_action_io_js__WEBPACK_IMPORTED_MODULE_19__/* .setOutputs */ .n)(io, outputs);
    if ((0,_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .stepFails */ .ug)(decision)) {
        io.setFailed(bounded(`${text}\n${outcome.notes.join('\n')}`.trim()));
    }
}
/** A failed check's own level decides: P0 an error, P1/P2 a warning; at most 10 of each. */
function annotate(io, run) {
    const { outcome, decision } = run;
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    const errors = [];
    const warnings = [];
    for (const check of failed) {
        const line = `${check.level} ${check.name}: ${check.message}${check.remediation ? ` — ${check.remediation}` : ''}`;
        (check.level === 'P0' ? errors : warnings).push(bounded(line, 1000));
    }
    if (failed.length === 0 && outcome.status !== 'passed') {
        const note = [(0,_report_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .runBanner */ .qO)(run, _model_js__WEBPACK_IMPORTED_MODULE_11__/* .ACTION_WORDS */ .dC).title, ...outcome.notes].join(' — ');
        (decision.hardAbort ? errors : warnings).push(bounded(note));
    }
    emitCapped(errors, (m, title) => io.error(m, { title }), 'Preflight: P0');
    emitCapped(warnings, (m, title) => io.warning(m, { title }), 'Preflight: P1 / P2');
}
function emitCapped(messages, emit, title) {
    const shown = messages.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : messages.length;
    for (const m of messages.slice(0, shown))
        emit(m, title);
    if (messages.length > shown) {
        const rest = messages.slice(shown);
        emit(bounded(`${rest.length} more (see the report): ${rest.join(' | ')}`), `${title} (grouped)`);
    }
}
function bounded(text, max = MAX_ANNOTATION_CHARS) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
async function writeSummary(io, result) {
    try {
        let markdown = '## ❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED\n\nThe gate failed before it could decide; see the step log.\n';
        if (result) {
            const upload = result.run.upload;
            const links = result.redactor.redactDeep({
                reportPath: node_path__WEBPACK_IMPORTED_MODULE_3__.relative(process.cwd(), result.paths.markdown),
                ...(upload?.kind === 'uploaded' && { artifactUrl: upload.url }),
            });
            markdown = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_14__/* .fitSummary */ .mW)((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_14__/* .renderSummary */ .Br)(result.run, links), links);
        }
        await io.writeSummary(markdown);
    }
    catch (error) {
        io.warning(`Could not write the job summary: ${error.message}`);
    }
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   mW: () => (/* binding */ fitSummary)
/* harmony export */ });
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54020);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63021);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20944);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26916);
// The job summary: the verdict in the source document's words (docs/source-document.md), the
// results, what to do next, what reviewers are asked to approve, and the run's metadata.









/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run, links) {
    const { outcome, decision } = run;
    // The job summary is the action's: its words.
    const banner = (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .runBanner */ .qO)(run, _model_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTION_WORDS */ .dC);
    const lines = [`## ${banner.title}`, ''];
    for (const line of banner.lines.filter((l) => l.trim() !== ''))
        lines.push(`> ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(line.trim(), 1000)}`);
    lines.push('', `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .STATUS_LINE */ .qn[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`, '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsTable */ .r6)(run), 
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceLines */ .p1)(run, '###', false));
    if (outcome.notes.length > 0) {
        lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .flakyLines */ .lw)(run, '###'));
    const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation);
    if (failed.length > 0) {
        lines.push('', '### Remediation', ...failed.map((c) => `- **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.remediation ?? '', 2000)}`));
    }
    if (decision.verdict === 'approval-required')
        lines.push('', ...approvalRequest(run));
    if (run.approval)
        lines.push('', '### Approval', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .approvalLines */ .Jg)(run));
    lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .isolationLines */ .cE)(run, '###'));
    if (banner.nextSteps.length > 0) {
        lines.push('', '### What to do next', ...banner.nextSteps.map((s, i) => `${i + 1}. ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(s, 1000)}`));
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', '<details><summary>Suite output (end)</summary>', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(outcome.outputTail.slice(-16 * 1024)), '', '</details>');
    }
    if (run.opsLog.length > 0) {
        lines.push('', '### Operational log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    lines.push('', '### Run', `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')} · duration: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(outcome.durationMs)}`, `- Suite: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.source)}`, `- Operator: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.operator)}`, `- Report: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(links.reportPath)}`);
    if (run.provenance)
        lines.push(...provenanceLines(run.provenance));
    if (links.artifactUrl)
        lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`);
    for (const report of outcome.suiteReports ?? []) {
        const name = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(report));
        lines.push(`- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`);
    }
    if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
        lines.push(`- Appended to the command: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`);
    }
    if (run.runUrl)
        lines.push(`- Run: ${encodeURI(run.runUrl)}`);
    return lines.join('\n') + '\n';
}
/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p) {
    const value = (v) => (v ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(v) : '_unknown_');
    const lines = [
        `- Host: ${value(p.host)} · runner: ${value(p.runnerName)}`,
        `- Commit: ${value(p.sha)} · ref: ${value(p.ref)} · repository: ${value(p.repository)}`,
        `- Workflow: ${value(p.workflow)} · job: ${value(p.job)} · run ${value(p.runId)} attempt ${value(p.runAttempt)}`,
    ];
    if (p.matrix)
        lines.push(`- Matrix: ${value((0,_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .matrixLabel */ .Uy)(p.matrix))}`);
    return lines;
}
/** Exactly what reviewers are asked to approve. */
function approvalRequest(run) {
    const override = run.decision.requestedOverride;
    const lines = ['### Approval requested', ''];
    lines.push(`- Override: \`${override}\` in ${run.mode?.toUpperCase()} mode`);
    if (override === 'force-start') {
        const p1 = run.outcome.checks.filter((c) => c.status === 'failed' && c.level === 'P1');
        if (p1.length === 0)
            lines.push('- Failed P1 checks: the suite exited 2 without per-check results');
        for (const c of p1)
            lines.push(`- Failed P1 check **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.message)}`);
    }
    lines.push(`- Reason: ${run.reason ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.reason, 2000) : '_none given_'}`, `- Ticket: ${run.ticket ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.ticket) : '_none given_'}`, ...(override === 'force-start'
        ? [
            `- Expected impact: ${run.impact ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.impact, 2000) : '_none given_'}`,
            `- Mitigation plan: ${run.mitigation ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.mitigation, 2000) : '_none given_'}`,
        ]
        : []), `- Requested by: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.operator)}`, `- Approve in environment: ${run.approvalEnvironment ? `\`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`, `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${override && (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .commentRequired */ .zY)((0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOrStrictest */ .uh)(run.mode), override) ? ', each with a comment' : ''}`);
    return lines;
}
/**
 * Cuts a summary that would pass GitHub's limit: keeps its head (verdict, table start) and
 * points to where the whole report is.
 */
function fitSummary(markdown, links, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const where = links.artifactUrl
        ? `the [report artifact](${encodeURI(links.artifactUrl)})`
        : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(links.reportPath);
    const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`;
    const head = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateBytes */ .QY)(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64);
    // Close an HTML block left open by the cut, so the note renders.
    const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length;
    return head + (open > 0 ? '</code></pre>' : '') + note;
}


/***/ }),

/***/ 89635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4679);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 82902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ issueFileCommand),
/* harmony export */   v: () => (/* binding */ prepareKeyValueMessage)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4679);
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(filePath, `${(0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(message)}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    const convertedValue = (0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${convertedValue}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL, markdownSummary */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

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


/***/ })

};
