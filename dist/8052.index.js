export const id = 8052;
export const ids = [8052];
export const modules = {

/***/ 52564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ FLEET_STATUSES),
/* harmony export */   w8: () => (/* binding */ withFleetFacts),
/* harmony export */   z8: () => (/* binding */ decideFleet)
/* harmony export */ });
/* unused harmony export refusalOf */
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20944);
/* harmony import */ var _rederive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65800);
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
function decideFleet(expectation, expected, evidence, words = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_WORDS */ .dC) {
    const refused = [];
    const admitted = [];
    for (const item of evidence) {
        const refusal = item.report ? refusalOf(item.report, expectation) : null;
        const rederived = item.report && !refusal ? (0,_rederive_js__WEBPACK_IMPORTED_MODULE_3__/* .rederive */ .B)(item.report) : null;
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
    const { verdict, gateExitCode, rule } = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decideFleetVerdict */ .gL)(standing);
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
    const { verdict, gateExitCode, rule, reasons } = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decideFleetVerdict */ .gL)(standing);
    // The facts' reasons: the table's own are not among the fleet's reasons.
    const known = new Set((0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decideFleetVerdict */ .gL)(decision.standing).reasons);
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
        return `written for commit ${short(p.sha)}, not ${short(expectation.sha)}`;
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
    const shown = (value) => (what === 'commit' ? short(value) : value || '(none)');
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
                ? `${p.host || '(unknown host)'} [${(0,_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .matrixLabel */ .Uy)(matrix)}]`
                : p.host || item.source,
        key: leg
            ? `leg=${leg}`
            : `${p.job}\n${matrix ? stableJson(matrix) : `host=${p.host}\nrunner=${p.runnerName}`}`,
        sameLegBecause: leg
            ? `both are named leg "${leg}"`
            : matrix
                ? `both ran job "${p.job}" with matrix ${(0,_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .matrixLabel */ .Uy)(matrix)}`
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
function short(sha) {
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


/***/ }),

/***/ 9403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   q_: () => (/* binding */ legFromPath)
/* harmony export */ });
/* unused harmony export gateReportsIn */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45408);
/* harmony import */ var _history_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88411);
// Reading gate reports from disk (a downloaded artifact, or files the CLI is pointed at).
// Nothing in them is trusted: only regular files, bounded in size, schema-checked.




/** The gate's JSON report: SMOKE_TEST_INSTITUTIONAL_<yyyymmdd>_<hhmmss>[_n].json */
const GATE_REPORT = /^SMOKE_TEST_INSTITUTIONAL_(\d{8}_\d{6})(?:_(\d+))?\.json$/;
/** Reads a file only when it is a regular file within the limit (no FIFO, device or link). */
async function readBoundedFile(file, limitBytes) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
    if (!info.isFile())
        throw new Error(`${file} is not a regular file`);
    if (info.size > limitBytes)
        throw new Error(`${file} is ${info.size} bytes, more than the ${limitBytes} a report may have`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
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
    const records = (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .gateRecords */ ._)(dir);
    const named = [...records.files.keys()]
        .map((name) => ({ name, match: GATE_REPORT.exec(name) }))
        .filter((e) => e.match !== null);
    const intact = named.filter((e) => (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .notRecorded */ .ok)(records, dir, e.name) === null);
    const reports = intact
        .sort((a, b) => (b.match[1] ?? '').localeCompare(a.match[1] ?? '') ||
        Number(b.match[2] ?? 1) - Number(a.match[2] ?? 1))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, e.name));
    const changed = named
        .filter((e) => !intact.includes(e))
        .map((e) => (0,_history_record_js__WEBPACK_IMPORTED_MODULE_3__/* .notRecorded */ .ok)(records, dir, e.name));
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
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
        const parsed = (0,_report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGateReport */ .Bw)(await readBoundedFile(file, _report_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_LIMIT_BYTES */ .b));
        return parsed.ok
            ? { source: file, url, report: parsed.report }
            : { source: file, url, report: null, error: parsed.error };
    }
    catch (error) {
        return { source: target, url, report: null, error: error.message };
    }
}


/***/ }),

/***/ 65800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ rederive)
/* harmony export */ });
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
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
    const rederived = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .decide */ .LD)({
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
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isExitStatus */ .xj)(claimed) && claimed !== 'skipped')
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
        if (claims.exitCode !== null && _model_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_CODE_STATUS */ .S1[claims.exitCode] !== claimed)
            return `!it says ${claimed} but the suite exited ${claims.exitCode}`;
        return claimed;
    }
    const fromChecks = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFromChecks */ .Sp)(counted);
    if (fromChecks !== claimed) {
        const failed = counted
            .filter((c) => c.status === 'failed')
            .slice(0, 3)
            .map((c) => `${c.name} (${c.level})`);
        return `!it says ${claimed} but its checks give ${fromChecks}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`;
    }
    return fromChecks;
}


/***/ }),

/***/ 45408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ parseGateReport),
/* harmony export */   b: () => (/* binding */ REPORT_LIMIT_BYTES),
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports checkResultSchema, gateReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// The gate's JSON report (rendered by json.ts) as a zod schema: what `aggregate` and `require`
// accept from another job's artifact. Fields added later by newer gates are ignored; a report
// without provenance (an older gate) or with a value out of range is refused.



/** A gate report is tens of KiB; far larger is not a report this gate wrote. */
const REPORT_LIMIT_BYTES = 8 * 1024 * 1024;
const text = (max) => zod__WEBPACK_IMPORTED_MODULE_2__.string().max(max);
const checkResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    name: text(1000),
    level: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_),
    status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](['passed', 'failed', 'skipped']),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__.number().nonnegative(),
    message: text(64 * 1024),
    remediation: text(64 * 1024).optional(),
});
const gateReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__.literal(1),
    date: zod__WEBPACK_IMPORTED_MODULE_3__.datetime(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().nullable(),
    gateExitCode: zod__WEBPACK_IMPORTED_MODULE_2__.number().int().min(0).max(3),
    override: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    requestedOverride: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3).nullable(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_2__.number().nonnegative(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__.array(checkResultSchema).max(100_000),
    notes: zod__WEBPACK_IMPORTED_MODULE_2__.array(text(64 * 1024)).max(10_000),
    runUrl: text(2000),
    /** Where a granted override was approved: a consumer verifies it there again. */
    approval: zod__WEBPACK_IMPORTED_MODULE_2__.object({ environment: text(255) })
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


/***/ })

};
