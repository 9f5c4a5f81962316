import { ErrorCode } from '../errors.js';
import {
  Attributes,
  BATCH_LOG_OVERHEAD_BYTES,
  BatchOffset,
  type BatchHeader,
  CompressionType,
  CURRENT_MAGIC,
  computeBatchCrc,
  readBatchHeader,
} from './batch-header.js';
import { BATCH_LENGTH_MIN } from './batch.js';

/**
 * The broker's checks on a partition's records in a Produce request, made from batch headers
 * and the CRC alone: records are never decoded or decompressed (STYLE.md principle 6). They
 * follow Kafka for magic v2 in the order Kafka makes them:
 *  1. iterating batches (ByteBufferLogInputStream.nextBatchSize): a batchLength below the
 *     minimum or a magic outside 0..2 is CORRUPT_MESSAGE;
 *  2. ProduceRequest.validateRecords (produce v3+): at least one batch, magic 2, and exactly
 *     one batch, else INVALID_RECORD; zstd below produce v7 is UNSUPPORTED_COMPRESSION_TYPE
 *     (KIP-110). Magic 0/1 batches are therefore INVALID_RECORD, as Kafka 4 answers them;
 *  3. UnifiedLog.analyzeAndValidateRecords: baseOffset 0 (INVALID_RECORD), size within
 *     max.message.bytes (MESSAGE_TOO_LARGE), CRC (CORRUPT_MESSAGE);
 *  4. LogValidator.validateBatch: lastOffsetDelta + 1 >= 1, recordsCount >= 1 and equal to
 *     lastOffsetDelta + 1, not a control batch, baseSequence >= 0 when producerId >= 0
 *     (INVALID_RECORD).
 * Where Gregor is stricter than Kafka it says so: a trailing partial batch is CORRUPT_MESSAGE
 * (Kafka silently trims it; no client sends one, so it can only be corruption); an unknown
 * compression id (5-7) is CORRUPT_MESSAGE (Kafka fails it with an internal error); a
 * transactional batch without a producerId is INVALID_RECORD (it could never be committed).
 */

export interface ValidateProducedOptions {
  /** The topic's max.message.bytes (Kafka default 1048588): the largest batch accepted. */
  maxMessageBytes: number;
  /**
   * The Produce request version. When given (3 or more, all Kafka 4 accepts), a partition's
   * records must be exactly one batch, and zstd needs version 7.
   */
  produceVersion?: number;
}

export interface ValidatedBatch {
  position: number;
  sizeBytes: number;
  header: BatchHeader;
}

export type ValidateProducedResult =
  | { ok: true; batchCount: number; recordCount: number; batches: ValidatedBatch[] }
  | { ok: false; errorCode: number; message: string };

const ZSTD_PRODUCE_VERSION_MIN = 7;

function reject(errorCode: number, message: string): ValidateProducedResult {
  return { ok: false, errorCode, message };
}

