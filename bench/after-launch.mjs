// Benchmarks of what runs after the launch: `review` over 100,000 operational-log entries and
// the CPU `watch` spends per tick. Added to `npm run bench` by bench/run.mjs.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const CLOCK_TICKS_PER_SECOND = 100 // Linux USER_HZ

export function afterLaunchBenches({ CLI, work, RUNS, row, stats, repeat, timed }) {
  return {
    async review() {
      const dir = path.join(work, 'review')
      mkdirSync(dir, { recursive: true })
      const now = Date.now()
      const lines = []
      for (let i = 0; i < 100_000; i++) {
        const override = i % 10 === 0
        lines.push(
          JSON.stringify({
            timestamp: new Date(now - 90 * 86_400_000 + i * 60_000).toISOString(),
            event: override ? 'OVERRIDE_FORCE_START' : 'HEALTH_CHECK_FAILED',
            mode: i % 3 === 0 ? 'paper' : 'live',
            status: i % 2 ? 'p1-failed' : 'p0-failed',
            exitCode: i % 2 ? 2 : 1,
            gateExitCode: i % 2 ? 2 : 1,
            failures: [`check ${i % 40} (P${i % 2})`],
            decision: override ? 'proceed' : 'abort',
            operator: `operator-${i % 9}`,
            approvers: override ? [{ login: 'risk-manager', comment: 'approved' }] : [],
            reason: override ? `reason ${i}` : '',
            ticket: override ? `OPS-${i}` : '',
            runUrl: `https://github.com/acme/rocket/actions/runs/${i}`,
            details: 'P0 failure: the database did not answer',
          }),
        )
      }
      writeFileSync(path.join(dir, 'operational-log.jsonl'), lines.join('\n') + '\n')
      const runs = await repeat(Math.min(RUNS, 5), () =>
        timed(
          process.execPath,
          [
            CLI,
            'review',
            '--since',
            '365d',
            '--dir',
            dir,
            '--format',
            'json',
            '--out',
            path.join(work, 'review.json'),
          ],
          { rss: true },
        ),
      )
      if (runs.some((r) => r.code !== 0))
        throw new Error(`review exited ${runs.map((r) => r.code)}`)
      row(
        'review of 100,000 log entries: wall',
        'wall',
        'ms',
        stats(runs.map((r) => r.ms)),
        '',
        null,
      )
      row(
        'review of 100,000 log entries: peak RSS',
        'peak RSS',
        'MiB',
        stats(runs.map((r) => r.peakMiB)),
        '',
        null,
      )
    },

    async prune() {
      // A busy self-hosted runner: 10 runs a day, each 5 report files of ~20 KB.
      const dir = path.join(work, 'prune')
      mkdirSync(dir, { recursive: true })
      const stamp = (ms) =>
        new Date(ms)
          .toISOString()
          .replace(/\.\d+Z$/, '')
          .replace(/-|:/g, '')
          .replace('T', '_')
      const writeRun = (ms) => {
        for (const ext of ['.md', '.json', '.junit.xml', '.oplog.jsonl', '.output.log']) {
          const name = `SMOKE_TEST_INSTITUTIONAL_${stamp(ms)}${ext}`
          writeFileSync(path.join(dir, name), `${name} `.repeat(500))
        }
      }
      // One month already archived (about 30 days past the limit), in one archive.
      const monthStart = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 2, 1)
      for (let run = 0; run < 280; run++) writeRun(monthStart + run * 2.4 * 3600_000)
      const prune = [CLI, 'prune', '--report-dir', dir, '--report-retention-days', '30']
      if ((await timed(process.execPath, prune)).code !== 0) throw new Error('prune failed')
      // Then each gate run: one run's reports cross the limit and join that month's archive.
      const runs = await repeat(Math.min(RUNS, 5), async (i) => {
        writeRun(monthStart + 7 * 86_400_000 + i * 1000 + 500)
        return timed(process.execPath, prune)
      })
      if (runs.some((r) => r.code !== 0)) throw new Error(`prune exited ${runs.map((r) => r.code)}`)
      row(
        "prune: one run's reports into a month archive of 1,400 files",
        'wall',
        'ms',
        stats(runs.map((r) => r.ms)),
        '',
        null,
      )
    },

    async watch() {
      const server = net.createServer((socket) => socket.end())
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
      const suite = path.join(work, 'watch-suite.json')
      writeFileSync(
        suite,
        JSON.stringify({
          version: 1,
          checks: [
            {
              name: 'service',
              level: 'P0',
              kind: 'tcp',
              host: '127.0.0.1',
              port: server.address().port,
            },
          ],
        }),
      )
      const FIRST = 5
      const LAST = 25
      try {
        const perTick = await repeat(Math.min(RUNS, 3), () =>
          cpuPerTick(CLI, suite, path.join(work, 'watch-reports'), FIRST, LAST),
        )
        row(
          `watch: CPU per tick (1 TCP check, ticks ${FIRST}–${LAST}, interval 0.2 s)`,
          'CPU',
          'ms',
          stats(perTick),
          '',
          null,
        )
      } finally {
        server.close()
      }
    },
  }
}

/** CPU time (user + system) of the watch process between two ticks, per tick. */
function cpuPerTick(CLI, suite, reportDir, first, last) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'watch',
        '--mode',
        'live',
        '--suite',
        suite,
        '--interval',
        '0.2',
        '--report-dir',
        reportDir,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    let ticks = 0
    let startCpu = 0
    let buffered = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('watch did not reach its ticks in 60 s'))
    }, 60_000)
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()
      for (const line of lines) {
        if (!line.includes(' → ')) continue
        ticks++
        if (ticks === first) startCpu = cpuMs(child.pid)
        if (ticks === last) {
          const used = cpuMs(child.pid) - startCpu
          clearTimeout(timer)
          child.kill('SIGTERM')
          resolve(used / (last - first))
        }
      }
    })
  })
}

function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND
}
