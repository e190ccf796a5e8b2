// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.

import semver from 'semver'
import { z } from 'zod'
import { LEVELS } from '../model.js'
import { withoutEnvReferences } from './expand.js'
import { patternError } from './pattern.js'

const name = z.string().trim().min(1).max(200)
const seconds = z
  .number()
  .positive()
  .max(6 * 60 * 60)
/** Strings may reference environment variables as ${env:NAME}. */
const text = z.string().min(1)
const argv = z.union([text, z.array(z.string()).min(1)])
const pattern = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const error = patternError(withoutEnvReferences(source))
    if (error !== null) ctx.addIssue({ code: 'custom', message: error })
  })
  .describe(
    'A regular expression (RE2 syntax: linear time, no backreferences or lookaround); a ${env:NAME} value in it matches literally',
  )
// A string stands for a value only through ${env:NAME}: its literal part must already be what
// run accepts, so validate refuses what run would fail on ("443x").
const ENV_ONLY = /\$\{env:[A-Za-z_][A-Za-z0-9_]*\}/g
const hasEnvReference = (value: string) => value.replace(ENV_ONLY, '') !== value
const port = z
  .union([
    z.number().int().min(1).max(65535),
    text.refine(
      (value) =>
        hasEnvReference(value)
          ? /^\d*$/.test(value.replace(ENV_ONLY, ''))
          : /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535,
      { message: 'must be a port number from 1 to 65535, or digits and ${env:NAME} references' },
    ),
  ])
  .describe('Port number, or a string such as ${env:DB_PORT}')
const url = text.refine((value) => /^(\$\{env:[A-Za-z_][A-Za-z0-9_]*\}|https?:\/\/)/i.test(value), {
  message: 'must start with http:// or https:// (or a ${env:NAME} reference)',
})
const FLAKY = ['pass', 'fail'] as const
const flaky = z
  .enum(FLAKY)
  .describe(
    'A check that passed only after retries: "pass" (default) reports it as flaky, "fail" fails it at its level',
  )

const common = {
  name: name.describe('Unique name, shown in the report'),
  level: z.enum(LEVELS).describe('P0 infrastructure (blocking), P1 integration, P2 cosmetic'),
  subsets: z
    .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))
    .optional()
    .describe(
      'Subsets this check belongs to; "production" is what paper runs. Every check is in "full".',
    ),
  timeout: seconds.optional().describe('Seconds one attempt may take (default 10)'),
  retries: z.number().int().min(0).max(100).optional().describe('Extra attempts after a failure'),
  'retry-delay': seconds
    .optional()
    .describe('Seconds before the first retry; doubles each time (default 0.5)'),
  until: seconds
    .optional()
    .describe(
      'Keep retrying until this many seconds after the first attempt (a service warming up)',
    ),
  flaky: flaky.optional(),
  'depends-on': z
    .array(name)
    .optional()
    .describe('Checks that must pass first; if one fails this one is skipped'),
  description: z.string().optional(),
  remediation: z
    .string()
    .optional()
    .describe('What to do when it fails; shown in the report and summary'),
}

const commandCheck = z.strictObject({
  ...common,
  kind: z.literal('command'),
  command: argv.describe(
    'argv array, or a string split like a shell would (run without a shell unless shell: true)',
  ),
  shell: z.boolean().optional().describe('Run a string command with /bin/sh -c'),
  'exit-code': z
    .number()
    .int()
    .min(0)
    .max(255)
    .optional()
    .describe('Expected exit code (default 0)'),
  stdout: pattern.optional().describe('stdout must match'),
  stderr: pattern.optional().describe('stderr must match'),
  cwd: z.string().optional(),
})

const versionCheck = z.strictObject({
  ...common,
  kind: z.literal('version'),
  command: argv.describe('Command printing the version, e.g. [python3, --version]'),
  range: z
    .string()
    .min(1)
    .refine((range) => semver.validRange(range) !== null, {
      message: 'is not a valid semver range',
    })
    .describe('semver range the version must satisfy, e.g. ">=3.8"'),
  pattern: pattern
    .optional()
    .describe('Regular expression whose first group (or match) is the version'),
})

const httpCheck = z.strictObject({
  ...common,
  kind: z.literal('http'),
  url: url.describe('http:// or https:// URL'),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  status: z
    .union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)])
    .optional()
    .describe('Expected status code(s) (default any 2xx)'),
  'body-contains': z.string().optional(),
  'body-matches': pattern.optional(),
  json: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .describe('JSON fields (dot paths) that must equal the given values, e.g. {status: ok}'),
  'max-latency': z
    .number()
    .positive()
    .max(6 * 60 * 60 * 1000)
    .optional()
    .describe('Milliseconds the response may take'),
  insecure: z.boolean().optional().describe('Skip TLS certificate verification (default false)'),
})

const tcpCheck = z.strictObject({
  ...common,
  kind: z.literal('tcp'),
  host: text,
  port,
})

const pathCheck = z.strictObject({
  ...common,
  kind: z.literal('path'),
  path: text,
  type: z.enum(['file', 'directory', 'any']).optional().describe('Default any'),
  'non-empty': z.boolean().optional().describe('A file must have bytes, a directory entries'),
  create: z
    .boolean()
    .optional()
    .describe(
      'Create a missing directory inside the working directory (the check then passes with a note)',
    ),
  'max-age': seconds.optional().describe('The path was modified at most this many seconds ago'),
})

