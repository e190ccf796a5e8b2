// Results are read strictly: what looks like a failure but is not spelled as the format spells
// it, totals that disagree with the cases, and TAP without a plan are malformed (a crash naming
// the file and line), never "all passed".
import { describe, expect, it } from 'vitest'
import { ResultsParseError, parseResults } from '../src/evidence/parse.js'

function parseError(file: string, text: string): ResultsParseError {
  try {
    parseResults(file, text)
  } catch (error) {
    if (error instanceof ResultsParseError) return error
    throw error
  }
  throw new Error('expected a parse error')
}

const suite = (body: string, attributes = '') =>
  `<?xml version="1.0"?>\n<testsuite name="smoke"${attributes}>\n${body}\n</testsuite>\n`

describe('JUnit read strictly', () => {
  it.each([
    ['<Failure>', '<testcase name="db"><Failure message="down"/></testcase>'],
    [
      'a namespaced <j:failure>',
      '<testcase name="db" xmlns:j="urn:x"><j:failure message="down"/></testcase>',
    ],
    ['<ERROR>', '<testcase name="db"><ERROR message="boom"/></testcase>'],
    ['<TestCase>', '<TestCase name="db"><failure message="down"/></TestCase>'],
  ])('%s is malformed, naming the file and the line', (_, body) => {
    const error = parseError('results.xml', suite(body))
    expect(error.message).toMatch(/^results\.xml:3: <[^>]+> is not a JUnit element/)
  })

  it('a suite that declares a failure its cases do not hold is malformed', () => {
    const error = parseError('r.xml', suite('<testcase name="db"/>', ' tests="1" failures="1"'))
    expect(error.message).toBe(
      'r.xml:2: test suite "smoke" declares 1 failure(s) and 0 error(s) but 0 of its test cases failed',
    )
  })

  it('a suite that declares more tests than it holds is malformed', () => {
    const error = parseError('r.xml', suite('<testcase name="db"/>', ' tests="3"'))
    expect(error.message).toMatch(/declares tests="3" but holds 1 test case/)
  })

  it('totals that agree, nested suites included, are read as they are', () => {
    const text = `<testsuites tests="3" failures="1" errors="1">
<testsuite name="a" tests="2" failures="1"><testcase name="x"><failure/></testcase><testcase name="y"/></testsuite>
<testsuite name="b" tests="1" errors="1"><testcase name="z"><error/></testcase></testsuite>
</testsuites>`
    expect(parseResults('r.xml', text).tests.map((t) => t.status)).toEqual([
      'failed',
      'passed',
      'error',
    ])
  })

  it('decodes character references once: &#10; is a line break, &amp;lt; stays text', () => {
    const parsed = parseResults(
      'r.xml',
      suite(`<testcase name="cache"><failure message="'BROKEN'&#10;  &#10;&amp;lt;"/></testcase>`),
    )
    expect(parsed.tests[0]?.message).toBe("'BROKEN'\n  \n&lt;")
  })
})

describe('TAP read strictly', () => {
  it('a stream without a plan is malformed', () => {
    const error = parseError('r.tap', 'TAP version 14\nok 1 - db\nok 2 - api\n')
    expect(error.message).toMatch(/^r\.tap:4: TAP without a plan \(1\.\.N\): 2 test line/)
  })

  it('a plan at the end is a plan', () => {
    expect(parseResults('r.tap', 'ok 1 - db\nnot ok 2 - api\n1..2\n').tests).toHaveLength(2)
  })
})
