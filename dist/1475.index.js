export const id = 1475;
export const ids = [1475];
export const modules = {

/***/ 8709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UH: () => (/* binding */ resolvePort),
/* harmony export */   fx: () => (/* binding */ socketAttempt),
/* harmony export */   v6: () => (/* binding */ OUTPUT_TAIL_BYTES)
/* harmony export */ });
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78150);
// One attempt of a check, as every kind sees it: what it is handed, what it returns, and the
// helpers several kinds share (a socket that settles once, a port field, the output tail's size).

/** How much of a check's own output (or a response body) a failed attempt keeps. */
const OUTPUT_TAIL_BYTES = 4 * 1024;
/**
 * One attempt on a socket: `start` opens it and reports through `done`, which settles once,
 * by the socket's own result or with `atDeadline` when the attempt's time is up or it is aborted;
 * the socket is closed on every path (`start` returns how).
 */
function socketAttempt(ctx, atDeadline, start) {
    return new Promise((resolve) => {
        let settled = false;
        let close = null;
        const done = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            ctx.signal.removeEventListener('abort', onDeadline);
            close?.();
            resolve(result);
        };
        const onDeadline = () => done(atDeadline);
        const timer = setTimeout(onDeadline, ctx.timeoutMs);
        ctx.signal.addEventListener('abort', onDeadline, { once: true });
        const stop = start(done);
        if (settled)
            stop();
        else
            close = stop;
        if (ctx.signal.aborted)
            onDeadline();
    });
}
/** A port field: a number, or a string (usually ${env:PORT}) holding one. */
function resolvePort(value, fallback, ctx) {
    if (value === undefined)
        return fallback;
    const port = Number(typeof value === 'number' ? value : ctx.expand.text(value));
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckDefinitionError */ .gD(`port must be a number from 1 to 65535, got "${String(value)}"`);
    }
    return port;
}


/***/ }),

/***/ 31475:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSuiteFile: () => (/* binding */ runSuiteFile)
});

// UNUSED EXPORTS: defaultProcessConcurrency

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/runner/tail.js
var tail = __webpack_require__(12542);
// EXTERNAL MODULE: ./lib/runner/process.js
var process = __webpack_require__(36499);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/suite/attempt.js
var attempt = __webpack_require__(8709);
// EXTERNAL MODULE: ./lib/suite/pattern.js
var suite_pattern = __webpack_require__(52974);
;// CONCATENATED MODULE: ./lib/suite/kinds/command.js
// command: a command exits with the expected code, its output matching the patterns given.





/** Runs a check's command to its end within the attempt's time; shared with the version kind. */
async function execute(argv, cwd, ctx) {
    const run = await (0,process/* runProcess */.R3)({
        argv,
        cwd,
        env: ctx.env,
        timeoutMs: ctx.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        tailBytes: attempt/* OUTPUT_TAIL_BYTES */.v6,
        drainMs: 200,
        isolation: ctx.isolation,
    });
    const output = (0,sanitize/* plainText */.wh)(run.tail);
    const end = run.end;
    switch (end.kind) {
        case 'exited':
            return { exitCode: end.exitCode, run, output, failure: null };
        case 'signaled':
            return { exitCode: null, run, output, failure: `killed by signal ${end.signal}` };
        case 'timeout':
            return { exitCode: null, run, output, failure: `timed out after ${ctx.timeoutMs} ms` };
        case 'not-found':
        case 'spawn-error':
        case 'write-failed':
            return { exitCode: null, run, output, failure: end.error };
    }
}
async function commandAttempt(spec, ctx) {
    const argv = ctx.expand.argv(spec.command, spec.shell ?? false);
    const patterns = {
        stdout: spec.stdout === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.stdout), { multiline: true }),
        stderr: spec.stderr === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.stderr), { multiline: true }),
    };
    const cwd = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.cwd ?? '.'));
    const result = await execute(argv, cwd, ctx);
    if (result.failure)
        return { ok: false, message: result.failure, output: result.output };
    const expected = spec['exit-code'] ?? 0;
    if (result.exitCode !== expected) {
        return {
            ok: false,
            message: `exited ${result.exitCode}, expected ${expected}`,
            output: result.output,
        };
    }
    for (const stream of ['stdout', 'stderr']) {
        const wanted = patterns[stream];
        const seen = (0,sanitize/* plainText */.wh)(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail);
        if (wanted !== null && !wanted.test(seen)) {
            return {
                ok: false,
                message: `${stream} does not match /${spec[stream]}/`,
                output: result.output,
            };
        }
    }
    return { ok: true, message: `exited ${expected}` };
}

