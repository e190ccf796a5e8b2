export const id = 619;
export const ids = [619];
export const modules = {

/***/ 33554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ readIssueComments),
/* harmony export */   K1: () => (/* binding */ EntryCollector),
/* harmony export */   PM: () => (/* binding */ findLogFiles),
/* harmony export */   Uq: () => (/* binding */ readFollowUps),
/* harmony export */   jQ: () => (/* binding */ readLogFile),
/* harmony export */   mS: () => (/* binding */ readLogFiles)
/* harmony export */ });
/* unused harmony export opsLogEntrySchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80481);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64377);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22753);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88411);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8609);
// Operational-log entries for the review, from every place they are kept: report directories
// (the running log, rotated months in archive/), unpacked report artifacts (one run's
// `*.oplog.jsonl`), and the ops-log issue's comments (the hidden entry markers). The same entry
// found in several places counts once. Every read is bounded; a line that is not an entry is
// counted and named, never guessed at.









const MAX_DEPTH = 8;
const MAX_FILES = 100_000;
const MAX_LINE_CHARS = 256 * 1024;
const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_COMMENT_PAGES = 200;
const MAX_ISSUE_PAGES = 50;
const LOG_FILE = /^(operational-log(-\d{4}-\d{2}(_\d+)?)?\.jsonl|.+\.oplog\.jsonl)$/;
const text = zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().max(64 * 1024);
const opsLogEntrySchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    timestamp: zod__WEBPACK_IMPORTED_MODULE_9__/* .datetime */ .w$(),
    event: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().max(100),
    mode: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(['paper', 'live']).nullable(),
    status: text,
    exitCode: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int().nullable(),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().int(),
    failures: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(text).max(10_000),
    decision: text,
    operator: text,
    approvers: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ login: text, comment: text })).max(1000),
    reason: text,
    ticket: text,
    // Entries written before the force-start record held them have neither.
    impact: text.default(''),
    mitigation: text.default(''),
    runUrl: text,
    details: text,
});
class EntryCollector {
    seen = new Map();
    /** Entries no chain or record vouches for: counted only where a verified copy exists. */
    doubtful = new Map();
    result = {
        files: 0,
        comments: 0,
        duplicates: 0,
        unreadable: [],
        unreadableCount: 0,
        unverified: [],
        unverifiedCount: 0,
    };
    add(raw, where, verified = true) {
        const parsed = opsLogEntrySchema.safeParse(raw);
        if (!parsed.success)
            return this.bad(where);
        // Parsed into the schema's key order, so the same entry has the same key wherever it was.
        const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parsed.data)).digest('base64');
        if (!verified) {
            if (this.doubtful.has(key) || this.seen.has(key))
                this.result.duplicates++;
            else
                this.doubtful.set(key, where);
        }
        else if (this.seen.has(key))
            this.result.duplicates++;
        else
            this.seen.set(key, parsed.data);
    }
    bad(where) {
        this.result.unreadableCount++;
        if (this.result.unreadable.length < 20)
            this.result.unreadable.push(where);
    }
    done() {
        for (const [key, where] of this.doubtful) {
            if (this.seen.has(key))
                continue;
            this.result.unverifiedCount++;
            if (this.result.unverified.length < 20)
                this.result.unverified.push(where);
        }
        const entries = [...this.seen.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
        return { ...this.result, entries };
    }
}
/** Every log file under the directories, without following links; bounded in depth and count. */
async function findLogFiles(dirs) {
    const found = [];
    let visited = 0;
    const walk = async (dir, depth) => {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
        }
        catch (error) {
            if (depth === 0)
                throw new Error(`cannot read the directory ${dir}: ${error.message}`);
            return;
        }
        for (const name of names.sort()) {
            if (++visited > MAX_FILES)
                throw new Error(`more than ${MAX_FILES} files under ${dirs.join(', ')}`);
            const full = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(full);
            if (info.isDirectory() && depth < MAX_DEPTH)
                await walk(full, depth + 1);
            else if (info.isFile() && LOG_FILE.test(name))
                found.push(full);
        }
    };
    for (const dir of dirs)
        await walk(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir), 0);
    return found;
}
/**
 * Reads the log files found under the directories: a report directory's operational log and its
 * rotated months as one hash chain (entries after a break, or from before the chain existed, are
 * unverified); a run's own copy (`*.oplog.jsonl`) is verified when the gate's record holds it.
 */
