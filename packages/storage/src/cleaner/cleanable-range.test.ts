// Goal: the cleanable range, dirty ratio and segment groups follow Kafka's LogCleanerManager and
// Cleaner.groupSegmentsBySize. Method: hand-built segment summaries with known sizes, offsets and
// timestamps; each case states the Kafka rule it checks.
import { describe, expect, it } from 'vitest';
import { defaultLogConfig, resolveCompactionConfig } from '../config.js';
import { cleanableRange, groupSegments, isCleaningDue, type SegmentSummary } from './cleanable-range.js';

const config = { ...resolveCompactionConfig(defaultLogConfig), cleanupPolicyCompact: true };
const NOW = 1_000_000;

/** Segments of `sizes` bytes, 10 offsets each, written `ageMs` ago; the last is active. */
function segments(sizes: number[], ageMs: (i: number) => number = () => 1_000): SegmentSummary[] {
  return sizes.map((sizeBytes, i) => ({
    baseOffset: i * 10,
    endOffset: (i + 1) * 10,
    sizeBytes,
    largestTimestampMs: NOW - ageMs(i),
    firstBatchTimestampMs: NOW - ageMs(i) - 100,
  }));
}

describe('cleanable range', () => {
  it('counts clean bytes below the checkpoint and dirty bytes up to the active segment', () => {
    const range = cleanableRange(segments([100, 100, 300, 50]), 0, 20, Infinity, config, NOW);
    expect(range).toMatchObject({ firstDirtyOffset: 20, firstUncleanableOffset: 30, cleanBytes: 200, dirtyBytes: 300, dirtyRatio: 0.6 });
    expect(isCleaningDue(range, config)).toBe(true);
    expect(isCleaningDue(range, { ...config, minCleanableDirtyRatio: 0.61 })).toBe(false);
  });

  it('starts dirty data at the log start offset when the checkpoint is below it', () => {
    expect(cleanableRange(segments([100, 100, 300, 50]), 10, 0, Infinity, config, NOW)).toMatchObject({ firstDirtyOffset: 10, cleanBytes: 100, dirtyBytes: 400 });
  });

  it('stops at the segment holding the uncleanable offset', () => {
    const range = cleanableRange(segments([100, 100, 300, 50]), 0, 0, 15, config, NOW);
    expect(range).toMatchObject({ firstUncleanableOffset: 10, dirtyBytes: 100 });
    expect(cleanableRange(segments([100, 100, 300, 50]), 0, 0, 20, config, NOW).firstUncleanableOffset).toBe(20);
  });

  it('keeps segments younger than min.compaction.lag.ms uncleanable, from the first such one on', () => {
    const ages = [10_000, 500, 10_000, 0];
    const range = cleanableRange(segments([100, 100, 100, 50], (i) => ages[i]!), 0, 0, Infinity, { ...config, minCompactionLagMs: 1_000 }, NOW);
    expect(range).toMatchObject({ firstUncleanableOffset: 10, dirtyBytes: 100 });
  });

  it('forces a pass once dirty data waited past max.compaction.lag.ms, whatever the ratio', () => {
    const lagged = { ...config, maxCompactionLagMs: 5_000, minCleanableDirtyRatio: 0.99 };
    const range = cleanableRange(segments([1_000, 10, 50], (i) => (i === 1 ? 6_000 : 0)), 0, 10, Infinity, lagged, NOW);
    expect(range.compactionDelayMs).toBe(1_100);
    expect(isCleaningDue(range, lagged)).toBe(true);
    expect(isCleaningDue({ ...range, compactionDelayMs: 0 }, lagged)).toBe(false);
  });

  it('is never due without dirty bytes, and an empty log has ratio 0', () => {
    const range = cleanableRange(segments([0]), 0, 0, Infinity, { ...config, minCleanableDirtyRatio: 0 }, NOW);
    expect(range).toMatchObject({ dirtyBytes: 0, dirtyRatio: 0 });
    expect(isCleaningDue(range, { ...config, minCleanableDirtyRatio: 0 })).toBe(false);
  });
});

describe('segment groups', () => {
  it('groups consecutive segments while their bytes fit segment.bytes', () => {
    expect(groupSegments(segments([100, 200, 300, 400, 50, 60, 700, 10]), 600)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 7 },
      { start: 7, end: 8 },
    ]);
  });

  it('never groups beyond the int32 range of relative offsets', () => {
    const wide: SegmentSummary[] = [
      { baseOffset: 0, endOffset: 2 ** 31 - 10, sizeBytes: 10, largestTimestampMs: 0, firstBatchTimestampMs: null },
      { baseOffset: 2 ** 31 - 10, endOffset: 2 ** 31 + 10, sizeBytes: 10, largestTimestampMs: 0, firstBatchTimestampMs: null },
    ];
    expect(groupSegments(wide, 1_000)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
  });
});
