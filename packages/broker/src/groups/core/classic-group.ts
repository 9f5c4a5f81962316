import { decodeConsumerProtocolSubscription, ErrorCode, Reader } from '@gregor/protocol';
import type { GroupConfig, GroupMetadataRecordValue, GroupRecord, Reply, ReplyId } from './types.js';

/**
 * A group of the classic rebalance protocol (JoinGroup/SyncGroup/Heartbeat/LeaveGroup), after
 * Kafka's ClassicGroup and GroupCoordinator. Pure: every method takes the time it needs and
 * collects what the runtime must do (records to append, replies to deliver) in `Effects`.
 *
 * States and their legal transitions (Kafka's ClassicGroupState):
 *   Empty               -> PreparingRebalance (a member joins), Dead (deleted, offsets expired)
 *   PreparingRebalance  -> CompletingRebalance (every member rejoined, or the rebalance timeout:
 *                          members that did not rejoin are removed), Empty (nobody left), Dead
 *   CompletingRebalance -> Stable (the leader's SyncGroup is written), PreparingRebalance (a
 *                          member joins, leaves, changes its metadata or misses SyncGroup), Dead
 *   Stable              -> PreparingRebalance (the same triggers), Dead
 *   Dead                -> (none: the group is gone, a new one may take its id)
 */
export type ClassicGroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface Protocol {
  readonly name: string;
  readonly metadata: Buffer;
}

export interface ClassicMember {
  memberId: string;
  readonly groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: Protocol[];
  assignment: Buffer;
  /** The JoinGroup waiting for the rebalance to complete, if any. */
  awaitingJoin: { readonly id: ReplyId; readonly skipAssignmentSupported: boolean } | null;
  /** The SyncGroup waiting for the leader's assignment, if any. */
  awaitingSync: ReplyId | null;
  /** Joined during the current rebalance (KIP-394: may expire while its JoinGroup waits). */
  isNew: boolean;
  /** The member is removed when this passes without a heartbeat (unless it waits in a rebalance). */
  heartbeatDeadlineMs: number;
}

export interface JoinReply {
  readonly errorCode: number;
  readonly generationId: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly leader: string;
  readonly skipAssignment: boolean;
  readonly memberId: string;
  readonly members: ReadonlyArray<{ memberId: string; groupInstanceId: string | null; metadata: Buffer }>;
}

export interface SyncReply {
  readonly errorCode: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly assignment: Buffer;
}

export interface Effects {
  readonly records: GroupRecord[];
  readonly replies: Reply[];
}

export const EMPTY_BYTES = Buffer.alloc(0);

export function joinError(memberId: string, errorCode: number): JoinReply {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId, members: [] };
}

export function syncError(errorCode: number): SyncReply {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY_BYTES };
}

function sameProtocols(a: readonly Protocol[], b: readonly Protocol[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]!.name && p.metadata.equals(b[i]!.metadata));
}

/** The topics a consumer-protocol member subscribes to, or null when its metadata does not decode. */
export function subscribedTopicsOf(metadata: Buffer): string[] | null {
  try {
    const r = new Reader(metadata);
    const version = r.int16();
    return decodeConsumerProtocolSubscription(r, Math.min(Math.max(version, 0), 3)).topics;
  } catch {
    return null;
  }
}

export class ClassicGroup {
  readonly groupId: string;
  state: ClassicGroupState;
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  /** When the group entered its current state (offset expiration of empty groups counts from it). */
  currentStateTimestampMs: number | null;
  /** Members in the order they were added (the first is the leader's successor). */
  readonly members = new Map<string, ClassicMember>();
  /** group.instance.id -> member id (KIP-345 static members). */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED (KIP-394), with the time they expire. */
  readonly pendingMembers = new Map<string, number>();
  /** Members that got their JoinGroup answer but have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>();
  /** When members still pending sync are removed (rebalance timeout after the join). */
  syncDeadlineMs = -1;
  /** When PreparingRebalance completes at the latest (the rebalance timeout or initial delay). */
  joinDeadlineMs = -1;
  /** group.initial.rebalance.delay.ms state for a group that was empty (Kafka's InitialDelayedJoin). */
  initialDelay: { delayMs: number; remainingMs: number } | null = null;
  newMemberAdded = false;
  /** Topics the members subscribe to (consumer protocol), null when unknown (KIP-496). */
  subscribedTopics: Set<string> | null = null;

  constructor(groupId: string, nowMs: number | null) {
    this.groupId = groupId;
    this.state = 'Empty';
    this.currentStateTimestampMs = nowMs;
  }

