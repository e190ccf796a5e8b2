#!/usr/bin/env node
// The bundle `preflight` starts (dist/cli/index.js): it keeps the compiled code first, then loads
// and runs the command line (src/cli/process.ts).
import { keepCompiledCode } from '../compile-cache.js'

keepCompiledCode()
process.exitCode = await (await import('./process.js')).runCli(process.argv.slice(2))
