// The require action from source: the dispatcher (src/index.ts) runs it, chosen by this folder's
// name, as dist/require/index.js does for the bundle.
import '../../../../src/index.js'
