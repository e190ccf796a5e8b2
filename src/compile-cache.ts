// Node 22+ keeps the bundle's compiled code between runs (a deploy host runs the gate often):
// without it most of a run's start-up is compiling the bundle. The entry files call this before
// they load anything else, so every chunk after it comes from the cache. Node 20 has no cache.
// The cache lives in the user's own cache directory, not a shared temporary one another account
// could fill.

import module from 'node:module'
import os from 'node:os'
import path from 'node:path'

export function keepCompiledCode(
  env: NodeJS.ProcessEnv = process.env,
  homedir: () => string = os.homedir,
): void {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache
  if (enable === undefined) return
  try {
    enable(env.NODE_COMPILE_CACHE || path.join(homedir(), '.cache', 'preflight-gate'))
  } catch {
    // No home directory (no HOME and no passwd entry for the user): run without the cache.
  }
}
