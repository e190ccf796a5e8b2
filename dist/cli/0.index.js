export const id = 0;
export const ids = [0];
export const modules = {

/***/ 1202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ levelFromMap),
  tv: () => (/* binding */ levelFromTokens),
  QA: () => (/* binding */ parseLevel),
  mK: () => (/* binding */ parseLevelMap)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./lib/evidence/glob.js
// level-map globs, matched in time linear in the subject: each glob is translated to an RE2
// pattern (the re2js engine never backtracks). A JavaScript RegExp from a glob library took 28 s
// on a 21 KB classname against `*.*.*.*`-style globs; RE2 takes a pass over the subject.

/** Longest glob accepted: a bound on the pattern as on the subject. */
const MAX_GLOB_LENGTH = 1000;
/**
 * `*` any run without `/`, `**` any run, `**` then `/` zero or more directories, `?` one character but
 * `/`, `[abc]`, `[a-z]`, `[!x]` a class, `{a,b}` alternatives, `\x` a literal x. Extglobs
 * (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) are refused rather than read as something else.
 */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new Error(`is longer than ${MAX_GLOB_LENGTH} characters`);
    }
    const re = build/* RE2JS */.L3.compile(`(?s)${translate(glob)}`);
    return { matches: (subject) => re.matches(subject) };
}
function translate(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        const next = glob[i + 1];
        if ('@!+*?'.includes(c) && next === '(') {
            throw new Error(`uses an extglob "${c}(…)" at ${i + 1}, which level-map does not read`);
        }
        if (c === '\\') {
            out += next === undefined ? '\\\\' : build/* RE2JS */.L3.quote(next);
            i++;
        }
        else if (c === '*') {
            let end = i;
            while (glob[end] === '*')
                end++;
            const starts = i === 0 || glob[i - 1] === '/';
            if (end - i >= 2 && glob[end] === '/' && starts) {
                out += '(?:.*/)?';
                i = end;
            }
            else {
                out += end - i >= 2 ? '.*' : '[^/]*';
                i = end - 1;
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
            const end = glob.indexOf(']', i + 2);
            const body = glob.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            const chars = Array.from(negated ? body.slice(1) : body);
            out += `[${negated ? '^' : ''}${chars.map((ch) => (ch === '-' ? '-' : /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`)).join('')}]`;
            i = end;
        }
        else if (c === '{') {
            const end = closingBrace(glob, i);
            if (end === -1) {
                out += build/* RE2JS */.L3.quote(c);
                continue;
            }
            out += `(?:${splitTopLevel(glob.slice(i + 1, end))
                .map(translate)
                .join('|')})`;
            i = end;
        }
        else {
            out += build/* RE2JS */.L3.quote(c);
        }
    }
    return out;
}
function closingBrace(glob, open) {
    let depth = 0;
    for (let i = open; i < glob.length; i++) {
        if (glob[i] === '\\')
            i++;
        else if (glob[i] === '{')
            depth++;
        else if (glob[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function splitTopLevel(body) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\')
            i++;
        else if (body[i] === '{')
            depth++;
        else if (body[i] === '}')
            depth--;
        else if (body[i] === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(body.slice(start));
    return parts;
}

// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
;// CONCATENATED MODULE: ./lib/evidence/levels.js
// Which level (P0, P1, P2) a test from another runner belongs to: its own `level` property,
// else the `level-map` input, else a p0/p1/p2 token in its name. No level means P0 (fail closed).


const LEVEL_NAME = /^p([0-2])(?:[_-][a-z0-9]+)*$/i;
/** `P0`, `p1`, docs/source-document.md's `P0_HEALTH`, `P1_INTEGRATION`…; null for anything else. */
function parseLevel(text) {
    const match = LEVEL_NAME.exec(text.trim());
    return match ? `P${match[1]}` : null;
}
/**
 * Parses `level-map` lines such as `P1: tests.integration.*` (blank lines and `#` comments
 * skipped). An error names the line; the caller names the map as its surface does.
 */
