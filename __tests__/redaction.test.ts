// One evidence pipeline (decode → strip control sequences → redact) for every surface: the
// reports, the summary, annotations, outputs, failed-checks, the logs and the files the suite
// wrote into the artifact. What is secret is exact: credentials, not every ${env:} value.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { run } from '../src/main.js'
import { Redactor, decodeEntities } from '../src/redact.js'
import { memoryIo, type MemoryIo } from './helpers/memory-io.js'
import { REPO_ROOT, runAction } from './helpers/action-runner.js'
import { approval, environment, gitHubApi, workflowRun } from './helpers/github-api.js'
import { tempDir as removedTempDir } from './helpers/temp.js'

const LEAK = path.join(import.meta.dirname, 'fixtures', 'leak-plan.mjs')
const ESC = '\u001b'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function tempDir(): Promise<string> {
  const dir = await removedTempDir('preflight-redaction-')
  made.push(dir)
  return dir
}

interface LeakPlan {
  output?: Array<{ stream: 'stdout' | 'stderr'; text: string }>
  files?: Array<{ name: string; text: string }>
  checks?: object[]
  exitCode?: number
}

/** Every name and every byte under a directory, as one text. */
async function everything(dir: string): Promise<string> {
  const parts: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    parts.push(file)
    if (entry.isFile()) parts.push(await readFile(file, 'utf8'))
  }
  return parts.join('\n')
}

/** What the gate published outside the report directory: summary, outputs, annotations. */
function published(io: MemoryIo): string {
  return [
    io.summary,
    JSON.stringify(io.outputs),
    ...io.log.map((l) => `${l.title ?? ''} ${l.message}`),
    ...io.failed,
  ].join('\n')
}

async function gateWith(
  plan: LeakPlan,
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {},
) {
  const dir = await tempDir()
  const reports = path.join(dir, 'reports')
  const io = memoryIo({
    mode: 'live',
    command: `node ${LEAK} ${reports}`,
    'report-dir': reports,
    'upload-artifact': 'false',
    'working-directory': dir,
    ...inputs,
  })
  await run({ PATH: process.env.PATH, LEAK_PLAN: JSON.stringify(plan), ...env }, { io })
  return { io, dir, reports, evidence: `${await everything(reports)}\n${published(io)}` }
}

const failing = (message: string) => [
  { name: 'login', level: 'P1', status: 'failed', duration: 1, message },
]

