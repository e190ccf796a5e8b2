export const id = 554;
export const ids = [554];
export const modules = {

/***/ 63554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSuiteFile: () => (/* binding */ runSuiteFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/runner/tail.js
var tail = __webpack_require__(12542);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/runner/command.js + 4 modules
var runner_command = __webpack_require__(64708);
// EXTERNAL MODULE: ./lib/runner/process.js + 1 modules
var process = __webpack_require__(98435);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
;// CONCATENATED MODULE: ./lib/suite/checks.js
// One attempt of each check kind. Each returns whether it passed and a short message; the
// runner adds timing, retries, dependencies and the deadline.










const OUTPUT_TAIL_BYTES = 4 * 1024;
const MAX_HTTP_BODY_BYTES = 1024 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Raised for a problem in the check's own definition (an unset ${env:X}): never retried. */
class CheckDefinitionError extends Error {
}
/** Replaces ${env:NAME} with the variable's value; an unset variable is an error. */
function interpolate(value, env) {
    return value.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const found = env[name];
        if (found === undefined || found === '') {
            throw new CheckDefinitionError(`environment variable ${name} is not set (referenced as \${env:${name}})`);
        }
        return found;
    });
}
function runAttempt(spec, ctx) {
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
            return Promise.resolve(envAttempt(spec, ctx));
        case 'config':
            return configAttempt(spec, ctx);
    }
}
function resolveArgv(command, shell, env) {
    if (Array.isArray(command))
        return command.map((arg) => interpolate(arg, env));
    const line = interpolate(command, env);
    if (shell)
        return ['/bin/sh', '-c', line];
    const split = (0,runner_command/* commandArgv */.G)(line);
    if ('error' in split)
        throw new CheckDefinitionError(split.error.replace('Input "command"', 'command'));
    return split.argv;
}
async function execute(argv, cwd, ctx) {
    const run = await (0,process/* runProcess */.R3)({
        argv,
        cwd,
        env: ctx.env,
        timeoutMs: ctx.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        tailBytes: OUTPUT_TAIL_BYTES,
        drainMs: 200,
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
            return { exitCode: null, run, output, failure: end.error };
    }
}
async function commandAttempt(spec, ctx) {
    const argv = resolveArgv(spec.command, spec.shell ?? false, ctx.env);
    const cwd = external_node_path_.resolve(ctx.cwd, interpolate(spec.cwd ?? '.', ctx.env));
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
        const wanted = spec[stream];
        const seen = (0,sanitize/* plainText */.wh)(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail);
        if (wanted !== undefined && !new RegExp(wanted, 'm').test(seen)) {
            return { ok: false, message: `${stream} does not match /${wanted}/`, output: result.output };
        }
    }
    return { ok: true, message: `exited ${expected}` };
}
async function versionAttempt(spec, ctx) {
    const result = await execute(resolveArgv(spec.command, false, ctx.env), ctx.cwd, ctx);
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
    const match = new RegExp(spec.pattern ?? String.raw `(\d+\.\d+(?:\.\d+)?)`).exec(text);
    const found = match ? (match[1] ?? match[0]) : null;
    const version = found === null ? null : semver.coerce(found);
    if (version === null) {
        return { ok: false, message: 'no version found in the command output', output: result.output };
    }
    return semver.satisfies(version, spec.range)
        ? { ok: true, message: `${found} satisfies ${spec.range}` }
        : { ok: false, message: `${found} does not satisfy ${spec.range}` };
}
function httpAttempt(spec, ctx) {
    const url = new URL(interpolate(spec.url, ctx.env));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new CheckDefinitionError(`url must be http:// or https://, got ${url.protocol}`);
    }
    const headers = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([k, v]) => [k, interpolate(v, ctx.env)]));
    const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const started = performance.now();
    return new Promise((resolve) => {
        const request = client.request(url, {
            method: spec.method ?? 'GET',
            headers,
            timeout: ctx.timeoutMs,
            rejectUnauthorized: !(spec.insecure ?? false),
        }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size <= MAX_HTTP_BODY_BYTES)
                    chunks.push(chunk);
                else
                    response.destroy();
            });
            response.on('error', (error) => resolve({ ok: false, message: `response failed: ${error.message}` }));
            response.on('end', () => {
                const latency = performance.now() - started;
                resolve(judgeResponse(spec, response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), latency));
            });
            response.on('close', () => {
                if (size > MAX_HTTP_BODY_BYTES) {
                    resolve({ ok: false, message: `response body over ${MAX_HTTP_BODY_BYTES} bytes` });
                }
            });
        });
        request.on('timeout', () => request.destroy(new Error(`no response within ${ctx.timeoutMs} ms`)));
        request.on('error', (error) => resolve({ ok: false, message: `${spec.method ?? 'GET'} ${url.origin}: ${error.message}` }));
        request.end(spec.body);
    });
}
function judgeResponse(spec, status, body, latency) {
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
    if (spec['body-contains'] !== undefined && !body.includes(spec['body-contains'])) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (spec['body-matches'] !== undefined && !new RegExp(spec['body-matches'], 'm').test(body)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (spec.json !== undefined) {
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
        for (const [field, want] of Object.entries(spec.json)) {
            const got = field
                .split('.')
                .reduce((v, key) => v !== null && typeof v === 'object' ? v[key] : undefined, json);
            if (got !== want) {
                return {
                    ok: false,
                    message: `HTTP ${status}: JSON field ${field} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(want)}`,
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
function tcpAttempt(spec, ctx) {
    const host = interpolate(spec.host, ctx.env);
    const port = Number(typeof spec.port === 'number' ? spec.port : interpolate(spec.port, ctx.env));
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new CheckDefinitionError(`port must be a number from 1 to 65535, got "${String(spec.port)}"`);
    }
    const started = performance.now();
    return new Promise((resolve) => {
        const socket = external_node_net_.connect({ host, port });
        const done = (result) => {
            socket.destroy();
            resolve(result);
        };
        socket.setTimeout(ctx.timeoutMs, () => done({ ok: false, message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms` }));
        socket.on('connect', () => done({
            ok: true,
            message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
        }));
        socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }));
    });
}
async function pathAttempt(spec, ctx) {
    const target = external_node_path_.resolve(ctx.cwd, interpolate(spec.path, ctx.env));
    const type = spec.type ?? 'any';
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            return { ok: false, message: `${spec.path}: ${error.message}` };
        }
        if (spec.create && type !== 'file') {
            await (0,promises_.mkdir)(target, { recursive: true });
            return { ok: true, message: `${spec.path} was missing and has been created` };
        }
        return { ok: false, message: `${spec.path} does not exist` };
    }
    if (type === 'file' && !info.isFile())
        return { ok: false, message: `${spec.path} is not a file` };
    if (type === 'directory' && !info.isDirectory())
        return { ok: false, message: `${spec.path} is not a directory` };
    if (spec['non-empty']) {
        const empty = info.isDirectory() ? (await (0,promises_.readdir)(target)).length === 0 : info.size === 0;
        if (empty)
            return { ok: false, message: `${spec.path} is empty` };
    }
    return { ok: true, message: `${spec.path} ${info.isDirectory() ? 'directory' : 'file'} present` };
}
function envAttempt(spec, ctx) {
    const missing = spec.variables.filter((name) => !ctx.env[name]);
    if (missing.length > 0)
        return { ok: false, message: `not set or empty: ${missing.join(', ')}` };
    if (spec.pattern !== undefined) {
        const pattern = new RegExp(spec.pattern);
        // Values are secrets as far as the gate knows: only names are ever reported.
        const bad = spec.variables.filter((name) => !pattern.test(ctx.env[name] ?? ''));
        if (bad.length > 0)
            return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` };
    }
    return { ok: true, message: `set: ${spec.variables.join(', ')}` };
}
async function configAttempt(spec, ctx) {
    const file = external_node_path_.resolve(ctx.cwd, interpolate(spec.file, ctx.env));
    let config;
    try {
        config = parseStructured(await readBounded(file), file);
    }
    catch (error) {
        return { ok: false, message: `${spec.file}: ${error.message}` };
    }
    if (spec.schema === undefined)
        return { ok: true, message: `${spec.file} parses` };
    const schemaFile = external_node_path_.resolve(ctx.cwd, interpolate(spec.schema, ctx.env));
    let schema;
    try {
        schema = parseStructured(await readBounded(schemaFile), schemaFile);
    }
    catch (error) {
        throw new CheckDefinitionError(`schema ${spec.schema}: ${error.message}`);
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
async function readBounded(file) {
    const info = await (0,promises_.stat)(file);
    if (info.size > MAX_CONFIG_BYTES)
        throw new Error(`over ${MAX_CONFIG_BYTES} bytes`);
    return (0,promises_.readFile)(file, 'utf8');
}
function parseStructured(text, file) {
    return file.endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
}
/** The JSON Schema validator is loaded only when a suite has a config check with a schema. */
async function compileSchema(schema, name) {
    const draft2020 = typeof schema === 'object' &&
        schema !== null &&
        String(schema.$schema).includes('2020-12');
    const module = draft2020 ? await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 19)) : await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19));
    const Ajv = module.default.default ?? module.default;
    try {
        return new Ajv({ allErrors: true, strict: false }).compile(schema);
    }
    catch (error) {
        throw new CheckDefinitionError(`schema ${name} is not a valid JSON Schema: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
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
const pattern = schemas/* string */.YjP()
    .min(1)
    .refine(isRegExp, { message: 'is not a valid regular expression' })
    .describe('A regular expression (JavaScript syntax)');
function isRegExp(source) {
    try {
        new RegExp(source);
        return true;
    }
    catch {
        return false;
    }
}
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
    stdout: pattern.optional().describe('stdout must match'),
    stderr: pattern.optional().describe('stderr must match'),
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
    pattern: pattern
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
    'body-matches': pattern.optional(),
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
    port: schemas/* union */.KCZ([schemas/* number */.aig().int().min(1).max(65535), schema_text])
        .describe('Port number, or a string such as ${env:DB_PORT}'),
});
const pathCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('path'),
    path: schema_text,
    type: schemas/* enum */.k5n(['file', 'directory', 'any']).optional().describe('Default any'),
    'non-empty': schemas/* boolean */.zMY().optional().describe('A file must have bytes, a directory entries'),
    create: schemas/* boolean */.zMY()
        .optional()
        .describe('Create a missing directory (the check then passes with a note)'),
});
const envCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('env'),
    variables: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
    pattern: pattern.optional().describe('Each value must match; values are never printed'),
});
const configCheck = schemas/* strictObject */.rej({
    ...common,
    kind: schemas/* literal */.euz('config'),
    file: schema_text.describe('A JSON or YAML file'),
    schema: schema_text.optional().describe('A JSON Schema file the parsed config must match'),
});
const CHECK_KINDS = ['command', 'version', 'http', 'tcp', 'path', 'env', 'config'];
const checkSchema = schemas/* discriminatedUnion */.gMt('kind', [
    commandCheck,
    versionCheck,
    httpCheck,
    tcpCheck,
    pathCheck,
    envCheck,
    configCheck,
]);
const suiteSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Suite file format version'),
    concurrency: schemas/* number */.aig()
        .int()
        .min(1)
        .max(256)
        .optional()
        .describe('Checks run at once (default 8)'),
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
async function loadSuite(file) {
    let source;
    try {
        source = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        return {
            ok: false,
            errors: [`${file}: cannot read the suite file: ${error.message}`],
        };
    }
    if (Buffer.byteLength(source) > MAX_SUITE_BYTES) {
        return { ok: false, errors: [`${file}: the suite file is over ${MAX_SUITE_BYTES} bytes`] };
    }
    return parseSuite(source, file);
}
function parseSuite(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset ?? 0);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length > 0) {
        return {
            ok: false,
            errors: doc.errors.map((e) => `${at(e.pos[0])}: ${firstLine(e.message)} (fix the YAML/JSON syntax here)`),
        };
    }
    const parsed = suiteSchema.safeParse(doc.toJS());
    if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, doc, at)) };
    }
    const errors = checkReferences(parsed.data, doc, at);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, suite: parsed.data };
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
function checkReferences(suite, doc, at) {
    const errors = [];
    const index = new Map();
    suite.checks.forEach((check, i) => {
        const first = index.get(check.name);
        if (first !== undefined) {
            errors.push(`${at(nodeAt(doc, ['checks', i, 'name'])?.range?.[0])}: duplicate check name "${check.name}" (first at ${at(nodeAt(doc, ['checks', first, 'name'])?.range?.[0])}); give each check a unique name`);
        }
        else {
            index.set(check.name, i);
        }
    });
    suite.checks.forEach((check, i) => {
        ;
        (check['depends-on'] ?? []).forEach((target, j) => {
            if (!index.has(target)) {
                errors.push(`${at(nodeAt(doc, ['checks', i, 'depends-on', j])?.range?.[0])}: check "${check.name}" depends on "${target}", which is not a check in this suite; fix the name or remove it`);
            }
        });
    });
    if (errors.length > 0)
        return errors;
    const cycle = findCycle(suite.checks, index);
    if (cycle) {
        const [from] = cycle;
        const i = index.get(from);
        const j = suite.checks[i]?.['depends-on']?.indexOf(cycle[1]) ?? 0;
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
            const deps = checks[top.node]?.['depends-on'] ?? [];
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
/** Validation for `preflight validate`: the errors, or none. */
async function validateSuiteFile(file) {
    const loaded = await loadSuite(file);
    return loaded.ok ? [] : loaded.errors;
}

;// CONCATENATED MODULE: ./lib/suite/runner.js
// Runs a declarative suite: checks in dependency order, concurrently in a bounded pool, each
// with its own timeout and retries, all inside the suite's overall deadline. Produces the same
// SuiteOutcome as a suite command, so everything after it is shared.





const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 10_000;
const DEFAULT_CONCURRENCY = 8;
const runner_OUTPUT_TAIL_BYTES = 64 * 1024;
async function runSuiteFile(request) {
    const started = performance.now();
    const file = external_node_path_.resolve(request.cwd, request.path);
    const loaded = await loadSuite(file);
    if (!loaded.ok)
        return invalid(loaded.errors, started);
    const all = loaded.suite.checks;
    const selected = request.subset === 'full' ? all : all.filter((c) => c.subsets?.includes(request.subset));
    if (selected.length === 0) {
        return invalid([
            all.length === 0
                ? `${request.path}: the suite has no checks, and an empty suite never passes; add checks.`
                : `${request.path}: no check is in subset "${request.subset}"; add "${request.subset}" to some checks' subsets, or choose another subset.`,
        ], started);
    }
    const names = new Set(selected.map((c) => c.name));
    const outside = selected.flatMap((c) => (c['depends-on'] ?? [])
        .filter((d) => !names.has(d))
        .map((d) => `${request.path}: check "${c.name}" (subset "${request.subset}") depends on "${d}", which is not in that subset; add it to the subset or drop the dependency.`));
    if (outside.length > 0)
        return invalid(outside, started);
    const log = new tail/* TailBuffer */.v(runner_OUTPUT_TAIL_BYTES);
    const say = (line) => {
        const bytes = Buffer.from(line + '\n');
        log.push(bytes);
        request.echo?.write(bytes);
    };
    say(`Running ${selected.length} check(s) of ${request.path} (mode ${request.mode}, subset ${request.subset})`);
    const deadline = Date.now() + request.timeoutMs;
    const results = await schedule(selected, loaded.suite.concurrency ?? DEFAULT_CONCURRENCY, deadline, request, say);
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
        outputTail: log.text(),
        outputTruncated: log.truncated,
    };
}
const DEADLINE_MESSAGE = 'not finished before the suite deadline';
/** Dependency order with a bounded pool: a check starts once every dependency has passed. */
function schedule(checks, concurrency, deadline, request, say) {
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
        let running = 0;
        let next = 0; // ready is a queue; an index beats shift() over thousands of checks
        const finish = (check, result) => {
            results.set(check.name, result);
            const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗';
            say(`${mark} [${check.level}] ${check.name}: ${result.message} (${Math.round(result.durationMs)}ms)`);
            for (const next of dependents.get(check.name) ?? []) {
                const left = (waitingOn.get(next.name) ?? 0) - 1;
                waitingOn.set(next.name, left);
                if (left === 0)
                    ready.push(next);
            }
        };
        const pump = () => {
            while (next < ready.length && running < concurrency) {
                const check = ready[next++];
                const failedDep = (check['depends-on'] ?? []).find((d) => results.get(d)?.status !== 'passed');
                if (failedDep !== undefined) {
                    finish(check, result(check, 'skipped', 0, `skipped: dependency "${failedDep}" did not pass`));
                    continue;
                }
                if (Date.now() >= deadline) {
                    finish(check, result(check, 'failed', 0, `${DEADLINE_MESSAGE} (never started)`));
                    continue;
                }
                running++;
                void runCheck(check, deadline, request).then((r) => {
                    running--;
                    finish(check, r);
                    pump();
                });
            }
            if (running === 0 && next === ready.length)
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
        try {
            last = await runAttempt(check, {
                cwd: request.cwd,
                env: request.env,
                timeoutMs,
                killGraceMs: Math.min(request.killGraceMs ?? 2000, 2000),
            });
        }
        catch (error) {
            const definition = error instanceof CheckDefinitionError;
            last = {
                ok: false,
                message: definition
                    ? `check definition: ${error.message}`
                    : `check crashed: ${String(error)}`,
            };
            if (definition)
                break;
        }
        if (last.ok)
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
    const suffix = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    return {
        ...result(check, last.ok ? 'passed' : 'failed', Date.now() - started, last.message + suffix),
        ...(last.output && !last.ok && { output: last.output }),
    };
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
