// The built-in suite's `.output.log`, like a command suite's: what it printed while it ran,
// then each check's own output (kept for failed checks), so every run leaves one.

import { writeFile } from 'node:fs/promises'
import type { SuiteOutcome } from '../model.js'

export async function writeSuiteOutputLog(file: string, outcome: SuiteOutcome): Promise<void> {
  const parts = [outcome.outputTail.replace(/\n?$/, '\n')]
  if (outcome.outputTruncated) {
    parts.unshift('[preflight] only the end of the suite output was kept\n')
  }
  for (const check of outcome.checks) {
    if (check.output)
      parts.push(`\n=== ${check.name} (${check.level}) ===\n${check.output.replace(/\n?$/, '\n')}`)
  }
  await writeFile(file, parts.join(''), 'utf8')
}
