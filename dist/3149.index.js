export const id = 3149;
export const ids = [3149];
export const modules = {

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
