import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset } from '../src/suite/json-position.js'
import { parseSuite } from '../src/suite/load.js'
import { suiteJsonSchema } from '../src/suite/schema.js'
import { runSuiteFile } from '../src/suite/runner.js'
import { REPO_ROOT } from './helpers/action-runner.js'
import { tempDir } from './helpers/temp.js'

function errorsOf(source: string): string[] {
  const loaded = parseSuite(source, 'suite.yml')
  expect(loaded.ok).toBe(false)
  return loaded.ok ? [] : loaded.errors
}

describe('suite errors name the file, line and column, and say how to fix them', () => {
  it('YAML syntax', () => {
    expect(errorsOf('version: 1\nchecks:\n  - name: "unterminated\n')).toEqual([
      'suite.yml:4:1: Missing closing "quote (fix the YAML/JSON syntax here)',
    ])
  })

  it('JSON syntax, through the same parser', () => {
    expect(errorsOf('{"version": 1, "checks": [}')[0]).toMatch(/^suite\.yml:1:\d+: /)
  })

  it('unknown kind', () => {
    const source = 'version: 1\nchecks:\n  - name: db\n    level: P0\n    kind: mysql\n'
    expect(errorsOf(source)).toEqual([
      'suite.yml:5:11: unknown check kind "mysql" in check "db"; set kind to one of command, version, http, tcp, path, env, config, tls, dns, disk, process, prometheus, postgres',
    ])
  })

  it('unknown field', () => {
    const source =
      'version: 1\nchecks:\n  - name: db\n    level: P0\n    kind: tcp\n    host: h\n    port: 1\n    timout: 3\n'
    expect(errorsOf(source)).toEqual([
      'suite.yml:8:5: unknown field "timout" in check "db"; remove it or fix its spelling (at checks.0)',
    ])
  })

  it('duplicate names', () => {
    const check = (name: string) =>
      `  - name: ${name}\n    level: P1\n    kind: env\n    variables: [A]\n`
    expect(errorsOf(`version: 1\nchecks:\n${check('a')}${check('a')}`)).toEqual([
      'suite.yml:7:11: duplicate check name "a" (first at suite.yml:3:11); give each check a unique name',
    ])
  })

  it('depends-on an unknown check', () => {
    const source =
      'version: 1\nchecks:\n  - name: a\n    level: P1\n    kind: env\n    variables: [A]\n    depends-on: [b]\n'
    expect(errorsOf(source)).toEqual([
      'suite.yml:7:18: check "a" depends on "b", which is not a check in this suite; fix the name or remove it',
    ])
  })

  it('depends-on cycle', () => {
    const check = (name: string, dep: string) =>
      `  - name: ${name}\n    level: P1\n    kind: env\n    variables: [A]\n    depends-on: [${dep}]\n`
    const errors = errorsOf(
      `version: 1\nchecks:\n${check('a', 'b')}${check('b', 'c')}${check('c', 'a')}`,
    )
    expect(errors).toEqual([
      'suite.yml:7:18: depends-on cycle a → b → c → a; remove one of these dependencies',
    ])
  })

  it('a bad value', () => {
    const source =
      'version: 1\nchecks:\n  - name: v\n    level: P3\n    kind: version\n    command: [x]\n    range: "not a range"\n'
    const errors = errorsOf(source)
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^suite\.yml:4:12: .*P0.*P1.*P2.* in check "v" \(at checks\.0\.level\)$/,
      ),
    )
    expect(errors).toContainEqual(
      'suite.yml:7:12: is not a valid semver range in check "v" (at checks.0.range)',
    )
  })

  it('an empty selection fails closed as invalid', async () => {
    const fixture = path.join(REPO_ROOT, 'examples', 'institutional-suite.yml')
    const request = {
      path: fixture,
      mode: 'paper' as const,
      timeoutMs: 5000,
      cwd: REPO_ROOT,
      env: process.env,
    }
    const outcome = await runSuiteFile({ ...request, subset: 'smoke' })
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes[0]).toMatch(/no check is in subset "smoke"/)
  })

  it('an empty suite never passes', async () => {
    const { writeFile } = await import('node:fs/promises')
    const dir = await tempDir('preflight-empty-')
    await writeFile(path.join(dir, 'empty.yml'), 'version: 1\nchecks: []\n')
    const outcome = await runSuiteFile({
      path: 'empty.yml',
      mode: 'live',
      subset: 'full',
      timeoutMs: 5000,
      cwd: dir,
      env: process.env,
    })
    expect(outcome.status).toBe('invalid')
    expect(outcome.notes[0]).toMatch(/an empty suite never passes/)
  })
})

describe('JSON Schema', () => {
  it('is committed in sync with the zod schema (npm run schema regenerates it)', async () => {
    const committed = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'schema', 'suite.schema.json'), 'utf8'),
    )
    expect(committed).toEqual(suiteJsonSchema())
  })
})

describe('strict JSON positions', () => {
  it('points at the first character strict JSON does not allow', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7)
    expect(jsonErrorOffset('[1 2]')).toBe(3)
    expect(jsonErrorOffset('{"a" 1}')).toBe(5)
    expect(jsonErrorOffset('{} x')).toBe(3)
    expect(jsonErrorOffset('// c\n{}')).toBe(0)
    expect(jsonErrorOffset('{"a": [true, null, -1.5e3, "x\\u0041"]}')).toBeNull()
    expect(jsonErrorOffset('['.repeat(20_000))).toBe(1001)
  })
})
