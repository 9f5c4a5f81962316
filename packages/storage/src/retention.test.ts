// Goal: retention and lookups agree with a simple model of the log for any workload. Method:
// fast-check generates batches (record counts, sizes, timestamps), segment and index settings
// and retention limits; a model built from the batches predicts which segments retention.ms and
// retention.bytes delete (Kafka's rules) and what every read and timestamp lookup returns.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PartitionLog } from './partition-log.js';
import { batchRanges, simpleBatch } from './test-support/batches.js';
import { FakeClock, logOptions, tempDir } from './test-support/fixtures.js';

const open: PartitionLog[] = [];
afterEach(async () => {
  for (const log of open.splice(0)) await log.close().catch(() => {});
});

interface ModelBatch {
  baseOffset: number;
  lastOffset: number;
  sizeBytes: number;
  maxTimestampMs: number;
}

const batchArb = fc.record({
  records: fc.integer({ min: 1, max: 6 }),
  valueBytes: fc.integer({ min: 0, max: 120 }),
  timestampStepMs: fc.integer({ min: -50, max: 400 }),
});

async function buildLog(
  specs: { records: number; valueBytes: number; timestampStepMs: number }[],
  config: { segmentBytes: number; indexIntervalBytes: number },
  clock: FakeClock,
): Promise<{ log: PartitionLog; batches: ModelBatch[]; segments: { baseOffset: number; sizeBytes: number; maxTimestampMs: number }[] }> {
  const log = await PartitionLog.open(tempDir(), logOptions(clock, { ...config, retentionMs: -1, retentionBytes: -1 }));
  open.push(log);
  const batches: ModelBatch[] = [];
  let ts = clock.nowMs - 100_000;
  for (const spec of specs) {
    ts = Math.max(0, ts + spec.timestampStepMs);
    const batch = simpleBatch(spec.records, ts, spec.valueBytes);
    const info = log.appendAsLeader(batch, { leaderEpoch: 0 });
    batches.push({ baseOffset: info.firstOffset, lastOffset: info.lastOffset, sizeBytes: batch.length, maxTimestampMs: ts });
  }
  const bases = log.segmentBaseOffsets();
  const segments = bases.map((baseOffset, i) => {
    const inSegment = batches.filter((b) => b.baseOffset >= baseOffset && (i + 1 === bases.length || b.baseOffset < bases[i + 1]!));
    return {
      baseOffset,
      sizeBytes: inSegment.reduce((n, b) => n + b.sizeBytes, 0),
      maxTimestampMs: Math.max(-1, ...inSegment.map((b) => b.maxTimestampMs)),
    };
  });
  return { log, batches, segments };
}

describe('retention (properties)', () => {
  it('deletes exactly the oldest sealed segments past retention.ms, then past retention.bytes, never the active one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batchArb, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 150, max: 1500 }),
        fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 120_000 })),
        fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 8000 })),
        async (specs, segmentBytes, retentionMs, retentionBytes) => {
          const clock = new FakeClock();
          const { log, batches, segments } = await buildLog(specs, { segmentBytes, indexIntervalBytes: 100 }, clock);
          // Kafka's rules, applied to the model in order.
          const remaining = [...segments];
          if (retentionMs >= 0) {
            while (remaining.length > 1 && clock.nowMs - remaining[0]!.maxTimestampMs > retentionMs) remaining.shift();
          }
          if (retentionBytes >= 0) {
            let excess = remaining.reduce((n, s) => n + s.sizeBytes, 0) - retentionBytes;
            while (remaining.length > 1 && excess - remaining[0]!.sizeBytes >= 0) excess -= remaining.shift()!.sizeBytes;
          }
          log.updateConfig({ ...logOptions(clock).config, segmentBytes, indexIntervalBytes: 100, retentionMs, retentionBytes });
          const deleted = log.applyRetention();
          expect(deleted).toBe(segments.length - remaining.length);
          expect(log.segmentBaseOffsets()).toEqual(remaining.map((s) => s.baseOffset));
          expect(log.logStartOffset).toBe(remaining[0]!.baseOffset);
          expect(log.sizeBytes).toBe(remaining.reduce((n, s) => n + s.sizeBytes, 0));
          const read = log.read(log.logStartOffset, 1 << 30);
          expect(batchRanges(read.chunks)).toEqual(
            batches.filter((b) => b.baseOffset >= log.logStartOffset).map((b) => ({ baseOffset: b.baseOffset, lastOffset: b.lastOffset })),
          );
          expect(log.applyRetention()).toBe(0); // idempotent
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('lookups (properties)', () => {
  it('every offset reads from its own batch; maxBytes, maxOffset and timestamps match the model', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(batchArb, { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 150, max: 3000 }),
        fc.integer({ min: 0, max: 600 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 20 }),
        async (specs, segmentBytes, indexIntervalBytes, reads) => {
          const clock = new FakeClock();
          const { log, batches } = await buildLog(specs, { segmentBytes, indexIntervalBytes }, clock);
          const end = log.logEndOffset;
          for (let offset = 0; offset < end; offset++) {
            const holding = batches.find((b) => b.lastOffset >= offset)!;
            expect(log.read(offset, 1, { minOneBatch: true }).firstOffset).toBe(holding.baseOffset);
          }
          for (const [o, maxBytes, m, minOneBatch] of reads) {
            const offset = o % (end + 1);
            const maxOffset = m % (end + 1);
            // Model: whole batches from the one holding `offset`, below maxOffset, within maxBytes.
            const expected: ModelBatch[] = [];
            let bytes = 0;
            for (const b of batches.filter((x) => x.lastOffset >= offset && x.lastOffset < maxOffset)) {
              if (bytes + b.sizeBytes > maxBytes && !(expected.length === 0 && minOneBatch)) break;
              expected.push(b);
              bytes += b.sizeBytes;
              if (bytes > maxBytes) break;
            }
            const result = log.read(offset, maxBytes, { maxOffset, minOneBatch });
            expect(batchRanges(result.chunks)).toEqual(expected.map((b) => ({ baseOffset: b.baseOffset, lastOffset: b.lastOffset })));
            expect(result.bytes).toBe(bytes);
            expect(result.nextOffset).toBe(expected.length === 0 ? offset : expected.at(-1)!.lastOffset + 1);
          }
          const timestamps = new Set(batches.flatMap((b) => [b.maxTimestampMs - 1, b.maxTimestampMs, b.maxTimestampMs + 1]));
          for (const ts of timestamps) {
            const first = batches.find((b) => b.maxTimestampMs >= ts);
            const found = log.offsetForTimestamp(ts);
            if (first === undefined) expect(found).toBeNull();
            else expect(found).toEqual({ offset: first.baseOffset, timestampMs: first.maxTimestampMs, leaderEpoch: 0 });
          }
          const max = Math.max(...batches.map((b) => b.maxTimestampMs));
          expect(log.maxTimestampOffset()).toEqual({ offset: batches.find((b) => b.maxTimestampMs === max)!.baseOffset, timestampMs: max, leaderEpoch: 0 });
        },
      ),
      { numRuns: 60 },
    );
  });
});
