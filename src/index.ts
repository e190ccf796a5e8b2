// The bundle the runner starts (dist/index.js): it keeps the compiled code first, then loads and
// runs the action the script's folder names (src/action/entry.ts).
import { keepCompiledCode } from './compile-cache.js'

keepCompiledCode()
await (await import('./action/entry.js')).runAction()
