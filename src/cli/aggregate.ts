// `preflight aggregate`: one verdict over gate reports on disk, for fleets checked by other
// means (SSH, Ansible). Same decision as the aggregate action; exits like `run`.

import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { parseRepository } from '../approval/approval-run.js'
import { decideFleet } from '../fleet/decision.js'
import { legFromPath } from '../fleet/files.js'
import { renderFleetConsole } from '../fleet/render.js'
import { MODES, type Mode } from '../model.js'
import { withWorkflowCommandsStopped } from '../sanitize.js'
import { type CliIo, usageError } from './io.js'
import { CLI_WORDS } from './suite-options.js'

/** Reports older than this are stale: the window an approval is good for. */
export const DEFAULT_MAX_AGE_HOURS = 12

export const AGGREGATE_HELP = `Usage: preflight aggregate (--expected N | --leg NAME...) --mode paper|live [--sha SHA] [--repo OWNER/NAME] [--max-age HOURS] [--run-id ID] DIR_OR_FILE...

  --expected N     how many legs must report; a missing leg aborts
  --leg NAME       a leg that must report, by the name its run was given with --leg (or
                   PREFLIGHT_LEG); repeat it for each leg. A named leg without a report aborts, a
                   report of any other leg is refused; --expected defaults to their number
  --mode M         the mode every report must have been written for
  --sha SHA        the commit every report must be for (default: GITHUB_SHA inside Actions;
                   otherwise all reports must agree on one commit)
  --repo O/N       the repository every report must be for (default: GITHUB_REPOSITORY inside
                   Actions; otherwise all reports must agree on one repository)
  --max-age HOURS  refuse reports older than this (default: ${DEFAULT_MAX_AGE_HOURS}, the approval window)
  --run-id ID      the workflow run every report must come from (default: none checked)
  DIR_OR_FILE      a gate JSON report, or a directory: the newest gate report its operational
                   log records (SHA-256 checked; files the gate did not record never count)

Legs are told apart by the name a run was given with --leg (or PREFLIGHT_LEG), else by job and
matrix values, else by host and runner: run each leg on one machine with its own --leg.

Prints the legs × checks matrix. Exits 0 (all passed) or 3 (proceed with warnings or an
approved override) to proceed; 1 (hard abort, missing or refused legs) or 2 (P1) to abort.`

export async function aggregateCommand(args: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        expected: { type: 'string' },
        leg: { type: 'string', multiple: true },
        mode: { type: 'string' },
        sha: { type: 'string' },
        'run-id': { type: 'string' },
        repo: { type: 'string' },
        'max-age': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    usageError(io, 'aggregate', `${(error as Error).message}`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(AGGREGATE_HELP + '\n')
    return 0
  }
  const mode = MODES.find((m) => m === values.mode)
  const named = values.leg ?? []
  const expected = Number(values.expected ?? (named.length > 0 ? named.length : NaN))
  const problems = [
    ...(mode ? [] : [`--mode must be paper or live, got "${values.mode ?? ''}"`]),
    ...(Number.isInteger(expected) && expected >= 1 && /^\d*$/.test(values.expected ?? '')
      ? []
      : [
          `--expected must be the number of legs (1 or more), or name each leg with --leg; got "${values.expected ?? ''}"`,
        ]),
    ...(named.every((name) => name.trim() !== '') ? [] : ['--leg must name a leg, got ""']),
    ...(new Set(named).size === named.length
      ? []
      : [`--leg names one leg twice (${named.join(', ')})`]),
    ...(named.length === 0 || values.expected === undefined || expected === named.length
      ? []
      : [`--expected ${values.expected} disagrees with the ${named.length} legs named with --leg`]),
    ...(positionals.length > 0 ? [] : ['give at least one report file or directory']),
    ...(values.repo === undefined || parseRepository(values.repo)
      ? []
      : [`--repo must be OWNER/NAME, got "${values.repo}"`]),
    ...(values['max-age'] === undefined ||
    (/^\d+(\.\d+)?$/.test(values['max-age']) && Number(values['max-age']) > 0)
      ? []
      : [`--max-age must be a number of hours above 0, got "${values['max-age']}"`]),
  ]
  if (problems.length > 0) {
    usageError(io, 'aggregate', `${problems.join('; ')}`)
    return 1
  }
  const evidence = []
  for (const target of positionals) evidence.push(await legFromPath(target))
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  const now = new Date()
  const maxAgeHours = Number(values['max-age'] ?? DEFAULT_MAX_AGE_HOURS)
  const decision = decideFleet(
    {
      mode: mode as Mode,
      sha: values.sha ?? (inActions && io.env.GITHUB_SHA ? io.env.GITHUB_SHA : null),
      runId: values['run-id'] ?? null,
      repository:
        values.repo ?? (inActions && io.env.GITHUB_REPOSITORY ? io.env.GITHUB_REPOSITORY : null),
      runAttempt: null,
      notBefore: new Date(now.getTime() - maxAgeHours * 3_600_000),
      now,
      legs: named.length > 0 ? named : null,
    },
    expected,
    evidence,
    CLI_WORDS,
  )
  const text = renderFleetConsole(decision)
  // Host names and check messages come from other machines: no workflow commands in them.
  if (inActions)
    await withWorkflowCommandsStopped(io.stdout as Writable, async () => {
      io.stdout.write(text)
    })
  else io.stdout.write(text)
  return decision.gateExitCode
}
