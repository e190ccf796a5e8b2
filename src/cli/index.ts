#!/usr/bin/env node
// The bundle `preflight` starts (dist/cli/index.js): it keeps the compiled code first, then loads
// and runs the command line (src/cli/process.ts). On a worker thread it is the gate's results
// parser instead (src/evidence/parse-thread.ts).
import { isMainThread } from 'node:worker_threads'
import { keepCompiledCode } from '../compile-cache.js'

keepCompiledCode()
if (isMainThread) {
  process.exitCode = await (await import('./process.js')).runCli(process.argv.slice(2))
} else {
  const { serveResultsParsing } = await import('../evidence/parse-worker.js')
  serveResultsParsing()
}
