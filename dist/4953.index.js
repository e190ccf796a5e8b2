export const id = 4953;
export const ids = [4953];
export const modules = {

/***/ 4953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gj: () => (/* binding */ applyPlan),
  ft: () => (/* binding */ planGate)
});

// UNUSED EXPORTS: NOTHING_RECORDED, nextStep, settle, withWritten

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
// EXTERNAL MODULE: ./lib/history/record.js
var history_record = __webpack_require__(88411);
// EXTERNAL MODULE: ./lib/history/chain.js
var chain = __webpack_require__(22753);
// EXTERNAL MODULE: ./lib/history/location.js
var history_location = __webpack_require__(91081);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var report_files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/history/tamper.js
// What the gate watches while the untrusted suite runs: its operational log (hash chain, held
// head) and the files named like its reports in the report and history directories. Whatever
// changed there that the gate did not write is tampering, reported with what was changed.







async function watchGateFiles(logDir, reportDirs) {
    const named = new Map();
    for (const dir of new Set(reportDirs))
        named.set(dir, namedFiles(dir));
    return { log: await (0,chain/* snapshotLog */.fr)(logDir), named };
}
/**
 * After the suite (and everything it started) has ended. A log that changed is put back as it
 * was, the changed one kept beside it as evidence. A `.md` without the gate's marker is the
 * suite's own report in the document's format (evidence it may write); anything else named like a
 * gate report (its JSON, JUnit, logs, a Markdown carrying the marker) that is not this run's own
 * is planted.
 */
async function checkGateFiles(watch, own, stamp) {
    // Under the lock a gate holds while it writes its reports and their record: another run's
    // files are either still reserved or recorded, never seen half way.
    return (0,chain/* withLogLockAsync */.Iq)(watch.log.dir, async () => check(watch, own, stamp));
}
function check(watch, own, stamp) {
    const before = watch.log.problem === null ? [] : [`before the suite ran: ${watch.log.problem}`];
    const after = (0,chain/* compareLog */.si)(watch.log);
    let keptAt = null;
    if (after.length > 0) {
        try {
            keptAt = (0,chain/* restoreLog */.RA)(watch.log, stamp);
        }
        catch (error) {
            after.push(`the log could not be put back as it was: ${error.message}`);
        }
    }
    const ownFiles = new Set(own.map((f) => external_node_path_.resolve(f)));
    const candidates = [];
    for (const [dir, stamps] of watch.named) {
        for (const [name, now] of namedFiles(dir)) {
            const file = external_node_path_.join(dir, name);
            if (stamps.get(name) === now || ownFiles.has(file))
                continue;
            if (name.endsWith('.md') && !startsWithMarker(file))
                continue;
            // Another gate run still in progress here (its report reserved, not yet written).
            if ((0,report_files/* isReservedReport */.BL)(file.replace(/\.[a-z.-]+$/, '.md')))
                continue;
            candidates.push(file);
        }
    }
    // Another gate run sharing the history recorded them (appended while this suite ran).
    const records = candidates.length > 0 ? (0,history_record/* gateRecords */._)(watch.log.dir) : null;
    const planted = candidates.filter((f) => records === null || (0,history_record/* notRecorded */.ok)(records, external_node_path_.dirname(f), external_node_path_.basename(f)) !== null);
    return { log: [...before, ...after.map((p) => `while the suite ran: ${p}`)], keptAt, planted };
}
function namedFiles(dir) {
    const stamps = new Map();
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return stamps;
    }
    for (const name of names) {
        if (!(0,history_record/* isReportFileName */.cy)(name))
            continue;
        try {
            const info = (0,external_node_fs_.lstatSync)(external_node_path_.join(dir, name));
            stamps.set(name, `${info.ino}:${info.size}:${info.mtimeMs}:${info.mode}`);
        }
        catch {
            // Gone between the listing and the lstat: not there.
        }
    }
    return stamps;
}
function startsWithMarker(file) {
    try {
        const data = (0,chain/* readRegularSync */.Wy)(file);
        return (data !== null &&
            data.subarray(0, markdown/* GATE_REPORT_MARKER */.U$.length).toString('utf8') === markdown/* GATE_REPORT_MARKER */.U$);
    }
    catch {
        // Not a regular file (a link, a FIFO) named like a report: not the suite's own report either.
        return true;
    }
}

// EXTERNAL MODULE: ./lib/redact.js
var redact = __webpack_require__(25078);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/report/redact-files.js
// Files that go into the artifact but were written by someone else (the suite's output, the
// suite's own reports) pass through the same evidence pipeline as every other surface: their
// contents are rewritten redacted, and a file whose name holds a secret is left out.








/**
 * Rewrites a file redacted, streaming: under a fresh name nobody could have planted, then renamed
 * over the original (a hard link to a file elsewhere is replaced, never written through). With
 * `learn`, a first pass picks up ::add-mask:: values announced anywhere in it.
 */
