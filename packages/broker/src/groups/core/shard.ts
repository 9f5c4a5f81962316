import { encodeConsumerProtocolAssignment, encodeConsumerProtocolSubscription, ErrorCode, Writer } from '@gregor/protocol';
import { ClassicGroup, joinError, syncError, type Effects, type JoinInput, type SyncInput } from './classic-group.js';
import {
  compileRegex,
  ConsumerGroup,
  heartbeatError,
  LEAVE_GROUP_MEMBER_EPOCH,
  LEAVE_GROUP_STATIC_MEMBER_EPOCH,
  toList,
  type ConsumerHeartbeatInput,
  type ConsumerHeartbeatReply,
  type TopicsView,
} from './consumer-group.js';
import { OffsetStore, type StoredOffset } from './offsets.js';
import type { GroupConfig, GroupRecord, Reply, ReplyId, ShardResult, TopicPartitionOffsetValue } from './types.js';

export interface LeaveReply {
  readonly errorCode: number;
  readonly members: ReadonlyArray<{ memberId: string; groupInstanceId: string | null; errorCode: number }>;
}

export interface CommitPartition {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly leaderEpoch: number;
  readonly metadata: string | null;
  /** OffsetCommit v1's explicit commit timestamp, -1 for now. */
  readonly commitTimestampMs: number;
}

export interface CommitReply {
  readonly partitions: ReadonlyArray<{ topic: string; partition: number; errorCode: number }>;
}

export interface FetchedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly errorCode: number;
}

export interface ListedGroup {
  readonly groupId: string;
  readonly protocolType: string;
  readonly groupState: string;
  readonly groupType: 'classic' | 'consumer';
}

export interface DescribedClassicGroup {
  readonly errorCode: number;
  readonly groupId: string;
  readonly groupState: string;
  readonly protocolType: string;
  readonly protocolData: string;
  readonly members: ReadonlyArray<{
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    memberMetadata: Buffer;
    memberAssignment: Buffer;
  }>;
}

export interface DeleteOffsetsReply {
  readonly errorCode: number;
  readonly partitions: ReadonlyArray<{ topic: string; partition: number; errorCode: number }>;
}

export interface DescribedConsumerGroup {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly groupId: string;
  readonly groupState: string;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  readonly assignorName: string;
  readonly members: ReadonlyArray<{
    memberId: string;
    instanceId: string | null;
    rackId: string | null;
    memberEpoch: number;
    clientId: string;
    clientHost: string;
    subscribedTopicNames: string[];
    subscribedTopicRegex: string | null;
    assignment: Array<{ topicId: string; topicName: string; partitions: number[] }>;
    targetAssignment: Array<{ topicId: string; topicName: string; partitions: number[] }>;
  }>;
}

type Group = ClassicGroup | ConsumerGroup;

/** Consumer-protocol bytes (the classic protocol's subscription and assignment formats). */
function consumerProtocolBytes(write: (w: Writer) => void): Buffer {
  const w = new Writer(64);
  write(w);
  return w.toBuffer();
}

/**
 * The group coordinator's state for one __consumer_offsets partition (Kafka's
 * GroupCoordinatorShard): the groups whose id hashes to it and their committed offsets. Every
 * API is a synchronous step from one state to the next that returns the records to append and
 * the replies to deliver once they are replicated; `replay` rebuilds the state from those
 * records when a broker becomes the partition's leader. Pure: no I/O, clock or randomness.
 */
export class GroupShard {
  readonly partition: number;
  private readonly config: GroupConfig;
  private readonly groups = new Map<string, Group>();
  private readonly offsets = new OffsetStore();

  constructor(partition: number, config: GroupConfig) {
    this.partition = partition;
    this.config = config;
  }

  get groupCount(): number {
    return this.groups.size;
  }

  classicGroup(groupId: string): ClassicGroup | undefined {
    const g = this.groups.get(groupId);
    return g instanceof ClassicGroup ? g : undefined;
  }

