export const id = 238;
export const ids = [238];
export const modules = {

/***/ 13:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ uploadFailureNote),
/* harmony export */   Qf: () => (/* binding */ artifactRuntimeAvailable),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   n8: () => (/* binding */ uploadTimeoutMs),
/* harmony export */   qw: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony export DEFAULT_UPLOAD_TIMEOUT_MS */
// Uploads the run's report files as an artifact with @actions/artifact. The client is loaded
// only when uploading: it roughly doubles the bundle's start-up, and the verdict path (and the
// CLI) should not pay for it.
/** Paper keeps its verdict with a warning; live aborts: no evidence, no launch. */
function uploadFailureNote(name, error, mode) {
    return `The report artifact "${name}" could not be uploaded: ${error}${mode === 'paper' ? ' (paper mode: the verdict stands).' : ' No evidence, no launch.'}`;
}
const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;
/** PREFLIGHT_UPLOAD_TIMEOUT_SECONDS bounds a slow or hung artifact service (default 120 s). */
function uploadTimeoutMs(env) {
    const seconds = Number(env.PREFLIGHT_UPLOAD_TIMEOUT_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_UPLOAD_TIMEOUT_MS;
}
/** The artifact service is reachable only inside a workflow run. */
function artifactRuntimeAvailable(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/**
 * `preflight-report-<mode>-<job>-<attempt>-<job run>`: GITHUB_JOB is the same for every leg of a
 * matrix, so the job run's own id (from the runtime token's Actions.Results scope) keeps the legs
 * apart; the attempt keeps re-runs apart.
 */
function defaultArtifactName(mode, env) {
    const parts = [
        'preflight-report',
        mode ?? 'unknown',
        env.GITHUB_JOB || 'job',
        env.GITHUB_RUN_ATTEMPT || '1',
        jobRunId(env.ACTIONS_RUNTIME_TOKEN)?.slice(0, 8),
    ];
    return parts
        .filter((p) => Boolean(p))
        .join('-')
        .replace(/[^A-Za-z0-9._-]/g, '_');
}
function jobRunId(token) {
    const payload = token?.split('.')[1];
    if (!payload)
        return null;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const scope = String(claims.scp ?? '')
            .split(' ')
            .find((s) => s.startsWith('Actions.Results:'));
        return scope?.split(':')[2]?.replace(/[^A-Za-z0-9]/g, '') || null;
    }
    catch {
        return null;
    }
}
function artifactUrl(id, env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
async function uploadReportArtifact(request, env = process.env) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(351), __webpack_require__.e(780), __webpack_require__.e(925), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 81752));
    const upload = new DefaultArtifactClient().uploadArtifact(request.name, request.files, request.rootDirectory, { retentionDays: request.retentionDays });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the artifact service did not finish the upload within ${request.timeoutMs / 1000} s`)), request.timeoutMs);
    });
    try {
        const { id } = await Promise.race([upload, timeout]);
        if (id === undefined)
            throw new Error('the artifact service returned no artifact id');
        return { id, url: artifactUrl(id, env) };
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ parseLevel),
/* harmony export */   fz: () => (/* binding */ levelFromMap),
/* harmony export */   mK: () => (/* binding */ parseLevelMap),
/* harmony export */   tv: () => (/* binding */ levelFromTokens)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
// Which level (P0, P1, P2) a test from another runner belongs to: its own `level` property,
// else the `level-map` input, else a p0/p1/p2 token in its name. No level means P0 (fail closed).


const LEVEL_NAME = /^p([0-2])(?:[_-][a-z0-9]+)*$/i;
/** `P0`, `p1`, the source document's `P0_HEALTH`, `P1_INTEGRATION`…; null for anything else. */
function parseLevel(text) {
    const match = LEVEL_NAME.exec(text.trim());
    return match ? `P${match[1]}` : null;
}
/** Parses `level-map` lines such as `P1: tests.integration.*` (blank lines and `#` comments skipped). */
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
                error: `Input "level-map" line ${index + 1} ("${line.slice(0, 80)}") must read "P0: <glob>", "P1: <glob>" or "P2: <glob>".`,
            };
        }
        const pattern = match[2].trim();
        rules.push({ level, pattern, matches: picomatch__WEBPACK_IMPORTED_MODULE_1__(pattern, { dot: true }) });
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
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_.find((level) => levels.includes(level)) ?? null;
}


