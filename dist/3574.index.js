export const id = 3574;
export const ids = [3574];
export const modules = {

/***/ 63574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLEET_ARTIFACT: () => (/* binding */ FLEET_ARTIFACT),
  runAggregate: () => (/* binding */ runAggregate)
});

// EXTERNAL MODULE: ./lib/action/core-io.js
var core_io = __webpack_require__(6568);
// EXTERNAL MODULE: ./lib/action/io.js
var action_io = __webpack_require__(69308);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/aggregate/settings.js
// The aggregate action's inputs, read once into one typed settings object, and its outputs.



const AGGREGATE_INPUTS = ['mode', 'expected', 'pattern', 'github-token'];
/** The aggregate action's outputs, as in aggregate/action.yml. */
const AGGREGATE_OUTPUTS = (/* unused pure expression or super */ null && (['verdict', 'status', 'legs', 'failed-legs', 'report-url']));
const DEFAULT_PATTERN = 'preflight-report-*';
/** More matching artifacts than this is not a fleet this action can vouch for. */
const MAX_ARTIFACTS = 10_000;
const schema = schemas.object({
    mode: schemas.string()
        .trim()
        .pipe(schemas["enum"](model/* MODES */.FN, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
    pattern: schemas.string()
        .trim()
        .default('')
        .transform((v) => v || DEFAULT_PATTERN)
        .refine((v) => !/[":<>|\\/\r\n]/.test(v), {
        message: 'must be an artifact-name glob (only * and ? are special)',
    }),
    expected: schemas.string()
        .trim()
        .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_ARTIFACTS, {
        message: `must be the number of legs in the matrix (1 to ${MAX_ARTIFACTS})`,
    })
        .transform(Number),
    'github-token': schemas.string().default(''),
});
function parseAggregateSettings(raw) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        return { ok: false, errors: (0,settings/* describeInputIssues */.gP)(parsed.error.issues) };
    const r = parsed.data;
    return {
        ok: true,
        settings: {
            mode: r.mode,
            expected: r.expected,
            pattern: r.pattern,
            githubToken: r['github-token'],
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var upload = __webpack_require__(13);
// EXTERNAL MODULE: ./lib/provenance.js
var lib_provenance = __webpack_require__(20944);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/fleet/artifacts.js
var fleet_artifacts = __webpack_require__(67291);
// EXTERNAL MODULE: ./lib/fleet/decision.js
var fleet_decision = __webpack_require__(52564);
// EXTERNAL MODULE: ./lib/fleet/report.js
var fleet_report = __webpack_require__(48476);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/verify.js
var verify = __webpack_require__(34474);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/fleet/render.js
var render = __webpack_require__(20042);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var report_files = __webpack_require__(67429);
;// CONCATENATED MODULE: ./lib/aggregate/main.js
// The aggregate action: one verdict for a fleet. Lists this run's report artifacts, reads each
// leg's report, decides with the gate's own table (src/fleet/decision.ts), publishes the legs ×
// checks matrix, uploads its own report as `preflight-fleet-report`, and fails on abort.



















const FLEET_ARTIFACT = 'preflight-fleet-report';
async function runAggregate(env = process.env, deps = {
    io: (0,core_io.coreIo)(env),
}) {
    const { io, store: given } = deps;
    // Until the legs are decided the fleet is incomplete: the outputs say abort (fail-closed).
    const outputs = {
        verdict: (0,lib_decision/* decideFleetVerdict */.gL)(lib_decision/* UNDECIDED_FLEET */.T$).verdict,
        status: 'incomplete',
        legs: '[]',
        'failed-legs': '[]',
        'report-url': '',
    };
    (0,action_io/* setOutputs */.n)(io, outputs);
    const raw = {};
    for (const name of AGGREGATE_INPUTS)
        raw[name] = io.getInput(name);
    const parsed = parseAggregateSettings(raw);
    if (!parsed.ok)
        return await fail(io, `invalid inputs.\n${parsed.errors.join('\n')}`);
    const { mode, pattern, expected, githubToken } = parsed.settings;
    const { GITHUB_SHA: sha, GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = env;
    if (!sha || !runId || !repository)
        return await fail(io, 'GITHUB_SHA, GITHUB_RUN_ID or GITHUB_REPOSITORY is not set: the aggregate action runs only inside a workflow run.');
    if (!(0,upload/* artifactRuntimeAvailable */.Qf)(env))
        return await fail(io, 'no artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset): the legs’ reports cannot be read. For reports on disk use `preflight aggregate`.');
    // With github-token this run's artifacts are read through the REST API (actions: read).
    let store;
    try {
        store = given ?? (0,fleet_artifacts/* storeFromInputs */.zc)(githubToken, env);
    }
    catch (error) {
        return await fail(io, error.message);
    }
    let decision;
    const workDir = await (0,promises_.mkdtemp)(external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-fleet-'));
    try {
        const matcher = (0,fleet_artifacts/* globToRegExp */.tL)(pattern);
        const artifacts = (await store.list()).filter((a) => matcher.test(a.name));
        if (artifacts.length > MAX_ARTIFACTS)
            return await fail(io, `${artifacts.length} artifacts match "${pattern}", more than ${MAX_ARTIFACTS}: narrow the pattern.`);
        io.info(`${artifacts.length} artifact(s) match "${pattern}"; ${expected} leg(s) expected.`);
        const found = await (0,fleet_artifacts/* legsFromArtifacts */.BF)(store, artifacts, workDir, (a) => (0,upload/* artifactUrl */.Wk)(a.id, env));
        const evidence = await withOverridesVerified(found, mode, githubToken, env, deps.github);
        for (const note of evidence.notes)
            io.warning(note);
        decision = (0,fleet_decision/* decideFleet */.z8)({
            mode,
            sha,
            runId,
            repository,
            runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
            notBefore: null,
            now: new Date(),
        }, expected, evidence.legs);
    }
    catch (error) {
        return await fail(io, `the legs’ reports could not be listed or read: ${error.message}`);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    const provenance = (0,lib_provenance/* provenanceFromEnv */.f5)(env, mode);
    const now = new Date();
    const report = (0,fleet_report/* fleetReport */.jV)(decision, provenance, now);
    const reportDir = external_node_path_.resolve(env.GITHUB_WORKSPACE ?? '.', settings/* DEFAULT_REPORT_DIR */.dw);
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const base = external_node_path_.join(reportDir, (0,report_files/* reportBaseName */.l_)(now).replace('SMOKE_TEST_INSTITUTIONAL', 'FLEET'));
    const files = [`${base}.json`, `${base}.md`];
    let reportUrl = '';
    let uploadError = null;
    await (0,promises_.writeFile)(files[0], JSON.stringify(report, null, 2) + '\n', 'utf8');
    await (0,promises_.writeFile)(files[1], (0,render/* renderFleetSummary */.LL)(decision, provenance, ''), 'utf8');
    const runUrl = (0,github/* runUrlFromEnv */.kk)(env);
    const operator = env.GITHUB_ACTOR || external_node_os_.userInfo().username;
    // Every abort leaves an operational-log entry, in the report directory and the artifact.
    if (decision.verdict === 'abort') {
        const entry = (0,fleet_report/* fleetOpsLogEntry */.Fh)(decision, now, operator, runUrl);
        files.push(`${base}.oplog.jsonl`);
        await (0,promises_.writeFile)(`${base}.oplog.jsonl`, JSON.stringify(entry) + '\n', 'utf8');
        await (0,opslog/* appendOpsLog */.$G)(reportDir, [entry]);
    }
    try {
        const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1'
            ? `-attempt-${env.GITHUB_RUN_ATTEMPT}`
            : '';
        const uploaded = await (deps.uploadArtifact ?? upload/* uploadReportArtifact */.qw)({
            files,
            rootDirectory: reportDir,
            name: `${FLEET_ARTIFACT}${attempt}`,
            retentionDays: settings/* DEFAULT_RETENTION_DAYS */.D4,
            timeoutMs: (0,upload/* uploadTimeoutMs */.n8)(env),
        }, env);
        reportUrl = uploaded.url;
    }
    catch (error) {
        uploadError = error.message;
    }
    await (0,sanitize/* withWorkflowCommandsStopped */.rQ)(io.stdout, async () => {
        io.stdout.write((0,render/* renderFleetConsole */.cB)(decision));
    });
    outputs.status = decision.status;
    outputs['report-url'] = reportUrl;
    outputs.legs = JSON.stringify(report.legs.map((l) => ({
        host: l.host,
        runner: l.runnerName,
        job: l.job,
        matrix: l.matrix,
        status: l.status,
        verdict: l.verdict,
        override: l.override,
        failedChecks: l.failedChecks.map((c) => `${c.name} (${c.level})`),
        reportUrl: l.url,
    })));
    outputs['failed-legs'] = JSON.stringify(decision.legs.filter((l) => l.blocking).map((l) => l.host || l.label));
    let summary = (0,render/* renderFleetSummary */.LL)(decision, provenance, reportUrl);
    // No fleet report, no launch where the table's fact says so (require would refuse anyway).
    const final = uploadError === null ? decision : (0,fleet_decision/* withFleetFacts */.w8)(decision, ['report-upload-failed']);
    const abortForUpload = final.verdict !== decision.verdict;
    if (uploadError !== null) {
        const note = `The fleet report could not be uploaded as "${FLEET_ARTIFACT}": ${uploadError}${(0,lib_decision/* factBlocks */.LP)('report-upload-failed', mode) ? ' No evidence, no launch.' : ' (paper mode: the verdict stands, but `require` will find no fleet report).'}`;
        summary += `\n> ${note.replace(/\n/g, ' ')}\n`;
        io.warning(note);
    }
    await io.writeSummary(summary);
    if (abortForUpload) {
        const entry = (0,fleet_report/* fleetOpsLogEntry */.Fh)(final, new Date(), operator, runUrl, 'REPORT_UPLOAD_FAILED', `The fleet report could not be uploaded: ${uploadError}. No evidence, no launch.`);
        await (0,opslog/* appendOpsLog */.$G)(reportDir, [entry]);
    }
    (0,action_io/* setOutputs */.n)(io, { ...outputs, verdict: final.verdict });
    if (final.verdict !== 'proceed') {
        io.setFailed(`❌ FLEET LAUNCH ABORTED (${final.status}): ${final.reasons.slice(0, 10).join(' ')}`);
    }
}
/**
 * A leg that proceeds on an override its gate granted claims approvals: they are verified again
 * here, in this run, in the environment its report names. A leg whose approvals do not hold (or
 * cannot be checked) counts as the override still waiting: it blocks the fleet.
 */
async function withOverridesVerified(legs, mode, githubToken, env, given) {
    const notes = [];
    let client = given;
    const verified = [];
    for (const leg of legs) {
        const report = leg.report;
        if (!report || report.verdict !== 'proceed' || report.override === null) {
            verified.push(leg);
            continue;
        }
        const override = report.override;
        const environment = report.approval?.environment ?? '';
        let refusal = null;
        if (environment === '') {
            refusal = 'its report does not say in which environment the override was approved';
        }
        else {
            try {
                client ??= await (0,github/* createGitHubClient */.LX)(githubToken, env);
                const check = await (0,verify/* verifyWhereUsed */.kK)(client, (0,github/* runRefFromEnv */.eR)(env), {
                    mode,
                    override,
                    environment,
                });
                if (!check.granted)
                    refusal = check.refusals.join(' ');
            }
            catch (error) {
                refusal = `the approvals could not be verified: ${error.message} (set "github-token" with permissions actions: read)`;
            }
        }
        if (refusal === null) {
            verified.push(leg);
            continue;
        }
        notes.push(`${leg.source}: ${override} was granted by its gate, but ${refusal}`);
        // The leg as its gate would have decided without the approval: never better than that.
        const unapproved = (0,lib_decision/* decide */.LD)({
            mode,
            status: report.status,
            forceStart: report.requestedOverride === 'force-start',
            approvalVerified: false,
        });
        verified.push({
            ...leg,
            report: {
                ...report,
                override: null,
                verdict: unapproved.verdict,
                gateExitCode: unapproved.gateExitCode,
            },
        });
    }
    return { legs: verified, notes };
}
async function fail(io, message) {
    io.setFailed(`❌ FLEET LAUNCH ABORTED: ${message}`);
    await io.writeSummary(`## ❌ FLEET LAUNCH ABORTED\n\n${(0,sanitize/* markdownText */.p7)(message, 4000)}\n`);
}


/***/ }),

/***/ 20042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ renderFleetSummary),
/* harmony export */   cB: () => (/* binding */ renderFleetConsole)
/* harmony export */ });
/* unused harmony export fleetTitle */
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54020);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43394);
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
            .map((l) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(l.label))
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
        lines.push('', ...decision.reasons.slice(0, 50).map((r) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(r, 2000)}`));
    if (decision.reasons.length > 50)
        lines.push(`- … and ${decision.reasons.length - 50} more`);
    const { columns, more } = checkColumns(legs);
    if (legs.length > 0) {
        const header = ['Leg', 'Verdict', 'Status', ...columns.map((c) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(c, 60))];
        if (more)
            header.push('Other failed checks');
        lines.push('', '### Legs × checks (worst first)', '');
        lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
        for (const leg of legs.slice(0, MAX_SUMMARY_ROWS)) {
            const byName = new Map(leg.checks.map((c) => [c.name, c]));
            const name = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(leg.label, 200);
            const cells = [
                leg.url ? `[${name}](${encodeURI(leg.url)})` : name,
                verdictMark(leg),
                `\`${leg.status}\``,
                ...columns.map((c) => markdownMark(byName.get(c))),
            ];
            if (more) {
                const shown = new Set(columns);
                const other = leg.checks.filter((c) => c.status === 'failed' && !shown.has(c.name));
                cells.push((0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(other.map((c) => `${c.name} (${c.level})`).join(', '), 300));
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
                lines.push(`- **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(leg.label, 200)}** · ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(c.name)} (${c.level}): ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(c.message, 500)}`);
        }
    }
    if (decision.refused.length > 0) {
        lines.push('', '### Refused reports', '', '| Report | Why |', '|---|---|');
        for (const r of decision.refused.slice(0, 100))
            lines.push(`| ${linked(r.source, r.url)} | ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.reason, 500)} |`);
    }
    if (decision.superseded.length > 0) {
        lines.push('', '### Replaced by a newer attempt');
        for (const s of decision.superseded.slice(0, 100))
            lines.push(`- ${linked(s.source, s.url)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(s.reason, 300)}`);
    }
    lines.push('', '### What to do next', ...decision.nextSteps.map((s, i) => `${i + 1}. ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(s, 1000)}`));
    lines.push('', '### Aggregation', `- Commit: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.sha || 'unknown')} · ref: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.ref || 'unknown')} · run ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.runId || 'unknown')} attempt ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.runAttempt || 'unknown')}`, `- Host: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.host)} · job: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(provenance.job || 'unknown')}`);
    if (reportUrl)
        lines.push(`- Fleet report: [preflight-fleet-report](${encodeURI(reportUrl)})`);
    const markdown = lines.join('\n') + '\n';
    if (Buffer.byteLength(markdown) <= _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_LIMIT_BYTES */ .Jz)
        return markdown;
    return ((0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBytes */ .QY)(markdown, _report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_LIMIT_BYTES */ .Jz - 512) +
        "\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. Every leg is in the fleet report.\n");
}
function linked(source, url) {
    const name = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(source, 200);
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
    const label = (l) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(l.label).replace(/\s+/g, ' ').slice(0, 60);
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
        columns.forEach((c, i) => out.push(`  ${String(i + 1).padStart(2)}  ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(c).slice(0, 100)}`));
        out.push('Legend: + passed, X failed (P0/P1), ! P2 warning, - skipped, . not run');
    }
    for (const r of decision.refused)
        out.push(`Refused: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(r.source)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(r.reason)}`);
    for (const s of decision.superseded)
        out.push(`Replaced: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(s.source)}: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(s.reason)}`);
    if (decision.reasons.length > 0)
        out.push('', ...decision.reasons.map((r) => (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(r)));
    out.push('', 'What to do next:', ...decision.nextSteps.map((s, i) => `  ${i + 1}. ${s}`));
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   mW: () => (/* binding */ fitSummary)
/* harmony export */ });
/* harmony import */ var _decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58825);
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8609);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54020);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63021);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20944);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26916);
// The job summary: the verdict in the source document's words (docs/source-document.md), the
// results, what to do next, what reviewers are asked to approve, and the run's metadata.









