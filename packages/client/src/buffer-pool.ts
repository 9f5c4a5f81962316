/**
 * The producer's memory for batches (buffer.memory), as Kafka's BufferPool: buffers of the
 * standard batch size are kept for reuse once their batch is acknowledged (fresh memory is slow
 * to touch); odd sizes are allocated and dropped. `reserve` fails instead of exceeding the total,
 * which is what makes send() wait. Pure bookkeeping, no I/O.
 */
export class BufferPool {
  readonly totalBytes: number;
  readonly poolableBytes: number;
  private usedBytes = 0;
  private readonly free: Buffer[] = [];

  constructor(totalBytes: number, poolableBytes: number) {
    this.totalBytes = totalBytes;
    this.poolableBytes = poolableBytes;
  }

  /** Bytes held by batches not yet acknowledged. */
  get allocatedBytes(): number {
    return this.usedBytes;
  }

  get availableBytes(): number {
    return this.totalBytes - this.usedBytes;
  }

  /** A buffer of at least `bytes` bytes, or null when that would exceed the total. */
  allocate(bytes: number): Buffer | null {
    const size = Math.max(bytes, this.poolableBytes);
    if (this.usedBytes + size > this.totalBytes) return null;
    this.usedBytes += size;
    if (size === this.poolableBytes) {
      const pooled = this.free.pop();
      if (pooled !== undefined) return pooled;
    }
    return Buffer.allocUnsafe(size);
  }

  /** Accounts bytes not taken from the pool (a compressed copy of a batch). */
  charge(bytes: number): void {
    this.usedBytes += bytes;
  }

  /** Returns an allocate()d buffer; standard-sized ones are kept for reuse. */
  release(buf: Buffer): void {
    this.usedBytes -= buf.length;
    if (buf.length === this.poolableBytes) this.free.push(buf);
  }

  /** Undoes a charge(). */
  uncharge(bytes: number): void {
    this.usedBytes -= bytes;
  }
}