async function readLogFiles(files, into) {
    const histories = new Set();
    for (const file of files) {
        const root = historyRoot(file);
        if (root === null) {
            const records = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_6__/* .gateRecords */ ._)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
            const recorded = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_6__/* .notRecorded */ .ok)(records, node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)) === null;
            await readLogFile(file, into, recorded);
        }
        else if (!histories.has(root)) {
            histories.add(root);
            readHistory(root, into);
        }
    }
}
/** The directory whose history a chained log belongs to; null for a run's copy. */
function historyRoot(file) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file);
    if (name === _history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .OPS_LOG_FILE */ .np)
        return node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file);
    if ((0,_history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .isRotatedLog */ .o7)(name) && node_path__WEBPACK_IMPORTED_MODULE_3__.basename(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file)) === _history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVE_DIR */ .L$)
        return node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file));
    return null;
}
function readHistory(dir, into) {
    const chain = (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .readHistoryChain */ .KS)(dir);
    for (const file of chain.unreadable)
        into.bad(file);
    for (const { file, log } of chain.files) {
        into.result.files++;
        for (const line of log.lines) {
            if (line.text.trim() === '')
                continue;
            const where = `${file}:${line.number}`;
            if (line.value === null)
                into.bad(where);
            else
                into.add(line.value, where, line.verified);
        }
    }
}
async function readLogFile(file, into, verified = true) {
    into.result.files++;
    // readline holds a whole line in memory: a file this large is refused, not read.
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size > MAX_FILE_BYTES)
        return into.bad(`${file} (over 512 MiB, not read)`);
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_4__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
        number++;
        if (line.trim() === '')
            continue;
        const where = `${file}:${number}`;
        if (line.length > MAX_LINE_CHARS) {
            into.bad(where);
            continue;
        }
        try {
            into.add(JSON.parse(line), where, verified);
        }
        catch {
            into.bad(where);
        }
    }
}
/** The entries hidden in the ops-log issue's comments, every page. */
async function readIssueComments(client, ref, into) {
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const response = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: ref.owner,
            repo: ref.repo,
            issue_number: ref.issue,
            per_page: 100,
            page,
        });
        const comments = zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig(), body: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().nullish() }))
            .safeParse(response.data);
        if (!comments.success)
            throw new Error(`issue #${ref.issue}: the comments page ${page} is not a list of comments`);
        for (const comment of comments.data) {
            into.result.comments++;
            for (const match of (comment.body ?? '').matchAll(_opslog_js__WEBPACK_IMPORTED_MODULE_7__/* .OPS_ENTRY_MARKER */ .z2)) {
                const where = `issue #${ref.issue} comment ${comment.id}`;
                try {
                    into.add(JSON.parse(Buffer.from(match[1] ?? '', 'base64').toString('utf8')), where);
                }
                catch {
                    into.bad(where);
                }
            }
        }
        if (comments.data.length < 100)
            return;
    }
    throw new Error(`issue #${ref.issue} has more than ${MAX_COMMENT_PAGES * 100} comments`);
}
/** The follow-up issues (label preflight-override) by the run they name, open or closed. */
async function readFollowUps(client, ref, label) {
    const byRun = new Map();
    for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
        const response = await client.request('GET /repos/{owner}/{repo}/issues', {
            owner: ref.owner,
            repo: ref.repo,
            labels: label,
            state: 'all',
            per_page: 100,
            page,
        });
        const issues = zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), body: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().nullish() }))
            .safeParse(response.data);
        if (!issues.success)
            throw new Error(`the follow-up issues page ${page} is not a list of issues`);
        for (const issue of issues.data) {
            const run = /\*\*Run\*\*: (\S+)/.exec(issue.body ?? '')?.[1];
            // An open follow-up for a run wins over a closed duplicate.
            if (run && byRun.get(run) !== 'open')
                byRun.set(run, issue.state === 'open' ? 'open' : 'closed');
        }
        if (issues.data.length < 100)
            return byRun;
    }
    return byRun;
}