// EXTERNAL MODULE: ./lib/suite/expand.js
var expand = __webpack_require__(78150);
// EXTERNAL MODULE: ./lib/suite/files.js
var files = __webpack_require__(4299);
;// CONCATENATED MODULE: ./lib/suite/kinds/config.js
// config: a JSON/YAML file parses (and matches a JSON Schema).




async function configAttempt(spec, ctx) {
    const file = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.file));
    let config;
    try {
        config = (0,files/* parseStructured */.jE)(await (0,files/* readBounded */.CB)(file), file);
    }
    catch (error) {
        return { ok: false, message: `${spec.file}: ${error.message}` };
    }
    if (spec.schema === undefined)
        return { ok: true, message: `${spec.file} parses` };
    const schemaFile = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.schema));
    let schema;
    try {
        schema = (0,files/* parseStructured */.jE)(await (0,files/* readBounded */.CB)(schemaFile), schemaFile);
    }
    catch (error) {
        throw new expand/* CheckDefinitionError */.gD(`schema ${spec.schema}: ${error.message}`);
    }
    const validate = await compileSchema(schema, spec.schema);
    if (validate(config))
        return { ok: true, message: `${spec.file} matches ${spec.schema}` };
    const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return {
        ok: false,
        message: `${spec.file} does not match ${spec.schema}: ${problems.join('; ')}`,
    };
}
/** The JSON Schema validator is loaded only when a suite has a config check with a schema. */
async function compileSchema(schema, name) {
    const draft2020 = typeof schema === 'object' &&
        schema !== null &&
        String(schema.$schema).includes('2020-12');
    const module = draft2020 ? await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(2210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 19)) : await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19));
    const Ajv = module.default.default ?? module.default;
    try {
        // JSON Schema `pattern` and `patternProperties` run on the linear-time engine too.
        const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: suite_pattern/* ajvRegExp */.Be } });
        return ajv.compile(schema);
    }
    catch (error) {
        throw new expand/* CheckDefinitionError */.gD(`schema ${name} is not a valid JSON Schema: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./lib/suite/kinds/env.js
// env: environment variables are set (and match a pattern); only their names are reported.

function envAttempt(spec, ctx) {
    // Values are secrets as far as the gate knows: only names are ever reported, and every value
    // read is handed on for redaction.
    const values = new Map(spec.variables.map((name) => [name, ctx.expand.read(name)]));
    const pattern = spec.pattern === undefined ? null : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.pattern));
    const missing = spec.variables.filter((name) => !values.get(name));
    if (missing.length > 0)
        return { ok: false, message: `not set or empty: ${missing.join(', ')}` };
    if (pattern !== null) {
        const bad = spec.variables.filter((name) => !pattern.test(values.get(name) ?? ''));
        if (bad.length > 0) {
            return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` };
        }
    }
    return { ok: true, message: `set: ${spec.variables.join(', ')}` };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./lib/suite/kinds/http.js
// http: a request gets the expected status, body and JSON fields within the latency limit.




