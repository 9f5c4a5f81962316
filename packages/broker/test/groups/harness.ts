import { encodeConsumerProtocolAssignment, encodeConsumerProtocolSubscription, Writer } from '@gregor/protocol';
import { GroupShard } from '../../src/groups/core/shard.js';
import type { JoinReply, SyncReply } from '../../src/groups/core/classic-group.js';
import type { ConsumerHeartbeatReply, TopicsView } from '../../src/groups/core/consumer-group.js';
import { defaultGroupConfig, type GroupConfig, type GroupRecord, type ShardResult } from '../../src/groups/core/types.js';

/** Consumer-protocol subscription bytes (version 1), as Java and librdkafka clients send them. */
export function subscription(topics: string[]): Buffer {
  const w = new Writer(64);
  w.int16(1);
  encodeConsumerProtocolSubscription(w, 1, { topics, userData: null, ownedPartitions: [], generationId: -1, rackId: null });
  return w.toBuffer();
}

export function assignment(partitions: Record<string, number[]>): Buffer {
  const w = new Writer(64);
  w.int16(0);
  encodeConsumerProtocolAssignment(w, 0, { assignedPartitions: Object.entries(partitions).map(([topic, p]) => ({ topic, partitions: p })), userData: null });
  return w.toBuffer();
}

/** A topic catalogue the tests edit (ids are the names with an "id-" prefix). */
export class FakeTopics implements TopicsView {
  readonly topics = new Map<string, number>();
  set(name: string, partitions: number): this {
    this.topics.set(name, partitions);
    return this;
  }
  idOf(name: string): string {
    return `id-${name}`;
  }
  topicByName(name: string) {
    const n = this.topics.get(name);
    return n === undefined ? undefined : { topicId: this.idOf(name), partitions: n };
  }
  topicById(topicId: string) {
    const name = topicId.slice(3);
    const n = this.topics.get(name);
    return n === undefined || !topicId.startsWith('id-') ? undefined : { name, partitions: n };
  }
  topicNames(): Iterable<string> {
    return this.topics.keys();
  }
}

/**
 * Drives one GroupShard as the runtime would, on a manual clock: every call gets a fresh reply
 * id; replies are collected by id; records are kept in log order, so a test can replay them
 * into a new shard (a coordinator failover) and compare.
 */
export class ShardDriver {
  shard: GroupShard;
  nowMs = 1_000_000;
  readonly log: GroupRecord[] = [];
  readonly replies = new Map<number, unknown>();
  private nextReplyId = 1;
  private nextSuffix = 1;
  readonly config: GroupConfig;
  readonly topics = new FakeTopics().set('t', 4);

  constructor(config: Partial<GroupConfig> = {}) {
    this.config = { ...defaultGroupConfig, groupInitialRebalanceDelayMs: 0, ...config };
    this.shard = new GroupShard(0, this.config);
  }

  private run(result: ShardResult): void {
    this.log.push(...result.records);
    for (const r of result.replies) {
      if (this.replies.has(r.to)) throw new Error(`reply ${r.to} answered twice`);
      this.replies.set(r.to, r.body);
    }
  }

  reply<T>(id: number): T | undefined {
    return this.replies.get(id) as T | undefined;
  }

  advance(ms: number): void {
    this.nowMs += ms;
    this.run(this.shard.tick(this.nowMs));
  }

  join(
    groupId: string,
    opts: {
      memberId?: string;
      instanceId?: string | null;
      clientId?: string;
      protocols?: Array<{ name: string; metadata: Buffer }>;
      topics?: string[];
      sessionTimeoutMs?: number;
      rebalanceTimeoutMs?: number;
      requireKnownMemberId?: boolean;
      skipAssignmentSupported?: boolean;
      protocolType?: string;
    } = {},
  ): number {
    const replyId = this.nextReplyId++;
    this.run(
      this.shard.joinGroup(
        groupId,
        {
          replyId,
          memberId: opts.memberId ?? '',
          groupInstanceId: opts.instanceId ?? null,
          clientId: opts.clientId ?? 'client',
          clientHost: '/127.0.0.1',
          sessionTimeoutMs: opts.sessionTimeoutMs ?? 10_000,
          rebalanceTimeoutMs: opts.rebalanceTimeoutMs ?? 30_000,
          protocolType: opts.protocolType ?? 'consumer',
          protocols: opts.protocols ?? [{ name: 'range', metadata: subscription(opts.topics ?? ['t']) }],
          requireKnownMemberId: opts.requireKnownMemberId ?? false,
          skipAssignmentSupported: opts.skipAssignmentSupported ?? true,
          newMemberIdSuffix: `m${this.nextSuffix++}`,
        },
        this.nowMs,
      ),
    );
    return replyId;
  }

  /** Joins until the JoinGroup is answered with something other than MEMBER_ID_REQUIRED. */
  joinNow(groupId: string, opts: Parameters<ShardDriver['join']>[1] = {}): JoinReply {
    const id = this.join(groupId, opts);
    const r = this.reply<JoinReply>(id);
    if (r === undefined) throw new Error('JoinGroup is still waiting');
    return r;
  }

