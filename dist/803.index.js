export const id = 803;
export const ids = [803];
export const modules = {

/***/ 75855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ runAttempt),
/* harmony export */   UH: () => (/* binding */ resolvePort),
/* harmony export */   fx: () => (/* binding */ socketAttempt)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62088);
/* harmony import */ var _runner_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36499);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54020);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78150);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4299);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52974);
// One attempt of each check kind. Each returns whether it passed and a short message; the
// runner adds timing, retries, dependencies and the deadline.











const OUTPUT_TAIL_BYTES = 4 * 1024;
const MAX_HTTP_BODY_BYTES = 1024 * 1024;
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
            return (await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 99009))).tlsAttempt(spec, ctx);
        case 'dns':
            return (await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 73783))).dnsAttempt(spec, ctx);
        case 'disk':
            return (await __webpack_require__.e(/* import() */ 279).then(__webpack_require__.bind(__webpack_require__, 49279))).diskAttempt(spec, ctx);
        case 'process':
            return (await __webpack_require__.e(/* import() */ 561).then(__webpack_require__.bind(__webpack_require__, 24561))).processAttempt(spec, ctx);
        case 'prometheus':
            return (await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 14998))).prometheusAttempt(spec, ctx);
        case 'postgres':
            return (await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 15805))).postgresAttempt(spec, ctx);
    }
}
async function execute(argv, cwd, ctx) {
    const run = await (0,_runner_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)({
        argv,
        cwd,
        env: ctx.env,
        timeoutMs: ctx.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        tailBytes: OUTPUT_TAIL_BYTES,
        drainMs: 200,
    });
    const output = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .plainText */ .wh)(run.tail);
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
            return { exitCode: null, run, output, failure: end.error };
    }
}
async function commandAttempt(spec, ctx) {
    const argv = ctx.expand.argv(spec.command, spec.shell ?? false);
    const patterns = {
        stdout: spec.stdout === undefined
            ? null
            : (0,_pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .compilePattern */ .Eb)(ctx.expand.pattern(spec.stdout), { multiline: true }),
        stderr: spec.stderr === undefined
            ? null
            : (0,_pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .compilePattern */ .Eb)(ctx.expand.pattern(spec.stderr), { multiline: true }),
    };
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, ctx.expand.text(spec.cwd ?? '.'));
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
        const seen = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .plainText */ .wh)(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail);
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
async function versionAttempt(spec, ctx) {
    const pattern = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .compilePattern */ .Eb)(ctx.expand.pattern(spec.pattern ?? String.raw `(\d+\.\d+(?:\.\d+)?)`));
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
    const text = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .plainText */ .wh)(result.run.stdoutTail + '\n' + result.run.stderrTail);
    const found = pattern.firstGroup(text);
    const version = found === null ? null : semver__WEBPACK_IMPORTED_MODULE_4__.coerce(found);
    if (version === null) {
        return { ok: false, message: 'no version found in the command output', output: result.output };
    }
    return semver__WEBPACK_IMPORTED_MODULE_4__.satisfies(version, spec.range)
        ? { ok: true, message: `${found} satisfies ${spec.range}` }
        : { ok: false, message: `${found} does not satisfy ${spec.range}` };
}
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
async function httpAttempt(spec, ctx) {
    const url = new URL(ctx.expand.text(spec.url));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckDefinitionError */ .gD(`url must be http:// or https://, got ${url.protocol}`);
    }
    const headers = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([k, v]) => [k, ctx.expand.text(v)]));
    const body = spec.body === undefined ? undefined : ctx.expand.text(spec.body);
    const expectations = {
        bodyContains: spec['body-contains'] === undefined ? null : ctx.expand.text(spec['body-contains']),
        bodyMatches: spec['body-matches'] === undefined
            ? null
            : (0,_pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .compilePattern */ .Eb)(ctx.expand.pattern(spec['body-matches']), { multiline: true }),
        json: Object.entries(spec.json ?? {}).map(([field, want]) => [
            field,
            typeof want === 'string' ? ctx.expand.text(want) : want,
        ]),
    };
    // TLS (and the crypto it brings) loads only for an https:// check.
    const client = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 19))).default : node_http__WEBPACK_IMPORTED_MODULE_1__;
    const method = spec.method ?? 'GET';
    const started = performance.now();
    // The timeout bounds the whole attempt, connect to last byte: a slow drip or an endless
    // body fails at the deadline like a server that never answers.
    const atDeadline = {
        ok: false,
        message: `${method} ${url.origin}: no complete response within ${ctx.timeoutMs} ms`,
    };
    return socketAttempt(ctx, atDeadline, (done) => {
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
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (want.bodyContains !== null && !body.includes(want.bodyContains)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (want.bodyMatches !== null && !want.bodyMatches.test(body)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
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
                output: body.slice(0, OUTPUT_TAIL_BYTES),
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
/** A port field: a number, or a string (usually ${env:PORT}) holding one. */
function resolvePort(value, fallback, ctx) {
    if (value === undefined)
        return fallback;
    const port = Number(typeof value === 'number' ? value : ctx.expand.text(value));
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckDefinitionError */ .gD(`port must be a number from 1 to 65535, got "${String(value)}"`);
    }
    return port;
}
function tcpAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const port = resolvePort(spec.port, 0, ctx);
    const started = performance.now();
    const atDeadline = {
        ok: false,
        message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms`,
    };
    return socketAttempt(ctx, atDeadline, (done) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2__.connect({ host, port });
        socket.on('connect', () => done({
            ok: true,
            message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
        }));
        socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }));
        return () => socket.destroy();
    });
}
async function pathAttempt(spec, ctx) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, ctx.expand.text(spec.path));
    const type = spec.type ?? 'any';
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            return { ok: false, message: `${spec.path}: ${error.message}` };
        }
        if (spec.create && type !== 'file') {
            await assertInside(ctx.cwd, target, spec.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(target, { recursive: true });
            return { ok: true, message: `${spec.path} was missing and has been created` };
        }
        return { ok: false, message: `${spec.path} does not exist` };
    }
    if (type === 'file' && !info.isFile())
        return { ok: false, message: `${spec.path} is not a file` };
    if (type === 'directory' && !info.isDirectory())
        return { ok: false, message: `${spec.path} is not a directory` };
    if (spec['non-empty']) {
        const empty = info.isDirectory() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(target)).length === 0 : info.size === 0;
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
        const relative = node_path__WEBPACK_IMPORTED_MODULE_3__.relative(base, candidate);
        return relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(relative);
    };
    const refuse = () => new _expand_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckDefinitionError */ .gD(`${written} is outside the working directory; "create: true" only creates directories inside it`);
    if (outside(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(root), target))
        throw refuse();
    let existing = target;
    for (let i = 0; i < 4096; i++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(existing);
            break;
        }
        catch {
            existing = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(existing);
        }
    }
    if (outside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing)))
        throw refuse();
}
function envAttempt(spec, ctx) {
    // Values are secrets as far as the gate knows: only names are ever reported, and every value
    // read is handed on for redaction.
    const values = new Map(spec.variables.map((name) => [name, ctx.expand.read(name)]));
    const pattern = spec.pattern === undefined ? null : (0,_pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .compilePattern */ .Eb)(ctx.expand.pattern(spec.pattern));
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
async function configAttempt(spec, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, ctx.expand.text(spec.file));
    let config;
    try {
        config = (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .parseStructured */ .jE)(await (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readBounded */ .CB)(file), file);
    }
    catch (error) {
        return { ok: false, message: `${spec.file}: ${error.message}` };
    }
    if (spec.schema === undefined)
        return { ok: true, message: `${spec.file} parses` };
    const schemaFile = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, ctx.expand.text(spec.schema));
    let schema;
    try {
        schema = (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .parseStructured */ .jE)(await (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readBounded */ .CB)(schemaFile), schemaFile);
    }
    catch (error) {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckDefinitionError */ .gD(`schema ${spec.schema}: ${error.message}`);
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
    const module = draft2020 ? await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 19)) : await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19));
    const Ajv = module.default.default ?? module.default;
    try {
        // JSON Schema `pattern` and `patternProperties` run on the linear-time engine too.
        const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: _pattern_js__WEBPACK_IMPORTED_MODULE_9__/* .ajvRegExp */ .Be } });
        return ajv.compile(schema);
    }
    catch (error) {
        throw new _expand_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckDefinitionError */ .gD(`schema ${name} is not a valid JSON Schema: ${error.message}`);
    }
}


/***/ }),

/***/ 78150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c6: () => (/* binding */ Expander),
/* harmony export */   gD: () => (/* binding */ CheckDefinitionError),
/* harmony export */   sD: () => (/* binding */ withoutEnvReferences)
/* harmony export */ });
/* unused harmony export unbalancedQuote */
/* harmony import */ var _runner_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64708);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52974);
// ${env:NAME} expansion. A value is data, never syntax: a string command is split into words
// first and each word expanded afterwards, so a value is always exactly one argument; a shell
// script gets a quoted "${NAME}" reference and the value through its environment; a pattern
// matches the value literally. Every value expanded is remembered so reports can redact it.


const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;
// Private-use characters stand in for references while a command is split into words.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;
/** Raised for a problem in the check's own definition (an unset ${env:X}): never retried. */
class CheckDefinitionError extends Error {
}
class Expander {
    env;
    /** Every value expanded or read by an env check, for redaction. */
    secrets = new Set();
    constructor(env) {
        this.env = env;
    }
    /** The value of a variable a check reads; remembered as a secret. */
    read(name) {
        const value = this.env[name];
        if (value)
            this.secrets.add(value);
        return value;
    }
    value(name) {
        const found = this.read(name);
        if (found === undefined || found === '') {
            throw new CheckDefinitionError(`environment variable ${name} is not set (referenced as \${env:${name}})`);
        }
        return found;
    }
    /** A plain string field (url, host, path, header, body-contains, json value...). */
    text(value) {
        return value.replace(ENV_REFERENCE, (_, name) => this.value(name));
    }
    /** A pattern field: each value is quoted, so it matches itself and adds no syntax. */
    pattern(value) {
        return value.replace(ENV_REFERENCE, (_, name) => (0,_pattern_js__WEBPACK_IMPORTED_MODULE_1__/* .quotePattern */ .zc)(this.value(name)));
    }
    /** A command: argv array, a string split like a shell would, or a /bin/sh -c script. */
    argv(command, shell) {
        if (typeof command !== 'string')
            return command.map((arg) => this.text(arg));
        if (shell) {
            // The shell reads the value from its environment; the script text never holds it.
            return ['/bin/sh', '-c', shellReferences(command, (name) => this.value(name))];
        }
        if (command.includes(MARK_OPEN) || command.includes(MARK_CLOSE)) {
            throw new CheckDefinitionError('command holds private-use characters U+E000/U+E001');
        }
        const quoteError = unbalancedQuote(command);
        if (quoteError !== null)
            throw new CheckDefinitionError(quoteError);
        const names = [];
        const marked = command.replace(ENV_REFERENCE, (_, name) => {
            names.push(name);
            return `${MARK_OPEN}${names.length - 1}${MARK_CLOSE}`;
        });
        const split = (0,_runner_command_js__WEBPACK_IMPORTED_MODULE_0__/* .commandArgv */ .G)(marked);
        if ('error' in split)
            throw new CheckDefinitionError(split.error.replace('Input "command"', 'command'));
        return split.argv.map((word) => word.replace(MARK, (_, index) => this.value(names[Number(index)])));
    }
}
/**
 * Rewrites each ${env:NAME} in a shell script as a quoted reference to $NAME, quoted for where
 * it stands: "${NAME}" outside quotes, ${NAME} inside double quotes, '"${NAME}"' inside single
 * quotes (close, reference, reopen). The value always stays one word and is never parsed.
 */
function shellReferences(script, check) {
    let out = '';
    let quote = null;
    for (let i = 0; i < script.length; i++) {
        const rest = script.slice(i);
        const reference = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
        if (reference) {
            const name = reference[1];
            check(name);
            out += quote === '"' ? `\${${name}}` : quote === "'" ? `'"\${${name}}"'` : `"\${${name}}"`;
            i += reference[0].length - 1;
            continue;
        }
        const c = script[i];
        out += c;
        if (quote !== "'" && c === '\\' && i + 1 < script.length) {
            out += script[++i];
        }
        else if (quote === null && (c === '"' || c === "'")) {
            quote = c;
        }
        else if (c === quote) {
            quote = null;
        }
    }
    return out;
}
/** A quote left open (`node "ok.mjs`) is a mistake, not something to guess around. */
function unbalancedQuote(command) {
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote === null) {
            if (c === '\\')
                i++;
            else if (c === '"' || c === "'")
                quote = c;
        }
        else if (c === quote) {
            quote = null;
        }
        else if (quote === '"' && c === '\\') {
            i++;
        }
    }
    return quote === null
        ? null
        : `command has an unbalanced ${quote === '"' ? 'double' : 'single'} quote; close it or use an argv array`;
}
/**
 * A pattern as the load-time check sees it: each ${env:} reference stands for one literal
 * character, since an expanded value always matches literally.
 */
function withoutEnvReferences(value) {
    return value.replace(ENV_REFERENCE, 'x');
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   jE: () => (/* binding */ parseStructured)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
// Bounded reads of files a check names: regular files only, so a FIFO or a link to /dev/zero
// cannot hold or flood the gate.



const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Reads a regular file of at most maxBytes as UTF-8; anything else is an error. */
async function readBounded(file, maxBytes = MAX_CONFIG_BYTES) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new Error('is not a regular file');
        if (info.size > maxBytes)
            throw new Error(`is over ${maxBytes} bytes`);
        const buffer = Buffer.alloc(info.size + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > info.size)
            throw new Error('grew while it was read');
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** A .json file is strict JSON; anything else is YAML (which reads JSON too). */
function parseStructured(text, file) {
    return file.endsWith('.json') ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
}


/***/ }),

/***/ 52974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ ajvRegExp),
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   fZ: () => (/* binding */ patternError),
/* harmony export */   zc: () => (/* binding */ quotePattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
// Every pattern a suite author writes runs on RE2 (the re2js port), whose matching time grows
// linearly with the input: no pattern can hold the gate's thread, however it is written. RE2 has
// no backreferences or lookaround; a pattern that needs them is a check-definition error.

/** Compiles a pattern; `multiline` makes ^ and $ match at line ends. Throws on RE2 syntax errors. */
function compilePattern(source, options = {}) {
    const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source, options.multiline ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.MULTILINE : 0);
    return {
        test: (text) => re.matcher(text).find(),
        firstGroup(text) {
            const m = re.matcher(text);
            if (!m.find())
                return null;
            return (re.groupCount() >= 1 ? m.group(1) : null) ?? m.group(0);
        },
    };
}
/** Why RE2 refuses a pattern, or null when it compiles. */
function patternError(source) {
    try {
        re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
        return null;
    }
    catch (error) {
        return `is not a pattern the gate accepts (RE2 syntax, which has no backreferences or lookaround, so no pattern can stall the gate): ${error.message}`;
    }
}
/** Quotes text so a pattern matches it literally (used for ${env:} values inside patterns). */
function quotePattern(text) {
    return re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.quote(text);
}
/** Ajv's `code.regExp` hook: JSON Schema `pattern` and `patternProperties` run on RE2 too. */
function ajvRegExp(source) {
    const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
    return { test: (text) => re.matcher(text).find() };
}


