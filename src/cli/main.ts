// The `preflight` command: the same engine as the action, with the source document's console
// output, exit codes and launcher confirmations.

import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Decision } from '../decision.js'
import { runGate, type GateContext } from '../engine.js'
import { consoleBanner } from '../messages.js'
import { MODES, type Mode } from '../model.js'
import { verifyGateOverride } from '../approval/flow.js'
import { runUrlFromEnv } from '../approval/github.js'
import { withWorkflowCommandsStopped } from '../sanitize.js'
import { DEFAULT_SUBSET, SKIP_PHRASE, type RawInputs } from '../settings.js'

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
}

const GATE_OPTIONS = {
  mode: { type: 'string' },
  command: { type: 'string' },
  suite: { type: 'string' },
  subset: { type: 'string' },
  timeout: { type: 'string' },
  'working-directory': { type: 'string' },
  'report-dir': { type: 'string' },
  'force-start': { type: 'boolean' },
  'skip-health-check': { type: 'boolean' },
  acknowledge: { type: 'string' },
  reason: { type: 'string' },
  ticket: { type: 'string' },
  'approval-environment': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

const GATE_HELP = `  --mode paper|live          required; paper runs the production subset, live the full suite
  --command "CMD"            the smoke-suite command (split like a shell would, but run without one)
  --suite FILE               a suite file (YAML or JSON) instead of a command
  --subset NAME              default: production (paper), full (live)
  --timeout SECONDS          default: 30 (paper), 60 (live)
  --working-directory DIR    where the suite runs (default: .)
  --report-dir DIR           where reports go (default: reports/health)
  --force-start              let a P1 failure through, only with a verified approval
  --skip-health-check        run nothing, only with a verified approval (live also needs --acknowledge)
  --acknowledge PHRASE       "${SKIP_PHRASE}" for a live skip
  --reason TEXT, --ticket ID recorded in the operational log
  --approval-environment ENV inside a GitHub Actions job bound to ENV: verify its reviewers'
                             approvals of this run (needs GITHUB_TOKEN with actions: read);
                             without it an override is never granted`

const USAGE = `Usage: preflight <command> [options]

Commands:
  run      run the health checks and write the reports; exits 0 passed, 1 P0 failure or abort,
           2 P1 failure, 3 P2 warnings
  launch   run the health checks, then on proceed start the launch command after -- (asks for
           confirmation on a terminal; --yes for unattended use)

  validate FILE  check a suite file (--mode, --subset: one selection); prints every error as file:line:column, exits 1
  schema   print the suite file's JSON Schema

Run "preflight <command> --help" for its options.`

const RUN_HELP = `Usage: preflight run --mode paper|live (--command "CMD" | --suite FILE) [options]

${GATE_HELP}`

const LAUNCH_HELP = `Usage: preflight launch --mode paper|live (--command "CMD" | --suite FILE) [options] [--yes] -- LAUNCH COMMAND...

${GATE_HELP}
  --yes                      confirm without a prompt (unattended use); without a terminal, required

On proceed the launch command runs and its exit code is preflight's. Without proceed it never runs.`

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return runCommand(rest, io)
    case 'launch':
      return launchCommand(rest, io)
    case 'validate':
      return validateCommand(rest, io)
    case 'schema': {
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
      io.stderr.write(`preflight: unknown command "${command}"\n\n${USAGE}\n`)
      return 1
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }
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

function rawInputs(values: GateValues, io: CliIo): RawInputs {
  const raw: RawInputs = {
    mode: values.mode,
    command: values.command,
    suite: values.suite,
    subset: values.subset,
    'timeout-seconds': values.timeout,
    'working-directory': values['working-directory'],
    'report-dir': values['report-dir'],
    'force-start': values['force-start'] ? 'true' : 'false',
    'skip-health-check': values['skip-health-check'] ? 'true' : 'false',
    acknowledge: values.acknowledge,
    reason: values.reason,
    ticket: values.ticket,
    'approval-environment': values['approval-environment'],
    'github-token': io.env.GITHUB_TOKEN,
    'upload-artifact': 'false',
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

async function gate(values: GateValues, io: CliIo) {
  io.stdout.write(stepLine(values.mode) + '\n')
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  const runUrl = runUrlFromEnv(io.env)
  const context: GateContext = {
    operator: io.env.PREFLIGHT_OPERATOR || io.env.GITHUB_ACTOR || os.userInfo().username,
    runUrl,
    env: io.env,
    now: () => new Date(),
    echo: io.stdout as GateContext['echo'],
    verifyApproval: async (request) => {
      const decision = await verifyGateOverride(request, runUrl, io.env)
      for (const warning of decision.warnings) io.stderr.write(`warning: ${warning}\n`)
      return decision
    },
    // Inside a workflow step the CLI's output is read by the runner too.
    ...(inActions && {
      aroundSuiteOutput: <T>(body: () => Promise<T>) =>
        withWorkflowCommandsStopped(io.stdout as NonNullable<GateContext['echo']>, body),
    }),
  }
  const result = await runGate(rawInputs(values, io), context)
  const { run, paths } = result
  for (const note of run.outcome.notes) io.stderr.write(`${note}\n`)
  const report = displayPath(paths.markdown)
  io.stdout.write(consoleBanner(run.banner, report) + '\n')
  io.stdout.write(`Report: ${report}\n`)
  return result
}

async function runCommand(args: string[], io: CliIo): Promise<number> {
  let values: GateValues
  try {
    values = parseGateArgs(args).values
  } catch (error) {
    io.stderr.write(`preflight run: ${(error as Error).message}\n\n${RUN_HELP}\n`)
    return 1
  }
  if (values.help) {
    io.stdout.write(RUN_HELP + '\n')
    return 0
  }
  const { run } = await gate(values, io)
  return run.decision.gateExitCode
}

async function launchCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf('--')
  const gateArgs = separator === -1 ? args : args.slice(0, separator)
  const launchArgv = separator === -1 ? [] : args.slice(separator + 1)
  let values: GateValues & { yes?: boolean }
  try {
    values = parseGateArgs(gateArgs, { yes: { type: 'boolean' } }).values
  } catch (error) {
    io.stderr.write(`preflight launch: ${(error as Error).message}\n\n${LAUNCH_HELP}\n`)
    return 1
  }
  if (values.help) {
    io.stdout.write(LAUNCH_HELP + '\n')
    return 0
  }
  if (launchArgv.length === 0) {
    io.stderr.write(`preflight launch: give the launch command after --\n\n${LAUNCH_HELP}\n`)
    return 1
  }

  const { run } = await gate(values, io)
  if (run.decision.verdict !== 'proceed') {
    io.stdout.write('\nLaunch aborted\n')
    return run.decision.gateExitCode === 0 ? 1 : run.decision.gateExitCode
  }

  const mode = run.mode as Mode
  const confirmed = await confirm(mode, run.decision, values.yes === true, io)
  if (!confirmed) {
    io.stdout.write('\nLaunch aborted (operator did not confirm)\n')
    return 1
  }
  io.stdout.write(`\nLaunching: ${launchArgv.join(' ')}\n`)
  return launch(launchArgv, io)
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const usage = 'Usage: preflight validate FILE [--mode paper|live] [--subset NAME]\n'
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { mode: { type: 'string' }, subset: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    io.stderr.write(`preflight validate: ${(error as Error).message}\n${usage}`)
    return 1
  }
  const { values, positionals } = parsed
  const mode = values.mode
  if (
    values.help ||
    positionals.length !== 1 ||
    (mode !== undefined && mode !== 'paper' && mode !== 'live')
  ) {
    io.stderr.write(usage)
    return values.help ? 0 : 1
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
async function confirm(mode: Mode, decision: Decision, yes: boolean, io: CliIo): Promise<boolean> {
  const total = mode === 'live' ? 6 : 3
  io.stdout.write(`\nStep 1/${total}: Operator confirmation...\n`)
  if (yes) {
    io.stdout.write('Confirmed with --yes.\n')
    return true
  }
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write(
      'preflight launch: operator confirmation needs a terminal; pass --yes for unattended use.\n',
    )
    return false
  }
  const prompt = createInterface({ input: io.stdin, output: io.stdout })
  try {
    if (decision.grantedOverride === 'force-start') {
      await prompt.question('Press ENTER to acknowledge and continue...')
    }
    if (decision.grantedOverride === 'skip' && mode === 'live') {
      const phrase = await prompt.question(`Type '${SKIP_PHRASE}' to continue: `)
      if (phrase.trim() !== SKIP_PHRASE) return false
    }
    const answer = await prompt.question("Type 'YES' to confirm: ")
    return answer.trim() === 'YES'
  } finally {
    prompt.close()
  }
}

function launch(argv: string[], io: CliIo): Promise<number> {
  const [file, ...args] = argv as [string, ...string[]]
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'inherit', env: io.env })
    child.on('error', (error) => {
      io.stderr.write(`preflight launch: could not start ${file}: ${error.message}\n`)
      resolve(1)
    })
    child.on('exit', (code, signal) =>
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)),
    )
  })
}
