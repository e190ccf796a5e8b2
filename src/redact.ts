// Secrets stay out of the evidence. GitHub masks secrets in the job log, but not in artifacts,
// so every report, summary, output, log entry, comment and file name passes through one
// pipeline: decode (entities, UTF-8), strip control sequences, then redact. Decoding and
// stripping come first because a secret split by `\e[0m` or written as `&#103;hp_…` is whole
// again once rendered. What is secret is listed in docs/redaction.md.

import { Transform, type TransformCallback } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import type { GateRun } from './model.js'
import { secretNames } from './runner/custody.js'
import { plainText } from './sanitize.js'

export const REDACTED = '***'

/** Shorter values would erase ordinary text; GitHub's own masking has the same blind spot. */
export const MIN_SECRET_LENGTH = 4

// Token shapes redacted even when nobody named them: [shape, replacement].
const TOKEN_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g, REDACTED], // GitHub tokens
  [/\bgithub_pat_[A-Za-z0-9_]{20,255}\b/g, REDACTED],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED], // AWS access key ids
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, REDACTED], // Slack tokens
  // Authorization header values: the scheme stays, the credential goes.
  [
    /\b(Authorization:\s*(?:Bearer|Basic|token)\s+|Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    `$1${REDACTED}`,
  ],
  // JSON Web Tokens (the runner's ACTIONS_RUNTIME_TOKEN and OIDC tokens are JWTs).
  [/\beyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g, REDACTED],
  // Credentials in a URL: scheme://user:password@host (the user stays, the password goes).
  [/\b([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@]{0,256}:)[^\s/@]{1,1024}@/gi, `$1${REDACTED}@`],
]

/** Longer than any token shape above can match (a JWT: three bounded parts). */
const TOKEN_SHAPE_MAX_LENGTH = 16 * 1024 + 8

/** Names that say their value is a credential: `${env:}` values of these are hidden. */
const SECRET_LOOKING_NAME = /TOKEN|SECRET|PASSWORD|PASS|KEY|CREDENTIAL|AUTH/i

export function looksSecret(name: string): boolean {
  return SECRET_LOOKING_NAME.test(name)
}

/**
 * The values of the runner's credentials the gate withholds (the list the secret custody keeps,
 * src/runner/custody.ts): the workflow token as the gate's input and as the usual variables, the
 * runtime token, the results service address and the OIDC token request. Hidden wherever they
 * appear, even when `pass-env` hands one to the suite.
 */
export function withheldSecretValues(env: NodeJS.ProcessEnv): string[] {
  return secretNames(env, []).flatMap((name) => env[name] ?? [])
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Character references (`&#10;`, `&#x67;`) and XML's five named entities, decoded once. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/gi,
    (whole, ref: string) => {
      if (ref[0] !== '#') return XML_ENTITIES[ref.toLowerCase()] ?? whole
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd'
    },
  )
}

/** The first two steps of the evidence pipeline: decode, then strip control sequences. */
export function evidenceText(text: string): string {
  return plainText(decodeEntities(text))
}

/** A mask announced on a line; the value ends at the line's end, a CR included (as readline splits). */
const ADD_MASK = /::add-mask::([^\r\n]*)/

export class Redactor {
  private readonly values = new Set<string>()
  private pattern: RegExp | null = null
  private longest = 0
  /** Values the suite announced with ::add-mask::, to re-announce to the runner. */
  readonly announced: string[] = []

  constructor(values: Iterable<string | undefined> = []) {
    for (const value of values) this.add(value)
  }

