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

  text(): string {
    if (this.totalBytes < this.limit) return this.ring.subarray(0, this.head).toString('utf8')
    return Buffer.concat([
      this.ring.subarray(this.head),
      this.ring.subarray(0, this.head),
    ]).toString('utf8')
  }
}
