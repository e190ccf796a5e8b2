export const id = 535;
export const ids = [535];
export const modules = {

/***/ 40535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: GATE_OUTPUTS, readActionInputs

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
;// CONCATENATED MODULE: ./lib/decision.js
// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// Fail-closed: `proceed` is returned only from the rows that allow it.

const HARD_ABORTS = new Set([
    'p0-failed',
    'timeout',
    'crashed',
    'missing',
    'invalid',
]);
function decide(input) {
    const decision = decideOutcome(input);
    if (input.reportUploadFailed && input.mode === 'live') {
        return {
            ...decision,
            verdict: 'abort',
            // 0 and 3 mean "launch"; a failure's own code (1, 2) still says what the suite found.
            gateExitCode: decision.gateExitCode === 0 || decision.gateExitCode === 3 ? 1 : decision.gateExitCode,
            grantedOverride: null,
            hardAbort: true,
        };
    }
    return decision;
}
function decideOutcome(input) {
    const { status, approvalVerified } = input;
    if (status === 'passed')
        return plain('proceed', 0);
    if (status === 'p2-warned')
        return plain('proceed', 3);
    const override = requestedOverride(status, input.forceStart);
    if (override !== null) {
        // A P1 failure keeps its code either way; an unapproved skip is an abort (1).
        const exit = override === 'force-start' ? model/* STATUS_EXIT_CODE */.mS['p1-failed'] : approvalVerified ? 0 : 1;
        return withOverride(override, exit, approvalVerified);
    }
    if (status === 'p1-failed')
        return plain('abort', model/* STATUS_EXIT_CODE */.mS['p1-failed']);
    if (HARD_ABORTS.has(status)) {
        const exit = (0,model/* isExitStatus */.xj)(status) ? model/* STATUS_EXIT_CODE */.mS[status] : 1;
        return { ...plain('abort', exit), hardAbort: true };
    }
    // A status this table does not know (and a skip that was never requested): never proceed.
    return { ...plain('abort', 1), hardAbort: true };
}
function plain(verdict, gateExitCode) {
    return { verdict, gateExitCode, requestedOverride: null, grantedOverride: null, hardAbort: false };
}
/** A requested override: granted only with a verified approval, else awaiting one. */
function withOverride(override, gateExitCode, granted) {
    return {
        verdict: granted ? 'proceed' : 'approval-required',
        gateExitCode,
        requestedOverride: override,
        grantedOverride: granted ? override : null,
        hardAbort: false,
    };
}
/** The step fails for every verdict but `proceed`: a workflow that ignores outputs never deploys. */
function stepFails(decision) {
    return decision.verdict !== 'proceed';
}
/** The source document's approvers per mode and override. */
const OVERRIDE_POLICY = {
    paper: {
        'force-start': { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
        skip: { roles: ['Team Lead'], requiredApprovals: 1, commentRequired: false },
    },
    live: {
        'force-start': {
            roles: ['Risk Manager', 'CTO / Technical Lead'],
            requiredApprovals: 2,
            commentRequired: true,
        },
        skip: { roles: ['CTO'], requiredApprovals: 1, commentRequired: true },
    },
};
function overridePolicy(mode, override) {
    return OVERRIDE_POLICY[mode][override];
}
/** When the mode is unknown (invalid inputs), the stricter rules apply. */
function modeOrStrictest(mode) {
    return mode ?? 'live';
}
/** The override a status asks for: skip for a skipped suite, force-start for a requested P1 pass. */
function requestedOverride(status, forceStart) {
    if (status === 'skipped')
        return 'skip';
    if (status === 'p1-failed' && forceStart)
        return 'force-start';
    return null;
}
/** The status an override lets through: what the authorize action records. */
const OVERRIDDEN_STATUS = {
    'force-start': 'p1-failed',
    skip: 'skipped',
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./lib/provenance.js
// Where and for what a gate ran: the commit, the run, the job and its matrix values, the runner
// and the host. Every report carries it, so a fleet aggregation and a deploy job's `require`
// step can refuse evidence written for another commit, run, mode or machine. Pure: the caller
// hands in the environment and the host name.



/** A matrix is a handful of scalar values; anything larger is not kept. */
const MATRIX_LIMIT_CHARS = 4096;
const matrixSchema = schemas/* record */.g1P(schemas/* string */.YjP().max(200), schemas/* union */.KCZ([schemas/* string */.YjP().max(1000), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]));
const provenanceSchema = schemas/* object */.Ikc({
    repository: schemas/* string */.YjP(),
    sha: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
    workflow: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    runAttempt: schemas/* string */.YjP(),
    job: schemas/* string */.YjP(),
    /** The job's matrix values (the gate's `matrix` input, `${{ toJSON(matrix) }}`), if given. */
    matrix: matrixSchema.nullable(),
    runnerName: schemas/* string */.YjP(),
    host: schemas/* string */.YjP(),
    mode: schemas/* enum */.k5n(model/* MODES */.FN).nullable(),
});
/**
 * The runner exports everything here but the matrix values: those come from the gate's
 * `matrix` input (INPUT_MATRIX), or PREFLIGHT_MATRIX for the CLI. A value that is not a flat
 * JSON object of scalars is left out (null) rather than guessed at.
 */
function provenanceFromEnv(env, mode, host = external_node_os_.hostname()) {
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        job: env.GITHUB_JOB ?? '',
        matrix: parseMatrix(env.INPUT_MATRIX || env.PREFLIGHT_MATRIX || ''),
        runnerName: env.RUNNER_NAME ?? '',
        host,
        mode,
    };
}
function parseMatrix(text) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === 'null' || trimmed.length > MATRIX_LIMIT_CHARS)
        return null;
    try {
        const parsed = matrixSchema.safeParse(JSON.parse(trimmed));
        return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
    }
    catch {
        return null;
    }
}
/** `os=ubuntu, host=paper-1`: the matrix values in one line, for tables and messages. */
function matrixLabel(matrix) {
    if (!matrix)
        return '';
    return Object.entries(matrix)
        .map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`)
        .join(', ');
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./lib/redact.js
// Secrets stay out of the evidence. GitHub masks secrets in the job log, but not in artifacts,
// so every report, summary, output, log entry and comment passes through one Redactor that knows
// the values to hide: the gate's token, variables named in `redact`, what env checks read, what
// the suite announced with ::add-mask::, and common token shapes. See docs/security.md.

const REDACTED = '***';
/** Shorter values would erase ordinary text; GitHub's own masking has the same blind spot. */
const MIN_SECRET_LENGTH = 4;
// Token shapes redacted even when nobody named them: [shape, replacement].
const TOKEN_SHAPES = [
    [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, REDACTED], // GitHub tokens
    [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, REDACTED],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED], // AWS access key ids
    [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, REDACTED], // Slack tokens
    // Authorization header values: the scheme stays, the credential goes.
    [
        /\b(Authorization:\s*(?:Bearer|Basic|token)\s+|Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
        `$1${REDACTED}`,
    ],
    // Credentials in a URL: scheme://user:password@host.
    [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)[^\s/@]+@/gi, `$1${REDACTED}@`],
];
/** Longer than any token shape above can match (GitHub tokens: 255 characters and a prefix). */
const TOKEN_SHAPE_MAX_LENGTH = 512;
const ADD_MASK = /::add-mask::(.*)$/;
class Redactor {
    values = new Set();
    pattern = null;
    longest = 0;
    /** Values the suite announced with ::add-mask::, to re-announce to the runner. */
    announced = [];
    constructor(values = []) {
        for (const value of values)
            this.add(value);
    }
    /** Adds a secret value (and each of its lines, as GitHub masks multi-line secrets). */
    add(value) {
        if (value === undefined)
            return;
        for (const part of [value, ...value.split(/\r?\n/)]) {
            const trimmed = part.trim();
            if (trimmed.length >= MIN_SECRET_LENGTH && !this.values.has(trimmed)) {
                this.values.add(trimmed);
                this.longest = Math.max(this.longest, trimmed.length);
                this.pattern = null;
            }
        }
    }
    /** Adds the values of the named environment variables. */
    addVariables(names, env) {
        for (const name of names)
            this.add(env[name]);
    }
    /** Picks up `::add-mask::value` from a line of suite output; returns whether it was one. */
    learnFromLine(line) {
        const match = ADD_MASK.exec(line);
        if (!match)
            return false;
        const value = (match[1] ?? '').trim();
        if (value.length >= MIN_SECRET_LENGTH && !this.values.has(value)) {
            this.add(value);
            this.announced.push(value);
        }
        return true;
    }
    redact(text) {
        let out = text;
        const pattern = this.secretPattern();
        if (pattern !== null)
            out = out.replace(pattern, REDACTED);
        for (const [shape, replacement] of TOKEN_SHAPES)
            out = out.replace(shape, replacement);
        return out;
    }
    /**
     * The run with its free text redacted: what the suite, the checks, people and services wrote.
     * The decision, statuses, levels, mode and other fields the gate itself sets are kept as they
     * are: a secret that happens to be "live" or "proceed" must not rewrite the verdict.
     */
    redactRun(run) {
        const text = (value) => this.redact(value);
        const { outcome } = run;
        return {
            ...run,
            source: text(run.source),
            reason: text(run.reason),
            ticket: text(run.ticket),
            operator: text(run.operator),
            outcome: {
                ...outcome,
                notes: outcome.notes.map(text),
                outputTail: text(outcome.outputTail),
                checks: outcome.checks.map((check) => ({
                    ...check,
                    name: text(check.name),
                    message: text(check.message),
                    ...(check.description !== undefined && { description: text(check.description) }),
                    ...(check.remediation !== undefined && { remediation: text(check.remediation) }),
                    ...(check.output !== undefined && { output: text(check.output) }),
                })),
                ...(outcome.appendedArgs && { appendedArgs: outcome.appendedArgs.map(text) }),
                ...(outcome.evidenceFiles && { evidenceFiles: outcome.evidenceFiles.map(text) }),
                ...(outcome.unmappedChecks && { unmappedChecks: outcome.unmappedChecks.map(text) }),
            },
            approval: run.approval && {
                ...run.approval,
                approvers: run.approval.approvers.map((a) => ({
                    login: a.login,
                    comment: text(a.comment),
                })),
                refusals: run.approval.refusals.map(text),
                warnings: run.approval.warnings.map(text),
            },
            upload: run.upload?.kind === 'failed'
                ? { ...run.upload, error: text(run.upload.error), note: text(run.upload.note) }
                : run.upload,
        };
    }
    /** Every named secret, longest first (a secret that contains another is hidden whole). */
    secretPattern() {
        if (this.values.size === 0)
            return null;
        this.pattern ??= new RegExp([...this.values]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'g');
        return this.pattern;
    }
    /** A deep copy with every string redacted (keys kept): for free text only, never for fields
     * that hold the gate's own decision. */
    redactDeep(value) {
        return redactValue(value, (s) => this.redact(s));
    }
    /** Redacts a block of whole lines, learning (and hiding) ::add-mask:: values on the way. */
    redactLines(block) {
        if (!block.includes('::add-mask::'))
            return this.redact(block);
        return block
            .split('\n')
            .map((line) => (this.learnFromLine(line) ? `::add-mask::${REDACTED}` : this.redact(line)))
            .join('\n');
    }
    /**
     * A line-buffered stream that redacts what passes through and learns ::add-mask:: values on
     * the way. A line longer than maxLineBytes is passed on in parts, so memory stays bounded.
     */
    stream(maxLineBytes = 64 * 1024) {
        let pending = '';
        const redactLines = (block) => this.redactLines(block);
        const cutOf = (text) => this.safeCut(text);
        return new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                const text = pending + chunk.toString();
                const end = text.lastIndexOf('\n') + 1;
                pending = text.slice(end);
                let out = end > 0 ? redactLines(text.slice(0, end)) : '';
                if (pending.length > maxLineBytes) {
                    const cut = cutOf(pending);
                    out += redactLines(pending.slice(0, cut));
                    pending = pending.slice(cut);
                }
                if (out !== '')
                    this.push(out);
                done();
            },
            flush(done) {
                if (pending !== '')
                    this.push(redactLines(pending));
                pending = '';
                done();
            },
        });
    }
    /**
     * Where a long line can be cut and its head redacted on its own: far enough from the end that a
     * secret or token the next chunk completes is kept back whole, and never inside a match.
     */
    safeCut(text) {
        const keep = Math.max(TOKEN_SHAPE_MAX_LENGTH, this.longest);
        let cut = Math.max(0, text.length - keep);
        const from = Math.max(0, cut - keep);
        const window = text.slice(from, cut + keep);
        for (const shape of [this.secretPattern(), ...TOKEN_SHAPES.map(([r]) => r)]) {
            if (shape === null)
                continue;
            for (const match of window.matchAll(shape)) {
                const start = from + match.index;
                if (start < cut && start + match[0].length > cut)
                    cut = Math.min(cut, start);
            }
        }
        return cut;
    }
}
function redactValue(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactValue(v, redact));
    if (value instanceof Date || value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/report/messages.js
// The source document's console messages, adapted from "trading" to "launching", per outcome
// and mode. Used by the CLI, the job log, the job summary and the step's failure message.

function banner(input) {
    const { status, decision } = input;
    const live = input.mode === 'live';
    const mode = modeOrStrictest(input.mode);
    if (input.reportUploadFailed && live) {
        return hardAbort(live, 'REPORT UPLOAD FAILED', 'The report could not be uploaded as an artifact: no evidence, no launch.', [
            'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
        ]);
    }
    switch (status) {
        case 'passed':
            return { title: '✅ Health checks passed', lines: [], nextSteps: [], severity: 'info' };
        case 'p2-warned':
            return {
                title: '⚠️  P2 warnings detected (non-critical) - proceeding',
                lines: [],
                nextSteps: [
                    'Document the warnings in the operational notes and schedule a fix during maintenance.',
                ],
                severity: 'warning',
            };
        case 'p0-failed':
            return {
                title: live
                    ? '❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED'
                    : '❌ P0 HEALTH CHECK FAILURE - ABORTING LAUNCH',
                lines: live
                    ? [
                        'Infrastructure is broken. DO NOT START THE LIVE LAUNCH.',
                        'Fix P0 issues and re-run smoke test before attempting LIVE.',
                    ]
                    : ['Infrastructure is broken. DO NOT LAUNCH.', 'Fix P0 issues and re-run smoke test.'],
                nextSteps: [
                    'Fix the infrastructure issue (no override exists for P0 failures).',
                    'Re-run the smoke test.',
                    'Retry the launch.',
                ],
                severity: 'error',
            };
        case 'p1-failed':
            return p1Banner(mode, decision, input);
        case 'skipped':
            return skipBanner(mode, decision, input);
        case 'timeout':
            return hardAbort(live, 'SMOKE TEST TIMEOUT', 'The smoke test ran past its time limit and was killed.', [
                'Find the hanging check (see the output tail), fix it or raise "timeout-seconds", and re-run.',
            ]);
        case 'crashed':
            return hardAbort(live, 'SMOKE TEST CRASHED', 'The smoke test itself failed to run to completion.', ['Read the suite output below, fix the crash, and re-run the smoke test.']);
        case 'missing':
            return hardAbort(live, 'SMOKE TEST NOT FOUND', 'The smoke test script or program does not exist.', [
                'Check "command" (or "suite") and "working-directory", and that the suite is installed on the runner.',
            ]);
        case 'invalid':
            return hardAbort(live, 'CONFIG VALIDATION FAILED', 'The gate configuration or suite file is invalid.', ['Fix the inputs or the suite file as the errors below say, and re-run.']);
    }
}
function hardAbort(live, what, why, nextSteps) {
    return {
        title: `❌ ${what} - ${live ? 'LAUNCH ABORTED' : 'ABORTING LAUNCH'}`,
        lines: [why, live ? 'DO NOT START THE LIVE LAUNCH.' : 'DO NOT LAUNCH.'],
        nextSteps,
        severity: 'error',
    };
}
function rolesLines(mode, override) {
    const roles = OVERRIDE_POLICY[mode][override].roles;
    return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)];
}
function approvalLines(mode, override, input) {
    const lines = rolesLines(mode, override);
    if (input.approvalEnvironment) {
        const count = input.requiredApprovals ?? 1;
        lines.push(`⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`);
    }
    else {
        lines.push('⚠️  Approval is given by reviewers of a protected environment: run the authorize job, or set "approval-environment".');
    }
    return lines;
}
function p1Banner(mode, decision, input) {
    const live = mode === 'live';
    const head = live
        ? ['Core functionality may be impaired.', 'LAUNCHING LIVE WITH P1 FAILURES IS EXTREMELY RISKY.']
        : ['Core functionality may be impaired.'];
    const title = live
        ? '🚨 P1 HEALTH CHECK FAILURES DETECTED 🚨'
        : '⚠️  P1 HEALTH CHECK FAILURES DETECTED';
    const nextSteps = [
        'RECOMMENDED: fix the P1 issue and re-run the smoke test.',
        `Override: approval by ${OVERRIDE_POLICY[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then "force-start: true".`,
    ];
    if (decision.grantedOverride === 'force-start') {
        return {
            title: '🚨 FORCE START ENABLED - PROCEEDING WITH P1 FAILURES 🚨',
            lines: [
                ...head,
                ...rolesLines(mode, 'force-start'),
                '⚠️  Approved, and recorded in the operational log.',
                'Monitor the session closely and fix the P1 issue (P0 ticket).',
            ],
            nextSteps: ['Monitor the launch closely.', 'Fix the P1 issue under the follow-up ticket.'],
            severity: 'warning',
        };
    }
    if (decision.verdict === 'approval-required') {
        return {
            title,
            lines: [
                ...head,
                '🚨 FORCE START REQUESTED - WAITING FOR APPROVAL 🚨',
                ...approvalLines(mode, 'force-start', input),
                'Launch blocked until the approval is verified.',
            ],
            nextSteps,
            severity: 'error',
        };
    }
    return {
        title,
        lines: [
            ...head,
            '',
            'Options:',
            '  1. ABORT and fix P1 issues (RECOMMENDED)',
            '  2. Force start with force-start (REQUIRES APPROVAL)',
            '',
            'Aborting launch for safety.',
        ],
        nextSteps,
        severity: 'error',
    };
}
function skipBanner(mode, decision, input) {
    const live = mode === 'live';
    const title = live
        ? '🚨 HEALTH CHECKS SKIPPED (skip-health-check) 🚨'
        : '⚠️  HEALTH CHECKS SKIPPED (skip-health-check)';
    const warning = live
        ? [
            '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
            '⚠️  Skipping health checks can result in REAL MONEY LOSS',
            `⚠️  This override MUST be approved by ${OVERRIDE_POLICY.live.skip.roles.join(' and ')}`,
        ]
        : ['⚠️  This is NOT RECOMMENDED for production use'];
    const nextSteps = [
        'Get written approval (a reviewer of the protected environment, with a comment).',
        'Document the reason and the ticket (inputs "reason" and "ticket").',
        'Create a ticket to fix the underlying issue and re-enable health checks after the emergency.',
    ];
    if (decision.grantedOverride === 'skip') {
        return {
            title,
            lines: [
                ...warning,
                '⚠️  Approved, and recorded in the operational log. Proceeding without health checks.',
            ],
            nextSteps,
            severity: 'warning',
        };
    }
    return {
        title,
        lines: [
            ...warning,
            ...approvalLines(mode, 'skip', input),
            'Launch blocked until the approval is verified.',
        ],
        nextSteps,
        severity: 'error',
    };
}
/** The banner framed as the source document prints it on a console. */
function consoleBanner(b, reportPath) {
    const rule = '='.repeat(80);
    const out = [b.title];
    const showReport = reportPath !== undefined && b.severity === 'error';
    if (b.lines.length > 0 || showReport) {
        out.push(rule, ...b.lines);
        if (showReport) {
            out.push('', 'To view detailed report:', `  ${reportPath}`);
        }
        out.push(rule);
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/report/model.js
var report_model = __webpack_require__(5747);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/retention/prune.js
// Retention of the report directory: reports older than `report-retention-days` go into
// `<report-dir>/archive/<YYYY-MM>.tar.gz` (by the month in their name); the operational log is
// rotated monthly into the archive directory. Only files named like a report are ever moved;
// nothing is deleted that is not safely in an archive first.





const ARCHIVE_DIR = 'archive';
const LOCK_FILE = '.prune.lock';
const DAY_MS = 24 * 60 * 60 * 1000;
const REPORT_NAME = /^SMOKE_TEST_INSTITUTIONAL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_\d+)?\.[A-Za-z0-9._-]+$/;
const ROTATED_LOG = /^operational-log-\d{4}-\d{2}(?:_\d+)?\.jsonl$/;
/** The time in a report's name, or null for any other file. */
function reportTime(name) {
    const m = REPORT_NAME.exec(name);
    if (!m)
        return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return Number.isNaN(date.getTime()) ? null : date;
}
function isRotatedLog(name) {
    return ROTATED_LOG.test(name);
}
async function pruneReports(reportDir, retentionDays, now) {
    const result = { archived: {}, rotatedLog: null, busy: false };
    if (retentionDays === 0)
        return result;
    let entries;
    try {
        entries = await (0,promises_.readdir)(reportDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return result;
        throw error;
    }
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const byMonth = new Map();
    for (const name of entries) {
        const time = reportTime(name);
        if (time === null || time.getTime() >= cutoff)
            continue;
        // Never follow a link or read a FIFO named like a report.
        if (!(await (0,promises_.lstat)(external_node_path_.join(reportDir, name))).isFile())
            continue;
        const month = time.toISOString().slice(0, 7);
        byMonth.set(month, [...(byMonth.get(month) ?? []), external_node_path_.join(reportDir, name)]);
    }
    const logMonth = await firstEntryMonth(external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np));
    const rotate = logMonth !== null && logMonth < now.toISOString().slice(0, 7);
    if (byMonth.size === 0 && !rotate)
        return result;
    const archiveDir = external_node_path_.join(reportDir, ARCHIVE_DIR);
    await (0,promises_.mkdir)(archiveDir, { recursive: true });
    if (!(await takeLock(archiveDir)))
        return { ...result, busy: true };
    try {
        await removeLeftovers(archiveDir);
        // Loaded only when there is something to archive: the gate's verdict path does not pay for tar.
        const { archiveFiles } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 21604));
        for (const [month, files] of [...byMonth].sort()) {
            const archive = external_node_path_.join(archiveDir, `${month}.tar.gz`);
            await archiveFiles(archive, files.sort());
            result.archived[archive] = files.map((f) => external_node_path_.basename(f));
        }
        if (rotate)
            result.rotatedLog = await rotateLog(reportDir, archiveDir, logMonth);
    }
    finally {
        await (0,promises_.rm)(external_node_path_.join(archiveDir, LOCK_FILE), { force: true });
    }
    return result;
}
/** The month (YYYY-MM) of the log's first entry; null when there is no log or no readable entry. */
async function firstEntryMonth(file) {
    let handle;
    try {
        handle = await (0,safe_file/* openRegularForReading */.KR)(file);
    }
    catch {
        return null;
    }
    try {
        const buffer = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
        const match = /"timestamp":"(\d{4}-\d{2})-/.exec(firstLine);
        return match?.[1] ?? null;
    }
    finally {
        await handle.close();
    }
}
/** Renames the log into the archive directory (atomic; writers reopen it by name). */
async function rotateLog(reportDir, archiveDir, month) {
    for (let attempt = 1; attempt <= 100; attempt++) {
        const name = `operational-log-${month}${attempt === 1 ? '' : `_${attempt}`}.jsonl`;
        const target = external_node_path_.join(archiveDir, name);
        try {
            await (await (0,promises_.open)(target, 'wx')).close();
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        await (0,promises_.rename)(external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np), target);
        return target;
    }
    throw new Error(`No free name for the rotated operational log of ${month} in ${archiveDir}.`);
}
/** One prune at a time per directory; a lock left by a process that died is taken over. */
async function takeLock(archiveDir) {
    const lock = external_node_path_.join(archiveDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,promises_.writeFile)(lock, processIdentity(process.pid), { flag: 'wx' });
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        // The holder is its pid and start time: a pid the system reused for another process after
        // the holder died does not keep the lock.
        const [pid, started = ''] = (await readSmall(lock)).split(' ');
        const holder = Number(pid);
        if (Number.isInteger(holder) &&
            holder > 0 &&
            processAlive(holder) &&
            (started === '' || processIdentity(holder) === `${holder} ${started}`))
            return false;
        await (0,promises_.unlink)(lock).catch(() => undefined);
    }
    return false;
}
async function readSmall(file) {
    try {
        const handle = await (0,safe_file/* openRegularForReading */.KR)(file);
        try {
            const buffer = Buffer.alloc(64);
            const { bytesRead } = await handle.read(buffer, 0, 64, 0);
            return buffer.subarray(0, bytesRead).toString('utf8').trim();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}
/** `pid starttime` (Linux /proc; elsewhere the pid alone). */
function processIdentity(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
        return started ? `${pid} ${started}` : String(pid);
    }
    catch {
        return String(pid);
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Temporary archives and staging directories of a prune that was killed: never the only copy. */
async function removeLeftovers(archiveDir) {
    for (const name of await (0,promises_.readdir)(archiveDir)) {
        if (/^\.staging-/.test(name) || /^\..+\.tar\.gz\.tmp-\d+$/.test(name)) {
            await (0,promises_.rm)(external_node_path_.join(archiveDir, name), { recursive: true, force: true });
        }
    }
}
/** Retention after a gate run: a failure never changes the verdict, it only adds a note. */
async function retainAfterRun(notes, reportDir, retentionDays, now) {
    if (retentionDays === undefined)
        return;
    try {
        await pruneReports(reportDir, retentionDays, now);
    }
    catch (error) {
        notes.push(`Old reports could not be archived (report-retention-days): ${error.message}. Nothing was removed that is not archived; run "preflight prune" to retry.`);
    }
}

// EXTERNAL MODULE: ./lib/runner/environment.js
var environment = __webpack_require__(63311);
// EXTERNAL MODULE: ./lib/runner/process.js + 1 modules
var runner_process = __webpack_require__(98435);
;// CONCATENATED MODULE: ./lib/runner/suite-log.js
// The built-in suite's `.output.log`, like a command suite's: what it printed while it ran,
// then each check's own output (kept for failed checks), so every run leaves one.

async function writeSuiteOutputLog(file, outcome) {
    const parts = [outcome.outputTail.replace(/\n?$/, '\n')];
    if (outcome.outputTruncated) {
        parts.unshift('[preflight] only the end of the suite output was kept\n');
    }
    for (const check of outcome.checks) {
        if (check.output)
            parts.push(`\n=== ${check.name} (${check.level}) ===\n${check.output.replace(/\n?$/, '\n')}`);
    }
    await (0,promises_.writeFile)(file, parts.join(''), 'utf8');
}

// EXTERNAL MODULE: ./lib/runner/tracking.js
var tracking = __webpack_require__(19701);
// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var artifact_upload = __webpack_require__(13);
;// CONCATENATED MODULE: ./lib/engine.js
// The gate's engine, shared by the action and the CLI, in named phases:
//   configure → run suite → settle → write → publish
// `settle` is pure: it turns the facts known so far (the suite's outcome, an approval, an upload
// result) into one decided GateRun, and runs again whenever a new fact arrives. The engine knows
// nothing of @actions/*: the caller hands in where output goes, how approvals are verified and how
// reports are published.





















async function runGate(raw, ctx) {
    const config = await configure(raw, ctx);
    ctx.publisher?.reserve(config.pending);
    const { outcome, cancelled } = await runSuitePhase(config, ctx);
    await keepSuiteReports(config, outcome, ctx);
    const facts = {
        decidedAt: ctx.now(),
        cancelled,
        approval: null,
        upload: null,
        uploadSettledAt: null,
        writeError: null,
    };
    let run = settle(config, outcome, facts, ctx);
    // Single-job flow: this job is bound to the approval environment, so verify inline.
    const request = approvalRequest(config, run);
    if (request && ctx.verifyApproval && !cancelled) {
        facts.approval = config.redactor.redactDeep(await verifySafely(ctx.verifyApproval, request));
        run = settle(config, outcome, facts, ctx);
    }
    let logged = await write(config, run, facts);
    if (facts.writeError !== null) {
        run = settle(config, outcome, facts, ctx);
        logged = await write(config, run, facts, logged);
    }
    if (ctx.publisher && !cancelled) {
        facts.upload = await ctx.publisher.upload(config.pending);
        facts.uploadSettledAt = ctx.now();
        run = settle(config, outcome, facts, ctx);
        if (facts.upload.kind === 'failed')
            await write(config, run, facts, logged);
    }
    // Reports older than report-retention-days go into the archive (not while answering a
    // cancellation, which must be quick); a failure only adds a note.
    if (!cancelled)
        await retainAfterRun(run.outcome.notes, config.reportDir, config.settings?.reportRetentionDays, ctx.now());
    return {
        run,
        paths: config.paths,
        settings: config.settings,
        masks: [...config.redactor.announced],
        redactor: config.redactor,
    };
}
// ── configure ──────────────────────────────────────────────────────────────────────────────
async function configure(raw, ctx) {
    const startedAt = ctx.now();
    const parsed = (0,lib_settings/* parseSettings */.P$)(raw);
    const settings = parsed.ok ? parsed.settings : null;
    const mode = parsed.ok ? parsed.settings.mode : parsed.mode;
    const reportDir = external_node_path_.resolve(parsed.ok ? parsed.settings.reportDir : parsed.reportDir);
    const paths = await (0,files/* reserveReportPaths */.XA)(reportDir, startedAt);
    const upload = settings ?? (0,lib_settings/* parseUploadSettings */.Gq)(raw);
    const trackingId = (0,tracking/* newTrackingId */.BA)();
    const redactor = new Redactor([raw['github-token']]);
    const named = settings?.redact ?? leniently(raw.redact);
    redactor.addVariables(named, ctx.env);
    return {
        startedAt,
        settings,
        inputErrors: parsed.ok ? [] : parsed.errors,
        mode,
        reportDir,
        paths,
        pending: {
            rootDirectory: reportDir,
            files: (0,files/* reportFiles */.IU)(paths),
            markdown: paths.markdown,
            runOpsLog: paths.runOpsLog,
            opsLog: paths.opsLog,
            name: upload.artifactName || (0,artifact_upload/* defaultArtifactName */.Vb)(mode, ctx.env),
            retentionDays: upload.retentionDays,
            uploadArtifact: upload.uploadArtifact,
            mode,
            operator: ctx.operator,
            runUrl: ctx.runUrl,
            trackingId,
            redact: named,
        },
        redactor,
        trackingId,
        source: settings
            ? settings.source.kind === 'command'
                ? settings.source.command
                : settings.source.path
            : (raw.command ?? raw.suite ?? ''),
    };
}
/** Variable names from an input that may be invalid: whatever looks like a name. */
function leniently(list) {
    return (list ?? '').split(/[\s,]+/).filter((n) => /^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
}
// ── run suite ──────────────────────────────────────────────────────────────────────────────
async function runSuitePhase(config, ctx) {
    const { settings } = config;
    if (!settings)
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('invalid', config.inputErrors), cancelled: false };
    if (settings.skipHealthCheck) {
        const note = 'Health checks were skipped on request (skip-health-check).';
        return { outcome: (0,model/* outcomeWithoutChecks */.Yp)('skipped', [note]), cancelled: false };
    }
    const started = performance.now();
    const cancelled = cancellation(ctx.signal);
    let outcome;
    let wasCancelled = false;
    try {
        const result = await Promise.race([runSuite(settings, config, ctx), cancelled.promise]);
        wasCancelled = result === CANCELLED;
        outcome =
            result === CANCELLED
                ? (0,model/* outcomeWithoutChecks */.Yp)('crashed', [
                    'The gate was cancelled while the suite ran; the suite was stopped. There is no verdict: DO NOT LAUNCH.',
                ], performance.now() - started)
                : result;
    }
    catch (error) {
        outcome = (0,model/* outcomeWithoutChecks */.Yp)('crashed', [`The gate failed while running the suite: ${error.message}`], performance.now() - started);
    }
    finally {
        cancelled.dispose();
    }
    const leftovers = await (0,tracking/* killTrackedProcesses */.qJ)(config.trackingId);
    if (leftovers > 0) {
        outcome = {
            ...outcome,
            notes: [
                ...outcome.notes,
                `${leftovers} process(es) the suite started were still running after it ended (daemons or background helpers) and were killed.`,
            ],
        };
    }
    for (const secret of outcome.secretValues ?? [])
        config.redactor.add(secret);
    await redactOutputLog(config);
    return { outcome, cancelled: wasCancelled };
}
const CANCELLED = Symbol('cancelled');
function cancellation(signal) {
    let onAbort = () => { };
    const promise = new Promise((resolve) => {
        onAbort = () => {
            (0,runner_process/* killActiveProcessTrees */.RS)();
            resolve(CANCELLED);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
    });
    return { promise, dispose: () => signal?.removeEventListener('abort', onAbort) };
}
async function runSuite(settings, config, ctx) {
    const echo = config.redactor.stream();
    if (ctx.echo)
        echo.pipe(ctx.echo, { end: false });
    else
        echo.resume();
    const scope = {
        mode: settings.mode,
        subset: settings.subset,
        timeoutMs: settings.timeoutSeconds * 1000,
        cwd: external_node_path_.resolve(settings.workingDirectory),
        env: (0,environment/* sealedEnvironment */.sy)(ctx.env, settings.passEnv, config.trackingId),
        echo,
        killGraceMs: ctx.killGraceMs,
    };
    const around = ctx.aroundSuiteOutput ?? ((body) => body());
    const source = settings.source;
    return around(async () => {
        try {
            if (source.kind === 'suite') {
                // Loaded only for suite files, so the command path does not pay for the YAML parser.
                const { runSuiteFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(505), __webpack_require__.e(708), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 99869));
                const outcome = await runSuiteFile({ ...scope, path: source.path });
                if (config.paths.outputLog)
                    await writeSuiteOutputLog(config.paths.outputLog, outcome);
                return outcome;
            }
            const { runCommandSuite } = await Promise.all(/* import() */[__webpack_require__.e(708), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 64708));
            return await runCommandSuite({
                ...scope,
                command: source.command,
                outputLogPath: config.paths.outputLog ?? undefined,
                evidence: settings.evidence,
                reportDir: config.reportDir,
            });
        }
        finally {
            // The last partial line, then the end of the window that stops workflow commands.
            await new Promise((resolve) => echo.end(resolve));
        }
    });
}
/**
 * The output log is written raw while the suite runs; once every secret is known (masks
 * announced late in the output included), it is rewritten redacted, streaming both passes.
 */
async function redactOutputLog(config) {
    const file = config.paths.outputLog;
    if (file === null || !(0,external_node_fs_.existsSync)(file))
        return;
    const learn = await (0,safe_file/* openRegularForReading */.KR)(file);
    try {
        const lines = (0,external_node_readline_.createInterface)({
            input: learn.createReadStream({ autoClose: false }),
            crlfDelay: Infinity,
        });
        for await (const line of lines)
            config.redactor.learnFromLine(line);
    }
    finally {
        await learn.close();
    }
    const source = await (0,safe_file/* openRegularForReading */.KR)(file);
    const redacted = `${file}.redacted`;
    try {
        const target = await (0,safe_file/* openRegularFile */.ZU)(redacted, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC);
        await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ autoClose: false }), config.redactor.stream(), target.createWriteStream());
    }
    finally {
        await source.close();
    }
    await (0,promises_.rename)(redacted, file);
}
/**
 * Reports the suite itself wrote in the report directory are evidence too: they go into the
 * artifact, and one that took the gate's reserved name keeps it (the gate takes the next).
 */
async function keepSuiteReports(config, outcome, ctx) {
    const suiteReports = outcome.suiteReports ?? [];
    if (suiteReports.length === 0)
        return;
    if (suiteReports.some((f) => (0,files/* reportFiles */.IU)(config.paths).includes(f))) {
        const outputLog = config.paths.outputLog;
        config.paths = { ...(await (0,files/* reserveReportPaths */.XA)(config.reportDir, config.startedAt)), outputLog };
        config.pending.markdown = config.paths.markdown;
        config.pending.runOpsLog = config.paths.runOpsLog;
    }
    config.pending.files = [...(0,files/* reportFiles */.IU)(config.paths), ...suiteReports];
    ctx.publisher?.reserve(config.pending);
}
// ── settle ─────────────────────────────────────────────────────────────────────────────────
/** The facts so far → one decided, redacted run. Pure but for reading the clock via facts. */
function settle(config, outcome, facts, ctx) {
    const { settings } = config;
    const mode = modeOrStrictest(config.mode);
    const requested = requestedOverride(outcome.status, settings?.forceStart ?? false);
    const requiredApprovals = config.mode && requested ? overridePolicy(config.mode, requested).requiredApprovals : 0;
    const evidenceLost = facts.upload?.kind === 'failed' || facts.writeError !== null;
    const input = {
        mode,
        status: outcome.status,
        forceStart: settings?.forceStart ?? false,
        approvalVerified: facts.approval?.granted ?? false,
    };
    const decision = decide({ ...input, reportUploadFailed: evidenceLost });
    const withoutLoss = decide(input);
    const notes = [...outcome.notes];
    if (facts.writeError !== null)
        notes.push(facts.writeError);
    if (facts.upload?.kind === 'failed')
        notes.push(facts.upload.note);
    const run = {
        mode: config.mode,
        subset: settings?.subset ?? null,
        source: config.source,
        startedAt: config.startedAt,
        outcome: { ...outcome, notes },
        decision,
        approval: facts.approval,
        upload: facts.upload,
        banner: banner({
            mode: config.mode,
            status: outcome.status,
            decision,
            approvalEnvironment: settings?.approvalEnvironment,
            requiredApprovals,
            // The lost evidence headlines only when it is what stopped the launch.
            reportUploadFailed: withoutLoss.verdict !== 'abort' && decision.verdict === 'abort',
        }),
        opsLog: [],
        operator: ctx.operator,
        runUrl: ctx.runUrl,
        reason: settings?.reason ?? '',
        ticket: settings?.ticket ?? '',
        approvalEnvironment: settings?.approvalEnvironment ?? '',
        requiredApprovals,
        provenance: provenanceFromEnv(ctx.env, config.mode),
    };
    const redacted = config.redactor.redactRun(run);
    redacted.opsLog = opsLogEntries(redacted, facts);
    return redacted;
}
/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
function runLogEntry(run, at, event, details) {
    return (0,opslog/* opsLogEntry */.Bg)(runLogSubject(run), at, event, details);
}
function runLogSubject(run) {
    return {
        ...run,
        status: run.outcome.status,
        exitCode: run.outcome.exitCode,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        approvers: run.approval?.approvers ?? [],
    };
}
/** One entry per failure, override request, approval outcome, lost evidence and cancellation. */
function opsLogEntries(run, facts) {
    const { outcome, decision, approval } = run;
    const entry = (event, details, at = facts.decidedAt) => runLogEntry(run, at, event, details);
    const entries = [];
    if (facts.cancelled) {
        entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? run.banner.title));
    }
    else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
        entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? run.banner.title));
    }
    const override = decision.requestedOverride;
    if (override) {
        const event = override === 'skip'
            ? 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED'
            : 'OVERRIDE_FORCE_START_REQUESTED';
        entries.push(entry(event, `${override} requested; needs ${run.requiredApprovals} approval(s) in environment "${run.approvalEnvironment || '(none configured)'}"`));
        if (decision.grantedOverride) {
            const granted = override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
            entries.push(entry(granted, `approved in environment "${approval?.environment ?? ''}"`));
        }
        else if (approval) {
            entries.push(entry('OVERRIDE_REFUSED', approval.refusals.join(' ')));
        }
    }
    const flaky = (0,report_model/* flakyCheckNames */.ib)(outcome);
    if (flaky.length > 0) {
        entries.push((0,opslog/* opsLogEntry */.Bg)({ ...runLogSubject(run), failures: flaky }, facts.decidedAt, 'FLAKY_CHECKS', `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`));
    }
    if (facts.writeError !== null)
        entries.push(entry('REPORT_WRITE_FAILED', facts.writeError));
    if (run.upload?.kind === 'failed') {
        entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined));
    }
    return entries;
}
function approvalRequest(config, run) {
    const { settings } = config;
    const override = run.decision.requestedOverride;
    if (run.decision.verdict !== 'approval-required' || !settings || !override)
        return null;
    if (settings.approvalEnvironment === '')
        return null;
    return {
        mode: settings.mode,
        override,
        environment: settings.approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
        failures: (0,report_model/* failedCheckNames */.Cu)(run.outcome),
        settings,
    };
}
async function verifySafely(verify, request) {
    try {
        return await verify(request);
    }
    catch (error) {
        return {
            granted: false,
            environment: request.environment,
            requiredApprovals: request.requiredApprovals,
            approvers: [],
            refusals: [`The approval could not be verified: ${error.message}`],
            warnings: [],
        };
    }
}
// ── write ──────────────────────────────────────────────────────────────────────────────────
/**
 * Writes the report files and appends the run's new log entries; returns how many entries are
 * in the log now. A failure to write is itself a fact (no evidence): it is recorded, never thrown.
 */
async function write(config, run, facts, alreadyLogged = 0) {
    const { paths } = config;
    if (paths.outputLog !== null && !(0,external_node_fs_.existsSync)(paths.outputLog)) {
        paths.outputLog = null;
        config.pending.files = (0,files/* reportFiles */.IU)(paths);
    }
    const failures = await (0,files/* writeReports */.Li)(run, paths);
    if (failures.length > 0 && facts.writeError === null) {
        facts.writeError = `The report could not be written in full (${failures.join('; ')}). No evidence, no launch in live mode; free the disk or fix the report directory and re-run.`;
    }
    try {
        await (0,opslog/* appendOpsLog */.$G)(config.reportDir, run.opsLog.slice(alreadyLogged));
    }
    catch (error) {
        facts.writeError ??= `The operational log could not be appended: ${error.message}.`;
    }
    return run.opsLog.length;
}

;// CONCATENATED MODULE: ./lib/approval/github.js
// The GitHub API client for approvals and the operational log, built from the run's token.
// @actions/github (Octokit) is loaded only when an override or a log comment needs it.
async function createGitHubClient(token, env = process.env) {
    if (token === '') {
        throw new Error('No GitHub token: set the "github-token" input (it defaults to ${{ github.token }}).');
    }
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    return {
        request: (route, params) => octokit.request(route, params),
    };
}
/** The repository and run this job belongs to, from the runner's environment. */
function runRefFromEnv(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const runId = Number(env.GITHUB_RUN_ID);
    if (!owner || !repo || !Number.isInteger(runId) || runId <= 0) {
        throw new Error('GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: approvals can only be verified inside a GitHub Actions run.');
    }
    return { owner, repo, runId };
}
/** The run's page (this attempt), or '' outside a workflow run. */
function runUrlFromEnv(env = process.env) {
    if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return '';
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
;// CONCATENATED MODULE: ./lib/approval/publish.js
// Operational-log entries as comments on a tracking issue, and the follow-up ticket the source
// document demands after an override ("Create P0 ticket to fix the P1 issue").


const TICKET_LABEL = 'preflight-override';
async function commentOpsLog(client, run, issueNumber, entries) {
    if (entries.length === 0)
        return;
    const body = [
        '**Preflight Gate — operational log**',
        '',
        `<pre>${(0,sanitize/* escapeHtml */.ZD)(entries.map(opslog/* formatOpsLogEntry */.Gg).join('\n\n'))}</pre>`,
        // The entries themselves, for `preflight review`: base64 cannot end the HTML comment.
        ...entries.map(opslog/* opsLogEntryMarker */.V5),
    ].join('\n');
    await withIssuesPermission(`comment on issue #${issueNumber}`, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: run.owner,
        repo: run.repo,
        issue_number: issueNumber,
        body,
    }));
}
/** Opens the follow-up issue; returns its URL. */
async function openFollowUpTicket(client, run, ticket) {
    const list = (items) => items.length > 0 ? items.map((i) => `- ${(0,sanitize/* markdownText */.p7)(i, 1000)}`) : ['- (none reported)'];
    const body = [
        `An override (**${ticket.override}**, ${ticket.mode.toUpperCase()} mode) let a launch through. Fix what it bypassed, then re-enable the gate's normal path.`,
        '',
        '**Failed checks**',
        ...list(ticket.failures),
        '',
        '**Approved by**',
        ...list(ticket.approvers.map((a) => (a.comment ? `${a.login}: "${a.comment}"` : a.login))),
        '',
        `**Reason**: ${(0,sanitize/* markdownText */.p7)(ticket.reason || '(none given)', 2000)}`,
        `**Documentation**: ${(0,sanitize/* markdownText */.p7)(ticket.ticket || '(none given)')}`,
        `**Run**: ${encodeURI(ticket.runUrl)}`,
        `**Report**: ${encodeURI(ticket.reportUrl)}`,
    ].join('\n');
    const response = await withIssuesPermission('open the follow-up issue', () => client.request('POST /repos/{owner}/{repo}/issues', {
        owner: run.owner,
        repo: run.repo,
        title: `Preflight override (${ticket.override}, ${ticket.mode}): fix ${ticket.failures[0] ?? 'the bypassed checks'}`.slice(0, 200),
        body,
        labels: [TICKET_LABEL],
    }));
    const url = response.data.html_url;
    if (typeof url !== 'string')
        throw new Error('GitHub opened the follow-up issue but returned no html_url.');
    return url;
}
async function withIssuesPermission(what, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? ' Give the job `permissions: issues: write`.'
            : status === 401
                ? ' Check the "github-token" input.'
                : '';
        throw new Error(`Could not ${what}: ${error.message}${status ? ` (${status})` : ''}.${hint}`);
    }
}

