import { runAggregate } from './main.js'

await runAggregate()
// A timed-out artifact call may leave the client's own retries pending: the verdict is out.
process.exit()
