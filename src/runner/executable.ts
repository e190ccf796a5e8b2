// Whether a program can be started, checked before it is needed: a kill switch or a launch
// command that is not there must stop the operator at the start, not at the trip.

import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Why `program` cannot be run from `cwd` with this PATH, or null when it can. */
export function executableProblem(
  program: string,
  cwd: string,
  pathVariable: string | undefined,
): string | null {
  if (program.includes('/')) {
    const file = path.resolve(cwd, program)
    return runnable(file) ? null : `${program} ${whyNot(file)} (looked at ${file})`
  }
  const dirs = (pathVariable ?? '').split(path.delimiter).filter((dir) => dir !== '')
  if (dirs.some((dir) => runnable(path.join(dir, program)))) return null
  return `${program} is not found on PATH`
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function whyNot(file: string): string {
  try {
    return statSync(file).isFile() ? 'is not executable (chmod +x it)' : 'is not a file'
  } catch {
    return 'does not exist'
  }
}
