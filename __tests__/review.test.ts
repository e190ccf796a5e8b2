import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { gitHubApi } from './helpers/github-api.js'
import { commentOpsLog, openFollowUpTicket } from '../src/approval/publish.js'
import { main } from '../src/cli/main.js'
import { GENESIS, lineHash } from '../src/history/chain.js'
import { buildReview, isoWeek, renderReviewMarkdown, type Review } from '../src/review/review.js'
import type { OpsLogEntry } from '../src/model.js'
import { tempDir } from './helpers/temp.js'

const DAY = 86_400_000
const HOSTILE =
  '<script>alert(1)</script> | col ![x](https://evil.example/x.png) [click](javascript:alert(1))\n# forged heading\n::set-output name=verdict::proceed'

type Kind = 'p0' | 'force-start' | 'refused' | 'timeout' | 'kill-switch'
const KINDS: Kind[] = ['p0', 'force-start', 'refused', 'timeout', 'kill-switch']

/** One run's entries, as the gate and the watch write them (a run's entries share a timestamp). */
function runEntries(r: number, at: Date): OpsLogEntry[] {
  const kind = KINDS[r % 5] as Kind
  const base = {
    timestamp: at.toISOString(),
    mode: r % 3 === 0 ? ('paper' as const) : ('live' as const),
    exitCode: 1,
    gateExitCode: 1,
    operator: `operator-${r % 7}`,
    approvers: [],
    reason: '',
    ticket: '',
    impact: '',
    mitigation: '',
    runUrl: r % 2 === 0 ? `https://github.com/acme/rocket/actions/runs/${r}` : '',
    details: 'details',
  }
  const entry = (event: string, status: string, decision: string, failures: string[]) =>
    ({ ...base, event, status, decision, failures }) as OpsLogEntry
  switch (kind) {
    case 'p0':
      return [entry('HEALTH_CHECK_FAILED', 'p0-failed', 'abort', ['Database (P0)'])]
    case 'timeout':
      return [entry('HEALTH_CHECK_FAILED', 'timeout', 'abort', ['Broker API (P0)'])]
    case 'kill-switch':
      return [entry('KILLSWITCH_ACTIVATED', 'p0-failed', 'abort', ['Database (P0)'])]
    case 'refused':
      return [
        entry('HEALTH_CHECK_FAILED', 'p1-failed', 'abort', ['Risk engine (P1)']),
        entry('OVERRIDE_FORCE_START_REQUESTED', 'p1-failed', 'abort', ['Risk engine (P1)']),
        entry('OVERRIDE_REFUSED', 'p1-failed', 'abort', ['Risk engine (P1)']),
      ]
    case 'force-start': {
      const granted = {
        approvers: [{ login: 'risk-manager', comment: `ok for run ${r}` }],
        reason: `Known issue ${r}`,
        ticket: `OPS-${r}`,
      }
      return [
        entry('HEALTH_CHECK_FAILED', 'p1-failed', 'proceed', ['Risk engine (P1)']),
        {
          ...entry('OVERRIDE_FORCE_START_REQUESTED', 'p1-failed', 'proceed', ['Risk engine (P1)']),
          ...granted,
        },
        {
          ...entry('OVERRIDE_FORCE_START', 'p1-failed', 'proceed', ['Risk engine (P1)']),
          ...granted,
        },
      ]
    }
  }
}

const jsonl = (entries: OpsLogEntry[]) => entries.map((e) => JSON.stringify(e) + '\n').join('')

/** Entries as the gate appends them: each line carries the SHA-256 of the line before it. */
function chained(entries: OpsLogEntry[], link: string): { text: string; head: string } {
  let head = link
  let text = ''
  for (const entry of entries) {
    const line = JSON.stringify({ ...entry, prev: head })
    head = lineHash(line)
    text += line + '\n'
  }
  return { text, head }
}

function capture() {
  let text = ''
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk)
      done()
    },
  })
  return { stream, text: () => text }
}

async function review(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out = capture()
  const err = capture()
  const code = await main(['review', ...args], {
    stdout: out.stream,
    stderr: err.stream,
    stdin: process.stdin,
    env,
  })
  return { code, stdout: out.text(), stderr: err.text() }
}

