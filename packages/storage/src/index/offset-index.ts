/**
 * The sparse offset index of one segment (Kafka's `.index`): entries of (relative offset int32,
 * position int32), big-endian on disk, one per index.interval.bytes of log. An entry (o, p)
 * says "the batch whose baseOffset is o starts at byte p". (Kafka keys entries by the batch's
 * last offset, a leftover of pre-v2 message sets; keying by base offset keeps the meaning
 * plain and finds the same batch.) The first batch of a segment is never indexed: a lookup
 * below the first entry answers (baseOffset, 0).
 *
 * Pure: lives in memory; the segment reads and writes the file. Invariant: offsets and
 * positions strictly increase, and every offset is above the segment's base offset.
 */
import { RELATIVE_OFFSET_MAX } from '../limits.js';
import { CorruptIndexError } from './corrupt-index-error.js';

export const OFFSET_INDEX_ENTRY_BYTES = 8;
const INITIAL_CAPACITY = 64;

export interface OffsetPosition {
  offset: number;
  position: number;
}

/** Bounds an index must respect to be sane: within its segment. */
export interface IndexBounds {
  /** Bytes of the segment's log file. */
  logSizeBytes: number;
  /** Base offset of the next segment (entries must be below), or Infinity for the last one. */
  offsetLimit: number;
}

export class OffsetIndex {
  private relativeOffsets = new Int32Array(INITIAL_CAPACITY);
  private positions = new Int32Array(INITIAL_CAPACITY);
  private count = 0;

  /** `maxEntries` is segment.index.bytes / 8: when reached, the segment rolls. */
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

  get sizeBytes(): number {
    return this.count * OFFSET_INDEX_ENTRY_BYTES;
  }

  entryAt(i: number): OffsetPosition {
    if (i < 0 || i >= this.count) throw new RangeError(`index entry ${i} of ${this.count}`);
    return { offset: this.baseOffset + this.relativeOffsets[i]!, position: this.positions[i]! };
  }

  /** The last entry, or (baseOffset, 0) when there is none. */
  lastEntry(): OffsetPosition {
    return this.count === 0 ? { offset: this.baseOffset, position: 0 } : this.entryAt(this.count - 1);
  }

  append(offset: number, position: number): void {
    const relative = offset - this.baseOffset;
    if (!(relative > 0 && relative <= RELATIVE_OFFSET_MAX)) throw new Error(`offset ${offset} outside segment at ${this.baseOffset}`);
    if (this.count > 0) {
      const last = this.count - 1;
      if (relative <= this.relativeOffsets[last]! || position <= this.positions[last]!) {
        throw new Error(`index append (${offset}, ${position}) not after ${JSON.stringify(this.lastEntry())}`);
      }
    }
    if (this.count === this.relativeOffsets.length) this.grow();
    this.relativeOffsets[this.count] = relative;
    this.positions[this.count] = position;
    this.count++;
  }

  /** The entry with the largest offset <= `offset`, or (baseOffset, 0). Binary search. */
  lookup(offset: number): OffsetPosition {
    const i = this.floorIndex(offset - this.baseOffset);
    return i < 0 ? { offset: this.baseOffset, position: 0 } : this.entryAt(i);
  }

  /** Removes entries for offsets >= `offset` (their batches were truncated away). */
  truncateTo(offset: number): void {
    this.count = this.floorIndex(offset - this.baseOffset - 1) + 1;
  }

  /** Removes entries at positions >= `position`. */
  truncateToPosition(position: number): void {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.positions[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    this.count = lo;
  }

  /** The on-disk form. */
  serialize(): Buffer {
    const out = Buffer.allocUnsafe(this.count * OFFSET_INDEX_ENTRY_BYTES);
    for (let i = 0; i < this.count; i++) {
      out.writeInt32BE(this.relativeOffsets[i]!, i * OFFSET_INDEX_ENTRY_BYTES);
      out.writeInt32BE(this.positions[i]!, i * OFFSET_INDEX_ENTRY_BYTES + 4);
    }
    return out;
  }

  /**
   * Loads an index file's bytes, checking every entry (Kafka checks only the last; a full
   * check costs little next to reading the file): size a multiple of 8, offsets and positions
   * strictly increasing, offsets above the base and below the next segment, positions within
   * the log file. Throws CorruptIndexError.
   */
  static parse(bytes: Buffer, baseOffset: number, maxEntries: number, bounds: IndexBounds): OffsetIndex {
    if (bytes.length % OFFSET_INDEX_ENTRY_BYTES !== 0) {
      throw new CorruptIndexError(`offset index of ${bytes.length} bytes is not a multiple of ${OFFSET_INDEX_ENTRY_BYTES}`);
    }
    const index = new OffsetIndex(baseOffset, maxEntries);
    const n = bytes.length / OFFSET_INDEX_ENTRY_BYTES;
    let prevRelative = 0;
    let prevPosition = 0;
    for (let i = 0; i < n; i++) {
      const relative = bytes.readInt32BE(i * OFFSET_INDEX_ENTRY_BYTES);
      const position = bytes.readInt32BE(i * OFFSET_INDEX_ENTRY_BYTES + 4);
      checkOffsetEntry(relative, position, prevRelative, prevPosition, baseOffset, bounds, i);
      prevRelative = relative;
      prevPosition = position;
      if (index.count === index.relativeOffsets.length) index.grow();
      index.relativeOffsets[index.count] = relative;
      index.positions[index.count] = position;
      index.count++;
    }
    return index;
  }

  /**
   * Kafka's open-time sanity check (OffsetIndex.sanityCheck): the size is a multiple of the
   * entry size and the last entry lies within the segment. `lastEntry` holds the file's final
   * 8 bytes (or is empty for an empty file).
   */
  static checkTail(fileBytes: number, lastEntry: Buffer, baseOffset: number, bounds: IndexBounds): void {
    if (fileBytes % OFFSET_INDEX_ENTRY_BYTES !== 0) {
      throw new CorruptIndexError(`offset index of ${fileBytes} bytes is not a multiple of ${OFFSET_INDEX_ENTRY_BYTES}`);
    }
    if (fileBytes === 0) return;
    checkOffsetEntry(lastEntry.readInt32BE(0), lastEntry.readInt32BE(4), 0, 0, baseOffset, bounds, fileBytes / OFFSET_INDEX_ENTRY_BYTES - 1);
  }

  private floorIndex(relative: number): number {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.relativeOffsets[mid]! <= relative) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private grow(): void {
    const capacity = this.relativeOffsets.length * 2;
    const offsets = new Int32Array(capacity);
    offsets.set(this.relativeOffsets);
    const positions = new Int32Array(capacity);
    positions.set(this.positions);
    this.relativeOffsets = offsets;
    this.positions = positions;
  }
}

function checkOffsetEntry(
  relative: number,
  position: number,
  prevRelative: number,
  prevPosition: number,
  baseOffset: number,
  bounds: IndexBounds,
  i: number,
): void {
  if (!(relative > prevRelative)) throw new CorruptIndexError(`offset index entry ${i}: relative offset ${relative} not above ${prevRelative}`);
  if (!(position > prevPosition)) throw new CorruptIndexError(`offset index entry ${i}: position ${position} not above ${prevPosition}`);
  if (position >= bounds.logSizeBytes) throw new CorruptIndexError(`offset index entry ${i}: position ${position} beyond log of ${bounds.logSizeBytes} bytes`);
  if (baseOffset + relative >= bounds.offsetLimit) throw new CorruptIndexError(`offset index entry ${i}: offset ${baseOffset + relative} not below ${bounds.offsetLimit}`);
}
