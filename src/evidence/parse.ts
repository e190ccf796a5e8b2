// Per-check results from any test runner, recognised from their content: the gate's JSON,
// JUnit XML, TAP 13/14 and the source document's Markdown report table (docs/source-document.md). Every parser returns
// tests with the level they declare themselves (or none); levels.ts fills in the rest.

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { Level } from '../model.js'
import { parseLevel } from './levels.js'

export type ResultsFormat = 'json' | 'junit' | 'tap' | 'markdown'

export interface ParsedTest {
  name: string
  classname?: string
  file?: string
  /** The level the test declares itself (a level property, column or field); null if none. */
  level: Level | null
  /** `error` is a runner's "the test itself broke" (JUnit <error>); it counts as failed. */
  status: 'passed' | 'failed' | 'error' | 'skipped'
  durationMs: number
  message: string
  description?: string
  remediation?: string
}

export interface ParsedResults {
  format: ResultsFormat
  tests: ParsedTest[]
}

/** A results file that cannot be read as results: says which file, which line and why. */
export class ResultsParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${detail}`)
  }
}

const MAX_TESTS = 10_000
/**
 * TAP's YAML diagnostics, per test and per file: the YAML library reads flow collections at
 * about 0.6 MB/s and unknown tags at about 0.25 MB/s (one 8 MiB block took 29 s of CPU); a
 * level, a duration and a message fit in far less (within both bounds the slowest file takes
 * about 2 s, as JUnit's worst takes 3.4 s).
 */
const MAX_DIAGNOSTICS_BYTES = 64 * 1024
const MAX_FILE_DIAGNOSTICS_BYTES = 512 * 1024
const MAX_MESSAGE = 2000
/** Classnames and file names are matched against level-map globs: bounded like names. */
const MAX_CLASSNAME = 1000

export function parseResults(file: string, text: string): ParsedResults {
  const body = text.replace(/^\uFEFF/, '')
  const start = body.trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return parseJsonResults(file, body)
  if (start.startsWith('<')) return parseJunit(file, body)
  const firstLine = start.split('\n', 1)[0]?.trim() ?? ''
  if (/^TAP version 1[34]$/.test(firstLine) || /^(1\.\.\d+|(not )?ok\b)/.test(firstLine)) {
    return parseTap(file, body)
  }
  if (findMarkdownTable(body) !== null) return parseMarkdownTable(file, body)
  throw new ResultsParseError(
    file,
    null,
    'not a results format the gate reads (JSON results, JUnit XML, TAP 13/14, or a Markdown table "| Test | Level | Status | Duration | Message |")',
  )
}

// ---- helpers ---------------------------------------------------------------------------------

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function bounded(message: string): string {
  return message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + '…' : message
}

function checkCount(file: string, count: number) {
  if (count > MAX_TESTS) {
    throw new ResultsParseError(file, null, `more than ${MAX_TESTS} tests; split the results`)
  }
}

/** `0.25s`, `250ms`, `1.5` (seconds, as JUnit and TAP durations are) → milliseconds. */
function durationMs(text: string | undefined, unitless: 'ms' | 's'): number {
  if (text === undefined || text.length > 40) return 0
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(text.trim())
  if (!match) return 0
  const value = Number(match[1])
  const unit = (match[2]?.toLowerCase() as 'ms' | 's' | undefined) ?? unitless
  return unit === 's' ? value * 1000 : value
}

// ---- the gate's JSON -------------------------------------------------------------------------

const jsonCheck = z.object({
  name: z.string().trim().min(1).max(200),
  level: z.string().transform((value, ctx) => {
    const level = parseLevel(value)
    if (level === null) {
      ctx.addIssue({
        code: 'custom',
        message: `must be P0, P1 or P2 (or the document's P0_HEALTH style), got "${value.slice(0, 40)}"`,
      })
      return z.NEVER
    }
    return level
  }),
  status: z.enum(['passed', 'failed', 'skipped'], {
    error: (issue) => `must be passed, failed or skipped, got "${String(issue.input)}"`,
  }),
  /** Milliseconds. */
  duration: z.number().nonnegative().finite().default(0),
  message: z.string().default('').transform(bounded),
  description: z.string().max(MAX_MESSAGE).optional(),
  remediation: z.string().max(MAX_MESSAGE).optional(),
})

