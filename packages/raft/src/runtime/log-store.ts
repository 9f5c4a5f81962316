import path from 'node:path';
import {
  Attributes,
  BATCH_HEADER_BYTES,
  BATCH_LOG_OVERHEAD_BYTES,
  BatchOffset,
  ControlRecordType,
  CURRENT_MAGIC,
  crc32c,
  decodeRecordBatch,
  encodeControlRecordKey,
  iterateBatchSpans,
  recordBodySize,
  varintSize,
  writeRecord,
  type RecordInput,
} from '@gregor/protocol';
import { PartitionLog, type LogConfig, type LogLogger } from '@gregor/storage';
import { EntryType, type Entry } from '../core/types.js';
import { assert } from '../core/assert.js';

/**
 * The durable raft log (Kafka's ReplicatedLog port). The driver appends each ready batch's
 * entries, then flushes once (group commit: one fsync per batch), and truncates on conflicts.
 */
export interface LogStore {
  /** Index just before the first stored entry (entries up to it were compacted or never stored). */
  readonly startIndex: number;
  /** Index of the last stored entry (startIndex when empty). */
  readonly lastIndex: number;
  /** Every stored entry, in order (start-up only). */
  readEntries(): Entry[];
  /** Appends `entries`, first removing any stored entries at or after `entries[0].index`. Not yet durable. */
  append(entries: readonly Entry[]): void;
  /** Removes stored entries above `index` (durably, before returning). */
  truncateAfter(index: number): void;
  /** Makes everything appended so far durable. */
  flush(): Promise<void>;
  /** Discards the whole log; the next entry will be `index + 1` (after installing a leader's snapshot). */
  resetAfter(index: number): void;
  /** Allows removing entries up to `index` (a durable snapshot covers them). */
  compactThrough(index: number): void;
  close(): Promise<void>;
}

/** KRaft's metadata partition directory name. */
export const METADATA_LOG_DIR = '__cluster_metadata-0';

/**
 * Segment settings for the metadata log: no retention (snapshots decide what goes), no
 * background flush (the driver fsyncs each ready batch), 64 MiB segments (KRaft's
 * metadata.log.segment.bytes is 1 GiB, but a raft log compacted by snapshots stays small).
 */
export const raftLogConfig: LogConfig = Object.freeze({
  segmentBytes: 64 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  retentionMs: -1,
  retentionBytes: -1,
  flushMessages: Infinity,
  flushMs: Infinity,
  indexIntervalBytes: 4096,
  segmentIndexBytes: 10 * 1024 * 1024,
  fileDeleteDelayMs: 60_000,
  preallocate: false,
});

/** Bytes read at a time while loading the log at start-up. */
const LOAD_READ_BYTES = 8 * 1024 * 1024;
const CONTROL_KEY = encodeControlRecordKey(ControlRecordType.leaderChange);

/**
 * Encodes raft entries as Kafka v2 record batches, one entry per batch: baseOffset = index - 1,
 * partitionLeaderEpoch = term (the one place where a raft term becomes a leader epoch on disk),
 * a normal batch with the payload as the record value, or for a leader-change entry a control
 * batch whose record key is KRaft's LEADER_CHANGE control type. One entry per batch keeps every
 * raft index on a batch boundary, so truncating at any index never removes an entry before it.
 * Writes into a reused buffer: the storage writes synchronously and keeps no reference.
 */
export class EntryBatchEncoder {
  private scratch = Buffer.allocUnsafe(64 * 1024);

