import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ARGS, REPO_ROOT, runAction } from './helpers/action-runner.js'
import { appendChained } from '../src/history/chain.js'
import { listArchive } from '../src/retention/archive.js'
import { pruneReports, reportTime } from '../src/retention/prune.js'
import { reportBaseName } from '../src/report/files.js'
import { tempDir } from './helpers/temp.js'

const DAY = 86_400_000
const EXTENSIONS = ['.md', '.json', '.junit.xml', '.oplog.jsonl', '.output.log']

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/**
 * One run's report files per day for `days` days before `now`, each with distinct content, and
 * the gate's record of them in the operational log (an entry of `now`'s month: no rotation).
 */
async function reportDirectory(now: Date, days: number, bytesPerFile = 200, parent?: string) {
  const dir =
    parent === undefined
      ? await tempDir('preflight-retention-')
      : await mkdtemp(path.join(parent, 'preflight-retention-'))
  const files = new Map<string, string>() // name → sha256
  for (let day = 0; day < days; day++) {
    // Noon-ish stamps, off the day boundary, so "older than N days" is unambiguous.
    const stamp = reportBaseName(new Date(now.getTime() - day * DAY - 3 * 3600_000))
    for (const ext of EXTENSIONS) {
      const content = `${stamp}${ext} `.repeat(Math.ceil(bytesPerFile / (stamp.length + 8)))
      await writeFile(path.join(dir, stamp + ext), content)
      files.set(stamp + ext, sha(content))
    }
  }
  const record = [...files].map(([name, sha256]) => ({ name, sha256 }))
  appendChained(dir, [{ timestamp: now.toISOString(), event: 'REPORTS_RECORDED', files: record }])
  return { dir, files }
}

/** Every report file's content, from the directory or any month archive; fails on a duplicate mismatch. */
async function everyReport(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name)
    if (reportTime(name) && (await lstat(file)).isFile()) found.set(name, sha(await readFile(file)))
  }
  const archiveDir = path.join(dir, 'archive')
  if (existsSync(archiveDir)) {
    for (const name of await readdir(archiveDir)) {
      if (!name.endsWith('.tar.gz') || name.startsWith('.')) continue
      for (const member of await listArchive(path.join(archiveDir, name))) {
        const known = found.get(member.name)
        if (known !== undefined) expect(known).toBe(member.sha256)
        found.set(member.name, member.sha256)
      }
    }
  }
  return found
}