  /** Adds one form of a secret (and each of its lines, as GitHub masks multi-line secrets). */
  private addForm(value: string): void {
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim()
      if (trimmed.length >= MIN_SECRET_LENGTH && !this.values.has(trimmed)) {
        this.values.add(trimmed)
        this.longest = Math.max(this.longest, trimmed.length)
        this.pattern = null
      }
    }
  }

  /**
   * Adds a secret value and the forms it takes once written down: percent-encoded (in a URL)
   * and, for a value holding control characters, stripped as the pipeline strips the text.
   */
  add(value: string | undefined): void {
    if (value === undefined) return
    for (const form of new Set([value, evidenceText(value), encodeURIComponent(value)])) {
      this.addForm(form)
    }
  }

  /** Adds the values of the named environment variables. */
  addVariables(names: readonly string[], env: NodeJS.ProcessEnv): void {
    for (const name of names) this.add(env[name])
  }

  /** Adds the values of the credentials the gate withholds (see withheldSecretValues). */
  addWithheld(env: NodeJS.ProcessEnv): void {
    for (const value of withheldSecretValues(env)) this.add(value)
  }

  /** Picks up `::add-mask::value` from a line of suite output; returns whether it was one. */
  learnFromLine(line: string): boolean {
    const match = ADD_MASK.exec(line)
    if (!match) return false
    const value = (match[1] ?? '').trim()
    if (value.length >= MIN_SECRET_LENGTH && !this.values.has(value)) {
      this.add(value)
      this.announced.push(value)
    }
    return true
  }

  /** The whole pipeline: decode, strip control sequences, redact. Every surface uses this. */
  redact(text: string): string {
    return this.redactPlain(evidenceText(text))
  }

  /** Redaction alone, for text already decoded and stripped. */
  private redactPlain(text: string): string {
    let out = text
    const pattern = this.secretPattern()
    if (pattern !== null) out = out.replace(pattern, REDACTED)
    for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement)
    return out
  }

  /**
   * The run with its free text redacted: what the suite, the checks, people and services wrote.
   * The decision, statuses, levels, mode and other fields the gate itself sets are kept as they
   * are: a secret that happens to be "live" or "proceed" must not rewrite the verdict.
   */
  redactRun(run: GateRun): GateRun {
    const text = (value: string) => this.redact(value)
    const { outcome } = run
    return {
      ...run,
      source: text(run.source),
      reason: text(run.reason),
      ticket: text(run.ticket),
      impact: text(run.impact),
      mitigation: text(run.mitigation),
      operator: text(run.operator),
      outcome: {
        ...outcome,
        notes: outcome.notes.map(text),
        outputTail: text(outcome.outputTail),
        checks: outcome.checks.map((check) => ({
          ...check,
          name: text(check.name),
          message: text(check.message),
          ...(check.description !== undefined && { description: text(check.description) }),
          ...(check.remediation !== undefined && { remediation: text(check.remediation) }),
          ...(check.output !== undefined && { output: text(check.output) }),
        })),
        ...(outcome.appendedArgs && { appendedArgs: outcome.appendedArgs.map(text) }),
        ...(outcome.evidenceFiles && { evidenceFiles: outcome.evidenceFiles.map(text) }),
        ...(outcome.unmappedChecks && { unmappedChecks: outcome.unmappedChecks.map(text) }),
      },
      approval: run.approval && {
        ...run.approval,
        approvers: run.approval.approvers.map((a) => ({
          login: a.login,
          comment: text(a.comment),
        })),
        refusals: run.approval.refusals.map(text),
        warnings: run.approval.warnings.map(text),
      },
      upload:
        run.upload?.kind === 'failed'
          ? { ...run.upload, error: text(run.upload.error), note: text(run.upload.note) }
          : run.upload,
    }
  }

  /** Every named secret, longest first (a secret that contains another is hidden whole). */
  private secretPattern(): RegExp | null {
    if (this.values.size === 0) return null
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    )
    return this.pattern
  }

  /** A deep copy with every string redacted (keys kept): for free text only, never for fields
   * that hold the gate's own decision. */
  redactDeep<T>(value: T): T {
    return redactValue(value, (s) => this.redact(s)) as T
  }

  /** Redacts a block of whole lines, learning (and hiding) ::add-mask:: values on the way. */
  redactLines(block: string): string {
    if (!block.includes('::add-mask::')) return this.redact(block)
    return block
      .split('\n')
      .map((raw) => {
        // The runner masks the value as announced; the evidence holds it stripped: learn both.
        if (ADD_MASK.test(raw)) this.learnFromLine(raw)
        const line = evidenceText(raw)
        const mask = ADD_MASK.exec(line)
        if (mask === null) return this.redactPlain(line)
        this.learnFromLine(line)
        // The announcement itself is hidden; what followed it after a CR is kept.
        const rest = line.slice(mask.index + mask[0].length)
        return `${this.redactPlain(line.slice(0, mask.index))}::add-mask::${REDACTED}${this.redactPlain(rest)}`
      })
      .join('\n')
  }

  /**
   * A line-buffered stream that redacts what passes through and learns ::add-mask:: values on
   * the way. A line longer than maxLineBytes is passed on in parts, so memory stays bounded.
   */
  stream(maxLineBytes = 64 * 1024): Transform {
    let pending = ''
    // A character split across two chunks is decoded whole: "é" cut in half would hide a secret.
    const decoder = new StringDecoder('utf8')
    const redactLines = (block: string) => this.redactLines(block)
    const cutOf = (text: string) => this.safeCut(text)
    return new Transform({
      transform(chunk: Buffer | string, _encoding, done: TransformCallback) {
        const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk))
        const end = text.lastIndexOf('\n') + 1
        pending = text.slice(end)
        let out = end > 0 ? redactLines(text.slice(0, end)) : ''
        if (pending.length > maxLineBytes) {
          const cut = cutOf(pending)
          out += redactLines(pending.slice(0, cut))
          pending = pending.slice(cut)
        }
        if (out !== '') this.push(out)
        done()
      },
      flush(done: TransformCallback) {
        pending += decoder.end()
        if (pending !== '') this.push(redactLines(pending))
        pending = ''
        done()
      },
    })
  }

  /**
   * Where a long line can be cut and its head redacted on its own: far enough from the end that a
   * secret or token the next chunk completes is kept back whole, and never inside a match.
   */
  private safeCut(text: string): number {
    const keep = Math.max(TOKEN_SHAPE_MAX_LENGTH, this.longest)
    let cut = Math.max(0, text.length - keep)
    const from = Math.max(0, cut - keep)
    const window = text.slice(from, cut + keep)
    for (const shape of [this.secretPattern(), ...TOKEN_SHAPES.map(([r]) => r)]) {
      if (shape === null) continue
      for (const match of window.matchAll(shape)) {
        const start = from + match.index
        if (start < cut && start + match[0].length > cut) cut = Math.min(cut, start)
      }
    }
    return cut
  }
}

function redactValue(value: unknown, redact: (s: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact))
  if (value instanceof Date || value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactValue(v, redact)]),
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
