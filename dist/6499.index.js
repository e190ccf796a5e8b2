export const id = 6499;
export const ids = [6499];
export const modules = {

/***/ 67678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ probeIsolation),
/* harmony export */   I1: () => (/* binding */ chooseIsolation),
/* harmony export */   If: () => (/* binding */ parseInitStatus),
/* harmony export */   XC: () => (/* binding */ FILE_COMMAND_VARIABLES),
/* harmony export */   jW: () => (/* binding */ isolatedCommand),
/* harmony export */   y6: () => (/* binding */ fileCommandPaths),
/* harmony export */   zD: () => (/* binding */ cachedIsolationProbe)
/* harmony export */ });
/* unused harmony export NONE_EXPOSURE */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// `suite-isolation: pid`: the suite (and the process `preflight launch` starts) runs in its own
// PID and mount namespace. It sees only its own processes (a fresh /proc: the gate's environment
// and memory are out of sight), the runner's file commands are hidden from it, paths the gate
// protects are read-only, and when its first process ends the kernel kills every process left
// in the namespace: double forks, `setsid` and `env -i` daemons included.
//
// The chain, outside in:
//   [sudo -n env -i …] unshare (new PID + mount namespace, fresh /proc)
//     → sh: the mounts (tmpfs over hidden directories, /dev/null over hidden files, read-only binds)
//     → unshare --user (or setpriv under sudo): the suite's user, without capabilities over the
//       mounts, which a new user namespace also locks (they cannot be unmounted to uncover what
//       they hide)
//     → node init (PID 1): forwards signals, reports the suite's end on fd 3, exits with it.



/** The runner's file commands: through them a suite could set outputs, state or later steps' env. */
const FILE_COMMAND_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/**
 * What the suite must not reach: the runner's file-command directory (whole, when the files are
 * in the runner's `_runner_file_commands`), else each file-command file on its own.
 */