/***/ }),

/***/ 6803:
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
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/runner/tail.js
var tail = __webpack_require__(12542);
// EXTERNAL MODULE: ./lib/suite/checks.js
var checks = __webpack_require__(75855);
// EXTERNAL MODULE: ./lib/suite/expand.js
var expand = __webpack_require__(78150);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/suite/files.js
var files = __webpack_require__(4299);
;// CONCATENATED MODULE: ./lib/suite/json-position.js
// Where strict JSON goes wrong. JSON.parse says what is wrong but (on recent V8) not where; this
// scanner walks the same grammar and returns the offset of the first character it cannot accept.
// It runs only after JSON.parse has refused the text.
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Control characters are exactly what strict JSON forbids inside a string.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
class Stop extends Error {
    offset;
    constructor(offset) {
        super('invalid JSON');
        this.offset = offset;
    }
}
/** The offset of the first character strict JSON does not allow, or null if none is found. */
function jsonErrorOffset(text) {
    let i = 0;
    const skip = () => {
        while (i < text.length && WHITESPACE.has(text[i]))
            i++;
    };
    const sticky = (pattern) => {
        pattern.lastIndex = i;
        const match = pattern.exec(text);
        if (!match)
            throw new Stop(i);
        i += match[0].length;
    };
    const value = (depth) => {
        if (depth > 1000)
            throw new Stop(i);
        skip();
        const c = text[i];
        if (c === '{') {
            i++;
            skip();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                skip();
                if (text[i] !== '"')
                    throw new Stop(i);
                sticky(STRING);
                skip();
                if (text[i] !== ':')
                    throw new Stop(i);
                i++;
                value(depth + 1);
                skip();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                throw new Stop(i);
            }
        }
        if (c === '[') {
            i++;
            skip();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                skip();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                throw new Stop(i);
            }
        }
        if (c === '"')
            return sticky(STRING);
        const literal = LITERALS.find((l) => text.startsWith(l, i));
        if (literal !== undefined) {
            i += literal.length;
            return;
        }
        sticky(NUMBER);
    };
    try {
        value(0);
        skip();
        return i < text.length ? i : null;
    }
    catch (error) {
        if (error instanceof Stop)
            return error.offset;
        return null; // nesting too deep for the scanner: the caller reports the start
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./lib/suite/pattern.js
var pattern = __webpack_require__(52974);
;// CONCATENATED MODULE: ./lib/suite/schema.js
// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.





const schema_name = schemas/* string */.YjP().trim().min(1).max(200);
const seconds = schemas/* number */.aig()
    .positive()
    .max(6 * 60 * 60);
/** Strings may reference environment variables as ${env:NAME}. */
const schema_text = schemas/* string */.YjP().min(1);
const argv = schemas/* union */.KCZ([schema_text, schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
const schema_pattern = schemas/* string */.YjP()
    .min(1)
    .superRefine((source, ctx) => {
    const error = (0,pattern/* patternError */.fZ)((0,expand/* withoutEnvReferences */.sD)(source));
    if (error !== null)
        ctx.addIssue({ code: 'custom', message: error });
})
    .describe('A regular expression (RE2 syntax: linear time, no backreferences or lookaround); a ${env:NAME} value in it matches literally');
const port = schemas/* union */.KCZ([schemas/* number */.aig().int().min(1).max(65535), schema_text])
    .describe('Port number, or a string such as ${env:DB_PORT}');
const FLAKY = ['pass', 'fail'];
const flaky = schemas/* enum */.k5n(FLAKY)
    .describe('A check that passed only after retries: "pass" (default) reports it as flaky, "fail" fails it at its level');
const common = {
    name: schema_name.describe('Unique name, shown in the report'),
    level: schemas/* enum */.k5n(model/* LEVELS */.A_).describe('P0 infrastructure (blocking), P1 integration, P2 cosmetic'),
    subsets: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))
        .optional()
        .describe('Subsets this check belongs to; "production" is what paper runs. Every check is in "full".'),
    timeout: seconds.optional().describe('Seconds one attempt may take (default 10)'),
    retries: schemas/* number */.aig().int().min(0).max(100).optional().describe('Extra attempts after a failure'),
    'retry-delay': seconds
        .optional()
        .describe('Seconds before the first retry; doubles each time (default 0.5)'),
    until: seconds
        .optional()
        .describe('Keep retrying until this many seconds after the first attempt (a service warming up)'),
    flaky: flaky.optional(),
    'depends-on': schemas/* array */.YOg(schema_name)
        .optional()
        .describe('Checks that must pass first; if one fails this one is skipped'),
    description: schemas/* string */.YjP().optional(),
    remediation: schemas/* string */.YjP()
        .optional()
        .describe('What to do when it fails; shown in the report and summary'),
};
const commandCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('command'),
    command: argv.describe('argv array, or a string split like a shell would (run without a shell unless shell: true)'),
    shell: schemas/* boolean */.zMY().optional().describe('Run a string command with /bin/sh -c'),
    'exit-code': schemas/* number */.aig()
        .int()
        .min(0)
        .max(255)
        .optional()
        .describe('Expected exit code (default 0)'),
    stdout: schema_pattern.optional().describe('stdout must match'),
    stderr: schema_pattern.optional().describe('stderr must match'),
    cwd: schemas/* string */.YjP().optional(),
});
const versionCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('version'),
    command: argv.describe('Command printing the version, e.g. [python3, --version]'),
    range: schemas/* string */.YjP()
        .min(1)
        .refine((range) => semver.validRange(range) !== null, {
        message: 'is not a valid semver range',
    })
        .describe('semver range the version must satisfy, e.g. ">=3.8"'),
    pattern: schema_pattern
        .optional()
        .describe('Regular expression whose first group (or match) is the version'),
});
const httpCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('http'),
    url: schema_text.describe('http:// or https:// URL'),
    method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    body: schemas/* string */.YjP().optional(),
    status: schemas/* union */.KCZ([schemas/* number */.aig().int().min(100).max(599), schemas/* array */.YOg(schemas/* number */.aig().int().min(100).max(599)).min(1)])
        .optional()
        .describe('Expected status code(s) (default any 2xx)'),
    'body-contains': schemas/* string */.YjP().optional(),
    'body-matches': schema_pattern.optional(),
    json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]))
        .optional()
        .describe('JSON fields (dot paths) that must equal the given values, e.g. {status: ok}'),
    'max-latency': schemas/* number */.aig().positive().optional().describe('Milliseconds the response may take'),
    insecure: schemas/* boolean */.zMY().optional().describe('Skip TLS certificate verification (default false)'),
});
const tcpCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('tcp'),
    host: schema_text,
    port,
});
const pathCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('path'),
    path: schema_text,
    type: schemas/* enum */.k5n(['file', 'directory', 'any']).optional().describe('Default any'),
    'non-empty': schemas/* boolean */.zMY().optional().describe('A file must have bytes, a directory entries'),
    create: schemas/* boolean */.zMY()
        .optional()
        .describe('Create a missing directory inside the working directory (the check then passes with a note)'),
    'max-age': seconds.optional().describe('The path was modified at most this many seconds ago'),
});
const envCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('env'),
    variables: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
    pattern: schema_pattern.optional().describe('Each value must match; values are never printed'),
});
const configCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('config'),
    file: schema_text.describe('A JSON or YAML file'),
    schema: schema_text.optional().describe('A JSON Schema file the parsed config must match'),
});
const tlsCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('tls'),
    host: schema_text,
    port: port.optional().describe('Default 443'),
    servername: schema_text.optional().describe('The name the certificate must hold (default host)'),
    insecure: schemas/* boolean */.zMY()
        .optional()
        .describe('Do not verify the chain and the name (expiry is still checked)'),
    'min-days': schemas/* number */.aig()
        .min(0)
        .max(3650)
        .optional()
        .describe('Days the certificate must still be valid (default 0: not expired)'),
});
const DNS_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'SRV'];
const dnsCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('dns'),
    host: schema_text.describe('The name to resolve'),
    type: schemas/* enum */.k5n(DNS_TYPES).optional().describe('Record type (default A)'),
    expect: schemas/* array */.YOg(schema_text)
        .min(1)
        .optional()
        .describe('Values that must all be among the answers (SRV as "priority weight port target")'),
    resolver: schema_text
        .optional()
        .describe('Address of the DNS server to ask (IP, or IP:port), instead of the system resolver'),
});
const diskCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('disk'),
    path: schema_text
        .describe('A path on the filesystem to check (default the working directory)')
        .optional(),
    'min-free': schemas/* string */.YjP()
        .regex(/^\s*\d+(\.\d+)?\s*(%|B|[KMGTP]B|[KMGTP]iB)?\s*$/i, {
        message: 'must be bytes with a unit (500MB, 2GiB) or a percentage (10%)',
    })
        .describe('Free space needed: bytes with a unit (500MB, 2GiB) or a percentage (10%)'),
});
const processCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('process'),
    pattern: schema_pattern.optional().describe('Matched against each process command line'),
    'pid-file': schema_text.optional().describe('A file holding the PID of a running process'),
})
    .refine((check) => (check.pattern === undefined) !== (check['pid-file'] === undefined), {
    message: 'a process check needs exactly one of "pattern" and "pid-file"',
});
const prometheusCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('prometheus'),
    url: schema_text.describe('Base URL of the Prometheus server, e.g. http://prometheus:9090'),
    query: schema_text.describe('A PromQL instant query'),
    condition: schemas/* string */.YjP()
        .regex(/^\s*(<=|>=|==|!=|<|>)\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i, {
        message: 'must be an operator (<, <=, >, >=, ==, !=) and a number, e.g. "< 0.05"',
    })
        .describe('Every returned value must satisfy this, e.g. "< 0.05"'),
    'allow-empty': schemas/* boolean */.zMY().optional().describe('An empty result passes (default false)'),
});
const postgresCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('postgres'),
    url: schema_text.describe('postgres://user@host:5432/db; put a password in only through ${env:NAME}'),
    query: schema_text.optional().describe('Default SELECT 1'),
    expect: schemas/* string */.YjP()
        .optional()
        .describe('The first column of the first row, as text, must equal this'),
});
const CHECK_KINDS = [
    'command',
    'version',
    'http',
    'tcp',
    'path',
    'env',
    'config',
    'tls',
    'dns',
    'disk',
    'process',
    'prometheus',
    'postgres',
];
/** Kinds that start a process run under `concurrency`; the others under `network-concurrency`. */
const PROCESS_KINDS = new Set(['command', 'version']);
const checkSchema = schemas/* discriminatedUnion */.gMt('kind', [
    commandCheck,
    versionCheck,
    httpCheck,
    tcpCheck,
    pathCheck,
    envCheck,
    configCheck,
    tlsCheck,
    dnsCheck,
    diskCheck,
    processCheck,
    prometheusCheck,
    postgresCheck,
]);
const suiteSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Suite file format version'),
    concurrency: schemas/* number */.aig()
        .int()
        .min(1)
        .max(256)
        .optional()
        .describe('Checks that start a process (command, version) run at once (default 2 per core, at least 4)'),
    'network-concurrency': schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024)
        .optional()
        .describe('Checks that start no process (network, files) run at once (default 64)'),
    flaky: flaky.optional().describe('Default for every check\'s "flaky"'),
    checks: schemas/* array */.YOg(checkSchema).describe('The checks; an empty suite never passes'),
});
function suiteJsonSchema() {
    return {
        ...z.toJSONSchema(suiteSchema, { io: 'input', target: 'draft-2020-12' }),
        $id: 'https://github.com/acme/preflight-gate/schema/suite.schema.json',
        title: 'Preflight Gate suite',
    };
}

