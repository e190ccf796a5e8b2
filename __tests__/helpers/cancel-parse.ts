// A SIGTERM sent to the `preflight` CLI process while it parses a worst-case results file
// (fixtures/worst-results.mjs): for the source's tests and the bundle's alike (startCli).
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startCli, tempDir } from './cli.js'
import { waitFor } from './processes.js'

const WORST_RESULTS = path.join(import.meta.dirname, '..', 'fixtures', 'worst-results.mjs')

/**
 * CPU the gate spends after the suite wrote its results before the SIGTERM is sent: more than
 * reading them and starting the parser's thread take (~0.5 s under tsx's loader), a fraction of
 * what parsing them takes (JUnit 3.4 s, Markdown 3.7 s). CPU, not wall time, so that a loaded
 * machine cannot send the signal before the parse has begun.
 */
const CPU_BEFORE_SIGNAL_MS = 1000

export interface ParseCancelled {
  /** From the SIGTERM to the process's exit. */
  answeredMs: number
  code: number | null
  /** The events of the operational log, and the details of its first entry. */
  events: string[]
  details: string
}

export async function cancelWhileParsing(format: 'junit' | 'markdown'): Promise<ParseCancelled> {
  const cwd = await tempDir('preflight-parse-cancel-')
  const reports = path.join(cwd, 'reports')
  const cli = await startCli(
    [
      'run',
      '--mode',
      'live',
      '--command',
      `node ${WORST_RESULTS} ${format}`,
      '--report-dir',
      reports,
    ],
    { cwd, timeoutMs: 120_000 },
  )
  await cli.waitForOutput('WORST RESULTS WRITTEN', 30_000)
  let gone = false
  void cli.exited.then(() => (gone = true))
  const before = cpuMs(cli.pid)
  await waitFor(() => gone || cpuMs(cli.pid) - before >= CPU_BEFORE_SIGNAL_MS, 60_000)
  if (gone) throw new Error(`the gate ended before it spent ${CPU_BEFORE_SIGNAL_MS} ms parsing`)
  const sent = performance.now()
  cli.kill('SIGTERM')
  const answeredMs = (await cli.exited) - sent
  const { code } = await cli.done
  const log = await readFile(path.join(reports, 'operational-log.jsonl'), 'utf8')
  const entries = log
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { event: string; details: string })
  return {
    answeredMs,
    code,
    events: entries.map((e) => e.event),
    details: entries[0]?.details ?? '',
  }
}

/** User and system CPU of a live process, in milliseconds (0 once it is gone). */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}
