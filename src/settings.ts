// Every input of the gate, read once into one typed settings object. The action and the CLI
// both hand in a record of raw strings keyed by the action's input names.

import { z } from 'zod'
import {
  DEFAULT_SUBSET_ARGS,
  EXIT_CONTRACTS,
  PYTEST_MODES,
  REQUIRE_RESULTS,
  type EvidenceSettings,
} from './evidence/settings.js'
import { parseLevelMap } from './evidence/levels.js'
import {
  ACTION_WORDS,
  MODES,
  SUITE_ISOLATIONS,
  capitalized,
  type Mode,
  type SuiteIsolationSetting,
} from './model.js'

export const SKIP_PHRASE = 'I UNDERSTAND THE RISKS'

export const DEFAULT_SUBSET: Record<Mode, string> = { paper: 'production', live: 'full' }
export const DEFAULT_TIMEOUT_SECONDS: Record<Mode, number> = { paper: 30, live: 60 }
export const DEFAULT_REPORT_DIR = 'reports/health'
export const DEFAULT_RETENTION_DAYS = 30
/** Reports older than this many days are archived; 0 keeps everything in place. */
export const DEFAULT_REPORT_RETENTION_DAYS = 30

export type SuiteSource = { kind: 'command'; command: string } | { kind: 'suite'; path: string }

export interface GateSettings {
  mode: Mode
  source: SuiteSource
  subset: string
  timeoutSeconds: number
  workingDirectory: string
  forceStart: boolean
  skipHealthCheck: boolean
  acknowledge: string
  reason: string
  ticket: string
  /** The force-start record of docs/source-document.md: expected impact and mitigation plan. */
  impact: string
  mitigation: string
  approvalEnvironment: string
  reportDir: string
  /** Where the history lives (reports, operational log, archive); '' = the default (history.ts). */
  historyDir: string
  uploadArtifact: boolean
  artifactName: string
  retentionDays: number
  reportRetentionDays: number
  githubToken: string
  opsLogIssue: number | null
  openTicket: boolean
  /** Withheld variables (tokens, INPUT_*) the suite may see all the same. */
  passEnv: string[]
  /** Variables whose values are hidden from every report, log and output. */
  redact: string[]
  /** results, level-map, exit-codes, require-results, subset-args. */
  evidence: EvidenceSettings
  /** auto, pid or none: whether the suite runs in its own PID and mount namespace. */
  suiteIsolation: SuiteIsolationSetting
}

/** The gate's input names, as in action.yml. */
export const INPUT_NAMES = [
  'mode',
  'command',
  'suite',
  'subset',
  'timeout-seconds',
  'working-directory',
  'force-start',
  'skip-health-check',
  'acknowledge',
  'reason',
  'ticket',
  'impact',
  'mitigation',
  'approval-environment',
  'report-dir',
  'history-dir',
  'upload-artifact',
  'artifact-name',
  'retention-days',
  'report-retention-days',
  'github-token',
  'ops-log-issue',
  'open-ticket',
  'pass-env',
  'redact',
  'results',
  'level-map',
  'exit-codes',
  'require-results',
  'subset-args',
  'suite-isolation',
  'pytest',
  // Read straight into the report's provenance (src/provenance.ts), never into the settings.
  'matrix',
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Partial<Record<InputName, string>>

const trimmed = z.string().trim()

// Booleans as the Actions toolkit reads them (YAML 1.2 core schema), empty meaning the default.
export const booleanInput = (fallback: boolean) =>
  trimmed.transform((value, ctx) => {
    if (value === '') return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    ctx.addIssue({ code: 'custom', message: `must be true or false, got "${value}"` })
    return z.NEVER
  })

export const optionalInteger = (min: number, max: number) =>
  trimmed.transform((value, ctx) => {
    if (value === '') return null
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a whole number from ${min} to ${max}, got "${value}"`,
      })
      return z.NEVER
    }
    return Number(value)
  })

/** Environment variable names, separated by commas, spaces or lines. */
export const variableNames = z.string().transform((value, ctx) => {
  const names = value.split(/[\s,]+/).filter((n) => n !== '')
  const bad = names.filter((n) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n))
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must list environment variable names, got ${bad.map((b) => `"${b}"`).join(', ')}`,
    })
    return z.NEVER
  }
  return names
})

const MAX_TIMEOUT_SECONDS = 6 * 60 * 60 // a GitHub-hosted job's own limit