;// CONCATENATED MODULE: ./lib/suite/load.js
// Reads a suite file (YAML or JSON: the YAML parser reads both and keeps positions) and
// returns either a validated suite or errors that name file:line:column and how to fix them.




const MAX_SUITE_BYTES = 4 * 1024 * 1024;
/** Aliases a suite file may use: enough for shared settings, far too few for a "billion laughs". */
const MAX_ALIASES = 100;
async function loadSuite(file) {
    let source;
    try {
        // A regular file of bounded size only: a FIFO or a link to /dev/zero is refused at once.
        source = await (0,files/* readBounded */.CB)(file, MAX_SUITE_BYTES);
    }
    catch (error) {
        return {
            ok: false,
            errors: [`${file}:1:1: cannot read the suite file: ${error.message}`],
        };
    }
    return parseSuite(source, file);
}
function parseSuite(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lines.linePos(offset ?? 0);
        return `${file}:${line}:${col}`;
    };
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            errors: doc.errors.map((e) => `${at(e.pos[0])}: ${firstLine(e.message)} (fix the YAML/JSON syntax here)`),
        };
    }
    // A .json file is JSON, not YAML that happens to look like it: a trailing comma is an error.
    if (file.endsWith('.json')) {
        const error = strictJsonError(source);
        if (error !== null)
            return { ok: false, errors: [`${at(error.offset)}: ${error.message}`] };
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (error) {
        return {
            ok: false,
            errors: [
                `${at(firstAliasOffset(doc))}: ${firstLine(error.message)}; a suite file may not expand aliases this much (at most ${MAX_ALIASES} alias uses); write the checks out`,
            ],
        };
    }
    const parsed = suiteSchema.safeParse(raw);
    // Every error at once: schema problems and reference problems in one report.
    const errors = parsed.success
        ? []
        : parsed.error.issues.map((issue) => describeIssue(issue, doc, at));
    errors.push(...checkReferences(namedChecks(raw), doc, at));
    if (!parsed.success || errors.length > 0)
        return { ok: false, errors };
    return { ok: true, suite: parsed.data, checksAt: at(keyOffset(doc, [], 'checks')) };
}
function firstAliasOffset(doc) {
    let offset;
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
/** JSON.parse's complaint, placed where the strict-JSON scanner finds the first bad character. */
function strictJsonError(source) {
    try {
        JSON.parse(source);
        return null;
    }
    catch {
        const offset = jsonErrorOffset(source) ?? 0;
        const found = offset < source.length ? `unexpected ${JSON.stringify(source[offset])}` : 'unexpected end';
        return {
            offset,
            message: `not valid JSON: ${found} here; a .json suite is parsed as strict JSON (no trailing commas or comments), use .yml for YAML`,
        };
    }
}
function namedChecks(raw) {
    const checks = raw?.checks;
    if (!Array.isArray(checks))
        return [];
    return checks.map((check) => {
        const c = check;
        if (typeof c?.name !== 'string' || c.name.trim() === '')
            return null;
        const deps = Array.isArray(c['depends-on'])
            ? c['depends-on'].filter((d) => typeof d === 'string')
            : [];
        return { name: c.name.trim(), dependsOn: deps };
    });
}
function nodeAt(doc, path) {
    for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (node && typeof node === 'object' && 'range' in node)
            return node;
    }
    return null;
}
function keyOffset(doc, path, key) {
    const node = nodeAt(doc, path);
    if (node && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            return pair.key.range?.[0];
    }
    return node?.range?.[0];
}
function describeIssue(issue, doc, at) {
    const path = issue.path;
    const where = path.length > 0 ? ` (at ${path.join('.')})` : '';
    const checkName = checkLabel(doc, path);
    if (issue.code === 'unrecognized_keys') {
        return issue.keys
            .map((key) => `${at(keyOffset(doc, path, key))}: unknown field "${key}"${checkName}; remove it or fix its spelling${where}`)
            .join('\n');
    }
    if (issue.code === 'invalid_union' && path[path.length - 1] === 'kind') {
        const kind = doc.getIn(path);
        const what = kind === undefined ? 'a check without "kind"' : `unknown check kind "${String(kind)}"`;
        return `${at(nodeAt(doc, path)?.range?.[0])}: ${what}${checkName}; set kind to one of ${CHECK_KINDS.join(', ')}`;
    }
    return `${at(nodeAt(doc, path)?.range?.[0])}: ${issue.message}${checkName}${where}`;
}
/** ` in check "name"` for a path inside checks[i], else ''. */
function checkLabel(doc, path) {
    if (path[0] !== 'checks' || typeof path[1] !== 'number')
        return '';
    const name = doc.getIn(['checks', path[1], 'name']);
    return typeof name === 'string' ? ` in check "${name}"` : ` in check #${path[1] + 1}`;
}
/** Duplicate names, unknown depends-on targets and cycles: what zod alone cannot see. */
function checkReferences(checks, doc, at) {
    const errors = [];
    const index = new Map();
    checks.forEach((check, i) => {
        if (check === null)
            return;
        const first = index.get(check.name);
        if (first !== undefined) {
            errors.push(`${at(nodeAt(doc, ['checks', i, 'name'])?.range?.[0])}: duplicate check name "${check.name}" (first at ${at(nodeAt(doc, ['checks', first, 'name'])?.range?.[0])}); give each check a unique name`);
        }
        else {
            index.set(check.name, i);
        }
    });
    checks.forEach((check, i) => {
        check?.dependsOn.forEach((target, j) => {
            if (!index.has(target)) {
                errors.push(`${at(nodeAt(doc, ['checks', i, 'depends-on', j])?.range?.[0])}: check "${check.name}" depends on "${target}", which is not a check in this suite; fix the name or remove it`);
            }
        });
    });
    if (errors.length > 0)
        return errors;
    const cycle = findCycle(checks, index);
    if (cycle) {
        const [from] = cycle;
        const i = index.get(from);
        const j = checks[i]?.dependsOn.indexOf(cycle[1]) ?? 0;
        const node = doc.getIn(['checks', i, 'depends-on'], true);
        const item = (0,dist/* isSeq */.oP)(node) ? node.items[j] : undefined;
        errors.push(`${at(item?.range?.[0] ?? nodeAt(doc, ['checks', i])?.range?.[0])}: depends-on cycle ${cycle.join(' → ')}; remove one of these dependencies`);
    }
    return errors;
}
/** A cycle as names [a, b, ..., a], or null; iterative DFS, bounded by the number of checks. */
function findCycle(checks, index) {
    const state = new Array(checks.length).fill(0); // unvisited, on stack, done
    for (let root = 0; root < checks.length; root++) {
        if (state[root] !== 0)
            continue;
        const stack = [{ node: root, next: 0 }];
        state[root] = 1;
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const deps = checks[top.node]?.dependsOn ?? [];
            if (top.next >= deps.length) {
                state[top.node] = 2;
                stack.pop();
                continue;
            }
            const dep = index.get(deps[top.next++]);
            if (state[dep] === 1) {
                const from = stack.findIndex((f) => f.node === dep);
                return [
                    ...stack.slice(from).map((f) => checks[f.node]?.name),
                    checks[dep]?.name,
                ];
            }
            if (state[dep] === 0) {
                state[dep] = 1;
                stack.push({ node: dep, next: 0 });
            }
        }
    }
    return null;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