export function validateProducedBatches(buf: Buffer, options: ValidateProducedOptions): ValidateProducedResult {
  if (buf.length === 0) return reject(ErrorCode.INVALID_RECORD, 'produce data must hold at least one record batch');
  // Pass 1: framing, so that "exactly one batch" and corruption are told apart like Kafka does.
  const spans: number[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const remaining = buf.length - pos;
    if (remaining < BATCH_LOG_OVERHEAD_BYTES) {
      return reject(ErrorCode.CORRUPT_MESSAGE, `trailing ${remaining} bytes at position ${pos} are not a whole batch`);
    }
    const batchLength = buf.readInt32BE(pos + BatchOffset.batchLength);
    if (batchLength < BATCH_LENGTH_MIN) {
      return reject(ErrorCode.CORRUPT_MESSAGE, `batchLength ${batchLength} at position ${pos} is below the minimum ${BATCH_LENGTH_MIN}`);
    }
    if (remaining > BatchOffset.magic) {
      const magic = buf.readInt8(pos + BatchOffset.magic);
      if (magic < 0 || magic > CURRENT_MAGIC) return reject(ErrorCode.CORRUPT_MESSAGE, `invalid magic ${magic} at position ${pos}`);
    }
    const sizeBytes = batchLength + BATCH_LOG_OVERHEAD_BYTES;
    if (sizeBytes > remaining) {
      return reject(ErrorCode.CORRUPT_MESSAGE, `batch at position ${pos} declares ${sizeBytes} bytes but only ${remaining} remain`);
    }
    spans.push(pos, sizeBytes);
    pos += sizeBytes;
  }
  const batchCount = spans.length / 2;
  const produceVersion = options.produceVersion;
  if (produceVersion !== undefined) {
    const firstMagic = buf.readInt8(BatchOffset.magic);
    if (firstMagic !== CURRENT_MAGIC) {
      return reject(ErrorCode.INVALID_RECORD, `produce v${produceVersion} only accepts record batches with magic 2, got magic ${firstMagic}`);
    }
    const compression = buf.readInt16BE(BatchOffset.attributes) & Attributes.compressionMask;
    if (compression === CompressionType.zstd && produceVersion < ZSTD_PRODUCE_VERSION_MIN) {
      return reject(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, `produce v${produceVersion} may not use zstd (needs v7, KIP-110)`);
    }
    if (batchCount > 1) {
      return reject(ErrorCode.INVALID_RECORD, `produce v${produceVersion} allows exactly one record batch per partition, got ${batchCount}`);
    }
  }

  // Pass 2: per-batch checks.
  const batches: ValidatedBatch[] = [];
  let recordCount = 0;
  for (let i = 0; i < spans.length; i += 2) {
    const at = spans[i]!;
    const sizeBytes = spans[i + 1]!;
    const magic = buf.readInt8(at + BatchOffset.magic);
    if (magic !== CURRENT_MAGIC) {
      return reject(ErrorCode.INVALID_RECORD, `batch at position ${at} has magic ${magic}; only magic 2 record batches are accepted`);
    }
    const header = readBatchHeader(buf, at);
    if (header.baseOffset !== 0) {
      return reject(ErrorCode.INVALID_RECORD, `batch at position ${at} has baseOffset ${header.baseOffset}; producers must send 0`);
    }
    if (sizeBytes > options.maxMessageBytes) {
      return reject(
        ErrorCode.MESSAGE_TOO_LARGE,
        `record batch of ${sizeBytes} bytes exceeds max.message.bytes ${options.maxMessageBytes}`,
      );
    }
    const computed = computeBatchCrc(buf, at);
    if (header.crc !== computed) {
      return reject(
        ErrorCode.CORRUPT_MESSAGE,
        `batch at position ${at} is corrupt (stored crc 0x${header.crc.toString(16)}, computed 0x${computed.toString(16)})`,
      );
    }
    const compression = header.attributes & Attributes.compressionMask;
    if (compression > CompressionType.zstd) {
      return reject(ErrorCode.CORRUPT_MESSAGE, `batch at position ${at} has unknown compression type ${compression}`);
    }
    const countFromOffsets = header.lastOffsetDelta + 1;
    if (countFromOffsets <= 0) {
      return reject(ErrorCode.INVALID_RECORD, `batch has an invalid offset range: lastOffsetDelta ${header.lastOffsetDelta}`);
    }
    if (header.recordsCount <= 0) {
      return reject(ErrorCode.INVALID_RECORD, `invalid reported count for record batch: ${header.recordsCount}`);
    }
    if (header.recordsCount !== countFromOffsets) {
      return reject(
        ErrorCode.INVALID_RECORD,
        `inconsistent batch offset range [0, ${header.lastOffsetDelta}] and count of records ${header.recordsCount}`,
      );
    }
    if (header.attributes & Attributes.control) {
      return reject(ErrorCode.INVALID_RECORD, 'clients are not allowed to write control records');
    }
    const hasProducerId = header.producerId >= 0n;
    if (hasProducerId && header.baseSequence < 0) {
      return reject(
        ErrorCode.INVALID_RECORD,
        `invalid sequence number ${header.baseSequence} in record batch with producerId ${header.producerId}`,
      );
    }
    if (header.attributes & Attributes.transactional && !hasProducerId) {
      return reject(ErrorCode.INVALID_RECORD, 'a transactional record batch needs a producerId');
    }
    recordCount += header.recordsCount;
    batches.push({ position: at, sizeBytes, header });
  }
  return { ok: true, batchCount, recordCount, batches };
}
