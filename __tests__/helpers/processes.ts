import { readdirSync, readFileSync } from 'node:fs'

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/** Polls until the condition holds or the time is up; bounded. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) return true
    await new Promise((r) => setTimeout(r, 25))
  }
  return condition()
}

/**
 * Host pids of live processes whose command line is exactly argv (zombies excluded). A suite in
 * its own PID namespace knows only its namespace's pids: tests find its processes this way.
 */
export function processesWithCommandLine(argv: readonly string[]): number[] {
  const wanted = argv.join('\0') + '\0'
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8') === wanted && isAlive(Number(entry)))
        found.push(Number(entry))
    } catch {
      // gone
    }
  }
  return found
}
