import { execFileSync } from 'node:child_process'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_SETTINGS, type EvidenceSettings } from '../src/evidence/settings.js'
import { readRegularFile, snapshotDirectory } from '../src/evidence/files.js'
import { runCommandSuite, subsetArgv } from '../src/runner/command.js'
import { collectEvidence, watchEvidence } from '../src/evidence/collect.js'
import { tempDir } from './helpers/temp.js'

let dir: string
beforeEach(async () => {
  dir = await tempDir('preflight-evidence-')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const JUNIT_PASS =
  '<testsuite><testcase classname="smoke" name="test_p0_db" time="0.1"/></testsuite>'

/** A suite that runs `sh -c script` in dir. */
function suite(
  script: string,
  evidence: Partial<EvidenceSettings> = {},
  mode: 'live' | 'paper' = 'live',
) {
  return runCommandSuite({
    command: `sh -c '${script}'`,
    mode,
    subset: 'full',
    timeoutMs: 10_000,
    cwd: dir,
    env: process.env,
    killGraceMs: 500,
    evidence: { ...DEFAULT_EVIDENCE_SETTINGS, ...evidence },
    reportDir: path.join(dir, 'reports', 'health'),
  })
}

describe('results files: regular files only, bounded', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(dir, 'results.xml')])
    const started = Date.now()
    const outcome = await suite('touch -c results.xml; exit 0', { results: ['results.xml'] })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes[0]).toMatch(/Results file results\.xml is not a regular file \(a FIFO\)/)
  })

  it('refuses a link to /dev/zero written by the suite', async () => {
    const outcome = await suite('ln -s /dev/zero out.xml; exit 0', { results: ['*.xml'] })
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes[0]).toMatch(/out\.xml is not a regular file \(a character device\)/)
  })

  it('refuses a file over the size limit without reading it whole', async () => {
    expect(await readRegularFile(await big(), 1024)).toEqual({
      ok: false,
      error: 'is 4096 bytes, over the 1024-byte limit for results',
    })
    async function big() {
      const file = path.join(dir, 'big.xml')
      await writeFile(file, 'x'.repeat(4096))
      return file
    }
  })

  it('reads only files written during the run: a stale results file is ignored and said so', async () => {
    await writeFile(path.join(dir, 'old.xml'), JUNIT_PASS)
    const outcome = await suite('exit 0', { results: ['*.xml'] })
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes[0]).toMatch(/without writing the results named in input "results"/)
    expect(outcome.notes.join(' ')).toMatch(
      /Ignored 1 results file\(s\) the suite did not write during this run: old\.xml/,
    )
  })

  it('names the file and line of a results file it cannot parse', async () => {
    const outcome = await suite(`printf "TAP version 13\\n1..2\\nok 1 - a\\n" > out.tap; exit 0`, {
      results: ['out.tap'],
    })
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes[0]).toBe(
      'Results file out.tap:2: the plan announces 2 tests but 1 ran: the run was cut short',
    )
  })

  it('reads globs relative to the working directory and lists the files read', async () => {
    const outcome = await suite(
      `mkdir -p out/a && echo "${JUNIT_PASS.replace(/"/g, '\\"')}" > out/a/r.xml; exit 0`,
      { results: ['out/**/*.xml'], exitCodes: 'any-failure' },
    )
    expect(outcome.status).toBe('passed')
    expect(outcome.evidenceFiles).toEqual(['out/a/r.xml'])
    expect(outcome.checks).toEqual([
      expect.objectContaining({ name: 'smoke.test_p0_db', level: 'P0', status: 'passed' }),
    ])
  })
})

describe('reports the suite writes in the report directory', () => {
  it('are listed, never read as the gate’s own, and a stale one does not count', async () => {
    const reports = path.join(dir, 'reports', 'health')
    await mkdir(reports, { recursive: true })
    await writeFile(path.join(reports, 'SMOKE_TEST_INSTITUTIONAL_20250101_000000.md'), 'old run')
    const table =
      '| Test | Level | Status | Duration | Message |\\n|---|---|---|---|---|\\n| Python environment | P0_HEALTH | ✓ | 0ms | OK |\\n'
    const outcome = await suite(
      `printf "## Test Results\\n${table}" > reports/health/SMOKE_TEST_INSTITUTIONAL_20991231_000000.md; echo x > reports/health/extra.txt; exit 0`,
    )
    expect(outcome.status).toBe('passed')
    expect(outcome.suiteReports?.map((f) => path.basename(f))).toEqual([
      'SMOKE_TEST_INSTITUTIONAL_20991231_000000.md',
      'extra.txt',
    ])
    expect(outcome.evidenceFiles).toEqual([
      'reports/health/SMOKE_TEST_INSTITUTIONAL_20991231_000000.md',
    ])
    expect(outcome.checks).toEqual([
      expect.objectContaining({ name: 'Python environment', level: 'P0' }),
    ])
    expect(
      await readFile(path.join(reports, 'SMOKE_TEST_INSTITUTIONAL_20250101_000000.md'), 'utf8'),
    ).toBe('old run')
  })
})

