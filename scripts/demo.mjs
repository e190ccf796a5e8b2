// npm run demo: the institutional example suite in live mode through the CLI, against a tiny
// local health endpoint started here on 127.0.0.1 (an ephemeral port).
import { spawn } from 'node:child_process'
import http from 'node:http'

const server = http.createServer((request, response) => {
  const bodies = { '/health': { status: 'ok' }, '/status': { 'parity-mode': 'enabled' } }
  const body = bodies[request.url]
  response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body ?? { error: 'not found' }))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address()
const mode = process.argv[2] ?? 'live'

const child = spawn(
  process.execPath,
  ['dist/cli/index.js', 'run', '--mode', mode, '--suite', 'examples/institutional-suite.yml'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      PREFLIGHT_DEMO_URL: `http://127.0.0.1:${port}`,
      PREFLIGHT_DEMO_PORT: String(port),
    },
  },
)
const code = await new Promise((resolve) => child.on('close', resolve))
server.close()
const meaning = {
  0: 'all passed: proceed',
  1: 'P0 failure or abort',
  2: 'P1 failure',
  3: 'P2 warnings: proceed',
}
console.log(
  `\nDemo: the gate exited ${code} (${meaning[code] ?? 'abort'}). The report is in reports/health/ (newest SMOKE_TEST_INSTITUTIONAL_*.md).`,
)
process.exit(code === 0 || code === 3 ? 0 : code)
