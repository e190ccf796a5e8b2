// The `preflight` command: the same engine as the action, with the source document's console
// output, exit codes and launcher confirmations (docs/source-document.md).

import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Writable } from 'node:stream'
import { quote } from 'shell-quote'
import { applyPlan, planGate } from '../engine.js'
import { runSuiteJob, type SuiteJob } from '../runner/suite-job.js'
import { localProvenanceEnv } from './local-provenance.js'
import { consoleBanner, runBanner } from '../report/messages.js'
import {
  MODES,
  SUITE_ISOLATIONS,
  type Decision,
  type GateRun,
  type Mode,
  type ProcessIsolation,
} from '../model.js'
import { cachedIsolationProbe, chooseIsolation, fileCommandPaths } from '../runner/isolation.js'
import { verifyGateOverride } from '../approval/flow.js'
import { runUrlFromEnv } from '../approval/github.js'
import { withWorkflowCommandsStopped } from '../sanitize.js'
import { DEFAULT_SUBSET, SKIP_PHRASE, type RawInputs } from '../settings.js'
import {
  approvalRunVerifier,
  DEFAULT_APPROVAL_MAX_AGE_HOURS,
  prepareApprovalRun,
  type ApprovalRun,
} from './approval-run.js'
import { CancellationLog } from './cancellation.js'
import { executableProblem } from '../runner/executable.js'
import { processIo, type CliIo, usageError } from './io.js'
import { CLI_WORDS, SUITE_OPTIONS, suiteInputs } from './suite-options.js'
import { tokenFromEnv } from './github.js'
import {
  LAUNCH_WATCH_HELP,
  LAUNCH_WATCH_OPTIONS,
  launchSupervision,
  superviseLaunchCommand,
  watchCommand,
} from './watch.js'

