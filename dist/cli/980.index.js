export const id = 980;
export const ids = [980];
export const modules = {

/***/ 60980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AGGREGATE_HELP: () => (/* binding */ AGGREGATE_HELP),
  DEFAULT_MAX_AGE_HOURS: () => (/* binding */ DEFAULT_MAX_AGE_HOURS),
  aggregateCommand: () => (/* binding */ aggregateCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/approval/approval-run.js
var approval_run = __webpack_require__(14908);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
;// CONCATENATED MODULE: ./lib/fleet/rederive.js
// A report is evidence, not a verdict: every consumer (aggregate, require) re-decides it from its
// per-check results with the gate's own table. A claim may only make the outcome worse (a live
// upload failure turns proceed into abort); a claim better than the checks allow, or one that
// contradicts them, makes the report inconsistent, and an inconsistent report is refused. Pure.


const VERDICT_RANK = { abort: 0, 'approval-required': 1, proceed: 2 };
function rederive(claims) {
    const inconsistent = (why) => ({
        consistent: false,
        inconsistency: `inconsistent report: ${why}`,
    });
    const mode = claims.mode ?? 'live';
    const status = statusOfEvidence(claims);
    if (typeof status === 'string' && status.startsWith('!'))
        return inconsistent(status.slice(1));
    const evidenceStatus = status;
    const rederived = (0,lib_decision/* decide */.LD)({
        mode,
        status: evidenceStatus,
        forceStart: claims.requestedOverride === 'force-start',
        // Only the report says an approval was verified; require checks it again through the API.
        approvalVerified: claims.override !== null && claims.override === claims.requestedOverride,
    });
    if (claims.requestedOverride !== rederived.requestedOverride)
        return inconsistent(`it says ${claims.requestedOverride ?? 'no override'} was requested, which status ${evidenceStatus} cannot ask for`);
    if (claims.override !== null && claims.override !== claims.requestedOverride)
        return inconsistent(`it says ${claims.override} was granted without being requested`);
    if (VERDICT_RANK[claims.verdict] > VERDICT_RANK[rederived.verdict])
        return inconsistent(`it says ${claims.verdict} where its checks (status ${evidenceStatus}) give ${rederived.verdict}`);
    if (claims.verdict === rederived.verdict && claims.gateExitCode !== rederived.gateExitCode)
        return inconsistent(`it says gate exit code ${claims.gateExitCode} where the table gives ${rederived.gateExitCode} for ${evidenceStatus}`);
    if (claims.override !== null && claims.verdict !== 'proceed')
        return inconsistent(`it says ${claims.override} was granted but the verdict is ${claims.verdict}`);
    // A worse claim stands (the gate knew of a fact the checks do not show, e.g. a lost upload).
    const decision = claims.verdict === rederived.verdict
        ? rederived
        : {
            ...rederived,
            verdict: claims.verdict,
            gateExitCode: claims.gateExitCode,
            grantedOverride: null,
            hardAbort: rederived.hardAbort || claims.gateExitCode === 1,
            reasons: [`the report says ${claims.verdict}`, ...rederived.reasons],
        };
    return { consistent: true, status: evidenceStatus, decision };
}
/** The status the checks (or, without any, the exit code) allow; `!why` when the claim contradicts them. */
function statusOfEvidence(claims) {
    const claimed = claims.status;
    // A hard abort is always worse than any check; no check can contradict it.
    if (!(0,model/* isExitStatus */.xj)(claimed) && claimed !== 'skipped')
        return claimed;
    // A skipped P0 check gave no assurance: it counts as failed, as in the gate.
    const counted = claims.checks.map((c) => c.level === 'P0' && c.status === 'skipped' ? { ...c, status: 'failed' } : c);
    const executed = claims.onlyFailed
        ? counted.length > 0
        : counted.some((c) => c.status !== 'skipped');
    if (claimed === 'skipped') {
        return executed ? `!it says skipped but lists executed checks` : 'skipped';
    }
    if (!executed) {
        if (!claims.onlyFailed && claims.checks.length > 0)
            return `!it says ${claimed} but none of its ${claims.checks.length} checks ran`;
        // No per-check results: the verdict rests on the suite's exit code, which must agree.
        // (A fleet leg without failed checks may still claim a failure: worse is allowed.)
        if (claims.exitCode !== null && model/* EXIT_CODE_STATUS */.S1[claims.exitCode] !== claimed)
            return `!it says ${claimed} but the suite exited ${claims.exitCode}`;
        return claimed;
    }
    const fromChecks = (0,model/* statusFromChecks */.Sp)(counted);
    if (fromChecks !== claimed) {
        const failed = counted
            .filter((c) => c.status === 'failed')
            .slice(0, 3)
            .map((c) => `${c.name} (${c.level})`);
        return `!it says ${claimed} but its checks give ${fromChecks}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`;
    }
    return fromChecks;
}

;// CONCATENATED MODULE: ./lib/fleet/decision.js
// One verdict for a fleet: each leg (one host's gate run) is admitted only when its report was
// written for this commit, run and mode, re-decided from its checks with the gate's own table
// (fleet/rederive.ts; an inconsistent report is refused), and
// the fleet proceeds only when every expected leg reported and every leg may proceed. Pure: no
// @actions/* import, no I/O.




const FLEET_STATUSES = [
    'passed',
    'p2-warned',
    'skipped',
    'p1-failed',
    'incomplete',
    'p0-failed',
    'invalid',
    'missing',
    'timeout',
    'crashed',
];
const SEVERITY = Object.fromEntries(FLEET_STATUSES.map((s, i) => [s, i]));
const LISTED = 10;
const CLOCK_SKEW_MS = 60_000;
const MAX_KEPT_CHARS = 1000;
function decideFleet(expectation, expected, evidence, words = model/* ACTION_WORDS */.dC) {
    const refused = [];
    const admitted = [];
    for (const item of evidence) {
        const refusal = item.report ? refusalOf(item.report, expectation) : null;
        const rederived = item.report && !refusal ? rederive(item.report) : null;
        if (!item.report || refusal || !rederived?.consistent) {
            refused.push({
                source: item.source,
                url: item.url,
                reason: refusal ??
                    (rederived && !rederived.consistent ? rederived.inconsistency : null) ??
                    item.error ??
                    'unreadable',
            });
        }
        else {
            admitted.push(legOf(item, item.report, rederived.decision));
        }
    }
    const reasons = [];
    const repositories = sameValue('repository', expectation.repository, admitted, refused);
    if (repositories.reason)
        reasons.push(repositories.reason);
    const commits = sameValue('commit', expectation.sha, repositories.legs, refused);
    if (commits.reason)
        reasons.push(commits.reason);
    const { legs, superseded } = newestAttempts(commits.legs);
    legs.sort(worstFirst);
    const unreported = (expectation.legs ?? []).filter((name) => !legs.some((l) => l.leg === name));
    if (unreported.length > 0)
        reasons.push(`Named legs with no report: ${list(unreported.map((n) => `"${n}"`))}.`);
    const blocking = legs.filter((l) => l.blocking);
    const missing = Math.max(0, expected - legs.length);
    const extra = Math.max(0, legs.length - expected);
    const incomplete = missing > 0 || extra > 0 || refused.length > 0 || legs.length === 0 || unreported.length > 0;
    if (legs.length === 0)
        reasons.push('No leg reported: there is nothing to decide on.');
    else if (missing > 0)
        reasons.push(`${legs.length} of ${expected} legs reported; ${missing} missing. A leg without a report is a leg that was not checked.`);
    if (extra > 0)
        reasons.push(`${legs.length} legs reported but ${expected} were expected: set ${words.input('expected')} to the number of legs.`);
    if (refused.length > 0)
        reasons.push(`${refused.length} report(s) refused: ${list(refused.map((r) => `${r.source} (${r.reason})`))}.`);
    for (const leg of blocking)
        reasons.push(`${leg.label}: ${leg.reason}`);
    let status = incomplete ? 'incomplete' : 'passed';
    for (const leg of legs)
        if (SEVERITY[leg.status] > SEVERITY[status])
            status = leg.status;
    const standing = {
        mode: expectation.mode,
        incomplete,
        blockingLegs: blocking.length,
        hardAbort: blocking.some((l) => l.hardAbort),
        skipWaiting: blocking.some((l) => l.status === 'skipped'),
        allPassed: legs.every((l) => l.status === 'passed'),
    };
    const { verdict, gateExitCode, rule } = (0,lib_decision/* decideFleetVerdict */.gL)(standing);
    if (verdict === 'proceed') {
        for (const leg of legs.filter((l) => l.status !== 'passed')) {
            reasons.push(`${leg.label}: ${leg.reason}`);
        }
    }
    return {
        verdict,
        status,
        gateExitCode,
        rule,
        standing,
        mode: expectation.mode,
        expected,
        legs,
        refused,
        superseded,
        reasons,
        nextSteps: nextSteps(verdict, blocking, missing, extra, refused, words),
    };
}
/** The fleet decided again with a fact learned after it (its report could not be uploaded). */
function withFleetFacts(decision, facts) {
    const standing = { ...decision.standing, facts: [...(decision.standing.facts ?? []), ...facts] };
    const { verdict, gateExitCode, rule, reasons } = decideFleetVerdict(standing);
    // The facts' reasons: the table's own are not among the fleet's reasons.
    const known = new Set(decideFleetVerdict(decision.standing).reasons);
    const added = reasons.filter((r) => !known.has(r));
    return {
        ...decision,
        verdict,
        gateExitCode,
        rule,
        standing,
        reasons: [...added, ...decision.reasons],
    };
}
/** Why a report cannot count for this fleet, or null when it can. */
function refusalOf(report, expectation) {
    const p = report.provenance;
    if (report.mode !== expectation.mode || (p.mode !== null && p.mode !== expectation.mode))
        return `written for ${report.mode ?? 'an unknown'} mode, not ${expectation.mode}`;
    if (expectation.repository !== null &&
        p.repository.toLowerCase() !== expectation.repository.toLowerCase())
        return `written for repository "${p.repository || '(none)'}", not "${expectation.repository}"`;
    if (expectation.sha !== null && p.sha !== expectation.sha)
        return `written for commit ${decision_short(p.sha)}, not ${decision_short(expectation.sha)}`;
    if (expectation.legs && !expectation.legs.includes(p.leg ?? ''))
        return `written for ${p.leg ? `leg "${p.leg}"` : 'no named leg'}, not one of the legs named (${expectation.legs.map((l) => `"${l}"`).join(', ')})`;
    if (expectation.runId !== null && p.runId !== expectation.runId)
        return `written in run ${p.runId || '(none)'}, not this run ${expectation.runId}`;
    if (expectation.runAttempt !== null && (Number(p.runAttempt) || 0) > expectation.runAttempt)
        return `written in attempt ${p.runAttempt}, later than this attempt ${expectation.runAttempt}: not evidence of this run`;
    const written = Date.parse(report.date);
    if (expectation.notBefore !== null && written < expectation.notBefore.getTime())
        return `written ${report.date}, before ${expectation.notBefore.toISOString()}: too old to launch on`;
    if (expectation.now !== null && written > expectation.now.getTime() + CLOCK_SKEW_MS)
        return `dated ${report.date}, in the future`;
    return null;
}
/**
 * Without an expected commit or repository (local reports), every leg must agree on one: the
 * legs that differ from most are refused.
 */
function sameValue(what, expected, admitted, refused) {
    if (expected !== null)
        return { legs: admitted, reason: null };
    const valueOf = (leg) => (what === 'commit' ? leg.sha : leg.repository.toLowerCase());
    const shown = (value) => (what === 'commit' ? decision_short(value) : value || '(none)');
    const counts = new Map();
    for (const leg of admitted)
        counts.set(valueOf(leg), (counts.get(valueOf(leg)) ?? 0) + 1);
    if (counts.size <= 1)
        return { legs: admitted, reason: null };
    const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    for (const leg of admitted.filter((l) => valueOf(l) !== majority)) {
        refused.push({
            source: leg.source,
            url: leg.url,
            reason: `checked ${what} ${shown(valueOf(leg))}, while most legs checked ${shown(majority)}`,
        });
    }
    return {
        legs: admitted.filter((l) => valueOf(l) === majority),
        reason: `The legs checked different ${what === 'commit' ? 'commits' : 'repositories'} (${list([...counts.keys()].map(shown))}); pass the ${what} to check with ${what === 'commit' ? '--sha' : '--repo'}.`,
    };
}
function legOf(item, report, decision) {
    const p = report.provenance;
    const { verdict } = decision;
    const override = verdict === 'proceed' ? decision.grantedOverride : null;
    const failed = report.checks.filter((c) => c.status === 'failed');
    const failures = failed.length
        ? `failed: ${list(failed.map((c) => `${c.name} (${c.level})`))}`
        : `the suite ended ${report.status}`;
    const reason = verdict === 'proceed'
        ? override
            ? `proceeds with an approved ${override} on this leg only (${failures}).`
            : report.status === 'passed'
                ? 'all checks passed.'
                : `proceeds with warnings (${failures}).`
        : verdict === 'approval-required'
            ? `${report.requestedOverride} requested but not approved on this leg (${failures}).`
            : `aborted: ${report.status} (${failures}).`;
    const matrix = p.matrix;
    const leg = p.leg ?? '';
    return {
        label: leg
            ? `${leg} (${p.host || 'unknown host'})`
            : matrix
                ? `${p.host || '(unknown host)'} [${(0,provenance/* matrixLabel */.Uy)(matrix)}]`
                : p.host || item.source,
        key: leg
            ? `leg=${leg}`
            : `${p.job}\n${matrix ? stableJson(matrix) : `host=${p.host}\nrunner=${p.runnerName}`}`,
        sameLegBecause: leg
            ? `both are named leg "${leg}"`
            : matrix
                ? `both ran job "${p.job}" with matrix ${(0,provenance/* matrixLabel */.Uy)(matrix)}`
                : `both ran on host "${p.host}", runner "${p.runnerName || '(none)'}"${p.job ? `, job "${p.job}"` : ''}; name each leg with --leg (or PREFLIGHT_LEG) when they are different legs`,
        leg,
        runId: p.runId,
        host: p.host,
        runnerName: p.runnerName,
        job: p.job,
        matrix,
        runAttempt: p.runAttempt,
        sha: p.sha,
        repository: p.repository,
        source: item.source,
        url: item.url,
        status: report.status,
        verdict,
        override,
        blocking: verdict !== 'proceed',
        hardAbort: decision.hardAbort,
        reason,
        // Kept per leg for the matrix and the fleet report: bounded, however many legs there are.
        checks: report.checks.map((c) => ({
            name: c.name.slice(0, MAX_KEPT_CHARS),
            level: c.level,
            status: c.status,
            message: c.message.slice(0, MAX_KEPT_CHARS),
        })),
    };
}
/** A re-run replaces a leg's report: per leg, only its newest attempt counts. */
function newestAttempts(legs) {
    const newest = new Map();
    const superseded = [];
    for (const leg of legs) {
        const other = newest.get(leg.key);
        if (!other) {
            newest.set(leg.key, leg);
            continue;
        }
        const [keep, drop] = Number(leg.runAttempt) > Number(other.runAttempt) ? [leg, other] : [other, leg];
        if (keep.runAttempt === drop.runAttempt) {
            // Two reports for one leg in one attempt: keep the worse, never pick the convenient one.
            const [worse, better] = worstFirst(leg, other) <= 0 ? [leg, other] : [other, leg];
            newest.set(leg.key, worse);
            superseded.push({
                source: better.source,
                url: better.url,
                reason: `a second report of leg ${worse.label}${worse.runId !== better.runId ? ` (runs ${worse.runId || '(none)'} and ${better.runId || '(none)'})` : ` in attempt ${worse.runAttempt || '(none)'}`}: ${worse.sameLegBecause}; the worse one counts`,
            });
            continue;
        }
        newest.set(leg.key, keep);
        superseded.push({
            source: drop.source,
            url: drop.url,
            reason: `attempt ${drop.runAttempt} of ${keep.label}, replaced by attempt ${keep.runAttempt}`,
        });
    }
    return { legs: [...newest.values()], superseded };
}
function worstFirst(a, b) {
    return (Number(b.blocking) - Number(a.blocking) ||
        Number(b.hardAbort) - Number(a.hardAbort) ||
        SEVERITY[b.status] - SEVERITY[a.status] ||
        Number(a.override === null) - Number(b.override === null) ||
        a.label.localeCompare(b.label));
}
function nextSteps(verdict, blocking, missing, extra, refused, words) {
    if (verdict === 'proceed')
        return ['Deploy each host with a job that starts with the `require` action.'];
    const steps = [];
    const hard = blocking.filter((l) => l.hardAbort);
    if (hard.length > 0)
        steps.push(`Fix ${list(hard.map((l) => l.label))} (a P0 failure or a hard abort: no override applies), then re-run the failed jobs.`);
    const approvable = blocking.filter((l) => !l.hardAbort && l.status !== 'skipped');
    if (approvable.length > 0)
        steps.push(`Fix the P1 failures on ${list(approvable.map((l) => l.label))}, or have a reviewer approve a force-start for each of those legs (an approval counts only for its own leg).`);
    const skipped = blocking.filter((l) => !l.hardAbort && l.status === 'skipped');
    if (skipped.length > 0)
        steps.push(`Run the checks on ${list(skipped.map((l) => l.label))}, or have a reviewer approve the skip for each of those legs (an approval counts only for its own leg).`);
    if (missing > 0)
        steps.push(`Find the ${missing} leg(s) that uploaded no report: a failed or cancelled matrix job, an artifact name outside the pattern, or a wrong ${words.input('expected')}.`);
    if (extra > 0)
        steps.push(`Set ${words.input('expected')} to the number of legs.`);
    if (refused.length > 0)
        steps.push('Re-run the legs whose reports were refused, at this commit and in this mode, in this run.');
    return steps;
}
function decision_short(sha) {
    return sha ? sha.slice(0, 12) : '(none)';
}
function list(items) {
    const shown = items.slice(0, LISTED).join(', ');
    return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
/** JSON with sorted keys, so the same matrix values always make the same leg key. */
function stableJson(value) {
    return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./lib/report/json-schema.js
// The gate's JSON report (rendered by json.ts) as a zod schema: what `aggregate` and `require`
// accept from another job's artifact. Fields added later by newer gates are ignored; a report
// without provenance (an older gate) or with a value out of range is refused.



/** A gate report is tens of KiB; far larger is not a report this gate wrote. */
const REPORT_LIMIT_BYTES = 8 * 1024 * 1024;
const json_schema_text = (max) => schemas/* string */.YjP().max(max);
const checkResultSchema = schemas/* object */.Ikc({
    name: json_schema_text(1000),
    level: schemas/* enum */.k5n(model/* LEVELS */.A_),
    status: schemas/* enum */.k5n(['passed', 'failed', 'skipped']),
    durationMs: schemas/* number */.aig().nonnegative(),
    message: json_schema_text(64 * 1024),
    remediation: json_schema_text(64 * 1024).optional(),
});
const gateReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(1),
    date: iso/* datetime */.w$(),
    mode: schemas/* enum */.k5n(model/* MODES */.FN).nullable(),
    provenance: provenance/* provenanceSchema */.j9,
    status: schemas/* enum */.k5n(model/* STATUSES */.f),
    verdict: schemas/* enum */.k5n(model/* VERDICTS */.bk),
    exitCode: schemas/* number */.aig().int().nullable(),
    gateExitCode: schemas/* number */.aig().int().min(0).max(3),
    override: schemas/* enum */.k5n(model/* OVERRIDES */.u3).nullable(),
    requestedOverride: schemas/* enum */.k5n(model/* OVERRIDES */.u3).nullable(),
    durationMs: schemas/* number */.aig().nonnegative(),
    checks: schemas/* array */.YOg(checkResultSchema).max(100_000),
    notes: schemas/* array */.YOg(json_schema_text(64 * 1024)).max(10_000),
    runUrl: json_schema_text(2000),
    /** Where a granted override was approved: a consumer verifies it there again. */
    approval: schemas/* object */.Ikc({ environment: json_schema_text(255) })
        .nullable()
        .optional(),
});
/** Parses a report's text; the error names the first fields that do not fit. */
function parseGateReport(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        return { ok: false, error: `not JSON (${error.message})` };
    }
    const parsed = gateReportSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    return { ok: false, error: describeIssues(parsed.error.issues) };
}
function describeIssues(issues) {
    const shown = issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
    return `not a gate report of this version (${shown}${issues.length > 3 ? '; …' : ''})`;
}

// EXTERNAL MODULE: ./lib/history/record.js
var record = __webpack_require__(88411);
;// CONCATENATED MODULE: ./lib/fleet/files.js
// Reading gate reports from disk (a downloaded artifact, or files the CLI is pointed at).
// Nothing in them is trusted: only regular files, bounded in size, schema-checked.




/** The gate's JSON report: SMOKE_TEST_INSTITUTIONAL_<yyyymmdd>_<hhmmss>[_n].json */
const GATE_REPORT = /^SMOKE_TEST_INSTITUTIONAL_(\d{8}_\d{6})(?:_(\d+))?\.json$/;
/** Reads a file only when it is a regular file within the limit (no FIFO, device or link). */
async function readBoundedFile(file, limitBytes) {
    const info = await (0,promises_.lstat)(file);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file`);
    if (info.size > limitBytes)
        throw new Error(`${file} is ${info.size} bytes, more than the ${limitBytes} a report may have`);
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(info.size, limitBytes) + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > limitBytes)
            throw new Error(`${file} grew past ${limitBytes} bytes`);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The gate's JSON reports in a directory, newest first: only those the gate recorded in the
 * directory's operational log (an unbroken hash chain) whose SHA-256 still matches. A suite can
 * write files named like a report, with the gate's marker line, into the same directory: neither
 * a newer name nor a marker makes a file the gate's.
 */
function gateReportsIn(dir) {
    const records = (0,record/* gateRecords */._)(dir);
    const named = [...records.files.keys()]
        .map((name) => ({ name, match: GATE_REPORT.exec(name) }))
        .filter((e) => e.match !== null);
    const intact = named.filter((e) => (0,record/* notRecorded */.ok)(records, dir, e.name) === null);
    const reports = intact
        .sort((a, b) => (b.match[1] ?? '').localeCompare(a.match[1] ?? '') ||
        Number(b.match[2] ?? 1) - Number(a.match[2] ?? 1))
        .map((e) => external_node_path_.join(dir, e.name));
    const changed = named
        .filter((e) => !intact.includes(e))
        .map((e) => (0,record/* notRecorded */.ok)(records, dir, e.name));
    const why = [
        ...(records.problems.length > 0
            ? [`its operational log does not verify (${records.problems[0]})`]
            : []),
        ...changed.slice(0, 3),
    ].join('; ');
    return { reports, why };
}
/** One leg's evidence from a file, or from the newest gate report in a directory. */
async function legFromPath(target, url = '') {
    try {
        const info = await (0,promises_.lstat)(target);
        let file = target;
        if (info.isDirectory()) {
            const { reports, why } = gateReportsIn(target);
            const newest = reports[0];
            if (!newest)
                return {
                    source: target,
                    url,
                    report: null,
                    error: `no gate report (SMOKE_TEST_INSTITUTIONAL_*.json) recorded in its operational log${why ? `: ${why}` : ''}`,
                };
            file = newest;
        }
        const parsed = parseGateReport(await readBoundedFile(file, REPORT_LIMIT_BYTES));
        return parsed.ok
            ? { source: file, url, report: parsed.report }
            : { source: file, url, report: null, error: parsed.error };
    }
    catch (error) {
        return { source: target, url, report: null, error: error.message };
    }
}

// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/messages.js
var messages = __webpack_require__(26916);
;// CONCATENATED MODULE: ./lib/report/summary.js
// The job summary: the verdict in the source document's words (docs/source-document.md), the
// results, what to do next, what reviewers are asked to approve, and the run's metadata.









/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const summary_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 16 * 1024));
function renderSummary(run, links) {
    const { outcome, decision } = run;
    // The job summary is the action's: its words.
    const banner = runBanner(run, ACTION_WORDS);
    const lines = [`## ${banner.title}`, ''];
    for (const line of banner.lines.filter((l) => l.trim() !== ''))
        lines.push(`> ${markdownText(line.trim(), 1000)}`);
    lines.push('', `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${STATUS_LINE[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`, '', ...resultsTable(run), 
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...evidenceLines(run, '###', false));
    if (outcome.notes.length > 0) {
        lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${markdownCell(n, 4000)}`));
    }
    lines.push(...flakyLines(run, '###'));
    const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation);
    if (failed.length > 0) {
        lines.push('', '### Remediation', ...failed.map((c) => `- **${markdownCell(c.name)}**: ${markdownCell(c.remediation ?? '', 2000)}`));
    }
    if (decision.verdict === 'approval-required')
        lines.push('', ...approvalRequest(run));
    if (run.approval)
        lines.push('', '### Approval', ...approvalLines(run));
    lines.push(...isolationLines(run, '###'));
    if (banner.nextSteps.length > 0) {
        lines.push('', '### What to do next', ...banner.nextSteps.map((s, i) => `${i + 1}. ${markdownText(s, 1000)}`));
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', '<details><summary>Suite output (end)</summary>', '', preformatted(outcome.outputTail.slice(-16 * 1024)), '', '</details>');
    }
    if (run.opsLog.length > 0) {
        lines.push('', '### Operational log', '', preformatted(run.opsLog.map(formatOpsLogEntry).join('\n\n')));
    }
    lines.push('', '### Run', `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${markdownCell(run.subset ?? 'unknown')} · duration: ${formatDuration(outcome.durationMs)}`, `- Suite: ${markdownCell(run.source)}`, `- Operator: ${markdownCell(run.operator)}`, `- Report: ${codeSpan(links.reportPath)}`);
    if (run.provenance)
        lines.push(...provenanceLines(run.provenance));
    if (links.artifactUrl)
        lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`);
    for (const report of outcome.suiteReports ?? []) {
        const name = codeSpan(path.basename(report));
        lines.push(`- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`);
    }
    if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
        lines.push(`- Appended to the command: ${codeSpan(outcome.appendedArgs.join(' '))}`);
    }
    if (run.runUrl)
        lines.push(`- Run: ${encodeURI(run.runUrl)}`);
    return lines.join('\n') + '\n';
}
/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p) {
    const value = (v) => (v ? markdownCell(v) : '_unknown_');
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
function approvalRequest(run) {
    const override = run.decision.requestedOverride;
    const lines = ['### Approval requested', ''];
    lines.push(`- Override: \`${override}\` in ${run.mode?.toUpperCase()} mode`);
    if (override === 'force-start') {
        const p1 = run.outcome.checks.filter((c) => c.status === 'failed' && c.level === 'P1');
        if (p1.length === 0)
            lines.push('- Failed P1 checks: the suite exited 2 without per-check results');
        for (const c of p1)
            lines.push(`- Failed P1 check **${markdownCell(c.name)}**: ${markdownCell(c.message)}`);
    }
    lines.push(`- Reason: ${run.reason ? markdownCell(run.reason, 2000) : '_none given_'}`, `- Ticket: ${run.ticket ? markdownCell(run.ticket) : '_none given_'}`, ...(override === 'force-start'
        ? [
            `- Expected impact: ${run.impact ? markdownCell(run.impact, 2000) : '_none given_'}`,
            `- Mitigation plan: ${run.mitigation ? markdownCell(run.mitigation, 2000) : '_none given_'}`,
        ]
        : []), `- Requested by: ${markdownCell(run.operator)}`, `- Approve in environment: ${run.approvalEnvironment ? `\`${markdownCell(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`, `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${override && commentRequired(modeOrStrictest(run.mode), override) ? ', each with a comment' : ''}`);
    return lines;
}
/**
 * Cuts a summary that would pass GitHub's limit: keeps its head (verdict, table start) and
 * points to where the whole report is.
 */
function fitSummary(markdown, links, limitBytes = summary_SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const where = links.artifactUrl
        ? `the [report artifact](${encodeURI(links.artifactUrl)})`
        : codeSpan(links.reportPath);
    const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`;
    const head = truncateBytes(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64);
    // Close an HTML block left open by the cut, so the note renders.
    const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length;
    return head + (open > 0 ? '</code></pre>' : '') + note;
}

;// CONCATENATED MODULE: ./lib/fleet/render.js
// The fleet decision for people: the job summary (a legs × checks matrix, worst first, each leg
// linked to its report) and the CLI's console table. Report text is untrusted: every cell is
// escaped once for its target.


/** Wider than this, a matrix stops being readable; the rest go into one column. */
const MAX_CHECK_COLUMNS = 20;
/** Rows of the summary's matrix; every leg is in the fleet report. */
const MAX_SUMMARY_ROWS = 500;
function fleetTitle(decision) {
    const blocking = decision.legs.filter((l) => l.blocking);
    if (decision.verdict === 'proceed')
        return decision.gateExitCode === 0
            ? `✅ FLEET HEALTH CHECKS PASSED - ${decision.legs.length} of ${decision.expected} legs`
            : `⚠️ FLEET PROCEEDS WITH WARNINGS - ${decision.legs.length} of ${decision.expected} legs`;
    if (blocking.length > 0)
        return `❌ FLEET LAUNCH ABORTED - ${blocking.length} leg(s) failed: ${blocking
            .slice(0, 3)
            .map((l) => (0,sanitize/* plainText */.wh)(l.label))
            .join(', ')}${blocking.length > 3 ? ', …' : ''}`;
    return `❌ FLEET LAUNCH ABORTED - evidence incomplete (${decision.legs.length} of ${decision.expected} legs counted)`;
}
/** The check names across legs, in first-seen order, capped; the rest are "other checks". */
function checkColumns(legs) {
    const seen = new Set();
    for (const leg of legs)
        for (const c of leg.checks)
            seen.add(c.name);
    const all = [...seen];
    return { columns: all.slice(0, MAX_CHECK_COLUMNS), more: all.length > MAX_CHECK_COLUMNS };
}
function markdownMark(check) {
    if (!check)
        return '·';
    if (check.status === 'passed')
        return '✅';
    if (check.status === 'skipped')
        return '⏭️';
    return check.level === 'P2' ? '⚠️ P2' : `❌ ${check.level}`;
}
function verdictMark(leg) {
    if (leg.verdict === 'proceed')
        return leg.override ? `✅ proceed (approved ${leg.override}, this leg only)` : '✅ proceed';
    return leg.verdict === 'approval-required' ? '⛔ approval-required' : '❌ abort';
}
function renderFleetSummary(decision, provenance, reportUrl) {
    const { legs } = decision;
    const count = (f) => legs.filter(f).length;
    const lines = [`## ${fleetTitle(decision)}`, ''];
    lines.push(`**Verdict**: \`${decision.verdict}\` · **Status**: \`${decision.status}\` · **Gate exit code**: ${decision.gateExitCode} · **Mode**: ${decision.mode.toUpperCase()}`, '', `**Legs**: ${legs.length} of ${decision.expected} expected reported · ${count((l) => l.status === 'passed')} passed · ${count((l) => !l.blocking && l.status !== 'passed' && !l.override)} with warnings · ${count((l) => l.override !== null)} with an approved override · ${count((l) => l.blocking)} blocking · ${decision.refused.length} refused · ${Math.max(0, decision.expected - legs.length)} missing`);
    if (decision.reasons.length > 0)
        lines.push('', ...decision.reasons.slice(0, 50).map((r) => `- ${markdownText(r, 2000)}`));
    if (decision.reasons.length > 50)
        lines.push(`- … and ${decision.reasons.length - 50} more`);
    const { columns, more } = checkColumns(legs);
    if (legs.length > 0) {
        const header = ['Leg', 'Verdict', 'Status', ...columns.map((c) => markdownCell(c, 60))];
        if (more)
            header.push('Other failed checks');
        lines.push('', '### Legs × checks (worst first)', '');
        lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
        for (const leg of legs.slice(0, MAX_SUMMARY_ROWS)) {
            const byName = new Map(leg.checks.map((c) => [c.name, c]));
            const name = markdownCell(leg.label, 200);
            const cells = [
                leg.url ? `[${name}](${encodeURI(leg.url)})` : name,
                verdictMark(leg),
                `\`${leg.status}\``,
                ...columns.map((c) => markdownMark(byName.get(c))),
            ];
            if (more) {
                const shown = new Set(columns);
                const other = leg.checks.filter((c) => c.status === 'failed' && !shown.has(c.name));
                cells.push(markdownCell(other.map((c) => `${c.name} (${c.level})`).join(', '), 300));
            }
            lines.push(`| ${cells.join(' | ')} |`);
        }
        if (legs.length > MAX_SUMMARY_ROWS)
            lines.push('', `${legs.length - MAX_SUMMARY_ROWS} more legs (better than those above) are in the fleet report.`);
        lines.push('', 'Legend: ✅ passed · ❌ failed (P0/P1) · ⚠️ P2 warning · ⏭️ skipped · · not run');
    }
    const failing = legs.filter((l) => l.checks.some((c) => c.status === 'failed'));
    if (failing.length > 0) {
        lines.push('', '### Failed checks');
        for (const leg of failing.slice(0, 50)) {
            for (const c of leg.checks.filter((c) => c.status === 'failed').slice(0, 10))
                lines.push(`- **${markdownCell(leg.label, 200)}** · ${markdownCell(c.name)} (${c.level}): ${markdownCell(c.message, 500)}`);
        }
    }
    if (decision.refused.length > 0) {
        lines.push('', '### Refused reports', '', '| Report | Why |', '|---|---|');
        for (const r of decision.refused.slice(0, 100))
            lines.push(`| ${linked(r.source, r.url)} | ${markdownCell(r.reason, 500)} |`);
    }
    if (decision.superseded.length > 0) {
        lines.push('', '### Replaced by a newer attempt');
        for (const s of decision.superseded.slice(0, 100))
            lines.push(`- ${linked(s.source, s.url)}: ${markdownCell(s.reason, 300)}`);
    }
    lines.push('', '### What to do next', ...decision.nextSteps.map((s, i) => `${i + 1}. ${markdownText(s, 1000)}`));
    lines.push('', '### Aggregation', `- Commit: ${markdownCell(provenance.sha || 'unknown')} · ref: ${markdownCell(provenance.ref || 'unknown')} · run ${markdownCell(provenance.runId || 'unknown')} attempt ${markdownCell(provenance.runAttempt || 'unknown')}`, `- Host: ${markdownCell(provenance.host)} · job: ${markdownCell(provenance.job || 'unknown')}`);
    if (reportUrl)
        lines.push(`- Fleet report: [preflight-fleet-report](${encodeURI(reportUrl)})`);
    const markdown = lines.join('\n') + '\n';
    if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT_BYTES)
        return markdown;
    return (truncateBytes(markdown, SUMMARY_LIMIT_BYTES - 512) +
        "\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. Every leg is in the fleet report.\n");
}
function linked(source, url) {
    const name = markdownCell(source, 200);
    return url ? `[${name}](${encodeURI(url)})` : name;
}
const CONSOLE_MARK = (check) => !check
    ? '.'
    : check.status === 'passed'
        ? '+'
        : check.status === 'skipped'
            ? '-'
            : check.level === 'P2'
                ? '!'
                : 'X';
