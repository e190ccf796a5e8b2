// What an action entry point needs from the runner, as one small interface: inputs, outputs,
// log lines and annotations, the job summary, post-step state. The real one wraps
// @actions/core; tests hand in an in-memory one, so every entry point runs in-process.

import type { Writable } from 'node:stream'
import type { StateStore } from '../artifact/state.js'

export interface AnnotationProperties {
  title?: string
}

export interface ActionIo extends StateStore {
  /** The input's value, trimmed; '' when unset. */
  getInput(name: string): string
  setOutput(name: string, value: string): void
  /** Masks a value in the job log from now on. */
  setSecret(value: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  /** Fails the step with a message (an error annotation). */
  setFailed(message: string): void
  group<T>(name: string, body: () => Promise<T>): Promise<T>
  /** Appends to the job summary; a no-op outside a job. */
  writeSummary(markdown: string): Promise<void>
  /** The job log itself, for output echoed as it comes. */
  stdout: Writable
}

/** Sets every output of an action at once: a missing or misspelt name is a compile error. */
export function setOutputs<Name extends string>(
  io: Pick<ActionIo, 'setOutput'>,
  outputs: Record<Name, string>,
): void {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value as string)
}