const jsonCheckList = z.array(jsonCheck).max(MAX_TESTS)
const jsonResultsObject = z.object({ checks: jsonCheckList })

function parseJsonResults(file: string, text: string): ParsedResults {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const line = /line (\d+)/.exec(message)
    throw new ResultsParseError(
      file,
      line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : null,
      `not valid JSON (${message})`,
    )
  }
  // A list of checks, or an object with one under "checks".
  const parsed = Array.isArray(json)
    ? jsonCheckList.safeParse(json)
    : jsonResultsObject.transform((r) => r.checks).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const fieldPath = issue?.path ?? []
    const index = fieldPath.find((p) => typeof p === 'number')
    const list = Array.isArray(json) ? json : (json as { checks?: unknown[] })?.checks
    const name = index !== undefined ? (list?.[index] as { name?: unknown })?.name : undefined
    const at = typeof name === 'string' ? text.indexOf(JSON.stringify(name)) : -1
    const field = fieldPath.length > 0 ? `field "${fieldPath.join('.')}" ` : ''
    throw new ResultsParseError(
      file,
      at >= 0 ? lineAt(text, at) : null,
      `${field}${issue?.message ?? 'is invalid'}. Expected a list of {name, level: P0|P1|P2, status: passed|failed|skipped, duration (ms), message}.`,
    )
  }
  const names = new Set<string>()
  for (const check of parsed.data) {
    if (names.has(check.name)) {
      throw new ResultsParseError(
        file,
        lineAt(text, text.lastIndexOf(JSON.stringify(check.name))),
        `check "${check.name}" appears twice`,
      )
    }
    names.add(check.name)
  }
  return {
    format: 'json',
    tests: parsed.data.map((c) => ({
      name: c.name,
      level: c.level,
      status: c.status,
      durationMs: c.duration,
      message: c.message,
      ...(c.description !== undefined && { description: c.description }),
      ...(c.remediation !== undefined && { remediation: c.remediation }),
    })),
  }
}

// ---- JUnit XML -------------------------------------------------------------------------------

type XmlNode = Record<string, unknown>
const META = XMLParser.getMetaDataSymbol() as unknown as string

const junitParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  // Character references (&#10;) decoded here, once, like the five named entities.
  processEntities: true,
  htmlEntities: true,
  captureMetaData: true,
  textNodeName: '#text',
  isArray: (name) =>
    ['testsuite', 'testcase', 'property', 'failure', 'error', 'skipped'].includes(name),
})

function parseJunit(file: string, text: string): ParsedResults {
  if (/<!ENTITY/i.test(text)) {
    throw new ResultsParseError(
      file,
      lineAt(text, text.search(/<!ENTITY/i)),
      'XML entity declarations are not allowed in results',
    )
  }
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new ResultsParseError(file, valid.err.line, `not well-formed XML: ${valid.err.msg}`)
  }
  const doc = junitParser.parse(text) as XmlNode
  const tests: ParsedTest[] = []
  const where = (node: XmlNode) => {
    const meta = node[META] as { startIndex?: number } | undefined
    return meta?.startIndex !== undefined ? lineAt(text, meta.startIndex) : null
  }

  /** Visits a suite and returns its cases, checked against the totals it declares. */
  const visitSuite = (suite: XmlNode, inherited: Level | null, depth: number): ParsedTest[] => {
    if (depth > 50) throw new ResultsParseError(file, where(suite), 'test suites nested too deep')
    refuseLookalikes(file, suite, ['testsuite', 'testcase'], where)
    const suiteLevel = levelProperty(file, suite, where) ?? inherited
    const cases: ParsedTest[] = []
    for (const child of asNodes(suite.testsuite))
      cases.push(...visitSuite(child, suiteLevel, depth + 1))
    for (const testcase of asNodes(suite.testcase)) {
      const test = junitCase(file, testcase, suiteLevel, attr(suite, 'file'), where)
      cases.push(test)
      tests.push(test)
      checkCount(file, tests.length)
    }
    checkTotals(file, suite, cases, where)
    return cases
  }

  if (isNode(doc.testsuites)) visitSuite(doc.testsuites, null, 0)
  else if (doc.testsuite !== undefined)
    for (const s of asNodes(doc.testsuite)) visitSuite(s, null, 0)
  else {
    throw new ResultsParseError(
      file,
      1,
      'XML, but not JUnit: the root element is neither <testsuites> nor <testsuite>',
    )
  }
  return { format: 'junit', tests }
}

