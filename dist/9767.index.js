export const id = 9767;
export const ids = [9767];
export const modules = {

/***/ 41838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTHORIZE_OUTPUTS: () => (/* binding */ AUTHORIZE_OUTPUTS),
  runAuthorize: () => (/* binding */ runAuthorize)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/action/io.js
var action_io = __webpack_require__(69308);
// EXTERNAL MODULE: ./lib/approval/flow.js
var flow = __webpack_require__(61891);
// EXTERNAL MODULE: ./lib/approval/github.js
var github = __webpack_require__(63944);
// EXTERNAL MODULE: ./lib/approval/publish.js
var publish = __webpack_require__(74156);
// EXTERNAL MODULE: ./lib/decision.js
var lib_decision = __webpack_require__(58825);
// EXTERNAL MODULE: ./lib/opslog.js
var opslog = __webpack_require__(8609);
// EXTERNAL MODULE: ./lib/redact.js
var redact = __webpack_require__(25078);
// EXTERNAL MODULE: ./lib/settings.js
var lib_settings = __webpack_require__(3390);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/artifact/upload.js
var artifact_upload = __webpack_require__(13);
// EXTERNAL MODULE: ./lib/fleet/authorization.js
var authorization = __webpack_require__(17637);
// EXTERNAL MODULE: ./lib/provenance.js
var provenance = __webpack_require__(20944);
// EXTERNAL MODULE: ./lib/report/files.js + 1 modules
var files = __webpack_require__(67429);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js
var schemas = __webpack_require__(55156);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
;// CONCATENATED MODULE: ./lib/authorize/settings.js
// The authorize action's inputs, read once into one typed settings object.




const AUTHORIZE_INPUTS = [
    'mode',
    'environment',
    'override',
    'required-approvals',
    'approvers',
    'allow-self-approval',
    'reason',
    'ticket',
    'impact',
    'mitigation',
    'github-token',
    'ops-log-issue',
    'open-ticket',
];
const trimmed = schemas.string().trim();
const schema = schemas.object({
    mode: trimmed.pipe(schemas["enum"](model/* MODES */.FN, { error: (i) => `must be paper or live, got "${String(i.input)}"` })),
    environment: trimmed.min(1, {
        error: 'is required: the protected environment this job is bound to',
    }),
    override: trimmed.pipe(schemas["enum"](model/* OVERRIDES */.u3, { error: (i) => `must be force-start or skip, got "${String(i.input)}"` })),
    'required-approvals': (0,lib_settings/* optionalInteger */.$H)(1, 20).default(null),
    approvers: trimmed
        .default('')
        .transform((v) => v.split(/[\s,]+/).filter(Boolean))
        .refine((list) => list.every((l) => /^[A-Za-z0-9-]+(\[bot\])?$/.test(l)), {
        message: 'must be GitHub logins separated by commas or spaces',
    }),
    'allow-self-approval': (0,lib_settings/* booleanInput */.tE)(false).default(false),
    reason: trimmed.default(''),
    ticket: trimmed.default(''),
    impact: trimmed.default(''),
    mitigation: trimmed.default(''),
    'github-token': schemas.string().default(''),
    'ops-log-issue': (0,lib_settings/* optionalInteger */.$H)(1, Number.MAX_SAFE_INTEGER).default(null),
    'open-ticket': (0,lib_settings/* booleanInput */.tE)(false).default(false),
});
function parseAuthorizeSettings(raw) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        return {
            ok: false,
            errors: (0,lib_settings/* describeInputIssues */.gP)(parsed.error.issues),
        };
    }
    const r = parsed.data;
    return {
        ok: true,
        settings: {
            mode: r.mode,
            environment: r.environment,
            override: r.override,
            // The input can raise the policy's count, never lower it.
            requiredApprovals: (0,lib_decision/* approvalsRequired */.g0)(r.mode, r.override, r['required-approvals']),
            approvers: r.approvers,
            allowSelfApproval: r['allow-self-approval'],
            reason: r.reason,
            ticket: r.ticket,
            impact: r.impact,
            mitigation: r.mitigation,
            githubToken: r['github-token'],
            opsLogIssue: r['ops-log-issue'],
            openTicket: r['open-ticket'],
        },
    };
}

