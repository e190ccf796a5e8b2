export const id = 8;
export const ids = [8,3149];
export const modules = {

/***/ 61891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ gatePolicy),
/* harmony export */   G4: () => (/* binding */ authorizeOverride),
/* harmony export */   tf: () => (/* binding */ verifyGateOverride)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63944);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74156);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34474);
// One override decision, as both flows take it: verify the approval, then (if asked) open the
// follow-up ticket. A ticket that was asked for but cannot be opened refuses the override.



async function authorizeOverride(client, run, policy, followUp, options) {
    const check = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyApproval */ .NX)(client, run, policy, options);
    if (!check.granted || followUp === null)
        return { ...check, ticketUrl: null };
    try {
        const ticketUrl = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .openFollowUpTicket */ .BS)(client, run, {
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
    const client = await (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .LX)(request.githubToken, env);
    return authorizeOverride(client, (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .runRefFromEnv */ .eR)(env), gatePolicy(request), request.openTicket
        ? {
            mode: request.mode,
            override: request.override,
            failures: request.failures,
            reason: request.reason,
            ticket: request.ticket,
            impact: request.impact,
            mitigation: request.mitigation,
            runUrl,
            reportUrl: runUrl,
        }
        : null);
}


/***/ }),

/***/ 74156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ commentOpsLog),
/* harmony export */   BS: () => (/* binding */ openFollowUpTicket),
/* harmony export */   iE: () => (/* binding */ TICKET_LABEL)
/* harmony export */ });
/* harmony import */ var _opslog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8609);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54020);
// Operational-log entries as comments on a tracking issue, and the follow-up ticket the source
// document demands after an override ("Create P0 ticket to fix the P1 issue").


const TICKET_LABEL = 'preflight-override';
async function commentOpsLog(client, run, issueNumber, entries) {
    if (entries.length === 0)
        return;
    const body = [
        '**Preflight Gate — operational log**',
        '',
        `<pre>${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(entries.map(_opslog_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOpsLogEntry */ .Gg).join('\n\n'))}</pre>`,
        // The entries themselves, for `preflight review`: base64 cannot end the HTML comment.
        ...entries.map(_opslog_js__WEBPACK_IMPORTED_MODULE_0__/* .opsLogEntryMarker */ .V5),
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
    const list = (items) => items.length > 0 ? items.map((i) => `- ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(i, 1000)}`) : ['- (none reported)'];
    const body = [
        `An override (**${ticket.override}**, ${ticket.mode.toUpperCase()} mode) let a launch through. Fix what it bypassed, then re-enable the gate's normal path.`,
        '',
        '**Failed checks**',
        ...list(ticket.failures),
        '',
        '**Approved by**',
        ...list(ticket.approvers.map((a) => (a.comment ? `${a.login}: "${a.comment}"` : a.login))),
        '',
        `**Reason**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.reason || '(none given)', 2000)}`,
        `**Documentation**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.ticket || '(none given)')}`,
        ...(ticket.override === 'force-start'
            ? [
                `**Expected impact**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.impact || '(none given)', 2000)}`,
                `**Mitigation plan**: ${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(ticket.mitigation || '(none given)', 2000)}`,
            ]
            : []),
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


/***/ }),

/***/ 25078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n0: () => (/* binding */ looksSecret),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   rS: () => (/* binding */ evidenceText)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, withheldSecretValues, decodeEntities */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var _runner_custody_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93149);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54020);
// Secrets stay out of the evidence. GitHub masks secrets in the job log, but not in artifacts,
// so every report, summary, output, log entry, comment and file name passes through one
// pipeline: decode (entities, UTF-8), strip control sequences, then redact. Decoding and
// stripping come first because a secret split by `\e[0m` or written as `&#103;hp_…` is whole
// again once rendered. What is secret is listed in docs/redaction.md.




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
    // JSON Web Tokens (the runner's ACTIONS_RUNTIME_TOKEN and OIDC tokens are JWTs).
    [/\beyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g, REDACTED],
    // Credentials in a URL: scheme://user:password@host (the user stays, the password goes).
    [/\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@]{0,256}:)[^\s/@]{1,1024}@/gi, `$1${REDACTED}@`],
];
/** Longer than any token shape above can match (a JWT: three bounded parts). */
const TOKEN_SHAPE_MAX_LENGTH = 16 * 1024 + 8;
/** Names that say their value is a credential: `${env:}` values of these are hidden. */
const SECRET_LOOKING_NAME = /TOKEN|SECRET|PASSWORD|PASS|KEY|CREDENTIAL|AUTH/i;
function looksSecret(name) {
    return SECRET_LOOKING_NAME.test(name);
}
/**
 * The values of the runner's credentials the gate withholds (the list the secret custody keeps,
 * src/runner/custody.ts): the workflow token as the gate's input and as the usual variables, the
 * runtime token, the results service address and the OIDC token request. Hidden wherever they
 * appear, even when `pass-env` hands one to the suite.
 */
