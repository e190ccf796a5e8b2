// Bundles the entry points compiled by tsc (lib/) into dist/ with ncc: one bundle for every
// action (the sub-actions' dist/<name>/index.js only import it), one for the CLI.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'

const entries = [
  ['lib/index.js', 'dist'],
  ['lib/cli/index.js', 'dist/cli'],
]
const SUB_ACTIONS = ['authorize', 'aggregate', 'require', 'audit']

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of entries) {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q',
    ],
    { stdio: 'inherit' },
  )
}
mkdirSync('dist', { recursive: true })
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')
for (const name of SUB_ACTIONS) {
  mkdirSync(`dist/${name}`, { recursive: true })
  writeFileSync(
    `dist/${name}/index.js`,
    `// The ${name} action: the shared bundle runs it, chosen by this folder's name.\nimport '../index.js'\n`,
  )
}