const rawSchema = z.object({
  mode: trimmed.pipe(
    z.enum(MODES, { error: (issue) => `must be paper or live, got "${String(issue.input)}"` }),
  ),
  command: trimmed.default(''),
  suite: trimmed.default(''),
  subset: trimmed.default('').refine((v) => v === '' || /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v), {
    message: 'must be a name of letters, digits, ".", "_" or "-" (e.g. production, full)',
  }),
  'timeout-seconds': trimmed.default('').transform((value, ctx) => {
    if (value === '') return null
    const seconds = Number(value)
    if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}, got "${value}"`,
      })
      return z.NEVER
    }
    return seconds
  }),
  'working-directory': trimmed.default(''),
  'force-start': booleanInput(false).default(false),
  'skip-health-check': booleanInput(false).default(false),
  acknowledge: trimmed.default(''),
  reason: trimmed.default(''),
  ticket: trimmed.default(''),
  impact: trimmed.default(''),
  mitigation: trimmed.default(''),
  'approval-environment': trimmed.default(''),
  'report-dir': trimmed.default(''),
  'history-dir': trimmed.default(''),
  'upload-artifact': booleanInput(true).default(true),
  'artifact-name': trimmed.default('').refine((v) => !/[":<>|*?\\/\r\n]/.test(v), {
    message: 'must not contain any of " : < > | * ? \\ / or a line break',
  }),
  'retention-days': optionalInteger(1, 90).default(null),
  'report-retention-days': optionalInteger(0, 36500).default(null),
  'github-token': z.string().default(''),
  'ops-log-issue': optionalInteger(1, Number.MAX_SAFE_INTEGER).default(null),
  'open-ticket': booleanInput(false).default(false),
  'pass-env': variableNames.default([]),
  redact: variableNames.default([]),
  // One path or glob a line, relative to working-directory.
  results: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')),
    ),
  'level-map': z
    .string()
    .default('')
    .superRefine((value, ctx) => {
      const map = parseLevelMap(value)
      if (!map.ok) ctx.addIssue({ code: 'custom', message: map.error })
    }),
  'exit-codes': trimmed
    .default('')
    .transform((v) => v || 'preflight')
    .pipe(
      z.enum(EXIT_CONTRACTS, {
        error: (issue) => `must be preflight or any-failure, got "${String(issue.input)}"`,
      }),
    ),
  'require-results': trimmed
    .default('')
    .transform((v) => v || 'live')
    .pipe(
      z.enum(REQUIRE_RESULTS, {
        error: (issue) => `must be live, always or never, got "${String(issue.input)}"`,
      }),
    ),
  pytest: trimmed
    .default('')
    .transform((v) => v || 'auto')
    .pipe(
      z.enum(PYTEST_MODES, {
        error: (issue) => `must be auto or off, got "${String(issue.input)}"`,
      }),
    ),
  // Absent: the default; explicitly empty: append nothing.
  'subset-args': z
    .string()
    .optional()
    .transform((v) => (v === undefined ? DEFAULT_SUBSET_ARGS : v.trim()))
    .refine((v) => !/[|&;<>()`$\n]/.test(v), {
      message:
        'must be plain words such as "--subset {subset}" or "-m {subset}" (no shell operators)',
    }),
  'suite-isolation': trimmed
    .default('')
    .transform((v) => v || 'auto')
    .pipe(
      z.enum(SUITE_ISOLATIONS, {
        error: (issue) => `must be auto, pid or none, got "${String(issue.input)}"`,
      }),
    ),
})

export interface UploadSettings {
  uploadArtifact: boolean
  artifactName: string
  retentionDays: number
}

/**
 * The upload inputs on their own, each falling back to its default when invalid: the report of
 * an invalid configuration is uploaded all the same, under the name the workflow asked for.
 */
export function parseUploadSettings(raw: RawInputs): UploadSettings {
  const field = <T>(schema: z.ZodType<T>, value: string | undefined, fallback: T): T => {
    const parsed = schema.safeParse(value ?? '')
    return parsed.success ? parsed.data : fallback
  }
  const shape = rawSchema.shape
  return {
    uploadArtifact: field(shape['upload-artifact'], raw['upload-artifact'], true),
    artifactName: field(shape['artifact-name'], raw['artifact-name'], ''),
    retentionDays:
      field(shape['retention-days'], raw['retention-days'], null) ?? DEFAULT_RETENTION_DAYS,
  }
}

/**
 * How a surface names one of the gate's inputs in its messages: the action says `input "mode"`,
 * the CLI `--mode`. Each message is written once with the name as a part of it, for every surface.
 */
export type InputNaming = (name: InputName) => string

