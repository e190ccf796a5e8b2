import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// A comment that cites the source document points to its excerpts in this repository.

const ROOT = path.resolve(import.meta.dirname, '..')
const LINK = 'docs/source-document.md'

describe('the source document', () => {
  it('is quoted in docs/source-document.md, and every module citing it links there', () => {
    expect(readFileSync(path.join(ROOT, LINK), 'utf8')).toContain('## EXIT CODE HANDLING')
    const unlinked = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => {
        const text = readFileSync(path.join(ROOT, 'src', f), 'utf8')
        return /source document/i.test(text) && !text.includes(LINK)
      })
    expect(unlinked).toEqual([])
  })
})
