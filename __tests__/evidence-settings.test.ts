import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { parseResults } from '../src/evidence/parse.js'
import { parseSettings } from '../src/settings.js'
import { tempDir } from './helpers/temp.js'

describe('evidence inputs', () => {
  it('have their defaults: preflight contract, live evidence, --subset {subset}', () => {
    const parsed = parseSettings({ mode: 'paper', command: 'x' })
    expect(parsed.ok && parsed.settings.evidence).toEqual({
      results: [],
      levelMap: '',
      exitCodes: 'preflight',
      requireResults: 'live',
      subsetArgs: '--subset {subset}',
      pytest: 'auto',
    })
  })

  it('read results one a line, keep an explicitly empty subset-args empty', () => {
    const parsed = parseSettings({
      mode: 'live',
      command: 'x',
      results: 'reports/junit.xml\n\n  out/**/*.tap  \n# not this one',
      'level-map': 'P2: tests.cosmetic.*',
      'exit-codes': 'any-failure',
      'require-results': 'never',
      'subset-args': '',
    })
    expect(parsed.ok && parsed.settings.evidence).toEqual({
      results: ['reports/junit.xml', 'out/**/*.tap'],
      levelMap: 'P2: tests.cosmetic.*',
      exitCodes: 'any-failure',
      requireResults: 'never',
      subsetArgs: '',
      pytest: 'auto',
    })
  })

  it.each([
    [
      { 'exit-codes': 'pytest' },
      /Input "exit-codes" must be preflight or any-failure, got "pytest"/,
    ],
    [{ 'require-results': 'sometimes' }, /Input "require-results" must be live, always or never/],
    [
      { 'level-map': 'P2: a\nhigh: b' },
      /Input "level-map" line 2 \("high: b"\) must read "P0: <glob>"/,
    ],
    [{ 'subset-args': '--subset {subset} | tee' }, /Input "subset-args" must be plain words/],
  ])('refuse %j, naming the input', (inputs, message) => {
    const parsed = parseSettings({ mode: 'live', command: 'x', ...inputs })
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.errors.join(' ')).toMatch(message)
  })
})

describe('hostile results content', () => {
  // Catastrophic backtracking would hang these past the test timeout.
  it('parses very long lines in linear time', () => {
    const spaces = ' '.repeat(1_000_000)
    expect(parseResults('t.tap', `1..1\nok 1 ${spaces}x${spaces}\n`).tests).toHaveLength(1)
    const table = `| Test | Level | Status | Duration | Message |\n|${' '.repeat(1_000_000)}-|\n| a | P0 | ✓ | ${spaces}1x | m |\n`
    expect(parseResults('r.md', table).tests[0]).toMatchObject({ name: 'a', durationMs: 0 })
  })
})

describe('CLI flags', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir('preflight-cli-evidence-')
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function cli(args: string[]) {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    stdout.on('data', (c: Buffer) => (out += c))
    stderr.on('data', (c: Buffer) => (out += c))
    const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: process.env })
    return { code, out }
  }

  it('--results, --level-map, --exit-codes and --subset-args reach the gate', async () => {
    await writeFile(
      path.join(dir, 'suite.mjs'),
      `import { writeFileSync } from 'node:fs'
writeFileSync('out.tap', '1..2\\nok 1 - database\\nnot ok 2 - banner\\n')
console.log('args:', process.argv.slice(2).join(' '))
process.exit(1)
`,
    )
    const { code, out } = await cli([
      'run',
      '--mode',
      'paper',
      '--command',
      'node suite.mjs',
      '--working-directory',
      dir,
      '--report-dir',
      path.join(dir, 'reports'),
      '--results',
      'out.tap',
      '--level-map',
      'P2: banner',
      '--level-map',
      'P0: database',
      '--exit-codes',
      'any-failure',
      // A value that starts with "-" is given with "=".
      '--subset-args=-k {subset}',
    ])
    expect(out).toContain('args: -k production')
    expect(code).toBe(3) // only the P2 check failed: proceed with warnings
  })

  it('--require-results always aborts a paper suite that leaves no evidence', async () => {
    const { code, out } = await cli([
      'run',
      '--mode',
      'paper',
      '--command',
      'node -e 0',
      '--working-directory',
      dir,
      '--report-dir',
      path.join(dir, 'reports'),
      '--subset',
      'full',
      '--require-results',
      'always',
    ])
    expect(code).toBe(1)
    expect(out).toMatch(/No per-check evidence/)
  })
})
