export const id = 9594;
export const ids = [9594];
export const modules = {

/***/ 13:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ NO_ARTIFACT_SERVICE),
/* harmony export */   Ay: () => (/* binding */ uploadPendingReports),
/* harmony export */   Qf: () => (/* binding */ artifactRuntimeAvailable),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   n8: () => (/* binding */ uploadTimeoutMs),
/* harmony export */   qw: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony exports uploadFailureNote, DEFAULT_UPLOAD_TIMEOUT_MS */
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
    // The client reads the service's address and token from the process's environment, which the
    // gate re-executed without them while the suite ran (src/runner/custody.ts); it is over now.
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if (env[name] !== undefined)
            process.env[name] ??= env[name];
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(5946), __webpack_require__.e(1351), __webpack_require__.e(6780), __webpack_require__.e(925), __webpack_require__.e(1752), __webpack_require__.e(8599)]).then(__webpack_require__.bind(__webpack_require__, 81752));
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
/**
 * The action's upload of a run's files: skipped where there is no artifact service, bounded in
 * time; what became of it is the returned outcome (a failure carries its note), never a throw.
 */
async function uploadPendingReports(pending, env, upload = uploadReportArtifact) {
    if (!artifactRuntimeAvailable(env)) {
        return { kind: 'skipped', reason: NO_ARTIFACT_SERVICE };
    }
    try {
        const artifact = await upload({
            files: pending.files,
            rootDirectory: pending.rootDirectory,
            name: pending.name,
            retentionDays: pending.retentionDays,
            timeoutMs: uploadTimeoutMs(env),
        }, env);
        return { kind: 'uploaded', name: pending.name, ...artifact };
    }
    catch (error) {
        const message = error.message;
        return {
            kind: 'failed',
            name: pending.name,
            error: message,
            note: uploadFailureNote(pending.name, message, pending.mode),
        };
    }
}
/** Why an upload was skipped outside GitHub Actions (the action says so in a notice). */
const NO_ARTIFACT_SERVICE = 'no artifact service outside GitHub Actions';


/***/ }),

/***/ 58825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   LP: () => (/* binding */ factBlocks),
/* harmony export */   NI: () => (/* binding */ gateExitMeaning),
/* harmony export */   T$: () => (/* binding */ UNDECIDED_FLEET),
/* harmony export */   Wg: () => (/* binding */ OVERRIDDEN_STATUS),
/* harmony export */   g0: () => (/* binding */ approvalsRequired),
/* harmony export */   gL: () => (/* binding */ decideFleetVerdict),
/* harmony export */   gd: () => (/* binding */ OVERRIDE_POLICY),
/* harmony export */   j0: () => (/* binding */ requestedOverride),
/* harmony export */   o: () => (/* binding */ describeExitCodes),
/* harmony export */   ug: () => (/* binding */ stepFails),
/* harmony export */   uh: () => (/* binding */ modeOrStrictest),
/* harmony export */   zY: () => (/* binding */ commentRequired)
/* harmony export */ });
/* unused harmony exports OUTCOME_RULES, FACT_RULES, FLEET_RULES, overridePolicy */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
// The gate's policy, and the only place it lives: outcome → verdict (docs/verdicts.md) and who
// must approve which override (docs/approvals.md). A pure module: no @actions/* import, no I/O.
// The policy is data: OUTCOME_RULES (status × override) and FACT_RULES (evidence facts that turn a
// launch into an abort). `decide` finds the row that fires and returns it with its reasons; every
// text renders from that result. Fail-closed: `proceed` comes only from the rows that say so.

/** The status × override table (docs/verdicts.md). Exactly one row fits each known combination. */
const OUTCOME_RULES = [
    rule('passed', 'passed', undefined, 'proceed', 0, false, 'every check passed'),
    rule('p2-warned', 'p2-warned', undefined, 'proceed', 3, false, 'only P2 checks warned'),
    rule('p1-failed', 'p1-failed', 'none', 'abort', 2, false, 'a P1 check failed'),
    rule('force-start-requested', 'p1-failed', 'requested', 'approval-required', 2, false, 'a P1 check failed and force-start waits for a verified approval'),
    rule('force-start-granted', 'p1-failed', 'granted', 'proceed', 2, false, 'a P1 check failed and force-start was approved'),
    rule('p0-failed', 'p0-failed', undefined, 'abort', 1, true, 'a P0 check failed'),
    rule('timeout', 'timeout', undefined, 'abort', 1, true, 'the suite ran past its time limit'),
    rule('crashed', 'crashed', undefined, 'abort', 1, true, 'the suite or the gate crashed'),
    rule('missing', 'missing', undefined, 'abort', 1, true, 'the suite does not exist'),
    rule('invalid', 'invalid', undefined, 'abort', 1, true, 'the configuration is invalid'),
    rule('skip-requested', 'skipped', 'requested', 'approval-required', 1, false, 'the health checks were skipped and the skip waits for a verified approval'),
    rule('skip-granted', 'skipped', 'granted', 'proceed', 0, false, 'the health checks were skipped with a verified approval'),
];
/** Facts that abort a launch the outcome table would allow (or hold for approval). */
const FACT_RULES = {
    'report-write-failed': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: 'the report could not be written: no evidence, no launch',
    },
    'report-upload-failed': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: 'the report could not be uploaded: no evidence, no launch',
    },
    'approval-refused': {
        warnsOnlyIn: [],
        gateExitCode: 'failure-kept',
        reason: 'the override was not approved',
    },
    'operator-cancelled': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the operator cancelled the launch',
    },
    'gate-cancelled': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the gate was cancelled before it finished',
    },
    'gate-error': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'the gate failed before it could decide',
    },
    'no-evidence': {
        warnsOnlyIn: [],
        gateExitCode: 1,
        reason: 'no check finished',
    },
    'file-commands-tampered': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: "the suite wrote to the runner's file commands: tampering",
    },
    'gate-files-tampered': {
        warnsOnlyIn: ['paper'],
        gateExitCode: 'failure-kept',
        reason: "the gate's operational log or report files were changed by someone else during the run: the evidence cannot be trusted",
    },
};
function decide(input) {
    const requested = requestedOverride(input.status, input.forceStart);
    const state = requested === null ? 'none' : input.approvalVerified ? 'granted' : 'requested';
    const row = OUTCOME_RULES.find((r) => r.status === input.status && (r.override ?? state) === state);
    const decision = row
        ? {
            verdict: row.verdict,
            gateExitCode: row.gateExitCode,
            requestedOverride: requested,
            grantedOverride: row.verdict === 'proceed' ? requested : null,
            hardAbort: row.hardAbort,
            rule: row.rule,
            reasons: [row.reason],
        }
        : // A status this table does not know (or a skip never requested): never proceed.
            {
                verdict: 'abort',
                gateExitCode: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isExitStatus */ .xj)(input.status) ? _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EXIT_CODE */ .mS[input.status] : 1,
                requestedOverride: null,
                grantedOverride: null,
                hardAbort: true,
                rule: 'unknown',
                reasons: [`status "${String(input.status)}" is not in the decision table`],
            };
    const { aborting, after } = factsOver(decision.verdict, input.mode, input.facts);
    if (aborting === null)
        return { ...decision, reasons: [...decision.reasons, ...after] };
    return {
        ...decision,
        verdict: 'abort',
        gateExitCode: exitCodeAfter(aborting, decision.gateExitCode),
        grantedOverride: null,
        hardAbort: true,
        rule: aborting,
        reasons: [FACT_RULES[aborting].reason, ...decision.reasons, ...after],
    };
}
/**
 * What FACT_RULES make of a decided verdict, for a run and a fleet alike: the first fact that
 * blocks in this mode turns anything but an abort into one; every other fact adds its reason
 * (one that only warns here says so).
 */
