// The source document's console messages (docs/source-document.md, "Exit code handling" and
// "Override flags"), adapted from "trading" to "launching", per outcome and mode. Used by the CLI, the job log, the job summary and the step's failure message.

import {
  OVERRIDE_POLICY,
  approvalsRequired,
  commentRequired,
  modeOrStrictest,
} from '../decision.js'
import type {
  Banner,
  Decision,
  GateRun,
  Mode,
  Override,
  Status,
  SuiteOutcome,
  SurfaceWords,
} from '../model.js'

export interface BannerInput {
  mode: Mode | null
  /** How the surface showing the banner names its inputs and overrides. */
  words: SurfaceWords
  status: Status
  decision: Decision
  approvalEnvironment?: string
  requiredApprovals?: number
}

/** The banner of a decided run: rendered from the run's decision, never stored in it. */
export function runBanner(run: GateRun, words: SurfaceWords): Banner {
  return banner({
    mode: run.mode,
    words,
    status: run.outcome.status,
    decision: run.decision,
    approvalEnvironment: run.approvalEnvironment,
    requiredApprovals: run.requiredApprovals,
  })
}

export function banner(input: BannerInput): Banner {
  const { status, decision, words } = input
  const live = input.mode === 'live'
  const mode = modeOrStrictest(input.mode)

  // A fact that turned the launch into an abort headlines (the rule that fired).
  if (decision.rule === 'gate-files-tampered') {
    return hardAbort(
      live,
      'GATE FILES TAMPERED',
      "The operational log or the gate's report files were changed by someone other than the gate during this run: the evidence cannot be trusted.",
      [
        'Read the notes below: what was changed, and where the changed file was kept.',
        'Find what in the suite (or on this host) wrote there, remove it, and re-run the gate.',
      ],
    )
  }
  if (decision.rule === 'report-upload-failed') {
    return hardAbort(
      live,
      'REPORT UPLOAD FAILED',
      'The report could not be uploaded as an artifact: no evidence, no launch.',
      [
        'Check the upload error below (artifact service, permissions, retention), then re-run the gate.',
      ],
    )
  }
  if (decision.rule === 'report-write-failed') {
    return hardAbort(
      live,
      'REPORT WRITE FAILED',
      'The report could not be written: no evidence, no launch.',
      [
        `Check the write error below (disk space, permissions of ${words.input('report-dir')}), then re-run the gate.`,
      ],
    )
  }

  switch (status) {
    case 'passed':
      return { title: '✅ Health checks passed', lines: [], nextSteps: [], severity: 'info' }
    case 'p2-warned':
      return {
        title: '⚠️  P2 warnings detected (non-critical) - proceeding',
        lines: [],
        nextSteps: [
          'Document the warnings in the operational notes and schedule a fix during maintenance.',
        ],
        severity: 'warning',
      }
    case 'p0-failed':
      return {
        title: live
          ? '❌ P0 HEALTH CHECK FAILURE - LAUNCH ABORTED'
          : '❌ P0 HEALTH CHECK FAILURE - ABORTING LAUNCH',
        lines: live
          ? [
              'Infrastructure is broken. DO NOT START THE LIVE LAUNCH.',
              'Fix P0 issues and re-run smoke test before attempting LIVE.',
            ]
          : ['Infrastructure is broken. DO NOT LAUNCH.', 'Fix P0 issues and re-run smoke test.'],
        nextSteps: [
          'Fix the infrastructure issue (no override exists for P0 failures).',
          'Re-run the smoke test.',
          'Retry the launch.',
        ],
        severity: 'error',
      }
    case 'p1-failed':
      return p1Banner(mode, decision, input)
    case 'skipped':
      return skipBanner(mode, decision, input)
    case 'timeout':
      return hardAbort(
        live,
        'SMOKE TEST TIMEOUT',
        'The smoke test ran past its time limit and was killed.',
        [
          `Find the hanging check (see the output tail), fix it or raise ${words.input('timeout-seconds')}, and re-run.`,
        ],
      )
    case 'crashed':
      return hardAbort(
        live,
        'SMOKE TEST CRASHED',
        'The smoke test itself failed to run to completion.',
        ['Read the suite output below, fix the crash, and re-run the smoke test.'],
      )
    case 'missing':
      return hardAbort(
        live,
        'SMOKE TEST NOT FOUND',
        'The smoke test script or program does not exist.',
        [
          `Check ${words.input('command')} (or ${words.input('suite')}) and ${words.input('working-directory')}, and that the suite is installed on the runner.`,
        ],
      )
    case 'invalid':
      return hardAbort(
        live,
        'CONFIG VALIDATION FAILED',
        'The gate configuration or suite file is invalid.',
        ['Fix the inputs or the suite file as the errors below say, and re-run.'],
      )
  }
}

function hardAbort(live: boolean, what: string, why: string, nextSteps: string[]): Banner {
  return {
    title: `❌ ${what} - ${live ? 'LAUNCH ABORTED' : 'ABORTING LAUNCH'}`,
    lines: [why, live ? 'DO NOT START THE LIVE LAUNCH.' : 'DO NOT LAUNCH.'],
    nextSteps,
    severity: 'error',
  }
}

