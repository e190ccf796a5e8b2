// Where a gate's history lives: its reports, operational log and archive. On a self-hosted
// runner the workspace is the checkout's to clean (actions/checkout runs `git clean -ffdx`), so
// the history defaults to the runner user's state directory; elsewhere it is the report dir.

import { copyFileSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface HistoryLocation {
  dir: string
  /** Why it is where it is, when the default was not the report directory. */
  note: string | null
}

export function resolveHistoryDir(
  input: string,
  reportDir: string,
  env: NodeJS.ProcessEnv,
): HistoryLocation {
  if (input !== '') return { dir: path.resolve(input), note: null }
  if (env.RUNNER_ENVIRONMENT !== 'self-hosted') return { dir: reportDir, note: null }
  const repository = env.GITHUB_REPOSITORY ?? ''
  const home = env.HOME || os.homedir()
  if (
    !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ||
    repository.includes('..') ||
    !home
  ) {
    return {
      dir: reportDir,
      note: `The history stays in report-dir (${reportDir}): on a self-hosted runner it belongs outside the workspace, but GITHUB_REPOSITORY or HOME is not set; set history-dir.`,
    }
  }
  const [owner, repo] = repository.toLowerCase().split('/') as [string, string]
  return { dir: path.join(home, '.local', 'state', 'preflight-gate', owner, repo), note: null }
}

/**
 * Keeps a copy of the run's report files in the history directory (same names; each written under
 * a hidden name, then renamed). Returns what could not be copied.
 */
export function keepInHistory(files: readonly string[], historyDir: string): string[] {
  const failures: string[] = []
  mkdirSync(historyDir, { recursive: true })
  for (const file of files) {
    const target = path.join(historyDir, path.basename(file))
    const hidden = path.join(historyDir, `.${path.basename(file)}.${process.pid}.copying`)
    try {
      if (!lstatSync(file).isFile()) throw new Error('not a regular file')
      copyFileSync(file, hidden)
      renameSync(hidden, target)
    } catch (error) {
      rmSync(hidden, { force: true })
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(file)) continue
      failures.push(
        `${path.basename(file)} into the history (${historyDir}): ${(error as Error).message}`,
      )
    }
  }
  return failures
}
