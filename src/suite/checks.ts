// One attempt of a check, handed to its kind (src/suite/kinds/, one file a kind). Each returns
// whether it passed and a short message; the runner adds timing, retries, dependencies and the
// deadline.

import type { AttemptContext, AttemptResult } from './attempt.js'
import { commandAttempt } from './kinds/command.js'
import { configAttempt } from './kinds/config.js'
import { envAttempt } from './kinds/env.js'
import { httpAttempt } from './kinds/http.js'
import { pathAttempt } from './kinds/path.js'
import { tcpAttempt } from './kinds/tcp.js'
import { versionAttempt } from './kinds/version.js'
import type { CheckSpec } from './schema.js'

/** Runs one attempt. The newer kinds load on first use: a suite pays only for what it checks. */
export async function runAttempt(spec: CheckSpec, ctx: AttemptContext): Promise<AttemptResult> {
  switch (spec.kind) {
    case 'command':
      return commandAttempt(spec, ctx)
    case 'version':
      return versionAttempt(spec, ctx)
    case 'http':
      return httpAttempt(spec, ctx)
    case 'tcp':
      return tcpAttempt(spec, ctx)
    case 'path':
      return pathAttempt(spec, ctx)
    case 'env':
      return envAttempt(spec, ctx)
    case 'config':
      return configAttempt(spec, ctx)
    case 'tls':
      return (await import('./kinds/tls.js')).tlsAttempt(spec, ctx)
    case 'dns':
      return (await import('./kinds/dns.js')).dnsAttempt(spec, ctx)
    case 'disk':
      return (await import('./kinds/disk.js')).diskAttempt(spec, ctx)
    case 'process':
      return (await import('./kinds/process.js')).processAttempt(spec, ctx)
    case 'prometheus':
      return (await import('./kinds/prometheus.js')).prometheusAttempt(spec, ctx)
    case 'postgres':
      return (await import('./kinds/postgres.js')).postgresAttempt(spec, ctx)
  }
}
