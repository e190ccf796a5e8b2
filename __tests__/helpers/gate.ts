// The engine planned and applied in one call, for tests that drive it as a surface would: the
// plan uploads when an uploader is given and verifies approvals when a verifier is.
import os from 'node:os'
import {
  applyPlan,
  planGate,
  type GateEffects,
  type GateResult,
  type GateSurface,
} from '../../src/engine.js'
import type { RawInputs } from '../../src/settings.js'

export type GateContext = Omit<GateSurface, 'uploadsReports' | 'verifiesApprovals'> &
  Omit<GateEffects, 'hostName'> & { hostName?: string }

export function runGate(raw: RawInputs, ctx: GateContext): Promise<GateResult> {
  const surface: GateSurface = {
    ...ctx,
    uploadsReports: ctx.uploadReports !== undefined,
    verifiesApprovals: ctx.verifyApproval !== undefined,
  }
  return applyPlan(planGate(raw, surface, ctx.now()), {
    ...ctx,
    hostName: ctx.hostName ?? os.hostname(),
  })
}