  encode(entries: readonly Entry[], timestampMs: number): Buffer {
    let total = 0;
    const sizes: number[] = [];
    const records: RecordInput[] = [];
    for (const e of entries) {
      const record: RecordInput =
        e.type === EntryType.leaderChange ? { timestamp: timestampMs, key: CONTROL_KEY, value: e.data } : { timestamp: timestampMs, key: null, value: e.data };
      const body = recordBodySize(record, 0, 0);
      sizes.push(body);
      records.push(record);
      total += BATCH_HEADER_BYTES + varintSize(body) + body;
    }
    if (this.scratch.length < total) {
      let size = this.scratch.length;
      while (size < total) size *= 2;
      this.scratch = Buffer.allocUnsafe(size);
    }
    const buf = this.scratch;
    let pos = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      const start = pos;
      const end = writeRecord(buf, start + BATCH_HEADER_BYTES, records[k]!, 0, 0, sizes[k]!);
      buf.writeBigInt64BE(BigInt(e.index - 1), start + BatchOffset.baseOffset);
      buf.writeInt32BE(end - start - BATCH_LOG_OVERHEAD_BYTES, start + BatchOffset.batchLength);
      buf.writeInt32BE(e.term, start + BatchOffset.partitionLeaderEpoch);
      buf.writeInt8(CURRENT_MAGIC, start + BatchOffset.magic);
      buf.writeInt16BE(e.type === EntryType.leaderChange ? Attributes.control : 0, start + BatchOffset.attributes);
      buf.writeInt32BE(0, start + BatchOffset.lastOffsetDelta);
      buf.writeBigInt64BE(BigInt(timestampMs), start + BatchOffset.baseTimestamp);
      buf.writeBigInt64BE(BigInt(timestampMs), start + BatchOffset.maxTimestamp);
      buf.writeBigInt64BE(-1n, start + BatchOffset.producerId);
      buf.writeInt16BE(-1, start + BatchOffset.producerEpoch);
      buf.writeInt32BE(-1, start + BatchOffset.baseSequence);
      buf.writeInt32BE(1, start + BatchOffset.recordsCount);
      buf.writeUInt32BE(crc32c(buf, start + BatchOffset.attributes, end), start + BatchOffset.crc);
      pos = end;
    }
    return buf.subarray(0, pos);
  }
}

/** Decodes one stored batch back into an entry (copying the payload out of the read buffer). */
export function decodeEntryBatch(buf: Buffer, pos: number): Entry {
  const batch = decodeRecordBatch(buf, pos);
  assert(batch.records.length === 1, `raft batch at offset ${batch.header.baseOffset} holds ${batch.records.length} records`);
  const record = batch.records[0]!;
  return {
    index: batch.header.baseOffset + 1,
    term: batch.header.partitionLeaderEpoch,
    type: batch.isControl ? EntryType.leaderChange : EntryType.normal,
    data: new Uint8Array(record.value ?? new Uint8Array(0)),
  };
}

/** The raft log on @gregor/storage's segmented PartitionLog. */
export class PartitionLogStore implements LogStore {
  private readonly encoder = new EntryBatchEncoder();

  private constructor(
    private readonly log: PartitionLog,
    private readonly nowMs: () => number,
  ) {}

  static async open(dataDir: string, options: { nowMs?: () => number; logger?: LogLogger } = {}): Promise<PartitionLogStore> {
    const nowMs = options.nowMs ?? Date.now;
    const log = await PartitionLog.open(path.join(dataDir, METADATA_LOG_DIR), {
      config: raftLogConfig,
      nowMs,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    return new PartitionLogStore(log, nowMs);
  }

  get startIndex(): number {
    return this.log.logStartOffset;
  }

  get lastIndex(): number {
    return this.log.logEndOffset;
  }

  readEntries(): Entry[] {
    const out: Entry[] = [];
    let offset = this.log.logStartOffset;
    const end = this.log.logEndOffset;
    while (offset < end) {
      const result = this.log.read(offset, LOAD_READ_BYTES, { minOneBatch: true });
      if (result.chunks.length === 0) break;
      for (const chunk of result.chunks) {
        for (const span of iterateBatchSpans(chunk)) {
          const entry = decodeEntryBatch(chunk, span.position);
          if (entry.index - 1 >= offset) out.push(entry);
        }
      }
      offset = result.nextOffset;
    }
    return out;
  }

  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = entries[0]!.index;
    if (first - 1 < this.log.logEndOffset) this.truncateAfter(first - 1);
    assert(first - 1 === this.log.logEndOffset, `append of ${first} after stored end ${this.log.logEndOffset}`);
    this.log.appendAsFollower(this.encoder.encode(entries, this.nowMs()));
  }

  truncateAfter(index: number): void {
    this.log.truncateTo(index);
  }

  flush(): Promise<void> {
    return this.log.flush();
  }

  resetAfter(index: number): void {
    this.log.truncateFullyAndStartAt(index);
  }

  compactThrough(index: number): void {
    if (index > this.log.logStartOffset && index <= this.log.logEndOffset) this.log.deleteRecordsBefore(index);
  }

  close(): Promise<void> {
    return this.log.close();
  }
}
