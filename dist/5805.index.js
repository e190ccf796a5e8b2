export const id = 5805;
export const ids = [5805];
export const modules = {

/***/ 15805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postgresAttempt: () => (/* binding */ postgresAttempt)
/* harmony export */ });
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78150);
// postgres: a real query answers (a TCP connect does not prove the database does). The client
// library is loaded only when a suite has a postgres check; the connection is closed on every path.

/** A password written into the url itself would end up in the suite file and its history. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i;
async function postgresAttempt(spec, ctx) {
    const userInfo = USER_INFO.exec(spec.url)?.[1] ?? '';
    const password = userInfo.includes(':') ? userInfo.slice(userInfo.indexOf(':') + 1) : '';
    if (password !== '' && !/^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/.test(password)) {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD('url holds a literal password; pass it as ${env:NAME} (e.g. postgres://user:${env:PGPASSWORD}@host/db)');
    }
    const expanded = ctx.expand.text(spec.url);
    let url;
    try {
        url = new URL(expanded);
    }
    catch {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD('url is not a postgres:// URL');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD(`url must be postgres:// or postgresql://, got ${url.protocol}`);
    }
    // Named without the user and password, for messages.
    const where = `${url.hostname || 'localhost'}:${url.port || 5432}${url.pathname}`;
    const query = ctx.expand.text(spec.query ?? 'SELECT 1');
    const { default: pg } = await __webpack_require__.e(/* import() */ 3849).then(__webpack_require__.bind(__webpack_require__, 83849));
    const client = new pg.Client({
        connectionString: expanded,
        connectionTimeoutMillis: ctx.timeoutMs,
        query_timeout: ctx.timeoutMs,
        statement_timeout: ctx.timeoutMs,
        application_name: 'preflight-gate',
    });
    // Errors after the attempt is settled (a server going away) must not crash the gate.
    client.on('error', () => undefined);
    const started = performance.now();
    let timer;
    const abort = new Promise((resolve) => {
        const stop = () => resolve({ ok: false, message: `${where}: no answer within ${ctx.timeoutMs} ms` });
        timer = setTimeout(stop, ctx.timeoutMs);
        ctx.signal.addEventListener('abort', stop, { once: true });
    });
    const work = (async () => {
        try {
            await client.connect();
            const result = await client.query({ text: query, rowMode: 'array' });
            const ms = Math.round(performance.now() - started);
            const first = result.rows[0]?.[0];
            const got = first === undefined ? null : first === null ? 'NULL' : asText(first);
            if (spec.expect === undefined) {
                return {
                    ok: true,
                    message: `${where}: query answered in ${ms} ms (${result.rowCount ?? 0} row(s))`,
                };
            }
            const want = ctx.expand.text(spec.expect);
            if (got === want)
                return { ok: true, message: `${where}: query returned "${spec.expect}" in ${ms} ms` };
            return {
                ok: false,
                message: `${where}: query returned ${got === null ? 'no rows' : `"${got}"`}, expected "${spec.expect}"`,
            };
        }
        catch (error) {
            return { ok: false, message: `${where}: ${error.message}` };
        }
    })();
    try {
        return await Promise.race([work, abort]);
    }
    finally {
        clearTimeout(timer);
        // end() waits for the server; a hung one must not hold the gate, so the socket goes too.
        const connection = client
            .connection;
        void client.end().catch(() => undefined);
        connection?.stream?.destroy();
    }
}
function asText(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Buffer.isBuffer(value))
        return value.toString('hex');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}


/***/ })

};
