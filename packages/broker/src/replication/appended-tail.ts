import { BatchOffset } from '@gregor/protocol';
import { APPENDED_TAIL_BYTES_MAX, APPENDED_TAIL_FREE_SLABS_MAX, APPENDED_TAIL_SLAB_BYTES } from './limits.js';

/**
 * The slabs of every tail of a broker, against one bound: slabs held by tails and free slabs
 * kept for reuse both count. Reusing slabs matters: a new 1 MiB Buffer per MiB appended is
 * external memory to V8, and at 100 MB/s it set off a major GC several times a second.
 */
export class TailBudget {
  usedBytes = 0;
  readonly free: Buffer[] = [];
  constructor(readonly maxBytes: number) {}

  /** A slab from the free list or a new one, or null when the budget is spent. */
  take(): Buffer | null {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.usedBytes + APPENDED_TAIL_SLAB_BYTES > this.maxBytes) return null;
    this.usedBytes += APPENDED_TAIL_SLAB_BYTES;
    return Buffer.allocUnsafe(APPENDED_TAIL_SLAB_BYTES);
  }

  /**
   * Keeps a slab nothing refers to any more for reuse, within APPENDED_TAIL_FREE_SLABS_MAX and
   * the budget (`counted`: whether it is still counted in usedBytes).
   */
  recycle(buf: Buffer, counted: boolean): void {
    const room = this.free.length < APPENDED_TAIL_FREE_SLABS_MAX && (counted || this.usedBytes + buf.length <= this.maxBytes);
    if (room) {
      if (!counted) this.usedBytes += buf.length;
      this.free.push(buf);
    } else if (counted) {
      this.usedBytes -= buf.length;
    }
  }

  /** Stops counting a slab that views handed out may still refer to: the GC frees it. */
  forget(buf: Buffer): void {
    this.usedBytes -= buf.length;
  }
}

interface Slab {
  readonly buf: Buffer;
  used: number;
  /** Entries that still point into it. */
  entries: number;
  /** Views handed out (read results) whose release has not been called yet. */
  leases: number;
  /** Stopped taking appends (full, or its tail was cleared). */
  retired: boolean;
  /** Counted in the budget: false while views are out after its last entry went. */
  counted: boolean;
  /** Handed back to the budget; nothing may touch it any more. */
  recycled: boolean;
  /** Ends one lease; given out with each read result. */
  readonly release: () => void;
}

/** What a read from the tail gives: whole batches, and the call that ends the caller's use of them. */
export interface TailRead {
  readonly records: Buffer;
  /**
   * Call once nothing refers to `records` any more (the response holding them was written to
   * its socket, or dropped): the slab can then be reused. A read whose release is never called
   * only keeps its slab from being reused.
   */
  readonly release: () => void;
}

interface Entry {
  readonly baseOffset: number;
  /** One past the last offset of its last batch. */
  readonly endOffset: number;
  readonly slab: Slab;
  readonly start: number;
  readonly end: number;
}

/**
 * A leader's most recent appends, kept in memory so that followers, whose fetches always ask for
 * the tail of the log, are answered without reading the segment back: no read system call and
 * no new buffer per fetch (a new Buffer per fetch per follower was a third of the leader's
 * garbage). Kafka gets the same from the page cache through sendfile; Node has no zero-copy
 * send from a file, so the bytes are copied once at append into large slabs, and a fetch answers
 * with a view of one slab. A slab is written again only after it was recycled: no entry points
 * into it and every view handed out was released (the response holding it was written to its
 * socket); a slab with views never released is left to the garbage collector instead.
 *
 * What it holds equals the log's bytes at those offsets: only leader appends feed it (the
 * leader's log only grows while it leads), the owner clears it on any other change (leadership,
 * truncation), and a read is served only when the tail reaches the log end offset exactly.
 * Entries go once every follower has fetched past them, the oldest first beyond
 * APPENDED_TAIL_BYTES_MAX; slabs count against a broker-wide budget, past which appends are
 * simply not kept (reads then go to the log as before).
 */
export class AppendedTail {
  private readonly budget: TailBudget;
  private readonly entries: Entry[] = [];
  private head = 0;
  private bytes = 0;
  private slab: Slab | null = null;

  constructor(budget: TailBudget) {
    this.budget = budget;
  }

  /** The first offset held (the log end offset when empty). */
  get startOffset(): number {
    return this.head < this.entries.length ? this.entries[this.head]!.baseOffset : this.endOffset;
  }