describe('report retention', () => {
  it('archives exactly the reports older than the limit, by month, readable from the archive', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const { dir, files } = await reportDirectory(now, 90)
    await writeFile(path.join(dir, 'notes.txt'), 'not a report')
    await mkdir(path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20200101_000000.dir'))
    await symlink('/etc/hostname', path.join(dir, 'SMOKE_TEST_INSTITUTIONAL_20200101_000000.md'))

    const result = await pruneReports(dir, 30, now)

    const cutoff = now.getTime() - 30 * DAY
    const old = [...files.keys()].filter((n) => (reportTime(n) as Date).getTime() < cutoff)
    expect(old.length).toBe(60 * EXTENSIONS.length)
    const archivedNames = Object.values(result.archived).flat().sort()
    expect(archivedNames).toEqual(old.sort())
    const left = (await readdir(dir)).filter((n) => files.has(n)).sort()
    expect(left).toEqual([...files.keys()].filter((n) => !old.includes(n)).sort())
    // Anything not a report is left alone, a link and a directory named like one included.
    for (const other of [
      'notes.txt',
      'SMOKE_TEST_INSTITUTIONAL_20200101_000000.dir',
      'SMOKE_TEST_INSTITUTIONAL_20200101_000000.md',
    ]) {
      expect(await readdir(dir)).toContain(other)
    }

    // Each month's archive holds that month's reports, byte for byte.
    const archives = (await readdir(path.join(dir, 'archive'))).sort()
    expect(archives).toEqual(['2026-08.tar.gz', '2026-09.tar.gz', '2026-10.tar.gz'])
    for (const archive of archives) {
      const members = await listArchive(path.join(dir, 'archive', archive))
      for (const m of members) {
        expect(m.name.slice(25, 31)).toBe(archive.slice(0, 7).replace('-', ''))
        expect(m.sha256).toBe(files.get(m.name))
      }
    }
    expect(await everyReport(dir)).toEqual(files)
  })

  it("archives only the gate's recorded reports as its own; anything else named like one apart", async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const { dir, files } = await reportDirectory(now, 40)
    // A planted report the record never held, and a recorded one changed after the gate wrote it.
    const planted = 'SMOKE_TEST_INSTITUTIONAL_20261001_120000.json'
    await writeFile(path.join(dir, planted), '{"verdict":"proceed"}')
    const changed = [...files.keys()]
      .filter((n) => n.startsWith('SMOKE_TEST_INSTITUTIONAL_202610') && n.endsWith('.json'))
      .sort()[0] as string
    await writeFile(path.join(dir, changed), '{"verdict":"proceed"}')

    const result = await pruneReports(dir, 30, now)
    const gate = path.join(dir, 'archive', '2026-10.tar.gz')
    const other = path.join(dir, 'archive', '2026-10.unrecorded.tar.gz')
    expect(result.archived[other]?.sort()).toEqual([changed, planted].sort())
    expect(result.archived[gate]).not.toContain(planted)
    expect(result.archived[gate]).not.toContain(changed)
    expect((await listArchive(gate)).map((m) => m.name)).not.toContain(planted)
  })

  it('adds to an existing month archive, keeping its members', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const { dir, files } = await reportDirectory(now, 40)
    await pruneReports(dir, 30, now)
    const before = await listArchive(path.join(dir, 'archive', '2026-10.tar.gz'))
    const later = new Date(now.getTime() + 5 * DAY)
    await pruneReports(dir, 30, later)
    const after = await listArchive(path.join(dir, 'archive', '2026-10.tar.gz'))
    expect(after.length).toBeGreaterThan(before.length)
    for (const m of before) expect(after).toContainEqual(m)
    expect(await everyReport(dir)).toEqual(files)
  })

  it('keeps everything with 0 days', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const { dir, files } = await reportDirectory(now, 50)
    await writeFile(
      path.join(dir, 'operational-log.jsonl'),
      '{"timestamp":"2026-01-02T00:00:00.000Z"}\n',
    )
    const result = await pruneReports(dir, 0, now)
    expect(result).toEqual({ archived: {}, rotatedLog: null, busy: false, refused: [] })
    expect((await readdir(dir)).length).toBe(files.size + 1)
  })

  it('rotates the operational log of a past month into the archive, never deleting it', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const dir = await tempDir('preflight-rotate-')
    const log =
      '{"timestamp":"2026-10-30T10:00:00.000Z","event":"HEALTH_CHECK_FAILED"}\n{"timestamp":"2026-11-02T10:00:00.000Z","event":"HEALTH_CHECK_FAILED"}\n'
    await writeFile(path.join(dir, 'operational-log.jsonl'), log)
    const result = await pruneReports(dir, 30, now)
    expect(result.rotatedLog).toBe(path.join(dir, 'archive', 'operational-log-2026-10.jsonl'))
    expect(await readFile(result.rotatedLog as string, 'utf8')).toBe(log)
    expect(existsSync(path.join(dir, 'operational-log.jsonl'))).toBe(false)
    // This month's log stays where it is.
    await writeFile(
      path.join(dir, 'operational-log.jsonl'),
      '{"timestamp":"2026-11-25T10:00:00.000Z"}\n',
    )
    expect((await pruneReports(dir, 30, now)).rotatedLog).toBeNull()
  })

  it('runs one prune at a time per directory, and takes over the lock of a dead one', async () => {
    const now = new Date('2026-11-25T15:00:00Z')
    const { dir } = await reportDirectory(now, 40)
    await mkdir(path.join(dir, 'archive'))
    const lock = path.join(dir, 'archive', '.prune.lock')
    await writeFile(lock, String(process.pid))
    expect(await pruneReports(dir, 30, now)).toMatchObject({ busy: true, archived: {} })
    // A pid that is not running (a prune that was killed).
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => dead.on('close', resolve))
    await writeFile(lock, String(dead.pid))
    const result = await pruneReports(dir, 30, now)
    expect(result.busy).toBe(false)
    expect(Object.values(result.archived).flat()).toHaveLength(10 * EXTENSIONS.length)
    expect(existsSync(lock)).toBe(false)
  })

  it('loses nothing when prune is killed at a random point, and finishes on the next run', async () => {
    const prune = (dir: string) => {
      const child = spawn(
        process.execPath,
        [...CLI_ARGS, 'prune', '--report-dir', dir, '--report-retention-days', '30'],
        { stdio: 'ignore' },
      )
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
      return { child, closed }
    }

    // How long a whole prune takes here, to spread the kills over it.
    const probe = await reportDirectory(new Date(), 90, 20_000)
    const started = performance.now()
    expect(await prune(probe.dir).closed).toBe(0)
    const fullMs = performance.now() - started

    const kills: number[] = []
    let interrupted = 0 // kills that left a prune half done (leftovers, some files archived)
    for (let attempt = 0; attempt < 6; attempt++) {
      const { dir, files } = await reportDirectory(new Date(), 90, 20_000)
      const { child, closed } = prune(dir)
      const delay = Math.random() * fullMs
      kills.push(Math.round(delay))
      await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await closed
      expect(await everyReport(dir), `killed after ${delay} ms`).toEqual(files)
      const leftOld =
        (await readdir(dir)).filter((n) => reportTime(n)).length - 30 * EXTENSIONS.length
      const archiveEntries = existsSync(path.join(dir, 'archive'))
        ? await readdir(path.join(dir, 'archive'))
        : []
      if (
        archiveEntries.some((n) => n.startsWith('.')) ||
        (leftOld > 0 && leftOld < 60 * EXTENSIONS.length)
      ) {
        interrupted++
      }

      expect(await prune(dir).closed).toBe(0)
      expect(await everyReport(dir)).toEqual(files)
      const archiveDir = await readdir(path.join(dir, 'archive'))
      expect(archiveDir.filter((n) => n.startsWith('.'))).toEqual([])
      const remaining = (await readdir(dir)).filter((n) => reportTime(n))
      expect(remaining.length).toBe(30 * EXTENSIONS.length)
    }
    console.log(
      `prune of 90 days took ${Math.round(fullMs)} ms; killed after ${kills.join(', ')} ms; ${interrupted} left it half done`,
    )
  }, 120_000)
})

