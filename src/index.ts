import { run } from './main.js'

await run()
// A timed-out artifact upload may still hold sockets open; the step is decided, so end it.
process.exit()
