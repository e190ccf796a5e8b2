// Bounded reads of files a check names: regular files only, so a FIFO or a link to /dev/zero
// cannot hold or flood the gate.

import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'

export const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** Reads a regular file of at most maxBytes as UTF-8; anything else is an error. */
export async function readBounded(file: string, maxBytes = MAX_CONFIG_BYTES): Promise<string> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error('is not a regular file')
    if (info.size > maxBytes) throw new Error(`is over ${maxBytes} bytes`)
    const buffer = Buffer.alloc(info.size + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > info.size) throw new Error('grew while it was read')
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** A .json file is strict JSON; anything else is YAML (which reads JSON too). */
export function parseStructured(text: string, file: string): unknown {
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 })
}
