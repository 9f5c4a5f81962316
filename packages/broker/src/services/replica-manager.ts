import { join } from 'node:path';
import { decodeRecordBatch, ErrorCode } from '@gregor/protocol';
import { OffsetOutOfRangeError, PartitionLog, partitionDirName, type AppendInfo } from '@gregor/storage';
import type { Logger } from 'pino';
import type { ConfigValue } from '@gregor/controller';
import { effectiveTopicConfigs, toLogConfig } from './log-config.js';
import type { MetadataDelta, MetadataView, PartitionState, TopicState } from './metadata.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from '@gregor/controller';
import { ReplicaFetcher } from '../replication/replica-fetcher.js';
import { checkLastFetchedEpoch, PartitionReplicaState, truncationOffset, type IsrChangeProposal } from '@gregor/replication';
import { loadProducerState, producerBatchAt, reloadProducerState, saveProducerState } from '../replication/producer-state-io.js';
import type { ProducerBatch, ProducerStateManager } from '@gregor/replication';
import { iterateBatchSpans, BatchOffset } from '@gregor/protocol';
import { readHighWatermarks, writeHighWatermarks, writeHighWatermarksInBackground } from '../replication/hw-checkpoint.js';
import { AppendedTail, TailBudget } from '../replication/appended-tail.js';
import { APPENDED_TAIL_BUDGET_BYTES } from '../replication/limits.js';
import { FETCH_READ_POOL_BUFFER_BYTES_MAX, FETCH_READ_POOL_BYTES_MAX } from '../limits.js';
import { BufferPool } from '../buffer-pool.js';

/**
 * A partition hosted by this broker: its log, its replication role and state, and the fetches
 * and produces waiting for it to change. As leader it tracks every follower's log end offset and
 * computes the high watermark over the committed ISR; as follower it is fed by a ReplicaFetcher
 * and learns the high watermark from the leader.
 */
export class Partition {
  readonly topic: string;
  readonly index: number;
  topicId: string;
  log: PartitionLog;
  state: PartitionState;
  configs: Map<string, ConfigValue>;
  highWatermark: number;
  /** Leader-side replica tracking (follower offsets, ISR changes, the HW rule); null unless leading. */
  replicaState: PartitionReplicaState | null = null;
  /** As leader with followers: its latest appends in memory, for the followers' fetches. */
  tail: AppendedTail | null = null;
  private readonly waiters = new Set<() => void>();

  /** Idempotent/transactional producers' state (KIP-98): sequences, epochs, recent batches. */
  producers: ProducerStateManager;

  constructor(topic: TopicState, state: PartitionState, log: PartitionLog, configs: Map<string, ConfigValue>, highWatermark: number, producers: ProducerStateManager) {
    this.topic = topic.name;
    this.topicId = topic.topicId;
    this.index = state.partition;
    this.state = state;
    this.log = log;
    this.configs = configs;
    this.highWatermark = Math.min(highWatermark, log.logEndOffset);
    this.producers = producers;
  }

  get key(): string {
    return `${this.topic}\u0000${this.index}`;
  }

  get leaderEpoch(): number {
    return this.state.leaderEpoch;
  }

  /** As leader: takes the replica state's high watermark (it never moves back). Returns true when it advanced. */
  syncHighWatermark(): boolean {
    const hw = this.replicaState?.highWatermark() ?? this.highWatermark;
    if (hw <= this.highWatermark) return false;
    this.highWatermark = hw;
    return true;
  }

