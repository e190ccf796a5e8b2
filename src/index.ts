// The bundle the runner starts (dist/index.js), and the top of the house: every action of this
// repository runs from it (as actions/checkout runs its main and post steps from one bundle): the
// gate (main and post), and the authorize, aggregate, require and audit sub-actions, whose
// dist/<name>/index.js only imports dist/index.js. Which one runs is the folder of the script the
// runner started; the post step is told by the `is-post` state the main step left. It keeps the
// compiled code first (src/compile-cache.ts), and only then loads the rest. On a worker thread it
// is the gate's results parser instead (src/evidence/parse-thread.ts).
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'
import { keepCompiledCode } from './compile-cache.js'

keepCompiledCode()
if (isMainThread) {
  const [{ config: configureZod }, { abortOnSignals }, { coreIo }] = await Promise.all([
    import('zod'),
    import('./action/cancel.js'),
    import('./action/core-io.js'),
  ])
  // Every schema parses a handful of values once: compiling fast paths would cost more than it
  // saves.
  configureZod({ jitless: true })
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
    case 'audit':
      await (await import('./audit/action.js')).runAuditAction(process.env, { io, signal })
      break
    default:
      if (io.getState('is-post') === 'true') {
        await (await import('./post/main.js')).runPost(process.env, { io })
      } else {
        // The suite runs here: first the gate re-executes itself without the runner's secrets.
        const { sealGateProcess } = await import('./runner/custody.js')
        const redact = (process.env.INPUT_REDACT ?? '').split(/[\s,]+/).filter((n) => n !== '')
        const sealed = await sealGateProcess(redact)
        const gateIo = coreIo(sealed.env)
        gateIo.saveState('is-post', 'true')
        await (
          await import('./main.js')
        ).run(sealed.env, {
          io: gateIo,
          signal,
          secretCustody: sealed.custody,
        })
      }
  }
  // A timed-out artifact call may still hold sockets open; the step is decided, so end it.
  process.exit()
} else {
  const { serveResultsParsing } = await import('./evidence/parse-worker.js')
  serveResultsParsing()
}
