// The evidence inputs (results, level-map, exit-codes, require-results, subset-args) as the
// settings carry them. Kept apart from the parsers, so reading the inputs loads no parser.

export const EXIT_CONTRACTS = ['preflight', 'any-failure'] as const
export type ExitContract = (typeof EXIT_CONTRACTS)[number]

export const REQUIRE_RESULTS = ['live', 'always', 'never'] as const
export type RequireResults = (typeof REQUIRE_RESULTS)[number]

/** `auto`: a command that runs pytest gets its JUnit report, markers and exit codes read. */
export const PYTEST_MODES = ['auto', 'off'] as const
export type PytestMode = (typeof PYTEST_MODES)[number]

export interface EvidenceSettings {
  /** Paths or globs relative to the working directory; empty: the default (see collect). */
  results: string[]
  /** `level-map` lines (`P1: <glob>`), already validated. */
  levelMap: string
  exitCodes: ExitContract
  requireResults: RequireResults
  /** Words appended for a subset other than full; `{subset}` is replaced. Empty: nothing. */
  subsetArgs: string
  pytest: PytestMode
}

export const DEFAULT_SUBSET_ARGS = '--subset {subset}'

export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = {
  results: [],
  levelMap: '',
  exitCodes: 'preflight',
  requireResults: 'live',
  subsetArgs: DEFAULT_SUBSET_ARGS,
  pytest: 'auto',
}
