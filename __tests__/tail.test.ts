import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineSearchBytes, TailBuffer } from '../src/runner/tail.js'

describe('TailBuffer', () => {
  it('always holds exactly the last bytes written, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.array(
          fc.uint8Array({ maxLength: 100 }).map((a) => a.map((b) => (b % 8 === 0 ? 10 : b))),
        ),
        (limit, chunks) => {
          const tail = new TailBuffer(limit)
          for (const chunk of chunks) tail.push(Buffer.from(chunk))
          const all = Buffer.concat(chunks.map((c) => Buffer.from(c)))
          const kept = all.subarray(Math.max(0, all.length - limit))
          expect(tail.text()).toBe(kept.toString('utf8'))
          // For a report, once cut off: from the first whole line, if one starts near the beginning.
          const head = kept.subarray(0, lineSearchBytes(limit))
          const breaks = [head.indexOf(10), head.indexOf(13)].filter((i) => i >= 0)
          const start = all.length > limit && breaks.length > 0 ? Math.min(...breaks) + 1 : 0
          expect(tail.fromLineStart()).toBe(kept.subarray(start).toString('utf8'))
          expect(tail.totalBytes).toBe(all.length)
          expect(tail.truncated).toBe(all.length > limit)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('a cut tail', () => {
  it('starts at a whole line, so the end of a secret cut in half is not kept', () => {
    const tail = new TailBuffer(100)
    tail.push(Buffer.from('x'.repeat(200) + 'hunter2-correct-horse-battery\n'))
    tail.push(Buffer.from('next line\n' + 'a'.repeat(60) + '\n'))
    // The last 100 bytes begin inside the secret: "unter2-correct-horse-battery".
    expect(tail.truncated).toBe(true)
    expect(tail.fromLineStart()).toBe('next line\n' + 'a'.repeat(60) + '\n')
    // Checks still match on every byte kept.
    expect(tail.text()).toBe('unter2-correct-horse-battery\nnext line\n' + 'a'.repeat(60) + '\n')
  })

  it('also starts after a carriage return, as progress output ends its lines', () => {
    const tail = new TailBuffer(100)
    tail.push(Buffer.from('x'.repeat(200) + 'hunter2-correct-horse-battery\r'))
    tail.push(Buffer.from('progress 50%\rprogress 100%\r' + 'a'.repeat(46) + '\n'))
    expect(tail.fromLineStart()).toBe('progress 50%\rprogress 100%\r' + 'a'.repeat(46) + '\n')
  })
})
