/**
 * The producer's memory for batches (buffer.memory), as Kafka's BufferPool: buffers of the
 * standard sizes (the batch size, and the larger backlog batch size) are kept for reuse once
 * their batch is acknowledged (fresh memory is slow to touch); odd sizes are allocated and
 * dropped. `allocate` fails instead of exceeding the total, which is what makes send() wait.
 * Pure bookkeeping, no I/O.
 */
export class BufferPool {
  readonly totalBytes: number;
  /** The smallest buffer handed out (batch.size). */
  readonly poolableBytes: number;
  private usedBytes = 0;
  private readonly free = new Map<number, Buffer[]>();

  constructor(totalBytes: number, ...poolableSizes: number[]) {
    this.totalBytes = totalBytes;
    this.poolableBytes = Math.min(...poolableSizes);
    for (const size of poolableSizes) this.free.set(size, []);
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
    const pooled = this.free.get(size)?.pop();
    return pooled ?? Buffer.allocUnsafe(size);
  }

  /** Accounts bytes not taken from the pool (a compressed copy of a batch). */
  charge(bytes: number): void {
    this.usedBytes += bytes;
  }

  /** Returns an allocate()d buffer; standard-sized ones are kept for reuse. */
  release(buf: Buffer): void {
    this.usedBytes -= buf.length;
    this.free.get(buf.length)?.push(buf);
  }

  /** Undoes a charge(). */
  uncharge(bytes: number): void {
    this.usedBytes -= bytes;
  }
}
