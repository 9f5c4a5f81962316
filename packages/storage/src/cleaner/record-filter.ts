/**
 * What the cleaner keeps of one batch (Kafka's Cleaner.shouldRetainRecord and the
 * RecordFilter of MemoryRecords.filterTo), and the batch it writes in its place. Pure: bytes
 * in, bytes out; the clock arrives as `nowMs`.
 *
 * Rules, per record of a data batch below the map's end:
 * - a keyed record survives when it is the latest for its key in the offset map (its offset is
 *   at least the mapped one; keys the map has not seen are latest by definition);
 * - a tombstone (null value) that is the latest for its key survives until its batch's delete
 *   horizon. The first pass that keeps a tombstone stamps the horizon, now + delete.retention.ms,
 *   into the rewritten batch the KIP-534 way: attribute bit 0x40 set and the horizon stored as
 *   the baseTimestamp (record timestamp deltas are rewritten against it, so every record keeps
 *   its timestamp);
 * - a record without a key is kept (Kafka's cleaner drops them; the broker refuses keyless
 *   produce to compacted topics, so only data written before the topic became compacted has
 *   them, and dropping it silently would lose it);
 * - records at or past the map's end are kept (Kafka's `pastLatestOffset`).
 * Whole batches:
 * - control batches (transaction markers) are kept as they are (Kafka removes a marker once its
 *   transaction has no data left and its horizon passed; keeping it costs a few bytes);
 * - transactional data (see transactions.ts): committed data is compacted like any other;
 *   aborted data is removed and never enters the offset map; undecided data (no marker yet in
 *   the sealed segments) is kept as it is and never enters the map;
 * - a batch that keeps every record, and needs no horizon stamped, is copied byte for byte;
 * - a batch left with no record disappears, unless it must keep its offsets (the last batch of
 *   a cleaned segment, so the segment still ends where the next begins, as Kafka's "last batch of
 *   the cleaning round"; or the last batch of an active idempotent producer, which carries its
 *   last sequence): then it stays as an empty batch (Kafka's RETAIN_EMPTY: no records,
 *   uncompressed, original base offset, lastOffsetDelta, producer fields and maxTimestamp).
 * Rewritten batches keep baseOffset, lastOffsetDelta, every kept record's offsetDelta, the
 * leader epoch, producer id/epoch/base sequence, compression codec, timestamp type and
 * maxTimestamp; so offsets never move and nothing is reordered. Kept records are copied byte
 * for byte (only the KIP-534 stamping re-encodes them, rewriting their timestamp deltas).
 */
import {
  Attributes,
  BATCH_HEADER_BYTES,
  BATCH_LOG_OVERHEAD_BYTES,
  BatchOffset,
  CompressionType,
  DecodeError,
  TimestampType,
  compress,
  computeBatchCrc,
  decodeRecordBatch,
  encodeRecordBatch,
  type RecordInput,
} from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';
import type { OffsetMap } from './offset-map.js';
import { RecordCursor, recordsSection } from './record-cursor.js';
import type { TransactionOutcomes } from './transactions.js';

export interface FilterRules {
  map: OffsetMap;
  transactions: TransactionOutcomes;
  /** Offset after the last batch the map covers (Kafka's map.latestOffset + 1): later records are kept. */
  mapEndOffset: number;
  nowMs: number;
  /** delete.retention.ms. */
  deleteRetentionMs: number;
}

export interface FilterStats {
  recordsRead: number;
  recordsKept: number;
  tombstonesRemoved: number;
  /** Bytes of records sections examined, decompressed (the pass paces its steps by it). */
  sectionBytes: number;
}

/** The batch survives byte for byte. */
export const KEEP = 'keep';
/** Nothing of the batch survives. */
export const DROP = 'drop';
export type FilterOutcome = typeof KEEP | typeof DROP | Buffer;

/** Header fields of a batch the filter looks at before decoding anything. */
export interface BatchHeaderView {
  baseOffset: number;
  lastOffset: number;
  attributes: number;
  recordsCount: number;
  producerId: bigint;
}

export function readHeaderView(buf: Buffer, at: number): BatchHeaderView {
  const baseOffset = Number(buf.readBigInt64BE(at + BatchOffset.baseOffset));
  return {
    baseOffset,
    lastOffset: baseOffset + buf.readInt32BE(at + BatchOffset.lastOffsetDelta),
    attributes: buf.readInt16BE(at + BatchOffset.attributes),
    recordsCount: buf.readInt32BE(at + BatchOffset.recordsCount),
    producerId: buf.readBigInt64BE(at + BatchOffset.producerId),
  };
}

/** Whether the batch's keys enter the offset map: data batches, if transactional then committed. */
export function isMappable(header: BatchHeaderView, transactions: TransactionOutcomes): boolean {
  if ((header.attributes & Attributes.control) !== 0) return false;
  if ((header.attributes & Attributes.transactional) === 0) return true;
  return transactions.outcomeOf(header.producerId, header.baseOffset) === 'committed';
}