/***/ }),

/***/ 3328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ EXIT_CONTRACTS),
/* harmony export */   a$: () => (/* binding */ DEFAULT_EVIDENCE_SETTINGS),
/* harmony export */   bp: () => (/* binding */ REQUIRE_RESULTS),
/* harmony export */   pT: () => (/* binding */ DEFAULT_SUBSET_ARGS)
/* harmony export */ });
// The evidence inputs (results, level-map, exit-codes, require-results, subset-args) as the
// settings carry them. Kept apart from the parsers, so reading the inputs loads no parser.
const EXIT_CONTRACTS = ['preflight', 'any-failure'];
const REQUIRE_RESULTS = ['live', 'always', 'never'];
const DEFAULT_SUBSET_ARGS = '--subset {subset}';
const DEFAULT_EVIDENCE_SETTINGS = {
    results: [],
    levelMap: '',
    exitCodes: 'preflight',
    requireResults: 'live',
    subsetArgs: DEFAULT_SUBSET_ARGS,
};


/***/ }),

/***/ 59814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   S1: () => (/* binding */ EXIT_CODE_STATUS),
/* harmony export */   Sp: () => (/* binding */ statusFromChecks),
/* harmony export */   Yp: () => (/* binding */ outcomeWithoutChecks),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   mS: () => (/* binding */ STATUS_EXIT_CODE),
/* harmony export */   u3: () => (/* binding */ OVERRIDES),
/* harmony export */   xj: () => (/* binding */ isExitStatus)
/* harmony export */ });
/* unused harmony export worseStatus */
// The domain model shared by the suite runners (external command, built-in suite), the decision,
// the reporters and the publishers: what a suite found, and one gate run as it was decided.
// Nothing here imports @actions/*. The verdict table is in docs/verdicts.md.
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
/** The source document's exit codes: 0 all passed, 1 P0 failure, 2 P1 failure, 3 P2 warnings. */
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
function worseStatus(a, b) {
    return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
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


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ appendOpsLog),
/* harmony export */   Bg: () => (/* binding */ opsLogEntry),
/* harmony export */   F1: () => (/* binding */ logTimestamp),
/* harmony export */   Gg: () => (/* binding */ formatOpsLogEntry),
/* harmony export */   Lx: () => (/* binding */ OPS_EVENTS),
/* harmony export */   V5: () => (/* binding */ opsLogEntryMarker),
/* harmony export */   _g: () => (/* binding */ appendLines),
/* harmony export */   np: () => (/* binding */ OPS_LOG_FILE)
/* harmony export */ });
/* unused harmony exports AFTER_LAUNCH_EVENTS, OPS_ENTRY_MARKER */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78689);
// The operational log the source document requires: one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.



