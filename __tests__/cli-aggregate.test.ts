// `preflight aggregate` over reports on disk, through the bundled CLI and real gate runs.
import { spawn } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CLI_ARGS, REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/temp.js'

const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`

function cli(
  args: string[],
  env: Record<string, string> = {},
  cwd = os.tmpdir(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c))
    child.stderr.on('data', (c: Buffer) => (stderr += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** One host's gate run in its own directory; returns its report directory. */
async function hostRun(host: string, fail?: string, root?: string): Promise<string> {
  const home = root ?? (await tempDir(`preflight-${host}-`))
  await cli(
    ['run', '--mode', 'live', '--command', sample, '--report-dir', 'reports/health'],
    { PREFLIGHT_MATRIX: JSON.stringify({ host }), ...(fail && { SAMPLE_FAIL: fail }) },
    home,
  )
  return path.join(home, 'reports', 'health')
}

describe('preflight aggregate (the CLI)', () => {
  it('exits 1 for a leg whose skip waits for approval, says how, and names its own flag', async () => {
    const home = await tempDir('preflight-skip-')
    const skip = await cli(
      [
        'run',
        '--mode',
        'live',
        '--command',
        sample,
        '--skip-health-check',
        '--acknowledge',
        'I UNDERSTAND THE RISKS',
        '--reason',
        'outage',
        '--ticket',
        'T-1',
        '--report-dir',
        'r',
      ],
      {},
      home,
    )
    expect(skip.code).toBe(1)
    const fleet = await cli([
      'aggregate',
      '--mode',
      'live',
      '--expected',
      '2',
      path.join(home, 'r'),
    ])
    expect(fleet.code).toBe(1)
    expect(fleet.stdout).toMatch(/have a reviewer approve the skip for each of those legs/)
    expect(fleet.stdout).toContain('or a wrong --expected')
    expect(fleet.stdout).not.toContain('"expected"')
  }, 60_000)

  it('exits 0 when every host passed, 1 naming the host with a P0 failure, 3 on P2 warnings', async () => {
    const [a, b, c] = await Promise.all([
      hostRun('paper-1'),
      hostRun('paper-2'),
      hostRun('paper-3'),
    ])
    const ok = await cli(['aggregate', '--expected', '3', '--mode', 'live', a!, b!, c!])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('FLEET HEALTH CHECKS PASSED - 3 of 3 legs')
    expect(ok.stdout).toMatch(/\[host=paper-1\]\s+proceed\s+passed\s+\+ {2}\+/)

    const p0 = await hostRun('paper-4', 'P0')
    const bad = await cli(['aggregate', '--expected', '3', '--mode', 'live', a!, b!, p0])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/FLEET LAUNCH ABORTED - 1 leg\(s\) failed: .*\[host=paper-4\]/)
    expect(
      bad.stdout.split('\n').find((l) => l.includes('paper-4') && l.includes('p0-failed')),
    ).toMatch(/ X /)

    const p2 = await hostRun('paper-5', 'P2')
    const warned = await cli(['aggregate', '--expected', '3', '--mode', 'live', a!, b!, p2])
    expect(warned.code).toBe(3)
  }, 60_000)

  it('reads the newest report of a directory, and aborts on a missing leg or another mode', async () => {
    const dir = await hostRun('live-1', 'P0')
    await hostRun('live-1', undefined, path.dirname(path.dirname(dir)))
    const other = await hostRun('live-2')
    expect((await cli(['aggregate', '--expected', '2', '--mode', 'live', dir, other])).code).toBe(0)
    const missing = await cli(['aggregate', '--expected', '3', '--mode', 'live', dir, other])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('2 of 3 legs reported; 1 missing')
    const paper = await cli(['aggregate', '--expected', '2', '--mode', 'paper', dir, other])
    expect(paper.code).toBe(1)
    expect(paper.stdout).toContain('written for live mode, not paper')
  }, 60_000)

  it('refuses bad arguments with its usage', async () => {
    const run = await cli(['aggregate', '--mode', 'live', '/nonexistent'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('--expected must be the number of legs')
    const unreadable = await cli(['aggregate', '--expected', '1', '--mode', 'live', '/nonexistent'])
    expect(unreadable.code).toBe(1)
    expect(unreadable.stdout).toMatch(/Refused: \/nonexistent: ENOENT/)
  }, 30_000)
})

describe('preflight aggregate off Actions: provenance, --leg, --repo, --max-age', () => {
  const dirs: string[] = []
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
  })

  /** A git work tree whose origin is `remote`, with one commit. */
  async function checkout(remote: string): Promise<string> {
    const dir = await tempDir('preflight-checkout-')
    dirs.push(dir)
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
        },
      })
    git('init', '-q')
    git('remote', 'add', 'origin', remote)
    await writeFile(path.join(dir, 'deploy.txt'), 'v1\n')
    git('add', 'deploy.txt')
    git('commit', '-q', '-m', 'v1')
    return dir
  }

  async function legRun(cwd: string, leg: string, reportDir: string, flag = true) {
    await cli(
      [
        'run',
        '--mode',
        'live',
        '--command',
        sample,
        '--report-dir',
        reportDir,
        ...(flag ? ['--leg', leg] : []),
      ],
      flag ? {} : { PREFLIGHT_LEG: leg },
      cwd,
    )
    const file = (await readdir(reportDir))
      .filter((f) => /^SMOKE.*\.json$/.test(f))
      .sort()
      .at(-1)
    return path.join(reportDir, file ?? 'missing.json')
  }

  it('records the commit, repository, a run id of its own and the leg; three legs on one machine proceed', async () => {
    const repo = await checkout('git@github.com:acme/desk.git')
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim()
    const reports = [
      await legRun(repo, 'eu-1', path.join(repo, 'r1')),
      await legRun(repo, 'eu-2', path.join(repo, 'r2')),
      await legRun(repo, 'us-1', path.join(repo, 'r3'), false),
    ]
    const first = JSON.parse(await readFile(reports[0]!, 'utf8'))
    expect(first.provenance).toMatchObject({
      sha: head,
      repository: 'acme/desk',
      leg: 'eu-1',
      runAttempt: '1',
    })
    expect(first.provenance.runId).toMatch(/^local-/)
    const ids = await Promise.all(
      reports.map(async (r) => JSON.parse(await readFile(r, 'utf8')).provenance.runId),
    )
    expect(new Set(ids).size).toBe(3)

    const ok = await cli([
      'aggregate',
      '--expected',
      '3',
      '--mode',
      'live',
      '--sha',
      head,
      '--repo',
      'Acme/Desk',
      ...reports,
    ])
    expect(ok.stdout).toContain('3 of 3 legs')
    expect(ok.code).toBe(3) // the sample's P2 warning: proceed with warnings

    // Two reports of one leg: which leg, and why they are one.
    const again = await legRun(repo, 'eu-1', path.join(repo, 'r4'))
    const twice = await cli(['aggregate', '--expected', '3', '--mode', 'live', ...reports, again])
    expect(twice.stdout).toMatch(
      /a second report of leg eu-1 .*\(runs local-.* and local-.*\): both are named leg "eu-1"/,
    )
  }, 90_000)

  it('with --leg, each named leg must report and a report of another leg is refused', async () => {
    const repo = await checkout('git@github.com:acme/desk.git')
    const eu1 = await legRun(repo, 'eu-1', path.join(repo, 'r1'))
    const eu2 = await legRun(repo, 'eu-2', path.join(repo, 'r2'))
    const named = (...legs: string[]) => legs.flatMap((leg) => ['--leg', leg])

    const ok = await cli(['aggregate', ...named('eu-1', 'eu-2'), '--mode', 'live', eu1, eu2])
    expect(ok.stdout).toContain('2 of 2 legs')
    expect(ok.code).toBe(3)

    const missing = await cli(['aggregate', ...named('eu-1', 'us-1'), '--mode', 'live', eu1, eu2])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('Named legs with no report: "us-1"')
    expect(missing.stdout).toMatch(/written for leg "eu-2", not one of the legs named/)

    const disagree = await cli([
      'aggregate',
      '--expected',
      '3',
      ...named('eu-1'),
      '--mode',
      'live',
      eu1,
    ])
    expect(disagree.code).toBe(1)
    expect(disagree.stderr).toContain('--expected 3 disagrees with the 1 legs named with --leg')
  }, 90_000)

  it('refuses a leg of another repository, and a report older than --max-age', async () => {
    const repo = await checkout('https://github.com/acme/desk.git')
    const fork = await checkout('https://github.com/evil/desk.git')
    const mine = await legRun(repo, 'a', path.join(repo, 'r'))
    const theirs = await legRun(fork, 'b', path.join(fork, 'r'))
    const pinned = await cli([
      'aggregate',
      '--expected',
      '2',
      '--mode',
      'live',
      '--repo',
      'acme/desk',
      mine,
      theirs,
    ])
    expect(pinned.code).toBe(1)
    expect(pinned.stdout).toContain('written for repository "evil/desk", not "acme/desk"')

    const report = JSON.parse(await readFile(mine, 'utf8'))
    report.date = new Date(Date.now() - 13 * 3_600_000).toISOString()
    await writeFile(mine, JSON.stringify(report))
    const stale = await cli(['aggregate', '--expected', '1', '--mode', 'live', mine])
    expect(stale.code).toBe(1)
    expect(stale.stdout).toMatch(/too old to launch on/)
    const wider = await cli([
      'aggregate',
      '--expected',
      '1',
      '--mode',
      'live',
      '--max-age',
      '24',
      mine,
    ])
    expect(wider.code).toBe(3)
  }, 90_000)
})
