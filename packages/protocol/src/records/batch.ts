import { DecodeError } from '../primitives/index.js';
import {
  Attributes,
  BATCH_HEADER_BYTES,
  BATCH_LOG_OVERHEAD_BYTES,
  BatchOffset,
  type BatchHeader,
  CompressionType,
  CURRENT_MAGIC,
  computeBatchCrc,
  readBatchHeader,
} from './batch-header.js';
import { compress, decompress, isCompressionType } from './compression/index.js';
import { crc32c } from './crc32c.js';
import { CorruptBatchError } from './errors.js';
import { DECOMPRESSED_BATCH_BYTES_MAX, ENCODE_SCRATCH_BYTES_MAX } from './limits.js';
import {
  checkInt32,
  type KafkaRecord,
  readRecord,
  RECORD_BYTES_MIN,
  type RecordContext,
  type RecordInput,
  recordBodySize,
  writeRecord,
} from './record.js';
import { VarintReader, varintSize } from './varint.js';

/**
 * Encoding and decoding of whole v2 record batches (KIP-98). The broker's produce and fetch
 * paths never come here (they read headers only, see validate.ts and batch-header.ts); clients,
 * tests, the transaction coordinator's markers and compaction do.
 */

/** Timestamp types (KIP-32): attribute bit 3 clear is CreateTime, set is LogAppendTime. */
export const TimestampType = { createTime: 0, logAppendTime: 1 } as const;
export type TimestampType = (typeof TimestampType)[keyof typeof TimestampType];

/** The smallest legal batchLength: a header with no records (61 - 12 bytes). */
export const BATCH_LENGTH_MIN = BATCH_HEADER_BYTES - BATCH_LOG_OVERHEAD_BYTES;

export interface RecordBatchInput {
  records: readonly RecordInput[];
  /** Default 0: producers send 0 and the leader assigns offsets in place. */
  baseOffset?: number;
  /** Default -1: producers send -1 and the leader stamps its epoch. */
  partitionLeaderEpoch?: number;
  /** Default none. */
  compression?: CompressionType;
  /** gzip 1-9, zstd 1-22 (Kafka's compression.gzip.level / compression.zstd.level). */
  compressionLevel?: number;
  /** Default createTime. */
  timestampType?: TimestampType;
  isTransactional?: boolean;
  isControl?: boolean;
  /** Default -1 (no idempotence). */
  producerId?: bigint | number;
  /** Default -1. */
  producerEpoch?: number;
  /** Default -1. */
  baseSequence?: number;
  /** Default: the first record's timestamp (-1 for an empty batch), as Kafka's MemoryRecordsBuilder. */
  baseTimestamp?: number;
  /** Default: the largest record timestamp. Under LogAppendTime, pass the append time. */
  maxTimestamp?: number;
  /** Default: the last record's offsetDelta. Set it for an empty batch that keeps an offset range. */
  lastOffsetDelta?: number;
}

export interface DecodedRecordBatch {
  header: BatchHeader;
  compression: CompressionType;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  records: KafkaRecord[];
  /** Bytes the batch occupies: batchLength + 12. */
  sizeBytes: number;
}

export interface DecodeBatchOptions {
  /** Check the CRC-32C (default true), as consumers do with check.crcs=true. */
  verifyCrc?: boolean;
  /** Bound on the decompressed records section (default DECOMPRESSED_BATCH_BYTES_MAX). */
  decompressedBytesMax?: number;
}

/** The attributes field for the given batch properties. */
export function batchAttributes(
  compression: CompressionType,
  timestampType: TimestampType,
  isTransactional: boolean,
  isControl: boolean,
): number {
  return (
    compression |
    (timestampType === TimestampType.logAppendTime ? Attributes.timestampTypeLogAppend : 0) |
    (isTransactional ? Attributes.transactional : 0) |
    (isControl ? Attributes.control : 0)
  );
}

// Reused between calls (fresh memory is slow to touch); see ENCODE_SCRATCH_BYTES_MAX.
let scratch = Buffer.allocUnsafe(64 * 1024);
let sizesScratch = new Int32Array(1024);

function scratchFor(bytes: number): Buffer {
  if (bytes > ENCODE_SCRATCH_BYTES_MAX) return Buffer.allocUnsafe(bytes);
  if (scratch.length < bytes) {
    let size = scratch.length;
    while (size < bytes) size *= 2;
    scratch = Buffer.allocUnsafe(size);
  }
  return scratch;
}

/**
 * Builds a complete v2 batch: header, records (compressed if asked) and CRC-32C. Offsets are
 * given as deltas from baseOffset, timestamps as deltas from baseTimestamp; lastOffsetDelta and
 * maxTimestamp are derived from the records unless given. Throws RangeError on input that
 * cannot be encoded (offsetDeltas not increasing, fields out of range).
 */
