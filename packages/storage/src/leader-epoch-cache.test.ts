// Goal: the leader epoch cache keeps Kafka's LeaderEpochFileCache semantics: monotonic entries,
// conflicting entries dropped on assign, truncation from either end, and OffsetsForLeaderEpoch
// answers. Method: scripted cases taken from Kafka's LeaderEpochFileCacheTest.
import { describe, expect, it } from 'vitest';
import { LeaderEpochCache } from './leader-epoch-cache.js';

describe('LeaderEpochCache', () => {
  it('records each new epoch once, at its first offset', () => {
    const cache = new LeaderEpochCache();
    expect(cache.assign(2, 6)).toBe(true);
    expect(cache.assign(2, 7)).toBe(false);
    expect(cache.assign(3, 8)).toBe(true);
    expect(cache.assign(-1, 9)).toBe(false);
    expect(cache.list()).toEqual([
      { epoch: 2, startOffset: 6 },
      { epoch: 3, startOffset: 8 },
    ]);
  });

  it('drops entries that conflict with a new assignment (epoch going back, or offset going back)', () => {
    const cache = new LeaderEpochCache([
      { epoch: 2, startOffset: 6 },
      { epoch: 3, startOffset: 8 },
      { epoch: 4, startOffset: 10 },
    ]);
    cache.assign(3, 9);
    expect(cache.list()).toEqual([
      { epoch: 2, startOffset: 6 },
      { epoch: 3, startOffset: 9 },
    ]);
    cache.assign(5, 7);
    expect(cache.list()).toEqual([
      { epoch: 2, startOffset: 6 },
      { epoch: 5, startOffset: 7 },
    ]);
  });

  it('truncates from the end and from the start (keeping the epoch of the new first offset)', () => {
    const cache = new LeaderEpochCache([
      { epoch: 2, startOffset: 6 },
      { epoch: 3, startOffset: 8 },
      { epoch: 4, startOffset: 10 },
    ]);
    cache.truncateFromEnd(10);
    expect(cache.latest).toEqual({ epoch: 3, startOffset: 8 });
    cache.truncateFromStart(9);
    expect(cache.list()).toEqual([{ epoch: 3, startOffset: 9 }]);
    expect(cache.truncateFromStart(5)).toBe(false);
    expect(cache.epochForOffset(9)).toBe(3);
    expect(cache.epochForOffset(8)).toBeUndefined();
  });

  it('answers OffsetsForLeaderEpoch like Kafka', () => {
    const cache = new LeaderEpochCache([
      { epoch: 2, startOffset: 6 },
      { epoch: 4, startOffset: 10 },
    ]);
    expect(cache.endOffsetFor(4, 15)).toEqual({ epoch: 4, endOffset: 15 });
    expect(cache.endOffsetFor(2, 15)).toEqual({ epoch: 2, endOffset: 10 });
    expect(cache.endOffsetFor(3, 15)).toEqual({ epoch: 2, endOffset: 10 });
    expect(cache.endOffsetFor(1, 15)).toEqual({ epoch: 1, endOffset: 6 });
    expect(cache.endOffsetFor(5, 15)).toEqual({ epoch: -1, endOffset: -1 });
    expect(cache.endOffsetFor(-1, 15)).toEqual({ epoch: -1, endOffset: -1 });
    expect(new LeaderEpochCache().endOffsetFor(0, 15)).toEqual({ epoch: -1, endOffset: -1 });
  });

  it('refuses non-monotonic entries', () => {
    expect(
      () =>
        new LeaderEpochCache([
          { epoch: 2, startOffset: 6 },
          { epoch: 2, startOffset: 8 },
        ]),
    ).toThrow(RangeError);
  });
});