function factsOver(verdict, mode, facts) {
    let aborting = null;
    const after = [];
    for (const fact of new Set(facts ?? [])) {
        const { reason } = FACT_RULES[fact];
        if (!factBlocks(fact, mode))
            after.push(`${reason} (not blocking in ${mode} mode)`);
        else if (verdict !== 'abort' && aborting === null)
            aborting = fact;
        else
            after.push(reason);
    }
    return { aborting, after };
}
/** A fact's exit code: its own, or a failure keeps its code while a launch code (0, 3) becomes 1. */
function exitCodeAfter(fact, code) {
    return FACT_RULES[fact].gateExitCode === 1 || code === 0 || code === 3 ? 1 : code;
}
function rule(id, status, override, verdict, gateExitCode, hardAbort, reason) {
    return {
        rule: id,
        status,
        ...(override ? { override } : {}),
        verdict,
        gateExitCode,
        hardAbort,
        reason,
    };
}
/** The fleet table: one verdict over every leg. The last row proceeds only when no row above fired. */
const FLEET_RULES = [
    {
        rule: 'fleet-incomplete',
        applies: (s) => s.incomplete,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg is missing, extra or refused: a leg without evidence is a leg not checked',
    },
    {
        rule: 'fleet-leg-hard-abort',
        applies: (s) => s.blockingLegs > 0 && s.hardAbort,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg aborted and no override can let it through',
    },
    {
        rule: 'fleet-leg-skip-waiting',
        applies: (s) => s.blockingLegs > 0 && s.skipWaiting,
        verdict: 'abort',
        gateExitCode: 1,
        reason: 'a leg skipped its checks and the skip waits for its approval',
    },
    {
        rule: 'fleet-leg-blocked',
        applies: (s) => s.blockingLegs > 0,
        verdict: 'abort',
        gateExitCode: 2,
        reason: 'a leg does not proceed (a P1 failure without an approved override)',
    },
    {
        rule: 'fleet-passed',
        applies: (s) => s.allPassed,
        verdict: 'proceed',
        gateExitCode: 0,
        reason: 'every leg passed',
    },
    {
        rule: 'fleet-proceeds-with-warnings',
        applies: () => true,
        verdict: 'proceed',
        gateExitCode: 3,
        reason: 'every leg proceeds, some with warnings or an approved override',
    },
];
/** A fleet nothing is known of yet is incomplete: what the outputs say before the legs are read. */
const UNDECIDED_FLEET = {
    mode: 'live',
    incomplete: true,
    blockingLegs: 0,
    hardAbort: false,
    skipWaiting: false,
    allPassed: false,
};
/** The fleet's one verdict: the first FLEET_RULES row that applies, then FACT_RULES as for a run. */
function decideFleetVerdict(standing) {
    const row = FLEET_RULES.find((r) => r.applies(standing));
    const { aborting, after } = factsOver(row.verdict, standing.mode, standing.facts);
    if (aborting === null)
        return {
            verdict: row.verdict,
            gateExitCode: row.gateExitCode,
            rule: row.rule,
            reasons: [row.reason, ...after],
        };
    return {
        verdict: 'abort',
        gateExitCode: exitCodeAfter(aborting, row.gateExitCode),
        rule: aborting,
        reasons: [FACT_RULES[aborting].reason, row.reason, ...after],
    };
}
/** Whether a fact stops a launch in this mode (else it only warns): FACT_RULES' word. */
function factBlocks(fact, mode) {
    return !FACT_RULES[fact].warnsOnlyIn.includes(mode);
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
/**
 * How many distinct approvals an override needs: the policy's count is the floor; a caller
 * (an input, an allow-list's workflow) may ask for more, never fewer.
 */
function approvalsRequired(mode, override, asked) {
    return Math.max(OVERRIDE_POLICY[mode][override].requiredApprovals, asked ?? 0);
}
/** Each approval must carry a comment: the policy's word, nobody else's. */
function commentRequired(mode, override) {
    return OVERRIDE_POLICY[mode][override].commentRequired;
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
/** What each gate exit code means (the source document's smoke-test codes), for every surface. */
function gateExitMeaning(code) {
    const meaning = {
        0: 'all passed',
        1: 'P0 failure or hard abort',
        2: 'P1 failure',
        3: 'P2 warnings only',
    };
    return meaning[code] ?? 'not a gate exit code';
}
/** "2 (P1 failure)", and the suite's own code beside it when it says something else. */
function describeExitCodes(gateExitCode, suiteExitCode) {
    const gate = `${gateExitCode} (${gateExitMeaning(gateExitCode)})`;
    return suiteExitCode === null || suiteExitCode === gateExitCode
        ? gate
        : `${gate}; the suite exited ${suiteExitCode}`;
}


/***/ }),

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

