import { runAuthorize } from './main.js'

await runAuthorize()