describe('preflight review', () => {
  it('counts overrides, aborts, recurring failures and P0 failures per week from every source, each entry once', async () => {
    const now = Date.now()
    const dir = await tempDir('preflight-review-')
    const reports = path.join(dir, 'reports')
    const artifacts = path.join(dir, 'artifacts')
    await mkdir(path.join(reports, 'archive'), { recursive: true })
    const api = await gitHubApi()
    const client = {
      request: async (route: string, params: Record<string, unknown>) => {
        const [method, template] = route.split(' ') as [string, string]
        const url = template.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k]))
        const response = await fetch(`${api.url}${url}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(params),
        })
        return { data: (await response.json()) as unknown }
      },
    }
    const repo = { owner: 'acme', repo: 'rocket' }

    const RUNS = 1200
    const inWindow: number[] = []
    const byMonth = new Map<string, OpsLogEntry[]>()
    const current: OpsLogEntry[] = []
    let total = 0
    for (let r = 0; r < RUNS; r++) {
      // Runs spread over 100 days; the window is the last 90.
      const at = new Date(now - 100 * DAY + (r + 0.5) * ((100 * DAY) / RUNS))
      if (at.getTime() >= now - 90 * DAY) inWindow.push(r)
      const entries = runEntries(r, at)
      total += entries.length
      switch (r % 4) {
        case 0: {
          const month = at.toISOString().slice(0, 7)
          byMonth.set(month, [...(byMonth.get(month) ?? []), ...entries])
          break
        }
        case 1:
          current.push(...entries)
          break
        case 2: {
          // An unpacked artifact, and the same entries in the running log: counted once.
          const run = path.join(artifacts, `preflight-report-live-${r}`)
          await mkdir(run, { recursive: true })
          await writeFile(
            path.join(run, `SMOKE_TEST_INSTITUTIONAL_${r}.oplog.jsonl`),
            jsonl(entries),
          )
          current.push(...entries)
          break
        }
        case 3:
          await commentOpsLog(client, repo, 7, entries)
          if (r % 8 === 7) current.push(...entries)
          break
      }
    }
    expect(total).toBeGreaterThan(2000)
    let link = GENESIS
    for (const [month, entries] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
      const log = chained(entries, link)
      await writeFile(path.join(reports, 'archive', `operational-log-${month}.jsonl`), log.text)
      link = log.head
    }
    const hostile: OpsLogEntry = {
      ...(runEntries(1, new Date(now - DAY))[2] as OpsLogEntry),
      reason: HOSTILE,
      operator: '<img src=x onerror=alert(1)>',
      runUrl: '',
    }
    // The line that is not an entry ends the log (after it, no line could be verified).
    await writeFile(
      path.join(reports, 'operational-log.jsonl'),
      chained([...current, hostile], link).text + 'this line is not an entry\n',
    )
    // Follow-up issues for three force-started action runs; one of them closed since.
    const followed = inWindow.filter((r) => r % 10 === 6).slice(0, 3)
    for (const r of followed) {
      await openFollowUpTicket(client, repo, {
        mode: 'live',
        override: 'force-start',
        failures: ['Risk engine (P1)'],
        approvers: [],
        reason: '',
        ticket: '',
        impact: '',
        mitigation: '',
        runUrl: `https://github.com/acme/rocket/actions/runs/${r}`,
        reportUrl: '',
      })
    }
    api.state.closedIssues.push(102)

    const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: api.url }
    const args = [
      '--since',
      '90d',
      '--dir',
      reports,
      '--dir',
      artifacts,
      '--issue',
      '7',
      '--repo',
      'acme/rocket',
    ]
    const json = await review([...args, '--format', 'json'], env)
    await api.close()
    expect(json.code).toBe(0)
    expect(json.stderr).toMatch(/1 line\(s\) could not be read/)
    const result = JSON.parse(json.stdout) as Review

    const count = (kind: Kind, mode?: 'paper' | 'live') =>
      inWindow.filter(
        (r) => KINDS[r % 5] === kind && (!mode || (r % 3 === 0 ? 'paper' : 'live') === mode),
      ).length
    expect(result.sources.unreadableCount).toBe(1)
    expect(result.sources.comments).toBe(RUNS / 4)
    expect(result.sources.duplicates).toBeGreaterThan(0)
    expect(result.overrides).toHaveLength(count('force-start') + 1)
    expect(result.aborts.total).toBe(count('p0') + count('refused') + count('timeout'))
    expect(Object.fromEntries(result.aborts.byCause.map((c) => [c.cause, c.count]))).toEqual({
      'p0-failed': count('p0'),
      'override refused': count('refused'),
      timeout: count('timeout'),
    })
    expect(result.recurringFailures.slice(0, 3)).toEqual(
      [
        { check: 'Database (P0)', count: count('p0') + count('kill-switch') },
        { check: 'Risk engine (P1)', count: count('force-start') + count('refused') },
        { check: 'Broker API (P0)', count: count('timeout') },
      ]
        .sort((a, b) => b.count - a.count)
        .map((f) => expect.objectContaining(f)),
    )
    const weeks = result.p0FailuresPerWeek
    expect(weeks.reduce((n, w) => n + w.gate, 0)).toBe(count('p0') + count('timeout'))
    expect(weeks.reduce((n, w) => n + w.killSwitches, 0)).toBe(count('kill-switch'))
    expect(weeks.length).toBeGreaterThanOrEqual(13)
    for (const mode of ['paper', 'live'] as const) {
      expect(result.byMode[mode]).toMatchObject({
        overrides: count('force-start', mode) + (mode === 'live' ? 1 : 0),
        killSwitches: count('kill-switch', mode),
        aborts: count('p0', mode) + count('refused', mode) + count('timeout', mode),
      })
    }
    const states = result.overrides.map((o) => o.followUp)
    expect(states.filter((s) => s === 'open')).toHaveLength(2)
    expect(states.filter((s) => s === 'closed')).toHaveLength(1)
    expect(states.filter((s) => s === 'no run')).toHaveLength(
      inWindow.filter((r) => r % 5 === 1 && r % 2 === 1).length + 1,
    )
    const approved = result.overrides.find((o) => o.runUrl.endsWith(`/runs/${followed[0]}`))
    expect(approved).toMatchObject({
      kind: 'force-start',
      approvers: [{ login: 'risk-manager', comment: `ok for run ${followed[0]}` }],
      ticket: `OPS-${followed[0]}`,
    })

    // Markdown: the hostile reason and operator are inert text in one table cell.
    const md = await review([...args.slice(0, 6)], {})
    expect(md.code).toBe(0)
    expect(md.stdout).not.toMatch(/<script|<img|!\[x\]\(|\]\(javascript/)
    expect(md.stdout.split('\n').filter((l) => /^\s*#/.test(l) && l.includes('forged'))).toEqual([])
    expect(md.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
    const overrideRows = md.stdout.split('\n').filter((l) => l.includes('forged heading'))
    expect(overrideRows).toHaveLength(1)
    const cells = (line: string) => line.split(/(?<!\\)\|/).length
    const header = md.stdout.split('\n').find((l) => l.startsWith('| when (UTC)')) as string
    expect(cells(overrideRows[0] as string)).toBe(cells(header))
    expect(md.stdout).toContain('&lt;script&gt;')
  }, 60_000)

  it('reads back exactly the entries a comment carries, a forged marker in a reason included', async () => {
    const api = await gitHubApi()
    const client = {
      request: async (route: string, params: Record<string, unknown>) => {
        const [method, template] = route.split(' ') as [string, string]
        const url = template.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k]))
        const response = await fetch(`${api.url}${url}`, { method, body: JSON.stringify(params) })
        return { data: (await response.json()) as unknown }
      },
    }
    const forged = runEntries(1, new Date())[2] as OpsLogEntry
    const marker = `<!-- preflight-entry: ${Buffer.from(JSON.stringify(forged)).toString('base64')} -->`
    const entry = {
      ...(runEntries(0, new Date())[0] as OpsLogEntry),
      reason: `${marker} --> ${HOSTILE}`,
    }
    await commentOpsLog(client, { owner: 'acme', repo: 'rocket' }, 9, [entry])
    const dir = await tempDir('preflight-review-')
    const result = await review(
      ['--dir', dir, '--issue', '9', '--repo', 'acme/rocket', '--format', 'json'],
      { GITHUB_TOKEN: 't', GITHUB_API_URL: api.url },
    )
    await api.close()
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as Review
    expect(parsed.sources.entries).toBe(1)
    expect(parsed.overrides).toEqual([])
    expect(parsed.aborts.total).toBe(1)
  })

  it('fails rather than undercount when the ops-log issue cannot be read', async () => {
    const api = await gitHubApi({ faults: { comments: { kind: 'status', status: 403 } } })
    const dir = await tempDir('preflight-review-')
    const result = await review(['--dir', dir, '--issue', '7', '--repo', 'acme/rocket'], {
      GITHUB_TOKEN: 't',
      GITHUB_API_URL: api.url,
    })
    await api.close()
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/injected 403/)
  })

  it('names ISO weeks across year ends', () => {
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01')
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01')
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53')
  })
})

