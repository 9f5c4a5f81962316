import { join } from 'node:path';
import { decodeRecordBatch, ErrorCode } from '@gregor/protocol';
import { OffsetOutOfRangeError, PartitionLog, partitionDirName, type AppendInfo } from '@gregor/storage';
import type { Logger } from 'pino';
import type { ConfigValue } from '@gregor/controller';
import { effectiveTopicConfigs, toLogConfig } from './log-config.js';
import type { MetadataDelta, MetadataView, PartitionState, TopicState } from './metadata.js';

/**
 * A partition hosted by this broker: its log, its leadership state and the fetches waiting for
 * it to grow. In single-node mode this broker leads every partition and the ISR is itself, so
 * the high watermark is the log end offset; the replication issue adds followers and ISR
 * tracking behind the same fields.
 */
export class Partition {
  readonly topic: string;
  readonly index: number;
  topicId: string;
  log: PartitionLog;
  state: PartitionState;
  configs: Map<string, ConfigValue>;
  highWatermark: number;
  private readonly waiters = new Set<() => void>();

  constructor(topic: TopicState, state: PartitionState, log: PartitionLog, configs: Map<string, ConfigValue>) {
    this.topic = topic.name;
    this.topicId = topic.topicId;
    this.index = state.partition;
    this.state = state;
    this.log = log;
    this.configs = configs;
    this.highWatermark = log.logEndOffset;
  }

  get leaderEpoch(): number {
    return this.state.leaderEpoch;
  }

  /** Registers a callback run once, at the next append or state change. */
  waitForChange(callback: () => void): () => void {
    this.waiters.add(callback);
    return () => this.waiters.delete(callback);
  }

  notifyChange(): void {
    if (this.waiters.size === 0) return;
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const callback of waiting) callback();
  }
}

/** What a leader append produced, mapped to Kafka's fields by the Produce handler. */
export interface AppendOutcome {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly baseOffset: number;
  readonly logAppendTimeMs: number;
  readonly logStartOffset: number;
  readonly recordErrors: ReadonlyArray<{ batchIndex: number; message: string | null }>;
}

export interface FetchRead {
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly lastStableOffset: number;
  readonly logStartOffset: number;
  readonly records: Buffer | null;
  readonly bytes: number;
}

export interface ReplicaManagerOptions {
  readonly nodeId: number;
  readonly logDir: string;
  readonly metadata: MetadataView;
  readonly brokerDefaults: ReadonlyMap<string, ConfigValue>;
  readonly nowMs: () => number;
  readonly log: Logger;
}

const key = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

/**
 * Owns the partitions this broker hosts (Kafka's ReplicaManager): opens their logs when
 * metadata assigns them here, deletes them with their topic, and carries out appends and reads
 * for the Produce, Fetch, ListOffsets and DeleteRecords handlers.
 */
export class ReplicaManager {
  private readonly opts: ReplicaManagerOptions;
  private readonly partitions = new Map<string, Partition>();
  private readonly log: Logger;

  constructor(opts: ReplicaManagerOptions) {
    this.opts = opts;
    this.log = opts.log;
  }

  get nodeId(): number {
    return this.opts.nodeId;
  }

  partition(topic: string, index: number): Partition | undefined {
    return this.partitions.get(key(topic, index));
  }

  allPartitions(): Iterable<Partition> {
    return this.partitions.values();
  }

  /** Opens the logs of every partition the current metadata places on this broker. */
  async startup(): Promise<void> {
    const topics = [...this.opts.metadata.topics()];
    await this.applyDelta({ createdOrChanged: topics, deleted: [] });
    this.log.info({ partitions: this.partitions.size }, 'partitions loaded');
  }

