// Every action of this repository runs from this one bundle (as actions/checkout runs its main
// and post steps from one): the gate (main and post), and the authorize, aggregate and require
// sub-actions, whose dist/<name>/index.js only imports this file. Which one runs is the folder of
// the script the runner started; the post step is told by the `is-post` state the main step left.
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
switch (path.basename(path.dirname(process.argv[1] ?? ''))) {
  case 'authorize':
    await (await import('./authorize/main.js')).runAuthorize(process.env, { io })
    break
  case 'aggregate':
    await (await import('./aggregate/main.js')).runAggregate(process.env, { io })
    break
  case 'require':
    await (await import('./require/main.js')).runRequire(process.env, { io })
    break
  default:
    if (io.getState('is-post') === 'true') {
      await (await import('./post/main.js')).runPost(process.env, { io })
    } else {
      io.saveState('is-post', 'true')
      await (await import('./main.js')).run(process.env, { io, signal })
    }
}
// A timed-out artifact call may still hold sockets open; the step is decided, so end it.
process.exit()