const GATE_OPTIONS = {
  ...SUITE_OPTIONS,
  'force-start': { type: 'boolean' },
  'skip-health-check': { type: 'boolean' },
  acknowledge: { type: 'string' },
  reason: { type: 'string' },
  ticket: { type: 'string' },
  impact: { type: 'string' },
  mitigation: { type: 'string' },
  'approval-environment': { type: 'string' },
  'approval-run': { type: 'string' },
  'approval-max-age': { type: 'string' },
  repo: { type: 'string' },
  workflow: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

const GATE_HELP = `  --mode paper|live          required; paper runs the production subset, live the full suite
  --command "CMD"            the smoke-suite command (split like a shell would, but run without one)
  --suite FILE               a suite file (YAML or JSON) instead of a command
  --subset NAME              default: production (paper), full (live)
  --timeout SECONDS          default: 30 (paper), 60 (live)
  --working-directory DIR    where the suite runs (default: .)
  --report-dir DIR           where reports go (default: reports/health)
  --history-dir DIR          where the history lives (every report, the operational log, the
                             archive); default: the report dir
  --report-retention-days N  archive reports older than N days into DIR/archive (default 30;
                             0 keeps everything)
  --force-start              let a P1 failure through, only with a verified approval
  --skip-health-check        run nothing, only with a verified approval (live also needs --acknowledge)
  --acknowledge PHRASE       "${SKIP_PHRASE}" for a live skip
  --reason TEXT, --ticket ID recorded in the operational log
  --impact TEXT              a force-start's expected impact (required for a live force-start)
  --mitigation TEXT          a force-start's mitigation plan (required for a live force-start)
  --approval-run RUN         the approval run (id or URL) of "preflight request-override": its
                             approvals are verified through the GitHub API before any launch
                             (token from GITHUB_TOKEN or GH_TOKEN); an approval run grants one
                             override on this host
  --approval-max-age HOURS   refuse older approval runs (default: ${DEFAULT_APPROVAL_MAX_AGE_HOURS})
  --approval-environment ENV the protected environment that approves (default with --approval-run:
                             MODE-override); without --approval-run, inside a GitHub Actions job
                             bound to ENV: verify the approvals of this run
  --repo OWNER/NAME          the approval run's repository (default: the git remote origin, else
                             GITHUB_REPOSITORY)
  --workflow FILE            the override workflow (default: override-request.yml)
  --pass-env NAMES           withheld variables (GITHUB_TOKEN, ACTIONS_*, INPUT_*) the suite may see
  --redact NAMES             variables whose values never appear in reports, logs or output
  --leg NAME                  the fleet leg this run stands for, recorded in the report
                             (default: $PREFLIGHT_LEG); preflight aggregate tells legs apart by it
  --suite-isolation auto|pid|none
                             pid: the suite (and the launched command) in its own PID and mount
                             namespace; auto (default): pid where available, else none
  --results PATH|GLOB        per-check results the suite writes (JSON, JUnit XML, TAP, the
                             document's Markdown table), relative to --working-directory;
                             repeatable (default: $PREFLIGHT_RESULTS and the suite's own
                             SMOKE_TEST_INSTITUTIONAL_*.md in the report directory)
  --level-map "P1: GLOB"     level of tests that declare none, matched against classname.name
                             and the file; repeatable (unmapped tests count as P0)
  --exit-codes preflight|any-failure
                             the runner's exit codes: preflight 0/1/2/3 (default) or
                             any-failure 0 passed, 1 failed (pytest, jest, go test, bats)
  --require-results live|always|never
                             abort without per-check results (default: live)
  --subset-args="WORDS"      appended for a subset other than full, {subset} replaced
                             (default: "--subset {subset}"; "" appends nothing; write it
                             with = when the words start with -)
  --pytest auto|off          auto (default): a command that runs pytest gets a JUnit report,
                             p0/p1/p2 markers as levels, pytest's exit codes (0 passed, 1 failed,
                             2-5 crashed) and -m SUBSET; off: none of it
Without a verified approval an override is never granted.`

const USAGE = `Usage: preflight <command> [options]

Commands:
  run      run the health checks and write the reports; exits 0 passed, 1 P0 failure or abort,
           2 P1 failure, 3 P2 warnings
  launch   run the health checks, then on proceed start the launch command after -- (asks for
           confirmation on a terminal; --yes for unattended use)
  watch    run the checks every --interval after the launch; kill switch after --trip-after
           consecutive P0 failures
  review   the monthly review of the operational log: overrides, aborts, recurring failures
  prune    archive reports older than --report-retention-days (every run also does it)

  request-override  ask for the approval of a force-start or skip on GitHub (an approval run)
  aggregate --expected N --mode M DIR_OR_FILE...
           one verdict over several hosts' reports; exits like run
  audit    the quarterly audit: workflow wiring, approval setup, history, --drill of every
           exit path; exits 1 on a finding at or above --fail-on (default high)
  init     write the gate, deploy and override-request workflows and a starter suite (and
           with --configure-environments the override environments), then audit them
  validate FILE  check a suite file (--mode, --subset: one selection); prints every error as
           file:line:column, exits 1
  schema   print the suite file's JSON Schema

Run "preflight <command> --help" for its options.`

const VALIDATE_HELP = `Usage: preflight validate FILE [--mode paper|live] [--subset NAME]

Checks a suite file as run would: every error at once (schema, duplicates, dependencies,
patterns, empty selections), each as file:line:column; exits 1 on any, else 0. Without --mode
both paper's and live's selections are checked.`

const SCHEMA_HELP = `Usage: preflight schema

Prints the suite file's JSON Schema.`

const RUN_HELP = `Usage: preflight run --mode paper|live (--command "CMD" | --suite FILE) [options]

${GATE_HELP}`

const LAUNCH_HELP = `Usage: preflight launch --mode paper|live (--command "CMD" | --suite FILE) [options] [--yes] -- LAUNCH COMMAND...

${GATE_HELP}
  --yes                      confirm without a prompt (unattended use); without a terminal, required
${LAUNCH_WATCH_HELP}

On proceed the launch command runs and its exit code is preflight's. Without proceed it never runs.`

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return runCommand(rest, io)
    case 'launch':
      return launchCommand(rest, io)
    case 'request-override':
      return (await import('./request-override.js')).requestOverrideCommand(rest, io)
    case 'validate':
      return validateCommand(rest, io)
    case 'watch':
      return watchCommand(rest, io)
    case 'prune':
      return (await import('./prune.js')).pruneCommand(rest, io)
    case 'review':
      return (await import('./review.js')).reviewCommand(rest, io)
    case 'aggregate':
      return (await import('./aggregate.js')).aggregateCommand(rest, io)
    case 'audit':
      return (await import('./audit.js')).auditCommand(rest, io, main)
    case 'init':
      return (await import('./init.js')).initCommand(rest, io, main)
    case 'schema': {
      if (rest.length > 0) {
        io[rest[0] === '--help' ? 'stdout' : 'stderr'].write(SCHEMA_HELP + '\n')
        return rest[0] === '--help' ? 0 : 1
      }
      const { suiteJsonSchema } = await import('../suite/schema.js')
      io.stdout.write(JSON.stringify(suiteJsonSchema(), null, 2) + '\n')
      return 0
    }
    case '--help':
    case '-h':
    case 'help':
    case undefined:
      io.stdout.write(USAGE + '\n')
      return command === undefined ? 1 : 0
    default:
      usageError(io, '', `unknown command "${command}"`)
      return 1
  }
}

