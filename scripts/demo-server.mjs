// The tiny health endpoint the institutional example suite checks, on 127.0.0.1 (an
// ephemeral port). Used by `npm run demo` and the benchmarks.
import http from 'node:http'

export async function startDemoServer() {
  const server = http.createServer((request, response) => {
    const bodies = { '/health': { status: 'ok' }, '/status': { 'parity-mode': 'enabled' } }
    const body = bodies[request.url]
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body ?? { error: 'not found' }))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    env: { PREFLIGHT_DEMO_URL: `http://127.0.0.1:${port}`, PREFLIGHT_DEMO_PORT: String(port) },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
