// Every match subject is bounded and every glob runs in linear time: a huge classname is refused
// with the bound named; a level-map glob never stalls the gate.
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { compileGlob } from '../src/evidence/glob.js'
import { levelFromMap, parseLevelMap } from '../src/evidence/levels.js'
import { ResultsParseError, parseResults } from '../src/evidence/parse.js'

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

  it('refuses one block over 64 KiB, and a file whose blocks add up to over 2 MiB, naming the bound', () => {
    const big = `TAP version 13\n${block(1, 6000)}1..1\n`
    expect(() => parseResults('big.tap', big)).toThrow(
      /^big\.tap:4: YAML diagnostics block is larger than 64 KiB/,
    )
    const many = `TAP version 13\n${Array.from({ length: 50 }, (_, n) => block(n + 1, 3000)).join('')}1..50\n`
    expect(() => parseResults('many.tap', many)).toThrow(
      /YAML diagnostics add up to more than 2 MiB in this file/,
    )
    // Within both bounds the diagnostics are read as before.
    const fine = `TAP version 13\n${block(1, 3000)}1..1\n`
    expect(parseResults('fine.tap', fine).tests).toHaveLength(1)
  })
})
