// `preflight audit`'s approval-setup checks against the local GitHub API stand-in: every finding
// id reported where it is when the setup is wrong, silent when it is right; a permission the
// token lacks is a finding that names it, never a crash.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createGitHubClient } from '../src/approval/github.js'
import { auditSetup } from '../src/audit/setup.js'
import { initFiles } from '../src/audit/templates.js'
import {
  gitHubApi,
  overrideEnvironment,
  type GitHubApi,
  type GitHubApiState,
} from './helpers/github-api.js'

const OVERRIDE_WORKFLOW = initFiles(
  {
    action: `acme/preflight-gate@${'b'.repeat(40)}`,
    actionTag: 'v1',
    runnerLabels: ['self-hosted'],
    suite: { file: '.github/preflight.yml' },
  },
  false,
).find((f) => f.path.endsWith('override-request.yml'))?.text as string

function goodSetup(): Partial<GitHubApiState> {
  return {
    environments: {
      'paper-override': overrideEnvironment('paper-override', { reviewers: ['team-lead'] }),
      'live-override': overrideEnvironment('live-override', { reviewers: ['risk-manager', 'cto'] }),
    },
    files: {
      '.github/workflows/override-request.yml': OVERRIDE_WORKFLOW,
      '.github/CODEOWNERS': '/.github/workflows/ @acme/leads\n/.github/preflight.yml @acme/risk\n',
    },
    branchRules: {
      main: [
        {
          type: 'pull_request',
          parameters: {
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: true,
            require_last_push_approval: true,
            required_review_thread_resolution: false,
          },
        } as never,
      ],
    },
  }
}

let api: GitHubApi
beforeEach(async () => {
  api = await gitHubApi(goodSetup())
})
afterEach(() => api.close())

async function audit() {
  const client = await createGitHubClient('ghp_test', { GITHUB_API_URL: api.url })
  return auditSetup({
    client,
    owner: 'acme',
    repo: 'rocket',
    modes: ['paper', 'live'],
    suiteFiles: ['.github/preflight.yml'],
    timeoutMs: 5000,
  })
}

interface Case {
  id: string
  location: string
  break: (state: GitHubApiState) => void
}

const CASES: Case[] = [
  {
    id: 'override-environment-missing',
    location: 'environment live-override',
    break: (s) => void delete s.environments['live-override'],
  },
  {
    id: 'override-environment-reviewers',
    location: 'environment live-override',
    break: (s) =>
      void (s.environments['live-override'] = overrideEnvironment('live-override', {
        reviewers: ['cto'],
      })),
  },
  {
    id: 'override-environment-self-review',
    location: 'environment paper-override',
    break: (s) =>
      void (s.environments['paper-override'] = overrideEnvironment('paper-override', {
        reviewers: ['team-lead'],
        preventSelfReview: false,
      })),
  },
  {
    id: 'override-environment-admin-bypass',
    location: 'environment live-override',
    break: (s) =>
      void (s.environments['live-override'] = overrideEnvironment('live-override', {
        canAdminsBypass: true,
      })),
  },
  {
    id: 'override-environment-branch-policy',
    location: 'environment live-override',
    break: (s) =>
      void (s.environments['live-override'] = overrideEnvironment('live-override', {
        branchPolicy: false,
      })),
  },
  {
    id: 'override-workflow-missing',
    location: '.github/workflows/override-request.yml@main',
    break: (s) => void delete s.files['.github/workflows/override-request.yml'],
  },
  {
    id: 'override-workflow-run-name',
    location: '.github/workflows/override-request.yml@main:7',
    break: (s) =>
      void (s.files['.github/workflows/override-request.yml'] = OVERRIDE_WORKFLOW.replace(
        '· request ${{ inputs.request-id }}',
        '',
      )),
  },
  {
    id: 'default-branch-reviews',
    location: 'branch main',
    break: (s) => void (s.branchRules = {}),
  },
  {
    id: 'codeowners',
    location: '.github/CODEOWNERS@main',
    break: (s) => void (s.files['.github/CODEOWNERS'] = '/.github/workflows/ @acme/leads\n'),
  },
]

describe('audit approval setup', () => {
  test('a right setup has no finding', async () => {
    expect(await audit()).toEqual([])
  })

  test.each(CASES)('$id is reported at $location, and silent when fixed', async (c) => {
    c.break(api.state)
    const found = (await audit()).filter((f) => f.id === c.id)
    expect(found.map((f) => f.location)).toEqual([c.location])
    Object.assign(api.state, goodSetup())
    expect((await audit()).filter((f) => f.id === c.id)).toEqual([])
  })

  test('a team counts as its members; two people from one team satisfy live', async () => {
    api.state.environments['live-override'] = overrideEnvironment('live-override', {
      reviewers: [],
      teams: ['risk'],
    })
    api.state.teams = { risk: ['risk-manager'] }
    expect((await audit()).map((f) => f.id)).toEqual(['override-environment-reviewers'])
    api.state.teams = { risk: ['risk-manager', 'cto'] }
    expect(await audit()).toEqual([])
  })

  test('classic branch protection with reviews counts; without reviews it is a finding', async () => {
    api.state.branchRules = {}
    api.state.protection = {
      main: {
        required_pull_request_reviews: {
          url: '',
          dismiss_stale_reviews: false,
          require_code_owner_reviews: false,
          required_approving_review_count: 2,
        },
      },
    }
    expect(await audit()).toEqual([])
    api.state.protection = { main: { url: '' } }
    expect((await audit()).map((f) => f.message)).toEqual([
      '"main" is protected but requires no reviews.',
    ])
  })

  test('CODEOWNERS: the last matching line wins, and a line without owners owns nothing', async () => {
    api.state.files['.github/CODEOWNERS'] = '* @acme/all\n/.github/workflows/\n'
    expect((await audit()).map((f) => f.message)).toEqual(['No owner for .github/workflows/.'])
    api.state.files = { ...api.state.files, '.github/CODEOWNERS': '' }
    delete api.state.files['.github/CODEOWNERS']
    api.state.files.CODEOWNERS = '* @acme/all\n'
    expect(await audit()).toEqual([])
  })

  test('a missing permission is a finding that names it, not a crash', async () => {
    api.state.branchRules = {}
    api.state.faults = { protection: { kind: 'status', status: 403 } }
    const found = await audit()
    expect(found.map((f) => [f.id, f.location])).toEqual([
      ['api-permission', 'branch main protection'],
    ])
    // The stand-in names the permission as GitHub does (x-accepted-github-permissions).
    expect(found[0]?.message).toContain('Needed: actions=read')
    api.state.faults = { environment: { kind: 'status', status: 403 } }
    api.state.branchRules = goodSetup().branchRules as GitHubApiState['branchRules']
    expect((await audit()).map((f) => f.id)).toEqual(['api-permission', 'api-permission'])
  })

  test('an API that fails is reported as unchecked, not as a pass', async () => {
    api.state.faults = { repository: { kind: 'status', status: 500 } }
    expect((await audit()).map((f) => f.id)).toEqual(['approval-setup-unchecked'])
  })
})
