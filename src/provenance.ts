// Where and for what a gate ran: the commit, the run, the job and its matrix values, the runner
// and the host. Every report carries it, so a fleet aggregation and a deploy job's `require`
// step can refuse evidence written for another commit, run, mode or machine. Pure: the caller
// hands in the environment and the host name.

import os from 'node:os'
import { z } from 'zod'
import { MODES, type MatrixValues, type Mode, type Provenance } from './model.js'

/** A matrix is a handful of scalar values; anything larger is not kept. */
const MATRIX_LIMIT_CHARS = 4096

export const matrixSchema = z.record(
  z.string().max(200),
  z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]),
) satisfies z.ZodType<MatrixValues>

export const provenanceSchema = z.object({
  repository: z.string(),
  sha: z.string(),
  ref: z.string(),
  workflow: z.string(),
  runId: z.string(),
  runAttempt: z.string(),
  job: z.string(),
  /** The job's matrix values (the gate's `matrix` input, `${{ toJSON(matrix) }}`), if given. */
  matrix: matrixSchema.nullable(),
  runnerName: z.string(),
  host: z.string(),
  mode: z.enum(MODES).nullable(),
  leg: z.string().max(200).optional(),
  dirty: z.boolean().nullable().optional(),
}) satisfies z.ZodType<Provenance>

/**
 * The runner exports everything here but the matrix values: those come from the gate's
 * `matrix` input (INPUT_MATRIX), or PREFLIGHT_MATRIX for the CLI. A value that is not a flat
 * JSON object of scalars is left out (null) rather than guessed at.
 */
export function provenanceFromEnv(
  env: NodeJS.ProcessEnv,
  mode: Mode | null,
  host: string = os.hostname(),
): Provenance {
  // Off Actions the CLI fills in the PREFLIGHT_ values from git (src/cli/local-provenance.ts).
  const local = !env.GITHUB_RUN_ID
  return {
    repository: env.GITHUB_REPOSITORY || env.PREFLIGHT_GIT_REPOSITORY || '',
    sha: env.GITHUB_SHA || env.PREFLIGHT_GIT_SHA || '',
    ref: env.GITHUB_REF ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId: env.GITHUB_RUN_ID || env.PREFLIGHT_RUN_ID || '',
    runAttempt: env.GITHUB_RUN_ATTEMPT || (local && env.PREFLIGHT_RUN_ID ? '1' : ''),
    job: env.GITHUB_JOB ?? '',
    matrix: parseMatrix(env.INPUT_MATRIX || env.PREFLIGHT_MATRIX || ''),
    runnerName: env.RUNNER_NAME ?? '',
    host,
    mode,
    leg: (env.PREFLIGHT_LEG ?? '').trim().slice(0, 200),
    dirty:
      env.PREFLIGHT_GIT_DIRTY === 'true'
        ? true
        : env.PREFLIGHT_GIT_DIRTY === 'false'
          ? false
          : null,
  }
}

export function parseMatrix(text: string): MatrixValues | null {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed === 'null' || trimmed.length > MATRIX_LIMIT_CHARS) return null
  try {
    const parsed = matrixSchema.safeParse(JSON.parse(trimmed))
    return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null
  } catch {
    return null
  }
}

/** `os=ubuntu, host=paper-1`: the matrix values in one line, for tables and messages. */
export function matrixLabel(matrix: MatrixValues | null): string {
  if (!matrix) return ''
  return Object.entries(matrix)
    .map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`)
    .join(', ')
}