function parseLevelMap(text) {
    const rules = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([^:]+):\s*(.+)$/.exec(line);
        const level = match ? parseLevel(match[1]) : null;
        if (!match || !level) {
            return {
                ok: false,
                error: `line ${index + 1} ("${line.slice(0, 80)}") must read "P0: <glob>", "P1: <glob>" or "P2: <glob>".`,
            };
        }
        const pattern = match[2].trim();
        try {
            const glob = compileGlob(pattern);
            rules.push({ level, pattern, matches: (subject) => glob.matches(subject) });
        }
        catch (error) {
            return {
                ok: false,
                error: `line ${index + 1}: the glob "${pattern.slice(0, 80)}" ${error.message}.`,
            };
        }
    }
    return { ok: true, rules };
}
/** The most severe level among the rules that match `classname.name` or the file. */
function levelFromMap(rules, test) {
    const subjects = [test.classname ? `${test.classname}.${test.name}` : test.name];
    if (test.file)
        subjects.push(test.file);
    const matched = rules
        .filter((rule) => subjects.some((s) => rule.matches(s)))
        .map((rule) => rule.level);
    return mostSevere(matched);
}
/** A `p0`/`p1`/`p2` word in the test's name or classname (`test_p1_orders`, `P2_COSMETIC`). */
function levelFromTokens(test) {
    const words = `${test.classname ?? ''} ${test.name}`.split(/[^A-Za-z0-9]+/);
    return mostSevere(words.map((w) => (/^p[0-2]$/i.test(w) ? w.toUpperCase() : null)));
}
/** P0 before P1 before P2: with two candidates the stricter wins. */
function mostSevere(levels) {
    return model/* LEVELS */.A_.find((level) => levels.includes(level)) ?? null;
}


/***/ }),

/***/ 86000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveResultsParsing: () => (/* binding */ serveResultsParsing)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/evidence/levels.js + 1 modules
var levels = __webpack_require__(1202);
;// CONCATENATED MODULE: ./lib/evidence/parse.js
// Per-check results from any test runner, recognised from their content: the gate's JSON,
// JUnit XML, TAP 13/14 and the source document's Markdown report table (docs/source-document.md). Every parser returns
// tests with the level they declare themselves (or none); levels.ts fills in the rest.




/** A results file that cannot be read as results: says which file, which line and why. */
class ResultsParseError extends Error {
    file;
    line;
    detail;
    constructor(file, line, detail) {
        super(`${file}${line !== null ? `:${line}` : ''}: ${detail}`);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }
}
const MAX_TESTS = 10_000;
/**
 * TAP's YAML diagnostics, per test and per file: the YAML library reads flow collections at
 * about 0.6 MB/s and unknown tags at about 0.25 MB/s (one 8 MiB block took 29 s of CPU); a
 * level, a duration and a message fit in far less (within both bounds the slowest file takes
 * about 2 s, as JUnit's worst takes 3.4 s).
 */