async function redactFileInPlace(file, redactor, { learn = false } = {}) {
    if (learn) {
        const reading = await (0,safe_file/* openRegularForReading */.KR)(file);
        try {
            const lines = (0,external_node_readline_.createInterface)({
                input: reading.createReadStream({ autoClose: false }),
                crlfDelay: Infinity,
            });
            for await (const line of lines)
                redactor.learnFromLine(line);
        }
        finally {
            await reading.close();
        }
    }
    const redacted = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.redacting`);
    const source = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        const target = await (0,safe_file/* openRegularFile */.ZU)(redacted, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW);
        try {
            await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ autoClose: false }), redactor.stream(), target.createWriteStream());
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
/** Whether a file's name, as the evidence would show it, holds a secret. */
function nameHoldsSecret(file, redactor) {
    const name = external_node_path_.basename(file);
    return redactor.redact(name) !== (0,redact/* evidenceText */.rS)(name);
}
/**
 * The suite's files made fit for the artifact: each is redacted in place; one whose name holds a
 * secret is renamed first (the rename noted, the old name never shown); one with more than one
 * hard link, or that cannot be redacted, is left out with a note.
 */
async function redactSuiteFiles(files, redactor, linkCount) {
    const kept = [];
    const notes = [];
    for (const original of files) {
        let file = original;
        const shown = redactor.redact(external_node_path_.basename(file));
        try {
            if (nameHoldsSecret(file, redactor)) {
                file = await renameWithoutSecret(file, shown);
                notes.push(`The suite wrote a file whose name holds a secret; it was renamed ${external_node_path_.basename(file)} before it went into the artifact.`);
            }
            const links = await linkCount(file);
            if (links > 1) {
                notes.push(`The suite's file ${shown} has ${links} hard links (its contents live elsewhere too), so it was left out of the artifact.`);
                continue;
            }
            await redactFileInPlace(file, redactor);
            kept.push(file);
        }
        catch (error) {
            notes.push(`The suite's file ${shown} could not be redacted (${redactor.redact(error.message)}), so it was left out of the artifact.`);
        }
    }
    return { kept, notes };
}
/** A new name with REDACTED where the secret stood; link() never replaces an existing name. */
async function renameWithoutSecret(file, shown) {
    const safe = shown.replaceAll('***', 'REDACTED').replace(/[/\\]/g, '_');
    for (let attempt = 0; attempt < 10; attempt++) {
        const name = attempt === 0 ? safe : `${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-${safe}`;
        const target = external_node_path_.join(external_node_path_.dirname(file), name);
        try {
            await (0,promises_.link)(file, target);
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        await (0,promises_.unlink)(file);
        return target;
    }
    throw new Error('no free name to rename it to');
}

// EXTERNAL MODULE: ./lib/report/messages.js
var messages = __webpack_require__(26916);
// EXTERNAL MODULE: ./lib/retention/prune.js
var prune = __webpack_require__(21158);
// EXTERNAL MODULE: ./lib/runner/environment.js
var environment = __webpack_require__(63311);
// EXTERNAL MODULE: ./lib/runner/isolation.js
var runner_isolation = __webpack_require__(67678);
// EXTERNAL MODULE: ./lib/runner/process.js
var process = __webpack_require__(36499);
// EXTERNAL MODULE: ./lib/runner/suite-job.js + 1 modules
var suite_job = __webpack_require__(30358);
// EXTERNAL MODULE: ./lib/runner/tracking.js
var tracking = __webpack_require__(19701);
;// CONCATENATED MODULE: ./lib/runner/file-commands.js
// The runner's file commands belong to the gate. GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STATE and GITHUB_STEP_SUMMARY are taken as they are just before the suite starts and
// compared once the suite and every process it started are gone: a suite that wrote to them (it
// can find them under suite-isolation none, whether or not its environment names them) is
// tampering. Each file is put back as it was, so only the gate's lines reach the runner.



/** A file command larger than this is not the gate's own step file: it cannot be put back. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const TOO_LARGE = Buffer.from('\0too large\0');
/** The file commands as they are now (only those the environment names, by absolute path). */
async function takeFileCommands(env) {
    const taken = [];
    for (const variable of runner_isolation/* FILE_COMMAND_VARIABLES */.XC) {
        const file = env[variable];
        if (!file || !file.startsWith('/'))
            continue;
        taken.push({ variable, path: file, content: await readKept(file) });
    }
    return taken;
}
/**
 * Compares the file commands with the snapshot and puts back every one that changed. Returns
 * the variables whose files the suite touched, and any file that could not be put back.
 */
async function restoreFileCommands(snapshot) {
    const tampered = [];
    const unrestored = [];
    for (const taken of snapshot) {
        const now = await readKept(taken.path);
        if (sameContent(taken.content, now) && (await isRegular(taken.path)) === (now !== null)) {
            continue;
        }
        tampered.push(taken.variable);
        if (taken.content?.equals(TOO_LARGE)) {
            unrestored.push(`${taken.variable} (larger than ${MAX_KEPT_BYTES} bytes before the suite)`);
            continue;
        }
        try {
            // A link, FIFO or directory put in its place goes; the file gets its content back.
            if ((await isRegular(taken.path)) === false)
                await (0,promises_.rm)(taken.path, { recursive: true, force: true });
            if (taken.content === null)
                await (0,promises_.rm)(taken.path, { force: true });
            else
                await (0,safe_file/* writeRegularFile */.E2)(taken.path, taken.content);
        }
        catch (error) {
            unrestored.push(`${taken.variable} (${error.message})`);
        }
    }
    return { tampered, unrestored };
}
function sameContent(before, after) {
    if (before === null || after === null)
        return before === after;
    return before.equals(after);
}
/** true: a regular file (not a link); false: something else is there; null: nothing. */
async function isRegular(file) {
    try {
        return (await (0,promises_.lstat)(file)).isFile();
    }
    catch {
        return null;
    }
}
/** The file's content (bounded), or null when it is not a regular file. */
async function readKept(file) {
    if ((await isRegular(file)) !== true)
        return null;
    let handle;
    try {
        handle = await (0,safe_file/* openRegularForReading */.KR)(file);
    }
    catch {
        return null;
    }
    try {
        const size = (await handle.stat()).size;
        if (size > MAX_KEPT_BYTES)
            return TOO_LARGE;
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var artifact_upload = __webpack_require__(13);
;// CONCATENATED MODULE: ./lib/engine.js
// The gate's engine, shared by the action, the CLI and watch: plan → run → judge → record.
//   plan: `planGate` turns the inputs into a GatePlan, data only: what will run, whether the
//     reports are uploaded, where an override's approval is verified.
//   run: `applyPlan` reserves the report names and runs the suite through the effects it is
//     handed (suite runner, approval verifier, uploader, clock, host name); each returns a fact.
//   judge and record: one loop. `settle` (pure: the host name and every time come in with the
//     facts) turns the facts into one decided GateRun; `nextStep` (pure) says what to do with it:
//     verify an approval, write the reports and log the entries not yet logged, or upload. What
//     that step finds (an approval, a write or upload failure) is a new fact, judged again, until
//     no new fact arrives. Facts are never changed in place: each step returns new ones.
// The engine knows nothing of @actions/*; it never calls back into its caller for output.
























/** The inputs → the plan: no I/O, the start time handed in (paths resolve against the cwd). */
function planGate(raw, surface, startedAt) {
    const words = surface.words ?? model/* ACTION_WORDS */.dC;
    const parsed = (0,lib_settings/* parseSettings */.P$)(raw, words.input);
    const settings = parsed.ok ? parsed.settings : null;
    const mode = parsed.ok ? parsed.settings.mode : parsed.mode;
    const reportDir = external_node_path_.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir);
    const history = (0,history_location/* resolveHistoryDir */.W)((settings?.historyDir ?? raw['history-dir'] ?? '').trim(), reportDir, surface.env);
    const upload = settings ?? (0,lib_settings/* parseUploadSettings */.Gq)(raw);
    return {
        startedAt,
        settings,
        inputErrors: parsed.ok ? [] : parsed.errors,
        mode,
        words,
        reportDir,
        historyDir: history.dir,
        historyNote: history.note,
        source: settings
            ? settings.source.kind === 'command'
                ? settings.source.command
                : settings.source.path
            : (raw.command ?? raw.suite ?? ''),
        operator: surface.operator,
        runUrl: surface.runUrl,
        env: surface.env,
        secretCustody: surface.secretCustody ?? null,
        redactValues: [raw['github-token']],
        redactVariables: settings?.redact ?? leniently(raw.redact),
        artifactName: upload.artifactName || (0,artifact_upload/* defaultArtifactName */.Vb)(mode, surface.env),
        retentionDays: upload.retentionDays,
        uploadArtifact: upload.uploadArtifact,
        upload: !surface.uploadsReports
            ? { kind: 'none' }
            : upload.uploadArtifact
                ? { kind: 'upload' }
                : { kind: 'skip', outcome: { kind: 'skipped', reason: 'upload-artifact is false' } },
        approvalEnvironment: surface.verifiesApprovals && settings && settings.approvalEnvironment !== ''
            ? settings.approvalEnvironment
            : null,
    };
}
/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list) {
    return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
}
async function applyPlan(plan, effects) {
    const named = await reserveReportNames(plan);
    const prepared = await prepare(plan);
    effects.recordPendingUpload?.(pendingUpload(plan, prepared, named));
    const watch = await watchGateFiles(plan.historyDir, [plan.reportDir, plan.historyDir]);
    const ran = await runSuitePhase(plan, prepared, named, effects);
    const tampering = await checkGateFiles(watch, (0,report_files/* reportFiles */.IU)(ran.files.paths), (0,report_files/* reportBaseName */.l_)(plan.startedAt).replace('SMOKE_TEST_INSTITUTIONAL_', ''));
    const kept = await keepSuiteReports(plan, prepared, ran.files, withoutPlanted(ran.outcome, tampering));
    if (kept.files !== ran.files) {
        effects.recordPendingUpload?.(pendingUpload(plan, prepared, kept.files));
    }
    const files = withoutMissingOutputLog(kept.files);
    const run = await judgeAndRecord(plan, prepared, files, effects, {
        outcome: kept.outcome,
        isolation: ran.isolation,
        decidedAt: effects.now(),
        cancelled: ran.cancelled,
        approval: null,
        upload: null,
        uploadSettledAt: null,
        writeError: kept.outcome.outputLost ?? ran.logLost,
        reportDirLost: false,
        fileCommandsTampered: ran.fileCommandsTampered,
        tampering,
    });
    // Reports older than report-retention-days go into the archive (not while answering a
    // cancellation, which must be quick); a failure only adds a note.
    const retentionNotes = [];
    if (!ran.cancelled) {
        for (const dir of new Set([plan.historyDir, plan.reportDir])) {
            await (0,prune/* retainAfterRun */.xX)(retentionNotes, dir, plan.settings?.reportRetentionDays, effects.now(), plan.historyDir);
        }
    }
    return {
        run: { ...run, outcome: { ...run.outcome, notes: [...run.outcome.notes, ...retentionNotes] } },
        paths: files.paths,
        settings: plan.settings,
        masks: [...prepared.redactor.announced],
        redactor: prepared.redactor,
    };
}
async function reserveReportNames(plan) {
    // The log lives with the history; the run's reports are written here and copied there.
    const reserved = await (0,report_files/* reserveReportPaths */.XA)(plan.reportDir, plan.startedAt);
    return {
        paths: { ...reserved, opsLog: external_node_path_.join(plan.historyDir, chain/* OPS_LOG_FILE */.np) },
        suiteReports: [],
    };
}
/** After the names are reserved: reserving creates the report directory, held from then on. */
async function prepare(plan) {
    const redactor = new redact/* Redactor */.pO(plan.redactValues);
    redactor.addVariables(plan.redactVariables, plan.env);
    redactor.addWithheld(plan.env);
    return { redactor, trackingId: (0,tracking/* newTrackingId */.BA)(), heldDir: await holdDirectory(plan.reportDir) };
}
/** What the post step needs to upload the run's files if this step never finishes. */
function pendingUpload(plan, prepared, files) {
    return {
        rootDirectory: plan.reportDir,
        files: [...(0,report_files/* reportFiles */.IU)(files.paths), ...files.suiteReports],
        markdown: files.paths.markdown,
        runOpsLog: files.paths.runOpsLog,
        opsLog: files.paths.opsLog,
        name: plan.artifactName,
        retentionDays: plan.retentionDays,
        uploadArtifact: plan.uploadArtifact,
        mode: plan.mode,
        operator: plan.operator,
        runUrl: plan.runUrl,
        trackingId: prepared.trackingId,
        redact: plan.redactVariables,
    };
}
async function runSuitePhase(plan, prepared, files, effects) {
    const { settings } = plan;
    const nothingRan = {
        files,
        isolation: null,
        cancelled: false,
        logLost: null,
        fileCommandsTampered: null,
    };
    if (!settings) {
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('invalid', plan.inputErrors), ...nothingRan };
    }
    if (settings.skipHealthCheck) {
        const note = `Health checks were skipped on request (${plan.words.override('skip-health-check')}).`;
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('skipped', [note]), ...nothingRan };
    }
    const chosen = await (0,runner_isolation/* chooseIsolation */.I1)(settings.suiteIsolation, effects.isolationProbe ?? runner_isolation/* cachedIsolationProbe */.zD);
    const isolation = chosen.launcher
        ? { launcher: chosen.launcher, rules: suiteMountRules(plan, files.paths) }
        : undefined;
    const fileCommands = await takeFileCommands(plan.env);
    const started = performance.now();
    const cancelled = cancellation(effects.signal);
    const runSuite = effects.runSuite ?? suite_job/* runSuiteJob */.Z;
    let outcome;
    let wasCancelled = false;
    try {
        const result = await Promise.race([
            runSuite({
                settings,
                words: plan.words,
                env: (0,environment/* sealedEnvironment */.sy)(plan.env, settings.passEnv, prepared.trackingId),
                redactor: prepared.redactor,
                echo: effects.echo,
                killGraceMs: effects.killGraceMs,
                isolation,
                outputLog: files.paths.outputLog,
                reportDir: plan.reportDir,
                signal: effects.signal,
            }),
            cancelled.promise,
        ]);
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
    const leftovers = await (0,tracking/* killTrackedProcesses */.qJ)(prepared.trackingId);
    if (leftovers > 0) {
        outcome = {
            ...outcome,
            notes: [
                ...outcome.notes,
                `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
            ],
        };
    }
    // The suite and what it started are gone: its lines in the runner's file commands go too.
    const restored = await restoreFileCommands(fileCommands);
    const fileCommandsTampered = restored.tampered.length === 0
        ? null
        : `The suite wrote to the runner's file commands (${restored.tampered.join(', ')}): that is tampering with the gate's outputs, state, summary or the next steps' environment. ${restored.unrestored.length === 0 ? 'They were put back as they were before the suite' : `They could not all be put back: ${restored.unrestored.join('; ')}`}. Run the suite with suite-isolation pid, where it cannot reach them, and find what in the suite writes there.`;
    for (const secret of outcome.secretValues ?? [])
        prepared.redactor.add(secret);
    let logLost = null;
    try {
        await redactOutputLog(files.paths.outputLog, prepared.redactor);
    }
    catch (error) {
        // Unredacted, the log may hold secrets: it goes, and that is lost evidence (live aborts).
        if (files.paths.outputLog)
            await (0,promises_.rm)(files.paths.outputLog, { force: true }).catch(() => { });
        logLost = `The output log could not be redacted (${error.message}), so it was removed: no secret stays on disk. No evidence, no launch in live mode; re-run with a report directory the suite does not touch.`;
    }
    return {
        outcome,
        files,
        isolation: chosen.report,
        cancelled: wasCancelled,
        logLost,
        fileCommandsTampered,
    };
}
const CANCELLED = Symbol('cancelled');
function cancellation(signal) {
    let onAbort = () => { };
    const promise = new Promise((resolve) => {
        onAbort = () => {
            (0,process/* killActiveProcessTrees */.RS)();
            resolve(CANCELLED);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}
/**
 * What the suite's mount namespace hides (the runner's file commands) and keeps read-only (the
 * gate's own records: the operational log). Only paths that exist can be mounted over.
 */
function suiteMountRules(plan, paths) {
    return {
        hide: (0,runner_isolation/* fileCommandPaths */.y6)(plan.env),
        // The history is the gate's: all of it when it has its own directory, else its log and archive.
        readOnly: (plan.historyDir !== plan.reportDir
            ? [plan.historyDir]
            : [paths.opsLog, external_node_path_.join(plan.historyDir, chain/* ARCHIVE_DIR */.L$)]).filter((file) => (0,external_node_fs_.existsSync)(file)),
    };
}
/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(file, redactor) {
    if (file === null || !(0,external_node_fs_.existsSync)(file))
        return;
    const info = await (0,promises_.lstat)(file);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file`);
    // Nothing was printed: nothing to learn or rewrite (a quiet suite's common case).
    if (info.size === 0)
        return;
    await redactFileInPlace(file, redactor, { learn: true });
}
/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 * Returns the same files when the suite wrote none.
 */
async function keepSuiteReports(plan, prepared, files, written) {
    if ((written.suiteReports ?? []).length === 0)
        return { outcome: written, files };
    // Redacted like every other surface; a name holding a secret is renamed first.
    const { kept, notes } = await redactSuiteFiles(written.suiteReports ?? [], prepared.redactor, async (file) => (await (0,promises_.lstat)(file)).nlink);
    const outcome = { ...written, suiteReports: kept, notes: [...written.notes, ...notes] };
    if (!kept.some((f) => (0,report_files/* reportFiles */.IU)(files.paths).includes(f))) {
        return { outcome, files: { ...files, suiteReports: kept } };
    }
    // The output log follows the gate's new name: one run's files never take the suite's name.
    const fresh = await (0,report_files/* reserveReportPaths */.XA)(plan.reportDir, plan.startedAt);
    let outputLog = files.paths.outputLog;
    if (outputLog !== null && fresh.outputLog !== null && (0,external_node_fs_.existsSync)(outputLog)) {
        const from = outputLog;
        outputLog = await (0,promises_.rename)(from, fresh.outputLog).then(() => fresh.outputLog, () => from);
    }
    return {
        outcome,
        files: { paths: { ...fresh, opsLog: files.paths.opsLog, outputLog }, suiteReports: kept },
    };
}
/** An output log the suite never wrote (or that could not be kept) is not one of the run's files. */
function withoutMissingOutputLog(files) {
    const { outputLog } = files.paths;
    if (outputLog === null || (0,external_node_fs_.existsSync)(outputLog))
        return files;
    return { ...files, paths: { ...files.paths, outputLog: null } };
}
async function holdDirectory(dir) {
    const [link, target] = await Promise.all([(0,promises_.lstat)(dir), (0,promises_.stat)(dir)]);
    return { dev: target.dev, ino: target.ino, wasLink: link.isSymbolicLink() };
}
/** How the directory changed (a link now, or another directory), or null when it is the same. */
async function directorySwapped(held, dir) {
    const [link, target] = await Promise.all([
        (0,promises_.lstat)(dir).catch(() => null),
        (0,promises_.stat)(dir).catch(() => null),
    ]);
    return link === null || target === null
        ? 'removed'
        : link.isSymbolicLink() && !held.wasLink
            ? 'replaced by a link'
            : target.dev !== held.dev || target.ino !== held.ino || !target.isDirectory()
                ? 'replaced by another directory'
                : null;
}
const NOTHING_RECORDED = {
    verified: false,
    written: false,
    uploaded: false,
    logged: new Set(),
};
/**
 * Pure. An approval first (the verdict waits on it), then the reports and every entry not yet
 * logged (again whenever a new fact brings one: a write or upload failure), then the upload, once.
 */
function nextStep(plan, run, facts, recorded) {
    const request = recorded.verified || facts.cancelled ? null : approvalRequest(plan, run);
    if (request)
        return { kind: 'verify', request };
    const unlogged = run.opsLog.filter((entry) => !recorded.logged.has(entry.event));
    if (!recorded.written || unlogged.length > 0)
        return { kind: 'write', entries: unlogged };
    if (plan.upload.kind !== 'none' &&
        !recorded.uploaded &&
        !facts.cancelled &&
        !facts.reportDirLost) {
        return { kind: 'upload' };
    }
    return null;
}
/** Judges the facts, does the next step, judges what it found; until no new fact arrives. */
async function judgeAndRecord(plan, prepared, files, effects, suiteFacts) {
    const judging = { hostName: effects.hostName, redactor: prepared.redactor };
    let facts = suiteFacts;
    let recorded = NOTHING_RECORDED;
    for (;;) {
        const run = settle(plan, facts, judging);
        const step = nextStep(plan, run, facts, recorded);
        if (step === null)
            return run;
        if (step.kind === 'verify') {
            const approval = await verifySafely(needed(effects.verifyApproval, 'verifyApproval'), step.request);
            facts = { ...facts, approval };
            recorded = { ...recorded, verified: true };
        }
        else if (step.kind === 'write') {
            const written = await write(plan, prepared, files, run, step.entries, facts);
            facts = withWritten(facts, written);
            const logged = new Set([...recorded.logged, ...step.entries.map((entry) => entry.event)]);
            recorded = { ...recorded, written: true, logged };
        }
        else {
            const upload = plan.upload.kind === 'skip'
                ? plan.upload.outcome
                : await needed(effects.uploadReports, 'uploadReports')(pendingUpload(plan, prepared, files));
            facts = { ...facts, upload, uploadSettledAt: effects.now() };
            recorded = { ...recorded, uploaded: true };
        }
    }
}
/** An effect the plan relies on: its absence is the caller's mistake, not a fact of the run. */
function needed(effect, name) {
    if (effect === undefined)
        throw new Error(`The gate's plan needs ${name}, and none was given.`);
    return effect;
}
/** What a write found: the first reason it failed is kept (a later one adds nothing). */
function withWritten(facts, written) {
    const writeError = facts.writeError ?? written.writeError;
    const reportDirLost = facts.reportDirLost || written.reportDirLost;
    if (writeError === facts.writeError && reportDirLost === facts.reportDirLost)
        return facts;
    return { ...facts, writeError, reportDirLost };
}
/** The facts so far → one decided, redacted run with its log entries. Pure. */
function settle(plan, facts, judging) {
    const { settings, mode } = plan;
    const { outcome } = facts;
    const strictest = (0,lib_decision/* modeOrStrictest */.uh)(mode);
    const requested = (0,lib_decision/* requestedOverride */.j0)(outcome.status, settings?.forceStart ?? false);
    const requiredApprovals = requested ? (0,lib_decision/* approvalsRequired */.g0)(strictest, requested) : 0;
    const tampered = facts.tampering.log.length > 0 || facts.tampering.planted.length > 0;
    const decision = (0,lib_decision/* decide */.LD)({
        mode: strictest,
        status: outcome.status,
        forceStart: settings?.forceStart ?? false,
        approvalVerified: facts.approval?.granted ?? false,
        facts: [
            ...(facts.fileCommandsTampered !== null ? ['file-commands-tampered'] : []),
            ...(facts.writeError !== null ? ['report-write-failed'] : []),
            ...(facts.upload?.kind === 'failed' ? ['report-upload-failed'] : []),
            ...(tampered ? ['gate-files-tampered'] : []),
        ],
    });
    const notes = [
        ...outcome.notes,
        ...tamperingNotes(facts.tampering),
        ...(plan.historyNote !== null ? [plan.historyNote] : []),
        ...(facts.fileCommandsTampered !== null ? [facts.fileCommandsTampered] : []),
        ...(facts.writeError !== null ? [facts.writeError] : []),
        ...(facts.upload?.kind === 'failed' ? [facts.upload.note] : []),
    ];
    const run = {
        mode,
        subset: settings?.subset ?? null,
        source: plan.source,
        startedAt: plan.startedAt,
        outcome: { ...outcome, notes },
        decision,
        approval: facts.approval,
        upload: facts.upload,
        opsLog: [],
        operator: plan.operator,
        runUrl: plan.runUrl,
        reason: settings?.reason ?? '',
        ticket: settings?.ticket ?? '',
        impact: settings?.impact ?? '',
        mitigation: settings?.mitigation ?? '',
        approvalEnvironment: settings?.approvalEnvironment ?? '',
        requiredApprovals,
        provenance: (0,provenance/* provenanceFromEnv */.f5)(plan.env, mode, judging.hostName),
        ...(facts.isolation && { isolation: facts.isolation }),
        ...(facts.isolation && plan.secretCustody && { secrets: plan.secretCustody }),
    };
    const redacted = judging.redactor.redactRun(run);
    const { log, planted } = facts.tampering;
    const opsLog = (0,opslog/* runLogEntries */.cL)(redacted, plan.words, {
        decidedAt: facts.decidedAt,
        cancelled: facts.cancelled,
        fileCommandsTampered: facts.fileCommandsTampered,
        logTampered: log.length > 0 ? tamperingNotes({ ...facts.tampering, planted: [] }).join(' ') : null,
        filesTampered: planted.length > 0 ? tamperingNotes({ ...facts.tampering, log: [] }).join(' ') : null,
        writeError: facts.writeError,
        uploadSettledAt: facts.uploadSettledAt,
    });
    return { ...redacted, opsLog };
}
function approvalRequest(plan, run) {
    const { settings, approvalEnvironment } = plan;
    const override = run.decision.requestedOverride;
    if (run.decision.verdict !== 'approval-required' || !settings || !override)
        return null;
    if (approvalEnvironment === null)
        return null;
    return {
        mode: settings.mode,
        override,
        environment: approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
        failures: (0,messages/* failedCheckNames */.Cu)(run.outcome),
        githubToken: settings.githubToken,
        openTicket: settings.openTicket,
        // The follow-up ticket is evidence too: its free text comes from the redacted run.
        reason: run.reason,
        ticket: run.ticket,
        impact: run.impact,
        mitigation: run.mitigation,
        reportDir: settings.reportDir,
        historyDir: plan.historyDir,
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
/**
 * Writes the report files and appends the given entries with the record of the files. A failure
 * to write is returned as a fact (no evidence), never thrown.
 */
async function write(plan, prepared, files, run, entries, facts) {
    // Once swapped, the directory is not written to again (its loss is a fact already).
    if (facts.reportDirLost)
        return { writeError: null, reportDirLost: true };
    const swapped = await directorySwapped(prepared.heldDir, plan.reportDir);
    if (swapped !== null) {
        // Writing there would put the reports wherever the link points: nothing is written.
        return {
            writeError: `The report directory ${plan.reportDir} was ${swapped} during the run, so no report was written there (nor uploaded from it). No evidence, no launch in live mode; keep the report directory out of the suite's reach and re-run.`,
            reportDirLost: true,
        };
    }
    // The reports and their record under the log's lock: another run never sees one without the other.
    try {
        const writeError = await (0,chain/* withLogLockAsync */.Iq)(plan.historyDir, () => writeAndRecord(plan, files, run, entries, facts.decidedAt));
        return { writeError, reportDirLost: false };
    }
    catch (error) {
        // No lock, no log entry (it would fork the chain); the reports are still written.
        await (0,report_files/* writeReports */.Li)(run, files.paths);
        return {
            writeError: `The operational log could not be appended: ${error.message}.`,
            reportDirLost: false,
        };
    }
}
/** Under the log's lock: the reports, their copy in the history, the entries and the record. */
async function writeAndRecord(plan, files, run, entries, at) {
    const { paths } = files;
    const failures = await (0,report_files/* writeReports */.Li)(run, paths);
    if (plan.historyDir !== plan.reportDir) {
        failures.push(...(0,history_location/* keepInHistory */.j)((0,report_files/* reportFiles */.IU)(paths), plan.historyDir));
    }
    try {
        const record = (0,opslog/* reportsRecordedEntry */.Wu)(run, at, (0,history_record/* digestFiles */.Eh)((0,report_files/* reportFiles */.IU)(paths)));
        (0,chain/* appendChainedLocked */.rz)(plan.historyDir, [...entries, record]);
    }
    catch (error) {
        return `The operational log could not be appended: ${error.message}.`;
    }
    return failures.length === 0
        ? null
        : `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`;
}
/** What was tampered with, in the report's notes and the log entries. */
function tamperingNotes({ log, keptAt, planted }) {
    const notes = [];
    if (log.length > 0) {
        notes.push(`The operational log was tampered with: ${log.join('; ')}.${keptAt ? ` The log was put back as it was before the suite; the changed one is kept as ${keptAt}.` : ''} Find what wrote there; the gate's log is written only by the gate.`);
    }
    if (planted.length > 0) {
        notes.push(`Files named like the gate's reports appeared or changed while the suite ran and are not the gate's (not uploaded, not recorded, never counted): ${planted
            .slice(0, 10)
            .map((f) => external_node_path_.basename(f))
            .join(', ')}${planted.length > 10 ? ` and ${planted.length - 10} more` : ''}.`);
    }
    return notes;
}
/** Planted files are never kept as the suite's reports either. */
function withoutPlanted(outcome, tampering) {
    if (tampering.planted.length === 0 || !outcome.suiteReports)
        return outcome;
    const planted = new Set(tampering.planted);
    return { ...outcome, suiteReports: outcome.suiteReports.filter((f) => !planted.has(f)) };
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

/***/ 21158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ pruneReports),
/* harmony export */   mF: () => (/* binding */ reportTime),
/* harmony export */   xX: () => (/* binding */ retainAfterRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22753);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88411);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78689);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73024);
// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name) when the gate's record
// holds them, else into `<YYYY-MM>.unrecorded.tar.gz`; the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.






const LOCK_FILE = '.prune.lock';
const DAY_MS = 24 * 60 * 60 * 1000;
const REPORT_NAME = /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/;
/** The time in a report's name, or null for any other file. */
function reportTime(name) {
    const m = REPORT_NAME.exec(name);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return Number.isNaN(date.getTime()) ? null : date;
}
async function pruneReports(reportDir, retentionDays, now, 
/** Whose record tells the gate's reports from others (the history; default: reportDir). */
recordsDir = reportDir) {
    const result = { archived: {}, rotatedLog: null, busy: false, refused: [] };
    if (retentionDays === 0)
        return result;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(reportDir);
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name));
        if (!info.isFile())
            continue;
        // A hard link shares its contents with a file elsewhere: archiving would copy that file.
        if (info.nlink > 1) {
            result.refused.push(`${name}: it has ${info.nlink} hard links, so it is not archived`);
            continue;
        }
        const month = time.toISOString().slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, name)]);
    }
    // The gate's reports (recorded, digest intact) go into the month's archive; anything else named
    // like one (written before records existed, by a suite, planted) into `<month>.unrecorded`.
    if (byMonth.size > 0) {
        const records = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .gateRecords */ ._)(recordsDir);
        for (const [month, files] of [...byMonth]) {
            const unrecorded = files.filter((f) => (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .notRecorded */ .ok)(records, reportDir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f)) !== null);
            if (unrecorded.length === 0)
                continue;
            const recorded = files.filter((f) => !unrecorded.includes(f));
            if (recorded.length > 0)
                byMonth.set(month, recorded);
            else
                byMonth.delete(month);
            byMonth.set(`${month}.unrecorded`, unrecorded);
        }
    }
    const logMonth = await firstEntryMonth(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np));
    const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7);
    if (byMonth.size === 0 && !rotate)
        return result;
    const archiveDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHIVE_DIR */ .L$);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(archiveDir, { recursive: true });
    // An `archive` link would carry the reports (and the rotated log) out of the report directory.
    const held = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(archiveDir);
    if (held.isSymbolicLink() || !held.isDirectory()) {
        throw new Error(`${archiveDir} is ${held.isSymbolicLink() ? 'a link' : 'not a directory'}; the archive is never followed out of the report directory. Remove it and re-run`);
    }
    if (!(await takeLock(archiveDir)))
        return { ...result, busy: true };
    try {
        await removeLeftovers(archiveDir);
        // Loaded only when there is something to archive: the gate's verdict path does not pay for tar.
        const { archiveFiles } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(1604)]).then(__webpack_require__.bind(__webpack_require__, 21604));
        for (const [month, files] of [...byMonth].sort()) {
            const archive = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, `${month}.tar.gz`);
            await archiveFiles(archive, files.sort());
            result.archived[archive] = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f));
        }
        if (rotate)
            result.rotatedLog = await rotateLog(reportDir, archiveDir, logMonth);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, LOCK_FILE), { force: true });
    }
    return result;
}
/** The month (YYYY-MM) of the log's first entry; null when there is no log or no readable entry. */
async function firstEntryMonth(file) {
    let handle;
    try {
        handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularForReading */ .KR)(file);
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
/**
 * Renames the log into the archive directory (atomic; writers reopen it by name), under the
 * log's lock: the next entry chains to the rotated log's last line.
 */
function rotateLog(reportDir, archiveDir, month) {
    return (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withLogLockAsync */ .Iq)(reportDir, async () => {
        for (let attempt = 1; attempt <= 100; attempt++) {
            const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`;
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, name);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_5__.openSync)(target, 'wx'));
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    continue;
                throw error;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np), target);
            return target;
        }
        throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`);
    });
}
/** One prune at a time per directory; a lock left by a process that died is taken over. */
async function takeLock(archiveDir) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(lock, processIdentity(process.pid), { flag: 'wx' });
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(lock).catch(() => undefined);
    }
    return false;
}
async function readSmall(file) {
    try {
        const handle = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularForReading */ .KR)(file);
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_5__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(archiveDir)) {
        if (/^\.staging-/.test(name) || /^\..+\.tar\.gz\.tmp-\d+$/.test(name)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(archiveDir, name), { recursive: true, force: true });
        }
    }
}
/** Retention after a gate run: a failure never changes the verdict, it only adds a note. */
async function retainAfterRun(notes, reportDir, retentionDays, now, recordsDir = reportDir) {
    if (retentionDays === undefined)
        return;
    try {
        const { refused } = await pruneReports(reportDir, retentionDays, now, recordsDir);
        for (const refusal of refused)
            notes.push(`An old report was left in place: ${refusal}.`);
    }
    catch (error) {
        notes.push(`Old reports could not be archived (report-retention-days): ${error.message}. Nothing was removed that is not archived; run "preflight prune" to retry.`);
    }
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

/***/ 30358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ runSuiteJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/runner/process.js
var process = __webpack_require__(36499);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

;// CONCATENATED MODULE: ./lib/runner/suite-job.js
// One run of the gate's configured suite (a command or a suite file): the suite runner the engine
// is handed. It returns what the suite did as a fact (a SuiteOutcome) and never throws for a lost
// output: a job log or output log that cannot be written is part of the outcome.



async function runSuiteJob(job) {
    const { settings, redactor } = job;
    const echo = redactor.stream();
    // A job log that cannot be written (EPIPE, EIO) is a fact, never a crash: the suite is stopped.
    let echoLost;
    const onEchoError = (error) => {
        if (echoLost !== undefined)
            return;
        echoLost = `The live echo of the suite's output could not be written: ${error.message}; the suite was stopped. No evidence, no launch in live mode.`;
        if (job.echo)
            echo.unpipe(job.echo);
        echo.resume();
        (0,process/* killActiveProcessTrees */.RS)();
    };
    if (job.echo) {
        job.echo.on('error', onEchoError);
        echo.pipe(job.echo, { end: false });
    }
    else
        echo.resume();
    const scope = {
        mode: settings.mode,
        words: job.words,
        subset: settings.subset,
        timeoutMs: settings.timeoutSeconds * 1000,
        cwd: external_node_path_.resolve(settings.workingDirectory),
        env: job.env,
        echo,
        killGraceMs: job.killGraceMs,
        onSecret: (value) => redactor.add(value),
        isolation: job.isolation,
        signal: job.signal,
    };
    const withEchoLost = (outcome) => echoLost === undefined || outcome.outputLost !== undefined
        ? outcome
        : { ...outcome, outputLost: echoLost };
    const source = settings.source;
    try {
        if (source.kind === 'suite') {
            // Loaded only for suite files, so the command path does not pay for the YAML parser.
            const { runSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(8202), __webpack_require__.e(3936), __webpack_require__.e(2600), __webpack_require__.e(1475)]).then(__webpack_require__.bind(__webpack_require__, 31475));
            const outcome = await runSuiteFile({ ...scope, path: source.path });
            if (job.outputLog === null)
                return withEchoLost(outcome);
            try {
                await writeSuiteOutputLog(job.outputLog, outcome);
            }
            catch (error) {
                const outputLost = `The output log could not be written: ${error.message}. No evidence, no launch in live mode; free the disk and re-run.`;
                return withEchoLost({ ...outcome, outputLost });
            }
            return withEchoLost(outcome);
        }
        const { runCommandSuite } = await Promise.all(/* import() */[__webpack_require__.e(8202), __webpack_require__.e(3936)]).then(__webpack_require__.bind(__webpack_require__, 3936));
        const outcome = await runCommandSuite({
            ...scope,
            command: source.command,
            outputLogPath: job.outputLog ?? undefined,
            evidence: settings.evidence,
            reportDir: job.reportDir,
        });
        return withEchoLost(outcome);
    }
    finally {
        // The last partial line, then the end of the window that stops workflow commands.
        await new Promise((resolve) => echo.end(resolve));
    }
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
