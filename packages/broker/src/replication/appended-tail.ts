import { BatchOffset } from '@gregor/protocol';
import { APPENDED_TAIL_BYTES_MAX, APPENDED_TAIL_SLAB_BYTES } from './limits.js';

/** Bytes of slabs held by every tail of a broker, against one bound. */
export class TailBudget {
  usedBytes = 0;
  constructor(readonly maxBytes: number) {}
}

interface Slab {
  readonly buf: Buffer;
  used: number;
  /** Entries that still point into it. */
  entries: number;
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
 * send from a file, so the bytes are copied once at append into large slabs that are never
 * written again, and a fetch answers with a view of one slab.
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
      if (this.budget.usedBytes + APPENDED_TAIL_SLAB_BYTES > this.budget.maxBytes) {
        this.clear();
        return;
      }
      this.budget.usedBytes += APPENDED_TAIL_SLAB_BYTES;
      slab = { buf: Buffer.allocUnsafe(APPENDED_TAIL_SLAB_BYTES), used: 0, entries: 0 };
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
  read(fetchOffset: number, maxBytes: number, maxOffset: number, minOneBatch: boolean, logEndOffset: number): Buffer | null {
    if (this.head >= this.entries.length || this.endOffset !== logEndOffset) return null;
    if (fetchOffset < this.startOffset || fetchOffset >= logEndOffset) return null;
    let i = this.indexOf(fetchOffset);
    let entry = this.entries[i]!;
    const buf = entry.slab.buf;
    // The batch holding fetchOffset: the first whose last offset reaches it.
    let from = entry.start;
    while (lastOffsetAt(buf, from) < fetchOffset) from += batchBytesAt(buf, from);
    let to = from;
    for (;;) {
      // Whole batches of this entry while they fit and stay below maxOffset.
      while (to < entry.end) {
        const size = batchBytesAt(buf, to);
        if (lastOffsetAt(buf, to) >= maxOffset) return buf.subarray(from, to);
        if (to + size - from > maxBytes && !(minOneBatch && to === from)) return buf.subarray(from, to);
        to += size;
      }
      const next = this.entries[++i];
      if (next === undefined || next.slab !== entry.slab || next.start !== entry.end) return buf.subarray(from, to);
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
    if (--entry.slab.entries === 0 && entry.slab !== this.slab) this.budget.usedBytes -= entry.slab.buf.length;
    if (this.head === this.entries.length) {
      this.entries.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Stops appending to the current slab; its bytes return to the budget when its last entry goes. */
  private retireSlab(): void {
    const slab = this.slab;
    if (slab === null) return;
    this.slab = null;
    if (slab.entries === 0) this.budget.usedBytes -= slab.buf.length;
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
