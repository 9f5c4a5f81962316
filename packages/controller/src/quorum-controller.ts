import { ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { EntryType, RaftError, type Entry, type RaftErrorCode, type Random, type Ready, type SoftState } from '@gregor/raft';
import { assert } from './assert.js';
import { checkConfig, topicConfigDefs, type ConfigDef } from './config-defs.js';
import { MetadataImage, parsePartitionKey, type BrokerRegistration, type PartitionRegistration, type TopicImage } from './image/metadata-image.js';
import { decodeMetadataSnapshot, encodeMetadataSnapshot } from './image/snapshot.js';
import {
  BROKER_SESSION_TIMEOUT_MS_DEFAULT,
  BROKERS_MAX,
  CONFIG_VALUE_LENGTH_MAX,
  ELECTIONS_PER_REBALANCE_MAX,
  LEADER_IMBALANCE_CHECK_INTERVAL_MS_DEFAULT,
  LISTENERS_PER_BROKER_MAX,
  METADATA_VERSION_LEVEL,
  PRODUCER_ID_BLOCK_SIZE,
  PRODUCER_ID_MAX,
  RECORDS_PER_BATCH_MAX,
  REGISTRATION_STRING_LENGTH_MAX,
  SPLIT_BATCH_RECORDS_MAX,
} from './limits.js';
import { buildPartitionChange, type Election, type PartitionChangeTarget } from './partition-change.js';
import { placeReplicas, type PlacementBroker } from './placement.js';
import { decodeMetadataBatch } from './records/codec.js';
import { LeaderRecoveryState, NO_LEADER, type MetadataRecord, type PartitionChangeRecord } from './records/records.js';
import type {
  AllocateProducerIdsRequest,
  AllocateProducerIdsResponse,
  AlterConfigsRequest,
  AlterConfigsResponse,
  AlterPartitionPartitionResult,
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
  AlterPartitionRequest,
  AlterPartitionResponse,
  BrokerHeartbeatRequest,
  BrokerHeartbeatResponse,
  BrokerRegistrationRequest,
  BrokerRegistrationResponse,
  CreatableTopic,
  CreatableTopicResult,
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  DeletableTopicResult,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  ElectLeadersRequest,
  ElectLeadersResponse,
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
  UnregisterBrokerRequest,
  UpdateFeaturesRequest,
  UpdateFeaturesResponse,
} from './requests.js';
import { applyConfigOps, checkPartitionCount, checkTopicConfigs, checkTopicName, collidingTopic, type AdminResult, type ConfigOp } from './topic-rules.js';
import { randomUuid } from './topic-id.js';

/**
 * The controller state machine (KRaft's QuorumController with its control managers), pure: no
 * I/O, no clock, no randomness of its own. Every controller runs one and replays every committed
 * metadata batch into its committed image; the one whose raft node leads ("active") also accepts
 * writes.
 *
 * Leadership, per epoch (= raft term), moves through these states:
 *   standby --becomeLeader(epoch)--> claimed: NoOp proposed, writes refused with NOT_CONTROLLER
 *   claimed --NoOp committed--> active: writes validated against the speculative image
 *   claimed/active --resign(), a newer epoch in the log, or a snapshot restore--> standby
 * The NoOp matters because a new leader's log may end in entries of earlier epochs that are not
 * committed yet; once its own NoOp commits, everything before it has, so the committed image is
 * complete and the speculative image can start from it (Raft thesis 6.4, KRaft's LeaderChange).
 *
 * Writes: an operation validates against the speculative image (committed image plus every batch
 * this controller proposed and has not yet seen commit), proposes its records as one batch
 * through the `MetadataLog` port (raft's `propose`, synchronously), applies them to the
 * speculative image, and returns the response with a `writeId`. The response may be sent once
 * `takeCompletions()` reports that writeId with NONE; NOT_CONTROLLER there means leadership was
 * lost first (the batch may or may not commit later, as in Kafka). An operation that writes
 * nothing still waits for the batches proposed before it, as KRaft's deferred event queue does,
 * so a heartbeat never reports state that could still be lost.
 */
export type ProposeOutcome = { readonly ok: true; readonly offset: number } | { readonly ok: false; readonly error: RaftErrorCode };

/** The port to the metadata log: the runtime encodes the batch (encodeMetadataBatch) and calls raft's `propose`. */
export interface MetadataLog {
  propose(records: readonly MetadataRecord[]): ProposeOutcome;
}

export interface QuorumControllerConfig {
  /** This controller's node id (KRaft `node.id`). */
  readonly nodeId: number;
  /** Registrations from another cluster are refused with INCONSISTENT_CLUSTER_ID. */
  readonly clusterId: string;
  readonly log: MetadataLog;
  /** Topic ids and the placement tie-break rotation. */
  readonly random: Random;
  /** `broker.session.timeout.ms`. */
  readonly sessionTimeoutMs?: number;
  /** `num.partitions` (default 1). */
  readonly defaultNumPartitions?: number;
  /** `default.replication.factor` (default 1). */
  readonly defaultReplicationFactor?: number;
  /** `auto.leader.rebalance.enable` (default true). */
  readonly autoLeaderRebalanceEnable?: boolean;
  /** `leader.imbalance.check.interval.seconds`, in ms. */
  readonly leaderImbalanceCheckIntervalMs?: number;
  /** `delete.topic.enable` (default true). */
  readonly deleteTopicEnable?: boolean;
  /** Static `unclean.leader.election.enable` (default false); topic and dynamic broker configs override it. */
  readonly uncleanLeaderElectionEnable?: boolean;
  /** The image to start from (a snapshot); default empty. */
  readonly image?: MetadataImage;
  /** Records per metadata batch (raft entry); default RECORDS_PER_BATCH_MAX. Tests shrink it. */
  readonly recordsPerBatchMax?: number;
}

export type ControllerResult<T> =
  | {
      readonly ok: true;
      readonly writeId: number;
      readonly response: T;
      /** The records proposed (empty for validate-only and read-like outcomes). */
      readonly records: readonly MetadataRecord[];
      /** Offset that must commit before `response` may be sent. */
      readonly offset: number;
    }
  | { readonly ok: false; readonly errorCode: number; readonly errorMessage: string };

export interface WriteCompletion {
  readonly writeId: number;
  /** NONE: send the response; NOT_CONTROLLER: leadership was lost first. */
  readonly errorCode: number;
}

interface Leadership {
  readonly epoch: number;
  noOpOffset: number | null;
  active: boolean;
}

interface BrokerSession {
  lastContactMs: number;
  metadataOffset: number;
  /** Offset of the batch that moved leadership off the broker in controlled shutdown. */
  controlledShutdownOffset: number | null;
}

/** A whole-operation (or whole-item) failure: Kafka's error code and message. */
class Failure {
  constructor(
    readonly errorCode: number,
    readonly errorMessage: string,
  ) {}
}

function fail(errorCode: number, errorMessage: string): Failure {
  return new Failure(errorCode, errorMessage);
}

/** Records of one batch under construction, applied to a working copy of the image as they are added. */
class BatchBuilder {
  readonly records: MetadataRecord[] = [];
  constructor(
    public image: MetadataImage,
    readonly offset: number,
    readonly epoch: number,
  ) {}

  add(r: MetadataRecord): void {
    this.records.push(r);
    this.image = this.image.apply(r, this.offset, this.epoch);
  }
}

const BROKER_STATE = { fenced: 'FENCED', unfenced: 'UNFENCED', controlledShutdown: 'CONTROLLED_SHUTDOWN', shutdownNow: 'SHUTDOWN_NOW' } as const;
type BrokerState = (typeof BROKER_STATE)[keyof typeof BROKER_STATE];

const UNCLEAN_CONFIG = 'unclean.leader.election.enable';

/** Dynamic broker configs: the broker-level synonyms of the topic configs (KIP-226's cluster-wide defaults). */
const brokerConfigDefs: ReadonlyMap<string, ConfigDef> = new Map(
  topicConfigDefs.filter((d) => d.brokerSynonym !== undefined).map((d) => [d.brokerSynonym!, { ...d, name: d.brokerSynonym! }]),
);

/** Feature levels this controller supports (KIP-584): name -> [min, max]. */
export const SUPPORTED_FEATURES: ReadonlyMap<string, readonly [number, number]> = new Map([['metadata.version', [1, METADATA_VERSION_LEVEL] as const]]);

export class QuorumController {
  readonly nodeId: number;
  private readonly clusterId: string;
  private readonly log: MetadataLog;
  private readonly random: Random;
  private readonly sessionTimeoutMs: number;
  private readonly defaultNumPartitions: number;
  private readonly defaultReplicationFactor: number;
  private readonly autoLeaderRebalanceEnable: boolean;
  private readonly leaderImbalanceCheckIntervalMs: number;
  private readonly deleteTopicEnable: boolean;
  private readonly uncleanLeaderElectionEnable: boolean;
  private readonly recordsPerBatchMax: number;
  /** Batch size of split writes (never above recordsPerBatchMax). */
  private readonly splitBatchRecordsMax: number;

  private committed: MetadataImage;
  private speculative: MetadataImage;
  private leadership: Leadership | null = null;
  /** Offsets of batches this controller proposed in its epoch that have not committed yet. */
  private pending: number[] = [];
  private waiting: Array<{ writeId: number; offset: number }> = [];
  private completions: WriteCompletion[] = [];
  private readonly sessions = new Map<number, BrokerSession>();
  private nextWriteId = 1;
  private nextRebalanceMs = Infinity;
  private nowMs = 0;

  constructor(config: QuorumControllerConfig) {
    this.nodeId = config.nodeId;
    this.clusterId = config.clusterId;
    this.log = config.log;
    this.random = config.random;
    this.sessionTimeoutMs = config.sessionTimeoutMs ?? BROKER_SESSION_TIMEOUT_MS_DEFAULT;
    this.defaultNumPartitions = config.defaultNumPartitions ?? 1;
    this.defaultReplicationFactor = config.defaultReplicationFactor ?? 1;
    this.autoLeaderRebalanceEnable = config.autoLeaderRebalanceEnable ?? true;
    this.leaderImbalanceCheckIntervalMs = config.leaderImbalanceCheckIntervalMs ?? LEADER_IMBALANCE_CHECK_INTERVAL_MS_DEFAULT;
    this.deleteTopicEnable = config.deleteTopicEnable ?? true;
    this.uncleanLeaderElectionEnable = config.uncleanLeaderElectionEnable ?? false;
    this.recordsPerBatchMax = config.recordsPerBatchMax ?? RECORDS_PER_BATCH_MAX;
    this.splitBatchRecordsMax = Math.min(this.recordsPerBatchMax, SPLIT_BATCH_RECORDS_MAX);
    this.committed = config.image ?? MetadataImage.EMPTY;
    this.speculative = this.committed;
  }

  // ---------------------------------------------------------------- state

  /** Everything committed and replayed here. Brokers and reads use this. */
  get committedImage(): MetadataImage {
    return this.committed;
  }

  /** Committed plus this controller's proposed-but-uncommitted batches (equals committed unless active). */
  get speculativeImage(): MetadataImage {
    return this.speculative;
  }

  /** Accepting writes: leader of the raft quorum with its NoOp committed. */
  get isActive(): boolean {
    return this.leadership?.active === true;
  }

  /** The raft term this controller leads, or null. */
  get leaderEpoch(): number | null {
    return this.leadership?.epoch ?? null;
  }

  /** Writes resolved since the last call, in order. */
  takeCompletions(): WriteCompletion[] {
    const out = this.completions;
    this.completions = [];
    return out;
  }

  // ---------------------------------------------------------------- replication inputs

  /** Replays one committed batch (every controller, in log order). */
  replayBatch(records: readonly MetadataRecord[], offset: number, epoch: number): void {
    assert(offset > this.committed.offset, () => `replay of offset ${offset} at or below the committed ${this.committed.offset}`);
    this.committed = this.committed.applyBatch(records, offset, epoch);
    const l = this.leadership;
    if (l !== null) {
      if (epoch > l.epoch) {
        // Someone else leads a newer epoch and its entries are committing: we lost leadership.
        this.resign();
      } else if (!l.active) {
        if (l.noOpOffset !== null && offset >= l.noOpOffset && epoch === l.epoch) this.activate();
      } else if (epoch === l.epoch) {
        while (this.pending.length > 0 && this.pending[0]! <= offset) this.pending.shift();
      }
    }
    if (!this.isActive || this.pending.length === 0) this.speculative = this.committed;
    this.completeWaiting();
  }

  /** Replays one record as its own batch (for tests and tools). */
  replay(record: MetadataRecord, offset: number, epoch: number = this.committed.epoch): void {
    this.replayBatch([record], offset, epoch);
  }

  /** A committed raft entry: a metadata batch, or raft's own leader-change entry (advances the offset only). */
  handleCommittedEntry(entry: Entry): void {
    if (entry.type === EntryType.normal) this.replayBatch(decodeMetadataBatch(entry.data), entry.index, entry.term);
    else this.replayBatch([], entry.index, entry.term);
  }

  /** Installs a snapshot (raft restore, or start-up): the committed image becomes the snapshot's. */
  restoreSnapshot(data: Uint8Array): void {
    const image = decodeMetadataSnapshot(data);
    assert(image.offset >= this.committed.offset, () => `snapshot at ${image.offset} is behind the committed ${this.committed.offset}`);
    if (this.leadership !== null) this.resign();
    this.committed = image;
    this.speculative = image;
  }

  /** The committed image as snapshot bytes (the data for raft's `compact(committedImage.offset, ...)`). */
  snapshot(): Uint8Array {
    return encodeMetadataSnapshot(this.committed);
  }

  /** Raft's leadership view: lead on `role === 'leader'`, resign otherwise. */
  handleSoftState(soft: SoftState, nowMs: number): void {
    if (soft.role === 'leader') this.becomeLeader(soft.term, nowMs);
    else if (this.leadership !== null) this.resign();
  }

  /**
   * Everything the controller needs from one raft ready batch, in the order that keeps it safe:
   * a snapshot restore, then the committed entries (entries committed before a step-down still
   * complete their writes; an entry of a newer epoch makes this controller resign), then the
   * leadership change. Call it at step 4 of raft's ready contract, before `advance`.
   */
  handleRaftReady(ready: Ready, nowMs: number): void {
    this.nowMs = Math.max(this.nowMs, nowMs);
    if (ready.snapshot !== null && ready.snapshot.isRestore) this.restoreSnapshot(ready.snapshot.snapshot.data);
    for (const e of ready.committedEntries) this.handleCommittedEntry(e);
    if (ready.softState !== null) this.handleSoftState(ready.softState, nowMs);
  }

  /** This node's raft leads `epoch`: propose the NoOp that will activate it once committed. */
  becomeLeader(epoch: number, nowMs: number): void {
    this.nowMs = Math.max(this.nowMs, nowMs);
    if (this.leadership !== null && this.leadership.epoch === epoch) return;
    if (this.leadership !== null) this.resign();
    assert(epoch >= this.committed.epoch, () => `leading epoch ${epoch} below the committed epoch ${this.committed.epoch}`);
    this.leadership = { epoch, noOpOffset: null, active: false };
    this.proposeNoOp();
  }

  /** Leadership lost: drop speculative state and fail every write still waiting with NOT_CONTROLLER. */
  resign(): void {
    this.leadership = null;
    this.pending = [];
    this.speculative = this.committed;
    for (const w of this.waiting) this.completions.push({ writeId: w.writeId, errorCode: ErrorCode.NOT_CONTROLLER });
    this.waiting = [];
    this.sessions.clear();
    this.nextRebalanceMs = Infinity;
  }

  private proposeNoOp(): void {
    const l = this.leadership!;
    const res = this.log.propose([{ type: 'NoOp', version: 0 }]);
    if (res.ok) {
      assert(res.offset > this.committed.offset, () => `NoOp proposed at ${res.offset}, not after the committed ${this.committed.offset}`);
      l.noOpOffset = res.offset;
    }
  }

  private activate(): void {
    this.leadership!.active = true;
    this.speculative = this.committed;
    this.pending = [];
    // Every registered broker gets a fresh session: it may have been heartbeating to the old
    // active controller, which kept its sessions in memory (as KRaft does).
    this.sessions.clear();
    for (const id of this.committed.brokers.keys()) this.sessions.set(id, { lastContactMs: this.nowMs, metadataOffset: -1, controlledShutdownOffset: null });
    this.nextRebalanceMs = this.nowMs + this.leaderImbalanceCheckIntervalMs;
    if (!this.committed.features.has('metadata.version')) {
      this.internalWrite((b) => b.add({ type: 'FeatureLevel', version: 0, name: 'metadata.version', level: METADATA_VERSION_LEVEL }));
    }
  }

  private completeWaiting(): void {
    while (this.waiting.length > 0 && this.waiting[0]!.offset <= this.committed.offset) {
      this.completions.push({ writeId: this.waiting.shift()!.writeId, errorCode: ErrorCode.NONE });
    }
  }

  // ---------------------------------------------------------------- periodic work

  /**
   * Time passes (call it every few hundred ms): fences brokers whose session expired (their
   * partitions get new leaders in the same batch), runs the periodic preferred-leader election,
   * and retries a NoOp that raft refused.
   */
  tick(nowMs: number): void {
    this.nowMs = Math.max(this.nowMs, nowMs);
    const l = this.leadership;
    if (l === null) return;
    if (!l.active) {
      if (l.noOpOffset === null) this.proposeNoOp();
      return;
    }
    for (const id of this.speculative.brokers.sortedKeys()) {
      const reg = this.speculative.broker(id)!;
      let session = this.sessions.get(id);
      if (session === undefined) {
        session = { lastContactMs: this.nowMs, metadataOffset: -1, controlledShutdownOffset: null };
        this.sessions.set(id, session);
      }
      if (!reg.fenced && this.nowMs - session.lastContactMs > this.sessionTimeoutMs) {
        // One batch per broker, as KRaft fences one stale broker per event.
        if (!this.internalWrite((b) => this.fenceBroker(b, id))) return;
      }
    }
    for (const id of [...this.sessions.keys()]) if (!this.speculative.brokers.has(id)) this.sessions.delete(id);
    if (this.autoLeaderRebalanceEnable && this.nowMs >= this.nextRebalanceMs) {
      this.nextRebalanceMs = this.nowMs + this.leaderImbalanceCheckIntervalMs;
      this.internalWrite((b) => this.rebalanceLeaders(b));
    }
  }

  /** Preferred-leader elections for partitions led by another replica (auto.leader.rebalance.enable). */
  private rebalanceLeaders(b: BatchBuilder): void {
    let elections = 0;
    for (const topic of b.image.sortedTopics()) {
      for (const p of topic.partitions.sortedKeys()) {
        if (elections >= ELECTIONS_PER_REBALANCE_MAX) return;
        const part = topic.partitions.get(p)!;
        const preferred = part.replicas[0]!;
        if (part.leader === preferred || !part.isr.includes(preferred) || !b.image.isActive(preferred)) continue;
        const change = this.buildPartitionChange(part, { election: 'preferred', isAcceptableLeader: (r) => b.image.isActive(r) });
        if (change !== null) {
          b.add(change);
          elections++;
        }
      }
    }
  }

  // ---------------------------------------------------------------- the write path

  private newBatch(): BatchBuilder {
    return new BatchBuilder(this.speculative, this.speculative.offset + 1, this.leadership!.epoch);
  }

  /**
   * Runs `build`; proposes what it wrote unless it failed or `dryRun`; registers the write.
   * `splittable` writes (broker lifecycle: their records are independent partition moves followed
   * by one registration change) may span several batches when they exceed one, as KRaft's
   * non-atomic ControllerResults do; the others are refused with POLICY_VIOLATION.
   */
  private write<T>(build: (b: BatchBuilder) => T | Failure, dryRun = false, splittable = false): ControllerResult<T> {
    if (!this.isActive) return notController(this.leadership !== null);
    const b = this.newBatch();
    const out = build(b);
    if (isFailure(out)) return { ok: false, errorCode: out.errorCode, errorMessage: out.errorMessage };
    let records: readonly MetadataRecord[] = [];
    if (!dryRun && b.records.length > 0) {
      const proposed = this.propose(b, splittable);
      if (proposed !== null) return { ok: false, ...proposed };
      records = b.records;
    }
    const writeId = this.nextWriteId++;
    const offset = this.speculative.offset;
    if (offset <= this.committed.offset) this.completions.push({ writeId, errorCode: ErrorCode.NONE });
    else this.waiting.push({ writeId, offset });
    return { ok: true, writeId, response: out, records, offset };
  }

  /** A write of the controller's own (fencing, rebalancing): nobody waits for it. Returns false if raft refused it. */
  private internalWrite(build: (b: BatchBuilder) => void): boolean {
    const b = this.newBatch();
    build(b);
    return b.records.length === 0 || this.propose(b, true) === null;
  }

  private propose(b: BatchBuilder, splittable: boolean): Failure | null {
    const max = splittable ? this.splitBatchRecordsMax : this.recordsPerBatchMax;
    if (b.records.length <= max) {
      const res = this.log.propose(b.records);
      if (!res.ok) return proposeFailure(res.error);
      assert(res.offset === b.offset, () => `metadata batch proposed at ${res.offset}, expected ${b.offset}: is something else proposing to the metadata log?`);
      this.speculative = b.image;
      this.pending.push(res.offset);
      return null;
    }
    if (!splittable) {
      return fail(ErrorCode.POLICY_VIOLATION, `The request would write ${b.records.length} metadata records; at most ${max} fit in one batch.`);
    }
    // Consecutive batches at consecutive offsets (this controller is the only proposer), each
    // applied to the speculative image at its own offset. Records whose offset is read (a
    // RegisterBroker's epoch) were built with `chunkOffset`. The records are ordered so that no
    // batch boundary breaks an invariant: leaderships move before a broker is fenced or flagged.
    for (let at = 0; at < b.records.length; at += max) {
      const chunk = b.records.slice(at, at + max);
      const expected = b.offset + at / max;
      const res = this.log.propose(chunk);
      if (!res.ok) return proposeFailure(res.error);
      assert(res.offset === expected, () => `metadata batch proposed at ${res.offset}, expected ${expected}: is something else proposing to the metadata log?`);
      this.speculative = this.speculative.applyBatch(chunk, res.offset, b.epoch);
      this.pending.push(res.offset);
    }
    return null;
  }

  /** The offset the record at `index` of `b` will have once `b` is split into batches (default: the next one added). */
  private chunkOffset(b: BatchBuilder, index: number = b.records.length): number {
    return b.offset + Math.floor(index / this.splitBatchRecordsMax);
  }

  /** Overridable for the simulator's broken-rule tests; production uses the pure builder. */
  protected buildPartitionChange(part: PartitionRegistration, target: PartitionChangeTarget): PartitionChangeRecord | null {
    return buildPartitionChange(part, target);
  }

  private election(image: MetadataImage, topicName: string): Election {
    return this.isUncleanElectionEnabled(image, topicName) ? 'unclean' : 'online';
  }

  private isUncleanElectionEnabled(image: MetadataImage, topicName: string): boolean {
    const v = image.topicConfig(topicName, UNCLEAN_CONFIG) ?? image.brokerConfig(null, UNCLEAN_CONFIG);
    return v === undefined ? this.uncleanLeaderElectionEnable : v.trim() === 'true';
  }

  /**
   * Removes `brokerId` from every ISR it is in (unless it is the last member) and moves its
   * leaderships to other eligible ISR members, or to NO_LEADER (KRaft generateLeaderAndIsrUpdates
   * with brokerToRemove).
   */
  private removeFromPartitions(b: BatchBuilder, brokerId: number): void {
    const keys = b.image.isrMemberships.get(brokerId)?.sortedKeys() ?? [];
    for (const key of keys) {
      const { topicId, partition } = parsePartitionKey(key);
      const part = b.image.partition(topicId, partition)!;
      const topic = b.image.topicById(topicId)!;
      const change = this.buildPartitionChange(part, {
        isr: part.isr.filter((r) => r !== brokerId),
        election: this.election(b.image, topic.name),
        isAcceptableLeader: (r) => r !== brokerId && b.image.isActive(r),
      });
      if (change !== null) b.add(change);
    }
  }

  /** Elects leaders for leaderless partitions now that more brokers are eligible. */
  private electLeaderless(b: BatchBuilder, topicFilter: ((topic: TopicImage) => boolean) | null): void {
    for (const key of b.image.leaderless.sortedKeys()) {
      const { topicId, partition } = parsePartitionKey(key);
      const topic = b.image.topicById(topicId)!;
      if (topicFilter !== null && !topicFilter(topic)) continue;
      const part = topic.partitions.get(partition)!;
      const change = this.buildPartitionChange(part, { election: this.election(b.image, topic.name), isAcceptableLeader: (r) => b.image.isActive(r) });
      if (change !== null) b.add(change);
    }
  }

  private fenceBroker(b: BatchBuilder, brokerId: number): void {
    const reg = b.image.broker(brokerId)!;
    this.removeFromPartitions(b, brokerId);
    b.add({ type: 'BrokerRegistrationChange', version: 0, brokerId, brokerEpoch: reg.brokerEpoch, fenced: true, ...(reg.inControlledShutdown ? { inControlledShutdown: false } : {}) });
  }

  private unfenceBroker(b: BatchBuilder, brokerId: number): void {
    const reg = b.image.broker(brokerId)!;
    b.add({ type: 'BrokerRegistrationChange', version: 0, brokerId, brokerEpoch: reg.brokerEpoch, fenced: false });
    this.electLeaderless(b, null);
  }

  /** Moves leaderships and ISR memberships away first, so no batch boundary shows a shutting-down leader. */
  private enterControlledShutdown(b: BatchBuilder, brokerId: number): void {
    const reg = b.image.broker(brokerId)!;
    this.removeFromPartitions(b, brokerId);
    b.add({ type: 'BrokerRegistrationChange', version: 0, brokerId, brokerEpoch: reg.brokerEpoch, inControlledShutdown: true });
  }

  private checkBrokerEpoch(image: MetadataImage, brokerId: number, brokerEpoch: number): Failure | BrokerRegistration {
    const reg = image.broker(brokerId);
    if (reg === undefined) return fail(ErrorCode.STALE_BROKER_EPOCH, `No broker registration found for broker id ${brokerId}`);
    if (reg.brokerEpoch !== brokerEpoch) {
      return fail(ErrorCode.STALE_BROKER_EPOCH, `Expected broker epoch ${reg.brokerEpoch}, but got broker epoch ${brokerEpoch}`);
    }
    return reg;
  }

  private session(brokerId: number): BrokerSession {
    let s = this.sessions.get(brokerId);
    if (s === undefined) {
      s = { lastContactMs: this.nowMs, metadataOffset: -1, controlledShutdownOffset: null };
      this.sessions.set(brokerId, s);
    }
    return s;
  }

  // ---------------------------------------------------------------- brokers

  /** BrokerRegistration: a new registration (epoch = its offset), fenced until the broker catches up. */
  registerBroker(req: BrokerRegistrationRequest, nowMs: number): ControllerResult<BrokerRegistrationResponse> {
    this.nowMs = Math.max(this.nowMs, nowMs);
    return this.write((b) => {
      if (req.clusterId !== this.clusterId) {
        return fail(ErrorCode.INCONSISTENT_CLUSTER_ID, `Expected cluster ID ${this.clusterId}, but got cluster ID ${req.clusterId}`);
      }
      const invalid = checkRegistration(req);
      if (invalid !== null) return fail(ErrorCode.INVALID_REQUEST, invalid);
      const existing = b.image.broker(req.brokerId);
      if (existing === undefined && b.image.brokers.size >= BROKERS_MAX) {
        return fail(ErrorCode.POLICY_VIOLATION, `The cluster already has ${BROKERS_MAX} registered brokers.`);
      }
      if (existing !== undefined && existing.incarnationId !== req.incarnationId) {
        // Another process with this id may still be alive: refuse while its session lasts, unless
        // the broker proves it is the same one that shut down cleanly (KIP-966 previousBrokerEpoch).
        const s = this.sessions.get(req.brokerId);
        const live = s !== undefined && this.nowMs - s.lastContactMs <= this.sessionTimeoutMs;
        if (live && req.previousBrokerEpoch !== existing.brokerEpoch) {
          return fail(ErrorCode.DUPLICATE_BROKER_REGISTRATION, 'Another broker is registered with that broker id.');
        }
      }
      // The old incarnation is gone: it leads nothing and sits in no ISR it could not rejoin.
      if (existing !== undefined && !existing.fenced) this.removeFromPartitions(b, req.brokerId);
      const brokerEpoch = this.chunkOffset(b);
      b.add({
        type: 'RegisterBroker',
        version: 0,
        brokerId: req.brokerId,
        incarnationId: req.incarnationId,
        brokerEpoch,
        listeners: req.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port })),
        rack: req.rack,
        fenced: true,
      });
      this.sessions.set(req.brokerId, { lastContactMs: this.nowMs, metadataOffset: -1, controlledShutdownOffset: null });
      return { brokerEpoch };
    }, false, true);
  }

  /**
   * BrokerHeartbeat (KRaft BrokerHeartbeatManager.calculateNextBrokerState): keeps the session
   * alive and moves the broker between FENCED, UNFENCED, CONTROLLED_SHUTDOWN and SHUTDOWN_NOW.
   * A fenced broker is unfenced once its metadata offset reaches its registration; controlled
   * shutdown moves its leaderships away and answers shouldShutDown once every active broker has
   * applied that move.
   */
  brokerHeartbeat(req: BrokerHeartbeatRequest, nowMs: number): ControllerResult<BrokerHeartbeatResponse> {
    this.nowMs = Math.max(this.nowMs, nowMs);
    return this.write((b) => {
      const reg = this.checkBrokerEpoch(b.image, req.brokerId, req.brokerEpoch);
      if (isFailure(reg)) return reg;
      const session = this.session(req.brokerId);
      session.lastContactMs = this.nowMs;
      session.metadataOffset = Math.max(session.metadataOffset, req.currentMetadataOffset);
      const current: BrokerState = reg.fenced ? BROKER_STATE.fenced : reg.inControlledShutdown ? BROKER_STATE.controlledShutdown : BROKER_STATE.unfenced;
      const next = this.nextBrokerState(b.image, current, req, reg, session);
      if (next !== current) {
        switch (next) {
          case BROKER_STATE.unfenced:
            this.unfenceBroker(b, req.brokerId);
            break;
          case BROKER_STATE.fenced:
          case BROKER_STATE.shutdownNow:
            if (!reg.fenced) this.fenceBroker(b, req.brokerId);
            break;
          case BROKER_STATE.controlledShutdown:
            this.enterControlledShutdown(b, req.brokerId);
            session.controlledShutdownOffset = this.chunkOffset(b, b.records.length - 1);
            break;
        }
      }
      return {
        isCaughtUp: req.currentMetadataOffset >= reg.brokerEpoch,
        isFenced: next !== BROKER_STATE.unfenced && next !== BROKER_STATE.controlledShutdown,
        shouldShutDown: next === BROKER_STATE.shutdownNow,
      };
    }, false, true);
  }

  private nextBrokerState(image: MetadataImage, current: BrokerState, req: BrokerHeartbeatRequest, reg: BrokerRegistration, session: BrokerSession): BrokerState {
    switch (current) {
      case BROKER_STATE.fenced:
        if (req.wantShutDown) return BROKER_STATE.shutdownNow;
        if (!req.wantFence && req.currentMetadataOffset >= reg.brokerEpoch) return BROKER_STATE.unfenced;
        return BROKER_STATE.fenced;
      case BROKER_STATE.unfenced:
        if (req.wantFence) return req.wantShutDown ? BROKER_STATE.shutdownNow : BROKER_STATE.fenced;
        if (req.wantShutDown) return image.leaderCount(req.brokerId) > 0 ? BROKER_STATE.controlledShutdown : BROKER_STATE.shutdownNow;
        return BROKER_STATE.unfenced;
      case BROKER_STATE.controlledShutdown: {
        // Done once every active broker has applied the records that moved leadership away.
        const moved = session.controlledShutdownOffset ?? reg.brokerEpoch;
        return moved <= this.lowestActiveOffset(image) ? BROKER_STATE.shutdownNow : BROKER_STATE.controlledShutdown;
      }
      case BROKER_STATE.shutdownNow:
        return BROKER_STATE.shutdownNow;
    }
  }

  private lowestActiveOffset(image: MetadataImage): number {
    let lowest = Infinity;
    for (const [id, s] of this.sessions) if (image.isActive(id)) lowest = Math.min(lowest, s.metadataOffset);
    return lowest;
  }

  /** UnregisterBroker (KIP-500 decommissioning): its leaderships move, then the registration goes. */
  unregisterBroker(req: UnregisterBrokerRequest): ControllerResult<Record<string, never>> {
    return this.write((b) => {
      const reg = b.image.broker(req.brokerId);
      if (reg === undefined) return fail(ErrorCode.BROKER_ID_NOT_REGISTERED, `Broker ID ${req.brokerId} is not currently registered`);
      this.removeFromPartitions(b, req.brokerId);
      b.add({ type: 'UnregisterBroker', version: 0, brokerId: req.brokerId, brokerEpoch: reg.brokerEpoch });
      this.sessions.delete(req.brokerId);
      return {};
    }, false, true);
  }

  // ---------------------------------------------------------------- topics

  /** CreateTopics: per-topic validation, defaults, placement; one batch for the whole request. */
  createTopics(req: CreateTopicsRequest): ControllerResult<CreateTopicsResponse> {
    return this.write((b) => {
      const counts = new Map<string, number>();
      for (const t of req.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
      const topics = req.topics.map((t) => {
        if (counts.get(t.name)! > 1) return topicFailure(t.name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.');
        const res = this.createTopic(b, t, req.validateOnly);
        return isFailure(res) ? topicFailure(t.name, res.errorCode, res.errorMessage) : res;
      });
      return { topics };
    }, req.validateOnly);
  }

  private createTopic(b: BatchBuilder, t: CreatableTopic, validateOnly: boolean): CreatableTopicResult | Failure {
    const nameCheck = checkTopicName(t.name);
    if (nameCheck.errorCode !== ErrorCode.NONE) return asFailure(nameCheck);
    if (b.image.topic(t.name) !== undefined) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${t.name}' already exists.`);
    const collision = collidingTopic(t.name, b.image.topicIdsByName.keys());
    if (collision !== undefined) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${t.name}' collides with existing topic: ${collision}`);
    const configs = checkTopicConfigs(t.configs);
    if (!('configs' in configs)) return asFailure(configs);

    let assignments: readonly (readonly number[])[];
    if (t.assignments.length > 0) {
      if (t.replicationFactor !== -1) return fail(ErrorCode.INVALID_REQUEST, 'A manual partition assignment was specified, but replication factor was not set to -1.');
      if (t.numPartitions !== -1) return fail(ErrorCode.INVALID_REQUEST, 'A manual partition assignment was specified, but numPartitions was not set to -1.');
      const count = checkPartitionCount(t.assignments.length);
      if (count.errorCode !== ErrorCode.NONE) return asFailure(count);
      const out: number[][] = [];
      for (let i = 0; i < t.assignments.length; i++) {
        const a = t.assignments[i]!;
        if (a.partitionIndex !== i) {
          return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Partitions should be assigned in order 0, 1, 2, ...; found partition ${a.partitionIndex} at position ${i}.`);
        }
        const invalid = this.checkManualAssignment(b.image, a.brokerIds, i === 0 ? null : out[0]!.length);
        if (invalid !== null) return invalid;
        if (!a.brokerIds.some((r) => b.image.isActive(r))) {
          return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `All brokers specified in the manual partition assignment for partition ${i} are fenced or in controlled shutdown.`);
        }
        out.push([...a.brokerIds]);
      }
      assignments = out;
    } else {
      const numPartitions = t.numPartitions === -1 ? this.defaultNumPartitions : t.numPartitions;
      const replicationFactor = t.replicationFactor === -1 ? this.defaultReplicationFactor : t.replicationFactor;
      const count = checkPartitionCount(numPartitions);
      if (count.errorCode !== ErrorCode.NONE) return asFailure(count);
      if (replicationFactor <= 0) {
        return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0, or -1 to use the default value.');
      }
      const placed = placeReplicas({ numPartitions, replicationFactor }, this.placementBrokers(b.image), this.random, b.image.brokers.size);
      if (!placed.ok) return fail(placed.errorCode, placed.errorMessage);
      assignments = placed.assignments;
    }
    const overrides = Object.entries(configs.configs).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    if (b.records.length + 1 + assignments.length + overrides.length > this.recordsPerBatchMax) {
      return fail(ErrorCode.POLICY_VIOLATION, `The request would write more than ${this.recordsPerBatchMax} metadata records in one batch.`);
    }
    const topicId = this.newTopicId(b.image);
    b.add({ type: 'Topic', version: 0, name: t.name, topicId });
    for (let p = 0; p < assignments.length; p++) {
      const replicas = assignments[p]!;
      const isr = replicas.filter((r) => b.image.isActive(r));
      b.add({
        type: 'Partition',
        version: 0,
        topicId,
        partition: p,
        replicas,
        isr,
        leader: isr[0]!,
        leaderEpoch: 0,
        partitionEpoch: 0,
        addingReplicas: [],
        removingReplicas: [],
        leaderRecoveryState: LeaderRecoveryState.recovered,
      });
    }
    for (const [name, value] of overrides) b.add({ type: 'Config', version: 0, resourceType: 'topic', resourceName: t.name, name, value });
    return {
      name: t.name,
      topicId: validateOnly ? ZERO_UUID : topicId,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      numPartitions: assignments.length,
      replicationFactor: assignments[0]!.length,
    };
  }

  private placementBrokers(image: MetadataImage): PlacementBroker[] {
    const out: PlacementBroker[] = [];
    for (const id of image.brokers.sortedKeys()) {
      if (!image.isActive(id)) continue;
      out.push({ brokerId: id, rack: image.broker(id)!.rack, replicaCount: image.replicaCount(id), leaderCount: image.leaderCount(id) });
    }
    return out;
  }

  private newTopicId(image: MetadataImage): string {
    for (;;) {
      const id = randomUuid(this.random);
      if (!image.topicsById.has(id)) return id;
    }
  }

  /** KRaft validateManualPartitionAssignment. */
  private checkManualAssignment(image: MetadataImage, brokerIds: readonly number[], replicationFactor: number | null): Failure | null {
    if (brokerIds.length === 0) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'The manual partition assignment includes an empty replica list.');
    const seen = new Set<number>();
    for (const id of [...brokerIds].sort((x, y) => x - y)) {
      if (!image.brokers.has(id)) {
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes broker ${id}, but no such broker is registered.`);
      }
      if (seen.has(id)) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes the broker ${id} more than once.`);
      seen.add(id);
    }
    if (replicationFactor !== null && brokerIds.length !== replicationFactor) {
      return fail(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        `The manual partition assignment includes a partition with ${brokerIds.length} replica(s), but this is not consistent with previous partitions, which have ${replicationFactor} replica(s).`,
        );
    }
    return null;
  }

  /** DeleteTopics by name or id. */
  deleteTopics(req: DeleteTopicsRequest): ControllerResult<DeleteTopicsResponse> {
    return this.write((b) => {
      const nameCounts = new Map<string, number>();
      const idCounts = new Map<string, number>();
      for (const t of req.topics) {
        if (t.name !== null) nameCounts.set(t.name, (nameCounts.get(t.name) ?? 0) + 1);
        else if (t.topicId !== null) idCounts.set(t.topicId, (idCounts.get(t.topicId) ?? 0) + 1);
      }
      const responses: DeletableTopicResult[] = req.topics.map((t) => {
        const fail = (errorCode: number, errorMessage: string | null): DeletableTopicResult => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID, errorCode, errorMessage });
        if (t.name !== null && nameCounts.get(t.name)! > 1) return fail(ErrorCode.INVALID_REQUEST, 'Duplicate topic name.');
        if (t.name === null && t.topicId !== null && idCounts.get(t.topicId)! > 1) return fail(ErrorCode.INVALID_REQUEST, 'Duplicate topic id.');
        if (t.name === null && (t.topicId === null || t.topicId === ZERO_UUID)) return fail(ErrorCode.INVALID_REQUEST, 'Neither topic name nor id was specified.');
        const topic = t.name !== null ? b.image.topic(t.name) : b.image.topicById(t.topicId!);
        if (topic === undefined) return t.name !== null ? fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null) : fail(ErrorCode.UNKNOWN_TOPIC_ID, null);
        if (!this.deleteTopicEnable) return fail(ErrorCode.TOPIC_DELETION_DISABLED, 'Topic deletion is disabled.');
        b.add({ type: 'RemoveTopic', version: 0, topicId: topic.topicId });
        return { name: topic.name, topicId: topic.topicId, errorCode: ErrorCode.NONE, errorMessage: null };
      });
      return { responses };
    });
  }

  /** CreatePartitions: grows topics, placed like new topics with the topic's replication factor. */
  createPartitions(req: CreatePartitionsRequest): ControllerResult<CreatePartitionsResponse> {
    return this.write((b) => {
      const counts = new Map<string, number>();
      for (const t of req.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
      const results = req.topics.map((t) => {
        if (counts.get(t.name)! > 1) return { name: t.name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic name.' };
        const f = this.createPartitionsFor(b, t);
        return { name: t.name, errorCode: f?.errorCode ?? ErrorCode.NONE, errorMessage: f?.errorMessage ?? null };
      });
      return { results };
    }, req.validateOnly);
  }

  private createPartitionsFor(b: BatchBuilder, t: CreatePartitionsRequest['topics'][number]): Failure | null {
    const topic = b.image.topic(t.name);
    if (topic === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${t.name}' does not exist.`);
    const current = topic.partitions.size;
    if (t.count === current) return fail(ErrorCode.INVALID_PARTITIONS, `Topic already has ${current} partition(s).`);
    if (t.count < current) {
      return fail(ErrorCode.INVALID_PARTITIONS, `The topic ${t.name} currently has ${current} partition(s); ${t.count} would not be an increase.`);
    }
    const limit = checkPartitionCount(t.count);
    if (limit.errorCode !== ErrorCode.NONE) return asFailure(limit);
    const additional = t.count - current;
    const rf = topic.partitions.get(0)!.replicas.length;
    let assignments: readonly (readonly number[])[];
    if (t.assignments !== null) {
      if (t.assignments.length !== additional) {
        return fail(
          ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          `Attempted to add ${additional} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`,
          );
      }
      for (let i = 0; i < t.assignments.length; i++) {
        const a = t.assignments[i]!;
        const invalid = this.checkManualAssignment(b.image, a, rf);
        if (invalid !== null) return invalid;
        if (!a.some((r) => b.image.isActive(r))) {
          return fail(
            ErrorCode.INVALID_REPLICA_ASSIGNMENT,
            `All brokers specified in the manual partition assignment for partition ${current + i} are fenced or in controlled shutdown.`,
            );
        }
      }
      assignments = t.assignments;
    } else {
      const placed = placeReplicas({ numPartitions: additional, replicationFactor: rf }, this.placementBrokers(b.image), this.random, b.image.brokers.size);
      if (!placed.ok) return fail(placed.errorCode, placed.errorMessage);
      assignments = placed.assignments;
    }
    if (b.records.length + assignments.length > this.recordsPerBatchMax) {
      return fail(ErrorCode.POLICY_VIOLATION, `The request would write more than ${this.recordsPerBatchMax} metadata records in one batch.`);
    }
    for (let i = 0; i < assignments.length; i++) {
      const replicas = [...assignments[i]!];
      const isr = replicas.filter((r) => b.image.isActive(r));
      b.add({
        type: 'Partition',
        version: 0,
        topicId: topic.topicId,
        partition: current + i,
        replicas,
        isr,
        leader: isr[0]!,
        leaderEpoch: 0,
        partitionEpoch: 0,
        addingReplicas: [],
        removingReplicas: [],
        leaderRecoveryState: LeaderRecoveryState.recovered,
      });
    }
    return null;
  }

  // ---------------------------------------------------------------- configs

  /**
   * IncrementalAlterConfigs (SET/DELETE/APPEND/SUBTRACT) and legacy AlterConfigs (replace), for
   * topics and for brokers ('' = cluster default). Turning unclean leader election on elects
   * leaders for the affected leaderless partitions in the same batch.
   */
  alterConfigs(req: AlterConfigsRequest): ControllerResult<AlterConfigsResponse> {
    return this.write((b) => {
      const counts = new Map<string, number>();
      const keyOf = (r: { resourceType: string; resourceName: string }): string => `${r.resourceType}\u0000${r.resourceName}`;
      for (const r of req.resources) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
      let uncleanTouched = false;
      const responses = req.resources.map((r) => {
        const done = (f: Failure | null) => ({ resourceType: r.resourceType, resourceName: r.resourceName, errorCode: f?.errorCode ?? ErrorCode.NONE, errorMessage: f?.errorMessage ?? null });
        if (counts.get(keyOf(r))! > 1) return done(fail(ErrorCode.INVALID_REQUEST, 'Duplicate resource in the request.'));
        const f = this.alterResourceConfigs(b, r, !req.incremental);
        if (f === null && (!req.incremental || r.configs.some((c) => c.name === UNCLEAN_CONFIG))) uncleanTouched = true;
        return done(f);
      });
      if (uncleanTouched && !req.validateOnly) this.electLeaderless(b, (topic) => this.isUncleanElectionEnabled(b.image, topic.name));
      return { responses };
    }, req.validateOnly);
  }

  private alterResourceConfigs(b: BatchBuilder, r: AlterConfigsRequest['resources'][number], replace: boolean): Failure | null {
    for (const c of r.configs) {
      if (c.value !== null && c.value.length > CONFIG_VALUE_LENGTH_MAX) {
        return fail(ErrorCode.INVALID_CONFIG, `The value of ${c.name} is longer than ${CONFIG_VALUE_LENGTH_MAX} characters.`);
      }
    }
    let current: Readonly<Record<string, string>>;
    let next: Record<string, string>;
    if (r.resourceType === 'topic') {
      if (b.image.topic(r.resourceName) === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${r.resourceName}' does not exist.`);
      current = Object.fromEntries(b.image.topicConfigs.get(r.resourceName) ?? []);
      const applied = applyConfigOps(current, replace, r.configs);
      if (!('configs' in applied)) return asFailure(applied);
      next = applied.configs;
    } else {
      if (r.resourceName !== '' && !/^\d+$/.test(r.resourceName)) return fail(ErrorCode.INVALID_REQUEST, `Invalid broker name ${r.resourceName}`);
      current = Object.fromEntries(b.image.brokerConfigs.get(r.resourceName) ?? []);
      const applied = applyBrokerConfigOps(current, replace, r.configs);
      if ('errorCode' in applied) return applied;
      next = applied.configs;
    }
    for (const name of Object.keys(current).sort()) {
      if (!(name in next)) b.add({ type: 'Config', version: 0, resourceType: r.resourceType, resourceName: r.resourceName, name, value: null });
    }
    for (const name of Object.keys(next).sort()) {
      if (current[name] !== next[name]) b.add({ type: 'Config', version: 0, resourceType: r.resourceType, resourceName: r.resourceName, name, value: next[name]! });
    }
    return null;
  }

  // ---------------------------------------------------------------- partitions

  /**
   * AlterPartition: the leader asks for an ISR change. Checked as KRaft does (v3 answers):
   * a newer leader or partition epoch than ours means we are a stale controller (NOT_CONTROLLER),
   * an older leader epoch FENCED_LEADER_EPOCH, a non-leader INVALID_REQUEST, an older partition
   * epoch INVALID_UPDATE_VERSION, a fenced/shutting-down/unknown (or wrong-epoch) member
   * INELIGIBLE_REPLICA; a change that completes a reassignment and moves leadership answers
   * NEW_LEADER_ELECTED.
   */
  alterPartition(req: AlterPartitionRequest): ControllerResult<AlterPartitionResponse> {
    return this.write((b) => {
      const reg = this.checkBrokerEpoch(b.image, req.brokerId, req.brokerEpoch);
      if (isFailure(reg)) return reg;
      const topics = req.topics.map((t) => {
        const topic = b.image.topicById(t.topicId);
        const partitions = t.partitions.map((pd): AlterPartitionPartitionResult => {
          const fail = (errorCode: number): AlterPartitionPartitionResult => ({
            partition: pd.partition,
            errorCode,
            leaderId: NO_LEADER,
            leaderEpoch: -1,
            isr: [],
            leaderRecoveryState: LeaderRecoveryState.recovered,
            partitionEpoch: -1,
          });
          if (topic === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_ID);
          const part = topic.partitions.get(pd.partition);
          if (part === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
          const error = this.checkAlterPartition(b.image, req.brokerId, part, pd);
          if (error !== ErrorCode.NONE) return fail(error);
          const change = this.buildPartitionChange(part, {
            isr: pd.newIsr.map((m) => m.brokerId),
            leaderRecoveryState: pd.leaderRecoveryState,
            election: this.election(b.image, topic.name),
            isAcceptableLeader: (r) => b.image.isActive(r),
          });
          if (change !== null) b.add(change);
          const after = b.image.partition(t.topicId, pd.partition)!;
          if (change !== null && change.leader !== undefined && change.leader !== req.brokerId) return fail(ErrorCode.NEW_LEADER_ELECTED);
          return {
            partition: pd.partition,
            errorCode: ErrorCode.NONE,
            leaderId: after.leader,
            leaderEpoch: after.leaderEpoch,
            isr: after.isr,
            leaderRecoveryState: after.leaderRecoveryState,
            partitionEpoch: after.partitionEpoch,
          };
        });
        return { topicId: t.topicId, partitions };
      });
      return { topics };
    });
  }

  private checkAlterPartition(image: MetadataImage, brokerId: number, part: PartitionRegistration, pd: AlterPartitionRequest['topics'][number]['partitions'][number]): number {
    if (pd.leaderEpoch > part.leaderEpoch || pd.partitionEpoch > part.partitionEpoch) return ErrorCode.NOT_CONTROLLER;
    if (pd.leaderEpoch < part.leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH;
    if (brokerId !== part.leader) return ErrorCode.INVALID_REQUEST;
    if (pd.partitionEpoch < part.partitionEpoch) return ErrorCode.INVALID_UPDATE_VERSION;
    const newIsr = pd.newIsr.map((m) => m.brokerId);
    if (newIsr.length === 0 || new Set(newIsr).size !== newIsr.length || !newIsr.every((r) => part.replicas.includes(r))) return ErrorCode.INVALID_REQUEST;
    if (!newIsr.includes(part.leader)) return ErrorCode.INVALID_REQUEST;
    if (pd.leaderRecoveryState === LeaderRecoveryState.recovering && newIsr.length > 1) return ErrorCode.INVALID_REQUEST;
    if (part.leaderRecoveryState === LeaderRecoveryState.recovered && pd.leaderRecoveryState === LeaderRecoveryState.recovering) return ErrorCode.INVALID_REQUEST;
    for (const m of pd.newIsr) {
      const reg = image.broker(m.brokerId);
      if (reg === undefined || reg.fenced || reg.inControlledShutdown) return ErrorCode.INELIGIBLE_REPLICA;
      if (m.brokerEpoch !== -1 && m.brokerEpoch !== reg.brokerEpoch) return ErrorCode.INELIGIBLE_REPLICA;
    }
    return ErrorCode.NONE;
  }

  /** ElectLeaders (KIP-460): PREFERRED or UNCLEAN, per partition or for all. */
  electLeaders(req: ElectLeadersRequest): ControllerResult<ElectLeadersResponse> {
    return this.write((b) => {
      const results: Array<{ topic: string; partitions: Array<{ partition: number; errorCode: number; errorMessage: string | null }> }> = [];
      if (req.topicPartitions === null) {
        for (const topic of b.image.sortedTopics()) {
          const partitions = [];
          for (const p of topic.partitions.sortedKeys()) {
            const r = this.electOne(b, topic.name, p, req.electionType);
            if (r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED) partitions.push({ partition: p, ...r });
          }
          results.push({ topic: topic.name, partitions });
        }
      } else {
        for (const t of req.topicPartitions) {
          results.push({ topic: t.topic, partitions: t.partitions.map((p) => ({ partition: p, ...this.electOne(b, t.topic, p, req.electionType) })) });
        }
      }
      return { results };
    });
  }

  private electOne(b: BatchBuilder, topicName: string, partition: number, type: 'preferred' | 'unclean'): AdminResult {
    const topic = b.image.topic(topicName);
    if (topic === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `No such topic as ${topicName}` };
    const part = topic.partitions.get(partition);
    if (part === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `No such partition as ${topicName}-${partition}` };
    if ((type === 'preferred' && part.leader === part.replicas[0]) || (type === 'unclean' && part.leader !== NO_LEADER)) {
      return { errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null };
    }
    const change = this.buildPartitionChange(part, { election: type, isAcceptableLeader: (r) => b.image.isActive(r) });
    if (change === null) {
      return type === 'preferred'
        ? { errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, errorMessage: null }
        : { errorCode: ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE, errorMessage: null };
    }
    b.add(change);
    return { errorCode: ErrorCode.NONE, errorMessage: null };
  }

  /**
   * AlterPartitionReassignments (KIP-455): adds the target replicas next to the current ones
   * (adding/removing), and the reassignment completes in a later change once the ISR holds every
   * adding replica. `replicas: null` cancels; a cancel that would leave no ISR member is refused.
   */
  alterPartitionReassignments(req: AlterPartitionReassignmentsRequest): ControllerResult<AlterPartitionReassignmentsResponse> {
    return this.write((b) => {
      const responses = req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const f = this.reassignOne(b, t.name, p.partition, p.replicas);
          return { partition: p.partition, errorCode: f?.errorCode ?? ErrorCode.NONE, errorMessage: f?.errorMessage ?? null };
        }),
      }));
      return { responses };
    });
  }

  private reassignOne(b: BatchBuilder, topicName: string, partition: number, target: readonly number[] | null): Failure | null {
    const topic = b.image.topic(topicName);
    if (topic === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find a topic named ${topicName}.`);
    const part = topic.partitions.get(partition);
    if (part === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find partition ${topicName}:${partition}.`);
    const isAcceptableLeader = (r: number): boolean => b.image.isActive(r);
    let change: PartitionChangeRecord | null;
    if (target === null) {
      if (part.addingReplicas.length === 0 && part.removingReplicas.length === 0) {
        return fail(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, 'No partition reassignment is in progress.');
      }
      const isr = part.isr.filter((r) => !part.addingReplicas.includes(r));
      if (isr.length === 0) {
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unable to revert partition assignment for ${topicName}:${partition} because it would require an unclean leader election.`);
      }
      change = this.buildPartitionChange(part, {
        isr,
        replicas: part.replicas.filter((r) => !part.addingReplicas.includes(r)),
        addingReplicas: [],
        removingReplicas: [],
        election: 'online',
        isAcceptableLeader,
      });
    } else {
      const invalid = this.checkManualAssignment(b.image, target, null);
      if (invalid !== null) return invalid;
      const merged = [...target, ...part.replicas.filter((r) => !target.includes(r))];
      change = this.buildPartitionChange(part, {
        replicas: merged,
        addingReplicas: target.filter((r) => !part.replicas.includes(r)),
        removingReplicas: part.replicas.filter((r) => !target.includes(r)),
        election: this.election(b.image, topicName),
        isAcceptableLeader,
      });
    }
    if (change !== null) b.add(change);
    return null;
  }

  /** ListPartitionReassignments: a read of the committed image. */
  listPartitionReassignments(req: ListPartitionReassignmentsRequest): ListPartitionReassignmentsResponse {
    const image = this.committed;
    const reassigning = (part: PartitionRegistration | undefined): part is PartitionRegistration =>
      part !== undefined && (part.addingReplicas.length > 0 || part.removingReplicas.length > 0);
    const describe = (p: PartitionRegistration) => ({ partition: p.partition, replicas: p.replicas, addingReplicas: p.addingReplicas, removingReplicas: p.removingReplicas });
    const topics = [];
    const wanted = req ?? image.sortedTopics().map((t) => ({ name: t.name, partitions: t.partitions.sortedKeys() }));
    for (const t of wanted) {
      const topic = image.topic(t.name);
      if (topic === undefined) continue;
      const partitions = t.partitions.map((p) => topic.partitions.get(p)).filter(reassigning).map(describe);
      if (partitions.length > 0) topics.push({ name: t.name, partitions });
    }
    return { topics };
  }

  // ---------------------------------------------------------------- producer ids and features

  /** AllocateProducerIds (KIP-730): the next block of PRODUCER_ID_BLOCK_SIZE ids. */
  allocateProducerIds(req: AllocateProducerIdsRequest): ControllerResult<AllocateProducerIdsResponse> {
    return this.write((b) => {
      const reg = this.checkBrokerEpoch(b.image, req.brokerId, req.brokerEpoch);
      if (isFailure(reg)) return reg;
      const start = b.image.nextProducerId;
      if (start > PRODUCER_ID_MAX - PRODUCER_ID_BLOCK_SIZE) {
        return fail(ErrorCode.UNKNOWN_SERVER_ERROR, 'Exhausted all producerIds as the next block would exceed the producer id limit.');
      }
      b.add({ type: 'ProducerIds', version: 0, brokerId: req.brokerId, brokerEpoch: req.brokerEpoch, nextProducerId: start + PRODUCER_ID_BLOCK_SIZE });
      return { producerIdStart: start, producerIdLen: PRODUCER_ID_BLOCK_SIZE };
    });
  }

  /** UpdateFeatures (KIP-584) for the features in SUPPORTED_FEATURES. */
  updateFeatures(req: UpdateFeaturesRequest): ControllerResult<UpdateFeaturesResponse> {
    return this.write((b) => {
      const results = req.updates.map((u) => {
        const fail = (errorMessage: string) => ({ feature: u.feature, errorCode: ErrorCode.INVALID_UPDATE_VERSION, errorMessage });
        const range = SUPPORTED_FEATURES.get(u.feature);
        if (range === undefined) return fail(`The controller does not support the feature ${u.feature}.`);
        const current = b.image.features.get(u.feature) ?? 0;
        if (u.maxVersionLevel < range[0] || u.maxVersionLevel > range[1]) return fail(`Level ${u.maxVersionLevel} of ${u.feature} is outside the supported range [${range[0]}, ${range[1]}].`);
        if (u.maxVersionLevel < current && u.upgradeType === 'upgrade') return fail(`Cannot downgrade ${u.feature} from ${current} to ${u.maxVersionLevel} with an upgrade.`);
        if (u.maxVersionLevel < current && u.feature === 'metadata.version') return fail('Downgrading metadata.version is not supported.');
        if (u.maxVersionLevel !== current) b.add({ type: 'FeatureLevel', version: 0, name: u.feature, level: u.maxVersionLevel });
        return { feature: u.feature, errorCode: ErrorCode.NONE, errorMessage: null };
      });
      return { results };
    }, req.validateOnly);
  }
}

// ---------------------------------------------------------------- helpers

function isFailure(x: unknown): x is Failure {
  return x instanceof Failure;
}

function asFailure(r: AdminResult): Failure {
  return fail(r.errorCode, r.errorMessage ?? '');
}

function notController(claimed: boolean): { ok: false; errorCode: number; errorMessage: string } {
  return {
    ok: false,
    errorCode: ErrorCode.NOT_CONTROLLER,
    errorMessage: claimed ? 'This controller is becoming active and does not accept writes yet.' : 'This controller is not the active controller.',
  };
}

function proposeFailure(error: RaftErrorCode): Failure {
  switch (error) {
    case RaftError.notLeader:
    case RaftError.leadershipTransferInProgress:
      return fail(ErrorCode.NOT_CONTROLLER, `The metadata log refused the write: ${error}`);
    case RaftError.tooManyPendingProposals:
      return fail(ErrorCode.REQUEST_TIMED_OUT, 'The metadata log has too many writes in flight; retry.');
    case RaftError.entryTooLarge:
      return fail(ErrorCode.POLICY_VIOLATION, 'The metadata batch is larger than the metadata log accepts.');
    default:
      return fail(ErrorCode.UNKNOWN_SERVER_ERROR, `The metadata log refused the write: ${error}`);
  }
}

function topicFailure(name: string, errorCode: number, errorMessage: string | null): CreatableTopicResult {
  return { name, topicId: ZERO_UUID, errorCode, errorMessage, numPartitions: -1, replicationFactor: -1 };
}

function checkRegistration(req: BrokerRegistrationRequest): string | null {
  if (!Number.isSafeInteger(req.brokerId) || req.brokerId < 0) return `Invalid broker id ${req.brokerId}`;
  if (req.listeners.length > LISTENERS_PER_BROKER_MAX) return `At most ${LISTENERS_PER_BROKER_MAX} listeners may be registered.`;
  const strings = [req.incarnationId, ...(req.rack === null ? [] : [req.rack]), ...req.listeners.flatMap((l) => [l.name, l.host])];
  if (strings.some((s) => s.length > REGISTRATION_STRING_LENGTH_MAX)) return `Registration strings are limited to ${REGISTRATION_STRING_LENGTH_MAX} characters.`;
  if (req.listeners.some((l) => !Number.isInteger(l.port) || l.port < 0 || l.port > 65535)) return 'Invalid listener port.';
  return null;
}

/** IncrementalAlterConfigs semantics for dynamic broker configs (the broker-level synonyms of topic configs). */
function applyBrokerConfigOps(
  current: Readonly<Record<string, string>>,
  replace: boolean,
  ops: ReadonlyArray<{ name: string; op: ConfigOp; value: string | null }>,
): { configs: Record<string, string> } | Failure {
  const next: Record<string, string> = replace ? {} : { ...current };
  const seen = new Set<string>();
  for (const { name, op, value } of ops) {
    if (seen.has(name)) return fail(ErrorCode.INVALID_REQUEST, `Duplicate config ${name} in the request`);
    seen.add(name);
    const def = brokerConfigDefs.get(name);
    if (def === undefined) return fail(ErrorCode.INVALID_CONFIG, `Unknown or non-dynamic broker config name: ${name}`);
    if (op === 'delete' || (op === 'set' && value === null && replace)) {
      delete next[name];
      continue;
    }
    if (op === 'append' || op === 'subtract') {
      if (def.type !== 'list') return fail(ErrorCode.INVALID_CONFIG, `Config value append/subtract is not allowed for config key ${name}`);
      const base = (next[name] ?? String(def.defaultValue ?? '')).split(',').map((s) => s.trim()).filter((s) => s !== '');
      const items = (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      next[name] = (op === 'append' ? [...base, ...items.filter((i) => !base.includes(i))] : base.filter((x) => !items.includes(x))).join(',');
    } else {
      if (value === null) return fail(ErrorCode.INVALID_CONFIG, `Null value not supported for broker config: ${name}`);
      next[name] = value;
    }
    const checked = checkConfig(def, next[name]!);
    if ('error' in checked) return fail(ErrorCode.INVALID_CONFIG, checked.error);
    next[name] = next[name]!.trim();
  }
  return { configs: next };
}