function withheldSecretValues(env) {
    return (0,_runner_custody_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNames */ .XG)(env, []).flatMap((name) => env[name] ?? []);
}
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Character references (`&#10;`, `&#x67;`) and XML's five named entities, decoded once. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/gi, (whole, ref) => {
        if (ref[0] !== '#')
            return XML_ENTITIES[ref.toLowerCase()] ?? whole;
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
            ? String.fromCodePoint(code)
            : '\ufffd';
    });
}
/** The first two steps of the evidence pipeline: decode, then strip control sequences. */
function evidenceText(text) {
    return (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(decodeEntities(text));
}
/** A mask announced on a line; the value ends at the line's end, a CR included (as readline splits). */
const ADD_MASK = /::add-mask::([^\r\n]*)/;
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
    /** Adds one form of a secret (and each of its lines, as GitHub masks multi-line secrets). */
    addForm(value) {
        for (const part of [value, ...value.split(/\r?\n/)]) {
            const trimmed = part.trim();
            if (trimmed.length >= MIN_SECRET_LENGTH && !this.values.has(trimmed)) {
                this.values.add(trimmed);
                this.longest = Math.max(this.longest, trimmed.length);
                this.pattern = null;
            }
        }
    }
    /**
     * Adds a secret value and the forms it takes once written down: percent-encoded (in a URL)
     * and, for a value holding control characters, stripped as the pipeline strips the text.
     */
    add(value) {
        if (value === undefined)
            return;
        for (const form of new Set([value, evidenceText(value), encodeURIComponent(value)])) {
            this.addForm(form);
        }
    }
    /** Adds the values of the named environment variables. */
    addVariables(names, env) {
        for (const name of names)
            this.add(env[name]);
    }
    /** Adds the values of the credentials the gate withholds (see withheldSecretValues). */
    addWithheld(env) {
        for (const value of withheldSecretValues(env))
            this.add(value);
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
    /** The whole pipeline: decode, strip control sequences, redact. Every surface uses this. */
    redact(text) {
        return this.redactPlain(evidenceText(text));
    }
    /** Redaction alone, for text already decoded and stripped. */
    redactPlain(text) {
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
            impact: text(run.impact),
            mitigation: text(run.mitigation),
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
            .map((raw) => {
            // The runner masks the value as announced; the evidence holds it stripped: learn both.
            if (ADD_MASK.test(raw))
                this.learnFromLine(raw);
            const line = evidenceText(raw);
            const mask = ADD_MASK.exec(line);
            if (mask === null)
                return this.redactPlain(line);
            this.learnFromLine(line);
            // The announcement itself is hidden; what followed it after a CR is kept.
            const rest = line.slice(mask.index + mask[0].length);
            return `${this.redactPlain(line.slice(0, mask.index))}::add-mask::${REDACTED}${this.redactPlain(rest)}`;
        })
            .join('\n');
    }
    /**
     * A line-buffered stream that redacts what passes through and learns ::add-mask:: values on
     * the way. A line longer than maxLineBytes is passed on in parts, so memory stays bounded.
     */
    stream(maxLineBytes = 64 * 1024) {
        let pending = '';
        // A character split across two chunks is decoded whole: "é" cut in half would hide a secret.
        const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
        const redactLines = (block) => this.redactLines(block);
        const cutOf = (text) => this.safeCut(text);
        return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
            transform(chunk, _encoding, done) {
                const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
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
                pending += decoder.end();
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


/***/ }),

/***/ 93149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ secretNames),
/* harmony export */   sealGateProcess: () => (/* binding */ sealGateProcess)
/* harmony export */ });
/* unused harmony exports CHANNEL_VARIABLE, canReexecute */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55156);
// Secrets out of the suite's reach. Withholding tokens from the suite's environment is not
// enough: under suite-isolation none a suite can read /proc/<gate>/environ, which is the gate's
// environment as the runner started it. So, where Node can (process.execve, Node >= 22.15), the
// gate takes the secrets and replaces its own process image with one whose environment holds
// none of them; the secrets come back over a one-shot channel that is gone before the suite
// starts:
//
//   gate (original image) ──stdin──▶ keeper (a node process with an empty environment): the
//   keeper listens on a Unix socket in a fresh 0700 directory and prints its path ──▶ the gate
//   execs itself with the clean environment plus that path ──▶ the new image connects, reads the
//   secrets, and the keeper removes the socket and exits. The new image keeps them in memory.
//
// Memory is not environment: a process of the gate's user may still read the gate's memory
// where ptrace rules allow it (Yama ptrace_scope 0); suite-isolation pid hides the gate entirely.



