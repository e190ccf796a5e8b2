// Writes a suite of checks to a temporary directory and runs it with the built-in runner.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'yaml'
import type { CheckResult, SuiteOutcome } from '../../src/model.js'
import { runSuiteFile } from '../../src/suite/runner.js'

export async function runSuiteIn(
  dir: string,
  checks: object[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; suite?: object } = {},
): Promise<SuiteOutcome> {
  const file = path.join(dir, 'suite.yml')
  await writeFile(
    file,
    stringify({
      version: 1,
      ...options.suite,
      checks: checks.map((c) => ({ level: 'P0', ...c })),
    }),
  )
  return runSuiteFile({
    path: file,
    mode: 'live',
    subset: 'full',
    timeoutMs: options.timeoutMs ?? 30_000,
    cwd: dir,
    env: { PATH: process.env.PATH, ...options.env },
  })
}

export function byName(checks: CheckResult[]): Record<string, CheckResult> {
  return Object.fromEntries(checks.map((c) => [c.name, c]))
}
