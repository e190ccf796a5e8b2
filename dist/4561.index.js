export const id = 4561;
export const ids = [4561];
export const modules = {

/***/ 24561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processAttempt: () => (/* binding */ processAttempt)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78150);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4299);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52974);
// process: a process is running, found by a pattern on its command line or by a pid file.





const MAX_PROCESSES = 100_000;
const MAX_CMDLINE_BYTES = 64 * 1024;
const BATCH = 64;
/** Process checks starting within this long share one read of the process table. */
const SNAPSHOT_MS = 250;
let snapshot = null;
/** Every process's command line, read at most once per SNAPSHOT_MS for all checks. */
function processTable() {
    const now = performance.now();
    if (snapshot === null || now - snapshot.takenAt > SNAPSHOT_MS) {
        snapshot = { takenAt: now, table: readProcessTable() };
    }
    return snapshot.table;
}
async function readProcessTable() {
    // The gate's own process (whose command line names the suite) never counts.
    const own = new Set([String(process.pid), String(process.ppid)]);
    const pids = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)('/proc'))
        .filter((e) => /^\d+$/.test(e) && !own.has(e))
        .slice(0, MAX_PROCESSES);
    const table = [];
    for (let i = 0; i < pids.length; i += BATCH) {
        const batch = pids.slice(i, i + BATCH);
        const lines = await Promise.all(batch.map((pid) => commandLine(pid)));
        lines.forEach((line, j) => {
            if (line !== null && line !== '')
                table.push({ pid: Number(batch[j]), commandLine: line });
        });
    }
    return table;
}
async function processAttempt(spec, ctx) {
    if (process.platform !== 'linux') {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckDefinitionError */ .gD('process checks read /proc and need Linux');
    }
    if (spec['pid-file'] !== undefined)
        return byPidFile(spec['pid-file'], ctx);
    const source = spec.pattern;
    const pattern = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_4__/* .compilePattern */ .Eb)(ctx.expand.pattern(source));
    const table = await Promise.race([
        processTable(),
        new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(null), { once: true })),
    ]);
    if (table === null) {
        return { ok: false, message: `process table not read within ${ctx.timeoutMs} ms` };
    }
    const matches = table.filter((p) => pattern.test(p.commandLine)).map((p) => p.pid);
    if (matches.length === 0)
        return { ok: false, message: `no running process matches /${source}/` };
    const shown = matches.slice(0, 5).join(', ') + (matches.length > 5 ? ', …' : '');
    return { ok: true, message: `${matches.length} process(es) match /${source}/ (pid ${shown})` };
}
async function commandLine(pid) {
    try {
        const raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/${pid}/cmdline`);
        return raw
            .subarray(0, MAX_CMDLINE_BYTES)
            .toString('utf8')
            .replace(/\0+$/, '')
            .replace(/\0/g, ' ');
    }
    catch {
        return null; // exited while we looked, or not ours to read
    }
}
async function byPidFile(written, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, ctx.expand.text(written));
    let text;
    try {
        text = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readBounded */ .CB)(file, 64);
    }
    catch (error) {
        return { ok: false, message: `pid file ${written}: ${error.message}` };
    }
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid < 1) {
        return { ok: false, message: `pid file ${written} does not hold a process id` };
    }
    const state = await processState(pid);
    if (state === null)
        return { ok: false, message: `process ${pid} (from ${written}) is not running` };
    if (state === 'Z')
        return { ok: false, message: `process ${pid} (from ${written}) has exited (zombie)` };
    return { ok: true, message: `process ${pid} (from ${written}) is running` };
}
/** The one-letter state from /proc/PID/stat, or null if there is no such process. */
async function processState(pid) {
    try {
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    }
    catch {
        return null;
    }
}


/***/ })

};
