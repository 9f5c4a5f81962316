/**
 * Which part of a log the cleaner may rewrite, how dirty it is, and how its segments group
 * (Kafka's LogCleanerManager.cleanableOffsets, LogToClean and Cleaner.groupSegmentsBySize).
 * Pure: segment summaries and the clock in, numbers out.
 *
 *   logStartOffset        firstDirtyOffset              firstUncleanableOffset   active segment
 *   |------ clean ---------|------------ dirty ------------|------ uncleanable -----|---------->
 *
 * Clean: compacted by an earlier pass. Dirty: written since. Uncleanable: the active segment,
 * segments holding data younger than min.compaction.lag.ms, and anything from the segment that
 * holds `uncleanableOffset` on (the caller's bound: the last stable offset, so undecided
 * transactions and data above the high watermark are never compacted).
 */
import type { CompactionConfig } from '../config.js';
import { RELATIVE_OFFSET_MAX } from '../limits.js';

export interface SegmentSummary {
  baseOffset: number;
  /** Offset after the segment: the next segment's base offset (the log end offset for the active segment). */
  endOffset: number;
  sizeBytes: number;
  /** Kafka's LogSegment.largestTimestamp: the largest batch timestamp, else the file's last modification. */
  largestTimestampMs: number;
  /** maxTimestamp of the segment's first batch, or null. */
  firstBatchTimestampMs: number | null;
}

export interface CleanableRange {
  /** Where dirty data starts: the cleaner checkpoint, raised to the log start offset. */
  firstDirtyOffset: number;
  /** Base offset of the first segment the cleaner must not touch (at most the active segment's). */
  firstUncleanableOffset: number;
  /** Bytes of segments wholly below firstDirtyOffset. */
  cleanBytes: number;
  /** Bytes of segments holding dirty data below firstUncleanableOffset. */
  dirtyBytes: number;
  /** dirtyBytes / (cleanBytes + dirtyBytes); 0 for an empty log. */
  dirtyRatio: number;
  /** How long dirty data has waited past max.compaction.lag.ms (Kafka's maxCompactionDelay); > 0 forces a pass. */
  compactionDelayMs: number;
}

/**
 * `segments` are all the log's segments, oldest first, the active one last. `cleanerCheckpoint`
 * is the persisted first dirty offset; `uncleanableOffset` the caller's exclusive bound.
 */
export function cleanableRange(
  segments: readonly SegmentSummary[],
  logStartOffset: number,
  cleanerCheckpoint: number,
  uncleanableOffset: number,
  config: CompactionConfig,
  nowMs: number,
): CleanableRange {
  const active = segments[segments.length - 1];
  if (active === undefined) throw new Error('a log always has an active segment');
  const firstDirtyOffset = Math.min(Math.max(cleanerCheckpoint, logStartOffset), active.endOffset);
  let firstUncleanableOffset = active.baseOffset;
  // The segment holding the caller's bound is uncleanable from its base.
  for (const segment of segments) {
    if (segment.baseOffset >= firstUncleanableOffset) break;
    if (segment.endOffset > uncleanableOffset) {
      firstUncleanableOffset = segment.baseOffset;
      break;
    }
  }
  if (config.minCompactionLagMs > 0) {
    for (const segment of segments) {
      if (segment.baseOffset >= firstUncleanableOffset) break;
      if (segment.endOffset <= firstDirtyOffset) continue;
      if (segment.largestTimestampMs > nowMs - config.minCompactionLagMs) {
        firstUncleanableOffset = segment.baseOffset;
        break;
      }
    }
  }

  let cleanBytes = 0;
  let dirtyBytes = 0;
  let earliestDirtyTimestampMs = Infinity;
  for (const segment of segments) {
    if (segment === active) break;
    if (segment.endOffset <= firstDirtyOffset) {
      cleanBytes += segment.sizeBytes;
      continue;
    }
    if (segment.baseOffset < firstUncleanableOffset) dirtyBytes += segment.sizeBytes;
    // Kafka looks at every dirty non-active segment's first batch for max.compaction.lag.ms.
    if (segment.firstBatchTimestampMs !== null && segment.firstBatchTimestampMs > 0) {
      earliestDirtyTimestampMs = Math.min(earliestDirtyTimestampMs, segment.firstBatchTimestampMs);
    }
  }
  const total = cleanBytes + dirtyBytes;
  const cleanUntilMs = nowMs - config.maxCompactionLagMs;
  return {
    firstDirtyOffset,
    firstUncleanableOffset,
    cleanBytes,
    dirtyBytes,
    dirtyRatio: total === 0 ? 0 : dirtyBytes / total,
    compactionDelayMs: earliestDirtyTimestampMs < cleanUntilMs ? cleanUntilMs - earliestDirtyTimestampMs : 0,
  };
}

/**
 * Whether a pass is due: there is dirty data to clean and either its share reaches
 * min.cleanable.dirty.ratio or it has waited past max.compaction.lag.ms. (Kafka compares with
 * `>`; `>=` lets a ratio of 1.0 mean "only an all-dirty log" and 0 mean "any dirty byte".)
 */
export function isCleaningDue(range: CleanableRange, config: CompactionConfig): boolean {
  if (range.dirtyBytes === 0) return false;
  return range.dirtyRatio >= config.minCleanableDirtyRatio || range.compactionDelayMs > 0;
}

/**
 * Groups consecutive segments into the segments a pass writes (Kafka's groupSegmentsBySize):
 * each group's bytes stay within segment.bytes (compaction only shrinks data, so the cleaned
 * segment fits) and its offsets within the int32 range of relative offsets. Returns the groups
 * as index ranges [start, end) into `segments`.
 */
export function groupSegments(segments: readonly SegmentSummary[], segmentBytes: number): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let i = 0;
  while (i < segments.length) {
    const first = segments[i]!;
    let bytes = first.sizeBytes;
    let end = i + 1;
    while (end < segments.length) {
      const next = segments[end]!;
      if (bytes + next.sizeBytes > segmentBytes) break;
      if (next.endOffset - 1 - first.baseOffset > RELATIVE_OFFSET_MAX) break;
      bytes += next.sizeBytes;
      end++;
    }
    groups.push({ start: i, end });
    i = end;
  }
  return groups;
}