function fileCommandPaths(env) {
    const paths = new Set();
    const runnerDir = env.RUNNER_TEMP ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP, '_runner_file_commands') : null;
    if (runnerDir !== null && exists(runnerDir))
        paths.add(runnerDir);
    for (const name of FILE_COMMAND_VARIABLES) {
        const file = env[name];
        if (!file || !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(file) || !exists(file))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
        paths.add(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(dir) === '_runner_file_commands' ? dir : file);
    }
    return [...paths];
}
/** The decision for a run: pid where asked (or, for auto, where available), with the reason for none. */
async function chooseIsolation(requested, probe) {
    if (requested === 'none') {
        return {
            report: { requested, used: 'none', via: null, reason: 'suite-isolation is none' },
            launcher: null,
        };
    }
    const found = await probe();
    if (found.ok) {
        return {
            report: { requested, used: 'pid', via: found.launcher.via, reason: null },
            launcher: found.launcher,
        };
    }
    return { report: { requested, used: 'none', via: null, reason: found.reason }, launcher: null };
}
// PID 1 of the namespace. It must handle signals (the kernel drops unhandled ones sent to a
// namespace's init), and it reports how the suite ended on fd 3, which the suite never holds
// (its fd 3 is /dev/null), so an exit by signal is told apart from an exit code.
const INIT = `
const fs = require('node:fs'), { spawn } = require('node:child_process'), os = require('node:os')
const [nodeOptions, file, ...args] = process.argv.slice(1)
const env = { ...process.env }
if (nodeOptions !== '') env.NODE_OPTIONS = nodeOptions
const report = (status) => { try { fs.writeSync(3, JSON.stringify(status)); fs.closeSync(3) } catch {} }
const nul = fs.openSync('/dev/null', 'r')
const child = spawn(file, args, { stdio: ['inherit', 'inherit', 'inherit', nul], env })
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2']) {
  process.on(s, () => { try { child.kill(s) } catch {} })
}
child.on('error', (e) => { report({ error: e.code || 'EUNKNOWN', message: e.message }); process.exit(127) })
child.on('exit', (code, signal) => {
  report(code === null ? { signal } : { code })
  process.exit(code === null ? 128 + (os.constants.signals[signal] || 0) : code)
})
`;
// The mounts, made while the namespace still has the capabilities to: `hide-dir:P` (an empty
// read-only tmpfs), `hide-file:P` (/dev/null: reads are empty, writes go nowhere), `ro:P`.
const MOUNTS = `set -e
while [ "$#" -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    hide-dir:*) mount -t tmpfs -o ro,size=4k,mode=0555 preflight-hidden "\${1#hide-dir:}" ;;
    hide-file:*) mount --bind /dev/null "\${1#hide-file:}"; mount -o remount,bind,ro "\${1#hide-file:}" ;;
    ro:*) mount --bind "\${1#ro:}" "\${1#ro:}"; mount -o remount,bind,ro "\${1#ro:}" ;;
  esac
  shift
done
exec "$@"`;
/** The command line that runs argv isolated, with the suite's environment. */
function isolatedCommand(isolation, argv, env) {
    const { launcher, rules } = isolation;
    const mounts = [
        ...rules.hide.map((p) => (isDirectory(p) ? `hide-dir:${p}` : `hide-file:${p}`)),
        ...rules.readOnly.map((p) => `ro:${p}`),
    ];
    const initEnv = { ...env };
    delete initEnv.NODE_OPTIONS; // the suite's, restored for it: never the init's
    const init = [process.execPath, '-e', INIT, '--', env.NODE_OPTIONS ?? '', ...argv];
    const namespaces = ['--pid', '--mount', '--fork', '--kill-child', '--mount-proc'];
    const shell = ['/bin/sh', '-c', MOUNTS, 'preflight-isolation', ...mounts, '--'];
    switch (launcher.via) {
        case 'root':
            return {
                argv: [
                    'unshare',
                    ...namespaces,
                    '--',
                    ...shell,
                    ...['unshare', '--user', '--map-user=0', '--map-group=0', '--mount', '--'],
                    ...init,
                ],
                env: initEnv,
                statusFd: true,
            };
        case 'user-namespace':
            return {
                argv: [
                    'unshare',
                    '--user',
                    '--map-root-user',
                    ...namespaces,
                    '--',
                    ...shell,
                    'unshare',
                    '--user',
                    `--map-user=${launcher.uid}`,
                    `--map-group=${launcher.gid}`,
                    '--mount',
                    '--',
                    ...init,
                ],
                env: initEnv,
                statusFd: true,
            };
        case 'sudo':
            // sudo resets the environment: it is handed over as env -i's arguments (the suite's own,
            // sealed environment; nothing secret), and the suite drops back to the runner's user.
            return {
                argv: [
                    'sudo',
                    '-n',
                    '--',
                    'env',
                    '-i',
                    ...Object.entries(initEnv)
                        .filter(([name, value]) => value !== undefined && !name.includes('='))
                        .map(([name, value]) => `${name}=${value}`),
                    'unshare',
                    ...namespaces,
                    '--',
                    ...shell,
                    'setpriv',
                    `--reuid=${launcher.uid}`,
                    `--regid=${launcher.gid}`,
                    '--init-groups',
                    '--inh-caps=-all',
                    '--bounding-set=-all',
                    '--',
                    ...init,
                ],
                env: { PATH: env.PATH ?? '/usr/bin:/bin' },
                statusFd: false,
            };
    }
}
function parseInitStatus(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.code === 'number')
            return { code: value.code };
        if (typeof value.signal === 'string')
            return { signal: value.signal };
        if (typeof value.error === 'string' && typeof value.message === 'string') {
            return { error: value.error, message: value.message };
        }
    }
    catch {
        // not a status: the init never got to report
    }
    return null;
}
const PROBE_TIMEOUT_MS = 10_000;
/**
 * The real probe: runs `true` through each way in turn (root directly; else a user namespace,
 * then passwordless sudo) and takes the first that reports a clean end. Linux only.
 */