;// CONCATENATED MODULE: ./lib/authorize/main.js
// The authorize action (two-job flow): runs in a job bound to the override environment, after
// reviewers read the gate's report and approved that job. It verifies the approvals through the
// GitHub API, records the decision in the operational log, and fails unless the override is
// authorized. The deploy job needs it.

















/** The authorize action's outputs, as in authorize/action.yml. */
const AUTHORIZE_OUTPUTS = ['authorized', 'approvers'];
async function runAuthorize(env, deps) {
    const { io } = deps;
    const raw = {};
    for (const name of AUTHORIZE_INPUTS)
        raw[name] = io.getInput(name);
    if (raw.mode === '')
        delete raw.mode;
    if (raw.override === '')
        delete raw.override;
    const parsed = parseAuthorizeSettings(raw);
    (0,action_io/* setOutputs */.n)(io, { authorized: 'false', approvers: '[]' });
    if (!parsed.ok) {
        io.setFailed(`❌ OVERRIDE NOT AUTHORIZED: invalid inputs.\n${parsed.errors.join('\n')}`);
        return;
    }
    const settings = parsed.settings;
    const redactor = new redact/* Redactor */.pO([settings.githubToken]);
    redactor.addWithheld(env);
    const runUrl = (0,github/* runUrlFromEnv */.kk)(env);
    const now = deps.now ?? (() => new Date());
    let decision;
    try {
        const client = await (0,github/* createGitHubClient */.LX)(settings.githubToken, env);
        const run = (0,github/* runRefFromEnv */.eR)(env);
        decision = redactor.redactDeep(await (0,flow/* authorizeOverride */.G4)(client, run, {
            mode: settings.mode,
            environment: settings.environment,
            override: settings.override,
            requiredApprovals: settings.requiredApprovals,
            approvers: settings.approvers,
            allowSelfApproval: settings.allowSelfApproval,
        }, settings.openTicket
            ? {
                mode: settings.mode,
                override: settings.override,
                failures: [],
                // The ticket is evidence too: its free text passes the same pipeline.
                reason: redactor.redact(settings.reason),
                ticket: redactor.redact(settings.ticket),
                impact: redactor.redact(settings.impact),
                mitigation: redactor.redact(settings.mitigation),
                runUrl,
                reportUrl: runUrl ? `${runUrl}#artifacts` : '',
            }
            : null));
        const operator = env.GITHUB_ACTOR || external_node_os_.userInfo().username;
        const entry = redactor.redactDeep(logEntry(settings, decision, operator, runUrl, now()));
        const reportDir = external_node_path_.resolve(env.GITHUB_WORKSPACE ?? '.', lib_settings/* DEFAULT_REPORT_DIR */.dw);
        await (0,opslog/* appendOpsLog */.$G)(reportDir, [entry]);
        await uploadEvidence(deps, settings, decision.granted, entry, reportDir, env, now());
        await main_publish(io, settings, decision, entry);
        if (settings.opsLogIssue) {
            await (0,publish/* commentOpsLog */.Ad)(client, run, settings.opsLogIssue, [entry]).catch((error) => io.warning(`Operational log not posted to issue #${settings.opsLogIssue}: ${error.message}`));
        }
    }
    catch (error) {
        io.setFailed(`❌ OVERRIDE NOT AUTHORIZED: ${redactor.redact(error.message)}`);
        return;
    }
    if (!decision.granted) {
        io.setFailed(`❌ OVERRIDE NOT AUTHORIZED (${settings.override}, ${settings.mode.toUpperCase()}): ${decision.refusals.join(' ')}`);
    }
}
/** The override's entry, with the verdict and exit code the decision table gives it. */
function logEntry(settings, decision, operator, runUrl, at) {
    const status = lib_decision/* OVERRIDDEN_STATUS */.Wg[settings.override];
    const verdict = (0,lib_decision/* decide */.LD)({
        mode: settings.mode,
        status,
        forceStart: settings.override === 'force-start',
        approvalVerified: decision.granted,
        // Not granted here means blocked: the launch does not happen.
        facts: decision.granted ? [] : ['approval-refused'],
    });
    const granted = settings.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
    return (0,opslog/* opsLogEntry */.Bg)({
        mode: settings.mode,
        status,
        exitCode: null,
        decision: verdict,
        failures: [],
        operator,
        approvers: decision.approvers,
        reason: settings.reason,
        ticket: settings.ticket,
        impact: settings.impact,
        mitigation: settings.mitigation,
        runUrl,
    }, at, decision.granted ? granted : 'OVERRIDE_REFUSED', decision.granted
        ? `${settings.override} authorized in environment "${settings.environment}"${decision.ticketUrl ? `; follow-up ${decision.ticketUrl}` : ''}`
        : decision.refusals.join(' '));
}
/**
 * The entry as an artifact of this run, for the deploy job's `require` step (and so the log entry
 * is never lost with the runner). Without it `require` refuses the override, so a failed upload
 * is a warning here and a refusal there.
 */
