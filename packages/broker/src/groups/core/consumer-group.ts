import { ErrorCode } from '@gregor/protocol';
import { assign, type TopicPartitionsById } from './assignors.js';
import type { Effects } from './classic-group.js';
import type { ConsumerCurrentAssignmentRecordValue, GroupConfig, GroupRecord, ReplyId, TopicIdPartitions } from './types.js';

/**
 * A consumer group of the KIP-848 protocol (ConsumerGroupHeartbeat), after Kafka's
 * ConsumerGroup, GroupMetadataManager and CurrentAssignmentBuilder. The coordinator owns the
 * assignment: a change of membership, subscriptions or topic metadata bumps the group epoch;
 * the server-side assignor then computes a target assignment for that epoch; each member is
 * reconciled towards its target one heartbeat at a time, first giving up (revoking) partitions
 * that move, and only then being given partitions that other members have released. There is
 * no stop-the-world barrier: members that keep their partitions keep consuming throughout.
 *
 * Group states (derived): Empty (no members) -> Assigning (group epoch ahead of the assignment)
 * -> Reconciling (some member not yet at the assignment epoch, or not stable) -> Stable.
 *
 * Member states and transitions (CurrentAssignmentBuilder):
 *   Stable               -> UnrevokedPartitions (target takes partitions away: they are pending
 *                           revocation and the member keeps its epoch), Stable/UnreleasedPartitions
 *                           (only additions: the member moves to the target epoch)
 *   UnrevokedPartitions  -> Stable/UnreleasedPartitions once a heartbeat no longer reports them
 *                           owned; fenced (removed) after its rebalance timeout
 *   UnreleasedPartitions -> Stable once the partitions it waits for are released by others
 */
export const MemberState = { stable: 0, unrevokedPartitions: 1, unreleasedPartitions: 2, unknown: 3 } as const;

/** ConsumerGroupHeartbeat epochs with a meaning (KIP-848). */
export const LEAVE_GROUP_MEMBER_EPOCH = -1;
export const LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2;

export type Partitions = Map<string, Set<number>>;

export interface ConsumerMember {
  memberId: string;
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  rebalanceTimeoutMs: number;
  serverAssignor: string | null;
  memberEpoch: number;
  previousMemberEpoch: number;
  state: number;
  assigned: Partitions;
  pendingRevocation: Partitions;
  sessionDeadlineMs: number;
  /** Set while partitions await revocation: past it the member is fenced. */
  rebalanceDeadlineMs: number;
}

/** What the coordinator needs to know of topics (from the broker's metadata). */
export interface TopicsView {
  topicByName(name: string): { readonly topicId: string; readonly partitions: number } | undefined;
  topicById(topicId: string): { readonly name: string; readonly partitions: number } | undefined;
  /** Names of the topics a regular expression may match (not internal ones). */
  topicNames(): Iterable<string>;
}

export interface ConsumerHeartbeatInput {
  readonly replyId: ReplyId;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly subscribedTopicNames: readonly string[] | null;
  readonly subscribedTopicRegex: string | null;
  readonly serverAssignor: string | null;
  readonly ownedTopicPartitions: readonly TopicIdPartitions[] | null;
  readonly clientId: string;
  readonly clientHost: string;
  /** A fresh member id from the runtime, used when the client sends none. */
  readonly newMemberId: string;
}

export interface ConsumerHeartbeatReply {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly memberId: string | null;
  readonly memberEpoch: number;
  readonly heartbeatIntervalMs: number;
  readonly assignment: TopicIdPartitions[] | null;
}

export function heartbeatError(errorCode: number, errorMessage: string | null = null): ConsumerHeartbeatReply {
  return { errorCode, errorMessage, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null };
}

const tpKey = (topicId: string, partition: number) => `${topicId}\u0000${partition}`;

export function toList(p: ReadonlyMap<string, ReadonlySet<number>>): TopicIdPartitions[] {
  return [...p]
    .filter(([, s]) => s.size > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([topicId, s]) => ({ topicId, partitions: [...s].sort((x, y) => x - y) }));
}

export function fromList(list: readonly TopicIdPartitions[]): Partitions {
  const out: Partitions = new Map();
  for (const t of list) if (t.partitions.length > 0) out.set(t.topicId, new Set([...(out.get(t.topicId) ?? []), ...t.partitions]));
  return out;
}

