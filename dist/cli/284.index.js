export const id = 284;
export const ids = [284];
export const modules = {

/***/ 79284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ commandArgv),
  runCommandSuite: () => (/* binding */ runCommandSuite)
});

// UNUSED EXPORTS: subsetArgv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
// EXTERNAL MODULE: ./lib/evidence/collect.js + 5 modules
var collect = __webpack_require__(49370);
// EXTERNAL MODULE: ./lib/evidence/levels.js
var levels = __webpack_require__(6670);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/sanitize.js + 2 modules
var sanitize = __webpack_require__(20036);
// EXTERNAL MODULE: ./lib/runner/process.js
var runner_process = __webpack_require__(36499);
// EXTERNAL MODULE: ./lib/evidence/judge.js
var judge = __webpack_require__(46106);
;// CONCATENATED MODULE: ./lib/runner/results.js
// Turns a finished suite process and the evidence it left into the suite's outcome: the
// per-check results decide, the exit code is cross-checked (src/evidence/judge.ts).

/**
 * `base` is the outcome of the process alone (timeout, signal, not found…); when it exited with
 * a code, the judge decides the status from that code and the evidence.
 */
function outcomeWithEvidence(base, end, evidence, context) {
    const described = {
        ...base,
        checks: evidence.checks ?? [],
        appendedArgs: context.appendedArgs,
        evidenceFiles: evidence.files,
        suiteReports: evidence.suiteReports,
        unmappedChecks: evidence.unmapped,
    };
    if (evidence.error !== null) {
        // Unreadable results are a broken suite: fail closed, whatever the exit code said.
        const status = base.status === 'timeout' || base.status === 'missing' ? base.status : 'crashed';
        return { ...described, status, notes: [...base.notes, evidence.error, ...evidence.notes] };
    }
    if (end.kind !== 'exited') {
        return { ...described, notes: [...base.notes, ...evidence.notes] };
    }
    const judgement = (0,judge/* judge */.S4)({
        mode: context.mode,
        exitCode: end.exitCode,
        contract: context.settings.exitCodes,
        requireResults: context.settings.requireResults,
        checks: evidence.checks,
        resultsDeclared: context.settings.results.length > 0,
    });
    return {
        ...described,
        status: judgement.status,
        exitCode: end.exitCode,
        notes: [...judgement.notes, ...evidence.notes],
    };
}

;// CONCATENATED MODULE: ./lib/runner/command.js
// Runs an external smoke-suite command (the source document's smoke_test_institutional.py)
// and turns what happened into a SuiteOutcome.