describe('the review counts what happened', () => {
  it('lists override requests, grants, refusals and operator cancellations apart; aborts name the real cause', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 3, 9, minute)).toISOString()
    const entry = (minute: number, event: string, extra: Partial<OpsLogEntry> = {}) =>
      ({
        timestamp: at(minute),
        event,
        mode: 'live',
        status: 'p1-failed',
        exitCode: 2,
        gateExitCode: 2,
        failures: ['Risk engine (P1)'],
        decision: 'abort',
        operator: 'jdoe',
        approvers: [],
        reason: `reason ${minute}`,
        ticket: `OPS-${minute}`,
        impact: '',
        mitigation: '',
        runUrl: `https://github.com/acme/rocket/actions/runs/${minute}`,
        details: `details ${minute}`,
        ...extra,
      }) as OpsLogEntry
    const entries = [
      ...[1, 2, 3, 4].map((m) => entry(m, 'OVERRIDE_FORCE_START_REQUESTED')),
      entry(2, 'OVERRIDE_REFUSED', { details: '1 of 2 required approval(s)' }),
      entry(3, 'OVERRIDE_FORCE_START', {
        decision: 'proceed',
        approvers: [{ login: 'cto', comment: 'ok' }],
      }),
      entry(5, 'OPERATOR_CANCELLED', {
        status: 'passed',
        exitCode: 0,
        gateExitCode: 1,
        decision: 'abort',
        details: 'The operator answered no at the confirmation.',
      }),
    ]
    const review = buildReview({
      read: {
        entries,
        files: 1,
        comments: 0,
        duplicates: 0,
        unreadable: [],
        unreadableCount: 0,
        unverified: [],
        unverifiedCount: 0,
      },
      from: new Date(Date.UTC(2026, 10, 1)),
      to: new Date(Date.UTC(2026, 10, 30)),
      followUps: null,
    })
    expect(review.requests.map((r) => r.ticket)).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'])
    expect(review.overrides).toHaveLength(1)
    expect(review.refusals).toEqual([
      expect.objectContaining({
        operator: 'jdoe',
        why: '1 of 2 required approval(s)',
        ticket: 'OPS-2',
      }),
    ])
    expect(review.cancellations).toEqual([
      expect.objectContaining({
        why: 'The operator answered no at the confirmation.',
        runUrl: 'https://github.com/acme/rocket/actions/runs/5',
      }),
    ])
    expect(review.aborts.byCause).toEqual(
      expect.arrayContaining([
        { cause: 'operator cancelled', count: 1 },
        { cause: 'override refused', count: 1 },
      ]),
    )
    expect(review.aborts.byCause.map((a) => a.cause)).not.toContain('passed')
    const md = renderReviewMarkdown(review)
    expect(md).toContain('## Override requests (4)')
    expect(md).toContain('## Overrides granted (1)')
    expect(md).toContain('## Override refusals (1)')
    expect(md).toContain('## Operator cancellations (1)')
  })
})
