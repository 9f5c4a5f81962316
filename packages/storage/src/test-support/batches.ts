/**
 * Test helper: builds valid v2 record batches by hand (header fields, records with zigzag
 * varints, CRC-32C), so storage tests do not depend on the protocol package's batch builder.
 */
import { BATCH_HEADER_BYTES, BatchOffset, crc32c } from '@gregor/protocol';

export interface TestRecord {
  key?: Buffer | null;
  value: Buffer | null;
  /** Absolute timestamp; defaults to the batch's base timestamp. */
  timestampMs?: number;
}

export interface BatchOptions {
  baseOffset?: number;
  baseTimestampMs?: number;
  partitionLeaderEpoch?: number;
}

function varintBytes(value: number): number[] {
  let v = BigInt(value);
  v = (v << 1n) ^ (v >> 63n); // zigzag
  v = BigInt.asUintN(64, v);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function readVarint(buf: Buffer, at: number): { value: number; next: number } {
  let result = 0n;
  let shift = 0n;
  let i = at;
  for (;;) {
    const byte = buf[i++]!;
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) break;
    shift += 7n;
  }
  const decoded = (result >> 1n) ^ -(result & 1n);
  return { value: Number(decoded), next: i };
}

/** A v2 batch (uncompressed, non-transactional, producer id -1) holding `records`. */
export function buildBatch(records: readonly TestRecord[], opts: BatchOptions = {}): Buffer {
  if (records.length === 0) throw new RangeError('a batch needs at least one record');
  const baseTimestamp = opts.baseTimestampMs ?? records[0]!.timestampMs ?? 0;
  let maxTimestamp = -1;
  const parts: Buffer[] = [];
  records.forEach((record, i) => {
    const ts = record.timestampMs ?? baseTimestamp;
    maxTimestamp = Math.max(maxTimestamp, ts);
    const key = record.key ?? null;
    const value = record.value;
    const body = Buffer.concat([
      Buffer.from([0]), // attributes
      Buffer.from(varintBytes(ts - baseTimestamp)),
      Buffer.from(varintBytes(i)),
      Buffer.from(varintBytes(key === null ? -1 : key.length)),
      key ?? Buffer.alloc(0),
      Buffer.from(varintBytes(value === null ? -1 : value.length)),
      value ?? Buffer.alloc(0),
      Buffer.from(varintBytes(0)), // headers
    ]);
    parts.push(Buffer.from(varintBytes(body.length)), body);
  });
  const recordBytes = Buffer.concat(parts);
  const batch = Buffer.alloc(BATCH_HEADER_BYTES + recordBytes.length);
  batch.writeBigInt64BE(BigInt(opts.baseOffset ?? 0), BatchOffset.baseOffset);
  batch.writeInt32BE(batch.length - 12, BatchOffset.batchLength);
  batch.writeInt32BE(opts.partitionLeaderEpoch ?? -1, BatchOffset.partitionLeaderEpoch);
  batch.writeInt8(2, BatchOffset.magic);
  batch.writeInt16BE(0, BatchOffset.attributes);
  batch.writeInt32BE(records.length - 1, BatchOffset.lastOffsetDelta);
  batch.writeBigInt64BE(BigInt(baseTimestamp), BatchOffset.baseTimestamp);
  batch.writeBigInt64BE(BigInt(maxTimestamp), BatchOffset.maxTimestamp);
  batch.writeBigInt64BE(-1n, BatchOffset.producerId);
  batch.writeInt16BE(-1, BatchOffset.producerEpoch);
  batch.writeInt32BE(-1, BatchOffset.baseSequence);
  batch.writeInt32BE(records.length, BatchOffset.recordsCount);
  recordBytes.copy(batch, BATCH_HEADER_BYTES);
  batch.writeUInt32BE(crc32c(batch, BatchOffset.attributes, batch.length), BatchOffset.crc);
  return batch;
}

/** `count` records whose values are `value-<i>` padded to `valueBytes`, all at `timestampMs`. */
export function simpleBatch(count: number, timestampMs = 0, valueBytes = 8, opts: BatchOptions = {}): Buffer {
  const records: TestRecord[] = [];
  for (let i = 0; i < count; i++) {
    const value = Buffer.alloc(valueBytes, 0x61 + (i % 26));
    records.push({ value, timestampMs });
  }
  return buildBatch(records, { baseTimestampMs: timestampMs, ...opts });
}

export interface DecodedRecord {
  offset: number;
  timestampMs: number;
  key: Buffer | null;
  value: Buffer | null;
}

/** Decodes every record of the (uncompressed) batches in `chunks`, with absolute offsets. */
export function decodeRecords(chunks: readonly Buffer[]): DecodedRecord[] {
  const out: DecodedRecord[] = [];
  for (const chunk of chunks) {
    let p = 0;
    while (p < chunk.length) {
      const size = chunk.readInt32BE(p + BatchOffset.batchLength) + 12;
      const baseOffset = Number(chunk.readBigInt64BE(p + BatchOffset.baseOffset));
      const baseTimestamp = Number(chunk.readBigInt64BE(p + BatchOffset.baseTimestamp));
      const count = chunk.readInt32BE(p + BatchOffset.recordsCount);
      let r = p + BATCH_HEADER_BYTES;
      for (let i = 0; i < count; i++) {
        const length = readVarint(chunk, r);
        let q = length.next + 1; // attributes
        const tsDelta = readVarint(chunk, q);
        const offsetDelta = readVarint(chunk, tsDelta.next);
        const keyLength = readVarint(chunk, offsetDelta.next);
        q = keyLength.next;
        const key = keyLength.value < 0 ? null : chunk.subarray(q, q + keyLength.value);
        q += Math.max(0, keyLength.value);
        const valueLength = readVarint(chunk, q);
        q = valueLength.next;
        const value = valueLength.value < 0 ? null : chunk.subarray(q, q + valueLength.value);
        out.push({ offset: baseOffset + offsetDelta.value, timestampMs: baseTimestamp + tsDelta.value, key, value });
        r = length.next + length.value;
      }
      p += size;
    }
  }
  return out;
}

/** Base offsets and last offsets of the batches in `chunks`. */
export function batchRanges(chunks: readonly Buffer[]): { baseOffset: number; lastOffset: number }[] {
  const out: { baseOffset: number; lastOffset: number }[] = [];
  for (const chunk of chunks) {
    let p = 0;
    while (p < chunk.length) {
      const baseOffset = Number(chunk.readBigInt64BE(p + BatchOffset.baseOffset));
      out.push({ baseOffset, lastOffset: baseOffset + chunk.readInt32BE(p + BatchOffset.lastOffsetDelta) });
      p += chunk.readInt32BE(p + BatchOffset.batchLength) + 12;
    }
  }
  return out;
}