const SCRIPT_EXTENSIONS = /\.(py|sh|bash|js|mjs|cjs|ts|rb|pl|php|ps1)$/i;
/** Splits a command into argv without a shell; operators, globs and comments are refused. */
function commandArgv(command) {
    const open = unclosedQuote(command);
    if (open !== null) {
        return {
            error: `Input "command" has an unclosed ${open === "'" ? 'single' : 'double'} quote: close it (a shell would refuse this line too).`,
        };
    }
    let tokens;
    try {
        tokens = (0,shell_quote.parse)(command, (name) => `$${name}`);
    }
    catch (error) {
        return { error: `Input "command" cannot be split into arguments: ${String(error)}` };
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token !== 'string') {
            return {
                error: `Input "command" runs without a shell, so ${describeToken(token)} is not allowed. Put pipelines, redirections and globs in a script and run that.`,
            };
        }
        argv.push(token);
    }
    if (argv.length === 0)
        return { error: 'Input "command" is empty.' };
    return { argv };
}
/** The quote left open at the end of a command line, if any (backslash escapes respected). */
function unclosedQuote(command) {
    let quote = null;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
        }
        else if (c === '\\') {
            i++; // the next character is literal (inside double quotes too, for " and \\)
        }
        else if (quote === '"') {
            if (c === '"')
                quote = null;
        }
        else if (c === "'" || c === '"') {
            quote = c;
        }
    }
    return quote;
}
function describeToken(token) {
    if ('comment' in token)
        return 'a comment (#)';
    if ('pattern' in token)
        return `the glob "${String(token.pattern)}"`;
    if ('op' in token)
        return `the shell operator "${String(token.op)}"`;
    return 'a shell construct';
}
/** The script an interpreter is asked to run (`python scripts/x.py`), or a path to a program. */
function scriptPath(argv) {
    const [program, ...rest] = argv;
    if (program !== undefined && program.includes('/'))
        return program;
    const script = rest.find((arg) => !arg.startsWith('-'));
    return script !== undefined && SCRIPT_EXTENSIONS.test(script) ? script : null;
}
async function runCommandSuite(options) {
    const split = commandArgv(options.command);
    if ('error' in split)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [split.error]);
    if (!isDirectory(options.cwd)) {
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [
            `Input "working-directory" is not a directory: ${options.cwd}. Check the path (relative to the workspace) and that the checkout step ran.`,
        ]);
    }
    const evidenceSettings = options.evidence ?? collect/* DEFAULT_EVIDENCE_SETTINGS */.a$;
    const appended = subsetArgv(evidenceSettings.subsetArgs, options.subset);
    if ('error' in appended)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [appended.error]);
    const levelMap = (0,levels/* parseLevelMap */.mK)(evidenceSettings.levelMap);
    if (!levelMap.ok)
        return (0,model/* outcomeWithoutChecks */.Yp)('invalid', [levelMap.error]);
    const argv = [...split.argv, ...appended.argv];
    const script = scriptPath(argv);
    if (script !== null && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(options.cwd, script))) {
        return (0,model/* outcomeWithoutChecks */.Yp)('missing', [
            `Smoke test script not found: ${script} (looked in ${external_node_path_.resolve(options.cwd)}). Check "command" and "working-directory".`,
        ]);
    }
    const resultsDir = await (0,promises_.mkdtemp)(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'preflight-'));
    const resultsPath = external_node_path_.join(resultsDir, 'results.json');
    let log;
    try {
        let watch;
        try {
            watch = await (0,collect/* watchEvidence */.fZ)(evidenceSettings, {
                cwd: options.cwd,
                preflightResults: resultsPath,
                reportDir: options.reportDir,
                gateWrites: options.outputLogPath ? [options.outputLogPath] : [],
            });
        }
        catch (error) {
            return (0,model/* outcomeWithoutChecks */.Yp)('crashed', [error.message]);
        }
        log = options.outputLogPath ? (0,external_node_fs_.createWriteStream)(options.outputLogPath) : undefined;
        const run = await (0,runner_process/* runProcess */.i)({
            argv,
            cwd: options.cwd,
            env: {
                ...options.env,
                // Python buffers stdout into a pipe: without this a hung suite leaves an empty log.
                PYTHONUNBUFFERED: '1',
                PREFLIGHT_MODE: options.mode,
                PREFLIGHT_SUBSET: options.subset,
                PREFLIGHT_RESULTS: resultsPath,
            },
            timeoutMs: options.timeoutMs,
            killGraceMs: options.killGraceMs ?? 5000,
            echo: options.echo,
            log: log && { stream: log, maxBytes: options.maxLogBytes ?? 32 * 1024 * 1024 },
            tailBytes: options.tailBytes ?? 64 * 1024,
        });
        const evidence = await (0,collect/* collectEvidence */.mE)(watch).catch((error) => ({
            checks: null,
            files: [],
            suiteReports: [],
            unmapped: [],
            notes: [],
            error: error.message,
        }));
        return outcomeWithEvidence(outcomeOfRun(run, options.timeoutMs), run.end, evidence, {
            mode: options.mode,
            settings: evidenceSettings,
            appendedArgs: appended.argv,
        });
    }
    finally {
        if (log) {
            log.end();
            await (0,external_node_stream_promises_.finished)(log).catch(() => undefined);
        }
        await (0,promises_.rm)(resultsDir, { recursive: true, force: true });
    }
}
/**
 * The words appended for a subset other than `full` (the source document's launcher appends
 * `--subset production`): subset-args split like a command, `{subset}` replaced in each word.
 */
function subsetArgv(template, subset) {
    if (subset === 'full' || template.trim() === '')
        return { argv: [] };
    const split = commandArgv(template);
    if ('error' in split) {
        return { error: split.error.replace('Input "command"', 'Input "subset-args"') };
    }
    return { argv: split.argv.map((word) => word.replaceAll('{subset}', subset)) };
}
/** What the process alone says; an exit code is judged together with the evidence. */
function outcomeOfRun(run, timeoutMs) {
    const base = {
        status: 'crashed',
        exitCode: null,
        signal: null,
        durationMs: run.durationMs,
        checks: [],
        notes: [],
        outputTail: (0,sanitize/* plainText */.wh)(run.tail),
        outputTruncated: run.truncated,
    };
    const end = run.end;
    switch (end.kind) {
        case 'exited':
            return { ...base, exitCode: end.exitCode };
        case 'signaled':
            return {
                ...base,
                signal: end.signal,
                notes: [`The suite was killed by signal ${end.signal}: treated as a crash.`],
            };
        case 'timeout':
            return {
                ...base,
                status: 'timeout',
                notes: [
                    `The suite ran past its limit of ${timeoutMs / 1000} s and its whole process tree was killed. Make the suite faster or raise "timeout-seconds".`,
                ],
            };
        case 'not-found':
            return {
                ...base,
                status: 'missing',
                notes: [`${end.error}. Install it on the runner or fix "command".`],
            };
        case 'spawn-error':
            return { ...base, notes: [`${end.error}.`] };
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