/***/ 3328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ EXIT_CONTRACTS),
/* harmony export */   P7: () => (/* binding */ PYTEST_MODES),
/* harmony export */   a$: () => (/* binding */ DEFAULT_EVIDENCE_SETTINGS),
/* harmony export */   bp: () => (/* binding */ REQUIRE_RESULTS),
/* harmony export */   pT: () => (/* binding */ DEFAULT_SUBSET_ARGS)
/* harmony export */ });
// The evidence inputs (results, level-map, exit-codes, require-results, subset-args) as the
// settings carry them. Kept apart from the parsers, so reading the inputs loads no parser.
const EXIT_CONTRACTS = ['preflight', 'any-failure'];
const REQUIRE_RESULTS = ['live', 'always', 'never'];
/** `auto`: a command that runs pytest gets its JUnit report, markers and exit codes read. */
const PYTEST_MODES = ['auto', 'off'];
const DEFAULT_SUBSET_ARGS = '--subset {subset}';
const DEFAULT_EVIDENCE_SETTINGS = {
    results: [],
    levelMap: '',
    exitCodes: 'preflight',
    requireResults: 'live',
    subsetArgs: DEFAULT_SUBSET_ARGS,
    pytest: 'auto',
};


/***/ }),

/***/ 22753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ withLogLockAsync),
/* harmony export */   KS: () => (/* binding */ readHistoryChain),
/* harmony export */   L$: () => (/* binding */ ARCHIVE_DIR),
/* harmony export */   RA: () => (/* binding */ restoreLog),
/* harmony export */   Wy: () => (/* binding */ readRegularSync),
/* harmony export */   fg: () => (/* binding */ appendChained),
/* harmony export */   fr: () => (/* binding */ snapshotLog),
/* harmony export */   kQ: () => (/* binding */ sha256OfRegularSync),
/* harmony export */   np: () => (/* binding */ OPS_LOG_FILE),
/* harmony export */   o7: () => (/* binding */ isRotatedLog),
/* harmony export */   rz: () => (/* binding */ appendChainedLocked),
/* harmony export */   si: () => (/* binding */ compareLog)
/* harmony export */ });
/* unused harmony exports GENESIS, MAX_LOG_BYTES, lineHash, sha256, rotatedLogs, verifyLogText, chainLink, withLogLock */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// The operational log as a hash chain. Every line carries `prev`, the SHA-256 of the line before
// it; the first line of a log chains to the last line of the newest log rotated into `archive/`
// (or to GENESIS). A line removed, changed or inserted breaks the chain at the next line. A
// rewrite that recomputes every hash is caught by the gate itself: it holds the head in memory
// while the suite runs (`snapshotLog` → `compareLog`).
//
// Everything here is synchronous: entries are few and small, and the CLI's cancellation log must
// be written from a signal handler. Every open is non-blocking and only regular files are read.



const OPS_LOG_FILE = 'operational-log.jsonl';
const ARCHIVE_DIR = 'archive';
/** What the first line of the first log chains to. */
const GENESIS = '0'.repeat(64);
const LOCK_FILE = '.operational-log.lock';
const ROTATED_LOG = /^operational-log-(\d{4}-\d{2})(?:_(\d+))?\.jsonl$/;
/** A log larger than this is not read whole (a month of a busy gate is a few MiB). */
const MAX_LOG_BYTES = 64 * 1024 * 1024;
/** The gate keeps the log's bytes in memory to restore it after a rewrite, up to this size. */
const MAX_RESTORE_BYTES = 16 * 1024 * 1024;
const LOCK_WAIT_MS = 3000;
const TAIL_BYTES = 1024 * 1024;
const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants;
function lineHash(line) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(line, 'utf8').digest('hex');
}
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function isRotatedLog(name) {
    return ROTATED_LOG.test(name);
}
/** The rotated logs of a directory's archive, oldest first (by month, then rotation number). */
function rotatedLogs(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ARCHIVE_DIR));
    }
    catch {
        return [];
    }
    const order = (name) => {
        const m = ROTATED_LOG.exec(name);
        return { month: m?.[1] ?? '', n: Number(m?.[2] ?? 1) };
    };
    return names
        .filter((n) => ROTATED_LOG.test(n))
        .sort((a, b) => order(a).month.localeCompare(order(b).month) || order(a).n - order(b).n)
        .map((n) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ARCHIVE_DIR, n));
}
/**
 * Verifies a log's text against the hash its first line must chain to. Lines without `prev`
 * before the first chained line are a log written before the chain existed: kept, unverified.
 * From the first break on, every line of the file is unverified.
 */
function verifyLogText(text, link, file) {
    const lines = [];
    let expected = link;
    let chained = false;
    let problem = null;
    const parts = text.split('\n');
    if (parts.at(-1) === '')
        parts.pop();
    else if (parts.length > 0 && problem === null)
        problem = `${file} does not end with a whole line (line ${parts.length} was cut or added by hand)`;
    for (const [index, raw] of parts.entries()) {
        const number = index + 1;
        const hash = lineHash(raw);
        let value = null;
        try {
            value = JSON.parse(raw);
        }
        catch {
            value = null;
        }
        const prev = value !== null && typeof value === 'object' && 'prev' in value
            ? value.prev
            : undefined;
        let verified = false;
        if (problem !== null) {
            verified = false;
        }
        else if (value === null || typeof value !== 'object') {
            problem = `${file}:${number} is not a log entry`;
        }
        else if (prev === undefined && !chained) {
            verified = false;
        }
        else if (prev !== expected) {
            problem =
                prev === undefined
                    ? `${file}:${number} has no chain link after chained entries (a line was added by hand)`
                    : `${file}:${number} does not chain to the line before it (a line before it was changed, removed or inserted)`;
        }
        else {
            chained = true;
            verified = true;
        }
        lines.push({ number, text: raw, hash, value, verified });
        expected = hash;
    }
    return { lines, head: lines.at(-1)?.hash ?? link, problem };
}
/**
 * Opens a regular file without following a link or blocking on a FIFO, refuses one larger than
 * `limit`, and hands its descriptor to `use`; null if absent.
 */
