import { runPost } from './main.js'

await runPost()
process.exit()