;// CONCATENATED MODULE: ./lib/approval/verify.js
// Verifies that an override was approved by reviewers of a protected GitHub environment, through
// the REST API. Shared by the gate (single-job flow) and the authorize action (two-job flow).
// Every doubt refuses: an API error, a missing permission, an answer of an unexpected shape.


const ACTION_WORDING = {
    token: 'the "github-token" input',
    readPermission: 'give the job `permissions: actions: read`',
};
const DEFAULT_REQUEST_OPTIONS = {
    timeoutMs: 15_000,
    retries: 3,
    retryDelayMs: 1000,
};
// Shapes from GitHub's OpenAPI description (@octokit/openapi-types): only the fields read here.
const user = schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1) });
const environmentSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    protection_rules: schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        prevent_self_review: schemas/* boolean */.zMY().optional(),
        reviewers: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    }))
        .optional(),
    can_admins_bypass: schemas/* boolean */.zMY().optional(),
});
const runSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig(),
    actor: user.nullable().optional(),
    triggering_actor: user.nullable().optional(),
});
const approvalsSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    environments: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional() })),
    state: schemas/* enum */.k5n(['approved', 'rejected', 'pending']),
    user,
    comment: schemas/* string */.YjP().nullable().optional(),
}));
/** Raised with a message that says what went wrong and how to fix it. */
class ApprovalApiError extends Error {
}
async function verifyApproval(client, run, policy, options = DEFAULT_REQUEST_OPTIONS) {
    const check = {
        granted: false,
        environment: policy.environment,
        requiredApprovals: policy.requiredApprovals,
        approvers: [],
        refusals: [],
        warnings: [],
    };
    const refuse = (reason) => ({
        ...check,
        granted: false,
        refusals: [...check.refusals, reason],
    });
    if (policy.environment === '')
        return refuse('No approval environment is given.');
    let environment;
    let workflowRun;
    let approvals;
    try {
        const repo = { owner: run.owner, repo: run.repo };
        environment = await get(client, 'GET /repos/{owner}/{repo}/environments/{environment_name}', { ...repo, environment_name: policy.environment }, environmentSchema, options, `environment "${policy.environment}"`);
        workflowRun = await get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: run.runId }, runSchema, options, `workflow run ${run.runId}`);
        approvals = await get(client, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repo, run_id: run.runId }, approvalsSchema, options, `the approvals of run ${run.runId}`);
    }
    catch (error) {
        return refuse(error instanceof ApprovalApiError
            ? error.message
            : `The approval check failed: ${String(error)}`);
    }
    const reviewRule = environment.protection_rules?.find((r) => r.type === 'required_reviewers');
    if (!reviewRule) {
        return refuse(`Environment "${policy.environment}" has no required reviewers, so nobody approved anything: add required reviewers in Settings → Environments → ${policy.environment}.`);
    }
    if (reviewRule.prevent_self_review !== true) {
        check.warnings.push(`Environment "${policy.environment}" does not prevent self-review: turn on "Prevent self-review".`);
    }
    if (environment.can_admins_bypass === true) {
        check.warnings.push(`Environment "${policy.environment}" lets administrators bypass its protection rules: turn off "Allow administrators to bypass configured protection rules".`);
    }
    // GitHub matches environment names without regard to case.
    const wanted = policy.environment.toLowerCase();
    const reviews = approvals.filter((a) => a.environments.some((e) => e.name?.toLowerCase() === wanted));
    const rejected = reviews.filter((a) => a.state === 'rejected');
    if (rejected.length > 0) {
        return refuse(`Rejected in environment "${policy.environment}" by ${rejected.map((r) => r.user.login).join(', ')}: a rejection always refuses.`);
    }
    // Without both actors the self-approval rule cannot be applied: refuse rather than skip it.
    const actor = workflowRun.actor?.login;
    const triggeringActor = workflowRun.triggering_actor?.login;
    if (!actor || !triggeringActor) {
        return refuse(`GitHub did not name the ${actor ? 'triggering actor' : 'actor'} of run ${run.runId}, so self-approval cannot be ruled out; refusing. Re-run the workflow, or check that the token can read the run.`);
    }
    const self = new Set([actor.toLowerCase(), triggeringActor.toLowerCase()]);
    const allowed = new Set(policy.approvers.map((a) => a.toLowerCase()));
    const counted = new Map();
    for (const review of reviews.filter((a) => a.state === 'approved')) {
        const login = review.user.login;
        const key = login.toLowerCase();
        const comment = (review.comment ?? '').trim();
        if (counted.has(key))
            continue;
        if (self.has(key) && !policy.allowSelfApproval) {
            check.refusals.push(`${login} approved but started this run; self-approval does not count.`);
        }
        else if (policy.operator && key === policy.operator.toLowerCase()) {
            check.refusals.push(`${login} approved but is the operator launching with this approval; self-approval does not count.`);
        }
        else if (allowed.size > 0 && !allowed.has(key)) {
            check.refusals.push(`${login} approved but is not in the approvers list.`);
        }
        else if (overridePolicy(policy.mode, policy.override).commentRequired && comment === '') {
            check.refusals.push(`${login} approved without a comment; in live mode each approval needs one (the written approval).`);
        }
        else {
            counted.set(key, { login, comment });
        }
    }
    check.approvers = [...counted.values()];
    if (check.approvers.length < policy.requiredApprovals) {
        return refuse(`${check.approvers.length} of ${policy.requiredApprovals} required approval(s) in environment "${policy.environment}"${check.approvers.length > 0 ? ` (from ${check.approvers.map((a) => a.login).join(', ')})` : ''}: ask ${policy.requiredApprovals - check.approvers.length} more distinct reviewer(s) to approve.`);
    }
    // Approvals that did not count are worth knowing even when enough others did.
    return { ...check, granted: true, warnings: [...check.warnings, ...check.refusals], refusals: [] };
}
/** One GET, bounded and retried; any failure or unexpected body throws an ApprovalApiError. */
async function get(client, route, params, schema, options, what) {
    for (let attempt = 0;; attempt++) {
        let data;
        try {
            data = (await client.request(route, {
                ...params,
                request: { signal: AbortSignal.timeout(options.timeoutMs) },
            })).data;
        }
        catch (error) {
            const failure = describeFailure(error, what, options);
            if (failure.retry && attempt < options.retries) {
                await new Promise((r) => setTimeout(r, options.retryDelayMs * 2 ** attempt));
                continue;
            }
            throw new ApprovalApiError(failure.message + (attempt > 0 ? ` (after ${attempt + 1} attempts)` : ''));
        }
        const parsed = schema.safeParse(data);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new ApprovalApiError(`GitHub answered ${what} with an unexpected body (${issue?.path.join('.') || 'root'}: ${issue?.message}); refusing to trust it.`);
        }
        return parsed.data;
    }
}
function describeFailure(error, what, options) {
    const wording = options.wording ?? ACTION_WORDING;
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : undefined;
    const headers = e?.response?.headers ?? {};
    // Octokit reports an aborted request as a 500; the cause tells a timeout apart.
    const cause = error?.cause;
    if ([e?.name, cause?.name].some((n) => n === 'TimeoutError' || n === 'AbortError') ||
        /aborted|timed? ?out/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
        };
    }
    const rateLimited = status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0');
    if (rateLimited) {
        return {
            retry: true,
            message: `GitHub rate-limited the request for ${what} (${status}); try again after the limit resets.`,
        };
    }
    switch (status) {
        case 401:
            return {
                retry: false,
                message: `GitHub rejected the token (401) reading ${what}: check ${wording.token}.`,
            };
        case 403: {
            // GitHub names the permissions the endpoint accepts; quote them when it does.
            const accepted = headers['x-accepted-github-permissions'];
            return {
                retry: false,
                message: `The token may not read ${what} (403): ${wording.readPermission}${accepted ? ` (GitHub accepts: ${accepted})` : ''} and use a token that can read the repository's environments.`,
            };
        }
        case 404:
            return {
                retry: false,
                message: `GitHub found no ${what} (404): check the environment name and that the token can see this repository.`,
            };
    }
    // Octokit reports a request that never reached a server as a 500: say what happened.
    const causes = cause;
    const network = causes?.code ??
        causes?.cause?.code ??
        /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/.exec(e?.message ?? '')?.[1];
    if (network || /fetch failed|bad port/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `Could not reach GitHub for ${what}${network ? ` (${network})` : ''}: check GITHUB_API_URL and the network.`,
        };
    }
    if (status !== undefined && status >= 500) {
        return { retry: true, message: `GitHub failed answering ${what} (${status}).` };
    }
    if (e?.name === 'TimeoutError' ||
        e?.name === 'AbortError' ||
        /aborted|timeout/i.test(e?.message ?? '')) {
        return {
            retry: true,
            message: `GitHub did not answer ${what} within ${options.timeoutMs / 1000} s.`,
        };
    }
    if (status !== undefined) {
        return {
            retry: false,
            message: `GitHub answered ${what} with ${status}: ${e?.message ?? 'error'}.`,
        };
    }
    return {
        retry: true,
        message: `Could not reach GitHub for ${what}: ${e?.message ?? String(error)}.`,
    };
}