const OPS_LOG_FILE = 'operational-log.jsonl';
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
    // The operator refused or interrupted the launcher's confirmation (the CLI).
    'OPERATOR_CANCELLED',
    // After the launch (preflight watch, launch --watch-interval): one entry per change of state.
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
    'FLEET_ABORTED',
];
/** Events of `preflight watch` and a supervised launch, not of a launch decision. */
const AFTER_LAUNCH_EVENTS = (/* unused pure expression or super */ null && ([
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
]));
// Bounds that keep one entry small (one write, never interleaved with another run's).
const MAX_FAILURES = 50;
const MAX_APPROVERS = 20;
const MAX_TEXT = 2000;
/** The one way an entry is made, by every entry point; bounded in every field. */
function opsLogEntry(subject, at, event, details) {
    const failures = subject.failures.slice(0, MAX_FAILURES).map((f) => bounded(f, 200));
    if (subject.failures.length > MAX_FAILURES) {
        failures.push(`… and ${subject.failures.length - MAX_FAILURES} more (see the report)`);
    }
    return {
        timestamp: at.toISOString(),
        event,
        mode: subject.mode,
        status: subject.status,
        exitCode: subject.exitCode,
        gateExitCode: subject.decision.gateExitCode,
        failures,
        decision: subject.decision.verdict,
        operator: bounded(subject.operator, 200),
        approvers: subject.approvers
            .slice(0, MAX_APPROVERS)
            .map((a) => ({ login: bounded(a.login, 100), comment: bounded(a.comment, MAX_TEXT) })),
        reason: bounded(subject.reason, MAX_TEXT),
        ticket: bounded(subject.ticket, 500),
        runUrl: bounded(subject.runUrl, 500),
        details: bounded(details, MAX_TEXT),
    };
}
function bounded(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
/**
 * Appends entries as JSON lines with a single write to a file opened for appending: runs that
 * log at the same moment cannot split each other's lines (entries are bounded, see above).
 */
async function appendOpsLog(reportDir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(reportDir, OPS_LOG_FILE);
    if (entries.length === 0)
        return file;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(reportDir, { recursive: true });
    await appendLines(file, entries);
    return file;
}
/** One write() of all the lines, to a regular file opened with O_APPEND. */
async function appendLines(file, entries) {
    await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_2__/* .appendRegularFile */ .F4)(file, Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8'));
}
/** An entry hidden in an issue comment, machine-readable: `<!-- preflight-entry: BASE64 -->`. */
const OPS_ENTRY_MARKER = /<!-- preflight-entry: ([A-Za-z0-9+/=]+) -->/g;
function opsLogEntryMarker(entry) {
    return `<!-- preflight-entry: ${Buffer.from(JSON.stringify(entry), 'utf8').toString('base64')} -->`;
}
/** `2025-11-15 08:53:04` in UTC, the document's timestamp style. */
function logTimestamp(date) {
    return date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}
/** The source document's text format, e.g. "[2025-11-15 08:53:04] HEALTH_CHECK_FAILED\n  Mode: LIVE". */
function formatOpsLogEntry(entry) {
    const lines = [`[${logTimestamp(new Date(entry.timestamp))}] ${entry.event}`];
    const field = (label, value) => {
        if (value !== '')
            lines.push(`  ${label}: ${value}`);
    };
    field('Mode', entry.mode?.toUpperCase() ?? 'UNKNOWN');
    field('Status', entry.status);
    field('Exit Code', entry.exitCode === null ? '' : `${entry.exitCode}${exitCodeMeaning(entry.exitCode)}`);
    field('Failures', entry.failures.join(', '));
    field('Decision', entry.decision.toUpperCase());
    field('Reason', entry.reason);
    field('Approved By', entry.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '));
    field('Documentation', entry.ticket);
    field('Details', entry.details);
    field('Operator', entry.operator);
    field('Run', entry.runUrl);
    return lines.join('\n');
}
function exitCodeMeaning(code) {
    const meaning = {
        0: ' (all passed)',
        1: ' (P0 failure)',
        2: ' (P1 failure)',
        3: ' (P2 warnings)',
    };
    return meaning[code] ?? ' (not a smoke-test exit code)';
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ approvalLines),
/* harmony export */   U$: () => (/* binding */ GATE_REPORT_MARKER),
/* harmony export */   YI: () => (/* binding */ REPORT_TITLE),
/* harmony export */   _9: () => (/* binding */ renderMarkdownReport),
/* harmony export */   lw: () => (/* binding */ flakyLines),
/* harmony export */   p1: () => (/* binding */ evidenceLines),
/* harmony export */   r6: () => (/* binding */ resultsTable)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54020);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5747);
// The source document's report: reports/health/SMOKE_TEST_INSTITUTIONAL_<timestamp>.md.




const REPORT_TITLE = 'Institutional Smoke Test Report';
/**
 * The first line of every Markdown report the gate reserves and writes (invisible when rendered):
 * it tells the gate's reports from those a suite writes in the same directory, also while
 * another gate run there is still writing its own (isGateFile in files.ts).
 */