function junitCase(
  file: string,
  node: XmlNode,
  suiteLevel: Level | null,
  suiteFile: string | undefined,
  where: (node: XmlNode) => number | null,
): ParsedTest {
  const name = attr(node, 'name')
  if (!name) throw new ResultsParseError(file, where(node), '<testcase> without a name attribute')
  refuseLookalikes(file, node, ['failure', 'error', 'skipped'], where)
  const failure = asNodes(node.failure)[0]
  const error = asNodes(node.error)[0]
  const skipped = node.skipped !== undefined ? (asNodes(node.skipped)[0] ?? {}) : undefined
  const outcome = error ?? failure ?? skipped
  const status = error ? 'error' : failure ? 'failed' : skipped ? 'skipped' : 'passed'
  const message = outcome ? (attr(outcome, 'message') ?? firstLine(nodeText(outcome))) : ''
  const classname = attr(node, 'classname')
  const testFile = attr(node, 'file') ?? suiteFile
  for (const [what, value] of [
    ['classname', classname],
    ['file', testFile],
  ] as const) {
    if (value !== undefined && value.length > MAX_CLASSNAME) {
      throw new ResultsParseError(
        file,
        where(node),
        `<testcase name="${name.slice(0, 80)}"> has a ${what} of ${value.length} characters; at most ${MAX_CLASSNAME} are read`,
      )
    }
  }
  return {
    name: name.slice(0, 200),
    ...(classname && { classname }),
    ...(testFile && { file: testFile }),
    level: levelProperty(file, node, where) ?? suiteLevel,
    status,
    durationMs: durationMs(attr(node, 'time'), 's'),
    message: bounded(message),
  }
}

/**
 * `<Failure>`, `<j:failure>`, `<TestCase>`: an element that reads as one the gate counts but is
 * not spelled as JUnit spells it would be skipped silently (a failure read as a pass), so it
 * makes the file malformed.
 */
function refuseLookalikes(
  file: string,
  node: XmlNode,
  names: readonly string[],
  where: (node: XmlNode) => number | null,
): void {
  for (const key of Object.keys(node)) {
    if (names.includes(key)) continue
    const local = key.slice(key.indexOf(':') + 1).toLowerCase()
    const meant = names.find((name) => name === local)
    if (meant === undefined) continue
    const child = asNodes(node[key])[0]
    throw new ResultsParseError(
      file,
      (child && where(child)) ?? where(node),
      `<${key}> is not a JUnit element (JUnit spells it <${meant}>, without a namespace); the results cannot be read as meant`,
    )
  }
}

/** Totals a suite declares (tests, failures + errors) must agree with the cases it holds. */
function checkTotals(
  file: string,
  suite: XmlNode,
  cases: readonly ParsedTest[],
  where: (node: XmlNode) => number | null,
): void {
  const declared = (name: string) => {
    const value = attr(suite, name)
    return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : null
  }
  const tests = declared('tests')
  const failures = declared('failures')
  const errors = declared('errors')
  const failed = cases.filter((c) => c.status === 'failed' || c.status === 'error').length
  const name = attr(suite, 'name') ?? '(unnamed)'
  if (tests !== null && tests !== cases.length) {
    throw new ResultsParseError(
      file,
      where(suite),
      `test suite "${name.slice(0, 80)}" declares tests="${tests}" but holds ${cases.length} test case(s)`,
    )
  }
  if ((failures !== null || errors !== null) && (failures ?? 0) + (errors ?? 0) !== failed) {
    throw new ResultsParseError(
      file,
      where(suite),
      `test suite "${name.slice(0, 80)}" declares ${failures ?? 0} failure(s) and ${errors ?? 0} error(s) but ${failed} of its test cases failed`,
    )
  }
}

/** A `<property name="level" value="P1"/>` (pytest's record_property) on a case or a suite. */
function levelProperty(
  file: string,
  node: XmlNode,
  where: (node: XmlNode) => number | null,
): Level | null {
  const properties = isNode(node.properties) ? asNodes(node.properties.property) : []
  const property = properties.find((p) => attr(p, 'name')?.toLowerCase() === 'level')
  if (!property) return null
  const value = attr(property, 'value') ?? nodeText(property)
  const level = parseLevel(value)
  if (level === null) {
    throw new ResultsParseError(
      file,
      where(property) ?? where(node),
      `property "level" must be P0, P1 or P2 (or P0_HEALTH style), got "${value.slice(0, 40)}"`,
    )
  }
  return level
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asNodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  // Empty elements (<skipped/>) parse as "" and still count.
  return list.map((v) => (isNode(v) ? v : { '#text': typeof v === 'string' ? v : '' }))
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[name]
  return typeof value === 'string' ? value : undefined
}

