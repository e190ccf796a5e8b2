export const id = 806;
export const ids = [806];
export const modules = {

/***/ 20806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneCommand: () => (/* binding */ pruneCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _retention_prune_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21158);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3390);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18908);
// `preflight prune`: the report directory's retention on demand (every run also does it).





const PRUNE_HELP = `Usage: preflight prune [--report-dir DIR] [--report-retention-days N]

Moves reports older than N days (default ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REPORT_RETENTION_DAYS */ ._f}; 0 keeps everything) into
DIR/archive/<YYYY-MM>.tar.gz and rotates the operational log of past months into DIR/archive.
Each archive is written to a temporary file, read back and checked, renamed into place, and only
then are the originals removed: a crash or kill loses nothing. Nothing else is ever deleted.

  --report-dir DIR           default: ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REPORT_DIR */ .dw}
  --report-retention-days N  default: ${_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REPORT_RETENTION_DAYS */ ._f}`;
async function pruneCommand(args, io) {
    let values;
    try {
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: {
                'report-dir': { type: 'string' },
                'report-retention-days': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .D)(io, 'prune', `${error.message}`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(PRUNE_HELP + '\n');
        return 0;
    }
    const days = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalInteger */ .$H)(0, 36500).safeParse(values['report-retention-days'] ?? '');
    if (!days.success) {
        io.stderr.write(`preflight prune: --report-retention-days ${days.error.issues[0]?.message ?? 'is invalid'}\n`);
        return 1;
    }
    const reportDir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values['report-dir'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REPORT_DIR */ .dw);
    try {
        const result = await (0,_retention_prune_js__WEBPACK_IMPORTED_MODULE_2__/* .pruneReports */ .Y8)(reportDir, days.data ?? _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REPORT_RETENTION_DAYS */ ._f, new Date());
        if (result.busy) {
            io.stderr.write(`preflight prune: another prune of ${reportDir} is running; nothing done.\n`);
            return 1;
        }
        for (const [archive, files] of Object.entries(result.archived)) {
            io.stdout.write(`${archive}: ${files.length} file(s) archived\n`);
        }
        if (result.rotatedLog)
            io.stdout.write(`operational log rotated to ${result.rotatedLog}\n`);
        for (const refusal of result.refused)
            io.stderr.write(`preflight prune: ${refusal}\n`);
        if (Object.keys(result.archived).length === 0 && !result.rotatedLog) {
            io.stdout.write('Nothing to archive.\n');
        }
        return 0;
    }
    catch (error) {
        io.stderr.write(`preflight prune: ${error.message}. Nothing was removed that is not archived; fix the cause and run it again.\n`);
        return 1;
    }
}


/***/ })

};
