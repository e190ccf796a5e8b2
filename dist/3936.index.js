export const id = 3936;
export const ids = [3936];
export const modules = {

/***/ 3936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ commandArgv),
  runCommandSuite: () => (/* binding */ runCommandSuite)
});

// UNUSED EXPORTS: subsetArgv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/evidence/files.js
// Finding and reading results files the suite wrote. Only regular files are read, each bounded:
// a FIFO or a link to /dev/zero where a results file should be must never hang or bloat the gate.




const MAX_RESULTS_BYTES = 8 * 1024 * 1024;
const MAX_RESULTS_FILES = 200;
/** How deep a `**` glob may descend below the working directory, and for how long. */
const MAX_GLOB_DEPTH = 16;
const GLOB_TIMEOUT_MS = 10_000;
/**
 * Files stat()ed at once: fewer than the thread pool's four threads, so a stat that hangs
 * (a dead network mount) never holds them all and the gate's own report writes still run.
 */
const STAT_CONCURRENCY = 3;
/** Links in the report directory the gate resolves (each may be a slow chain the suite planted). */
const MAX_LINKS = 1000;
/** Directory entries lstat()ed between two turns of the event loop. */
const DIRECTORY_BATCH = 256;
async function stampOf(file) {
    try {
        return stampOfStats(await (0,promises_.stat)(file));
    }
    catch {
        return null;
    }
}
function entryStamp(file) {
    try {
        const s = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        return s === undefined ? null : { stamp: stampOfStats(s), link: s.isSymbolicLink() };
    }
    catch {
        return null;
    }
}
function stampOfStats(s) {
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}
/** Every existing path the patterns name, absolute; literal paths are kept even if not regular. */
async function expandPatterns(patterns, cwd) {
    const found = new Set();
    for (const pattern of patterns) {
        if (!picomatch.scan(pattern).isGlob) {
            const file = external_node_path_.resolve(cwd, pattern);
            if ((await stampOf(file)) !== null)
                found.add(file);
            continue;
        }
        // The glob walker loads only for patterns that need it.
        const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 73382));
        const matches = await glob(pattern, {
            cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            expandDirectories: false,
            followSymbolicLinks: true,
            deep: MAX_GLOB_DEPTH,
            signal: AbortSignal.timeout(GLOB_TIMEOUT_MS),
        }).catch((error) => {
            throw new Error(`The results pattern "${pattern}" could not be expanded within ${GLOB_TIMEOUT_MS / 1000} s: ${error.message}. Use a narrower pattern.`);
        });
        for (const match of matches)
            found.add(external_node_path_.resolve(match));
    }
    return [...found].sort();
}
/** The stamps of the given files (links followed: a results file may be a link). */
async function snapshotFiles(files) {
    const snapshot = new Map();
    const stamps = await stampsOf(files);
    files.forEach((file, i) => {
        const stamp = stamps[i];
        if (stamp != null)
            snapshot.set(file, stamp);
    });
    return snapshot;
}
/**
 * The stamps of every entry of a directory (not recursive). A report directory holds months of
 * runs, and the suite may fill it: each entry is lstat()ed on this thread (a few µs, where a
 * round trip through the thread pool costs ~50 µs), and the loop yields every DIRECTORY_BATCH
 * entries so a signal is still answered at once. Only links are resolved, on the thread pool.
 */
async function snapshotDirectory(dir) {
    const snapshot = new Map();
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir);
    }
    catch {
        return snapshot; // a directory that does not exist yet holds nothing the suite wrote
    }
    const links = [];
    for (let i = 0; i < entries.length; i++) {
        if (i > 0 && i % DIRECTORY_BATCH === 0)
            await new Promise((resolve) => setImmediate(resolve));
        const file = external_node_path_.join(dir, entries[i]);
        const entry = entryStamp(file);
        if (entry === null)
            continue;
        snapshot.set(file, entry.stamp);
        if (entry.link)
            links.push(file);
    }
    // A report written through a link changes its target, not the link: a link's stamp includes
    // its target's, looked up off this thread (a chain of links the suite planted resolves slowly,
    // hence a bound on how many).
    if (links.length > MAX_LINKS) {
        throw new Error(`The report directory ${dir} holds ${links.length} symbolic links; the gate follows at most ${MAX_LINKS} to see what the suite wrote through them. Remove the links, or give the gate a report-dir of its own.`);
    }
    const targets = await stampsOf(links);
    links.forEach((file, i) => snapshot.set(file, `${snapshot.get(file)}>${targets[i] ?? 'none'}`));
    return snapshot;
}
/** The files in `after` that are new or changed since `before`: what the run wrote. */
async function changedSince(before, files) {
    const written = [];
    const stale = [];
    const stamps = await stampsOf(files);
    files.forEach((file, i) => {
        const stamp = stamps[i];
        if (stamp == null)
            return;
        if (before.get(file) === stamp)
            stale.push(file);
        else
            written.push(file);
    });
    return { written, stale };
}
/** Stamps of files (links followed), on the thread pool, STAT_CONCURRENCY at a time. */
async function stampsOf(files) {
    const stamps = new Array(files.length).fill(null);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < files.length; i = next++)
            stamps[i] = await stampOf(files[i]);
    };
    await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, files.length) }, worker));
    return stamps;
}
/**
 * Reads a regular file of at most maxBytes. Opened non-blocking, so a FIFO returns at once and
 * is refused after fstat, as is a device; the read stops at the limit even if the file grows.
 */
