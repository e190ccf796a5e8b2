/** How far into a cut tail its first whole line is looked for. */
export function lineSearchBytes(limit: number): number {
  return Math.min(4096, Math.floor(limit / 2))
}

/**
 * Keeps only the last `limit` bytes written to it, however much passes through: a fixed ring,
 * so a flood of output costs no allocation per chunk.
 */
export class TailBuffer {
  private readonly ring: Buffer
  /** Where the next byte goes. */
  private head = 0
  totalBytes = 0

  constructor(private readonly limit: number) {
    this.ring = Buffer.alloc(limit)
  }

  push(chunk: Buffer): void {
    this.totalBytes += chunk.length
    const piece = chunk.length > this.limit ? chunk.subarray(chunk.length - this.limit) : chunk
    const first = Math.min(piece.length, this.limit - this.head)
    piece.copy(this.ring, this.head, 0, first)
    piece.copy(this.ring, 0, first)
    this.head = (this.head + piece.length) % this.limit
  }

  get truncated(): boolean {
    return this.totalBytes > this.limit
  }

  /** What is kept, as text: exactly the last bytes (what checks match their patterns on). */
  text(): string {
    return this.kept().toString('utf8')
  }

  /**
   * What is kept, for a report: once the start was cut off, from the first whole line (if one
   * starts within the first lineSearchBytes). The cut could fall inside a secret, and the end of
   * a secret is not something redaction can recognise.
   */
  fromLineStart(): string {
    const kept = this.kept()
    if (!this.truncated) return kept.toString('utf8')
    const head = kept.subarray(0, lineSearchBytes(this.limit))
    const breaks = [head.indexOf(0x0a), head.indexOf(0x0d)].filter((i) => i >= 0)
    return kept.subarray(breaks.length > 0 ? Math.min(...breaks) + 1 : 0).toString('utf8')
  }

  private kept(): Buffer {
    if (this.totalBytes < this.limit) return this.ring.subarray(0, this.head)
    return Buffer.concat([this.ring.subarray(this.head), this.ring.subarray(0, this.head)])
  }
}
