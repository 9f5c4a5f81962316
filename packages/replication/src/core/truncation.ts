import { ErrorCode } from '@gregor/protocol';
import { assert } from './assert.js';

/**
 * Where a follower's log diverges from its leader's, by leader epochs (KIP-101, KIP-279, and
 * KIP-320's divergingEpoch in Fetch). Both sides work on the leader epoch cache as plain data:
 * for each epoch, the offset of its first batch (@gregor/storage's `PartitionLog.leaderEpochs()`).
 *
 * Why epochs and not the high watermark: a follower that truncates to its high watermark on
 * restart can drop records the leader already committed, or keep records the leader never had
 * (KIP-101 scenarios 1 and 2). Records with the same epoch at the same offset were written by
 * the same leader, so they are the same records; the first offset where the epochs differ is
 * where the logs part.
 */

/** One entry of a leader epoch cache: `epoch` starts at `startOffset`. */
export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

/**
 * An epoch and where it ends on the answering replica: OffsetsForLeaderEpoch's
 * `{leaderEpoch, endOffset}`, or Fetch's `divergingEpoch {epoch, endOffset}` (KIP-320).
 */
export interface EpochEndOffset {
  readonly leaderEpoch: number;
  readonly endOffset: number;
}

/** Kafka's UNDEFINED_EPOCH and UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

const UNDEFINED: EpochEndOffset = { leaderEpoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };

function assertEpochs(epochs: readonly EpochEntry[]): void {
  for (let i = 1; i < epochs.length; i++) {
    const prev = epochs[i - 1]!;
    const next = epochs[i]!;
    assert(next.epoch > prev.epoch && next.startOffset > prev.startOffset, `leader epoch entries not increasing: ${JSON.stringify(prev)} then ${JSON.stringify(next)}`);
  }
}

/**
 * OffsetsForLeaderEpoch as a replica answers it (Kafka's LeaderEpochFileCache.endOffsetFor,
 * KIP-279): the largest epoch at or below `requestedEpoch` and where it ends:
 * - the latest epoch ends at the log end offset;
 * - an older epoch ends where the next higher known epoch starts;
 * - an epoch below every known one: the requested epoch, ending where the first known starts;
 * - UNDEFINED_EPOCH, an epoch above the latest, or no epochs: (-1, -1).
 */
export function endOffsetForEpoch(epochs: readonly EpochEntry[], requestedEpoch: number, logEndOffset: number): EpochEndOffset {
  assertEpochs(epochs);
  if (requestedEpoch === UNDEFINED_EPOCH || epochs.length === 0) return UNDEFINED;
  const latest = epochs[epochs.length - 1]!;
  if (latest.epoch === requestedEpoch) return { leaderEpoch: requestedEpoch, endOffset: logEndOffset };
  const higher = epochs.findIndex((e) => e.epoch > requestedEpoch);
  if (higher < 0) return UNDEFINED;
  const higherEntry = epochs[higher]!;
  if (higher === 0) return { leaderEpoch: requestedEpoch, endOffset: higherEntry.startOffset };
  return { leaderEpoch: epochs[higher - 1]!.epoch, endOffset: higherEntry.startOffset };
}

export interface TruncationInput {
  /** The follower's leader epoch cache, oldest first. */
  readonly epochs: readonly EpochEntry[];
  readonly logEndOffset: number;
  /** The follower's high watermark: where it truncates when epochs cannot tell (Kafka's initial fetch offset). */
  readonly highWatermark: number;
  /** The leader's answer for the epoch last asked about; null before the first question. */
  readonly leaderAnswer: EpochEndOffset | null;
}

/**
 * One step of the follower's truncation loop:
 * - `truncate`: truncate the log to `truncateTo` (never above the log end offset); done, fetch
 *   from there;
 * - `ask`: truncate to `truncateTo` (safe: the final offset is never above it), then ask the
 *   leader about epoch `askFor`, the follower's latest epoch after that truncation
 *   (OffsetsForLeaderEpoch, or the next Fetch with `lastFetchedEpoch = askFor` and
 *   `fetchOffset = truncateTo`), and call again with the answer.
 */
export type TruncationStep =
  | { readonly kind: 'truncate'; readonly truncateTo: number }
  | { readonly kind: 'ask'; readonly truncateTo: number; readonly askFor: number };

