// npm run demo: the institutional example suite in live mode through the CLI, against a tiny
// local health endpoint started here. `node scripts/demo.mjs paper` runs the production subset;
// a second argument is the report directory (default reports/health), a third the working
// directory holding examples/ (default: this checkout).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { startDemoServer } from './demo-server.mjs'

const server = await startDemoServer()
const mode = process.argv[2] ?? 'live'
const reportDir = process.argv[3] ?? 'reports/health'
const workingDirectory = process.argv[4] ?? '.'
const cli = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
const child = spawn(
  process.execPath,
  [
    cli,
    'run',
    '--mode',
    mode,
    '--suite',
    'examples/institutional-suite.yml',
    '--report-dir',
    reportDir,
    '--working-directory',
    workingDirectory,
  ],
  { stdio: 'inherit', env: { ...process.env, ...server.env } },
)
const code = await new Promise((resolve) => child.on('close', resolve))
await server.close()
const meaning = {
  0: 'all passed: proceed',
  1: 'P0 failure or abort',
  2: 'P1 failure',
  3: 'P2 warnings: proceed',
}
console.log(
  `\nDemo: the gate exited ${code} (${meaning[code] ?? 'abort'}). The report is in ${reportDir}/ (newest SMOKE_TEST_INSTITUTIONAL_*.md).`,
)
process.exit(code === 0 || code === 3 ? 0 : code)
