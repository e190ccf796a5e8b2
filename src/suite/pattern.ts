// Every pattern a suite author writes runs on RE2 (the re2js port), whose matching time grows
// linearly with the input: no pattern can hold the gate's thread, however it is written. RE2 has
// no backreferences or lookaround; a pattern that needs them is a check-definition error.

import { RE2JS } from 're2js'

export interface UserPattern {
  /** Whether the pattern matches anywhere in text. */
  test(text: string): boolean
  /** The first group of the first match (or the whole match), or null. */
  firstGroup(text: string): string | null
}

/** Compiles a pattern; `multiline` makes ^ and $ match at line ends. Throws on RE2 syntax errors. */
export function compilePattern(source: string, options: { multiline?: boolean } = {}): UserPattern {
  const re = RE2JS.compile(source, options.multiline ? RE2JS.MULTILINE : 0)
  return {
    test: (text) => re.matcher(text).find(),
    firstGroup(text) {
      const m = re.matcher(text)
      if (!m.find()) return null
      return (re.groupCount() >= 1 ? m.group(1) : null) ?? m.group(0)
    },
  }
}

/** Why RE2 refuses a pattern, or null when it compiles. */
export function patternError(source: string): string | null {
  try {
    RE2JS.compile(source)
    return null
  } catch (error) {
    return `is not a pattern the gate accepts (RE2 syntax, which has no backreferences or lookaround, so no pattern can stall the gate): ${(error as Error).message}`
  }
}

/** Quotes text so a pattern matches it literally (used for ${env:} values inside patterns). */
export function quotePattern(text: string): string {
  return RE2JS.quote(text)
}

/** Ajv's `code.regExp` hook: JSON Schema `pattern` and `patternProperties` run on RE2 too. */
export function ajvRegExp(source: string): { test: (text: string) => boolean } {
  const re = RE2JS.compile(source)
  return { test: (text) => re.matcher(text).find() }
}
