export const id = 4998;
export const ids = [4998];
export const modules = {

/***/ 14998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCondition: () => (/* binding */ parseCondition),
/* harmony export */   prometheusAttempt: () => (/* binding */ prometheusAttempt)
/* harmony export */ });
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78150);
// prometheus: an instant query whose every returned value satisfies a condition such as "< 0.05".

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
function parseCondition(text) {
    const match = /^\s*(<=|>=|==|!=|<|>)\s*(\S+)\s*$/.exec(text);
    return { operator: (match?.[1] ?? '=='), threshold: Number(match?.[2]) };
}
function holds(value, operator, threshold) {
    switch (operator) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
        case '!=':
            return value !== threshold;
    }
}
async function prometheusAttempt(spec, ctx) {
    const base = ctx.expand.text(spec.url);
    let endpoint;
    try {
        endpoint = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
    }
    catch {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD(`url is not a URL: ${spec.url}`);
    }
    if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD(`url must be http:// or https://, got ${endpoint.protocol}`);
    }
    endpoint.searchParams.set('query', ctx.expand.text(spec.query));
    const { operator, threshold } = parseCondition(spec.condition);
    const condition = `${operator} ${threshold}`;
    let payload;
    try {
        payload = await fetchJson(endpoint, ctx);
    }
    catch (error) {
        const reason = ctx.signal.aborted
            ? `no complete answer within ${ctx.timeoutMs} ms`
            : (error.cause?.message ?? error.message);
        return { ok: false, message: `Prometheus ${endpoint.origin}: ${reason}` };
    }
    const parsed = samples(payload);
    if ('error' in parsed)
        return { ok: false, message: `Prometheus ${endpoint.origin}: ${parsed.error}` };
    if (parsed.samples.length === 0) {
        return spec['allow-empty']
            ? { ok: true, message: `query returned no series (allowed by allow-empty)` }
            : { ok: false, message: `query returned no series; set allow-empty: true if that is fine` };
    }
    const failing = parsed.samples.filter((s) => !holds(s.value, operator, threshold));
    if (failing.length > 0) {
        const shown = failing
            .slice(0, 3)
            .map((s) => `${s.labels}${s.value}`)
            .join(', ');
        return {
            ok: false,
            message: `${failing.length} of ${parsed.samples.length} value(s) not ${condition}: ${shown}${failing.length > 3 ? ', …' : ''}`,
        };
    }
    const values = parsed.samples.map((s) => s.value);
    const range = values.length === 1 ? `${values[0]}` : `${Math.min(...values)}…${Math.max(...values)}`;
    return { ok: true, message: `${values.length} value(s) ${condition} (${range})` };
}
async function fetchJson(url, ctx) {
    const timeout = AbortSignal.timeout(ctx.timeoutMs);
    const signal = AbortSignal.any([ctx.signal, timeout]);
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    const reader = response.body?.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const part = await reader?.read();
        if (part === undefined || part.done)
            break;
        size += part.value.length;
        if (size > MAX_RESPONSE_BYTES) {
            await reader?.cancel();
            throw new Error(`answer over ${MAX_RESPONSE_BYTES} bytes`);
        }
        chunks.push(part.value);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`HTTP ${response.status}, not a Prometheus API answer`);
    }
}
function samples(payload) {
    const body = payload;
    if (body?.status !== 'success') {
        return { error: `query failed: ${String(body?.error ?? 'no status in the answer')}` };
    }
    const { resultType, result } = body.data ?? {};
    if (resultType === 'scalar') {
        return { samples: [{ labels: '', value: Number(result[1]) }] };
    }
    if (resultType !== 'vector' || !Array.isArray(result)) {
        return { error: `an instant query must return a vector or a scalar, got ${String(resultType)}` };
    }
    return {
        samples: result.map((item) => ({
            labels: labelText(item.metric ?? {}),
            value: Number(item.value?.[1]),
        })),
    };
}
function labelText(metric) {
    const entries = Object.entries(metric);
    if (entries.length === 0)
        return '';
    return `{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}} = `;
}


/***/ })

};