  /** Applies a metadata change: new or changed topics open/update logs; deleted ones are removed. */
  async applyDelta(delta: MetadataDelta): Promise<void> {
    for (const topic of delta.deleted) {
      for (const state of topic.partitions) {
        const partition = this.partitions.get(key(topic.name, state.partition));
        if (partition === undefined) continue;
        this.partitions.delete(key(topic.name, state.partition));
        partition.notifyChange();
        await partition.log.delete();
      }
      this.log.info({ topic: topic.name }, 'topic deleted');
    }
    for (const topic of delta.createdOrChanged) {
      const configs = effectiveTopicConfigs(topic.configs, this.opts.brokerDefaults);
      const logConfig = toLogConfig(configs);
      for (const state of topic.partitions) {
        if (!state.replicas.includes(this.opts.nodeId)) continue;
        const existing = this.partitions.get(key(topic.name, state.partition));
        if (existing !== undefined) {
          existing.state = state;
          existing.topicId = topic.topicId;
          existing.configs = configs;
          existing.log.updateConfig(logConfig);
          existing.notifyChange();
          continue;
        }
        const dir = join(this.opts.logDir, partitionDirName(topic.name, state.partition));
        const log = await PartitionLog.open(dir, { config: logConfig, nowMs: this.opts.nowMs, logger: this.log });
        this.partitions.set(key(topic.name, state.partition), new Partition(topic, state, log, configs));
      }
    }
  }

