// `preflight aggregate` over reports on disk, through the bundled CLI and real gate runs.
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ARGS, REPO_ROOT } from './helpers/action-runner.js'

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
  const home = root ?? (await mkdtemp(path.join(os.tmpdir(), `preflight-${host}-`)))
  await cli(
    ['run', '--mode', 'live', '--command', sample, '--report-dir', 'reports/health'],
    { PREFLIGHT_MATRIX: JSON.stringify({ host }), ...(fail && { SAMPLE_FAIL: fail }) },
    home,
  )
  return path.join(home, 'reports', 'health')
}

describe('preflight aggregate (the CLI)', () => {
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
