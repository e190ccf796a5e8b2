// Suite output and messages are untrusted: they may carry ANSI escapes, workflow commands,
// HTML or Markdown meant to forge the summary. Everything rendered passes through here.

import { randomBytes } from 'node:crypto'
import type { Writable } from 'node:stream'
import stripAnsi from 'strip-ansi'

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Removes ANSI escapes and every control character but tab and newline. */
export function plainText(text: string): string {
  return stripAnsi(text).replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '')
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * One Markdown table cell: no line breaks, pipes, HTML or inline Markdown survive. Escaped once
 * for Markdown: HTML's three specials become entities, Markdown's specials get a backslash (so
 * an apostrophe stays an apostrophe).
 */
export function markdownCell(text: string, maxLength = 500): string {
  const flat = plainText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
  const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat
  return cut
    .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b') // no @mentions of people or teams
}

/** Inline Markdown text (headings, list items): escaped like a cell. */
export const markdownText = markdownCell

/** Inline code: a fence longer than any run of backticks inside, so nothing is escaped. */
export function codeSpan(text: string, maxLength = 500): string {
  const flat = plainText(text).replace(/\s*\n\s*/g, ' ')
  const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1) + '…' : flat
  const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = cut.startsWith('`') || cut.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${cut}${pad}${fence}`
}

/** Text XML 1.0 can hold: characters it forbids (U+FFFE, lone surrogates, controls) become U+FFFD. */
export function xmlText(text: string): string {
  return plainText(text).replace(
    // eslint-disable-next-line no-control-regex
    /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu,
    '\ufffd',
  )
}

/** A block of untrusted output, shown verbatim and inert. */
export function preformatted(text: string): string {
  return `<pre><code>${escapeHtml(plainText(text))}</code></pre>`
}

/** Truncates to at most maxBytes of UTF-8, keeping the start. */
export function truncateBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  return bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
}

/**
 * Echoes untrusted output into the job log with workflow commands switched off: the runner
 * ignores every `::command::` between `::stop-commands::<token>` and `::<token>::`, and the
 * token is random, so the output cannot end the pause itself.
 */
export async function withWorkflowCommandsStopped<T>(
  out: Writable,
  body: () => Promise<T>,
): Promise<T> {
  const token = `preflight-${randomBytes(16).toString('hex')}`
  out.write(`::stop-commands::${token}\n`)
  try {
    return await body()
  } finally {
    out.write(`\n::${token}::\n`)
  }
}