  /**
   * Appends validated batches as leader, assigning offsets in place. Single node: the ISR is
   * this broker, so the high watermark moves to the new log end at once (acks=1 and acks=all
   * complete together).
   */
  appendAsLeader(partition: Partition, batches: Buffer, minInsyncReplicasCheck: boolean): AppendOutcome {
    const isr = partition.state.isr.length;
    const minIsr = Number(partition.configs.get('min.insync.replicas'));
    if (minInsyncReplicasCheck && isr < minIsr) {
      return {
        errorCode: ErrorCode.NOT_ENOUGH_REPLICAS,
        errorMessage: `The size of the current ISR ${isr} is insufficient to satisfy the min.isr requirement of ${minIsr}`,
        baseOffset: -1,
        logAppendTimeMs: -1,
        logStartOffset: partition.log.logStartOffset,
        recordErrors: [],
      };
    }
    const logAppendTime = partition.configs.get('message.timestamp.type') === 'LogAppendTime';
    let info: AppendInfo;
    try {
      info = partition.log.appendAsLeader(batches, {
        leaderEpoch: partition.leaderEpoch,
        ...(logAppendTime ? { logAppendTimeMs: this.opts.nowMs() } : {}),
      });
    } catch (err) {
      this.log.error({ err, topic: partition.topic, partition: partition.index }, 'append failed');
      return {
        errorCode: ErrorCode.KAFKA_STORAGE_ERROR,
        errorMessage: 'Disk error when trying to access log file on the disk.',
        baseOffset: -1,
        logAppendTimeMs: -1,
        logStartOffset: partition.log.logStartOffset,
        recordErrors: [],
      };
    }
    this.advanceHighWatermark(partition);
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      baseOffset: info.firstOffset,
      logAppendTimeMs: info.logAppendTimeMs,
      logStartOffset: partition.log.logStartOffset,
      recordErrors: [],
    };
  }

  private advanceHighWatermark(partition: Partition): void {
    const leo = partition.log.logEndOffset;
    if (leo > partition.highWatermark) partition.highWatermark = leo;
    partition.notifyChange();
  }

  /**
   * Reads for a consumer fetch: whole batches from the one containing `fetchOffset`, up to the
   * high watermark, at most `maxBytes` unless `minOneBatch` (KIP-74: the first partition with
   * data returns at least one batch whatever its size).
   */
  readForFetch(partition: Partition, fetchOffset: number, maxBytes: number, minOneBatch: boolean): FetchRead {
    const log = partition.log;
    const base = {
      highWatermark: partition.highWatermark,
      lastStableOffset: partition.highWatermark,
      logStartOffset: log.logStartOffset,
    };
    if (fetchOffset < log.logStartOffset || fetchOffset > log.logEndOffset) {
      return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: null, bytes: 0 };
    }
    if (fetchOffset >= partition.highWatermark || maxBytes <= 0) {
      return { ...base, errorCode: ErrorCode.NONE, records: Buffer.alloc(0), bytes: 0 };
    }
    try {
      const read = log.read(fetchOffset, maxBytes, { maxOffset: partition.highWatermark, minOneBatch });
      const records = read.chunks.length === 1 ? read.chunks[0]! : Buffer.concat(read.chunks, read.bytes);
      return { ...base, errorCode: ErrorCode.NONE, records, bytes: read.bytes };
    } catch (err) {
      if (err instanceof OffsetOutOfRangeError) {
        return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: null, bytes: 0 };
      }
      this.log.error({ err, topic: partition.topic, partition: partition.index }, 'read failed');
      return { ...base, errorCode: ErrorCode.KAFKA_STORAGE_ERROR, records: null, bytes: 0 };
    }
  }

  /**
   * ListOffsets by timestamp: the first record (not batch) whose timestamp is at least
   * `timestampMs`, below the high watermark. The log's time index finds the batch; decoding that
   * one batch finds the record, as Kafka does.
   */
  offsetForTimestamp(partition: Partition, timestampMs: number): { offset: number; timestampMs: number; leaderEpoch: number } | null {
    const found = partition.log.offsetForTimestamp(timestampMs);
    if (found === null) return null;
    return this.exactRecord(partition, found.offset, found.leaderEpoch, (ts) => ts >= timestampMs);
  }

  /** ListOffsets MAX_TIMESTAMP (KIP-734): the first record carrying the largest timestamp. */
  maxTimestampOffset(partition: Partition): { offset: number; timestampMs: number; leaderEpoch: number } | null {
    const found = partition.log.maxTimestampOffset();
    if (found === null) return null;
    return this.exactRecord(partition, found.offset, found.leaderEpoch, (ts) => ts === found.timestampMs);
  }

  private exactRecord(
    partition: Partition,
    batchOffset: number,
    leaderEpoch: number,
    matches: (timestampMs: number) => boolean,
  ): { offset: number; timestampMs: number; leaderEpoch: number } | null {
    const read = partition.log.read(batchOffset, 1, { minOneBatch: true, maxOffset: partition.highWatermark });
    const first = read.chunks[0];
    if (first === undefined) return null;
    const batch = decodeRecordBatch(read.chunks.length === 1 ? first : Buffer.concat(read.chunks));
    const floor = Math.max(batchOffset, partition.log.logStartOffset);
    const record = batch.records.find((r) => r.offset >= floor && matches(r.timestamp));
    if (record === undefined || record.offset >= partition.highWatermark) return null;
    return { offset: record.offset, timestampMs: record.timestamp, leaderEpoch };
  }

  /** DeleteRecords: moves the log start offset (offset -1 means the high watermark). */
  deleteRecords(partition: Partition, offset: number): { errorCode: number; lowWatermark: number } {
    const target = offset === -1 ? partition.highWatermark : offset;
    if (target < 0 || target > partition.highWatermark) {
      return { errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, lowWatermark: -1 };
    }
    const lowWatermark = partition.log.deleteRecordsBefore(target);
    partition.notifyChange();
    return { errorCode: ErrorCode.NONE, lowWatermark };
  }

  /** Periodic work: retention, time-based rolls and flushes. */
  async runRetention(): Promise<number> {
    let deleted = 0;
    for (const partition of this.partitions.values()) deleted += partition.log.applyRetention();
    return deleted;
  }

  async tick(): Promise<void> {
    for (const partition of this.partitions.values()) await partition.log.tick();
  }

  async shutdown(): Promise<void> {
    for (const partition of this.partitions.values()) {
      partition.notifyChange();
      await partition.log.close();
    }
    this.partitions.clear();
  }
}
