export const id = 9279;
export const ids = [9279];
export const modules = {

/***/ 49279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diskAttempt: () => (/* binding */ diskAttempt),
/* harmony export */   formatBytes: () => (/* binding */ formatBytes),
/* harmony export */   parseMinFree: () => (/* binding */ parseMinFree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// disk: the filesystem holding a path has at least min-free free, in bytes or percent.


const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    pb: 1e15,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
    pib: 2 ** 50,
};
/** Parses "500MB", "2GiB", "1024" (bytes) or "10%"; the schema has already checked the shape. */
function parseMinFree(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%|[a-z]+)?\s*$/i.exec(text);
    const amount = Number(match?.[1]);
    const unit = (match?.[2] ?? 'b').toLowerCase();
    return unit === '%' ? { percent: amount } : { bytes: amount * (UNITS[unit] ?? NaN) };
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let value = bytes;
    let i = 0;
    while (value >= 1024 && i < units.length - 1) {
        value /= 1024;
        i++;
    }
    return `${value.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
async function diskAttempt(spec, ctx) {
    const shown = spec.path ?? '.';
    const target = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, ctx.expand.text(shown));
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.statfs)(target);
    }
    catch (error) {
        return { ok: false, message: `${shown}: ${error.message}` };
    }
    // bavail: what an unprivileged process may still use (root's reserve excluded).
    const free = info.bavail * info.bsize;
    const total = info.blocks * info.bsize;
    const percent = total > 0 ? (free / total) * 100 : 0;
    const want = parseMinFree(spec['min-free']);
    const have = `${formatBytes(free)} free of ${formatBytes(total)} (${percent.toFixed(1)}%) on the filesystem of ${shown}`;
    const enough = 'percent' in want ? percent >= want.percent : free >= want.bytes;
    return enough
        ? { ok: true, message: have }
        : { ok: false, message: `${have}; needs at least ${spec['min-free'].trim()}` };
}


/***/ })

};
