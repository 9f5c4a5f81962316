import { ErrorCode } from '@gregor/protocol';
import { REPLICA_LAG_TIME_MAX_MS_DEFAULT } from '../limits.js';
import { assert } from './assert.js';

/**
 * The leader's view of one partition's replicas (Kafka's Partition and Replica, leader side):
 * each follower's log end offset and last caught-up time, the ISR as the controller last
 * committed it, at most one AlterPartition in flight, and the high watermark.
 *
 * KIP-841 (and KIP-497 before it): the HW advances only up to the smallest log end offset of the
 * *maximal* ISR, the committed ISR plus a replica whose addition is pending. A pending shrink
 * still counts the leaving replica until the controller commits it, and a pending expansion
 * already counts the joining one: waiting for more replicas is always safe, waiting for fewer is
 * not. A replica outside the ISR that is caught up and eligible also holds the HW back (Kafka's
 * shouldWaitForReplicaToJoinIsr), so it can join without the HW having passed it.
 *
 * Time is passed in as `nowMs`; the core never reads a clock.
 */

/** The partition as the controller last committed it (PartitionRecord / PartitionChangeRecord). */
export interface PartitionRegistrationView {
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

export interface PartitionReplicaStateInit extends PartitionRegistrationView {
  /** The local leader's log end offset when it took over; also its leader epoch start offset. */
  readonly logEndOffset: number;
  /** The local log's high watermark when it took over. */
  readonly highWatermark: number;
  readonly nowMs: number;
  /** `replica.lag.time.max.ms`; default REPLICA_LAG_TIME_MAX_MS_DEFAULT (30 s). */
  readonly replicaLagTimeMaxMs?: number;
}

/** A follower as the leader sees it. */
export interface FollowerView {
  readonly replicaId: number;
  /** Its fetch offset at the last fetch; -1 until it fetches from this leader. */
  readonly logEndOffset: number;
  /** Last time it was caught up (Kafka's lastCaughtUpTimeMs); null: never, under this leader. */
  readonly lastCaughtUpTimeMs: number | null;
  readonly lastFetchTimeMs: number | null;
}

/**
 * An ISR change to send as AlterPartition (with `leaderEpoch` and `partitionEpoch` as given;
 * `replicaIds` are the members leaving or joining). Hand the same object back to
 * `onAlterPartitionResponse`.
 */
export interface IsrChangeProposal {
  readonly kind: 'shrink' | 'expand';
  readonly isr: readonly number[];
  readonly replicaIds: readonly number[];
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

/** The fields of an AlterPartition partition result this state needs (the controller's AlterPartitionPartitionResult fits). */
export interface AlterPartitionResult {
  readonly errorCode: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly partitionEpoch: number;
}

export type FollowerFetchResult =
  | { readonly kind: 'recorded'; readonly highWatermarkAdvanced: boolean }
  /** Not a replica of this partition: Kafka answers its fetch with no records and records nothing. */
  | { readonly kind: 'notAssigned' };

export type AcksAllCompletion =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'done'; readonly errorCode: typeof ErrorCode.NONE | typeof ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND };

const NEVER = Number.NEGATIVE_INFINITY;
const UNKNOWN_OFFSET = -1;

interface Follower {
  replicaId: number;
  logEndOffset: number;
  lastCaughtUpTimeMs: number;
  lastFetchTimeMs: number;
  lastFetchLeaderLogEndOffset: number;
}

function newFollower(replicaId: number, isInIsr: boolean, nowMs: number): Follower {
  // Kafka's resetReplicaState(isNewLeader = true): an ISR member gets a full lag window to fetch.
  return { replicaId, logEndOffset: UNKNOWN_OFFSET, lastCaughtUpTimeMs: isInIsr ? nowMs : NEVER, lastFetchTimeMs: NEVER, lastFetchLeaderLogEndOffset: UNKNOWN_OFFSET };
}

function assertRegistration(r: PartitionRegistrationView): void {
  assert(new Set(r.replicas).size === r.replicas.length, `duplicate replicas ${JSON.stringify(r.replicas)}`);
  assert(new Set(r.isr).size === r.isr.length, `duplicate ISR members ${JSON.stringify(r.isr)}`);
  assert(r.replicas.includes(r.leader), `leader ${r.leader} is not a replica`);
  assert(r.isr.includes(r.leader), `leader ${r.leader} is not in the ISR ${JSON.stringify(r.isr)}`);
  assert(r.isr.every((id) => r.replicas.includes(id)), `ISR ${JSON.stringify(r.isr)} is not within the replicas ${JSON.stringify(r.replicas)}`);
}

/**
 * Leader-side replica state of one partition, for one leadership (a new one when this broker
 * becomes leader again after following). ISR states and their triggers:
 * - committed: `isrChange` finds laggards -> pending shrink, or a caught-up eligible follower ->
 *   pending expansion (one replica at a time, as Kafka's PendingExpandIsr);
 * - pending -> committed: `onAlterPartitionResponse` with NONE (the controller's ISR), or
 *   `onPartitionChange` (any newer registration from the metadata log);
 * - pending -> committed as before: `onAlterPartitionResponse` with OPERATION_NOT_ATTEMPTED or
 *   INELIGIBLE_REPLICA (the controller says it did not apply it);
 * - pending stays: other errors (FENCED_LEADER_EPOCH, INVALID_UPDATE_VERSION, ...) until the
 *   metadata log brings the newer registration.
 */
export class PartitionReplicaState {
  readonly leaderId: number;
  private readonly replicaLagTimeMaxMs: number;
  private replicas: readonly number[];
  private committedIsr: readonly number[];
  private epoch: number;
  private partitionEpochValue: number;
  private pending: IsrChangeProposal | null = null;
  private followers = new Map<number, Follower>();
  private ineligible: ReadonlySet<number> = new Set();
  private leaderLogEndOffset: number;
  private leaderEpochStartOffsetValue: number;
  private highWatermarkValue: number;