;// CONCATENATED MODULE: ./lib/approval/flow.js
// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.



async function authorizeOverride(client, run, policy, followUp, options) {
    const check = await verifyApproval(client, run, policy, options);
    if (!check.granted || followUp === null)
        return { ...check, ticketUrl: null };
    try {
        const ticketUrl = await openFollowUpTicket(client, run, {
            ...followUp,
            approvers: check.approvers,
        });
        return { ...check, ticketUrl };
    }
    catch (error) {
        return {
            ...check,
            granted: false,
            ticketUrl: null,
            refusals: [
                `Approved, but the follow-up ticket asked for (open-ticket) could not be opened, so the override is refused: ${error.message}`,
            ],
        };
    }
}
/** The approval policy of a gate's override request: any reviewer, never the run's own actors. */
function gatePolicy(request) {
    return {
        mode: request.mode,
        environment: request.environment,
        override: request.override,
        requiredApprovals: request.requiredApprovals,
        approvers: [],
        allowSelfApproval: false,
    };
}
/**
 * The verifier both the gate action and the CLI hand to the engine: the approvals of this run
 * (GITHUB_REPOSITORY, GITHUB_RUN_ID) for the gate's approval environment, and the follow-up
 * ticket when open-ticket is set.
 */
async function verifyGateOverride(request, runUrl, env) {
    const { settings } = request;
    const client = await createGitHubClient(settings.githubToken, env);
    return authorizeOverride(client, runRefFromEnv(env), gatePolicy(request), settings.openTicket
        ? {
            mode: request.mode,
            override: request.override,
            failures: request.failures,
            reason: settings.reason,
            ticket: settings.ticket,
            runUrl,
            reportUrl: runUrl,
        }
        : null);
}

// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
;// CONCATENATED MODULE: ./lib/action/io.js
// What an action entry point needs from the runner, as one small interface: inputs, outputs,
// log lines and annotations, the job summary, post-step state. The real one wraps
// @actions/core; tests hand in an in-memory one, so every entry point runs in-process.
/** Sets every output of an action at once: a missing or misspelt name is a compile error. */
function setOutputs(io, outputs) {
    for (const [name, value] of Object.entries(outputs))
        io.setOutput(name, value);
}

// EXTERNAL MODULE: ./lib/artifact/state.js
var state = __webpack_require__(85703);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/report/summary.js
// The job summary: the verdict in the source document's words, the results, what to do next,
// what reviewers are asked to approve, and the run's metadata.







/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run, links) {
    const { banner, outcome, decision } = run;
    const lines = [`## ${banner.title}`, ''];
    for (const line of banner.lines.filter((l) => l.trim() !== ''))
        lines.push(`> ${(0,sanitize/* markdownText */.p7)(line.trim(), 1000)}`);
    lines.push('', `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${report_model/* STATUS_LINE */.qn[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`, '', ...(0,markdown/* resultsTable */.r6)(run), 
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...(0,markdown/* evidenceLines */.p1)(run, '###', false));
    if (outcome.notes.length > 0) {
        lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${(0,sanitize/* markdownCell */.UZ)(n, 4000)}`));
    }
    lines.push(...(0,markdown/* flakyLines */.lw)(run, '###'));
    const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation);
    if (failed.length > 0) {
        lines.push('', '### Remediation', ...failed.map((c) => `- **${(0,sanitize/* markdownCell */.UZ)(c.name)}**: ${(0,sanitize/* markdownCell */.UZ)(c.remediation ?? '', 2000)}`));
    }
    if (decision.verdict === 'approval-required')
        lines.push('', ...summary_approvalRequest(run));
    if (run.approval)
        lines.push('', '### Approval', ...(0,markdown/* approvalLines */.Jg)(run));
    if (banner.nextSteps.length > 0) {
        lines.push('', '### What to do next', ...banner.nextSteps.map((s, i) => `${i + 1}. ${(0,sanitize/* markdownText */.p7)(s, 1000)}`));
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', '<details><summary>Suite output (end)</summary>', '', (0,sanitize/* preformatted */.EC)(outcome.outputTail.slice(-16 * 1024)), '', '</details>');
    }
    if (run.opsLog.length > 0) {
        lines.push('', '### Operational log', '', (0,sanitize/* preformatted */.EC)(run.opsLog.map(opslog/* formatOpsLogEntry */.Gg).join('\n\n')));
    }
    lines.push('', '### Run', `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${(0,sanitize/* markdownCell */.UZ)(run.subset ?? 'unknown')} · duration: ${(0,report_model/* formatDuration */.a3)(outcome.durationMs)}`, `- Suite: ${(0,sanitize/* markdownCell */.UZ)(run.source)}`, `- Operator: ${(0,sanitize/* markdownCell */.UZ)(run.operator)}`, `- Report: ${(0,sanitize/* codeSpan */.SS)(links.reportPath)}`);
    if (run.provenance)
        lines.push(...provenanceLines(run.provenance));
    if (links.artifactUrl)
        lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`);
    for (const report of outcome.suiteReports ?? []) {
        const name = (0,sanitize/* codeSpan */.SS)(external_node_path_.basename(report));
        lines.push(`- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`);
    }
    if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
        lines.push(`- Appended to the command: ${(0,sanitize/* codeSpan */.SS)(outcome.appendedArgs.join(' '))}`);
    }
    if (run.runUrl)
        lines.push(`- Run: ${encodeURI(run.runUrl)}`);
    return lines.join('\n') + '\n';
}
/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p) {
    const value = (v) => (v ? (0,sanitize/* markdownCell */.UZ)(v) : '_unknown_');
    const lines = [
        `- Host: ${value(p.host)} · runner: ${value(p.runnerName)}`,
        `- Commit: ${value(p.sha)} · ref: ${value(p.ref)} · repository: ${value(p.repository)}`,
        `- Workflow: ${value(p.workflow)} · job: ${value(p.job)} · run ${value(p.runId)} attempt ${value(p.runAttempt)}`,
    ];
    if (p.matrix)
        lines.push(`- Matrix: ${value(matrixLabel(p.matrix))}`);
    return lines;
}
/** Exactly what reviewers are asked to approve. */
function summary_approvalRequest(run) {
    const override = run.decision.requestedOverride;
    const lines = ['### Approval requested', ''];
    lines.push(`- Override: \`${override}\` in ${run.mode?.toUpperCase()} mode`);
    if (override === 'force-start') {
        const p1 = run.outcome.checks.filter((c) => c.status === 'failed' && c.level === 'P1');
        if (p1.length === 0)
            lines.push('- Failed P1 checks: the suite exited 2 without per-check results');
        for (const c of p1)
            lines.push(`- Failed P1 check **${(0,sanitize/* markdownCell */.UZ)(c.name)}**: ${(0,sanitize/* markdownCell */.UZ)(c.message)}`);
    }
    lines.push(`- Reason: ${run.reason ? (0,sanitize/* markdownCell */.UZ)(run.reason, 2000) : '_none given_'}`, `- Ticket: ${run.ticket ? (0,sanitize/* markdownCell */.UZ)(run.ticket) : '_none given_'}`, `- Requested by: ${(0,sanitize/* markdownCell */.UZ)(run.operator)}`, `- Approve in environment: ${run.approvalEnvironment ? `\`${(0,sanitize/* markdownCell */.UZ)(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`, `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${run.mode === 'live' ? ', each with a comment' : ''}`);
    return lines;
}
/**
 * Cuts a summary that would pass GitHub's limit: keeps its head (verdict, table start) and
 * points to where the whole report is.
 */
