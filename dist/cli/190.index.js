export const id = 190;
export const ids = [190];
export const modules = {

/***/ 66190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSince: () => (/* binding */ parseSince),
  reviewCommand: () => (/* binding */ reviewCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/publish.js
var publish = __webpack_require__(74156);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
;// CONCATENATED MODULE: ./lib/review/read.js
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
const read_text = schemas/* string */.YjP().max(64 * 1024);
const opsLogEntrySchema = schemas/* object */.Ikc({
    timestamp: iso/* datetime */.w$(),
    event: schemas/* string */.YjP().max(100),
    mode: schemas/* enum */.k5n(['paper', 'live']).nullable(),
    status: read_text,
    exitCode: schemas/* number */.aig().int().nullable(),
    gateExitCode: schemas/* number */.aig().int(),
    failures: schemas/* array */.YOg(read_text).max(10_000),
    decision: read_text,
    operator: read_text,
    approvers: schemas/* array */.YOg(schemas/* object */.Ikc({ login: read_text, comment: read_text })).max(1000),
    reason: read_text,
    ticket: read_text,
    runUrl: read_text,
    details: read_text,
});
class EntryCollector {
    seen = new Map();
    result = {
        files: 0,
        comments: 0,
        duplicates: 0,
        unreadable: [],
        unreadableCount: 0,
    };
    add(raw, where) {
        const parsed = opsLogEntrySchema.safeParse(raw);
        if (!parsed.success)
            return this.bad(where);
        // Parsed into the schema's key order, so the same entry has the same key wherever it was.
        const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parsed.data)).digest('base64');
        if (this.seen.has(key))
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
            names = await (0,promises_.readdir)(dir);
        }
        catch (error) {
            if (depth === 0)
                throw new Error(`cannot read the directory ${dir}: ${error.message}`);
            return;
        }
        for (const name of names.sort()) {
            if (++visited > MAX_FILES)
                throw new Error(`more than ${MAX_FILES} files under ${dirs.join(', ')}`);
            const full = external_node_path_.join(dir, name);
            const info = await (0,promises_.lstat)(full);
            if (info.isDirectory() && depth < MAX_DEPTH)
                await walk(full, depth + 1);
            else if (info.isFile() && LOG_FILE.test(name))
                found.push(full);
        }
    };
    for (const dir of dirs)
        await walk(external_node_path_.resolve(dir), 0);
    return found;
}
async function readLogFile(file, into) {
    into.result.files++;
    // readline holds a whole line in memory: a file this large is refused, not read.
    if ((await (0,promises_.stat)(file)).size > MAX_FILE_BYTES)
        return into.bad(`${file} (over 512 MiB, not read)`);
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
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
            into.add(JSON.parse(line), where);
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
        const comments = schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* number */.aig(), body: schemas/* string */.YjP().nullish() }))
            .safeParse(response.data);
        if (!comments.success)
            throw new Error(`issue #${ref.issue}: the comments page ${page} is not a list of comments`);
        for (const comment of comments.data) {
            into.result.comments++;
            for (const match of (comment.body ?? '').matchAll(opslog/* OPS_ENTRY_MARKER */.z2)) {
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
        const issues = schemas/* array */.YOg(schemas/* object */.Ikc({ state: schemas/* string */.YjP(), body: schemas/* string */.YjP().nullish() }))
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

// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
;// CONCATENATED MODULE: ./lib/review/review.js
// The monthly review the source document asks for ("review all override usage, identify
// recurring failures"), pure: from entries to counts, then to Markdown (every value from the log
// escaped, it is untrusted) and JSON.


/** Events of a launch decision (every event but those logged after the launch). */
const GATE_EVENTS = new Set(opslog/* OPS_EVENTS */.Lx.filter((e) => !opslog/* AFTER_LAUNCH_EVENTS */.d1.includes(e)));
const P0_STATUSES = new Set(['p0-failed', 'timeout', 'crashed', 'missing']);
const MODES = ['paper', 'live', 'unknown'];
const TOP_FAILURES = 20;
function buildReview({ read, from, to, followUps }) {
    const lo = from.toISOString();
    const hi = to.toISOString();
    const entries = read.entries.filter((e) => e.timestamp >= lo && e.timestamp <= hi);
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
        default:
            return entry.status;
    }
}
/** The more specific cause names a run's abort. */
function causeRank(cause) {
    return ['override refused', 'cancelled', 'report upload failed'].includes(cause) ? 1 : 0;
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
            ? (0,sanitize/* markdownCell */.UZ)(value)
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
    const s = review.sources;
    const lines = [
        `# Preflight Gate — monthly review`,
        '',
        `Period: ${review.from.slice(0, 10)} to ${review.to.slice(0, 10)} (UTC). ${s.entries} log entries from ${s.files} file(s) and ${s.comments} issue comment(s); ${s.duplicates} duplicate(s) counted once.`,
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
        `## Overrides (${review.overrides.length})`,
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

// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/cli/review.js
// `preflight review`: the monthly review from the operational log wherever it is kept.







const REVIEW_HELP = `Usage: preflight review [--since 30d] [--dir DIR ...] [--issue N --repo OWNER/NAME] [--format md|json] [--out FILE]

The monthly review: every override (mode, kind, operator, approvers and their comments, reason,
ticket, whether its follow-up issue is still open), aborts by cause, the checks that failed most,
P0 failures per week, paper against live.

  --since PERIOD      30d (default), 6w, or a date (2026-11-01)
  --dir DIR           a report directory or unpacked report artifacts, searched recursively
                      (repeatable; default ${settings/* DEFAULT_REPORT_DIR */.dw}); reads operational-log*.jsonl
                      and *.oplog.jsonl, each entry counted once
  --issue N           also read the entries posted to the ops-log issue N (needs --repo and
                      GITHUB_TOKEN with issues: read; GITHUB_API_URL for GitHub Enterprise)
  --repo OWNER/NAME   the repository of --issue and of the follow-up issues
  --format md|json    default md
  --out FILE          write there instead of standard output`;
function parseSince(text, now) {
    const relative = /^(\d{1,5})([dw])$/.exec(text);
    if (relative) {
        const days = Number(relative[1]) * (relative[2] === 'w' ? 7 : 1);
        return new Date(now.getTime() - days * 86_400_000);
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        const date = new Date(`${text}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? null : date;
    }
    return null;
}
async function reviewCommand(args, io) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args,
            options: {
                since: { type: 'string', default: '30d' },
                dir: { type: 'string', multiple: true },
                issue: { type: 'string' },
                repo: { type: 'string' },
                format: { type: 'string', default: 'md' },
                out: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        io.stderr.write(`preflight review: ${error.message}\n\n${REVIEW_HELP}\n`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(REVIEW_HELP + '\n');
        return 0;
    }
    const now = new Date();
    const errors = [];
    const from = parseSince(values.since, now);
    if (!from)
        errors.push(`--since must be like 30d, 6w or 2026-11-01, got "${values.since}"`);
    if (values.format !== 'md' && values.format !== 'json') {
        errors.push(`--format must be md or json, got "${values.format}"`);
    }
    const issue = values.issue === undefined ? null : Number(values.issue);
    if (issue !== null && (!Number.isSafeInteger(issue) || issue < 1)) {
        errors.push(`--issue must be an issue number, got "${values.issue}"`);
    }
    const [owner, repo, ...extra] = (values.repo ?? '').split('/');
    const repoRef = owner && repo && extra.length === 0 ? { owner, repo } : null;
    if (values.repo !== undefined && !repoRef) {
        errors.push(`--repo must be OWNER/NAME, got "${values.repo}"`);
    }
    if (issue !== null && !repoRef)
        errors.push('--issue needs --repo OWNER/NAME');
    if (errors.length > 0 || !from) {
        io.stderr.write(errors.map((e) => `preflight review: ${e}\n`).join(''));
        return 1;
    }
    const collector = new EntryCollector();
    let followUps = null;
    try {
        for (const file of await findLogFiles(values.dir ?? [settings/* DEFAULT_REPORT_DIR */.dw])) {
            await readLogFile(file, collector);
        }
        if (repoRef) {
            const client = await (0,github/* createGitHubClient */.LX)(io.env.GITHUB_TOKEN ?? '', io.env);
            if (issue !== null)
                await readIssueComments(client, { ...repoRef, issue }, collector);
            followUps = await readFollowUps(client, repoRef, publish/* TICKET_LABEL */.iE);
        }
    }
    catch (error) {
        // An incomplete review would undercount overrides: none rather than a wrong one.
        io.stderr.write(`preflight review: ${error.message}\n`);
        return 1;
    }
    const read = collector.done();
    const review = buildReview({ read, from, to: now, followUps });
    const rendered = values.format === 'json' ? renderReviewJson(review) : renderReviewMarkdown(review);
    if (values.out)
        await (0,promises_.writeFile)(values.out, rendered, 'utf8');
    else
        io.stdout.write(rendered);
    if (read.unreadableCount > 0) {
        io.stderr.write(`preflight review: ${read.unreadableCount} line(s) could not be read as log entries (first: ${read.unreadable[0]}); they are listed in the review and not counted.\n`);
    }
    return 0;
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