  constructor(init: PartitionReplicaStateInit) {
    assertRegistration(init);
    assert(Number.isSafeInteger(init.logEndOffset) && init.logEndOffset >= 0, `bad log end offset ${init.logEndOffset}`);
    assert(init.highWatermark >= 0 && init.highWatermark <= init.logEndOffset, `high watermark ${init.highWatermark} outside [0, ${init.logEndOffset}]`);
    this.leaderId = init.leader;
    this.replicaLagTimeMaxMs = init.replicaLagTimeMaxMs ?? REPLICA_LAG_TIME_MAX_MS_DEFAULT;
    assert(this.replicaLagTimeMaxMs > 0, 'replica.lag.time.max.ms must be positive');
    this.replicas = [...init.replicas];
    this.committedIsr = [...init.isr];
    this.epoch = init.leaderEpoch;
    this.partitionEpochValue = init.partitionEpoch;
    this.leaderLogEndOffset = init.logEndOffset;
    this.leaderEpochStartOffsetValue = init.logEndOffset;
    this.highWatermarkValue = init.highWatermark;
    for (const id of init.replicas) if (id !== this.leaderId) this.followers.set(id, newFollower(id, init.isr.includes(id), init.nowMs));
    this.maybeAdvanceHighWatermark(init.nowMs);
  }

  /** The high watermark: never moves backwards, never above any maximal-ISR member's log end offset. */
  highWatermark(): number {
    return this.highWatermarkValue;
  }

  get leaderEpoch(): number {
    return this.epoch;
  }

  get partitionEpoch(): number {
    return this.partitionEpochValue;
  }

  /** Where this leader's epoch starts: a follower joins the ISR only once it has reached it. */
  get leaderEpochStartOffset(): number {
    return this.leaderEpochStartOffsetValue;
  }

  get logEndOffset(): number {
    return this.leaderLogEndOffset;
  }

  /** The ISR as last committed by the controller. */
  get isr(): readonly number[] {
    return this.committedIsr;
  }

  /** The committed ISR plus a replica whose addition is pending (KIP-497, KIP-841). */
  get maximalIsr(): readonly number[] {
    const p = this.pending;
    return p !== null && p.kind === 'expand' ? p.isr : this.committedIsr;
  }

  /** The AlterPartition in flight, to resend on a retriable transport failure. */
  get pendingIsrChange(): IsrChangeProposal | null {
    return this.pending;
  }

  follower(replicaId: number): FollowerView | undefined {
    const f = this.followers.get(replicaId);
    if (f === undefined) return undefined;
    return {
      replicaId,
      logEndOffset: f.logEndOffset,
      lastCaughtUpTimeMs: f.lastCaughtUpTimeMs === NEVER ? null : f.lastCaughtUpTimeMs,
      lastFetchTimeMs: f.lastFetchTimeMs === NEVER ? null : f.lastFetchTimeMs,
    };
  }

  /**
   * The smallest log end offset over every follower (in the ISR or not, -1 for one that has not
   * fetched yet): what every replica already has. The leader's log end offset without followers.
   */
  minFollowerLogEndOffset(): number {
    let min = this.leaderLogEndOffset;
    for (const f of this.followers.values()) if (f.logEndOffset < min) min = f.logEndOffset;
    return min;
  }

  /** The leader appended up to `logEndOffset`; with a lone ISR the HW follows at once. */
  onLeaderAppend(logEndOffset: number, nowMs: number): boolean {
    this.setLeaderLogEndOffset(logEndOffset);
    return this.maybeAdvanceHighWatermark(nowMs);
  }

