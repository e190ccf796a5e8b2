// The wiring half of `preflight audit`: reads `.github/workflows/*.yml` with GitHub's own parsers
// (@actions/workflow-parser for the YAML, @actions/expressions for `if:`) and checks that every
// deploy job is really gated. Pure: file contents in, findings (each at file:line) out.

import {
  convertWorkflowTemplate,
  isBasicExpression,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import type { Job, WorkflowJob } from '@actions/workflow-parser/model/workflow-template'
import { Lexer, Parser, type Expr } from '@actions/expressions'
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
} from '@actions/expressions/ast'
import picomatch from 'picomatch'
import { MODES, type Mode } from '../model.js'
import { finding, type Finding } from './findings.js'

export interface WorkflowFile {
  /** As shown in findings, e.g. `.github/workflows/deploy.yml`. */
  path: string
  content: string
}

/** Default deploy patterns: job ids and environment names that deploy. */
export const DEFAULT_DEPLOY_PATTERNS = ['deploy*', 'launch*', 'release*', 'live', 'prod*']

export interface WiringResult {
  findings: Finding[]
  /** Suite files the gate steps name (`suite:`), for the CODEOWNERS check. */
  suiteFiles: string[]
  /** How many gate steps were found. */
  gateSteps: number
  /** The modes the gate steps run in (both for a mode set by an expression). */
  modes: Mode[]
}

/** `owner/preflight-gate[/sub]@ref`: this action and its sub-actions. */
const THIS_ACTION = /^[^/@\s]+\/preflight-gate(?:\/(authorize|aggregate|require|audit))?@(.+)$/i
const FULL_SHA = /^[0-9a-f]{40}$/
const CONTEXTS = ['github', 'env', 'vars', 'needs', 'inputs', 'steps', 'job', 'jobs', 'runner']
const CONTEXTS_MORE = ['secrets', 'strategy', 'matrix']
/** The job-status functions `if:` may call (not among the library's general functions). */
const STATUS_FUNCTIONS = ['success', 'always', 'cancelled', 'failure'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
}))
/** Token scopes the gate may write: the ops-log issue comment and the follow-up ticket. */
const WRITABLE_SCOPES = new Set(['issues'])

interface StepInfo {
  uses: string
  line: number
  sub: string | undefined
  ref: string
  with: Map<string, { value: string; line: number }>
  ifExpr: string
  ifLine: number
  continueOnErrorLine: number | null
}

interface JobInfo {
  id: string
  line: number
  needs: string[]
  ifExpr: string
  ifLine: number
  environment: string | null
  runsOn: string | null
  /** A reusable workflow's call: its runner and steps are in the called workflow. */
  reusable: boolean
  outputs: Map<string, string>
  steps: StepInfo[]
  continueOnErrorLine: number | null
  permissions: TemplateToken | undefined
}

