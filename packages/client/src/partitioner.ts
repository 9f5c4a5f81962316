/**
 * The Java producer's default partitioning (pure): keyed records go to
 * toPositive(murmur2(key)) % partitions, exactly as org.apache.kafka.common.utils.Utils, so a
 * key lands on the same partition whichever client wrote it; unkeyed records stick to one
 * partition until batch.size bytes went to it, then move to another chosen at random
 * (KIP-480 sticky partitioning, with KIP-794's byte-count switch).
 */

const SEED = 0x9747b28c | 0;
const M = 0x5bd1e995;

/** Kafka's Utils.murmur2: 32-bit MurmurHash2 with seed 0x9747b28c, as a signed int32. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const length4 = length & ~3;
  for (let i = 0; i < length4; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  // Java's fall-through switch over the 1-3 trailing bytes.
  const tail = length & 3;
  if (tail >= 3) h ^= data[length4 + 2]! << 16;
  if (tail >= 2) h ^= data[length4 + 1]! << 8;
  if (tail >= 1) {
    h ^= data[length4]!;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils.toPositive: clears the sign bit (not Math.abs, which differs on MIN_VALUE). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** The partition of a keyed record under Kafka's default partitioner. */
export function partitionForKey(key: Uint8Array, partitionCount: number): number {
  return toPositive(murmur2(key)) % partitionCount;
}

interface StickyState {
  partition: number;
  bytes: number;
}

/**
 * Sticky partition choice for unkeyed records, per topic. The caller reports the bytes it
 * appended; once `stickyBytes` went to the current partition, the next record goes to another
 * partition picked at random among those with a leader (all of them if none has).
 */
export class StickyPartitioner {
  private readonly states = new Map<string, StickyState>();
  private readonly random: () => number;
  private readonly stickyBytes: number;

  constructor(stickyBytes: number, random: () => number = Math.random) {
    this.stickyBytes = stickyBytes;
    this.random = random;
  }

  /** The current sticky partition of a topic. `isAvailable` says which partitions have a leader. */
  partition(topic: string, partitionCount: number, isAvailable: (partition: number) => boolean = () => true): number {
    let state = this.states.get(topic);
    if (state === undefined || state.partition >= partitionCount || !isAvailable(state.partition)) {
      state = { partition: this.pick(partitionCount, -1, isAvailable), bytes: 0 };
      this.states.set(topic, state);
    }
    return state.partition;
  }

  /** Records `bytes` appended to `partition`; switches once the sticky budget is spent. */
  onAppend(topic: string, partition: number, bytes: number, partitionCount: number, isAvailable: (partition: number) => boolean = () => true): void {
    const state = this.states.get(topic);
    if (state === undefined || state.partition !== partition) return;
    state.bytes += bytes;
    if (state.bytes >= this.stickyBytes) {
      state.partition = this.pick(partitionCount, partition, isAvailable);
      state.bytes = 0;
    }
  }

  private pick(partitionCount: number, current: number, isAvailable: (partition: number) => boolean): number {
    if (partitionCount <= 1) return 0;
    const candidates: number[] = [];
    for (let p = 0; p < partitionCount; p++) if (p !== current && isAvailable(p)) candidates.push(p);
    if (candidates.length === 0) {
      for (let p = 0; p < partitionCount; p++) if (p !== current) candidates.push(p);
    }
    return candidates[Math.min(candidates.length - 1, Math.floor(this.random() * candidates.length))]!;
  }
}
