export const id = 2600;
export const ids = [2600,973];
export const modules = {

/***/ 78150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c6: () => (/* binding */ Expander),
/* harmony export */   gD: () => (/* binding */ CheckDefinitionError),
/* harmony export */   sD: () => (/* binding */ withoutEnvReferences)
/* harmony export */ });
/* unused harmony export unbalancedQuote */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25078);
/* harmony import */ var _runner_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3936);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52974);
// ${env:NAME} expansion. A value is data, never syntax: a string command is split into words
// first and each word expanded afterwards, so a value is always exactly one argument; a shell
// script gets a quoted "${NAME}" reference and the value through its environment; a pattern
// matches the value literally. A value is remembered for redaction when it is a credential: its
// variable's name looks secret (*TOKEN*, *PASSWORD*…) or it lands in a URL's userinfo, where it
// is also percent-encoded so `@ / % #` in a password cannot split the URL. A port or a year stays
// readable in the reports (docs/redaction.md).



const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;
// Private-use characters stand in for references while a command is split into words.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;
/** scheme://userinfo@ at the start of a field, as written (references hold no / ? #). */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i;
/** Raised for a problem in the check's own definition (an unset ${env:X}): never retried. */
class CheckDefinitionError extends Error {
}
class Expander {
    env;
    onSecret;
    /** Every credential expanded or read by an env check, for redaction. */
    secrets = new Set();
    // Values of variables named in `redact` are hidden by the engine's redactor whatever the name.
    constructor(env, onSecret = () => { }) {
        this.env = env;
        this.onSecret = onSecret;
    }
    /** The value of a variable a check reads; remembered when its name looks secret. */
    read(name) {
        const value = this.env[name];
        if (value && (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .looksSecret */ .n0)(name))
            this.remember(value);
        return value;
    }
    remember(value) {
        if (this.secrets.has(value))
            return;
        this.secrets.add(value);
        this.onSecret(value);
    }
    value(name) {
        const found = this.read(name);
        if (found === undefined || found === '') {
            throw new CheckDefinitionError(`environment variable ${name} is not set (referenced as \${env:${name}})`);
        }
        return found;
    }
    /**
     * A plain string field (url, host, path, header, body-contains, json value...). A value that
     * lands in a URL's userinfo is a credential: percent-encoded there, and hidden in both forms.
     */
    text(value) {
        const userInfo = USER_INFO.exec(value);
        const userInfoEnd = userInfo === null ? 0 : userInfo[0].length - 1;
        return value.replace(ENV_REFERENCE, (_, name, offset) => {
            const found = this.value(name);
            if (offset >= userInfoEnd)
                return found;
            const encoded = encodeURIComponent(found);
            this.remember(found);
            this.remember(encoded);
            return encoded;
        });
    }
    /** A pattern field: each value is quoted, so it matches itself and adds no syntax. */
    pattern(value) {
        return value.replace(ENV_REFERENCE, (_, name) => (0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .quotePattern */ .zc)(this.value(name)));
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
        const split = (0,_runner_command_js__WEBPACK_IMPORTED_MODULE_1__/* .commandArgv */ .G)(marked, 'command');
        if ('error' in split)
            throw new CheckDefinitionError(split.error);
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

/***/ 52600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bu: () => (/* binding */ loadSuite),
  oL: () => (/* binding */ selectChecks),
  validateSuiteFile: () => (/* binding */ validateSuiteFile)
});

// UNUSED EXPORTS: parseSuite

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

// EXTERNAL MODULE: ./lib/suite/schema.js
var schema = __webpack_require__(60973);
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
    const parsed = schema/* suiteSchema */.Y9.safeParse(raw);
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
        return `${at(nodeAt(doc, path)?.range?.[0])}: ${what}${checkName}; set kind to one of ${schema/* CHECK_KINDS */.FZ.join(', ')}`;
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

/***/ 60973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ CHECK_KINDS),
/* harmony export */   MG: () => (/* binding */ PROCESS_KINDS),
/* harmony export */   Y9: () => (/* binding */ suiteSchema),
/* harmony export */   suiteJsonSchema: () => (/* binding */ suiteJsonSchema)
/* harmony export */ });
/* unused harmony exports DNS_TYPES, checkSchema */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98439);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78150);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52974);
// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.