const MAX_DIAGNOSTICS_BYTES = 64 * 1024;
const MAX_FILE_DIAGNOSTICS_BYTES = 512 * 1024;
const MAX_MESSAGE = 2000;
/** Classnames and file names are matched against level-map globs: bounded like names. */
const MAX_CLASSNAME = 1000;
function parseResults(file, text) {
    const body = text.replace(/^\uFEFF/, '');
    const start = body.trimStart();
    if (start.startsWith('{') || start.startsWith('['))
        return parseJsonResults(file, body);
    if (start.startsWith('<'))
        return parseJunit(file, body);
    const firstLine = start.split('\n', 1)[0]?.trim() ?? '';
    if (/^TAP version 1[34]$/.test(firstLine) || /^(1\.\.\d+|(not )?ok\b)/.test(firstLine)) {
        return parseTap(file, body);
    }
    if (findMarkdownTable(body) !== null)
        return parseMarkdownTable(file, body);
    throw new ResultsParseError(file, null, 'not a results format the gate reads (JSON results, JUnit XML, TAP 13/14, or a Markdown table "| Test | Level | Status | Duration | Message |")');
}
// ---- helpers ---------------------------------------------------------------------------------
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function bounded(message) {
    return message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + '…' : message;
}
function checkCount(file, count) {
    if (count > MAX_TESTS) {
        throw new ResultsParseError(file, null, `more than ${MAX_TESTS} tests; split the results`);
    }
}
/** `0.25s`, `250ms`, `1.5` (seconds, as JUnit and TAP durations are) → milliseconds. */
function durationMs(text, unitless) {
    if (text === undefined || text.length > 40)
        return 0;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim());
    if (!match)
        return 0;
    const value = Number(match[1]);
    const unit = match[2]?.toLowerCase() ?? unitless;
    return unit === 's' ? value * 1000 : value;
}
// ---- the gate's JSON -------------------------------------------------------------------------
const jsonCheck = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().trim().min(1).max(200),
    level: schemas/* string */.YjP().transform((value, ctx) => {
        const level = (0,levels/* parseLevel */.QA)(value);
        if (level === null) {
            ctx.addIssue({
                code: 'custom',
                message: `must be P0, P1 or P2 (or the document's P0_HEALTH style), got "${value.slice(0, 40)}"`,
            });
            return core/* NEVER */.tm;
        }
        return level;
    }),
    status: schemas/* enum */.k5n(['passed', 'failed', 'skipped'], {
        error: (issue) => `must be passed, failed or skipped, got "${String(issue.input)}"`,
    }),
    /** Milliseconds. */
    duration: schemas/* number */.aig().nonnegative().finite().default(0),
    message: schemas/* string */.YjP().default('').transform(bounded),
    description: schemas/* string */.YjP().max(MAX_MESSAGE).optional(),
    remediation: schemas/* string */.YjP().max(MAX_MESSAGE).optional(),
});
const jsonCheckList = schemas/* array */.YOg(jsonCheck).max(MAX_TESTS);
const jsonResultsObject = schemas/* object */.Ikc({ checks: jsonCheckList });
function parseJsonResults(file, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message);
        const line = /line (\d+)/.exec(message);
        throw new ResultsParseError(file, line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : null, `not valid JSON (${message})`);
    }
    // A list of checks, or an object with one under "checks".
    const parsed = Array.isArray(json)
        ? jsonCheckList.safeParse(json)
        : jsonResultsObject.transform((r) => r.checks).safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const fieldPath = issue?.path ?? [];
        const index = fieldPath.find((p) => typeof p === 'number');
        const list = Array.isArray(json) ? json : json?.checks;
        const name = index !== undefined ? list?.[index]?.name : undefined;
        const at = typeof name === 'string' ? text.indexOf(JSON.stringify(name)) : -1;
        const field = fieldPath.length > 0 ? `field "${fieldPath.join('.')}" ` : '';
        throw new ResultsParseError(file, at >= 0 ? lineAt(text, at) : null, `${field}${issue?.message ?? 'is invalid'}. Expected a list of {name, level: P0|P1|P2, status: passed|failed|skipped, duration (ms), message}.`);
    }
    const names = new Set();
    for (const check of parsed.data) {
        if (names.has(check.name)) {
            throw new ResultsParseError(file, lineAt(text, text.lastIndexOf(JSON.stringify(check.name))), `check "${check.name}" appears twice`);
        }
        names.add(check.name);
    }
    return {
        format: 'json',
        tests: parsed.data.map((c) => ({
            name: c.name,
            level: c.level,
            status: c.status,
            durationMs: c.duration,
            message: c.message,
            ...(c.description !== undefined && { description: c.description }),
            ...(c.remediation !== undefined && { remediation: c.remediation }),
        })),
    };
}
const META = XMLParser/* default */.A.getMetaDataSymbol();
const junitParser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    // Character references (&#10;) decoded here, once, like the five named entities.
    processEntities: true,
    htmlEntities: true,
    captureMetaData: true,
    textNodeName: '#text',
    isArray: (name) => ['testsuite', 'testcase', 'property', 'failure', 'error', 'skipped'].includes(name),
});
function parseJunit(file, text) {
    if (/<!ENTITY/i.test(text)) {
        throw new ResultsParseError(file, lineAt(text, text.search(/<!ENTITY/i)), 'XML entity declarations are not allowed in results');
    }
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        throw new ResultsParseError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
    }
    const doc = junitParser.parse(text);
    const tests = [];
    const where = (node) => {
        const meta = node[META];
        return meta?.startIndex !== undefined ? lineAt(text, meta.startIndex) : null;
    };
    /** Visits a suite and returns its cases, checked against the totals it declares. */
    const visitSuite = (suite, inherited, depth) => {
        if (depth > 50)
            throw new ResultsParseError(file, where(suite), 'test suites nested too deep');
        refuseLookalikes(file, suite, ['testsuite', 'testcase'], where);
        const suiteLevel = levelProperty(file, suite, where) ?? inherited;
        const cases = [];
        for (const child of asNodes(suite.testsuite))
            cases.push(...visitSuite(child, suiteLevel, depth + 1));
        for (const testcase of asNodes(suite.testcase)) {
            const test = junitCase(file, testcase, suiteLevel, attr(suite, 'file'), where);
            cases.push(test);
            tests.push(test);
            checkCount(file, tests.length);
        }
        checkTotals(file, suite, cases, where);
        return cases;
    };
    if (isNode(doc.testsuites))
        visitSuite(doc.testsuites, null, 0);
    else if (doc.testsuite !== undefined)
        for (const s of asNodes(doc.testsuite))
            visitSuite(s, null, 0);
    else {
        throw new ResultsParseError(file, 1, 'XML, but not JUnit: the root element is neither <testsuites> nor <testsuite>');
    }
    return { format: 'junit', tests };
}
function junitCase(file, node, suiteLevel, suiteFile, where) {
    const name = attr(node, 'name');
    if (!name)
        throw new ResultsParseError(file, where(node), '<testcase> without a name attribute');
    refuseLookalikes(file, node, ['failure', 'error', 'skipped'], where);
    const failure = asNodes(node.failure)[0];
    const error = asNodes(node.error)[0];
    const skipped = node.skipped !== undefined ? (asNodes(node.skipped)[0] ?? {}) : undefined;
    const outcome = error ?? failure ?? skipped;
    const status = error ? 'error' : failure ? 'failed' : skipped ? 'skipped' : 'passed';
    const message = outcome ? (attr(outcome, 'message') ?? firstLine(nodeText(outcome))) : '';
    const classname = attr(node, 'classname');
    const testFile = attr(node, 'file') ?? suiteFile;
    for (const [what, value] of [
        ['classname', classname],
        ['file', testFile],
    ]) {
        if (value !== undefined && value.length > MAX_CLASSNAME) {
            throw new ResultsParseError(file, where(node), `<testcase name="${name.slice(0, 80)}"> has a ${what} of ${value.length} characters; at most ${MAX_CLASSNAME} are read`);
        }
    }
    return {
        name: name.slice(0, 200),
        ...(classname && { classname }),
        ...(testFile && { file: testFile }),
        level: levelProperty(file, node, where) ?? suiteLevel,
        status,
        durationMs: durationMs(attr(node, 'time'), 's'),
        message: bounded(message),
    };
}
/**
 * `<Failure>`, `<j:failure>`, `<TestCase>`: an element that reads as one the gate counts but is
 * not spelled as JUnit spells it would be skipped silently (a failure read as a pass), so it
 * makes the file malformed.
 */
