// A test run leaves no temporary directory behind. The run gets a temporary directory of its own
// (TMPDIR, which the test workers, the processes they start and os.tmpdir() all use): at the end
// it must be empty, or the run fails with the names left in it. Runs of other checkouts on the
// same machine have their own, so they cannot make this one fail.
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * What the TypeScript loader keeps between the processes of one run (tsx's transform cache, named
 * by the user id): a cache, not a test's leftover.
 */
const LOADER_CACHE = /^tsx-\d+$/

export default function setup(): () => void {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'preflight-test-run-'))
  // Open to other accounts as /tmp is (the PostgreSQL tests run the server as another user).
  chmodSync(runDir, 0o755)
  process.env.TMPDIR = runDir
  return () => {
    const left = readdirSync(runDir).filter((name) => !LOADER_CACHE.test(name))
    rmSync(runDir, { recursive: true, force: true })
    if (left.length > 0) {
      throw new Error(
        `The tests left ${left.length} temporary entr${left.length === 1 ? 'y' : 'ies'} behind (remove them in the test that makes them, e.g. with tempDir from __tests__/helpers/temp.ts): ${left.sort().join(', ')}`,
      )
    }
  }
}
