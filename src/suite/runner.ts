// Runs a declarative suite: checks in dependency order, concurrently in two bounded pools, each
// with its own timeout and retries, all inside the suite's overall deadline. Produces the same
// SuiteOutcome as a suite command, so everything after it is shared.

import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  ACTION_WORDS,
  STATUS_EXIT_CODE,
  outcomeWithoutChecks,
  statusFromChecks,
  type CheckResult,
  type SuiteOutcome,
  type SuiteRunScope,
} from '../model.js'
import { TailBuffer } from '../runner/tail.js'
import type { AttemptResult } from './attempt.js'
import { runAttempt } from './checks.js'
import { CheckDefinitionError, Expander } from './expand.js'
import { loadSuite, selectChecks } from './load.js'
import { PROCESS_KINDS, type CheckSpec } from './schema.js'

export interface SuiteRunRequest extends SuiteRunScope {
  path: string
}

const DEFAULT_CHECK_TIMEOUT_MS = 10_000
const DEFAULT_RETRY_DELAY_MS = 500
const MAX_RETRY_DELAY_MS = 10_000
const DEFAULT_NETWORK_CONCURRENCY = 64
/** Checks that start processes: two per core keeps the cores busy while some wait on I/O. */
export function defaultProcessConcurrency(): number {
  return Math.min(256, Math.max(4, 2 * os.availableParallelism()))
}
/** Past an attempt's timeout, how long a process check may take to kill its tree and drain. */
const PROCESS_SETTLE_MS = 1500
/** Past an attempt's timeout, how long any other check may take to close what it opened. */
const IO_SETTLE_MS = 250
const OUTPUT_TAIL_BYTES = 64 * 1024

export async function runSuiteFile(request: SuiteRunRequest): Promise<SuiteOutcome> {
  const started = performance.now()
  const file = path.resolve(request.cwd, request.path)
  const loaded = await loadSuite(file)
  if (!loaded.ok) return invalid(loaded.errors, started)

  const selection = selectChecks(loaded.suite, request.subset, request.path)
  if ('errors' in selection) return invalid(selection.errors, started)
  const selected = selection.checks

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
  const expander = new Expander(request.env, request.onSecret)
  const results = await schedule(
    selected,
    {
      process: loaded.suite.concurrency ?? defaultProcessConcurrency(),
      network: loaded.suite['network-concurrency'] ?? DEFAULT_NETWORK_CONCURRENCY,
    },
    deadline,
    { ...request, expander, flaky: loaded.suite.flaky ?? 'pass' },
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
        `The suite ran past its limit of ${request.timeoutMs / 1000} s; unfinished checks were stopped. Make the checks faster or raise ${(request.words ?? ACTION_WORDS).input('timeout-seconds')}.`,
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
    outputTail: log.fromLineStart(),
    outputTruncated: log.truncated,
    secretValues: [...expander.secrets],
  }
}

interface RunContext extends SuiteRunRequest {
  expander: Expander
  /** The suite-wide default for a check's `flaky`. */
  flaky: 'pass' | 'fail'
}

const DEADLINE_MESSAGE = 'not finished before the suite deadline'
const CANCELLED_MESSAGE = 'not finished: the gate was cancelled'

/**
 * Dependency order with two bounded pools: a check starts once every dependency has passed;
 * checks that start processes share `process` slots, all others (network, files) `network`.
 */
function schedule(
  checks: readonly CheckSpec[],
  limits: { process: number; network: number },
  deadline: number,
  request: RunContext,
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
    const running = { process: 0, network: 0 }
    // Two queues, each read with an index: shift() over thousands of checks is quadratic.
    const queues = { process: [] as CheckSpec[], network: [] as CheckSpec[] }
    const next = { process: 0, network: 0 }
    const pool = (check: CheckSpec) => (PROCESS_KINDS.has(check.kind) ? 'process' : 'network')
    let queued = 0
    const finish = (check: CheckSpec, result: CheckResult) => {
      results.set(check.name, result)
      const mark = result.status === 'passed' ? '✓' : result.status === 'skipped' ? '–' : '✗'
      say(
        `${mark} [${check.level}] ${check.name}: ${result.message} (${Math.round(result.durationMs)}ms)`,
      )
      for (const dependent of dependents.get(check.name) ?? []) {
        const left = (waitingOn.get(dependent.name) ?? 0) - 1
        waitingOn.set(dependent.name, left)
        if (left === 0) ready.push(dependent)
      }
    }
    const take = (): CheckSpec | undefined => {
      while (queued < ready.length) {
        const check = ready[queued++] as CheckSpec
        queues[pool(check)].push(check)
      }
      for (const kind of ['network', 'process'] as const) {
        if (next[kind] < queues[kind].length && running[kind] < limits[kind]) {
          return queues[kind][next[kind]++]
        }
      }
      return undefined
    }
    const idle = () =>
      running.process + running.network === 0 &&
      queued === ready.length &&
      next.process === queues.process.length &&
      next.network === queues.network.length
    const pump = () => {
      for (let check = take(); check !== undefined; check = take()) {
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
        if (request.signal?.aborted) {
          finish(check, result(check, 'failed', 0, `${CANCELLED_MESSAGE} (never started)`))
          continue
        }
        if (Date.now() >= deadline) {
          finish(check, result(check, 'failed', 0, `${DEADLINE_MESSAGE} (never started)`))
          continue
        }
        const slot = pool(check)
        running[slot]++
        void runCheck(check, deadline, request).then((r) => {
          running[slot]--
          finish(check, r)
          pump()
        })
      }
      if (idle()) resolve(results)
    }
    pump()
  })
}

