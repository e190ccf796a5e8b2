export const id = 328;
export const ids = [328];
export const modules = {

/***/ 6568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ coreIo)
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

/***/ 97328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
;// CONCATENATED MODULE: ./lib/action/cancel.js
// One way every entry point answers cancellation: the first SIGINT or SIGTERM aborts the work
// (the engine kills the suite and logs the cancellation), and the process exits within a second
// whatever is still pending; a second signal exits at once.

const CANCEL_GRACE_MS = 900;
function abortOnSignals(exitCode = () => 1, graceMs = CANCEL_GRACE_MS) {
    const controller = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            const exitNow = () => {
                (0,runner_process/* killActiveProcessTrees */.RS)();
                process.exit(exitCode(signal));
            };
            if (controller.signal.aborted)
                exitNow();
            controller.abort(new Error(`received ${signal}`));
            setTimeout(exitNow, graceMs).unref();
        });
    }
    return controller.signal;
}

// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
;// CONCATENATED MODULE: ./lib/action/entry.js
// Every action of this repository runs from one bundle (as actions/checkout runs its main and
// post steps from one): the gate (main and post), and the authorize, aggregate and require
// sub-actions, whose dist/<name>/index.js only imports dist/index.js. Which one runs is the
// folder of the script the runner started; the post step is told by the `is-post` state the
// main step left.




async function runAction(script = process.argv[1] ?? '') {
    // Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
    (0,core/* config */.$W)({ jitless: true });
    const io = (0,core_io/* coreIo */.I)();
    const signal = abortOnSignals();
    switch (external_node_path_.basename(external_node_path_.dirname(script))) {
        case 'authorize':
            await (await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(238), __webpack_require__.e(240), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 41838))).runAuthorize(process.env, { io });
            break;
        case 'aggregate':
            await (await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(238), __webpack_require__.e(97), __webpack_require__.e(737)]).then(__webpack_require__.bind(__webpack_require__, 32737))).runAggregate(process.env, { io });
            break;
        case 'require':
            await (await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(238), __webpack_require__.e(97), __webpack_require__.e(596)]).then(__webpack_require__.bind(__webpack_require__, 27596))).runRequire(process.env, { io });
            break;
        default:
            if (io.getState('is-post') === 'true') {
                await (await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(238), __webpack_require__.e(825)]).then(__webpack_require__.bind(__webpack_require__, 69825))).runPost(process.env, { io });
            }
            else {
                io.saveState('is-post', 'true');
                await (await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(238), __webpack_require__.e(240), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 27157))).run(process.env, { io, signal });
            }
    }
    // A timed-out artifact call may still hold sockets open; the step is decided, so end it.
    process.exit();
}


/***/ }),