  get size(): number {
    return this.members.size;
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  usesConsumerProtocol(): boolean {
    return this.protocolType === 'consumer';
  }

  /** Whether the group may still hold offsets of `topic` in use (OffsetDelete, expiration). */
  isSubscribedToTopic(topic: string): boolean {
    if (this.state === 'Empty' || this.state === 'Dead') return false;
    return this.subscribedTopics === null ? true : this.subscribedTopics.has(topic);
  }

  transitionTo(state: ClassicGroupState, nowMs: number): void {
    this.state = state;
    this.currentStateTimestampMs = nowMs;
  }

  /** The largest rebalance timeout of the members: how long a rebalance waits for rejoins. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  /** Protocols every member supports. */
  private candidateProtocols(): string[] {
    const counts = new Map<string, number>();
    for (const m of this.members.values()) for (const p of m.protocols) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    return [...counts].filter(([, n]) => n === this.members.size).map(([name]) => name);
  }

  /**
   * Whether a member with these protocols may join: an empty group takes any non-empty
   * protocol type and list; otherwise the type must match and one protocol must be supported
   * by every member already in.
   */
  supportsProtocols(protocolType: string, protocols: readonly Protocol[], excluding?: string): boolean {
    if (this.state === 'Empty' || this.members.size === 0) return protocolType !== '' && protocols.length > 0;
    if (this.protocolType !== protocolType) return false;
    const others = [...this.members.values()].filter((m) => m.memberId !== excluding);
    return protocols.some((p) => others.every((m) => m.protocols.some((q) => q.name === p.name)));
  }

  /**
   * The protocol for the next generation: among those every member supports, the one most
   * members list first (Kafka's vote); ties go to the leader's preference order.
   */
  selectProtocol(): string {
    const candidates = new Set(this.candidateProtocols());
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const choice = m.protocols.find((p) => candidates.has(p.name));
      if (choice !== undefined) votes.set(choice.name, (votes.get(choice.name) ?? 0) + 1);
    }
    const leader = (this.leaderId !== null ? this.members.get(this.leaderId) : undefined) ?? this.members.values().next().value!;
    let best: string | null = null;
    let bestVotes = -1;
    for (const p of leader.protocols) {
      const n = votes.get(p.name) ?? -1;
      if (n > bestVotes) {
        best = p.name;
        bestVotes = n;
      }
    }
    if (best === null || bestVotes < 0) throw new Error(`group ${this.groupId}: no protocol every member supports`);
    return best;
  }

  metadataOf(member: ClassicMember): Buffer {
    const p = member.protocols.find((x) => x.name === this.protocolName);
    return p?.metadata ?? EMPTY_BYTES;
  }