function withRegularSync(file, limit, use) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        if (info.size > limit)
            throw new Error(`${file} is larger than ${limit} bytes`);
        return use(fd, info.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Reads a regular file whole without following a link or blocking on a FIFO; null if absent. */
function readRegularSync(file, limit = MAX_LOG_BYTES) {
    return withRegularSync(file, limit, (fd, size) => {
        const buffer = Buffer.alloc(size + 1);
        let read = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
            if (read > size)
                throw new Error(`${file} grew while it was read`);
        }
        return buffer.subarray(0, read);
    });
}
/**
 * The SHA-256 of a regular file, read in chunks (a 32 MiB output log is never held whole), as
 * readRegularSync opens it; null if absent.
 */
function sha256OfRegularSync(file, limit = MAX_LOG_BYTES) {
    return withRegularSync(file, limit, (fd) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const chunk = Buffer.alloc(DIGEST_CHUNK_BYTES);
        let total = 0;
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk); n > 0; n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk)) {
            total += n;
            if (total > limit)
                throw new Error(`${file} grew past ${limit} bytes while it was read`);
            hash.update(chunk.subarray(0, n));
        }
        return hash.digest('hex');
    });
}
const DIGEST_CHUNK_BYTES = 1024 * 1024;
/** The hash the current log's first line must chain to: the newest rotated log's last line. */
function chainLink(dir) {
    const newest = rotatedLogs(dir).at(-1);
    if (newest === undefined)
        return GENESIS;
    const data = readRegularSync(newest);
    if (data === null)
        return GENESIS;
    const lines = data.toString('utf8').split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const last = lines.at(-1);
    return last === undefined ? GENESIS : lineHash(last);
}
function readHistoryChain(dir) {
    const files = [];
    const problems = [];
    const unreadable = [];
    let link = GENESIS;
    for (const file of [...rotatedLogs(dir), node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE)]) {
        let data;
        try {
            data = readRegularSync(file);
        }
        catch (error) {
            unreadable.push(`${file} (${error.message})`);
            problems.push(`${file} cannot be read: ${error.message}`);
            continue;
        }
        if (data === null)
            continue;
        const log = verifyLogText(data.toString('utf8'), link, file);
        if (log.problem !== null)
            problems.push(log.problem);
        files.push({ file, log });
        link = log.head;
    }
    return { files, problems, unreadable };
}
// ── appending ──────────────────────────────────────────────────────────────────────────────
/**
 * Appends entries to the directory's log, each chained to the line before it, under the lock;
 * synchronous for a signal handler (the CLI's cancellation). Everything else uses appendOpsLog.
 */
function appendChained(dir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE);
    if (entries.length === 0)
        return file;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    withLogLock(dir, () => appendChainedLocked(dir, entries));
    return file;
}
/** The same, for a caller that holds the log's lock already. */
function appendChainedLocked(dir, entries) {
    if (entries.length === 0)
        return;
    let head = currentHead(dir);
    const lines = entries.map((entry) => {
        const line = JSON.stringify({ ...entry, prev: head });
        head = lineHash(line);
        return line + '\n';
    });
    appendSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE), Buffer.from(lines.join(''), 'utf8'));
}
/** The hash the next line must carry: the current log's last line, or the link to the archive. */
function currentHead(dir) {
    const last = lastLine(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
    // A cut last line is chained over as it is: the break shows at the line that follows it.
    return last === null ? chainLink(dir) : lineHash(last);
}
/** The file's last line (without its newline), read from the end; null for an absent or empty file. */
function lastLine(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile())
            throw new Error(`${file} is not a regular file`);
        if (info.size === 0)
            return null;
        // Entries are bounded far below this; a longer last line is read whole.
        for (const window of [TAIL_BYTES, info.size]) {
            const start = Math.max(0, info.size - window);
            const buffer = Buffer.alloc(info.size - start);
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, start);
            let end = read;
            if (end > 0 && buffer[end - 1] === 0x0a)
                end--;
            const newline = buffer.lastIndexOf(0x0a, end - 1);
            if (newline >= 0 || start === 0)
                return buffer.subarray(newline + 1, end).toString('utf8');
        }
        return null;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function appendSync(file, data) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_NOFOLLOW, 0o644);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).isFile())
            throw new Error(`${file} is not a regular file`);
        let written = 0;
        for (let i = 0; i < 16 && written < data.length; i++) {
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, written);
        }
        if (written < data.length)
            throw new Error(`could not append to ${file}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * One writer at a time per directory (an append, a rotation, a gate writing its reports and their
 * record), so two runs never fork the chain. A lock is held for milliseconds: one older than the
 * wait is left over by a killed process and taken over.
 */
function withLogLock(dir, body) {
    const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    while (!tryLock(lock, deadline))
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    try {
        return body();
    }
    finally {
        unlock(lock);
    }
}
/** The same lock around asynchronous work (the gate's report files and their record). */
async function withLogLockAsync(dir, body) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, LOCK_FILE);
    const deadline = Date.now() + LOCK_WAIT_MS;
    while (!tryLock(lock, deadline))
        await new Promise((resolve) => setTimeout(resolve, 10));
    try {
        return await body();
    }
    finally {
        unlock(lock);
    }
}
function tryLock(lock, deadline) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(lock, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600));
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    let age;
    try {
        age = Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(lock).mtimeMs;
    }
    catch {
        return false;
    }
    if (age > LOCK_WAIT_MS) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true, recursive: true });
        return false;
    }
    if (Date.now() > deadline)
        throw new Error(`the operational log's lock ${lock} is held by another writer`);
    return false;
}
function unlock(lock) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(lock);
    }
    catch {
        // Taken over by another writer after a very long hold: theirs now.
    }
}
/** Taken before the suite starts: the log's chain checked, its head and archive digests held. */
async function snapshotLog(dir) {
    return withLogLockIfPresent(dir, async () => {
        const archives = new Map();
        for (const file of rotatedLogs(dir)) {
            try {
                archives.set(file, sha256(readRegularSync(file) ?? Buffer.alloc(0)));
            }
            catch (error) {
                archives.set(file, `unreadable: ${error.message}`);
            }
        }
        let data = null;
        let problem = null;
        try {
            data = readRegularSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
        }
        catch (error) {
            problem = `the operational log cannot be read: ${error.message}`;
        }
        const link = chainLink(dir);
        const log = verifyLogText(data?.toString('utf8') ?? '', link, node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, OPS_LOG_FILE));
        return {
            dir,
            lines: log.lines.length,
            head: log.head,
            content: data !== null && data.length <= MAX_RESTORE_BYTES ? data : null,
            archives,
            problem: problem ?? log.problem,
        };
    });
}
/**
 * After the suite (under the log's lock): what changed in the log that the gate did not write. Appends that chain on from
 * the held head (another run's entries) and a rotation by a retention run are allowed.
 */
