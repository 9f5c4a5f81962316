// Goal: validateProducedBatches answers a Produce request's records the way Kafka's broker does
// (ProduceRequest.validateRecords, UnifiedLog.analyzeAndValidateRecords, LogValidator) with the
// same error codes, from headers and the CRC alone. Method: one well-formed batch per codec
// accepted; each rule broken in isolation (the CRC recomputed where the rule is not the CRC's)
// and its code checked; every truncation point; several batches with and without a version.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors.js';
import { encodeRecordBatch, type RecordBatchInput } from './batch.js';
import { BatchOffset, CompressionType, computeBatchCrc } from './batch-header.js';
import { encodeEndTxnMarkerBatch, ControlRecordType } from './control.js';
import { validateProducedBatches, type ValidateProducedResult } from './validate.js';

const LIMIT = { maxMessageBytes: 1_048_588 };

function batch(overrides: Partial<RecordBatchInput> = {}): Buffer {
  return encodeRecordBatch({
    records: [
      { timestamp: 1000, key: Buffer.from('k'), value: Buffer.from('v1') },
      { timestamp: 1001, key: Buffer.from('k'), value: Buffer.from('v2') },
    ],
    ...overrides,
  });
}

/** Applies `edit` to a copy, then re-seals the CRC so only the edited rule is broken. */
function edited(buf: Buffer, edit: (b: Buffer) => void): Buffer {
  const copy = Buffer.from(buf);
  edit(copy);
  copy.writeUInt32BE(computeBatchCrc(copy, 0), BatchOffset.crc);
  return copy;
}

function expectError(result: ValidateProducedResult, code: number, message?: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errorCode).toBe(code);
  if (message) expect(result.message).toMatch(message);
}

