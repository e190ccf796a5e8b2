// GitHub's answers are bounded in bytes and entries, and a slow answer is a timeout: an endless
// approvals list cannot grow the gate, a 1-byte-per-second body is not "an unexpected body".
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_ANSWER_BYTES, createGitHubClient } from '../src/approval/github.js'
import { ApprovalApiError, approvalsSchema, get } from '../src/approval/verify.js'

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections()
          s.close(() => resolve())
        }),
    ),
  )
})

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const entry = JSON.stringify({
  environments: [{ name: 'production' }],
  state: 'approved',
  user: { login: 'reviewer' },
  comment: 'ok',
})

async function approvals(apiUrl: string, timeoutMs: number): Promise<unknown> {
  const client = await createGitHubClient('t0ken-for-tests', { GITHUB_API_URL: apiUrl })
  return get(
    client,
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    { owner: 'acme', repo: 'rocket', run_id: 1 },
    approvalsSchema,
    { timeoutMs, retries: 0, retryDelayMs: 0 },
    'the approvals of run 1',
  )
}

describe('GitHub answers are bounded', () => {
  it('an approvals answer streaming without end is cut at the byte bound, named, memory flat', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[')
      const chunk = Buffer.from(`${entry},`.repeat(1000))
      // 3,000,000 entries if nobody stops reading.
      let sent = 0
      const pump = () => {
        while (sent < 3000 && res.write(chunk)) sent++
        if (sent < 3000) res.once('drain', pump)
        else res.end(`${entry}]`)
      }
      pump()
    })
    const before = process.memoryUsage().rss
    const error = await approvals(url, 30_000).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApprovalApiError)
    expect((error as Error).message).toBe(
      `GitHub's answer for the approvals of run 1 is larger than ${MAX_ANSWER_BYTES} bytes, the most the gate reads; refusing to trust it.`,
    )
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024)
  })

  it('an answer with more entries than the bound is refused, naming the bound', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`[${Array.from({ length: 1001 }, () => entry).join(',')}]`)
    })
    const error = await approvals(url, 10_000).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/more than 1000 entries, the most the gate reads/)
  })

  it('a body that drips one byte a second is a timeout, not an unexpected body', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const body = `[${entry}]`
      let i = 0
      const timer = setInterval(() => {
        if (res.destroyed || i >= body.length) return clearInterval(timer)
        res.write(body[i++])
      }, 1000)
      res.on('close', () => clearInterval(timer))
    })
    const started = Date.now()
    const error = await approvals(url, 1500).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(5000)
    expect((error as Error).message).toBe(
      'GitHub did not answer the approvals of run 1 within 1.5 s.',
    )
  })

  it('a small answer still reads as it is', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`[${entry}]`)
    })
    expect(await approvals(url, 10_000)).toEqual([JSON.parse(entry)])
  })
})
