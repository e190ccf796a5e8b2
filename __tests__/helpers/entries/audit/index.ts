// The audit action from source: the dispatcher (src/index.ts) runs it, chosen by this folder's
// name, as dist/audit/index.js does for the bundle.
import '../../../../src/index.js'