export async function auditWorkflows(
  files: readonly WorkflowFile[],
  deployPatterns: readonly string[] = DEFAULT_DEPLOY_PATTERNS,
): Promise<WiringResult> {
  const findings: Finding[] = []
  const suiteFiles = new Set<string>()
  const modes = new Set<Mode>()
  let gateSteps = 0
  const isDeployName = picomatch([...deployPatterns], { nocase: true })
  for (const file of files) {
    const parsed = await readWorkflow(file, findings)
    if (!parsed) continue
    const { jobs, workflowPermissions } = parsed
    const at = (line: number) => `${file.path}:${line}`
    const byId = new Map(jobs.map((j) => [j.id, j]))
    const gateJobs = new Set(jobs.filter((j) => j.steps.some(isGateStep)).map((j) => j.id))
    const fleetJobs = new Set(jobs.filter((j) => j.steps.some((s) => s.sub === 'aggregate')))
    const authorizeJobs = new Set(
      jobs.filter((j) => j.steps.some((s) => s.sub === 'authorize')).map((j) => j.id),
    )

    for (const job of jobs) {
      for (const step of job.steps) {
        if (step.sub === undefined && !THIS_ACTION.test(step.uses)) continue
        if (!FULL_SHA.test(step.ref)) {
          findings.push(
            finding(
              'action-not-pinned',
              at(step.line),
              `"${step.uses}" is not pinned to a commit.`,
            ),
          )
        }
        if (!isGateStep(step)) continue
        gateSteps++
        const mode = step.with.get('mode')?.value ?? ''
        for (const m of MODES) if (mode === m || mode.includes('${{')) modes.add(m)
        const suite = step.with.get('suite')?.value
        if (suite && !suite.includes('${{')) suiteFiles.add(suite.replace(/^\.\//, ''))
        if (step.continueOnErrorLine !== null) {
          findings.push(
            finding(
              'gate-continue-on-error',
              at(step.continueOnErrorLine),
              `The gate step of job "${job.id}" has continue-on-error.`,
            ),
          )
        }
      }
      if (gateJobs.has(job.id)) {
        if (job.continueOnErrorLine !== null) {
          findings.push(
            finding(
              'gate-continue-on-error',
              at(job.continueOnErrorLine),
              `The gate job "${job.id}" has continue-on-error.`,
            ),
          )
        }
        findings.push(...permissionFindings(job, workflowPermissions, at))
      }
    }

    for (const job of jobs) {
      const deploys =
        job.steps.some((s) => s.sub === 'require') ||
        isDeployName(job.id) ||
        (job.environment !== null && isDeployName(job.environment))
      if (!deploys || (gateJobs.has(job.id) && !job.steps.some(isGateStep))) continue
      const gateIndex = job.steps.findIndex(isGateStep)
      if (gateIndex >= 0) {
        // The gate as a step of the deploy job: its failure stops the steps after it, unless one
        // of them runs under always().
        for (const step of job.steps.slice(gateIndex + 1)) {
          if (callsAlways(step.ifExpr)) {
            findings.push(
              finding(
                'always-on-deploy-path',
                at(step.ifLine),
                `A step after the gate in job "${job.id}" runs under always().`,
              ),
            )
          }
        }
        findings.push(...liveFindings(job, [job], at))
        continue
      }
      const ancestors = ancestorsOf(job, byId)
      const gates = [...ancestors].filter((id) => gateJobs.has(id))
      if (gates.length === 0) {
        findings.push(
          finding(
            'deploy-not-gated',
            at(job.line),
            `Deploy job "${job.id}" does not need a gate job${gateJobs.size > 0 ? ` (${[...gateJobs].join(', ')})` : ''}.`,
          ),
        )
        continue
      }
      const startsWithRequire = job.steps[0]?.sub === 'require'
      const gateOutputs = new Map(
        gates.map((id) => [id, verdictOutputs(byId.get(id) as JobInfo)] as const),
      )
      if (!startsWithRequire && !impliesProceed(job.ifExpr, gateOutputs, authorizeJobs)) {
        findings.push(
          finding(
            'deploy-not-on-proceed',
            at(job.ifLine || job.line),
            `Deploy job "${job.id}" does not start with require and its if does not require verdict == 'proceed' of ${gates.join(', ')}.`,
          ),
        )
      }
      // Every job between a gate and the deploy, and the deploy itself.
      const onPath = [job, ...[...ancestors].map((id) => byId.get(id) as JobInfo)].filter(
        (j) => j === job || gates.includes(j.id) || gates.some((g) => ancestorsOf(j, byId).has(g)),
      )
      for (const j of onPath) {
        if (callsAlways(j.ifExpr)) {
          findings.push(
            finding(
              'always-on-deploy-path',
              at(j.ifLine || j.line),
              `Job "${j.id}" on the way from the gate to deploy job "${job.id}" runs under always().`,
            ),
          )
        }
      }
      const gateJobInfos = gates.map((id) => byId.get(id) as JobInfo)
      findings.push(...liveFindings(job, gateJobInfos, at))
      for (const gate of gateJobInfos) {
        if (fleetJobs.has(gate) && !gate.steps.some((s) => s.sub === undefined)) continue
        if (!job.reusable && gate.runsOn !== job.runsOn) {
          findings.push(
            finding(
              'runner-mismatch',
              at(job.line),
              `Gate job "${gate.id}" runs on ${gate.runsOn ?? 'nothing'}, deploy job "${job.id}" on ${job.runsOn ?? 'nothing'}.`,
            ),
          )
        }
      }
    }
  }
  return {
    findings: dedupe(findings),
    suiteFiles: [...suiteFiles],
    gateSteps,
    modes: MODES.filter((m) => modes.has(m)),
  }
}

function isGateStep(step: StepInfo): boolean {
  return THIS_ACTION.test(step.uses) && step.sub === undefined
}

/** A live deploy (environment live… or prod…, or require in live mode) needs live gates with evidence. */
function liveFindings(deploy: JobInfo, gates: JobInfo[], at: (line: number) => string): Finding[] {
  const live =
    /^(live|prod)/i.test(deploy.environment ?? '') ||
    deploy.steps.some((s) => s.sub === 'require' && s.with.get('mode')?.value === 'live')
  if (!live) return []
  const found: Finding[] = []
  for (const gate of gates) {
    for (const step of gate.steps.filter(isGateStep)) {
      const mode = step.with.get('mode')
      if (mode?.value !== 'live') {
        found.push(
          finding(
            'live-gate-not-live-mode',
            at(mode?.line ?? step.line),
            `Live deploy job "${deploy.id}" is gated in mode "${mode?.value ?? '(none)'}".`,
          ),
        )
      }
      const results = step.with.get('require-results')
      if (results?.value === 'never') {
        found.push(
          finding(
            'live-gate-without-evidence',
            at(results.line),
            `Live deploy job "${deploy.id}" is gated with require-results: never.`,
          ),
        )
      }
    }
  }
  return found
}

function permissionFindings(
  job: JobInfo,
  workflowPermissions: TemplateToken | undefined,
  at: (line: number) => string,
): Finding[] {
  const permissions = job.permissions ?? workflowPermissions
  if (permissions === undefined) {
    return [
      finding(
        'gate-permissions',
        at(job.line),
        `Gate job "${job.id}" declares no permissions: its token gets the repository's default.`,
      ),
    ]
  }
  if (isString(permissions)) {
    return permissions.value === 'write-all'
      ? [finding('gate-permissions', at(permissions.line ?? job.line), 'permissions: write-all.')]
      : []
  }
  if (!isMapping(permissions)) return []
  const found: Finding[] = []
  for (const { key, value } of permissions) {
    const scope = String(key)
    if (isString(value) && value.value === 'write' && !WRITABLE_SCOPES.has(scope)) {
      found.push(
        finding(
          'gate-permissions',
          at(key.line ?? job.line),
          `Gate job "${job.id}" may write "${scope}".`,
        ),
      )
    }
  }
  return found
}

function ancestorsOf(job: JobInfo, byId: Map<string, JobInfo>): Set<string> {
  const seen = new Set<string>()
  const todo = [...job.needs]
  while (todo.length > 0) {
    const id = todo.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    todo.push(...(byId.get(id)?.needs ?? []))
  }
  return seen
}

/** The job's outputs that carry the gate step's verdict (`steps.<id>.outputs.verdict`). */
function verdictOutputs(job: JobInfo): Set<string> {
  const names = new Set<string>()
  for (const [name, value] of job.outputs) {
    if (/\.outputs\.verdict\b/i.test(value)) names.add(name.toLowerCase())
  }
  return names
}

function parseExpression(expression: string): Expr | null {
  try {
    const tokens = new Lexer(expression).lex().tokens
    return unwrapFormat(
      new Parser(tokens, [...CONTEXTS, ...CONTEXTS_MORE], STATUS_FUNCTIONS).parse(),
    )
  } catch {
    return null
  }
}

/**
 * A block scalar (`if: >-`) around `${{ }}` comes back from the parser as
 * `format('   {0}\n', EXPR)`; only whitespace around the one argument: the condition is EXPR.
 */
function unwrapFormat(expr: Expr): Expr {
  if (
    expr instanceof FunctionCall &&
    expr.functionName.lexeme.toLowerCase() === 'format' &&
    expr.args.length === 2 &&
    expr.args[0] instanceof Literal &&
    /^\s*\{0\}\s*$/.test(String(expr.args[0].literal.coerceString()))
  ) {
    return expr.args[1] as Expr
  }
  return expr
}

/** `needs.a.outputs.b` → ['needs','a','outputs','b'] (lower case); null for anything else. */
function pathOf(expr: Expr): string[] | null {
  if (expr instanceof ContextAccess) return [expr.name.lexeme.toLowerCase()]
  if (expr instanceof IndexAccess && expr.index instanceof Literal) {
    const head = pathOf(expr.expr)
    return head ? [...head, String(expr.index.literal.coerceString()).toLowerCase()] : null
  }
  return null
}

function literalString(expr: Expr): string | null {
  return expr instanceof Literal ? String(expr.literal.coerceString()) : null
}

/** `needs.<job>.outputs.<name> == '<value>'` (either way round) → [job, name]. */
function comparison(expr: Expr, value: string): [string, string] | null {
  if (!(expr instanceof Binary) || expr.operator.lexeme !== '==') return null
  for (const [a, b] of [
    [expr.left, expr.right],
    [expr.right, expr.left],
  ] as const) {
    const p = pathOf(a)
    if (p && p.length === 4 && p[0] === 'needs' && p[2] === 'outputs' && literalString(b) === value)
      return [p[1] as string, p[3] as string]
  }
  return null
}

/** True when the condition can hold only if a gate said proceed (or an authorize job authorized). */
function impliesProceed(
  condition: string,
  gates: Map<string, Set<string>>,
  authorizers: Set<string>,
): boolean {
  const root = parseExpression(condition)
  if (!root) return false
  const proceed = (e: Expr): boolean => {
    const match = comparison(e, 'proceed')
    return match !== null && (gates.get(match[0])?.has(match[1]) ?? false)
  }
  const authorized = (e: Expr): boolean => {
    const match = comparison(e, 'true')
    return match !== null && authorizers.has(match[0])
  }
  const implies = (e: Expr, allowAuthorized: boolean): boolean => {
    if (e instanceof Grouping) return implies(e.group, allowAuthorized)
    if (proceed(e) || (allowAuthorized && authorized(e))) return true
    if (e instanceof Logical && e.operator.lexeme === '&&') {
      return e.args.some((a) => implies(a, allowAuthorized))
    }
    if (e instanceof Logical && e.operator.lexeme === '||') {
      const all = e.args.every((a) => implies(a, true))
      return all && e.args.some((a) => implies(a, false))
    }
    return false
  }
  return implies(root, false)
}

function callsAlways(condition: string): boolean {
  const root = parseExpression(condition)
  if (!root) return /\balways\s*\(/i.test(condition)
  const visit = (e: Expr): boolean => {
    if (e instanceof FunctionCall) {
      return e.functionName.lexeme.toLowerCase() === 'always' || e.args.some(visit)
    }
    if (e instanceof Logical) return e.args.some(visit)
    if (e instanceof Binary) return visit(e.left) || visit(e.right)
    if (e instanceof Unary) return visit(e.expr)
    if (e instanceof Grouping) return visit(e.group)
    if (e instanceof IndexAccess) return visit(e.expr) || visit(e.index)
    return false
  }
  return visit(root)
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.id} ${f.location} ${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// --- reading one workflow -------------------------------------------------------------------

async function readWorkflow(
  file: WorkflowFile,
  findings: Finding[],
): Promise<{ jobs: JobInfo[]; workflowPermissions: TemplateToken | undefined } | null> {
  const parsed = parseWorkflow(
    { name: file.path, content: file.content },
    new NoOperationTraceWriter(),
  )
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0 || !parsed.value || !isMapping(parsed.value)) {
    const first = errors[0]
    findings.push(
      finding(
        'workflow-invalid',
        `${file.path}:${first?.range?.start.line ?? 1}`,
        first?.rawMessage ?? 'Not a workflow.',
      ),
    )
    return null
  }
  const root = parsed.value
  const template = await convertWorkflowTemplate(parsed.context, root)
  const rawJobs = valueOf(root, 'jobs')
  const jobs: JobInfo[] = []
  for (const job of template.jobs) {
    const raw = rawJobs && isMapping(rawJobs) ? valueOf(rawJobs, job.id.value) : undefined
    jobs.push(jobInfo(job, raw && isMapping(raw) ? raw : undefined))
  }
  return { jobs, workflowPermissions: valueOf(root, 'permissions') }
}

/** A job; a reusable workflow's call (`uses: ./.github/workflows/x.yml`) has no steps or runner here. */
function jobInfo(job: WorkflowJob, raw: MappingToken | undefined): JobInfo {
  const rawSteps = raw ? valueOf(raw, 'steps') : undefined
  const steps = job.type === 'job' ? job.steps : []
  const outputs = new Map<string, string>()
  for (const { key, value } of job.outputs ?? []) outputs.set(String(key), tokenText(value))
  return {
    id: job.id.value,
    line: job.id.line ?? 1,
    needs: (job.needs ?? []).map((n) => n.value),
    ifExpr: job.if.expression,
    ifLine: (raw && keyOf(raw, 'if')?.line) ?? 0,
    environment: job.type === 'job' ? environmentName(job) : null,
    runsOn: job.type === 'job' && job['runs-on'] ? tokenText(job['runs-on']) : null,
    reusable: job.type !== 'job',
    outputs,
    steps: steps.map((step, i) => {
      const rawStep =
        rawSteps && isSequence(rawSteps) && i < rawSteps.count ? rawSteps.get(i) : undefined
      return stepInfo(step, rawStep && isMapping(rawStep) ? rawStep : undefined)
    }),
    continueOnErrorLine: raw ? continueOnErrorLine(raw) : null,
    permissions: raw ? valueOf(raw, 'permissions') : undefined,
  }
}

function stepInfo(step: Job['steps'][number], raw: MappingToken | undefined): StepInfo {
  const uses = 'uses' in step ? step.uses.value : ''
  const match = THIS_ACTION.exec(uses)
  const withs = new Map<string, { value: string; line: number }>()
  const rawWith = raw ? valueOf(raw, 'with') : undefined
  if (rawWith && isMapping(rawWith)) {
    for (const { key, value } of rawWith) {
      withs.set(String(key), { value: tokenText(value), line: key.line ?? 0 })
    }
  }
  return {
    uses,
    line: ('uses' in step ? step.uses.line : undefined) ?? 0,
    sub: match?.[1]?.toLowerCase(),
    ref: match?.[2] ?? '',
    with: withs,
    ifExpr: 'if' in step && step.if ? step.if.expression : 'success()',
    ifLine: (raw && keyOf(raw, 'if')?.line) ?? ('uses' in step ? (step.uses.line ?? 0) : 0),
    continueOnErrorLine: raw ? continueOnErrorLine(raw) : null,
  }
}

/** The line of a `continue-on-error` that is not literally false. */
function continueOnErrorLine(raw: MappingToken): number | null {
  const key = keyOf(raw, 'continue-on-error')
  const value = valueOf(raw, 'continue-on-error')
  if (!key || !value) return null
  return tokenText(value) === 'false' ? null : (key.line ?? 0)
}

function environmentName(job: Job): string | null {
  const env = job.environment
  if (!env) return null
  const name = isMapping(env) ? env.find('name') : env
  return name && isString(name) ? name.value : null
}

function valueOf(mapping: MappingToken, key: string): TemplateToken | undefined {
  return mapping.find(key)
}

function keyOf(mapping: MappingToken, key: string) {
  for (const pair of mapping) if (String(pair.key) === key) return pair.key
  return undefined
}

/** A token as text: literals as their value, expressions as `${{ … }}`, sequences joined. */
function tokenText(token: TemplateToken): string {
  if (isString(token)) return token.value
  if (isBasicExpression(token)) return `\${{ ${token.expression} }}`
  if (isSequence(token)) return [...token].map(tokenText).join(', ')
  if (isMapping(token)) {
    return [...token].map(({ key, value }) => `${String(key)}: ${tokenText(value)}`).join('; ')
  }
  return String(token)
}

/** A workflow's `run-name` as written (whitespace as in the file) and its line; null without one. */
export function parseRunName(content: string): { value: string; line: number } | null {
  const parsed = parseWorkflow({ name: 'workflow.yml', content }, new NoOperationTraceWriter())
  const root = parsed.value
  if (!root || !isMapping(root)) return null
  const key = keyOf(root, 'run-name')
  const value = root.find('run-name')
  if (!key || !value) return null
  const text = isBasicExpression(value) ? (value.source ?? tokenText(value)) : tokenText(value)
  return { value: text, line: key.line ?? 1 }
}
