// The worker side of parse-thread.ts: parses each results file it is sent, as parse.ts does on
// any thread, and answers with the results or the reason they cannot be read.

import { parentPort } from 'node:worker_threads'
import { ResultsParseError, parseResults, type ParsedResults } from './parse.js'

export interface ParseRequest {
  file: string
  text: string
}

export type ParseAnswer =
  | { kind: 'parsed'; results: ParsedResults }
  /** A ResultsParseError: the file is malformed (the message names the file and line). */
  | { kind: 'malformed'; message: string }
  /** Anything else the parser threw: a fault of the gate, not of the file. */
  | { kind: 'failed'; message: string }

export function serveResultsParsing(): void {
  const port = parentPort
  if (port === null) throw new Error('Results are served to the gate from a worker thread.')
  port.on('message', ({ file, text }: ParseRequest) => port.postMessage(answer(file, text)))
}

function answer(file: string, text: string): ParseAnswer {
  try {
    return { kind: 'parsed', results: parseResults(file, text) }
  } catch (error) {
    if (error instanceof ResultsParseError) return { kind: 'malformed', message: error.message }
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