/** Whether the batch is transactional data of an aborted transaction. */
export function isAbortedData(header: BatchHeaderView, transactions: TransactionOutcomes): boolean {
  if ((header.attributes & (Attributes.control | Attributes.transactional)) !== Attributes.transactional) return false;
  return transactions.outcomeOf(header.producerId, header.baseOffset) === 'aborted';
}

/** The delete horizon a batch carries (KIP-534), or null. */
export function deleteHorizonOf(buf: Buffer, at: number): number | null {
  if ((buf.readInt16BE(at + BatchOffset.attributes) & Attributes.deleteHorizon) === 0) return null;
  return Number(buf.readBigInt64BE(at + BatchOffset.baseTimestamp));
}

/**
 * Adds the keys of the (mappable) batch at `buf[at, at + sizeBytes)` with offsets at or above
 * `startOffset` to the map. False, with the map unchanged, when they might not all fit.
 */
export function mapBatchKeys(buf: Buffer, at: number, sizeBytes: number, map: OffsetMap, startOffset: number, stats: FilterStats): boolean {
  const header = readHeaderView(buf, at);
  const section = recordsSection(buf, at, sizeBytes);
  stats.sectionBytes += section.length;
  let cursor = new RecordCursor(section, header.recordsCount, header.baseOffset);
  let keys = 0;
  let keyBytes = 0;
  while (cursor.next()) {
    if (cursor.keyLength < 0 || header.baseOffset + cursor.offsetDelta < startOffset) continue;
    keys++;
    keyBytes += cursor.keyLength;
  }
  if (!map.canFit(keys, keyBytes)) return false;
  cursor = new RecordCursor(section, header.recordsCount, header.baseOffset);
  while (cursor.next()) {
    const offset = header.baseOffset + cursor.offsetDelta;
    if (cursor.keyLength >= 0 && offset >= startOffset) map.putRange(section, cursor.keyStart, cursor.keyLength, offset);
  }
  return true;
}

/**
 * Decides the fate of the batch at `buf[at, at + sizeBytes)` (whole, validated by the log).
 * `retainEmpty`: the batch must keep its offset range even if no record survives.
 */
export function filterBatch(buf: Buffer, at: number, sizeBytes: number, rules: FilterRules, retainEmpty: boolean, stats: FilterStats): FilterOutcome {
  const header = readHeaderView(buf, at);
  if (isAbortedData(header, rules.transactions)) {
    stats.recordsRead += header.recordsCount;
    if (!retainEmpty) return DROP;
    return header.recordsCount === 0 ? KEEP : emptyBatchLike(buf, at);
  }
  if (!isMappable(header, rules.transactions) || header.baseOffset >= rules.mapEndOffset) {
    stats.recordsRead += header.recordsCount;
    stats.recordsKept += header.recordsCount;
    return KEEP;
  }
  if (header.recordsCount === 0) return retainEmpty ? KEEP : DROP;

  const horizon = deleteHorizonOf(buf, at);
  const isPastHorizon = horizon !== null && rules.nowMs >= horizon;
  const section = recordsSection(buf, at, sizeBytes);
  stats.sectionBytes += section.length;
  const cursor = new RecordCursor(section, header.recordsCount, header.baseOffset);
  // Kept records as [start, end) pairs into the section, plus their offsetDeltas.
  const spans: number[] = [];
  let keptBytes = 0;
  let keptTombstones = 0;
  while (cursor.next()) {
    const offset = header.baseOffset + cursor.offsetDelta;
    let keep: boolean;
    if (offset >= rules.mapEndOffset || cursor.keyLength < 0) {
      keep = true;
    } else {
      const isLatest = offset >= rules.map.getRange(section, cursor.keyStart, cursor.keyLength);
      keep = isLatest && (cursor.valueLength >= 0 || !isPastHorizon);
      if (isLatest && !keep) stats.tombstonesRemoved++;
    }
    if (!keep) continue;
    if (cursor.valueLength < 0) keptTombstones++;
    spans.push(cursor.recordStart, cursor.recordEnd);
    keptBytes += cursor.recordEnd - cursor.recordStart;
  }
  const keptCount = spans.length / 2;
  stats.recordsRead += header.recordsCount;
  stats.recordsKept += keptCount;

  const needsHorizon = keptTombstones > 0 && horizon === null;
  if (keptCount === header.recordsCount && !needsHorizon) return KEEP;
  if (keptCount === 0) return retainEmpty ? emptyBatchLike(buf, at) : DROP;
  if (needsHorizon) return restampedBatch(buf, at, spans, rules.nowMs + rules.deleteRetentionMs);

  // Kept records are copied byte for byte (their deltas are relative to the unchanged base
  // offset and base timestamp), recompressed with the batch's codec, under the original header.
  const plain = Buffer.allocUnsafe(keptBytes);
  for (let i = 0, p = 0; i < spans.length; i += 2) p += section.copy(plain, p, spans[i]!, spans[i + 1]!);
  const codec = header.attributes & Attributes.compressionMask;
  const records = codec === 0 ? plain : compress(codec as CompressionType, plain);
  const out = Buffer.allocUnsafe(BATCH_HEADER_BYTES + records.length);
  buf.copy(out, 0, at, at + BATCH_HEADER_BYTES);
  records.copy(out, BATCH_HEADER_BYTES);
  out.writeInt32BE(out.length - BATCH_LOG_OVERHEAD_BYTES, BatchOffset.batchLength);
  out.writeInt32BE(keptCount, BatchOffset.recordsCount);
  out.writeUInt32BE(computeBatchCrc(out, 0), BatchOffset.crc);
  return out;
}