const GATE_REPORT_MARKER = '<!-- preflight-gate report -->';
const CHECK_MARK = { passed: '✓', failed: '✗', skipped: '–' };
function renderMarkdownReport(run) {
    const { outcome, decision } = run;
    const lines = [
        GATE_REPORT_MARKER,
        `# ${REPORT_TITLE}`,
        '',
        `**Date**: ${(0,_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .logTimestamp */ .F1)(run.startedAt)}`,
        `**Mode**: ${run.mode?.toUpperCase() ?? 'UNKNOWN'}`,
        `**Status**: ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_LINE */ .qn[outcome.status]}`,
        `**Exit Code**: ${outcome.exitCode ?? (outcome.signal ? `none (signal ${outcome.signal})` : 'none')}`,
        `**Duration**: ${(outcome.durationMs / 1000).toFixed(2)}s`,
        `**Verdict**: ${decision.verdict.toUpperCase()}${decision.grantedOverride ? ` (override: ${decision.grantedOverride})` : ''}`,
        `**Gate Exit Code**: ${decision.gateExitCode}`,
        `**Subset**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')}`,
        `**Suite**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(run.source)}`,
        ...(outcome.appendedArgs && outcome.appendedArgs.length > 0
            ? [`**Appended Arguments**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`]
            : []),
        '',
        '## Test Results',
        ...resultsTable(run),
        ...evidenceLines(run),
    ];
    if (outcome.notes.length > 0) {
        lines.push('', '## Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...flakyLines(run, '##'));
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    if (failed.length > 0) {
        lines.push('', '## Failed Checks');
        for (const check of failed) {
            lines.push('', `### ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.name)} (${check.level})`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.message, 4000));
            if (check.remediation)
                lines.push('', `**Remediation**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(check.remediation, 4000)}`);
            if (check.output)
                lines.push('', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(check.output));
        }
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', `## Suite Output${outcome.outputTruncated ? ' (last part only)' : ''}`, '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(outcome.outputTail));
    }
    if (run.approval) {
        lines.push('', '## Approval', ...approvalLines(run));
    }
    if (run.opsLog.length > 0) {
        lines.push('', '## Operational Log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    return lines.join('\n') + '\n';
}
function resultsTable(run) {
    const { outcome } = run;
    const header = [
        '| Test | Level | Status | Duration | Message |',
        '|------|-------|--------|----------|---------|',
    ];
    if (outcome.checks.length === 0) {
        const summary = outcome.notes[0] ?? _model_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_LINE */ .qn[outcome.status];
        return [
            ...header,
            `| Smoke suite | ${suiteLevel(run)} | ${outcome.status === 'passed' ? '✓' : outcome.status === 'skipped' ? '–' : '✗'} | ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(outcome.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(summary)} |`,
        ];
    }
    return [
        ...header,
        ...outcome.checks.map((c) => `| ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.name, 200)} | ${c.level} | ${CHECK_MARK[c.status]} | ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(c.durationMs)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(c.message)} |`),
    ];
}
/** Where the results came from, the suite's own reports, and tests that declared no level. */
function evidenceLines(run, heading = '##', withSuiteReports = true) {
    const { evidenceFiles = [], suiteReports = [], unmappedChecks = [] } = run.outcome;
    const lines = [];
    if (evidenceFiles.length > 0) {
        lines.push('', `**Results read from**: ${evidenceFiles.map((f) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f)).join(', ')}`);
    }
    if (withSuiteReports && suiteReports.length > 0) {
        lines.push('', `${heading} Suite Reports`, '', 'Written by the suite itself in the report directory during this run (kept, and in the artifact):', ...suiteReports.map((f) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(f))}`));
    }
    if (unmappedChecks.length > 0) {
        lines.push('', `${heading} Unmapped Tests (counted as P0)`, '', 'No level property, no level-map rule and no p0/p1/p2 word in the name:', ...unmappedChecks.slice(0, 50).map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(n, 200)}`), ...(unmappedChecks.length > 50 ? [`- … and ${unmappedChecks.length - 50} more`] : []));
    }
    return lines;
}
function suiteLevel(run) {
    switch (run.outcome.status) {
        case 'p1-failed':
            return 'P1';
        case 'p2-warned':
            return 'P2';
        default:
            return 'P0';
    }
}
/** Checks that passed only after retries: passed, but counted and named as flaky. */
function flakyLines(run, heading) {
    const flaky = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .flakyCheckNames */ .ib)(run.outcome);
    if (flaky.length === 0)
        return [];
    return [
        '',
        `${heading} Flaky Checks (${flaky.length})`,
        '',
        'Passed only after retries; a check that must pass at once can say `flaky: fail`.',
        ...flaky.map((name) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(name)}`),
    ];
}
function approvalLines(run) {
    const approval = run.approval;
    if (!approval)
        return [];
    const lines = [
        '',
        `- Environment: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(approval.environment)}`,
        `- Approvals required: ${approval.requiredApprovals}`,
        `- Result: ${approval.granted ? '✅ granted' : '❌ refused'}`,
    ];
    for (const a of approval.approvers) {
        lines.push(`- Approved by ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(a.login)}${a.comment ? `: “${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(a.comment)}”` : ''}`);
    }
    for (const r of approval.refusals)
        lines.push(`- Refused: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(r, 2000)}`);
    for (const w of approval.warnings)
        lines.push(`- Warning: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .UZ)(w, 2000)}`);
    return lines;
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ failedCheckNames),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ib: () => (/* binding */ flakyCheckNames),
/* harmony export */   qn: () => (/* binding */ STATUS_LINE)
/* harmony export */ });
// What every renderer shares: the status lines, failed-check names and durations.
const STATUS_LINE = {
    passed: '✅ ALL TESTS PASSED',
    'p2-warned': '⚠️ P2 WARNINGS (non-critical)',
    'p1-failed': '❌ P1 FAILURES',
    'p0-failed': '❌ P0 FAILURES',
    timeout: '❌ TIMEOUT',
    crashed: '❌ CRASHED',
    missing: '❌ SUITE NOT FOUND',
    invalid: '❌ CONFIGURATION INVALID',
    skipped: '⚠️ SKIPPED',
};
/** Checks that passed only after retries: flaky, shown as such (name and attempts). */
function flakyCheckNames(outcome) {
    return outcome.checks
        .filter((c) => c.status === 'passed' && (c.attempts ?? 1) > 1)
        .map((c) => `${c.name} (${c.level}, ${c.attempts} attempts)`);
}
/** Checks that failed, with the suite's own exit status standing in when it reported none. */
function failedCheckNames(outcome) {
    const failed = outcome.checks
        .filter((c) => c.status === 'failed')
        .map((c) => `${c.name} (${c.level})`);
    if (failed.length > 0)
        return failed;
    if (outcome.status === 'passed' || outcome.status === 'skipped')
        return [];
    return [`smoke suite: ${outcome.status}`];
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`;
}


