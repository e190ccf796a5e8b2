export const id = 35;
export const ids = [35];
export const modules = {

/***/ 60035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSuiteFile: () => (/* binding */ runSuiteFile)
});

// UNUSED EXPORTS: defaultProcessConcurrency

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/runner/tail.js
var tail = __webpack_require__(12542);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/suite/expand.js
var expand = __webpack_require__(78150);
// EXTERNAL MODULE: ./lib/suite/files.js
var files = __webpack_require__(4299);
;// CONCATENATED MODULE: ./lib/suite/kinds/disk.js
// disk: the filesystem holding a path has at least min-free free, in bytes or percent.


const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    pb: 1e15,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
    pib: 2 ** 50,
};
/** Parses "500MB", "2GiB", "1024" (bytes) or "10%"; the schema has already checked the shape. */
function parseMinFree(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%|[a-z]+)?\s*$/i.exec(text);
    const amount = Number(match?.[1]);
    const unit = (match?.[2] ?? 'b').toLowerCase();
    return unit === '%' ? { percent: amount } : { bytes: amount * (UNITS[unit] ?? NaN) };
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let value = bytes;
    let i = 0;
    while (value >= 1024 && i < units.length - 1) {
        value /= 1024;
        i++;
    }
    return `${value.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
async function diskAttempt(spec, ctx) {
    const shown = spec.path ?? '.';
    const target = external_node_path_.resolve(ctx.cwd, ctx.expand.text(shown));
    let info;
    try {
        info = await (0,promises_.statfs)(target);
    }
    catch (error) {
        return { ok: false, message: `${shown}: ${error.message}` };
    }
    // bavail: what an unprivileged process may still use (root's reserve excluded).
    const free = info.bavail * info.bsize;
    const total = info.blocks * info.bsize;
    const percent = total > 0 ? (free / total) * 100 : 0;
    const want = parseMinFree(spec['min-free']);
    const have = `${formatBytes(free)} free of ${formatBytes(total)} (${percent.toFixed(1)}%) on the filesystem of ${shown}`;
    const enough = 'percent' in want ? percent >= want.percent : free >= want.bytes;
    return enough
        ? { ok: true, message: have }
        : { ok: false, message: `${have}; needs at least ${spec['min-free'].trim()}` };
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
;// CONCATENATED MODULE: ./lib/suite/kinds/dns.js
// dns: a name resolves (A, AAAA, CNAME, TXT, SRV), optionally to values that must all be among
// the answers, through the system resolver or a given DNS server.


async function dnsAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const type = spec.type ?? 'A';
    const expected = (spec.expect ?? []).map((value) => normalise(ctx.expand.text(value)));
    const resolver = new external_node_dns_.promises.Resolver({ timeout: Math.max(1, Math.floor(ctx.timeoutMs)), tries: 1 });
    if (spec.resolver !== undefined) {
        const server = ctx.expand.text(spec.resolver);
        try {
            resolver.setServers([server]);
        }
        catch (error) {
            throw new expand/* CheckDefinitionError */.gD(`resolver "${server}" is not an address: ${error.message}`);
        }
    }
    const abort = () => resolver.cancel();
    ctx.signal.addEventListener('abort', abort, { once: true });
    let answers;
    try {
        answers = await query(resolver, host, type, spec.resolver === undefined);
    }
    catch (error) {
        const code = error.code;
        const reason = ctx.signal.aborted
            ? `no answer within ${ctx.timeoutMs} ms`
            : describeError(code, error);
        return { ok: false, message: `${type} ${host}: ${reason}` };
    }
    finally {
        ctx.signal.removeEventListener('abort', abort);
    }
    if (answers.length === 0)
        return { ok: false, message: `${type} ${host}: no ${type} records` };
    const shown = answers.slice(0, 5).join(', ') + (answers.length > 5 ? `, … (${answers.length})` : '');
    const have = new Set(answers.map(normalise));
    const missing = expected.filter((value) => !have.has(value));
    if (missing.length > 0) {
        return { ok: false, message: `${type} ${host} is ${shown}; missing ${missing.join(', ')}` };
    }
    return { ok: true, message: `${type} ${host} → ${shown}` };
}
async function query(resolver, host, type, system) {
    switch (type) {
        case 'A':
        case 'AAAA':
            // The system resolver path goes through getaddrinfo, so /etc/hosts counts as it does
            // for the application being launched.
            if (system) {
                const found = await external_node_dns_.promises.lookup(host, { family: type === 'A' ? 4 : 6, all: true });
                return found.map((a) => a.address);
            }
            return type === 'A' ? resolver.resolve4(host) : resolver.resolve6(host);
        case 'CNAME':
            return resolver.resolveCname(host);
        case 'TXT':
            return (await resolver.resolveTxt(host)).map((chunks) => chunks.join(''));
        case 'SRV':
            return (await resolver.resolveSrv(host)).map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`);
    }
}
function normalise(value) {
    return value.trim().replace(/\.$/, '').toLowerCase();
}
function describeError(code, error) {
    switch (code) {
        case 'ENOTFOUND':
        case 'ENODATA':
            return 'no such name or no records of this type';
        case 'ETIMEOUT':
            return 'the DNS server did not answer';
        case 'ECONNREFUSED':
            return 'the DNS server refused the query';
        default:
            return error.message;
    }
}

;// CONCATENATED MODULE: ./lib/suite/kinds/postgres.js
// postgres: a real query answers (a TCP connect does not prove the database does). The client
// library is loaded only when a suite has a postgres check; the connection is closed on every path.