/**
 * The batch re-encoded with only the records at `spans` and the delete horizon stamped
 * (KIP-534): the horizon becomes the base timestamp, so every kept record's timestamp delta is
 * rewritten against it; everything else in the header stays.
 */
function restampedBatch(buf: Buffer, at: number, spans: readonly number[], horizonMs: number): Buffer {
  const batch = decodeForCleaning(buf, at);
  const keptOffsets = new Set<number>();
  const section = recordsSection(buf, at, batch.sizeBytes);
  const cursor = new RecordCursor(section, batch.header.recordsCount, batch.header.baseOffset);
  for (let i = 0; cursor.next(); ) {
    if (cursor.recordStart === spans[i]) {
      keptOffsets.add(cursor.offsetDelta);
      i += 2;
    }
  }
  const kept: RecordInput[] = [];
  for (const record of batch.records) {
    if (!keptOffsets.has(record.offsetDelta)) continue;
    kept.push({
      // The stored timestamp (base + delta), also under LogAppendTime where decoding reports
      // the batch's maxTimestamp instead.
      timestamp: batch.header.baseTimestamp + record.timestampDelta,
      key: record.key,
      value: record.value,
      headers: record.headers,
      offsetDelta: record.offsetDelta,
    });
  }
  const out = encodeRecordBatch({
    records: kept,
    baseOffset: batch.header.baseOffset,
    partitionLeaderEpoch: batch.header.partitionLeaderEpoch,
    compression: batch.compression,
    timestampType: batch.timestampType,
    isTransactional: batch.isTransactional,
    isControl: false,
    producerId: batch.header.producerId,
    producerEpoch: batch.header.producerEpoch,
    baseSequence: batch.header.baseSequence,
    baseTimestamp: horizonMs,
    maxTimestamp: batch.header.maxTimestamp,
    lastOffsetDelta: batch.header.lastOffsetDelta,
  });
  out.writeInt16BE(out.readInt16BE(BatchOffset.attributes) | Attributes.deleteHorizon, BatchOffset.attributes);
  out.writeUInt32BE(computeBatchCrc(out, 0), BatchOffset.crc);
  return out;
}

/** An empty batch holding the offset range and producer fields of the batch at `buf[at]`. */
function emptyBatchLike(buf: Buffer, at: number): Buffer {
  const attributes = buf.readInt16BE(at + BatchOffset.attributes);
  const maxTimestamp = Number(buf.readBigInt64BE(at + BatchOffset.maxTimestamp));
  return encodeRecordBatch({
    records: [],
    baseOffset: Number(buf.readBigInt64BE(at + BatchOffset.baseOffset)),
    partitionLeaderEpoch: buf.readInt32BE(at + BatchOffset.partitionLeaderEpoch),
    compression: CompressionType.none,
    timestampType: attributes & Attributes.timestampTypeLogAppend ? TimestampType.logAppendTime : TimestampType.createTime,
    isTransactional: (attributes & Attributes.transactional) !== 0,
    isControl: false,
    producerId: buf.readBigInt64BE(at + BatchOffset.producerId),
    producerEpoch: buf.readInt16BE(at + BatchOffset.producerEpoch),
    baseSequence: buf.readInt32BE(at + BatchOffset.baseSequence),
    baseTimestamp: maxTimestamp,
    maxTimestamp,
    lastOffsetDelta: buf.readInt32BE(at + BatchOffset.lastOffsetDelta),
  });
}

/** Decodes a batch of a sealed segment; damage there is corruption recovery did not see. */
export function decodeForCleaning(buf: Buffer, at: number): ReturnType<typeof decodeRecordBatch> {
  try {
    return decodeRecordBatch(buf, at, { verifyCrc: true });
  } catch (err) {
    if (err instanceof DecodeError) {
      const baseOffset = Number(buf.readBigInt64BE(at + BatchOffset.baseOffset));
      throw new LogCorruptionError(`cannot clean the batch at offset ${baseOffset}: ${err.message}`, { cause: err });
    }
    throw err;
  }
}
