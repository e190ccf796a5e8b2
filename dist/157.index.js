export const id = 157;
export const ids = [157];
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

/***/ 27157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GATE_OUTPUTS: () => (/* binding */ GATE_OUTPUTS),
  readActionInputs: () => (/* binding */ readActionInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
// EXTERNAL MODULE: ./lib/redact.js
var redact = __webpack_require__(25078);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/report/messages.js
// The source document's console messages, adapted from "trading" to "launching", per outcome
// and mode. Used by the CLI, the job log, the job summary and the step's failure message.

function banner(input) {
    const { status, decision } = input;
    const live = input.mode === 'live';
    const mode = (0,lib_decision/* modeOrStrictest */.uh)(input.mode);
    if (input.reportUploadFailed && live) {
        return hardAbort(live, 'REPORT UPLOAD FAILED', 'The report could not be uploaded as an artifact: no evidence, no launch.', [
            'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
        ]);
    }
    switch (status) {
        case 'passed':
            return { title: '✅ Health checks passed', lines: [], nextSteps: [], severity: 'info' };
        case 'p2-warned':
            return {
                title: '⚠️  P2 warnings detected (non-critical) - proceeding',
                lines: [],
                nextSteps: [
                    'Document the warnings in the operational notes and schedule a fix during maintenance.',
                ],
                severity: 'warning',
            };
        case 'p0-failed':
            return {
                title: live
                    ? '❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED'
                    : '❌ P0 HEALTH CHECK FAILURE - ABORTING LAUNCH',
                lines: live
                    ? [
                        'Infrastructure is broken. DO NOT START THE LIVE LAUNCH.',
                        'Fix P0 issues and re-run smoke test before attempting LIVE.',
                    ]
                    : ['Infrastructure is broken. DO NOT LAUNCH.', 'Fix P0 issues and re-run smoke test.'],
                nextSteps: [
                    'Fix the infrastructure issue (no override exists for P0 failures).',
                    'Re-run the smoke test.',
                    'Retry the launch.',
                ],
                severity: 'error',
            };
        case 'p1-failed':
            return p1Banner(mode, decision, input);
        case 'skipped':
            return skipBanner(mode, decision, input);
        case 'timeout':
            return hardAbort(live, 'SMOKE TEST TIMEOUT', 'The smoke test ran past its time limit and was killed.', [
                'Find the hanging check (see the output tail), fix it or raise "timeout-seconds", and re-run.',
            ]);
        case 'crashed':
            return hardAbort(live, 'SMOKE TEST CRASHED', 'The smoke test itself failed to run to completion.', ['Read the suite output below, fix the crash, and re-run the smoke test.']);
        case 'missing':
            return hardAbort(live, 'SMOKE TEST NOT FOUND', 'The smoke test script or program does not exist.', [
                'Check "command" (or "suite") and "working-directory", and that the suite is installed on the runner.',
            ]);
        case 'invalid':
            return hardAbort(live, 'CONFIG VALIDATION FAILED', 'The gate configuration or suite file is invalid.', ['Fix the inputs or the suite file as the errors below say, and re-run.']);
    }
}
function hardAbort(live, what, why, nextSteps) {
    return {
        title: `❌ ${what} - ${live ? 'LAUNCH ABORTED' : 'ABORTING LAUNCH'}`,
        lines: [why, live ? 'DO NOT START THE LIVE LAUNCH.' : 'DO NOT LAUNCH.'],
        nextSteps,
        severity: 'error',
    };
}
function rolesLines(mode, override) {
    const roles = lib_decision/* OVERRIDE_POLICY */.gd[mode][override].roles;
    return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)];
}
function approvalLines(mode, override, input) {
    const lines = rolesLines(mode, override);
    if (input.approvalEnvironment) {
        const count = input.requiredApprovals ?? 1;
        lines.push(`⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`);
    }
    else {
        lines.push('⚠️  Approval is given by reviewers of a protected environment: run the authorize job, or set "approval-environment".');
    }
    return lines;
}
function p1Banner(mode, decision, input) {
    const live = mode === 'live';
    const head = live
        ? ['Core functionality may be impaired.', 'LAUNCHING LIVE WITH P1 FAILURES IS EXTREMELY RISKY.']
        : ['Core functionality may be impaired.'];
    const title = live
        ? '🚨 P1 HEALTH CHECK FAILURES DETECTED 🚨'
        : '⚠️  P1 HEALTH CHECK FAILURES DETECTED';
    const nextSteps = [
        'RECOMMENDED: fix the P1 issue and re-run the smoke test.',
        `Override: approval by ${lib_decision/* OVERRIDE_POLICY */.gd[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then "force-start: true".`,
    ];
    if (decision.grantedOverride === 'force-start') {
        return {
            title: '🚨 FORCE START ENABLED - PROCEEDING WITH P1 FAILURES 🚨',
            lines: [
                ...head,
                ...rolesLines(mode, 'force-start'),
                '⚠️  Approved, and recorded in the operational log.',
                'Monitor the session closely and fix the P1 issue (P0 ticket).',
            ],
            nextSteps: ['Monitor the launch closely.', 'Fix the P1 issue under the follow-up ticket.'],
            severity: 'warning',
        };
    }
    if (decision.verdict === 'approval-required') {
        return {
            title,
            lines: [
                ...head,
                '🚨 FORCE START REQUESTED - WAITING FOR APPROVAL 🚨',
                ...approvalLines(mode, 'force-start', input),
                'Launch blocked until the approval is verified.',
            ],
            nextSteps,
            severity: 'error',
        };
    }
    return {
        title,
        lines: [
            ...head,
            '',
            'Options:',
            '  1. ABORT and fix P1 issues (RECOMMENDED)',
            '  2. Force start with force-start (REQUIRES APPROVAL)',
            '',
            'Aborting launch for safety.',
        ],
        nextSteps,
        severity: 'error',
    };
}
function skipBanner(mode, decision, input) {
    const live = mode === 'live';
    const title = live
        ? '🚨 HEALTH CHECKS SKIPPED (skip-health-check) 🚨'
        : '⚠️  HEALTH CHECKS SKIPPED (skip-health-check)';
    const warning = live
        ? [
            '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
            '⚠️  Skipping health checks can result in REAL MONEY LOSS',
            `⚠️  This override MUST be approved by ${lib_decision/* OVERRIDE_POLICY */.gd.live.skip.roles.join(' and ')}`,
        ]
        : ['⚠️  This is NOT RECOMMENDED for production use'];
    const nextSteps = [
        'Get written approval (a reviewer of the protected environment, with a comment).',
        'Document the reason and the ticket (inputs "reason" and "ticket").',
        'Create a ticket to fix the underlying issue and re-enable health checks after the emergency.',
    ];
    if (decision.grantedOverride === 'skip') {
        return {
            title,
            lines: [
                ...warning,
                '⚠️  Approved, and recorded in the operational log. Proceeding without health checks.',
            ],
            nextSteps,
            severity: 'warning',
        };
    }
    return {
        title,
        lines: [
            ...warning,
            ...approvalLines(mode, 'skip', input),
            'Launch blocked until the approval is verified.',
        ],
        nextSteps,
        severity: 'error',
    };
}
/** The banner framed as the source document prints it on a console. */
function consoleBanner(b, reportPath) {
    const rule = '='.repeat(80);
    const out = [b.title];
    const showReport = reportPath !== undefined && b.severity === 'error';
    if (b.lines.length > 0 || showReport) {
        out.push(rule, ...b.lines);
        if (showReport) {
            out.push('', 'To view detailed report:', `  ${reportPath}`);
        }
        out.push(rule);
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/report/model.js
var report_model = __webpack_require__(5747);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/retention/prune.js
// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name); the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.





const ARCHIVE_DIR = 'archive';
const LOCK_FILE = '.prune.lock';
const DAY_MS = 24 * 60 * 60 * 1000;
const REPORT_NAME = /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/;
const ROTATED_LOG = /^operational-log-\d{4}-\d{2}(?:_\d+)?\.jsonl$/;
/** The time in a report's name, or null for any other file. */
function reportTime(name) {
    const m = REPORT_NAME.exec(name);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return Number.isNaN(date.getTime()) ? null : date;
}
function isRotatedLog(name) {
    return ROTATED_LOG.test(name);
}
async function pruneReports(reportDir, retentionDays, now) {
    const result = { archived: {}, rotatedLog: null, busy: false };
    if (retentionDays === 0)
        return result;
    let entries;
    try {
        entries = await (0,promises_.readdir)(reportDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return result;
        throw error;
    }
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const byMonth = new Map();
    for (const name of entries) {
        const time = reportTime(name);
        if (time === null || time.getTime() >= cutoff)
            continue;
        // Never follow a link or read a FIFO named like a report.
        if (!(await (0,promises_.lstat)(external_node_path_.join(reportDir, name))).isFile())
            continue;
        const month = time.toISOString().slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), external_node_path_.join(reportDir, name)]);
    }
    const logMonth = await firstEntryMonth(external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np));
    const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7);
    if (byMonth.size === 0 && !rotate)
        return result;
    const archiveDir = external_node_path_.join(reportDir, ARCHIVE_DIR);
    await (0,promises_.mkdir)(archiveDir, { recursive: true });
    if (!(await takeLock(archiveDir)))
        return { ...result, busy: true };
    try {
        await removeLeftovers(archiveDir);
        // Loaded only when there is something to archive: the gate's verdict path does not pay for tar.
        const { archiveFiles } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 21604));
        for (const [month, files] of [...byMonth].sort()) {
            const archive = external_node_path_.join(archiveDir, `${month}.tar.gz`);
            await archiveFiles(archive, files.sort());
            result.archived[archive] = files.map((f) => external_node_path_.basename(f));
        }
        if (rotate)
            result.rotatedLog = await rotateLog(reportDir, archiveDir, logMonth);
    }
    finally {
        await (0,promises_.rm)(external_node_path_.join(archiveDir, LOCK_FILE), { force: true });
    }
    return result;
}
/** The month (YYYY-MM) of the log's first entry; null when there is no log or no readable entry. */
async function firstEntryMonth(file) {
    let handle;
    try {
        handle = await (0,safe_file/* openRegularForReading */.KR)(file);
    }
    catch {
        return null;
    }
    try {
        const buffer = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
        const match = /"timestamp":"(\d{4}-\d{2})-/.exec(firstLine);
        return match?.[1] ?? null;
    }
    finally {
        await handle.close();
    }
}
/** Renames the log into the archive directory (atomic; writers reopen it by name). */
async function rotateLog(reportDir, archiveDir, month) {
    for (let attempt = 1; attempt <= 100; attempt++) {
        const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`;
        const target = external_node_path_.join(archiveDir, name);
        try {
            await (await (0,promises_.open)(target, 'wx')).close();
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        await (0,promises_.rename)(external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np), target);
        return target;
    }
    throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`);
}
/** One prune at a time per directory; a lock left by a process that died is taken over. */
async function takeLock(archiveDir) {
    const lock = external_node_path_.join(archiveDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,promises_.writeFile)(lock, processIdentity(process.pid), { flag: 'wx' });
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // The holder is its pid and start time: a pid the system reused for another process after
        // the holder died does not keep the lock.
        const [pid, started = ''] = (await readSmall(lock)).split(' ');
        const holder = Number(pid);
        if (Number.isInteger(holder) &&
            holder > 0 &&
            processAlive(holder) &&
            (started === '' || processIdentity(holder) === `${holder} ${started}`))
            return false;
        await (0,promises_.unlink)(lock).catch(() => undefined);
    }
    return false;
}
async function readSmall(file) {
    try {
        const handle = await (0,safe_file/* openRegularForReading */.KR)(file);
        try {
            const buffer = Buffer.alloc(64);
            const { bytesRead } = await handle.read(buffer, 0, 64, 0);
            return buffer.subarray(0, bytesRead).toString('utf8').trim();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}
/** `pid starttime` (Linux /proc; elsewhere the pid alone). */
function processIdentity(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
        return started ? `${pid} ${started}` : String(pid);
    }
    catch {
        return String(pid);
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Temporary archives and staging directories of a prune that was killed: never the only copy. */
async function removeLeftovers(archiveDir) {
    for (const name of await (0,promises_.readdir)(archiveDir)) {
        if (/^\.staging-/.test(name) || /^\..+\.tar\.gz\.tmp-\d+$/.test(name)) {
            await (0,promises_.rm)(external_node_path_.join(archiveDir, name), { recursive: true, force: true });
        }
    }
}
/** Retention after a gate run: a failure never changes the verdict, it only adds a note. */
async function retainAfterRun(notes, reportDir, retentionDays, now) {
    if (retentionDays === undefined)
        return;
    try {
        await pruneReports(reportDir, retentionDays, now);
    }
    catch (error) {
        notes.push(`Old reports could not be archived (report-retention-days): ${error.message}. Nothing was removed that is not archived; run "preflight prune" to retry.`);
    }
}

// EXTERNAL MODULE: ./lib/runner/environment.js
var environment = __webpack_require__(63311);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/runner/suite-log.js
// The built-in suite's `.output.log`, like a command suite's: what it printed while it ran,
// then each check's own output (kept for failed checks), so every run leaves one.

async function writeSuiteOutputLog(file, outcome) {
    const parts = [outcome.outputTail.replace(/\n?$/, '\n')];
    if (outcome.outputTruncated) {
        parts.unshift('[preflight] only the end of the suite output was kept\n');
    }
    for (const check of outcome.checks) {
        if (check.output)
            parts.push(`\n=== ${check.name} (${check.level}) ===\n${check.output.replace(/\n?$/, '\n')}`);
    }
    await (0,promises_.writeFile)(file, parts.join(''), 'utf8');
}

// EXTERNAL MODULE: ./lib/runner/tracking.js
var tracking = __webpack_require__(19701);
// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var artifact_upload = __webpack_require__(13);
;// CONCATENATED MODULE: ./lib/engine.js
// The gate's engine, shared by the action and the CLI, in named phases:
//   configure → run suite → settle → write → publish
// `settle` is pure: it turns the facts known so far (the suite's outcome, an approval, an upload
// result) into one decided GateRun, and runs again whenever a new fact arrives. The engine knows
// nothing of @actions/*: the caller hands in where output goes, how approvals are verified and how
// reports are published.






















async function runGate(raw, ctx) {
    const config = await configure(raw, ctx);
    ctx.publisher?.reserve(config.pending);
    const { outcome, cancelled, logLost } = await runSuitePhase(config, ctx);
    await keepSuiteReports(config, outcome, ctx);
    const facts = {
        decidedAt: ctx.now(),
        cancelled,
        approval: null,
        upload: null,
        uploadSettledAt: null,
        writeError: logLost,
    };
    let run = settle(config, outcome, facts, ctx);
    // Single-job flow: this job is bound to the approval environment, so verify inline.
    const request = approvalRequest(config, run);
    if (request && ctx.verifyApproval && !cancelled) {
        facts.approval = await verifySafely(ctx.verifyApproval, request);
        run = settle(config, outcome, facts, ctx);
    }
    let logged = await write(config, run, facts);
    if (facts.writeError !== null) {
        run = settle(config, outcome, facts, ctx);
        logged = await write(config, run, facts, logged);
    }
    if (ctx.publisher && !cancelled) {
        facts.upload = await ctx.publisher.upload(config.pending);
        facts.uploadSettledAt = ctx.now();
        run = settle(config, outcome, facts, ctx);
        if (facts.upload.kind === 'failed')
            await write(config, run, facts, logged);
    }
    // Reports older than report-retention-days go into the archive (not while answering a
    // cancellation, which must be quick); a failure only adds a note.
    if (!cancelled)
        await retainAfterRun(run.outcome.notes, config.reportDir, config.settings?.reportRetentionDays, ctx.now());
    return {
        run,
        paths: config.paths,
        settings: config.settings,
        masks: [...config.redactor.announced],
        redactor: config.redactor,
    };
}
// ── configure ──────────────────────────────────────────────────────────────────────────────
async function configure(raw, ctx) {
    const startedAt = ctx.now();
    const parsed = (0,lib_settings/* parseSettings */.P$)(raw);
    const settings = parsed.ok ? parsed.settings : null;
    const mode = parsed.ok ? parsed.settings.mode : parsed.mode;
    const reportDir = external_node_path_.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir);
    const paths = await (0,files/* reserveReportPaths */.XA)(reportDir, startedAt);
    const upload = settings ?? (0,lib_settings/* parseUploadSettings */.Gq)(raw);
    const trackingId = (0,tracking/* newTrackingId */.BA)();
    const redactor = new redact/* Redactor */.pO([raw['github-token']]);
    const named = settings?.redact ?? leniently(raw.redact);
    redactor.addVariables(named, ctx.env);
    return {
        startedAt,
        settings,
        inputErrors: parsed.ok ? [] : parsed.errors,
        mode,
        reportDir,
        paths,
        pending: {
            rootDirectory: reportDir,
            files: (0,files/* reportFiles */.IU)(paths),
            markdown: paths.markdown,
            runOpsLog: paths.runOpsLog,
            opsLog: paths.opsLog,
            name: upload.artifactName || (0,artifact_upload/* defaultArtifactName */.Vb)(mode, ctx.env),
            retentionDays: upload.retentionDays,
            uploadArtifact: upload.uploadArtifact,
            mode,
            operator: ctx.operator,
            runUrl: ctx.runUrl,
            trackingId,
            redact: named,
        },
        redactor,
        trackingId,
        source: settings
            ? settings.source.kind === 'command'
                ? settings.source.command
                : settings.source.path
            : (raw.command ?? raw.suite ?? ''),
    };
}
/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list) {
    return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
}
// ── run suite ──────────────────────────────────────────────────────────────────────────────
async function runSuitePhase(config, ctx) {
    const { settings } = config;
    if (!settings) {
        const outcome = (0,model/* outcomeWithoutChecks */.Yp)('invalid', config.inputErrors);
        return { outcome, cancelled: false, logLost: null };
    }
    if (settings.skipHealthCheck) {
        const note = 'Health checks were skipped on request (skip-health-check).';
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('skipped', [note]), cancelled: false, logLost: null };
    }
    const started = performance.now();
    const cancelled = cancellation(ctx.signal);
    let outcome;
    let wasCancelled = false;
    try {
        const result = await Promise.race([runSuite(settings, config, ctx), cancelled.promise]);
        wasCancelled = result === CANCELLED;
        outcome =
            result === CANCELLED
                ? (0,model/* outcomeWithoutChecks */.Yp)('crashed', [
                    'The gate was cancelled while the suite ran; the suite was stopped. There is no verdict: DO NOT LAUNCH.',
                ], performance.now() - started)
                : result;
    }
    catch (error) {
        outcome = (0,model/* outcomeWithoutChecks */.Yp)('crashed', [`The gate failed while running the suite: ${error.message}`], performance.now() - started);
    }
    finally {
        cancelled.dispose();
    }
    const leftovers = await (0,tracking/* killTrackedProcesses */.qJ)(config.trackingId);
    if (leftovers > 0) {
        outcome = {
            ...outcome,
            notes: [
                ...outcome.notes,
                `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
            ],
        };
    }
    for (const secret of outcome.secretValues ?? [])
        config.redactor.add(secret);
    let logLost = null;
    try {
        await redactOutputLog(config);
    }
    catch (error) {
        // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
        if (config.paths.outputLog)
            await (0,promises_.rm)(config.paths.outputLog, { force: true }).catch(() => { });
        logLost = `The output log could not be redacted (${error.message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`;
    }
    return { outcome, cancelled: wasCancelled, logLost };
}
const CANCELLED = Symbol('cancelled');
function cancellation(signal) {
    let onAbort = () => { };
    const promise = new Promise((resolve) => {
        onAbort = () => {
            (0,runner_process/* killActiveProcessTrees */.RS)();
            resolve(CANCELLED);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}
async function runSuite(settings, config, ctx) {
    const echo = config.redactor.stream();
    if (ctx.echo)
        echo.pipe(ctx.echo, { end: false });
    else
        echo.resume();
    const scope = {
        mode: settings.mode,
        subset: settings.subset,
        timeoutMs: settings.timeoutSeconds * 1000,
        cwd: external_node_path_.resolve(settings.workingDirectory),
        env: (0,environment/* sealedEnvironment */.sy)(ctx.env, settings.passEnv, config.trackingId),
        echo,
        killGraceMs: ctx.killGraceMs,
    };
    const around = ctx.aroundSuiteOutput ?? ((body) => body());
    const source = settings.source;
    return around(async () => {
        try {
            if (source.kind === 'suite') {
                // Loaded only for suite files, so the command path does not pay for the YAML parser.
                const { runSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(505), __webpack_require__.e(708), __webpack_require__.e(803)]).then(__webpack_require__.bind(__webpack_require__, 6803));
                const outcome = await runSuiteFile({ ...scope, path: source.path });
                if (config.paths.outputLog)
                    await writeSuiteOutputLog(config.paths.outputLog, outcome);
                return outcome;
            }
            const { runCommandSuite } = await Promise.all(/* import() */[__webpack_require__.e(708), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 64708));
            return await runCommandSuite({
                ...scope,
                command: source.command,
                outputLogPath: config.paths.outputLog ?? undefined,
                evidence: settings.evidence,
                reportDir: config.reportDir,
            });
        }
        finally {
            // The last partial line, then the end of the window that stops workflow commands.
            await new Promise((resolve) => echo.end(resolve));
        }
    });
}
/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(config) {
    const file = config.paths.outputLog;
    if (file === null || !(0,external_node_fs_.existsSync)(file))
        return;
    const learn = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
        if ((await learn.stat()).size === 0)
            return;
        const lines = (0,external_node_readline_.createInterface)({
            input: learn.createReadStream({ autoClose: false }),
            crlfDelay: Infinity,
        });
        for await (const line of lines)
            config.redactor.learnFromLine(line);
    }
    finally {
        await learn.close();
    }
    // A fresh name nobody could have planted a FIFO or a directory under.
    const redacted = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.redacting`);
    const source = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        const target = await (0,safe_file/* openRegularFile */.ZU)(redacted, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL);
        try {
            await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ autoClose: false }), config.redactor.stream(), target.createWriteStream());
            await (0,promises_.rename)(redacted, file);
        }
        catch (error) {
            await target.close().catch(() => undefined);
            await (0,promises_.rm)(redacted, { force: true });
            throw error;
        }
    }
    finally {
        await source.close();
    }
}
/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 */
async function keepSuiteReports(config, outcome, ctx) {
    const suiteReports = outcome.suiteReports ?? [];
    if (suiteReports.length === 0)
        return;
    if (suiteReports.some((f) => (0,files/* reportFiles */.IU)(config.paths).includes(f))) {
        const outputLog = config.paths.outputLog;
        config.paths = { ...(await (0,files/* reserveReportPaths */.XA)(config.reportDir, config.startedAt)), outputLog };
        config.pending.markdown = config.paths.markdown;
        config.pending.runOpsLog = config.paths.runOpsLog;
    }
    config.pending.files = [...(0,files/* reportFiles */.IU)(config.paths), ...suiteReports];
    ctx.publisher?.reserve(config.pending);
}
// ── settle ─────────────────────────────────────────────────────────────────────────────────
/** The facts so far → one decided, redacted run. Pure but for reading the clock via facts. */
function settle(config, outcome, facts, ctx) {
    const { settings } = config;
    const mode = (0,lib_decision/* modeOrStrictest */.uh)(config.mode);
    const requested = (0,lib_decision/* requestedOverride */.j0)(outcome.status, settings?.forceStart ?? false);
    const requiredApprovals = config.mode && requested ? (0,lib_decision/* overridePolicy */.PA)(config.mode, requested).requiredApprovals : 0;
    const evidenceLost = facts.upload?.kind === 'failed' || facts.writeError !== null;
    const input = {
        mode,
        status: outcome.status,
        forceStart: settings?.forceStart ?? false,
        approvalVerified: facts.approval?.granted ?? false,
    };
    const decision = (0,lib_decision/* decide */.LD)({ ...input, reportUploadFailed: evidenceLost });
    const withoutLoss = (0,lib_decision/* decide */.LD)(input);
    const notes = [...outcome.notes];
    if (facts.writeError !== null)
        notes.push(facts.writeError);
    if (facts.upload?.kind === 'failed')
        notes.push(facts.upload.note);
    const run = {
        mode: config.mode,
        subset: settings?.subset ?? null,
        source: config.source,
        startedAt: config.startedAt,
        outcome: { ...outcome, notes },
        decision,
        approval: facts.approval,
        upload: facts.upload,
        banner: banner({
            mode: config.mode,
            status: outcome.status,
            decision,
            approvalEnvironment: settings?.approvalEnvironment,
            requiredApprovals,
            // The lost evidence headlines only when it is what stopped the launch.
            reportUploadFailed: withoutLoss.verdict !== 'abort' && decision.verdict === 'abort',
        }),
        opsLog: [],
        operator: ctx.operator,
        runUrl: ctx.runUrl,
        reason: settings?.reason ?? '',
        ticket: settings?.ticket ?? '',
        approvalEnvironment: settings?.approvalEnvironment ?? '',
        requiredApprovals,
        provenance: (0,provenance/* provenanceFromEnv */.f5)(ctx.env, config.mode),
    };
    const redacted = config.redactor.redactRun(run);
    redacted.opsLog = opsLogEntries(redacted, facts);
    return redacted;
}
/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
function runLogEntry(run, at, event, details) {
    return (0,opslog/* opsLogEntry */.Bg)(runLogSubject(run), at, event, details);
}
function runLogSubject(run) {
    return {
        ...run,
        status: run.outcome.status,
        exitCode: run.outcome.exitCode,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        approvers: run.approval?.approvers ?? [],
    };
}
/** One entry per failure, override request, approval outcome, lost evidence and cancellation. */
function opsLogEntries(run, facts) {
    const { outcome, decision, approval } = run;
    const entry = (event, details, at = facts.decidedAt) => runLogEntry(run, at, event, details);
    const entries = [];
    if (facts.cancelled) {
        entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? run.banner.title));
    }
    else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
        entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? run.banner.title));
    }
    const override = decision.requestedOverride;
    if (override) {
        const event = override === 'skip'
            ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
            : 'OVERRIDE_FORCE_START_REQUESTED';
        entries.push(entry(event, `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`));
        if (decision.grantedOverride) {
            const granted = override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
            entries.push(entry(granted, `approved in environment "${approval?.environment ?? ''}"`));
        }
        else if (approval) {
            entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')));
        }
    }
    const flaky = (0,report_model/* flakyCheckNames */.ib)(outcome);
    if (flaky.length > 0) {
        entries.push((0,opslog/* opsLogEntry */.Bg)({ ...runLogSubject(run), failures: flaky }, facts.decidedAt, 'FLAKY_CHECKS', `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`));
    }
    if (facts.writeError !== null)
        entries.push(entry('REPORT_WRITE_FAILED', facts.writeError));
    if (run.upload?.kind === 'failed') {
        entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined));
    }
    return entries;
}
function approvalRequest(config, run) {
    const { settings } = config;
    const override = run.decision.requestedOverride;
    if (run.decision.verdict !== 'approval-required' || !settings || !override)
        return null;
    if (settings.approvalEnvironment === '')
        return null;
    return {
        mode: settings.mode,
        override,
        environment: settings.approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        settings,
    };
}
async function verifySafely(verify, request) {
    try {
        return await verify(request);
    }
    catch (error) {
        return {
            granted: false,
            environment: request.environment,
            requiredApprovals: request.requiredApprovals,
            approvers: [],
            refusals: [`The approval could not be verified: ${error.message}`],
            warnings: [],
        };
    }
}
// ── write ──────────────────────────────────────────────────────────────────────────────────
/**
 * Writes the report files and appends the run's new log entries; returns how many entries are
 * in the log now. A failure to write is itself a fact (no evidence): it is recorded, never thrown.
 */