  /** Every member's metadata for the selected protocol: what the leader assigns from. */
  currentMemberMetadata(): Array<{ memberId: string; groupInstanceId: string | null; metadata: Buffer }> {
    return [...this.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: this.metadataOf(m) }));
  }

  add(member: ClassicMember): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.pendingMembers.delete(member.memberId);
  }

  /** Removes a member; a JoinGroup or SyncGroup it still has waiting is answered UNKNOWN_MEMBER_ID. */
  remove(memberId: string, out: Effects): void {
    const member = this.members.get(memberId);
    if (member !== undefined) {
      this.members.delete(memberId);
      if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) this.staticMembers.delete(member.groupInstanceId);
      if (member.awaitingJoin !== null) out.replies.push({ to: member.awaitingJoin.id, body: joinError('', ErrorCode.UNKNOWN_MEMBER_ID) });
      if (member.awaitingSync !== null) out.replies.push({ to: member.awaitingSync, body: syncError(ErrorCode.UNKNOWN_MEMBER_ID) });
      member.awaitingJoin = null;
      member.awaitingSync = null;
    }
    if (this.isLeader(memberId)) this.leaderId = this.members.keys().next().value ?? null;
    this.pendingMembers.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
  }

  isStaticMemberFenced(groupInstanceId: string | null, memberId: string): boolean {
    if (groupInstanceId === null) return false;
    const current = this.staticMembers.get(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  hasAllMembersJoined(): boolean {
    if (this.pendingMembers.size > 0) return false;
    for (const m of this.members.values()) if (m.awaitingJoin === null) return false;
    return true;
  }

  /** Whether a member may be added now without going past group.max.size. */
  acceptsJoiningMember(memberId: string, maxSize: number): boolean {
    switch (this.state) {
      case 'Empty':
      case 'Dead':
        return true;
      case 'PreparingRebalance': {
        const m = this.members.get(memberId);
        if (m !== undefined && m.awaitingJoin !== null) return true;
        let awaiting = 0;
        for (const x of this.members.values()) if (x.awaitingJoin !== null) awaiting++;
        return awaiting < maxSize;
      }
      case 'CompletingRebalance':
      case 'Stable':
        return this.members.has(memberId) || this.members.size < maxSize;
    }
  }

  /** The GroupMetadata record of the group as it stands (members with these assignments). */
  metadataRecord(): GroupRecord {
    const value: GroupMetadataRecordValue = {
      protocolType: this.protocolType ?? '',
      generation: this.generationId,
      protocol: this.protocolName,
      leader: this.leaderId,
      currentStateTimestampMs: this.currentStateTimestampMs ?? -1,
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: this.metadataOf(m),
        assignment: m.assignment,
      })),
    };
    return { kind: 'group-metadata', groupId: this.groupId, value };
  }

  /** Rebuilds a group from its GroupMetadata record (loading): Stable with members, else Empty. */
  static fromRecord(groupId: string, value: GroupMetadataRecordValue, nowMs: number): ClassicGroup {
    const group = new ClassicGroup(groupId, value.currentStateTimestampMs >= 0 ? value.currentStateTimestampMs : null);
    group.protocolType = value.protocolType === '' ? null : value.protocolType;
    group.generationId = value.generation;
    group.protocolName = value.protocol;
    group.leaderId = value.leader;
    for (const m of value.members) {
      const member: ClassicMember = {
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        protocolType: value.protocolType,
        protocols: [{ name: value.protocol ?? '', metadata: m.subscription }],
        assignment: m.assignment,
        awaitingJoin: null,
        awaitingSync: null,
        isNew: false,
        heartbeatDeadlineMs: nowMs + m.sessionTimeoutMs,
      };
      group.members.set(member.memberId, member);
      if (member.groupInstanceId !== null) group.staticMembers.set(member.groupInstanceId, member.memberId);
    }
    group.state = group.members.size > 0 ? 'Stable' : 'Empty';
    if (group.leaderId !== null && !group.members.has(group.leaderId)) group.leaderId = group.members.keys().next().value ?? null;
    group.updateSubscribedTopics();
    return group;
  }

  updateSubscribedTopics(): void {
    if (!this.usesConsumerProtocol() || this.protocolName === null) {
      this.subscribedTopics = null;
      return;
    }
    const topics = new Set<string>();
    for (const m of this.members.values()) {
      const subscribed = subscribedTopicsOf(this.metadataOf(m));
      if (subscribed === null) {
        this.subscribedTopics = null;
        return;
      }
      for (const t of subscribed) topics.add(t);
    }
    this.subscribedTopics = topics;
  }

  // -------------------------------------------------------------------------------------------
  // Rebalance mechanics

  private newMember(input: JoinInput, memberId: string, nowMs: number, config: GroupConfig): ClassicMember {
    return {
      memberId,
      groupInstanceId: input.groupInstanceId,
      clientId: input.clientId,
      clientHost: input.clientHost,
      rebalanceTimeoutMs: input.rebalanceTimeoutMs,
      sessionTimeoutMs: input.sessionTimeoutMs,
      protocolType: input.protocolType,
      protocols: input.protocols.map((p) => ({ name: p.name, metadata: p.metadata })),
      assignment: EMPTY_BYTES,
      awaitingJoin: { id: input.replyId, skipAssignmentSupported: input.skipAssignmentSupported },
      awaitingSync: null,
      isNew: true,
      heartbeatDeadlineMs: nowMs + config.newMemberJoinTimeoutMs,
    };
  }

  private addMemberAndRebalance(input: JoinInput, memberId: string, nowMs: number, config: GroupConfig, out: Effects): void {
    const member = this.newMember(input, memberId, nowMs, config);
    // An empty group that waits for its initial delay extends it while members keep arriving.
    if (this.state === 'PreparingRebalance' && this.generationId === 0) this.newMemberAdded = true;
    this.add(member);
    this.maybePrepareRebalance(nowMs, config, out);
  }

  private updateMemberAndRebalance(member: ClassicMember, input: JoinInput, nowMs: number, config: GroupConfig, out: Effects): void {
    if (member.awaitingJoin !== null && member.awaitingJoin.id !== input.replyId) {
      // A second JoinGroup while the first still waits (a client retry): the older one is answered.
      out.replies.push({ to: member.awaitingJoin.id, body: joinError(member.memberId, ErrorCode.REBALANCE_IN_PROGRESS) });
    }
    member.protocols = input.protocols.map((p) => ({ name: p.name, metadata: p.metadata }));
    member.rebalanceTimeoutMs = input.rebalanceTimeoutMs;
    member.sessionTimeoutMs = input.sessionTimeoutMs;
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    member.awaitingJoin = { id: input.replyId, skipAssignmentSupported: input.skipAssignmentSupported };
    this.maybePrepareRebalance(nowMs, config, out);
  }

  maybePrepareRebalance(nowMs: number, config: GroupConfig, out: Effects): void {
    if (this.state === 'Stable' || this.state === 'CompletingRebalance' || this.state === 'Empty') this.prepareRebalance(nowMs, config, out);
  }

  /**
   * Starts a rebalance: members waiting on SyncGroup are told REBALANCE_IN_PROGRESS (they
   * rejoin); an empty group waits group.initial.rebalance.delay.ms for more members, extended
   * while new ones arrive, up to the rebalance timeout; otherwise the rebalance completes when
   * every member has rejoined or the rebalance timeout passes.
   */
  prepareRebalance(nowMs: number, config: GroupConfig, out: Effects): void {
    if (this.state === 'CompletingRebalance') this.resetAndPropagateAssignmentError(ErrorCode.REBALANCE_IN_PROGRESS, nowMs, out);
    this.pendingSyncMembers.clear();
    this.syncDeadlineMs = -1;
    const rebalanceTimeoutMs = this.rebalanceTimeoutMs();
    if (this.state === 'Empty') {
      const delayMs = config.groupInitialRebalanceDelayMs;
      this.initialDelay = { delayMs, remainingMs: Math.max(rebalanceTimeoutMs - delayMs, 0) };
      this.joinDeadlineMs = nowMs + delayMs;
      this.newMemberAdded = false;
    } else {
      this.initialDelay = null;
      this.joinDeadlineMs = nowMs + rebalanceTimeoutMs;
    }
    this.transitionTo('PreparingRebalance', nowMs);
    // Nobody left to wait for (the last member left): complete at once, as Kafka's DelayedJoin does.
    this.maybeCompleteJoin(nowMs, config, out);
  }

  private resetAndPropagateAssignmentError(errorCode: number, nowMs: number, out: Effects): void {
    for (const m of this.members.values()) {
      m.assignment = EMPTY_BYTES;
      if (m.awaitingSync !== null) {
        out.replies.push({ to: m.awaitingSync, body: syncError(errorCode) });
        m.awaitingSync = null;
        m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs;
      }
    }
  }

  /**
   * Completes PreparingRebalance when it can: every member rejoined (not during the initial
   * delay), or its deadline passed. Called after every operation and on every tick.
   */
  maybeCompleteJoin(nowMs: number, config: GroupConfig, out: Effects): void {
    if (this.state !== 'PreparingRebalance') return;
    if (this.initialDelay !== null) {
      if (nowMs < this.joinDeadlineMs) return;
      if (this.newMemberAdded && this.initialDelay.remainingMs > 0) {
        // Kafka's InitialDelayedJoin: another delay while members keep arriving.
        this.newMemberAdded = false;
        const delayMs = Math.min(this.initialDelay.delayMs, this.initialDelay.remainingMs);
        this.initialDelay = { delayMs, remainingMs: Math.max(this.initialDelay.remainingMs - this.initialDelay.delayMs, 0) };
        this.joinDeadlineMs = nowMs + delayMs;
        return;
      }
    } else if (!this.hasAllMembersJoined() && nowMs < this.joinDeadlineMs) {
      return;
    }
    this.completeJoin(nowMs, config, out);
  }

  private completeJoin(nowMs: number, config: GroupConfig, out: Effects): void {
    // Dynamic members that did not rejoin are out; static ones stay until their session expires.
    for (const m of [...this.members.values()]) {
      if (m.awaitingJoin === null && m.groupInstanceId === null) this.remove(m.memberId, out);
    }
    const joined = [...this.members.values()].filter((m) => m.awaitingJoin !== null);
    if (this.members.size > 0 && joined.length === 0) {
      // Only static members that have not rejoined: wait another rebalance timeout for them.
      this.initialDelay = null;
      this.joinDeadlineMs = nowMs + this.rebalanceTimeoutMs();
      return;
    }
    if (this.leaderId !== null && this.members.get(this.leaderId)?.awaitingJoin === null) this.leaderId = joined[0]!.memberId;
    this.initialDelay = null;
    this.joinDeadlineMs = -1;
    this.generationId++;
    if (this.members.size === 0) {
      this.protocolName = null;
      this.transitionTo('Empty', nowMs);
      this.updateSubscribedTopics();
      out.records.push(this.metadataRecord());
      return;
    }
    this.protocolName = this.selectProtocol();
    this.updateSubscribedTopics();
    this.transitionTo('CompletingRebalance', nowMs);
    for (const m of this.members.values()) {
      const waiting = m.awaitingJoin;
      if (waiting === null) continue;
      const isLeader = this.isLeader(m.memberId);
      const reply: JoinReply = {
        errorCode: ErrorCode.NONE,
        generationId: this.generationId,
        protocolType: this.protocolType,
        protocolName: this.protocolName,
        leader: this.leaderId ?? '',
        skipAssignment: false,
        memberId: m.memberId,
        members: isLeader ? this.currentMemberMetadata() : [],
      };
      out.replies.push({ to: waiting.id, body: reply });
      m.awaitingJoin = null;
      m.isNew = false;
      m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs;
      this.pendingSyncMembers.add(m.memberId);
    }
    this.syncDeadlineMs = nowMs + this.rebalanceTimeoutMs();
  }

  /** Expires members, pending members and pending syncs whose time has passed. */
  expire(nowMs: number, config: GroupConfig, out: Effects): void {
    if (this.state === 'Dead') return;
    for (const [memberId, deadline] of [...this.pendingMembers]) {
      if (nowMs >= deadline) this.pendingMembers.delete(memberId);
    }
    for (const m of [...this.members.values()]) {
      if (nowMs < m.heartbeatDeadlineMs) continue;
      // Members waiting in a rebalance keep their place, except new members whose JoinGroup
      // has waited longer than the new-member join timeout (KIP-394).
      if (!m.isNew && (m.awaitingJoin !== null || m.awaitingSync !== null)) continue;
      this.removeMemberAndUpdateGroup(m.memberId, nowMs, config, out);
    }
    if (this.syncDeadlineMs >= 0 && nowMs >= this.syncDeadlineMs) {
      this.syncDeadlineMs = -1;
      if (this.state === 'CompletingRebalance' || this.state === 'Stable') {
        const missing = [...this.pendingSyncMembers];
        this.pendingSyncMembers.clear();
        for (const memberId of missing) this.remove(memberId, out);
        if (missing.length > 0) this.prepareRebalance(nowMs, config, out);
      }
    }
    this.maybeCompleteJoin(nowMs, config, out);
  }

  removeMemberAndUpdateGroup(memberId: string, nowMs: number, config: GroupConfig, out: Effects): void {
    this.remove(memberId, out);
    switch (this.state) {
      case 'Stable':
      case 'CompletingRebalance':
        this.prepareRebalance(nowMs, config, out);
        break;
      case 'PreparingRebalance':
        this.maybeCompleteJoin(nowMs, config, out);
        break;
      case 'Empty':
      case 'Dead':
        break;
    }
  }

  /** The earliest time at which `expire` or `maybeCompleteJoin` has something to do, or Infinity. */
  nextDeadlineMs(): number {
    let next = Infinity;
    if (this.state === 'Dead') return next;
    for (const d of this.pendingMembers.values()) next = Math.min(next, d);
    for (const m of this.members.values()) {
      if (!m.isNew && (m.awaitingJoin !== null || m.awaitingSync !== null)) continue;
      next = Math.min(next, m.heartbeatDeadlineMs);
    }
    if (this.syncDeadlineMs >= 0) next = Math.min(next, this.syncDeadlineMs);
    if (this.state === 'PreparingRebalance' && this.joinDeadlineMs >= 0) next = Math.min(next, this.joinDeadlineMs);
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // The APIs

  /** JoinGroup, after Kafka's GroupCoordinator.handleJoinGroup (validated by the caller: group id, session timeout). */
  join(input: JoinInput, nowMs: number, config: GroupConfig, out: Effects): void {
    const reply = (body: JoinReply) => out.replies.push({ to: input.replyId, body });
    const isUnknownMember = input.memberId === '';
    if (!this.acceptsJoiningMember(input.memberId, config.groupMaxSize)) {
      if (this.members.has(input.memberId)) this.removeMemberAndUpdateGroup(input.memberId, nowMs, config, out);
      this.pendingMembers.delete(input.memberId);
      reply(joinError(input.memberId, ErrorCode.GROUP_MAX_SIZE_REACHED));
      return;
    }
    if (isUnknownMember) this.joinNewMember(input, nowMs, config, out);
    else this.joinCurrentMember(input, nowMs, config, out);
    this.maybeCompleteJoin(nowMs, config, out);
  }

  private joinNewMember(input: JoinInput, nowMs: number, config: GroupConfig, out: Effects): void {
    const reply = (body: JoinReply) => out.replies.push({ to: input.replyId, body });
    if (this.state === 'Dead') return void reply(joinError('', ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!this.supportsProtocols(input.protocolType, input.protocols)) return void reply(joinError('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    const newMemberId = `${input.groupInstanceId ?? input.clientId}-${input.newMemberIdSuffix}`;
    if (input.groupInstanceId !== null) {
      const existing = this.staticMembers.get(input.groupInstanceId);
      if (existing === undefined) this.addMemberAndRebalance(input, newMemberId, nowMs, config, out);
      else this.replaceStaticMember(existing, newMemberId, input, nowMs, config, out);
      return;
    }
    if (input.requireKnownMemberId) {
      // KIP-394: hand out the member id first; the member joins with it in a second JoinGroup.
      this.pendingMembers.set(newMemberId, nowMs + input.sessionTimeoutMs);
      return void reply(joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
    }
    this.addMemberAndRebalance(input, newMemberId, nowMs, config, out);
  }

  /**
   * A static member rejoins with a new member id (a restarted process, KIP-345): it takes over
   * the old member's place. A stable group whose selected protocol stays the same does not
   * rebalance: the member gets the current generation and, via SyncGroup, its old assignment.
   */
  private replaceStaticMember(oldMemberId: string, newMemberId: string, input: JoinInput, nowMs: number, config: GroupConfig, out: Effects): void {
    const member = this.members.get(oldMemberId)!;
    const previousLeader = this.leaderId;
    // The old incarnation's waiting requests are fenced.
    if (member.awaitingJoin !== null) out.replies.push({ to: member.awaitingJoin.id, body: joinError(oldMemberId, ErrorCode.FENCED_INSTANCE_ID) });
    if (member.awaitingSync !== null) out.replies.push({ to: member.awaitingSync, body: syncError(ErrorCode.FENCED_INSTANCE_ID) });
    member.awaitingJoin = null;
    member.awaitingSync = null;
    // Re-key the member (Map order keeps the leader's successor stable enough; Kafka re-inserts too).
    this.members.delete(oldMemberId);
    member.memberId = newMemberId;
    this.members.set(newMemberId, member);
    this.staticMembers.set(input.groupInstanceId!, newMemberId);
    if (this.leaderId === oldMemberId) this.leaderId = newMemberId;
    if (this.pendingSyncMembers.delete(oldMemberId)) this.pendingSyncMembers.add(newMemberId);
    member.heartbeatDeadlineMs = nowMs + input.sessionTimeoutMs;
    const oldProtocols = member.protocols;
    member.protocols = input.protocols.map((p) => ({ name: p.name, metadata: p.metadata }));
    member.rebalanceTimeoutMs = input.rebalanceTimeoutMs;
    member.sessionTimeoutMs = input.sessionTimeoutMs;
    member.clientId = input.clientId;
    member.clientHost = input.clientHost;
    switch (this.state) {
      case 'Stable': {
        if (this.selectProtocol() !== this.protocolName) {
          member.awaitingJoin = { id: input.replyId, skipAssignmentSupported: input.skipAssignmentSupported };
          this.prepareRebalance(nowMs, config, out);
          return;
        }
        // Persist the new member id; keep the metadata the group was built with.
        const selected = oldProtocols.find((p) => p.name === this.protocolName);
        if (selected !== undefined && !member.protocols.some((p) => p.name === selected.name)) member.protocols.push(selected);
        out.records.push(this.metadataRecord());
        const isLeader = this.isLeader(newMemberId);
        // KIP-814 (JoinGroup v9): the static leader is told it leads but must skip the
        // assignment. Older versions get the previous leader id, so it does not assign at all.
        const reply: JoinReply = {
          errorCode: ErrorCode.NONE,
          generationId: this.generationId,
          protocolType: this.protocolType,
          protocolName: this.protocolName,
          leader: isLeader && input.skipAssignmentSupported ? newMemberId : isLeader ? oldMemberId : (previousLeader ?? ''),
          skipAssignment: isLeader && input.skipAssignmentSupported,
          memberId: newMemberId,
          members: isLeader && input.skipAssignmentSupported ? this.currentMemberMetadata() : [],
        };
        out.replies.push({ to: input.replyId, body: reply });
        return;
      }
      case 'CompletingRebalance':
        // The leader may already assign with the old member id: rebalance again.
        member.awaitingJoin = { id: input.replyId, skipAssignmentSupported: input.skipAssignmentSupported };
        this.prepareRebalance(nowMs, config, out);
        return;
      case 'PreparingRebalance':
        member.awaitingJoin = { id: input.replyId, skipAssignmentSupported: input.skipAssignmentSupported };
        return;
      case 'Empty':
      case 'Dead':
        out.replies.push({ to: input.replyId, body: joinError(newMemberId, ErrorCode.UNKNOWN_MEMBER_ID) });
        return;
    }
  }

  private joinCurrentMember(input: JoinInput, nowMs: number, config: GroupConfig, out: Effects): void {
    const reply = (body: JoinReply) => out.replies.push({ to: input.replyId, body });
    const memberId = input.memberId;
    if (this.state === 'Dead') return void reply(joinError(memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!this.supportsProtocols(input.protocolType, input.protocols, memberId)) return void reply(joinError(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    if (this.pendingMembers.has(memberId)) {
      // A member that got MEMBER_ID_REQUIRED joins with its id (a static member is never pending).
      if (input.groupInstanceId !== null) return void reply(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
      this.addMemberAndRebalance(input, memberId, nowMs, config, out);
      return;
    }
    const instanceNotFound = input.groupInstanceId !== null && !this.staticMembers.has(input.groupInstanceId);
    if (this.isStaticMemberFenced(input.groupInstanceId, memberId)) return void reply(joinError(memberId, ErrorCode.FENCED_INSTANCE_ID));
    const member = this.members.get(memberId);
    if (member === undefined || instanceNotFound) return void reply(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    const current = (): JoinReply => ({
      errorCode: ErrorCode.NONE,
      generationId: this.generationId,
      protocolType: this.protocolType,
      protocolName: this.protocolName,
      leader: this.leaderId ?? '',
      skipAssignment: false,
      memberId,
      members: this.isLeader(memberId) ? this.currentMemberMetadata() : [],
    });
    switch (this.state) {
      case 'PreparingRebalance':
        this.updateMemberAndRebalance(member, input, nowMs, config, out);
        return;
      case 'CompletingRebalance':
        // The same metadata again: it missed the JoinGroup answer; give it the current generation.
        if (sameProtocols(member.protocols, input.protocols)) return void reply(current());
        this.updateMemberAndRebalance(member, input, nowMs, config, out);
        return;
      case 'Stable':
        // The leader rejoining forces a rebalance (it saw a metadata change the others cannot);
        // a follower with unchanged metadata just gets the current generation back.
        if (this.isLeader(memberId) || !sameProtocols(member.protocols, input.protocols)) {
          this.updateMemberAndRebalance(member, input, nowMs, config, out);
          return;
        }
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return void reply({ ...current(), members: [] });
      case 'Empty':
        return void reply(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    }
  }

  /** SyncGroup, after Kafka's doSyncGroup. */
  sync(input: SyncInput, nowMs: number, out: Effects): void {
    const reply = (body: SyncReply) => out.replies.push({ to: input.replyId, body });
    if (this.state === 'Dead') return void reply(syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (this.isStaticMemberFenced(input.groupInstanceId, input.memberId)) return void reply(syncError(ErrorCode.FENCED_INSTANCE_ID));
    const member = this.members.get(input.memberId);
    if (member === undefined) return void reply(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    if (input.generationId !== this.generationId) return void reply(syncError(ErrorCode.ILLEGAL_GENERATION));
    if ((input.protocolType !== null && input.protocolType !== this.protocolType) || (input.protocolName !== null && input.protocolName !== this.protocolName)) {
      return void reply(syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    }
    switch (this.state) {
      case 'Empty':
        return void reply(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
      case 'PreparingRebalance':
        return void reply(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      case 'CompletingRebalance': {
        if (member.awaitingSync !== null && member.awaitingSync !== input.replyId) {
          out.replies.push({ to: member.awaitingSync, body: syncError(ErrorCode.REBALANCE_IN_PROGRESS) });
        }
        member.awaitingSync = input.replyId;
        this.pendingSyncMembers.delete(member.memberId);
        if (!this.isLeader(member.memberId)) return;
        // The leader's assignment: members it left out get an empty one. The group becomes
        // Stable and everyone waiting gets its share once the GroupMetadata record is written.
        const given = new Map(input.assignments.map((a) => [a.memberId, a.assignment]));
        for (const m of this.members.values()) m.assignment = given.get(m.memberId) ?? EMPTY_BYTES;
        out.records.push(this.metadataRecord());
        this.transitionTo('Stable', nowMs);
        for (const m of this.members.values()) {
          if (m.awaitingSync === null) continue;
          out.replies.push({ to: m.awaitingSync, body: { errorCode: ErrorCode.NONE, protocolType: this.protocolType, protocolName: this.protocolName, assignment: m.assignment } satisfies SyncReply });
          m.awaitingSync = null;
          m.heartbeatDeadlineMs = nowMs + m.sessionTimeoutMs;
        }
        if (this.pendingSyncMembers.size === 0) this.syncDeadlineMs = -1;
        return;
      }
      case 'Stable':
        this.pendingSyncMembers.delete(member.memberId);
        if (this.pendingSyncMembers.size === 0) this.syncDeadlineMs = -1;
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return void reply({ errorCode: ErrorCode.NONE, protocolType: this.protocolType, protocolName: this.protocolName, assignment: member.assignment });
    }
  }

  /** Heartbeat: NONE, or REBALANCE_IN_PROGRESS to make the member rejoin. */
  heartbeat(memberId: string, groupInstanceId: string | null, generationId: number, nowMs: number): number {
    if (this.state === 'Dead') return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (this.isStaticMemberFenced(groupInstanceId, memberId)) return ErrorCode.FENCED_INSTANCE_ID;
    const member = this.members.get(memberId);
    if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== this.generationId) return ErrorCode.ILLEGAL_GENERATION;
    switch (this.state) {
      case 'Empty':
        return ErrorCode.UNKNOWN_MEMBER_ID;
      case 'PreparingRebalance':
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return ErrorCode.REBALANCE_IN_PROGRESS;
      case 'CompletingRebalance':
      case 'Stable':
        member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
        return ErrorCode.NONE;
    }
  }

  /** One member of a LeaveGroup (v3+ leaves several, by member id or by group.instance.id). */
  leave(memberId: string, groupInstanceId: string | null, nowMs: number, config: GroupConfig, out: Effects): { memberId: string; errorCode: number } {
    if (memberId === '') {
      const current = groupInstanceId !== null ? this.staticMembers.get(groupInstanceId) : undefined;
      if (current === undefined) return { memberId, errorCode: ErrorCode.UNKNOWN_MEMBER_ID };
      this.removeMemberAndUpdateGroup(current, nowMs, config, out);
      return { memberId: current, errorCode: ErrorCode.NONE };
    }
    if (this.pendingMembers.has(memberId)) {
      this.pendingMembers.delete(memberId);
      this.maybeCompleteJoin(nowMs, config, out);
      return { memberId, errorCode: ErrorCode.NONE };
    }
    if (this.isStaticMemberFenced(groupInstanceId, memberId)) return { memberId, errorCode: ErrorCode.FENCED_INSTANCE_ID };
    if (!this.members.has(memberId)) return { memberId, errorCode: ErrorCode.UNKNOWN_MEMBER_ID };
    this.removeMemberAndUpdateGroup(memberId, nowMs, config, out);
    return { memberId, errorCode: ErrorCode.NONE };
  }

  /**
   * Whether an OffsetCommit may store offsets for this group, with the error when not
   * (Kafka's validateOffsetCommit): members commit with their generation; others (admin
   * tools, assign()-based consumers) only with generation -1 and no member id, and only while
   * the group is empty.
   */
  validateOffsetCommit(memberId: string, groupInstanceId: string | null, generationId: number, nowMs: number): number {
    if (this.state === 'Dead') return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (generationId >= 0 || memberId !== '' || groupInstanceId !== null) {
      if (this.isStaticMemberFenced(groupInstanceId, memberId)) return ErrorCode.FENCED_INSTANCE_ID;
      const member = this.members.get(memberId);
      if (member === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (generationId !== this.generationId) return ErrorCode.ILLEGAL_GENERATION;
      // Offsets may not be committed between JoinGroup and SyncGroup: the assignment is not known yet.
      if (this.state === 'CompletingRebalance') return ErrorCode.REBALANCE_IN_PROGRESS;
      member.heartbeatDeadlineMs = nowMs + member.sessionTimeoutMs;
      return ErrorCode.NONE;
    }
    if (this.state !== 'Empty') return ErrorCode.UNKNOWN_MEMBER_ID;
    return ErrorCode.NONE;
  }
}

/** A JoinGroup as the core needs it (validated by the caller). */
export interface JoinInput {
  readonly replyId: ReplyId;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly protocolType: string;
  readonly protocols: readonly Protocol[];
  /** JoinGroup v4+: a new dynamic member first gets MEMBER_ID_REQUIRED (KIP-394). */
  readonly requireKnownMemberId: boolean;
  /** JoinGroup v9+ (KIP-814). */
  readonly skipAssignmentSupported: boolean;
  /** Random text the runtime supplies for a new member id (`<client.id>-<suffix>`). */
  readonly newMemberIdSuffix: string;
}

export interface SyncInput {
  readonly replyId: ReplyId;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly generationId: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly assignments: ReadonlyArray<{ memberId: string; assignment: Buffer }>;
}
