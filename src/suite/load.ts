// Reads a suite file (YAML or JSON: the YAML parser reads both and keeps positions) and
// returns either a validated suite or errors that name file:line:column and how to fix them.

import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml'
import type { z } from 'zod'
import { readBounded } from './files.js'
import { jsonErrorOffset } from './json-position.js'
import { CHECK_KINDS, suiteSchema, type SuiteFile } from './schema.js'

const MAX_SUITE_BYTES = 4 * 1024 * 1024
/** Aliases a suite file may use: enough for shared settings, far too few for a "billion laughs". */
const MAX_ALIASES = 100

export type LoadedSuite =
  | { ok: true; suite: SuiteFile; /** file:line:column of the checks list */ checksAt: string }
  | { ok: false; errors: string[] }

export async function loadSuite(file: string): Promise<LoadedSuite> {
  let source: string
  try {
    // A regular file of bounded size only: a FIFO or a link to /dev/zero is refused at once.
    source = await readBounded(file, MAX_SUITE_BYTES)
  } catch (error) {
    return {
      ok: false,
      errors: [`${file}:1:1: cannot read the suite file: ${(error as Error).message}`],
    }
  }
  return parseSuite(source, file)
}

export function parseSuite(source: string, file: string): LoadedSuite {
  const lines = new LineCounter()
  const at = (offset: number | undefined) => {
    const { line, col } = lines.linePos(offset ?? 0)
    return `${file}:${line}:${col}`
  }
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(
        (e) => `${at(e.pos[0])}: ${firstLine(e.message)} (fix the YAML/JSON syntax here)`,
      ),
    }
  }
  // A .json file is JSON, not YAML that happens to look like it: a trailing comma is an error.
  if (file.endsWith('.json')) {
    const error = strictJsonError(source)
    if (error !== null) return { ok: false, errors: [`${at(error.offset)}: ${error.message}`] }
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    return {
      ok: false,
      errors: [
        `${at(firstAliasOffset(doc))}: ${firstLine((error as Error).message)}; a suite file may not expand aliases this much (at most ${MAX_ALIASES} alias uses); write the checks out`,
      ],
    }
  }
  const parsed = suiteSchema.safeParse(raw)
  // Every error at once: schema problems and reference problems in one report.
  const errors = parsed.success
    ? []
    : parsed.error.issues.map((issue) => describeIssue(issue, doc, at))
  errors.push(...checkReferences(namedChecks(raw), doc, at))
  if (!parsed.success || errors.length > 0) return { ok: false, errors }
  return { ok: true, suite: parsed.data, checksAt: at(keyOffset(doc, [], 'checks')) }
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset
}

/** JSON.parse's complaint, placed where the strict-JSON scanner finds the first bad character. */
function strictJsonError(source: string): { offset: number; message: string } | null {
  try {
    JSON.parse(source)
    return null
  } catch {
    const offset = jsonErrorOffset(source) ?? 0
    const found =
      offset < source.length ? `unexpected ${JSON.stringify(source[offset])}` : 'unexpected end'
    return {
      offset,
      message: `not valid JSON: ${found} here; a .json suite is parsed as strict JSON (no trailing commas or comments), use .yml for YAML`,
    }
  }
}

/** What the reference checks need, read leniently so they run even when the schema fails. */
interface NamedCheck {
  name: string
  dependsOn: string[]
}

function namedChecks(raw: unknown): Array<NamedCheck | null> {
  const checks = (raw as { checks?: unknown } | null)?.checks
  if (!Array.isArray(checks)) return []
  return checks.map((check: unknown) => {
    const c = check as { name?: unknown; 'depends-on'?: unknown } | null
    if (typeof c?.name !== 'string' || c.name.trim() === '') return null
    const deps = Array.isArray(c['depends-on'])
      ? c['depends-on'].filter((d): d is string => typeof d === 'string')
      : []
    return { name: c.name.trim(), dependsOn: deps }
  })
}

type At = (offset: number | undefined) => string

function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true)
    if (node && typeof node === 'object' && 'range' in node) return node as Node
  }
  return null
}

function keyOffset(doc: Document, path: readonly PropertyKey[], key: string): number | undefined {
  const node = nodeAt(doc, path)
  if (node && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
    if (pair && isScalar(pair.key)) return pair.key.range?.[0]
  }
  return node?.range?.[0]
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, at: At): string {
  const path = issue.path
  const where = path.length > 0 ? ` (at ${path.join('.')})` : ''
  const checkName = checkLabel(doc, path)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map(
        (key) =>
          `${at(keyOffset(doc, path, key))}: unknown field "${key}"${checkName}; remove it or fix its spelling${where}`,
      )
      .join('\n')
  }
  if (issue.code === 'invalid_union' && path[path.length - 1] === 'kind') {
    const kind = doc.getIn(path as (string | number)[])
    const what =
      kind === undefined ? 'a check without "kind"' : `unknown check kind "${String(kind)}"`
    return `${at(nodeAt(doc, path)?.range?.[0])}: ${what}${checkName}; set kind to one of ${CHECK_KINDS.join(', ')}`
  }
  return `${at(nodeAt(doc, path)?.range?.[0])}: ${issue.message}${checkName}${where}`
}