const MAX_HTTP_BODY_BYTES = 1024 * 1024;
async function httpAttempt(spec, ctx) {
    const url = new URL(ctx.expand.text(spec.url));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new expand/* CheckDefinitionError */.gD(`url must be http:// or https://, got ${url.protocol}`);
    }
    const headers = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([k, v]) => [k, ctx.expand.text(v)]));
    const body = spec.body === undefined ? undefined : ctx.expand.text(spec.body);
    const expectations = {
        bodyContains: spec['body-contains'] === undefined ? null : ctx.expand.text(spec['body-contains']),
        bodyMatches: spec['body-matches'] === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec['body-matches']), { multiline: true }),
        json: Object.entries(spec.json ?? {}).map(([field, want]) => [
            field,
            typeof want === 'string' ? ctx.expand.text(want) : want,
        ]),
    };
    // TLS (and the crypto it brings) loads only for an https:// check.
    const client = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19))).default : external_node_http_;
    const method = spec.method ?? 'GET';
    const started = performance.now();
    // The timeout bounds the whole attempt, connect to last byte: a slow drip or an endless
    // body fails at the deadline like a server that never answers.
    const atDeadline = {
        ok: false,
        message: `${method} ${url.origin}: no complete response within ${ctx.timeoutMs} ms`,
    };
    return (0,attempt/* socketAttempt */.fx)(ctx, atDeadline, (done) => {
        const request = client.request(url, { method, headers, rejectUnauthorized: !(spec.insecure ?? false) }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size <= MAX_HTTP_BODY_BYTES)
                    chunks.push(chunk);
                else
                    done({ ok: false, message: `response body over ${MAX_HTTP_BODY_BYTES} bytes` });
            });
            response.on('error', (error) => done({ ok: false, message: `response failed: ${error.message}` }));
            response.on('end', () => {
                const latency = performance.now() - started;
                const text = Buffer.concat(chunks).toString('utf8');
                done(judgeResponse(spec, expectations, response.statusCode ?? 0, text, latency));
            });
        });
        request.on('error', (error) => done({ ok: false, message: `${method} ${url.origin}: ${error.message}` }));
        request.end(body);
        return () => request.destroy();
    });
}
function judgeResponse(spec, want, status, body, latency) {
    const expected = spec.status === undefined ? null : [spec.status].flat();
    const statusOk = expected === null ? status >= 200 && status < 300 : expected.includes(status);
    const ms = `${Math.round(latency)} ms`;
    if (!statusOk) {
        return {
            ok: false,
            message: `HTTP ${status}, expected ${expected?.join(' or ') ?? '2xx'} (${ms})`,
            output: body.slice(0, attempt/* OUTPUT_TAIL_BYTES */.v6),
        };
    }
    if (want.bodyContains !== null && !body.includes(want.bodyContains)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
            output: body.slice(0, attempt/* OUTPUT_TAIL_BYTES */.v6),
        };
    }
    if (want.bodyMatches !== null && !want.bodyMatches.test(body)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
            output: body.slice(0, attempt/* OUTPUT_TAIL_BYTES */.v6),
        };
    }
    if (want.json.length > 0) {
        let json;
        try {
            json = JSON.parse(body);
        }
        catch {
            return {
                ok: false,
                message: `HTTP ${status}: body is not JSON`,
                output: body.slice(0, attempt/* OUTPUT_TAIL_BYTES */.v6),
            };
        }
        for (const [field, value] of want.json) {
            const got = field
                .split('.')
                .reduce((v, key) => v !== null && typeof v === 'object' ? v[key] : undefined, json);
            if (got !== value) {
                // The expected value is the one written in the suite, so an expanded secret is not shown.
                return {
                    ok: false,
                    message: `HTTP ${status}: JSON field ${field} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(spec.json?.[field])}`,
                };
            }
        }
    }
    if (spec['max-latency'] !== undefined && latency > spec['max-latency']) {
        return {
            ok: false,
            message: `HTTP ${status} in ${ms}, over the ${spec['max-latency']} ms limit`,
        };
    }
    return { ok: true, message: `HTTP ${status} in ${ms}` };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/suite/kinds/path.js
// path: a file or directory exists (optionally created, non-empty, recently modified).



