export const id = 9;
export const ids = [9];
export const modules = {

/***/ 99009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tlsAttempt: () => (/* binding */ tlsAttempt)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8709);
// tls: the server's certificate chain verifies (unless insecure), holds the expected name and
// is valid for at least min-days more.


const DAY_MS = 86_400_000;
function tlsAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const port = (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePort */ .UH)(spec.port, 443, ctx);
    const servername = spec.servername === undefined ? host : ctx.expand.text(spec.servername);
    const minDays = spec['min-days'] ?? 0;
    const where = `${host}:${port}`;
    const atDeadline = { ok: false, message: `${where}: no TLS handshake within ${ctx.timeoutMs} ms` };
    return (0,_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .socketAttempt */ .fx)(ctx, atDeadline, (done) => {
        // Verification is judged below, so an untrusted certificate still names its issuer and expiry.
        const socket = node_tls__WEBPACK_IMPORTED_MODULE_0__.connect({
            host,
            port,
            servername: isIp(servername) ? undefined : servername,
            rejectUnauthorized: false,
        });
        socket.on('secureConnect', () => {
            const cert = socket.getPeerCertificate();
            if (!cert || Object.keys(cert).length === 0) {
                done({ ok: false, message: `${where}: the server sent no certificate` });
                return;
            }
            done(judge(cert, socket.authorized, socket.authorizationError, servername, minDays, spec, where));
        });
        socket.on('error', (error) => done({ ok: false, message: `${where}: ${error.message}` }));
        return () => socket.destroy();
    });
}
function judge(cert, authorized, authorizationError, servername, minDays, spec, where) {
    const expires = new Date(cert.valid_to);
    const daysLeft = (expires.getTime() - Date.now()) / DAY_MS;
    const about = `issued by ${issuerName(cert)}, expires ${expires.toISOString().slice(0, 10)} (${describeDays(daysLeft)})`;
    if (daysLeft <= 0)
        return { ok: false, message: `${where}: certificate has expired; ${about}` };
    // The name first, and even with insecure (which skips only the chain of trust): Node also
    // reports a wrong name as an authorization error.
    if (spec['check-hostname'] ?? true) {
        const mismatch = node_tls__WEBPACK_IMPORTED_MODULE_0__.checkServerIdentity(servername, cert);
        if (mismatch !== undefined) {
            return { ok: false, message: `${where}: ${mismatch.message}; ${about}` };
        }
    }
    if (!(spec.insecure ?? false)) {
        if (!authorized) {
            return {
                ok: false,
                message: `${where}: certificate chain not trusted (${String(authorizationError ?? 'unknown reason')}); ${about}`,
            };
        }
    }
    if (daysLeft < minDays) {
        return {
            ok: false,
            message: `${where}: certificate expires in under ${minDays} days; ${about}`,
        };
    }
    return { ok: true, message: `${where}: certificate ${about}` };
}
function issuerName(cert) {
    const issuer = cert.issuer;
    const pick = (value) => (Array.isArray(value) ? value[0] : value);
    return pick(issuer?.CN) ?? pick(issuer?.O) ?? 'an unnamed issuer';
}
function describeDays(days) {
    const whole = Math.floor(Math.abs(days));
    const count = whole === 1 ? '1 day' : `${whole} days`;
    if (days <= 0)
        return whole === 0 ? 'under a day ago' : `${count} ago`;
    return whole === 0 ? 'in under a day' : `in ${count}`;
}
function isIp(name) {
    return /^[\d.]+$/.test(name) || name.includes(':');
}


/***/ })

};