function compareLog(before) {
    const problems = [];
    const now = rotatedLogs(before.dir);
    for (const [file, digest] of before.archives) {
        let current;
        try {
            const data = readRegularSync(file);
            if (data === null) {
                problems.push(`the rotated log ${file} was removed`);
                continue;
            }
            current = sha256(data);
        }
        catch (error) {
            current = `unreadable: ${error.message}`;
        }
        if (current !== digest)
            problems.push(`the rotated log ${file} was rewritten`);
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, OPS_LOG_FILE);
    let data;
    try {
        data = readRegularSync(file);
    }
    catch (error) {
        return [...problems, `the operational log cannot be read: ${error.message}`];
    }
    const log = verifyLogText(data?.toString('utf8') ?? '', chainLink(before.dir), file);
    // Rotated while the suite ran (by a retention run): what was held is in the new archive.
    const rotated = now.find((f) => !before.archives.has(f));
    const holder = rotated !== undefined && before.lines > 0 ? readRegularSync(rotated) : data;
    if (before.lines > 0 && !holdsSnapshot(before, holder)) {
        problems.push(`the operational log no longer starts with the ${before.lines} line(s) it had before the suite ran: entries were removed or rewritten`);
    }
    if (log.problem !== null)
        problems.push(log.problem);
    return problems;
}
/** The log still begins with what it held before the suite: byte for byte, or by the held head. */
function holdsSnapshot(before, data) {
    if (data === null)
        return false;
    if (before.content !== null) {
        return data.subarray(0, before.content.length).equals(before.content);
    }
    const lines = data.toString('utf8').split('\n');
    const held = lines[before.lines - 1];
    return held !== undefined && lineHash(held) === before.head;
}
/**
 * Puts the log back (under the log's lock) as it was before the suite (the rewritten one is kept beside it as evidence);
 * returns where the rewritten log went, or null when there was nothing held to put back.
 */
function restoreLog(before, stamp) {
    if (before.content === null)
        return null;
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, OPS_LOG_FILE);
    const kept = node_path__WEBPACK_IMPORTED_MODULE_2__.join(before.dir, `operational-log.tampered-${stamp}.jsonl`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(file, kept);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, before.content);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return kept;
}
/** Lock only when the directory exists (a first run has no log to guard yet). */
async function withLogLockIfPresent(dir, body) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            return await body();
    }
    catch {
        return body();
    }
    return withLogLockAsync(dir, body);
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


/***/ }),

/***/ 8609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ appendOpsLog),
/* harmony export */   Bg: () => (/* binding */ opsLogEntry),
/* harmony export */   EV: () => (/* binding */ recordOfFiles),
/* harmony export */   F1: () => (/* binding */ logTimestamp),
/* harmony export */   Gg: () => (/* binding */ formatOpsLogEntry),
/* harmony export */   V5: () => (/* binding */ opsLogEntryMarker),
/* harmony export */   Wu: () => (/* binding */ reportsRecordedEntry),
/* harmony export */   _g: () => (/* binding */ appendLines),
/* harmony export */   cL: () => (/* binding */ runLogEntries),
/* harmony export */   d1: () => (/* binding */ AFTER_LAUNCH_EVENTS),
/* harmony export */   np: () => (/* reexport safe */ _history_chain_js__WEBPACK_IMPORTED_MODULE_2__.np),
/* harmony export */   uu: () => (/* binding */ runLogEntry),
/* harmony export */   z2: () => (/* binding */ OPS_ENTRY_MARKER)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _history_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22753);
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58825);
/* harmony import */ var _report_messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26916);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78689);
// The operational log the source document requires (docs/source-document.md, "Operational
// Log"): one entry per failure, override and abort.
// Entries are appended as JSON lines to the report directory and rendered in the document's
// text format for the job summary, the console and issue comments.







/** Events of `preflight watch` and a supervised launch, not of a launch decision. */
const AFTER_LAUNCH_EVENTS = [
    'KILLSWITCH_ACTIVATED',
    'P1_FAILURE_POST_LAUNCH',
    'HEALTH_RESTORED',
    'WATCH_STOPPED',
];
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
        impact: bounded(subject.impact ?? '', MAX_TEXT),
        mitigation: bounded(subject.mitigation ?? '', MAX_TEXT),
        runUrl: bounded(subject.runUrl, 500),
        details: bounded(details, MAX_TEXT),
    };
}
/** An operational-log entry about a decided run (the CLI logs an operator's cancellation so). */
function runLogEntry(run, at, event, details) {
    return opsLogEntry(runLogSubject(run), at, event, details);
}
function runLogSubject(run) {
    return {
        ...run,
        status: run.outcome.status,
        exitCode: run.outcome.exitCode,
        failures: (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .failedCheckNames */ .Cu)(run.outcome),
        approvers: run.approval?.approvers ?? [],
    };
}
/**
 * A decided run's entries: one per failure, override request, approval outcome, lost evidence and
 * cancellation. Each event comes at most once a run: the log records an entry by its event.
 */