async function uploadEvidence(deps, settings, authorized, entry, dir, env, now) {
    if (!(0,artifact_upload/* artifactRuntimeAvailable */.Qf)(env))
        return;
    const file = external_node_path_.join(dir, (0,files/* reportBaseName */.l_)(now).replace('SMOKE_TEST_INSTITUTIONAL', 'AUTHORIZATION') + '.json');
    const record = (0,authorization/* authorizationRecord */.hN)(entry, settings, authorized, (0,provenance/* provenanceFromEnv */.f5)(env, settings.mode));
    const name = (0,artifact_upload/* defaultArtifactName */.Vb)(settings.mode, env).replace('preflight-report-', `${authorization/* AUTHORIZATION_ARTIFACT_PREFIX */.CB}${settings.override}-`);
    const upload = deps.uploadArtifact ?? artifact_upload/* uploadReportArtifact */.qw;
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(file, JSON.stringify(record, null, 2) + '\n', 'utf8');
        await upload({
            files: [file],
            rootDirectory: dir,
            name,
            retentionDays: lib_settings/* DEFAULT_RETENTION_DAYS */.D4,
            timeoutMs: (0,artifact_upload/* uploadTimeoutMs */.n8)(env),
        }, env);
    }
    catch (error) {
        deps.io.warning(`The authorization record could not be uploaded as "${name}": ${error.message}. A deploy job's require step will not find it.`);
    }
}
async function main_publish(io, settings, decision, entry) {
    (0,action_io/* setOutputs */.n)(io, {
        authorized: String(decision.granted),
        approvers: JSON.stringify(decision.approvers),
    });
    for (const warning of decision.warnings)
        io.warning(warning);
    const title = decision.granted
        ? settings.override === 'skip'
            ? '🚨 HEALTH CHECK SKIP AUTHORIZED 🚨'
            : '🚨 FORCE START AUTHORIZED - PROCEEDING WITH P1 FAILURES 🚨'
        : '❌ OVERRIDE NOT AUTHORIZED - LAUNCH BLOCKED';
    io.info(`${title}\n${(0,opslog/* formatOpsLogEntry */.Gg)(entry)}`);
    const lines = [
        `## ${title}`,
        '',
        `- Override: \`${settings.override}\` in ${settings.mode.toUpperCase()} mode`,
        `- Environment: ${(0,sanitize/* markdownCell */.UZ)(settings.environment)} · approvals required: ${settings.requiredApprovals}`,
        ...decision.approvers.map((a) => `- Approved by ${(0,sanitize/* markdownCell */.UZ)(a.login)}${a.comment ? `: “${(0,sanitize/* markdownCell */.UZ)(a.comment)}”` : ''}`),
        ...decision.refusals.map((r) => `- Refused: ${(0,sanitize/* markdownCell */.UZ)(r, 2000)}`),
        ...decision.warnings.map((w) => `- Warning: ${(0,sanitize/* markdownCell */.UZ)(w, 2000)}`),
        ...(decision.ticketUrl ? [`- Follow-up ticket: ${encodeURI(decision.ticketUrl)}`] : []),
        '',
        '### Operational log',
        '',
        (0,sanitize/* preformatted */.EC)((0,opslog/* formatOpsLogEntry */.Gg)(entry)),
    ];
    await io.writeSummary(lines.join('\n') + '\n');
}


