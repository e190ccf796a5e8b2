// level-map globs, matched in time linear in the subject: each glob is translated to an RE2
// pattern (the re2js engine never backtracks). A JavaScript RegExp from a glob library took 28 s
// on a 21 KB classname against `*.*.*.*`-style globs; RE2 takes a pass over the subject.

import { RE2JS } from 're2js'

export interface Glob {
  matches(subject: string): boolean
}

/** Longest glob accepted: a bound on the pattern as on the subject. */
export const MAX_GLOB_LENGTH = 1000

/**
 * `*` any run without `/`, `**` any run, `**` then `/` zero or more directories, `?` one character but
 * `/`, `[abc]`, `[a-z]`, `[!x]` a class, `{a,b}` alternatives, `\x` a literal x. Extglobs
 * (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) are refused rather than read as something else.
 */
export function compileGlob(glob: string): Glob {
  if (glob.length > MAX_GLOB_LENGTH) {
    throw new Error(`is longer than ${MAX_GLOB_LENGTH} characters`)
  }
  const re = RE2JS.compile(`(?s)${translate(glob)}`)
  return { matches: (subject) => re.matches(subject) }
}

function translate(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    const next = glob[i + 1]
    if ('@!+*?'.includes(c) && next === '(') {
      throw new Error(`uses an extglob "${c}(…)" at ${i + 1}, which level-map does not read`)
    }
    if (c === '\\') {
      out += next === undefined ? '\\\\' : RE2JS.quote(next)
      i++
    } else if (c === '*') {
      let end = i
      while (glob[end] === '*') end++
      const starts = i === 0 || glob[i - 1] === '/'
      if (end - i >= 2 && glob[end] === '/' && starts) {
        out += '(?:.*/)?'
        i = end
      } else {
        out += end - i >= 2 ? '.*' : '[^/]*'
        i = end - 1
      }
    } else if (c === '?') {
      out += '[^/]'
    } else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
      const end = glob.indexOf(']', i + 2)
      const body = glob.slice(i + 1, end)
      const negated = body.startsWith('!') || body.startsWith('^')
      const chars = Array.from(negated ? body.slice(1) : body)
      out += `[${negated ? '^' : ''}${chars.map((ch) => (ch === '-' ? '-' : /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`)).join('')}]`
      i = end
    } else if (c === '{') {
      const end = closingBrace(glob, i)
      if (end === -1) {
        out += RE2JS.quote(c)
        continue
      }
      out += `(?:${splitTopLevel(glob.slice(i + 1, end))
        .map(translate)
        .join('|')})`
      i = end
    } else {
      out += RE2JS.quote(c)
    }
  }
  return out
}

function closingBrace(glob: string, open: number): number {
  let depth = 0
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '\\') i++
    else if (glob[i] === '{') depth++
    else if (glob[i] === '}' && --depth === 0) return i
  }
  return -1
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++
    else if (body[i] === '{') depth++
    else if (body[i] === '}') depth--
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i))
      start = i + 1
    }
  }
  parts.push(body.slice(start))
  return parts
}
