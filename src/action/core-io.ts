// The real ActionIo, on @actions/core.

import * as core from '@actions/core'
import type { ActionIo } from './io.js'

export function coreIo(env: NodeJS.ProcessEnv = process.env): ActionIo {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    info: (message) => core.info(message),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    setFailed: (message) => core.setFailed(message),
    group: (name, body) => core.group(name, body),
    writeSummary: async (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    stdout: process.stdout,
  }
}