  consumerGroup(groupId: string): ConsumerGroup | undefined {
    const g = this.groups.get(groupId);
    return g instanceof ConsumerGroup ? g : undefined;
  }

  /** The consumer group of a KIP-848 record, created by the first record that names it. */
  private consumerGroupForReplay(groupId: string): ConsumerGroup {
    let g = this.groups.get(groupId);
    if (!(g instanceof ConsumerGroup)) {
      g = new ConsumerGroup(groupId);
      this.groups.set(groupId, g);
    }
    return g;
  }

  // -------------------------------------------------------------------------------------------
  // Loading

  /** Applies one record read back from the partition (loading after a leadership change). */
  replay(record: GroupRecord, nowMs: number): void {
    switch (record.kind) {
      case 'offset-commit':
        this.offsets.apply(record);
        if (record.value !== null && !this.groups.has(record.groupId)) this.groups.set(record.groupId, new ClassicGroup(record.groupId, null));
        return;
      case 'group-metadata':
        if (record.value === null) this.groups.delete(record.groupId);
        else this.groups.set(record.groupId, ClassicGroup.fromRecord(record.groupId, record.value, nowMs));
        return;
      case 'consumer-group-metadata':
        if (record.value === null) {
          if (this.groups.get(record.groupId) instanceof ConsumerGroup) this.groups.delete(record.groupId);
        } else this.consumerGroupForReplay(record.groupId).groupEpoch = record.value.epoch;
        return;
      case 'consumer-group-partition-metadata': {
        const g = this.consumerGroup(record.groupId);
        if (record.value === null) {
          if (g !== undefined) g.subscriptionMetadata = null;
        } else this.consumerGroupForReplay(record.groupId).subscriptionMetadata = record.value.topics.map((t) => ({ ...t }));
        return;
      }
      case 'consumer-group-member': {
        if (record.value === null) {
          this.consumerGroup(record.groupId)?.removeMemberState(record.memberId);
          return;
        }
        const g = this.consumerGroupForReplay(record.groupId);
        const v = record.value;
        const fields = {
          instanceId: v.instanceId,
          rackId: v.rackId,
          clientId: v.clientId,
          clientHost: v.clientHost,
          subscribedTopicNames: [...v.subscribedTopicNames],
          subscribedTopicRegex: v.subscribedTopicRegex,
          rebalanceTimeoutMs: v.rebalanceTimeoutMs,
          serverAssignor: v.serverAssignor,
        };
        const existing = g.members.get(record.memberId);
        if (existing !== undefined) Object.assign(existing, fields);
        else g.putMember(ConsumerGroup.newMember(record.memberId, fields));
        return;
      }
      case 'consumer-group-target-assignment-metadata': {
        const g = this.consumerGroup(record.groupId);
        if (record.value === null) {
          if (g !== undefined) g.assignmentEpoch = 0;
        } else this.consumerGroupForReplay(record.groupId).assignmentEpoch = record.value.assignmentEpoch;
        return;
      }
      case 'consumer-group-target-assignment-member': {
        if (record.value === null) this.consumerGroup(record.groupId)?.targetAssignment.delete(record.memberId);
        else this.consumerGroupForReplay(record.groupId).targetAssignment.set(record.memberId, new Map(record.value.topicPartitions.map((t) => [t.topicId, new Set(t.partitions)])));
        return;
      }
      case 'consumer-group-current-assignment': {
        const g = this.consumerGroup(record.groupId);
        const member = g?.members.get(record.memberId);
        if (g === undefined || member === undefined) return;
        if (record.value === null) g.setCurrentAssignment(member, { memberEpoch: 0, previousMemberEpoch: 0, state: 0, assignedPartitions: [], partitionsPendingRevocation: [] });
        else g.setCurrentAssignment(member, record.value);
        return;
      }
    }
  }

