export const id = 8250;
export const ids = [8250];
export const modules = {

/***/ 38250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CANCEL_GRACE_MS: () => (/* binding */ CANCEL_GRACE_MS),
/* harmony export */   abortOnSignals: () => (/* binding */ abortOnSignals)
/* harmony export */ });
/* harmony import */ var _runner_process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36499);
// One way every entry point answers cancellation: the first SIGINT or SIGTERM aborts the work
// (the engine kills the suite and logs the cancellation), and the process exits within a second
// whatever is still pending; a second signal exits at once.

const CANCEL_GRACE_MS = 900;
function abortOnSignals(exitCode = () => 1, graceMs = CANCEL_GRACE_MS) {
    const controller = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            const exitNow = () => {
                (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_0__/* .killActiveProcessTrees */ .RS)();
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


/***/ })

};
