// Goal: encodeRecordBatch writes exactly the v2 batch layout (KIP-98) and decodeRecordBatch
// reads back every field, for every codec; malformed, truncated or corrupted batches raise
// DecodeError only; the batch iterator stops cleanly at a partial trailing batch. Method:
// fast-check round trips of random records (null keys/values/header values, unicode header keys,
// negative timestamp deltas, offset gaps) under each codec; byte-level header checks; every
// truncation point of a two-batch buffer; random byte flips and random buffers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../primitives/index.js';
import {
  decodeRecordBatch,
  decodeRecordBatches,
  encodeRecordBatch,
  iterateBatchSpans,
  iterateRecordBatches,
  completeBatchesBytes,
  TimestampType,
  type RecordBatchInput,
} from './batch.js';
import { Attributes, BatchOffset, CompressionType, isBatchCrcValid, setBaseOffset, setPartitionLeaderEpoch, setLogAppendTime } from './batch-header.js';
import {
  ControlRecordType,
  decodeControlRecordKey,
  encodeControlRecordKey,
  encodeEndTxnMarkerBatch,
  readEndTxnMarker,
} from './control.js';
import { CorruptBatchError, DecompressedSizeLimitError } from './errors.js';
import { decodeRecord, encodeRecord, type RecordInput } from './record.js';

const CODECS = [CompressionType.none, CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd] as const;

const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((a) => Buffer.from(a));
const nullableBytes = (max: number) => fc.option(bytes(max), { nil: null, freq: 4 });

const recordArb: fc.Arbitrary<RecordInput> = fc.record({
  timestamp: fc.oneof(fc.integer({ min: 0, max: 2 ** 45 }), fc.constant(-1)),
  key: nullableBytes(40),
  value: nullableBytes(300),
  headers: fc.array(fc.record({ key: fc.string({ unit: 'grapheme', maxLength: 12 }), value: nullableBytes(20) }), { maxLength: 4 }),
});

const recordsArb = fc.array(recordArb, { minLength: 1, maxLength: 40 });

function expectSameRecords(decoded: ReturnType<typeof decodeRecordBatch>, records: readonly RecordInput[], baseOffset: number): void {
  expect(decoded.records.length).toBe(records.length);
  records.forEach((input, i) => {
    const record = decoded.records[i]!;
    expect(record.offsetDelta).toBe(input.offsetDelta ?? i);
    expect(record.offset).toBe(baseOffset + (input.offsetDelta ?? i));
    expect(record.timestamp).toBe(input.timestamp);
    expect(record.attributes).toBe(0);
    expect(record.key).toEqual(input.key ?? null);
    expect(record.value).toEqual(input.value);
    expect(record.headers).toEqual((input.headers ?? []).map((h) => ({ key: h.key, value: h.value === null ? null : Buffer.from(h.value) })));
  });
}