/**
 * The checks a run of `subset` would select, or why that selection cannot run (no checks, none
 * in the subset, a dependency outside it). `run` and `validate` share it, so they agree.
 */
function selectChecks(suite, subset, label) {
    const all = suite.checks;
    const selected = subset === 'full' ? all : all.filter((c) => c.subsets?.includes(subset));
    if (selected.length === 0) {
        return {
            errors: [
                all.length === 0
                    ? `${label}: the suite has no checks, and an empty suite never passes; add checks.`
                    : `${label}: no check is in subset "${subset}"; add "${subset}" to some checks' subsets, or choose another subset.`,
            ],
        };
    }
    const names = new Set(selected.map((c) => c.name));
    const outside = selected.flatMap((c) => (c['depends-on'] ?? [])
        .filter((d) => !names.has(d))
        .map((d) => `${label}: check "${c.name}" (subset "${subset}") depends on "${d}", which is not in that subset; add it to the subset or drop the dependency.`));
    return outside.length > 0 ? { errors: outside } : { checks: selected };
}
/**
 * Validation for `preflight validate`: every error `run` would report, for each selection
 * given (by default paper's and live's), or none.
 */
async function validateSuiteFile(file, selections = [
    { mode: 'paper', subset: 'production' },
    { mode: 'live', subset: 'full' },
]) {
    const loaded = await loadSuite(file);
    if (!loaded.ok)
        return loaded.errors;
    const errors = new Set();
    for (const { mode, subset } of selections) {
        const selected = selectChecks(loaded.suite, subset, loaded.checksAt);
        if ('errors' in selected) {
            for (const error of selected.errors)
                errors.add(`${error} (mode ${mode})`);
        }
    }
    return [...errors];
}

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
    const loaded = await loadSuite(file);
    if (!loaded.ok)
        return invalid(loaded.errors, started);
    const selection = selectChecks(loaded.suite, request.subset, request.path);
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
    const expander = new expand/* Expander */.c6(request.env);
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
            `The suite ran past its limit of ${request.timeoutMs / 1000} s; unfinished checks were stopped. Make the checks faster or raise "timeout-seconds".`,
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
        const pool = (check) => (PROCESS_KINDS.has(check.kind) ? 'process' : 'network');
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
        await new Promise((r) => setTimeout(r, delay));
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
    const settleMs = PROCESS_KINDS.has(check.kind) ? killGraceMs + PROCESS_SETTLE_MS : IO_SETTLE_MS;
    let stopTimer;
    let abandonTimer;
    const abandoned = new Promise((resolve) => {
        stopTimer = setTimeout(() => controller.abort(), timeoutMs);
        abandonTimer = setTimeout(() => resolve({ ok: false, message: `did not finish within ${timeoutMs} ms` }), timeoutMs + settleMs);
    });
    try {
        return await Promise.race([
            (0,checks/* runAttempt */.Tm)(check, {
                cwd: request.cwd,
                env: request.env,
                timeoutMs,
                killGraceMs,
                signal: controller.signal,
                expand: request.expander,
            }),
            abandoned,
        ]);
    }
    finally {
        clearTimeout(stopTimer);
        clearTimeout(abandonTimer);
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
