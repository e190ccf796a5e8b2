// The gate action's main and post steps, from one bundle (as actions/checkout does): the main
// step leaves `is-post` in the state, which the runner hands to the post step.
import module from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { abortOnSignals } from './action/cancel.js'
import { coreIo } from './action/core-io.js'
import { config as configureZod } from 'zod'

// Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
configureZod({ jitless: true })

// Node 22+ keeps the bundle's compiled code between runs (a deploy host runs the gate often):
// most of the verdict path's start-up is compiling the chunks loaded below.
// In the user's own cache directory, not a shared temporary one another account could fill.
;(module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache?.(
  process.env.NODE_COMPILE_CACHE || path.join(os.homedir(), '.cache', 'preflight-gate'),
)

const io = coreIo()
const signal = abortOnSignals()
if (io.getState('is-post') === 'true') {
  const { runPost } = await import('./post/main.js')
  await runPost(process.env, { io })
} else {
  io.saveState('is-post', 'true')
  const { run } = await import('./main.js')
  await run(process.env, { io, signal })
}
// A timed-out artifact upload may still hold sockets open; the step is decided, so end it.
process.exit()