function fitSummary(markdown, links, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const where = links.artifactUrl
        ? `the [report artifact](${encodeURI(links.artifactUrl)})`
        : (0,sanitize/* codeSpan */.SS)(links.reportPath);
    const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`;
    const head = (0,sanitize/* truncateBytes */.QY)(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64);
    // Close an HTML block left open by the cut, so the note renders.
    const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length;
    return head + (open > 0 ? '</code></pre>' : '') + note;
}

;// CONCATENATED MODULE: ./lib/main.js
// The gate action: reads the inputs, runs the engine, then publishes the verdict (log,
// annotations, outputs, job summary) and fails the step on every verdict but `proceed`.
















/** The gate's outputs, as in action.yml. */
const GATE_OUTPUTS = [
    'verdict',
    'status',
    'exit-code',
    'gate-exit-code',
    'override',
    'report-path',
    'report-json-path',
    'junit-path',
    'artifact-id',
    'artifact-url',
    'failed-checks',
];
/** GitHub shows at most 10 annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10;
/** Bounds on what one run puts into outputs and annotations. */
const MAX_FAILED_CHECKS_OUTPUT = 100;
const MAX_ANNOTATION_CHARS = 4000;
function readActionInputs(io, env) {
    const raw = {};
    for (const name of lib_settings/* INPUT_NAMES */.Qh)
        raw[name] = io.getInput(name);
    // Not set at all (no action.yml default applied): the default; set empty: append nothing.
    if (env['INPUT_SUBSET-ARGS'] === undefined)
        delete raw['subset-args'];
    // `mode` is required: an empty value is reported as missing, not as a wrong value.
    if (raw.mode === '')
        delete raw.mode;
    return raw;
}
/** Defaults to the real runner, so tools such as @github/local-action can call `run()`. */
async function run(env = process.env, deps = { io: (0,core_io/* coreIo */.I)(env) }) {
    const { io } = deps;
    let result = null;
    let ending = 'written';
    const raw = readActionInputs(io, env);
    const runUrl = runUrlFromEnv(env);
    const operator = env.GITHUB_ACTOR || external_node_os_.userInfo().username;
    try {
        result = await runGate(raw, {
            operator,
            runUrl,
            env,
            now: deps.now ?? (() => new Date()),
            echo: io.stdout,
            aroundSuiteOutput: (body) => io.group('Smoke suite output', () => (0,sanitize/* withWorkflowCommandsStopped */.rQ)(io.stdout, body)),
            signal: deps.signal,
            publisher: artifactPublisher(io, env, deps, (e) => (ending = e)),
            verifyApproval: deps.verifyApproval ??
                (async (request) => {
                    const check = await verifyGateOverride(request, runUrl, env);
                    if (check.ticketUrl)
                        io.info(`Follow-up ticket: ${check.ticketUrl}`);
                    for (const warning of check.warnings)
                        io.warning(warning);
                    return check;
                }),
        });
        // Announced by the suite inside the stop-commands window: announce them where they count.
        for (const mask of result.masks)
            io.setSecret(mask);
        publish(io, result);
        await commentOnTrackingIssue(io, env, result);
    }
    catch (error) {
        // The gate itself failed before it could decide: fail closed.
        setOutputs(io, {
            ...emptyOutputs(),
            verdict: 'abort',
            status: 'crashed',
            'gate-exit-code': '1',
        });
        const message = `❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED: ${error.message}. The gate could not complete, so the launch is blocked; fix the cause and re-run.`;
        io.setFailed(message);
        // Even a failed gate leaves its abort in the operational log, where it can.
        const entry = (0,opslog/* opsLogEntry */.Bg)({
            mode: raw.mode === 'paper' || raw.mode === 'live' ? raw.mode : null,
            status: 'crashed',
            exitCode: null,
            decision: { verdict: 'abort', gateExitCode: 1 },
            failures: ['preflight gate: error before a verdict'],
            operator,
            approvers: [],
            reason: '',
            ticket: '',
            runUrl,
        }, new Date(), 'GATE_ERROR', error.message);
        await (0,opslog/* appendOpsLog */.$G)(external_node_path_.resolve(raw['report-dir'] || lib_settings/* DEFAULT_REPORT_DIR */.dw), [entry]).catch((logError) => io.warning(`The gate error could not be logged: ${logError.message}`));
    }
    finally {
        // The post step reads this: main finished, so nothing is mislabelled as cancelled.
        (0,state/* saveState */.LZ)(io, 'main-ending', ending);
        await writeSummary(io, result);
    }
}
/** The action's upload policy: on unless turned off, skipped outside Actions, bounded in time. */
function artifactPublisher(io, env, deps, finish) {
    return {
        reserve: (pending) => (0,state/* saveState */.LZ)(io, 'pending-upload', pending),
        upload: async (pending) => {
            if (!pending.uploadArtifact) {
                finish('skipped');
                return { kind: 'skipped', reason: 'upload-artifact is false' };
            }
            if (!(0,artifact_upload/* artifactRuntimeAvailable */.Qf)(env)) {
                io.notice('Report artifact not uploaded: no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset, as outside GitHub Actions).');
                finish('skipped');
                return { kind: 'skipped', reason: 'no artifact service outside GitHub Actions' };
            }
            const upload = deps.uploadArtifact ?? artifact_upload/* uploadReportArtifact */.qw;
            try {
                const artifact = await upload({
                    files: pending.files,
                    rootDirectory: pending.rootDirectory,
                    name: pending.name,
                    retentionDays: pending.retentionDays,
                    timeoutMs: (0,artifact_upload/* uploadTimeoutMs */.n8)(env),
                }, env);
                finish('uploaded');
                return { kind: 'uploaded', name: pending.name, ...artifact };
            }
            catch (error) {
                finish('failed');
                const message = error.message;
                return {
                    kind: 'failed',
                    name: pending.name,
                    error: message,
                    note: (0,artifact_upload/* uploadFailureNote */.Gj)(pending.name, message, pending.mode),
                };
            }
        },
    };
}
/** With ops-log-issue, every entry of this run also goes to the tracking issue. */
async function commentOnTrackingIssue(io, env, { run, settings }) {
    if (!settings?.opsLogIssue || run.opsLog.length === 0)
        return;
    try {
        const client = await createGitHubClient(settings.githubToken, env);
        await commentOpsLog(client, runRefFromEnv(env), settings.opsLogIssue, run.opsLog);
    }
    catch (error) {
        io.warning(`Operational log not posted to issue #${settings.opsLogIssue}: ${error.message} (it is in the report directory and this summary).`);
    }
}
function emptyOutputs() {
    return Object.fromEntries(GATE_OUTPUTS.map((name) => [name, '']));
}
function publish(io, { run, paths }) {
    const { outcome, decision } = run;
    const text = consoleBanner(run.banner, paths.markdown);
    if (run.banner.severity === 'warning')
        io.warning(text, { title: run.banner.title });
    else
        io.info(text);
    annotate(io, run);
    if (run.upload?.kind === 'failed')
        io.warning(run.upload.note);
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    const listed = failed
        .slice(0, MAX_FAILED_CHECKS_OUTPUT)
        .map((c) => ({ name: c.name, level: c.level, message: c.message.slice(0, 500) }));
    if (failed.length > MAX_FAILED_CHECKS_OUTPUT) {
        listed.push({ omitted: failed.length - MAX_FAILED_CHECKS_OUTPUT });
    }
    const outputs = {
        verdict: decision.verdict,
        status: outcome.status,
        'exit-code': outcome.exitCode === null ? '' : String(outcome.exitCode),
        'gate-exit-code': String(decision.gateExitCode),
        override: decision.grantedOverride ?? '',
        'report-path': paths.markdown,
        'report-json-path': paths.json,
        'junit-path': paths.junit,
        'artifact-id': run.upload?.kind === 'uploaded' ? String(run.upload.id) : '',
        'artifact-url': run.upload?.kind === 'uploaded' ? run.upload.url : '',
        'failed-checks': JSON.stringify(listed),
    };
    // The run is redacted already; the outputs the gate sets itself (verdict, status) stay exact.
    setOutputs(io, outputs);
    if (stepFails(decision)) {
        io.setFailed(bounded(`${text}\n${outcome.notes.join('\n')}`.trim()));
    }
}
/** A failed check's own level decides: P0 an error, P1/P2 a warning; at most 10 of each. */
function annotate(io, run) {
    const { outcome, decision } = run;
    const failed = outcome.checks.filter((c) => c.status === 'failed');
    const errors = [];
    const warnings = [];
    for (const check of failed) {
        const line = `${check.level} ${check.name}: ${check.message}${check.remediation ? ` — ${check.remediation}` : ''}`;
        (check.level === 'P0' ? errors : warnings).push(bounded(line, 1000));
    }
    if (failed.length === 0 && outcome.status !== 'passed') {
        const note = [run.banner.title, ...outcome.notes].join(' — ');
        (decision.hardAbort ? errors : warnings).push(bounded(note));
    }
    emitCapped(errors, (m, title) => io.error(m, { title }), 'Preflight: P0');
    emitCapped(warnings, (m, title) => io.warning(m, { title }), 'Preflight: P1 / P2');
}
function emitCapped(messages, emit, title) {
    const shown = messages.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : messages.length;
    for (const m of messages.slice(0, shown))
        emit(m, title);
    if (messages.length > shown) {
        const rest = messages.slice(shown);
        emit(bounded(`${rest.length} more (see the report): ${rest.join(' | ')}`), `${title} (grouped)`);
    }
}
function bounded(text, max = MAX_ANNOTATION_CHARS) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
async function writeSummary(io, result) {
    try {
        let markdown = '## ❌ PREFLIGHT GATE ERROR - LAUNCH ABORTED\n\nThe gate failed before it could decide; see the step log.\n';
        if (result) {
            const upload = result.run.upload;
            const links = result.redactor.redactDeep({
                reportPath: external_node_path_.relative(process.cwd(), result.paths.markdown),
                ...(upload?.kind === 'uploaded' && { artifactUrl: upload.url }),
            });
            markdown = fitSummary(renderSummary(result.run, links), links);
        }
        await io.writeSummary(markdown);
    }
    catch (error) {
        io.warning(`Could not write the job summary: ${error.message}`);
    }
}


