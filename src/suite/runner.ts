// Runs a declarative suite: checks in dependency order, concurrently in a bounded pool, each
// with its own timeout and retries, all inside the suite's overall deadline. Produces the same
// SuiteOutcome as a suite command, so everything after it is shared.

import path from 'node:path'
import {
  STATUS_EXIT_CODE,
  outcomeWithoutChecks,
  statusFromChecks,
  type CheckResult,
  type SuiteOutcome,
  type SuiteRunScope,
} from '../model.js'
import { TailBuffer } from '../runner/tail.js'
import { CheckDefinitionError, runAttempt, type AttemptResult } from './checks.js'
import { loadSuite } from './load.js'
import type { CheckSpec } from './schema.js'

export interface SuiteRunRequest extends SuiteRunScope {
  path: string
}

const DEFAULT_CHECK_TIMEOUT_MS = 10_000
const DEFAULT_RETRY_DELAY_MS = 500
const MAX_RETRY_DELAY_MS = 10_000
const DEFAULT_CONCURRENCY = 8
const OUTPUT_TAIL_BYTES = 64 * 1024

export async function runSuiteFile(request: SuiteRunRequest): Promise<SuiteOutcome> {
  const started = performance.now()
  const file = path.resolve(request.cwd, request.path)
  const loaded = await loadSuite(file)
  if (!loaded.ok) return invalid(loaded.errors, started)

  const all = loaded.suite.checks
  const selected =
    request.subset === 'full' ? all : all.filter((c) => c.subsets?.includes(request.subset))
  if (selected.length === 0) {
    return invalid(
      [
        all.length === 0
          ? `${request.path}: the suite has no checks, and an empty suite never passes; add checks.`
          : `${request.path}: no check is in subset "${request.subset}"; add "${request.subset}" to some checks' subsets, or choose another subset.`,
      ],
      started,
    )
  }
  const names = new Set(selected.map((c) => c.name))
  const outside = selected.flatMap((c) =>
    (c['depends-on'] ?? [])
      .filter((d) => !names.has(d))
      .map(
        (d) =>
          `${request.path}: check "${c.name}" (subset "${request.subset}") depends on "${d}", which is not in that subset; add it to the subset or drop the dependency.`,
      ),
  )
  if (outside.length > 0) return invalid(outside, started)

  const log = new TailBuffer(OUTPUT_TAIL_BYTES)
  const say = (line: string) => {
    const bytes = Buffer.from(line + '\n')
    log.push(bytes)
    request.echo?.write(bytes)
  }
  say(
    `Running ${selected.length} check(s) of ${request.path} (mode ${request.mode}, subset ${request.subset})`,
  )

  const deadline = Date.now() + request.timeoutMs
  const results = await schedule(
    selected,
    loaded.suite.concurrency ?? DEFAULT_CONCURRENCY,
    deadline,
    request,
    say,
  )
  const checks = selected.map((c) => results.get(c.name) as CheckResult)
  const timedOut = checks.some((c) => c.message.startsWith(DEADLINE_MESSAGE))
  // A check skipped for a failed dependency gave no assurance: it counts as failed at its own
  // level, so a P0 check behind a failed P2 check cannot let the launch through.
  const unassured = checks.filter((c) => c.status === 'skipped')
  const status = timedOut
    ? 'timeout'
    : statusFromChecks(checks.map((c) => (c.status === 'skipped' ? { ...c, status: 'failed' } : c)))
  const notes = timedOut
    ? [
        `The suite ran past its limit of ${request.timeoutMs / 1000} s; unfinished checks were stopped. Make the checks faster or raise "timeout-seconds".`,
      ]
    : unassured.map(
        (c) =>
          `Check "${c.name}" (${c.level}) did not run because a dependency did not pass; it counts as a ${c.level} failure.`,
      )
  return {
    status,
    exitCode: status === 'timeout' ? null : STATUS_EXIT_CODE[status],
    signal: null,
    durationMs: performance.now() - started,
    checks,
    notes,
    outputTail: log.text(),
    outputTruncated: log.truncated,
  }
}

const DEADLINE_MESSAGE = 'not finished before the suite deadline'