describe('validateProducedBatches', () => {
  it('accepts one well-formed batch of every codec, idempotent and transactional ones too', () => {
    for (const compression of [0, 1, 2, 3, 4] as CompressionType[]) {
      const result = validateProducedBatches(batch({ compression }), { ...LIMIT, produceVersion: 11 });
      expect(result).toMatchObject({ ok: true, batchCount: 1, recordCount: 2 });
    }
    const txn = batch({ producerId: 5n, producerEpoch: 0, baseSequence: 0, isTransactional: true });
    const result = validateProducedBatches(txn, LIMIT);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.batches[0]).toMatchObject({ position: 0, sizeBytes: txn.length, header: { producerId: 5n, baseSequence: 0 } });
  });

  it('rejects an empty partition payload with INVALID_RECORD', () => {
    expectError(validateProducedBatches(Buffer.alloc(0), LIMIT), ErrorCode.INVALID_RECORD);
  });

  it('rejects every truncation of a batch with CORRUPT_MESSAGE (Kafka would trim; no client sends one)', () => {
    const good = batch();
    for (let end = 1; end < good.length; end++) {
      expectError(validateProducedBatches(good.subarray(0, end), LIMIT), ErrorCode.CORRUPT_MESSAGE);
    }
    expectError(validateProducedBatches(Buffer.concat([good, good.subarray(0, 20)]), LIMIT), ErrorCode.CORRUPT_MESSAGE, /declares/);
  });

  it('rejects a batchLength below the v2 header with CORRUPT_MESSAGE', () => {
    const good = batch();
    const short = Buffer.from(good);
    short.writeInt32BE(13, BatchOffset.batchLength);
    expectError(validateProducedBatches(short, LIMIT), ErrorCode.CORRUPT_MESSAGE, /below the minimum/);
  });

  it('rejects an impossible magic with CORRUPT_MESSAGE and magic 0/1 with INVALID_RECORD', () => {
    expectError(validateProducedBatches(edited(batch(), (b) => b.writeInt8(3, BatchOffset.magic)), LIMIT), ErrorCode.CORRUPT_MESSAGE, /magic 3/);
    expectError(validateProducedBatches(edited(batch(), (b) => b.writeInt8(-1, BatchOffset.magic)), LIMIT), ErrorCode.CORRUPT_MESSAGE);
    for (const magic of [0, 1]) {
      const old = edited(batch(), (b) => b.writeInt8(magic, BatchOffset.magic));
      expectError(validateProducedBatches(old, LIMIT), ErrorCode.INVALID_RECORD, /magic/);
      expectError(validateProducedBatches(old, { ...LIMIT, produceVersion: 9 }), ErrorCode.INVALID_RECORD, /magic 2/);
    }
  });

  it('rejects a CRC mismatch with CORRUPT_MESSAGE', () => {
    const bad = batch();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0x40;
    expectError(validateProducedBatches(bad, LIMIT), ErrorCode.CORRUPT_MESSAGE, /crc/);
  });

  it('rejects a batch larger than max.message.bytes with MESSAGE_TOO_LARGE, and accepts one exactly at it', () => {
    const big = batch({ records: [{ timestamp: 0, value: Buffer.alloc(5000) }] });
    expectError(validateProducedBatches(big, { maxMessageBytes: big.length - 1 }), ErrorCode.MESSAGE_TOO_LARGE);
    expect(validateProducedBatches(big, { maxMessageBytes: big.length }).ok).toBe(true);
  });

  it('checks the size before the CRC, as Kafka does', () => {
    const bad = batch();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0x40;
    expectError(validateProducedBatches(bad, { maxMessageBytes: 10 }), ErrorCode.MESSAGE_TOO_LARGE);
  });

  it('rejects a non-zero baseOffset with INVALID_RECORD', () => {
    expectError(validateProducedBatches(batch({ baseOffset: 5 }), LIMIT), ErrorCode.INVALID_RECORD, /baseOffset/);
  });

  it('rejects record counts that disagree with the offset range, for compressed batches too', () => {
    for (const compression of [CompressionType.none, CompressionType.lz4]) {
      const good = batch({ compression });
      expectError(validateProducedBatches(edited(good, (b) => b.writeInt32BE(3, BatchOffset.recordsCount)), LIMIT), ErrorCode.INVALID_RECORD, /inconsistent/);
      expectError(validateProducedBatches(edited(good, (b) => b.writeInt32BE(0, BatchOffset.recordsCount)), LIMIT), ErrorCode.INVALID_RECORD, /count/);
      expectError(validateProducedBatches(edited(good, (b) => b.writeInt32BE(-1, BatchOffset.lastOffsetDelta)), LIMIT), ErrorCode.INVALID_RECORD, /offset range/);
    }
  });

  it('rejects control batches from clients with INVALID_RECORD', () => {
    const marker = encodeEndTxnMarkerBatch({ type: ControlRecordType.commit, producerId: 1n, producerEpoch: 0, coordinatorEpoch: 0, timestamp: 0 });
    expectError(validateProducedBatches(marker, LIMIT), ErrorCode.INVALID_RECORD, /control/);
  });

  it('rejects inconsistent producer fields with INVALID_RECORD', () => {
    expectError(validateProducedBatches(batch({ producerId: 9n, producerEpoch: 0, baseSequence: -1 }), LIMIT), ErrorCode.INVALID_RECORD, /sequence/);
    expectError(validateProducedBatches(batch({ isTransactional: true }), LIMIT), ErrorCode.INVALID_RECORD, /producerId/);
  });

  it('rejects an unknown compression id with CORRUPT_MESSAGE and zstd before produce v7 with UNSUPPORTED_COMPRESSION_TYPE', () => {
    expectError(validateProducedBatches(edited(batch(), (b) => b.writeInt16BE(6, BatchOffset.attributes)), LIMIT), ErrorCode.CORRUPT_MESSAGE, /compression/);
    const zstd = batch({ compression: CompressionType.zstd });
    expectError(validateProducedBatches(zstd, { ...LIMIT, produceVersion: 6 }), ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
    expect(validateProducedBatches(zstd, { ...LIMIT, produceVersion: 7 }).ok).toBe(true);
  });

  it('accepts several batches when no produce version is given, and counts their records', () => {
    const three = Buffer.concat([batch(), batch({ compression: CompressionType.gzip }), batch({ records: [{ timestamp: 0, value: null }] })]);
    const result = validateProducedBatches(three, LIMIT);
    expect(result).toMatchObject({ ok: true, batchCount: 3, recordCount: 5 });
    if (result.ok) expect(result.batches.map((b) => b.position)).toEqual([0, batch().length, batch().length + batch({ compression: CompressionType.gzip }).length]);
  });

  it('rejects more than one batch per partition from produce v3 on, with INVALID_RECORD', () => {
    expectError(validateProducedBatches(Buffer.concat([batch(), batch()]), { ...LIMIT, produceVersion: 3 }), ErrorCode.INVALID_RECORD, /exactly one/);
  });

  it('reports the first failing batch among several', () => {
    const bad = batch();
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 1;
    const result = validateProducedBatches(Buffer.concat([batch(), bad]), LIMIT);
    expectError(result, ErrorCode.CORRUPT_MESSAGE, new RegExp(`position ${batch().length}`));
  });
});
