/**
 * The leader epoch cache (Kafka's LeaderEpochFileCache, KIP-101/KIP-279): for each leader epoch
 * seen in the log, the offset of its first batch. Followers and raft ask `endOffsetForEpoch`
 * (OffsetsForLeaderEpoch) to find where their log diverges from the leader's.
 *
 * Pure: the partition log persists it (the `leader-epoch-checkpoint` file) and feeds it.
 * Invariant: epochs and start offsets both strictly increase along the entries.
 */

export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

/** Kafka's UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export class LeaderEpochCache {
  private entries: EpochEntry[];

  constructor(entries: readonly EpochEntry[] = []) {
    for (let i = 1; i < entries.length; i++) {
      const prev = entries[i - 1]!;
      const next = entries[i]!;
      if (!(next.epoch > prev.epoch && next.startOffset > prev.startOffset)) {
        throw new RangeError(`leader epoch entries not monotonic: ${JSON.stringify(prev)} then ${JSON.stringify(next)}`);
      }
    }
    this.entries = entries.map((e) => ({ ...e }));
  }

  /** A copy of the entries, oldest first. */
  list(): EpochEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  get latest(): EpochEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  /**
   * Records that `epoch` starts at `startOffset` (called for every appended batch; a no-op unless
   * the epoch is new or starts earlier). Entries that would break monotonicity (an epoch at or
   * above `epoch`, or starting at or after `startOffset`) are removed first, as Kafka's
   * `assign` does. Returns whether the cache changed. Negative epochs (a batch written
   * without a partition leader epoch) are ignored.
   */
  assign(epoch: number, startOffset: number): boolean {
    if (epoch < 0) return false;
    const latest = this.latest;
    if (latest !== undefined && latest.epoch === epoch && latest.startOffset <= startOffset) return false;
    this.entries = this.entries.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.entries.push({ epoch, startOffset });
    return true;
  }

  /** Removes entries starting at or after `endOffset` (the log was truncated to end there). */
  truncateFromEnd(endOffset: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.startOffset < endOffset);
    return this.entries.length !== before;
  }

  /**
   * The log now starts at `startOffset`: entries wholly before it go, and the last of them is
   * kept with its start moved up to `startOffset` (Kafka's truncateFromStart), so the epoch of
   * the first remaining offset stays known.
   */
  truncateFromStart(startOffset: number): boolean {
    let lastBefore = -1;
    for (let i = 0; i < this.entries.length && this.entries[i]!.startOffset <= startOffset; i++) lastBefore = i;
    if (lastBefore < 0) return false;
    const kept = this.entries[lastBefore]!;
    if (lastBefore === 0 && kept.startOffset === startOffset) return false;
    this.entries = [{ epoch: kept.epoch, startOffset }, ...this.entries.slice(lastBefore + 1)];
    return true;
  }

  clear(): boolean {
    const changed = this.entries.length > 0;
    this.entries = [];
    return changed;
  }

  /** Epoch of the batch holding `offset`, or undefined when before the first entry. */
  epochForOffset(offset: number): number | undefined {
    let found: number | undefined;
    for (const e of this.entries) {
      if (e.startOffset > offset) break;
      found = e.epoch;
    }
    return found;
  }

  /**
   * OffsetsForLeaderEpoch (KIP-101, KIP-279), as Kafka's LeaderEpochFileCache.endOffsetFor:
   * - the latest epoch ends at logEndOffset;
   * - an older epoch ends where the next higher known epoch starts, reported with the largest
   *   known epoch at or below the requested one;
   * - an epoch below every known one ends where the first known epoch starts (the data before it
   *   is gone; the follower replicates from there), reported with the requested epoch;
   * - UNDEFINED_EPOCH, an epoch above the latest, or an empty cache: (-1, -1).
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): { epoch: number; endOffset: number } {
    const undefinedResult = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    if (requestedEpoch === UNDEFINED_EPOCH) return undefinedResult;
    const latest = this.latest;
    if (latest !== undefined && latest.epoch === requestedEpoch) return { epoch: requestedEpoch, endOffset: logEndOffset };
    const higherIndex = this.entries.findIndex((e) => e.epoch > requestedEpoch);
    if (higherIndex < 0) return undefinedResult;
    const higher = this.entries[higherIndex]!;
    if (higherIndex === 0) return { epoch: requestedEpoch, endOffset: higher.startOffset };
    return { epoch: this.entries[higherIndex - 1]!.epoch, endOffset: higher.startOffset };
  }
}