/** A password written into the url itself would end up in the suite file and its history. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i;
async function postgresAttempt(spec, ctx) {
    const userInfo = USER_INFO.exec(spec.url)?.[1] ?? '';
    const password = userInfo.includes(':') ? userInfo.slice(userInfo.indexOf(':') + 1) : '';
    if (password !== '' && !/^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/.test(password)) {
        throw new expand/* CheckDefinitionError */.gD('url holds a literal password; pass it as ${env:NAME} (e.g. postgres://user:${env:PGPASSWORD}@host/db)');
    }
    const expanded = ctx.expand.text(spec.url);
    let url;
    try {
        url = new URL(expanded);
    }
    catch {
        throw new expand/* CheckDefinitionError */.gD('url is not a postgres:// URL');
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new expand/* CheckDefinitionError */.gD(`url must be postgres:// or postgresql://, got ${url.protocol}`);
    }
    // Named without the user and password, for messages.
    const where = `${url.hostname || 'localhost'}:${url.port || 5432}${url.pathname}`;
    const query = ctx.expand.text(spec.query ?? 'SELECT 1');
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849));
    const client = new pg.Client({
        connectionString: expanded,
        connectionTimeoutMillis: ctx.timeoutMs,
        query_timeout: ctx.timeoutMs,
        statement_timeout: ctx.timeoutMs,
        application_name: 'preflight-gate',
    });
    // Errors after the attempt is settled (a server going away) must not crash the gate.
    client.on('error', () => undefined);
    const started = performance.now();
    let timer;
    const abort = new Promise((resolve) => {
        const stop = () => resolve({ ok: false, message: `${where}: no answer within ${ctx.timeoutMs} ms` });
        timer = setTimeout(stop, ctx.timeoutMs);
        ctx.signal.addEventListener('abort', stop, { once: true });
    });
    const work = (async () => {
        try {
            await client.connect();
            const result = await client.query({ text: query, rowMode: 'array' });
            const ms = Math.round(performance.now() - started);
            const first = result.rows[0]?.[0];
            const got = first === undefined ? null : first === null ? 'NULL' : asText(first);
            if (spec.expect === undefined) {
                return {
                    ok: true,
                    message: `${where}: query answered in ${ms} ms (${result.rowCount ?? 0} row(s))`,
                };
            }
            const want = ctx.expand.text(spec.expect);
            if (got === want)
                return { ok: true, message: `${where}: query returned "${spec.expect}" in ${ms} ms` };
            return {
                ok: false,
                message: `${where}: query returned ${got === null ? 'no rows' : `"${got}"`}, expected "${spec.expect}"`,
            };
        }
        catch (error) {
            return { ok: false, message: `${where}: ${error.message}` };
        }
    })();
    try {
        return await Promise.race([work, abort]);
    }
    finally {
        clearTimeout(timer);
        // end() waits for the server; a hung one must not hold the gate, so the socket goes too.
        const connection = client
            .connection;
        void client.end().catch(() => undefined);
        connection?.stream?.destroy();
    }
}
function asText(value) {
    if (value instanceof Date)
        return value.toISOString();
    if (Buffer.isBuffer(value))
        return value.toString('hex');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// EXTERNAL MODULE: ./lib/suite/pattern.js
var suite_pattern = __webpack_require__(52974);
;// CONCATENATED MODULE: ./lib/suite/kinds/process.js
// process: a process is running, found by a pattern on its command line or by a pid file.





const MAX_PROCESSES = 100_000;
const MAX_CMDLINE_BYTES = 64 * 1024;
const BATCH = 64;
/** Process checks starting within this long share one read of the process table. */
const SNAPSHOT_MS = 250;
let snapshot = null;
/** Every process's command line, read at most once per SNAPSHOT_MS for all checks. */
function processTable() {
    const now = performance.now();
    if (snapshot === null || now - snapshot.takenAt > SNAPSHOT_MS) {
        snapshot = { takenAt: now, table: readProcessTable() };
    }
    return snapshot.table;
}
async function readProcessTable() {
    // The gate's own process (whose command line names the suite) never counts.
    const own = new Set([String(process.pid), String(process.ppid)]);
    const pids = (await (0,promises_.readdir)('/proc'))
        .filter((e) => /^\d+$/.test(e) && !own.has(e))
        .slice(0, MAX_PROCESSES);
    const table = [];
    for (let i = 0; i < pids.length; i += BATCH) {
        const batch = pids.slice(i, i + BATCH);
        const lines = await Promise.all(batch.map((pid) => commandLine(pid)));
        lines.forEach((line, j) => {
            if (line !== null && line !== '')
                table.push({ pid: Number(batch[j]), commandLine: line });
        });
    }
    return table;
}
async function processAttempt(spec, ctx) {
    if (process.platform !== 'linux') {
        throw new expand/* CheckDefinitionError */.gD('process checks read /proc and need Linux');
    }
    if (spec['pid-file'] !== undefined)
        return byPidFile(spec['pid-file'], ctx);
    const source = spec.pattern;
    const pattern = (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(source));
    const table = await Promise.race([
        processTable(),
        new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(null), { once: true })),
    ]);
    if (table === null) {
        return { ok: false, message: `process table not read within ${ctx.timeoutMs} ms` };
    }
    const matches = table.filter((p) => pattern.test(p.commandLine)).map((p) => p.pid);
    if (matches.length === 0)
        return { ok: false, message: `no running process matches /${source}/` };
    const shown = matches.slice(0, 5).join(', ') + (matches.length > 5 ? ', …' : '');
    return { ok: true, message: `${matches.length} process(es) match /${source}/ (pid ${shown})` };
}
async function commandLine(pid) {
    try {
        const raw = await (0,promises_.readFile)(`/proc/${pid}/cmdline`);
        return raw
            .subarray(0, MAX_CMDLINE_BYTES)
            .toString('utf8')
            .replace(/\0+$/, '')
            .replace(/\0/g, ' ');
    }
    catch {
        return null; // exited while we looked, or not ours to read
    }
}
async function byPidFile(written, ctx) {
    const file = external_node_path_.resolve(ctx.cwd, ctx.expand.text(written));
    let text;
    try {
        text = await (0,files/* readBounded */.CB)(file, 64);
    }
    catch (error) {
        return { ok: false, message: `pid file ${written}: ${error.message}` };
    }
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid < 1) {
        return { ok: false, message: `pid file ${written} does not hold a process id` };
    }
    const state = await processState(pid);
    if (state === null)
        return { ok: false, message: `process ${pid} (from ${written}) is not running` };
    if (state === 'Z')
        return { ok: false, message: `process ${pid} (from ${written}) has exited (zombie)` };
    return { ok: true, message: `process ${pid} (from ${written}) is running` };
}
/** The one-letter state from /proc/PID/stat, or null if there is no such process. */
async function processState(pid) {
    try {
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./lib/suite/kinds/prometheus.js
// prometheus: an instant query whose every returned value satisfies a condition such as "< 0.05".

const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
function parseCondition(text) {
    const match = /^\s*(<=|>=|==|!=|<|>)\s*(\S+)\s*$/.exec(text);
    return { operator: (match?.[1] ?? '=='), threshold: Number(match?.[2]) };
}
function holds(value, operator, threshold) {
    switch (operator) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
        case '!=':
            return value !== threshold;
    }
}
async function prometheusAttempt(spec, ctx) {
    const base = ctx.expand.text(spec.url);
    let endpoint;
    try {
        endpoint = new URL('api/v1/query', base.endsWith('/') ? base : `${base}/`);
    }
    catch {
        throw new expand/* CheckDefinitionError */.gD(`url is not a URL: ${spec.url}`);
    }
    if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
        throw new expand/* CheckDefinitionError */.gD(`url must be http:// or https://, got ${endpoint.protocol}`);
    }
    endpoint.searchParams.set('query', ctx.expand.text(spec.query));
    const { operator, threshold } = parseCondition(spec.condition);
    const condition = `${operator} ${threshold}`;
    let payload;
    try {
        payload = await fetchJson(endpoint, ctx);
    }
    catch (error) {
        const reason = ctx.signal.aborted
            ? `no complete answer within ${ctx.timeoutMs} ms`
            : (error.cause?.message ?? error.message);
        return { ok: false, message: `Prometheus ${endpoint.origin}: ${reason}` };
    }
    const parsed = samples(payload);
    if ('error' in parsed)
        return { ok: false, message: `Prometheus ${endpoint.origin}: ${parsed.error}` };
    if (parsed.samples.length === 0) {
        return spec['allow-empty']
            ? { ok: true, message: `query returned no series (allowed by allow-empty)` }
            : { ok: false, message: `query returned no series; set allow-empty: true if that is fine` };
    }
    const failing = parsed.samples.filter((s) => !holds(s.value, operator, threshold));
    if (failing.length > 0) {
        const shown = failing
            .slice(0, 3)
            .map((s) => `${s.labels}${s.value}`)
            .join(', ');
        return {
            ok: false,
            message: `${failing.length} of ${parsed.samples.length} value(s) not ${condition}: ${shown}${failing.length > 3 ? ', …' : ''}`,
        };
    }
    const values = parsed.samples.map((s) => s.value);
    const range = values.length === 1 ? `${values[0]}` : `${Math.min(...values)}…${Math.max(...values)}`;
    return { ok: true, message: `${values.length} value(s) ${condition} (${range})` };
}
async function fetchJson(url, ctx) {
    const timeout = AbortSignal.timeout(ctx.timeoutMs);
    const signal = AbortSignal.any([ctx.signal, timeout]);
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    const reader = response.body?.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const part = await reader?.read();
        if (part === undefined || part.done)
            break;
        size += part.value.length;
        if (size > MAX_RESPONSE_BYTES) {
            await reader?.cancel();
            throw new Error(`answer over ${MAX_RESPONSE_BYTES} bytes`);
        }
        chunks.push(part.value);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`HTTP ${response.status}, not a Prometheus API answer`);
    }
}
function samples(payload) {
    const body = payload;
    if (body?.status !== 'success') {
        return { error: `query failed: ${String(body?.error ?? 'no status in the answer')}` };
    }
    const { resultType, result } = body.data ?? {};
    if (resultType === 'scalar') {
        return { samples: [{ labels: '', value: Number(result[1]) }] };
    }
    if (resultType !== 'vector' || !Array.isArray(result)) {
        return { error: `an instant query must return a vector or a scalar, got ${String(resultType)}` };
    }
    return {
        samples: result.map((item) => ({
            labels: labelText(item.metric ?? {}),
            value: Number(item.value?.[1]),
        })),
    };
}
function labelText(metric) {
    const entries = Object.entries(metric);
    if (entries.length === 0)
        return '';
    return `{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}} = `;
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./lib/suite/kinds/tls.js
// tls: the server's certificate chain verifies (unless insecure), holds the expected name and
// is valid for at least min-days more.


const DAY_MS = 86_400_000;
function tlsAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const port = resolvePort(spec.port, 443, ctx);
    const servername = spec.servername === undefined ? host : ctx.expand.text(spec.servername);
    const minDays = spec['min-days'] ?? 0;
    const where = `${host}:${port}`;
    const atDeadline = { ok: false, message: `${where}: no TLS handshake within ${ctx.timeoutMs} ms` };
    return socketAttempt(ctx, atDeadline, (done) => {
        // Verification is judged below, so an untrusted certificate still names its issuer and expiry.
        const socket = external_node_tls_.connect({
            host,
            port,
            servername: isIp(servername) ? undefined : servername,
            rejectUnauthorized: false,
        });
        socket.on('secureConnect', () => {
            const cert = socket.getPeerCertificate();
            if (!cert || Object.keys(cert).length === 0) {
                done({ ok: false, message: `${where}: the server sent no certificate` });
                return;
            }
            done(judge(cert, socket.authorized, socket.authorizationError, servername, minDays, spec, where));
        });
        socket.on('error', (error) => done({ ok: false, message: `${where}: ${error.message}` }));
        return () => socket.destroy();
    });
}
function judge(cert, authorized, authorizationError, servername, minDays, spec, where) {
    const expires = new Date(cert.valid_to);
    const daysLeft = (expires.getTime() - Date.now()) / DAY_MS;
    const about = `issued by ${issuerName(cert)}, expires ${expires.toISOString().slice(0, 10)} (${describeDays(daysLeft)})`;
    if (daysLeft <= 0)
        return { ok: false, message: `${where}: certificate has expired; ${about}` };
    if (!(spec.insecure ?? false)) {
        // The name first: Node also reports a wrong name as an authorization error.
        const mismatch = external_node_tls_.checkServerIdentity(servername, cert);
        if (mismatch !== undefined) {
            return { ok: false, message: `${where}: ${mismatch.message}; ${about}` };
        }
        if (!authorized) {
            return {
                ok: false,
                message: `${where}: certificate chain not trusted (${String(authorizationError ?? 'unknown reason')}); ${about}`,
            };
        }
    }
    if (daysLeft < minDays) {
        return {
            ok: false,
            message: `${where}: certificate expires in under ${minDays} days; ${about}`,
        };
    }
    return { ok: true, message: `${where}: certificate ${about}` };
}
function issuerName(cert) {
    const issuer = cert.issuer;
    const pick = (value) => (Array.isArray(value) ? value[0] : value);
    return pick(issuer?.CN) ?? pick(issuer?.O) ?? 'an unnamed issuer';
}
function describeDays(days) {
    const whole = Math.floor(Math.abs(days));
    const count = whole === 1 ? '1 day' : `${whole} days`;
    if (days <= 0)
        return whole === 0 ? 'under a day ago' : `${count} ago`;
    return whole === 0 ? 'in under a day' : `in ${count}`;
}
function isIp(name) {
    return /^[\d.]+$/.test(name) || name.includes(':');
}

