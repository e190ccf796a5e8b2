// The report directory is held, not re-resolved: links planted in it are never followed out of
// it, files with more than one hard link are not archived, and a report directory swapped for a
// link mid-run is detected and noted (nothing is written through the link).
import { existsSync, lstatSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { runGate } from './helpers/gate.js'
import { pruneReports } from '../src/retention/prune.js'
import { watch } from '../src/watch/watcher.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-held-')
  made.push(dir)
  return dir
}

const NOW = new Date('2026-12-03T00:00:00Z')
const OLD_REPORT = 'SMOKE_TEST_INSTITUTIONAL_20260101_120000.md'

describe('prune', () => {
  it('refuses an archive link out of the report directory and leaves the reports in place', async () => {
    const dir = await tempDir()
    const reports = path.join(dir, 'reports')
    const outside = path.join(dir, 'outside')
    await mkdir(reports)
    await mkdir(outside)
    await writeFile(path.join(reports, OLD_REPORT), '# old\n')
    await symlink(outside, path.join(reports, 'archive'))
    await expect(pruneReports(reports, 30, NOW)).rejects.toThrow(
      /archive is a link; the archive is never followed out of the report directory/,
    )
    expect(await readdir(outside)).toEqual([])
    expect(await readFile(path.join(reports, OLD_REPORT), 'utf8')).toBe('# old\n')
  })

  it('does not archive a report with more than one hard link, and says so', async () => {
    const dir = await tempDir()
    const reports = path.join(dir, 'reports')
    await mkdir(reports)
    const secretElsewhere = path.join(dir, 'elsewhere.txt')
    await writeFile(secretElsewhere, 'not a report\n')
    const linked = 'SMOKE_TEST_INSTITUTIONAL_20260102_120000.md'
    await link(secretElsewhere, path.join(reports, linked))
    await writeFile(path.join(reports, OLD_REPORT), '# old\n')
    const result = await pruneReports(reports, 30, NOW)
    expect(Object.values(result.archived)).toEqual([[OLD_REPORT]])
    expect(result.refused).toEqual([`${linked}: it has 2 hard links, so it is not archived`])
    expect(existsSync(path.join(reports, linked))).toBe(true)
  })
})

describe('the watch status file', () => {
  it('is never written through a link planted at its temporary name', async () => {
    const dir = await tempDir()
    const victim = path.join(dir, 'victim.txt')
    await writeFile(victim, 'precious\n')
    const statusFile = path.join(dir, 'status.json')
    // Where the status file's temporary name used to be: pid-based, so predictable.
    await symlink(victim, `${statusFile}.${process.pid}.tmp`)
    await writeFile(
      path.join(dir, 'suite.yml'),
      stringify({
        version: 1,
        checks: [{ name: 'ok', level: 'P0', kind: 'command', command: ['node', '-e', ''] }],
      }),
    )
    const controller = new AbortController()
    await watch({
      raw: { mode: 'live', suite: 'suite.yml', 'upload-artifact': 'false' },
      reportDir: path.join(dir, 'reports'),
      intervalMs: 50,
      tripAfter: 2,
      killSwitch: null,
      onP1: null,
      statusFile,
      cwd: dir,
      operator: 'ops-bot',
      runUrl: '',
      env: { PATH: process.env.PATH },
      now: () => new Date(),
      out: { write: (text: string) => text.includes(' → ') && controller.abort() },
      signal: controller.signal,
    })
    expect(await readFile(victim, 'utf8')).toBe('precious\n')
    expect(lstatSync(statusFile).isFile()).toBe(true)
    expect(JSON.parse(await readFile(statusFile, 'utf8'))).toHaveProperty('lastRun')
  })
})

describe('a report directory swapped for a link mid-run', () => {
  it('is detected and noted; nothing is written through the link, and live aborts', async () => {
    const dir = await tempDir()
    const reports = path.join(dir, 'reports')
    const elsewhere = path.join(dir, 'elsewhere')
    await mkdir(elsewhere)
    const swap = `mv ${reports} ${reports}.moved && ln -s ${elsewhere} ${reports}`
    const result = await runGate(
      {
        mode: 'live',
        command: `sh -c '${swap}'`,
        'report-dir': reports,
        'require-results': 'never',
      },
      {
        operator: 'octocat',
        runUrl: '',
        env: { PATH: process.env.PATH },
        now: () => new Date(),
        killGraceMs: 200,
      },
    )
    expect(result.run.outcome.notes.join(' ')).toMatch(
      /The report directory .* was replaced by a link during the run, so no report was written there/,
    )
    expect(result.run.decision.verdict).toBe('abort')
    expect(result.run.opsLog.map((e) => e.event)).toContain('REPORT_WRITE_FAILED')
    expect(await readdir(elsewhere)).toEqual([])
  })
})
