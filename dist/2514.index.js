export const id = 2514;
export const ids = [2514];
export const modules = {

/***/ 42514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INIT_HELP: () => (/* binding */ INIT_HELP),
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(55156);
/* harmony import */ var _approval_github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63944);
/* harmony import */ var _audit_audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27933);
/* harmony import */ var _audit_setup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7718);
/* harmony import */ var _audit_templates_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77856);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59814);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85709);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51819);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18908);
// `preflight init`: writes the gate, deploy and override-request workflows and a starter suite
// wired the way `preflight audit` checks, never over an existing file without --force; with
// --configure-environments creates or updates the override environments through the API,
// printing each change; then runs the audit and prints it.












const INIT_HELP = `Usage: preflight init --action OWNER/NAME@REF [--dir DIR] [--suite FILE | --command CMD]
                      [--runner-labels LABELS] [--force]
                      [--configure-environments --reviewers ENV=LOGIN,LOGIN ... [--repo OWNER/NAME]]

Writes .github/workflows/preflight-paper.yml and preflight-live.yml (gate and deploy on the same
runner, the deploy only on proceed and starting with require), override-request.yml and, without
--suite or --command, a starter suite (${_audit_templates_js__WEBPACK_IMPORTED_MODULE_9__/* .STARTER_SUITE */ .Hi}). Never overwrites a file without --force.
Then runs "preflight audit" and prints it.

  --action OWNER/NAME@REF  where you published this action, and a release tag or commit SHA
                           (a tag is resolved to its commit through the GitHub API: workflows
                           pin the SHA)
  --dir DIR                the repository to set up (default .)
  --suite FILE             the suite file the gate runs (relative to the repository)
  --command CMD            or the suite command
  --runner-labels LABELS   comma-separated labels of the host that deploys (default self-hosted)
  --force                  overwrite existing files
  --configure-environments create or update paper-override and live-override through the API
                           (token from GITHUB_TOKEN or GH_TOKEN, needs Administration: write):
                           reviewers, prevent_self_review: true, can_admins_bypass: false,
                           protected branches only
  --reviewers ENV=LOGIN,LOGIN
                           the reviewers of ENV (paper-override, live-override); repeatable;
                           live-override needs two people
  --repo OWNER/NAME        the repository of the environments (default: the git remote origin,
                           else GITHUB_REPOSITORY)`;
