export const id = 9882;
export const ids = [9882,6568,8599];
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

/***/ 67291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ legsFromArtifacts),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   zc: () => (/* binding */ storeFromInputs),
/* harmony export */   zx: () => (/* binding */ readArtifactJson)
/* harmony export */ });
/* unused harmony exports ARTIFACT_LIMIT_BYTES, DEFAULT_DOWNLOAD_TIMEOUT_MS, downloadTimeoutMs, restAccessFromEnv, actionsArtifactStore, ArtifactTimeoutError, withTimeout */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45408);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9403);
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
    const client = Promise.all(/* import() */[__webpack_require__.e(5946), __webpack_require__.e(1351), __webpack_require__.e(6780), __webpack_require__.e(925), __webpack_require__.e(1752)]).then(__webpack_require__.bind(__webpack_require__, 81752)).then((m) => new m.DefaultArtifactClient());
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
    const parsed = (0,_report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGateReport */ .Bw)(read.text);
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
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, 'artifact-'));
    try {
        await store.download(artifact.id, dir);
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((name) => fileName.test(name));
        if (files.length !== 1)
            return {
                ok: false,
                error: `holds ${files.length} files named like ${fileName.source}, not one`,
            };
        return {
            ok: true,
            text: await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoundedFile */ .Mv)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, files[0]), _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_LIMIT_BYTES */ .b),
        };
    }
    catch (error) {
        if (error instanceof ArtifactTimeoutError)
            onTimeout(error.message);
        return { ok: false, error: `could not be read: ${error.message}` };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64377);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
/* harmony import */ var _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45408);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8609);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52564);
// The fleet's own report (uploaded as `preflight-fleet-report`): the decision, each leg's
// standing, and where the aggregation ran. Its zod schema is what `require` accepts.






const FLEET_REPORT_KIND = 'preflight-fleet-report';
const setAside = zod__WEBPACK_IMPORTED_MODULE_5__.object({ source: zod__WEBPACK_IMPORTED_MODULE_5__.string(), url: zod__WEBPACK_IMPORTED_MODULE_5__.string(), reason: zod__WEBPACK_IMPORTED_MODULE_5__.string() });
const fleetReportSchema = zod__WEBPACK_IMPORTED_MODULE_5__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_5__.literal(FLEET_REPORT_KIND),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_5__.literal(1),
    date: zod__WEBPACK_IMPORTED_MODULE_6__.datetime(),
    mode: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    verdict: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](['proceed', 'abort']),
    status: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_decision_js__WEBPACK_IMPORTED_MODULE_4__/* .FLEET_STATUSES */ .C$),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_5__.number().int().min(0).max(3),
    expected: zod__WEBPACK_IMPORTED_MODULE_5__.number().int().min(1),
    legs: zod__WEBPACK_IMPORTED_MODULE_5__.array(zod__WEBPACK_IMPORTED_MODULE_5__.object({
        label: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        host: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        runnerName: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        job: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        matrix: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixSchema */ .D0.nullable(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        sha: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        status: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
        verdict: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
        override: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
        blocking: zod__WEBPACK_IMPORTED_MODULE_5__.boolean(),
        reason: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        source: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        url: zod__WEBPACK_IMPORTED_MODULE_5__.string(),
        failedChecks: zod__WEBPACK_IMPORTED_MODULE_5__.array(zod__WEBPACK_IMPORTED_MODULE_5__.object({ name: zod__WEBPACK_IMPORTED_MODULE_5__.string(), level: zod__WEBPACK_IMPORTED_MODULE_5__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_), message: zod__WEBPACK_IMPORTED_MODULE_5__.string() })),
    })),
    refused: zod__WEBPACK_IMPORTED_MODULE_5__.array(setAside),
    superseded: zod__WEBPACK_IMPORTED_MODULE_5__.array(setAside),
    reasons: zod__WEBPACK_IMPORTED_MODULE_5__.array(zod__WEBPACK_IMPORTED_MODULE_5__.string()),
    nextSteps: zod__WEBPACK_IMPORTED_MODULE_5__.array(zod__WEBPACK_IMPORTED_MODULE_5__.string()),
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
        decision: { verdict: decision.verdict, gateExitCode: decision.gateExitCode },
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
