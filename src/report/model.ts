// What the reporters render: one gate run, fully decided. Pure data.

import type { Decision } from '../decision.js'
import type { Banner } from '../messages.js'
import type { Mode, SuiteOutcome } from '../model.js'
import type { Approver, OpsLogEntry } from '../opslog.js'
import type { Provenance } from '../provenance.js'

export interface ApprovalCheck {
  granted: boolean
  environment: string
  requiredApprovals: number
  approvers: Approver[]
  /** Why the approval was refused, each with how to fix it. */
  refusals: string[]
  warnings: string[]
}

export interface ReportPaths {
  markdown: string
  json: string
  junit: string
  outputLog: string | null
  /** All runs' entries, appended. */
  opsLog: string
  /** This run's entries only, for the artifact. */
  runOpsLog: string
}

export type UploadOutcome =
  | { kind: 'uploaded'; name: string; id: number; url: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; name: string; error: string }

export interface GateRun {
  mode: Mode | null
  subset: string | null
  /** What was run: the command line or the suite file. */
  source: string
  startedAt: Date
  outcome: SuiteOutcome
  decision: Decision
  approval: ApprovalCheck | null
  upload: UploadOutcome | null
  banner: Banner
  opsLog: OpsLogEntry[]
  operator: string
  runUrl: string
  reason: string
  ticket: string
  approvalEnvironment: string
  requiredApprovals: number
  /** Where and for what the gate ran (commit, run, job, matrix, runner, host, mode). */
  provenance?: Provenance
}

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
