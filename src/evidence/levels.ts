// Which level (P0, P1, P2) a test from another runner belongs to: its own `level` property,
// else the `level-map` input, else a p0/p1/p2 token in its name. No level means P0 (fail closed).

import { compileGlob } from './glob.js'
import { LEVELS, type Level } from '../model.js'

const LEVEL_NAME = /^p([0-2])(?:[_-][a-z0-9]+)*$/i

/** `P0`, `p1`, docs/source-document.md's `P0_HEALTH`, `P1_INTEGRATION`…; null for anything else. */
export function parseLevel(text: string): Level | null {
  const match = LEVEL_NAME.exec(text.trim())
  return match ? (`P${match[1]}` as Level) : null
}

export interface LevelRule {
  level: Level
  pattern: string
  matches: (subject: string) => boolean
}

export type LevelMapResult = { ok: true; rules: LevelRule[] } | { ok: false; error: string }

/**
 * Parses `level-map` lines such as `P1: tests.integration.*` (blank lines and `#` comments
 * skipped). An error names the line; the caller names the map as its surface does.
 */
export function parseLevelMap(text: string): LevelMapResult {
  const rules: LevelRule[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const match = /^([^:]+):\s*(.+)$/.exec(line)
    const level = match ? parseLevel(match[1] as string) : null
    if (!match || !level) {
      return {
        ok: false,
        error: `line ${index + 1} ("${line.slice(0, 80)}") must read "P0: <glob>", "P1: <glob>" or "P2: <glob>".`,
      }
    }
    const pattern = (match[2] as string).trim()
    try {
      const glob = compileGlob(pattern)
      rules.push({ level, pattern, matches: (subject) => glob.matches(subject) })
    } catch (error) {
      return {
        ok: false,
        error: `line ${index + 1}: the glob "${pattern.slice(0, 80)}" ${(error as Error).message}.`,
      }
    }
  }
  return { ok: true, rules }
}

/** What a test is known by, for the level map and the name tokens. */
export interface TestIdentity {
  name: string
  classname?: string
  file?: string
}

/** The most severe level among the rules that match `classname.name` or the file. */
export function levelFromMap(rules: readonly LevelRule[], test: TestIdentity): Level | null {
  const subjects = [test.classname ? `${test.classname}.${test.name}` : test.name]
  if (test.file) subjects.push(test.file)
  const matched = rules
    .filter((rule) => subjects.some((s) => rule.matches(s)))
    .map((rule) => rule.level)
  return mostSevere(matched)
}

/** A `p0`/`p1`/`p2` word in the test's name or classname (`test_p1_orders`, `P2_COSMETIC`). */
export function levelFromTokens(test: TestIdentity): Level | null {
  const words = `${test.classname ?? ''} ${test.name}`.split(/[^A-Za-z0-9]+/)
  return mostSevere(words.map((w) => (/^p[0-2]$/i.test(w) ? (w.toUpperCase() as Level) : null)))
}

/** P0 before P1 before P2: with two candidates the stricter wins. */
function mostSevere(levels: readonly (Level | null)[]): Level | null {
  return LEVELS.find((level) => levels.includes(level)) ?? null
}
