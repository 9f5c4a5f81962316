/**
 * The time index of one segment (Kafka's `.timeindex`, KIP-33): entries of (timestamp int64,
 * relative offset int32), big-endian on disk. An entry (t, o) says "t is the largest batch
 * maxTimestamp in this segment up to the batch starting at offset o, and that batch holds it".
 * Entries are added alongside offset-index entries, only when the timestamp grew, plus one
 * final entry when the segment is sealed, so the last entry is the segment's largest timestamp.
 *
 * Pure. Invariant: timestamps strictly increase, offsets never decrease and stay in the segment.
 */
import { RELATIVE_OFFSET_MAX } from '../limits.js';
import { CorruptIndexError } from './corrupt-index-error.js';
import type { IndexBounds } from './offset-index.js';

export const TIME_INDEX_ENTRY_BYTES = 12;
const INITIAL_CAPACITY = 16;
/** Kafka's RecordBatch.NO_TIMESTAMP. */
export const NO_TIMESTAMP = -1;

export interface TimestampOffset {
  timestampMs: number;
  offset: number;
}

export class TimeIndex {
  private timestamps = new Float64Array(INITIAL_CAPACITY);
  private relativeOffsets = new Int32Array(INITIAL_CAPACITY);
  private count = 0;

  /** `maxEntries` is segment.index.bytes / 12: when reached, the segment rolls. */
  constructor(
    readonly baseOffset: number,
    public maxEntries: number,
  ) {}

  get entries(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  entryAt(i: number): TimestampOffset {
    if (i < 0 || i >= this.count) throw new RangeError(`time index entry ${i} of ${this.count}`);
    return { timestampMs: this.timestamps[i]!, offset: this.baseOffset + this.relativeOffsets[i]! };
  }

  /** The last entry, or (NO_TIMESTAMP, baseOffset) when there is none. */
  lastEntry(): TimestampOffset {
    return this.count === 0 ? { timestampMs: NO_TIMESTAMP, offset: this.baseOffset } : this.entryAt(this.count - 1);
  }

  /**
   * Appends (timestamp, offset) if the timestamp is larger than the last entry's. A full index
   * takes no more entries, except the final one written when the segment is sealed
   * (`skipFullCheck`, as Kafka's TimeIndex.maybeAppend).
   */
  maybeAppend(timestampMs: number, offset: number, skipFullCheck = false): void {
    if (!skipFullCheck && this.isFull) return;
    const last = this.lastEntry();
    if (timestampMs <= last.timestampMs) return;
    const relative = offset - this.baseOffset;
    if (!(relative >= 0 && relative <= RELATIVE_OFFSET_MAX)) throw new Error(`offset ${offset} outside segment at ${this.baseOffset}`);
    if (offset < last.offset) throw new Error(`time index offset ${offset} below last ${last.offset}`);
    if (this.count === this.timestamps.length) this.grow();
    this.timestamps[this.count] = timestampMs;
    this.relativeOffsets[this.count] = relative;
    this.count++;
  }

  /** The entry with the largest timestamp <= `timestampMs`, or (NO_TIMESTAMP, baseOffset). */
  lookup(timestampMs: number): TimestampOffset {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestamps[mid]! <= timestampMs) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? { timestampMs: NO_TIMESTAMP, offset: this.baseOffset } : this.entryAt(found);
  }

  /** Removes entries whose offset is >= `offset`. */
  truncateTo(offset: number): void {
    const relative = offset - this.baseOffset;
    let n = this.count;
    while (n > 0 && this.relativeOffsets[n - 1]! >= relative) n--;
    this.count = n;
  }

  serialize(): Buffer {
    const out = Buffer.allocUnsafe(this.count * TIME_INDEX_ENTRY_BYTES);
    for (let i = 0; i < this.count; i++) {
      out.writeBigInt64BE(BigInt(this.timestamps[i]!), i * TIME_INDEX_ENTRY_BYTES);
      out.writeInt32BE(this.relativeOffsets[i]!, i * TIME_INDEX_ENTRY_BYTES + 8);
    }
    return out;
  }

  /**
   * Loads a time index file's bytes, checking every entry: size a multiple of 12, timestamps
   * strictly increasing and non-negative, offsets non-decreasing and inside the segment.
   */
  static parse(bytes: Buffer, baseOffset: number, maxEntries: number, bounds: IndexBounds): TimeIndex {
    if (bytes.length % TIME_INDEX_ENTRY_BYTES !== 0) {
      throw new CorruptIndexError(`time index of ${bytes.length} bytes is not a multiple of ${TIME_INDEX_ENTRY_BYTES}`);
    }
    const index = new TimeIndex(baseOffset, maxEntries);
    const n = bytes.length / TIME_INDEX_ENTRY_BYTES;
    let prev: TimestampOffset = { timestampMs: NO_TIMESTAMP, offset: baseOffset };
    for (let i = 0; i < n; i++) {
      const entry = readTimeEntry(bytes, i * TIME_INDEX_ENTRY_BYTES, baseOffset);
      checkTimeEntry(entry, prev, bounds, i);
      prev = entry;
      if (index.count === index.timestamps.length) index.grow();
      index.timestamps[index.count] = entry.timestampMs;
      index.relativeOffsets[index.count] = entry.offset - baseOffset;
      index.count++;
    }
    return index;
  }

  /** Open-time sanity check of the file size and its last entry (Kafka's TimeIndex.sanityCheck). */
  static checkTail(fileBytes: number, lastEntry: Buffer, baseOffset: number, bounds: IndexBounds): TimestampOffset {
    if (fileBytes % TIME_INDEX_ENTRY_BYTES !== 0) {
      throw new CorruptIndexError(`time index of ${fileBytes} bytes is not a multiple of ${TIME_INDEX_ENTRY_BYTES}`);
    }
    if (fileBytes === 0) return { timestampMs: NO_TIMESTAMP, offset: baseOffset };
    const entry = readTimeEntry(lastEntry, 0, baseOffset);
    checkTimeEntry(entry, { timestampMs: NO_TIMESTAMP, offset: baseOffset }, bounds, fileBytes / TIME_INDEX_ENTRY_BYTES - 1);
    return entry;
  }

  private grow(): void {
    const capacity = this.timestamps.length * 2;
    const timestamps = new Float64Array(capacity);
    timestamps.set(this.timestamps);
    const offsets = new Int32Array(capacity);
    offsets.set(this.relativeOffsets);
    this.timestamps = timestamps;
    this.relativeOffsets = offsets;
  }
}

function readTimeEntry(bytes: Buffer, at: number, baseOffset: number): TimestampOffset {
  return { timestampMs: Number(bytes.readBigInt64BE(at)), offset: baseOffset + bytes.readInt32BE(at + 8) };
}

function checkTimeEntry(entry: TimestampOffset, prev: TimestampOffset, bounds: IndexBounds, i: number): void {
  if (!(entry.timestampMs > prev.timestampMs)) throw new CorruptIndexError(`time index entry ${i}: timestamp ${entry.timestampMs} not above ${prev.timestampMs}`);
  if (!(entry.offset >= prev.offset)) throw new CorruptIndexError(`time index entry ${i}: offset ${entry.offset} below ${prev.offset}`);
  if (entry.offset >= bounds.offsetLimit) throw new CorruptIndexError(`time index entry ${i}: offset ${entry.offset} not below ${bounds.offsetLimit}`);
  if (bounds.logSizeBytes === 0) throw new CorruptIndexError(`time index entry ${i} for an empty log`);
}