function refuseLookalikes(file, node, names, where) {
    for (const key of Object.keys(node)) {
        if (names.includes(key))
            continue;
        const local = key.slice(key.indexOf(':') + 1).toLowerCase();
        const meant = names.find((name) => name === local);
        if (meant === undefined)
            continue;
        const child = asNodes(node[key])[0];
        throw new ResultsParseError(file, (child && where(child)) ?? where(node), `<${key}> is not a JUnit element (JUnit spells it <${meant}>, without a namespace); the results cannot be read as meant`);
    }
}
/** Totals a suite declares (tests, failures + errors) must agree with the cases it holds. */
function checkTotals(file, suite, cases, where) {
    const declared = (name) => {
        const value = attr(suite, name);
        return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : null;
    };
    const tests = declared('tests');
    const failures = declared('failures');
    const errors = declared('errors');
    const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length;
    const name = attr(suite, 'name') ?? '(unnamed)';
    if (tests !== null && tests !== cases.length) {
        throw new ResultsParseError(file, where(suite), `test suite "${name.slice(0, 80)}" declares tests="${tests}" but holds ${cases.length} test case(s)`);
    }
    if ((failures !== null || errors !== null) && (failures ?? 0) + (errors ?? 0) !== failed) {
        throw new ResultsParseError(file, where(suite), `test suite "${name.slice(0, 80)}" declares ${failures ?? 0} failure(s) and ${errors ?? 0} error(s) but ${failed} of its test cases failed`);
    }
}
/** A `<property name="level" value="P1"/>` (pytest's record_property) on a case or a suite. */
function levelProperty(file, node, where) {
    const properties = isNode(node.properties) ? asNodes(node.properties.property) : [];
    const property = properties.find((p) => attr(p, 'name')?.toLowerCase() === 'level');
    if (!property)
        return null;
    const value = attr(property, 'value') ?? nodeText(property);
    const level = (0,levels/* parseLevel */.QA)(value);
    if (level === null) {
        throw new ResultsParseError(file, where(property) ?? where(node), `property "level" must be P0, P1 or P2 (or P0_HEALTH style), got "${value.slice(0, 40)}"`);
    }
    return level;
}
function isNode(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asNodes(value) {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    // Empty elements (<skipped/>) parse as "" and still count.
    return list.map((v) => (isNode(v) ? v : { '#text': typeof v === 'string' ? v : '' }));
}
function attr(node, name) {
    const value = node[name];
    return typeof value === 'string' ? value : undefined;
}
function nodeText(node) {
    const text = node['#text'];
    return typeof text === 'string' ? text.trim() : '';
}
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}
// ---- TAP 13 / 14 -----------------------------------------------------------------------------
/** `not ok 3 - name # SKIP why`, split without a backtracking regex (lines may be long). */
function tapTestLine(line) {
    const head = /^(not ok|ok)\b/.exec(line);
    if (!head)
        return null;
    const rest = line.slice(head[0].length);
    const hash = rest.indexOf('#');
    const description = (hash === -1 ? rest : rest.slice(0, hash))
        .trim()
        .replace(/^\d+/, '')
        .trim()
        .replace(/^-/, '')
        .trim();
    return {
        ok: head[1] === 'ok',
        description,
        directive: hash === -1 ? '' : rest.slice(hash + 1).trim(),
    };
}
function parseTap(file, text) {
    const lines = text.split(/\r?\n/);
    const tests = [];
    let diagnosticsBytes = 0;
    let plan = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        // Only top-level lines count: an indented block is a subtest summarised by its parent line.
        if (/^\s/.test(line) || line === '')
            continue;
        if (/^Bail out!/i.test(line)) {
            throw new ResultsParseError(file, i + 1, `the runner bailed out: ${line.slice(9).trim() || 'no reason given'}`);
        }
        const planMatch = /^1\.\.(\d+)/.exec(line);
        if (planMatch) {
            plan = { count: Number(planMatch[1]), line: i + 1 };
            continue;
        }
        const test = tapTestLine(line);
        if (!test)
            continue;
        const { description, directive } = test;
        const name = description || `test ${tests.length + 1}`;
        const skip = /^skip\b/i.test(directive);
        const todo = /^todo\b/i.test(directive);
        // A YAML diagnostics block (TAP 13) may follow, indented, between --- and ...
        let diagnostics = {};
        if (/^\s+---\s*$/.test(lines[i + 1] ?? '')) {
            const start = i + 2;
            let end = start;
            while (end < lines.length && !/^\s+\.\.\.\s*$/.test(lines[end]))
                end++;
            if (end >= lines.length)
                throw new ResultsParseError(file, i + 2, 'YAML block opened with --- is never closed with ...');
            const block = lines.slice(start, end).join('\n');
            const blockBytes = Buffer.byteLength(block);
            diagnosticsBytes += blockBytes;
            if (blockBytes > MAX_DIAGNOSTICS_BYTES)
                throw new ResultsParseError(file, start + 1, `YAML diagnostics block is larger than ${MAX_DIAGNOSTICS_BYTES / 1024} KiB; keep a test's diagnostics short`);
            if (diagnosticsBytes > MAX_FILE_DIAGNOSTICS_BYTES)
                throw new ResultsParseError(file, start + 1, `YAML diagnostics add up to more than ${MAX_FILE_DIAGNOSTICS_BYTES / 1024} KiB in this file; keep the diagnostics short or split the results`);
            try {
                // Silent: the library's warnings would print suite text on the gate's stderr.
                const value = (0,dist/* parse */.qg)(block, {
                    maxAliasCount: 10,
                    logLevel: 'silent',
                    prettyErrors: false,
                });
                if (isNode(value))
                    diagnostics = value;
            }
            catch (error) {
                throw new ResultsParseError(file, start + 1, `YAML diagnostics are not valid: ${error.message.split('\n')[0]}`);
            }
            i = end;
        }
        const declared = typeof diagnostics.level === 'string' ? diagnostics.level : undefined;
        const level = declared !== undefined ? (0,levels/* parseLevel */.QA)(declared) : null;
        if (declared !== undefined && level === null) {
            throw new ResultsParseError(file, i + 1, `"level" must be P0, P1 or P2, got "${declared.slice(0, 40)}"`);
        }
        tests.push({
            name: name.slice(0, 200),
            level,
            status: tapStatus(test.ok, skip, todo),
            durationMs: durationMs(String(diagnostics.duration_ms ?? ''), 'ms'),
            message: bounded(typeof diagnostics.message === 'string'
                ? diagnostics.message
                : skip || todo
                    ? directive
                    : ''),
        });
        checkCount(file, tests.length);
    }
    if (plan === null) {
        throw new ResultsParseError(file, lines.length, `TAP without a plan (1..N): ${tests.length} test line(s) but nothing says how many were meant to run, so a cut-short run cannot be told apart`);
    }
    if (plan.count !== tests.length) {
        throw new ResultsParseError(file, plan.line, `the plan announces ${plan.count} tests but ${tests.length} ran: the run was cut short`);
    }
    return { format: 'tap', tests };
}
/** `not ok … # TODO` is an expected failure: TAP says it does not count. */
function tapStatus(ok, skip, todo) {
    if (skip || (todo && !ok))
        return 'skipped';
    return ok ? 'passed' : 'failed';
}
function cells(line) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    // `\|` is an escaped pipe inside a cell.
    return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}
