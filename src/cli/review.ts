// `preflight review`: the monthly review from the operational log wherever it is kept.

import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { createGitHubClient } from '../approval/github.js'
import { NO_TOKEN, tokenFromEnv } from './github.js'
import { TICKET_LABEL } from '../approval/publish.js'
import {
  EntryCollector,
  findLogFiles,
  readFollowUps,
  readIssueComments,
  readLogFiles,
} from '../review/read.js'
import { buildReview, renderReviewJson, renderReviewMarkdown } from '../review/review.js'
import { DEFAULT_REPORT_DIR } from '../settings.js'
import { type CliIo, usageError } from './io.js'

const REVIEW_HELP = `Usage: preflight review [--since 30d] [--dir DIR ...] [--issue N --repo OWNER/NAME] [--format md|json] [--out FILE]

The monthly review: every override (mode, kind, operator, approvers and their comments, reason,
ticket, whether its follow-up issue is still open), aborts by cause, the checks that failed most,
P0 failures per week, paper against live.

  --since PERIOD      30d (default), 6w, or a date (2026-11-01)
  --dir DIR           a report directory or unpacked report artifacts, searched recursively
                      (repeatable; default ${DEFAULT_REPORT_DIR}); reads operational-log*.jsonl
                      and *.oplog.jsonl, each entry counted once
  --issue N           also read the entries posted to the ops-log issue N (needs --repo and
                      GITHUB_TOKEN with issues: read; GITHUB_API_URL for GitHub Enterprise)
  --repo OWNER/NAME   the repository of --issue and of the follow-up issues
  --format md|json    default md
  --out FILE          write there instead of standard output`

export function parseSince(text: string, now: Date): Date | null {
  const relative = /^(\d{1,5})([dw])$/.exec(text)
  if (relative) {
    const days = Number(relative[1]) * (relative[2] === 'w' ? 7 : 1)
    return new Date(now.getTime() - days * 86_400_000)
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`)
    return Number.isNaN(date.getTime()) ? null : date
  }
  return null
}

export async function reviewCommand(args: string[], io: CliIo): Promise<number> {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        since: { type: 'string', default: '30d' },
        dir: { type: 'string', multiple: true },
        issue: { type: 'string' },
        repo: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    usageError(io, 'review', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(REVIEW_HELP + '\n')
    return 0
  }
  const now = new Date()
  const errors: string[] = []
  const from = parseSince(values.since, now)
  if (!from) errors.push(`--since must be like 30d, 6w or 2026-11-01, got "${values.since}"`)
  if (values.format !== 'md' && values.format !== 'json') {
    errors.push(`--format must be md or json, got "${values.format}"`)
  }
  const issue = values.issue === undefined ? null : Number(values.issue)
  if (issue !== null && (!Number.isSafeInteger(issue) || issue < 1)) {
    errors.push(`--issue must be an issue number, got "${values.issue}"`)
  }
  const [owner, repo, ...extra] = (values.repo ?? '').split('/')
  const repoRef = owner && repo && extra.length === 0 ? { owner, repo } : null
  if (values.repo !== undefined && !repoRef) {
    errors.push(`--repo must be OWNER/NAME, got "${values.repo}"`)
  }
  if (issue !== null && !repoRef) errors.push('--issue needs --repo OWNER/NAME')
  if (errors.length > 0 || !from) {
    io.stderr.write(errors.map((e) => `preflight review: ${e}\n`).join(''))
    return 1
  }

  const collector = new EntryCollector()
  let followUps: Map<string, 'open' | 'closed'> | null = null
  try {
    await readLogFiles(await findLogFiles(values.dir ?? [DEFAULT_REPORT_DIR]), collector)
    if (repoRef) {
      const token = tokenFromEnv(io.env)
      if (token === '') throw new Error(NO_TOKEN)
      const client = await createGitHubClient(token, io.env)
      if (issue !== null) await readIssueComments(client, { ...repoRef, issue }, collector)
      followUps = await readFollowUps(client, repoRef, TICKET_LABEL)
    }
  } catch (error) {
    // An incomplete review would undercount overrides: none rather than a wrong one.
    io.stderr.write(`preflight review: ${(error as Error).message}\n`)
    return 1
  }
  const read = collector.done()
  const review = buildReview({ read, from, to: now, followUps })
  const rendered =
    values.format === 'json' ? renderReviewJson(review) : renderReviewMarkdown(review)
  if (values.out) await writeFile(values.out, rendered, 'utf8')
  else io.stdout.write(rendered)
  if (read.unverifiedCount > 0) {
    io.stderr.write(
      `preflight review: ${read.unverifiedCount} entr${read.unverifiedCount === 1 ? 'y' : 'ies'} could not be verified (first: ${read.unverified[0]}); they are listed in the review and not counted.\n`,
    )
  }
  if (read.unreadableCount > 0) {
    io.stderr.write(
      `preflight review: ${read.unreadableCount} line(s) could not be read as log entries (first: ${read.unreadable[0]}); they are listed in the review and not counted.\n`,
    )
  }
  return 0
}
