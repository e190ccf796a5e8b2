// Fails when dist/ differs from what the sources build to: GitHub runs dist/, not src/.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' })
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (changed.trim() !== '') {
  console.error('dist/ is stale. Run `npm run build` and commit dist/:\n' + changed)
  process.exit(1)
}
console.log('dist/ is up to date.')