/***/ }),

/***/ 78689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ writeRegularFile),
/* harmony export */   F4: () => (/* binding */ appendRegularFile),
/* harmony export */   KR: () => (/* binding */ openRegularForReading),
/* harmony export */   ZU: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
// Files the gate writes and reads in directories a suite can also write to. A FIFO, a device or
// a link to one where a report should be would block an open() for ever (and a blocked
// thread-pool thread keeps the process from exiting, SIGTERM or not): every open is
// non-blocking and only regular files are used.


const { O_APPEND, O_CREAT, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Opens a regular file (following links) without ever blocking; anything else is an error. */
async function openRegularFile(file, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, flags | O_NONBLOCK, 0o644);
    try {
        if (!(await handle.stat()).isFile())
            throw new Error(`${file} is not a regular file`);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
async function writeRegularFile(file, data) {
    const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_TRUNC);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
}
/** Appends with one write() (short writes aside), so concurrent appenders never interleave. */
async function appendRegularFile(file, data) {
    const handle = await openRegularFile(file, O_WRONLY | O_CREAT | O_APPEND);
    try {
        let written = 0;
        // A regular file takes the whole buffer in one call; the loop only guards a short write.
        for (let i = 0; i < 16 && written < data.length; i++) {
            written += (await handle.write(data, written)).bytesWritten;
        }
        if (written < data.length)
            throw new Error(`could not append to ${file}`);
    }
    finally {
        await handle.close();
    }
}
function openRegularForReading(file) {
    return openRegularFile(file, O_RDONLY);
}


/***/ }),