const envCheck = z.strictObject({
  ...common,
  kind: z.literal('env'),
  variables: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1),
  pattern: pattern.optional().describe('Each value must match; values are never printed'),
})

const configCheck = z.strictObject({
  ...common,
  kind: z.literal('config'),
  file: text.describe('A JSON or YAML file'),
  schema: text.optional().describe('A JSON Schema file the parsed config must match'),
})

const tlsCheck = z.strictObject({
  ...common,
  kind: z.literal('tls'),
  host: text,
  port: port.optional().describe('Default 443'),
  servername: text.optional().describe('The name the certificate must hold (default host)'),
  insecure: z
    .boolean()
    .optional()
    .describe(
      'Do not verify the chain of trust (the name and the expiry are still checked, unless check-hostname is false)',
    ),
  'check-hostname': z
    .boolean()
    .optional()
    .describe('Check the certificate holds servername (default host); default true, insecure too'),
  'min-days': z
    .number()
    .min(0)
    .max(3650)
    .optional()
    .describe('Days the certificate must still be valid (default 0: not expired)'),
})

export const DNS_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'SRV'] as const

const dnsCheck = z.strictObject({
  ...common,
  kind: z.literal('dns'),
  host: text.describe('The name to resolve'),
  type: z.enum(DNS_TYPES).optional().describe('Record type (default A)'),
  expect: z
    .array(text)
    .min(1)
    .optional()
    .describe('Values that must all be among the answers (SRV as "priority weight port target")'),
  resolver: text
    .optional()
    .describe('Address of the DNS server to ask (IP, or IP:port), instead of the system resolver'),
})

const diskCheck = z.strictObject({
  ...common,
  kind: z.literal('disk'),
  path: text
    .describe('A path on the filesystem to check (default the working directory)')
    .optional(),
  'min-free': z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*(%|B|[KMGTP]B|[KMGTP]iB)?\s*$/i, {
      message: 'must be bytes with a unit (500MB, 2GiB) or a percentage (10%)',
    })
    .refine((value) => !value.includes('%') || parseFloat(value) <= 100, {
      message: 'must be a percentage of at most 100%',
    })
    .describe('Free space needed: bytes with a unit (500MB, 2GiB) or a percentage (10%)'),
})

const processCheck = z
  .strictObject({
    ...common,
    kind: z.literal('process'),
    pattern: pattern.optional().describe('Matched against each process command line'),
    'pid-file': text.optional().describe('A file holding the PID of a running process'),
  })
  .refine((check) => (check.pattern === undefined) !== (check['pid-file'] === undefined), {
    message: 'a process check needs exactly one of "pattern" and "pid-file"',
  })

const prometheusCheck = z.strictObject({
  ...common,
  kind: z.literal('prometheus'),
  url: text.describe('Base URL of the Prometheus server, e.g. http://prometheus:9090'),
  query: text.describe('A PromQL instant query'),
  condition: z
    .string()
    .regex(/^\s*(<=|>=|==|!=|<|>)\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i, {
      message: 'must be an operator (<, <=, >, >=, ==, !=) and a number, e.g. "< 0.05"',
    })
    .describe('Every returned value must satisfy this, e.g. "< 0.05"'),
  'allow-empty': z.boolean().optional().describe('An empty result passes (default false)'),
})

const postgresCheck = z.strictObject({
  ...common,
  kind: z.literal('postgres'),
  url: text.describe('postgres://user@host:5432/db; put a password in only through ${env:NAME}'),
  query: text.optional().describe('Default SELECT 1'),
  expect: z
    .string()
    .optional()
    .describe('The first column of the first row, as text, must equal this'),
})

export const CHECK_KINDS = [
  'command',
  'version',
  'http',
  'tcp',
  'path',
  'env',
  'config',
  'tls',
  'dns',
  'disk',
  'process',
  'prometheus',
  'postgres',
] as const

/** Kinds that start a process run under `concurrency`; the others under `network-concurrency`. */
export const PROCESS_KINDS: ReadonlySet<string> = new Set(['command', 'version'])

export const checkSchema = z.discriminatedUnion('kind', [
  commandCheck,
  versionCheck,
  httpCheck,
  tcpCheck,
  pathCheck,
  envCheck,
  configCheck,
  tlsCheck,
  dnsCheck,
  diskCheck,
  processCheck,
  prometheusCheck,
  postgresCheck,
])

export const suiteSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).describe('Suite file format version'),
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(256)
    .optional()
    .describe(
      'Checks that start a process (command, version) run at once (default 2 per core, at least 4)',
    ),
  'network-concurrency': z
    .number()
    .int()
    .min(1)
    .max(1024)
    .optional()
    .describe('Checks that start no process (network, files) run at once (default 64)'),
  flaky: flaky.optional().describe('Default for every check\'s "flaky"'),
  checks: z.array(checkSchema).describe('The checks; an empty suite never passes'),
})

export type SuiteFile = z.infer<typeof suiteSchema>
export type CheckSpec = z.infer<typeof checkSchema>

export function suiteJsonSchema(): object {
  return {
    ...z.toJSONSchema(suiteSchema, { io: 'input', target: 'draft-2020-12' }),
    // A name, not an address: the schema is found beside the suite (`$schema=…/schema/suite.schema.json`).
    $id: 'urn:preflight-gate:suite:1',
    title: 'Preflight Gate suite',
  }
}