  /**
   * After the last record: groups left with neither members nor offsets are dropped; every
   * member gets a fresh session (it may heartbeat the new coordinator in time, as in Kafka).
   */
  finishLoading(nowMs: number): void {
    for (const [groupId, group] of this.groups) {
      if (group instanceof ConsumerGroup) {
        for (const m of group.members.values()) m.sessionDeadlineMs = nowMs + this.config.consumerGroupSessionTimeoutMs;
        if (group.members.size === 0) group.emptySinceMs = nowMs;
        continue;
      }
      if (group.state === 'Empty' && group.protocolType === null && !this.offsets.hasOffsets(groupId)) this.groups.delete(groupId);
    }
  }

  // -------------------------------------------------------------------------------------------
  // KIP-848

  /**
   * ConsumerGroupHeartbeat: validates the request (Kafka's throwIfConsumerGroupHeartbeatRequestIsInvalid),
   * finds or creates the group (an empty classic group gives way to it), then joins, heartbeats
   * or leaves.
   */
  consumerGroupHeartbeat(groupId: string, input: ConsumerHeartbeatInput, nowMs: number, topics: TopicsView): ShardResult {
    const out = newEffects();
    const reply = (body: ConsumerHeartbeatReply) => out.replies.push({ to: input.replyId, body });
    const invalid = (message: string) => reply(heartbeatError(ErrorCode.INVALID_REQUEST, message));
    const epoch = input.memberEpoch;
    if (groupId === '') return invalid('GroupId can\'t be empty.'), out;
    if (input.instanceId === '') return invalid('InstanceId can\'t be empty.'), out;
    if (input.rackId === '') return invalid('RackId can\'t be empty.'), out;
    if (epoch < LEAVE_GROUP_STATIC_MEMBER_EPOCH) return invalid(`MemberEpoch is invalid: ${epoch}.`), out;
    if (epoch !== 0 && input.memberId === '') return invalid('MemberId can\'t be empty.'), out;
    if (epoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH && input.instanceId === null) return invalid('InstanceId can\'t be null.'), out;
    if (epoch === 0) {
      if (input.rebalanceTimeoutMs === -1) return invalid('RebalanceTimeoutMs must be provided in first request.'), out;
      if (input.ownedTopicPartitions === null || input.ownedTopicPartitions.length > 0) return invalid('TopicPartitions must be empty when (re-)joining.'), out;
      if (input.subscribedTopicNames === null && input.subscribedTopicRegex === null) return invalid('SubscribedTopicNames or SubscribedTopicRegex must be set in first request.'), out;
    }
    if (input.subscribedTopicRegex !== null && input.subscribedTopicRegex !== '' && compileRegex(input.subscribedTopicRegex) === null) {
      return invalid(`SubscribedTopicRegex ${input.subscribedTopicRegex} is not a valid regular expression.`), out;
    }
    if (input.serverAssignor !== null && !this.config.consumerGroupAssignors.includes(input.serverAssignor)) {
      return reply(heartbeatError(ErrorCode.UNSUPPORTED_ASSIGNOR, `ServerAssignor ${input.serverAssignor} is not supported. Supported assignors: ${this.config.consumerGroupAssignors.join(', ')}.`)), out;
    }
    let group = this.groups.get(groupId);
    if (group instanceof ClassicGroup) {
      if (group.state !== 'Empty' || epoch !== 0) return reply(heartbeatError(ErrorCode.GROUP_ID_NOT_FOUND, `Group ${groupId} is not a consumer group.`)), out;
      // An empty classic group (offsets only, or members all gone) becomes a consumer group; its offsets stay.
      if (group.generationId > 0 || group.protocolType !== null) out.records.push({ kind: 'group-metadata', groupId, value: null });
      this.groups.delete(groupId);
      group = undefined;
    }
    if (group === undefined) {
      if (epoch !== 0) return reply(heartbeatError(epoch < 0 ? ErrorCode.GROUP_ID_NOT_FOUND : ErrorCode.UNKNOWN_MEMBER_ID, `Group ${groupId} not found.`)), out;
      group = new ConsumerGroup(groupId);
      this.groups.set(groupId, group);
    }
    const consumer = group;
    if (epoch === LEAVE_GROUP_MEMBER_EPOCH || epoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH) reply(consumer.leave(input, nowMs, out));
    else reply(consumer.heartbeat(input, nowMs, this.config, topics, out));
    if (consumer.members.size === 0 && consumer.groupEpoch === 0) this.groups.delete(groupId);
    return out;
  }