function samePartitions(a: ReadonlyMap<string, ReadonlySet<number>>, b: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const la = toList(a);
  const lb = toList(b);
  return la.length === lb.length && la.every((t, i) => t.topicId === lb[i]!.topicId && t.partitions.length === lb[i]!.partitions.length && t.partitions.every((p, j) => p === lb[i]!.partitions[j]));
}

function isSubset(owned: readonly TopicIdPartitions[] | null, of: Partitions): boolean {
  if (owned === null) return true;
  return owned.every((t) => t.partitions.every((p) => of.get(t.topicId)?.has(p) === true));
}

/** A regular expression subscription (KIP-848 v1) as Java's Pattern.matches: the whole name. */
export function compileRegex(regex: string): RegExp | null {
  try {
    return new RegExp(`^(?:${regex})$`, 'u');
  } catch {
    return null;
  }
}

export class ConsumerGroup {
  readonly groupId: string;
  groupEpoch = 0;
  assignmentEpoch = 0;
  readonly members = new Map<string, ConsumerMember>();
  readonly staticMembers = new Map<string, string>();
  readonly targetAssignment = new Map<string, Partitions>();
  /** Which member epoch currently owns each partition (assigned or pending revocation). */
  private readonly partitionEpochs = new Map<string, number>();
  /** The topics the members subscribe to, as last seen (a change bumps the group epoch). */
  subscriptionMetadata: Array<{ topicId: string; topicName: string; numPartitions: number }> | null = null;
  /** When the group became empty (offset expiration). */
  emptySinceMs: number | null = null;

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  state(): 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' {
    if (this.members.size === 0) return 'Empty';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const m of this.members.values()) if (m.state !== MemberState.stable || m.memberEpoch !== this.assignmentEpoch) return 'Reconciling';
    return 'Stable';
  }

  currentPartitionEpoch(topicId: string, partition: number): number {
    return this.partitionEpochs.get(tpKey(topicId, partition)) ?? -1;
  }

  /** The assignor the group uses: the one most members ask for, else the default. */
  preferredAssignor(config: GroupConfig): string {
    const votes = new Map<string, number>();
    for (const m of this.members.values()) if (m.serverAssignor !== null) votes.set(m.serverAssignor, (votes.get(m.serverAssignor) ?? 0) + 1);
    let best: string | null = null;
    for (const [name, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (best === null || n > votes.get(best)!) best = name;
    return best ?? config.consumerGroupAssignors[0] ?? 'uniform';
  }

  /** Topic names a member subscribes to (names plus what its regex matches now). */
  subscribedTopics(member: Pick<ConsumerMember, 'subscribedTopicNames' | 'subscribedTopicRegex'>, topics: TopicsView): Set<string> {
    const out = new Set(member.subscribedTopicNames);
    if (member.subscribedTopicRegex !== null && member.subscribedTopicRegex !== '') {
      const re = compileRegex(member.subscribedTopicRegex);
      if (re !== null) for (const name of topics.topicNames()) if (re.test(name)) out.add(name);
    }
    return out;
  }

  isSubscribedToTopic(topic: string, topics: TopicsView): boolean {
    for (const m of this.members.values()) if (this.subscribedTopics(m, topics).has(topic)) return true;
    return false;
  }

  private computeSubscriptionMetadata(topics: TopicsView): Array<{ topicId: string; topicName: string; numPartitions: number }> {
    const names = new Set<string>();
    for (const m of this.members.values()) for (const n of this.subscribedTopics(m, topics)) names.add(n);
    const out: Array<{ topicId: string; topicName: string; numPartitions: number }> = [];
    for (const name of [...names].sort()) {
      const t = topics.topicByName(name);
      if (t !== undefined) out.push({ topicId: t.topicId, topicName: name, numPartitions: t.partitions });
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Applying records (serving writes them, loading replays them: the same code path)

  setCurrentAssignment(member: ConsumerMember, value: ConsumerCurrentAssignmentRecordValue): void {
    this.unindex(member);
    member.memberEpoch = value.memberEpoch;
    member.previousMemberEpoch = value.previousMemberEpoch;
    member.state = value.state;
    member.assigned = fromList(value.assignedPartitions);
    member.pendingRevocation = fromList(value.partitionsPendingRevocation);
    this.index(member);
  }

  private index(member: ConsumerMember): void {
    for (const p of [member.assigned, member.pendingRevocation]) for (const [t, set] of p) for (const n of set) this.partitionEpochs.set(tpKey(t, n), member.memberEpoch);
  }

  private unindex(member: ConsumerMember): void {
    for (const p of [member.assigned, member.pendingRevocation]) for (const [t, set] of p) for (const n of set) this.partitionEpochs.delete(tpKey(t, n));
  }

  removeMemberState(memberId: string): void {
    const member = this.members.get(memberId);
    if (member === undefined) return;
    this.unindex(member);
    this.members.delete(memberId);
    if (member.instanceId !== null && this.staticMembers.get(member.instanceId) === memberId) this.staticMembers.delete(member.instanceId);
    this.targetAssignment.delete(memberId);
  }

  static newMember(memberId: string, fields: Partial<ConsumerMember> = {}): ConsumerMember {
    return {
      memberId,
      instanceId: null,
      rackId: null,
      clientId: '',
      clientHost: '',
      subscribedTopicNames: [],
      subscribedTopicRegex: null,
      rebalanceTimeoutMs: -1,
      serverAssignor: null,
      memberEpoch: 0,
      previousMemberEpoch: 0,
      state: MemberState.stable,
      assigned: new Map(),
      pendingRevocation: new Map(),
      sessionDeadlineMs: 0,
      rebalanceDeadlineMs: -1,
      ...fields,
    };
  }

  putMember(member: ConsumerMember): void {
    this.members.set(member.memberId, member);
    if (member.instanceId !== null) this.staticMembers.set(member.instanceId, member.memberId);
  }

  // -------------------------------------------------------------------------------------------
  // Records

  private memberRecord(m: ConsumerMember): GroupRecord {
    return {
      kind: 'consumer-group-member',
      groupId: this.groupId,
      memberId: m.memberId,
      value: {
        instanceId: m.instanceId,
        rackId: m.rackId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        subscribedTopicNames: [...m.subscribedTopicNames],
        subscribedTopicRegex: m.subscribedTopicRegex,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        serverAssignor: m.serverAssignor,
      },
    };
  }

  private currentAssignmentRecord(m: ConsumerMember): GroupRecord {
    return {
      kind: 'consumer-group-current-assignment',
      groupId: this.groupId,
      memberId: m.memberId,
      value: { memberEpoch: m.memberEpoch, previousMemberEpoch: m.previousMemberEpoch, state: m.state, assignedPartitions: toList(m.assigned), partitionsPendingRevocation: toList(m.pendingRevocation) },
    };
  }

  epochRecord(): GroupRecord {
    return { kind: 'consumer-group-metadata', groupId: this.groupId, value: { epoch: this.groupEpoch } };
  }

  /** Tombstones of a removed group (its offsets are the shard's). */
  tombstones(): GroupRecord[] {
    return [
      { kind: 'consumer-group-partition-metadata', groupId: this.groupId, value: null },
      { kind: 'consumer-group-target-assignment-metadata', groupId: this.groupId, value: null },
      { kind: 'consumer-group-metadata', groupId: this.groupId, value: null },
    ];
  }

  // -------------------------------------------------------------------------------------------
  // Membership changes

  /** Removes a member with its records and bumps the group epoch (leave, session or rebalance timeout). */
  removeMember(memberId: string, nowMs: number, out: Effects): void {
    if (!this.members.has(memberId)) return;
    out.records.push(
      { kind: 'consumer-group-current-assignment', groupId: this.groupId, memberId, value: null },
      { kind: 'consumer-group-target-assignment-member', groupId: this.groupId, memberId, value: null },
      { kind: 'consumer-group-member', groupId: this.groupId, memberId, value: null },
    );
    this.removeMemberState(memberId);
    this.groupEpoch++;
    out.records.push(this.epochRecord());
    if (this.members.size === 0) this.emptySinceMs = nowMs;
  }

  /** Session and rebalance timeouts. */
  expire(nowMs: number, out: Effects): void {
    for (const m of [...this.members.values()]) {
      if (nowMs >= m.sessionDeadlineMs || (m.rebalanceDeadlineMs >= 0 && nowMs >= m.rebalanceDeadlineMs)) this.removeMember(m.memberId, nowMs, out);
    }
  }

  nextDeadlineMs(): number {
    let next = Infinity;
    for (const m of this.members.values()) {
      next = Math.min(next, m.sessionDeadlineMs);
      if (m.rebalanceDeadlineMs >= 0) next = Math.min(next, m.rebalanceDeadlineMs);
    }
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // ConsumerGroupHeartbeat

  /** A member leaving: epoch -1 leaves for good, -2 (static members) leaves for a while keeping its partitions. */
  leave(input: ConsumerHeartbeatInput, nowMs: number, out: Effects): ConsumerHeartbeatReply {
    let member: ConsumerMember | undefined;
    if (input.instanceId !== null) {
      const id = this.staticMembers.get(input.instanceId);
      if (id === undefined) return heartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id ${input.instanceId} is unknown.`);
      if (id !== input.memberId) return heartbeatError(ErrorCode.FENCED_INSTANCE_ID, `Instance id ${input.instanceId} belongs to another member.`);
      member = this.members.get(id);
    } else {
      member = this.members.get(input.memberId);
    }
    if (member === undefined) return heartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${input.memberId} is not a member of group ${this.groupId}.`);
    if (input.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH && member.instanceId !== null) {
      // KIP-848: a static member going away for a while keeps its assignment until its session expires.
      if (member.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
        this.setCurrentAssignment(member, {
          memberEpoch: LEAVE_GROUP_STATIC_MEMBER_EPOCH,
          previousMemberEpoch: member.memberEpoch,
          state: member.state,
          assignedPartitions: toList(member.assigned),
          partitionsPendingRevocation: toList(member.pendingRevocation),
        });
        out.records.push(this.currentAssignmentRecord(member));
      }
      return { errorCode: ErrorCode.NONE, errorMessage: null, memberId: member.memberId, memberEpoch: LEAVE_GROUP_STATIC_MEMBER_EPOCH, heartbeatIntervalMs: 0, assignment: null };
    }
    this.removeMember(member.memberId, nowMs, out);
    return { errorCode: ErrorCode.NONE, errorMessage: null, memberId: input.memberId, memberEpoch: LEAVE_GROUP_MEMBER_EPOCH, heartbeatIntervalMs: 0, assignment: null };
  }

  /**
   * A join (epoch 0) or heartbeat (the member's epoch): after Kafka's consumerGroupHeartbeat.
   * 1. find or create the member (static members: take over a departed instance's place);
   * 2. record its metadata; bump the group epoch when membership, subscriptions or the
   *    subscribed topics' partitions changed;
   * 3. recompute the target assignment when the group epoch is ahead of it;
   * 4. reconcile this member one step towards its target and answer with its assignment.
   */
  heartbeat(input: ConsumerHeartbeatInput, nowMs: number, config: GroupConfig, topics: TopicsView, out: Effects): ConsumerHeartbeatReply {
    let member: ConsumerMember | undefined;
    let isNew = false;
    const joining = input.memberEpoch === 0;
    if (input.instanceId !== null) {
      const existingId = this.staticMembers.get(input.instanceId);
      const existing = existingId !== undefined ? this.members.get(existingId) : undefined;
      const memberId = input.memberId || input.newMemberId;
      if (joining) {
        if (existing !== undefined && existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH && existing.memberId !== memberId) {
          return heartbeatError(ErrorCode.UNRELEASED_INSTANCE_ID, `Static member ${existing.memberId} with instance id ${input.instanceId} is not released yet.`);
        }
        if (existing !== undefined && existing.memberEpoch !== LEAVE_GROUP_STATIC_MEMBER_EPOCH) {
          // The same static member rejoining with epoch 0 has abandoned its partitions (it was fenced).
          member = existing;
          this.setCurrentAssignment(member, { memberEpoch: 0, previousMemberEpoch: member.memberEpoch, state: MemberState.stable, assignedPartitions: [], partitionsPendingRevocation: [] });
          out.records.push(this.currentAssignmentRecord(member));
        } else if (existing === undefined) {
          if (this.members.size >= config.consumerGroupMaxSize) return heartbeatError(ErrorCode.GROUP_MAX_SIZE_REACHED, `The consumer group has reached its maximum capacity of ${config.consumerGroupMaxSize} members.`);
          member = ConsumerGroup.newMember(memberId, { instanceId: input.instanceId });
          isNew = true;
        } else {
          // The new incarnation takes the departed one's place, assignment and epoch.
          const oldEpoch = existing.memberEpoch === LEAVE_GROUP_STATIC_MEMBER_EPOCH ? existing.previousMemberEpoch : existing.memberEpoch;
          const target = this.targetAssignment.get(existing.memberId);
          if (memberId !== existing.memberId) {
            out.records.push(
              { kind: 'consumer-group-current-assignment', groupId: this.groupId, memberId: existing.memberId, value: null },
              { kind: 'consumer-group-target-assignment-member', groupId: this.groupId, memberId: existing.memberId, value: null },
              { kind: 'consumer-group-member', groupId: this.groupId, memberId: existing.memberId, value: null },
            );
          }
          this.removeMemberState(existing.memberId);
          member = { ...existing, memberId, assigned: new Map(existing.assigned), pendingRevocation: new Map(existing.pendingRevocation) };
          this.putMember(member);
          this.setCurrentAssignment(member, { memberEpoch: oldEpoch, previousMemberEpoch: existing.previousMemberEpoch, state: existing.state, assignedPartitions: toList(existing.assigned), partitionsPendingRevocation: toList(existing.pendingRevocation) });
          if (target !== undefined) {
            this.targetAssignment.set(memberId, target);
            if (memberId !== existing.memberId) out.records.push({ kind: 'consumer-group-target-assignment-member', groupId: this.groupId, memberId, value: { topicPartitions: toList(target) } });
          }
          out.records.push(this.memberRecord(member), this.currentAssignmentRecord(member));
        }
      } else {
        if (existing === undefined) return heartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, `Instance id ${input.instanceId} is unknown.`);
        if (existing.memberId !== input.memberId) return heartbeatError(ErrorCode.FENCED_INSTANCE_ID, `Instance id ${input.instanceId} belongs to another member.`);
        member = existing;
      }
    } else {
      member = this.members.get(input.memberId);
      if (member === undefined) {
        if (!joining) return heartbeatError(ErrorCode.UNKNOWN_MEMBER_ID, `Member ${input.memberId} is not a member of group ${this.groupId}.`);
        if (this.members.size >= config.consumerGroupMaxSize) return heartbeatError(ErrorCode.GROUP_MAX_SIZE_REACHED, `The consumer group has reached its maximum capacity of ${config.consumerGroupMaxSize} members.`);
        member = ConsumerGroup.newMember(input.memberId || input.newMemberId);
        isNew = true;
      } else if (joining) {
        // A known member rejoining with epoch 0 has abandoned its partitions (after being fenced).
        this.setCurrentAssignment(member, { memberEpoch: 0, previousMemberEpoch: member.memberEpoch, state: MemberState.stable, assignedPartitions: [], partitionsPendingRevocation: [] });
        out.records.push(this.currentAssignmentRecord(member));
      }
    }
    if (!joining && !isNew) {
      // Epochs: a newer epoch than ours is impossible; an older one is accepted only when it is
      // the previous epoch and the member owns no more than it had (the response bumping its
      // epoch may have been lost).
      if (input.memberEpoch > member.memberEpoch) return heartbeatError(ErrorCode.FENCED_MEMBER_EPOCH, `The consumer group member has a greater epoch (${input.memberEpoch}) than the one known by the group coordinator (${member.memberEpoch}).`);
      if (input.memberEpoch < member.memberEpoch && (input.memberEpoch !== member.previousMemberEpoch || !isSubset(input.ownedTopicPartitions, member.assigned))) {
        return heartbeatError(ErrorCode.FENCED_MEMBER_EPOCH, `The consumer group member has a smaller epoch (${input.memberEpoch}) than the one known by the group coordinator (${member.memberEpoch}).`);
      }
    }

    // Metadata from the request (null: unchanged since the last heartbeat).
    const before = { names: member.subscribedTopicNames, regex: member.subscribedTopicRegex, assignor: member.serverAssignor, rack: member.rackId, clientId: member.clientId, clientHost: member.clientHost, rebalanceTimeoutMs: member.rebalanceTimeoutMs };
    if (input.subscribedTopicNames !== null) member.subscribedTopicNames = [...input.subscribedTopicNames].sort();
    if (input.subscribedTopicRegex !== null) member.subscribedTopicRegex = input.subscribedTopicRegex === '' ? null : input.subscribedTopicRegex;
    if (input.serverAssignor !== null) member.serverAssignor = input.serverAssignor;
    if (input.rackId !== null) member.rackId = input.rackId;
    if (input.rebalanceTimeoutMs !== -1) member.rebalanceTimeoutMs = input.rebalanceTimeoutMs;
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    member.sessionDeadlineMs = nowMs + config.consumerGroupSessionTimeoutMs;
    const subscriptionChanged = before.names.join('\u0000') !== member.subscribedTopicNames.join('\u0000') || before.regex !== member.subscribedTopicRegex || before.assignor !== member.serverAssignor;
    const metadataChanged = subscriptionChanged || before.rack !== member.rackId || before.clientId !== member.clientId || before.clientHost !== member.clientHost || before.rebalanceTimeoutMs !== member.rebalanceTimeoutMs;
    if (isNew) {
      this.putMember(member);
      this.emptySinceMs = null;
    }
    if (isNew || metadataChanged) out.records.push(this.memberRecord(member));
    let bump = isNew || subscriptionChanged;
    const subscription = this.computeSubscriptionMetadata(topics);
    const previous = this.subscriptionMetadata;
    if (previous === null || previous.length !== subscription.length || previous.some((t, i) => t.topicId !== subscription[i]!.topicId || t.numPartitions !== subscription[i]!.numPartitions || t.topicName !== subscription[i]!.topicName)) {
      this.subscriptionMetadata = subscription;
      out.records.push({ kind: 'consumer-group-partition-metadata', groupId: this.groupId, value: { topics: subscription } });
      bump = true;
    }
    if (bump) {
      this.groupEpoch++;
      out.records.push(this.epochRecord());
    }
    if (this.groupEpoch > this.assignmentEpoch) this.updateTargetAssignment(config, topics, out);

    // Reconcile this member one step towards its target.
    const target = this.targetAssignment.get(member.memberId) ?? new Map<string, Set<number>>();
    const assignedBefore = new Map([...member.assigned].map(([t, s]) => [t, new Set(s)]));
    if (!(member.state === MemberState.stable && member.memberEpoch === this.assignmentEpoch)) {
      const next = this.reconcile(member, target, input.ownedTopicPartitions, topics);
      if (next !== null) {
        this.setCurrentAssignment(member, next);
        out.records.push(this.currentAssignmentRecord(member));
      }
    }
    member.rebalanceDeadlineMs = member.state === MemberState.unrevokedPartitions ? (member.rebalanceDeadlineMs >= 0 ? member.rebalanceDeadlineMs : nowMs + Math.max(member.rebalanceTimeoutMs, 0)) : -1;

    // The assignment goes out on a join, on a full request (a client recovering from an error
    // sends every field) and whenever it changed.
    const fullRequest = input.rebalanceTimeoutMs !== -1 && (input.subscribedTopicNames !== null || input.subscribedTopicRegex !== null) && input.ownedTopicPartitions !== null;
    const sendAssignment = joining || fullRequest || !samePartitions(assignedBefore, member.assigned);
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      memberId: member.memberId,
      memberEpoch: member.memberEpoch,
      heartbeatIntervalMs: config.consumerGroupHeartbeatIntervalMs,
      assignment: sendAssignment ? toList(member.assigned) : null,
    };
  }

  /** Runs the group's assignor for the current group epoch and records what changed. */
  private updateTargetAssignment(config: GroupConfig, topics: TopicsView, out: Effects): void {
    const partitionCounts = new Map<string, number>();
    for (const t of this.subscriptionMetadata ?? []) partitionCounts.set(t.topicId, t.numPartitions);
    const members = [...this.members.values()].map((m) => {
      const ids = new Set<string>();
      for (const name of this.subscribedTopics(m, topics)) {
        const t = topics.topicByName(name);
        if (t !== undefined) ids.add(t.topicId);
      }
      return { memberId: m.memberId, subscribedTopicIds: ids, previous: (this.targetAssignment.get(m.memberId) ?? new Map()) as TopicPartitionsById };
    });
    const assignment = assign(this.preferredAssignor(config), { members, partitionCounts });
    for (const [memberId, partitions] of assignment) {
      const before = this.targetAssignment.get(memberId);
      if (before !== undefined && samePartitions(before, partitions)) continue;
      this.targetAssignment.set(memberId, partitions);
      out.records.push({ kind: 'consumer-group-target-assignment-member', groupId: this.groupId, memberId, value: { topicPartitions: toList(partitions) } });
    }
    this.assignmentEpoch = this.groupEpoch;
    out.records.push({ kind: 'consumer-group-target-assignment-metadata', groupId: this.groupId, value: { assignmentEpoch: this.assignmentEpoch } });
  }

  /**
   * One step of Kafka's CurrentAssignmentBuilder; null when the member stays as it is. Owned
   * partitions null (unchanged since the last heartbeat) count as still owning everything.
   */
  private reconcile(member: ConsumerMember, target: Partitions, owned: readonly TopicIdPartitions[] | null, topics: TopicsView): ConsumerCurrentAssignmentRecordValue | null {
    const ownsAny = (p: Partitions) => owned === null ? [...p.values()].some((s) => s.size > 0) : owned.some((t) => t.partitions.some((n) => p.get(t.topicId)?.has(n) === true));
    if (member.state === MemberState.unrevokedPartitions && ownsAny(member.pendingRevocation)) return null;
    const subscribed = new Set<string>();
    for (const name of this.subscribedTopics(member, topics)) {
      const t = topics.topicByName(name);
      if (t !== undefined) subscribed.add(t.topicId);
    }
    const assigned: Partitions = new Map();
    const pendingRevocation: Partitions = new Map();
    const pendingAssignment: Partitions = new Map();
    let hasUnreleased = false;
    for (const topicId of new Set([...target.keys(), ...member.assigned.keys()])) {
      const want = subscribed.has(topicId) ? (target.get(topicId) ?? new Set<number>()) : new Set<number>();
      const have = member.assigned.get(topicId) ?? new Set<number>();
      const keep = new Set([...have].filter((p) => want.has(p)));
      const revoke = new Set([...have].filter((p) => !keep.has(p)));
      const add = new Set<number>();
      for (const p of want) {
        if (keep.has(p)) continue;
        if (this.currentPartitionEpoch(topicId, p) !== -1 && member.pendingRevocation.get(topicId)?.has(p) !== true) hasUnreleased = true;
        else add.add(p);
      }
      if (keep.size > 0) assigned.set(topicId, keep);
      if (revoke.size > 0) pendingRevocation.set(topicId, revoke);
      if (add.size > 0) pendingAssignment.set(topicId, add);
    }
    let next: ConsumerCurrentAssignmentRecordValue;
    if (pendingRevocation.size > 0 && ownsAny(pendingRevocation)) {
      next = { memberEpoch: member.memberEpoch, previousMemberEpoch: member.memberEpoch, state: MemberState.unrevokedPartitions, assignedPartitions: toList(assigned), partitionsPendingRevocation: toList(pendingRevocation) };
    } else {
      for (const [t, s] of pendingAssignment) assigned.set(t, new Set([...(assigned.get(t) ?? []), ...s]));
      next = {
        memberEpoch: this.assignmentEpoch,
        previousMemberEpoch: member.memberEpoch,
        state: hasUnreleased ? MemberState.unreleasedPartitions : MemberState.stable,
        assignedPartitions: toList(assigned),
        partitionsPendingRevocation: [],
      };
    }
    const unchanged =
      next.memberEpoch === member.memberEpoch &&
      next.state === member.state &&
      samePartitions(fromList(next.assignedPartitions), member.assigned) &&
      samePartitions(fromList(next.partitionsPendingRevocation), member.pendingRevocation);
    return unchanged ? null : next;
  }
}
