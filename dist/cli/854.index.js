export const id = 854;
export const ids = [854,973];
export const modules = {

/***/ 3854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ loadSuite),
/* harmony export */   validateSuiteFile: () => (/* binding */ validateSuiteFile)
/* harmony export */ });
/* unused harmony export parseSuite */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60973);
// Reads a suite file (YAML or JSON: the YAML parser reads both and keeps positions) and
// returns either a validated suite or errors that name file:line:column and how to fix them.



const MAX_SUITE_BYTES = 4 * 1024 * 1024;
async function loadSuite(file) {
    let source;
    try {
        source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
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
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteSchema */ .Y9.safeParse(doc.toJS());
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
    if (node && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === key);
        if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
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
        return `${at(nodeAt(doc, path)?.range?.[0])}: ${what}${checkName}; set kind to one of ${_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_KINDS */ .FZ.join(', ')}`;
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
        const item = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) ? node.items[j] : undefined;
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


/***/ }),

/***/ 60973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ CHECK_KINDS),
/* harmony export */   Y9: () => (/* binding */ suiteSchema),
/* harmony export */   suiteJsonSchema: () => (/* binding */ suiteJsonSchema)
/* harmony export */ });
/* unused harmony export checkSchema */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98439);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.



const name = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).max(200);
const seconds = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
    .positive()
    .max(6 * 60 * 60);
/** Strings may reference environment variables as ${env:NAME}. */
const text = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1);
const argv = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([text, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1)]);
const pattern = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
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
    name: name.describe('Unique name, shown in the report'),
    level: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVELS */ .A_).describe('P0 infrastructure (blocking), P1 integration, P2 cosmetic'),
    subsets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))
        .optional()
        .describe('Subsets this check belongs to; "production" is what paper runs. Every check is in "full".'),
    timeout: seconds.optional().describe('Seconds one attempt may take (default 10)'),
    retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(100).optional().describe('Extra attempts after a failure'),
    'retry-delay': seconds
        .optional()
        .describe('Seconds before the first retry; doubles each time (default 0.5)'),
    until: seconds
        .optional()
        .describe('Keep retrying until this many seconds after the first attempt (a service warming up)'),
    'depends-on': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(name)
        .optional()
        .describe('Checks that must pass first; if one fails this one is skipped'),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    remediation: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .describe('What to do when it fails; shown in the report and summary'),
};
const commandCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('command'),
    command: argv.describe('argv array, or a string split like a shell would (run without a shell unless shell: true)'),
    shell: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Run a string command with /bin/sh -c'),
    'exit-code': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .min(0)
        .max(255)
        .optional()
        .describe('Expected exit code (default 0)'),
    stdout: pattern.optional().describe('stdout must match'),
    stderr: pattern.optional().describe('stderr must match'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const versionCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('version'),
    command: argv.describe('Command printing the version, e.g. [python3, --version]'),
    range: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .refine((range) => semver__WEBPACK_IMPORTED_MODULE_0__.validRange(range) !== null, {
        message: 'is not a valid semver range',
    })
        .describe('semver range the version must satisfy, e.g. ">=3.8"'),
    pattern: pattern
        .optional()
        .describe('Regular expression whose first group (or match) is the version'),
});
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('http'),
    url: text.describe('http:// or https:// URL'),
    method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599)).min(1)])
        .optional()
        .describe('Expected status code(s) (default any 2xx)'),
    'body-contains': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    'body-matches': pattern.optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ()]))
        .optional()
        .describe('JSON fields (dot paths) that must equal the given values, e.g. {status: ok}'),
    'max-latency': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional().describe('Milliseconds the response may take'),
    insecure: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Skip TLS certificate verification (default false)'),
});
const tcpCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('tcp'),
    host: text,
    port: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(65535), text])
        .describe('Port number, or a string such as ${env:DB_PORT}'),
});
const pathCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('path'),
    path: text,
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['file', 'directory', 'any']).optional().describe('Default any'),
    'non-empty': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('A file must have bytes, a directory entries'),
    create: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .optional()
        .describe('Create a missing directory (the check then passes with a note)'),
});
const envCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('env'),
    variables: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
    pattern: pattern.optional().describe('Each value must match; values are never printed'),
});
const configCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('config'),
    file: text.describe('A JSON or YAML file'),
    schema: text.optional().describe('A JSON Schema file the parsed config must match'),
});
const CHECK_KINDS = ['command', 'version', 'http', 'tcp', 'path', 'env', 'config'];
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
    commandCheck,
    versionCheck,
    httpCheck,
    tcpCheck,
    pathCheck,
    envCheck,
    configCheck,
]);
const suiteSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).describe('Suite file format version'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .min(1)
        .max(256)
        .optional()
        .describe('Checks run at once (default 8)'),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(checkSchema).describe('The checks; an empty suite never passes'),
});
function suiteJsonSchema() {
    return {
        ...zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(suiteSchema, { io: 'input', target: 'draft-2020-12' }),
        $id: 'https://github.com/acme/preflight-gate/schema/suite.schema.json',
        title: 'Preflight Gate suite',
    };
}


/***/ })

};