function findMarkdownTable(text) {
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        if (!line.trim().startsWith('|'))
            continue;
        const header = cells(line).map((c) => c.toLowerCase());
        const column = (name) => header.indexOf(name);
        if (column('test') >= 0 && column('level') >= 0 && column('status') >= 0) {
            return {
                headerLine: index,
                test: column('test'),
                level: column('level'),
                status: column('status'),
                duration: column('duration'),
                message: column('message'),
            };
        }
    }
    return null;
}
const MARK_STATUS = [
    [/^(✓|✔|✅|pass|passed|ok)$/i, 'passed'],
    [/^(✗|✘|❌|fail|failed|error|not ok)$/i, 'failed'],
    // ⚠ is how the document marks a check that did not pass at its level (a P2 warning).
    [/^(⚠|⚠️|warn|warning|warned)$/i, 'failed'],
    [/^(–|-|skip|skipped)$/i, 'skipped'],
];
function parseMarkdownTable(file, text) {
    const columns = findMarkdownTable(text);
    const lines = text.split(/\r?\n/);
    const tests = [];
    let row = columns.headerLine + 1;
    const separator = lines[row] ?? '';
    if (/^[\s:|-]+$/.test(separator) && separator.includes('-'))
        row++; // the |---| separator
    for (; row < lines.length; row++) {
        const line = lines[row];
        if (!line.trim().startsWith('|'))
            break;
        const cell = cells(line);
        const lineNo = row + 1;
        const name = cell[columns.test] ?? '';
        const levelText = cell[columns.level] ?? '';
        const statusText = (cell[columns.status] ?? '').replace(/\*/g, '').trim();
        if (name === '')
            throw new ResultsParseError(file, lineNo, 'a row without a test name');
        const level = (0,levels/* parseLevel */.QA)(levelText);
        if (level === null) {
            throw new ResultsParseError(file, lineNo, `level of "${name}" must be P0, P1 or P2 (or P0_HEALTH style), got "${levelText}"`);
        }
        const status = MARK_STATUS.find(([pattern]) => pattern.test(statusText))?.[1];
        if (status === undefined) {
            throw new ResultsParseError(file, lineNo, `status of "${name}" must be ✓, ✗, ⚠, – or a word (passed, failed, warning, skipped), got "${statusText}"`);
        }
        tests.push({
            name: name.slice(0, 200),
            level,
            status,
            durationMs: durationMs(columns.duration >= 0 ? cell[columns.duration] : undefined, 'ms'),
            message: bounded(columns.message >= 0 ? (cell[columns.message] ?? '') : ''),
        });
        checkCount(file, tests.length);
    }
    return { format: 'markdown', tests };
}