const FULL_SHA = /^[0-9a-f]{40}$/;
const ACTION = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\/([A-Za-z0-9_.-]+)@([A-Za-z0-9_./-]+)$/;
async function initCommand(args, io, gate) {
    let values;
    try {
        values = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args,
            options: {
                action: { type: 'string' },
                dir: { type: 'string', default: '.' },
                suite: { type: 'string' },
                command: { type: 'string' },
                'runner-labels': { type: 'string', default: 'self-hosted' },
                force: { type: 'boolean', default: false },
                'configure-environments': { type: 'boolean', default: false },
                reviewers: { type: 'string', multiple: true },
                repo: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .usageError */ .D)(io, 'init', `${error.message}`);
        return 1;
    }
    if (values.help) {
        io.stdout.write(INIT_HELP + '\n');
        return 0;
    }
    const fail = (message) => {
        io.stderr.write(`preflight init: ${message}\n`);
        return 1;
    };
    const action = ACTION.exec(values.action ?? '');
    if (!action)
        return fail('--action OWNER/NAME@REF is required (e.g. acme/preflight-gate@v1).');
    if (values.suite !== undefined && values.command !== undefined) {
        return fail('give --suite or --command, not both.');
    }
    const labels = values['runner-labels']
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    if (labels.length === 0)
        return fail('--runner-labels needs at least one label.');
    const reviewers = parseReviewers(values.reviewers ?? []);
    if ('error' in reviewers)
        return fail(reviewers.error);
    if (reviewers.size > 0 && !values['configure-environments']) {
        return fail('--reviewers needs --configure-environments.');
    }
    if (values['configure-environments'] && reviewers.size === 0) {
        return fail('--configure-environments needs --reviewers ENV=LOGIN,LOGIN.');
    }
    const token = (0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenFromEnv */ .B)(io.env);
    const client = token ? await (0,_approval_github_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(token, io.env) : null;
    const [, owner, name, ref] = action;
    let sha = ref;
    if (!FULL_SHA.test(ref)) {
        const resolved = client ? await commitOf(client, owner, name, ref) : null;
        if (!resolved) {
            return fail(`cannot resolve ${owner}/${name}@${ref} to a commit${client ? '' : ' (no token: set GITHUB_TOKEN or GH_TOKEN)'}: pass --action ${owner}/${name}@<40-hex commit SHA>.`);
        }
        sha = resolved;
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.dir);
    const files = (0,_audit_templates_js__WEBPACK_IMPORTED_MODULE_9__/* .initFiles */ .u$)({
        action: `${owner}/${name}@${sha}`,
        actionTag: FULL_SHA.test(ref) ? '' : ref,
        runnerLabels: labels,
        suite: values.command !== undefined
            ? { command: values.command }
            : { file: values.suite ?? _audit_templates_js__WEBPACK_IMPORTED_MODULE_9__/* .STARTER_SUITE */ .Hi },
    }, values.suite === undefined && values.command === undefined);
    const existing = [];
    for (const file of files) {
        if (await exists(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, file.path)))
            existing.push(file.path);
    }
    if (existing.length > 0 && !values.force) {
        return fail(`not overwriting ${existing.join(', ')} (use --force to replace ${existing.length === 1 ? 'it' : 'them'}).`);
    }
    for (const file of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, file.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, file.text, 'utf8');
        io.stdout.write(`${existing.includes(file.path) ? 'replaced' : 'wrote'} ${file.path}\n`);
    }
    if (values['configure-environments']) {
        if (!client)
            return fail('--configure-environments needs a token: set GITHUB_TOKEN or GH_TOKEN.');
        const repository = await (0,_github_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveRepository */ .BN)(values.repo, io.env);
        if (!repository.ok)
            return fail(repository.error);
        for (const [environment, logins] of reviewers) {
            const change = await configureEnvironment(client, repository.repository, environment, logins);
            if ('error' in change)
                return fail(change.error);
            io.stdout.write(`${change.line}\n`);
        }
    }
    io.stdout.write('\nRunning preflight audit…\n\n');
    const { result, paths } = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_7__.auditAndRecord)({
        repo: values.repo,
        workflows: node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.github', 'workflows'),
        reportDir: undefined,
        drill: false,
        failOn: 'high',
        root: dir,
    }, { ...io, env: io.env }, gate);
    io.stdout.write((0,_audit_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .renderAuditMarkdown */ .ti)(result, 'high'));
    io.stdout.write(`\nAudit report: ${paths.markdown}\nNext: commit these files to the default branch, then run "preflight audit".\n`);
    // The files are written: before they are committed the audit has findings by nature (the
    // override workflow is not on the default branch yet), so they are printed, not the exit code.
    return 0;
}
/** `live-override=risk-manager,cto` (repeatable) → environment → logins. */
function parseReviewers(specs) {
    const byEnvironment = new Map();
    for (const spec of specs) {
        const match = /^([a-z]+)-override=(.+)$/.exec(spec.trim());
        const mode = match?.[1];
        if (!match || !mode || !_model_js__WEBPACK_IMPORTED_MODULE_6__/* .MODES */ .FN.includes(mode)) {
            return {
                error: `--reviewers must be paper-override=LOGIN,… or live-override=LOGIN,…, got "${spec}".`,
            };
        }
        const logins = [
            ...new Set(match[2]
                .split(',')
                .map((l) => l.trim().replace(/^@/, ''))
                .filter((l) => l !== '')),
        ];
        if (logins.length < _audit_setup_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUIRED_REVIEWERS */ .Zj[mode]) {
            return {
                error: `${mode}-override needs at least ${_audit_setup_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUIRED_REVIEWERS */ .Zj[mode]} distinct reviewer(s), got ${logins.length}.`,
            };
        }
        byEnvironment.set(`${mode}-override`, logins);
    }
    return byEnvironment;
}
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        return true;
    }
    catch {
        return false;
    }
}
const TIMEOUT_MS = 15_000;
const request = (client, route, params) => client.request(route, { ...params, request: { signal: AbortSignal.timeout(TIMEOUT_MS) } });
async function commitOf(client, owner, repo, ref) {
    try {
        const { data } = await request(client, 'GET /repos/{owner}/{repo}/commits/{ref}', {
            owner,
            repo,
            ref,
        });
        const parsed = zod__WEBPACK_IMPORTED_MODULE_11__.object({ sha: zod__WEBPACK_IMPORTED_MODULE_11__.string().regex(FULL_SHA) }).safeParse(data);
        return parsed.success ? parsed.data.sha : null;
    }
    catch {
        return null;
    }
}
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_11__.object({
    can_admins_bypass: zod__WEBPACK_IMPORTED_MODULE_11__.boolean().optional(),
    deployment_branch_policy: zod__WEBPACK_IMPORTED_MODULE_11__.unknown().nullable().optional(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_11__.array(zod__WEBPACK_IMPORTED_MODULE_11__.object({
        type: zod__WEBPACK_IMPORTED_MODULE_11__.string(),
        prevent_self_review: zod__WEBPACK_IMPORTED_MODULE_11__.boolean().optional(),
        reviewers: zod__WEBPACK_IMPORTED_MODULE_11__.array(zod__WEBPACK_IMPORTED_MODULE_11__.object({
            reviewer: zod__WEBPACK_IMPORTED_MODULE_11__.object({ login: zod__WEBPACK_IMPORTED_MODULE_11__.string().optional() })
                .passthrough()
                .nullable()
                .optional(),
        }))
            .optional(),
    }))
        .optional(),
});
/** Creates or updates one override environment; the line says what changed. */
async function configureEnvironment(client, repository, environment, logins) {
    const where = `${repository.owner}/${repository.repo} environment ${environment}`;
    let before = null;
    try {
        const { data } = await request(client, 'GET /repos/{owner}/{repo}/environments/{environment_name}', {
            ...repository,
            environment_name: environment,
        });
        before = environmentSchema.parse(data);
    }
    catch (error) {
        if (error.status !== 404) {
            return { error: `cannot read ${where}: ${error.message}` };
        }
    }
    const ids = [];
    for (const login of logins) {
        try {
            const { data } = await request(client, 'GET /users/{username}', { username: login });
            ids.push(zod__WEBPACK_IMPORTED_MODULE_11__.object({ id: zod__WEBPACK_IMPORTED_MODULE_11__.number() }).parse(data).id);
        }
        catch (error) {
            return { error: `cannot find the GitHub user "${login}": ${error.message}` };
        }
    }
    try {
        await request(client, 'PUT /repos/{owner}/{repo}/environments/{environment_name}', {
            ...repository,
            environment_name: environment,
            reviewers: ids.map((id) => ({ type: 'User', id })),
            prevent_self_review: true,
            can_admins_bypass: false,
            deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
        });
    }
    catch (error) {
        return {
            error: `cannot update ${where} (the token needs Administration: write): ${error.message}`,
        };
    }
    const rule = before?.protection_rules?.find((r) => r.type === 'required_reviewers');
    const was = {
        reviewers: (rule?.reviewers ?? []).map((r) => r.reviewer?.login ?? '?').join(', ') || 'none',
        self: String(rule?.prevent_self_review ?? false),
        bypass: String(before?.can_admins_bypass ?? true),
        branches: before?.deployment_branch_policy ? 'limited' : 'all',
    };
    const changes = [
        `reviewers ${logins.join(', ')}${before ? ` (were ${was.reviewers})` : ''}`,
        `prevent_self_review true${before && was.self !== 'true' ? ` (was ${was.self})` : ''}`,
        `can_admins_bypass false${before && was.bypass !== 'false' ? ` (was ${was.bypass})` : ''}`,
        `deployment branches: protected only${before && was.branches !== 'limited' ? ' (were all)' : ''}`,
    ];
    return { line: `${before ? 'updated' : 'created'} ${environment}: ${changes.join('; ')}` };
}


/***/ })

};
