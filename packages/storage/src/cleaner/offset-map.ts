/**
 * The cleaner's map from record key to the offset of its latest record in the dirty range
 * (Kafka's OffsetMap / SkimpyOffsetMap). Kafka stores a 16-byte MD5 of each key and accepts
 * that two colliding keys lose a value; this map stores the key bytes themselves in an arena
 * and compares them on lookup, so it is exact. Memory is fixed at construction: open addressing
 * with linear probing over typed arrays, plus one arena buffer, reused across passes (fresh
 * memory is slow to touch).
 *
 * Pure: no I/O, no clock.
 */
import { CLEANER_KEY_ARENA_BYTES, CLEANER_OFFSET_MAP_LOAD_FACTOR, CLEANER_OFFSET_MAP_SLOTS } from '../limits.js';

/** Arena bytes per key beyond the key itself: its uint32 length. */
const KEY_LENGTH_BYTES = 4;

export interface OffsetMapSize {
  /** Slots, a power of two (16 bytes each). */
  slots: number;
  /** Bytes of key storage. */
  arenaBytes: number;
}

export class OffsetMap {
  private readonly hashes: Int32Array;
  /** Arena position of the slot's key plus one; 0 marks an empty slot. */
  private readonly keyRefs: Int32Array;
  private readonly offsets: Float64Array;
  private readonly arena: Buffer;
  private readonly mask: number;
  private arenaUsed = 0;
  private count = 0;
  /** Most keys the map takes before it counts as full. */
  readonly entriesMax: number;

  constructor(size: OffsetMapSize = { slots: CLEANER_OFFSET_MAP_SLOTS, arenaBytes: CLEANER_KEY_ARENA_BYTES }) {
    if (!Number.isInteger(Math.log2(size.slots)) || size.slots < 2) throw new RangeError(`offset map slots ${size.slots} is not a power of two`);
    if (!Number.isInteger(size.arenaBytes) || size.arenaBytes < KEY_LENGTH_BYTES || size.arenaBytes > 0x7ffffffe) {
      throw new RangeError(`offset map arena of ${size.arenaBytes} bytes`);
    }
    this.hashes = new Int32Array(size.slots);
    this.keyRefs = new Int32Array(size.slots);
    this.offsets = new Float64Array(size.slots);
    this.arena = Buffer.allocUnsafe(size.arenaBytes);
    this.mask = size.slots - 1;
    this.entriesMax = Math.max(1, Math.floor(size.slots * CLEANER_OFFSET_MAP_LOAD_FACTOR));
  }

  get size(): number {
    return this.count;
  }

  /** Fraction of the key budget in use (Kafka's buffer utilization metric). */
  get utilization(): number {
    return Math.max(this.count / this.entriesMax, this.arenaUsed / this.arena.length);
  }

  clear(): void {
    this.keyRefs.fill(0);
    this.count = 0;
    this.arenaUsed = 0;
  }

  /** Whether `keys` more keys of `keyBytes` bytes in all surely fit (as if every one were new). */
  canFit(keys: number, keyBytes: number): boolean {
    return this.count + keys <= this.entriesMax && this.arenaUsed + keyBytes + keys * KEY_LENGTH_BYTES <= this.arena.length;
  }

  /**
   * Records `offset` as the latest for `key`. Offsets arrive in log order, so an existing entry
   * only moves forward. The caller checked canFit.
   */
  put(key: Uint8Array, offset: number): void {
    this.putRange(key, 0, key.length, offset);
  }

  /** put() for the key at `buf[start, start + length)` (no copy of the key until it is new). */
  putRange(buf: Uint8Array, start: number, length: number, offset: number): void {
    const hash = hashKey(buf, start, length);
    let slot = hash & this.mask;
    for (;;) {
      const ref = this.keyRefs[slot]!;
      if (ref === 0) break;
      if (this.hashes[slot] === hash && this.keyEquals(ref - 1, buf, start, length)) {
        if (offset < this.offsets[slot]!) throw new Error(`offset map: offset ${offset} for a key already at ${this.offsets[slot]}`);
        this.offsets[slot] = offset;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    if (!this.canFit(1, length)) throw new Error('offset map is full');
    const position = this.arenaUsed;
    this.arena.writeUInt32BE(length, position);
    this.arena.set(buf.subarray(start, start + length), position + KEY_LENGTH_BYTES);
    this.arenaUsed = position + KEY_LENGTH_BYTES + length;
    this.hashes[slot] = hash;
    this.keyRefs[slot] = position + 1;
    this.offsets[slot] = offset;
    this.count++;
  }

  /** The latest offset recorded for `key`, or -1. */
  get(key: Uint8Array): number {
    return this.getRange(key, 0, key.length);
  }

  /** get() for the key at `buf[start, start + length)`. */
  getRange(buf: Uint8Array, start: number, length: number): number {
    const hash = hashKey(buf, start, length);
    let slot = hash & this.mask;
    for (;;) {
      const ref = this.keyRefs[slot]!;
      if (ref === 0) return -1;
      if (this.hashes[slot] === hash && this.keyEquals(ref - 1, buf, start, length)) return this.offsets[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  private keyEquals(position: number, buf: Uint8Array, start: number, length: number): boolean {
    if (this.arena.readUInt32BE(position) !== length) return false;
    const at = position + KEY_LENGTH_BYTES;
    if (length <= 16) {
      for (let i = 0; i < length; i++) if (this.arena[at + i] !== buf[start + i]) return false;
      return true;
    }
    return this.arena.compare(buf, start, start + length, at, at + length) === 0;
  }
}

/** MurmurHash3 (x86, 32-bit), seed 0: spreads keys that share long prefixes (`group/topic/partition`). */
export function hashKey(key: Uint8Array, start = 0, length = key.length - start): number {
  let h = 0;
  const n = length;
  const blocks = start + (n & ~3);
  for (let i = start; i < blocks; i += 4) {
    let k = key[i]! | (key[i + 1]! << 8) | (key[i + 2]! << 16) | (key[i + 3]! << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = n & 3;
  if (tail > 0) {
    let k = key[blocks]!;
    if (tail > 1) k ^= key[blocks + 1]! << 8;
    if (tail > 2) k ^= key[blocks + 2]! << 16;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= n;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
