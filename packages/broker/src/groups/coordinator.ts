import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { decodeRecordBatches, encodeRecordBatch, ErrorCode } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { GroupCoordinatorConfig } from '../config.js';
import type { MetadataView, TopicAdmin } from '../services/metadata.js';
import type { LeadershipChange, Partition, ReplicaManager } from '../services/replica-manager.js';
import { groupPartition } from './core/partitioner.js';
import {
  GroupShard,
  type CommitPartition,
  type CommitReply,
  type DeleteOffsetsReply,
  type DescribedClassicGroup,
  type DescribedConsumerGroup,
  type FetchedOffset,
  type LeaveReply,
  type ListedGroup,
} from './core/shard.js';
import { heartbeatError, type ConsumerHeartbeatInput, type ConsumerHeartbeatReply, type TopicsView } from './core/consumer-group.js';
import { joinError, syncError, type JoinInput, type JoinReply, type SyncInput, type SyncReply } from './core/classic-group.js';
import { defaultGroupConfig, type GroupConfig, type ReplyId, type ShardResult } from './core/types.js';
import { decodeGroupRecord, encodeGroupRecord } from './records.js';
import { GROUP_TICK_MS, OFFSETS_LOAD_BUFFER_BYTES, OFFSETS_TOPIC_CREATE_WAIT_MS } from './limits.js';

export const OFFSETS_TOPIC = '__consumer_offsets';

/** A coordinator-level failure: the group is not served here, or not yet. */
export type CoordinatorError = typeof ErrorCode.NOT_COORDINATOR | typeof ErrorCode.COORDINATOR_NOT_AVAILABLE | typeof ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;

export interface GroupCoordinatorOptions {
  readonly nodeId: number;
  readonly config: GroupCoordinatorConfig;
  readonly replicas: ReplicaManager;
  readonly metadata: MetadataView;
  readonly admin: TopicAdmin;
  readonly log: Logger;
  readonly nowMs: () => number;
}

interface Pending {
  readonly resolve: (body: unknown) => void;
  readonly fail: (errorCode: number) => void;
}

/**
 * One __consumer_offsets partition this broker leads. Transitions: loading (records are read
 * back from the log into a fresh shard) -> active (serving); either -> gone when leadership
 * moves (waiting requests are answered NOT_COORDINATOR) or a write fails before reaching the log
 * (the shard is loaded again, so memory never holds what the log does not).
 */
interface ShardState {
  readonly partitionIndex: number;
  readonly leaderEpoch: number;
  status: 'loading' | 'active';
  shard: GroupShard;
  /** Requests of this shard waiting for an answer. */
  readonly outstanding: Set<ReplyId>;
  /** End offset of the last batch this coordinator appended: replies wait until it is replicated. */
  writtenEnd: number;
}

/** Kafka's mapping of append errors to coordinator errors (GroupMetadataManager, CoordinatorRuntime). */
function coordinatorErrorOf(appendError: number): number {
  switch (appendError) {
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    default:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  }
}

/**
 * The group coordinator of one broker (Kafka's GroupCoordinatorService and CoordinatorRuntime):
 * it leads the groups whose __consumer_offsets partition it leads. Each partition's state is a
 * pure GroupShard; this runtime feeds it requests and time, appends the records it returns to
 * the partition as leader (acks=all: replies go out once the high watermark covers them), loads
 * a partition by replaying its log when leadership arrives, and unloads it when leadership goes.
 */
export class GroupCoordinator {
  private readonly opts: GroupCoordinatorOptions;
  private readonly log: Logger;
  private readonly core: GroupConfig;
  private readonly shards = new Map<number, ShardState>();
  private readonly pending = new Map<ReplyId, Pending>();
  private nextReplyId = 1;
  private timers: NodeJS.Timeout[] = [];
  private creating: Promise<void> | null = null;
  private stopped = false;

