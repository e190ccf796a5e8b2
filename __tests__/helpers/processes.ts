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

/**
 * The hostile suite's daemons (__tests__/fixtures/hostile-suite.sh) for one sleep base: each test
 * file that runs it gives its own base (a file `sleep-base` in the findings directory), so one
 * file's leftovers (under isolation none, by design) never count as another's.
 */
export function hostileDaemons(base: string): number[] {
  return ['1', '2', '3', '4'].flatMap((n) => processesWithCommandLine(['sleep', `${base}${n}`]))
}

/** Ends what the hostile suite left behind under isolation none. */
export function killHostileDaemons(base: string): void {
  for (const pid of hostileDaemons(base)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone already
    }
  }
}