  /** ConsumerGroupDescribe: GROUP_ID_NOT_FOUND for unknown and classic groups, as Kafka. */
  consumerGroupDescribe(groupId: string, topics: TopicsView): DescribedConsumerGroup {
    const group = this.groups.get(groupId);
    const none = (message: string): DescribedConsumerGroup => ({ errorCode: ErrorCode.GROUP_ID_NOT_FOUND, errorMessage: message, groupId, groupState: '', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [] });
    if (group === undefined) return none(`Group ${groupId} not found.`);
    if (!(group instanceof ConsumerGroup)) return none(`Group ${groupId} is not a consumer group.`);
    const named = (p: ReadonlyMap<string, ReadonlySet<number>>) =>
      toList(p).map((t) => ({ topicId: t.topicId, topicName: topics.topicById(t.topicId)?.name ?? '', partitions: [...t.partitions] }));
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      groupId,
      groupState: group.state(),
      groupEpoch: group.groupEpoch,
      assignmentEpoch: group.assignmentEpoch,
      assignorName: group.preferredAssignor(this.config),
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        instanceId: m.instanceId,
        rackId: m.rackId,
        memberEpoch: m.memberEpoch,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: [...m.subscribedTopicNames],
        subscribedTopicRegex: m.subscribedTopicRegex,
        assignment: named(m.assigned),
        targetAssignment: named(group.targetAssignment.get(m.memberId) ?? new Map()),
      })),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Classic protocol

  joinGroup(groupId: string, input: JoinInput, nowMs: number): ShardResult {
    const out = newEffects();
    const fail = (errorCode: number) => out.replies.push({ to: input.replyId, body: joinError(input.memberId, errorCode) });
    if (groupId === '') fail(ErrorCode.INVALID_GROUP_ID);
    else if (input.sessionTimeoutMs < this.config.groupMinSessionTimeoutMs || input.sessionTimeoutMs > this.config.groupMaxSessionTimeoutMs) fail(ErrorCode.INVALID_SESSION_TIMEOUT);
    else {
      let group = this.groups.get(groupId);
      if (group instanceof ConsumerGroup) {
        if (group.members.size > 0) {
          fail(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
          return out;
        }
        // An empty KIP-848 group gives way to a classic one; its offsets stay.
        out.records.push(...group.tombstones());
        this.groups.delete(groupId);
        group = undefined;
      }
      if (group === undefined) {
        if (input.memberId !== '') fail(ErrorCode.UNKNOWN_MEMBER_ID);
        else {
          group = new ClassicGroup(groupId, nowMs);
          this.groups.set(groupId, group);
        }
      }
      if (group !== undefined) {
        group.join(input, nowMs, this.config, out);
        this.dropIfUnused(group);
      }
    }
    return out;
  }

  syncGroup(groupId: string, input: SyncInput, nowMs: number): ShardResult {
    const out = newEffects();
    const group = this.classicGroup(groupId);
    if (groupId === '') out.replies.push({ to: input.replyId, body: syncError(ErrorCode.INVALID_GROUP_ID) });
    else if (group === undefined) out.replies.push({ to: input.replyId, body: syncError(ErrorCode.UNKNOWN_MEMBER_ID) });
    else group.sync(input, nowMs, out);
    return out;
  }

  heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number, replyId: ReplyId, nowMs: number): ShardResult {
    const out = newEffects();
    const group = this.classicGroup(groupId);
    const errorCode =
      groupId === '' ? ErrorCode.INVALID_GROUP_ID : group === undefined ? ErrorCode.UNKNOWN_MEMBER_ID : group.heartbeat(memberId, groupInstanceId, generationId, nowMs);
    out.replies.push({ to: replyId, body: errorCode });
    return out;
  }

  leaveGroup(groupId: string, members: ReadonlyArray<{ memberId: string; groupInstanceId: string | null }>, replyId: ReplyId, nowMs: number): ShardResult {
    const out = newEffects();
    const group = this.classicGroup(groupId);
    let reply: LeaveReply;
    if (groupId === '') reply = { errorCode: ErrorCode.INVALID_GROUP_ID, members: [] };
    else if (group === undefined) reply = { errorCode: ErrorCode.NONE, members: members.map((m) => ({ ...m, errorCode: ErrorCode.UNKNOWN_MEMBER_ID })) };
    else {
      reply = {
        errorCode: ErrorCode.NONE,
        members: members.map((m) => {
          const r = group.leave(m.memberId, m.groupInstanceId, nowMs, this.config, out);
          return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: r.errorCode };
        }),
      };
    }
    out.replies.push({ to: replyId, body: reply });
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Offsets

  /**
   * OffsetCommit. Members commit with their generation; without one (generation -1, no member
   * id) only into an empty or unknown group, which it then creates (a "simple" group: assign()
   * consumers and admin tools). retentionMs is OffsetCommit v2-4's retention time (-1: default).
   */
  commitOffsets(
    groupId: string,
    memberId: string,
    groupInstanceId: string | null,
    generationId: number,
    retentionMs: number,
    partitions: readonly CommitPartition[],
    replyId: ReplyId,
    nowMs: number,
    memberEpochs = false,
  ): ShardResult {
    const out = newEffects();
    const all = (errorCode: number): CommitReply => ({ partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition, errorCode })) });
    let group = this.groups.get(groupId);
    let error: number = ErrorCode.NONE;
    if (group === undefined) {
      if (generationId < 0) {
        group = new ClassicGroup(groupId, nowMs);
        this.groups.set(groupId, group);
      } else error = ErrorCode.ILLEGAL_GENERATION;
    }
    if (group instanceof ConsumerGroup) error = this.validateConsumerGroupCommit(group, memberId, generationId, memberEpochs);
    else if (group !== undefined && error === ErrorCode.NONE) error = group.validateOffsetCommit(memberId, groupInstanceId, generationId, nowMs);
    if (error !== ErrorCode.NONE) {
      if (group instanceof ClassicGroup) this.dropIfUnused(group);
      out.replies.push({ to: replyId, body: all(error) });
      return out;
    }
    const results = partitions.map((p) => {
      const metadata = p.metadata ?? '';
      if (Buffer.byteLength(metadata) > this.config.offsetMetadataMaxBytes) return { topic: p.topic, partition: p.partition, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE };
      const commitTimestampMs = p.commitTimestampMs >= 0 ? p.commitTimestampMs : nowMs;
      const value: TopicPartitionOffsetValue = {
        offset: p.offset,
        leaderEpoch: p.leaderEpoch,
        metadata,
        commitTimestampMs,
        expireTimestampMs: retentionMs >= 0 ? commitTimestampMs + retentionMs : -1,
      };
      const record = { kind: 'offset-commit', groupId, topic: p.topic, partition: p.partition, value } as const;
      this.offsets.apply(record);
      out.records.push(record);
      return { topic: p.topic, partition: p.partition, errorCode: ErrorCode.NONE };
    });
    if (group instanceof ClassicGroup) this.dropIfUnused(group);
    out.replies.push({ to: replyId, body: { partitions: results } satisfies CommitReply });
    return out;
  }

  /**
   * Commits into a KIP-848 group (Kafka's ConsumerGroup.validateOffsetCommit): without a member
   * epoch only while the group is empty; members commit with OffsetCommit v9+ and their current
   * member epoch (STALE_MEMBER_EPOCH otherwise).
   */
  private validateConsumerGroupCommit(group: ConsumerGroup, memberId: string, memberEpoch: number, memberEpochs: boolean): number {
    if (memberEpoch < 0 && group.members.size === 0) return ErrorCode.NONE;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (!memberEpochs) return ErrorCode.UNSUPPORTED_VERSION;
    return memberEpoch === member.memberEpoch ? ErrorCode.NONE : ErrorCode.STALE_MEMBER_EPOCH;
  }

  /**
   * OffsetFetch v9 by a KIP-848 member names itself: it must be a member with the current epoch
   * (-1: an admin, not checked). Classic groups are not checked.
   */
  validateOffsetFetch(groupId: string, memberId: string | null, memberEpoch: number): number {
    const group = this.consumerGroup(groupId);
    if (group === undefined || memberEpoch < 0 || memberId === null) return ErrorCode.NONE;
    const member = group.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    return member.memberEpoch === memberEpoch ? ErrorCode.NONE : ErrorCode.STALE_MEMBER_EPOCH;
  }

  /**
   * OffsetFetch for one group: the requested partitions (-1 where nothing is committed), or
   * every committed offset when `topics` is null.
   */
  fetchOffsets(groupId: string, topics: ReadonlyArray<{ name: string; partitions: readonly number[] }> | null): FetchedOffset[] {
    const found = (o: StoredOffset | undefined, topic: string, partition: number): FetchedOffset =>
      o === undefined
        ? { topic, partition, offset: -1, leaderEpoch: -1, metadata: '', errorCode: ErrorCode.NONE }
        : { topic, partition, offset: o.value.offset, leaderEpoch: o.value.leaderEpoch, metadata: o.value.metadata, errorCode: ErrorCode.NONE };
    if (topics === null) return this.offsets.all(groupId).map((o) => found(o, o.topic, o.partition));
    return topics.flatMap((t) => t.partitions.map((p) => found(this.offsets.get(groupId, t.name, p), t.name, p)));
  }

  /** OffsetDelete: offsets of topics the group no longer consumes (or of an empty group). */
  deleteOffsets(groupId: string, partitions: ReadonlyArray<{ topic: string; partition: number }>, replyId: ReplyId, nowMs: number, topics: TopicsView): ShardResult {
    const out = newEffects();
    const group = this.groups.get(groupId);
    let reply: DeleteOffsetsReply;
    if (groupId === '') reply = { errorCode: ErrorCode.INVALID_GROUP_ID, partitions: [] };
    else if (group === undefined || (group instanceof ClassicGroup && group.state === 'Dead')) reply = { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, partitions: [] };
    else if (group instanceof ClassicGroup && group.state !== 'Empty' && !group.usesConsumerProtocol()) reply = { errorCode: ErrorCode.NON_EMPTY_GROUP, partitions: [] };
    else {
      const subscribed = (topic: string) => (group instanceof ClassicGroup ? group.isSubscribedToTopic(topic) : group.isSubscribedToTopic(topic, topics));
      const results = partitions.map((tp) => {
        if (subscribed(tp.topic)) return { ...tp, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC };
        if (this.offsets.get(groupId, tp.topic, tp.partition) !== undefined) {
          const record = { kind: 'offset-commit', groupId, topic: tp.topic, partition: tp.partition, value: null } as const;
          this.offsets.apply(record);
          out.records.push(record);
        }
        return { ...tp, errorCode: ErrorCode.NONE };
      });
      this.maybeRemoveEmptyGroup(group, nowMs, out);
      reply = { errorCode: ErrorCode.NONE, partitions: results };
    }
    out.replies.push({ to: replyId, body: reply });
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Admin

  listGroups(statesFilter: readonly string[], typesFilter: readonly string[]): ListedGroup[] {
    const states = new Set(statesFilter.map((s) => s.toLowerCase()));
    const types = new Set(typesFilter.map((s) => s.toLowerCase()));
    const out: ListedGroup[] = [];
    for (const group of this.groups.values()) {
      const listed: ListedGroup =
        group instanceof ClassicGroup
          ? { groupId: group.groupId, protocolType: group.protocolType ?? '', groupState: group.state, groupType: 'classic' }
          : { groupId: group.groupId, protocolType: 'consumer', groupState: group.state(), groupType: 'consumer' };
      if (states.size > 0 && !states.has(listed.groupState.toLowerCase())) continue;
      if (types.size > 0 && !types.has(listed.groupType)) continue;
      out.push(listed);
    }
    return out;
  }

  /**
   * DescribeGroups of a classic group: members with their metadata and assignment when Stable,
   * without them otherwise (as Kafka); an unknown group is reported Dead with no members.
   */
  describeGroup(groupId: string, topics: TopicsView): DescribedClassicGroup {
    const group = this.groups.get(groupId);
    if (group === undefined) return { errorCode: ErrorCode.NONE, groupId, groupState: 'Dead', protocolType: '', protocolData: '', members: [] };
    if (group instanceof ConsumerGroup) {
      // A KIP-848 group seen through the classic API (as Kafka's ConsumerGroup.asDescribedGroup):
      // members with their subscriptions and assignments in the consumer protocol's formats.
      const byName = (p: ReadonlyMap<string, ReadonlySet<number>>) =>
        toList(p).flatMap((t) => {
          const name = topics.topicById(t.topicId)?.name;
          return name === undefined ? [] : [{ topic: name, partitions: [...t.partitions] }];
        });
      return {
        errorCode: ErrorCode.NONE,
        groupId,
        groupState: group.state(),
        protocolType: 'consumer',
        protocolData: group.preferredAssignor(this.config),
        members: [...group.members.values()].map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.instanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: consumerProtocolBytes((w) => {
            w.int16(3);
            encodeConsumerProtocolSubscription(w, 3, { topics: [...group.subscribedTopics(m, topics)].sort(), userData: null, ownedPartitions: byName(m.assigned), generationId: m.memberEpoch, rackId: m.rackId });
          }),
          memberAssignment: consumerProtocolBytes((w) => {
            w.int16(0);
            encodeConsumerProtocolAssignment(w, 0, { assignedPartitions: byName(m.assigned), userData: null });
          }),
        })),
      };
    }
    const stable = group.state === 'Stable';
    return {
      errorCode: ErrorCode.NONE,
      groupId,
      groupState: group.state,
      protocolType: group.protocolType ?? '',
      protocolData: stable ? (group.protocolName ?? '') : '',
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        memberMetadata: stable ? group.metadataOf(m) : Buffer.alloc(0),
        memberAssignment: stable ? m.assignment : Buffer.alloc(0),
      })),
    };
  }

  /** DeleteGroups: empty groups go, with their offsets; groups with members are NON_EMPTY_GROUP. */
  deleteGroups(groupIds: readonly string[], replyId: ReplyId, nowMs: number): ShardResult {
    const out = newEffects();
    const results = groupIds.map((groupId) => {
      const group = this.groups.get(groupId);
      if (groupId === '') return { groupId, errorCode: ErrorCode.INVALID_GROUP_ID };
      if (group === undefined || (group instanceof ClassicGroup && group.state === 'Dead')) return { groupId, errorCode: ErrorCode.GROUP_ID_NOT_FOUND };
      if (group instanceof ConsumerGroup ? group.members.size > 0 : group.state !== 'Empty') return { groupId, errorCode: ErrorCode.NON_EMPTY_GROUP };
      this.deleteGroup(group, nowMs, out);
      return { groupId, errorCode: ErrorCode.NONE };
    });
    out.replies.push({ to: replyId, body: results });
    return out;
  }

  private deleteGroup(group: Group, nowMs: number, out: Effects): void {
    for (const record of this.offsets.tombstones(group.groupId)) {
      this.offsets.apply(record as Extract<GroupRecord, { kind: 'offset-commit' }>);
      out.records.push(record);
    }
    this.groups.delete(group.groupId);
    if (group instanceof ConsumerGroup) {
      out.records.push(...group.tombstones());
      return;
    }
    group.transitionTo('Dead', nowMs);
    out.records.push({ kind: 'group-metadata', groupId: group.groupId, value: null });
  }

  /** An empty group left without offsets is gone (Kafka: transitions to Dead, tombstoned). */
  private maybeRemoveEmptyGroup(group: Group, nowMs: number, out: Effects): void {
    const empty = group instanceof ConsumerGroup ? group.members.size === 0 : group.state === 'Empty';
    if (empty && !this.offsets.hasOffsets(group.groupId)) this.deleteGroup(group, nowMs, out);
  }

  /** A group created by a request that then failed, never written anywhere: forget it. */
  private dropIfUnused(group: ClassicGroup): void {
    if (
      group.state === 'Empty' &&
      group.generationId === 0 &&
      group.members.size === 0 &&
      group.pendingMembers.size === 0 &&
      group.protocolType === null &&
      !this.offsets.hasOffsets(group.groupId)
    ) {
      this.groups.delete(group.groupId);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Time

  /** Session, rebalance and sync timeouts that have passed by `nowMs`. */
  tick(nowMs: number): ShardResult {
    const out = newEffects();
    for (const group of [...this.groups.values()]) {
      if (group.nextDeadlineMs() > nowMs) continue;
      if (group instanceof ConsumerGroup) {
        group.expire(nowMs, out);
        continue;
      }
      group.expire(nowMs, this.config, out);
      this.dropIfUnused(group);
    }
    return out;
  }

  /** The earliest deadline of any group (Infinity when nothing is pending). */
  nextDeadlineMs(): number {
    let next = Infinity;
    for (const group of this.groups.values()) next = Math.min(next, group.nextDeadlineMs());
    return next;
  }

  /**
   * Offset expiration (offsets.retention.minutes, KIP-211): an empty group's offsets expire
   * that long after it became empty; a stable consumer group's offsets of topics it no longer
   * subscribes to, that long after their commit; a group without a protocol (simple), after
   * their commit. An explicit expire timestamp (OffsetCommit v2-4) wins. An empty group left
   * without offsets is deleted.
   */
  expireOffsets(nowMs: number, topics: TopicsView): ShardResult {
    const out = newEffects();
    const retentionMs = this.config.offsetsRetentionMs;
    for (const group of [...this.groups.values()]) {
      let base: ((o: StoredOffset) => number) | null = null;
      let keep: (topic: string) => boolean = () => false;
      if (group instanceof ConsumerGroup) {
        // KIP-848 groups: by commit time, except topics the members still subscribe to.
        base = (o) => o.value.commitTimestampMs;
        keep = (topic) => group.isSubscribedToTopic(topic, topics);
      } else if (group.protocolType === null) base = (o) => o.value.commitTimestampMs;
      else if (group.state === 'Empty') base = (o) => group.currentStateTimestampMs ?? o.value.commitTimestampMs;
      else if (group.usesConsumerProtocol() && group.subscribedTopics !== null && group.state === 'Stable') {
        const subscribed = group.subscribedTopics;
        base = (o) => o.value.commitTimestampMs;
        keep = (topic) => subscribed.has(topic);
      }
      if (base !== null) {
        const baseOf = base;
        for (const o of this.offsets.all(group.groupId)) {
          if (keep(o.topic)) continue;
          const expired = o.value.expireTimestampMs >= 0 ? nowMs >= o.value.expireTimestampMs : nowMs - baseOf(o) >= retentionMs;
          if (!expired) continue;
          const record = { kind: 'offset-commit', groupId: group.groupId, topic: o.topic, partition: o.partition, value: null } as const;
          this.offsets.apply(record);
          out.records.push(record);
        }
      }
      this.maybeRemoveEmptyGroup(group, nowMs, out);
    }
    return out;
  }
}

export function newEffects(): Effects & ShardResult {
  return { records: [], replies: [] as Reply[] };
}