async function readRegularFile(file, maxBytes = MAX_RESULTS_BYTES) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        return { ok: false, error: `cannot be opened: ${error.message}` };
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            return {
                ok: false,
                error: `is not a regular file (${describeKind(info)}); results must be regular files`,
            };
        }
        if (info.size > maxBytes) {
            return {
                ok: false,
                error: `is ${info.size} bytes, over the ${maxBytes}-byte limit for results`,
            };
        }
        // One byte past the size seen, to notice a file that grows while it is read.
        const capacity = info.size + 1;
        const buffer = Buffer.alloc(capacity);
        let length = 0;
        // Bounded: each read either advances towards the capacity or returns 0 at the end.
        while (length < capacity) {
            const { bytesRead } = await handle.read(buffer, length, capacity - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > info.size) {
            return {
                ok: false,
                error: 'kept growing while being read; write results before the suite exits',
            };
        }
        return { ok: true, text: buffer.subarray(0, length).toString('utf8'), bytes: length };
    }
    catch (error) {
        return { ok: false, error: `cannot be read: ${error.message}` };
    }
    finally {
        await handle.close();
    }
}
function describeKind(info) {
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}

// EXTERNAL MODULE: ./lib/evidence/levels.js + 1 modules
var levels = __webpack_require__(1202);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/evidence/parse-thread.js
// Results files are parsed on a worker thread. Within the 8 MiB bound a results file can take
// seconds of CPU to parse (8 MiB of empty JUnit elements: 3.4 s, TAP's YAML at its bounds: 1.3 s; see
// docs/redaction.md), and on the gate's own thread that would hold a SIGTERM for as long. Here the gate's thread only waits, so
// it answers a signal at once, and a cancellation ends the worker mid-parse.

/**
 * A worker no collection is using, kept for the next one (the gate in `watch`, or many runs in
 * one process): starting one costs more than most results files take to parse. It is unref'd,
 * so it never keeps the process alive.
 */