;// CONCATENATED MODULE: ./lib/evidence/parse-worker.js
// The worker side of parse-thread.ts: parses each results file it is sent, as parse.ts does on
// any thread, and answers with the results or the reason they cannot be read.


function serveResultsParsing() {
    const port = external_node_worker_threads_.parentPort;
    if (port === null)
        throw new Error('Results are served to the gate from a worker thread.');
    port.on('message', ({ file, text }) => port.postMessage(answer(file, text)));
}
function answer(file, text) {
    try {
        return { kind: 'parsed', results: parseResults(file, text) };
    }
    catch (error) {
        if (error instanceof ResultsParseError)
            return { kind: 'malformed', message: error.message };
        return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
}


/***/ }),

/***/ 59814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Lx: () => (/* binding */ OPS_EVENTS),
/* harmony export */   S1: () => (/* binding */ EXIT_CODE_STATUS),
/* harmony export */   Sp: () => (/* binding */ statusFromChecks),
/* harmony export */   XV: () => (/* binding */ SUITE_ISOLATIONS),
/* harmony export */   Yp: () => (/* binding */ outcomeWithoutChecks),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   dC: () => (/* binding */ ACTION_WORDS),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   l2: () => (/* binding */ capitalized),
/* harmony export */   mS: () => (/* binding */ STATUS_EXIT_CODE),
/* harmony export */   u3: () => (/* binding */ OVERRIDES),
/* harmony export */   xj: () => (/* binding */ isExitStatus)
/* harmony export */ });
/* unused harmony exports DECISION_FACTS, OUTCOME_RULE_IDS */
// The ground floor: the domain model shared by the suite runners (external command, built-in
// suite), the decision, the reporters and the publishers: what a suite found, and one gate run as
// it was decided. Types and constants only; it imports no module of the gate (only a Node type),
// every other module may import it. The verdict table is in docs/verdicts.md.
const MODES = ['paper', 'live'];
const LEVELS = ['P0', 'P1', 'P2'];
/** What happened to the suite as a whole (the status column of docs/verdicts.md). */
const STATUSES = [
    'passed',
    'p2-warned',
    'p1-failed',
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
    'skipped',
];
const VERDICTS = ['proceed', 'abort', 'approval-required'];
const OVERRIDES = ['force-start', 'skip'];
/**
 * Facts about the evidence or the run, beside the suite's status (docs/verdicts.md). Adding one
 * is its name here and its row in FACT_RULES of src/decision.ts (the compiler asks for the row).
 */
