export const id = 9521;
export const ids = [9521];
export const modules = {

/***/ 19521:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AGGREGATE_HELP: () => (/* binding */ AGGREGATE_HELP),
/* harmony export */   DEFAULT_MAX_AGE_HOURS: () => (/* binding */ DEFAULT_MAX_AGE_HOURS),
/* harmony export */   aggregateCommand: () => (/* binding */ aggregateCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14908);
/* harmony import */ var _fleet_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52564);
/* harmony import */ var _fleet_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9403);
/* harmony import */ var _fleet_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20042);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59814);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54020);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18908);
/* harmony import */ var _suite_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19013);
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
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .usageError */ .D)(io, 'aggregate', `${error.message}`);
        return 1;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(AGGREGATE_HELP + '\n');
        return 0;
    }
    const mode = _model_js__WEBPACK_IMPORTED_MODULE_5__/* .MODES */ .FN.find((m) => m === values.mode);
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
        ...(values.repo === undefined || (0,_approval_approval_run_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(values.repo)
            ? []
            : [`--repo must be OWNER/NAME, got "${values.repo}"`]),
        ...(values['max-age'] === undefined ||
            (/^\d+(\.\d+)?$/.test(values['max-age']) && Number(values['max-age']) > 0)
            ? []
            : [`--max-age must be a number of hours above 0, got "${values['max-age']}"`]),
    ];
    if (problems.length > 0) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .usageError */ .D)(io, 'aggregate', `${problems.join('; ')}`);
        return 1;
    }
    const evidence = [];
    for (const target of positionals)
        evidence.push(await (0,_fleet_files_js__WEBPACK_IMPORTED_MODULE_3__/* .legFromPath */ .q_)(target));
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    const now = new Date();
    const maxAgeHours = Number(values['max-age'] ?? DEFAULT_MAX_AGE_HOURS);
    const decision = (0,_fleet_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .decideFleet */ .z8)({
        mode: mode,
        sha: values.sha ?? (inActions && io.env.GITHUB_SHA ? io.env.GITHUB_SHA : null),
        runId: values['run-id'] ?? null,
        repository: values.repo ?? (inActions && io.env.GITHUB_REPOSITORY ? io.env.GITHUB_REPOSITORY : null),
        runAttempt: null,
        notBefore: new Date(now.getTime() - maxAgeHours * 3_600_000),
        now,
        legs: named.length > 0 ? named : null,
    }, expected, evidence, _suite_options_js__WEBPACK_IMPORTED_MODULE_7__/* .CLI_WORDS */ .xP);
    const text = (0,_fleet_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderFleetConsole */ .cB)(decision);
    // Host names and check messages come from other machines: no workflow commands in them.
    if (inActions)
        await (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_6__/* .withWorkflowCommandsStopped */ .rQ)(io.stdout, async () => {
            io.stdout.write(text);
        });
    else
        io.stdout.write(text);
    return decision.gateExitCode;
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
