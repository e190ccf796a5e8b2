// The hand-off between the main step and the post step (post-if: always()): main records the
// report files as soon as they are named, and how it finished. The post step acts only when main
// never finished (cancelled or killed): it kills what the suite left running, marks the report as
// cancelled, logs it and uploads it; it uploads what main wrote but could not upload in time
// (a cancellation answered within a second); and it never uploads twice.

import { z } from 'zod'
import { DEFAULT_RETENTION_DAYS } from '../settings.js'
import { MODES } from '../model.js'

export const pendingUploadSchema = z.object({
  rootDirectory: z.string().min(1),
  files: z.array(z.string().min(1)).min(1),
  markdown: z.string().min(1),
  runOpsLog: z.string().min(1),
  opsLog: z.string().min(1),
  name: z.string().min(1),
  retentionDays: z.number().int().min(1).max(90).default(DEFAULT_RETENTION_DAYS),
  uploadArtifact: z.boolean().default(true),
  mode: z.enum(MODES).nullable(),
  operator: z.string(),
  runUrl: z.string(),
  /** Marks the suite's processes (runner/tracking.ts). */
  trackingId: z.string().default(''),
  /** Variables whose values are redacted (the post step redacts what it writes too). */
  redact: z.array(z.string()).default([]),
})
export type PendingUpload = z.infer<typeof pendingUploadSchema>

/** How the main step finished: the post step reads it to know what is left to do. */
export const MAIN_ENDINGS = ['uploaded', 'skipped', 'failed', 'written'] as const
export type MainEnding = (typeof MAIN_ENDINGS)[number]

/** The post-step state, by name, with the type of its value. */
export interface PostState {
  'pending-upload': PendingUpload
  'main-ending': MainEnding
}
export type PostStateName = keyof PostState

export interface StateStore {
  saveState(name: string, value: string): void
  getState(name: string): string
}

export function saveState<K extends PostStateName>(
  store: StateStore,
  name: K,
  value: PostState[K],
) {
  store.saveState(name, typeof value === 'string' ? value : JSON.stringify(value))
}

/** The saved value, checked; null when unset, an error message when unreadable. */
export function readState<K extends PostStateName>(
  store: StateStore,
  name: K,
): { value: PostState[K] | null } | { error: string } {
  const raw = store.getState(name)
  if (raw === '') return { value: null }
  const schema = name === 'pending-upload' ? pendingUploadSchema : z.enum(MAIN_ENDINGS)
  let data: unknown = raw
  if (name === 'pending-upload') {
    try {
      data = JSON.parse(raw)
    } catch {
      return { error: 'it is not JSON' }
    }
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'invalid' }
  return { value: parsed.data as PostState[K] }
}
