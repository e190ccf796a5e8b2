// The fleet decision for people: the job summary (a legs × checks matrix, worst first, each leg
// linked to its report) and the CLI's console table. Report text is untrusted: every cell is
// escaped once for its target.

import { plainText, markdownCell, markdownText, truncateBytes } from '../sanitize.js'
import { SUMMARY_LIMIT_BYTES } from '../report/summary.js'
import type { FleetCheck, FleetDecision, FleetLeg } from './decision.js'
import type { Provenance } from '../model.js'

/** Wider than this, a matrix stops being readable; the rest go into one column. */
const MAX_CHECK_COLUMNS = 20
/** Rows of the summary's matrix; every leg is in the fleet report. */
const MAX_SUMMARY_ROWS = 500

export function fleetTitle(decision: FleetDecision): string {
  const blocking = decision.legs.filter((l) => l.blocking)
  if (decision.verdict === 'proceed')
    return decision.gateExitCode === 0
      ? `✅ FLEET HEALTH CHECKS PASSED - ${decision.legs.length} of ${decision.expected} legs`
      : `⚠️ FLEET PROCEEDS WITH WARNINGS - ${decision.legs.length} of ${decision.expected} legs`
  if (blocking.length > 0)
    return `❌ FLEET LAUNCH ABORTED - ${blocking.length} leg(s) failed: ${blocking
      .slice(0, 3)
      .map((l) => plainText(l.label))
      .join(', ')}${blocking.length > 3 ? ', …' : ''}`
  return `❌ FLEET LAUNCH ABORTED - evidence incomplete (${decision.legs.length} of ${decision.expected} legs counted)`
}

/** The check names across legs, in first-seen order, capped; the rest are "other checks". */
function checkColumns(legs: readonly FleetLeg[]): { columns: string[]; more: boolean } {
  const seen = new Set<string>()
  for (const leg of legs) for (const c of leg.checks) seen.add(c.name)
  const all = [...seen]
  return { columns: all.slice(0, MAX_CHECK_COLUMNS), more: all.length > MAX_CHECK_COLUMNS }
}

function markdownMark(check: FleetCheck | undefined): string {
  if (!check) return '·'
  if (check.status === 'passed') return '✅'
  if (check.status === 'skipped') return '⏭️'
  return check.level === 'P2' ? '⚠️ P2' : `❌ ${check.level}`
}

function verdictMark(leg: FleetLeg): string {
  if (leg.verdict === 'proceed')
    return leg.override ? `✅ proceed (approved ${leg.override}, this leg only)` : '✅ proceed'
  return leg.verdict === 'approval-required' ? '⛔ approval-required' : '❌ abort'
}

export function renderFleetSummary(
  decision: FleetDecision,
  provenance: Provenance,
  reportUrl: string,
): string {
  const { legs } = decision
  const count = (f: (l: FleetLeg) => boolean) => legs.filter(f).length
  const lines = [`## ${fleetTitle(decision)}`, '']
  lines.push(
    `**Verdict**: \`${decision.verdict}\` · **Status**: \`${decision.status}\` · **Gate exit code**: ${decision.gateExitCode} · **Mode**: ${decision.mode.toUpperCase()}`,
    '',
    `**Legs**: ${legs.length} of ${decision.expected} expected reported · ${count((l) => l.status === 'passed')} passed · ${count((l) => !l.blocking && l.status !== 'passed' && !l.override)} with warnings · ${count((l) => l.override !== null)} with an approved override · ${count((l) => l.blocking)} blocking · ${decision.refused.length} refused · ${Math.max(0, decision.expected - legs.length)} missing`,
  )
  if (decision.reasons.length > 0)
    lines.push('', ...decision.reasons.slice(0, 50).map((r) => `- ${markdownText(r, 2000)}`))
  if (decision.reasons.length > 50) lines.push(`- … and ${decision.reasons.length - 50} more`)

  const { columns, more } = checkColumns(legs)
  if (legs.length > 0) {
    const header = ['Leg', 'Verdict', 'Status', ...columns.map((c) => markdownCell(c, 60))]
    if (more) header.push('Other failed checks')
    lines.push('', '### Legs × checks (worst first)', '')
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`)
    for (const leg of legs.slice(0, MAX_SUMMARY_ROWS)) {
      const byName = new Map(leg.checks.map((c) => [c.name, c]))
      const name = markdownCell(leg.label, 200)
      const cells = [
        leg.url ? `[${name}](${encodeURI(leg.url)})` : name,
        verdictMark(leg),
        `\`${leg.status}\``,
        ...columns.map((c) => markdownMark(byName.get(c))),
      ]
      if (more) {
        const shown = new Set(columns)
        const other = leg.checks.filter((c) => c.status === 'failed' && !shown.has(c.name))
        cells.push(markdownCell(other.map((c) => `${c.name} (${c.level})`).join(', '), 300))
      }
      lines.push(`| ${cells.join(' | ')} |`)
    }
    if (legs.length > MAX_SUMMARY_ROWS)
      lines.push(
        '',
        `${legs.length - MAX_SUMMARY_ROWS} more legs (better than those above) are in the fleet report.`,
      )
    lines.push('', 'Legend: ✅ passed · ❌ failed (P0/P1) · ⚠️ P2 warning · ⏭️ skipped · · not run')
  }
  const failing = legs.filter((l) => l.checks.some((c) => c.status === 'failed'))
  if (failing.length > 0) {
    lines.push('', '### Failed checks')
    for (const leg of failing.slice(0, 50)) {
      for (const c of leg.checks.filter((c) => c.status === 'failed').slice(0, 10))
        lines.push(
          `- **${markdownCell(leg.label, 200)}** · ${markdownCell(c.name)} (${c.level}): ${markdownCell(c.message, 500)}`,
        )
    }
  }
  if (decision.refused.length > 0) {
    lines.push('', '### Refused reports', '', '| Report | Why |', '|---|---|')
    for (const r of decision.refused.slice(0, 100))
      lines.push(`| ${linked(r.source, r.url)} | ${markdownCell(r.reason, 500)} |`)
  }
  if (decision.superseded.length > 0) {
    lines.push('', '### Replaced by a newer attempt')
    for (const s of decision.superseded.slice(0, 100))
      lines.push(`- ${linked(s.source, s.url)}: ${markdownCell(s.reason, 300)}`)
  }
  lines.push(
    '',
    '### What to do next',
    ...decision.nextSteps.map((s, i) => `${i + 1}. ${markdownText(s, 1000)}`),
  )
  lines.push(
    '',
    '### Aggregation',
    `- Commit: ${markdownCell(provenance.sha || 'unknown')} · ref: ${markdownCell(provenance.ref || 'unknown')} · run ${markdownCell(provenance.runId || 'unknown')} attempt ${markdownCell(provenance.runAttempt || 'unknown')}`,
    `- Host: ${markdownCell(provenance.host)} · job: ${markdownCell(provenance.job || 'unknown')}`,
  )
  if (reportUrl) lines.push(`- Fleet report: [preflight-fleet-report](${encodeURI(reportUrl)})`)
  const markdown = lines.join('\n') + '\n'
  if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT_BYTES) return markdown
  return (
    truncateBytes(markdown, SUMMARY_LIMIT_BYTES - 512) +
    "\n\n---\n**Summary truncated**: it passed GitHub's 1 MiB limit. Every leg is in the fleet report.\n"
  )
}