type GateValues = ReturnType<typeof parseGateArgs>['values']

function parseGateArgs(args: string[], extra: ParseArgsConfig['options'] = {}) {
  return parseArgs({
    args,
    options: { ...GATE_OPTIONS, ...extra },
    strict: true,
    allowPositionals: false,
  })
}

/** A usage problem found before anything runs (nothing is written), or null. */
function usageProblem(values: GateValues): string | null {
  if (values.mode === undefined) return '--mode is required: paper or live.'
  if (!(MODES as readonly string[]).includes(values.mode)) {
    return `--mode must be paper or live, got "${values.mode}".`
  }
  if (
    values['approval-run'] !== undefined &&
    !values['force-start'] &&
    !values['skip-health-check']
  ) {
    return '--approval-run approves an override: add --force-start or --skip-health-check.'
  }
  return null
}

/** Checks the gate's flags and reads the approval run's; null after printing a usage error. */
async function gateUsage(
  values: GateValues,
  command: string,
  io: CliIo,
): Promise<{ approvalRun: ApprovalRun | null } | null> {
  const usage = (error: string) => {
    usageError(io, command, error)
    return null
  }
  const problem = usageProblem(values)
  if (problem) return usage(problem)
  if (values['approval-run'] === undefined) return { approvalRun: null }
  const prepared = await prepareApprovalRun(values, io.env)
  return prepared.ok ? { approvalRun: prepared.approvalRun } : usage(prepared.error)
}