  constructor(opts: GroupCoordinatorOptions) {
    this.opts = opts;
    this.log = opts.log.child({ component: 'group-coordinator' });
    const c = opts.config;
    this.core = {
      ...defaultGroupConfig,
      groupMinSessionTimeoutMs: c.minSessionTimeoutMs,
      groupMaxSessionTimeoutMs: c.maxSessionTimeoutMs,
      groupInitialRebalanceDelayMs: c.initialRebalanceDelayMs,
      groupMaxSize: c.maxSize,
      offsetsRetentionMs: c.offsetsRetentionMs,
      offsetMetadataMaxBytes: c.offsetMetadataMaxBytes,
      consumerGroupSessionTimeoutMs: c.consumerSessionTimeoutMs,
      consumerGroupHeartbeatIntervalMs: c.consumerHeartbeatIntervalMs,
      consumerGroupMaxSize: c.consumerMaxSize,
      consumerGroupAssignors: c.consumerAssignors,
    };
    opts.replicas.onLeadershipChange((change) => this.onLeadershipChange(change));
  }

  /** Loads the partitions this broker already leads and starts the timers. */
  start(): void {
    for (const partition of this.opts.replicas.allPartitions()) {
      if (partition.topic === OFFSETS_TOPIC && this.opts.replicas.isLeader(partition)) this.beginLoad(partition);
    }
    this.timers.push(
      setInterval(() => this.tick(), GROUP_TICK_MS),
      setInterval(() => this.expireOffsets(), Math.max(1000, this.opts.config.offsetsRetentionCheckIntervalMs)),
    );
    for (const t of this.timers) t.unref();
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    for (const state of [...this.shards.values()]) this.unload(state, ErrorCode.NOT_COORDINATOR);
  }

  /** Groups coordinated here (the ops endpoint's gauge). */
  groupCount(): number {
    let n = 0;
    for (const s of this.shards.values()) if (s.status === 'active') n += s.shard.groupCount;
    return n;
  }

  /** Topic names, ids and partition counts as this broker's metadata has them (KIP-848 assignments). */
  private readonly topics: TopicsView = {
    topicByName: (name) => {
      const t = this.opts.metadata.topic(name);
      return t === undefined ? undefined : { topicId: t.topicId, partitions: t.partitions.length };
    },
    topicById: (topicId) => {
      const t = this.opts.metadata.topicById(topicId);
      return t === undefined ? undefined : { name: t.name, partitions: t.partitions.length };
    },
    topicNames: () => {
      const names: string[] = [];
      for (const t of this.opts.metadata.topics()) if (!t.isInternal) names.push(t.name);
      return names;
    },
  };

  /** The partition of __consumer_offsets that holds `groupId`. */
  partitionFor(groupId: string): number {
    const topic = this.opts.metadata.topic(OFFSETS_TOPIC);
    return groupPartition(groupId, topic !== undefined && topic.partitions.length > 0 ? topic.partitions.length : this.opts.config.offsetsTopicNumPartitions);
  }

  // -------------------------------------------------------------------------------------------
  // Leadership and loading

  private onLeadershipChange(change: LeadershipChange): void {
    if (change.topic !== OFFSETS_TOPIC || this.stopped) return;
    const current = this.shards.get(change.partition);
    if (!change.isLeader) {
      if (current !== undefined) this.unload(current, ErrorCode.NOT_COORDINATOR);
      return;
    }
    if (current !== undefined && current.leaderEpoch === change.leaderEpoch) return;
    if (current !== undefined) this.unload(current, ErrorCode.NOT_COORDINATOR);
    this.beginLoad(change.replica);
  }

  private unload(state: ShardState, errorCode: number): void {
    if (this.shards.get(state.partitionIndex) === state) this.shards.delete(state.partitionIndex);
    for (const id of state.outstanding) {
      const p = this.pending.get(id);
      this.pending.delete(id);
      p?.fail(errorCode);
    }
    state.outstanding.clear();
    if (state.status === 'active' && state.shard.groupCount > 0) this.log.info({ partition: state.partitionIndex, leaderEpoch: state.leaderEpoch, groups: state.shard.groupCount }, 'group coordinator partition unloaded');
  }

  private isCurrent(state: ShardState): boolean {
    const partition = this.opts.replicas.partition(OFFSETS_TOPIC, state.partitionIndex);
    return this.shards.get(state.partitionIndex) === state && partition !== undefined && this.opts.replicas.isLeader(partition) && partition.leaderEpoch === state.leaderEpoch;
  }