  /**
   * A follower fetched from `fetchOffset` (its log end offset) while ours was `leaderLogEndOffset`
   * (Kafka's Replica.updateFetchState). Caught up now when it reached our log end offset; caught
   * up as of its previous fetch when it reached the log end offset we had then, so a follower
   * trailing a steady stream of small appends still counts as in sync. Call it only for fetches
   * that read records (not for ones answered with an error or a divergingEpoch).
   */
  onFollowerFetch(replicaId: number, fetchOffset: number, nowMs: number, leaderLogEndOffset: number): FollowerFetchResult {
    const f = this.followers.get(replicaId);
    if (f === undefined) return { kind: 'notAssigned' };
    this.setLeaderLogEndOffset(leaderLogEndOffset);
    assert(fetchOffset >= 0 && fetchOffset <= leaderLogEndOffset, `follower ${replicaId} fetch offset ${fetchOffset} outside [0, ${leaderLogEndOffset}]`);
    if (fetchOffset >= leaderLogEndOffset) f.lastCaughtUpTimeMs = Math.max(f.lastCaughtUpTimeMs, nowMs);
    else if (fetchOffset >= f.lastFetchLeaderLogEndOffset) f.lastCaughtUpTimeMs = Math.max(f.lastCaughtUpTimeMs, f.lastFetchTimeMs);
    f.lastFetchLeaderLogEndOffset = Math.max(f.lastFetchLeaderLogEndOffset, leaderLogEndOffset);
    f.lastFetchTimeMs = nowMs;
    f.logEndOffset = fetchOffset;
    return { kind: 'recorded', highWatermarkAdvanced: this.maybeAdvanceHighWatermark(nowMs) };
  }

  /**
   * Replicas that may not join the ISR and whose catching up must not hold the HW (fenced, in
   * controlled shutdown, or with a stale broker epoch: KIP-841, KIP-903).
   */
  setIneligibleReplicas(replicaIds: Iterable<number>, nowMs: number): boolean {
    this.ineligible = new Set(replicaIds);
    return this.maybeAdvanceHighWatermark(nowMs);
  }

  /**
   * Recomputes the high watermark; true when it advanced (complete delayed acks=all produces and
   * fetches). The mutators call it; the runtime also calls it on its periodic ISR check, since
   * time alone can release a caught-up non-member that was holding the HW.
   */
  maybeAdvanceHighWatermark(nowMs: number): boolean {
    const maximal = this.maximalIsr;
    let candidate = this.leaderLogEndOffset;
    for (const f of this.followers.values()) {
      if (f.logEndOffset >= candidate) continue;
      const holds = maximal.includes(f.replicaId) || (this.isCaughtUp(f, nowMs) && !this.ineligible.has(f.replicaId));
      if (holds) candidate = f.logEndOffset;
    }
    if (candidate <= this.highWatermarkValue) return false;
    this.highWatermarkValue = candidate;
    return true;
  }

  /**
   * The ISR change to propose now, or null (one in flight, or nothing to change). Shrinks first:
   * committed members other than the leader not caught up within `replica.lag.time.max.ms`
   * (Kafka's maybeShrinkIsr). Otherwise expands by one eligible follower whose log end offset has
   * reached both the HW and this leader's epoch start offset (Kafka's maybeExpandIsr). The
   * returned proposal becomes pending; the runtime sends it as AlterPartition.
   */
  isrChange(nowMs: number): IsrChangeProposal | null {
    if (this.pending !== null) return null;
    const laggards = this.committedIsr.filter((id) => {
      if (id === this.leaderId) return false;
      const f = this.followers.get(id);
      return f === undefined || !this.isCaughtUp(f, nowMs);
    });
    if (laggards.length > 0) {
      return this.propose('shrink', this.committedIsr.filter((id) => !laggards.includes(id)), laggards);
    }
    for (const id of this.replicas) {
      if (id === this.leaderId || this.committedIsr.includes(id) || this.ineligible.has(id)) continue;
      const f = this.followers.get(id)!;
      if (f.logEndOffset >= this.highWatermarkValue && f.logEndOffset >= this.leaderEpochStartOffsetValue) {
        return this.propose('expand', [...this.committedIsr, id], [id]);
      }
    }
    return null;
  }

  /**
   * The controller answered `proposal` (Kafka's handleAlterPartitionUpdate / Error). An answer to
   * a proposal no longer pending is stale and ignored. Returns whether the HW advanced (a
   * committed shrink can release it).
   */
  onAlterPartitionResponse(proposal: IsrChangeProposal, result: AlterPartitionResult, nowMs: number): boolean {
    if (this.pending !== proposal) return false;
    if (result.errorCode === ErrorCode.NONE) {
      if (result.leaderEpoch !== this.epoch || result.partitionEpoch < this.partitionEpochValue) return false;
      assert(result.isr.includes(this.leaderId), `committed ISR ${JSON.stringify(result.isr)} lacks the leader ${this.leaderId}`);
      this.committedIsr = [...result.isr];
      this.partitionEpochValue = result.partitionEpoch;
      this.pending = null;
      return this.maybeAdvanceHighWatermark(nowMs);
    }
    if (result.errorCode === ErrorCode.OPERATION_NOT_ATTEMPTED || result.errorCode === ErrorCode.INELIGIBLE_REPLICA) {
      this.pending = null;
      return this.maybeAdvanceHighWatermark(nowMs);
    }
    return false;
  }

