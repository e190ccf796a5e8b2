// config: a JSON/YAML file parses (and matches a JSON Schema).

import path from 'node:path'
import type { AttemptContext, AttemptResult, SpecOf } from '../attempt.js'
import { CheckDefinitionError } from '../expand.js'
import { parseStructured, readBounded } from '../files.js'
import { ajvRegExp } from '../pattern.js'

export async function configAttempt(
  spec: SpecOf<'config'>,
  ctx: AttemptContext,
): Promise<AttemptResult> {
  const file = path.resolve(ctx.cwd, ctx.expand.text(spec.file))
  let config: unknown
  try {
    config = parseStructured(await readBounded(file), file)
  } catch (error) {
    return { ok: false, message: `${spec.file}: ${(error as Error).message}` }
  }
  if (spec.schema === undefined) return { ok: true, message: `${spec.file} parses` }
  const schemaFile = path.resolve(ctx.cwd, ctx.expand.text(spec.schema))
  let schema: unknown
  try {
    schema = parseStructured(await readBounded(schemaFile), schemaFile)
  } catch (error) {
    throw new CheckDefinitionError(`schema ${spec.schema}: ${(error as Error).message}`)
  }
  const validate = await compileSchema(schema, spec.schema)
  if (validate(config)) return { ok: true, message: `${spec.file} matches ${spec.schema}` }
  const problems = (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
  return {
    ok: false,
    message: `${spec.file} does not match ${spec.schema}: ${problems.join('; ')}`,
  }
}

type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null
}

/** The JSON Schema validator is loaded only when a suite has a config check with a schema. */
async function compileSchema(schema: unknown, name: string): Promise<Validator> {
  const draft2020 =
    typeof schema === 'object' &&
    schema !== null &&
    String((schema as { $schema?: unknown }).$schema).includes('2020-12')
  const module = draft2020 ? await import('ajv/dist/2020.js') : await import('ajv')
  const Ajv = module.default.default ?? module.default
  try {
    // JSON Schema `pattern` and `patternProperties` run on the linear-time engine too.
    const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: ajvRegExp as never } })
    return ajv.compile(schema as object) as Validator
  } catch (error) {
    throw new CheckDefinitionError(
      `schema ${name} is not a valid JSON Schema: ${(error as Error).message}`,
    )
  }
}