/** Each problem named by its input: "Input "mode" must be paper or live, got "x"." */
export function describeInputIssues(
  issues: readonly z.core.$ZodIssue[],
  nameOf: (name: string) => string = ACTION_WORDS.input,
): string[] {
  return issues.map((issue) => {
    const name = issue.path.join('.')
    const subject = name === '' ? 'Inputs' : capitalized(nameOf(name))
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${subject} is required${name === 'mode' ? ' (paper or live)' : ''}.`
      : `${subject} ${issue.message}.`
  })
}

export type SettingsResult =
  | { ok: true; settings: GateSettings }
  | { ok: false; errors: string[]; mode: Mode | null; reportDir: string }

/** Validates raw inputs; every problem is named by its input and says what is allowed. */
export function parseSettings(
  raw: RawInputs,
  input: InputNaming = ACTION_WORDS.input,
): SettingsResult {
  const Input = (name: InputName) => capitalized(input(name))
  const fallbackMode = MODES.find((m) => m === raw.mode?.trim()) ?? null
  const fallbackReportDir = raw['report-dir']?.trim() || DEFAULT_REPORT_DIR
  const parsed = rawSchema.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      errors: describeInputIssues(parsed.error.issues, (name) => input(name as InputName)),
      mode: fallbackMode,
      reportDir: fallbackReportDir,
    }
  }
  const r = parsed.data
  const errors: string[] = []

  if (r.command !== '' && r.suite !== '') {
    errors.push(`${Input('command')} and ${input('suite')} are exclusive: set exactly one of them.`)
  } else if (r.command === '' && r.suite === '') {
    errors.push(
      `Set exactly one of ${input('command')} (a smoke-suite command, e.g. "python scripts/smoke_test_institutional.py") or ${input('suite')} (a suite file, e.g. ".github/preflight.yml").`,
    )
  }
  if (r['force-start'] && r['skip-health-check']) {
    errors.push(
      `${Input('force-start')} and ${input('skip-health-check')} are exclusive: force-start runs the suite and lets a P1 failure through with approval; skip-health-check runs nothing.`,
    )
  }
  if (r['skip-health-check'] && r.mode === 'live' && r.acknowledge !== SKIP_PHRASE) {
    errors.push(
      `${Input('skip-health-check')} in live mode needs ${input('acknowledge')} set to exactly "${SKIP_PHRASE}".`,
    )
  }
  const unrecorded = (['impact', 'mitigation'] as const).filter((name) => r[name] === '')
  if (r['force-start'] && r.mode === 'live' && unrecorded.length > 0) {
    errors.push(
      `${Input('force-start')} in live mode needs ${unrecorded.map(input).join(' and ')}: the force-start record holds the expected impact and the mitigation plan beside the reason and the ticket.`,
    )
  }
  if (errors.length > 0) {
    return { ok: false, errors, mode: r.mode, reportDir: fallbackReportDir }
  }

  return {
    ok: true,
    settings: {
      mode: r.mode,
      source:
        r.command !== ''
          ? { kind: 'command', command: r.command }
          : { kind: 'suite', path: r.suite },
      subset: r.subset || DEFAULT_SUBSET[r.mode],
      timeoutSeconds: r['timeout-seconds'] ?? DEFAULT_TIMEOUT_SECONDS[r.mode],
      workingDirectory: r['working-directory'] || '.',
      forceStart: r['force-start'],
      skipHealthCheck: r['skip-health-check'],
      acknowledge: r.acknowledge,
      reason: r.reason,
      ticket: r.ticket,
      impact: r.impact,
      mitigation: r.mitigation,
      approvalEnvironment: r['approval-environment'],
      reportDir: r['report-dir'] || DEFAULT_REPORT_DIR,
      historyDir: r['history-dir'],
      uploadArtifact: r['upload-artifact'],
      artifactName: r['artifact-name'],
      retentionDays: r['retention-days'] ?? DEFAULT_RETENTION_DAYS,
      reportRetentionDays: r['report-retention-days'] ?? DEFAULT_REPORT_RETENTION_DAYS,
      githubToken: r['github-token'],
      opsLogIssue: r['ops-log-issue'],
      openTicket: r['open-ticket'],
      passEnv: r['pass-env'],
      redact: r.redact,
      evidence: {
        results: r.results,
        levelMap: r['level-map'],
        exitCodes: r['exit-codes'],
        requireResults: r['require-results'],
        subsetArgs: r['subset-args'],
        pytest: r.pytest,
      },
      suiteIsolation: r['suite-isolation'],
    },
  }
}
