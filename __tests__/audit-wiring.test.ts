// `preflight audit`'s wiring checks on fixture workflows: every finding id reported at its line
// when the fault is there, and silent once it is fixed.
import { describe, expect, test } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { OVERRIDE_RUN_NAME } from '../src/audit/templates.js'
import { auditWorkflows, parseRunName } from '../src/audit/workflows.js'

const SHA = 'a'.repeat(40)

/** A live rollout wired right: gate and deploy on the live host, deploy only on proceed. */
const GOOD = `name: Live rollout
on:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  preflight:
    runs-on: [self-hosted, live-1]
    permissions:
      contents: read
      actions: read
    outputs:
      verdict: \${{ steps.gate.outputs.verdict }}
    steps:
      - uses: actions/checkout@v5
      - id: gate
        uses: acme/preflight-gate@${SHA}
        with:
          mode: live
          suite: .github/preflight.yml
  deploy:
    needs: preflight
    if: \${{ !cancelled() && needs.preflight.outputs.verdict == 'proceed' }}
    runs-on: [self-hosted, live-1]
    environment: live
    steps:
      - run: ./deploy.sh live
`

interface Case {
  id: string
  /** What to change in GOOD. */
  from: string
  to: string
  /** The text on the line the finding must name (in the changed file). */
  at: string
}

const CASES: Case[] = [
  {
    id: 'workflow-invalid',
    from: '    environment: live\n',
    to: '    environment: live\n    no-such-key: true\n',
    at: 'no-such-key',
  },
  { id: 'deploy-not-gated', from: '    needs: preflight\n', to: '', at: '  deploy:' },
  {
    id: 'deploy-not-on-proceed',
    from: "!cancelled() && needs.preflight.outputs.verdict == 'proceed'",
    to: "!cancelled() && needs.preflight.outputs.verdict != 'abort'",
    at: '    if:',
  },
  {
    id: 'always-on-deploy-path',
    from: "!cancelled() && needs.preflight.outputs.verdict == 'proceed'",
    to: "always() && needs.preflight.outputs.verdict == 'proceed'",
    at: '    if:',
  },
  {
    id: 'gate-continue-on-error',
    from: '      - id: gate\n',
    to: '      - id: gate\n        continue-on-error: true\n',
    at: 'continue-on-error',
  },
  { id: 'live-gate-not-live-mode', from: 'mode: live', to: 'mode: paper', at: 'mode: paper' },
  {
    id: 'live-gate-without-evidence',
    from: '          suite: .github/preflight.yml\n',
    to: '          suite: .github/preflight.yml\n          require-results: never\n',
    at: 'require-results',
  },
  {
    id: 'runner-mismatch',
    from: '  preflight:\n    runs-on: [self-hosted, live-1]',
    to: '  preflight:\n    runs-on: ubuntu-latest',
    at: '  deploy:',
  },
  {
    id: 'action-not-pinned',
    from: `preflight-gate@${SHA}`,
    to: 'preflight-gate@v1',
    at: 'uses: acme/preflight-gate@v1',
  },
  {
    id: 'gate-permissions',
    from: '      actions: read\n',
    to: '      actions: write\n',
    at: 'actions: write',
  },
]

function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(marker))
  if (index < 0) throw new Error(`marker ${marker} not in fixture`)
  return index + 1
}

async function audit(content: string) {
  return auditWorkflows([{ path: '.github/workflows/live.yml', content }])
}

