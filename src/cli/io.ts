// What every subcommand is handed: the console, the environment and the cancellation signal.
// Tests hand in their own streams; \`preflight\` hands in the process's (src/cli/process.ts).

import type { SecretCustody } from '../model.js'

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
  /** Aborted on Ctrl-C or SIGTERM: the suite stops and the cancellation is logged. */
  signal?: AbortSignal
  /** Where the runner's secrets are while the suite runs (src/runner/custody.ts). */
  secretCustody?: SecretCustody
}

/** The process's own streams, for a caller that hands in none. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }
}

/**
 * A usage error: one line that says what is wrong, then where the options are (not the whole
 * usage, which buries the one line that matters).
 */
export function usageError(io: CliIo, command: string, message: string): void {
  const name = command === '' ? 'preflight' : `preflight ${command}`
  io.stderr.write(`${name}: ${message}\nRun "${name} --help" for its options.\n`)
}
