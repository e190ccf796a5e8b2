// The results as JUnit XML, for test-report tooling.

import { XMLBuilder } from 'fast-xml-parser'
import { xmlText } from '../sanitize.js'
import type { GateRun } from '../model.js'
import { STATUS_LINE } from './messages.js'

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
})

const seconds = (ms: number) => (ms / 1000).toFixed(3)

/** Most rerun elements written for one check; the count is in each element's message. */
const MAX_RERUN_ELEMENTS = 20

/**
 * Retries as the Maven Surefire rerun schema has them, which CI tools (Jenkins, GitLab, the
 * JUnit report actions) understand: a pass after failed attempts carries one <flakyFailure>
 * per failed attempt, a failure one <rerunFailure> per attempt after the first.
 */
function rerunElements(status: string, attempts: number | undefined): object {
  if (attempts === undefined || attempts < 2 || status === 'skipped') return {}
  const reruns = Math.min(attempts - 1, MAX_RERUN_ELEMENTS)
  const element = status === 'passed' ? 'flakyFailure' : 'rerunFailure'
  const message =
    status === 'passed'
      ? `failed ${attempts - 1} time(s), passed on attempt ${attempts}`
      : `failed all ${attempts} attempts`
  return {
    [element]: Array.from({ length: reruns }, () => ({ '@message': message, '@type': 'retry' })),
  }
}

export function renderJunitReport(run: GateRun): string {
  const { outcome } = run
  const cases =
    outcome.checks.length > 0
      ? outcome.checks.map((c) => ({
          '@name': xmlText(c.name),
          '@classname': `preflight.${c.level}`,
          '@time': seconds(c.durationMs),
          ...(c.status === 'failed' && {
            failure: {
              '@message': xmlText(c.message),
              '@type': c.level,
              '#text': xmlText([c.message, c.remediation, c.output].filter(Boolean).join('\n\n')),
            },
          }),
          ...(c.status === 'skipped' && { skipped: { '@message': xmlText(c.message) } }),
          ...rerunElements(c.status, c.attempts),
        }))
      : [
          {
            '@name': 'smoke suite',
            '@classname': 'preflight.suite',
            '@time': seconds(outcome.durationMs),
            ...(outcome.status === 'skipped'
              ? { skipped: { '@message': 'health checks skipped' } }
              : outcome.status !== 'passed' && {
                  failure: {
                    '@message': xmlText(outcome.notes[0] ?? STATUS_LINE[outcome.status]),
                    '@type': outcome.status,
                    '#text': xmlText([...outcome.notes, outcome.outputTail].join('\n\n')),
                  },
                }),
          },
        ]
  const failures = cases.filter((c) => 'failure' in c).length
  const skipped = cases.filter((c) => 'skipped' in c).length
  const suite = {
    '@name': `preflight ${run.mode ?? 'unknown'}`,
    '@tests': cases.length,
    '@failures': failures,
    '@errors': 0,
    '@skipped': skipped,
    '@time': seconds(outcome.durationMs),
    '@timestamp': run.startedAt.toISOString(),
    testcase: cases,
  }
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    testsuites: {
      '@name': 'preflight-gate',
      '@tests': cases.length,
      '@failures': failures,
      testsuite: suite,
    },
  }) as string
}
