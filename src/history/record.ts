// The record of the files the gate wrote: a REPORTS_RECORDED entry in the operational log with
// each file's name and SHA-256. Consumers (aggregate, review, prune) find the gate's reports
// through it, never by the newest name or a marker line, which anyone can write.

import path from 'node:path'
import type { RecordedFile } from '../model.js'
import { readHistoryChain, sha256OfRegularSync, type HistoryChain } from './chain.js'

const REPORT_FILE =
  /^SMOKE_TEST_INSTITUTIONAL_\d{8}_\d{6}(?:_\d+)?\.(?:md|json|junit\.xml|output\.log|oplog\.jsonl|kill-switch\.log|on-p1\.log)$/

/** Whether a name is one the gate gives its report files. */
export function isReportFileName(name: string): boolean {
  return REPORT_FILE.test(name)
}

/** The digests of files as they are now (absent or unreadable files are left out). */
export function digestFiles(files: readonly string[]): RecordedFile[] {
  const recorded: RecordedFile[] = []
  for (const file of files) {
    try {
      const digest = sha256OfRegularSync(file)
      if (digest !== null) recorded.push({ name: path.basename(file), sha256: digest })
    } catch {
      // Not a regular file: not the gate's to record.
    }
  }
  return recorded
}

export interface GateRecords {
  /** File name → its newest recorded digest and when it was recorded. */
  files: Map<string, { sha256: string; timestamp: string }>
  /** The log's chain problems: records after a break are not used. */
  problems: string[]
  chain: HistoryChain
}

/** The records in a directory's history that the chain verifies. */
export function gateRecords(dir: string): GateRecords {
  const chain = readHistoryChain(dir)
  const files: GateRecords['files'] = new Map()
  for (const { log } of chain.files) {
    for (const line of log.lines) {
      if (!line.verified) continue
      const entry = line.value as { event?: unknown; timestamp?: unknown; files?: unknown }
      if (entry.event !== 'REPORTS_RECORDED' || !Array.isArray(entry.files)) continue
      for (const f of entry.files as unknown[]) {
        const { name, sha256: digest } = (f ?? {}) as { name?: unknown; sha256?: unknown }
        if (typeof name !== 'string' || typeof digest !== 'string') continue
        if (name !== path.basename(name)) continue
        files.set(name, { sha256: digest, timestamp: String(entry.timestamp ?? '') })
      }
    }
  }
  return { files, problems: chain.problems, chain }
}

/** Null when the file in `dir` is the one the gate recorded; else why it is not. */
export function notRecorded(records: GateRecords, dir: string, name: string): string | null {
  const recorded = records.files.get(name)
  if (!recorded)
    return `${name} is not in the gate's record of the files it wrote (operational log of ${dir})`
  try {
    const digest = sha256OfRegularSync(path.join(dir, name))
    if (digest === null) return `${name} is recorded but missing`
    if (digest !== recorded.sha256)
      return `${name} was changed after the gate wrote it (its SHA-256 differs from the record)`
  } catch (error) {
    return `${name} cannot be read: ${(error as Error).message}`
  }
  return null
}
