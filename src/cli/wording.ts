// The engine speaks the action's language (inputs such as "timeout-seconds"); the CLI's messages
// name its own flags (--timeout). Applied to every engine text the CLI prints.

import { INPUT_NAMES, type InputName } from '../settings.js'

const FLAG_OF: Partial<Record<InputName, string>> = {
  'timeout-seconds': '--timeout',
  'github-token': 'GITHUB_TOKEN (or GH_TOKEN)',
}

const isInput = (name: string): name is InputName =>
  (INPUT_NAMES as readonly string[]).includes(name)
const flag = (name: InputName) => FLAG_OF[name] ?? `--${name}`

export function inCliWords(text: string): string {
  return (
    text
      // The action's approval paths have a CLI counterpart: the approval run.
      .replace(
        'run the authorize job, or set "approval-environment".',
        'request an approval run ("preflight request-override"), then pass --approval-run RUN.',
      )
      .replace(/"(force-start|skip-health-check): true"/g, '--$1')
      .replace(/\((force-start|skip-health-check)\)/g, '(--$1)')
      .replace(/\bwith (force-start|skip-health-check)\b/g, 'with --$1')
      .replace(/\b(?:the )?[Ii]nputs? "([a-z-]+)"/g, (m, name: string) =>
        isInput(name) ? flag(name) : m,
      )
      .replace(/\bthe "([a-z-]+)" input\b/g, (m, name: string) => (isInput(name) ? flag(name) : m))
      // A further input named in the same sentence ("--command … or "suite""), never a value
      // the user gave ("got "suite"").
      .replace(/(?<!got )"([a-z-]+)"/g, (m, name: string) => (isInput(name) ? flag(name) : m))
  )
}
