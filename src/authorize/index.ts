import { abortOnSignals } from '../action/cancel.js'
import { coreIo } from '../action/core-io.js'
import { runAuthorize } from './main.js'
import { config as configureZod } from 'zod'

// Every schema parses a handful of values once: compiling fast paths would cost more than it saves.
configureZod({ jitless: true })

abortOnSignals()
await runAuthorize(process.env, { io: coreIo() })
