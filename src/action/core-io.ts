// The real ActionIo, on @actions/core's own command modules. The package's entry point also
// loads its OIDC client (and with it an HTTP stack: half the start-up of the verdict path) that
// no entry point here uses, so the modules that speak the runner's protocol are imported
// directly: workflow commands, file commands and the job summary.

import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js'
import type { ActionIo, AnnotationProperties } from './io.js'

export function coreIo(env: NodeJS.ProcessEnv = process.env): ActionIo {
  const annotate =
    (command: 'notice' | 'warning' | 'error') =>
    (message: string, properties: AnnotationProperties = {}) =>
      issueCommand(command, toCommandProperties(properties), message)
  const fileCommand = (file: 'OUTPUT' | 'STATE', name: string, value: string) => {
    // Outside a runner (or an old one) there is no file: fall back to the stdout command.
    if (env[`GITHUB_${file}`]) issueFileCommand(file, prepareKeyValueMessage(name, value))
    else issueCommand(file === 'OUTPUT' ? 'set-output' : 'save-state', { name }, value)
  }
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput: (name, value) => fileCommand('OUTPUT', name, value),
    setSecret: (value) => issueCommand('add-mask', {}, value),
    info: (message) => process.stdout.write(message + '\n'),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error: annotate('error'),
    setFailed: (message) => {
      process.exitCode = 1
      annotate('error')(message)
    },
    group: async (name, body) => {
      issue('group', name)
      try {
        return await body()
      } finally {
        issue('endgroup')
      }
    },
    writeSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write()
    },
    saveState: (name, value) => fileCommand('STATE', name, value),
    getState: (name) => env[`STATE_${name}`] ?? '',
    stdout: process.stdout,
  }
}