async function runCheck(
  check: CheckSpec,
  deadline: number,
  request: RunContext,
): Promise<CheckResult> {
  const started = Date.now()
  const retries = check.retries ?? 0
  const untilMs = check.until !== undefined ? started + check.until * 1000 : null
  let delay = (check['retry-delay'] ?? DEFAULT_RETRY_DELAY_MS / 1000) * 1000
  let attempts = 0
  let last: AttemptResult = { ok: false, message: DEADLINE_MESSAGE }
  for (;;) {
    const remaining = deadline - Date.now()
    if (request.signal?.aborted) {
      last = { ok: false, message: `${CANCELLED_MESSAGE} (last attempt: ${last.message})` }
      break
    }
    if (remaining <= 0) {
      last = { ...last, ok: false, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
      break
    }
    attempts++
    const timeoutMs = Math.min((check.timeout ?? DEFAULT_CHECK_TIMEOUT_MS / 1000) * 1000, remaining)
    let definitionError = false
    try {
      last = await boundedAttempt(check, timeoutMs, request)
    } catch (error) {
      definitionError = error instanceof CheckDefinitionError
      last = {
        ok: false,
        message: definitionError
          ? `check definition: ${(error as Error).message}`
          : `check crashed: ${String(error)}`,
      }
    }
    if (last.ok || definitionError) break
    const now = Date.now()
    const more = attempts <= retries || (untilMs !== null && now + delay < untilMs)
    if (!more || now + delay >= deadline) {
      if (now + delay >= deadline && more) {
        last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
      }
      break
    }
    // A cancellation ends the wait at once.
    await sleep(delay, undefined, { signal: request.signal }).catch(() => undefined)
    delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS)
  }
  if (!last.ok && Date.now() >= deadline && !last.message.startsWith(DEADLINE_MESSAGE)) {
    last = { ...last, message: `${DEADLINE_MESSAGE} (last attempt: ${last.message})` }
  }
  const durationMs = Date.now() - started
  const retried = attempts > 1 ? { attempts } : {}
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : ''
  if (last.ok && attempts > 1 && (check.flaky ?? request.flaky) === 'fail') {
    // A pass that needed retries is instability the suite asked not to launch on.
    return {
      ...result(
        check,
        'failed',
        durationMs,
        `flaky: passed only after ${attempts} attempts (flaky: fail): ${last.message}`,
      ),
      ...retried,
    }
  }
  return {
    ...result(check, last.ok ? 'passed' : 'failed', durationMs, last.message + after),
    ...retried,
    ...(last.output && !last.ok && { output: last.output }),
  }
}

/**
 * One attempt, raced against its timeout: the attempt is told to stop (its signal) at the
 * timeout, and is abandoned a little later if it has not, so no check keeps the runner waiting.
 */
async function boundedAttempt(
  check: CheckSpec,
  timeoutMs: number,
  request: RunContext,
): Promise<AttemptResult> {
  const killGraceMs = Math.min(request.killGraceMs ?? 2000, 2000)
  const controller = new AbortController()
  const settleMs = PROCESS_KINDS.has(check.kind) ? killGraceMs + PROCESS_SETTLE_MS : IO_SETTLE_MS
  let stopTimer: NodeJS.Timeout | undefined
  let abandonTimer: NodeJS.Timeout | undefined
  // The gate's cancellation stops the attempt as its timeout would.
  const stop = () => controller.abort()
  request.signal?.addEventListener('abort', stop, { once: true })
  const abandoned = new Promise<AttemptResult>((resolve) => {
    stopTimer = setTimeout(stop, timeoutMs)
    abandonTimer = setTimeout(
      () => resolve({ ok: false, message: `did not finish within ${timeoutMs} ms` }),
      timeoutMs + settleMs,
    )
  })
  try {
    return await Promise.race([
      runAttempt(check, {
        cwd: request.cwd,
        env: request.env,
        timeoutMs,
        killGraceMs,
        signal: controller.signal,
        expand: request.expander,
        isolation: request.isolation,
      }),
      abandoned,
    ])
  } finally {
    clearTimeout(stopTimer)
    clearTimeout(abandonTimer)
    request.signal?.removeEventListener('abort', stop)
    controller.abort()
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
