// The history half of `preflight audit` (--report-dir): the operational log readable entry by
// entry, reports archived after their 30 days, and the last 90 days' overrides and recurring
// failures from the same review `preflight review` prints.

import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { readHistoryChain } from '../history/chain.js'
import { OPS_LOG_FILE } from '../opslog.js'
import { EntryCollector, findLogFiles, readLogFile } from '../review/read.js'
import { buildReview } from '../review/review.js'
import { reportTime } from '../retention/prune.js'
import { DEFAULT_RETENTION_DAYS } from '../settings.js'
import { finding, type Finding } from './findings.js'

const DAY_MS = 86_400_000
const REVIEW_DAYS = 90
/** A check failing this often in 90 days is recurring. */
const RECURRING = 3

export async function auditHistory(reportDir: string, now: Date): Promise<Finding[]> {
  const findings: Finding[] = []
  let names: string[]
  try {
    names = await readdir(reportDir)
  } catch (error) {
    return [
      finding(
        'history-missing',
        reportDir,
        `The report directory cannot be read: ${(error as Error).message}`,
      ),
    ]
  }
  if (!names.includes(OPS_LOG_FILE) && !names.includes('archive')) {
    findings.push(
      finding('history-missing', reportDir, `No ${OPS_LOG_FILE} and no archive/ in ${reportDir}.`),
    )
  }

  // One day of grace: the prune runs with each gate run, not at midnight.
  const cutoff = now.getTime() - (DEFAULT_RETENTION_DAYS + 1) * DAY_MS
  const stale = names.filter((name) => (reportTime(name)?.getTime() ?? Infinity) < cutoff)
  if (stale.length > 0) {
    findings.push(
      finding(
        'reports-not-archived',
        path.join(reportDir, stale.sort()[0] as string),
        `${stale.length} report file(s) older than ${DEFAULT_RETENTION_DAYS} days are still in ${reportDir}.`,
      ),
    )
  }

  const collector = new EntryCollector()
  for (const file of await findLogFiles([reportDir])) await readLogFile(file, collector)
  const read = collector.done()
  // The hash chain, as the gate checks it: a changed, cut or inserted line breaks it.
  const chain = readHistoryChain(reportDir)
  if (read.unreadableCount > 0) {
    findings.push(
      finding(
        'log-tampered',
        read.unreadable[0] ?? reportDir,
        `${read.unreadableCount} line(s) of the operational log are not entries.`,
      ),
    )
  } else if (chain.problems.length > 0) {
    const [first] = chain.problems as [string]
    findings.push(
      finding(
        'log-tampered',
        /^(\S+:\d+) /.exec(first)?.[1] ?? reportDir,
        `The operational log's hash chain is broken: ${chain.problems.slice(0, 3).join('; ')}.`,
      ),
    )
  }
  const review = buildReview({
    read,
    from: new Date(now.getTime() - REVIEW_DAYS * DAY_MS),
    to: now,
    followUps: null,
  })
  if (review.overrides.length > 0) {
    const kinds = review.overrides.map(
      (o) => `${o.kind} (${o.mode}) on ${o.timestamp.slice(0, 10)}`,
    )
    findings.push(
      finding(
        'recurring-overrides',
        reportDir,
        `${review.overrides.length} override(s) in the last ${REVIEW_DAYS} days: ${kinds.slice(0, 5).join(', ')}${kinds.length > 5 ? ', …' : ''}.`,
      ),
    )
  }
  const recurring = review.recurringFailures.filter((f) => f.count >= RECURRING)
  if (recurring.length > 0) {
    findings.push(
      finding(
        'recurring-failures',
        reportDir,
        `Failed ${RECURRING}+ times in ${REVIEW_DAYS} days: ${recurring
          .slice(0, 5)
          .map((f) => `${f.check} (${f.count}×)`)
          .join(', ')}.`,
      ),
    )
  }
  return findings
}