const name = zod__WEBPACK_IMPORTED_MODULE_3__.string().trim().min(1).max(200);
const seconds = zod__WEBPACK_IMPORTED_MODULE_3__.number()
    .positive()
    .max(6 * 60 * 60);
/** Strings may reference environment variables as ${env:NAME}. */
const text = zod__WEBPACK_IMPORTED_MODULE_3__.string().min(1);
const argv = zod__WEBPACK_IMPORTED_MODULE_3__.union([text, zod__WEBPACK_IMPORTED_MODULE_3__.array(zod__WEBPACK_IMPORTED_MODULE_3__.string()).min(1)]);
const pattern = zod__WEBPACK_IMPORTED_MODULE_3__.string()
    .min(1)
    .superRefine((source, ctx) => {
    const error = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_4__/* .patternError */ .fZ)((0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutEnvReferences */ .sD)(source));
    if (error !== null)
        ctx.addIssue({ code: 'custom', message: error });
})
    .describe('A regular expression (RE2 syntax: linear time, no backreferences or lookaround); a ${env:NAME} value in it matches literally');
// A string stands for a value only through ${env:NAME}: its literal part must already be what
// run accepts, so validate refuses what run would fail on ("443x").
const ENV_ONLY = /\$\{env:[A-Za-z_][A-Za-z0-9_]*\}/g;
const hasEnvReference = (value) => value.replace(ENV_ONLY, '') !== value;
const port = zod__WEBPACK_IMPORTED_MODULE_3__.union([
    zod__WEBPACK_IMPORTED_MODULE_3__.number().int().min(1).max(65535),
    text.refine((value) => hasEnvReference(value)
        ? /^\d*$/.test(value.replace(ENV_ONLY, ''))
        : /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, { message: 'must be a port number from 1 to 65535, or digits and ${env:NAME} references' }),
])
    .describe('Port number, or a string such as ${env:DB_PORT}');
const url = text.refine((value) => /^(\$\{env:[A-Za-z_][A-Za-z0-9_]*\}|https?:\/\/)/i.test(value), {
    message: 'must start with http:// or https:// (or a ${env:NAME} reference)',
});
const FLAKY = ['pass', 'fail'];
const flaky = zod__WEBPACK_IMPORTED_MODULE_3__["enum"](FLAKY)
    .describe('A check that passed only after retries: "pass" (default) reports it as flaky, "fail" fails it at its level');
