// Real servers on 127.0.0.1 for the checks to talk to; each closes itself in the test's cleanup.
import http from 'node:http'
import net from 'node:net'

export async function httpServer(
  handler: http.RequestListener,
): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export async function tcpServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((socket) => socket.end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const { port, close } = await tcpServer()
  await close()
  return port
}
