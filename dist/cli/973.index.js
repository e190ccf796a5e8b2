export const id = 973;
export const ids = [973];
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98439);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78150);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52974);
// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.





const name = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().min(1).max(200);
const seconds = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
    .positive()
    .max(6 * 60 * 60);
/** Strings may reference environment variables as ${env:NAME}. */
const text = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1);
const argv = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([text, zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1)]);
const pattern = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
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
const port = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(65535),
    text.refine((value) => hasEnvReference(value)
        ? /^\d*$/.test(value.replace(ENV_ONLY, ''))
        : /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, { message: 'must be a port number from 1 to 65535, or digits and ${env:NAME} references' }),
])
    .describe('Port number, or a string such as ${env:DB_PORT}');
const url = text.refine((value) => /^(\$\{env:[A-Za-z_][A-Za-z0-9_]*\}|https?:\/\/)/i.test(value), {
    message: 'must start with http:// or https:// (or a ${env:NAME} reference)',
});
const FLAKY = ['pass', 'fail'];
const flaky = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(FLAKY)
    .describe('A check that passed only after retries: "pass" (default) reports it as flaky, "fail" fails it at its level');
const common = {
    name: name.describe('Unique name, shown in the report'),
    level: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVELS */ .A_).describe('P0 infrastructure (blocking), P1 integration, P2 cosmetic'),
    subsets: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))
        .optional()
        .describe('Subsets this check belongs to; "production" is what paper runs. Every check is in "full".'),
    timeout: seconds.optional().describe('Seconds one attempt may take (default 10)'),
    retries: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(100).optional().describe('Extra attempts after a failure'),
    'retry-delay': seconds
        .optional()
        .describe('Seconds before the first retry; doubles each time (default 0.5)'),
    until: seconds
        .optional()
        .describe('Keep retrying until this many seconds after the first attempt (a service warming up)'),
    flaky: flaky.optional(),
    'depends-on': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(name)
        .optional()
        .describe('Checks that must pass first; if one fails this one is skipped'),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    remediation: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .optional()
        .describe('What to do when it fails; shown in the report and summary'),
};
const commandCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('command'),
    command: argv.describe('argv array, or a string split like a shell would (run without a shell unless shell: true)'),
    shell: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional().describe('Run a string command with /bin/sh -c'),
    'exit-code': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(0)
        .max(255)
        .optional()
        .describe('Expected exit code (default 0)'),
    stdout: pattern.optional().describe('stdout must match'),
    stderr: pattern.optional().describe('stderr must match'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
const versionCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('version'),
    command: argv.describe('Command printing the version, e.g. [python3, --version]'),
    range: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .min(1)
        .refine((range) => semver__WEBPACK_IMPORTED_MODULE_0__.validRange(range) !== null, {
        message: 'is not a valid semver range',
    })
        .describe('semver range the version must satisfy, e.g. ">=3.8"'),
    pattern: pattern
        .optional()
        .describe('Regular expression whose first group (or match) is the version'),
});
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('http'),
    url: url.describe('http:// or https:// URL'),
    method: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(100).max(599)).min(1)])
        .optional()
        .describe('Expected status code(s) (default any 2xx)'),
    'body-contains': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    'body-matches': pattern.optional(),
    json: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()]))
        .optional()
        .describe('JSON fields (dot paths) that must equal the given values, e.g. {status: ok}'),
    'max-latency': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .positive()
        .max(6 * 60 * 60 * 1000)
        .optional()
        .describe('Milliseconds the response may take'),
    insecure: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional().describe('Skip TLS certificate verification (default false)'),
});
const tcpCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('tcp'),
    host: text,
    port,
});
const pathCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('path'),
    path: text,
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['file', 'directory', 'any']).optional().describe('Default any'),
    'non-empty': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional().describe('A file must have bytes, a directory entries'),
    create: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Create a missing directory inside the working directory (the check then passes with a note)'),
    'max-age': seconds.optional().describe('The path was modified at most this many seconds ago'),
});
const envCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('env'),
    variables: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
    pattern: pattern.optional().describe('Each value must match; values are never printed'),
});
const configCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('config'),
    file: text.describe('A JSON or YAML file'),
    schema: text.optional().describe('A JSON Schema file the parsed config must match'),
});
const tlsCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('tls'),
    host: text,
    port: port.optional().describe('Default 443'),
    servername: text.optional().describe('The name the certificate must hold (default host)'),
    insecure: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Do not verify the chain of trust (the name and the expiry are still checked, unless check-hostname is false)'),
    'check-hostname': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .optional()
        .describe('Check the certificate holds servername (default host); default true, insecure too'),
    'min-days': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .min(0)
        .max(3650)
        .optional()
        .describe('Days the certificate must still be valid (default 0: not expired)'),
});
const DNS_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'SRV'];
const dnsCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('dns'),
    host: text.describe('The name to resolve'),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(DNS_TYPES).optional().describe('Record type (default A)'),
    expect: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(text)
        .min(1)
        .optional()
        .describe('Values that must all be among the answers (SRV as "priority weight port target")'),
    resolver: text
        .optional()
        .describe('Address of the DNS server to ask (IP, or IP:port), instead of the system resolver'),
});
const diskCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('disk'),
    path: text
        .describe('A path on the filesystem to check (default the working directory)')
        .optional(),
    'min-free': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^\s*\d+(\.\d+)?\s*(%|B|[KMGTP]B|[KMGTP]iB)?\s*$/i, {
        message: 'must be bytes with a unit (500MB, 2GiB) or a percentage (10%)',
    })
        .refine((value) => !value.includes('%') || parseFloat(value) <= 100, {
        message: 'must be a percentage of at most 100%',
    })
        .describe('Free space needed: bytes with a unit (500MB, 2GiB) or a percentage (10%)'),
});
const processCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('process'),
    pattern: pattern.optional().describe('Matched against each process command line'),
    'pid-file': text.optional().describe('A file holding the PID of a running process'),
})
    .refine((check) => (check.pattern === undefined) !== (check['pid-file'] === undefined), {
    message: 'a process check needs exactly one of "pattern" and "pid-file"',
});
const prometheusCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('prometheus'),
    url: text.describe('Base URL of the Prometheus server, e.g. http://prometheus:9090'),
    query: text.describe('A PromQL instant query'),
    condition: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^\s*(<=|>=|==|!=|<|>)\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i, {
        message: 'must be an operator (<, <=, >, >=, ==, !=) and a number, e.g. "< 0.05"',
    })
        .describe('Every returned value must satisfy this, e.g. "< 0.05"'),
    'allow-empty': zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional().describe('An empty result passes (default false)'),
});
const postgresCheck = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ...common,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('postgres'),
    url: text.describe('postgres://user@host:5432/db; put a password in only through ${env:NAME}'),
    query: text.optional().describe('Default SELECT 1'),
    expect: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
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
const checkSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .discriminatedUnion */ .gMt('kind', [
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
const suiteSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).describe('Suite file format version'),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1)
        .max(256)
        .optional()
        .describe('Checks that start a process (command, version) run at once (default 2 per core, at least 4)'),
    'network-concurrency': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .min(1)
        .max(1024)
        .optional()
        .describe('Checks that start no process (network, files) run at once (default 64)'),
    flaky: flaky.optional().describe('Default for every check\'s "flaky"'),
    checks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(checkSchema).describe('The checks; an empty suite never passes'),
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