function linked(source: string, url: string): string {
  const name = markdownCell(source, 200)
  return url ? `[${name}](${encodeURI(url)})` : name
}

const CONSOLE_MARK = (check: FleetCheck | undefined): string =>
  !check
    ? '.'
    : check.status === 'passed'
      ? '+'
      : check.status === 'skipped'
        ? '-'
        : check.level === 'P2'
          ? '!'
          : 'X'

/** The matrix in plain text for the CLI: one row per leg, one column per check. */
export function renderFleetConsole(decision: FleetDecision): string {
  const { legs } = decision
  const { columns, more } = checkColumns(legs)
  const label = (l: FleetLeg) => plainText(l.label).replace(/\s+/g, ' ').slice(0, 60)
  const width = Math.max(3, ...legs.map((l) => label(l).length))
  const verdict = (l: FleetLeg) => (l.override ? `proceed (${l.override})` : l.verdict)
  const vWidth = Math.max(7, ...legs.map((l) => verdict(l).length))
  const out = [
    '='.repeat(80),
    fleetTitle(decision),
    '='.repeat(80),
    `Verdict: ${decision.verdict} · status: ${decision.status} · exit code ${decision.gateExitCode} · mode ${decision.mode.toUpperCase()}`,
    '',
  ]
  if (legs.length > 0) {
    const numbers = columns.map((_, i) => String(i + 1).padStart(2)).join(' ')
    out.push(
      `${'leg'.padEnd(width)}  ${'verdict'.padEnd(vWidth)}  ${'status'.padEnd(10)}  ${numbers}`,
    )
    for (const leg of legs) {
      const byName = new Map(leg.checks.map((c) => [c.name, c]))
      const marks = columns.map((c) => CONSOLE_MARK(byName.get(c)).padStart(2)).join(' ')
      const others = more
        ? leg.checks.filter((c) => c.status === 'failed' && !columns.includes(c.name)).length
        : 0
      out.push(
        `${label(leg).padEnd(width)}  ${verdict(leg).padEnd(vWidth)}  ${leg.status.padEnd(10)}  ${marks}${others ? `  +${others} other failed` : ''}`,
      )
    }
    out.push('', 'Checks:')
    columns.forEach((c, i) =>
      out.push(`  ${String(i + 1).padStart(2)}  ${plainText(c).slice(0, 100)}`),
    )
    out.push('Legend: + passed, X failed (P0/P1), ! P2 warning, - skipped, . not run')
  }
  for (const r of decision.refused)
    out.push(`Refused: ${plainText(r.source)}: ${plainText(r.reason)}`)
  for (const s of decision.superseded)
    out.push(`Replaced: ${plainText(s.source)}: ${plainText(s.reason)}`)
  if (decision.reasons.length > 0) out.push('', ...decision.reasons.map((r) => plainText(r)))
  out.push('', 'What to do next:', ...decision.nextSteps.map((s, i) => `  ${i + 1}. ${s}`))
  return out.join('\n') + '\n'
}
