import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI_ARGS, REPO_ROOT, runAction } from './helpers/action-runner.js'
import { httpServer } from './helpers/servers.js'
import { tempDir, tempDirSync } from './helpers/temp.js'

let server: Awaited<ReturnType<typeof httpServer>>
beforeAll(async () => {
  server = await httpServer((req, res) => {
    const bodies: Record<string, object> = {
      '/health': { status: 'ok' },
      '/status': { 'parity-mode': 'enabled' },
    }
    res.writeHead(bodies[req.url ?? ''] ? 200 : 404, { 'content-type': 'application/json' })
    res.end(JSON.stringify(bodies[req.url ?? ''] ?? {}))
  })
})
afterAll(() => server.close())

/** The example suite's files in a temporary directory: the suite creates directories. */
function exampleWorkspace(): string {
  const dir = tempDirSync('preflight-examples-')
  cpSync(path.join(REPO_ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true })
  cpSync(path.join(REPO_ROOT, 'README.md'), path.join(dir, 'README.md')) // "Operator documentation"
  return dir
}

const demoEnv = () => ({ PREFLIGHT_DEMO_URL: server.url, PREFLIGHT_DEMO_PORT: String(server.port) })

// The example suite through the bundled dist/index.js, as the runner runs it.
describe('the gate action on the institutional example suite', () => {
  it('runs the 7 P0 checks of the production subset in paper mode', async () => {
    const run = await runAction({
      inputs: {
        mode: 'paper',
        suite: 'examples/institutional-suite.yml',
        'working-directory': exampleWorkspace(),
        'upload-artifact': 'false',
      },
      env: demoEnv(),
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'proceed', status: 'passed', 'exit-code': '0' })
    const json = JSON.parse(
      await readFile(path.resolve(run.workDir, run.outputs['report-json-path'] ?? ''), 'utf8'),
    )
    expect(json.checks).toHaveLength(7)
    expect(json.checks.every((c: { level: string }) => c.level === 'P0')).toBe(true)
  })

  it('runs all 19 checks in live mode and proceeds with the P2 warnings', async () => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        suite: 'examples/institutional-suite.yml',
        'working-directory': exampleWorkspace(),
        'upload-artifact': 'false',
      },
      env: demoEnv(),
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verdict: 'proceed',
      status: 'p2-warned',
      'gate-exit-code': '3',
    })
    expect(JSON.parse(run.outputs['failed-checks'] ?? '')).toEqual([
      { name: 'MT5 terminal installed', level: 'P2', message: 'command not found: mt5-terminal' },
      {
        name: 'Database answers a query',
        level: 'P2',
        message:
          'check definition: environment variable PREFLIGHT_DB_URL is not set (referenced as ${env:PREFLIGHT_DB_URL})',
      },
      {
        name: 'Market data is fresh',
        level: 'P2',
        message:
          'check definition: environment variable PREFLIGHT_MARKET_DATA is not set (referenced as ${env:PREFLIGHT_MARKET_DATA})',
      },
    ])
    const report = await readFile(
      path.resolve(run.workDir, run.outputs['report-path'] ?? ''),
      'utf8',
    )
    expect(report.match(/^\| .* \| P[012] \| [✓✗–] \|/gm)).toHaveLength(19)
    expect(report).toContain('**Remediation**: Install the MT5 terminal before trading through it.')
  })

  it('fails closed with P0 aborts when the services are down', async () => {
    const run = await runAction({
      inputs: {
        mode: 'live',
        suite: 'examples/institutional-suite.yml',
        'working-directory': exampleWorkspace(),
        'upload-artifact': 'false',
      },
    })
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'p0-failed' })
    expect(run.summary).toContain('environment variable PREFLIGHT\\_DEMO\\_URL is not set')
  })

  it('aborts as invalid on a broken suite file, naming the line and column', async () => {
    const dir = await tempDir('preflight-bad-suite-')
    await writeFile(
      path.join(dir, 'preflight.yml'),
      'version: 1\nchecks:\n  - name: x\n    level: P0\n    kind: nope\n',
    )
    const run = await runAction({
      inputs: { mode: 'live', suite: 'preflight.yml', 'upload-artifact': 'false' },
      cwd: dir,
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'abort', status: 'invalid' })
    expect(run.stdout).toContain('preflight.yml:5:11: unknown check kind')
  })
})

describe('preflight validate and schema', () => {
  const cli = (args: string[], cwd = REPO_ROOT) =>
    spawnSync(process.execPath, [...CLI_ARGS, ...args], {
      cwd,
      encoding: 'utf8',
    })

  it('accepts the example and reports errors with positions', async () => {
    expect(cli(['validate', 'examples/institutional-suite.yml'])).toMatchObject({
      status: 0,
      stdout: 'examples/institutional-suite.yml: valid\n',
    })
    const dir = await tempDir('preflight-validate-')
    await writeFile(path.join(dir, 's.yml'), 'version: 2\nchecks: []\n')
    const bad = cli(['validate', 's.yml'], dir)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/^s\.yml:1:10: /)
  })

  it('prints the committed JSON Schema', async () => {
    const printed = JSON.parse(cli(['schema']).stdout)
    expect(printed).toEqual(
      JSON.parse(await readFile(path.join(REPO_ROOT, 'schema', 'suite.schema.json'), 'utf8')),
    )
  })
})