/** Dependency order with a bounded pool: a check starts once every dependency has passed. */
function schedule(
  checks: readonly CheckSpec[],
  concurrency: number,
  deadline: number,
  request: SuiteRunRequest,
  say: (line: string) => void,
): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>()
  const waitingOn = new Map<string, number>()
  const dependents = new Map<string, CheckSpec[]>()
  const ready: CheckSpec[] = []
  for (const check of checks) {
    const deps = check['depends-on'] ?? []
    waitingOn.set(check.name, deps.length)
    for (const dep of deps) {
      const list = dependents.get(dep)
      if (list) list.push(check)
      else dependents.set(dep, [check])
    }
    if (deps.length === 0) ready.push(check)
  }

  return new Promise((resolve) => {
    let running = 0
    let next = 0 // ready is a queue; an index beats shift() over thousands of checks
    const finish = (check: CheckSpec, result: CheckResult) => {
      results.set(check.name, result)
      const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗'
      say(
        `${mark} [${check.level}] ${check.name}: ${result.message} (${Math.round(result.durationMs)}ms)`,
      )
      for (const next of dependents.get(check.name) ?? []) {
        const left = (waitingOn.get(next.name) ?? 0) - 1
        waitingOn.set(next.name, left)
        if (left === 0) ready.push(next)
      }
    }
    const pump = () => {
      while (next < ready.length && running < concurrency) {
        const check = ready[next++] as CheckSpec
        const failedDep = (check['depends-on'] ?? []).find(
          (d) => results.get(d)?.status !== 'passed',
        )
        if (failedDep !== undefined) {
          finish(
            check,
            result(check, 'skipped', 0, `skipped: dependency "${failedDep}" did not pass`),
          )
          continue
        }
        if (Date.now() >= deadline) {
          finish(check, result(check, 'failed', 0, `${DEADLINE_MESSAGE} (never started)`))
          continue
        }
        running++
        void runCheck(check, deadline, request).then((r) => {
          running--
          finish(check, r)
          pump()
        })
      }
      if (running === 0 && next === ready.length) resolve(results)
    }
    pump()
  })
}

async function runCheck(
  check: CheckSpec,
  deadline: number,
  request: SuiteRunRequest,
): Promise<CheckResult> {
  const started = Date.now()
  const retries = check.retries ?? 0
  const untilMs = check.until !== undefined ? started + check.until * 1000 : null
  let delay = (check['retry-delay'] ?? DEFAULT_RETRY_DELAY_MS / 1000) * 1000
  let attempts = 0
  let last: AttemptResult = { ok: false, message: DEADLINE_MESSAGE }
  for (;;) {
    const remaining = deadline - Date.now()
    if (remaining <= 0) {
      last = { ...last, ok: false, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
      break
    }
    attempts++
    const timeoutMs = Math.min((check.timeout ?? DEFAULT_CHECK_TIMEOUT_MS / 1000) * 1000, remaining)
    try {
      last = await runAttempt(check, {
        cwd: request.cwd,
        env: request.env,
        timeoutMs,
        killGraceMs: Math.min(request.killGraceMs ?? 2000, 2000),
      })
    } catch (error) {
      const definition = error instanceof CheckDefinitionError
      last = {
        ok: false,
        message: definition
          ? `check definition: ${(error as Error).message}`
          : `check crashed: ${String(error)}`,
      }
      if (definition) break
    }
    if (last.ok) break
    const now = Date.now()
    const more = attempts <= retries || (untilMs !== null && now + delay < untilMs)
    if (!more || now + delay >= deadline) {
      if (now + delay >= deadline && more) {
        last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
      }
      break
    }
    await new Promise((r) => setTimeout(r, delay))
    delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS)
  }
  if (!last.ok && Date.now() >= deadline && !last.message.startsWith(DEADLINE_MESSAGE)) {
    last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
  }
  const suffix = attempts > 1 ? ` (after ${attempts} attempts)` : ''
  return {
    ...result(check, last.ok ? 'passed' : 'failed', Date.now() - started, last.message + suffix),
    ...(last.output && !last.ok && { output: last.output }),
  }
}

function result(
  check: CheckSpec,
  status: CheckResult['status'],
  durationMs: number,
  message: string,
): CheckResult {
  return {
    name: check.name,
    level: check.level,
    status,
    durationMs,
    message,
    ...(check.description !== undefined && { description: check.description }),
    ...(check.remediation !== undefined && { remediation: check.remediation }),
  }
}

function invalid(errors: string[], started: number): SuiteOutcome {
  return outcomeWithoutChecks('invalid', errors, performance.now() - started)
}
