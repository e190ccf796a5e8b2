export const id = 902;
export const ids = [902];
export const modules = {

/***/ 92196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSince: () => (/* binding */ parseSince),
/* harmony export */   reviewCommand: () => (/* binding */ reviewCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _approval_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63944);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51819);
/* harmony import */ var _approval_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74156);
/* harmony import */ var _review_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33554);
/* harmony import */ var _review_review_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35430);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3390);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18908);
// `preflight review`: the monthly review from the operational log wherever it is kept.









const REVIEW_HELP = `Usage: preflight review [--since 30d] [--dir DIR ...] [--issue N --repo OWNER/NAME] [--format md|json] [--out FILE]

The monthly review: every override (mode, kind, operator, approvers and their comments, reason,
ticket, whether its follow-up issue is still open), aborts by cause, the checks that failed most,
P0 failures per week, paper against live.

  --since PERIOD      30d (default), 6w, or a date (2026-11-01)
  --dir DIR           a report directory or unpacked report artifacts, searched recursively
                      (repeatable; default ${_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_REPORT_DIR */ .dw}); reads operational-log*.jsonl
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
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
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
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .usageError */ .D)(io, 'review', `${error.message}`);
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
    const collector = new _review_read_js__WEBPACK_IMPORTED_MODULE_5__/* .EntryCollector */ .K1();
    let followUps = null;
    try {
        await (0,_review_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readLogFiles */ .mS)(await (0,_review_read_js__WEBPACK_IMPORTED_MODULE_5__/* .findLogFiles */ .PM)(values.dir ?? [_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_REPORT_DIR */ .dw]), collector);
        if (repoRef) {
            const token = (0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenFromEnv */ .B)(io.env);
            if (token === '')
                throw new Error(_github_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_TOKEN */ .wH);
            const client = await (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHubClient */ .LX)(token, io.env);
            if (issue !== null)
                await (0,_review_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readIssueComments */ .Cx)(client, { ...repoRef, issue }, collector);
            followUps = await (0,_review_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readFollowUps */ .Uq)(client, repoRef, _approval_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .TICKET_LABEL */ .iE);
        }
    }
    catch (error) {
        // An incomplete review would undercount overrides: none rather than a wrong one.
        io.stderr.write(`preflight review: ${error.message}\n`);
        return 1;
    }
    const read = collector.done();
    const review = (0,_review_review_js__WEBPACK_IMPORTED_MODULE_6__/* .buildReview */ .Br)({ read, from, to: now, followUps });
    const rendered = values.format === 'json' ? (0,_review_review_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReviewJson */ .H_)(review) : (0,_review_review_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReviewMarkdown */ .AD)(review);
    if (values.out)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.out, rendered, 'utf8');
    else
        io.stdout.write(rendered);
    if (read.unverifiedCount > 0) {
        io.stderr.write(`preflight review: ${read.unverifiedCount} entr${read.unverifiedCount === 1 ? 'y' : 'ies'} could not be verified (first: ${read.unverified[0]}); they are listed in the review and not counted.\n`);
    }
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