export function encodeRecordBatch(input: RecordBatchInput): Buffer {
  const records = input.records;
  const count = records.length;
  const compression = input.compression ?? CompressionType.none;
  if (!isCompressionType(compression)) throw new RangeError(`unknown compression type ${String(compression)}`);
  const baseTimestamp = input.baseTimestamp ?? (count > 0 ? records[0]!.timestamp : -1);
  if (!Number.isSafeInteger(baseTimestamp)) throw new RangeError(`baseTimestamp ${baseTimestamp} is not an integer`);

  if (sizesScratch.length < count) sizesScratch = new Int32Array(Math.max(count, sizesScratch.length * 2));
  const sizes = sizesScratch;
  let recordsBytes = 0;
  let maxTimestamp = -1;
  let previousDelta = -1;
  for (let i = 0; i < count; i++) {
    const record = records[i]!;
    const offsetDelta = record.offsetDelta ?? i;
    checkInt32('offsetDelta', offsetDelta);
    if (offsetDelta <= previousDelta) {
      throw new RangeError(`offsetDelta ${offsetDelta} of record ${i} does not follow ${previousDelta}`);
    }
    previousDelta = offsetDelta;
    if (!Number.isSafeInteger(record.timestamp)) throw new RangeError(`timestamp ${record.timestamp} is not an integer`);
    if (record.timestamp > maxTimestamp) maxTimestamp = record.timestamp;
    const body = recordBodySize(record, offsetDelta, record.timestamp - baseTimestamp);
    sizes[i] = body;
    recordsBytes += varintSize(body) + body;
  }
  const lastOffsetDelta = input.lastOffsetDelta ?? (count > 0 ? previousDelta : 0);
  checkInt32('lastOffsetDelta', lastOffsetDelta);
  if (lastOffsetDelta < previousDelta) {
    throw new RangeError(`lastOffsetDelta ${lastOffsetDelta} is below the last record's offsetDelta ${previousDelta}`);
  }

  const writeRecords = (target: Buffer, pos: number): void => {
    for (let i = 0; i < count; i++) {
      const record = records[i]!;
      pos = writeRecord(target, pos, record, record.offsetDelta ?? i, record.timestamp - baseTimestamp, sizes[i]!);
    }
  };

  let buf: Buffer;
  if (compression === CompressionType.none || count === 0) {
    buf = Buffer.allocUnsafe(BATCH_HEADER_BYTES + recordsBytes);
    writeRecords(buf, BATCH_HEADER_BYTES);
  } else {
    const plain = scratchFor(recordsBytes);
    writeRecords(plain, 0);
    const compressed = compress(compression, plain.subarray(0, recordsBytes), input.compressionLevel);
    buf = Buffer.allocUnsafe(BATCH_HEADER_BYTES + compressed.length);
    compressed.copy(buf, BATCH_HEADER_BYTES);
  }

  const attributes = batchAttributes(
    compression,
    input.timestampType ?? TimestampType.createTime,
    input.isTransactional ?? false,
    input.isControl ?? false,
  );
  buf.writeBigInt64BE(BigInt(input.baseOffset ?? 0), BatchOffset.baseOffset);
  buf.writeInt32BE(buf.length - BATCH_LOG_OVERHEAD_BYTES, BatchOffset.batchLength);
  buf.writeInt32BE(input.partitionLeaderEpoch ?? -1, BatchOffset.partitionLeaderEpoch);
  buf.writeInt8(CURRENT_MAGIC, BatchOffset.magic);
  buf.writeInt16BE(attributes, BatchOffset.attributes);
  buf.writeInt32BE(lastOffsetDelta, BatchOffset.lastOffsetDelta);
  buf.writeBigInt64BE(BigInt(baseTimestamp), BatchOffset.baseTimestamp);
  buf.writeBigInt64BE(BigInt(input.maxTimestamp ?? maxTimestamp), BatchOffset.maxTimestamp);
  buf.writeBigInt64BE(BigInt(input.producerId ?? -1), BatchOffset.producerId);
  buf.writeInt16BE(input.producerEpoch ?? -1, BatchOffset.producerEpoch);
  buf.writeInt32BE(input.baseSequence ?? -1, BatchOffset.baseSequence);
  buf.writeInt32BE(count, BatchOffset.recordsCount);
  buf.writeUInt32BE(crc32c(buf, BatchOffset.attributes), BatchOffset.crc);
  return buf;
}

/**
 * Decodes the batch at `pos`: header checks (length, magic 2, CRC), decompression and every
 * record. Throws DecodeError (CorruptBatchError for a CRC mismatch, CompressionError and
 * DecompressedSizeLimitError from the codecs) on anything malformed or truncated. Records'
 * key, value and header values are views into `buf` or into the decompressed section.
 */
