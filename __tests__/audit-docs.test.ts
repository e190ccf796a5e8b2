// Every finding id is documented in docs/audit.md with its severity: the ids are stable names
// users look up, and a finding without its page explains nothing.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { FINDINGS } from '../src/audit/findings.js'

test('docs/audit.md documents every finding id with its severity, and no other', () => {
  const doc = readFileSync('docs/audit.md', 'utf8')
  const documented = [...doc.matchAll(/^#### `([a-z-]+)`\n\n\*\*(high|medium|low)\.\*\*/gm)].map(
    (m) => [m[1], m[2]],
  )
  expect(documented).toEqual(Object.entries(FINDINGS).map(([id, kind]) => [id, kind.severity]))
})
