// What every renderer shares: the status lines, failed-check names and durations.

import type { SuiteOutcome } from '../model.js'

export const STATUS_LINE: Record<SuiteOutcome['status'], string> = {
  passed: '✅ ALL TESTS PASSED',
  'p2-warned': '⚠️ P2 WARNINGS (non-critical)',
  'p1-failed': '❌ P1 FAILURES',
  'p0-failed': '❌ P0 FAILURES',
  timeout: '❌ TIMEOUT',
  crashed: '❌ CRASHED',
  missing: '❌ SUITE NOT FOUND',
  invalid: '❌ CONFIGURATION INVALID',
  skipped: '⚠️ SKIPPED',
}

/** Checks that passed only after retries: flaky, shown as such (name and attempts). */
export function flakyCheckNames(outcome: SuiteOutcome): string[] {
  return outcome.checks
    .filter((c) => c.status === 'passed' && (c.attempts ?? 1) > 1)
    .map((c) => `${c.name} (${c.level}, ${c.attempts} attempts)`)
}

/** Checks that failed, with the suite's own exit status standing in when it reported none. */
export function failedCheckNames(outcome: SuiteOutcome): string[] {
  const failed = outcome.checks
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.name} (${c.level})`)
  if (failed.length > 0) return failed
  if (outcome.status === 'passed' || outcome.status === 'skipped') return []
  return [`smoke suite: ${outcome.status}`]
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`
}