describe('retention after a gate run', () => {
  const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
  const run = (dir: string, extra: string[] = []) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [...CLI_ARGS, 'run', '--mode', 'paper', '--command', sample, '--report-dir', dir, ...extra],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
        },
      )
      let stderr = ''
      child.stderr.on('data', (c: Buffer) => (stderr += c))
      child.on('close', (code) => resolve({ code, stderr }))
    })

  it('archives the old reports after writing its own', async () => {
    const { dir, files } = await reportDirectory(new Date(), 45)
    const { code } = await run(dir, ['--report-retention-days', '10'])
    expect(code).toBe(0)
    const here = (await readdir(dir)).filter((n) => reportTime(n))
    // 10 days kept, plus this run's own reports.
    expect(here.filter((n) => files.has(n)).length).toBe(10 * EXTENSIONS.length)
    expect(here.some((n) => !files.has(n))).toBe(true)
    const all = await everyReport(dir)
    for (const [name, hash] of files) expect(all.get(name)).toBe(hash)
  })

  it('archives through the action with the report-retention-days input', async () => {
    const workDir = await tempDir('preflight-action-retention-')
    const { dir, files } = await reportDirectory(new Date(), 20, 200, workDir)
    const run = await runAction({
      cwd: workDir,
      inputs: {
        mode: 'paper',
        command: sample,
        'report-dir': path.basename(dir),
        'report-retention-days': '7',
        'upload-artifact': 'false',
      },
    })
    expect(run.exitCode).toBe(0)
    const here = (await readdir(dir)).filter((n) => files.has(n))
    expect(here).toHaveLength(7 * EXTENSIONS.length)
    const all = await everyReport(dir)
    for (const [name, hash] of files) expect(all.get(name)).toBe(hash)
  })

  it('keeps the verdict when archiving fails, with a note', async () => {
    const { dir, files } = await reportDirectory(new Date(), 45)
    await writeFile(path.join(dir, 'archive'), 'a file where the archive directory should be')
    const { code, stderr } = await run(dir)
    expect(code).toBe(0)
    expect(stderr).toMatch(/Old reports could not be archived \(report-retention-days\)/)
    for (const name of files.keys()) expect(existsSync(path.join(dir, name))).toBe(true)
  })
})