function nodeText(node: XmlNode): string {
  const text = node['#text']
  return typeof text === 'string' ? text.trim() : ''
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

// ---- TAP 13 / 14 -----------------------------------------------------------------------------

/** `not ok 3 - name # SKIP why`, split without a backtracking regex (lines may be long). */
function tapTestLine(line: string): { ok: boolean; description: string; directive: string } | null {
  const head = /^(not ok|ok)\b/.exec(line)
  if (!head) return null
  const rest = line.slice(head[0].length)
  const hash = rest.indexOf('#')
  const description = (hash === -1 ? rest : rest.slice(0, hash))
    .trim()
    .replace(/^\d+/, '')
    .trim()
    .replace(/^-/, '')
    .trim()
  return {
    ok: head[1] === 'ok',
    description,
    directive: hash === -1 ? '' : rest.slice(hash + 1).trim(),
  }
}

function parseTap(file: string, text: string): ParsedResults {
  const lines = text.split(/\r?\n/)
  const tests: ParsedTest[] = []
  let diagnosticsBytes = 0
  let plan: { count: number; line: number } | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    // Only top-level lines count: an indented block is a subtest summarised by its parent line.
    if (/^\s/.test(line) || line === '') continue
    if (/^Bail out!/i.test(line)) {
      throw new ResultsParseError(
        file,
        i + 1,
        `the runner bailed out: ${line.slice(9).trim() || 'no reason given'}`,
      )
    }
    const planMatch = /^1\.\.(\d+)/.exec(line)
    if (planMatch) {
      plan = { count: Number(planMatch[1]), line: i + 1 }
      continue
    }
    const test = tapTestLine(line)
    if (!test) continue
    const { description, directive } = test
    const name = description || `test ${tests.length + 1}`
    const skip = /^skip\b/i.test(directive)
    const todo = /^todo\b/i.test(directive)
    // A YAML diagnostics block (TAP 13) may follow, indented, between --- and ...
    let diagnostics: Record<string, unknown> = {}
    if (/^\s+---\s*$/.test(lines[i + 1] ?? '')) {
      const start = i + 2
      let end = start
      while (end < lines.length && !/^\s+\.\.\.\s*$/.test(lines[end] as string)) end++
      if (end >= lines.length)
        throw new ResultsParseError(
          file,
          i + 2,
          'YAML block opened with --- is never closed with ...',
        )
      const block = lines.slice(start, end).join('\n')
      const blockBytes = Buffer.byteLength(block)
      diagnosticsBytes += blockBytes
      if (blockBytes > MAX_DIAGNOSTICS_BYTES)
        throw new ResultsParseError(
          file,
          start + 1,
          `YAML diagnostics block is larger than ${MAX_DIAGNOSTICS_BYTES / 1024} KiB; keep a test's diagnostics short`,
        )
      if (diagnosticsBytes > MAX_FILE_DIAGNOSTICS_BYTES)
        throw new ResultsParseError(
          file,
          start + 1,
          `YAML diagnostics add up to more than ${MAX_FILE_DIAGNOSTICS_BYTES / 1024} KiB in this file; keep the diagnostics short or split the results`,
        )
      try {
        // Silent: the library's warnings would print suite text on the gate's stderr.
        const value: unknown = parseYaml(block, {
          maxAliasCount: 10,
          logLevel: 'silent',
          prettyErrors: false,
        })
        if (isNode(value)) diagnostics = value
      } catch (error) {
        throw new ResultsParseError(
          file,
          start + 1,
          `YAML diagnostics are not valid: ${(error as Error).message.split('\n')[0]}`,
        )
      }
      i = end
    }
    const declared = typeof diagnostics.level === 'string' ? diagnostics.level : undefined
    const level = declared !== undefined ? parseLevel(declared) : null
    if (declared !== undefined && level === null) {
      throw new ResultsParseError(
        file,
        i + 1,
        `"level" must be P0, P1 or P2, got "${declared.slice(0, 40)}"`,
      )
    }
    tests.push({
      name: name.slice(0, 200),
      level,
      status: tapStatus(test.ok, skip, todo),
      durationMs: durationMs(String(diagnostics.duration_ms ?? ''), 'ms'),
      message: bounded(
        typeof diagnostics.message === 'string'
          ? diagnostics.message
          : skip || todo
            ? directive
            : '',
      ),
    })
    checkCount(file, tests.length)
  }
  if (plan === null) {
    throw new ResultsParseError(
      file,
      lines.length,
      `TAP without a plan (1..N): ${tests.length} test line(s) but nothing says how many were meant to run, so a cut-short run cannot be told apart`,
    )
  }
  if (plan.count !== tests.length) {
    throw new ResultsParseError(
      file,
      plan.line,
      `the plan announces ${plan.count} tests but ${tests.length} ran: the run was cut short`,
    )
  }
  return { format: 'tap', tests }
}

