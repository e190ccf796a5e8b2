// Where strict JSON goes wrong. JSON.parse says what is wrong but (on recent V8) not where; this
// scanner walks the same grammar and returns the offset of the first character it cannot accept.
// It runs only after JSON.parse has refused the text.

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null']
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// Control characters are exactly what strict JSON forbids inside a string.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

class Stop extends Error {
  constructor(readonly offset: number) {
    super('invalid JSON')
  }
}

/** The offset of the first character strict JSON does not allow, or null if none is found. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++
  }
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = i
    const match = pattern.exec(text)
    if (!match) throw new Stop(i)
    i += match[0].length
  }
  const value = (depth: number): void => {
    if (depth > 1000) throw new Stop(i)
    skip()
    const c = text[i]
    if (c === '{') {
      i++
      skip()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        skip()
        if (text[i] !== '"') throw new Stop(i)
        sticky(STRING)
        skip()
        if (text[i] !== ':') throw new Stop(i)
        i++
        value(depth + 1)
        skip()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        throw new Stop(i)
      }
    }
    if (c === '[') {
      i++
      skip()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        skip()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        throw new Stop(i)
      }
    }
    if (c === '"') return sticky(STRING)
    const literal = LITERALS.find((l) => text.startsWith(l, i))
    if (literal !== undefined) {
      i += literal.length
      return
    }
    sticky(NUMBER)
  }
  try {
    value(0)
    skip()
    return i < text.length ? i : null
  } catch (error) {
    if (error instanceof Stop) return error.offset
    return null // nesting too deep for the scanner: the caller reports the start
  }
}
