// Regenerates schema/suite.schema.json from the zod schema, through the bundled CLI.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' })
writeFileSync('schema/suite.schema.json', schema)
console.log('wrote schema/suite.schema.json')
