/** Keeps only the last `limit` bytes written to it, however much passes through. */
export class TailBuffer {
  private chunks: Buffer[] = []
  private size = 0
  totalBytes = 0

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.totalBytes += chunk.length
    const piece = chunk.length > this.limit ? chunk.subarray(chunk.length - this.limit) : chunk
    // Copy: a subarray would keep the whole (possibly huge) source buffer alive.
    this.chunks.push(Buffer.from(piece))
    this.size += piece.length
    while (this.size - (this.chunks[0]?.length ?? 0) >= this.limit) {
      this.size -= (this.chunks.shift() as Buffer).length
    }
  }

  get truncated(): boolean {
    return this.totalBytes > this.limit
  }

  text(): string {
    const all = Buffer.concat(this.chunks)
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8')
  }
}