/***/ }),

/***/ 17637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ AUTHORIZATION_ARTIFACT_PREFIX),
/* harmony export */   I6: () => (/* binding */ authorizationRefusal),
/* harmony export */   Ng: () => (/* binding */ authorizationSchema),
/* harmony export */   h: () => (/* binding */ AUTHORIZATION_FILE),
/* harmony export */   hN: () => (/* binding */ authorizationRecord)
/* harmony export */ });
/* unused harmony export AUTHORIZATION_KIND */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59814);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20944);
// The authorize action's machine-readable evidence: its operational-log entry and where it ran,
// uploaded as an artifact of the run, so a deploy job's `require` step can check that an
// override was authorized in this run, for this commit and mode.



const AUTHORIZATION_KIND = 'preflight-authorization';
const AUTHORIZATION_ARTIFACT_PREFIX = 'preflight-authorization-';
const AUTHORIZATION_FILE = /^AUTHORIZATION_\d{8}_\d{6}(?:_\d+)?\.json$/;
const authorizationSchema = zod__WEBPACK_IMPORTED_MODULE_2__.object({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__.literal(AUTHORIZATION_KIND),
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__.literal(1),
    authorized: zod__WEBPACK_IMPORTED_MODULE_2__.boolean(),
    mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN),
    override: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3),
    environment: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    provenance: _provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .provenanceSchema */ .j9,
    entry: zod__WEBPACK_IMPORTED_MODULE_2__.object({
        timestamp: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        event: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OPS_EVENTS */ .Lx),
        mode: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN).nullable(),
        status: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f),
        decision: zod__WEBPACK_IMPORTED_MODULE_2__["enum"](_model_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICTS */ .bk),
        operator: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        approvers: zod__WEBPACK_IMPORTED_MODULE_2__.array(zod__WEBPACK_IMPORTED_MODULE_2__.object({ login: zod__WEBPACK_IMPORTED_MODULE_2__.string(), comment: zod__WEBPACK_IMPORTED_MODULE_2__.string() })),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
        details: zod__WEBPACK_IMPORTED_MODULE_2__.string(),
    }),
});
function authorizationRecord(entry, settings, authorized, provenance) {
    return {
        kind: AUTHORIZATION_KIND,
        schemaVersion: 1,
        authorized,
        mode: settings.mode,
        override: settings.override,
        environment: settings.environment,
        provenance,
        entry,
    };
}
/** Why this record does not authorize `override` for this commit, run and mode, or null. */
function authorizationRefusal(record, want) {
    const granted = want.override === 'skip' ? 'OVERRIDE_SKIP_HEALTH_CHECK' : 'OVERRIDE_FORCE_START';
    if (record.override !== want.override)
        return `it authorizes ${record.override}, not ${want.override}`;
    if (!record.authorized || record.entry.event !== granted || record.entry.decision !== 'proceed')
        return `it records a refusal (${record.entry.event}: ${record.entry.details})`;
    if (record.mode !== want.mode)
        return `it is for ${record.mode} mode, not ${want.mode}`;
    if (record.provenance.repository !== want.repository)
        return `it is for another repository`;
    if (record.provenance.sha !== want.sha)
        return `it is for commit ${record.provenance.sha.slice(0, 12)}`;
    if (record.provenance.runId !== want.runId)
        return `it is from run ${record.provenance.runId}`;
    return null;
}


/***/ }),

/***/ 30348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ stripAnsi)
});

;// CONCATENATED MODULE: ./node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}


/***/ })

};
