// The audit action: the shared bundle runs it, chosen by this folder's name.
import '../index.js'
