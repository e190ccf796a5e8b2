// Stand-in for the risk module: computes a position limit from the sample config.
import { readFileSync } from 'node:fs'
const config = readFileSync(new URL('../config/app.yml', import.meta.url), 'utf8')
const limit = Number(/max_position:\s*(\d+)/.exec(config)?.[1])
console.log(`max position ${limit}`)
process.exit(Number.isFinite(limit) && limit > 0 ? 0 : 1)