const DECISION_FACTS = (/* unused pure expression or super */ null && ([
    'report-write-failed',
    'report-upload-failed',
    'approval-refused',
    'operator-cancelled',
    'gate-cancelled',
    'gate-error',
    'no-evidence',
    'file-commands-tampered',
    // The operational log was rewritten or broken, or files named like reports were planted.
    'gate-files-tampered',
]));
/** The rows of the status × override table in src/decision.ts (OUTCOME_RULES). */
const OUTCOME_RULE_IDS = (/* unused pure expression or super */ null && ([
    'passed',
    'p2-warned',
    'p1-failed',
    'force-start-requested',
    'force-start-granted',
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
    'skip-requested',
    'skip-granted',
]));
/** The action's words: its inputs, an override set to true, the authorize job. */
const ACTION_WORDS = {
    input: (name) => `input "${name}"`,
    override: (name) => `${name}: true`,
    approvalPath: 'run the authorize job, or set input "approval-environment"',
};
/** A phrase at the start of a sentence: `Input "command"`, `--command`. */
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const SUITE_ISOLATIONS = ['auto', 'pid', 'none'];
/** An outcome where no check ran: the suite was invalid, missing or skipped. */
function outcomeWithoutChecks(status, notes, durationMs = 0) {
    return {
        status,
        exitCode: null,
        signal: null,
        durationMs,
        checks: [],
        notes,
        outputTail: '',
        outputTruncated: false,
    };
}
/** Severity order of the statuses that a suite's own exit code can produce. */
const SEVERITY = {
    passed: 0,
    'p2-warned': 1,
    'p1-failed': 2,
    'p0-failed': 3,
};
/** The exit codes of docs/source-document.md: 0 all passed, 1 P0, 2 P1 failure, 3 P2 warnings. */
const EXIT_CODE_STATUS = {
    0: 'passed',
    1: 'p0-failed',
    2: 'p1-failed',
    3: 'p2-warned',
};
const STATUS_EXIT_CODE = {
    passed: 0,
    'p0-failed': 1,
    'p1-failed': 2,
    'p2-warned': 3,
};
/** The status a list of check results implies: any P0 failed → p0, else P1 → p1, else P2 → p2. */
function statusFromChecks(checks) {
    const failed = (level) => checks.some((c) => c.level === level && c.status === 'failed');
    if (failed('P0'))
        return 'p0-failed';
    if (failed('P1'))
        return 'p1-failed';
    if (failed('P2'))
        return 'p2-warned';
    return 'passed';
}
function isExitStatus(status) {
    return status in SEVERITY;
}
const OPS_EVENTS = [
    'HEALTH_CHECK_FAILED',
    'OVERRIDE_FORCE_START_REQUESTED',
    'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED',
    'OVERRIDE_FORCE_START',
    'OVERRIDE_SKIP_HEALTH_CHECK',
    'OVERRIDE_REFUSED',
    // Checks that passed only after retries (flaky), listed once per run.
    'FLAKY_CHECKS',
    'REPORT_WRITE_FAILED',
    'REPORT_UPLOAD_FAILED',
    'GATE_CANCELLED',
    'GATE_ERROR',
    // The suite wrote to the runner's file commands (outputs, state, env, path, summary).
    'FILE_COMMANDS_TAMPERED',
    // The operator refused or interrupted the launcher's confirmation (the CLI).
    'OPERATOR_CANCELLED',
    // After the launch (preflight watch, launch --watch-interval): one entry per change of state.
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
    'FLEET_ABORTED',
    // preflight audit finished (its report names the findings); not a launch decision.
    'AUDIT_COMPLETED',
    // The operational log was rewritten, cut or broken (its hash chain), before or during the run.
    'LOG_TAMPERED',
    // Files named like the gate's reports appeared or changed while the suite ran.
    'FILES_TAMPERED',
    // The files the gate wrote for a run, with their SHA-256 digests: how consumers find them.
    'REPORTS_RECORDED',
];


/***/ })

};
