// A local stand-in for the Actions artifact service (v4): the Twirp JSON calls CreateArtifact,
// FinalizeArtifact, ListArtifacts and GetSignedArtifactURL, Azure block-blob uploads to the
// signed URL it hands out, and downloads of a finalized artifact's zip from a signed URL. It
// records what the real @actions/artifact client sends, and can fail in the ways the real one
// does. Like the real service, a run's artifacts are listed to every job of that run.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

export type ArtifactFault = 'none' | 'create-500' | 'blob-500' | 'hang'

/** The CreateArtifact request, in the protobuf JSON the client sends. */
export interface CreatedArtifact {
  name: string
  expires_at?: string
  version: number
  workflow_run_backend_id: string
  workflow_job_run_backend_id: string
}

/** A finalized artifact, as ListArtifacts reports it. */
export interface StoredArtifact {
  id: number
  name: string
  runBackendId: string
  jobBackendId: string
  createdAt: string
  zip: Buffer
}

export interface ArtifactService {
  url: string
  creates: CreatedArtifact[]
  finalized: Array<{ name: string; size: string; hash?: string }>
  blobs: Map<string, Buffer>
  /** Calls to the REST API's artifact routes (a `github-token` with `findBy`). */
  restRequests: Array<{ path: string; authorization: string | undefined }>
  artifacts: StoredArtifact[]
  /** Adds a finalized artifact directly (a zip built by the test), as another job would. */
  seed: (name: string, zip: Buffer, jobBackendId?: string) => StoredArtifact
  requests: number
  downloads: number
  close: () => Promise<void>
}

export const RUN_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000001'
export const JOB_BACKEND_ID = 'ab12cd34-0000-4000-8000-000000000002'

/** A runtime token as the runner hands out: a JWT whose scp names the run and job backends. */
export function runtimeToken(jobBackendId = JOB_BACKEND_ID, runBackendId = RUN_BACKEND_ID): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${runBackendId}:${jobBackendId}` })}.signature`
}

/** A distinct job backend id per leg of a matrix: `<8 hex of n>-0000-4000-8000-…`. */
export function jobBackendId(n: number): string {
  return `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000003`
}

type FaultInjection = ArtifactFault | 'download-500'

export async function artifactService(fault: FaultInjection = 'none'): Promise<ArtifactService> {
  const staged = new Map<string, Buffer>()
  const service: Omit<ArtifactService, 'url' | 'close' | 'seed'> = {
    creates: [],
    finalized: [],
    blobs: new Map(),
    restRequests: [],
    artifacts: [],
    requests: 0,
    downloads: 0,
  }
  let nextId = 1
  const store = (name: string, zip: Buffer, job: string, run = RUN_BACKEND_ID) => {
    const artifact: StoredArtifact = {
      id: nextId++,
      name,
      runBackendId: run,
      jobBackendId: job,
      createdAt: new Date().toISOString(),
      zip,
    }
    service.artifacts.push(artifact)
    return artifact
  }
  const listed = (a: StoredArtifact) => ({
    workflow_run_backend_id: a.runBackendId,
    workflow_job_run_backend_id: a.jobBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.zip.length),
    created_at: a.createdAt,
  })
  const server = http.createServer((req, res) => {
    service.requests++
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (fault === 'hang') return // never answers; closed with the server
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const json = (status: number, value: object) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}CreateArtifact`) {
        if (fault === 'create-500') return json(500, { code: 'internal', msg: 'backend exploded' })
        const request = JSON.parse(body.toString()) as CreatedArtifact
        service.creates.push(request)
        return json(200, {
          ok: true,
          signedUploadUrl: `${base}/blob/${encodeURIComponent(request.name)}?sig=test`,
        })
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}FinalizeArtifact`) {
        const request = JSON.parse(body.toString()) as {
          name: string
          size: string
          hash?: string
          workflow_run_backend_id: string
          workflow_job_run_backend_id: string
        }
        service.finalized.push(request)
        const artifact = store(
          request.name,
          service.blobs.get(request.name) ?? Buffer.alloc(0),
          request.workflow_job_run_backend_id,
          request.workflow_run_backend_id,
        )
        return json(200, { ok: true, artifactId: String(artifact.id) })
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}ListArtifacts`) {
        const request = JSON.parse(body.toString()) as {
          workflow_run_backend_id: string
          name_filter?: string
          id_filter?: string
        }
        const artifacts = service.artifacts.filter(
          (a) =>
            a.runBackendId === request.workflow_run_backend_id &&
            (request.name_filter === undefined || a.name === request.name_filter) &&
            (request.id_filter === undefined || String(a.id) === String(request.id_filter)),
        )
        return json(200, { artifacts: artifacts.map(listed) })
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}GetSignedArtifactURL`) {
        const request = JSON.parse(body.toString()) as {
          workflow_run_backend_id: string
          workflow_job_run_backend_id: string
          name: string
        }
        const artifact = service.artifacts.find(
          (a) =>
            a.runBackendId === request.workflow_run_backend_id &&
            a.jobBackendId === request.workflow_job_run_backend_id &&
            a.name === request.name,
        )
        if (!artifact) return json(404, { code: 'not_found', msg: 'artifact not found' })
        return json(200, { signed_url: `${base}/download/${artifact.id}?sig=test` })
      }
      // The public REST API, as @actions/artifact calls it with `findBy` (a token and a run id).
      const restList = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname)
      if (req.method === 'GET' && restList) {
        service.restRequests.push({ path: url.pathname, authorization: req.headers.authorization })
        const all = service.artifacts.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          created_at: a.createdAt,
          digest: null,
        }))
        return json(200, { total_count: all.length, artifacts: all })
      }
      const restZip = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname)
      if (req.method === 'GET' && restZip) {
        service.restRequests.push({ path: url.pathname, authorization: req.headers.authorization })
        res.writeHead(302, { location: `${base}/download/${restZip[1]}?sig=rest` })
        return res.end()
      }
      if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
        service.downloads++
        const artifact = service.artifacts.find(
          (a) => String(a.id) === url.pathname.slice('/download/'.length),
        )
        if (fault === 'download-500' || !artifact) {
          res.writeHead(fault === 'download-500' ? 500 : 404)
          return res.end()
        }
        res.writeHead(200, {
          'content-type': 'application/zip',
          'content-length': artifact.zip.length,
        })
        return res.end(artifact.zip)
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        if (fault === 'blob-500') {
          res.writeHead(500)
          return res.end()
        }
        const name = decodeURIComponent(url.pathname.slice('/blob/'.length))
        const comp = url.searchParams.get('comp')
        if (comp === 'block') {
          staged.set(`${name}:${url.searchParams.get('blockid')}`, body)
        } else if (comp === 'blocklist') {
          const ids = [
            ...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g),
          ].map((m) => m[1])
          service.blobs.set(
            name,
            Buffer.concat(ids.map((id) => staged.get(`${name}:${id}`) ?? Buffer.alloc(0))),
          )
        } else {
          service.blobs.set(name, body)
        }
        res.writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': 'test',
          'x-ms-version': '2023-11-03',
        })
        return res.end()
      }
      json(404, { code: 'not_found', msg: `${req.method} ${url.pathname}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    ...service,
    get requests() {
      return service.requests
    },
    get downloads() {
      return service.downloads
    },
    seed: (name, zip, job = JOB_BACKEND_ID) => store(name, zip, job),
    url: `${base}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