/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run, links) {
    const { outcome, decision } = run;
    // The job summary is the action's: its words.
    const banner = (0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .runBanner */ .qO)(run, _model_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTION_WORDS */ .dC);
    const lines = [`## ${banner.title}`, ''];
    for (const line of banner.lines.filter((l) => l.trim() !== ''))
        lines.push(`> ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(line.trim(), 1000)}`);
    lines.push('', `**Verdict**: \`${decision.verdict}\` · **Status**: \`${outcome.status}\` (${_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .STATUS_LINE */ .qn[outcome.status]}) · **Gate exit code**: ${decision.gateExitCode}`, '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsTable */ .r6)(run), 
    // The suite's own reports are linked under "Run", next to the gate's report.
    ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceLines */ .p1)(run, '###', false));
    if (outcome.notes.length > 0) {
        lines.push('', '### Notes', ...outcome.notes.map((n) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(n, 4000)}`));
    }
    lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .flakyLines */ .lw)(run, '###'));
    const failed = outcome.checks.filter((c) => c.status === 'failed' && c.remediation);
    if (failed.length > 0) {
        lines.push('', '### Remediation', ...failed.map((c) => `- **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.remediation ?? '', 2000)}`));
    }
    if (decision.verdict === 'approval-required')
        lines.push('', ...approvalRequest(run));
    if (run.approval)
        lines.push('', '### Approval', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .approvalLines */ .Jg)(run));
    lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .isolationLines */ .cE)(run, '###'));
    if (banner.nextSteps.length > 0) {
        lines.push('', '### What to do next', ...banner.nextSteps.map((s, i) => `${i + 1}. ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownText */ .p7)(s, 1000)}`));
    }
    if (outcome.outputTail !== '' && outcome.status !== 'passed') {
        lines.push('', '<details><summary>Suite output (end)</summary>', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(outcome.outputTail.slice(-16 * 1024)), '', '</details>');
    }
    if (run.opsLog.length > 0) {
        lines.push('', '### Operational log', '', (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .preformatted */ .EC)(run.opsLog.map(_opslog_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOpsLogEntry */ .Gg).join('\n\n')));
    }
    lines.push('', '### Run', `- Mode: ${run.mode?.toUpperCase() ?? 'UNKNOWN'} · subset: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.subset ?? 'unknown')} · duration: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a3)(outcome.durationMs)}`, `- Suite: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.source)}`, `- Operator: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.operator)}`, `- Report: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(links.reportPath)}`);
    if (run.provenance)
        lines.push(...provenanceLines(run.provenance));
    if (links.artifactUrl)
        lines.push(`- Artifact: [full report](${encodeURI(links.artifactUrl)})`);
    for (const report of outcome.suiteReports ?? []) {
        const name = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(report));
        lines.push(`- Suite's own report: ${links.artifactUrl ? `[${name}](${encodeURI(links.artifactUrl)}) (in the artifact)` : `${name} (next to the gate's report)`}`);
    }
    if (outcome.appendedArgs && outcome.appendedArgs.length > 0) {
        lines.push(`- Appended to the command: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(outcome.appendedArgs.join(' '))}`);
    }
    if (run.runUrl)
        lines.push(`- Run: ${encodeURI(run.runUrl)}`);
    return lines.join('\n') + '\n';
}
/** Where and for what the gate ran: what `aggregate` and `require` check. */
function provenanceLines(p) {
    const value = (v) => (v ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(v) : '_unknown_');
    const lines = [
        `- Host: ${value(p.host)} · runner: ${value(p.runnerName)}`,
        `- Commit: ${value(p.sha)} · ref: ${value(p.ref)} · repository: ${value(p.repository)}`,
        `- Workflow: ${value(p.workflow)} · job: ${value(p.job)} · run ${value(p.runId)} attempt ${value(p.runAttempt)}`,
    ];
    if (p.matrix)
        lines.push(`- Matrix: ${value((0,_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .matrixLabel */ .Uy)(p.matrix))}`);
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
            lines.push(`- Failed P1 check **${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.name)}**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(c.message)}`);
    }
    lines.push(`- Reason: ${run.reason ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.reason, 2000) : '_none given_'}`, `- Ticket: ${run.ticket ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.ticket) : '_none given_'}`, ...(override === 'force-start'
        ? [
            `- Expected impact: ${run.impact ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.impact, 2000) : '_none given_'}`,
            `- Mitigation plan: ${run.mitigation ? (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.mitigation, 2000) : '_none given_'}`,
        ]
        : []), `- Requested by: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.operator)}`, `- Approve in environment: ${run.approvalEnvironment ? `\`${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .UZ)(run.approvalEnvironment)}\`` : 'the override environment of the authorize job'}`, `- Approvals needed: ${run.requiredApprovals} distinct reviewer(s), not the requester${override && (0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .commentRequired */ .zY)((0,_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOrStrictest */ .uh)(run.mode), override) ? ', each with a comment' : ''}`);
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
        : (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(links.reportPath);
    const note = `\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. The whole report is in ${where}.\n`;
    const head = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateBytes */ .QY)(markdown, limitBytes - Buffer.byteLength(note, 'utf8') - 64);
    // Close an HTML block left open by the cut, so the note renders.
    const open = (head.match(/<pre>/g) ?? []).length - (head.match(/<\/pre>/g) ?? []).length;
    return head + (open > 0 ? '</code></pre>' : '') + note;
}


/***/ })

};