let idleWorker = null;
/** The worker of one collection: the idle one, or one started with the collection's first file. */
function resultsParser(signal) {
    let worker = null;
    let pending = null;
    const settle = (error) => {
        pending?.reject(error);
        pending = null;
    };
    const onMessage = (answer) => {
        const waiting = pending;
        pending = null;
        waiting?.resolve(answer);
    };
    const onExit = (code) => {
        worker = null;
        settle(new Error(`The results parser's thread ended (exit code ${code}) before it answered.`));
    };
    const release = (keep) => {
        signal?.removeEventListener('abort', onAbort);
        const used = worker;
        worker = null;
        if (used === null)
            return Promise.resolve();
        used.off('message', onMessage).off('error', settle).off('exit', onExit);
        if (keep && pending === null && idleWorker === null) {
            used.unref();
            idleWorker = used;
            return Promise.resolve();
        }
        return used.terminate().then(() => undefined);
    };
    const onAbort = () => {
        settle(abortReason(signal));
        void release(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return {
        async parse(file, text) {
            if (signal?.aborted)
                throw abortReason(signal);
            if (pending !== null)
                throw new Error('One results file is parsed at a time.');
            if (worker === null) {
                worker = takeIdleWorker() ?? startWorker();
                worker.ref();
                worker.on('message', onMessage).on('error', settle).on('exit', onExit);
            }
            const running = worker;
            const answer = await new Promise((resolve, reject) => {
                pending = { resolve, reject };
                running.postMessage({ file, text });
            });
            if (answer.kind === 'failed')
                throw new Error(answer.message);
            return answer.kind === 'parsed'
                ? { ok: true, results: answer.results }
                : { ok: false, message: answer.message };
        },
        stop: () => release(true),
    };
}
/**
 * Starts a worker for the next collection while the suite runs, so that reading its results
 * does not wait for one to start (~70 ms in the bundle). Unref'd until used, like any idle one.
 */
function warmResultsParser() {
    if (idleWorker !== null)
        return;
    idleWorker = startWorker();
    idleWorker.unref();
}
function takeIdleWorker() {
    const idle = idleWorker;
    idleWorker = null;
    return idle;
}
function abortReason(signal) {
    const reason = signal?.reason;
    return reason instanceof Error ? reason : new Error('The results were not parsed: cancelled.');
}
/**
 * The bundle (ncc) has no file of its own for a worker: the worker runs the bundle's entry point,
 * which sits beside this chunk (dist/index.js, dist/cli/index.js) and serves parsing when it is
 * not the main thread. The TypeScript source (as the tests run it) starts parse-worker.ts under
 * tsx, registered on the worker itself: Node 20 does not carry a parent's loader to a worker.
 */
function startWorker() {
    const here = import.meta.url;
    const worker = here.endsWith('.ts')
        ? new external_node_worker_threads_.Worker(tsxBootstrap(here), { eval: true })
        : new external_node_worker_threads_.Worker(new URL('index.js', here));
    // While idle, a worker that fails or ends leaves the slot (an 'error' without a listener throws).
    worker
        .on('error', () => undefined)
        .on('exit', () => {
        if (idleWorker === worker)
            idleWorker = null;
    });
    return worker;
}
function tsxBootstrap(here) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = new URL('parse-worker.ts', here).href;
    return `import(${JSON.stringify(tsx)})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(source)}))
  .then((worker) => worker.serveResultsParsing())`;
}

// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/evidence/collect.js
// The evidence of one run: before the suite starts, what the results patterns and the report
// directory already hold; after it exits, the per-check results it wrote, with their levels.






/** The source document's report name (docs/source-document.md), which the suite writes itself. */
const SUITE_REPORT_PATTERN = /^SMOKE_TEST_INSTITUTIONAL_.*\.md$/;
/** All results files of a run together: four of the largest single files. */
const MAX_TOTAL_RESULTS_BYTES = 32 * 1024 * 1024;
/** Taken before the suite starts, so only what the run wrote counts as its evidence. */
async function watchEvidence(settings, scope) {
    const map = (0,levels/* parseLevelMap */.mK)(settings.levelMap);
    if (!map.ok)
        throw new Error(`${(0,model/* capitalized */.l2)((scope.words ?? model/* ACTION_WORDS */.dC).input('level-map'))} ${map.error}`);
    const existing = await expandPatterns(settings.results, scope.cwd);
    const before = await snapshotFiles(existing);
    const reportDirBefore = scope.reportDir ? await snapshotDirectory(scope.reportDir) : new Map();
    if (settings.requireResults !== 'never' || settings.results.length > 0)
        warmResultsParser();
    return { settings, scope, rules: map.rules, before, reportDirBefore };
}
/** A cancellation (the signal) ends a parse under way: collecting then rejects with its reason. */
async function collectEvidence(watch, signal) {
    const { settings, scope } = watch;
    const words = scope.words ?? model/* ACTION_WORDS */.dC;
    const notes = [];
    const { reports: suiteReports, otherGate } = await reportsWrittenBySuite(watch);
    // Files the gate named in its own temporary directory: read when the suite wrote them.
    const gateNamed = new Map([[scope.preflightResults, 'PREFLIGHT_RESULTS']]);
    if (scope.pytestReport)
        gateNamed.set(scope.pytestReport, "pytest's JUnit report");
    const candidates = [...gateNamed.keys()];
    if (settings.results.length > 0) {
        const matched = await expandPatterns(settings.results, scope.cwd);
        const { written, stale } = await changedSince(watch.before, matched);
        if (stale.length > 0) {
            notes.push(`Ignored ${stale.length} results file(s) the suite did not write during this run: ${listed(stale, scope.cwd)}.`);
        }
        if (written.length === 0) {
            notes.push(`${(0,model/* capitalized */.l2)(words.input('results'))} (${settings.results.join(', ')}) matched no file written during this run (relative to ${scope.cwd}).`);
        }
        candidates.push(...written);
    }
    else {
        const own = suiteReports.filter((f) => SUITE_REPORT_PATTERN.test(external_node_path_.basename(f)));
        if (own.length > 0 && otherGate !== null) {
            return {
                checks: null,
                files: [],
                suiteReports,
                unmapped: [],
                notes,
                error: `Another gate run used the report directory while this suite ran (${external_node_path_.basename(otherGate)}), so the suite reports that appeared there (${listed(own, scope.cwd)}) cannot be attributed to this run. Give each run its own ${words.input('report-dir')}, or name this suite's results with ${words.input('results')}.`,
            };
        }
        candidates.push(...own);
    }
    const files = [];
    const tests = [];
    const fail = (error) => ({
        checks: null,
        files,
        suiteReports,
        unmapped: [],
        notes,
        error,
    });
    if (candidates.length > MAX_RESULTS_FILES + gateNamed.size) {
        return fail(`${candidates.length - gateNamed.size} results files matched; at most ${MAX_RESULTS_FILES} are read. Narrow ${words.input('results')}.`);
    }
    // The parser's thread (and its XML and YAML libraries) starts only when there is a file to parse.
    const parser = resultsParser(signal);
    let totalBytes = 0;
    try {
        for (const file of candidates) {
            if (gateNamed.has(file) && !(await exists(file)))
                continue;
            const shown = gateNamed.get(file) ?? displayPath(file, scope.cwd);
            const read = await readRegularFile(file);
            if (!read.ok)
                return fail(`Results file ${shown} ${read.error}.`);
            // Each file is bounded, and so is their sum: parsing never takes the gate for long.
            totalBytes += read.bytes;
            if (totalBytes > MAX_TOTAL_RESULTS_BYTES)
                return fail(`The results files add up to more than ${MAX_TOTAL_RESULTS_BYTES / 1024 / 1024} MiB (at ${shown}); write fewer or smaller results.`);
            const parsed = await parser.parse(shown, read.text);
            if (!parsed.ok)
                return fail(`Results file ${parsed.message}`);
            files.push(shown);
            for (const test of parsed.results.tests)
                tests.push({ test, file: shown });
        }
    }
    finally {
        await parser.stop();
    }
    if (files.length === 0) {
        return { checks: null, files, suiteReports, unmapped: [], notes, error: null };
    }
    const checks = new Map();
    const unmapped = [];
    for (const [index, { test, file }] of tests.entries()) {
        // Thousands of tests against the level map: let a SIGTERM through now and then.
        if (index % 500 === 499)
            await yieldToSignals();
        const { check, mapped } = toCheck(test, watch.rules);
        if (!mapped)
            unmapped.push(check.name);
        const seen = checks.get(check.name);
        if (seen === undefined) {
            checks.set(check.name, { check, file });
        }
        else if (seen.check.level !== check.level || seen.check.status !== check.status) {
            return fail(`Check "${check.name}" is reported twice with different results (${seen.check.level} ${seen.check.status} in ${seen.file}, ${check.level} ${check.status} in ${file}).`);
        }
    }
    if (unmapped.length > 0) {
        notes.push(`${unmapped.length} test(s) declare no level and match no ${words.input('level-map')} rule or p0/p1/p2 name token, so they count as P0: ${unmapped.slice(0, 10).join(', ')}${unmapped.length > 10 ? ` and ${unmapped.length - 10} more` : ''}.`);
    }
    return {
        checks: [...checks.values()].map((c) => c.check),
        files,
        suiteReports,
        unmapped,
        notes,
        error: null,
    };
}
/** A parsed test as a check: its own level, else the level map, else a name token, else P0. */
function toCheck(test, rules) {
    const level = test.level ?? (0,levels/* levelFromMap */.fz)(rules, test) ?? (0,levels/* levelFromTokens */.tv)(test);
    const name = (test.classname ? `${test.classname}.${test.name}` : test.name).slice(0, 200);
    const check = {
        name,
        level: level ?? 'P0',
        status: test.status === 'error' ? 'failed' : test.status,
        durationMs: test.durationMs,
        message: test.status === 'error' ? `error: ${test.message}` : test.message,
        ...(test.description !== undefined && { description: test.description }),
        ...(test.remediation !== undefined && { remediation: test.remediation }),
    };
    return { check, mapped: level !== null };
}
async function reportsWrittenBySuite(watch) {
    const { reportDir, gateWrites = [] } = watch.scope;
    if (!reportDir)
        return { reports: [], otherGate: null };
    const now = await snapshotDirectory(reportDir);
    const written = [...now]
        .filter(([f, stamp]) => watch.reportDirBefore.get(f) !== stamp)
        .map(([f]) => f);
    // This run's own files share the stem of its output log.
    // (A suite that wrote its own report under this run's reserved name replaced the gate's marked
    // file: that one is the suite's.)
    const ownStems = new Set(gateWrites.map((f) => reportStem(external_node_path_.resolve(f))));
    const own = (f) => ownStems.has(reportStem(external_node_path_.resolve(f))) && !(f.endsWith('.md') && !(0,files/* isGateFile */.GA)(f));
    // Another gate run writing to this directory during the suite, or still running there (its
    // report reserved but not written): what appeared meanwhile cannot be told apart by author.
    const otherGate = written.find((f) => !own(f) && (0,files/* isGateFile */.GA)(f)) ??
        [...now.keys()].find((f) => !own(f) && f.endsWith('.md') && (0,files/* isReservedReport */.BL)(f)) ??
        null;
    return { reports: written.filter((f) => !own(f) && !(0,files/* isGateFile */.GA)(f)).sort(), otherGate };
}
/** `…/SMOKE_TEST_INSTITUTIONAL_20251115_085304` of any of a run's report files. */
function reportStem(file) {
    return file.replace(/(\.output\.log|\.oplog\.jsonl|\.junit\.xml|\.json|\.md|\.kill-switch\.log|\.on-p1\.log)$/, '');
}
/** One turn of the event loop: a pending signal handler runs before the next piece of work. */
function yieldToSignals() {
    return new Promise((resolve) => setImmediate(resolve));
}
async function exists(file) {
    return (await snapshotFiles([file])).size > 0;
}
function displayPath(file, cwd) {
    const relative = external_node_path_.relative(cwd, file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
function listed(files, cwd) {
    const shown = files.slice(0, 5).map((f) => displayPath(f, cwd));
    return shown.join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
}

// EXTERNAL MODULE: ./lib/evidence/settings.js
var evidence_settings = __webpack_require__(3328);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/runner/pytest.js
// pytest without glue: a suite command that runs pytest gets a JUnit report in the gate's own
// temporary directory and a small plugin that writes each test's p0/p1/p2 marker as its level.
// The plugin ships inside the bundle as text and is written out next to the report at run time
// (the action runs only dist/), then loaded with `-p`.


/** The plugin's module name: unlikely to shadow anything on the suite's own path. */
const PYTEST_PLUGIN_MODULE = 'preflight_gate_levels';
/** `-m <subset>` replaces the document's `--subset <subset>`, which pytest refuses (exit 4). */
const PYTEST_SUBSET_ARGS = '-m {subset}';
// Markers p0/p1/p2 or the P0_HEALTH style of docs/source-document.md (the gate's own level names); the
// strictest one on a test wins. The level is a user property, which pytest writes as
// <property name="level"> on the test case in every junit_family, without the warning that
// record_property gives under xunit2.
const PLUGIN_SOURCE = `"""Preflight Gate: a test's p0/p1/p2 marker is its level in the JUnit report."""
import os
import re

_LEVEL = re.compile(r"^p([0-2])(?:[_-][a-z0-9]+)*$", re.IGNORECASE)


def pytest_configure(config):
    for level, kind in (("0", "health"), ("1", "integration"), ("2", "cosmetic")):
        about = "a P%s (%s) check of the preflight gate" % (level, kind)
        config.addinivalue_line("markers", "p%s: %s" % (level, about))
        config.addinivalue_line("markers", "P%s_%s: %s" % (level, kind.upper(), about))
    # The subset the gate selects with -m (e.g. production) is a marker too.
    subset = os.environ.get("PREFLIGHT_SUBSET", "")
    if re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", subset) and subset != "full":
        config.addinivalue_line("markers", "%s: the preflight gate's %s subset" % (subset, subset))


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        levels = sorted(m.group(1) for m in (_LEVEL.match(mark.name) for mark in item.iter_markers()) if m)
        if levels:
            item.user_properties.append(("level", "P" + levels[0]))
`;
const PYTHON = /^python(\d+(\.\d+)*)?$/;
/** Python's options that take the next word as their value. */
const INTERPRETER_OPTIONS_WITH_VALUE = new Set(['-X', '-W', '--check-hash-based-pycs']);
/** True when the command runs pytest: `pytest`, `py.test`, `python -m pytest`, `python3 -m pytest`. */
function runsPytest(argv) {
    const [program, ...rest] = argv;
    if (program === undefined)
        return false;
    const name = external_node_path_.basename(program);
    if (name === 'pytest' || name === 'py.test')
        return true;
    if (!PYTHON.test(name))
        return false;
    // Interpreter options may come first (`python3 -X dev -B -m pytest`); -m ends them.
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (arg === '-m')
            return rest[i + 1] === 'pytest';
        if (!arg.startsWith('-'))
            return false;
        if (INTERPRETER_OPTIONS_WITH_VALUE.has(arg))
            i++;
    }
    return false;
}
/** Writes the plugin into the gate's temporary directory and says how pytest is to load it. */
async function preparePytest(dir, options) {
    await (0,promises_.writeFile)(external_node_path_.join(dir, `${PYTEST_PLUGIN_MODULE}.py`), PLUGIN_SOURCE, { mode: 0o600 });
    const junitPath = options.junit ? external_node_path_.join(dir, 'pytest-junit.xml') : null;
    return {
        args: ['-p', PYTEST_PLUGIN_MODULE, ...(junitPath ? [`--junitxml=${junitPath}`] : [])],
        pythonPath: options.pythonPath ? `${dir}${external_node_path_.delimiter}${options.pythonPath}` : dir,
        junitPath,
    };
}

;// CONCATENATED MODULE: ./lib/evidence/judge.js
// The verdict from evidence: per-check results decide the status, the exit code is
// cross-checked against the runner's declared contract, and a contradiction is a crash.
// Pure: no I/O, no @actions/*.

const CONTRACT_TEXT = {
    preflight: '0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings only',
    'any-failure': '0 all tests passed, 1 some test failed',
};
const CONTRACT_CODES = {
    preflight: [0, 1, 2, 3],
    'any-failure': [0, 1],
};
/** The level whose failure each preflight exit code announces. */
const CODE_LEVEL = { 1: 'P0', 2: 'P1', 3: 'P2' };
function evidenceRequired(require, mode) {
    return require === 'always' || (require === 'live' && mode === 'live');
}
function judge(input) {
    const { exitCode, contract, checks } = input;
    if (!CONTRACT_CODES[contract].includes(exitCode)) {
        return crashed(`The suite exited with code ${exitCode}, outside its exit-code contract "${contract}" (${CONTRACT_TEXT[contract]}): the runner itself failed (for pytest: 2 interrupted or collection error, 3 internal error, 4 usage error, 5 no tests collected). Treated as a crash.`);
    }
    if (checks === null)
        return withoutEvidence(input);
    if (!checks.some((c) => c.status !== 'skipped')) {
        return crashed(`The suite exited ${exitCode} but its results show no executed check (${checks.length} listed, all skipped or none): nothing was verified. Treated as a crash.`);
    }
    // A skipped P0 check gave no assurance: it counts as a P0 failure, as in the built-in runner.
    const skippedP0 = checks.filter((c) => c.level === 'P0' && c.status === 'skipped');
    const counted = checks.map((c) => c.level === 'P0' && c.status === 'skipped' ? { ...c, status: 'failed' } : c);
    const failed = (level) => counted.filter((c) => c.status === 'failed' && (level === undefined || c.level === level));
    const reportedFailed = checks.filter((c) => c.status === 'failed');
    const fromChecks = (0,model/* statusFromChecks */.Sp)(counted);
    const skipNotes = skippedP0.map((c) => `P0 check "${c.name}" was skipped; a skipped P0 check counts as a P0 failure.`);
    if (exitCode === 0 && reportedFailed.length > 0) {
        return crashed(`The suite exited 0 (all passed) but its results show ${reportedFailed.length} failed check(s): ${names(reportedFailed)}. The exit code contradicts the results; treated as a crash.`);
    }
    if (contract === 'preflight' && exitCode !== 0) {
        const level = CODE_LEVEL[exitCode];
        if (failed(level).length === 0) {
            return crashed(`The suite exited ${exitCode} (${model/* EXIT_CODE_STATUS */.S1[exitCode]}) but its results show no failed ${level} check. The exit code contradicts the results; treated as a crash.`);
        }
    }
    if (contract === 'any-failure' && exitCode === 1 && failed().length === 0) {
        return crashed('The suite exited 1 (some test failed) but its results show no failed check. The exit code contradicts the results; treated as a crash.');
    }
    return { status: fromChecks, notes: skipNotes };
}
function withoutEvidence(input) {
    const { mode, exitCode, contract, requireResults } = input;
    const words = input.words ?? model/* ACTION_WORDS */.dC;
    if (input.resultsDeclared && requireResults !== 'never') {
        return crashed(`The suite exited ${exitCode} without writing the results named in ${words.input('results')}: the runner failed before it reported (for example a usage error from the subset argument; see ${words.input('subset-args')}). Treated as a crash.`);
    }
    if (evidenceRequired(requireResults, mode)) {
        return crashed(`No per-check evidence: the suite exited ${exitCode} but left no results with an executed check, and ${mode} mode requires them (${words.input('require-results')} is ${requireResults}). Write per-check results (JSON to $PREFLIGHT_RESULTS, JUnit XML such as pytest --junitxml, TAP, or the document's Markdown report) and name them in ${words.input('results')}, or set ${words.input('require-results')} to never to decide on the exit code alone.`);
    }
    const status = contract === 'preflight' ? model/* EXIT_CODE_STATUS */.S1[exitCode] : exitCode === 0 ? 'passed' : 'p0-failed';
    const notes = [
        `Warning: this verdict rests on the exit code alone (${exitCode}); the suite left no per-check results${requireResults === 'never' ? ` and ${words.input('require-results')} is never` : ''}.`,
    ];
    if (contract === 'any-failure' && exitCode === 1) {
        notes.unshift('The suite exited 1 (some test failed) without per-check results, so the failed level is unknown: counted as P0.');
    }
    return { status: status ?? 'crashed', notes };
}
function crashed(note) {
    return { status: 'crashed', notes: [note] };
}
function names(checks) {
    const shown = checks.slice(0, 5).map((c) => `"${c.name}" (${c.level})`);
    return shown.join(', ') + (checks.length > 5 ? ` and ${checks.length - 5} more` : '');
}

;// CONCATENATED MODULE: ./lib/runner/results.js
// Turns a finished suite process and the evidence it left into the suite's outcome: the
// per-check results decide, the exit code is cross-checked (src/evidence/judge.ts).

/**
 * `base` is the outcome of the process alone (timeout, signal, not found…); when it exited with
 * a code, the judge decides the status from that code and the evidence.
 */
function outcomeWithEvidence(base, end, evidence, context) {
    const described = {
        ...base,
        checks: evidence.checks ?? [],
        appendedArgs: context.appendedArgs,
        evidenceFiles: evidence.files,
        suiteReports: evidence.suiteReports,
        unmappedChecks: evidence.unmapped,
    };
    if (evidence.error !== null) {
        // Unreadable results are a broken suite: fail closed, whatever the exit code said.
        const status = base.status === 'timeout' || base.status === 'missing' ? base.status : 'crashed';
        return { ...described, status, notes: [...base.notes, evidence.error, ...evidence.notes] };
    }
    if (end.kind !== 'exited') {
        return { ...described, notes: [...base.notes, ...evidence.notes] };
    }
    const judgement = judge({
        mode: context.mode,
        exitCode: end.exitCode,
        contract: context.settings.exitCodes,
        requireResults: context.settings.requireResults,
        checks: evidence.checks,
        resultsDeclared: context.settings.results.length > 0,
        words: context.words,
    });
    return {
        ...described,
        status: judgement.status,
        exitCode: end.exitCode,
        notes: [...judgement.notes, ...evidence.notes],
    };
}

;// CONCATENATED MODULE: ./lib/runner/command.js
// Runs an external smoke-suite command (the source document's smoke_test_institutional.py, see
// docs/source-document.md) and turns what happened into a SuiteOutcome.














const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i;
/**
 * Splits a command into argv without a shell; operators, globs and comments are refused. Errors
 * begin with `subject`, what the user set it with (`Input "command"`, `--kill-switch`).
 */
function commandArgv(command, subject) {
    const open = unclosedQuote(command);
    if (open !== null) {
        return {
            error: `${subject} has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
        };
    }
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(command, (name) => `$${name}`);
    }
    catch (error) {
        return { error: `${subject} cannot be split into arguments: ${String(error)}` };
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token !== 'string') {
            return {
                error: `${subject} runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
            };
        }
        argv.push(token);
    }
    if (argv.length === 0)
        return { error: `${subject} is empty.` };
    return { argv };
}
/** The quote left open at the end of a command line, if any (backslash escapes respected). */
function unclosedQuote(command) {
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
        }
        else if (c === '\\') {
            i++; // the next character is literal (inside double quotes too, for " and \\)
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
        }
        else if (c === "'" || c === '"') {
            quote = c;
        }
    }
    return quote;
}
function describeToken(token) {
    if ('comment' in token)
        return 'a comment (#)';
    if ('pattern' in token)
        return `the glob "${String(token.pattern)}"`;
    if ('op' in token)
        return `the shell operator "${String(token.op)}"`;
    return 'a shell construct';
}
/** The script an interpreter is asked to run (`python scripts/x.py`), or a path to a program. */
function scriptPath(argv) {
    const [program, ...rest] = argv;
    if (program !== undefined && program.includes('/'))
        return program;
    const script = rest.find((arg) => !arg.startsWith('-'));
    return script !== undefined && SCRIPT_EXTENSIONS.test(script) ? script : null;
}
async function runCommandSuite(options) {
    const words = options.words ?? model/* ACTION_WORDS */.dC;
    const split = commandArgv(options.command, (0,model/* capitalized */.l2)(words.input('command')));
    if ('error' in split)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [split.error]);
    if (!isDirectory(options.cwd)) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `${(0,model/* capitalized */.l2)(words.input('working-directory'))} is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
        ]);
    }
    const given = options.evidence ?? evidence_settings/* DEFAULT_EVIDENCE_SETTINGS */.a$;
    const pytest = given.pytest === 'auto' && runsPytest(split.argv);
    const evidenceSettings = pytest ? pytestEvidenceSettings(given) : given;
    const appended = subsetArgv(evidenceSettings.subsetArgs, options.subset, words);
    if ('error' in appended)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [appended.error]);
    const levelMap = (0,levels/* parseLevelMap */.mK)(evidenceSettings.levelMap);
    if (!levelMap.ok) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `${(0,model/* capitalized */.l2)(words.input('level-map'))} ${levelMap.error}`,
        ]);
    }
    const argv = [...split.argv, ...appended.argv];
    const script = scriptPath(argv);
    if (script !== null && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(options.cwd, script))) {
        return (0,model/* outcomeWithoutChecks */.Yp)('missing', [
            `Smoke test script not found: ${script} (looked in ${external_node_path_.resolve(options.cwd)}). Check ${words.input('command')} and ${words.input('working-directory')}.`,
        ]);
    }
    const resultsDir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-'));
    const resultsPath = external_node_path_.join(resultsDir, 'results.json');
    let log;
    let logError;
    let outcome;
    try {
        // pytest without glue: its JUnit report (unless the workflow names its results) and markers.
        const glue = pytest
            ? await preparePytest(resultsDir, {
                junit: evidenceSettings.results.length === 0,
                pythonPath: options.env.PYTHONPATH,
            })
            : null;
        let watch;
        try {
            watch = await watchEvidence(evidenceSettings, {
                cwd: options.cwd,
                preflightResults: resultsPath,
                pytestReport: glue?.junitPath ?? undefined,
                reportDir: options.reportDir,
                gateWrites: options.outputLogPath ? [options.outputLogPath] : [],
                words,
            });
        }
        catch (error) {
            return (0,model/* outcomeWithoutChecks */.Yp)('crashed', [error.message]);
        }
        log = options.outputLogPath ? (0,external_node_fs_.createWriteStream)(options.outputLogPath) : undefined;
        // Until the log is closed: an error here (its last flush on a full disk) is lost evidence.
        log?.on('error', (error) => (logError ??= error));
        const run = await (0,runner_process/* runProcess */.R3)({
            argv: glue ? [...argv, ...glue.args] : argv,
            cwd: options.cwd,
            env: {
                ...options.env,
                ...(glue ? { PYTHONPATH: glue.pythonPath } : {}),
                // Python buffers stdout into a pipe: without this a hung suite leaves an empty log.
                PYTHONUNBUFFERED: '1',
                PREFLIGHT_MODE: options.mode,
                PREFLIGHT_SUBSET: options.subset,
                PREFLIGHT_RESULTS: resultsPath,
            },
            timeoutMs: options.timeoutMs,
            killGraceMs: options.killGraceMs ?? 5000,
            echo: options.echo,
            log: log && { stream: log, maxBytes: options.maxLogBytes ?? 32 * 1024 * 1024 },
            tailBytes: options.tailBytes ?? 64 * 1024,
            isolation: options.isolation,
        });
        const evidence = await collectEvidence(watch, options.signal).catch((error) => ({
            checks: null,
            files: [],
            suiteReports: [],
            unmapped: [],
            notes: [],
            error: error.message,
        }));
        outcome = outcomeWithEvidence(outcomeOfRun(run, options.timeoutMs, words), run.end, evidence, {
            mode: options.mode,
            settings: evidenceSettings,
            appendedArgs: appended.argv,
            words,
        });
    }
    finally {
        if (log) {
            log.end();
            await (0,external_node_stream_promises_.finished)(log).catch(() => undefined);
        }
        await (0,promises_.rm)(resultsDir, { recursive: true, force: true });
    }
    if (logError !== undefined && outcome.outputLost === undefined) {
        outcome = {
            ...outcome,
            outputLost: `The output log could not be written: ${logError.message}. No evidence, no launch in live mode; free the disk and re-run.`,
        };
    }
    return outcome;
}
/**
 * pytest's own contract when the command runs pytest (pytest: auto): exit codes 0 passed,
 * 1 tests failed, 2-5 crashes, in paper and live alike; `-m <subset>` instead of the document's
 * `--subset`, which pytest refuses, unless the workflow chose its own words.
 */
function pytestEvidenceSettings(settings) {
    return {
        ...settings,
        exitCodes: 'any-failure',
        subsetArgs: settings.subsetArgs === evidence_settings/* DEFAULT_SUBSET_ARGS */.pT ? PYTEST_SUBSET_ARGS : settings.subsetArgs,
    };
}
/**
 * The words appended for a subset other than `full` (the source document's launcher appends
 * `--subset production`): subset-args split like a command, `{subset}` replaced in each word.
 */
function subsetArgv(template, subset, words = model/* ACTION_WORDS */.dC) {
    if (subset === 'full' || template.trim() === '')
        return { argv: [] };
    const split = commandArgv(template, (0,model/* capitalized */.l2)(words.input('subset-args')));
    if ('error' in split)
        return split;
    return { argv: split.argv.map((word) => word.replaceAll('{subset}', subset)) };
}
/** What the process alone says; an exit code is judged together with the evidence. */
function outcomeOfRun(run, timeoutMs, words) {
    const base = {
        status: 'crashed',
        exitCode: null,
        signal: null,
        durationMs: run.durationMs,
        checks: [],
        notes: [],
        outputTail: (0,sanitize/* plainText */.wh)(run.tail),
        outputTruncated: run.truncated,
    };
    const end = run.end;
    switch (end.kind) {
        case 'exited':
            return { ...base, exitCode: end.exitCode };
        case 'signaled':
            return {
                ...base,
                signal: end.signal,
                notes: [`The suite was killed by signal ${end.signal}: treated as a crash.`],
            };
        case 'timeout':
            return {
                ...base,
                status: 'timeout',
                notes: [
                    `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise ${words.input('timeout-seconds')}.`,
                ],
            };
        case 'not-found':
            return {
                ...base,
                status: 'missing',
                notes: [`${end.error}. Install it on the runner or fix ${words.input('command')}.`],
            };
        case 'spawn-error':
            return { ...base, notes: [`${end.error}.`] };
        case 'write-failed':
            return {
                ...base,
                outputLost: `${end.error[0]?.toUpperCase() ?? ''}${end.error.slice(1)}; the suite was stopped. No evidence, no launch in live mode; free the disk (or fix where the output goes) and re-run.`,
            };
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