  private beginLoad(partition: Partition): void {
    const state: ShardState = {
      partitionIndex: partition.index,
      leaderEpoch: partition.leaderEpoch,
      status: 'loading',
      shard: new GroupShard(partition.index, this.core),
      outstanding: new Set(),
      writtenEnd: 0,
    };
    this.shards.set(partition.index, state);
    void this.load(state).catch((err: unknown) => {
      // A coordinator log that cannot be read back is a broken invariant (STYLE.md principle 8).
      this.log.fatal({ err, partition: state.partitionIndex }, 'loading __consumer_offsets failed');
      this.unload(state, ErrorCode.COORDINATOR_NOT_AVAILABLE);
      throw err;
    });
  }

  /** Replays the partition from its log start to its log end, one buffer at a time. */
  private async load(state: ShardState): Promise<void> {
    const started = performance.now();
    let records = 0;
    for (;;) {
      await yieldToLoop();
      if (!this.isCurrent(state)) return;
      const partition = this.opts.replicas.partition(OFFSETS_TOPIC, state.partitionIndex)!;
      const log = partition.log;
      let offset = Math.max(state.writtenEnd, log.logStartOffset);
      const end = log.logEndOffset;
      if (offset >= end) {
        state.writtenEnd = end;
        break;
      }
      const read = log.read(offset, OFFSETS_LOAD_BUFFER_BYTES, { maxOffset: end, minOneBatch: true });
      const bytes = read.chunks.length === 1 ? read.chunks[0]! : Buffer.concat(read.chunks);
      const now = this.opts.nowMs();
      for (const batch of decodeRecordBatches(bytes)) {
        if (batch.isControl) continue;
        for (const record of batch.records) {
          if (record.offset < offset || record.key === null) continue;
          const decoded = decodeGroupRecord(record.key, record.value);
          if (decoded !== null) state.shard.replay(decoded, now);
          records++;
        }
      }
      offset = Math.max(read.nextOffset, offset + 1);
      state.writtenEnd = offset;
    }
    state.shard.finishLoading(this.opts.nowMs());
    state.status = 'active';
    const fields = { partition: state.partitionIndex, leaderEpoch: state.leaderEpoch, records, groups: state.shard.groupCount, loadMs: Math.round(performance.now() - started) };
    if (records > 0) this.log.info(fields, 'group coordinator partition loaded');
    else this.log.debug(fields, 'group coordinator partition loaded');
  }

  // -------------------------------------------------------------------------------------------
  // Running operations

  /** The active shard serving a group, or the coordinator error to answer with. */
  private shardFor(groupId: string): ShardState | CoordinatorError {
    if (this.stopped) return ErrorCode.NOT_COORDINATOR;
    if (this.opts.metadata.topic(OFFSETS_TOPIC) === undefined) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    const index = this.partitionFor(groupId);
    const state = this.shards.get(index);
    if (state === undefined) {
      const partition = this.opts.replicas.partition(OFFSETS_TOPIC, index);
      if (partition !== undefined && this.opts.replicas.isLeader(partition)) {
        // Leadership arrived before its announcement reached us: load now.
        this.beginLoad(partition);
        return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
      }
      return ErrorCode.NOT_COORDINATOR;
    }
    return state.status === 'loading' ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : state;
  }

  /**
   * Runs one operation on a group's shard: registers the reply the caller awaits, steps the
   * shard, then appends and answers (see `process`). Coordinator errors answer at once.
   */
  private run<T>(groupId: string, fail: (errorCode: number) => T, step: (shard: GroupShard, replyId: ReplyId, nowMs: number) => ShardResult): Promise<T> {
    const state = this.shardFor(groupId);
    if (typeof state === 'number') return Promise.resolve(fail(state));
    const replyId = this.nextReplyId++;
    const promise = new Promise<T>((resolve) => {
      this.pending.set(replyId, { resolve: (body) => resolve(body as T), fail: (code) => resolve(fail(code)) });
    });
    state.outstanding.add(replyId);
    this.process(state, step(state.shard, replyId, this.opts.nowMs()));
    return promise;
  }

  /** A read of a group's shard, answered once everything written before it is replicated. */
  private async read<T>(groupId: string, fail: (errorCode: number) => T, readOp: (shard: GroupShard) => T): Promise<T> {
    const state = this.shardFor(groupId);
    if (typeof state === 'number') return fail(state);
    const errorCode = await this.whenReplicated(state, state.writtenEnd);
    if (errorCode !== ErrorCode.NONE) return fail(errorCode);
    if (!this.isCurrent(state) || state.status !== 'active') return fail(ErrorCode.NOT_COORDINATOR);
    return readOp(state.shard);
  }