function rawInputs(values: GateValues, io: CliIo, approvalRun: ApprovalRun | null): RawInputs {
  const raw: RawInputs = {
    ...suiteInputs(values),
    'force-start': values['force-start'] ? 'true' : 'false',
    'skip-health-check': values['skip-health-check'] ? 'true' : 'false',
    acknowledge: values.acknowledge,
    reason: values.reason,
    ticket: values.ticket,
    impact: values.impact,
    mitigation: values.mitigation,
    'approval-environment':
      values['approval-environment'] ?? (approvalRun ? `${values.mode}-override` : undefined),
    'github-token': tokenFromEnv(io.env) || undefined,
  }
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as RawInputs
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

function stepLine(mode: string | undefined): string {
  return mode === 'live'
    ? 'Step 0/6: Running MANDATORY health checks...'
    : 'Step 0/3: Running health checks...'
}

async function gate(values: GateValues, io: CliIo, approvalRun: ApprovalRun | null) {
  io.stdout.write(stepLine(values.mode) + '\n')
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  // With an approval run, that run is what the log entries name, and the token's user operates.
  const runUrl = approvalRun?.url ?? runUrlFromEnv(io.env)
  const approvalRunCheck = approvalRun ? approvalRunVerifier(approvalRun) : null
  const verify =
    approvalRunCheck?.verify ??
    ((request: Parameters<typeof verifyGateOverride>[0]) =>
      verifyGateOverride(request, runUrl, io.env))
  const plan = planGate(
    rawInputs(values, io, approvalRun),
    {
      words: CLI_WORDS,
      operator:
        (approvalRun && 'login' in approvalRun.operator && approvalRun.operator.login) ||
        io.env.PREFLIGHT_OPERATOR ||
        io.env.GITHUB_ACTOR ||
        os.userInfo().username,
      runUrl,
      // Off Actions: the commit, repository, a run id of its own and the leg (local-provenance.ts).
      env: await localProvenanceEnv(
        path.resolve(values['working-directory'] ?? '.'),
        io.env,
        values.leg,
      ),
      secretCustody: io.secretCustody,
      verifiesApprovals: true,
    },
    new Date(),
  )
  const echo = io.stdout as Writable
  const result = await applyPlan(plan, {
    now: () => new Date(),
    hostName: os.hostname(),
    echo,
    signal: io.signal,
    verifyApproval: verify,
    // Inside a workflow step the CLI's output is read by the runner too.
    ...(inActions && {
      runSuite: (job: SuiteJob) => withWorkflowCommandsStopped(echo, () => runSuiteJob(job)),
    }),
  }).finally(() => approvalRunCheck?.release())
  for (const warning of result.run.approval?.warnings ?? []) {
    io.stderr.write(`warning: ${warning}\n`)
  }
  const { run, paths } = result
  for (const note of run.outcome.notes) io.stderr.write(`${note}\n`)
  const report = displayPath(paths.markdown)
  io.stdout.write(consoleBanner(runBanner(run, CLI_WORDS), report) + '\n')
  io.stdout.write(`Report: ${report}\n`)
  explainApproval(run, approvalRun, io)
  return result
}

/** What became of an override, on the console: who approved, or why not and how to fix it. */
function explainApproval(run: GateRun, approvalRun: ApprovalRun | null, io: CliIo): void {
  const { approval, decision } = run
  if (decision.grantedOverride && approval) {
    const approvers = approval.approvers.map((a) =>
      a.comment ? `${a.login} ("${a.comment}")` : a.login,
    )
    if (approvalRun) io.stdout.write(`Approval run: ${approvalRun.url}\n`)
    io.stdout.write(`Approved by: ${approvers.join(', ')}\n`)
    return
  }
  if (decision.verdict !== 'approval-required') return
  for (const refusal of approval?.refusals ?? []) {
    io.stderr.write(`Override refused: ${refusal}\n`)
  }
  if (!approvalRun) {
    const override = decision.requestedOverride === 'skip' ? 'skip' : 'force-start'
    io.stderr.write(
      `To override from this host: preflight request-override --mode ${run.mode ?? 'MODE'} --override ${override} --reason TEXT --ticket ID --wait, then add --approval-run RUN.\n`,
    )
  }
}

async function runCommand(args: string[], io: CliIo): Promise<number> {
  let values: GateValues
  try {
    values = parseGateArgs(args).values
  } catch (error) {
    usageError(io, 'run', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(RUN_HELP + '\n')
    return 0
  }
  const usage = await gateUsage(values, 'run', io)
  if (!usage) return 1
  const { run } = await gate(values, io, usage.approvalRun)
  return run.decision.gateExitCode
}

async function launchCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf('--')
  const gateArgs = separator === -1 ? args : args.slice(0, separator)
  const launchArgv = separator === -1 ? [] : args.slice(separator + 1)
  let values: GateValues & { yes?: boolean; 'watch-interval'?: string }
  try {
    values = parseGateArgs(gateArgs, { yes: { type: 'boolean' }, ...LAUNCH_WATCH_OPTIONS }).values
  } catch (error) {
    usageError(io, 'launch', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(LAUNCH_HELP + '\n')
    return 0
  }
  if (launchArgv.length === 0) {
    usageError(io, 'launch', `give the launch command after --`)
    return 1
  }
  const usage = await gateUsage(values, 'launch', io)
  if (!usage) return 1
  const supervision = launchSupervision(values, io)
  if (supervision && 'errors' in supervision) {
    io.stderr.write(supervision.errors.map((e) => `preflight launch: ${e}\n`).join(''))
    return 1
  }
  // Proved before the gate runs: a launch command that cannot start would waste an approval.
  const unstartable = executableProblem(launchArgv[0] as string, process.cwd(), io.env.PATH)
  if (unstartable !== null) {
    io.stderr.write(
      `preflight launch: the launch command cannot be started: ${unstartable}. Nothing was run.\n`,
    )
    return 1
  }

  const { run, paths } = await gate(values, io, usage.approvalRun)
  if (run.decision.verdict !== 'proceed') {
    io.stdout.write('\nLaunch aborted\n')
    return run.decision.gateExitCode === 0 ? 1 : run.decision.gateExitCode
  }

  const mode = run.mode as Mode
  const cancellation = new CancellationLog(run, path.dirname(paths.opsLog))
  const confirmation = await cancellation.during(() =>
    confirm(mode, run.decision, values.yes === true, io),
  )
  if (confirmation !== 'confirmed') {
    cancellation.write(CANCELLATION[confirmation])
    io.stdout.write(
      confirmation === 'interrupted'
        ? '\nLaunch aborted (operator interrupted the confirmation)\n'
        : '\nLaunch aborted (operator did not confirm)\n',
    )
    return confirmation === 'interrupted' ? 130 : 1
  }
  const isolation = await launchIsolation(values['suite-isolation'], io)
  io.stdout.write(`\nLaunching: ${quote(launchArgv)}\n`)
  return supervision
    ? superviseLaunchCommand(launchArgv, supervision, io, isolation)
    : launch(launchArgv, io, isolation)
}

/**
 * The launched command runs as isolated as the suite was asked to be: under pid, in its own PID
 * and mount namespace, so nothing it starts outlives it (its pids are the namespace's: a pid file
 * it writes does not name a host process). Says which, and for none why.
 */
async function launchIsolation(
  requested: string | undefined,
  io: CliIo,
): Promise<ProcessIsolation | undefined> {
  const setting = SUITE_ISOLATIONS.find((s) => s === requested) ?? 'auto'
  const chosen = await chooseIsolation(setting, cachedIsolationProbe)
  io.stdout.write(
    chosen.launcher
      ? 'Launch isolation: pid (the launched command and everything it starts end together)\n'
      : `Launch isolation: none (${chosen.report.reason ?? 'not requested'}): daemons the launched command starts may outlive it\n`,
  )
  return chosen.launcher
    ? { launcher: chosen.launcher, rules: { hide: fileCommandPaths(io.env), readOnly: [] } }
    : undefined
}

type Confirmation = 'confirmed' | 'refused' | 'interrupted' | 'ended' | 'no-terminal'

const CANCELLATION: Record<Exclude<Confirmation, 'confirmed'>, string> = {
  refused: 'The operator did not confirm the launch at the prompt.',
  interrupted: 'The operator interrupted the confirmation (Ctrl-C).',
  ended: 'The confirmation ended without an answer (end of input).',
  'no-terminal': 'No terminal to confirm on, and no --yes: the launch was not confirmed.',
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { mode: { type: 'string' }, subset: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    usageError(io, 'validate', `${(error as Error).message}`)
    return 1
  }
  const { values, positionals } = parsed
  const mode = values.mode
  if (values.help) {
    io.stdout.write(VALIDATE_HELP + '\n')
    return 0
  }
  if (positionals.length !== 1 || (mode !== undefined && mode !== 'paper' && mode !== 'live')) {
    usageError(
      io,
      'validate',
      `give one suite file${mode !== undefined && mode !== 'paper' && mode !== 'live' ? ' and --mode paper or live' : ''}`,
    )
    return 1
  }
  const file = positionals[0] as string
  // The selections a run would make: the one asked for, or by default paper's and live's.
  const modes: readonly Mode[] = mode === undefined ? MODES : [mode]
  const selections = modes.map((m) => ({ mode: m, subset: values.subset ?? DEFAULT_SUBSET[m] }))
  const { validateSuiteFile } = await import('../suite/load.js')
  const errors = await validateSuiteFile(file, selections)
  if (errors.length > 0) {
    io.stderr.write(errors.join('\n') + '\n')
    return 1
  }
  io.stdout.write(`${file}: valid\n`)
  return 0
}

/** The document's confirmations; never a prompt without a terminal. */
async function confirm(
  mode: Mode,
  decision: Decision,
  yes: boolean,
  io: CliIo,
): Promise<Confirmation> {
  const total = mode === 'live' ? 6 : 3
  io.stdout.write(`\nStep 1/${total}: Operator confirmation...\n`)
  if (yes) {
    io.stdout.write('Confirmed with --yes.\n')
    return 'confirmed'
  }
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write(
      'preflight launch: operator confirmation needs a terminal; pass --yes for unattended use.\n',
    )
    return 'no-terminal'
  }
  const prompt = createInterface({ input: io.stdin, output: io.stdout })
  // Ctrl-C at a prompt reaches readline as input, not as a signal; end of input closes it.
  const stop = new AbortController()
  let interrupted = false
  prompt.on('SIGINT', () => {
    interrupted = true
    stop.abort()
  })
  prompt.once('close', () => stop.abort())
  const ask = (query: string) => prompt.question(query, { signal: stop.signal })
  try {
    if (decision.grantedOverride === 'force-start') {
      await ask('Press ENTER to acknowledge and continue...')
    }
    if (decision.grantedOverride === 'skip' && mode === 'live') {
      const phrase = await ask(`Type '${SKIP_PHRASE}' to continue: `)
      if (phrase.trim() !== SKIP_PHRASE) return 'refused'
    }
    const answer = await ask("Type 'YES' to confirm: ")
    return answer.trim() === 'YES' ? 'confirmed' : 'refused'
  } catch (error) {
    if (!stop.signal.aborted) throw error
    io.stdout.write('\n')
    return interrupted ? 'interrupted' : 'ended'
  } finally {
    prompt.close()
  }
}

async function launch(
  argv: string[],
  io: CliIo,
  isolation: ProcessIsolation | undefined,
): Promise<number> {
  const { startLaunched } = await import('../watch/supervise.js')
  return startLaunched({ argv, env: io.env, stderr: io.stderr, isolation }, false).exited
}