async function pathAttempt(spec, ctx) {
    const target = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.path));
    const type = spec.type ?? 'any';
    let info;
    try {
        info = await (0,external_node_fs_promises_.stat)(target);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            return { ok: false, message: `${spec.path}: ${error.message}` };
        }
        if (spec.create && type !== 'file') {
            await assertInside(ctx.cwd, target, spec.path);
            await (0,external_node_fs_promises_.mkdir)(target, { recursive: true });
            return { ok: true, message: `${spec.path} was missing and has been created` };
        }
        return { ok: false, message: `${spec.path} does not exist` };
    }
    if (type === 'file' && !info.isFile())
        return { ok: false, message: `${spec.path} is not a file` };
    if (type === 'directory' && !info.isDirectory())
        return { ok: false, message: `${spec.path} is not a directory` };
    if (spec['non-empty']) {
        const empty = info.isDirectory() ? (await (0,external_node_fs_promises_.readdir)(target)).length === 0 : info.size === 0;
        if (empty)
            return { ok: false, message: `${spec.path} is empty` };
    }
    const kind = info.isDirectory() ? 'directory' : 'file';
    if (spec['max-age'] !== undefined) {
        const ageSeconds = Math.max(0, (Date.now() - info.mtimeMs) / 1000);
        if (ageSeconds > spec['max-age']) {
            return {
                ok: false,
                message: `${spec.path} was last modified ${formatAge(ageSeconds)} ago, more than the ${spec['max-age']} s allowed`,
            };
        }
        return { ok: true, message: `${spec.path} ${kind} modified ${formatAge(ageSeconds)} ago` };
    }
    return { ok: true, message: `${spec.path} ${kind} present` };
}
function formatAge(seconds) {
    if (seconds < 120)
        return `${Math.round(seconds)} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 172_800)
        return `${Math.round(seconds / 3600)} h`;
    return `${Math.round(seconds / 86_400)} days`;
}
/**
 * `create: true` may only create inside the working directory: the path, and the nearest part
 * of it that exists (followed through symlinks), must both stay inside it.
 */
async function assertInside(root, target, written) {
    const outside = (base, candidate) => {
        const relative = external_node_path_.relative(base, candidate);
        return relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative);
    };
    const refuse = () => new expand/* CheckDefinitionError */.gD(`${written} is outside the working directory; "create: true" only creates directories inside it`);
    if (outside(external_node_path_.resolve(root), target))
        throw refuse();
    let existing = target;
    for (let i = 0; i < 4096; i++) {
        try {
            await (0,external_node_fs_promises_.stat)(existing);
            break;
        }
        catch {
            existing = external_node_path_.dirname(existing);
        }
    }
    if (outside(await (0,external_node_fs_promises_.realpath)(root), await (0,external_node_fs_promises_.realpath)(existing)))
        throw refuse();
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./lib/suite/kinds/tcp.js
// tcp: a host accepts a connection on a port.


function tcpAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const port = (0,attempt/* resolvePort */.UH)(spec.port, 0, ctx);
    const started = performance.now();
    const atDeadline = {
        ok: false,
        message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms`,
    };
    return (0,attempt/* socketAttempt */.fx)(ctx, atDeadline, (done) => {
        const socket = external_node_net_.connect({ host, port });
        socket.on('connect', () => done({
            ok: true,
            message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
        }));
        socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }));
        return () => socket.destroy();
    });
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/suite/kinds/version.js
// version: a command prints a version that satisfies a semver range.




async function versionAttempt(spec, ctx) {
    const pattern = (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.pattern ?? String.raw `(\d+\.\d+(?:\.\d+)?)`));
    const result = await execute(ctx.expand.argv(spec.command, false), ctx.cwd, ctx);
    if (result.failure)
        return { ok: false, message: result.failure, output: result.output };
    if (result.exitCode !== 0) {
        return {
            ok: false,
            message: `version command exited ${result.exitCode}`,
            output: result.output,
        };
    }
    const text = (0,sanitize/* plainText */.wh)(result.run.stdoutTail + '\n' + result.run.stderrTail);
    const found = pattern.firstGroup(text);
    const version = found === null ? null : semver.coerce(found);
    if (version === null) {
        return { ok: false, message: 'no version found in the command output', output: result.output };
    }
    return semver.satisfies(version, spec.range)
        ? { ok: true, message: `${found} satisfies ${spec.range}` }
        : { ok: false, message: `${found} does not satisfy ${spec.range}` };
}

;// CONCATENATED MODULE: ./lib/suite/checks.js
// One attempt of a check, handed to its kind (src/suite/kinds/, one file a kind). Each returns
// whether it passed and a short message; the runner adds timing, retries, dependencies and the
// deadline.