/** The matrix in plain text for the CLI: one row per leg, one column per check. */
function renderFleetConsole(decision) {
    const { legs } = decision;
    const { columns, more } = checkColumns(legs);
    const label = (l) => (0,sanitize/* plainText */.wh)(l.label).replace(/\s+/g, ' ').slice(0, 60);
    const width = Math.max(3, ...legs.map((l) => label(l).length));
    const verdict = (l) => (l.override ? `proceed (${l.override})` : l.verdict);
    const vWidth = Math.max(7, ...legs.map((l) => verdict(l).length));
    const out = [
        '='.repeat(80),
        fleetTitle(decision),
        '='.repeat(80),
        `Verdict: ${decision.verdict} · status: ${decision.status} · exit code ${decision.gateExitCode} · mode ${decision.mode.toUpperCase()}`,
        '',
    ];
    if (legs.length > 0) {
        const numbers = columns.map((_, i) => String(i + 1).padStart(2)).join(' ');
        out.push(`${'leg'.padEnd(width)}  ${'verdict'.padEnd(vWidth)}  ${'status'.padEnd(10)}  ${numbers}`);
        for (const leg of legs) {
            const byName = new Map(leg.checks.map((c) => [c.name, c]));
            const marks = columns.map((c) => CONSOLE_MARK(byName.get(c)).padStart(2)).join(' ');
            const others = more
                ? leg.checks.filter((c) => c.status === 'failed' && !columns.includes(c.name)).length
                : 0;
            out.push(`${label(leg).padEnd(width)}  ${verdict(leg).padEnd(vWidth)}  ${leg.status.padEnd(10)}  ${marks}${others ? `  +${others} other failed` : ''}`);
        }
        out.push('', 'Checks:');
        columns.forEach((c, i) => out.push(`  ${String(i + 1).padStart(2)}  ${(0,sanitize/* plainText */.wh)(c).slice(0, 100)}`));
        out.push('Legend: + passed, X failed (P0/P1), ! P2 warning, - skipped, . not run');
    }
    for (const r of decision.refused)
        out.push(`Refused: ${(0,sanitize/* plainText */.wh)(r.source)}: ${(0,sanitize/* plainText */.wh)(r.reason)}`);
    for (const s of decision.superseded)
        out.push(`Replaced: ${(0,sanitize/* plainText */.wh)(s.source)}: ${(0,sanitize/* plainText */.wh)(s.reason)}`);
    if (decision.reasons.length > 0)
        out.push('', ...decision.reasons.map((r) => (0,sanitize/* plainText */.wh)(r)));
    out.push('', 'What to do next:', ...decision.nextSteps.map((s, i) => `  ${i + 1}. ${s}`));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(18908);
// EXTERNAL MODULE: ./lib/cli/suite-options.js
var suite_options = __webpack_require__(19013);
;// CONCATENATED MODULE: ./lib/cli/aggregate.js
// `preflight aggregate`: one verdict over gate reports on disk, for fleets checked by other
// means (SSH, Ansible). Same decision as the aggregate action; exits like `run`.









/** Reports older than this are stale: the window an approval is good for. */
const DEFAULT_MAX_AGE_HOURS = 12;
const AGGREGATE_HELP = `Usage: preflight aggregate (--expected N | --leg NAME...) --mode paper|live [--sha SHA] [--repo OWNER/NAME] [--max-age HOURS] [--run-id ID] DIR_OR_FILE...

  --expected N     how many legs must report; a missing leg aborts
  --leg NAME       a leg that must report, by the name its run was given with --leg (or
                   PREFLIGHT_LEG); repeat it for each leg. A named leg without a report aborts, a
                   report of any other leg is refused; --expected defaults to their number
  --mode M         the mode every report must have been written for
  --sha SHA        the commit every report must be for (default: GITHUB_SHA inside Actions;
                   otherwise all reports must agree on one commit)
  --repo O/N       the repository every report must be for (default: GITHUB_REPOSITORY inside
                   Actions; otherwise all reports must agree on one repository)
  --max-age HOURS  refuse reports older than this (default: ${DEFAULT_MAX_AGE_HOURS}, the approval window)
  --run-id ID      the workflow run every report must come from (default: none checked)
  DIR_OR_FILE      a gate JSON report, or a directory: the newest gate report its operational
                   log records (SHA-256 checked; files the gate did not record never count)

Legs are told apart by the name a run was given with --leg (or PREFLIGHT_LEG), else by job and
matrix values, else by host and runner: run each leg on one machine with its own --leg.

Prints the legs × checks matrix. Exits 0 (all passed) or 3 (proceed with warnings or an
approved override) to proceed; 1 (hard abort, missing or refused legs) or 2 (P1) to abort.`;
async function aggregateCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            options: {
                expected: { type: 'string' },
                leg: { type: 'string', multiple: true },
                mode: { type: 'string' },
                sha: { type: 'string' },
                'run-id': { type: 'string' },
                repo: { type: 'string' },
                'max-age': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        (0,cli_io/* usageError */.D)(io, 'aggregate', `${error.message}`);
        return 1;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(AGGREGATE_HELP + '\n');
        return 0;
    }
    const mode = model/* MODES */.FN.find((m) => m === values.mode);
    const named = values.leg ?? [];
    const expected = Number(values.expected ?? (named.length > 0 ? named.length : NaN));
    const problems = [
        ...(mode ? [] : [`--mode must be paper or live, got "${values.mode ?? ''}"`]),
        ...(Number.isInteger(expected) && expected >= 1 && /^\d*$/.test(values.expected ?? '')
            ? []
            : [
                `--expected must be the number of legs (1 or more), or name each leg with --leg; got "${values.expected ?? ''}"`,
            ]),
        ...(named.every((name) => name.trim() !== '') ? [] : ['--leg must name a leg, got ""']),
        ...(new Set(named).size === named.length
            ? []
            : [`--leg names one leg twice (${named.join(', ')})`]),
        ...(named.length === 0 || values.expected === undefined || expected === named.length
            ? []
            : [`--expected ${values.expected} disagrees with the ${named.length} legs named with --leg`]),
        ...(positionals.length > 0 ? [] : ['give at least one report file or directory']),
        ...(values.repo === undefined || (0,approval_run/* parseRepository */.SU)(values.repo)
            ? []
            : [`--repo must be OWNER/NAME, got "${values.repo}"`]),
        ...(values['max-age'] === undefined ||
            (/^\d+(\.\d+)?$/.test(values['max-age']) && Number(values['max-age']) > 0)
            ? []
            : [`--max-age must be a number of hours above 0, got "${values['max-age']}"`]),
    ];
    if (problems.length > 0) {
        (0,cli_io/* usageError */.D)(io, 'aggregate', `${problems.join('; ')}`);
        return 1;
    }
    const evidence = [];
    for (const target of positionals)
        evidence.push(await legFromPath(target));
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    const now = new Date();
    const maxAgeHours = Number(values['max-age'] ?? DEFAULT_MAX_AGE_HOURS);
    const decision = decideFleet({
        mode: mode,
        sha: values.sha ?? (inActions && io.env.GITHUB_SHA ? io.env.GITHUB_SHA : null),
        runId: values['run-id'] ?? null,
        repository: values.repo ?? (inActions && io.env.GITHUB_REPOSITORY ? io.env.GITHUB_REPOSITORY : null),
        runAttempt: null,
        notBefore: new Date(now.getTime() - maxAgeHours * 3_600_000),
        now,
        legs: named.length > 0 ? named : null,
    }, expected, evidence, suite_options/* CLI_WORDS */.xP);
    const text = renderFleetConsole(decision);
    // Host names and check messages come from other machines: no workflow commands in them.
    if (inActions)
        await (0,sanitize/* withWorkflowCommandsStopped */.rQ)(io.stdout, async () => {
            io.stdout.write(text);
        });
    else
        io.stdout.write(text);
    return decision.gateExitCode;
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
