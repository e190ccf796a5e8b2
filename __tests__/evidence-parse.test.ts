import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toCheck } from '../src/evidence/collect.js'
import { levelFromTokens, parseLevel, parseLevelMap } from '../src/evidence/levels.js'
import { ResultsParseError, parseResults } from '../src/evidence/parse.js'

const sample = (name: string) =>
  readFile(path.join(import.meta.dirname, 'fixtures', 'evidence', name), 'utf8')

function parseError(file: string, text: string): ResultsParseError {
  try {
    parseResults(file, text)
  } catch (error) {
    if (error instanceof ResultsParseError) return error
    throw error
  }
  throw new Error('expected a parse error')
}

describe('levels', () => {
  it.each([
    ['P0', 'P0'],
    ['p1', 'P1'],
    ['P0_HEALTH', 'P0'],
    ['p2_cosmetic', 'P2'],
    [' P1_INTEGRATION ', 'P1'],
    ['P3', null],
    ['high', null],
    ['P0HEALTH', null],
  ])('%j is %s', (text, level) => {
    expect(parseLevel(text)).toBe(level)
  })

  it('takes the strictest p0/p1/p2 word of the name or classname', () => {
    expect(levelFromTokens({ name: 'test_p1_orders', classname: 'tests.p2' })).toBe('P1')
    expect(levelFromTokens({ name: 'test_p10_orders' })).toBeNull()
    expect(levelFromTokens({ name: 'smoke P2 banner' })).toBe('P2')
  })

  it('reads level-map lines and names the line that is wrong', () => {
    const map = parseLevelMap('# cosmetic last\nP2: tests.test_cosmetic.*\n\np1: **/integration/**')
    expect(map.ok && map.rules.map((r) => [r.level, r.pattern])).toEqual([
      ['P2', 'tests.test_cosmetic.*'],
      ['P1', '**/integration/**'],
    ])
    const bad = parseLevelMap('P2: *\nP7: nope')
    expect(!bad.ok && bad.error).toMatch(/line 2 \("P7: nope"\) must read "P0: <glob>"/)
  })

  it('a test without a level of its own takes the map, then tokens, then P0 and is unmapped', () => {
    const map = parseLevelMap('P2: tests.test_cosmetic.*\nP1: tests/integration/*.py')
    const rules = map.ok ? map.rules : []
    const test = { status: 'failed', durationMs: 0, message: '', level: null } as const
    expect(
      toCheck({ ...test, name: 'test_banner', classname: 'tests.test_cosmetic' }, rules),
    ).toMatchObject({ check: { level: 'P2' }, mapped: true })
    expect(
      toCheck({ ...test, name: 'test_x', file: 'tests/integration/orders.py' }, rules),
    ).toMatchObject({ check: { level: 'P1' }, mapped: true })
    expect(toCheck({ ...test, name: 'test_p1_y' }, rules)).toMatchObject({
      check: { level: 'P1' },
      mapped: true,
    })
    expect(toCheck({ ...test, name: 'test_db' }, rules)).toMatchObject({
      check: { level: 'P0', name: 'test_db' },
      mapped: false,
    })
    // The strictest of several matching rules wins.
    const both = parseLevelMap('P2: *\nP0: *db*')
    expect(toCheck({ ...test, name: 'test_db' }, both.ok ? both.rules : [])).toMatchObject({
      check: { level: 'P0' },
    })
  })
})

describe('JUnit XML', () => {
  it('reads jest-junit: failures, and levels from name tokens', async () => {
    const parsed = parseResults('jest.xml', await sample('jest-junit.xml'))
    expect(parsed.format).toBe('junit')
    const checks = parsed.tests.map((t) => toCheck(t, []))
    expect(checks.map((c) => [c.check.level, c.check.status, c.mapped])).toEqual([
      ['P0', 'passed', true],
      ['P1', 'failed', true],
      ['P0', 'passed', false],
    ])
    expect(checks[1]?.check.message).toBe('Error: expect(received).toBe(expected)')
  })

  it('reads gotestsum: skipped and failed, suite properties that are not levels ignored', async () => {
    const parsed = parseResults('go.xml', await sample('gotestsum.xml'))
    expect(parsed.tests.map((t) => [t.classname, t.name, t.status])).toEqual([
      ['example.com/acme/smoke', 'TestDatabase', 'passed'],
      ['example.com/acme/smoke', 'TestBanner', 'failed'],
      ['example.com/acme/smoke', 'TestMetrics', 'skipped'],
    ])
    expect(parsed.tests[1]?.message).toBe('Failed')
  })

  it('walks nested suites, inherits a suite level property and tells error from failure', async () => {
    const parsed = parseResults('nested.xml', await sample('nested.xml'))
    expect(parsed.tests).toEqual([
      expect.objectContaining({
        name: 'inherits the suite level',
        level: 'P1',
        status: 'passed',
        durationMs: 10,
      }),
      expect.objectContaining({
        name: 'declares its own',
        level: 'P2',
        status: 'error',
        message: 'fixture broke',
      }),
    ])
    expect(toCheck(parsed.tests[1]!, []).check).toMatchObject({
      status: 'failed',
      message: 'error: fixture broke',
    })
  })

  it('names the file and line of malformed XML, a bad level property, entities', () => {
    expect(parseError('r.xml', '<testsuite>\n<testcase name="a">\n</testsuite>').message).toMatch(
      /^r\.xml:\d+: not well-formed XML/,
    )
    const badLevel = parseError(
      'r.xml',
      '<testsuite>\n  <testcase name="a">\n    <properties>\n      <property name="level" value="urgent"/>\n    </properties>\n  </testcase>\n</testsuite>',
    )
    expect(badLevel.message).toBe(
      'r.xml:4: property "level" must be P0, P1 or P2 (or P0_HEALTH style), got "urgent"',
    )
    expect(
      parseError('r.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<testsuite/>')
        .message,
    ).toMatch(/r\.xml:2: XML entity declarations/)
    expect(parseError('r.xml', '<html><body/></html>').message).toMatch(
      /neither <testsuites> nor <testsuite>/,
    )
  })
})

