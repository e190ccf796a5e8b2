// Temporary directories that go away: every one made here is removed once the test file's tests
// are done (a directory made in beforeAll may serve several tests). vitest.setup.ts checks that a
// test run leaves nothing behind in its own temporary directory.
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A new directory under the temporary directory, removed after this file's tests. */
export async function tempDir(prefix = 'preflight-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** tempDir for code that cannot wait. */
export function tempDirSync(prefix = 'preflight-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}