const probeIsolation = async () => {
    if (process.platform !== 'linux') {
        return { ok: false, reason: `PID namespaces exist only on Linux (this is ${process.platform})` };
    }
    const uid = process.getuid?.() ?? -1;
    const gid = process.getgid?.() ?? -1;
    const candidates = uid === 0
        ? [{ via: 'root' }]
        : [
            { via: 'user-namespace', uid, gid },
            { via: 'sudo', uid, gid },
        ];
    const failures = [];
    for (const launcher of candidates) {
        const failure = await tryLauncher(launcher);
        if (failure === null)
            return { ok: true, launcher };
        failures.push(`${launcher.via}: ${failure}`);
    }
    return { ok: false, reason: `PID namespaces are not available here (${failures.join('; ')})` };
};
let cachedProbe = null;
/** The real probe, once per process (each way costs a few processes). */
const cachedIsolationProbe = () => (cachedProbe ??= probeIsolation());
function tryLauncher(launcher) {
    const command = isolatedCommand({ launcher, rules: { hide: [], readOnly: [] } }, ['true'], process.env.PATH ? { PATH: process.env.PATH } : {});
    const [file, ...args] = command.argv;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            env: command.env,
            stdio: ['ignore', 'ignore', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
            detached: true,
        });
        let stderr = '';
        let status = '';
        child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk.toString()).slice(-500)));
        child.stdio[3]?.on('data', (chunk) => (status += chunk.toString()));
        const timer = setTimeout(() => {
            try {
                process.kill(-(child.pid ?? 0), 'SIGKILL');
            }
            catch {
                // gone already
            }
        }, PROBE_TIMEOUT_MS);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve(error.message);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const ended = command.statusFd ? parseInitStatus(status) : { code };
            if (code === 0 && ended !== null && 'code' in ended && ended.code === 0)
                resolve(null);
            else {
                const said = stderr.trim().split('\n').slice(-1)[0] ?? '';
                resolve(`${signal ? `killed by ${signal}` : `exit ${code}`}${said ? `: ${said}` : ''}`);
            }
        });
    });
}
/** What a suite can do under `none`, for the report. */
const NONE_EXPOSURE = 'the suite runs as the gate’s user in the gate’s namespaces: it can see and signal every process of that user (the gate’s included), read their /proc entries (environment and command lines), write the runner’s file commands and the report directory, and start daemons that only the process tracking can find';
function exists(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
function isDirectory(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 36499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   RS: () => (/* binding */ killActiveProcessTrees),
/* harmony export */   uV: () => (/* binding */ signalProcessTree)
/* harmony export */ });
/* unused harmony export incompleteCharacterBytes */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67678);
/* harmony import */ var _tail_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12542);
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
    const command = options.isolation
        ? (0,_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .isolatedCommand */ .jW)(options.isolation, options.argv, options.env)
        : { argv: [...options.argv], env: options.env, statusFd: false };
    const [file, ...args] = command.argv;
    const started = performance.now();
    const tail = new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes);
    const streamTails = {
        stdout: new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes),
        stderr: new _tail_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(options.tailBytes),
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
            env: command.env,
            // fd 3: how the suite ended, from its namespace's init (isolated runs only).
            stdio: ['ignore', 'pipe', 'pipe', command.statusFd ? 'pipe' : 'ignore'],
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
        // A sink that fails (a full disk under the log, a closed pipe behind the echo) is a fact,
        // never a crash: the output can no longer be kept, so the suite is stopped now.
        const onSinkError = (what) => (error) => {
            if (end === null || end.kind !== 'write-failed') {
                end = { kind: 'write-failed', error: `the ${what} could not be written: ${error.message}` };
            }
            killTree();
            drainTimer ??= setTimeout(settle, options.drainMs ?? 1000);
        };
        const sinks = [
            ...(options.log ? [[options.log.stream, onSinkError('output log')]] : []),
            ...(options.echo ? [[options.echo, onSinkError('live echo')]] : []),
        ];
        for (const [sink, listener] of sinks)
            sink.on('error', listener);
        const writable = (sink) => !sink.destroyed && !sink.writableEnded;
        const onData = (chunk, stream, name) => {
            tail.push(chunk);
            streamTails[name].push(chunk);
            if (options.log && !logCut && writable(options.log.stream)) {
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
            if (options.echo && writable(options.echo) && !options.echo.write(chunk)) {
                pauseUntilDrain(stream, options.echo);
            }
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
        // The namespace's init says how the suite itself ended (bounded: one short JSON object).
        let initStatus = '';
        child.stdio[3]?.on('data', (chunk) => {
            if (initStatus.length < 4096)
                initStatus += chunk.toString('utf8');
        });
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
            child.stdio[3]?.destroy();
            const ended = end ?? { kind: 'spawn-error', error: 'the process ended without a status' };
            resolve(finish(command.statusFd
                ? suiteEnd(ended, (0,_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInitStatus */ .If)(initStatus), options.argv[0] ?? '')
                : ended));
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
/**
 * An isolated run's end is the suite's, as its init reported it: a signal is a signal, a command
 * that could not start is one. Without a report the namespace itself failed (or was killed).
 */
function suiteEnd(end, status, file) {
    if (end.kind !== 'exited')
        return end;
    if (status === null) {
        return {
            kind: 'spawn-error',
            error: `the suite's namespace ended (exit ${end.exitCode}) before the suite did; its output says why`,
        };
    }
    if ('signal' in status)
        return { kind: 'signaled', signal: status.signal };
    if ('error' in status) {
        return status.error === 'ENOENT'
            ? { kind: 'not-found', error: `command not found: ${file}` }
            : { kind: 'spawn-error', error: `could not start ${file}: ${status.message}` };
    }
    return { kind: 'exited', exitCode: status.code };
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