function rolesLines(mode: Mode, override: Override): string[] {
  const roles = OVERRIDE_POLICY[mode][override].roles
  return ['⚠️  This decision MUST be approved by:', ...roles.map((role) => `    - ${role}`)]
}

function approvalLines(mode: Mode, override: Override, input: BannerInput): string[] {
  const lines = rolesLines(mode, override)
  if (input.approvalEnvironment) {
    const count = approvalsRequired(mode, override, input.requiredApprovals)
    lines.push(
      `⚠️  Approval is given by ${count} reviewer${count === 1 ? '' : 's'} of the protected environment "${input.approvalEnvironment}".`,
    )
  } else {
    lines.push(
      `⚠️  Approval is given by reviewers of a protected environment: ${input.words.approvalPath}.`,
    )
  }
  return lines
}

function p1Banner(mode: Mode, decision: Decision, input: BannerInput): Banner {
  const live = mode === 'live'
  const head = live
    ? ['Core functionality may be impaired.', 'LAUNCHING LIVE WITH P1 FAILURES IS EXTREMELY RISKY.']
    : ['Core functionality may be impaired.']
  const title = live
    ? '🚨 P1 HEALTH CHECK FAILURES DETECTED 🚨'
    : '⚠️  P1 HEALTH CHECK FAILURES DETECTED'
  const nextSteps = [
    'RECOMMENDED: fix the P1 issue and re-run the smoke test.',
    `Override: approval by ${OVERRIDE_POLICY[mode]['force-start'].roles.join(' and ')}, a reason and a ticket, then ${input.words.override('force-start')}.`,
  ]

  if (decision.grantedOverride === 'force-start') {
    return {
      title: '🚨 FORCE START ENABLED - PROCEEDING WITH P1 FAILURES 🚨',
      lines: [
        ...head,
        ...rolesLines(mode, 'force-start'),
        '⚠️  Approved, and recorded in the operational log.',
        'Monitor the session closely and fix the P1 issue (P0 ticket).',
      ],
      nextSteps: ['Monitor the launch closely.', 'Fix the P1 issue under the follow-up ticket.'],
      severity: 'warning',
    }
  }
  if (decision.verdict === 'approval-required') {
    return {
      title,
      lines: [
        ...head,
        '🚨 FORCE START REQUESTED - WAITING FOR APPROVAL 🚨',
        ...approvalLines(mode, 'force-start', input),
        'Launch blocked until the approval is verified.',
      ],
      nextSteps,
      severity: 'error',
    }
  }
  return {
    title,
    lines: [
      ...head,
      '',
      'Options:',
      '  1. ABORT and fix P1 issues (RECOMMENDED)',
      `  2. Force start with ${input.words.override('force-start')} (REQUIRES APPROVAL)`,
      '',
      'Aborting launch for safety.',
    ],
    nextSteps,
    severity: 'error',
  }
}

function skipBanner(mode: Mode, decision: Decision, input: BannerInput): Banner {
  const live = mode === 'live'
  const skip = input.words.override('skip-health-check')
  const title = live
    ? `🚨 HEALTH CHECKS SKIPPED (${skip}) 🚨`
    : `⚠️  HEALTH CHECKS SKIPPED (${skip})`
  const warning = live
    ? [
        '⚠️  THIS IS EXTREMELY DANGEROUS FOR A LIVE LAUNCH',
        '⚠️  Skipping health checks can result in REAL MONEY LOSS',
        `⚠️  This override MUST be approved by ${OVERRIDE_POLICY.live.skip.roles.join(' and ')}`,
      ]
    : ['⚠️  This is NOT RECOMMENDED for production use']
  const nextSteps = [
    commentRequired(mode, 'skip')
      ? 'Get written approval (a reviewer of the protected environment, with a comment).'
      : 'Get approval (a reviewer of the protected environment).',
    `Document the reason (${input.words.input('reason')}) and the ticket (${input.words.input('ticket')}).`,
    'Create a ticket to fix the underlying issue and re-enable health checks after the emergency.',
  ]
  if (decision.grantedOverride === 'skip') {
    return {
      title,
      lines: [
        ...warning,
        '⚠️  Approved, and recorded in the operational log. Proceeding without health checks.',
      ],
      nextSteps,
      severity: 'warning',
    }
  }
  return {
    title,
    lines: [
      ...warning,
      ...approvalLines(mode, 'skip', input),
      'Launch blocked until the approval is verified.',
    ],
    nextSteps,
    severity: 'error',
  }
}

/** The banner framed as the source document prints it on a console. */
export function consoleBanner(b: Banner, reportPath?: string): string {
  const rule = '='.repeat(80)
  const out = [b.title]
  const showReport = reportPath !== undefined && b.severity === 'error'
  if (b.lines.length > 0 || showReport) {
    out.push(rule, ...b.lines)
    if (showReport) {
      out.push('', 'To view detailed report:', `  ${reportPath}`)
    }
    out.push(rule)
  }
  return out.join('\n')
}

// What every renderer shares: the status lines, failed-check names and durations.

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