  /** One past the last offset held, or -1 when nothing is held. */
  get endOffset(): number {
    return this.head < this.entries.length ? this.entries[this.entries.length - 1]!.endOffset : -1;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  /**
   * Keeps a copy of whole batches just appended at [baseOffset, endOffset). An append that does
   * not continue the held range restarts the tail from it.
   */
  append(batches: Buffer, baseOffset: number, endOffset: number): void {
    const length = batches.length;
    if (length === 0) return;
    if (this.head < this.entries.length && this.endOffset !== baseOffset) this.clear();
    if (length > APPENDED_TAIL_SLAB_BYTES) {
      // Larger than a slab: not kept, and what came before no longer reaches the log end.
      this.clear();
      return;
    }
    let slab = this.slab;
    if (slab === null || slab.buf.length - slab.used < length) {
      this.retireSlab();
      const buf = this.budget.take();
      if (buf === null) {
        this.clear();
        return;
      }
      slab = newSlab(buf, this.budget);
      this.slab = slab;
    }
    const start = slab.used;
    batches.copy(slab.buf, start);
    slab.used += length;
    slab.entries++;
    this.entries.push({ baseOffset, endOffset, slab, start, end: start + length });
    this.bytes += length;
    while (this.bytes > APPENDED_TAIL_BYTES_MAX) this.dropOldest();
  }

  /** Drops what every follower has: entries that end at or below `offset`. */
  evictBelow(offset: number): void {
    while (this.head < this.entries.length && this.entries[this.head]!.endOffset <= offset) this.dropOldest();
  }

  /**
   * Whole batches from the one holding `fetchOffset`, as PartitionLog.read gives them: none that
   * reaches `maxOffset`, at most `maxBytes` unless `minOneBatch` lets the first one exceed it.
   * A view of one slab (a read stops where a slab ends; the next fetch goes on from there).
   * Null when the tail cannot answer: the offset is not held, or the tail does not reach
   * `logEndOffset`.
   */
  read(fetchOffset: number, maxBytes: number, maxOffset: number, minOneBatch: boolean, logEndOffset: number): TailRead | null {
    if (this.head >= this.entries.length || this.endOffset !== logEndOffset) return null;
    if (fetchOffset < this.startOffset || fetchOffset >= logEndOffset) return null;
    let i = this.indexOf(fetchOffset);
    let entry = this.entries[i]!;
    const slab = entry.slab;
    const buf = slab.buf;
    const lease = (records: Buffer): TailRead => {
      slab.leases++;
      return { records, release: slab.release };
    };
    // The batch holding fetchOffset: the first whose last offset reaches it.
    let from = entry.start;
    while (lastOffsetAt(buf, from) < fetchOffset) from += batchBytesAt(buf, from);
    let to = from;
    for (;;) {
      // Whole batches of this entry while they fit and stay below maxOffset.
      while (to < entry.end) {
        const size = batchBytesAt(buf, to);
        if (lastOffsetAt(buf, to) >= maxOffset) return lease(buf.subarray(from, to));
        if (to + size - from > maxBytes && !(minOneBatch && to === from)) return lease(buf.subarray(from, to));
        to += size;
      }
      const next = this.entries[++i];
      if (next === undefined || next.slab !== slab || next.start !== entry.end) return lease(buf.subarray(from, to));
      entry = next;
    }
  }

  clear(): void {
    while (this.head < this.entries.length) this.dropOldest();
    this.entries.length = 0;
    this.head = 0;
    this.retireSlab();
  }

  /** Gives the current slab back to the budget once nothing points into it (an idle tail). */
  releaseIdle(): void {
    if (this.head >= this.entries.length) this.clear();
  }

  private indexOf(offset: number): number {
    let lo = this.head;
    let hi = this.entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.entries[mid]!.baseOffset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private dropOldest(): void {
    const entry = this.entries[this.head]!;
    this.entries[this.head] = undefined as unknown as Entry;
    this.head++;
    this.bytes -= entry.end - entry.start;
    entry.slab.entries--;
    settle(entry.slab, this.budget);
    if (this.head === this.entries.length) {
      this.entries.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Stops appending to the current slab; it is recycled once no entry or view refers to it. */
  private retireSlab(): void {
    const slab = this.slab;
    if (slab === null) return;
    this.slab = null;
    slab.retired = true;
    settle(slab, this.budget);
  }
}

function newSlab(buf: Buffer, budget: TailBudget): Slab {
  const slab: Slab = {
    buf,
    used: 0,
    entries: 0,
    leases: 0,
    retired: false,
    counted: true,
    recycled: false,
    release: () => {
      if (slab.leases <= 0) throw new Error('AppendedTail: a read was released twice');
      slab.leases--;
      settle(slab, budget);
    },
  };
  return slab;
}

/**
 * A retired slab without entries goes back to the budget's free list once no view is out; while
 * views are out it stops counting, and comes back when the last one is released (if they never
 * are, the GC frees it).
 */
function settle(slab: Slab, budget: TailBudget): void {
  if (!slab.retired || slab.entries > 0 || slab.recycled) return;
  if (slab.leases === 0) {
    slab.recycled = true;
    budget.recycle(slab.buf, slab.counted);
    slab.counted = false;
    return;
  }
  if (slab.counted) {
    slab.counted = false;
    budget.forget(slab.buf);
  }
}

function batchBytesAt(buf: Buffer, position: number): number {
  return 12 + buf.readInt32BE(position + BatchOffset.batchLength);
}

/** The batch's last offset; an int64 read as two halves (offsets stay below 2^53), no BigInt. */
function lastOffsetAt(buf: Buffer, position: number): number {
  const at = position + BatchOffset.baseOffset;
  return buf.readInt32BE(at) * 0x1_0000_0000 + buf.readUInt32BE(at + 4) + buf.readInt32BE(position + BatchOffset.lastOffsetDelta);
}
