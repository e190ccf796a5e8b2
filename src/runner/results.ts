// Turns a finished suite process and the evidence it left into the suite's outcome: the
// per-check results decide, the exit code is cross-checked (src/evidence/judge.ts).

import type { CollectedEvidence } from '../evidence/collect.js'
import type { EvidenceSettings } from '../evidence/settings.js'
import { judge } from '../evidence/judge.js'
import type { Mode, SuiteOutcome, SurfaceWords } from '../model.js'
import type { ProcessEnd } from './process.js'

export interface EvidenceContext {
  mode: Mode
  settings: Pick<EvidenceSettings, 'exitCodes' | 'requireResults' | 'results'>
  /** Words the gate appended to the command for the subset. */
  appendedArgs: string[]
  /** How the surface names its inputs in the notes (the action's when absent). */
  words?: SurfaceWords
}

/**
 * `base` is the outcome of the process alone (timeout, signal, not found…); when it exited with
 * a code, the judge decides the status from that code and the evidence.
 */
export function outcomeWithEvidence(
  base: SuiteOutcome,
  end: ProcessEnd,
  evidence: CollectedEvidence,
  context: EvidenceContext,
): SuiteOutcome {
  const described: SuiteOutcome = {
    ...base,
    checks: evidence.checks ?? [],
    appendedArgs: context.appendedArgs,
    evidenceFiles: evidence.files,
    suiteReports: evidence.suiteReports,
    unmappedChecks: evidence.unmapped,
  }
  if (evidence.error !== null) {
    // Unreadable results are a broken suite: fail closed, whatever the exit code said.
    const status = base.status === 'timeout' || base.status === 'missing' ? base.status : 'crashed'
    return { ...described, status, notes: [...base.notes, evidence.error, ...evidence.notes] }
  }
  if (end.kind !== 'exited') {
    return { ...described, notes: [...base.notes, ...evidence.notes] }
  }
  const judgement = judge({
    mode: context.mode,
    exitCode: end.exitCode,
    contract: context.settings.exitCodes,
    requireResults: context.settings.requireResults,
    checks: evidence.checks,
    resultsDeclared: context.settings.results.length > 0,
    words: context.words,
  })
  return {
    ...described,
    status: judgement.status,
    exitCode: end.exitCode,
    notes: [...judgement.notes, ...evidence.notes],
  }
}
