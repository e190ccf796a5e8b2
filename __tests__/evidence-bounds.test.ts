// Every match subject is bounded and every glob runs in linear time: a huge classname is refused
// with the bound named; a level-map glob never stalls the gate.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { describe, expect, it, vi } from 'vitest'
import { compileGlob } from '../src/evidence/glob.js'
import { levelFromMap, parseLevelMap } from '../src/evidence/levels.js'
import { ResultsParseError, parseResults } from '../src/evidence/parse.js'
import { DEFAULT_EVIDENCE_SETTINGS } from '../src/evidence/settings.js'
import { runCommandSuite } from '../src/runner/command.js'
import { tempDir } from './helpers/temp.js'

describe('level-map globs', () => {
  it('match a 31 KB classname against star-heavy globs in linear time', () => {
    const subject = `${'a.'.repeat(15_500)}b`
    const started = performance.now()
    for (const glob of ['*.*.*.*.*.*.c', '**.*.*.*.c', '*a*a*a*a*a*a*c', '{*.*,**}.*.*.c']) {
      expect(compileGlob(glob).matches(subject)).toBe(false)
    }
    // A JavaScript RegExp took 28 s here; RE2 takes a pass per glob.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it.each([
    ['tests.test_cosmetic.*', 'tests.test_cosmetic.test_logo'],
    ['tests.test_cosmetic.*', 'tests.test_cosmetic.x/y'],
    ['tests/**/test_*.py', 'tests/test_a.py'],
    ['tests/**/test_*.py', 'tests/unit/deep/test_a.py'],
    ['**', 'anything/at/all'],
    ['test_?', 'test_1'],
    ['test_[0-9]', 'test_7'],
    ['{api,db}.*', 'db.connect'],
    ['{api,db}.*', 'cache.connect'],
    ['a\\*b', 'a*b'],
    ['a\\*b', 'axb'],
    ['.hidden.*', '.hidden.x'],
  ])('%s against %s as picomatch reads it (dot: true)', (glob, subject) => {
    expect(compileGlob(glob).matches(subject)).toBe(picomatch(glob, { dot: true })(subject))
  })

  it('negates a class with ! as POSIX does', () => {
    expect(compileGlob('test_[!0-9]').matches('test_7')).toBe(false)
    expect(compileGlob('test_[!0-9]').matches('test_x')).toBe(true)
  })

  it('refuses an extglob and an over-long glob, naming the line and the bound', () => {
    expect(parseLevelMap('P1: +(a|b).x')).toEqual({
      ok: false,
      error: expect.stringMatching(/^line 1: the glob .* uses an extglob/),
    })
    expect(parseLevelMap(`P1: ${'a'.repeat(1001)}`)).toEqual({
      ok: false,
      error: expect.stringMatching(/is longer than 1000 characters\.$/),
    })
  })

  it('maps a level through a glob', () => {
    const map = parseLevelMap('P2: tests.cosmetic.*\nP1: tests.**')
    if (!map.ok) throw new Error(map.error)
    expect(levelFromMap(map.rules, { classname: 'tests.cosmetic', name: 'logo' })).toBe('P1')
    expect(levelFromMap(map.rules, { classname: 'other', name: 'x' })).toBeNull()
  })
})

describe('match subjects are bounded', () => {
  it('a classname longer than the bound is malformed, naming the bound', () => {
    const xml = `<testsuite name="s">\n<testcase name="t" classname="${'c.'.repeat(11_000)}"/>\n</testsuite>`
    let error: unknown
    try {
      parseResults('r.xml', xml)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ResultsParseError)
    expect((error as Error).message).toBe(
      'r.xml:2: <testcase name="t"> has a classname of 22000 characters; at most 1000 are read',
    )
  })
})

describe("TAP's YAML diagnostics are bounded", () => {
  const block = (n: number, lines: number) =>
    `ok ${n} - a\n  ---\n${Array.from({ length: lines }, (_, k) => `  k${k}: [a, b]\n`).join('')}  ...\n`

  it('refuses one block over 64 KiB, and a file whose blocks add up to over 512 KiB, naming the bound', () => {
    const big = `TAP version 13\n${block(1, 6000)}1..1\n`
    expect(() => parseResults('big.tap', big)).toThrow(
      /^big\.tap:4: YAML diagnostics block is larger than 64 KiB/,
    )
    const many = `TAP version 13\n${Array.from({ length: 13 }, (_, n) => block(n + 1, 3000)).join('')}1..13\n`
    expect(() => parseResults('many.tap', many)).toThrow(
      /YAML diagnostics add up to more than 512 KiB in this file/,
    )
    // The library's warnings (an unknown tag) never print suite text on the gate's stderr.
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const tagged = `TAP version 13\nok 1 - a\n  ---\n  x: [!t "::error::forged"]\n  ...\n1..1\n`
      expect(parseResults('tagged.tap', tagged).tests).toHaveLength(1)
      expect(emitWarning).not.toHaveBeenCalled()
      expect(consoleWarn).not.toHaveBeenCalled()
    } finally {
      emitWarning.mockRestore()
      consoleWarn.mockRestore()
    }
    // Within both bounds the diagnostics are read as before.
    const fine = `TAP version 13\n${block(1, 3000)}1..1\n`
    expect(parseResults('fine.tap', fine).tests).toHaveLength(1)
  })
})

describe('results files are bounded together', () => {
  it('refuses results that add up to more than 32 MiB, naming the bound, before parsing past it', async () => {
    const dir = await tempDir('preflight-total-')
    // 7 MB each, one test: within a file's bound, five of them past the sum's.
    const big = `<testsuites><testsuite name="s"><testcase name="x"><system-out>${'x'.repeat(7_000_000)}</system-out></testcase></testsuite></testsuites>\n`
    await writeFile(
      path.join(dir, 'suite.mjs'),
      `import { writeFileSync } from 'node:fs'\nfor (let i = 0; i < 5; i++) writeFileSync('r' + i + '.xml', ${JSON.stringify(big)})\n`,
    )
    const outcome = await runCommandSuite({
      command: 'node suite.mjs',
      mode: 'live',
      subset: 'full',
      timeoutMs: 60_000,
      cwd: dir,
      env: { PATH: process.env.PATH },
      evidence: { ...DEFAULT_EVIDENCE_SETTINGS, results: ['r*.xml'] },
    })
    expect(outcome.status).toBe('crashed')
    expect(outcome.notes.join(' ')).toMatch(
      /The results files add up to more than 32 MiB \(at r4\.xml\)/,
    )
  }, 60_000)
})
