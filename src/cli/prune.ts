// `preflight prune`: the report directory's retention on demand (every run also does it).

import path from 'node:path'
import { parseArgs } from 'node:util'
import { pruneReports } from '../retention/prune.js'
import { DEFAULT_REPORT_DIR, optionalInteger, DEFAULT_REPORT_RETENTION_DAYS } from '../settings.js'
import { type CliIo, usageError } from './io.js'

const PRUNE_HELP = `Usage: preflight prune [--report-dir DIR] [--report-retention-days N]

Moves reports older than N days (default ${DEFAULT_REPORT_RETENTION_DAYS}; 0 keeps everything) into
DIR/archive/<YYYY-MM>.tar.gz and rotates the operational log of past months into DIR/archive.
Each archive is written to a temporary file, read back and checked, renamed into place, and only
then are the originals removed: a crash or kill loses nothing. Nothing else is ever deleted.

  --report-dir DIR           default: ${DEFAULT_REPORT_DIR}
  --report-retention-days N  default: ${DEFAULT_REPORT_RETENTION_DAYS}`

export async function pruneCommand(args: string[], io: CliIo): Promise<number> {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        'report-dir': { type: 'string' },
        'report-retention-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    usageError(io, 'prune', `${(error as Error).message}`)
    return 1
  }
  if (values.help) {
    io.stdout.write(PRUNE_HELP + '\n')
    return 0
  }
  const days = optionalInteger(0, 36500).safeParse(values['report-retention-days'] ?? '')
  if (!days.success) {
    io.stderr.write(
      `preflight prune: --report-retention-days ${days.error.issues[0]?.message ?? 'is invalid'}\n`,
    )
    return 1
  }
  const reportDir = path.resolve(values['report-dir'] ?? DEFAULT_REPORT_DIR)
  try {
    const result = await pruneReports(
      reportDir,
      days.data ?? DEFAULT_REPORT_RETENTION_DAYS,
      new Date(),
    )
    if (result.busy) {
      io.stderr.write(`preflight prune: another prune of ${reportDir} is running; nothing done.\n`)
      return 1
    }
    for (const [archive, files] of Object.entries(result.archived)) {
      io.stdout.write(`${archive}: ${files.length} file(s) archived\n`)
    }
    if (result.rotatedLog) io.stdout.write(`operational log rotated to ${result.rotatedLog}\n`)
    for (const refusal of result.refused) io.stderr.write(`preflight prune: ${refusal}\n`)
    if (Object.keys(result.archived).length === 0 && !result.rotatedLog) {
      io.stdout.write('Nothing to archive.\n')
    }
    return 0
  } catch (error) {
    io.stderr.write(
      `preflight prune: ${(error as Error).message}. Nothing was removed that is not archived; fix the cause and run it again.\n`,
    )
    return 1
  }
}
