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
 * - control batches (transaction markers) are kept as they are;
 * - transactional data batches are kept as they are and never enter the offset map: without a
 *   transaction index the cleaner cannot tell aborted data from committed data, and keeping both
 *   is always correct (a reader sees an older value before a newer one, never a lost value);
 * - a batch that keeps every record, and needs no horizon stamped, is copied byte for byte;
 * - a batch left with no record disappears, unless it must keep its offsets (the last batch of
 *   a cleaned segment, so the segment still ends where the next begins, as Kafka's "last batch of
 *   the cleaning round"; or the last batch of an active idempotent producer, which carries its
 *   last sequence): then it stays as an empty batch (Kafka's RETAIN_EMPTY: no records,
 *   uncompressed, original base offset, lastOffsetDelta, producer fields and maxTimestamp).
 * Rewritten batches keep baseOffset, lastOffsetDelta, every kept record's offsetDelta, the
 * leader epoch, producer id/epoch/base sequence, compression codec, timestamp type and
 * maxTimestamp; so offsets never move and nothing is reordered.
 */
import {
  Attributes,
  BatchOffset,
  CompressionType,
  DecodeError,
  TimestampType,
  computeBatchCrc,
  decodeRecordBatch,
  encodeRecordBatch,
  type RecordInput,
} from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';
import type { OffsetMap } from './offset-map.js';

export interface FilterRules {
  map: OffsetMap;
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

/** Whether the batch's keys enter the offset map (data batches that are not transactional). */
export function isMappable(header: BatchHeaderView): boolean {
  return (header.attributes & (Attributes.control | Attributes.transactional)) === 0;
}

/** The delete horizon a batch carries (KIP-534), or null. */
export function deleteHorizonOf(buf: Buffer, at: number): number | null {
  if ((buf.readInt16BE(at + BatchOffset.attributes) & Attributes.deleteHorizon) === 0) return null;
  return Number(buf.readBigInt64BE(at + BatchOffset.baseTimestamp));
}

/**
 * Decides the fate of the batch at `buf[at]` (whole, validated by the log). `retainEmpty`: the
 * batch must keep its offset range even if no record survives.
 */
export function filterBatch(buf: Buffer, at: number, rules: FilterRules, retainEmpty: boolean, stats: FilterStats): FilterOutcome {
  const header = readHeaderView(buf, at);
  if (!isMappable(header) || header.baseOffset >= rules.mapEndOffset) {
    stats.recordsRead += header.recordsCount;
    stats.recordsKept += header.recordsCount;
    return KEEP;
  }
  if (header.recordsCount === 0) return retainEmpty ? KEEP : DROP;

  const batch = decodeForCleaning(buf, at);
  const horizon = (batch.header.attributes & Attributes.deleteHorizon) !== 0 ? batch.header.baseTimestamp : null;
  const isPastHorizon = horizon !== null && rules.nowMs >= horizon;
  const kept: RecordInput[] = [];
  let keptTombstones = 0;
  for (const record of batch.records) {
    let keep: boolean;
    if (record.offset >= rules.mapEndOffset || record.key === null) {
      keep = true;
    } else {
      const isLatest = record.offset >= rules.map.get(record.key);
      keep = isLatest && (record.value !== null || !isPastHorizon);
      if (isLatest && !keep) stats.tombstonesRemoved++;
    }
    if (!keep) continue;
    if (record.value === null) keptTombstones++;
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
  stats.recordsRead += batch.records.length;
  stats.recordsKept += kept.length;

  const needsHorizon = keptTombstones > 0 && horizon === null;
  if (kept.length === batch.records.length && !needsHorizon) return KEEP;
  if (kept.length === 0) return retainEmpty ? emptyBatchLike(buf, at) : DROP;

  const newHorizon = needsHorizon ? rules.nowMs + rules.deleteRetentionMs : horizon;
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
    baseTimestamp: newHorizon ?? batch.header.baseTimestamp,
    maxTimestamp: batch.header.maxTimestamp,
    lastOffsetDelta: batch.header.lastOffsetDelta,
  });
  if (newHorizon !== null) {
    out.writeInt16BE(out.readInt16BE(BatchOffset.attributes) | Attributes.deleteHorizon, BatchOffset.attributes);
    out.writeUInt32BE(computeBatchCrc(out, 0), BatchOffset.crc);
  }
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