/**
 * The follower's side of KIP-279 (Kafka's AbstractFetcherThread.getOffsetTruncationState), one
 * step at a time. Each `ask` names an epoch below the one the leader last answered with, so the
 * loop ends after at most as many rounds as the follower has epochs:
 * - nothing asked yet: ask about the follower's latest epoch; with no epochs at all, truncate to
 *   the high watermark (Kafka's truncateToHighWatermark);
 * - the leader does not know the epoch (endOffset -1): truncate to the high watermark;
 * - the leader answers without an epoch (pre-KIP-279): truncate to its end offset;
 * - the leader answers with an epoch the follower has too: truncate to the smaller of the two
 *   ends of that epoch;
 * - the leader answers with an epoch the follower does not have (the follower holds epochs the
 *   leader never had): truncate to the end of the follower's largest epoch below it and ask about
 *   that epoch;
 * - the follower's epochs all lie above the answer: truncate to the smaller of the leader's end
 *   offset and the start of the follower's first epoch (its older data is gone);
 * - the follower has no epochs left: truncate to the leader's end offset.
 */
export function truncationOffset(input: TruncationInput): TruncationStep {
  const { epochs, logEndOffset, highWatermark, leaderAnswer } = input;
  assertEpochs(epochs);
  assert(Number.isSafeInteger(logEndOffset) && logEndOffset >= 0, `bad log end offset ${logEndOffset}`);
  const toHighWatermark: TruncationStep = { kind: 'truncate', truncateTo: Math.min(Math.max(highWatermark, 0), logEndOffset) };

  if (leaderAnswer === null) {
    const latest = epochs[epochs.length - 1];
    return latest === undefined ? toHighWatermark : { kind: 'ask', truncateTo: logEndOffset, askFor: latest.epoch };
  }
  if (leaderAnswer.endOffset === UNDEFINED_EPOCH_OFFSET) return toHighWatermark;
  if (leaderAnswer.leaderEpoch === UNDEFINED_EPOCH) return { kind: 'truncate', truncateTo: Math.min(leaderAnswer.endOffset, logEndOffset) };

  const latest = epochs[epochs.length - 1];
  if (latest === undefined) return { kind: 'truncate', truncateTo: Math.min(leaderAnswer.endOffset, logEndOffset) };
  // An answer above our latest epoch means our cache lost entries since we asked (an empty
  // epoch entry dropped by a no-op truncation): our latest epoch is then the largest at or below
  // the answer. Kafka's cache would say "unknown" here; asking again is the safe reading.
  const ours = leaderAnswer.leaderEpoch > latest.epoch ? { leaderEpoch: latest.epoch, endOffset: logEndOffset } : endOffsetForEpoch(epochs, leaderAnswer.leaderEpoch, logEndOffset);
  if (ours.leaderEpoch !== leaderAnswer.leaderEpoch) {
    return { kind: 'ask', truncateTo: Math.min(ours.endOffset, logEndOffset), askFor: ours.leaderEpoch };
  }
  return { kind: 'truncate', truncateTo: Math.min(ours.endOffset, leaderAnswer.endOffset, logEndOffset) };
}

/** The leader's log as `checkLastFetchedEpoch` needs it. */
export interface LeaderLogView {
  readonly epochs: readonly EpochEntry[];
  readonly logStartOffset: number;
  readonly logEndOffset: number;
}

export type FetchEpochCheck =
  | { readonly kind: 'ok' }
  /** Answer the partition with this `divergingEpoch` and no records; the follower truncates. */
  | { readonly kind: 'diverging'; readonly divergingEpoch: EpochEndOffset }
  | { readonly kind: 'error'; readonly errorCode: typeof ErrorCode.OFFSET_OUT_OF_RANGE };

/**
 * The leader's check of a follower's Fetch (KIP-320, Fetch v12+): does the follower's log up to
 * `fetchOffset`, whose last batch has epoch `lastFetchedEpoch`, agree with ours? As Kafka's
 * Partition.fetchRecords: without a lastFetchedEpoch (-1) there is nothing to check; an epoch we
 * cannot place or a fetch offset below our log start is OFFSET_OUT_OF_RANGE; when our copy of
 * that epoch is older or ends before `fetchOffset`, the logs diverge there.
 */
export function checkLastFetchedEpoch(leader: LeaderLogView, fetchOffset: number, lastFetchedEpoch: number): FetchEpochCheck {
  if (lastFetchedEpoch === UNDEFINED_EPOCH) return { kind: 'ok' };
  const ours = endOffsetForEpoch(leader.epochs, lastFetchedEpoch, leader.logEndOffset);
  if (ours.endOffset === UNDEFINED_EPOCH_OFFSET || ours.leaderEpoch === UNDEFINED_EPOCH) return { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
  if (fetchOffset < leader.logStartOffset) return { kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
  if (ours.leaderEpoch < lastFetchedEpoch || ours.endOffset < fetchOffset) return { kind: 'diverging', divergingEpoch: ours };
  return { kind: 'ok' };
}
