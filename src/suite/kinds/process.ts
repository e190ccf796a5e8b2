// process: a process is running, found by a pattern on its command line or by a pid file.

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { AttemptContext, AttemptResult, SpecOf } from '../attempt.js'
import { CheckDefinitionError } from '../expand.js'
import { readBounded } from '../files.js'
import { compilePattern } from '../pattern.js'

const MAX_PROCESSES = 100_000
const MAX_CMDLINE_BYTES = 64 * 1024
const BATCH = 64
/** Process checks starting within this long share one read of the process table. */
const SNAPSHOT_MS = 250

type ProcessTable = Array<{ pid: number; commandLine: string }>
let snapshot: { takenAt: number; table: Promise<ProcessTable> } | null = null

/** Every process's command line, read at most once per SNAPSHOT_MS for all checks. */
function processTable(): Promise<ProcessTable> {
  const now = performance.now()
  if (snapshot === null || now - snapshot.takenAt > SNAPSHOT_MS) {
    snapshot = { takenAt: now, table: readProcessTable() }
  }
  return snapshot.table
}

async function readProcessTable(): Promise<ProcessTable> {
  // The gate's own process (whose command line names the suite) never counts.
  const own = new Set([String(process.pid), String(process.ppid)])
  const pids = (await readdir('/proc'))
    .filter((e) => /^\d+$/.test(e) && !own.has(e))
    .slice(0, MAX_PROCESSES)
  const table: ProcessTable = []
  for (let i = 0; i < pids.length; i += BATCH) {
    const batch = pids.slice(i, i + BATCH)
    const lines = await Promise.all(batch.map((pid) => commandLine(pid)))
    lines.forEach((line, j) => {
      if (line !== null && line !== '') table.push({ pid: Number(batch[j]), commandLine: line })
    })
  }
  return table
}

export async function processAttempt(
  spec: SpecOf<'process'>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  if (process.platform !== 'linux') {
    throw new CheckDefinitionError('process checks read /proc and need Linux')
  }
  if (spec['pid-file'] !== undefined) return byPidFile(spec['pid-file'], ctx)
  const source = spec.pattern as string
  const pattern = compilePattern(ctx.expand.pattern(source))
  const table = await Promise.race([
    processTable(),
    new Promise<null>((resolve) =>
      ctx.signal.addEventListener('abort', () => resolve(null), { once: true }),
    ),
  ])
  if (table === null) {
    return { ok: false, message: `process table not read within ${ctx.timeoutMs} ms` }
  }
  const matches = table.filter((p) => pattern.test(p.commandLine)).map((p) => p.pid)
  if (matches.length === 0) return { ok: false, message: `no running process matches /${source}/` }
  const shown = matches.slice(0, 5).join(', ') + (matches.length > 5 ? ', …' : '')
  return { ok: true, message: `${matches.length} process(es) match /${source}/ (pid ${shown})` }
}

async function commandLine(pid: string): Promise<string | null> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`)
    return raw
      .subarray(0, MAX_CMDLINE_BYTES)
      .toString('utf8')
      .replace(/\0+$/, '')
      .replace(/\0/g, ' ')
  } catch {
    return null // exited while we looked, or not ours to read
  }
}

async function byPidFile(written: string, ctx: AttemptContext): Promise<AttemptResult> {
  const file = path.resolve(ctx.cwd, ctx.expand.text(written))
  let text: string
  try {
    text = await readBounded(file, 64)
  } catch (error) {
    return { ok: false, message: `pid file ${written}: ${(error as Error).message}` }
  }
  const pid = Number(text.trim())
  if (!Number.isInteger(pid) || pid < 1) {
    return { ok: false, message: `pid file ${written} does not hold a process id` }
  }
  const state = await processState(pid)
  if (state === null)
    return { ok: false, message: `process ${pid} (from ${written}) is not running` }
  if (state === 'Z')
    return { ok: false, message: `process ${pid} (from ${written}) has exited (zombie)` }
  return { ok: true, message: `process ${pid} (from ${written}) is running` }
}

/** The one-letter state from /proc/PID/stat, or null if there is no such process. */
async function processState(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
  } catch {
    return null
  }
}