/** `not ok … # TODO` is an expected failure: TAP says it does not count. */
function tapStatus(ok: boolean, skip: boolean, todo: boolean): ParsedTest['status'] {
  if (skip || (todo && !ok)) return 'skipped'
  return ok ? 'passed' : 'failed'
}

// ---- the source document's Markdown table ----------------------------------------------------

interface TableColumns {
  headerLine: number
  test: number
  level: number
  status: number
  duration: number
  message: number
}

function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  // `\|` is an escaped pipe inside a cell.
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'))
}

function findMarkdownTable(text: string): TableColumns | null {
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    if (!line.trim().startsWith('|')) continue
    const header = cells(line).map((c) => c.toLowerCase())
    const column = (name: string) => header.indexOf(name)
    if (column('test') >= 0 && column('level') >= 0 && column('status') >= 0) {
      return {
        headerLine: index,
        test: column('test'),
        level: column('level'),
        status: column('status'),
        duration: column('duration'),
        message: column('message'),
      }
    }
  }
  return null
}

const MARK_STATUS: Array<[RegExp, ParsedTest['status']]> = [
  [/^(✓|✔|✅|pass|passed|ok)$/i, 'passed'],
  [/^(✗|✘|❌|fail|failed|error|not ok)$/i, 'failed'],
  // ⚠ is how the document marks a check that did not pass at its level (a P2 warning).
  [/^(⚠|⚠️|warn|warning|warned)$/i, 'failed'],
  [/^(–|-|skip|skipped)$/i, 'skipped'],
]

function parseMarkdownTable(file: string, text: string): ParsedResults {
  const columns = findMarkdownTable(text) as TableColumns
  const lines = text.split(/\r?\n/)
  const tests: ParsedTest[] = []
  let row = columns.headerLine + 1
  const separator = lines[row] ?? ''
  if (/^[\s:|-]+$/.test(separator) && separator.includes('-')) row++ // the |---| separator
  for (; row < lines.length; row++) {
    const line = lines[row] as string
    if (!line.trim().startsWith('|')) break
    const cell = cells(line)
    const lineNo = row + 1
    const name = cell[columns.test] ?? ''
    const levelText = cell[columns.level] ?? ''
    const statusText = (cell[columns.status] ?? '').replace(/\*/g, '').trim()
    if (name === '') throw new ResultsParseError(file, lineNo, 'a row without a test name')
    const level = parseLevel(levelText)
    if (level === null) {
      throw new ResultsParseError(
        file,
        lineNo,
        `level of "${name}" must be P0, P1 or P2 (or P0_HEALTH style), got "${levelText}"`,
      )
    }
    const status = MARK_STATUS.find(([pattern]) => pattern.test(statusText))?.[1]
    if (status === undefined) {
      throw new ResultsParseError(
        file,
        lineNo,
        `status of "${name}" must be ✓, ✗, ⚠, – or a word (passed, failed, warning, skipped), got "${statusText}"`,
      )
    }
    tests.push({
      name: name.slice(0, 200),
      level,
      status,
      durationMs: durationMs(columns.duration >= 0 ? cell[columns.duration] : undefined, 'ms'),
      message: bounded(columns.message >= 0 ? (cell[columns.message] ?? '') : ''),
    })
    checkCount(file, tests.length)
  }
  return { format: 'markdown', tests }
}
