#!/usr/bin/env node
// A sample smoke suite in the source document's style: tiered checks, exit code 0/1/2/3, and
// per-check results written to PREFLIGHT_RESULTS for the gate's report.
//   node examples/sample-suite/smoke_test.mjs [--subset production]
// SAMPLE_FAIL=P0|P1|P2 makes one check of that level fail, to try the gate's other paths.
import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { subset: { type: 'string', default: 'full' } } })
const forced = process.env.SAMPLE_FAIL

const checks = [
  ['Node.js version >= 20', 'P0', () => Number(process.versions.node.split('.')[0]) >= 20],
  [
    'Core modules load',
    'P0',
    () => typeof createRequire(import.meta.url)('node:zlib').gzipSync === 'function',
  ],
  ['Working directory readable', 'P0', () => existsSync('.')],
  ['Integration: JSON round trip', 'P1', () => JSON.parse(JSON.stringify({ a: 1 })).a === 1],
  ['Cosmetic: reports directory present', 'P2', () => existsSync('reports')],
].filter(([, level]) => values.subset === 'full' || level === 'P0')

console.log('='.repeat(80))
console.log('INSTITUTIONAL SMOKE TEST SUITE (sample)')
console.log('='.repeat(80))
const results = []
for (const [name, level, test] of checks) {
  const started = performance.now()
  let ok = false
  let message = 'OK'
  try {
    ok = test() && forced !== level
    if (!ok)
      message = forced === level ? `forced failure (SAMPLE_FAIL=${level})` : 'check returned false'
  } catch (error) {
    message = String(error)
  }
  results.push({
    name,
    level,
    status: ok ? 'passed' : 'failed',
    duration: performance.now() - started,
    message,
  })
  console.log(`${ok ? '✓' : '✗'} [${level}] ${name}: ${message}`)
}
if (process.env.PREFLIGHT_RESULTS)
  writeFileSync(process.env.PREFLIGHT_RESULTS, JSON.stringify({ checks: results }))

const failed = (level) => results.some((r) => r.level === level && r.status === 'failed')
const code = failed('P0') ? 1 : failed('P1') ? 2 : failed('P2') ? 3 : 0
console.log(code === 0 ? '✅ ALL TESTS PASSED' : `exit ${code}`)
process.exit(code)
