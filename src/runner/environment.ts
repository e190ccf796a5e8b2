// The suite runs sealed: the runner's tokens and the gate's own inputs stay with the gate unless
// `pass-env` names them. A suite that prints its environment then has nothing to leak.

/** Variables withheld from the suite: exact names and prefixes. */
const WITHHELD_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  // The runner's file commands: a suite that wrote to them could set the gate's outputs, its
  // post-step state, the summary, or the environment and PATH of every later step.
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_ENV',
  'GITHUB_PATH',
])
const WITHHELD_PREFIXES = [
  'INPUT_',
  'ACTIONS_ID_TOKEN_REQUEST_',
  'ACTIONS_RUNTIME_',
  'ACTIONS_CACHE_',
]

/** Marks every process the suite starts, so none can outlive the gate (see tracking.ts). */
export const TRACKING_VARIABLE = 'PREFLIGHT_TRACKING_ID'

export function isWithheld(name: string): boolean {
  const upper = name.toUpperCase()
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((p) => upper.startsWith(p))
}

/** The suite's environment: the gate's, less what is withheld, plus what pass-env lets through. */
export function sealedEnvironment(
  env: NodeJS.ProcessEnv,
  passEnv: readonly string[],
  trackingId: string,
): NodeJS.ProcessEnv {
  const passed = new Set(passEnv.map((n) => n.toUpperCase()))
  const sealed: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    if (isWithheld(name) && !passed.has(name.toUpperCase())) continue
    sealed[name] = value
  }
  sealed[TRACKING_VARIABLE] = trackingId
  // Python buffers stdout into a pipe: without this a hung Python suite leaves an empty log.
  sealed.PYTHONUNBUFFERED ??= '1'
  return sealed
}