/** Runs one attempt. The newer kinds load on first use: a suite pays only for what it checks. */
async function runAttempt(spec, ctx) {
    switch (spec.kind) {
        case 'command':
            return commandAttempt(spec, ctx);
        case 'version':
            return versionAttempt(spec, ctx);
        case 'http':
            return httpAttempt(spec, ctx);
        case 'tcp':
            return tcpAttempt(spec, ctx);
        case 'path':
            return pathAttempt(spec, ctx);
        case 'env':
            return envAttempt(spec, ctx);
        case 'config':
            return configAttempt(spec, ctx);
        case 'tls':
            return (await __webpack_require__.e(/* import() */ 9009).then(__webpack_require__.bind(__webpack_require__, 99009))).tlsAttempt(spec, ctx);
        case 'dns':
            return (await __webpack_require__.e(/* import() */ 3783).then(__webpack_require__.bind(__webpack_require__, 73783))).dnsAttempt(spec, ctx);
        case 'disk':
            return (await __webpack_require__.e(/* import() */ 9279).then(__webpack_require__.bind(__webpack_require__, 49279))).diskAttempt(spec, ctx);
        case 'process':
            return (await __webpack_require__.e(/* import() */ 4561).then(__webpack_require__.bind(__webpack_require__, 24561))).processAttempt(spec, ctx);
        case 'prometheus':
            return (await __webpack_require__.e(/* import() */ 4998).then(__webpack_require__.bind(__webpack_require__, 14998))).prometheusAttempt(spec, ctx);
        case 'postgres':
            return (await __webpack_require__.e(/* import() */ 5805).then(__webpack_require__.bind(__webpack_require__, 15805))).postgresAttempt(spec, ctx);
    }
}

// EXTERNAL MODULE: ./lib/suite/load.js + 1 modules
var load = __webpack_require__(52600);
// EXTERNAL MODULE: ./lib/suite/schema.js
var schema = __webpack_require__(60973);
;// CONCATENATED MODULE: ./lib/suite/runner.js
// Runs a declarative suite: checks in dependency order, concurrently in two bounded pools, each
// with its own timeout and retries, all inside the suite's overall deadline. Produces the same
// SuiteOutcome as a suite command, so everything after it is shared.









const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 10_000;
const DEFAULT_NETWORK_CONCURRENCY = 64;
/** Checks that start processes: two per core keeps the cores busy while some wait on I/O. */
function defaultProcessConcurrency() {
    return Math.min(256, Math.max(4, 2 * external_node_os_.availableParallelism()));
}
/** Past an attempt's timeout, how long a process check may take to kill its tree and drain. */
const PROCESS_SETTLE_MS = 1500;
/** Past an attempt's timeout, how long any other check may take to close what it opened. */
const IO_SETTLE_MS = 250;
const OUTPUT_TAIL_BYTES = 64 * 1024;
async function runSuiteFile(request) {
    const started = performance.now();
    const file = external_node_path_.resolve(request.cwd, request.path);
    const loaded = await (0,load/* loadSuite */.bu)(file);
    if (!loaded.ok)
        return invalid(loaded.errors, started);
    const selection = (0,load/* selectChecks */.oL)(loaded.suite, request.subset, request.path);
    if ('errors' in selection)
        return invalid(selection.errors, started);
    const selected = selection.checks;
    const log = new tail/* TailBuffer */.v(OUTPUT_TAIL_BYTES);
    const say = (line) => {
        const bytes = Buffer.from(line + '\n');
        log.push(bytes);
        request.echo?.write(bytes);
    };
    say(`Running ${selected.length} check(s) of ${request.path} (mode ${request.mode}, subset ${request.subset})`);
    const deadline = Date.now() + request.timeoutMs;
    const expander = new expand/* Expander */.c6(request.env, request.onSecret);
    const results = await schedule(selected, {
        process: loaded.suite.concurrency ?? defaultProcessConcurrency(),
        network: loaded.suite['network-concurrency'] ?? DEFAULT_NETWORK_CONCURRENCY,
    }, deadline, { ...request, expander, flaky: loaded.suite.flaky ?? 'pass' }, say);
    const checks = selected.map((c) => results.get(c.name));
    const timedOut = checks.some((c) => c.message.startsWith(DEADLINE_MESSAGE));
    // A check skipped for a failed dependency gave no assurance: it counts as failed at its own
    // level, so a P0 check behind a failed P2 check cannot let the launch through.
    const unassured = checks.filter((c) => c.status === 'skipped');
    const status = timedOut
        ? 'timeout'
        : (0,model/* statusFromChecks */.Sp)(checks.map((c) => (c.status === 'skipped' ? { ...c, status: 'failed' } : c)));
    const notes = timedOut
        ? [
            `The suite ran past its limit of ${request.timeoutMs / 1000} s; unfinished checks were stopped. Make the checks faster or raise ${(request.words ?? model/* ACTION_WORDS */.dC).input('timeout-seconds')}.`,
        ]
        : unassured.map((c) => `Check "${c.name}" (${c.level}) did not run because a dependency did not pass; it counts as a ${c.level} failure.`);
    return {
        status,
        exitCode: status === 'timeout' ? null : model/* STATUS_EXIT_CODE */.mS[status],
        signal: null,
        durationMs: performance.now() - started,
        checks,
        notes,
        outputTail: log.fromLineStart(),
        outputTruncated: log.truncated,
        secretValues: [...expander.secrets],
    };
}
const DEADLINE_MESSAGE = 'not finished before the suite deadline';
const CANCELLED_MESSAGE = 'not finished: the gate was cancelled';
/**
 * Dependency order with two bounded pools: a check starts once every dependency has passed;
 * checks that start processes share `process` slots, all others (network, files) `network`.
 */
