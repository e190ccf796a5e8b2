import { runRequire } from './main.js'

await runRequire()
// A timed-out artifact call may leave the client's own retries pending: the answer is out.
process.exit()