function runLogEntries(run, words, facts) {
    const { outcome, decision, approval } = run;
    const entry = (event, details, at = facts.decidedAt) => runLogEntry(run, at, event, details);
    const entries = [];
    if (facts.cancelled) {
        entries.push(entry('GATE_CANCELLED', outcome.notes[0] ?? (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .runBanner */ .qO)(run, words).title));
    }
    else if (outcome.status !== 'passed' && outcome.status !== 'skipped') {
        entries.push(entry('HEALTH_CHECK_FAILED', outcome.notes[0] ?? (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .runBanner */ .qO)(run, words).title));
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
    const flaky = (0,_report_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .flakyCheckNames */ .ib)(outcome);
    if (flaky.length > 0) {
        entries.push(opsLogEntry({ ...runLogSubject(run), failures: flaky }, facts.decidedAt, 'FLAKY_CHECKS', `${flaky.length} check(s) passed only after retries: ${flaky.join(', ')}`));
    }
    if (facts.fileCommandsTampered !== null) {
        entries.push(entry('FILE_COMMANDS_TAMPERED', facts.fileCommandsTampered));
    }
    if (facts.logTampered !== null)
        entries.push(entry('LOG_TAMPERED', facts.logTampered));
    if (facts.filesTampered !== null)
        entries.push(entry('FILES_TAMPERED', facts.filesTampered));
    if (facts.writeError !== null)
        entries.push(entry('REPORT_WRITE_FAILED', facts.writeError));
    if (run.upload?.kind === 'failed') {
        entries.push(entry('REPORT_UPLOAD_FAILED', run.upload.note, facts.uploadSettledAt ?? undefined));
    }
    return entries;
}
/** The record of the files a write of the run put down, with digests: how consumers find them. */
function reportsRecordedEntry(run, at, files) {
    return recordOfFiles(runLogEntry(run, at, 'REPORTS_RECORDED', ''), files);
}
/** The record of files written for the run an entry is about: their names and digests. */
function recordOfFiles(about, files, details = 'The files this gate run wrote.') {
    return { ...about, event: 'REPORTS_RECORDED', details, files };
}
function bounded(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
/**
 * Appends entries to the directory's operational log, each chained to the line before it (the
 * SHA-256 in `prev`), with one write under the log's lock: runs that log at the same moment
 * neither split each other's lines nor fork the chain.
 */
async function appendOpsLog(logDir, entries) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(logDir, _history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .OPS_LOG_FILE */ .np);
    if (entries.length === 0)
        return file;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(logDir, { recursive: true });
    await (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .withLogLockAsync */ .Iq)(logDir, async () => (0,_history_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .appendChainedLocked */ .rz)(logDir, entries));
    return file;
}
/** A run's own copy of its entries (`*.oplog.jsonl`, no chain): one write() with O_APPEND. */
async function appendLines(file, entries) {
    await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_5__/* .appendRegularFile */ .F4)(file, Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8'));
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
    field('Exit Code', (0,_decision_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExitCodes */ .o)(entry.gateExitCode, entry.exitCode));
    field('Failures', entry.failures.join(', '));
    field('Decision', entry.decision.toUpperCase());
    field('Reason', entry.reason);
    field('Expected Impact', entry.impact);
    field('Mitigation Plan', entry.mitigation);
    field('Approved By', entry.approvers.map((a) => (a.comment ? `${a.login} ("${a.comment}")` : a.login)).join(', '));
    field('Documentation', entry.ticket);
    field('Details', entry.details);
    field('Operator', entry.operator);
    field('Run', entry.runUrl);
    return lines.join('\n');
}


/***/ }),

/***/ 20944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ matrixSchema),
/* harmony export */   Uy: () => (/* binding */ matrixLabel),
/* harmony export */   f5: () => (/* binding */ provenanceFromEnv),
/* harmony export */   j9: () => (/* binding */ provenanceSchema)
/* harmony export */ });
/* unused harmony export parseMatrix */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59814);
// Where and for what a gate ran: the commit, the run, the job and its matrix values, the runner
// and the host. Every report carries it, so a fleet aggregation and a deploy job's `require`
// step can refuse evidence written for another commit, run, mode or machine. Pure: the caller
// hands in the environment and the host name.



/** A matrix is a handful of scalar values; anything larger is not kept. */
const MATRIX_LIMIT_CHARS = 4096;
const matrixSchema = zod__WEBPACK_IMPORTED_MODULE_2__.record(zod__WEBPACK_IMPORTED_MODULE_2__.string().max(200), zod__WEBPACK_IMPORTED_MODULE_2__.union([zod__WEBPACK_IMPORTED_MODULE_2__.string().max(1000), zod__WEBPACK_IMPORTED_MODULE_2__.number(), zod__WEBPACK_IMPORTED_MODULE_2__.boolean(), zod__WEBPACK_IMPORTED_MODULE_2__["null"]()]));
const provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    repository: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    sha: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    ref: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    runId: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    job: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    /** The job's matrix values (the gate's `matrix` input, `${{ toJSON(matrix) }}`), if given. */
    matrix: matrixSchema.nullable(),
    runnerName: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    host: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN).nullable(),
    leg: zod__WEBPACK_IMPORTED_MODULE_2__.string().max(200).optional(),
    dirty: zod__WEBPACK_IMPORTED_MODULE_2__.boolean().nullable().optional(),
});
/**
 * The runner exports everything here but the matrix values: those come from the gate's
 * `matrix` input (INPUT_MATRIX), or PREFLIGHT_MATRIX for the CLI. A value that is not a flat
 * JSON object of scalars is left out (null) rather than guessed at.
 */
function provenanceFromEnv(env, mode, host = node_os__WEBPACK_IMPORTED_MODULE_0__.hostname()) {
    // Off Actions the CLI fills in the PREFLIGHT_ values from git (src/cli/local-provenance.ts).
    const local = !env.GITHUB_RUN_ID;
    return {
        repository: env.GITHUB_REPOSITORY || env.PREFLIGHT_GIT_REPOSITORY || '',
        sha: env.GITHUB_SHA || env.PREFLIGHT_GIT_SHA || '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: env.GITHUB_RUN_ID || env.PREFLIGHT_RUN_ID || '',
        runAttempt: env.GITHUB_RUN_ATTEMPT || (local && env.PREFLIGHT_RUN_ID ? '1' : ''),
        job: env.GITHUB_JOB ?? '',
        matrix: parseMatrix(env.INPUT_MATRIX || env.PREFLIGHT_MATRIX || ''),
        runnerName: env.RUNNER_NAME ?? '',
        host,
        mode,
        leg: (env.PREFLIGHT_LEG ?? '').trim().slice(0, 200),
        dirty: env.PREFLIGHT_GIT_DIRTY === 'true'
            ? true
            : env.PREFLIGHT_GIT_DIRTY === 'false'
                ? false
                : null,
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


/***/ }),

