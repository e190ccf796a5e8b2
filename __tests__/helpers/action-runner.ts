// Runs an action entry the way the GitHub runner does: INPUT_* variables, and files behind
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_STATE. The entry is named by the bundle the runner
// starts (dist/index.js, dist/authorize/index.js, …); what runs is its source, in this process
// with the runner's I/O (helpers/in-process.ts), or under `npm run test:dist` the bundle itself.
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { asProcess, capture, runnerIo } from './in-process.js'
import { tempDir } from './temp.js'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

/** `npm run test:dist`: the few tests that run the bundle itself, as the runner does. */
export const TEST_DIST = process.env.PREFLIGHT_TEST_DIST === '1'

const TS_LOADER = pathToFileURL(
  path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'),
)

/**
 * Node's arguments that start an entry point, named by its bundle (`dist/cli/index.js`), in a
 * process of its own: its TypeScript source through tsx's loader, so a test needs no build and
 * tests the code as it is now; under `npm run test:dist`, the bundle itself. A sub-action's
 * source entry is a stub in a folder of its name (helpers/entries/), as dist/<name>/index.js is.
 */
export function entryArgs(bundle: string): string[] {
  if (TEST_DIST) return [path.join(REPO_ROOT, bundle)]
  const name = path.basename(path.dirname(bundle))
  const source =
    bundle === 'dist/index.js'
      ? 'src/index.ts'
      : name === 'cli'
        ? 'src/cli/index.ts'
        : `__tests__/helpers/entries/${name}/index.ts`
  return ['--import', TS_LOADER.href, path.join(REPO_ROOT, source)]
}

/** `node …CLI_ARGS` starts the `preflight` CLI. */
export const CLI_ARGS = entryArgs('dist/cli/index.js')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  workDir: string
}

export interface ActionRunOptions {
  entry?: string
  inputs: Record<string, string>
  env?: Record<string, string>
  cwd?: string
  timeoutMs?: number
  /**
   * Runs the source in a process of its own (through tsx's loader): for a test whose libraries
   * read the environment once, when they load (@actions/github's GITHUB_API_URL).
   */
  ownProcess?: boolean
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const workDir = options.cwd ?? (await tempDir('preflight-action-'))
  const files = {
    GITHUB_OUTPUT: path.join(workDir, 'github-output'),
    GITHUB_STEP_SUMMARY: path.join(workDir, 'step-summary.md'),
    GITHUB_STATE: path.join(workDir, 'github-state'),
  }
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: os.tmpdir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/rocket',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'preflight',
    RUNNER_TEMP: workDir,
    ...files,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const entry = options.entry ?? 'dist/index.js'
  const { exitCode, stdout, stderr } =
    TEST_DIST || options.ownProcess
      ? await inChildProcess(entry, workDir, env, options.timeoutMs ?? 30_000)
      : await inThisProcess(entry, workDir, env)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    workDir,
  }
}

interface Ended {
  exitCode: number | null
  stdout: string
  stderr: string
}

/** The bundle (test:dist), started by Node as the runner starts it. */
async function inChildProcess(
  entry: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Ended> {
  const child = spawn(process.execPath, entryArgs(entry), {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c))
  child.stderr.on('data', (c: Buffer) => (stderr += c))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { exitCode, stdout, stderr }
}

/**
 * The source's entry point in this process, chosen as src/index.ts chooses it (by the folder of
 * the bundle's script, the main or post step by the `is-post` state), with the runner's I/O. The
 * main step does not re-execute itself without the secrets here (src/runner/custody.ts): a test
 * of that runs the action with `ownProcess`.
 * A failed step exits 1, as does one that throws (its stack on stderr, as Node prints it).
 */
async function inThisProcess(entry: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Ended> {
  const stdout = capture()
  const io = runnerIo(env, stdout)
  let stderr = ''
  let threw = false
  await asProcess(cwd, env, async () => {
    try {
      switch (path.basename(path.dirname(entry))) {
        case 'authorize':
          return await (await import('../../src/authorize/main.js')).runAuthorize(env, { io })
        case 'aggregate':
          return await (await import('../../src/aggregate/main.js')).runAggregate(env, { io })
        case 'require':
          return await (await import('../../src/require/main.js')).runRequire(env, { io })
        case 'audit':
          return await (await import('../../src/audit/action.js')).runAuditAction(env, { io })
        default:
          if (io.getState('is-post') === 'true') {
            return await (await import('../../src/post/main.js')).runPost(env, { io })
          }
          io.saveState('is-post', 'true')
          return await (await import('../../src/main.js')).run(env, { io })
      }
    } catch (error) {
      stderr = `${(error as Error).stack ?? String(error)}\n`
      threw = true
    }
  })
  return { exitCode: io.failed() || threw ? 1 : 0, stdout: stdout.text(), stderr }
}

/** Parses the runner's `name<<delimiter\nvalue\ndelimiter` file-command format. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    values[name] = value.join('\n')
  }
  return values
}