  /**
   * Carries out a shard result: its records go to the log as one batch (leader append, with
   * min.insync.replicas checked), and its replies are delivered once the high watermark covers
   * everything this coordinator wrote so far, so no answer reveals state a failover could lose.
   * An append that fails leaves memory ahead of the log: the shard is loaded again from the log.
   */
  private process(state: ShardState, result: ShardResult): void {
    if (result.records.length > 0) {
      const partition = this.opts.replicas.partition(OFFSETS_TOPIC, state.partitionIndex);
      let errorCode: number = ErrorCode.NOT_COORDINATOR;
      if (partition !== undefined && this.isCurrent(state)) {
        const now = this.opts.nowMs();
        const batch = encodeRecordBatch({ records: result.records.map((r) => ({ timestamp: now, ...encodeGroupRecord(r) })) });
        const outcome = this.opts.replicas.appendAsLeader(partition, batch, true);
        errorCode = outcome.errorCode;
        if (errorCode === ErrorCode.NONE) state.writtenEnd = outcome.lastOffset + 1;
      }
      if (errorCode !== ErrorCode.NONE) {
        const code = coordinatorErrorOf(errorCode);
        this.log.warn({ partition: state.partitionIndex, errorCode, records: result.records.length }, 'group coordinator write failed; reloading the partition');
        for (const r of result.replies) this.failReply(state, r.to, code);
        this.unload(state, code);
        if (partition !== undefined && this.opts.replicas.isLeader(partition)) this.beginLoad(partition);
        return;
      }
    }
    if (result.replies.length === 0) return;
    const required = state.writtenEnd;
    const partition = this.opts.replicas.partition(OFFSETS_TOPIC, state.partitionIndex);
    if (partition !== undefined && partition.highWatermark >= required) {
      for (const r of result.replies) this.deliver(state, r.to, r.body);
      return;
    }
    void this.whenReplicated(state, required).then((errorCode) => {
      for (const r of result.replies) {
        if (errorCode === ErrorCode.NONE) this.deliver(state, r.to, r.body);
        else this.failReply(state, r.to, errorCode);
      }
    });
  }

  /** NONE once the partition's high watermark reaches `offset`, else the coordinator error. */
  private async whenReplicated(state: ShardState, offset: number): Promise<number> {
    const partition = this.opts.replicas.partition(OFFSETS_TOPIC, state.partitionIndex);
    if (partition === undefined || !this.isCurrent(state)) return ErrorCode.NOT_COORDINATOR;
    if (partition.highWatermark >= offset) return ErrorCode.NONE;
    const errorCode = await this.opts.replicas.waitForReplication(partition, offset, state.leaderEpoch, this.opts.config.offsetsCommitTimeoutMs);
    return errorCode === ErrorCode.NONE ? ErrorCode.NONE : coordinatorErrorOf(errorCode);
  }

