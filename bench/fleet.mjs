// The fleet benchmark (part of `npm run bench`, or `node bench/run.mjs --only fleet`):
// 1,000 legs aggregated, by the bundled aggregate action against a minimal local artifact
// service (list, signed URL, zip download; the fleet report's upload accepted) and by
// `preflight aggregate` over 1,000 report files. The legs' reports are copies of one real gate
// report, each with its own host and matrix values, so every leg is distinct and passes.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import archiver from 'archiver'

const LEGS = 1000
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'
const RUN_BACKEND = 'c0ffee00-0000-4000-8000-000000000001'
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

function zip(name, text) {
  return new Promise((resolve, reject) => {
    const archive = archiver('zip')
    const chunks = []
    archive.on('data', (c) => chunks.push(c))
    archive.on('end', () => resolve(Buffer.concat(chunks)))
    archive.on('error', reject)
    archive.append(text, { name })
    archive.finalize()
  })
}

function token(job) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none' })}.${part({ scp: `Actions.Results:${RUN_BACKEND}:${job}` })}.sig`
}

/** List, signed URL and download for the seeded artifacts; every upload call is accepted. */
async function service(artifacts) {
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1')
      const json = (value) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      const body = url.pathname.startsWith(TWIRP)
        ? JSON.parse(Buffer.concat(chunks).toString())
        : {}
      if (url.pathname === `${TWIRP}ListArtifacts`) {
        const listed = artifacts.filter(
          (a) => body.id_filter === undefined || String(a.id) === String(body.id_filter),
        )
        return json({
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: RUN_BACKEND,
            workflow_job_run_backend_id: a.job,
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
          })),
        })
      }
      if (url.pathname === `${TWIRP}GetSignedArtifactURL`)
        return json({
          signed_url: `${base}/download/${artifacts.find((a) => a.name === body.name).id}`,
        })
      if (url.pathname.startsWith('/download/')) {
        const a = artifacts[Number(url.pathname.slice('/download/'.length)) - 1]
        res.writeHead(200, { 'content-type': 'application/zip' })
        return res.end(a.zip)
      }
      if (url.pathname === `${TWIRP}CreateArtifact`)
        return json({ ok: true, signedUploadUrl: `${base}/blob/preflight-fleet-report?sig=x` })
      if (url.pathname === `${TWIRP}FinalizeArtifact`)
        return json({ ok: true, artifactId: String(artifacts.length + 1) })
      res.writeHead(201, { etag: '"1"', 'last-modified': new Date().toUTCString() })
      res.end()
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${server.address().port}`
  return { url: base, close: () => new Promise((resolve) => server.close(resolve)) }
}

export async function fleetBench({ ROOT, CLI, work, runs, timed, stats, row }) {
  const github = {
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/rocket',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'preflight',
    GITHUB_SERVER_URL: 'https://github.com',
  }
  // One real report, written by the bundled gate.
  const seedDir = path.join(work, 'fleet-seed')
  mkdirSync(path.join(seedDir, 'reports', 'health'), { recursive: true })
  spawnSync(
    process.execPath,
    [
      CLI,
      'run',
      '--mode',
      'live',
      '--command',
      `node ${path.join(ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`,
      '--report-dir',
      'reports/health',
    ],
    { cwd: seedDir, env: { ...process.env, ...github }, stdio: 'ignore' },
  )
  const reportName = readdirSync(path.join(seedDir, 'reports', 'health')).find((f) =>
    f.endsWith('.json'),
  )
  const seed = JSON.parse(readFileSync(path.join(seedDir, 'reports', 'health', reportName), 'utf8'))
  const legsDir = path.join(work, 'fleet-legs')
  const artifacts = []
  const files = []
  for (let i = 0; i < LEGS; i++) {
    const host = `trading-${String(i).padStart(4, '0')}`
    const text = JSON.stringify({
      ...seed,
      provenance: { ...seed.provenance, host, runnerName: host, matrix: { host } },
    })
    const job = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000003`
    artifacts.push({
      id: i + 1,
      name: `preflight-report-live-preflight-1-${job.slice(0, 8)}`,
      job,
      zip: await zip(reportName, text),
    })
    const dir = path.join(legsDir, host)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, reportName), text)
    files.push(dir)
  }
  const svc = await service(artifacts)
  try {
    writeFileSync(path.join(work, 'fleet-out'), '')
    const action = await repeatRuns(runs, () =>
      timed(process.execPath, [path.join(ROOT, 'dist', 'aggregate', 'index.js')], {
        rss: true,
        stdout: process.env.BENCH_DEBUG ? 'inherit' : 'ignore',
        env: {
          ...github,
          RUNNER_TEMP: work,
          ACTIONS_RUNTIME_TOKEN: token('ffffffff-0000-4000-8000-000000000009'),
          ACTIONS_RESULTS_URL: svc.url,
          GITHUB_OUTPUT: path.join(work, 'fleet-out'),
          INPUT_MODE: 'live',
          INPUT_EXPECTED: String(LEGS),
        },
      }),
    )
    if (action.some((r) => r.code !== 0))
      throw new Error(`aggregate action exited ${action.map((r) => r.code)}`)
    const wall = stats(action.map((r) => r.ms))
    row(
      `${LEGS} legs: aggregate action (list + download + decide + upload)`,
      'wall',
      'ms',
      wall,
      '< 10000 ms',
      wall.max < 10_000,
    )
    row(
      `${LEGS} legs: aggregate action peak RSS`,
      'peak RSS',
      'MiB',
      stats(action.map((r) => r.peakMiB)),
      '',
      null,
    )
  } finally {
    await svc.close()
  }
  const cli = await repeatRuns(runs, () =>
    timed(
      process.execPath,
      [CLI, 'aggregate', '--expected', String(LEGS), '--mode', 'live', ...files],
      { rss: true },
    ),
  )
  if (cli.some((r) => r.code !== 0))
    throw new Error(`preflight aggregate exited ${cli.map((r) => r.code)}`)
  row(
    `${LEGS} legs: preflight aggregate over report directories`,
    'wall',
    'ms',
    stats(cli.map((r) => r.ms)),
    '< 10000 ms',
    stats(cli.map((r) => r.ms)).max < 10_000,
  )
  row(
    `${LEGS} legs: preflight aggregate peak RSS`,
    'peak RSS',
    'MiB',
    stats(cli.map((r) => r.peakMiB)),
    '',
    null,
  )
}

async function repeatRuns(runs, once) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(await once(i))
  return samples
}