describe('TAP', () => {
  it('reads TAP 14: subtests summarised by their parent, SKIP, TODO, YAML level and message', async () => {
    const parsed = parseResults('t.tap', await sample('tap14.tap'))
    expect(parsed.format).toBe('tap')
    expect(parsed.tests.map((t) => [t.name, t.status, t.level])).toEqual([
      ['database', 'passed', null],
      ['p2 banner', 'skipped', null],
      ['orders route', 'failed', 'P1'],
      ['known flaky', 'skipped', null],
    ])
    expect(parsed.tests[2]).toMatchObject({ message: 'HTTP 500 from /orders', durationMs: 42 })
  })

  it('a run cut short or bailed out is an error with its line', () => {
    expect(parseError('t.tap', 'TAP version 13\n1..3\nok 1 - a\n').message).toBe(
      't.tap:2: the plan announces 3 tests but 1 ran: the run was cut short',
    )
    expect(parseError('t.tap', '1..2\nok 1 a\nBail out! database down\n').message).toBe(
      't.tap:3: the runner bailed out: database down',
    )
  })
})

describe("the source document's Markdown report", () => {
  it('reads its table with P<n>_<WORD> levels, ✓ ⚠ and words', async () => {
    const parsed = parseResults('report.md', await sample('document-report.md'))
    expect(parsed.format).toBe('markdown')
    expect(parsed.tests).toEqual([
      { name: 'Python environment', level: 'P0', status: 'passed', durationMs: 0, message: 'OK' },
      {
        name: 'Strategy orchestrator',
        level: 'P1',
        status: 'passed',
        durationMs: 12,
        message: '4 strategies',
      },
      {
        name: 'Reports directory',
        level: 'P2',
        status: 'failed',
        durationMs: 1,
        message: 'missing (created on demand)',
      },
      {
        name: 'MT5 terminal',
        level: 'P2',
        status: 'skipped',
        durationMs: 0,
        message: 'not installed',
      },
    ])
  })

  it('names the line of an unknown level or status', () => {
    const head =
      '## Test Results\n| Test | Level | Status | Duration | Message |\n|---|---|---|---|---|\n'
    expect(
      parseError('r.md', head + '| DB | P0_HEALTH | ✓ | 1ms | ok |\n| X | P5 | ✓ | 0ms | |\n')
        .message,
    ).toBe('r.md:5: level of "X" must be P0, P1 or P2 (or P0_HEALTH style), got "P5"')
    expect(parseError('r.md', head + '| DB | P0 | maybe | 1ms | ok |\n').message).toMatch(
      /^r\.md:4: status of "DB" must be/,
    )
  })
})

describe("the gate's JSON", () => {
  it("accepts the document's level names and says which field is wrong, on which line", () => {
    const parsed = parseResults(
      'r.json',
      JSON.stringify([{ name: 'Python environment', level: 'P0_HEALTH', status: 'passed' }]),
    )
    expect(parsed.tests[0]).toMatchObject({ level: 'P0', status: 'passed' })
    const text = JSON.stringify(
      {
        checks: [
          { name: 'a', level: 'P0', status: 'passed' },
          { name: 'b', level: 'P1', status: 'ok' },
        ],
      },
      null,
      2,
    )
    expect(parseError('r.json', text).message).toMatch(
      /^r\.json:9: field "checks\.1\.status" must be passed, failed or skipped, got "ok"/,
    )
    expect(parseError('r.json', '[\n{"name": "a",\n').message).toMatch(
      /^r\.json(:\d+)?: not valid JSON/,
    )
  })

  it('refuses content in no known format', () => {
    expect(parseError('r.txt', 'all good, trust me').message).toMatch(
      /^r\.txt: not a results format the gate reads/,
    )
  })
})
