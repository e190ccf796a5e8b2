// The aggregate action from source: the dispatcher (src/index.ts) runs it, chosen by this folder's
// name, as dist/aggregate/index.js does for the bundle.
import '../../../../src/index.js'