async function write(config, run, facts, alreadyLogged = 0) {
    const { paths } = config;
    if (paths.outputLog !== null && !(0,external_node_fs_.existsSync)(paths.outputLog)) {
        paths.outputLog = null;
        config.pending.files = (0,files/* reportFiles */.IU)(paths);
    }
    const failures = await (0,files/* writeReports */.Li)(run, paths);
    if (failures.length > 0 && facts.writeError === null) {
        facts.writeError = `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`;
    }
    try {
        await (0,opslog/* appendOpsLog */.$G)(config.reportDir, run.opsLog.slice(alreadyLogged));
    }
    catch (error) {
        facts.writeError ??= `The operational log could not be appended: ${error.message}.`;
    }
    return run.opsLog.length;
}

// EXTERNAL MODULE: ./lib/approval/flow.js + 1 modules
var flow = __webpack_require__(77045);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/publish.js
var publish = __webpack_require__(74156);
// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
// EXTERNAL MODULE: ./lib/action/io.js
var action_io = __webpack_require__(69308);
// EXTERNAL MODULE: ./lib/artifact/state.js
var state = __webpack_require__(85703);
// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
;// CONCATENATED MODULE: ./lib/main.js
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
    for (const name of lib_settings/* INPUT_NAMES */.Qh)
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
async function run(env = process.env, deps = { io: (0,core_io/* coreIo */.I)(env) }) {
    const { io } = deps;
    let result = null;
    let ending = 'written';
    const raw = readActionInputs(io, env);
    const runUrl = (0,github/* runUrlFromEnv */.kk)(env);
    const operator = env.GITHUB_ACTOR || external_node_os_.userInfo().username;
    try {
        result = await runGate(raw, {
            operator,
            runUrl,
            env,
            now: deps.now ?? (() => new Date()),
            echo: io.stdout,
            aroundSuiteOutput: (body) => io.group('Smoke suite output', () => (0,sanitize/* withWorkflowCommandsStopped */.rQ)(io.stdout, body)),
            signal: deps.signal,
            publisher: artifactPublisher(io, env, deps, (e) => (ending = e)),
            verifyApproval: deps.verifyApproval ??
                (async (request) => {
                    const check = await (0,flow/* verifyGateOverride */.tf)(request, runUrl, env);
                    if (check.ticketUrl)
                        io.info(`Follow-up ticket: ${check.ticketUrl}`);
                    for (const warning of check.warnings)
                        io.warning(warning);
                    return check;
                }),
        });
        // Announced by the suite inside the stop-commands window: announce them where they count.
        for (const mask of result.masks)
            io.setSecret(mask);
        main_publish(io, result);
        await commentOnTrackingIssue(io, env, result);
    }
    catch (error) {
        // The gate itself failed before it could decide: fail closed.
        (0,action_io/* setOutputs */.n)(io, {
            ...emptyOutputs(),
            verdict: 'abort',
            status: 'crashed',
            'gate-exit-code': '1',
        });
        const message = `❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED: ${error.message}. The gate could not complete, so the launch is blocked; fix the cause and re-run.`;
        io.setFailed(message);
        // Even a failed gate leaves its abort in the operational log, where it can.
        const entry = (0,opslog/* opsLogEntry */.Bg)({
            mode: raw.mode === 'paper' || raw.mode === 'live' ? raw.mode : null,
            status: 'crashed',
            exitCode: null,
            decision: { verdict: 'abort', gateExitCode: 1 },
            failures: ['preflight gate: error before a verdict'],
            operator,
            approvers: [],
            reason: '',
            ticket: '',
            runUrl,
        }, new Date(), 'GATE_ERROR', error.message);
        await (0,opslog/* appendOpsLog */.$G)(external_node_path_.resolve(raw['report-dir'] || lib_settings/* DEFAULT_REPORT_DIR */.dw), [entry]).catch((logError) => io.warning(`The gate error could not be logged: ${logError.message}`));
    }
    finally {
        // The post step reads this: main finished, so nothing is mislabelled as cancelled.
        (0,state/* saveState */.LZ)(io, 'main-ending', ending);
        await writeSummary(io, result);
    }
}
/** The action's upload policy: on unless turned off, skipped outside Actions, bounded in time. */
function artifactPublisher(io, env, deps, finish) {
    return {
        reserve: (pending) => (0,state/* saveState */.LZ)(io, 'pending-upload', pending),
        upload: async (pending) => {
            if (!pending.uploadArtifact) {
                finish('skipped');
                return { kind: 'skipped', reason: 'upload-artifact is false' };
            }
            if (!(0,artifact_upload/* artifactRuntimeAvailable */.Qf)(env)) {
                io.notice('Report artifact not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset, as outside GitHub Actions).');
                finish('skipped');
                return { kind: 'skipped', reason: 'no artifact service outside GitHub Actions' };
            }
            const upload = deps.uploadArtifact ?? artifact_upload/* uploadReportArtifact */.qw;
            try {
                const artifact = await upload({
                    files: pending.files,
                    rootDirectory: pending.rootDirectory,
                    name: pending.name,
                    retentionDays: pending.retentionDays,
                    timeoutMs: (0,artifact_upload/* uploadTimeoutMs */.n8)(env),
                }, env);
                finish('uploaded');
                return { kind: 'uploaded', name: pending.name, ...artifact };
            }
            catch (error) {
                finish('failed');
                const message = error.message;
                return {
                    kind: 'failed',
                    name: pending.name,
                    error: message,
                    note: (0,artifact_upload/* uploadFailureNote */.Gj)(pending.name, message, pending.mode),
                };
            }
        },
    };
}
/** With ops-log-issue, every entry of this run also goes to the tracking issue. */
async function commentOnTrackingIssue(io, env, { run, settings }) {
    if (!settings?.opsLogIssue || run.opsLog.length === 0)
        return;
    try {
        const client = await (0,github/* createGitHubClient */.LX)(settings.githubToken, env);
        await (0,publish/* commentOpsLog */.Ad)(client, (0,github/* runRefFromEnv */.eR)(env), settings.opsLogIssue, run.opsLog);
    }
    catch (error) {
        io.warning(`Operational log not posted to issue #${settings.opsLogIssue}: ${error.message} (it is in the report directory and this summary).`);
    }
}
function emptyOutputs() {
    return Object.fromEntries(GATE_OUTPUTS.map((name) => [name, '']));
}
function main_publish(io, { run, paths }) {
    const { outcome, decision } = run;
    const text = consoleBanner(run.banner, paths.markdown);
    if (run.banner.severity === 'warning')
        io.warning(text, { title: run.banner.title });
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
        'junit-path': paths.junit,
        'artifact-id': run.upload?.kind === 'uploaded' ? String(run.upload.id) : '',
        'artifact-url': run.upload?.kind === 'uploaded' ? run.upload.url : '',
        'failed-checks': JSON.stringify(listed),
    };
    // The run is redacted already; the outputs the gate sets itself (verdict, status) stay exact.
    (0,action_io/* setOutputs */.n)(io, outputs);
    if ((0,lib_decision/* stepFails */.ug)(decision)) {
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
        const note = [run.banner.title, ...outcome.notes].join(' — ');
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
                reportPath: external_node_path_.relative(process.cwd(), result.paths.markdown),
                ...(upload?.kind === 'uploaded' && { artifactUrl: upload.url }),
            });
            markdown = (0,summary/* fitSummary */.mW)((0,summary/* renderSummary */.Br)(result.run, links), links);
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
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8609);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54020);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63021);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5747);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20944);
// The job summary: the verdict in the source document's words, the results, what to do next,
// what reviewers are asked to approve, and the run's metadata.







