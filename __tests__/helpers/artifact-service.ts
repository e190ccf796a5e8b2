// A local stand-in for the Actions artifact service (v4): the Twirp JSON calls CreateArtifact
// and FinalizeArtifact, and Azure block-blob uploads to the signed URL it hands out. It records
// what the real @actions/artifact client sends, and can fail in the ways the real one does.
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

export interface ArtifactService {
  url: string
  creates: CreatedArtifact[]
  finalized: Array<{ name: string; size: string; hash?: string }>
  blobs: Map<string, Buffer>
  requests: number
  close: () => Promise<void>
}

export const RUN_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000001'
export const JOB_BACKEND_ID = 'ab12cd34-0000-4000-8000-000000000002'

/** A runtime token as the runner hands out: a JWT whose scp names the run and job backends. */
export function runtimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}` })}.signature`
}

export async function artifactService(fault: ArtifactFault = 'none'): Promise<ArtifactService> {
  const staged = new Map<string, Buffer>()
  const service: Omit<ArtifactService, 'url' | 'close'> = {
    creates: [],
    finalized: [],
    blobs: new Map(),
    requests: 0,
  }
  let nextId = 1
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
        const request = JSON.parse(body.toString()) as { name: string; size: string; hash?: string }
        service.finalized.push(request)
        return json(200, { ok: true, artifactId: String(nextId++) })
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
    url: `${base}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
