// path: a file or directory exists (optionally created, non-empty, recently modified).

import { mkdir, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { AttemptContext, AttemptResult, SpecOf } from '../attempt.js'
import { CheckDefinitionError } from '../expand.js'

export async function pathAttempt(
  spec: SpecOf<'path'>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const target = path.resolve(ctx.cwd, ctx.expand.text(spec.path))
  const type = spec.type ?? 'any'
  let info
  try {
    info = await stat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, message: `${spec.path}: ${(error as Error).message}` }
    }
    if (spec.create && type !== 'file') {
      await assertInside(ctx.cwd, target, spec.path)
      await mkdir(target, { recursive: true })
      return { ok: true, message: `${spec.path} was missing and has been created` }
    }
    return { ok: false, message: `${spec.path} does not exist` }
  }
  if (type === 'file' && !info.isFile()) return { ok: false, message: `${spec.path} is not a file` }
  if (type === 'directory' && !info.isDirectory())
    return { ok: false, message: `${spec.path} is not a directory` }
  if (spec['non-empty']) {
    const empty = info.isDirectory() ? (await readdir(target)).length === 0 : info.size === 0
    if (empty) return { ok: false, message: `${spec.path} is empty` }
  }
  const kind = info.isDirectory() ? 'directory' : 'file'
  if (spec['max-age'] !== undefined) {
    const ageSeconds = Math.max(0, (Date.now() - info.mtimeMs) / 1000)
    if (ageSeconds > spec['max-age']) {
      return {
        ok: false,
        message: `${spec.path} was last modified ${formatAge(ageSeconds)} ago, more than the ${spec['max-age']} s allowed`,
      }
    }
    return { ok: true, message: `${spec.path} ${kind} modified ${formatAge(ageSeconds)} ago` }
  }
  return { ok: true, message: `${spec.path} ${kind} present` }
}

function formatAge(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`
  return `${Math.round(seconds / 86_400)} days`
}

/**
 * `create: true` may only create inside the working directory: the path, and the nearest part
 * of it that exists (followed through symlinks), must both stay inside it.
 */
async function assertInside(root: string, target: string, written: string): Promise<void> {
  const outside = (base: string, candidate: string) => {
    const relative = path.relative(base, candidate)
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  }
  const refuse = () =>
    new CheckDefinitionError(
      `${written} is outside the working directory; "create: true" only creates directories inside it`,
    )
  if (outside(path.resolve(root), target)) throw refuse()
  let existing = target
  for (let i = 0; i < 4096; i++) {
    try {
      await stat(existing)
      break
    } catch {
      existing = path.dirname(existing)
    }
  }
  if (outside(await realpath(root), await realpath(existing))) throw refuse()
}
