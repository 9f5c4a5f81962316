/**
 * What became of each transaction in the part of the log a pass reads (the role Kafka's
 * transaction index and CleanedTransactionMetadata play for its cleaner). Gregor keeps no
 * transaction index, so a pass first walks the batch headers of the sealed segments: a
 * transactional data batch opens (or continues) its producer's transaction, and the producer's
 * next control batch closes it as committed or aborted (KIP-98 markers).
 *
 * A transactional data batch is then:
 * - aborted: inside an aborted range; its records are removed (read_committed consumers never
 *   see them; Kafka's cleaner removes them too) and its keys never enter the offset map, so an
 *   aborted write can never make the cleaner drop the committed value it would have replaced;
 * - committed: before a later marker of its producer that is not an abort; compacted like any
 *   data;
 * - undecided: no marker of its producer after it in the walked segments (the transaction is
 *   open, or its marker lies in the active segment): kept whole, keys not mapped.
 *
 * Memory: one entry per producer, plus one range per aborted transaction, up to
 * CLEANER_ABORTED_TRANSACTIONS_MAX; past it the walk stops deciding (later transactions count
 * as undecided, which is always safe). Pure: fed header by header.
 */
import { CLEANER_ABORTED_TRANSACTIONS_MAX } from '../limits.js';

export type TransactionOutcome = 'committed' | 'aborted' | 'undecided';

export class TransactionOutcomes {
  /** Producer id -> first offset of its open transaction. */
  private readonly open = new Map<bigint, number>();
  /** Producer id -> offset of its last marker seen. */
  private readonly lastMarkerOffset = new Map<bigint, number>();
  /** Producer id -> aborted ranges as [firstOffset, markerOffset] pairs, ascending. */
  private readonly aborted = new Map<bigint, number[]>();
  private abortedCount = 0;
  /** Offset up to which markers were recorded (the walk stopped deciding past it). */
  private decidedEndOffset = Infinity;

  /** A transactional data batch of `producerId` at `baseOffset`, in log order. */
  onDataBatch(producerId: bigint, baseOffset: number): void {
    if (!this.open.has(producerId)) this.open.set(producerId, baseOffset);
  }

  /** A transaction marker of `producerId` at `offset`, in log order. */
  onMarker(producerId: bigint, offset: number, isCommit: boolean): void {
    if (offset >= this.decidedEndOffset) return;
    const first = this.open.get(producerId);
    this.open.delete(producerId);
    if (!isCommit && first !== undefined) {
      if (this.abortedCount >= CLEANER_ABORTED_TRANSACTIONS_MAX) {
        this.decidedEndOffset = first;
        return;
      }
      let ranges = this.aborted.get(producerId);
      if (ranges === undefined) this.aborted.set(producerId, (ranges = []));
      ranges.push(first, offset);
      this.abortedCount++;
    }
    this.lastMarkerOffset.set(producerId, offset);
  }

  outcomeOf(producerId: bigint, baseOffset: number): TransactionOutcome {
    const last = this.lastMarkerOffset.get(producerId);
    if (last === undefined || baseOffset > last || baseOffset >= this.decidedEndOffset) return 'undecided';
    const ranges = this.aborted.get(producerId);
    if (ranges !== undefined) {
      // The last range starting at or below baseOffset.
      let lo = 0;
      let hi = ranges.length / 2 - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (ranges[mid * 2]! <= baseOffset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found >= 0 && baseOffset <= ranges[found * 2 + 1]!) return 'aborted';
    }
    return 'committed';
  }
}