/***/ 36499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   RS: () => (/* binding */ killActiveProcessTrees)
/* harmony export */ });
/* unused harmony exports incompleteCharacterBytes, signalProcessTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12542);
// Runs one command as its own process group, with a hard deadline that kills the whole tree.
// @actions/exec cannot start a child in its own process group, which is what makes it possible
// to kill grandchildren, so this module spawns with node:child_process directly.



/** The most of an unfinished line held back from the echo and the log until its end comes. */
const MAX_HELD_LINE_BYTES = 64 * 1024;
/** Kills of the process trees still running, so a cancelled gate leaves nothing behind. */
const activeTrees = new Set();
/** Kills every process tree this module started that is still running (on cancellation). */
function killActiveProcessTrees() {
    for (const kill of activeTrees)
        kill();
}
function runProcess(options) {
    const [file, ...args] = options.argv;
    const started = performance.now();
    const tail = new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes);
    const streamTails = {
        stdout: new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes),
        stderr: new _tail_js__WEBPACK_IMPORTED_MODULE_2__/* .TailBuffer */ .v(options.tailBytes),
    };
    let loggedBytes = 0;
    let logCut = false;
    return new Promise((resolve) => {
        if (file === undefined) {
            resolve(finish({ kind: 'spawn-error', error: 'the command is empty' }));
            return;
        }
        const descendants = new Set();
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true, // its own process group, so the whole tree can be signalled at once
            windowsHide: true,
        });
        const killTree = () => {
            collectDescendants(child.pid, descendants);
            signalTree(child.pid, descendants, 'SIGKILL');
        };
        activeTrees.add(killTree);
        let end = null;
        let exited = false;
        let settled = false;
        let killTimer;
        let drainTimer;
        const deadline = setTimeout(() => {
            end = { kind: 'timeout' };
            collectDescendants(child.pid, descendants);
            signalTree(child.pid, descendants, 'SIGTERM');
            killTimer = setTimeout(() => {
                collectDescendants(child.pid, descendants);
                signalTree(child.pid, descendants, 'SIGKILL');
                // Pipes held by a process outside the group must not keep the gate waiting.
                drainTimer = setTimeout(settle, options.drainMs ?? 1000);
            }, options.killGraceMs);
        }, options.timeoutMs);
        const onData = (chunk, stream, name) => {
            tail.push(chunk);
            streamTails[name].push(chunk);
            if (options.log && !logCut) {
                const room = options.log.maxBytes - loggedBytes;
                const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
                loggedBytes += part.length;
                if (!options.log.stream.write(part))
                    pauseUntilDrain(stream, options.log.stream);
                if (chunk.length > room) {
                    logCut = true;
                    options.log.stream.write(`\n[preflight] output log cut here after ${loggedBytes} bytes; the rest was not kept (only the last ${options.tailBytes} bytes are in the report)\n`);
                }
            }
            if (options.echo && !options.echo.write(chunk))
                pauseUntilDrain(stream, options.echo);
        };
        // Each stream passes on whole lines: a line stdout has only begun must not be joined with a
        // line of stderr in the echo and the log (a secret cut in two that way escapes redaction).
        // A line longer than MAX_HELD_LINE_BYTES goes on in parts, cut between characters.
        const held = { stdout: Buffer.alloc(0), stderr: Buffer.alloc(0) };
        const releaseHeld = (name) => {
            if (held[name].length > 0)
                onData(held[name], child[name], name);
            held[name] = Buffer.alloc(0);
        };
        for (const name of ['stdout', 'stderr']) {
            child[name].on('data', (chunk) => {
                const data = held[name].length > 0 ? Buffer.concat([held[name], chunk]) : chunk;
                let whole = Math.max(data.lastIndexOf(0x0a), data.lastIndexOf(0x0d)) + 1;
                if (data.length - whole > MAX_HELD_LINE_BYTES) {
                    whole = data.length - incompleteCharacterBytes(data);
                }
                held[name] = Buffer.from(data.subarray(whole));
                if (whole > 0)
                    onData(data.subarray(0, whole), child[name], name);
            });
            child[name].on('end', () => releaseHeld(name));
        }
        child.on('error', (error) => {
            end ??=
                error.code === 'ENOENT'
                    ? { kind: 'not-found', error: `command not found: ${file}` }
                    : { kind: 'spawn-error', error: `could not start ${file}: ${error.message}` };
            settle();
        });
        child.on('exit', (code, signal) => {
            exited = true;
            if (end === null) {
                end =
                    code !== null
                        ? { kind: 'exited', exitCode: code }
                        : { kind: 'signaled', signal: signal ?? 'unknown' };
            }
            // Leftover members of the suite's group may hold the pipes open: stop waiting for them.
            if (end.kind !== 'timeout')
                drainTimer = setTimeout(settle, options.drainMs ?? 1000);
        });
        child.on('close', () => {
            if (exited || end !== null)
                settle();
        });
        function settle() {
            if (settled)
                return;
            settled = true;
            activeTrees.delete(killTree);
            clearTimeout(deadline);
            clearTimeout(killTimer);
            clearTimeout(drainTimer);
            // Whatever the command left behind in its group (a background helper) ends with it.
            signalTree(child.pid, descendants, 'SIGKILL');
            // What a killed or abandoned stream had begun of its last line is output all the same.
            releaseHeld('stdout');
            releaseHeld('stderr');
            child.stdout.destroy();
            child.stderr.destroy();
            resolve(finish(end ?? { kind: 'spawn-error', error: 'the process ended without a status' }));
        }
    });
    function finish(end) {
        return {
            end,
            durationMs: performance.now() - started,
            tail: tail.fromLineStart(),
            stdoutTail: streamTails.stdout.text(),
            stderrTail: streamTails.stderr.text(),
            truncated: tail.truncated,
            totalBytes: tail.totalBytes,
            loggedBytes,
        };
    }
}
/** How many bytes at the end of data begin a UTF-8 character that the next chunk completes. */
function incompleteCharacterBytes(data) {
    for (let back = 1; back <= Math.min(3, data.length); back++) {
        const byte = data[data.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
/** Signals a process started in its own group, the group and every descendant that left it. */
function signalProcessTree(pid, signal) {
    const descendants = new Set();
    collectDescendants(pid, descendants);
    signalTree(pid, descendants, signal);
}
/** The sinks each output stream waits on: it resumes only when every one of them has drained. */
const awaitedSinks = new WeakMap();
function pauseUntilDrain(source, sink) {
    // A sink that is gone (closed, or destroyed by an error) never drains: the output goes on.
    if (sink.destroyed)
        return;
    source.pause();
    const awaited = awaitedSinks.get(source) ?? new Set();
    awaitedSinks.set(source, awaited);
    // One listener per source and sink: a fast echo must not resume a stream the slow log still holds.
    if (awaited.has(sink))
        return;
    awaited.add(sink);
    const release = () => {
        sink.off('drain', release);
        sink.off('close', release);
        awaited.delete(sink);
        if (awaited.size === 0)
            source.resume();
    };
    sink.on('drain', release);
    sink.on('close', release);
}
function signalTree(pid, descendants, signal) {
    if (pid === undefined)
        return;
    trySignal(-pid, signal); // the process group
    for (const other of descendants)
        trySignal(other, signal); // those that left the group (setsid)
}
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone
    }
}
/** Adds every live descendant of root to the set, read from /proc (Linux); bounded. */
function collectDescendants(root, into) {
    if (root === undefined || process.platform !== 'linux')
        return;
    const children = new Map();
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // Fields after the command name, which is in parentheses and may hold spaces.
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            const list = children.get(ppid) ?? [];
            list.push(Number(entry));
            children.set(ppid, list);
        }
        catch {
            // exited while we looked
        }
    }
    const queue = [root];
    for (let i = 0; i < queue.length && i < 100_000; i++) {
        for (const child of children.get(queue[i]) ?? []) {
            if (!into.has(child)) {
                into.add(child);
                queue.push(child);
            }
        }
    }
}


