// For any secret (ASCII or not, split by a control sequence, on several lines, on stdout and
// stderr, in a file name), no evidence the gate leaves holds it; a port and a year expanded with
// ${env:} stay readable. Bounded runs: each one starts the gate and a suite twice.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { run } from '../src/main.js'
import { memoryIo, type MemoryIo } from './helpers/memory-io.js'
import { tempDir } from './helpers/temp.js'

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name)

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$@+=',
  'é',
  'ü',
  'ß',
  '漢',
  '字',
  '😀',
]
const secrets = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 10, maxLength: 24 })
  .map((chars) => chars.join(''))
const controls = fc.constantFrom(
  '\u001b[0m',
  '\u001b[31;1m',
  '\u001b]8;;x\u0007',
  '\u0007',
  '\u0000',
)

async function everything(dir: string): Promise<string> {
  const parts: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    parts.push(file)
    if (entry.isFile()) parts.push(await readFile(file, 'utf8'))
  }
  return parts.join('\n')
}

function published(io: MemoryIo): string {
  const annotations = io.log.map((l) => `${l.title ?? ''} ${l.message}`)
  return [io.summary, JSON.stringify(io.outputs), ...annotations, ...io.failed].join('\n')
}

describe('no evidence holds a secret, whatever it is and however it is printed', () => {
  it('holds for random secrets through a suite command and a suite file', async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets,
        controls,
        fc.nat(),
        fc.constantFrom('redact', 'mask'),
        async (secret, ctl, cut, known) => {
          const dir = await tempDir('preflight-redaction-prop-')
          try {
            const at = 1 + (cut % (Array.from(secret).length - 1))
            const split = Array.from(secret)
            const cutOpen = `${split.slice(0, at).join('')}${ctl}${split.slice(at).join('')}`
            // A suite command: stdout, stderr, several lines, a file name, a result message.
            const reports = path.join(dir, 'reports')
            const plan = {
              output: [
                { stream: 'stdout', text: `first ${cutOpen}\nsecond ${secret} line\n` },
                { stream: 'stderr', text: `err ${cutOpen}\n${secret}\n` },
                ...(known === 'mask'
                  ? [{ stream: 'stdout', text: `::add-mask::${secret}\n` }]
                  : []),
              ],
              files: [{ name: `note-${secret}.txt`, text: `kept ${cutOpen} ${secret}\n` }],
              checks: [{ name: 'login', level: 'P1', status: 'failed', message: `as ${cutOpen}` }],
              exitCode: 2,
            }
            const commandIo = memoryIo({
              mode: 'live',
              command: `node ${fixture('leak-plan.mjs')} ${reports}`,
              'report-dir': reports,
              'upload-artifact': 'false',
              'working-directory': dir,
              ...(known === 'redact' && { redact: 'SHOWN_VALUE' }),
            })
            await run(
              { PATH: process.env.PATH, LEAK_PLAN: JSON.stringify(plan), SHOWN_VALUE: secret },
              { io: commandIo },
            )
            // A suite file: the secret through ${env:} of a secret-looking name, with a port
            // and a year that are not secret.
            const suiteReports = path.join(dir, 'suite-reports')
            await writeFile(
              path.join(dir, 'suite.yml'),
              stringify({
                version: 1,
                checks: [
                  {
                    name: 'print',
                    level: 'P0',
                    kind: 'command',
                    command: [
                      'node',
                      fixture('print-split.mjs'),
                      '${env:APP_SECRET}',
                      '${env:P}',
                      '${env:YEAR}',
                    ],
                  },
                ],
              }),
            )
            const suiteIo = memoryIo({
              mode: 'live',
              suite: 'suite.yml',
              'report-dir': suiteReports,
              'upload-artifact': 'false',
              'working-directory': dir,
            })
            await run(
              {
                PATH: process.env.PATH,
                APP_SECRET: secret,
                P: '18080',
                YEAR: '2026',
                LEAK_CTL: JSON.stringify(ctl),
                LEAK_AT: String(at),
              },
              { io: suiteIo },
            )
            const evidence = [
              await everything(reports),
              published(commandIo),
              await everything(suiteReports),
              published(suiteIo),
            ].join('\n')
            expect(evidence).not.toContain(secret)
            expect(evidence).not.toContain(encodeURIComponent(secret))
            expect(await everything(suiteReports)).toContain('took 18080ms on 2026-12-02')
            expect(commandIo.outputs.status).toBe('p1-failed')
          } finally {
            await rm(dir, { recursive: true, force: true })
          }
        },
      ),
      { numRuns: 8 },
    )
  }, 60_000)
})
