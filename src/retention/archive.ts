// Month archives of old reports: `<report-dir>/archive/<YYYY-MM>.tar.gz`, a real gzip tar.
// Adding to one is done safely: the old members and the new files are packed into a temporary
// archive, read back and checked against the files byte for byte, renamed over the old archive
// atomically, and only then are the originals removed. A kill at any point loses nothing: before
// the rename the originals and the old archive are untouched; after it, a file still present is
// also in the archive, and the next run adds it again under the same name.

import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import path from 'node:path'
import * as tar from 'tar'

export interface ArchiveMember {
  name: string
  size: number
  sha256: string
}

/** Every member of an archive with its content's hash, read through the whole archive. */
export async function listArchive(file: string): Promise<ArchiveMember[]> {
  const members: ArchiveMember[] = []
  const pending: Array<Promise<void>> = []
  await tar.t({
    file,
    strict: true,
    onReadEntry: (entry) => {
      const hash = createHash('sha256')
      let size = 0
      pending.push(
        new Promise((resolve, reject) => {
          entry.on('data', (chunk: Buffer) => {
            size += chunk.length
            hash.update(chunk)
          })
          entry.on('end', () => {
            members.push({ name: entry.path, size, sha256: hash.digest('hex') })
            resolve()
          })
          entry.on('error', reject)
        }),
      )
    },
  })
  await Promise.all(pending)
  return members
}

/** Adds files (regular files of one directory) to the archive, then removes them. */
export async function archiveFiles(archive: string, files: readonly string[]): Promise<void> {
  const archiveDir = path.dirname(archive)
  const staging = await mkdtemp(path.join(archiveDir, `.staging-${path.basename(archive)}-`))
  const temporary = path.join(archiveDir, `.${path.basename(archive)}.tmp-${process.pid}`)
  try {
    if (await exists(archive)) await tar.x({ file: archive, cwd: staging, strict: true })
    // A file archived before (a kill after the rename) replaces its earlier copy.
    for (const file of files) await copyHeld(file, path.join(staging, path.basename(file)))
    const members = (await readdir(staging)).sort()
    const expected = new Map<string, string>()
    for (const name of members) expected.set(name, await sha256(path.join(staging, name)))

    // Created here, exclusively and never through a link, then written by tar through the handle.
    const target = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    )
    await pipeline(
      tar.c({ gzip: true, cwd: staging, portable: true }, members),
      target.createWriteStream(),
    )
    await verify(temporary, expected)
    await syncFile(temporary)
    await rename(temporary, archive)
    await syncFile(archiveDir)
    for (const file of files) await unlink(file)
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(temporary, { force: true })
  }
}

/**
 * Copies a report into staging through one handle opened without following a link, and only
 * when that handle is a regular file with one hard link (the file lstat saw may have been
 * swapped for a link to something else since).
 */
async function copyHeld(file: string, destination: string): Promise<void> {
  const source = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  try {
    const info = await source.stat()
    if (!info.isFile()) throw new Error(`${file} is not a regular file`)
    if (info.nlink > 1) throw new Error(`${file} has ${info.nlink} hard links; it is not archived`)
    // Staging is this prune's own directory: an earlier copy there is replaced.
    await writeFile(destination, await source.readFile())
  } finally {
    await source.close()
  }
}

async function verify(archive: string, expected: Map<string, string>): Promise<void> {
  const members = await listArchive(archive)
  const found = new Map(members.map((m) => [m.name, m.sha256]))
  for (const [name, hash] of expected) {
    if (found.get(name) !== hash) {
      throw new Error(`the new archive ${archive} does not read back "${name}" intact`)
    }
  }
  if (members.length !== expected.size) {
    throw new Error(
      `the new archive ${archive} has ${members.length} members, not ${expected.size}`,
    )
  }
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
}

async function syncFile(file: string): Promise<void> {
  // Files and directories alike (a rename is durable once its directory is synced); never
  // blocking on a FIFO someone put in its place.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await (await open(file, constants.O_RDONLY | constants.O_NONBLOCK)).close()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