  /** Starts or stops keeping the latest appends (only a leader's own appends may feed it). */
  resetTail(tail: AppendedTail | null): void {
    this.tail?.clear();
    this.tail = tail;
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

/** A change of this broker's leadership of one partition. */
export interface LeadershipChange {
  readonly topic: string;
  readonly partition: number;
  readonly isLeader: boolean;
  readonly leaderEpoch: number;
  readonly replica: Partition;
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
  /**
   * Set when `records` is a view of the leader's in-memory tail: call it once the response
   * holding them has been written to its socket (or dropped), so the memory can be reused.
   */
  readonly release?: () => void;
}

/** What replication needs from the cluster runtime (absent when standalone). */
export interface ReplicationHooks {
  /** This broker's epoch (replica state in Fetch v15+, AlterPartition). */
  readonly brokerEpoch: () => number;
  /** Sends AlterPartition to the active controller; resolves when it commits or fails. */
  readonly alterPartition: (request: AlterPartitionRequest) => Promise<AlterPartitionResponse>;
  /** replica.lag.time.max.ms: an ISR follower not caught up for this long is removed. */
  readonly replicaLagTimeMaxMs: number;
  /** Where to reach a leader for replica fetching, when it is not its advertised address. */
  readonly peerAddress?: (brokerId: number) => { host: string; port: number } | undefined;
}

export interface ReplicaManagerOptions {
  readonly nodeId: number;
  readonly logDir: string;
  readonly metadata: MetadataView;
  readonly brokerDefaults: ReadonlyMap<string, ConfigValue>;
  readonly nowMs: () => number;
  readonly log: Logger;
  readonly replication?: ReplicationHooks;
}

const key = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

/** producer.id.expiration.ms: producer state idle this long is dropped (Kafka: 1 day). */
const PRODUCER_ID_EXPIRATION_MS = 24 * 60 * 60 * 1000;

/** Producer state follows replicated batches on a follower, batch by batch. */
function trackFollowerBatches(partition: Partition, records: Buffer): void {
  for (const span of iterateBatchSpans(records)) {
    if (records.readBigInt64BE(span.position + BatchOffset.producerId) < 0n) continue;
    const baseOffset = Number(records.readBigInt64BE(span.position + BatchOffset.baseOffset));
    const lastOffset = baseOffset + records.readInt32BE(span.position + BatchOffset.lastOffsetDelta);
    partition.producers.onAppended(producerBatchAt(records, span.position), baseOffset, lastOffset);
  }
}

/**
 * Owns the partitions this broker hosts (Kafka's ReplicaManager): opens their logs when
 * metadata assigns them here, deletes them with their topic, and carries out appends and reads
 * for the Produce, Fetch, ListOffsets and DeleteRecords handlers.
 */
export class ReplicaManager {
  private readonly opts: ReplicaManagerOptions;
  private readonly partitions = new Map<string, Partition>();
  private readonly log: Logger;
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  private readonly leadershipListeners: Array<(change: LeadershipChange) => void> = [];
  /** High watermarks read at start (replication-offset-checkpoint), by partition key. */
  private readonly checkpointedHighWatermarks: Map<string, number>;
  private readonly tailBudget = new TailBudget(APPENDED_TAIL_BUDGET_BYTES);
  /** Buffers for fetch reads from segment files (consumers, and followers behind the tail). */
  private readonly readPool = new BufferPool({ minBytes: 64 * 1024, maxBufferBytes: FETCH_READ_POOL_BUFFER_BYTES_MAX, maxPooledBytes: FETCH_READ_POOL_BYTES_MAX });
  /** The periodic high watermark checkpoint being written, if any. */
  private checkpointing: Promise<void> | null = null;

  constructor(opts: ReplicaManagerOptions) {
    this.opts = opts;
    this.log = opts.log;
    this.checkpointedHighWatermarks = readHighWatermarks(opts.logDir);
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

  /**
   * Called when this broker starts or stops leading a partition (or leads it in a new leader
   * epoch): the group coordinator loads or unloads its __consumer_offsets partitions this way.
   */
  onLeadershipChange(listener: (change: LeadershipChange) => void): void {
    this.leadershipListeners.push(listener);
  }

  private announce(partition: Partition, isLeader: boolean): void {
    const change: LeadershipChange = { topic: partition.topic, partition: partition.index, isLeader, leaderEpoch: partition.leaderEpoch, replica: partition };
    for (const l of this.leadershipListeners) l(change);
  }

  isLeader(partition: Partition): boolean {
    return partition.state.leader === this.opts.nodeId;
  }

  /** Opens the logs of every partition the current metadata places on this broker. */
  async startup(): Promise<void> {
    const topics = [...this.opts.metadata.topics()];
    await this.applyDelta({ createdOrChanged: topics, deleted: [] });
    this.log.info({ partitions: this.partitions.size }, 'partitions loaded');
  }

  /**
   * Applies a metadata change (KRaft's ReplicaManager.applyDelta): opens logs for partitions
   * newly placed here, makes this broker leader or follower as the partition state says
   * (stopping or starting replica fetchers), picks up ISR and config changes, and deletes the
   * logs of deleted topics.
   */
  async applyDelta(delta: MetadataDelta): Promise<void> {
    const now = this.opts.nowMs();
    for (const topic of delta.deleted) {
      for (const state of topic.partitions) {
        const partition = this.partitions.get(key(topic.name, state.partition));
        if (partition === undefined) continue;
        this.partitions.delete(key(topic.name, state.partition));
        this.stopFetching(partition);
        partition.resetTail(null);
        if (partition.replicaState !== null) this.announce(partition, false);
        partition.notifyChange();
        await partition.log.delete();
      }
      this.log.info({ topic: topic.name }, 'topic deleted');
    }
    for (const topic of delta.createdOrChanged) {
      const configs = effectiveTopicConfigs(topic.configs, this.opts.brokerDefaults);
      const logConfig = toLogConfig(configs);
      for (const state of topic.partitions) {
        let partition = this.partitions.get(key(topic.name, state.partition));
        if (!state.replicas.includes(this.opts.nodeId)) {
          if (partition !== undefined) {
            // Reassigned away from this broker: stop replicating and remove the local replica.
            this.partitions.delete(partition.key);
            this.stopFetching(partition);
            partition.resetTail(null);
            if (partition.replicaState !== null) this.announce(partition, false);
            partition.notifyChange();
            await partition.log.delete();
          }
          continue;
        }
        const previous = partition?.state;
        if (partition === undefined) {
          const dir = join(this.opts.logDir, partitionDirName(topic.name, state.partition));
          const log = await PartitionLog.open(dir, { config: logConfig, nowMs: this.opts.nowMs, logger: this.log });
          const hw = this.checkpointedHighWatermarks.get(key(topic.name, state.partition)) ?? 0;
          const producers = loadProducerState(dir, log, PRODUCER_ID_EXPIRATION_MS);
          partition = new Partition(topic, state, log, configs, hw, producers);
          this.partitions.set(partition.key, partition);
        } else {
          partition.state = state;
          partition.topicId = topic.topicId;
          partition.configs = configs;
          partition.log.updateConfig(logConfig);
        }
        this.applyPartitionState(partition, previous, now);
        partition.notifyChange();
      }
    }
  }

  /** Leader or follower transitions for one partition whose state may have changed. */
  private applyPartitionState(partition: Partition, previous: PartitionState | undefined, now: number): void {
    const state = partition.state;
    const self = this.opts.nodeId;
    if (state.leader === self) {
      const newlyLeading = partition.replicaState === null || previous === undefined || previous.leader !== self || previous.leaderEpoch !== state.leaderEpoch;
      if (newlyLeading) {
        this.stopFetching(partition);
        partition.replicaState = new PartitionReplicaState({
          replicas: state.replicas,
          isr: state.isr,
          leader: state.leader,
          leaderEpoch: state.leaderEpoch,
          partitionEpoch: state.partitionEpoch,
          logEndOffset: partition.log.logEndOffset,
          highWatermark: partition.highWatermark,
          nowMs: now,
          ...(this.opts.replication !== undefined ? { replicaLagTimeMaxMs: this.opts.replication.replicaLagTimeMaxMs } : {}),
        });
        partition.resetTail(new AppendedTail(this.tailBudget));
        this.log.info({ topic: partition.topic, partition: partition.index, leaderEpoch: state.leaderEpoch, isr: state.isr }, 'became leader');
        this.announce(partition, true);
      } else {
        partition.replicaState!.onPartitionChange(state, partition.log.logEndOffset, now);
      }
      // Fenced brokers and brokers in controlled shutdown may not join the ISR (KIP-841).
      partition.replicaState!.setIneligibleReplicas(state.replicas.filter((id) => !this.opts.metadata.isEligibleReplica(id)), now);
      partition.syncHighWatermark();
      return;
    }
    const wasLeading = partition.replicaState !== null;
    partition.replicaState = null;
    partition.resetTail(null);
    if (wasLeading) this.announce(partition, false);
    if (state.leader < 0) {
      this.stopFetching(partition);
      return;
    }
    const address = this.opts.replication?.peerAddress?.(state.leader) ?? this.opts.metadata.brokers().find((b) => b.nodeId === state.leader);
    const current = this.fetcherOf(partition);
    if (address === undefined) {
      this.stopFetching(partition);
      return;
    }
    if (current !== undefined && current.leaderId === state.leader && current.sameAddress(address)) return;
    this.stopFetching(partition);
    let fetcher = this.fetchers.get(state.leader);
    if (fetcher !== undefined && !fetcher.sameAddress(address)) {
      void fetcher.stop();
      this.fetchers.delete(state.leader);
      fetcher = undefined;
    }
    if (fetcher === undefined) {
      fetcher = new ReplicaFetcher({
        leaderId: state.leader,
        nodeId: self,
        address: { host: address.host, port: address.port },
        hooks: this.followerHooks,
        log: this.log,
      });
      this.fetchers.set(state.leader, fetcher);
    }
    fetcher.add(partition);
    this.log.info({ topic: partition.topic, partition: partition.index, leader: state.leader, leaderEpoch: state.leaderEpoch }, 'became follower');
  }

  private fetcherOf(partition: Partition): ReplicaFetcher | undefined {
    for (const f of this.fetchers.values()) if (f.has(partition)) return f;
    return undefined;
  }

  private stopFetching(partition: Partition): void {
    for (const [id, f] of this.fetchers) {
      if (!f.has(partition)) continue;
      f.remove(partition);
      if (f.size === 0) {
        void f.stop();
        this.fetchers.delete(id);
      }
    }
  }

  /** How replica fetchers change a follower's log. */
  private readonly followerHooks = {
    brokerEpoch: () => this.opts.replication?.brokerEpoch() ?? -1,
    appendAsFollower: (partition: Partition, records: Buffer): void => {
      partition.log.appendAsFollower(records);
      trackFollowerBatches(partition, records);
    },
    updateFromLeader: (partition: Partition, highWatermark: number, leaderLogStartOffset: number): void => {
      const log = partition.log;
      if (leaderLogStartOffset > log.logStartOffset && leaderLogStartOffset <= log.logEndOffset) {
        log.deleteRecordsBefore(leaderLogStartOffset);
        partition.producers.onLogStartOffsetIncremented(log.logStartOffset);
      }
      // A follower's high watermark never exceeds what it has (KIP-101).
      const hw = Math.min(highWatermark, log.logEndOffset);
      if (hw > partition.highWatermark) {
        partition.highWatermark = hw;
        partition.notifyChange();
      }
    },
    truncate: (
      partition: Partition,
      diverging: { epoch: number; endOffset: number } | null,
      outOfRange: { leaderLogStartOffset: number; leaderHighWatermark: number } | null,
    ): void => {
      const log = partition.log;
      if (diverging !== null) {
        // KIP-320/KIP-279: the leader says where its log ends `diverging.epoch`; keep the common
        // prefix. When that is not yet known the next fetch asks about an older epoch.
        const step = truncationOffset({
          epochs: log.leaderEpochs(),
          logEndOffset: log.logEndOffset,
          highWatermark: partition.highWatermark,
          leaderAnswer: { leaderEpoch: diverging.epoch, endOffset: diverging.endOffset },
        });
        const to = step.truncateTo;
        if (to < log.logEndOffset) {
          this.log.info({ topic: partition.topic, partition: partition.index, from: log.logEndOffset, to, divergingEpoch: diverging.epoch }, 'truncating divergent log');
          log.truncateTo(Math.max(to, log.logStartOffset));
          this.afterTruncation(partition);
        }
        return;
      }
      if (outOfRange !== null) {
        if (outOfRange.leaderLogStartOffset > log.logEndOffset) {
          this.log.info({ topic: partition.topic, partition: partition.index, startAt: outOfRange.leaderLogStartOffset }, 'follower behind the leader log start: restarting the log there');
          log.truncateFullyAndStartAt(outOfRange.leaderLogStartOffset);
          partition.producers.truncateFullyAndStartAt(outOfRange.leaderLogStartOffset);
          partition.highWatermark = log.logEndOffset;
        } else if (log.logEndOffset > outOfRange.leaderHighWatermark) {
          log.truncateTo(Math.max(outOfRange.leaderHighWatermark, log.logStartOffset));
          this.afterTruncation(partition);
        }
      }
    },
  };

  /** Producer state and high watermark after the log was cut back. */
  private afterTruncation(partition: Partition): void {
    const log = partition.log;
    partition.highWatermark = Math.min(partition.highWatermark, log.logEndOffset);
    if (partition.producers.truncateTo(log.logEndOffset) === 'reload') {
      partition.producers = reloadProducerState(log, PRODUCER_ID_EXPIRATION_MS);
    }
  }

  /**
   * Appends validated batches as leader, assigning offsets in place. With acks=all the caller
   * then waits for the high watermark (waitForReplication); min.insync.replicas is checked here,
   * before anything is written (NOT_ENOUGH_REPLICAS).
   */
  appendAsLeader(partition: Partition, batches: Buffer, minInsyncReplicasCheck: boolean, producerBatch?: ProducerBatch): AppendOutcome & { lastOffset: number } {
    const isr = partition.state.isr.length;
    const minIsr = Number(partition.configs.get('min.insync.replicas'));
    if (minInsyncReplicasCheck && (partition.replicaState?.checkMinIsr(minIsr) ?? (isr < minIsr ? ErrorCode.NOT_ENOUGH_REPLICAS : ErrorCode.NONE)) !== ErrorCode.NONE) {
      return {
        errorCode: ErrorCode.NOT_ENOUGH_REPLICAS,
        errorMessage: `The size of the current ISR ${isr} is insufficient to satisfy the min.isr requirement of ${minIsr}`,
        baseOffset: -1,
        logAppendTimeMs: -1,
        logStartOffset: partition.log.logStartOffset,
        recordErrors: [],
        lastOffset: -1,
      };
    }
    if (producerBatch !== undefined) {
      // Idempotence (KIP-98): a retried batch is answered with its original offsets, a gap or
      // a stale epoch with Kafka's error; nothing is appended in either case.
      const check = partition.producers.checkAppend(producerBatch);
      if (check.kind === 'duplicate') {
        return { errorCode: ErrorCode.NONE, errorMessage: null, baseOffset: check.firstOffset, logAppendTimeMs: -1, logStartOffset: partition.log.logStartOffset, recordErrors: [], lastOffset: check.lastOffset };
      }
      if (check.kind === 'error') {
        return { errorCode: check.errorCode, errorMessage: check.message, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: partition.log.logStartOffset, recordErrors: [], lastOffset: -1 };
      }
    }
    const logAppendTime = partition.configs.get('message.timestamp.type') === 'LogAppendTime';
    let info: AppendInfo;
    try {
      info = partition.log.appendAsLeader(batches, {
        leaderEpoch: partition.leaderEpoch,
        ...(logAppendTime ? { logAppendTimeMs: this.opts.nowMs() } : {}),
      });
    } catch (err) {
      partition.tail?.clear();
      this.log.error({ err, topic: partition.topic, partition: partition.index }, 'append failed');
      return {
        errorCode: ErrorCode.KAFKA_STORAGE_ERROR,
        errorMessage: 'Disk error when trying to access log file on the disk.',
        baseOffset: -1,
        logAppendTimeMs: -1,
        logStartOffset: partition.log.logStartOffset,
        recordErrors: [],
        lastOffset: -1,
      };
    }
    if (producerBatch !== undefined) partition.producers.onAppended(producerBatch, info.firstOffset, info.lastOffset);
    // The batches now carry their offsets (and any log append time): the same bytes as the log.
    if (partition.tail !== null && partition.state.replicas.length > 1) partition.tail.append(batches, info.firstOffset, info.lastOffset + 1);
    partition.replicaState?.onLeaderAppend(partition.log.logEndOffset, this.opts.nowMs());
    partition.syncHighWatermark();
    partition.notifyChange();
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      baseOffset: info.firstOffset,
      logAppendTimeMs: info.logAppendTimeMs,
      logStartOffset: partition.log.logStartOffset,
      recordErrors: [],
      lastOffset: info.lastOffset,
    };
  }

  /**
   * acks=all: resolves when the high watermark covers `requiredOffset` (every ISR member has the
   * batch), with Kafka's outcome: NONE, NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below
   * min.insync.replicas meanwhile, NOT_LEADER_OR_FOLLOWER when leadership moved, or
   * REQUEST_TIMED_OUT after `timeoutMs` (the batch stays in the log; the producer retries).
   */
  async waitForReplication(partition: Partition, requiredOffset: number, leaderEpoch: number, timeoutMs: number): Promise<number> {
    const deadline = this.opts.nowMs() + timeoutMs;
    for (;;) {
      if (this.partitions.get(partition.key) !== partition || partition.state.leader !== this.opts.nodeId || partition.leaderEpoch !== leaderEpoch) {
        return ErrorCode.NOT_LEADER_OR_FOLLOWER;
      }
      const minIsr = Number(partition.configs.get('min.insync.replicas'));
      const completion = partition.replicaState?.checkAcksAllCompletion(requiredOffset, minIsr);
      if (completion?.kind === 'done') return completion.errorCode;
      const remaining = deadline - this.opts.nowMs();
      if (remaining <= 0) return ErrorCode.REQUEST_TIMED_OUT;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          cancel();
          resolve();
        }, remaining);
        const cancel = partition.waitForChange(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Reads for a consumer fetch: whole batches from the one containing `fetchOffset`, up to the
   * high watermark, at most `maxBytes` unless `minOneBatch` (KIP-74: the first partition with
   * data returns at least one batch whatever its size).
   */
  readForFetch(partition: Partition, fetchOffset: number, maxBytes: number, minOneBatch: boolean): FetchRead {
    return this.read(partition, fetchOffset, maxBytes, minOneBatch, partition.highWatermark);
  }

  /**
   * A follower's fetch (replica id >= 0): it reports the follower's log end offset (which may
   * advance the high watermark and wake acks=all producers) and reads up to the log end, not
   * the high watermark. When the follower's last fetched epoch shows its log diverged from ours,
   * the answer is the diverging epoch and no records (KIP-320).
   */
  readForFollower(
    partition: Partition,
    replicaId: number,
    fetchOffset: number,
    lastFetchedEpoch: number,
    maxBytes: number,
    minOneBatch: boolean,
  ): FetchRead & { divergingEpoch?: { epoch: number; endOffset: number } } {
    const log = partition.log;
    const check = checkLastFetchedEpoch({ epochs: log.leaderEpochs(), logStartOffset: log.logStartOffset, logEndOffset: log.logEndOffset }, fetchOffset, lastFetchedEpoch);
    const base = { highWatermark: partition.highWatermark, lastStableOffset: partition.highWatermark, logStartOffset: log.logStartOffset };
    if (check.kind === 'diverging') {
      return { ...base, errorCode: ErrorCode.NONE, records: Buffer.alloc(0), bytes: 0, divergingEpoch: { epoch: check.divergingEpoch.leaderEpoch, endOffset: check.divergingEpoch.endOffset } };
    }
    if (check.kind === 'error') return { ...base, errorCode: check.errorCode, records: null, bytes: 0 };
    const state = partition.replicaState;
    if (state !== null && fetchOffset >= log.logStartOffset && fetchOffset <= log.logEndOffset) {
      const recorded = state.onFollowerFetch(replicaId, fetchOffset, this.opts.nowMs(), log.logEndOffset);
      if (recorded.kind === 'recorded' && recorded.highWatermarkAdvanced && partition.syncHighWatermark()) partition.notifyChange();
      partition.tail?.evictBelow(state.minFollowerLogEndOffset());
    }
    return this.read(partition, fetchOffset, maxBytes, minOneBatch, log.logEndOffset);
  }

  private read(partition: Partition, fetchOffset: number, maxBytes: number, minOneBatch: boolean, upTo: number): FetchRead {
    const log = partition.log;
    const base = {
      highWatermark: partition.highWatermark,
      lastStableOffset: partition.highWatermark,
      logStartOffset: log.logStartOffset,
    };
    if (fetchOffset < log.logStartOffset || fetchOffset > log.logEndOffset) {
      return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: null, bytes: 0 };
    }
    if (fetchOffset >= upTo || maxBytes <= 0) {
      return { ...base, errorCode: ErrorCode.NONE, records: Buffer.alloc(0), bytes: 0 };
    }
    const fromTail = partition.tail?.read(fetchOffset, maxBytes, Math.min(upTo, log.logEndOffset), minOneBatch, log.logEndOffset) ?? null;
    if (fromTail !== null) return { ...base, errorCode: ErrorCode.NONE, records: fromTail.records, bytes: fromTail.records.length, release: fromTail.release };
    // Segment reads go into pooled buffers, given back once the response is written (or, when
    // a read spans segments and its chunks are joined into a new buffer, at once).
    const pool = this.readPool;
    const acquired: Buffer[] = [];
    const releaseAcquired = (): void => {
      for (const buf of acquired.splice(0)) pool.release(buf);
    };
    const allocate = (bytes: number): Buffer => {
      const pooled = pool.acquire(bytes);
      if (pooled === null) return Buffer.allocUnsafe(bytes);
      acquired.push(pooled);
      return pooled;
    };
    try {
      const read = log.read(fetchOffset, maxBytes, { maxOffset: upTo, minOneBatch, allocate });
      if (read.chunks.length === 1) {
        return { ...base, errorCode: ErrorCode.NONE, records: read.chunks[0]!, bytes: read.bytes, ...(acquired.length > 0 ? { release: releaseAcquired } : {}) };
      }
      const records = Buffer.concat(read.chunks, read.bytes);
      releaseAcquired();
      return { ...base, errorCode: ErrorCode.NONE, records, bytes: read.bytes };
    } catch (err) {
      releaseAcquired();
      if (err instanceof OffsetOutOfRangeError) {
        return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: null, bytes: 0 };
      }
      this.log.error({ err, topic: partition.topic, partition: partition.index }, 'read failed');
      return { ...base, errorCode: ErrorCode.KAFKA_STORAGE_ERROR, records: null, bytes: 0 };
    }
  }

  /**
   * ISR maintenance on the partitions this broker leads (Kafka's maybeShrinkIsr and
   * maybeExpandIsr): followers not caught up within replica.lag.time.max.ms leave the ISR,
   * followers that caught up with the high watermark in this leader epoch join it. Changes go
   * to the controller as AlterPartition with the partition epoch (one in flight per partition)
   * and take effect when committed in the metadata log.
   */
  async maintainIsr(): Promise<void> {
    const hooks = this.opts.replication;
    if (hooks === undefined) return;
    const now = this.opts.nowMs();
    const changes: Array<{ partition: Partition; state: PartitionReplicaState; proposal: IsrChangeProposal }> = [];
    // Brokers come and go without their partitions changing: eligibility is refreshed here.
    const metadata = this.opts.metadata;
    for (const partition of this.partitions.values()) {
      const state = partition.replicaState;
      if (state === null || partition.state.leader !== this.opts.nodeId) continue;
      state.setIneligibleReplicas(partition.state.replicas.filter((id) => !metadata.isEligibleReplica(id)), now);
      partition.tail?.releaseIdle();
      if (state.maybeAdvanceHighWatermark(now) && partition.syncHighWatermark()) partition.notifyChange();
      const proposal = state.isrChange(now);
      if (proposal !== null) changes.push({ partition, state, proposal });
    }
    if (changes.length === 0) return;
    const byTopic = new Map<string, typeof changes>();
    for (const c of changes) {
      const list = byTopic.get(c.partition.topicId) ?? [];
      list.push(c);
      byTopic.set(c.partition.topicId, list);
      this.log.info({ topic: c.partition.topic, partition: c.partition.index, kind: c.proposal.kind, isr: c.partition.state.isr, newIsr: c.proposal.isr }, 'proposing ISR change');
    }
    const request: AlterPartitionRequest = {
      brokerId: this.opts.nodeId,
      brokerEpoch: hooks.brokerEpoch(),
      topics: [...byTopic.entries()].map(([topicId, list]) => ({
        topicId,
        partitions: list.map(({ partition, proposal }) => ({
          partition: partition.index,
          leaderEpoch: proposal.leaderEpoch,
          newIsr: proposal.isr.map((brokerId) => ({ brokerId, brokerEpoch: -1 })),
          leaderRecoveryState: 0,
          partitionEpoch: proposal.partitionEpoch,
        })),
      })),
    };
    let response: AlterPartitionResponse;
    try {
      response = await hooks.alterPartition(request);
    } catch (err) {
      // The controller did not answer: the proposal stays pending until metadata brings a
      // newer registration (onPartitionChange), as Kafka's leader does after a failed send.
      this.log.warn({ err: (err as Error).message }, 'AlterPartition failed');
      return;
    }
    const after = this.opts.nowMs();
    for (const t of response.topics) {
      for (const r of t.partitions) {
        const c = changes.find((x) => x.partition.topicId === t.topicId && x.partition.index === r.partition);
        if (c === undefined || c.partition.replicaState !== c.state) continue;
        if (r.errorCode !== ErrorCode.NONE) this.log.info({ topic: c.partition.topic, partition: r.partition, errorCode: r.errorCode }, 'ISR change refused');
        if (c.state.onAlterPartitionResponse(c.proposal, r, after) && c.partition.syncHighWatermark()) c.partition.notifyChange();
      }
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
    partition.producers.onLogStartOffsetIncremented(lowWatermark);
    partition.notifyChange();
    return { errorCode: ErrorCode.NONE, lowWatermark };
  }

  /** Periodic work: retention, time-based rolls and flushes. */
  async runRetention(): Promise<number> {
    let deleted = 0;
    for (const partition of this.partitions.values()) {
      const removed = partition.log.applyRetention();
      if (removed > 0) partition.producers.onLogStartOffsetIncremented(partition.log.logStartOffset);
      deleted += removed;
    }
    return deleted;
  }

  async tick(): Promise<void> {
    const now = this.opts.nowMs();
    for (const partition of this.partitions.values()) {
      await partition.log.tick();
      partition.producers.removeExpiredProducers(now);
    }
  }

  /**
   * The log cleaner (Kafka's LogCleaner): one compaction pass per due partition of a topic with
   * cleanup.policy=compact, one at a time, never past the high watermark (records not yet
   * committed may still be truncated). Returns the partitions cleaned.
   */
  async runCleaner(): Promise<number> {
    let cleaned = 0;
    for (const partition of [...this.partitions.values()]) {
      if (!String(partition.configs.get('cleanup.policy')).includes('compact')) continue;
      // Passes repeat while the offset map filled up before the dirty range ended.
      for (let pass = 0; pass < 16; pass++) {
        if (this.partitions.get(partition.key) !== partition) break;
        const activeProducerLastOffsets = new Map(partition.producers.activeProducers().map((p) => [p.producerId, p.batches.at(-1)?.lastOffset ?? -1] as const));
        const result = await partition.log.compact({ uncleanableOffset: partition.highWatermark, activeProducerLastOffsets });
        if (result === null) break;
        cleaned++;
        if (!result.isMapFull) break;
      }
    }
    return cleaned;
  }

  /**
   * Writes replication-offset-checkpoint (every partition's high watermark) off the event loop;
   * resolves when it is durable. A call while one is in flight joins it (the next period writes
   * the newer values).
   */
  checkpointHighWatermarks(): Promise<void> {
    this.checkpointing ??= writeHighWatermarksInBackground(this.opts.logDir, this.highWatermarkEntries()).finally(() => {
      this.checkpointing = null;
    });
    return this.checkpointing;
  }

  private highWatermarkEntries(): Array<{ topic: string; partition: number; highWatermark: number }> {
    return [...this.partitions.values()].map((p) => ({ topic: p.topic, partition: p.index, highWatermark: p.highWatermark }));
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.fetchers.values()].map((f) => f.stop()));
    this.fetchers.clear();
    // The last checkpoint is written after any periodic one, so it is the one that stays.
    await this.checkpointing?.catch(() => {});
    writeHighWatermarks(this.opts.logDir, this.highWatermarkEntries());
    for (const partition of this.partitions.values()) {
      partition.resetTail(null);
      partition.notifyChange();
      saveProducerState(partition.log.dir, partition.producers);
      await partition.log.close();
    }
    this.partitions.clear();
  }
}