export function decodeRecordBatch(buf: Buffer, pos = 0, options: DecodeBatchOptions = {}): DecodedRecordBatch {
  const remaining = buf.length - pos;
  if (remaining < BATCH_HEADER_BYTES) throw new DecodeError(`batch header needs 61 bytes but only ${remaining} remain`);
  const batchLength = buf.readInt32BE(pos + BatchOffset.batchLength);
  if (batchLength < BATCH_LENGTH_MIN) throw new DecodeError(`batchLength ${batchLength} is below the minimum ${BATCH_LENGTH_MIN}`);
  const sizeBytes = batchLength + BATCH_LOG_OVERHEAD_BYTES;
  if (sizeBytes > remaining) throw new DecodeError(`batch of ${sizeBytes} bytes is truncated to ${remaining}`);
  const magic = buf.readInt8(pos + BatchOffset.magic);
  if (magic !== CURRENT_MAGIC) throw new DecodeError(`unsupported batch magic ${magic} (only v2 record batches are read)`);
  if ((options.verifyCrc ?? true) && buf.readUInt32BE(pos + BatchOffset.crc) !== computeBatchCrc(buf, pos)) {
    throw new CorruptBatchError(
      `batch at offset ${readBatchHeader(buf, pos).baseOffset} fails its CRC-32C (stored 0x${buf.readUInt32BE(pos + BatchOffset.crc).toString(16)}, computed 0x${computeBatchCrc(buf, pos).toString(16)})`,
    );
  }
  const header = readBatchHeader(buf, pos);
  const compressionId = header.attributes & Attributes.compressionMask;
  if (!isCompressionType(compressionId)) throw new DecodeError(`unknown compression type ${compressionId}`);
  const timestampType = header.attributes & Attributes.timestampTypeLogAppend ? TimestampType.logAppendTime : TimestampType.createTime;
  const count = header.recordsCount;
  if (count < 0) throw new DecodeError(`invalid records count ${count}`);

  let section = buf.subarray(pos + BATCH_HEADER_BYTES, pos + sizeBytes);
  if (compressionId !== CompressionType.none && section.length > 0) {
    section = decompress(compressionId, section, options.decompressedBytesMax ?? DECOMPRESSED_BATCH_BYTES_MAX);
  }
  if (count * RECORD_BYTES_MIN > section.length) {
    throw new DecodeError(`${count} records cannot fit in a ${section.length}-byte records section`);
  }
  const context: RecordContext = {
    baseOffset: header.baseOffset,
    baseTimestamp: header.baseTimestamp,
    logAppendTime: timestampType === TimestampType.logAppendTime ? header.maxTimestamp : null,
  };
  const reader = new VarintReader(section);
  const records = new Array<KafkaRecord>(count);
  for (let i = 0; i < count; i++) records[i] = readRecord(reader, context);
  if (reader.pos !== section.length) {
    // Kafka: "Incorrect declared batch size, records still remaining in file".
    throw new DecodeError(`${section.length - reader.pos} bytes remain after the batch's ${count} records`);
  }
  return {
    header,
    compression: compressionId,
    timestampType,
    isTransactional: (header.attributes & Attributes.transactional) !== 0,
    isControl: (header.attributes & Attributes.control) !== 0,
    records,
    sizeBytes,
  };
}

export interface BatchSpan {
  /** Byte position of the batch in the buffer. */
  position: number;
  /** batchLength + 12. */
  sizeBytes: number;
}

/**
 * The complete batches in buf[start, end), header fields untouched. Stops cleanly at a partial
 * trailing batch: a Fetch response may end with one (the broker cuts at fetch.max.bytes /
 * max.partition.fetch.bytes) and consumers must ignore it. Throws DecodeError for a batchLength
 * below the v2 minimum, which no truncation can produce.
 */
export function* iterateBatchSpans(buf: Buffer, start = 0, end = buf.length): Generator<BatchSpan> {
  let pos = start;
  while (end - pos >= BATCH_LOG_OVERHEAD_BYTES) {
    const batchLength = buf.readInt32BE(pos + BatchOffset.batchLength);
    if (batchLength < BATCH_LENGTH_MIN) {
      throw new DecodeError(`batchLength ${batchLength} at position ${pos} is below the minimum ${BATCH_LENGTH_MIN}`);
    }
    const sizeBytes = batchLength + BATCH_LOG_OVERHEAD_BYTES;
    if (sizeBytes > end - pos) return;
    yield { position: pos, sizeBytes };
    pos += sizeBytes;
  }
}

/** Bytes at the start of buf[start, end) that are whole batches (a trailing partial batch excluded). */
export function completeBatchesBytes(buf: Buffer, start = 0, end = buf.length): number {
  let bytes = 0;
  for (const span of iterateBatchSpans(buf, start, end)) bytes += span.sizeBytes;
  return bytes;
}

/** Decodes every complete batch in buf[start, end), ignoring a partial trailing batch. */
export function* iterateRecordBatches(
  buf: Buffer,
  options: DecodeBatchOptions = {},
  start = 0,
  end = buf.length,
): Generator<DecodedRecordBatch> {
  const view = end === buf.length ? buf : buf.subarray(0, end);
  for (const span of iterateBatchSpans(view, start, end)) yield decodeRecordBatch(view, span.position, options);
}

/** Decodes every complete batch in the buffer into an array (partial trailing batch ignored). */
export function decodeRecordBatches(buf: Buffer, options: DecodeBatchOptions = {}): DecodedRecordBatch[] {
  return [...iterateRecordBatches(buf, options)];
}
