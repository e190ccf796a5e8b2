import { config as configureZod } from 'zod'
import { abortOnSignals } from '../action/cancel.js'
import { coreIo } from '../action/core-io.js'
import { runAggregate } from './main.js'

// Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
configureZod({ jitless: true })
abortOnSignals()
await runAggregate(process.env, { io: coreIo() })
// A timed-out artifact call may leave the client's own retries pending: the verdict is out.
process.exit()