describe('audit wiring', () => {
  test('a rightly wired rollout has no finding', async () => {
    const result = await audit(GOOD)
    expect(result.findings).toEqual([])
    expect(result).toMatchObject({
      gateSteps: 1,
      modes: ['live'],
      suiteFiles: ['.github/preflight.yml'],
    })
  })

  test.each(CASES)('$id is reported at its line, and silent when fixed', async (c) => {
    expect(GOOD).toContain(c.from)
    const broken = GOOD.replace(c.from, c.to)
    const { findings } = await audit(broken)
    const found = findings.filter((f) => f.id === c.id)
    expect(found.map((f) => f.location)).toEqual([
      `.github/workflows/live.yml:${lineOf(broken, c.at)}`,
    ])
    expect(found[0]?.fix).not.toBe('')
    expect((await audit(GOOD)).findings.filter((f) => f.id === c.id)).toEqual([])
  })

  test('a deploy that starts with require is gated without an if', async () => {
    const content = GOOD.replace(
      "    if: ${{ !cancelled() && needs.preflight.outputs.verdict == 'proceed' }}\n",
      '',
    ).replace(
      '      - run: ./deploy.sh live\n',
      `      - uses: acme/preflight-gate/require@${SHA}\n        with:\n          mode: live\n      - run: ./deploy.sh live\n`,
    )
    expect((await audit(content)).findings).toEqual([])
  })

  test('the two-job flow: proceed or an authorize job that authorized', async () => {
    const content = GOOD.replace(
      '  deploy:\n    needs: preflight\n',
      `  authorize:
    needs: preflight
    if: \${{ !cancelled() && needs.preflight.outputs.verdict == 'approval-required' }}
    runs-on: ubuntu-latest
    environment: live-override
    outputs:
      authorized: \${{ steps.a.outputs.authorized }}
    steps:
      - id: a
        uses: acme/preflight-gate/authorize@${SHA}
        with:
          mode: live
          environment: live-override
          override: force-start
  deploy:
    needs: [preflight, authorize]
`,
    ).replace(
      "needs.preflight.outputs.verdict == 'proceed' }}",
      "(needs.preflight.outputs.verdict == 'proceed' || needs.authorize.outputs.authorized == 'true') }}",
    )
    expect((await audit(content)).findings).toEqual([])
    // Any other alternative lets the deploy run without the gate's proceed.
    const loose = content.replace(
      "needs.authorize.outputs.authorized == 'true'",
      "github.actor == 'me'",
    )
    expect((await audit(loose)).findings.map((f) => f.id)).toEqual(['deploy-not-on-proceed'])
  })

  test('a block-scalar if (>-) is read as its expression', async () => {
    const content = GOOD.replace(
      "    if: ${{ !cancelled() && needs.preflight.outputs.verdict == 'proceed' }}\n",
      "    if: >-\n      ${{ !cancelled() &&\n      needs.preflight.outputs.verdict == 'proceed' }}\n",
    )
    expect((await audit(content)).findings).toEqual([])
  })

  test('single-job flow: a deploy step after the gate under always() is reported', async () => {
    const content = `on: workflow_dispatch
permissions:
  contents: read
jobs:
  deploy:
    runs-on: [self-hosted, paper-1]
    steps:
      - uses: acme/preflight-gate@${SHA}
        with:
          mode: paper
          command: ./smoke.sh
      - if: always()
        run: ./deploy.sh paper
`
    const { findings } = await audit(content)
    expect(findings.map((f) => [f.id, f.location])).toEqual([
      ['always-on-deploy-path', `.github/workflows/live.yml:${lineOf(content, 'if: always()')}`],
    ])
    expect(
      (await audit(content.replace('      - if: always()\n        run', '      - run'))).findings,
    ).toEqual([])
  })

  test('--deploy-jobs names what deploys', async () => {
    const content = GOOD.replace('  deploy:\n    needs: preflight\n', '  ship:\n').replace(
      'environment: live',
      'environment: staging',
    )
    expect((await audit(content)).findings).toEqual([])
    const { findings } = await auditWorkflows([{ path: 'w.yml', content }], ['ship'])
    expect(findings.map((f) => f.id)).toEqual(['deploy-not-gated'])
  })
})

describe('the shipped examples', () => {
  test('are wired as the audit checks (only their @v1 pins are reported)', async () => {
    const dir = 'examples/workflows'
    const files = readdirSync(dir)
      .filter((n) => n.endsWith('.yml'))
      .map((n) => ({ path: `${dir}/${n}`, content: readFileSync(`${dir}/${n}`, 'utf8') }))
    const { findings } = await auditWorkflows(files)
    expect(findings.filter((f) => f.id !== 'action-not-pinned')).toEqual([])
  })

  test('the override-request example keeps the run-name the audit and the CLI read', () => {
    const runName = parseRunName(readFileSync('examples/workflows/override-request.yml', 'utf8'))
    expect(runName?.value.replace(/\s+/g, ' ').trim()).toBe(OVERRIDE_RUN_NAME)
  })
})

describe('gate permissions', () => {
  test('undeclared permissions and write-all are reported; declared least permissions are not', async () => {
    const undeclared = GOOD.replace('permissions:\n  contents: read\n', '').replace(
      '    permissions:\n      contents: read\n      actions: read\n',
      '',
    )
    expect((await audit(undeclared)).findings.map((f) => [f.id, f.location])).toEqual([
      ['gate-permissions', `.github/workflows/live.yml:${lineOf(undeclared, '  preflight:')}`],
    ])
    const writeAll = GOOD.replace(
      '    permissions:\n      contents: read\n      actions: read\n',
      '    permissions: write-all\n',
    )
    expect((await audit(writeAll)).findings.map((f) => [f.id, f.location])).toEqual([
      ['gate-permissions', `.github/workflows/live.yml:${lineOf(writeAll, 'write-all')}`],
    ])
    const issues = GOOD.replace(
      '      actions: read\n',
      '      actions: read\n      issues: write\n',
    )
    expect((await audit(issues)).findings).toEqual([])
  })
})

describe('reusable workflows', () => {
  test('a deploy that calls a reusable workflow must need the gate too', async () => {
    const content = GOOD.replace(
      "  deploy:\n    needs: preflight\n    if: ${{ !cancelled() && needs.preflight.outputs.verdict == 'proceed' }}\n    runs-on: [self-hosted, live-1]\n    environment: live\n    steps:\n      - run: ./deploy.sh live\n",
      '  deploy:\n    uses: ./.github/workflows/deploy-live.yml\n',
    )
    expect((await audit(content)).findings.map((f) => [f.id, f.location])).toEqual([
      ['deploy-not-gated', `.github/workflows/live.yml:${lineOf(content, '  deploy:')}`],
    ])
    const gated = content.replace(
      '  deploy:\n    uses:',
      "  deploy:\n    needs: preflight\n    if: needs.preflight.outputs.verdict == 'proceed'\n    uses:",
    )
    expect((await audit(gated)).findings).toEqual([])
  })
})