describe('a report directory the suite can fill', () => {
  it('stamps links without resolving them', async () => {
    const reports = path.join(dir, 'reports')
    await mkdir(reports)
    // A link that never resolves (a loop) is an entry all the same: it is not followed.
    await symlink('loop', path.join(reports, 'loop'))
    await writeFile(path.join(reports, 'r.md'), 'x')
    const snapshot = await snapshotDirectory(reports)
    expect([...snapshot.keys()].sort()).toEqual([
      path.join(reports, 'loop'),
      path.join(reports, 'r.md'),
    ])
  })
})

describe('links in the report directory', () => {
  const table =
    '| Test | Level | Status | Duration | Message |\\n|---|---|---|---|---|\\n| Database | P0_HEALTH | ✗ | 0ms | down |\\n'

  it('a report the suite writes through a link already there is evidence', async () => {
    const reports = path.join(dir, 'reports', 'health')
    await mkdir(reports, { recursive: true })
    await mkdir(path.join(dir, 'shared'))
    await writeFile(path.join(dir, 'shared', 'latest.md'), 'last week\n')
    const link = path.join(reports, 'SMOKE_TEST_INSTITUTIONAL_latest.md')
    await symlink('../../shared/latest.md', link)
    // The report says P0 failed, the exit code says passed: a contradiction, never a pass.
    const outcome = await suite(
      `printf "## Test Results\\n${table}" > reports/health/SMOKE_TEST_INSTITUTIONAL_latest.md; exit 0`,
      {},
      'paper',
    )
    expect(outcome.suiteReports).toEqual([link])
    expect(outcome.status).toBe('crashed')
  })

  it('follows slow chains of links off the event loop', async () => {
    const reports = path.join(dir, 'reports', 'health')
    await mkdir(reports, { recursive: true })
    const scope = { cwd: dir, preflightResults: path.join(dir, 'results.json'), reportDir: reports }
    const watch = await watchEvidence({ ...DEFAULT_EVIDENCE_SETTINGS }, scope)
    // What a hostile suite plants: links to a chain of 39 links with long detours in each.
    const chain = path.join(dir, 'chain')
    await mkdir(path.join(chain, 'x'), { recursive: true })
    await writeFile(path.join(chain, 'end'), 'x')
    for (let i = 0; i < 39; i++) {
      await symlink('x/../'.repeat(800) + (i < 38 ? `l${i + 1}` : 'end'), path.join(chain, `l${i}`))
    }
    for (let k = 0; k < 200; k++) {
      await symlink(path.join(chain, 'l0'), path.join(reports, `SMOKE_TEST_INSTITUTIONAL_${k}.md`))
    }
    let longest = 0
    let last = performance.now()
    const timer = setInterval(() => {
      longest = Math.max(longest, performance.now() - last)
      last = performance.now()
    }, 10)
    try {
      const evidence = await collectEvidence(watch)
      expect(evidence.suiteReports).toHaveLength(200)
    } finally {
      clearInterval(timer)
    }
    expect(longest).toBeLessThan(500)
  })

  it('refuses to follow more than 1,000 of them, and says so', async () => {
    const reports = path.join(dir, 'reports', 'health')
    await mkdir(reports, { recursive: true })
    await writeFile(path.join(dir, 'target'), 'x')
    for (let k = 0; k <= 1000; k++) await symlink('../../target', path.join(reports, `l${k}`))
    await expect(snapshotDirectory(reports)).rejects.toThrow(
      /1001 symbolic links; the gate follows at most 1000/,
    )
  })
})

describe('subset-args and environment', () => {
  it('appends the subset words, {subset} replaced; empty appends nothing; full never', () => {
    expect(subsetArgv('--subset {subset}', 'production')).toEqual({
      argv: ['--subset', 'production'],
    })
    expect(subsetArgv('-m {subset}', 'production')).toEqual({ argv: ['-m', 'production'] })
    expect(subsetArgv('-k "{subset} and not slow"', 'smoke')).toEqual({
      argv: ['-k', 'smoke and not slow'],
    })
    expect(subsetArgv('', 'production')).toEqual({ argv: [] })
    expect(subsetArgv('--subset {subset}', 'full')).toEqual({ argv: [] })
    expect(subsetArgv('--subset {subset} | tee x', 'production')).toEqual({
      error: expect.stringMatching(/Input "subset-args" runs without a shell/),
    })
  })

  it('gives the suite PYTHONUNBUFFERED=1 and records the appended words', async () => {
    await writeFile(
      path.join(dir, 'show.mjs'),
      "console.log(process.env.PYTHONUNBUFFERED, process.argv.slice(2).join(' '))",
    )
    const outcome = await runCommandSuite({
      command: 'node show.mjs',
      mode: 'paper',
      subset: 'production',
      timeoutMs: 10_000,
      cwd: dir,
      env: process.env,
      evidence: { ...DEFAULT_EVIDENCE_SETTINGS, subsetArgs: '-m {subset}' },
    })
    expect(outcome.outputTail.trim()).toBe('1 -m production')
    expect(outcome.appendedArgs).toEqual(['-m', 'production'])
  })

  it('a symlinked results file to a regular file is read, through a glob too', async () => {
    await writeFile(path.join(dir, 'real.txt'), JUNIT_PASS)
    const outcome = await suite('ln -s real.txt link.xml; exit 0', {
      results: ['*.xml'],
      exitCodes: 'any-failure',
    })
    expect(outcome.status).toBe('passed')
    expect(outcome.evidenceFiles).toEqual(['link.xml'])
  })
})
