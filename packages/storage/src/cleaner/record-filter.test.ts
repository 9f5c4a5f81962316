// Goal: the batch the cleaner writes in place of an old one keeps every header field Kafka keeps
// (offsets, leader epoch, producer fields, codec, timestamp type, maxTimestamp) and every kept
// record byte for byte, stamps KIP-534 delete horizons without moving record timestamps, and
// empties a batch only when told to retain it. Method: batches from the protocol encoder, a
// hand-filled offset map, and decoding of what comes out.
import { Attributes, BatchOffset, CompressionType, ControlRecordType, TimestampType, decodeRecordBatch, encodeEndTxnMarkerBatch, encodeRecordBatch, isBatchCrcValid } from '@gregor/protocol';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offset-map.js';
import { DROP, KEEP, filterBatch, type FilterRules, type FilterStats } from './record-filter.js';
import { TransactionOutcomes } from './transactions.js';

function batch(records: { key: string | null; value: string | null; ts: number }[], extra: Partial<Parameters<typeof encodeRecordBatch>[0]> = {}): Buffer {
  return encodeRecordBatch({
    records: records.map((r) => ({ timestamp: r.ts, key: r.key === null ? null : Buffer.from(r.key), value: r.value === null ? null : Buffer.from(r.value) })),
    baseOffset: 100,
    partitionLeaderEpoch: 7,
    producerId: 9n,
    producerEpoch: 2,
    baseSequence: 40,
    ...extra,
  });
}

function rules(latest: Record<string, number>, nowMs = 5_000, mapEndOffset = 1_000): FilterRules {
  const map = new OffsetMap({ slots: 64, arenaBytes: 1024 });
  for (const [key, offset] of Object.entries(latest)) map.put(Buffer.from(key), offset);
  return { map, transactions: new TransactionOutcomes(), mapEndOffset, nowMs, deleteRetentionMs: 60_000 };
}

const stats = (): FilterStats => ({ recordsRead: 0, recordsKept: 0, tombstonesRemoved: 0, sectionBytes: 0 });

describe('filterBatch', () => {
  it('rewrites a partly obsolete batch keeping header fields, offsets and timestamps (LogAppendTime too)', () => {
    const input = batch(
      [
        { key: 'a', value: '1', ts: 1_000 },
        { key: 'b', value: '2', ts: 1_003 },
        { key: 'c', value: '3', ts: 1_001 },
      ],
      { compression: CompressionType.lz4, timestampType: TimestampType.logAppendTime, maxTimestamp: 2_000 },
    );
    const s = stats();
    const out = filterBatch(input, 0, input.length, rules({ a: 100, b: 150, c: 102 }), false, s);
    expect(Buffer.isBuffer(out)).toBe(true);
    const before = decodeRecordBatch(input);
    const after = decodeRecordBatch(out as Buffer);
    expect(after.header).toMatchObject({ baseOffset: 100, lastOffsetDelta: 2, partitionLeaderEpoch: 7, producerId: 9n, producerEpoch: 2, baseSequence: 40, maxTimestamp: 2_000 });
    expect(after.header.attributes).toBe(before.header.attributes);
    expect(after.records.map((r) => [r.offset, r.key!.toString(), r.timestampDelta])).toEqual([
      [100, 'a', 0],
      [102, 'c', 1],
    ]);
    expect(s).toMatchObject({ recordsRead: 3, recordsKept: 2, tombstonesRemoved: 0 });
  });

  it('copies a batch that keeps everything, drops one that keeps nothing, or empties it when it must stay', () => {
    const input = batch([{ key: 'a', value: '1', ts: 1_000 }]);
    expect(filterBatch(input, 0, input.length, rules({ a: 100 }), false, stats())).toBe(KEEP);
    expect(filterBatch(input, 0, input.length, rules({ a: 101 }), false, stats())).toBe(DROP);
    const empty = filterBatch(input, 0, input.length, rules({ a: 101 }), true, stats()) as Buffer;
    expect(decodeRecordBatch(empty)).toMatchObject({ records: [], header: { baseOffset: 100, lastOffsetDelta: 0, producerId: 9n, baseSequence: 40, maxTimestamp: 1_000 } });
    // Records at or past the map's end are never judged.
    expect(filterBatch(input, 0, input.length, rules({ a: 101 }, 5_000, 100), false, stats())).toBe(KEEP);
  });

  it('stamps a delete horizon on a kept tombstone, keeps it until then, and removes it at the horizon', () => {
    const input = batch([
      { key: 'a', value: null, ts: 1_000 },
      { key: 'b', value: 'x', ts: 1_500 },
    ]);
    const stamped = filterBatch(input, 0, input.length, rules({}, 5_000), false, stats()) as Buffer;
    expect(stamped.readInt16BE(BatchOffset.attributes) & Attributes.deleteHorizon).toBe(Attributes.deleteHorizon);
    expect(isBatchCrcValid(stamped, 0)).toBe(true);
    const decoded = decodeRecordBatch(stamped);
    expect(decoded.header.baseTimestamp).toBe(65_000);
    expect(decoded.records.map((r) => r.timestamp)).toEqual([1_000, 1_500]);
    // Already stamped: kept as is before the horizon, the tombstone goes at it.
    expect(filterBatch(stamped, 0, stamped.length, rules({}, 64_999), false, stats())).toBe(KEEP);
    const s = stats();
    const pruned = decodeRecordBatch(filterBatch(stamped, 0, stamped.length, rules({}, 65_000), false, s) as Buffer);
    expect(pruned.records.map((r) => [r.key!.toString(), r.timestamp])).toEqual([['b', 1_500]]);
    expect(s.tombstonesRemoved).toBe(1);
  });

  it('keeps keyless records, undecided transactional batches and control batches as they are', () => {
    const keyless = batch([{ key: null, value: 'v', ts: 1 }]);
    expect(filterBatch(keyless, 0, keyless.length, rules({}), false, stats())).toBe(KEEP);
    const txn = batch([{ key: 'a', value: '1', ts: 1 }], { isTransactional: true });
    expect(filterBatch(txn, 0, txn.length, rules({ a: 500 }), false, stats())).toBe(KEEP);
    const marker = encodeEndTxnMarkerBatch({ type: ControlRecordType.abort, producerId: 9n, producerEpoch: 2, coordinatorEpoch: 0, timestamp: 1, baseOffset: 100 });
    expect(filterBatch(marker, 0, marker.length, rules({}), false, stats())).toBe(KEEP);
  });
});
