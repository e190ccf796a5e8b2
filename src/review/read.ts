// Operational-log entries for the review, from every place they are kept: report directories
// (the running log, rotated months in archive/), unpacked report artifacts (one run's
// `*.oplog.jsonl`), and the ops-log issue's comments (the hidden entry markers). The same entry
// found in several places counts once. Every read is bounded; a line that is not an entry is
// counted and named, never guessed at.

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { z } from 'zod'
import type { GitHubClient } from '../approval/verify.js'
import { ARCHIVE_DIR, OPS_LOG_FILE, isRotatedLog, readHistoryChain } from '../history/chain.js'
import { gateRecords, notRecorded } from '../history/record.js'
import { OPS_ENTRY_MARKER } from '../opslog.js'
import type { OpsLogEntry } from '../model.js'

const MAX_DEPTH = 8
const MAX_FILES = 100_000
const MAX_LINE_CHARS = 256 * 1024
const MAX_FILE_BYTES = 512 * 1024 * 1024
const MAX_COMMENT_PAGES = 200
const MAX_ISSUE_PAGES = 50
const LOG_FILE = /^(operational-log(-\d{4}-\d{2}(_\d+)?)?\.jsonl|.+\.oplog\.jsonl)$/

const text = z.string().max(64 * 1024)
export const opsLogEntrySchema = z.object({
  timestamp: z.iso.datetime(),
  event: z.string().max(100),
  mode: z.enum(['paper', 'live']).nullable(),
  status: text,
  exitCode: z.number().int().nullable(),
  gateExitCode: z.number().int(),
  failures: z.array(text).max(10_000),
  decision: text,
  operator: text,
  approvers: z.array(z.object({ login: text, comment: text })).max(1000),
  reason: text,
  ticket: text,
  // Entries written before the force-start record held them have neither.
  impact: text.default(''),
  mitigation: text.default(''),
  runUrl: text,
  details: text,
})

export interface ReadEntries {
  entries: OpsLogEntry[]
  files: number
  comments: number
  duplicates: number
  /** "file:line" (or "issue #N comment ID") of what could not be read, the first 20. */
  unreadable: string[]
  unreadableCount: number
  /**
   * "file:line" of entries that cannot be verified, the first 20: after a break in a log's hash
   * chain, written before the chain existed, or in a run's copy the gate's record does not hold.
   */
  unverified: string[]
  unverifiedCount: number
}

export class EntryCollector {
  private readonly seen = new Map<string, OpsLogEntry>()
  /** Entries no chain or record vouches for: counted only where a verified copy exists. */
  private readonly doubtful = new Map<string, string>()
  result: Omit<ReadEntries, 'entries'> = {
    files: 0,
    comments: 0,
    duplicates: 0,
    unreadable: [],
    unreadableCount: 0,
    unverified: [],
    unverifiedCount: 0,
  }

  add(raw: unknown, where: string, verified = true): void {
    const parsed = opsLogEntrySchema.safeParse(raw)
    if (!parsed.success) return this.bad(where)
    // Parsed into the schema's key order, so the same entry has the same key wherever it was.
    const key = createHash('sha256').update(JSON.stringify(parsed.data)).digest('base64')
    if (!verified) {
      if (this.doubtful.has(key) || this.seen.has(key)) this.result.duplicates++
      else this.doubtful.set(key, where)
    } else if (this.seen.has(key)) this.result.duplicates++
    else this.seen.set(key, parsed.data as OpsLogEntry)
  }

  bad(where: string): void {
    this.result.unreadableCount++
    if (this.result.unreadable.length < 20) this.result.unreadable.push(where)
  }

  done(): ReadEntries {
    for (const [key, where] of this.doubtful) {
      if (this.seen.has(key)) continue
      this.result.unverifiedCount++
      if (this.result.unverified.length < 20) this.result.unverified.push(where)
    }
    const entries = [...this.seen.values()].sort((a, b) => a.timestamp.localeCompare(b.timestamp))
    return { ...this.result, entries }
  }
}

/** Every log file under the directories, without following links; bounded in depth and count. */
export async function findLogFiles(dirs: readonly string[]): Promise<string[]> {
  const found: string[] = []
  let visited = 0
  const walk = async (dir: string, depth: number): Promise<void> => {
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (error) {
      if (depth === 0)
        throw new Error(`cannot read the directory ${dir}: ${(error as Error).message}`)
      return
    }
    for (const name of names.sort()) {
      if (++visited > MAX_FILES)
        throw new Error(`more than ${MAX_FILES} files under ${dirs.join(', ')}`)
      const full = path.join(dir, name)
      const info = await lstat(full)
      if (info.isDirectory() && depth < MAX_DEPTH) await walk(full, depth + 1)
      else if (info.isFile() && LOG_FILE.test(name)) found.push(full)
    }
  }
  for (const dir of dirs) await walk(path.resolve(dir), 0)
  return found
}