/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run, links) {
    const { banner, outcome, decision } = run;
    const lines = [`## ${banner.title}`, ''];
    for (const line of banner.lines.filter((l) => l.trim() !== ''))
        lines.push(`> ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(line.trim(), 1000)}`);
    lines.push('', `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${_model_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_LINE */ .qn[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`, '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .resultsTable */ .r6)(run), 
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceLines */ .p1)(run, '###', false));
    if (outcome.notes.length > 0) {
        lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .flakyLines */ .lw)(run, '###'));
    const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation);
    if (failed.length > 0) {
        lines.push('', '### Remediation', ...failed.map((c) => `- **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.remediation ?? '', 2000)}`));
    }
    if (decision.verdict === 'approval-required')
        lines.push('', ...approvalRequest(run));
    if (run.approval)
        lines.push('', '### Approval', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .approvalLines */ .Jg)(run));
    if (banner.nextSteps.length > 0) {
        lines.push('', '### What to do next', ...banner.nextSteps.map((s, i) => `${i + 1}. ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(s, 1000)}`));
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', '<details><summary>Suite output (end)</summary>', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(outcome.outputTail.slice(-16 * 1024)), '', '</details>');
    }
    if (run.opsLog.length > 0) {
        lines.push('', '### Operational log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    lines.push('', '### Run', `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')} · duration: ${(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(outcome.durationMs)}`, `- Suite: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.source)}`, `- Operator: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.operator)}`, `- Report: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(links.reportPath)}`);
    if (run.provenance)
        lines.push(...provenanceLines(run.provenance));
    if (links.artifactUrl)
        lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`);
    for (const report of outcome.suiteReports ?? []) {
        const name = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(report));
        lines.push(`- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`);
    }
    if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
        lines.push(`- Appended to the command: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`);
    }
    if (run.runUrl)
        lines.push(`- Run: ${encodeURI(run.runUrl)}`);
    return lines.join('\n') + '\n';
}
/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p) {
    const value = (v) => (v ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(v) : '_unknown_');
    const lines = [
        `- Host: ${value(p.host)} · runner: ${value(p.runnerName)}`,
        `- Commit: ${value(p.sha)} · ref: ${value(p.ref)} · repository: ${value(p.repository)}`,
        `- Workflow: ${value(p.workflow)} · job: ${value(p.job)} · run ${value(p.runId)} attempt ${value(p.runAttempt)}`,
    ];
    if (p.matrix)
        lines.push(`- Matrix: ${value((0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .matrixLabel */ .Uy)(p.matrix))}`);
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
            lines.push(`- Failed P1 check **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.message)}`);
    }
    lines.push(`- Reason: ${run.reason ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.reason, 2000) : '_none given_'}`, `- Ticket: ${run.ticket ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.ticket) : '_none given_'}`, `- Requested by: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.operator)}`, `- Approve in environment: ${run.approvalEnvironment ? `\`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`, `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${run.mode === 'live' ? ', each with a comment' : ''}`);
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
        : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(links.reportPath);
    const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`;
    const head = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateBytes */ .QY)(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64);
    // Close an HTML block left open by the cut, so the note renders.
    const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length;
    return head + (open > 0 ? '</code></pre>' : '') + note;
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