;// CONCATENATED MODULE: ./lib/suite/checks.js
// One attempt of each check kind. Each returns whether it passed and a short message; the
// runner adds timing, retries, dependencies and the deadline.


















const OUTPUT_TAIL_BYTES = 4 * 1024;
const MAX_HTTP_BODY_BYTES = 1024 * 1024;
function runAttempt(spec, ctx) {
    switch (spec.kind) {
        case 'command':
            return commandAttempt(spec, ctx);
        case 'version':
            return versionAttempt(spec, ctx);
        case 'http':
            return httpAttempt(spec, ctx);
        case 'tcp':
            return tcpAttempt(spec, ctx);
        case 'path':
            return pathAttempt(spec, ctx);
        case 'env':
            return Promise.resolve(envAttempt(spec, ctx));
        case 'config':
            return configAttempt(spec, ctx);
        case 'tls':
            return tlsAttempt(spec, ctx);
        case 'dns':
            return dnsAttempt(spec, ctx);
        case 'disk':
            return diskAttempt(spec, ctx);
        case 'process':
            return processAttempt(spec, ctx);
        case 'prometheus':
            return prometheusAttempt(spec, ctx);
        case 'postgres':
            return postgresAttempt(spec, ctx);
    }
}
async function execute(argv, cwd, ctx) {
    const run = await (0,runner_process/* runProcess */.R3)({
        argv,
        cwd,
        env: ctx.env,
        timeoutMs: ctx.timeoutMs,
        killGraceMs: ctx.killGraceMs,
        tailBytes: OUTPUT_TAIL_BYTES,
        drainMs: 200,
    });
    const output = (0,sanitize/* plainText */.wh)(run.tail);
    const end = run.end;
    switch (end.kind) {
        case 'exited':
            return { exitCode: end.exitCode, run, output, failure: null };
        case 'signaled':
            return { exitCode: null, run, output, failure: `killed by signal ${end.signal}` };
        case 'timeout':
            return { exitCode: null, run, output, failure: `timed out after ${ctx.timeoutMs} ms` };
        case 'not-found':
        case 'spawn-error':
            return { exitCode: null, run, output, failure: end.error };
    }
}
async function commandAttempt(spec, ctx) {
    const argv = ctx.expand.argv(spec.command, spec.shell ?? false);
    const patterns = {
        stdout: spec.stdout === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.stdout), { multiline: true }),
        stderr: spec.stderr === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.stderr), { multiline: true }),
    };
    const cwd = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.cwd ?? '.'));
    const result = await execute(argv, cwd, ctx);
    if (result.failure)
        return { ok: false, message: result.failure, output: result.output };
    const expected = spec['exit-code'] ?? 0;
    if (result.exitCode !== expected) {
        return {
            ok: false,
            message: `exited ${result.exitCode}, expected ${expected}`,
            output: result.output,
        };
    }
    for (const stream of ['stdout', 'stderr']) {
        const wanted = patterns[stream];
        const seen = (0,sanitize/* plainText */.wh)(stream === 'stdout' ? result.run.stdoutTail : result.run.stderrTail);
        if (wanted !== null && !wanted.test(seen)) {
            return {
                ok: false,
                message: `${stream} does not match /${spec[stream]}/`,
                output: result.output,
            };
        }
    }
    return { ok: true, message: `exited ${expected}` };
}
async function versionAttempt(spec, ctx) {
    const pattern = (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.pattern ?? String.raw `(\d+\.\d+(?:\.\d+)?)`));
    const result = await execute(ctx.expand.argv(spec.command, false), ctx.cwd, ctx);
    if (result.failure)
        return { ok: false, message: result.failure, output: result.output };
    if (result.exitCode !== 0) {
        return {
            ok: false,
            message: `version command exited ${result.exitCode}`,
            output: result.output,
        };
    }
    const text = (0,sanitize/* plainText */.wh)(result.run.stdoutTail + '\n' + result.run.stderrTail);
    const found = pattern.firstGroup(text);
    const version = found === null ? null : semver.coerce(found);
    if (version === null) {
        return { ok: false, message: 'no version found in the command output', output: result.output };
    }
    return semver.satisfies(version, spec.range)
        ? { ok: true, message: `${found} satisfies ${spec.range}` }
        : { ok: false, message: `${found} does not satisfy ${spec.range}` };
}
/**
 * One attempt on a socket: `start` opens it and reports through `done`, which settles once,
 * by the socket's own result or with `atDeadline` when the attempt's time is up or it is aborted;
 * the socket is closed on every path (`start` returns how).
 */
