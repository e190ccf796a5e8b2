import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TailBuffer } from '../src/runner/tail.js'

describe('TailBuffer', () => {
  it('always holds exactly the last bytes written, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.array(fc.uint8Array({ maxLength: 100 })),
        (limit, chunks) => {
          const tail = new TailBuffer(limit)
          for (const chunk of chunks) tail.push(Buffer.from(chunk))
          const all = Buffer.concat(chunks.map((c) => Buffer.from(c)))
          expect(tail.text()).toBe(all.subarray(Math.max(0, all.length - limit)).toString('utf8'))
          expect(tail.totalBytes).toBe(all.length)
          expect(tail.truncated).toBe(all.length > limit)
        },
      ),
      { numRuns: 500 },
    )
  })
})
