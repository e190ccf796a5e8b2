export const id = 3783;
export const ids = [3783];
export const modules = {

/***/ 73783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dnsAttempt: () => (/* binding */ dnsAttempt)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78150);
// dns: a name resolves (A, AAAA, CNAME, TXT, SRV), optionally to values that must all be among
// the answers, through the system resolver or a given DNS server.


async function dnsAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const type = spec.type ?? 'A';
    const expected = (spec.expect ?? []).map((value) => normalise(ctx.expand.text(value)));
    const resolver = new node_dns__WEBPACK_IMPORTED_MODULE_0__.promises.Resolver({ timeout: Math.max(1, Math.floor(ctx.timeoutMs)), tries: 1 });
    if (spec.resolver !== undefined) {
        const server = ctx.expand.text(spec.resolver);
        try {
            resolver.setServers([server]);
        }
        catch (error) {
            throw new _expand_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckDefinitionError */ .gD(`resolver "${server}" is not an address: ${error.message}`);
        }
    }
    const abort = () => resolver.cancel();
    ctx.signal.addEventListener('abort', abort, { once: true });
    let answers;
    try {
        answers = await query(resolver, host, type, spec.resolver === undefined);
    }
    catch (error) {
        const code = error.code;
        const reason = ctx.signal.aborted
            ? `no answer within ${ctx.timeoutMs} ms`
            : describeError(code, error);
        return { ok: false, message: `${type} ${host}: ${reason}` };
    }
    finally {
        ctx.signal.removeEventListener('abort', abort);
    }
    if (answers.length === 0)
        return { ok: false, message: `${type} ${host}: no ${type} records` };
    const shown = answers.slice(0, 5).join(', ') + (answers.length > 5 ? `, … (${answers.length})` : '');
    const have = new Set(answers.map(normalise));
    const missing = expected.filter((value) => !have.has(value));
    if (missing.length > 0) {
        return { ok: false, message: `${type} ${host} is ${shown}; missing ${missing.join(', ')}` };
    }
    return { ok: true, message: `${type} ${host} → ${shown}` };
}
async function query(resolver, host, type, system) {
    switch (type) {
        case 'A':
        case 'AAAA':
            // The system resolver path goes through getaddrinfo, so /etc/hosts counts as it does
            // for the application being launched.
            if (system) {
                const found = await node_dns__WEBPACK_IMPORTED_MODULE_0__.promises.lookup(host, { family: type === 'A' ? 4 : 6, all: true });
                return found.map((a) => a.address);
            }
            return type === 'A' ? resolver.resolve4(host) : resolver.resolve6(host);
        case 'CNAME':
            return resolver.resolveCname(host);
        case 'TXT':
            return (await resolver.resolveTxt(host)).map((chunks) => chunks.join(''));
        case 'SRV':
            return (await resolver.resolveSrv(host)).map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`);
    }
}
function normalise(value) {
    return value.trim().replace(/\.$/, '').toLowerCase();
}
function describeError(code, error) {
    switch (code) {
        case 'ENOTFOUND':
        case 'ENODATA':
            return 'no such name or no records of this type';
        case 'ETIMEOUT':
            return 'the DNS server did not answer';
        case 'ECONNREFUSED':
            return 'the DNS server refused the query';
        default:
            return error.message;
    }
}


/***/ })

};
