// Files that go into the artifact but were written by someone else (the suite's output, the
// suite's own reports) pass through the same evidence pipeline as every other surface: their
// contents are rewritten redacted, and a file whose name holds a secret is left out.

import { constants } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { link, rename, rm, unlink } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import type { Redactor } from '../redact.js'
import { evidenceText } from '../redact.js'
import { openRegularFile, openRegularForReading } from '../safe-file.js'

/**
 * Rewrites a file redacted, streaming: under a fresh name nobody could have planted, then renamed
 * over the original (a hard link to a file elsewhere is replaced, never written through). With
 * `learn`, a first pass picks up ::add-mask:: values announced anywhere in it.
 */
export async function redactFileInPlace(
  file: string,
  redactor: Redactor,
  { learn = false } = {},
): Promise<void> {
  if (learn) {
    const reading = await openRegularForReading(file)
    try {
      const lines = createInterface({
        input: reading.createReadStream({ autoClose: false }),
        crlfDelay: Infinity,
      })
      for await (const line of lines) redactor.learnFromLine(line)
    } finally {
      await reading.close()
    }
  }
  const redacted = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(8).toString('hex')}.redacting`,
  )
  const source = await openRegularForReading(file)
  try {
    const target = await openRegularFile(
      redacted,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    )
    try {
      await pipeline(
        source.createReadStream({ autoClose: false }),
        redactor.stream(),
        target.createWriteStream(),
      )
      await rename(redacted, file)
    } catch (error) {
      await target.close().catch(() => undefined)
      await rm(redacted, { force: true })
      throw error
    }
  } finally {
    await source.close()
  }
}

/** Whether a file's name, as the evidence would show it, holds a secret. */
export function nameHoldsSecret(file: string, redactor: Redactor): boolean {
  const name = path.basename(file)
  return redactor.redact(name) !== evidenceText(name)
}

/**
 * The suite's files made fit for the artifact: each is redacted in place; one whose name holds a
 * secret is renamed first (the rename noted, the old name never shown); one with more than one
 * hard link, or that cannot be redacted, is left out with a note.
 */
export async function redactSuiteFiles(
  files: readonly string[],
  redactor: Redactor,
  linkCount: (file: string) => Promise<number>,
): Promise<{ kept: string[]; notes: string[] }> {
  const kept: string[] = []
  const notes: string[] = []
  for (const original of files) {
    let file = original
    const shown = redactor.redact(path.basename(file))
    try {
      if (nameHoldsSecret(file, redactor)) {
        file = await renameWithoutSecret(file, shown)
        notes.push(
          `The suite wrote a file whose name holds a secret; it was renamed ${path.basename(file)} before it went into the artifact.`,
        )
      }
      const links = await linkCount(file)
      if (links > 1) {
        notes.push(
          `The suite's file ${shown} has ${links} hard links (its contents live elsewhere too), so it was left out of the artifact.`,
        )
        continue
      }
      await redactFileInPlace(file, redactor)
      kept.push(file)
    } catch (error) {
      notes.push(
        `The suite's file ${shown} could not be redacted (${redactor.redact((error as Error).message)}), so it was left out of the artifact.`,
      )
    }
  }
  return { kept, notes }
}

/** A new name with REDACTED where the secret stood; link() never replaces an existing name. */
async function renameWithoutSecret(file: string, shown: string): Promise<string> {
  const safe = shown.replaceAll('***', 'REDACTED').replace(/[/\\]/g, '_')
  for (let attempt = 0; attempt < 10; attempt++) {
    const name = attempt === 0 ? safe : `${randomBytes(4).toString('hex')}-${safe}`
    const target = path.join(path.dirname(file), name)
    try {
      await link(file, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    await unlink(file)
    return target
  }
  throw new Error('no free name to rename it to')
}