/***/ 26916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ failedCheckNames),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   g3: () => (/* binding */ consoleBanner),
/* harmony export */   ib: () => (/* binding */ flakyCheckNames),
/* harmony export */   qO: () => (/* binding */ runBanner),
/* harmony export */   qn: () => (/* binding */ STATUS_LINE)
/* harmony export */ });
/* unused harmony export banner */
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
// The source document's console messages (docs/source-document.md, "Exit code handling" and
// "Override flags"), adapted from "trading" to "launching", per outcome and mode. Used by the CLI, the job log, the job summary and the step's failure message.

/** The banner of a decided run: rendered from the run's decision, never stored in it. */
function runBanner(run, words) {
    return banner({
        mode: run.mode,
        words,
        status: run.outcome.status,
        decision: run.decision,
        approvalEnvironment: run.approvalEnvironment,
        requiredApprovals: run.requiredApprovals,
    });
}
function banner(input) {
    const { status, decision, words } = input;
    const live = input.mode === 'live';
    const mode = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOrStrictest */ .uh)(input.mode);
    // A fact that turned the launch into an abort headlines (the rule that fired).
    if (decision.rule === 'gate-files-tampered') {
        return hardAbort(live, 'GATE FILES TAMPERED', "The operational log or the gate's report files were changed by someone other than the gate during this run: the evidence cannot be trusted.", [
            'Read the notes below: what was changed, and where the changed file was kept.',
            'Find what in the suite (or on this host) wrote there, remove it, and re-run the gate.',
        ]);
    }
    if (decision.rule === 'report-upload-failed') {
        return hardAbort(live, 'REPORT UPLOAD FAILED', 'The report could not be uploaded as an artifact: no evidence, no launch.', [
            'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
        ]);
    }
    if (decision.rule === 'report-write-failed') {
        return hardAbort(live, 'REPORT WRITE FAILED', 'The report could not be written: no evidence, no launch.', [
            `Check the write error below (disk space, permissions of ${words.input('report-dir')}), then re-run the gate.`,
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
                `Find the hanging check (see the output tail), fix it or raise ${words.input('timeout-seconds')}, and re-run.`,
            ]);
        case 'crashed':
            return hardAbort(live, 'SMOKE TEST CRASHED', 'The smoke test itself failed to run to completion.', ['Read the suite output below, fix the crash, and re-run the smoke test.']);
        case 'missing':
            return hardAbort(live, 'SMOKE TEST NOT FOUND', 'The smoke test script or program does not exist.', [
                `Check ${words.input('command')} (or ${words.input('suite')}) and ${words.input('working-directory')}, and that the suite is installed on the runner.`,
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
    const roles = _decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd[mode][override].roles;
    return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)];
}
function approvalLines(mode, override, input) {
    const lines = rolesLines(mode, override);
    if (input.approvalEnvironment) {
        const count = (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalsRequired */ .g0)(mode, override, input.requiredApprovals);
        lines.push(`⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`);
    }
    else {
        lines.push(`⚠️  Approval is given by reviewers of a protected environment: ${input.words.approvalPath}.`);
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
        `Override: approval by ${_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then ${input.words.override('force-start')}.`,
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
            `  2. Force start with ${input.words.override('force-start')} (REQUIRES APPROVAL)`,
            '',
            'Aborting launch for safety.',
        ],
        nextSteps,
        severity: 'error',
    };
}
function skipBanner(mode, decision, input) {
    const live = mode === 'live';
    const skip = input.words.override('skip-health-check');
    const title = live
        ? `🚨 HEALTH CHECKS SKIPPED (${skip}) 🚨`
        : `⚠️  HEALTH CHECKS SKIPPED (${skip})`;
    const warning = live
        ? [
            '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
            '⚠️  Skipping health checks can result in REAL MONEY LOSS',
            `⚠️  This override MUST be approved by ${_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_POLICY */ .gd.live.skip.roles.join(' and ')}`,
        ]
        : ['⚠️  This is NOT RECOMMENDED for production use'];
    const nextSteps = [
        (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .commentRequired */ .zY)(mode, 'skip')
            ? 'Get written approval (a reviewer of the protected environment, with a comment).'
            : 'Get approval (a reviewer of the protected environment).',
        `Document the reason (${input.words.input('reason')}) and the ticket (${input.words.input('ticket')}).`,
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
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   oU: () => (/* binding */ freshNameBeside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
// Files the gate writes and reads in directories a suite can also write to. A FIFO, a device or
// a link to one where a report should be would block an open() for ever (and a blocked
// thread-pool thread keeps the process from exiting, SIGTERM or not): every open is
// non-blocking and only regular files are used.




const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_TRUNC, O_WRONLY } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Opens a regular file (following links) without ever blocking; anything else is an error. */
async function openRegularFile(file, flags) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, flags | O_NONBLOCK, 0o644);
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
/**
 * A hidden name next to file that nobody could have planted a link, FIFO or directory under:
 * random, and only ever created with O_EXCL | O_NOFOLLOW (see writeNewFile).
 */
function freshNameBeside(file, purpose) {
    const suffix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex');
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)}.${suffix}.${purpose}`);
}
/** Writes a file that must not exist yet: never through a link, never over another file. */
async function writeNewFile(file, data) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK, 0o644);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
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
/* harmony export */   NG: () => (/* binding */ DEFAULT_SUBSET),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   _f: () => (/* binding */ DEFAULT_REPORT_RETENTION_DAYS),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR),
/* harmony export */   gP: () => (/* binding */ describeInputIssues),
/* harmony export */   qf: () => (/* binding */ SKIP_PHRASE),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_SECONDS, variableNames */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55156);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3328);
/* harmony import */ var _evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1202);
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
    'impact',
    'mitigation',
    'approval-environment',
    'report-dir',
    'history-dir',
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
    'suite-isolation',
    'pytest',
    // Read straight into the report's provenance (src/provenance.ts), never into the settings.
    'matrix',
];
const trimmed = zod__WEBPACK_IMPORTED_MODULE_3__.string().trim();
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
const variableNames = zod__WEBPACK_IMPORTED_MODULE_3__.string().transform((value, ctx) => {
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
const rawSchema = zod__WEBPACK_IMPORTED_MODULE_3__.object({
    mode: trimmed.pipe(zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN, { error: (issue) => `must be paper or live, got "${String(issue.input)}"` })),
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
    impact: trimmed.default(''),
    mitigation: trimmed.default(''),
    'approval-environment': trimmed.default(''),
    'report-dir': trimmed.default(''),
    'history-dir': trimmed.default(''),
    'upload-artifact': booleanInput(true).default(true),
    'artifact-name': trimmed.default('').refine((v) => !/[":<>|*?\\/\r\n]/.test(v), {
        message: 'must not contain any of " : < > | * ? \\ / or a line break',
    }),
    'retention-days': optionalInteger(1, 90).default(null),
    'report-retention-days': optionalInteger(0, 36500).default(null),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_3__.string().default(''),
    'ops-log-issue': optionalInteger(1, Number.MAX_SAFE_INTEGER).default(null),
    'open-ticket': booleanInput(false).default(false),
    'pass-env': variableNames.default([]),
    redact: variableNames.default([]),
    // One path or glob a line, relative to working-directory.
    results: zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .default('')
        .transform((v) => v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))),
    'level-map': zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .default('')
        .superRefine((value, ctx) => {
        const map = (0,_evidence_levels_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLevelMap */ .mK)(value);
        if (!map.ok)
            ctx.addIssue({ code: 'custom', message: map.error });
    }),
    'exit-codes': trimmed
        .default('')
        .transform((v) => v || 'preflight')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CONTRACTS */ .Bs, {
        error: (issue) => `must be preflight or any-failure, got "${String(issue.input)}"`,
    })),
    'require-results': trimmed
        .default('')
        .transform((v) => v || 'live')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIRE_RESULTS */ .bp, {
        error: (issue) => `must be live, always or never, got "${String(issue.input)}"`,
    })),
    pytest: trimmed
        .default('')
        .transform((v) => v || 'auto')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .PYTEST_MODES */ .P7, {
        error: (issue) => `must be auto or off, got "${String(issue.input)}"`,
    })),
    // Absent: the default; explicitly empty: append nothing.
    'subset-args': zod__WEBPACK_IMPORTED_MODULE_3__.string()
        .optional()
        .transform((v) => (v === undefined ? _evidence_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUBSET_ARGS */ .pT : v.trim()))
        .refine((v) => !/[|&;<>()`$\n]/.test(v), {
        message: 'must be plain words such as "--subset {subset}" or "-m {subset}" (no shell operators)',
    }),
    'suite-isolation': trimmed
        .default('')
        .transform((v) => v || 'auto')
        .pipe(zod__WEBPACK_IMPORTED_MODULE_3__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SUITE_ISOLATIONS */ .XV, {
        error: (issue) => `must be auto, pid or none, got "${String(issue.input)}"`,
    })),
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
function describeInputIssues(issues, nameOf = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_WORDS */ .dC.input) {
    return issues.map((issue) => {
        const name = issue.path.join('.');
        const subject = name === '' ? 'Inputs' : (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .capitalized */ .l2)(nameOf(name));
        return issue.code === 'invalid_type' && issue.input === undefined
            ? `${subject} is required${name === 'mode' ? ' (paper or live)' : ''}.`
            : `${subject} ${issue.message}.`;
    });
}
/** Validates raw inputs; every problem is named by its input and says what is allowed. */
function parseSettings(raw, input = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_WORDS */ .dC.input) {
    const Input = (name) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .capitalized */ .l2)(input(name));
    const fallbackMode = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN.find((m) => m === raw.mode?.trim()) ?? null;
    const fallbackReportDir = raw['report-dir']?.trim() || DEFAULT_REPORT_DIR;
    const parsed = rawSchema.safeParse(raw);
    if (!parsed.success) {
        return {
            ok: false,
            errors: describeInputIssues(parsed.error.issues, (name) => input(name)),
            mode: fallbackMode,
            reportDir: fallbackReportDir,
        };
    }
    const r = parsed.data;
    const errors = [];
    if (r.command !== '' && r.suite !== '') {
        errors.push(`${Input('command')} and ${input('suite')} are exclusive: set exactly one of them.`);
    }
    else if (r.command === '' && r.suite === '') {
        errors.push(`Set exactly one of ${input('command')} (a smoke-suite command, e.g. "python scripts/smoke_test_institutional.py") or ${input('suite')} (a suite file, e.g. ".github/preflight.yml").`);
    }
    if (r['force-start'] && r['skip-health-check']) {
        errors.push(`${Input('force-start')} and ${input('skip-health-check')} are exclusive: force-start runs the suite and lets a P1 failure through with approval; skip-health-check runs nothing.`);
    }
    if (r['skip-health-check'] && r.mode === 'live' && r.acknowledge !== SKIP_PHRASE) {
        errors.push(`${Input('skip-health-check')} in live mode needs ${input('acknowledge')} set to exactly "${SKIP_PHRASE}".`);
    }
    const unrecorded = ['impact', 'mitigation'].filter((name) => r[name] === '');
    if (r['force-start'] && r.mode === 'live' && unrecorded.length > 0) {
        errors.push(`${Input('force-start')} in live mode needs ${unrecorded.map(input).join(' and ')}: the force-start record holds the expected impact and the mitigation plan beside the reason and the ticket.`);
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
            impact: r.impact,
            mitigation: r.mitigation,
            approvalEnvironment: r['approval-environment'],
            reportDir: r['report-dir'] || DEFAULT_REPORT_DIR,
            historyDir: r['history-dir'],
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
                pytest: r.pytest,
            },
            suiteIsolation: r['suite-isolation'],
        },
    };
}


/***/ })

};
