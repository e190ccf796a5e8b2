// Real test runners for the evidence tests: pytest (Debian python3-pytest; .ci/run installs it)
// and bats (the npm package). A missing runner skips loudly, and fails under CI=true.
import { spawnSync } from 'node:child_process'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from './action-runner.js'
import { tempDir } from './temp.js'

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
  const dir = await tempDir(`preflight-${name}-`)
  await cp(path.join(REPO_ROOT, '__tests__', 'fixtures', 'runners', name), dir, { recursive: true })
  return dir
}

/**
 * Pythons with pytest on this machine, by pytest's major version: Debian's python3-pytest
 * (pytest 7, /usr/bin/python3; .ci/run installs it) and the python3 on PATH (pytest 9 here).
 * pytest 7 missing fails under CI=true; pytest 8+ cannot come from a Debian package of this
 * release, so its absence is only said loudly.
 */
export function pytestInstallations(): Map<number, string> {
  const found = new Map<number, string>()
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-m', 'pytest', '--version'], { encoding: 'utf8' })
    const major = /pytest (\d+)\./.exec(`${probe.stdout}${probe.stderr}`)?.[1]
    if (probe.status === 0 && major !== undefined && !found.has(Number(major))) {
      found.set(Number(major), python)
    }
  }
  if (!found.has(7)) {
    const message = 'pytest 7 is not available: install Debian python3-pytest (.ci/run does).'
    if (process.env.CI === 'true') throw new Error(`${message} Required under CI=true.`)
    console.warn(`SKIPPING real-pytest 7 tests: ${message}`)
  }
  if (![...found.keys()].some((major) => major >= 8)) {
    console.warn(
      'SKIPPING real-pytest 9 tests: no python3 on PATH has pytest 8 or later (the machine image has pytest 9 under pyenv).',
    )
  }
  return found
}
