import { abortOnSignals } from '../action/cancel.js'
import { coreIo } from '../action/core-io.js'
import { runAuthorize } from './main.js'

abortOnSignals()
await runAuthorize(process.env, { io: coreIo() })