const common = {
    name: name.describe('Unique name, shown in the report'),
    level: zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVELS */ .A_).describe('P0 infrastructure (blocking), P1 integration, P2 cosmetic'),
    subsets: zod__WEBPACK_IMPORTED_MODULE_3__.array(zod__WEBPACK_IMPORTED_MODULE_3__.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))
        .optional()
        .describe('Subsets this check belongs to; "production" is what paper runs. Every check is in "full".'),
    timeout: seconds.optional().describe('Seconds one attempt may take (default 10)'),
    retries: zod__WEBPACK_IMPORTED_MODULE_3__.number().int().min(0).max(100).optional().describe('Extra attempts after a failure'),
    'retry-delay': seconds
        .optional()
        .describe('Seconds before the first retry; doubles each time (default 0.5)'),
    until: seconds
        .optional()
        .describe('Keep retrying until this many seconds after the first attempt (a service warming up)'),
    flaky: flaky.optional(),
    'depends-on': zod__WEBPACK_IMPORTED_MODULE_3__.array(name)
        .optional()
        .describe('Checks that must pass first; if one fails this one is skipped'),
    description: zod__WEBPACK_IMPORTED_MODULE_3__.string().optional(),
    remediation: zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .optional()
        .describe('What to do when it fails; shown in the report and summary'),
};
const commandCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('command'),
    command: argv.describe('argv array, or a string split like a shell would (run without a shell unless shell: true)'),
    shell: zod__WEBPACK_IMPORTED_MODULE_3__.boolean().optional().describe('Run a string command with /bin/sh -c'),
    'exit-code': zod__WEBPACK_IMPORTED_MODULE_3__.number()
        .int()
        .min(0)
        .max(255)
        .optional()
        .describe('Expected exit code (default 0)'),
    stdout: pattern.optional().describe('stdout must match'),
    stderr: pattern.optional().describe('stderr must match'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_3__.string().optional(),
});
const versionCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('version'),
    command: argv.describe('Command printing the version, e.g. [python3, --version]'),
    range: zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .min(1)
        .refine((range) => semver__WEBPACK_IMPORTED_MODULE_0__.validRange(range) !== null, {
        message: 'is not a valid semver range',
    })
        .describe('semver range the version must satisfy, e.g. ">=3.8"'),
    pattern: pattern
        .optional()
        .describe('Regular expression whose first group (or match) is the version'),
});
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('http'),
    url: url.describe('http:// or https:// URL'),
    method: zod__WEBPACK_IMPORTED_MODULE_3__["enum"](['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_3__.record(zod__WEBPACK_IMPORTED_MODULE_3__.string(), zod__WEBPACK_IMPORTED_MODULE_3__.string()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_3__.string().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__.union([zod__WEBPACK_IMPORTED_MODULE_3__.number().int().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_3__.array(zod__WEBPACK_IMPORTED_MODULE_3__.number().int().min(100).max(599)).min(1)])
        .optional()
        .describe('Expected status code(s) (default any 2xx)'),
    'body-contains': zod__WEBPACK_IMPORTED_MODULE_3__.string().optional(),
    'body-matches': pattern.optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_3__.record(zod__WEBPACK_IMPORTED_MODULE_3__.string(), zod__WEBPACK_IMPORTED_MODULE_3__.union([zod__WEBPACK_IMPORTED_MODULE_3__.string(), zod__WEBPACK_IMPORTED_MODULE_3__.number(), zod__WEBPACK_IMPORTED_MODULE_3__.boolean(), zod__WEBPACK_IMPORTED_MODULE_3__["null"]()]))
        .optional()
        .describe('JSON fields (dot paths) that must equal the given values, e.g. {status: ok}'),
    'max-latency': zod__WEBPACK_IMPORTED_MODULE_3__.number()
        .positive()
        .max(6 * 60 * 60 * 1000)
        .optional()
        .describe('Milliseconds the response may take'),
    insecure: zod__WEBPACK_IMPORTED_MODULE_3__.boolean().optional().describe('Skip TLS certificate verification (default false)'),
});
const tcpCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('tcp'),
    host: text,
    port,
});
const pathCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('path'),
    path: text,
    type: zod__WEBPACK_IMPORTED_MODULE_3__["enum"](['file', 'directory', 'any']).optional().describe('Default any'),
    'non-empty': zod__WEBPACK_IMPORTED_MODULE_3__.boolean().optional().describe('A file must have bytes, a directory entries'),
    create: zod__WEBPACK_IMPORTED_MODULE_3__.boolean()
        .optional()
        .describe('Create a missing directory inside the working directory (the check then passes with a note)'),
    'max-age': seconds.optional().describe('The path was modified at most this many seconds ago'),
});
const envCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('env'),
    variables: zod__WEBPACK_IMPORTED_MODULE_3__.array(zod__WEBPACK_IMPORTED_MODULE_3__.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
    pattern: pattern.optional().describe('Each value must match; values are never printed'),
});
const configCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('config'),
    file: text.describe('A JSON or YAML file'),
    schema: text.optional().describe('A JSON Schema file the parsed config must match'),
});
const tlsCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('tls'),
    host: text,
    port: port.optional().describe('Default 443'),
    servername: text.optional().describe('The name the certificate must hold (default host)'),
    insecure: zod__WEBPACK_IMPORTED_MODULE_3__.boolean()
        .optional()
        .describe('Do not verify the chain of trust (the name and the expiry are still checked, unless check-hostname is false)'),
    'check-hostname': zod__WEBPACK_IMPORTED_MODULE_3__.boolean()
        .optional()
        .describe('Check the certificate holds servername (default host); default true, insecure too'),
    'min-days': zod__WEBPACK_IMPORTED_MODULE_3__.number()
        .min(0)
        .max(3650)
        .optional()
        .describe('Days the certificate must still be valid (default 0: not expired)'),
});
const DNS_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'SRV'];
const dnsCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('dns'),
    host: text.describe('The name to resolve'),
    type: zod__WEBPACK_IMPORTED_MODULE_3__["enum"](DNS_TYPES).optional().describe('Record type (default A)'),
    expect: zod__WEBPACK_IMPORTED_MODULE_3__.array(text)
        .min(1)
        .optional()
        .describe('Values that must all be among the answers (SRV as "priority weight port target")'),
    resolver: text
        .optional()
        .describe('Address of the DNS server to ask (IP, or IP:port), instead of the system resolver'),
});
const diskCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('disk'),
    path: text
        .describe('A path on the filesystem to check (default the working directory)')
        .optional(),
    'min-free': zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .regex(/^\s*\d+(\.\d+)?\s*(%|B|[KMGTP]B|[KMGTP]iB)?\s*$/i, {
        message: 'must be bytes with a unit (500MB, 2GiB) or a percentage (10%)',
    })
        .refine((value) => !value.includes('%') || parseFloat(value) <= 100, {
        message: 'must be a percentage of at most 100%',
    })
        .describe('Free space needed: bytes with a unit (500MB, 2GiB) or a percentage (10%)'),
});
const processCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('process'),
    pattern: pattern.optional().describe('Matched against each process command line'),
    'pid-file': text.optional().describe('A file holding the PID of a running process'),
})
    .refine((check) => (check.pattern === undefined) !== (check['pid-file'] === undefined), {
    message: 'a process check needs exactly one of "pattern" and "pid-file"',
});
const prometheusCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('prometheus'),
    url: text.describe('Base URL of the Prometheus server, e.g. http://prometheus:9090'),
    query: text.describe('A PromQL instant query'),
    condition: zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .regex(/^\s*(<=|>=|==|!=|<|>)\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i, {
        message: 'must be an operator (<, <=, >, >=, ==, !=) and a number, e.g. "< 0.05"',
    })
        .describe('Every returned value must satisfy this, e.g. "< 0.05"'),
    'allow-empty': zod__WEBPACK_IMPORTED_MODULE_3__.boolean().optional().describe('An empty result passes (default false)'),
});
const postgresCheck = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__.literal('postgres'),
    url: text.describe('postgres://user@host:5432/db; put a password in only through ${env:NAME}'),
    query: text.optional().describe('Default SELECT 1'),
    expect: zod__WEBPACK_IMPORTED_MODULE_3__.string()
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
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_3__.discriminatedUnion('kind', [
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
const suiteSchema = zod__WEBPACK_IMPORTED_MODULE_3__.strictObject({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__.string().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_3__.literal(1).describe('Suite file format version'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__.number()
        .int()
        .min(1)
        .max(256)
        .optional()
        .describe('Checks that start a process (command, version) run at once (default 2 per core, at least 4)'),
    'network-concurrency': zod__WEBPACK_IMPORTED_MODULE_3__.number()
        .int()
        .min(1)
        .max(1024)
        .optional()
        .describe('Checks that start no process (network, files) run at once (default 64)'),
    flaky: flaky.optional().describe('Default for every check\'s "flaky"'),
    checks: zod__WEBPACK_IMPORTED_MODULE_3__.array(checkSchema).describe('The checks; an empty suite never passes'),
});
function suiteJsonSchema() {
    return {
        ...zod__WEBPACK_IMPORTED_MODULE_5__/* .toJSONSchema */ .bl(suiteSchema, { io: 'input', target: 'draft-2020-12' }),
        // A name, not an address: the schema is found beside the suite (`$schema=…/schema/suite.schema.json`).
        $id: 'urn:preflight-gate:suite:1',
        title: 'Preflight Gate suite',
    };
}


/***/ })

};