describe('record batch codec', () => {
  for (const compression of CODECS) {
    it(`round-trips random records with compression type ${compression}`, () => {
      fc.assert(
        fc.property(recordsArb, fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: -1, max: 1000 }), (records, baseOffset, epoch) => {
          const buf = encodeRecordBatch({ records, compression, baseOffset, partitionLeaderEpoch: epoch });
          const decoded = decodeRecordBatch(buf);
          expect(decoded.sizeBytes).toBe(buf.length);
          expect(decoded.compression).toBe(compression);
          expect(decoded.header.baseOffset).toBe(baseOffset);
          expect(decoded.header.partitionLeaderEpoch).toBe(epoch);
          expect(decoded.header.recordsCount).toBe(records.length);
          expect(decoded.header.lastOffsetDelta).toBe(records.length - 1);
          expect(decoded.header.baseTimestamp).toBe(records[0]!.timestamp);
          expect(decoded.header.maxTimestamp).toBe(Math.max(-1, ...records.map((r) => r.timestamp)));
          expectSameRecords(decoded, records, baseOffset);
        }),
        { numRuns: compression === CompressionType.none ? 150 : 50 },
      );
    });
  }

  it('writes the header fields where KIP-98 puts them, with producer defaults', () => {
    const buf = encodeRecordBatch({ records: [{ timestamp: 1_700_000_000_000, value: Buffer.from('v') }] });
    expect(buf.readBigInt64BE(BatchOffset.baseOffset)).toBe(0n);
    expect(buf.readInt32BE(BatchOffset.batchLength)).toBe(buf.length - 12);
    expect(buf.readInt32BE(BatchOffset.partitionLeaderEpoch)).toBe(-1);
    expect(buf.readInt8(BatchOffset.magic)).toBe(2);
    expect(isBatchCrcValid(buf, 0)).toBe(true);
    expect(buf.readInt16BE(BatchOffset.attributes)).toBe(0);
    expect(buf.readInt32BE(BatchOffset.lastOffsetDelta)).toBe(0);
    expect(buf.readBigInt64BE(BatchOffset.baseTimestamp)).toBe(1_700_000_000_000n);
    expect(buf.readBigInt64BE(BatchOffset.maxTimestamp)).toBe(1_700_000_000_000n);
    expect(buf.readBigInt64BE(BatchOffset.producerId)).toBe(-1n);
    expect(buf.readInt16BE(BatchOffset.producerEpoch)).toBe(-1);
    expect(buf.readInt32BE(BatchOffset.baseSequence)).toBe(-1);
    expect(buf.readInt32BE(BatchOffset.recordsCount)).toBe(1);
    // The one record: length 7, attributes 0, timestampDelta 0, offsetDelta 0, key null, value "v", no headers.
    expect(buf.subarray(61).toString('hex')).toBe('0e00000001027600');
  });

  it('sets the attribute bits for compression, timestamp type, transactional and control', () => {
    const buf = encodeRecordBatch({
      records: [{ timestamp: 5, value: null }],
      compression: CompressionType.lz4,
      timestampType: TimestampType.logAppendTime,
      isTransactional: true,
      producerId: 42n,
      producerEpoch: 3,
      baseSequence: 17,
      maxTimestamp: 99,
    });
    const attributes = buf.readInt16BE(BatchOffset.attributes);
    expect(attributes).toBe(3 | Attributes.timestampTypeLogAppend | Attributes.transactional);
    const decoded = decodeRecordBatch(buf);
    expect(decoded).toMatchObject({ timestampType: TimestampType.logAppendTime, isTransactional: true, isControl: false });
    expect(decoded.header).toMatchObject({ producerId: 42n, producerEpoch: 3, baseSequence: 17, maxTimestamp: 99 });
    // Under LogAppendTime every record carries the batch's maxTimestamp (Kafka DefaultRecord).
    expect(decoded.records[0]!.timestamp).toBe(99);
  });

  it('keeps offset gaps, negative timestamp deltas and an explicit lastOffsetDelta (compacted batches)', () => {
    const records: RecordInput[] = [
      { offsetDelta: 2, timestamp: 1000, key: Buffer.from('a'), value: Buffer.from('1') },
      { offsetDelta: 7, timestamp: 400, key: Buffer.from('b'), value: null },
    ];
    const buf = encodeRecordBatch({ records, baseOffset: 100, lastOffsetDelta: 9 });
    const decoded = decodeRecordBatch(buf);
    expect(decoded.header.lastOffsetDelta).toBe(9);
    expect(decoded.records.map((r) => [r.offset, r.timestamp, r.timestampDelta])).toEqual([
      [102, 1000, 0],
      [107, 400, -600],
    ]);
  });

  it('encodes an empty batch that keeps its offset range (what compaction leaves behind)', () => {
    const buf = encodeRecordBatch({ records: [], lastOffsetDelta: 4, producerId: 7n, producerEpoch: 1, baseSequence: 0, compression: CompressionType.zstd });
    expect(buf.length).toBe(61);
    const decoded = decodeRecordBatch(buf);
    expect(decoded.records).toEqual([]);
    expect(decoded.header).toMatchObject({ lastOffsetDelta: 4, baseTimestamp: -1, maxTimestamp: -1, recordsCount: 0 });
  });

  it('refuses input it cannot encode', () => {
    expect(() => encodeRecordBatch({ records: [{ timestamp: 0, value: null, offsetDelta: 1 }, { timestamp: 0, value: null, offsetDelta: 1 }] })).toThrow(RangeError);
    expect(() => encodeRecordBatch({ records: [{ timestamp: 0, value: null, offsetDelta: 2 }], lastOffsetDelta: 1 })).toThrow(RangeError);
    expect(() => encodeRecordBatch({ records: [{ timestamp: 1.5, value: null }] })).toThrow(RangeError);
    expect(() => encodeRecordBatch({ records: [], compression: 6 as CompressionType })).toThrow(RangeError);
  });

  it('keeps the CRC valid through the in-place header rewrites the broker makes', () => {
    const buf = encodeRecordBatch({ records: [{ timestamp: 10, value: Buffer.from('x') }], compression: CompressionType.gzip });
    setBaseOffset(buf, 0, 12345);
    setPartitionLeaderEpoch(buf, 0, 9);
    expect(isBatchCrcValid(buf, 0)).toBe(true);
    setLogAppendTime(buf, 0, 777);
    const decoded = decodeRecordBatch(buf);
    expect(decoded.header).toMatchObject({ baseOffset: 12345, partitionLeaderEpoch: 9, maxTimestamp: 777 });
    expect(decoded.records[0]).toMatchObject({ offset: 12345, timestamp: 777 });
  });
});

