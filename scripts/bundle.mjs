// Bundles each entry point compiled by tsc (lib/) into dist/ with ncc.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'

const entries = [
  ['lib/index.js', 'dist'],
  ['lib/cli/index.js', 'dist/cli'],
  ['lib/authorize/index.js', 'dist/authorize'],
  ['lib/aggregate/index.js', 'dist/aggregate'],
  ['lib/require/index.js', 'dist/require'],
]

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
