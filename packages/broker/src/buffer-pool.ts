/**
 * Buffers to reuse, in power-of-two size classes from `minBytes` to `maxBufferBytes`. `acquire`
 * hands out a free buffer of the size's class (or a new one); `release` keeps it for the next
 * caller while the pool holds less than `maxPooledBytes`, and drops it otherwise. A buffer must
 * be released only once nothing refers to its bytes any more: the pool cannot tell.
 */
export class BufferPool {
  private readonly free = new Map<number, Buffer[]>();
  private pooled = 0;
  private readonly minBytes: number;
  private readonly maxBufferBytes: number;
  private readonly maxPooledBytes: number;

  constructor(opts: { minBytes: number; maxBufferBytes: number; maxPooledBytes: number }) {
    this.minBytes = opts.minBytes;
    this.maxBufferBytes = opts.maxBufferBytes;
    this.maxPooledBytes = opts.maxPooledBytes;
  }

  /** Bytes held by free buffers. */
  get pooledBytes(): number {
    return this.pooled;
  }

  /** A buffer of at least `size` bytes (its class's size), or null when `size` is above the pool's largest class. */
  acquire(size: number): Buffer | null {
    if (size > this.maxBufferBytes) return null;
    const capacity = this.classOf(size);
    const list = this.free.get(capacity);
    const buf = list?.pop();
    if (buf !== undefined) {
      this.pooled -= capacity;
      return buf;
    }
    return Buffer.allocUnsafeSlow(capacity);
  }

  /** Gives back a buffer from `acquire`; others (wrong size) are ignored. */
  release(buf: Buffer): void {
    const capacity = buf.length;
    if (capacity !== this.classOf(capacity) || capacity > this.maxBufferBytes) return;
    if (this.pooled + capacity > this.maxPooledBytes) return;
    let list = this.free.get(capacity);
    if (list === undefined) {
      list = [];
      this.free.set(capacity, list);
    }
    list.push(buf);
    this.pooled += capacity;
  }

  private classOf(size: number): number {
    let capacity = this.minBytes;
    while (capacity < size) capacity *= 2;
    return capacity;
  }
}
