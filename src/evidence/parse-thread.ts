// Results files are parsed on a worker thread. Within the 8 MiB bound a results file can take
// seconds of CPU to parse (8 MiB of empty JUnit elements: 3.4 s, TAP's YAML at its bounds: 1.3 s; see
// docs/redaction.md), and on the gate's own thread that would hold a SIGTERM for as long. Here the gate's thread only waits, so
// it answers a signal at once, and a cancellation ends the worker mid-parse.

import { Worker } from 'node:worker_threads'
import type { ParsedResults } from './parse.js'
import type { ParseAnswer, ParseRequest } from './parse-worker.js'

export type ParseOutcome =
  | { ok: true; results: ParsedResults }
  /** The file is malformed: the message names the file, the line and why. */
  | { ok: false; message: string }

export interface ResultsParser {
  /** Rejects on a fault of the gate (as parseResults throws one) and once the signal aborts. */
  parse(file: string, text: string): Promise<ParseOutcome>
  /** Done with the parser: its worker is kept for the next collection or ended. */
  stop(): Promise<void>
}

/**
 * A worker no collection is using, kept for the next one (the gate in `watch`, or many runs in
 * one process): starting one costs more than most results files take to parse. It is unref'd,
 * so it never keeps the process alive.
 */
let idleWorker: Worker | null = null

/** The worker of one collection: the idle one, or one started with the collection's first file. */
export function resultsParser(signal?: AbortSignal): ResultsParser {
  let worker: Worker | null = null
  let pending: { resolve: (answer: ParseAnswer) => void; reject: (error: Error) => void } | null =
    null
  const settle = (error: Error) => {
    pending?.reject(error)
    pending = null
  }
  const onMessage = (answer: ParseAnswer) => {
    const waiting = pending
    pending = null
    waiting?.resolve(answer)
  }
  const onExit = (code: number) => {
    worker = null
    settle(new Error(`The results parser's thread ended (exit code ${code}) before it answered.`))
  }
  const release = (keep: boolean) => {
    signal?.removeEventListener('abort', onAbort)
    const used = worker
    worker = null
    if (used === null) return Promise.resolve()
    used.off('message', onMessage).off('error', settle).off('exit', onExit)
    if (keep && pending === null && idleWorker === null) {
      used.unref()
      idleWorker = used
      return Promise.resolve()
    }
    return used.terminate().then(() => undefined)
  }
  const onAbort = () => {
    settle(abortReason(signal))
    void release(false)
  }
  signal?.addEventListener('abort', onAbort, { once: true })

  return {
    async parse(file, text) {
      if (signal?.aborted) throw abortReason(signal)
      if (pending !== null) throw new Error('One results file is parsed at a time.')
      if (worker === null) {
        worker = takeIdleWorker() ?? startWorker()
        worker.ref()
        worker.on('message', onMessage).on('error', settle).on('exit', onExit)
      }
      const running = worker
      const answer = await new Promise<ParseAnswer>((resolve, reject) => {
        pending = { resolve, reject }
        running.postMessage({ file, text } satisfies ParseRequest)
      })
      if (answer.kind === 'failed') throw new Error(answer.message)
      return answer.kind === 'parsed'
        ? { ok: true, results: answer.results }
        : { ok: false, message: answer.message }
    },
    stop: () => release(true),
  }
}

/**
 * Starts a worker for the next collection while the suite runs, so that reading its results
 * does not wait for one to start (~70 ms in the bundle). Unref'd until used, like any idle one.
 */
export function warmResultsParser(): void {
  if (idleWorker !== null) return
  idleWorker = startWorker()
  idleWorker.unref()
}

function takeIdleWorker(): Worker | null {
  const idle = idleWorker
  idleWorker = null
  return idle
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : new Error('The results were not parsed: cancelled.')
}

/**
 * The bundle (ncc) has no file of its own for a worker: the worker runs the bundle's entry point,
 * which sits beside this chunk (dist/index.js, dist/cli/index.js) and serves parsing when it is
 * not the main thread. The TypeScript source (as the tests run it) starts parse-worker.ts under
 * tsx, registered on the worker itself: Node 20 does not carry a parent's loader to a worker.
 */
function startWorker(): Worker {
  const here = import.meta.url
  const worker = here.endsWith('.ts')
    ? new Worker(tsxBootstrap(here), { eval: true })
    : new Worker(new URL('index.js', here))
  // While idle, a worker that fails or ends leaves the slot (an 'error' without a listener throws).
  worker
    .on('error', () => undefined)
    .on('exit', () => {
      if (idleWorker === worker) idleWorker = null
    })
  return worker
}

function tsxBootstrap(here: string): string {
  const tsx = import.meta.resolve('tsx/esm/api')
  const source = new URL('parse-worker.ts', here).href
  return `import(${JSON.stringify(tsx)})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(source)}))
  .then((worker) => worker.serveResultsParsing())`
}
