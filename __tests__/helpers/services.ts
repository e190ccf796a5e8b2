// A real PostgreSQL server and a real Prometheus, started for a test on 127.0.0.1 from the
// system packages (.ci/run installs them). Without one a test says so loudly and skips, except
// under CI=true, where a missing component is a failure.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { waitFor } from './processes.js'
import { closedPort } from './servers.js'

/** Where a missing system component leads: a loud skip locally, a failure in CI. */
export function missing(component: string, install: string): string | null {
  const message = `${component} is not installed (${install}); its tests are SKIPPED`
  if (process.env.CI === 'true')
    throw new Error(`${message.replace(' SKIPPED', ' required')} under CI=true`)
  console.warn(`\n*** ${message} ***\n`)
  return message
}

export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? null : path.join(root, versions[0], 'bin')
}

export interface Postgres {
  port: number
  user: string
  password: string
  /** Runs SQL with psql as the test user and returns the output. */
  psql(sql: string): string
  stop(): Promise<void>
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGINT') // PostgreSQL's fast shutdown; Prometheus stops on it too
  const done = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
  ])
  if (!done) child.kill('SIGKILL')
}

/** initdb in a temporary directory and a server on 127.0.0.1 with password authentication. */
export async function startPostgres(bin: string): Promise<Postgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-pg-'))
  const data = path.join(dir, 'data')
  const user = 'gate'
  const password = `pw-${process.pid}-${Date.now()}`
  await writeFile(path.join(dir, 'pw'), password)
  // PostgreSQL refuses to run as root: the server runs as the unprivileged "postgres" or
  // "nobody" account, which must own the directory.
  const asRoot = process.getuid?.() === 0
  const account = asRoot ? accountFor(['postgres', 'nobody']) : null
  if (account) {
    execFileSync('chmod', ['755', dir])
    chownSync(dir, account.uid, account.gid)
    chownSync(path.join(dir, 'pw'), account.uid, account.gid)
  }
  // Started directly as that account (not through runuser), so signals reach the server itself.
  const as = account ? { uid: account.uid, gid: account.gid } : {}
  execFileSync(
    path.join(bin, 'initdb'),
    [
      '-D',
      data,
      '-U',
      user,
      '--auth=scram-sha-256',
      `--pwfile=${path.join(dir, 'pw')}`,
      '--no-sync',
    ],
    { stdio: 'ignore', cwd: dir, ...as },
  )
  const port = await closedPort()
  const server = spawn(
    path.join(bin, 'postgres'),
    ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off'],
    { stdio: 'ignore', cwd: dir, ...as },
  )
  const psql = (sql: string) =>
    execFileSync(
      path.join(bin, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', 'postgres', '-tAc', sql],
      {
        encoding: 'utf8',
        env: { ...process.env, PGPASSWORD: password },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim()
  const ready = await waitFor(() => {
    try {
      return psql('SELECT 1') === '1'
    } catch {
      return false
    }
  }, 20_000)
  const stop = async () => {
    await stopChild(server)
    await rm(dir, { recursive: true, force: true })
  }
  if (!ready) {
    await stop()
    throw new Error('PostgreSQL did not start within 20 s')
  }
  return { port, user, password, psql, stop }
}

function accountFor(names: string[]): { name: string; uid: number; gid: number } | null {
  for (const name of names) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim())
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim())
      return { name, uid, gid }
    } catch {
      // no such account
    }
  }
  return null
}

export function prometheusBin(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const file = path.join(dir, 'prometheus')
    if (dir && existsSync(file)) return file
  }
  return null
}

/** A Prometheus scraping the given targets every second, until stop(). */
export async function startPrometheus(
  bin: string,
  targets: string[],
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-prom-'))
  const config = path.join(dir, 'prometheus.yml')
  await writeFile(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: app',
      '    static_configs:',
      `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`,
      '',
    ].join('\n'),
  )
  const port = await closedPort()
  const server = spawn(
    bin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  )
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(server)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