describe('record codec', () => {
  it('round-trips a single record with its deltas', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: -(2 ** 45), max: 2 ** 45 }), (record, offsetDelta, timestampDelta) => {
        const buf = encodeRecord(record, offsetDelta, timestampDelta);
        const decoded = decodeRecord(buf, 0, { baseOffset: 10, baseTimestamp: 1000, logAppendTime: null });
        expect(decoded).toMatchObject({ offsetDelta, offset: 10 + offsetDelta, timestampDelta, timestamp: 1000 + timestampDelta });
        expect(decoded.value).toEqual(record.value);
      }),
    );
  });

  it('refuses a record whose fields do not add up to its length', () => {
    const good = encodeRecord({ timestamp: 0, value: Buffer.from('abc') }, 0, 0);
    const longer = Buffer.from(good);
    longer[0] = longer[0]! + 2; // claims two more bytes than its fields take
    expect(() => decodeRecord(Buffer.concat([longer, Buffer.alloc(2)]))).toThrow(/declares/);
    expect(() => decodeRecord(longer)).toThrow(DecodeError);
    const negativeHeaderKey = Buffer.from('0e000000010276020100', 'hex'); // one header, key length -1
    negativeHeaderKey[0] = 2 * (negativeHeaderKey.length - 1);
    expect(() => decodeRecord(negativeHeaderKey)).toThrow(/header key length/);
  });
});

describe('decoding malformed batches', () => {
  const batch = encodeRecordBatch({
    records: [
      { timestamp: 1, key: Buffer.from('k1'), value: Buffer.from('v1') },
      { timestamp: 2, key: Buffer.from('k2'), value: Buffer.from('v2'), headers: [{ key: 'h', value: Buffer.from('x') }] },
    ],
  });

  it('throws DecodeError at every truncation point', () => {
    for (let end = 0; end < batch.length; end++) {
      expect(() => decodeRecordBatch(batch.subarray(0, end))).toThrow(DecodeError);
    }
  });

  it('reports a CRC mismatch as CorruptBatchError, and skips the check when asked', () => {
    const bad = Buffer.from(batch);
    bad[bad.length - 3] = bad[bad.length - 3]! ^ 0x01;
    expect(() => decodeRecordBatch(bad)).toThrow(CorruptBatchError);
    expect(() => decodeRecordBatch(bad, 0, { verifyCrc: false })).not.toThrow(CorruptBatchError);
  });

  it('refuses other magics, short batchLengths and record counts that do not match the records', () => {
    const v1 = Buffer.from(batch);
    v1[BatchOffset.magic] = 1;
    expect(() => decodeRecordBatch(v1, 0, { verifyCrc: false })).toThrow(/magic 1/);
    const short = Buffer.from(batch);
    short.writeInt32BE(48, BatchOffset.batchLength);
    expect(() => decodeRecordBatch(short)).toThrow(/batchLength 48/);
    const more = Buffer.from(batch);
    more.writeInt32BE(3, BatchOffset.recordsCount);
    expect(() => decodeRecordBatch(more, 0, { verifyCrc: false })).toThrow(DecodeError);
    const fewer = Buffer.from(batch);
    fewer.writeInt32BE(1, BatchOffset.recordsCount);
    expect(() => decodeRecordBatch(fewer, 0, { verifyCrc: false })).toThrow(/remain after/);
    const huge = Buffer.from(batch);
    huge.writeInt32BE(0x7fffffff, BatchOffset.recordsCount);
    expect(() => decodeRecordBatch(huge, 0, { verifyCrc: false })).toThrow(/cannot fit/);
  });

  it('honours a caller-given bound on the decompressed section', () => {
    const big = encodeRecordBatch({ records: [{ timestamp: 0, value: Buffer.alloc(200_000) }], compression: CompressionType.zstd });
    expect(big.length).toBeLessThan(1000);
    expect(() => decodeRecordBatch(big, 0, { decompressedBytesMax: 100_000 })).toThrow(DecompressedSizeLimitError);
    expect(decodeRecordBatch(big).records[0]!.value!.length).toBe(200_000);
  });

  it('throws only DecodeError for any corruption of any codec, with or without CRC checks', () => {
    const samples = CODECS.map((compression) =>
      encodeRecordBatch({ compression, records: [{ timestamp: 9, key: Buffer.from('key'), value: Buffer.from('value '.repeat(40)), headers: [{ key: 'a', value: null }] }] }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean(), (sample, at, flip, verifyCrc) => {
        const bad = Buffer.from(sample);
        const index = at % bad.length;
        bad[index] = bad[index]! ^ flip;
        try {
          decodeRecordBatch(bad, 0, { verifyCrc });
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (random) => {
        try {
          decodeRecordBatch(Buffer.from(random), 0, { verifyCrc: false });
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
        }
      }),
    );
  });
});

describe('iterating batches', () => {
  const first = encodeRecordBatch({ records: [{ timestamp: 1, value: Buffer.from('a') }], baseOffset: 0 });
  const second = encodeRecordBatch({ records: [{ timestamp: 2, value: Buffer.from('b') }, { timestamp: 3, value: Buffer.from('c') }], baseOffset: 1, compression: CompressionType.snappy });
  const both = Buffer.concat([first, second]);

  it('yields every complete batch and stops cleanly at a partial trailing batch (a Fetch response cut short)', () => {
    for (let end = 0; end <= both.length; end++) {
      const view = both.subarray(0, end);
      const expected = end >= both.length ? 2 : end >= first.length ? 1 : 0;
      const batches = decodeRecordBatches(view);
      expect(batches.length).toBe(expected);
      expect(completeBatchesBytes(view)).toBe(expected === 2 ? both.length : expected === 1 ? first.length : 0);
    }
    expect(decodeRecordBatches(both).flatMap((b) => b.records.map((r) => [r.offset, r.value!.toString()]))).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ]);
  });

  it('reports spans without decoding and honours start and end', () => {
    expect([...iterateBatchSpans(both)]).toEqual([
      { position: 0, sizeBytes: first.length },
      { position: first.length, sizeBytes: second.length },
    ]);
    const padded = Buffer.concat([Buffer.alloc(5), both, Buffer.alloc(7)]);
    const batches = [...iterateRecordBatches(padded, {}, 5, 5 + both.length)];
    expect(batches.map((b) => b.header.baseOffset)).toEqual([0, 1]);
  });

  it('throws DecodeError for a batchLength no truncation can explain', () => {
    const broken = Buffer.from(both);
    broken.writeInt32BE(10, first.length + BatchOffset.batchLength);
    expect(() => decodeRecordBatches(broken)).toThrow(DecodeError);
  });
});

