// Parsing a results file never holds a SIGTERM: results are parsed on a worker thread that a
// cancellation ends. The CLI, as a process of its own, is stopped while it parses 8 MiB of the
// slowest JUnit and Markdown, and answers as for any other cancellation.
import { describe, expect, it } from 'vitest'
import { resultsParser } from '../src/evidence/parse-thread.js'
import { cancelWhileParsing } from './helpers/cancel-parse.js'

describe('a SIGTERM while a results file is parsed', () => {
  // TAP's worst within its bounds (1.3 s) is too short to be sure of a signal mid-parse.
  it.each(['junit', 'markdown'] as const)(
    'ends the gate within a second, the cancellation logged (worst-case %s, 8 MiB)',
    async (format) => {
      const run = await cancelWhileParsing(format)
      expect(run.answeredMs).toBeLessThan(1000)
      expect([1, 143]).toContain(run.code)
      expect(run.events[0]).toBe('GATE_CANCELLED')
      expect(run.details).toMatch(/^The gate was cancelled while the suite ran/)
    },
    120_000,
  )
})

describe("the parser's thread", () => {
  it('gives up a parse at once when cancelled, and the next collection parses on a fresh one', async () => {
    // Seconds for the parser: 8 MiB of empty elements in a test's output (about 3.4 s of CPU).
    const slow = `<testsuites><testsuite name="s"><testcase name="x"><system-out>${'<a/>'.repeat(2_000_000)}</system-out></testcase></testsuite></testsuites>\n`
    const controller = new AbortController()
    const cancelled = resultsParser(controller.signal)
    const parse = cancelled.parse('slow.xml', slow)
    parse.catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const aborted = performance.now()
    controller.abort(new Error('received SIGTERM'))
    await expect(parse).rejects.toThrow('received SIGTERM')
    expect(performance.now() - aborted).toBeLessThan(100)
    await expect(cancelled.parse('late.tap', '1..0\n')).rejects.toThrow('received SIGTERM')

    const next = resultsParser()
    try {
      expect(await next.parse('out.tap', 'TAP version 13\n1..1\nok 1 - p0 smoke\n')).toEqual({
        ok: true,
        results: {
          format: 'tap',
          tests: [{ name: 'p0 smoke', level: null, status: 'passed', durationMs: 0, message: '' }],
        },
      })
      expect(await next.parse('cut.tap', '1..2\nok 1 - a\n')).toEqual({
        ok: false,
        message: 'cut.tap:1: the plan announces 2 tests but 1 ran: the run was cut short',
      })
    } finally {
      await next.stop()
    }
  })
})
