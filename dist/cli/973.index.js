export const id = 973;
export const ids = [973];
export const modules = {

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
