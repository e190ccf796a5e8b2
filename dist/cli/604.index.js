export const id = 604;
export const ids = [604];
export const modules = {

/***/ 21604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   archiveFiles: () => (/* binding */ archiveFiles)
/* harmony export */ });
/* unused harmony export listArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98697);
// Month archives of old reports: `<report-dir>/archive/<YYYY-MM>.tar.gz`, a real gzip tar.
// Adding to one is done safely: the old members and the new files are packed into a temporary
// archive, read back and checked against the files byte for byte, renamed over the old archive
// atomically, and only then are the originals removed. A kill at any point loses nothing: before
// the rename the originals and the old archive are untouched; after it, a file still present is
// also in the archive, and the next run adds it again under the same name.






/** Every member of an archive with its content's hash, read through the whole archive. */
async function listArchive(file) {
    const members = [];
    const pending = [];
    await tar__WEBPACK_IMPORTED_MODULE_5__.t({
        file,
        strict: true,
        onReadEntry: (entry) => {
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let size = 0;
            pending.push(new Promise((resolve, reject) => {
                entry.on('data', (chunk) => {
                    size += chunk.length;
                    hash.update(chunk);
                });
                entry.on('end', () => {
                    members.push({ name: entry.path, size, sha256: hash.digest('hex') });
                    resolve();
                });
                entry.on('error', reject);
            }));
        },
    });
    await Promise.all(pending);
    return members;
}
/** Adds files (regular files of one directory) to the archive, then removes them. */
async function archiveFiles(archive, files) {
    const archiveDir = node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(archive);
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(archiveDir, `.staging-${node_path__WEBPACK_IMPORTED_MODULE_4__.basename(archive)}-`));
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_4__.join(archiveDir, `.${node_path__WEBPACK_IMPORTED_MODULE_4__.basename(archive)}.tmp-${process.pid}`);
    try {
        if (await exists(archive))
            await tar__WEBPACK_IMPORTED_MODULE_5__.x({ file: archive, cwd: staging, strict: true });
        // A file archived before (a kill after the rename) replaces its earlier copy.
        for (const file of files)
            await copyHeld(file, node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, node_path__WEBPACK_IMPORTED_MODULE_4__.basename(file)));
        const members = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(staging)).sort();
        const expected = new Map();
        for (const name of members)
            expected.set(name, await sha256(node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, name)));
        // Created here, exclusively and never through a link, then written by tar through the handle.
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o644);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(tar__WEBPACK_IMPORTED_MODULE_5__.c({ gzip: true, cwd: staging, portable: true }, members), target.createWriteStream());
        await verify(temporary, expected);
        await syncFile(temporary);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, archive);
        await syncFile(archiveDir);
        for (const file of files)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true });
    }
}
/**
 * Copies a report into staging through one handle opened without following a link, and only
 * when that handle is a regular file with one hard link (the file lstat saw may have been
 * swapped for a link to something else since).
 */
async function copyHeld(file, destination) {
    const source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        const info = await source.stat();
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        if (info.nlink > 1)
            throw new Error(`${file} has ${info.nlink} hard links; it is not archived`);
        // Staging is this prune's own directory: an earlier copy there is replaced.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(destination, await source.readFile());
    }
    finally {
        await source.close();
    }
}
async function verify(archive, expected) {
    const members = await listArchive(archive);
    const found = new Map(members.map((m) => [m.name, m.sha256]));
    for (const [name, hash] of expected) {
        if (found.get(name) !== hash) {
            throw new Error(`the new archive ${archive} does not read back "${name}" intact`);
        }
    }
    if (members.length !== expected.size) {
        throw new Error(`the new archive ${archive} has ${members.length} members, not ${expected.size}`);
    }
}
async function sha256(file) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file))
        .digest('hex');
}
async function syncFile(file) {
    // Files and directories alike (a rename is durable once its directory is synced); never
    // blocking on a FIFO someone put in its place.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function exists(file) {
    try {
        await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK)).close();
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}


/***/ })

};