/***/ }),

/***/ 67429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GA: () => (/* binding */ isGateFile),
  BL: () => (/* binding */ isReservedReport),
  IU: () => (/* binding */ reportFiles),
  XA: () => (/* binding */ reserveReportPaths),
  Li: () => (/* binding */ writeReports)
});

// UNUSED EXPORTS: reportBaseName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
;// CONCATENATED MODULE: ./lib/report/json.js
// The report's data as JSON, for machines.

function renderJsonReport(run) {
    const { outcome, decision } = run;
    return (JSON.stringify({
        schemaVersion: 1,
        date: run.startedAt.toISOString(),
        mode: run.mode,
        provenance: run.provenance ?? null,
        subset: run.subset,
        suite: run.source,
        status: outcome.status,
        verdict: decision.verdict,
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        gateExitCode: decision.gateExitCode,
        override: decision.grantedOverride,
        requestedOverride: decision.requestedOverride,
        durationMs: Math.round(outcome.durationMs),
        checks: outcome.checks,
        notes: outcome.notes,
        appendedArgs: outcome.appendedArgs ?? [],
        evidenceFiles: outcome.evidenceFiles ?? [],
        suiteReports: (outcome.suiteReports ?? []).map((f) => external_node_path_.basename(f)),
        unmappedChecks: outcome.unmappedChecks ?? [],
        approval: run.approval,
        operator: run.operator,
        runUrl: run.runUrl,
        operationalLog: run.opsLog,
        outputTail: outcome.outputTail,
        outputTruncated: outcome.outputTruncated,
    }, null, 2) + '\n');
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var report_markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/safe-file.js
var safe_file = __webpack_require__(78689);
;// CONCATENATED MODULE: ./lib/report/files.js
// Where a run's report files go, and writing them. Names never collide: the Markdown file is
// reserved with an exclusive create before the suite starts.







const MAX_NAME_ATTEMPTS = 100;
const GATE_SUFFIXES = [
    '.md',
    '.json',
    '.junit.xml',
    '.output.log',
    '.oplog.jsonl',
    // preflight watch keeps its hooks' output next to the report of the run that triggered them
    '.kill-switch.log',
    '.on-p1.log',
];
/** Whether a file in a report directory is the gate's own (a report, its log, a lock, an archive). */
function isGateFile(file) {
    const name = external_node_path_.basename(file);
    if (name === opslog/* OPS_LOG_FILE */.np || name.startsWith('.') || name === 'archive')
        return true;
    const suffix = GATE_SUFFIXES.find((s) => name.endsWith(s));
    if (suffix === undefined)
        return false;
    const markdown = external_node_path_.join(external_node_path_.dirname(file), name.slice(0, -suffix.length) + '.md');
    try {
        // Non-blocking, and only a regular file: a FIFO named like a report must not hang the gate.
        const fd = (0,external_node_fs_.openSync)(markdown, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            if (!(0,external_node_fs_.fstatSync)(fd).isFile())
                return false;
            const head = Buffer.alloc(report_markdown/* GATE_REPORT_MARKER */.U$.length);
            (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            return head.toString('utf8') === report_markdown/* GATE_REPORT_MARKER */.U$;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
/** A gate's Markdown report that is reserved but not written yet: its run is in progress. */
function isReservedReport(markdown) {
    try {
        const info = (0,external_node_fs_.statSync)(markdown);
        return info.isFile() && info.size === report_markdown/* GATE_REPORT_MARKER */.U$.length + 1 && isGateFile(markdown);
    }
    catch {
        return false;
    }
}
/** `SMOKE_TEST_INSTITUTIONAL_20251115_085304` in UTC. */
function reportBaseName(date) {
    const stamp = date
        .toISOString()
        .replace(/\.\d+Z$/, '')
        .replace(/-|:/g, '')
        .replace('T', '_');
    return `SMOKE_TEST_INSTITUTIONAL_${stamp}`;
}
async function reserveReportPaths(reportDir, date) {
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const stem = reportBaseName(date);
    for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
        const base = external_node_path_.join(reportDir, attempt === 1 ? stem : `${stem}_${attempt}`);
        try {
            const handle = await (0,promises_.open)(`${base}.md`, 'wx');
            await handle.writeFile(report_markdown/* GATE_REPORT_MARKER */.U$ + '\n').finally(() => handle.close());
        }
        catch (error) {
            if (error.code === 'EEXIST')
                continue;
            throw error;
        }
        return {
            markdown: `${base}.md`,
            json: `${base}.json`,
            junit: `${base}.junit.xml`,
            outputLog: `${base}.output.log`,
            opsLog: external_node_path_.join(reportDir, opslog/* OPS_LOG_FILE */.np),
            runOpsLog: `${base}.oplog.jsonl`,
        };
    }
    throw new Error(`Could not find a free report name in ${reportDir} after ${MAX_NAME_ATTEMPTS} tries.`);
}
/**
 * Writes every report file of the run; returns what could not be written (each renderer and each
 * file on its own, so one failure leaves the others complete).
 */
async function writeReports(run, paths) {
    const files = [
        [paths.markdown, () => (0,report_markdown/* renderMarkdownReport */._9)(run)],
        [paths.json, () => renderJsonReport(run)],
        // The XML builder loads only here, off the start-up path.
        [paths.junit, async () => (await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(925), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 65470))).renderJunitReport(run)],
        [paths.runOpsLog, () => run.opsLog.map((e) => JSON.stringify(e) + '\n').join('')],
    ];
    const results = await Promise.allSettled(files.map(async ([file, render]) => writeAtomically(file, await render())));
    return results.flatMap((result, i) => result.status === 'rejected'
        ? [`${external_node_path_.basename(files[i]?.[0] ?? '')}: ${result.reason.message}`]
        : []);
}
/**
 * Written under a hidden name, then renamed: another run never sees a report half written (a
 * Markdown report without its marker would pass for a suite's).
 */
async function writeAtomically(file, data) {
    const hidden = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${process.pid}.writing`);
    try {
        await (0,safe_file/* writeRegularFile */.E2)(hidden, data);
        // The name must still be a regular file (or free) before it is replaced.
        const existing = await (0,promises_.lstat)(file).catch(() => null);
        if (existing && !existing.isFile())
            throw new Error(`${file} is not a regular file`);
        await (0,promises_.rename)(hidden, file);
    }
    catch (error) {
        await (0,promises_.rm)(hidden, { force: true });
        throw error;
    }
}
/** The files of one run, as they go into the artifact. */
function reportFiles(paths) {
    return [paths.markdown, paths.json, paths.junit, paths.runOpsLog, paths.outputLog].filter((f) => f !== null);
}


/***/ })

};
