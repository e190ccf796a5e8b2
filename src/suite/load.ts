// Reads a suite file (YAML or JSON: the YAML parser reads both and keeps positions) and
// returns either a validated suite or errors that name file:line:column and how to fix them.

import { readFile } from 'node:fs/promises'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import { CHECK_KINDS, suiteSchema, type CheckSpec, type SuiteFile } from './schema.js'

const MAX_SUITE_BYTES = 4 * 1024 * 1024

export type LoadedSuite = { ok: true; suite: SuiteFile } | { ok: false; errors: string[] }

export async function loadSuite(file: string): Promise<LoadedSuite> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    return {
      ok: false,
      errors: [`${file}: cannot read the suite file: ${(error as Error).message}`],
    }
  }
  if (Buffer.byteLength(source) > MAX_SUITE_BYTES) {
    return { ok: false, errors: [`${file}: the suite file is over ${MAX_SUITE_BYTES} bytes`] }
  }
  return parseSuite(source, file)
}

export function parseSuite(source: string, file: string): LoadedSuite {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number | undefined) => {
    const { line, col } = lines.linePos(offset ?? 0)
    return `${file}:${line}:${col}`
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(
        (e) => `${at(e.pos[0])}: ${firstLine(e.message)} (fix the YAML/JSON syntax here)`,
      ),
    }
  }
  const parsed = suiteSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, doc, at)) }
  }
  const errors = checkReferences(parsed.data, doc, at)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, suite: parsed.data }
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
function checkReferences(suite: SuiteFile, doc: Document, at: At): string[] {
  const errors: string[] = []
  const index = new Map<string, number>()
  suite.checks.forEach((check, i) => {
    const first = index.get(check.name)
    if (first !== undefined) {
      errors.push(
        `${at(nodeAt(doc, ['checks', i, 'name'])?.range?.[0])}: duplicate check name "${check.name}" (first at ${at(nodeAt(doc, ['checks', first, 'name'])?.range?.[0])}); give each check a unique name`,
      )
    } else {
      index.set(check.name, i)
    }
  })
  suite.checks.forEach((check, i) => {
    ;(check['depends-on'] ?? []).forEach((target, j) => {
      if (!index.has(target)) {
        errors.push(
          `${at(nodeAt(doc, ['checks', i, 'depends-on', j])?.range?.[0])}: check "${check.name}" depends on "${target}", which is not a check in this suite; fix the name or remove it`,
        )
      }
    })
  })
  if (errors.length > 0) return errors
  const cycle = findCycle(suite.checks, index)
  if (cycle) {
    const [from] = cycle
    const i = index.get(from as string) as number
    const j = suite.checks[i]?.['depends-on']?.indexOf(cycle[1] as string) ?? 0
    const node = doc.getIn(['checks', i, 'depends-on'], true)
    const item = isSeq(node) ? (node.items[j] as Node | undefined) : undefined
    errors.push(
      `${at(item?.range?.[0] ?? nodeAt(doc, ['checks', i])?.range?.[0])}: depends-on cycle ${cycle.join(' → ')}; remove one of these dependencies`,
    )
  }
  return errors
}

/** A cycle as names [a, b, ..., a], or null; iterative DFS, bounded by the number of checks. */
function findCycle(checks: readonly CheckSpec[], index: Map<string, number>): string[] | null {
  const state = new Array<0 | 1 | 2>(checks.length).fill(0) // unvisited, on stack, done
  for (let root = 0; root < checks.length; root++) {
    if (state[root] !== 0) continue
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }]
    state[root] = 1
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; next: number }
      const deps = checks[top.node]?.['depends-on'] ?? []
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

/** Validation for `preflight validate`: the errors, or none. */
export async function validateSuiteFile(file: string): Promise<string[]> {
  const loaded = await loadSuite(file)
  return loaded.ok ? [] : loaded.errors
}
