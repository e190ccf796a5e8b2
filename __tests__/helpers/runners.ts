// Real test runners for the evidence tests: pytest (Debian python3-pytest; .ci/run installs it)
// and bats (the npm package). A missing runner skips loudly, and fails under CI=true.
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './action-runner.js'

export const BATS = path.join(REPO_ROOT, 'node_modules', 'bats', 'bin', 'bats')

export function pythonWithPytest(): boolean {
  const probe = spawnSync('python3', ['-m', 'pytest', '--version'], { encoding: 'utf8' })
  const found = probe.status === 0
  if (!found) {
    const message =
      'python3 -m pytest is not available: install Debian python3-pytest (.ci/run does).'
    if (process.env.CI === 'true') throw new Error(`${message} Required under CI=true.`)
    console.warn(`SKIPPING real-pytest tests: ${message}`)
  }
  return found
}

/** A fresh copy of __tests__/fixtures/runners/<name> in a temporary directory. */
export async function runnerFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `preflight-${name}-`))
  await cp(path.join(REPO_ROOT, '__tests__', 'fixtures', 'runners', name), dir, { recursive: true })
  return dir
}