describe('decode, strip, then redact: one pipeline for every surface', () => {
  it('hides a secret split by an ANSI escape in the reports, summary, JUnit and annotations', async () => {
    const token = `ghp_abcdefghij${ESC}[0mklmnopqrstuvwxyz0123456789`
    const { io, evidence } = await gateWith(
      {
        output: [{ stream: 'stdout', text: `using MySecret${ESC}[0mValue99 and ${token}\n` }],
        checks: failing(`refused MySecret${ESC}[31mValue99 ${token}`),
        exitCode: 2,
      },
      { redact: 'MY_SECRET' },
      { MY_SECRET: 'MySecretValue99' },
    )
    expect(io.outputs.status).toBe('p1-failed')
    for (const leak of [
      'MySecretValue99',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'MySecret',
    ]) {
      expect(evidence).not.toContain(leak)
    }
    // Annotations carry the text the pipeline made: no control sequence survives.
    expect(io.log.some((l) => l.message.includes('refused ***'))).toBe(true)
    expect(io.log.every((l) => !l.message.includes(ESC))).toBe(true)
  })

  it('renames a suite report whose name holds an announced mask, and redacts its contents', async () => {
    const secret = 'masked-name-value-77'
    const { io, reports, evidence } = await gateWith({
      output: [{ stream: 'stdout', text: `::add-mask::${secret}\n` }],
      files: [{ name: `notes-${secret}.txt`, text: `# ${secret}\n${secret} ${secret}` }],
      checks: [{ name: 'ok', level: 'P0', status: 'passed', duration: 1, message: '' }],
    })
    expect(io.outputs.verdict).toBe('proceed')
    expect(evidence).not.toContain(secret)
    const names = await readdir(reports)
    const renamed = names.find((n) => n.includes('REDACTED'))
    expect(renamed).toBe('notes-REDACTED.txt')
    expect(await readFile(path.join(reports, renamed ?? ''), 'utf8')).toBe('# ***\n*** ***')
    expect(evidence).toContain(`renamed ${renamed}`)
  })

  it('hides the values of withheld credentials and JWTs the suite prints, in the log and the JSON tail', async () => {
    const runtime = 'runtime-token-value-0042'
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvcm9ja2V0In0.c2lnbmF0dXJlLXZhbHVlLTE'
    const { evidence } = await gateWith(
      {
        output: [
          { stream: 'stdout', text: `runtime ${runtime}\n` },
          { stream: 'stderr', text: `oidc ${jwt}\n` },
        ],
        checks: failing(`with ${runtime}`),
        exitCode: 2,
      },
      { 'pass-env': 'ACTIONS_RUNTIME_TOKEN' },
      { ACTIONS_RUNTIME_TOKEN: runtime, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-value-9' },
    )
    for (const leak of [runtime, jwt, 'eyJzdWIiOiJyZXBvOmFjbWUvcm9ja2V0In0']) {
      expect(evidence).not.toContain(leak)
    }
  })

  it('decodes character references once: a JUnit message with &#10; reads as text everywhere', async () => {
    const dir = await tempDir()
    const junit = path.join(dir, 'junit-results.xml')
    const { io, evidence } = await gateWith(
      {
        files: [
          {
            name: junit,
            text: `<testsuite name="s"><testcase name="cache" classname="c"><properties><property name="level" value="P1"/></properties><failure message="'BROKEN'&#10;  &#10;">x</failure></testcase></testsuite>`,
          },
        ],
        exitCode: 2,
      },
      { results: junit },
    )
    expect(io.outputs.status).toBe('p1-failed')
    expect(evidence).not.toMatch(/&amp;\\?#10;|&#10;/)
    expect(io.outputs['failed-checks']).toContain('"c.cache"')
    expect(io.summary).toContain("| c.cache | P1 | ✗ | 0ms | 'BROKEN' |")
  })
})

describe('what is secret, precisely', () => {
  async function suiteGate(checks: object[], env: NodeJS.ProcessEnv) {
    const dir = await tempDir()
    await writeFile(
      path.join(dir, 'suite.yml'),
      stringify({ version: 1, checks: checks.map((c) => ({ level: 'P0', ...c })) }),
    )
    const reports = path.join(dir, 'reports')
    const io = memoryIo({
      mode: 'live',
      suite: 'suite.yml',
      'report-dir': reports,
      'upload-artifact': 'false',
      'working-directory': dir,
    })
    await run({ PATH: process.env.PATH, ...env }, { io })
    return { io, evidence: `${await everything(reports)}\n${published(io)}` }
  }

  it('a password with @ / % # in a URL is percent-encoded there and hidden whole, in every form', async () => {
    const password = 'p@ss/w%rd#x'
    const { io, evidence } = await suiteGate(
      [
        { name: 'api', kind: 'http', url: 'http://deploy:${env:DB_PW}@127.0.0.1:1/health' },
        {
          name: 'db',
          kind: 'postgres',
          url: 'postgres://deploy:${env:DB_PW}@127.0.0.1:1/app',
          timeout: 2,
        },
        {
          name: 'echo',
          kind: 'command',
          command: ['node', '-e', 'console.log(process.argv[1]); process.exit(1)', '${env:DB_PW}'],
        },
      ],
      { DB_PW: password },
    )
    expect(io.outputs.verdict).toBe('abort')
    expect(
      JSON.parse(io.outputs['failed-checks'] ?? '').map((c: { name: string }) => c.name),
    ).toEqual(['api', 'db', 'echo'])
    for (const leak of [password, 'ss/w%rd', 'w%rd', encodeURIComponent(password)]) {
      expect(evidence).not.toContain(leak)
    }
  })

  it('a port and a year expanded with ${env:} stay readable; a secret-looking name is hidden', async () => {
    const { evidence } = await suiteGate(
      [
        {
          name: 'timing',
          kind: 'command',
          command: [
            'node',
            '-e',
            'console.log(`took ${process.argv[1]}ms on ${process.argv[2]}-12-02 with ${process.argv[3]}`); process.exit(1)',
            '${env:P}',
            '${env:YEAR}',
            '${env:API_TOKEN}',
          ],
        },
      ],
      { P: '18080', YEAR: '2026', API_TOKEN: 'api-token-value-31' },
    )
    expect(evidence).toContain('took 18080ms on 2026-12-02 with ***')
    expect(evidence).not.toContain('api-token-value-31')
  })
})

describe('the pipeline’s parts', () => {
  it('decodes character references and XML’s named entities, nothing else', () => {
    expect(decodeEntities('a&#10;b&#x67;&lt;&amp;lt;&nbsp;&#0;')).toBe('a\nbg<&lt;&nbsp;\ufffd')
  })

  it('redacts a secret written with character references or split by control characters', () => {
    const redactor = new Redactor(['hunter2-horse'])
    expect(redactor.redact('&#104;unter2-horse')).toBe('***')
    expect(redactor.redact(`hunter2${ESC}[1m-horse\u0007`)).toBe('***')
    expect(redactor.redact('hunter2%2Dhorse? no: hunter2-horse')).toBe('hunter2%2Dhorse? no: ***')
  })
})

describe('tickets and comments', () => {
  it('the follow-up ticket and the log comment hide a secret the reason and the ticket carry', async () => {
    const secret = 'pasted-db-password-55'
    const server = await gitHubApi({
      environments: { 'live-override': environment('live-override') },
      runs: { 4242: workflowRun(4242, 'octocat') },
      approvals: {
        4242: [
          approval('risk-manager', 'approved', ['live-override'], 'ok'),
          approval('cto', 'approved', ['live-override'], 'ok'),
        ],
      },
    })
    try {
      const sample = `node ${path.join(REPO_ROOT, 'examples', 'sample-suite', 'smoke_test.mjs')}`
      const run = await runAction({
        inputs: {
          mode: 'live',
          command: sample,
          'force-start': 'true',
          impact: `impact with ${secret}`,
          mitigation: `mitigation with ${secret}`,
          'approval-environment': 'live-override',
          reason: `reason with ${secret}`,
          ticket: `OPS-1 ${secret}`,
          'github-token': 'ghs_test',
          'upload-artifact': 'false',
          'ops-log-issue': '7',
          'open-ticket': 'true',
          redact: 'DB_PASSWORD',
        },
        env: { SAMPLE_FAIL: 'P1', GITHUB_API_URL: server.url, DB_PASSWORD: secret },
      })
      expect(run.outputs.verdict).toBe('proceed')
      expect(server.issues).toHaveLength(1)
      expect(server.issues[0]?.body).toContain('reason with \\*\\*\\*')
      expect(JSON.stringify([server.issues, server.comments])).not.toContain(secret)
    } finally {
      await server.close()
    }
  })
})
