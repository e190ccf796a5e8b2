// The hand-off between the main step and the post step (post-if: always()): main records the
// report files as soon as they are named and whether it uploaded them; the post step uploads
// only when main never got to (cancelled or killed), so the artifact is never uploaded twice.

import { z } from 'zod'
import { DEFAULT_RETENTION_DAYS } from '../settings.js'
import { MODES } from '../model.js'

export const PENDING_UPLOAD_STATE = 'pending-upload'
export const UPLOAD_STATE = 'upload'

export const pendingUploadSchema = z.object({
  rootDirectory: z.string().min(1),
  files: z.array(z.string().min(1)).min(1),
  markdown: z.string().min(1),
  runOpsLog: z.string().min(1),
  opsLog: z.string().min(1),
  name: z.string().min(1),
  retentionDays: z.number().int().min(1).max(90).default(DEFAULT_RETENTION_DAYS),
  mode: z.enum(MODES).nullable(),
  operator: z.string(),
  runUrl: z.string(),
})
export type PendingUpload = z.infer<typeof pendingUploadSchema>

/** What main did with the upload: the post step acts only when this is unset. */
export type UploadState = 'uploaded' | 'skipped' | 'failed'
