// ${env:NAME} expansion. A value is data, never syntax: a string command is split into words
// first and each word expanded afterwards, so a value is always exactly one argument; a shell
// script gets a quoted "${NAME}" reference and the value through its environment; a pattern
// matches the value literally. A value is remembered for redaction when it is a credential: its
// variable's name looks secret (*TOKEN*, *PASSWORD*…) or it lands in a URL's userinfo, where it
// is also percent-encoded so `@ / % #` in a password cannot split the URL. A port or a year stays
// readable in the reports (docs/redaction.md).

import { looksSecret } from '../redact.js'
import { commandArgv } from '../runner/command.js'
import { quotePattern } from './pattern.js'

const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g
// Private-use characters stand in for references while a command is split into words.
const MARK_OPEN = '\uE000'
const MARK_CLOSE = '\uE001'
const MARK = /\uE000(\d+)\uE001/g
/** scheme://userinfo@ at the start of a field, as written (references hold no / ? #). */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i

/** Raised for a problem in the check's own definition (an unset ${env:X}): never retried. */
export class CheckDefinitionError extends Error {}

export class Expander {
  /** Every credential expanded or read by an env check, for redaction. */
  readonly secrets = new Set<string>()

  // Values of variables named in `redact` are hidden by the engine's redactor whatever the name.
  constructor(
    readonly env: NodeJS.ProcessEnv,
    private readonly onSecret: (value: string) => void = () => {},
  ) {}

  /** The value of a variable a check reads; remembered when its name looks secret. */
  read(name: string): string | undefined {
    const value = this.env[name]
    if (value && looksSecret(name)) this.remember(value)
    return value
  }

  private remember(value: string): void {
    if (this.secrets.has(value)) return
    this.secrets.add(value)
    this.onSecret(value)
  }

  private value(name: string): string {
    const found = this.read(name)
    if (found === undefined || found === '') {
      throw new CheckDefinitionError(
        `environment variable ${name} is not set (referenced as \${env:${name}})`,
      )
    }
    return found
  }

  /**
   * A plain string field (url, host, path, header, body-contains, json value...). A value that
   * lands in a URL's userinfo is a credential: percent-encoded there, and hidden in both forms.
   */
  text(value: string): string {
    const userInfo = USER_INFO.exec(value)
    const userInfoEnd = userInfo === null ? 0 : userInfo[0].length - 1
    return value.replace(ENV_REFERENCE, (_, name: string, offset: number) => {
      const found = this.value(name)
      if (offset >= userInfoEnd) return found
      const encoded = encodeURIComponent(found)
      this.remember(found)
      this.remember(encoded)
      return encoded
    })
  }

  /** A pattern field: each value is quoted, so it matches itself and adds no syntax. */
  pattern(value: string): string {
    return value.replace(ENV_REFERENCE, (_, name: string) => quotePattern(this.value(name)))
  }

  /** A command: argv array, a string split like a shell would, or a /bin/sh -c script. */
  argv(command: string | readonly string[], shell: boolean): string[] {
    if (typeof command !== 'string') return command.map((arg) => this.text(arg))
    if (shell) {
      // The shell reads the value from its environment; the script text never holds it.
      return ['/bin/sh', '-c', shellReferences(command, (name) => this.value(name))]
    }
    if (command.includes(MARK_OPEN) || command.includes(MARK_CLOSE)) {
      throw new CheckDefinitionError('command holds private-use characters U+E000/U+E001')
    }
    const quoteError = unbalancedQuote(command)
    if (quoteError !== null) throw new CheckDefinitionError(quoteError)
    const names: string[] = []
    const marked = command.replace(ENV_REFERENCE, (_, name: string) => {
      names.push(name)
      return `${MARK_OPEN}${names.length - 1}${MARK_CLOSE}`
    })
    const split = commandArgv(marked, 'command')
    if ('error' in split) throw new CheckDefinitionError(split.error)
    return split.argv.map((word) =>
      word.replace(MARK, (_, index: string) => this.value(names[Number(index)] as string)),
    )
  }
}

/**
 * Rewrites each ${env:NAME} in a shell script as a quoted reference to $NAME, quoted for where
 * it stands: "${NAME}" outside quotes, ${NAME} inside double quotes, '"${NAME}"' inside single
 * quotes (close, reference, reopen). The value always stays one word and is never parsed.
 */
function shellReferences(script: string, check: (name: string) => void): string {
  let out = ''
  let quote: '"' | "'" | null = null
  for (let i = 0; i < script.length; i++) {
    const rest = script.slice(i)
    const reference = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest)
    if (reference) {
      const name = reference[1] as string
      check(name)
      out += quote === '"' ? `\${${name}}` : quote === "'" ? `'"\${${name}}"'` : `"\${${name}}"`
      i += reference[0].length - 1
      continue
    }
    const c = script[i] as string
    out += c
    if (quote !== "'" && c === '\\' && i + 1 < script.length) {
      out += script[++i]
    } else if (quote === null && (c === '"' || c === "'")) {
      quote = c
    } else if (c === quote) {
      quote = null
    }
  }
  return out
}

/** A quote left open (`node "ok.mjs`) is a mistake, not something to guess around. */
export function unbalancedQuote(command: string): string | null {
  let quote: '"' | "'" | null = null
  for (let i = 0; i < command.length; i++) {
    const c = command[i]
    if (quote === null) {
      if (c === '\\') i++
      else if (c === '"' || c === "'") quote = c
    } else if (c === quote) {
      quote = null
    } else if (quote === '"' && c === '\\') {
      i++
    }
  }
  return quote === null
    ? null
    : `command has an unbalanced ${quote === '"' ? 'double' : 'single'} quote; close it or use an argv array`
}

/**
 * A pattern as the load-time check sees it: each ${env:} reference stands for one literal
 * character, since an expanded value always matches literally.
 */
export function withoutEnvReferences(value: string): string {
  return value.replace(ENV_REFERENCE, 'x')
}
