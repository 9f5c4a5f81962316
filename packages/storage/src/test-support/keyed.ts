/**
 * Test helper for compaction: keyed batches built with the protocol package's encoder (any
 * codec, transactional or idempotent producer fields), and a reader of whole logs that decodes
 * every batch, compressed or not, with its delete horizon.
 */
import { Attributes, CompressionType, decodeRecordBatch, encodeRecordBatch, type RecordInput } from '@gregor/protocol';
import type { PartitionLog } from '../partition-log.js';

export interface KeyedRecord {
  /** null for a keyless record. */
  key: string | null;
  /** null for a tombstone. */
  value: string | null;
  timestampMs?: number;
}

export interface KeyedBatchOptions {
  compression?: CompressionType;
  timestampMs?: number;
  isTransactional?: boolean;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
}

export function keyedBatch(records: readonly KeyedRecord[], opts: KeyedBatchOptions = {}): Buffer {
  const timestampMs = opts.timestampMs ?? 1_000;
  const inputs: RecordInput[] = records.map((r) => ({
    timestamp: r.timestampMs ?? timestampMs,
    key: r.key === null ? null : Buffer.from(r.key),
    value: r.value === null ? null : Buffer.from(r.value),
  }));
  return encodeRecordBatch({
    records: inputs,
    compression: opts.compression ?? CompressionType.none,
    isTransactional: opts.isTransactional ?? false,
    producerId: opts.producerId ?? -1n,
    producerEpoch: opts.producerEpoch ?? -1,
    baseSequence: opts.baseSequence ?? -1,
  });
}

export interface StoredRecord {
  offset: number;
  key: string | null;
  value: string | null;
  timestampMs: number;
}

export interface StoredBatchView {
  baseOffset: number;
  lastOffset: number;
  compression: CompressionType;
  recordCount: number;
  deleteHorizonMs: number | null;
  isControl: boolean;
  isTransactional: boolean;
  producerId: bigint;
  partitionLeaderEpoch: number;
  maxTimestampMs: number;
}

/** Every batch and record of the log from its start, decoded (CRCs checked). */
export function readAll(log: PartitionLog): { batches: StoredBatchView[]; records: StoredRecord[] } {
  const batches: StoredBatchView[] = [];
  const records: StoredRecord[] = [];
  const { chunks } = log.read(log.logStartOffset, 1 << 30);
  for (const chunk of chunks) {
    let p = 0;
    while (p < chunk.length) {
      const batch = decodeRecordBatch(chunk, p);
      batches.push({
        baseOffset: batch.header.baseOffset,
        lastOffset: batch.header.baseOffset + batch.header.lastOffsetDelta,
        compression: batch.compression,
        recordCount: batch.records.length,
        deleteHorizonMs: batch.header.attributes & Attributes.deleteHorizon ? batch.header.baseTimestamp : null,
        isControl: batch.isControl,
        isTransactional: batch.isTransactional,
        producerId: batch.header.producerId,
        partitionLeaderEpoch: batch.header.partitionLeaderEpoch,
        maxTimestampMs: batch.header.maxTimestamp,
      });
      for (const r of batch.records) {
        records.push({
          offset: r.offset,
          key: r.key === null ? null : r.key.toString(),
          value: r.value === null ? null : r.value.toString(),
          timestampMs: r.timestamp,
        });
      }
      p += batch.sizeBytes;
    }
  }
  return { batches, records };
}