  sync(groupId: string, memberId: string, generationId: number, assignments: Array<{ memberId: string; assignment: Buffer }> = [], instanceId: string | null = null): number {
    const replyId = this.nextReplyId++;
    this.run(this.shard.syncGroup(groupId, { replyId, memberId, groupInstanceId: instanceId, generationId, protocolType: null, protocolName: null, assignments }, this.nowMs));
    return replyId;
  }

  syncNow(groupId: string, memberId: string, generationId: number, assignments: Array<{ memberId: string; assignment: Buffer }> = []): SyncReply {
    const r = this.reply<SyncReply>(this.sync(groupId, memberId, generationId, assignments));
    if (r === undefined) throw new Error('SyncGroup is still waiting');
    return r;
  }

  heartbeat(groupId: string, memberId: string, generationId: number, instanceId: string | null = null): number {
    const replyId = this.nextReplyId++;
    this.run(this.shard.heartbeat(groupId, memberId, instanceId, generationId, replyId, this.nowMs));
    return this.reply<number>(replyId)!;
  }

  leave(groupId: string, members: Array<{ memberId: string; groupInstanceId?: string | null }>) {
    const replyId = this.nextReplyId++;
    this.run(this.shard.leaveGroup(groupId, members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId ?? null })), replyId, this.nowMs));
    return this.reply<{ errorCode: number; members: Array<{ memberId: string; errorCode: number }> }>(replyId)!;
  }

  /** One ConsumerGroupHeartbeat (KIP-848); omitted fields are null ("unchanged") except on a join. */
  consumerHeartbeat(
    groupId: string,
    req: {
      memberId?: string;
      memberEpoch: number;
      instanceId?: string | null;
      topics?: string[] | null;
      regex?: string | null;
      assignor?: string | null;
      owned?: ReadonlyArray<{ topicId: string; partitions: readonly number[] }> | null;
      rebalanceTimeoutMs?: number;
    },
  ): ConsumerHeartbeatReply {
    const replyId = this.nextReplyId++;
    const joining = req.memberEpoch === 0;
    this.run(
      this.shard.consumerGroupHeartbeat(
        groupId,
        {
          replyId,
          memberId: req.memberId ?? '',
          memberEpoch: req.memberEpoch,
          instanceId: req.instanceId ?? null,
          rackId: null,
          rebalanceTimeoutMs: req.rebalanceTimeoutMs ?? (joining ? 30_000 : -1),
          subscribedTopicNames: req.topics !== undefined ? req.topics : joining && req.regex === undefined ? ['t'] : null,
          subscribedTopicRegex: req.regex ?? null,
          serverAssignor: req.assignor ?? null,
          ownedTopicPartitions: req.owned !== undefined ? req.owned : joining ? [] : null,
          clientId: 'c',
          clientHost: '/127.0.0.1',
          newMemberId: `member-${this.nextSuffix++}`,
        },
        this.nowMs,
        this.topics,
      ),
    );
    return this.reply<ConsumerHeartbeatReply>(replyId)!;
  }

  commit(groupId: string, offsets: Array<{ topic: string; partition: number; offset: number; metadata?: string }>, member = { memberId: '', generationId: -1 }, retentionMs = -1, memberEpochs = false) {
    const replyId = this.nextReplyId++;
    this.run(
      this.shard.commitOffsets(
        groupId,
        member.memberId,
        null,
        member.generationId,
        retentionMs,
        offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset, leaderEpoch: 0, metadata: o.metadata ?? '', commitTimestampMs: -1 })),
        replyId,
        this.nowMs,
        memberEpochs,
      ),
    );
    return this.reply<{ partitions: Array<{ topic: string; partition: number; errorCode: number }> }>(replyId)!;
  }

  deleteGroups(groupIds: string[]) {
    const replyId = this.nextReplyId++;
    this.run(this.shard.deleteGroups(groupIds, replyId, this.nowMs));
    return this.reply<Array<{ groupId: string; errorCode: number }>>(replyId)!;
  }

  deleteOffsets(groupId: string, partitions: Array<{ topic: string; partition: number }>) {
    const replyId = this.nextReplyId++;
    this.run(this.shard.deleteOffsets(groupId, partitions, replyId, this.nowMs, this.topics));
    return this.reply<{ errorCode: number; partitions: Array<{ topic: string; partition: number; errorCode: number }> }>(replyId)!;
  }

  expireOffsets(): void {
    this.run(this.shard.expireOffsets(this.nowMs, this.topics));
  }

  /** A new shard rebuilt from everything written so far (what a new coordinator loads). */
  reloaded(): GroupShard {
    const shard = new GroupShard(0, this.config);
    for (const r of this.log) shard.replay(r, this.nowMs);
    shard.finishLoading(this.nowMs);
    return shard;
  }
}