/***/ }),

/***/ 12542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* unused harmony export lineSearchBytes */
/** How far into a cut tail its first whole line is looked for. */
function lineSearchBytes(limit) {
    return Math.min(4096, Math.floor(limit / 2));
}
/**
 * Keeps only the last `limit` bytes written to it, however much passes through: a fixed ring,
 * so a flood of output costs no allocation per chunk.
 */
class TailBuffer {
    limit;
    ring;
    /** Where the next byte goes. */
    head = 0;
    totalBytes = 0;
    constructor(limit) {
        this.limit = limit;
        this.ring = Buffer.alloc(limit);
    }
    push(chunk) {
        this.totalBytes += chunk.length;
        const piece = chunk.length > this.limit ? chunk.subarray(chunk.length - this.limit) : chunk;
        const first = Math.min(piece.length, this.limit - this.head);
        piece.copy(this.ring, this.head, 0, first);
        piece.copy(this.ring, 0, first);
        this.head = (this.head + piece.length) % this.limit;
    }
    get truncated() {
        return this.totalBytes > this.limit;
    }
    /** What is kept, as text: exactly the last bytes (what checks match their patterns on). */
    text() {
        return this.kept().toString('utf8');
    }
    /**
     * What is kept, for a report: once the start was cut off, from the first whole line (if one
     * starts within the first lineSearchBytes). The cut could fall inside a secret, and the end of
     * a secret is not something redaction can recognise.
     */
    fromLineStart() {
        const kept = this.kept();
        if (!this.truncated)
            return kept.toString('utf8');
        const head = kept.subarray(0, lineSearchBytes(this.limit));
        const breaks = [head.indexOf(0x0a), head.indexOf(0x0d)].filter((i) => i >= 0);
        return kept.subarray(breaks.length > 0 ? Math.min(...breaks) + 1 : 0).toString('utf8');
    }
    kept() {
        if (this.totalBytes < this.limit)
            return this.ring.subarray(0, this.head);
        return Buffer.concat([this.ring.subarray(this.head), this.ring.subarray(0, this.head)]);
    }
}


/***/ })

};