function schedule(checks, limits, deadline, request, say) {
    const results = new Map();
    const waitingOn = new Map();
    const dependents = new Map();
    const ready = [];
    for (const check of checks) {
        const deps = check['depends-on'] ?? [];
        waitingOn.set(check.name, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(check);
            else
                dependents.set(dep, [check]);
        }
        if (deps.length === 0)
            ready.push(check);
    }
    return new Promise((resolve) => {
        const running = { process: 0, network: 0 };
        // Two queues, each read with an index: shift() over thousands of checks is quadratic.
        const queues = { process: [], network: [] };
        const next = { process: 0, network: 0 };
        const pool = (check) => (schema/* PROCESS_KINDS */.MG.has(check.kind) ? 'process' : 'network');
        let queued = 0;
        const finish = (check, result) => {
            results.set(check.name, result);
            const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗';
            say(`${mark} [${check.level}] ${check.name}: ${result.message} (${Math.round(result.durationMs)}ms)`);
            for (const dependent of dependents.get(check.name) ?? []) {
                const left = (waitingOn.get(dependent.name) ?? 0) - 1;
                waitingOn.set(dependent.name, left);
                if (left === 0)
                    ready.push(dependent);
            }
        };
        const take = () => {
            while (queued < ready.length) {
                const check = ready[queued++];
                queues[pool(check)].push(check);
            }
            for (const kind of ['network', 'process']) {
                if (next[kind] < queues[kind].length && running[kind] < limits[kind]) {
                    return queues[kind][next[kind]++];
                }
            }
            return undefined;
        };
        const idle = () => running.process + running.network === 0 &&
            queued === ready.length &&
            next.process === queues.process.length &&
            next.network === queues.network.length;
        const pump = () => {
            for (let check = take(); check !== undefined; check = take()) {
                const failedDep = (check['depends-on'] ?? []).find((d) => results.get(d)?.status !== 'passed');
                if (failedDep !== undefined) {
                    finish(check, result(check, 'skipped', 0, `skipped: dependency "${failedDep}" did not pass`));
                    continue;
                }
                if (request.signal?.aborted) {
                    finish(check, result(check, 'failed', 0, `${CANCELLED_MESSAGE} (never started)`));
                    continue;
                }
                if (Date.now() >= deadline) {
                    finish(check, result(check, 'failed', 0, `${DEADLINE_MESSAGE} (never started)`));
                    continue;
                }
                const slot = pool(check);
                running[slot]++;
                void runCheck(check, deadline, request).then((r) => {
                    running[slot]--;
                    finish(check, r);
                    pump();
                });
            }
            if (idle())
                resolve(results);
        };
        pump();
    });
}
async function runCheck(check, deadline, request) {
    const started = Date.now();
    const retries = check.retries ?? 0;
    const untilMs = check.until !== undefined ? started + check.until * 1000 : null;
    let delay = (check['retry-delay'] ?? DEFAULT_RETRY_DELAY_MS / 1000) * 1000;
    let attempts = 0;
    let last = { ok: false, message: DEADLINE_MESSAGE };
    for (;;) {
        const remaining = deadline - Date.now();
        if (request.signal?.aborted) {
            last = { ok: false, message: `${CANCELLED_MESSAGE} (last attempt: ${last.message})` };
            break;
        }
        if (remaining <= 0) {
            last = { ...last, ok: false, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
            break;
        }
        attempts++;
        const timeoutMs = Math.min((check.timeout ?? DEFAULT_CHECK_TIMEOUT_MS / 1000) * 1000, remaining);
        let definitionError = false;
        try {
            last = await boundedAttempt(check, timeoutMs, request);
        }
        catch (error) {
            definitionError = error instanceof expand/* CheckDefinitionError */.gD;
            last = {
                ok: false,
                message: definitionError
                    ? `check definition: ${error.message}`
                    : `check crashed: ${String(error)}`,
            };
        }
        if (last.ok || definitionError)
            break;
        const now = Date.now();
        const more = attempts <= retries || (untilMs !== null && now + delay < untilMs);
        if (!more || now + delay >= deadline) {
            if (now + delay >= deadline && more) {
                last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
            }
            break;
        }
        // A cancellation ends the wait at once.
        await (0,promises_.setTimeout)(delay, undefined, { signal: request.signal }).catch(() => undefined);
        delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
    if (!last.ok && Date.now() >= deadline && !last.message.startsWith(DEADLINE_MESSAGE)) {
        last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
    }
    const durationMs = Date.now() - started;
    const retried = attempts > 1 ? { attempts } : {};
    const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (last.ok && attempts > 1 && (check.flaky ?? request.flaky) === 'fail') {
        // A pass that needed retries is instability the suite asked not to launch on.
        return {
            ...result(check, 'failed', durationMs, `flaky: passed only after ${attempts} attempts (flaky: fail): ${last.message}`),
            ...retried,
        };
    }
    return {
        ...result(check, last.ok ? 'passed' : 'failed', durationMs, last.message + after),
        ...retried,
        ...(last.output && !last.ok && { output: last.output }),
    };
}
/**
 * One attempt, raced against its timeout: the attempt is told to stop (its signal) at the
 * timeout, and is abandoned a little later if it has not, so no check keeps the runner waiting.
 */
async function boundedAttempt(check, timeoutMs, request) {
    const killGraceMs = Math.min(request.killGraceMs ?? 2000, 2000);
    const controller = new AbortController();
    const settleMs = schema/* PROCESS_KINDS */.MG.has(check.kind) ? killGraceMs + PROCESS_SETTLE_MS : IO_SETTLE_MS;
    let stopTimer;
    let abandonTimer;
    // The gate's cancellation stops the attempt as its timeout would.
    const stop = () => controller.abort();
    request.signal?.addEventListener('abort', stop, { once: true });
    const abandoned = new Promise((resolve) => {
        stopTimer = setTimeout(stop, timeoutMs);
        abandonTimer = setTimeout(() => resolve({ ok: false, message: `did not finish within ${timeoutMs} ms` }), timeoutMs + settleMs);
    });
    try {
        return await Promise.race([
            runAttempt(check, {
                cwd: request.cwd,
                env: request.env,
                timeoutMs,
                killGraceMs,
                signal: controller.signal,
                expand: request.expander,
                isolation: request.isolation,
            }),
            abandoned,
        ]);
    }
    finally {
        clearTimeout(stopTimer);
        clearTimeout(abandonTimer);
        request.signal?.removeEventListener('abort', stop);
        controller.abort();
    }
}
function result(check, status, durationMs, message) {
    return {
        name: check.name,
        level: check.level,
        status,
        durationMs,
        message,
        ...(check.description !== undefined && { description: check.description }),
        ...(check.remediation !== undefined && { remediation: check.remediation }),
    };
}
function invalid(errors, started) {
    return (0,model/* outcomeWithoutChecks */.Yp)('invalid', errors, performance.now() - started);
}


/***/ })

};