/***/ 54020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ preformatted),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   rQ: () => (/* binding */ withWorkflowCommandsStopped),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xK: () => (/* binding */ xmlText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var strip_ansi__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30348);
// Suite output and messages are untrusted: they may carry ANSI escapes, workflow commands,
// HTML or Markdown meant to forge the summary. Everything rendered passes through here.


// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Removes ANSI escapes and every control character but tab and newline. */
function plainText(text) {
    return (0,strip_ansi__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(text).replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * One Markdown table cell: no line breaks, pipes, HTML or inline Markdown survive. Escaped once
 * for Markdown: HTML's three specials become entities, Markdown's specials get a backslash (so
 * an apostrophe stays an apostrophe).
 */
function markdownCell(text, maxLength = 500) {
    const flat = plainText(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat;
    return cut
        .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u200b'); // no @mentions of people or teams
}
/** Inline Markdown text (headings, list items): escaped like a cell. */
const markdownText = markdownCell;
/** Inline code: a fence longer than any run of backticks inside, so nothing is escaped. */
function codeSpan(text, maxLength = 500) {
    const flat = plainText(text).replace(/\s*\n\s*/g, ' ');
    const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat;
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/** Text XML 1.0 can hold: characters it forbids (U+FFFE, lone surrogates, controls) become U+FFFD. */
function xmlText(text) {
    return plainText(text).replace(
    // eslint-disable-next-line no-control-regex
    /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');
}
/** A block of untrusted output, shown verbatim and inert. */
function preformatted(text) {
    return `<pre><code>${escapeHtml(plainText(text))}</code></pre>`;
}
/** Truncates to at most maxBytes of UTF-8, keeping the start. */
function truncateBytes(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    return bytes
        .subarray(0, maxBytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}
/**
 * Echoes untrusted output into the job log with workflow commands switched off: the runner
 * ignores every `::command::` between `::stop-commands::<token>` and `::<token>::`, and the
 * token is random, so the output cannot end the pause itself.
 */
async function withWorkflowCommandsStopped(out, body) {
    const token = `preflight-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
    out.write(`::stop-commands::${token}\n`);
    try {
        return await body();
    }
    finally {
        out.write(`\n::${token}::\n`);
    }
}


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ optionalInteger),
/* harmony export */   D4: () => (/* binding */ DEFAULT_RETENTION_DAYS),
/* harmony export */   Gq: () => (/* binding */ parseUploadSettings),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR),
/* harmony export */   gP: () => (/* binding */ describeInputIssues),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports SKIP_PHRASE, DEFAULT_SUBSET, DEFAULT_TIMEOUT_SECONDS, DEFAULT_REPORT_RETENTION_DAYS, variableNames */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3328);
/* harmony import */ var _evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59814);
// Every input of the gate, read once into one typed settings object. The action and the CLI
// both hand in a record of raw strings keyed by the action's input names.




const SKIP_PHRASE = 'I UNDERSTAND THE RISKS';
const DEFAULT_SUBSET = { paper: 'production', live: 'full' };
const DEFAULT_TIMEOUT_SECONDS = { paper: 30, live: 60 };
const DEFAULT_REPORT_DIR = 'reports/health';
const DEFAULT_RETENTION_DAYS = 30;
/** Reports older than this many days are archived; 0 keeps everything in place. */
const DEFAULT_REPORT_RETENTION_DAYS = 30;
/** The gate's input names, as in action.yml. */
const INPUT_NAMES = [
    'mode',
    'command',
    'suite',
    'subset',
    'timeout-seconds',
    'working-directory',
    'force-start',
    'skip-health-check',
    'acknowledge',
    'reason',
    'ticket',
    'approval-environment',
    'report-dir',
    'upload-artifact',
    'artifact-name',
    'retention-days',
    'report-retention-days',
    'github-token',
    'ops-log-issue',
    'open-ticket',
    'pass-env',
    'redact',
    'results',
    'level-map',
    'exit-codes',
    'require-results',
    'subset-args',
    // Read straight into the report's provenance (src/provenance.ts), never into the settings.
    'matrix',
];
const trimmed = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim();
// Booleans as the Actions toolkit reads them (YAML 1.2 core schema), empty meaning the default.
const booleanInput = (fallback) => trimmed.transform((value, ctx) => {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` });
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
});
const optionalInteger = (min, max) => trimmed.transform((value, ctx) => {
    if (value === '')
        return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        ctx.addIssue({
            code: 'custom',
            message: `must be a whole number from ${min} to ${max}, got "${value}"`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return Number(value);
});
/** Environment variable names, separated by commas, spaces or lines. */
const variableNames = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((value, ctx) => {
    const names = value.split(/[\s,]+/).filter((n) => n !== '');
    const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
    if (bad.length > 0) {
        ctx.addIssue({
            code: 'custom',
            message: `must list environment variable names, got ${bad.map((b) => `"${b}"`).join(', ')}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return names;
});
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60; // a GitHub-hosted job's own limit
const rawSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    mode: trimmed.pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN, { error: (issue) => `must be paper or live, got "${String(issue.input)}"` })),
    command: trimmed.default(''),
    suite: trimmed.default(''),
    subset: trimmed.default('').refine((v) => v === '' || /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v), {
        message: 'must be a name of letters, digits, ".", "_" or "-" (e.g. production, full)',
    }),
    'timeout-seconds': trimmed.default('').transform((value, ctx) => {
        if (value === '')
            return null;
        const seconds = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
            ctx.addIssue({
                code: 'custom',
                message: `must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}, got "${value}"`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return seconds;
    }),
    'working-directory': trimmed.default(''),
    'force-start': booleanInput(false).default(false),
    'skip-health-check': booleanInput(false).default(false),
    acknowledge: trimmed.default(''),
    reason: trimmed.default(''),
    ticket: trimmed.default(''),
    'approval-environment': trimmed.default(''),
    'report-dir': trimmed.default(''),
    'upload-artifact': booleanInput(true).default(true),
    'artifact-name': trimmed.default('').refine((v) => !/[":<>|*?\\/\r\n]/.test(v), {
        message: 'must not contain any of " : < > | * ? \\ / or a line break',
    }),
    'retention-days': optionalInteger(1, 90).default(null),
    'report-retention-days': optionalInteger(0, 36500).default(null),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().default(''),
    'ops-log-issue': optionalInteger(1, Number.MAX_SAFE_INTEGER).default(null),
    'open-ticket': booleanInput(false).default(false),
    'pass-env': variableNames.default([]),
    redact: variableNames.default([]),
    // One path or glob a line, relative to working-directory.
    results: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .default('')
        .transform((v) => v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))),
    'level-map': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .default('')
        .superRefine((value, ctx) => {
        const map = (0,_evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLevelMap */ .mK)(value);
        if (!map.ok)
            ctx.addIssue({ code: 'custom', message: map.error.replace(/^Input "level-map" /, '') });
    }),
    'exit-codes': trimmed
        .default('')
        .transform((v) => v || 'preflight')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CONTRACTS */ .Bs, {
        error: (issue) => `must be preflight or any-failure, got "${String(issue.input)}"`,
    })),
    'require-results': trimmed
        .default('')
        .transform((v) => v || 'live')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIRE_RESULTS */ .bp, {
        error: (issue) => `must be live, always or never, got "${String(issue.input)}"`,
    })),
    // Absent: the default; explicitly empty: append nothing.
    'subset-args': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .optional()
        .transform((v) => (v === undefined ? _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUBSET_ARGS */ .pT : v.trim()))
        .refine((v) => !/[|&;<>()`$\n]/.test(v), {
        message: 'must be plain words such as "--subset {subset}" or "-m {subset}" (no shell operators)',
    }),
});
/**
 * The upload inputs on their own, each falling back to its default when invalid: the report of
 * an invalid configuration is uploaded all the same, under the name the workflow asked for.
 */
function parseUploadSettings(raw) {
    const field = (schema, value, fallback) => {
        const parsed = schema.safeParse(value ?? '');
        return parsed.success ? parsed.data : fallback;
    };
    const shape = rawSchema.shape;
    return {
        uploadArtifact: field(shape['upload-artifact'], raw['upload-artifact'], true),
        artifactName: field(shape['artifact-name'], raw['artifact-name'], ''),
        retentionDays: field(shape['retention-days'], raw['retention-days'], null) ?? DEFAULT_RETENTION_DAYS,
    };
}
/** Each problem named by its input: "Input "mode" must be paper or live, got "x"." */
function describeInputIssues(issues) {
    return issues.map((issue) => {
        const name = issue.path.join('.') || 'inputs';
        return issue.code === 'invalid_type' && issue.input === undefined
            ? `Input "${name}" is required${name === 'mode' ? ' (paper or live)' : ''}.`
            : `Input "${name}" ${issue.message}.`;
    });
}
/** Validates raw inputs; every problem is named by its input and says what is allowed. */
function parseSettings(raw) {
    const fallbackMode = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.find((m) => m === raw.mode?.trim()) ?? null;
    const fallbackReportDir = raw['report-dir']?.trim() || DEFAULT_REPORT_DIR;
    const parsed = rawSchema.safeParse(raw);
    if (!parsed.success) {
        return {
            ok: false,
            errors: describeInputIssues(parsed.error.issues),
            mode: fallbackMode,
            reportDir: fallbackReportDir,
        };
    }
    const r = parsed.data;
    const errors = [];
    if (r.command !== '' && r.suite !== '') {
        errors.push('Inputs "command" and "suite" are exclusive: set exactly one of them.');
    }
    else if (r.command === '' && r.suite === '') {
        errors.push('Set exactly one of the inputs "command" (a smoke-suite command, e.g. "python scripts/smoke_test_institutional.py") or "suite" (a suite file, e.g. ".github/preflight.yml").');
    }
    if (r['force-start'] && r['skip-health-check']) {
        errors.push('Inputs "force-start" and "skip-health-check" are exclusive: force-start runs the suite and lets a P1 failure through with approval; skip-health-check runs nothing.');
    }
    if (r['skip-health-check'] && r.mode === 'live' && r.acknowledge !== SKIP_PHRASE) {
        errors.push(`Input "skip-health-check" in live mode needs input "acknowledge" set to exactly "${SKIP_PHRASE}".`);
    }
    if (errors.length > 0) {
        return { ok: false, errors, mode: r.mode, reportDir: fallbackReportDir };
    }
    return {
        ok: true,
        settings: {
            mode: r.mode,
            source: r.command !== ''
                ? { kind: 'command', command: r.command }
                : { kind: 'suite', path: r.suite },
            subset: r.subset || DEFAULT_SUBSET[r.mode],
            timeoutSeconds: r['timeout-seconds'] ?? DEFAULT_TIMEOUT_SECONDS[r.mode],
            workingDirectory: r['working-directory'] || '.',
            forceStart: r['force-start'],
            skipHealthCheck: r['skip-health-check'],
            acknowledge: r.acknowledge,
            reason: r.reason,
            ticket: r.ticket,
            approvalEnvironment: r['approval-environment'],
            reportDir: r['report-dir'] || DEFAULT_REPORT_DIR,
            uploadArtifact: r['upload-artifact'],
            artifactName: r['artifact-name'],
            retentionDays: r['retention-days'] ?? DEFAULT_RETENTION_DAYS,
            reportRetentionDays: r['report-retention-days'] ?? DEFAULT_REPORT_RETENTION_DAYS,
            githubToken: r['github-token'],
            opsLogIssue: r['ops-log-issue'],
            openTicket: r['open-ticket'],
            passEnv: r['pass-env'],
            redact: r.redact,
            evidence: {
                results: r.results,
                levelMap: r['level-map'],
                exitCodes: r['exit-codes'],
                requireResults: r['require-results'],
                subsetArgs: r['subset-args'],
            },
        },
    };
}


/***/ })

};
