// The flags of every command that runs the checks (run, launch, watch): which suite, how it runs
// sealed, and what evidence it leaves; and the action inputs they stand for.

import type { ParseArgsConfig } from 'node:util'
import type { SurfaceWords } from '../model.js'
import type { RawInputs } from '../settings.js'

export const SUITE_OPTIONS = {
  mode: { type: 'string' },
  command: { type: 'string' },
  suite: { type: 'string' },
  subset: { type: 'string' },
  timeout: { type: 'string' },
  'working-directory': { type: 'string' },
  'report-dir': { type: 'string' },
  'history-dir': { type: 'string' },
  'report-retention-days': { type: 'string' },
  'pass-env': { type: 'string' },
  redact: { type: 'string' },
  results: { type: 'string', multiple: true },
  'level-map': { type: 'string', multiple: true },
  'exit-codes': { type: 'string' },
  'require-results': { type: 'string' },
  'subset-args': { type: 'string' },
  'suite-isolation': { type: 'string' },
  pytest: { type: 'string' },
  leg: { type: 'string' },
} as const satisfies ParseArgsConfig['options']

export interface SuiteFlags {
  mode?: string
  command?: string
  suite?: string
  subset?: string
  timeout?: string
  'working-directory'?: string
  'report-dir'?: string
  'history-dir'?: string
  'report-retention-days'?: string
  'pass-env'?: string
  redact?: string
  results?: string[]
  'level-map'?: string[]
  'exit-codes'?: string
  'require-results'?: string
  'subset-args'?: string
  'suite-isolation'?: string
  pytest?: string
  /** The leg this run stands for (provenance, not an action input). */
  leg?: string
}

/** The CLI names an input by its own flag (or where it reads the value from). */
export const cliInputName = (name: string): string =>
  name === 'timeout-seconds'
    ? '--timeout'
    : name === 'github-token'
      ? 'GITHUB_TOKEN (or GH_TOKEN)'
      : `--${name}`

/** The CLI's words: its flags, and the approval run where the action has its authorize job. */
export const CLI_WORDS: SurfaceWords = {
  input: cliInputName,
  override: (name) => `--${name}`,
  approvalPath:
    'request an approval run ("preflight request-override"), then pass --approval-run RUN',
}

/** The action inputs these flags stand for (flags not given are left out: their defaults apply). */
export function suiteInputs(flags: SuiteFlags): RawInputs {
  const raw: RawInputs = {
    mode: flags.mode,
    command: flags.command,
    suite: flags.suite,
    subset: flags.subset,
    'timeout-seconds': flags.timeout,
    'working-directory': flags['working-directory'],
    'report-dir': flags['report-dir'],
    'history-dir': flags['history-dir'],
    'report-retention-days': flags['report-retention-days'],
    'pass-env': flags['pass-env'],
    redact: flags.redact,
    results: flags.results?.join('\n'),
    'level-map': flags['level-map']?.join('\n'),
    'exit-codes': flags['exit-codes'],
    'require-results': flags['require-results'],
    'subset-args': flags['subset-args'],
    'suite-isolation': flags['suite-isolation'],
    pytest: flags.pytest,
    'upload-artifact': 'false',
  }
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as RawInputs
}