  private deliver(state: ShardState, id: ReplyId, body: unknown): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    state.outstanding.delete(id);
    p.resolve(body);
  }

  private failReply(state: ShardState, id: ReplyId, errorCode: number): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    state.outstanding.delete(id);
    p.fail(errorCode);
  }

  private tick(): void {
    const now = this.opts.nowMs();
    for (const state of [...this.shards.values()]) {
      if (state.status !== 'active' || state.shard.nextDeadlineMs() > now) continue;
      this.process(state, state.shard.tick(now));
    }
  }

  private expireOffsets(): void {
    const now = this.opts.nowMs();
    for (const state of [...this.shards.values()]) {
      if (state.status === 'active') this.process(state, state.shard.expireOffsets(now, this.topics));
    }
  }

  // -------------------------------------------------------------------------------------------
  // FindCoordinator and __consumer_offsets

  /**
   * Creates __consumer_offsets if it does not exist yet (the first FindCoordinator for a group
   * does, as in Kafka): offsets.topic.num.partitions partitions, replication factor
   * offsets.topic.replication.factor capped at the live brokers, compacted.
   */
  private ensureOffsetsTopic(): Promise<void> {
    if (this.opts.metadata.topic(OFFSETS_TOPIC) !== undefined) return Promise.resolve();
    if (this.creating !== null) return this.creating;
    const c = this.opts.config;
    const replicationFactor = Math.max(1, Math.min(c.offsetsTopicReplicationFactor, this.opts.metadata.brokers().length));
    this.creating = (async () => {
      const [result] = await this.opts.admin.createTopics(
        [
          {
            name: OFFSETS_TOPIC,
            numPartitions: c.offsetsTopicNumPartitions,
            replicationFactor,
            assignments: [],
            configs: [
              { name: 'cleanup.policy', value: 'compact' },
              { name: 'compression.type', value: 'producer' },
              { name: 'segment.bytes', value: String(c.offsetsTopicSegmentBytes) },
            ],
          },
        ],
        false,
      );
      if (result !== undefined && result.errorCode !== ErrorCode.NONE && result.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
        this.log.warn({ errorCode: result.errorCode, errorMessage: result.errorMessage }, 'creating __consumer_offsets failed');
      } else {
        this.log.info({ partitions: c.offsetsTopicNumPartitions, replicationFactor }, 'created __consumer_offsets');
      }
    })().finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  /** FindCoordinator for a group: the leader of its __consumer_offsets partition. */
  async findCoordinator(groupId: string): Promise<{ errorCode: number; errorMessage: string | null; nodeId: number; host: string; port: number }> {
    const none = (errorCode: number, errorMessage: string | null = null) => ({ errorCode, errorMessage, nodeId: -1, host: '', port: -1 });
    if (this.opts.metadata.topic(OFFSETS_TOPIC) === undefined) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, OFFSETS_TOPIC_CREATE_WAIT_MS)));
      try {
        await Promise.race([this.ensureOffsetsTopic(), timeout]);
      } catch (err) {
        this.log.warn({ err }, 'creating __consumer_offsets failed');
      } finally {
        clearTimeout(timer);
      }
    }
    const topic = this.opts.metadata.topic(OFFSETS_TOPIC);
    if (topic === undefined) return none(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The coordinator is not available.');
    const state = topic.partitions[this.partitionFor(groupId)];
    if (state === undefined || state.leader < 0) return none(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The coordinator is not available.');
    const broker = this.opts.metadata.brokers().find((b) => b.nodeId === state.leader);
    if (broker === undefined) return none(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'The coordinator is not available.');
    return { errorCode: ErrorCode.NONE, errorMessage: null, nodeId: broker.nodeId, host: broker.host, port: broker.port };
  }

  // -------------------------------------------------------------------------------------------
  // The classic protocol

  joinGroup(groupId: string, input: Omit<JoinInput, 'replyId' | 'newMemberIdSuffix'>): Promise<JoinReply> {
    return this.run(groupId, (code) => joinError(input.memberId, code), (shard, replyId, now) =>
      shard.joinGroup(groupId, { ...input, replyId, newMemberIdSuffix: randomUUID() }, now),
    );
  }

  syncGroup(groupId: string, input: Omit<SyncInput, 'replyId'>): Promise<SyncReply> {
    return this.run(groupId, syncError, (shard, replyId, now) => shard.syncGroup(groupId, { ...input, replyId }, now));
  }

  heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): Promise<number> {
    return this.run(groupId, (code) => code, (shard, replyId, now) => shard.heartbeat(groupId, memberId, groupInstanceId, generationId, replyId, now));
  }

  leaveGroup(groupId: string, members: ReadonlyArray<{ memberId: string; groupInstanceId: string | null }>): Promise<LeaveReply> {
    return this.run(groupId, (errorCode): LeaveReply => ({ errorCode, members: [] }), (shard, replyId, now) => shard.leaveGroup(groupId, members, replyId, now));
  }

  /**
   * OffsetCommit. `memberEpochs`: the request is OffsetCommit v9+, whose generation field is a
   * KIP-848 member epoch (older versions may not commit as members of such groups).
   */
  commitOffsets(
    groupId: string,
    member: { memberId: string; groupInstanceId: string | null; generationId: number },
    retentionMs: number,
    partitions: readonly CommitPartition[],
    memberEpochs = false,
  ): Promise<CommitReply> {
    const all = (errorCode: number): CommitReply => ({ partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode })) });
    return this.run(groupId, all, (shard, replyId, now) =>
      shard.commitOffsets(groupId, member.memberId, member.groupInstanceId, member.generationId, retentionMs, partitions, replyId, now, memberEpochs),
    );
  }

  /** OffsetFetch of one group; v9 members of KIP-848 groups name themselves and are checked. */
  fetchOffsets(
    groupId: string,
    topics: ReadonlyArray<{ name: string; partitions: readonly number[] }> | null,
    member: { memberId: string | null; memberEpoch: number } = { memberId: null, memberEpoch: -1 },
  ): Promise<{ errorCode: number; offsets: FetchedOffset[] }> {
    return this.read<{ errorCode: number; offsets: FetchedOffset[] }>(
      groupId,
      (errorCode) => ({ errorCode, offsets: [] }),
      (shard) => {
        const errorCode = shard.validateOffsetFetch(groupId, member.memberId, member.memberEpoch);
        return errorCode !== ErrorCode.NONE ? { errorCode, offsets: [] } : { errorCode: ErrorCode.NONE, offsets: shard.fetchOffsets(groupId, topics) };
      },
    );
  }

  deleteOffsets(groupId: string, partitions: ReadonlyArray<{ topic: string; partition: number }>): Promise<DeleteOffsetsReply> {
    return this.run(groupId, (errorCode): DeleteOffsetsReply => ({ errorCode, partitions: [] }), (shard, replyId, now) => shard.deleteOffsets(groupId, partitions, replyId, now, this.topics));
  }

  describeGroup(groupId: string): Promise<DescribedClassicGroup> {
    return this.read(
      groupId,
      (errorCode): DescribedClassicGroup => ({ errorCode, groupId, groupState: '', protocolType: '', protocolData: '', members: [] }),
      (shard) => shard.describeGroup(groupId, this.topics),
    );
  }

  // -------------------------------------------------------------------------------------------
  // KIP-848

  consumerGroupHeartbeat(groupId: string, input: Omit<ConsumerHeartbeatInput, 'replyId' | 'newMemberId'>): Promise<ConsumerHeartbeatReply> {
    return this.run(groupId, (code) => heartbeatError(code), (shard, replyId, now) =>
      shard.consumerGroupHeartbeat(groupId, { ...input, replyId, newMemberId: randomUUID() }, now, this.topics),
    );
  }

  consumerGroupDescribe(groupId: string): Promise<DescribedConsumerGroup> {
    return this.read(
      groupId,
      (errorCode): DescribedConsumerGroup => ({ errorCode, errorMessage: null, groupId, groupState: '', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [] }),
      (shard) => shard.consumerGroupDescribe(groupId, this.topics),
    );
  }

  /** DeleteGroups: one shard step per partition involved. */
  async deleteGroups(groupIds: readonly string[]): Promise<Array<{ groupId: string; errorCode: number }>> {
    const byPartition = new Map<number, string[]>();
    for (const id of groupIds) {
      const p = this.partitionFor(id);
      byPartition.set(p, [...(byPartition.get(p) ?? []), id]);
    }
    const results = await Promise.all(
      [...byPartition.values()].map((ids) =>
        this.run(ids[0]!, (errorCode) => ids.map((groupId) => ({ groupId, errorCode })), (shard, replyId, now) => shard.deleteGroups(ids, replyId, now)),
      ),
    );
    const byId = new Map(results.flat().map((r) => [r.groupId, r]));
    return groupIds.map((groupId) => byId.get(groupId) ?? { groupId, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
  }

  /**
   * ListGroups over every partition this broker coordinates; COORDINATOR_LOAD_IN_PROGRESS while
   * one of them is still loading (with the groups known so far).
   */
  async listGroups(statesFilter: readonly string[], typesFilter: readonly string[]): Promise<{ errorCode: number; groups: ListedGroup[] }> {
    const groups: ListedGroup[] = [];
    let errorCode: number = ErrorCode.NONE;
    for (const state of [...this.shards.values()]) {
      if (state.status === 'loading') {
        errorCode = ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
        continue;
      }
      const replicated = await this.whenReplicated(state, state.writtenEnd);
      if (replicated !== ErrorCode.NONE || state.status !== 'active') continue;
      groups.push(...state.shard.listGroups(statesFilter, typesFilter));
    }
    groups.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    return { errorCode, groups };
  }
}
