export const id = 6817;
export const ids = [6817];
export const modules = {

/***/ 36817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startLaunched: () => (/* binding */ startLaunched),
/* harmony export */   superviseLaunch: () => (/* binding */ superviseLaunch)
/* harmony export */ });
/* unused harmony export LAUNCH_KILL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var _runner_isolation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67678);
/* harmony import */ var _runner_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36499);
// `launch --watch-interval`: the launched process runs in its own process group while the checks
// keep running. A trip runs the kill switch (if any) and makes sure the launched process tree
// stops (TERM, then KILL after a grace); when the launched process exits, watching stops and its
// exit code is preflight's.




const LAUNCH_KILL_GRACE_MS = 5000;
/** Exit code 1 after a trip; otherwise the launched process's own. */
async function superviseLaunch(launch) {
    const graceMs = launch.graceMs ?? LAUNCH_KILL_GRACE_MS;
    const { pid, exited } = startLaunched(launch, true);
    const controller = new AbortController();
    void exited.then((code) => controller.abort(`the launched process exited with ${code}`));
    const stopLaunched = async (killSwitch) => {
        if (pid === undefined)
            return 'the launched process had not started';
        if (killSwitch?.ok && (await within(exited, graceMs))) {
            return 'the launched process exited after the kill switch';
        }
        (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_3__/* .signalProcessTree */ .uV)(pid, 'SIGTERM');
        if (await within(exited, graceMs))
            return 'the launched process tree was stopped (SIGTERM)';
        (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_3__/* .signalProcessTree */ .uV)(pid, 'SIGKILL');
        await within(exited, 2000);
        return `the launched process tree was killed (SIGKILL after ${graceMs / 1000} s)`;
    };
    // Ctrl-C or a stop of preflight goes to the launched process; its exit ends the watch.
    const forward = (signal) => {
        if (pid !== undefined)
            (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_3__/* .signalProcessTree */ .uV)(pid, signal);
    };
    const outcome = await launch.watch(controller.signal, stopLaunched, forward);
    if (outcome.outcome === 'tripped') {
        // Whatever the kill switch did, nothing of the launched tree outlives preflight.
        if (pid !== undefined)
            (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_3__/* .signalProcessTree */ .uV)(pid, 'SIGKILL');
        return 1;
    }
    return exited;
}
/**
 * Starts the launched command with the terminal, in its own process group when detached, and in
 * its own PID and mount namespace under isolation: when its first process ends, or is killed on
 * a trip, the kernel ends every process it started (setsid, double-forked, env -i daemons too).
 * Resolves with its exit code (128 + the signal's number when a signal ended it).
 */
function startLaunched(launch, detached) {
    const command = launch.isolation
        ? (0,_runner_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .isolatedCommand */ .jW)(launch.isolation, launch.argv, launch.env)
        : { argv: [...launch.argv], env: launch.env, statusFd: false };
    const [file, ...args] = command.argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
        stdio: ['inherit', 'inherit', 'inherit', command.statusFd ? 'pipe' : 'ignore'],
        env: command.env,
        detached,
    });
    // The namespace's init reports how the launched command itself ended (fd 3).
    let status = '';
    child.stdio[3]?.on('data', (chunk) => {
        if (status.length < 4096)
            status += chunk.toString('utf8');
    });
    const named = launch.argv[0] ?? '';
    const exited = new Promise((resolve) => {
        child.on('error', (error) => {
            launch.stderr.write(`preflight launch: could not start ${file}: ${error.message}\n`);
            resolve(1);
        });
        child.on('close', (code, signal) => {
            const ended = command.statusFd ? (0,_runner_isolation_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInitStatus */ .If)(status) : null;
            if (ended && 'error' in ended) {
                launch.stderr.write(`preflight launch: could not start ${named}: ${ended.message}\n`);
                resolve(1);
            }
            else if (ended && 'signal' in ended)
                resolve(128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[ended.signal] ?? 0));
            else if (ended)
                resolve(ended.code);
            else
                resolve(code ?? (signal ? 128 + (node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] ?? 0) : 1));
        });
    });
    return { pid: child.pid, exited };
}
function within(promise, ms) {
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        void promise.then(() => {
            clearTimeout(timer);
            resolve(true);
        });
    });
}


/***/ })

};