function socketAttempt(ctx, atDeadline, start) {
    return new Promise((resolve) => {
        let settled = false;
        let close = null;
        const done = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            ctx.signal.removeEventListener('abort', onDeadline);
            close?.();
            resolve(result);
        };
        const onDeadline = () => done(atDeadline);
        const timer = setTimeout(onDeadline, ctx.timeoutMs);
        ctx.signal.addEventListener('abort', onDeadline, { once: true });
        const stop = start(done);
        if (settled)
            stop();
        else
            close = stop;
        if (ctx.signal.aborted)
            onDeadline();
    });
}
function httpAttempt(spec, ctx) {
    const url = new URL(ctx.expand.text(spec.url));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new expand/* CheckDefinitionError */.gD(`url must be http:// or https://, got ${url.protocol}`);
    }
    const headers = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([k, v]) => [k, ctx.expand.text(v)]));
    const body = spec.body === undefined ? undefined : ctx.expand.text(spec.body);
    const expectations = {
        bodyContains: spec['body-contains'] === undefined ? null : ctx.expand.text(spec['body-contains']),
        bodyMatches: spec['body-matches'] === undefined
            ? null
            : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec['body-matches']), { multiline: true }),
        json: Object.entries(spec.json ?? {}).map(([field, want]) => [
            field,
            typeof want === 'string' ? ctx.expand.text(want) : want,
        ]),
    };
    const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const method = spec.method ?? 'GET';
    const started = performance.now();
    // The timeout bounds the whole attempt, connect to last byte: a slow drip or an endless
    // body fails at the deadline like a server that never answers.
    const atDeadline = {
        ok: false,
        message: `${method} ${url.origin}: no complete response within ${ctx.timeoutMs} ms`,
    };
    return socketAttempt(ctx, atDeadline, (done) => {
        const request = client.request(url, { method, headers, rejectUnauthorized: !(spec.insecure ?? false) }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size <= MAX_HTTP_BODY_BYTES)
                    chunks.push(chunk);
                else
                    done({ ok: false, message: `response body over ${MAX_HTTP_BODY_BYTES} bytes` });
            });
            response.on('error', (error) => done({ ok: false, message: `response failed: ${error.message}` }));
            response.on('end', () => {
                const latency = performance.now() - started;
                const text = Buffer.concat(chunks).toString('utf8');
                done(judgeResponse(spec, expectations, response.statusCode ?? 0, text, latency));
            });
        });
        request.on('error', (error) => done({ ok: false, message: `${method} ${url.origin}: ${error.message}` }));
        request.end(body);
        return () => request.destroy();
    });
}
function judgeResponse(spec, want, status, body, latency) {
    const expected = spec.status === undefined ? null : [spec.status].flat();
    const statusOk = expected === null ? status >= 200 && status < 300 : expected.includes(status);
    const ms = `${Math.round(latency)} ms`;
    if (!statusOk) {
        return {
            ok: false,
            message: `HTTP ${status}, expected ${expected?.join(' or ') ?? '2xx'} (${ms})`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (want.bodyContains !== null && !body.includes(want.bodyContains)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not contain "${spec['body-contains']}"`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (want.bodyMatches !== null && !want.bodyMatches.test(body)) {
        return {
            ok: false,
            message: `HTTP ${status}: body does not match /${spec['body-matches']}/`,
            output: body.slice(0, OUTPUT_TAIL_BYTES),
        };
    }
    if (want.json.length > 0) {
        let json;
        try {
            json = JSON.parse(body);
        }
        catch {
            return {
                ok: false,
                message: `HTTP ${status}: body is not JSON`,
                output: body.slice(0, OUTPUT_TAIL_BYTES),
            };
        }
        for (const [field, value] of want.json) {
            const got = field
                .split('.')
                .reduce((v, key) => v !== null && typeof v === 'object' ? v[key] : undefined, json);
            if (got !== value) {
                // The expected value is the one written in the suite, so an expanded secret is not shown.
                return {
                    ok: false,
                    message: `HTTP ${status}: JSON field ${field} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(spec.json?.[field])}`,
                };
            }
        }
    }
    if (spec['max-latency'] !== undefined && latency > spec['max-latency']) {
        return {
            ok: false,
            message: `HTTP ${status} in ${ms}, over the ${spec['max-latency']} ms limit`,
        };
    }
    return { ok: true, message: `HTTP ${status} in ${ms}` };
}
/** A port field: a number, or a string (usually ${env:PORT}) holding one. */
function resolvePort(value, fallback, ctx) {
    if (value === undefined)
        return fallback;
    const port = Number(typeof value === 'number' ? value : ctx.expand.text(value));
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new expand/* CheckDefinitionError */.gD(`port must be a number from 1 to 65535, got "${String(value)}"`);
    }
    return port;
}
function tcpAttempt(spec, ctx) {
    const host = ctx.expand.text(spec.host);
    const port = resolvePort(spec.port, 0, ctx);
    const started = performance.now();
    const atDeadline = {
        ok: false,
        message: `${host}:${port}: no connection within ${ctx.timeoutMs} ms`,
    };
    return socketAttempt(ctx, atDeadline, (done) => {
        const socket = external_node_net_.connect({ host, port });
        socket.on('connect', () => done({
            ok: true,
            message: `${host}:${port} accepted a connection in ${Math.round(performance.now() - started)} ms`,
        }));
        socket.on('error', (error) => done({ ok: false, message: `${host}:${port}: ${error.message}` }));
        return () => socket.destroy();
    });
}
async function pathAttempt(spec, ctx) {
    const target = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.path));
    const type = spec.type ?? 'any';
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            return { ok: false, message: `${spec.path}: ${error.message}` };
        }
        if (spec.create && type !== 'file') {
            await assertInside(ctx.cwd, target, spec.path);
            await (0,promises_.mkdir)(target, { recursive: true });
            return { ok: true, message: `${spec.path} was missing and has been created` };
        }
        return { ok: false, message: `${spec.path} does not exist` };
    }
    if (type === 'file' && !info.isFile())
        return { ok: false, message: `${spec.path} is not a file` };
    if (type === 'directory' && !info.isDirectory())
        return { ok: false, message: `${spec.path} is not a directory` };
    if (spec['non-empty']) {
        const empty = info.isDirectory() ? (await (0,promises_.readdir)(target)).length === 0 : info.size === 0;
        if (empty)
            return { ok: false, message: `${spec.path} is empty` };
    }
    const kind = info.isDirectory() ? 'directory' : 'file';
    if (spec['max-age'] !== undefined) {
        const ageSeconds = Math.max(0, (Date.now() - info.mtimeMs) / 1000);
        if (ageSeconds > spec['max-age']) {
            return {
                ok: false,
                message: `${spec.path} was last modified ${formatAge(ageSeconds)} ago, more than the ${spec['max-age']} s allowed`,
            };
        }
        return { ok: true, message: `${spec.path} ${kind} modified ${formatAge(ageSeconds)} ago` };
    }
    return { ok: true, message: `${spec.path} ${kind} present` };
}
function formatAge(seconds) {
    if (seconds < 120)
        return `${Math.round(seconds)} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 172_800)
        return `${Math.round(seconds / 3600)} h`;
    return `${Math.round(seconds / 86_400)} days`;
}
/**
 * `create: true` may only create inside the working directory: the path, and the nearest part
 * of it that exists (followed through symlinks), must both stay inside it.
 */
async function assertInside(root, target, written) {
    const outside = (base, candidate) => {
        const relative = external_node_path_.relative(base, candidate);
        return relative === '..' || relative.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(relative);
    };
    const refuse = () => new expand/* CheckDefinitionError */.gD(`${written} is outside the working directory; "create: true" only creates directories inside it`);
    if (outside(external_node_path_.resolve(root), target))
        throw refuse();
    let existing = target;
    for (let i = 0; i < 4096; i++) {
        try {
            await (0,promises_.stat)(existing);
            break;
        }
        catch {
            existing = external_node_path_.dirname(existing);
        }
    }
    if (outside(await (0,promises_.realpath)(root), await (0,promises_.realpath)(existing)))
        throw refuse();
}
function envAttempt(spec, ctx) {
    // Values are secrets as far as the gate knows: only names are ever reported, and every value
    // read is handed on for redaction.
    const values = new Map(spec.variables.map((name) => [name, ctx.expand.read(name)]));
    const pattern = spec.pattern === undefined ? null : (0,suite_pattern/* compilePattern */.Eb)(ctx.expand.pattern(spec.pattern));
    const missing = spec.variables.filter((name) => !values.get(name));
    if (missing.length > 0)
        return { ok: false, message: `not set or empty: ${missing.join(', ')}` };
    if (pattern !== null) {
        const bad = spec.variables.filter((name) => !pattern.test(values.get(name) ?? ''));
        if (bad.length > 0) {
            return { ok: false, message: `value does not match the pattern: ${bad.join(', ')}` };
        }
    }
    return { ok: true, message: `set: ${spec.variables.join(', ')}` };
}
async function configAttempt(spec, ctx) {
    const file = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.file));
    let config;
    try {
        config = (0,files/* parseStructured */.jE)(await (0,files/* readBounded */.CB)(file), file);
    }
    catch (error) {
        return { ok: false, message: `${spec.file}: ${error.message}` };
    }
    if (spec.schema === undefined)
        return { ok: true, message: `${spec.file} parses` };
    const schemaFile = external_node_path_.resolve(ctx.cwd, ctx.expand.text(spec.schema));
    let schema;
    try {
        schema = (0,files/* parseStructured */.jE)(await (0,files/* readBounded */.CB)(schemaFile), schemaFile);
    }
    catch (error) {
        throw new expand/* CheckDefinitionError */.gD(`schema ${spec.schema}: ${error.message}`);
    }
    const validate = await compileSchema(schema, spec.schema);
    if (validate(config))
        return { ok: true, message: `${spec.file} matches ${spec.schema}` };
    const problems = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return {
        ok: false,
        message: `${spec.file} does not match ${spec.schema}: ${problems.join('; ')}`,
    };
}
/** The JSON Schema validator is loaded only when a suite has a config check with a schema. */
async function compileSchema(schema, name) {
    const draft2020 = typeof schema === 'object' &&
        schema !== null &&
        String(schema.$schema).includes('2020-12');
    const module = draft2020 ? await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 19)) : await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 19));
    const Ajv = module.default.default ?? module.default;
    try {
        // JSON Schema `pattern` and `patternProperties` run on the linear-time engine too.
        const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: suite_pattern/* ajvRegExp */.Be } });
        return ajv.compile(schema);
    }
    catch (error) {
        throw new expand/* CheckDefinitionError */.gD(`schema ${name} is not a valid JSON Schema: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./lib/suite/load.js + 1 modules
var load = __webpack_require__(52600);
// EXTERNAL MODULE: ./lib/suite/schema.js
var schema = __webpack_require__(60973);
;// CONCATENATED MODULE: ./lib/suite/runner.js
// Runs a declarative suite: checks in dependency order, concurrently in two bounded pools, each
// with its own timeout and retries, all inside the suite's overall deadline. Produces the same
// SuiteOutcome as a suite command, so everything after it is shared.








const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 10_000;
const DEFAULT_NETWORK_CONCURRENCY = 64;
/** Checks that start processes: two per core keeps the cores busy while some wait on I/O. */
function defaultProcessConcurrency() {
    return Math.min(256, Math.max(4, 2 * external_node_os_.availableParallelism()));
}
/** Past an attempt's timeout, how long a process check may take to kill its tree and drain. */
const PROCESS_SETTLE_MS = 1500;
/** Past an attempt's timeout, how long any other check may take to close what it opened. */
const IO_SETTLE_MS = 250;
const runner_OUTPUT_TAIL_BYTES = 64 * 1024;
async function runSuiteFile(request) {
    const started = performance.now();
    const file = external_node_path_.resolve(request.cwd, request.path);
    const loaded = await (0,load/* loadSuite */.bu)(file);
    if (!loaded.ok)
        return invalid(loaded.errors, started);
    const selection = (0,load/* selectChecks */.oL)(loaded.suite, request.subset, request.path);
    if ('errors' in selection)
        return invalid(selection.errors, started);
    const selected = selection.checks;
    const log = new tail/* TailBuffer */.v(runner_OUTPUT_TAIL_BYTES);
    const say = (line) => {
        const bytes = Buffer.from(line + '\n');
        log.push(bytes);
        request.echo?.write(bytes);
    };
    say(`Running ${selected.length} check(s) of ${request.path} (mode ${request.mode}, subset ${request.subset})`);
    const deadline = Date.now() + request.timeoutMs;
    const expander = new expand/* Expander */.c6(request.env);
    const results = await schedule(selected, {
        process: loaded.suite.concurrency ?? defaultProcessConcurrency(),
        network: loaded.suite['network-concurrency'] ?? DEFAULT_NETWORK_CONCURRENCY,
    }, deadline, { ...request, expander, flaky: loaded.suite.flaky ?? 'pass' }, say);
    const checks = selected.map((c) => results.get(c.name));
    const timedOut = checks.some((c) => c.message.startsWith(DEADLINE_MESSAGE));
    // A check skipped for a failed dependency gave no assurance: it counts as failed at its own
    // level, so a P0 check behind a failed P2 check cannot let the launch through.
    const unassured = checks.filter((c) => c.status === 'skipped');
    const status = timedOut
        ? 'timeout'
        : (0,model/* statusFromChecks */.Sp)(checks.map((c) => (c.status === 'skipped' ? { ...c, status: 'failed' } : c)));
    const notes = timedOut
        ? [
            `The suite ran past its limit of ${request.timeoutMs / 1000} s; unfinished checks were stopped. Make the checks faster or raise "timeout-seconds".`,
        ]
        : unassured.map((c) => `Check "${c.name}" (${c.level}) did not run because a dependency did not pass; it counts as a ${c.level} failure.`);
    return {
        status,
        exitCode: status === 'timeout' ? null : model/* STATUS_EXIT_CODE */.mS[status],
        signal: null,
        durationMs: performance.now() - started,
        checks,
        notes,
        outputTail: log.text(),
        outputTruncated: log.truncated,
        secretValues: [...expander.secrets],
    };
}
const DEADLINE_MESSAGE = 'not finished before the suite deadline';
/**
 * Dependency order with two bounded pools: a check starts once every dependency has passed;
 * checks that start processes share `process` slots, all others (network, files) `network`.
 */
function schedule(checks, limits, deadline, request, say) {
    const results = new Map();
    const waitingOn = new Map();
    const dependents = new Map();
    const ready = [];
    for (const check of checks) {
        const deps = check['depends-on'] ?? [];
        waitingOn.set(check.name, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(check);
            else
                dependents.set(dep, [check]);
        }
        if (deps.length === 0)
            ready.push(check);
    }
    return new Promise((resolve) => {
        const running = { process: 0, network: 0 };
        // Two queues, each read with an index: shift() over thousands of checks is quadratic.
        const queues = { process: [], network: [] };
        const next = { process: 0, network: 0 };
        const pool = (check) => (schema/* PROCESS_KINDS */.MG.has(check.kind) ? 'process' : 'network');
        let queued = 0;
        const finish = (check, result) => {
            results.set(check.name, result);
            const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗';
            say(`${mark} [${check.level}] ${check.name}: ${result.message} (${Math.round(result.durationMs)}ms)`);
            for (const dependent of dependents.get(check.name) ?? []) {
                const left = (waitingOn.get(dependent.name) ?? 0) - 1;
                waitingOn.set(dependent.name, left);
                if (left === 0)
                    ready.push(dependent);
            }
        };
        const take = () => {
            while (queued < ready.length) {
                const check = ready[queued++];
                queues[pool(check)].push(check);
            }
            for (const kind of ['network', 'process']) {
                if (next[kind] < queues[kind].length && running[kind] < limits[kind]) {
                    return queues[kind][next[kind]++];
                }
            }
            return undefined;
        };
        const idle = () => running.process + running.network === 0 &&
            queued === ready.length &&
            next.process === queues.process.length &&
            next.network === queues.network.length;
        const pump = () => {
            for (let check = take(); check !== undefined; check = take()) {
                const failedDep = (check['depends-on'] ?? []).find((d) => results.get(d)?.status !== 'passed');
                if (failedDep !== undefined) {
                    finish(check, result(check, 'skipped', 0, `skipped: dependency "${failedDep}" did not pass`));
                    continue;
                }
                if (Date.now() >= deadline) {
                    finish(check, result(check, 'failed', 0, `${DEADLINE_MESSAGE} (never started)`));
                    continue;
                }
                const slot = pool(check);
                running[slot]++;
                void runCheck(check, deadline, request).then((r) => {
                    running[slot]--;
                    finish(check, r);
                    pump();
                });
            }
            if (idle())
                resolve(results);
        };
        pump();
    });
}
async function runCheck(check, deadline, request) {
    const started = Date.now();
    const retries = check.retries ?? 0;
    const untilMs = check.until !== undefined ? started + check.until * 1000 : null;
    let delay = (check['retry-delay'] ?? DEFAULT_RETRY_DELAY_MS / 1000) * 1000;
    let attempts = 0;
    let last = { ok: false, message: DEADLINE_MESSAGE };
    for (;;) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            last = { ...last, ok: false, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
            break;
        }
        attempts++;
        const timeoutMs = Math.min((check.timeout ?? DEFAULT_CHECK_TIMEOUT_MS / 1000) * 1000, remaining);
        let definitionError = false;
        try {
            last = await boundedAttempt(check, timeoutMs, request);
        }
        catch (error) {
            definitionError = error instanceof expand/* CheckDefinitionError */.gD;
            last = {
                ok: false,
                message: definitionError
                    ? `check definition: ${error.message}`
                    : `check crashed: ${String(error)}`,
            };
        }
        if (last.ok || definitionError)
            break;
        const now = Date.now();
        const more = attempts <= retries || (untilMs !== null && now + delay < untilMs);
        if (!more || now + delay >= deadline) {
            if (now + delay >= deadline && more) {
                last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
            }
            break;
        }
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
    if (!last.ok && Date.now() >= deadline && !last.message.startsWith(DEADLINE_MESSAGE)) {
        last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` };
    }
    const durationMs = Date.now() - started;
    const retried = attempts > 1 ? { attempts } : {};
    const after = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    if (last.ok && attempts > 1 && (check.flaky ?? request.flaky) === 'fail') {
        // A pass that needed retries is instability the suite asked not to launch on.
        return {
            ...result(check, 'failed', durationMs, `flaky: passed only after ${attempts} attempts (flaky: fail): ${last.message}`),
            ...retried,
        };
    }
    return {
        ...result(check, last.ok ? 'passed' : 'failed', durationMs, last.message + after),
        ...retried,
        ...(last.output && !last.ok && { output: last.output }),
    };
}
/**
 * One attempt, raced against its timeout: the attempt is told to stop (its signal) at the
 * timeout, and is abandoned a little later if it has not, so no check keeps the runner waiting.
 */