/**
 * Reads the log files found under the directories: a report directory's operational log and its
 * rotated months as one hash chain (entries after a break, or from before the chain existed, are
 * unverified); a run's own copy (`*.oplog.jsonl`) is verified when the gate's record holds it.
 */
export async function readLogFiles(files: readonly string[], into: EntryCollector): Promise<void> {
  const histories = new Set<string>()
  for (const file of files) {
    const root = historyRoot(file)
    if (root === null) {
      const records = gateRecords(path.dirname(file))
      const recorded = notRecorded(records, path.dirname(file), path.basename(file)) === null
      await readLogFile(file, into, recorded)
    } else if (!histories.has(root)) {
      histories.add(root)
      readHistory(root, into)
    }
  }
}

/** The directory whose history a chained log belongs to; null for a run's copy. */
function historyRoot(file: string): string | null {
  const name = path.basename(file)
  if (name === OPS_LOG_FILE) return path.dirname(file)
  if (isRotatedLog(name) && path.basename(path.dirname(file)) === ARCHIVE_DIR)
    return path.dirname(path.dirname(file))
  return null
}

function readHistory(dir: string, into: EntryCollector): void {
  const chain = readHistoryChain(dir)
  for (const file of chain.unreadable) into.bad(file)
  for (const { file, log } of chain.files) {
    into.result.files++
    for (const line of log.lines) {
      if (line.text.trim() === '') continue
      const where = `${file}:${line.number}`
      if (line.value === null) into.bad(where)
      else into.add(line.value, where, line.verified)
    }
  }
}

export async function readLogFile(
  file: string,
  into: EntryCollector,
  verified = true,
): Promise<void> {
  into.result.files++
  // readline holds a whole line in memory: a file this large is refused, not read.
  if ((await stat(file)).size > MAX_FILE_BYTES) return into.bad(`${file} (over 512 MiB, not read)`)
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    const where = `${file}:${number}`
    if (line.length > MAX_LINE_CHARS) {
      into.bad(where)
      continue
    }
    try {
      into.add(JSON.parse(line), where, verified)
    } catch {
      into.bad(where)
    }
  }
}

export interface IssueRef {
  owner: string
  repo: string
  issue: number
}

/** The entries hidden in the ops-log issue's comments, every page. */
export async function readIssueComments(
  client: GitHubClient,
  ref: IssueRef,
  into: EntryCollector,
): Promise<void> {
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner: ref.owner,
        repo: ref.repo,
        issue_number: ref.issue,
        per_page: 100,
        page,
      },
    )
    const comments = z
      .array(z.object({ id: z.number(), body: z.string().nullish() }))
      .safeParse(response.data)
    if (!comments.success)
      throw new Error(`issue #${ref.issue}: the comments page ${page} is not a list of comments`)
    for (const comment of comments.data) {
      into.result.comments++
      for (const match of (comment.body ?? '').matchAll(OPS_ENTRY_MARKER)) {
        const where = `issue #${ref.issue} comment ${comment.id}`
        try {
          into.add(JSON.parse(Buffer.from(match[1] ?? '', 'base64').toString('utf8')), where)
        } catch {
          into.bad(where)
        }
      }
    }
    if (comments.data.length < 100) return
  }
  throw new Error(`issue #${ref.issue} has more than ${MAX_COMMENT_PAGES * 100} comments`)
}

export type FollowUpState = 'open' | 'closed' | 'not found'

/** The follow-up issues (label preflight-override) by the run they name, open or closed. */
export async function readFollowUps(
  client: GitHubClient,
  ref: Omit<IssueRef, 'issue'>,
  label: string,
): Promise<Map<string, 'open' | 'closed'>> {
  const byRun = new Map<string, 'open' | 'closed'>()
  for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
    const response = await client.request('GET /repos/{owner}/{repo}/issues', {
      owner: ref.owner,
      repo: ref.repo,
      labels: label,
      state: 'all',
      per_page: 100,
      page,
    })
    const issues = z
      .array(z.object({ state: z.string(), body: z.string().nullish() }))
      .safeParse(response.data)
    if (!issues.success)
      throw new Error(`the follow-up issues page ${page} is not a list of issues`)
    for (const issue of issues.data) {
      const run = /\*\*Run\*\*: (\S+)/.exec(issue.body ?? '')?.[1]
      // An open follow-up for a run wins over a closed duplicate.
      if (run && byRun.get(run) !== 'open')
        byRun.set(run, issue.state === 'open' ? 'open' : 'closed')
    }
    if (issues.data.length < 100) return byRun
  }
  return byRun
}