/** ` in check "name"` for a path inside checks[i], else ''. */
function checkLabel(doc: Document, path: readonly PropertyKey[]): string {
  if (path[0] !== 'checks' || typeof path[1] !== 'number') return ''
  const name = doc.getIn(['checks', path[1], 'name'])
  return typeof name === 'string' ? ` in check "${name}"` : ` in check #${path[1] + 1}`
}

/** Duplicate names, unknown depends-on targets and cycles: what zod alone cannot see. */
function checkReferences(checks: Array<NamedCheck | null>, doc: Document, at: At): string[] {
  const errors: string[] = []
  const index = new Map<string, number>()
  checks.forEach((check, i) => {
    if (check === null) return
    const first = index.get(check.name)
    if (first !== undefined) {
      errors.push(
        `${at(nodeAt(doc, ['checks', i, 'name'])?.range?.[0])}: duplicate check name "${check.name}" (first at ${at(nodeAt(doc, ['checks', first, 'name'])?.range?.[0])}); give each check a unique name`,
      )
    } else {
      index.set(check.name, i)
    }
  })
  checks.forEach((check, i) => {
    check?.dependsOn.forEach((target, j) => {
      if (!index.has(target)) {
        errors.push(
          `${at(nodeAt(doc, ['checks', i, 'depends-on', j])?.range?.[0])}: check "${check.name}" depends on "${target}", which is not a check in this suite; fix the name or remove it`,
        )
      }
    })
  })
  if (errors.length > 0) return errors
  const cycle = findCycle(checks, index)
  if (cycle) {
    const [from] = cycle
    const i = index.get(from as string) as number
    const j = checks[i]?.dependsOn.indexOf(cycle[1] as string) ?? 0
    const node = doc.getIn(['checks', i, 'depends-on'], true)
    const item = isSeq(node) ? (node.items[j] as Node | undefined) : undefined
    errors.push(
      `${at(item?.range?.[0] ?? nodeAt(doc, ['checks', i])?.range?.[0])}: depends-on cycle ${cycle.join(' → ')}; remove one of these dependencies`,
    )
  }
  return errors
}

/** A cycle as names [a, b, ..., a], or null; iterative DFS, bounded by the number of checks. */
function findCycle(
  checks: ReadonlyArray<NamedCheck | null>,
  index: Map<string, number>,
): string[] | null {
  const state = new Array<0 | 1 | 2>(checks.length).fill(0) // unvisited, on stack, done
  for (let root = 0; root < checks.length; root++) {
    if (state[root] !== 0) continue
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }]
    state[root] = 1
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; next: number }
      const deps = checks[top.node]?.dependsOn ?? []
      if (top.next >= deps.length) {
        state[top.node] = 2
        stack.pop()
        continue
      }
      const dep = index.get(deps[top.next++] as string) as number
      if (state[dep] === 1) {
        const from = stack.findIndex((f) => f.node === dep)
        return [
          ...stack.slice(from).map((f) => checks[f.node]?.name as string),
          checks[dep]?.name as string,
        ]
      }
      if (state[dep] === 0) {
        state[dep] = 1
        stack.push({ node: dep, next: 0 })
      }
    }
  }
  return null
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

/**
 * The checks a run of `subset` would select, or why that selection cannot run (no checks, none
 * in the subset, a dependency outside it). `run` and `validate` share it, so they agree.
 */
export function selectChecks(
  suite: SuiteFile,
  subset: string,
  label: string,
): { checks: SuiteFile['checks'] } | { errors: string[] } {
  const all = suite.checks
  const selected = subset === 'full' ? all : all.filter((c) => c.subsets?.includes(subset))
  if (selected.length === 0) {
    return {
      errors: [
        all.length === 0
          ? `${label}: the suite has no checks, and an empty suite never passes; add checks.`
          : `${label}: no check is in subset "${subset}"; add "${subset}" to some checks' subsets, or choose another subset.`,
      ],
    }
  }
  const names = new Set(selected.map((c) => c.name))
  const outside = selected.flatMap((c) =>
    (c['depends-on'] ?? [])
      .filter((d) => !names.has(d))
      .map(
        (d) =>
          `${label}: check "${c.name}" (subset "${subset}") depends on "${d}", which is not in that subset; add it to the subset or drop the dependency.`,
      ),
  )
  return outside.length > 0 ? { errors: outside } : { checks: selected }
}

/**
 * Validation for `preflight validate`: every error `run` would report, for each selection
 * given (by default paper's and live's), or none.
 */
export async function validateSuiteFile(
  file: string,
  selections: ReadonlyArray<{ mode: string; subset: string }> = [
    { mode: 'paper', subset: 'production' },
    { mode: 'live', subset: 'full' },
  ],
): Promise<string[]> {
  const loaded = await loadSuite(file)
  if (!loaded.ok) return loaded.errors
  const errors = new Set<string>()
  for (const { mode, subset } of selections) {
    const selected = selectChecks(loaded.suite, subset, loaded.checksAt)
    if ('errors' in selected) {
      for (const error of selected.errors) errors.add(`${error} (mode ${mode})`)
    }
  }
  return [...errors]
}
