export const id = 284;
export const ids = [284];
export const modules = {

/***/ 26591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(42696);


/***/ }),

/***/ 42696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

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
// EXTERNAL MODULE: ./lib/evidence/collect.js + 2 modules
var collect = __webpack_require__(95142);
// EXTERNAL MODULE: ./lib/evidence/levels.js
var levels = __webpack_require__(6670);
// EXTERNAL MODULE: ./lib/model.js
var model = __webpack_require__(59814);
// EXTERNAL MODULE: ./lib/sanitize.js
var sanitize = __webpack_require__(54020);
// EXTERNAL MODULE: ./lib/runner/process.js + 1 modules
var runner_process = __webpack_require__(98435);
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
        const run = await (0,runner_process/* runProcess */.R3)({
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
