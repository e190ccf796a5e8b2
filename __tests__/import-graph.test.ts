import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The house has floors: src/model.ts at the bottom imports no module of the gate, the entry files
// at the top are imported by none, and no import (type imports included) runs in a circle.

const SRC = path.resolve(import.meta.dirname, '..', 'src')

/** Every module under src/ with the modules of src/ it imports (static, dynamic and type). */
function importGraph(root: string): Map<string, string[]> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(root, f))
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const imported = ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')))
    graph.set(file, imported)
  }
  return graph
}

/** The import circles: strongly connected groups of more than one module, or a self-import. */
function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  let next = 0
  const visit = (module: string) => {
    index.set(module, next)
    low.set(module, next)
    next++
    stack.push(module)
    onStack.add(module)
    for (const target of graph.get(module) ?? []) {
      if (!graph.has(target)) continue
      if (!index.has(target)) {
        visit(target)
        low.set(module, Math.min(low.get(module)!, low.get(target)!))
      } else if (onStack.has(target)) {
        low.set(module, Math.min(low.get(module)!, index.get(target)!))
      }
    }
    if (low.get(module) !== index.get(module)) return
    const group: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      group.push(path.relative(SRC, member))
    } while (member !== module)
    if (group.length > 1 || graph.get(module)!.includes(module)) circles.push(group.sort())
  }
  for (const module of graph.keys()) if (!index.has(module)) visit(module)
  return circles
}

describe('the import graph of src/', () => {
  const graph = importGraph(SRC)

  it('has no import circle', () => {
    expect(graph.size).toBeGreaterThan(50)
    expect(importCircles(graph)).toEqual([])
  })

  it('finds a circle when there is one', () => {
    const a = path.join(SRC, 'a.ts')
    const b = path.join(SRC, 'b.ts')
    const c = path.join(SRC, 'c.ts')
    const circular = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ])
    expect(importCircles(circular)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it('keeps the model on the ground floor: it imports no module of the gate', () => {
    expect(graph.get(path.join(SRC, 'model.ts'))).toEqual([])
  })

  it('keeps the entry files at the top: no module imports them', () => {
    const entries = [path.join(SRC, 'index.ts'), path.join(SRC, 'cli', 'index.ts')]
    const importers = [...graph].filter(([, targets]) => targets.some((t) => entries.includes(t)))
    expect(importers.map(([file]) => path.relative(SRC, file))).toEqual([])
  })
})

/**
 * Where a verdict ('proceed', 'abort', 'approval-required') is written as a literal outside a
 * comparison, a type, a case label or a schema's list of values: only src/decision.ts decides.
 */
function verdictLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const comparisons = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ]
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) && VERDICT_WORDS.has(node.text)) {
      const parent = node.parent
      const allowed =
        ts.isLiteralTypeNode(parent) ||
        ts.isCaseClause(parent) ||
        ts.isArrayLiteralExpression(parent) ||
        (ts.isBinaryExpression(parent) && comparisons.includes(parent.operatorToken.kind)) ||
        // An object key ({ 'approval-required': 1 }), not a value.
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        // An event name (signal.addEventListener('abort', …)), not a verdict.
        (ts.isCallExpression(parent) && /EventListener$/.test(parent.expression.getText()))
      if (!allowed) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart())
        found.push(`${path.relative(SRC, file)}:${line + 1}: ${parent.getText().slice(0, 60)}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
const VERDICT_WORDS = new Set(['proceed', 'abort', 'approval-required'])

describe('the one decision', () => {
  // The drill's expectations are the source document's, written apart from the table on purpose
  // (a drill that asked decision.ts could not catch a wrong decision); the audit reads the word
  // 'proceed' in users' workflow expressions.
  const ORACLES = new Set(
    ['decision.ts', 'audit/drill.ts', 'audit/workflows.ts'].map((f) => path.join(SRC, f)),
  )

  it('assigns no verdict outside src/decision.ts', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(SRC, f))
      .filter((f) => !ORACLES.has(f))
    expect(files.flatMap((f) => verdictLiterals(f, readFileSync(f, 'utf8')))).toEqual([])
  })

  it('finds a verdict assigned by hand', () => {
    const file = path.join(SRC, 'x.ts')
    expect(
      verdictLiterals(file, "const outputs = { verdict: 'abort' }\nconst v = ok ? 'proceed' : x"),
    ).toEqual(["x.ts:1: verdict: 'abort'", "x.ts:2: ok ? 'proceed' : x"])
    expect(
      verdictLiterals(
        file,
        "if (v === 'proceed') f()\ntype V = 'abort'\nconst rank = { abort: 0 }",
      ),
    ).toEqual([])
  })
})
