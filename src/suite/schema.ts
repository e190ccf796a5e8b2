// The declarative suite file (version 1), validated by zod. The JSON Schema in
// schema/suite.schema.json is generated from this (npm run schema) and kept in sync by a test.

import semver from 'semver'
import { z } from 'zod'
import { LEVELS } from '../model.js'

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
  .refine(isRegExp, { message: 'is not a valid regular expression' })
  .describe('A regular expression (JavaScript syntax)')

function isRegExp(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

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
  url: text.describe('http:// or https:// URL'),
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
  'max-latency': z.number().positive().optional().describe('Milliseconds the response may take'),
  insecure: z.boolean().optional().describe('Skip TLS certificate verification (default false)'),
})

const tcpCheck = z.strictObject({
  ...common,
  kind: z.literal('tcp'),
  host: text,
  port: z
    .union([z.number().int().min(1).max(65535), text])
    .describe('Port number, or a string such as ${env:DB_PORT}'),
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
    .describe('Create a missing directory (the check then passes with a note)'),
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

export const CHECK_KINDS = ['command', 'version', 'http', 'tcp', 'path', 'env', 'config'] as const

export const checkSchema = z.discriminatedUnion('kind', [
  commandCheck,
  versionCheck,
  httpCheck,
  tcpCheck,
  pathCheck,
  envCheck,
  configCheck,
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
    .describe('Checks run at once (default 8)'),
  checks: z.array(checkSchema).describe('The checks; an empty suite never passes'),
})

export type SuiteFile = z.infer<typeof suiteSchema>
export type CheckSpec = z.infer<typeof checkSchema>

export function suiteJsonSchema(): object {
  return {
    ...z.toJSONSchema(suiteSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://github.com/acme/preflight-gate/schema/suite.schema.json',
    title: 'Preflight Gate suite',
  }
}