  /**
   * A newer registration of the partition with this broker still leader, from the metadata log
   * (Kafka's makeLeader when already leader). Older or equal partition epochs are ignored. It
   * replaces the committed ISR and replicas and clears any pending change. A new leader epoch
   * restarts the lag clocks (Kafka's resetReplicaState(isNewLeader = false)) and moves the leader
   * epoch start offset to `logEndOffset`. Returns whether the HW advanced.
   */
  onPartitionChange(registration: PartitionRegistrationView, logEndOffset: number, nowMs: number): boolean {
    assertRegistration(registration);
    assert(registration.leader === this.leaderId, `leadership moved to ${registration.leader}: drop this state`);
    assert(registration.leaderEpoch >= this.epoch, `leader epoch went back from ${this.epoch} to ${registration.leaderEpoch}`);
    if (registration.partitionEpoch <= this.partitionEpochValue) return false;
    this.setLeaderLogEndOffset(logEndOffset);
    const isNewEpoch = registration.leaderEpoch > this.epoch;
    const next = new Map<number, Follower>();
    for (const id of registration.replicas) {
      if (id === this.leaderId) continue;
      const inIsr = registration.isr.includes(id);
      const f = this.followers.get(id) ?? newFollower(id, inIsr, nowMs);
      if (isNewEpoch) {
        f.lastCaughtUpTimeMs = inIsr ? nowMs : NEVER;
        f.lastFetchTimeMs = inIsr ? nowMs : NEVER;
        f.lastFetchLeaderLogEndOffset = logEndOffset;
      }
      next.set(id, f);
    }
    this.followers = next;
    if (isNewEpoch) {
      this.epoch = registration.leaderEpoch;
      this.leaderEpochStartOffsetValue = logEndOffset;
    }
    this.replicas = [...registration.replicas];
    this.committedIsr = [...registration.isr];
    this.partitionEpochValue = registration.partitionEpoch;
    this.pending = null;
    return this.maybeAdvanceHighWatermark(nowMs);
  }

  /**
   * Before an acks=all append (Kafka's appendRecordsToLeader): NOT_ENOUGH_REPLICAS when the
   * committed ISR is smaller than `min.insync.replicas`; nothing is appended then.
   */
  checkMinIsr(minInsyncReplicas: number): typeof ErrorCode.NONE | typeof ErrorCode.NOT_ENOUGH_REPLICAS {
    return this.committedIsr.length < minInsyncReplicas ? ErrorCode.NOT_ENOUGH_REPLICAS : ErrorCode.NONE;
  }

  /**
   * Whether an acks=all produce whose last record is at `requiredOffset - 1` can be answered
   * (Kafka's checkEnoughReplicasReachOffset): waiting until the HW reaches `requiredOffset`; then
   * NONE, or NOT_ENOUGH_REPLICAS_AFTER_APPEND when the maximal ISR shrank below
   * `min.insync.replicas` meanwhile (the records are in the log, but on fewer replicas than asked).
   */
  checkAcksAllCompletion(requiredOffset: number, minInsyncReplicas: number): AcksAllCompletion {
    if (this.highWatermarkValue < requiredOffset) return { kind: 'waiting' };
    return { kind: 'done', errorCode: this.maximalIsr.length >= minInsyncReplicas ? ErrorCode.NONE : ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND };
  }

  private propose(kind: 'shrink' | 'expand', isr: readonly number[], replicaIds: readonly number[]): IsrChangeProposal {
    const proposal: IsrChangeProposal = { kind, isr, replicaIds, leaderEpoch: this.epoch, partitionEpoch: this.partitionEpochValue };
    this.pending = proposal;
    return proposal;
  }

  /** Kafka's ReplicaState.isCaughtUp: at our log end offset, or caught up within the lag window. */
  private isCaughtUp(f: Follower, nowMs: number): boolean {
    return f.logEndOffset === this.leaderLogEndOffset || nowMs - f.lastCaughtUpTimeMs <= this.replicaLagTimeMaxMs;
  }

  private setLeaderLogEndOffset(logEndOffset: number): void {
    assert(Number.isSafeInteger(logEndOffset) && logEndOffset >= this.leaderLogEndOffset, `leader log end offset went back from ${this.leaderLogEndOffset} to ${logEndOffset}`);
    this.leaderLogEndOffset = logEndOffset;
  }
}