describe('control records', () => {
  it('builds transaction markers as Kafka writes them and reads them back', () => {
    for (const type of [ControlRecordType.commit, ControlRecordType.abort]) {
      const buf = encodeEndTxnMarkerBatch({ type, producerId: 4000n, producerEpoch: 2, coordinatorEpoch: 11, timestamp: 1234, baseOffset: 50, partitionLeaderEpoch: 3 });
      const batch = decodeRecordBatch(buf);
      expect(batch).toMatchObject({ isControl: true, isTransactional: true, compression: CompressionType.none });
      expect(batch.header).toMatchObject({ producerId: 4000n, producerEpoch: 2, baseSequence: -1, baseOffset: 50, partitionLeaderEpoch: 3, recordsCount: 1 });
      const record = batch.records[0]!;
      expect(record.key!.toString('hex')).toBe(type === ControlRecordType.commit ? '00000001' : '00000000');
      expect(record.value!.toString('hex')).toBe('00000000000b');
      expect(readEndTxnMarker(record)).toEqual({ type, coordinatorEpoch: 11 });
    }
  });

  it('reads newer key versions and skips non-transaction control records', () => {
    expect(decodeControlRecordKey(Buffer.from('000100020000', 'hex'))).toEqual({ version: 1, type: 2 });
    const leaderChange = decodeRecordBatch(
      encodeRecordBatch({ isControl: true, records: [{ timestamp: 0, key: encodeControlRecordKey(ControlRecordType.leaderChange), value: Buffer.alloc(4) }] }),
    );
    expect(readEndTxnMarker(leaderChange.records[0]!)).toBeNull();
    expect(() => decodeControlRecordKey(Buffer.from('0000', 'hex'))).toThrow(DecodeError);
    expect(() => decodeControlRecordKey(null)).toThrow(DecodeError);
    expect(() => decodeControlRecordKey(Buffer.from('ffff0001', 'hex'))).toThrow(/version/);
  });
});

// Keep the input type honest: a decoded record can be fed back to the encoder.
const _reencode: (b: ReturnType<typeof decodeRecordBatch>) => RecordBatchInput = (b) => ({ records: b.records });
void _reencode;
