// Goal: the in-memory offset and time indexes answer floor lookups exactly, survive their
// on-disk form, and reject files that break Kafka's sanity rules. Method: fast-check builds
// strictly increasing entry lists and compares lookups with a linear scan; hand-made files
// break one rule each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorruptIndexError } from './corrupt-index-error.js';
import { OffsetIndex } from './offset-index.js';
import { TimeIndex } from './time-index.js';

const BASE = 1000;
const increasing = (min: number) =>
  fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 200 }).map((steps) => {
    let v = min;
    return steps.map((s) => (v += s));
  });

describe('OffsetIndex', () => {
  it('finds the floor entry by binary search and round-trips through its file form', () => {
    fc.assert(
      fc.property(increasing(0), fc.integer({ min: 0, max: 12_000 }), (relatives, probe) => {
        const index = new OffsetIndex(BASE, 1_000_000);
        relatives.forEach((r, i) => index.append(BASE + r, (i + 1) * 100));
        const target = BASE + (probe % (relatives.at(-1) ?? 1) + 1) - 1;
        let expected = { offset: BASE, position: 0 };
        relatives.forEach((r, i) => {
          if (BASE + r <= target) expected = { offset: BASE + r, position: (i + 1) * 100 };
        });
        expect(index.lookup(target)).toEqual(expected);
        const parsed = OffsetIndex.parse(index.serialize(), BASE, 1_000_000, { logSizeBytes: (relatives.length + 1) * 100, offsetLimit: Infinity });
        expect(parsed.lookup(target)).toEqual(expected);
        expect(parsed.entries).toBe(relatives.length);
      }),
    );
  });

  it('truncates entries at and above an offset or position', () => {
    const index = new OffsetIndex(BASE, 100);
    for (let i = 1; i <= 5; i++) index.append(BASE + i * 10, i * 100);
    index.truncateTo(BASE + 30);
    expect(index.lastEntry()).toEqual({ offset: BASE + 20, position: 200 });
    index.truncateToPosition(150);
    expect(index.lastEntry()).toEqual({ offset: BASE + 10, position: 100 });
    index.truncateTo(BASE);
    expect(index.lastEntry()).toEqual({ offset: BASE, position: 0 });
  });

  it('refuses appends that are not after the last entry', () => {
    const index = new OffsetIndex(BASE, 100);
    index.append(BASE + 5, 100);
    expect(() => index.append(BASE + 5, 200)).toThrow();
    expect(() => index.append(BASE + 6, 100)).toThrow();
    expect(() => index.append(BASE, 300)).toThrow();
  });

  it('rejects files of partial entries, non-increasing entries, or entries outside the segment', () => {
    const file = (...entries: [number, number][]): Buffer => {
      const b = Buffer.alloc(entries.length * 8);
      entries.forEach(([o, p], i) => {
        b.writeInt32BE(o, i * 8);
        b.writeInt32BE(p, i * 8 + 4);
      });
      return b;
    };
    const bounds = { logSizeBytes: 1000, offsetLimit: BASE + 100 };
    expect(() => OffsetIndex.parse(Buffer.alloc(12), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.parse(file([5, 100], [5, 200]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.parse(file([5, 100], [6, 100]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.parse(file([5, 1000]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.parse(file([100, 10]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.parse(file([0, 10]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.checkTail(16, file([100, 10]), BASE, bounds)).toThrow(CorruptIndexError);
    expect(() => OffsetIndex.checkTail(16, file([99, 999]), BASE, bounds)).not.toThrow();
  });
});

describe('TimeIndex', () => {
  it('keeps only rising timestamps and finds the largest entry at or below a timestamp', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 5 })), { maxLength: 100 }), fc.integer({ min: -1, max: 1100 }), (appends, probe) => {
        const index = new TimeIndex(BASE, 1_000_000);
        const kept: { timestampMs: number; offset: number }[] = [];
        let offset = BASE;
        for (const [ts, step] of appends) {
          offset += step;
          index.maybeAppend(ts, offset);
          if (ts > (kept.at(-1)?.timestampMs ?? -1)) kept.push({ timestampMs: ts, offset });
        }
        const expected = [...kept].reverse().find((e) => e.timestampMs <= probe) ?? { timestampMs: -1, offset: BASE };
        expect(index.lookup(probe)).toEqual(expected);
        const parsed = TimeIndex.parse(index.serialize(), BASE, 1_000_000, { logSizeBytes: 1, offsetLimit: Infinity });
        expect(parsed.lookup(probe)).toEqual(expected);
        expect(parsed.entries).toBe(kept.length);
      }),
    );
  });

  it('takes no entries when full except the final one of a sealed segment', () => {
    const index = new TimeIndex(BASE, 1);
    index.maybeAppend(10, BASE + 1);
    index.maybeAppend(20, BASE + 2);
    expect(index.entries).toBe(1);
    index.maybeAppend(20, BASE + 2, true);
    expect(index.lastEntry()).toEqual({ timestampMs: 20, offset: BASE + 2 });
  });

  it('rejects files whose timestamps do not rise or whose offsets leave the segment', () => {
    const file = (...entries: [number, number][]): Buffer => {
      const b = Buffer.alloc(entries.length * 12);
      entries.forEach(([t, o], i) => {
        b.writeBigInt64BE(BigInt(t), i * 12);
        b.writeInt32BE(o, i * 12 + 8);
      });
      return b;
    };
    const bounds = { logSizeBytes: 1000, offsetLimit: BASE + 100 };
    expect(() => TimeIndex.parse(Buffer.alloc(8), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => TimeIndex.parse(file([5, 1], [5, 2]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => TimeIndex.parse(file([5, 2], [6, 1]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => TimeIndex.parse(file([5, 100]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => TimeIndex.parse(file([-5, 1]), BASE, 10, bounds)).toThrow(CorruptIndexError);
    expect(() => TimeIndex.parse(file([5, 1]), BASE, 10, { logSizeBytes: 0, offsetLimit: Infinity })).toThrow(CorruptIndexError);
  });
});
