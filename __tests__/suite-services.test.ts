// The postgres and prometheus kinds against the real servers (system packages), plus a hung
// server and a refused port for each.
import net, { type AddressInfo, type Socket } from 'node:net'
import { rm } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { waitFor } from './helpers/processes.js'
import { closedPort, httpServer } from './helpers/servers.js'
import {
  missing,
  postgresBin,
  prometheusBin,
  startPostgres,
  startPrometheus,
  type Postgres,
} from './helpers/services.js'
import { byName, runSuiteIn } from './helpers/suite.js'
import { tempDir } from './helpers/temp.js'

let dir: string
beforeEach(async () => {
  dir = await tempDir('preflight-services-')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Accepts connections and never says a word: a hung server. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = net.createServer((socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

const pgBin = postgresBin()
const pgMissing = pgBin ? null : missing('PostgreSQL', 'apt-get install postgresql')

describe.skipIf(pgMissing !== null)('postgres', () => {
  let pg: Postgres
  beforeAll(async () => {
    pg = await startPostgres(pgBin as string)
  }, 60_000)
  afterAll(async () => {
    await pg?.stop()
  })

  it('passes a real query, compares expect, and never shows the password', async () => {
    const hung = await silentServer()
    const refused = await closedPort()
    const url = (port: number) => `postgres://${pg.user}:\${env:PGPASS}@127.0.0.1:${port}/postgres`
    const outcome = await runSuiteIn(
      dir,
      [
        { name: 'select 1', kind: 'postgres', url: url(pg.port) },
        {
          name: 'expect',
          kind: 'postgres',
          url: url(pg.port),
          query: 'SELECT current_user',
          expect: pg.user,
        },
        {
          name: 'expect wrong',
          kind: 'postgres',
          url: url(pg.port),
          query: "SELECT 'b'",
          expect: 'a',
        },
        { name: 'sql error', kind: 'postgres', url: url(pg.port), query: 'SELEC 1' },
        {
          name: 'no rows',
          kind: 'postgres',
          url: url(pg.port),
          query: 'SELECT 1 WHERE false',
          expect: '1',
        },
        {
          name: 'wrong password',
          kind: 'postgres',
          url: `postgres://${pg.user}:\${env:WRONG}@127.0.0.1:${pg.port}/postgres`,
        },
        { name: 'refused', kind: 'postgres', url: url(refused) },
        { name: 'hung', kind: 'postgres', url: url(hung.port), timeout: 0.5 },
        {
          name: 'literal password',
          kind: 'postgres',
          url: `postgres://${pg.user}:hunter2@127.0.0.1:${pg.port}/postgres`,
        },
      ],
      { env: { PGPASS: pg.password, WRONG: 'not-the-password' } },
    )
    await hung.close()
    const c = byName(outcome.checks)
    expect(c['select 1']).toMatchObject({ status: 'passed' })
    expect(c['select 1']?.message).toMatch(
      /^127\.0\.0\.1:\d+\/postgres: query answered in \d+ ms \(1 row\(s\)\)$/,
    )
    expect(c.expect?.message).toMatch(/query returned "gate" in \d+ ms$/)
    expect(c['expect wrong']?.message).toMatch(/query returned "b", expected "a"$/)
    expect(c['sql error']?.message).toMatch(/syntax error at or near "SELEC"/)
    expect(c['no rows']?.message).toMatch(/query returned no rows, expected "1"$/)
    expect(c['wrong password']?.message).toMatch(/password authentication failed for user "gate"/)
    expect(c.refused?.message).toMatch(/ECONNREFUSED/)
    expect(c.hung).toMatchObject({ status: 'failed' })
    expect(c.hung?.message).toMatch(/no answer within 500 ms|timeout/i)
    expect(c['literal password']?.message).toMatch(
      /^check definition: url holds a literal password/,
    )
    const everything = JSON.stringify({ ...outcome, secretValues: undefined })
    expect(everything).not.toContain(pg.password)
    expect(outcome.secretValues).toContain(pg.password)
    // Every connection the checks opened has been closed.
    const closed = await waitFor(
      () =>
        pg.psql(
          "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'preflight-gate'",
        ) === '0',
      5000,
    )
    expect(closed).toBe(true)
  }, 30_000)
})

const promBin = prometheusBin()
const promMissing = promBin ? null : missing('Prometheus', 'apt-get install prometheus')

describe.skipIf(promMissing !== null)('prometheus', () => {
  let prometheus: { url: string; stop: () => Promise<void> }
  let exporter: { url: string; port: number; close: () => Promise<void> }
  beforeAll(async () => {
    exporter = await httpServer((_, res) => {
      res.setHeader('content-type', 'text/plain; version=0.0.4')
      res.end(
        [
          'app_error_ratio{route="/a"} 0.01',
          'app_error_ratio{route="/b"} 0.02',
          'app_up 1',
          '',
        ].join('\n'),
      )
    })
    prometheus = await startPrometheus(promBin as string, [`127.0.0.1:${exporter.port}`])
    // Until the first scrape is stored (bounded).
    const ready = await waitForAsync(async () => {
      try {
        const res = await fetch(`${prometheus.url}/api/v1/query?query=app_error_ratio`)
        const body = (await res.json()) as { data?: { result?: unknown[] } }
        return (body.data?.result?.length ?? 0) === 2
      } catch {
        return false
      }
    }, 30_000)
    if (!ready) throw new Error('Prometheus did not scrape the exporter within 30 s')
  }, 60_000)
  afterAll(async () => {
    await prometheus?.stop()
    await exporter?.close()
  })

  it('checks each returned value against the condition, on a real Prometheus', async () => {
    const hung = await silentServer()
    const refused = await closedPort()
    const url = prometheus.url
    const outcome = await runSuiteIn(dir, [
      { name: 'below', kind: 'prometheus', url, query: 'app_error_ratio', condition: '< 0.05' },
      { name: 'above', kind: 'prometheus', url, query: 'app_error_ratio', condition: '< 0.015' },
      { name: 'scalar', kind: 'prometheus', url, query: 'scalar(app_up)', condition: '== 1' },
      { name: 'empty', kind: 'prometheus', url, query: 'no_such_metric', condition: '> 0' },
      {
        name: 'empty allowed',
        kind: 'prometheus',
        url,
        query: 'no_such_metric',
        condition: '> 0',
        'allow-empty': true,
      },
      { name: 'bad query', kind: 'prometheus', url, query: 'sum(', condition: '> 0' },
      {
        name: 'refused',
        kind: 'prometheus',
        url: `http://127.0.0.1:${refused}`,
        query: 'up',
        condition: '> 0',
      },
      {
        name: 'hung',
        kind: 'prometheus',
        url: `http://127.0.0.1:${hung.port}`,
        query: 'up',
        condition: '> 0',
        timeout: 0.5,
      },
    ])
    await hung.close()
    const c = byName(outcome.checks)
    expect(c.below).toMatchObject({ status: 'passed', message: '2 value(s) < 0.05 (0.01…0.02)' })
    expect(c.above).toMatchObject({
      status: 'failed',
      message:
        '1 of 2 value(s) not < 0.015: {__name__="app_error_ratio",instance="127.0.0.1:' +
        `${exporter.port}",job="app",route="/b"} = 0.02`,
    })
    expect(c.scalar).toMatchObject({ status: 'passed', message: '1 value(s) == 1 (1)' })
    expect(c.empty).toMatchObject({
      status: 'failed',
      message: 'query returned no series; set allow-empty: true if that is fine',
    })
    expect(c['empty allowed']?.status).toBe('passed')
    expect(c['bad query']?.message).toMatch(
      /^Prometheus http:\/\/127\.0\.0\.1:\d+: query failed: .*parse error/,
    )
    expect(c.refused?.message).toMatch(/ECONNREFUSED/)
    expect(c.hung?.message).toMatch(/no complete answer within 500 ms/)
  }, 30_000)
})

async function waitForAsync(
  condition: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return condition()
}