/***/ }),

/***/ 35430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ renderReviewMarkdown),
/* harmony export */   Br: () => (/* binding */ buildReview),
/* harmony export */   H_: () => (/* binding */ renderReviewJson)
/* harmony export */ });
/* unused harmony export isoWeek */
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54020);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59814);
// The monthly review the source document asks for (docs/source-document.md, "Maintenance":
// "review all override usage, identify recurring failures"), pure: from entries to counts, then to Markdown (every value from the log
// escaped, it is untrusted) and JSON.



/** Events of a launch decision (every event but those logged after the launch). */
const GATE_EVENTS = new Set(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_EVENTS */ .Lx.filter((e) => !_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_LAUNCH_EVENTS */ .d1.includes(e) && e !== 'AUDIT_COMPLETED'));
const P0_STATUSES = new Set(['p0-failed', 'timeout', 'crashed', 'missing']);
const MODES = ['paper', 'live', 'unknown'];
const TOP_FAILURES = 20;
function buildReview({ read, from, to, followUps }) {
    const lo = from.toISOString();
    const hi = to.toISOString();
    const audits = read.entries.filter((e) => e.event === 'AUDIT_COMPLETED');
    const newestAudit = audits[audits.length - 1];
    const entries = read.entries.filter((e) => e.timestamp >= lo && e.timestamp <= hi && e.event !== 'AUDIT_COMPLETED');
    const byMode = Object.fromEntries(MODES.map((m) => [
        m,
        {
            entries: 0,
            healthCheckFailures: 0,
            overrides: 0,
            aborts: 0,
            killSwitches: 0,
            p1PostLaunch: 0,
        },
    ]));
    const overrides = [];
    const requests = [];
    const refusals = [];
    const cancellations = [];
    const listed = (entry, why) => ({
        timestamp: entry.timestamp,
        mode: entry.mode ?? 'unknown',
        event: entry.event,
        operator: entry.operator,
        why,
        ticket: entry.ticket,
        runUrl: entry.runUrl,
    });
    const failures = new Map();
    const weeks = new Map();
    // One abort per run: a run's entries share its run URL (in Actions) or its timestamp (CLI).
    const abortRuns = new Map();
    for (const entry of entries) {
        const mode = entry.mode ?? 'unknown';
        const counts = byMode[mode];
        counts.entries++;
        const week = () => {
            const key = isoWeek(new Date(entry.timestamp));
            const value = weeks.get(key) ?? { gate: 0, killSwitches: 0 };
            weeks.set(key, value);
            return value;
        };
        if (entry.event === 'HEALTH_CHECK_FAILED' ||
            entry.event === 'KILLSWITCH_ACTIVATED' ||
            entry.event === 'P1_FAILURE_POST_LAUNCH') {
            for (const check of entry.failures) {
                const seen = failures.get(check) ?? { count: 0, lastSeen: entry.timestamp };
                seen.count++;
                seen.lastSeen = entry.timestamp;
                failures.set(check, seen);
            }
        }
        if (entry.event === 'HEALTH_CHECK_FAILED') {
            counts.healthCheckFailures++;
            if (P0_STATUSES.has(entry.status))
                week().gate++;
        }
        if (entry.event === 'KILLSWITCH_ACTIVATED') {
            counts.killSwitches++;
            week().killSwitches++;
        }
        if (entry.event === 'P1_FAILURE_POST_LAUNCH')
            counts.p1PostLaunch++;
        if (entry.event === 'OVERRIDE_FORCE_START' || entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK') {
            counts.overrides++;
            overrides.push({
                timestamp: entry.timestamp,
                mode,
                kind: entry.event === 'OVERRIDE_FORCE_START' ? 'force-start' : 'skip',
                operator: entry.operator,
                approvers: entry.approvers,
                reason: entry.reason,
                ticket: entry.ticket,
                runUrl: entry.runUrl,
                failures: entry.failures,
                followUp: entry.runUrl === ''
                    ? 'no run'
                    : followUps === null
                        ? 'unknown'
                        : (followUps.get(entry.runUrl) ?? 'not found'),
            });
        }
        if (entry.event === 'OVERRIDE_FORCE_START_REQUESTED' ||
            entry.event === 'OVERRIDE_SKIP_HEALTH_CHECK_REQUESTED')
            requests.push(listed(entry, entry.reason || entry.details));
        if (entry.event === 'OVERRIDE_REFUSED')
            refusals.push(listed(entry, entry.details || entry.reason));
        if (entry.event === 'OPERATOR_CANCELLED')
            cancellations.push(listed(entry, entry.details || entry.reason));
        if (GATE_EVENTS.has(entry.event) && entry.decision === 'abort') {
            const run = entry.runUrl || `${entry.timestamp}|${entry.operator}`;
            const cause = abortCause(entry);
            const known = abortRuns.get(run);
            if (!known || causeRank(cause) > causeRank(known.cause))
                abortRuns.set(run, { cause, mode });
        }
    }
    const causes = new Map();
    for (const { cause, mode } of abortRuns.values()) {
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
        byMode[mode].aborts++;
    }
    const { entries: _all, ...sources } = read;
    return {
        from: lo,
        to: hi,
        sources: { ...sources, entries: entries.length },
        overrides,
        requests,
        refusals,
        cancellations,
        aborts: {
            total: abortRuns.size,
            byCause: [...causes]
                .map(([cause, count]) => ({ cause, count }))
                .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
        },
        recurringFailures: [...failures]
            .map(([check, v]) => ({ check, ...v }))
            .sort((a, b) => b.count - a.count || a.check.localeCompare(b.check))
            .slice(0, TOP_FAILURES),
        p0FailuresPerWeek: [...weeks]
            .map(([week, v]) => ({ week, ...v }))
            .sort((a, b) => a.week.localeCompare(b.week)),
        byMode,
        lastAudit: newestAudit
            ? {
                timestamp: newestAudit.timestamp,
                passed: newestAudit.decision === 'proceed',
                details: newestAudit.details,
            }
            : null,
    };
}
function abortCause(entry) {
    switch (entry.event) {
        case 'OVERRIDE_REFUSED':
            return 'override refused';
        case 'REPORT_UPLOAD_FAILED':
            return 'report upload failed';
        case 'GATE_CANCELLED':
            return 'cancelled';
        case 'OPERATOR_CANCELLED':
            return 'operator cancelled';
        case 'GATE_ERROR':
            return 'gate error';
        case 'REPORT_WRITE_FAILED':
            return 'report write failed';
        case 'FILE_COMMANDS_TAMPERED':
            return 'file commands tampered';
        default:
            return entry.status;
    }
}
/** The more specific cause names a run's abort. */
function causeRank(cause) {
    return [
        'override refused',
        'cancelled',
        'operator cancelled',
        'gate error',
        'report write failed',
        'report upload failed',
        'file commands tampered',
    ].includes(cause)
        ? 1
        : 0;
}
/** ISO 8601 week, e.g. 2026-W48. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const weekday = day.getUTCDay() || 7;
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
    const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
    return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
function renderReviewJson(review) {
    return JSON.stringify(review, null, 2) + '\n';
}
function renderReviewMarkdown(review) {
    // Numbers and validated timestamps are printed as they are; every text from the log is escaped.
    const c = (value) => typeof value === 'number'
        ? String(value)
        : typeof value === 'string'
            ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(value)
            : value.trusted;
    const when = (timestamp) => ({
        trusted: timestamp.replace('T', ' ').slice(0, 19),
    });
    const table = (head, rows, empty) => rows.length === 0
        ? [empty]
        : [
            `| ${head.join(' | ')} |`,
            `| ${head.map(() => '---').join(' | ')} |`,
            ...rows.map((r) => `| ${r.map(c).join(' | ')} |`),
        ];
    const eventSection = (title, events, empty) => [
        `## ${title} (${events.length})`,
        '',
        ...table(['when (UTC)', 'mode', 'event', 'who', 'why', 'ticket', 'run'], events.map((e) => [
            when(e.timestamp),
            e.mode,
            e.event,
            e.operator,
            e.why || '(none given)',
            e.ticket || '(none given)',
            e.runUrl,
        ]), empty),
        '',
    ];
    const s = review.sources;
    const lines = [
        `# Preflight Gate — monthly review`,
        '',
        `Period: ${review.from.slice(0, 10)} to ${review.to.slice(0, 10)} (UTC). ${s.entries} log entries from ${s.files} file(s) and ${s.comments} issue comment(s); ${s.duplicates} duplicate(s) counted once.`,
        '',
        review.lastAudit
            ? `Last audit: ${when(review.lastAudit.timestamp).trusted} UTC, ${review.lastAudit.passed ? 'passed' : 'failed'} — ${c(review.lastAudit.details)}`
            : 'Last audit: none recorded; run `preflight audit` (the source document asks for one every quarter).',
        ...(s.unverifiedCount > 0
            ? [
                '',
                `**${s.unverifiedCount} entr${s.unverifiedCount === 1 ? 'y' : 'ies'} could not be verified** and ${s.unverifiedCount === 1 ? 'is' : 'are'} not counted (after a break in the operational log's hash chain, written before the chain existed, or in a run's copy the gate's record does not hold): ${s.unverified.map(c).join(', ')}${s.unverifiedCount > s.unverified.length ? ', …' : ''}`,
            ]
            : []),
        ...(s.unreadableCount > 0
            ? [
                '',
                `**${s.unreadableCount} line(s) or comment(s) could not be read as entries** and are not counted: ${s.unreadable.map(c).join(', ')}${s.unreadableCount > s.unreadable.length ? ', …' : ''}`,
            ]
            : []),
        '',
        '## Paper and live',
        '',
        ...table([
            'mode',
            'entries',
            'health-check failures',
            'overrides',
            'aborted runs',
            'kill switches',
            'P1 after launch',
        ], ['paper', 'live', 'unknown']
            .filter((m) => m !== 'unknown' || review.byMode.unknown.entries > 0)
            .map((m) => {
            const v = review.byMode[m];
            return [
                m,
                v.entries,
                v.healthCheckFailures,
                v.overrides,
                v.aborts,
                v.killSwitches,
                v.p1PostLaunch,
            ];
        }), ''),
        '',
        `## Overrides granted (${review.overrides.length})`,
        '',
        ...table([
            'when (UTC)',
            'mode',
            'kind',
            'operator',
            'approved by',
            'reason',
            'ticket',
            'failed checks',
            'follow-up issue',
            'run',
        ], review.overrides.map((o) => [
            when(o.timestamp),
            o.mode,
            o.kind,
            o.operator,
            o.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '),
            o.reason || '(none given)',
            o.ticket || '(none given)',
            o.failures.join(', '),
            o.followUp,
            o.runUrl,
        ]), 'No override was used.'),
        '',
        ...eventSection('Override requests', review.requests, 'No override was requested.'),
        ...eventSection('Override refusals', review.refusals, 'No override was refused.'),
        ...eventSection('Operator cancellations', review.cancellations, 'No operator cancelled a launch.'),
        `## Aborts by cause (${review.aborts.total} runs)`,
        '',
        ...table(['cause', 'runs'], review.aborts.byCause.map((a) => [a.cause, a.count]), 'No run was aborted.'),
        '',
        '## Recurring failures',
        '',
        ...table(['check', 'failures', 'last seen (UTC)'], review.recurringFailures.map((f) => [f.check, f.count, when(f.lastSeen)]), 'No check failed.'),
        '',
        '## P0 failures per week',
        '',
        ...table(['week', 'at the gate', 'kill switches after launch'], review.p0FailuresPerWeek.map((w) => [{ trusted: w.week }, w.gate, w.killSwitches]), 'No P0 failure.'),
        '',
    ];
    return lines.join('\n');
}


/***/ })

};
