// Goal: batches built record by record into a buffer decode, with the protocol's reference
// decoder, to exactly the records given (keys, values, headers, timestamps, nulls), for every
// compression codec, with a valid CRC. Method: fast-check random records, round-tripped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompressionType, decodeRecordBatch, encodeRecordBatch } from '@gregor/protocol';
import { BatchBuilder, headerList } from './batch-builder.js';

const recordArb = fc.record({
  key: fc.option(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 40 })), { nil: null }),
  value: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 })), { nil: null }),
  headers: fc.array(fc.record({ key: fc.string({ maxLength: 10 }), value: fc.option(fc.string({ maxLength: 10 }), { nil: null }) }), { maxLength: 3 }),
  timestampDelta: fc.integer({ min: -1000, max: 1_000_000 }),
});

const asBuffer = (v: string | Uint8Array | null): Buffer | null => (v === null ? null : typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v));

describe('BatchBuilder', () => {
  it.each([
    ['none', CompressionType.none],
    ['gzip', CompressionType.gzip],
    ['snappy', CompressionType.snappy],
    ['lz4', CompressionType.lz4],
    ['zstd', CompressionType.zstd],
  ])('builds batches the reference decoder reads back (%s)', (_name, compression) => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 20 }), (records) => {
        const builder = new BatchBuilder(Buffer.alloc(64 * 1024), compression);
        const base = 1_700_000_000_000;
        for (const r of records) expect(builder.tryAppend(base + r.timestampDelta, r.key, r.value, r.headers)).toBeGreaterThan(0);
        const batch = decodeRecordBatch(builder.build());
        expect(batch.compression).toBe(compression);
        expect(batch.header.recordsCount).toBe(records.length);
        expect(batch.header.lastOffsetDelta).toBe(records.length - 1);
        expect(batch.header.producerId).toBe(-1n);
        expect(batch.header.baseTimestamp).toBe(base + records[0]!.timestampDelta);
        expect(batch.header.maxTimestamp).toBe(Math.max(...records.map((r) => base + r.timestampDelta)));
        batch.records.forEach((got, i) => {
          const want = records[i]!;
          expect(got.offset).toBe(i);
          expect(got.timestamp).toBe(base + want.timestampDelta);
          expect(got.key).toEqual(asBuffer(want.key));
          expect(got.value).toEqual(asBuffer(want.value));
          expect(got.headers).toEqual(want.headers.map((h) => ({ key: h.key, value: asBuffer(h.value) })));
        });
      }),
      { numRuns: compression === CompressionType.none ? 100 : 25 },
    );
  });

  it('writes the same bytes as the protocol\'s reference encoder', () => {
    const records = [
      { timestamp: 1000, key: Buffer.from('k'), value: Buffer.from('v1'), headers: [{ key: 'h', value: Buffer.from('x') }] },
      { timestamp: 1005, key: null, value: Buffer.from('v2') },
    ];
    const builder = new BatchBuilder(Buffer.alloc(1024), CompressionType.none);
    for (const r of records) builder.tryAppend(r.timestamp, r.key, r.value, r.headers);
    expect(builder.build().toString('hex')).toBe(encodeRecordBatch({ records }).toString('hex'));
  });

  it('reports a record that does not fit and accepts one sized with recordSizeBound', () => {
    const value = Buffer.alloc(500, 1);
    const small = new BatchBuilder(Buffer.alloc(600), CompressionType.none);
    expect(small.tryAppend(0, null, value, undefined)).toBeGreaterThan(0);
    expect(small.tryAppend(0, null, value, undefined)).toBe(0);
    expect(small.count).toBe(1);
    const exact = new BatchBuilder(Buffer.alloc(61 + BatchBuilder.recordSizeBound(null, value, undefined)), CompressionType.none);
    expect(exact.tryAppend(Date.now(), null, value, undefined)).toBeGreaterThan(0);
  });

  it('takes headers as an object in insertion order', () => {
    expect(headerList({ b: '1', a: null })).toEqual([{ key: 'b', value: '1' }, { key: 'a', value: null }]);
    expect(headerList(undefined)).toBeUndefined();
  });
});
