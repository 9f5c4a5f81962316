import { crc32c } from './crc32c.js';

/**
 * The v2 record batch header (KIP-98), identical on the wire and on disk:
 *
 *   baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 | crc uint32 |
 *   attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 | maxTimestamp int64 |
 *   producerId int64 | producerEpoch int16 | baseSequence int32 | recordsCount int32 | records...
 *
 * batchLength counts the bytes after itself; the CRC-32C covers attributes to the end. Only
 * these 61 bytes are read or patched on the produce and fetch paths; record bytes stay opaque.
 */
export const BatchOffset = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordsCount: 57,
  records: 61,
} as const;

/** Size of the batch header, up to the first record. */
export const BATCH_HEADER_BYTES = 61;
/** baseOffset + batchLength: the bytes before the length-counted part of the batch. */
export const BATCH_LOG_OVERHEAD_BYTES = 12;
export const CURRENT_MAGIC = 2;

/** Attribute bits (KIP-98, KIP-32). */
export const Attributes = {
  compressionMask: 0x07,
  timestampTypeLogAppend: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export const CompressionType = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
export type CompressionType = (typeof CompressionType)[keyof typeof CompressionType];

/** The header fields of a batch, with offsets and timestamps as JS numbers (exact to 2^53). */
export interface BatchHeader {
  baseOffset: number;
  /** Bytes after the batchLength field; the whole batch is batchLength + 12 bytes. */
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
}

/** Reads a batch header at `pos` (the caller checks that 61 bytes are there). */
export function readBatchHeader(buf: Buffer, pos = 0): BatchHeader {
  return {
    baseOffset: Number(buf.readBigInt64BE(pos + BatchOffset.baseOffset)),
    batchLength: buf.readInt32BE(pos + BatchOffset.batchLength),
    partitionLeaderEpoch: buf.readInt32BE(pos + BatchOffset.partitionLeaderEpoch),
    magic: buf.readInt8(pos + BatchOffset.magic),
    crc: buf.readUInt32BE(pos + BatchOffset.crc),
    attributes: buf.readInt16BE(pos + BatchOffset.attributes),
    lastOffsetDelta: buf.readInt32BE(pos + BatchOffset.lastOffsetDelta),
    baseTimestamp: Number(buf.readBigInt64BE(pos + BatchOffset.baseTimestamp)),
    maxTimestamp: Number(buf.readBigInt64BE(pos + BatchOffset.maxTimestamp)),
    producerId: buf.readBigInt64BE(pos + BatchOffset.producerId),
    producerEpoch: buf.readInt16BE(pos + BatchOffset.producerEpoch),
    baseSequence: buf.readInt32BE(pos + BatchOffset.baseSequence),
    recordsCount: buf.readInt32BE(pos + BatchOffset.recordsCount),
  };
}

/** Size in bytes of the whole batch starting at `pos` (batchLength + 12). */
export function batchSizeAt(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + BatchOffset.batchLength) + BATCH_LOG_OVERHEAD_BYTES;
}

export function baseOffsetAt(buf: Buffer, pos: number): number {
  return Number(buf.readBigInt64BE(pos + BatchOffset.baseOffset));
}

/** Offset of the last record: baseOffset + lastOffsetDelta. */
export function lastOffsetAt(buf: Buffer, pos: number): number {
  return baseOffsetAt(buf, pos) + buf.readInt32BE(pos + BatchOffset.lastOffsetDelta);
}

/** Computes the CRC-32C a batch at `pos` should carry (attributes to end). */
export function computeBatchCrc(buf: Buffer, pos: number): number {
  const end = pos + batchSizeAt(buf, pos);
  return crc32c(buf, pos + BatchOffset.attributes, end);
}

/** True when the stored CRC matches the batch bytes. */
export function isBatchCrcValid(buf: Buffer, pos: number): boolean {
  return buf.readUInt32BE(pos + BatchOffset.crc) === computeBatchCrc(buf, pos);
}

/**
 * Rewrites baseOffset in place. baseOffset and partitionLeaderEpoch sit before the CRC's range,
 * so assigning offsets and stamping the leader epoch never require recomputing the CRC.
 */
export function setBaseOffset(buf: Buffer, pos: number, baseOffset: number): void {
  buf.writeBigInt64BE(BigInt(baseOffset), pos + BatchOffset.baseOffset);
}

export function setPartitionLeaderEpoch(buf: Buffer, pos: number, leaderEpoch: number): void {
  buf.writeInt32BE(leaderEpoch, pos + BatchOffset.partitionLeaderEpoch);
}

/**
 * Sets maxTimestamp and the log-append-time bit, then recomputes the CRC (both are inside its
 * range). Used when a topic has message.timestamp.type=LogAppendTime.
 */
export function setLogAppendTime(buf: Buffer, pos: number, timestampMs: number): void {
  const attributes = buf.readInt16BE(pos + BatchOffset.attributes) | Attributes.timestampTypeLogAppend;
  buf.writeInt16BE(attributes, pos + BatchOffset.attributes);
  buf.writeBigInt64BE(BigInt(timestampMs), pos + BatchOffset.maxTimestamp);
  buf.writeUInt32BE(computeBatchCrc(buf, pos), pos + BatchOffset.crc);
}