async function boundedAttempt(check, timeoutMs, request) {
    const killGraceMs = Math.min(request.killGraceMs ?? 2000, 2000);
    const controller = new AbortController();
    const settleMs = schema/* PROCESS_KINDS */.MG.has(check.kind) ? killGraceMs + PROCESS_SETTLE_MS : IO_SETTLE_MS;
    let stopTimer;
    let abandonTimer;
    const abandoned = new Promise((resolve) => {
        stopTimer = setTimeout(() => controller.abort(), timeoutMs);
        abandonTimer = setTimeout(() => resolve({ ok: false, message: `did not finish within ${timeoutMs} ms` }), timeoutMs + settleMs);
    });
    try {
        return await Promise.race([
            runAttempt(check, {
                cwd: request.cwd,
                env: request.env,
                timeoutMs,
                killGraceMs,
                signal: controller.signal,
                expand: request.expander,
            }),
            abandoned,
        ]);
    }
    finally {
        clearTimeout(stopTimer);
        clearTimeout(abandonTimer);
        controller.abort();
    }
}
function result(check, status, durationMs, message) {
    return {
        name: check.name,
        level: check.level,
        status,
        durationMs,
        message,
        ...(check.description !== undefined && { description: check.description }),
        ...(check.remediation !== undefined && { remediation: check.remediation }),
    };
}
function invalid(errors, started) {
    return (0,model/* outcomeWithoutChecks */.Yp)('invalid', errors, performance.now() - started);
}


/***/ })

};