/** Exact names of the runner's secrets, and their prefixes (docs/security.md). */
const SECRET_NAMES = new Set([
    'INPUT_GITHUB-TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
]);
const SECRET_PREFIXES = ['ACTIONS_ID_TOKEN_REQUEST_'];
/** The environment variable naming the channel the re-executed gate reads its secrets from. */
const CHANNEL_VARIABLE = 'PREFLIGHT_SECRETS_CHANNEL';
const CHANNEL_TIMEOUT_MS = 10_000;
/** Names of the secrets present in env: the runner's, and those `redact` names. */
function secretNames(env, redact) {
    const named = new Set(redact.map((n) => n.toUpperCase()));
    return Object.keys(env).filter((name) => {
        const upper = name.toUpperCase();
        return (env[name] !== undefined &&
            (SECRET_NAMES.has(upper) ||
                SECRET_PREFIXES.some((p) => upper.startsWith(p)) ||
                named.has(upper)));
    });
}
/** Whether this runtime can replace the gate's process image (Node >= 22.15, POSIX). */
function canReexecute() {
    return typeof process.execve === 'function';
}
// The keeper: reads the secrets on stdin, serves them once on a Unix socket in a fresh private
// directory, then removes it and exits; it gives up after a bound when nobody comes.
const KEEPER = `
const fs = require('node:fs'), net = require('node:net'), os = require('node:os'), path = require('node:path')
const chunks = []
process.stdin.on('data', (c) => chunks.push(c)).on('end', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-secrets-'))
  const socket = path.join(dir, 'channel')
  const done = () => { try { fs.rmSync(dir, { recursive: true, force: true }) } catch {} process.exit(0) }
  const server = net.createServer((connection) => { server.close(); connection.end(Buffer.concat(chunks), done) })
  server.listen(socket, () => process.stdout.write(socket + '\\n'))
  setTimeout(done, ${CHANNEL_TIMEOUT_MS}).unref()
})
`;
/**
 * Seals the gate's process: in the re-executed image, takes the secrets back from the channel;
 * in the original one, hands them to a keeper and re-executes without them (never returns then).
 * Where the runtime cannot, returns the environment as it is and says so.
 */
async function sealGateProcess(redact) {
    const env = process.env;
    const channel = env[CHANNEL_VARIABLE];
    if (channel !== undefined) {
        delete process.env[CHANNEL_VARIABLE];
        const { [CHANNEL_VARIABLE]: _channel, ...clean } = env;
        try {
            const secrets = await receiveSecrets(channel);
            return {
                env: { ...clean, ...secrets },
                custody: { mechanism: 'execve', withheld: Object.keys(secrets).sort(), note: null },
            };
        }
        catch (error) {
            return {
                env: clean,
                custody: {
                    mechanism: 'execve',
                    withheld: [],
                    note: `the secrets could not be taken back after the gate re-executed itself (${error.message}): the gate runs without them`,
                },
            };
        }
    }
    const names = secretNames(env, redact);
    if (!canReexecute()) {
        const held = names.length > 0
            ? `the gate's own environment still holds ${names.sort().join(', ')}, which a suite without isolation can read from /proc`
            : "the gate's environment holds none of the runner's secrets";
        return {
            env,
            custody: {
                mechanism: 'none',
                withheld: [],
                note: `Node ${process.version} cannot replace the gate's process image (process.execve needs Node 22.15 or later): ${held}`,
            },
        };
    }
    if (names.length === 0) {
        return { env, custody: { mechanism: 'execve', withheld: [], note: null } };
    }
    const secrets = Object.fromEntries(names.map((name) => [name, env[name]]));
    const socket = await startKeeper(JSON.stringify(secrets));
    const clean = { [CHANNEL_VARIABLE]: socket };
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && !(name in secrets))
            clean[name] = value;
    }
    const execve = process
        .execve;
    return execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean);
}
function startKeeper(payload) {
    return new Promise((resolve, reject) => {
        const keeper = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['-e', KEEPER], {
            env: {},
            stdio: ['pipe', 'pipe', 'inherit'],
        });
        let out = '';
        const timer = setTimeout(() => {
            keeper.kill('SIGKILL');
            reject(new Error('the secrets keeper did not start'));
        }, CHANNEL_TIMEOUT_MS);
        keeper.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        keeper.stdout.on('data', (chunk) => {
            out += chunk.toString();
            if (out.includes('\n')) {
                clearTimeout(timer);
                keeper.stdout.destroy();
                resolve(out.slice(0, out.indexOf('\n')));
            }
        });
        keeper.stdin.end(payload);
    });
}
function receiveSecrets(socket) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const connection = node_net__WEBPACK_IMPORTED_MODULE_1__.connect(socket);
        connection.setTimeout(CHANNEL_TIMEOUT_MS, () => connection.destroy(new Error('timed out')));
        connection.on('data', (chunk) => chunks.push(chunk));
        connection.on('error', reject);
        connection.on('end', () => {
            try {
                resolve(zod__WEBPACK_IMPORTED_MODULE_2__.record(zod__WEBPACK_IMPORTED_MODULE_2__.string(), zod__WEBPACK_IMPORTED_MODULE_2__.string()).parse(JSON.parse(Buffer.concat(chunks).toString())));
            }
            catch (error) {
                reject(error);
            }
        });
    });
}


/***/ })

};
