import { assert, unreachable } from '../assert.js';
import {
  NO_LEADER,
  type BrokerRegistrationChangeRecord,
  type LeaderRecoveryState,
  type Listener,
  type MetadataRecord,
  type PartitionChangeRecord,
  type PartitionRecord,
} from '../records/records.js';
import { PMap } from './pmap.js';

/**
 * The metadata image: everything the metadata log says, at one offset (KRaft's MetadataImage).
 * It is immutable: `apply` returns a new image that shares every untouched part with this one, so
 * the controller keeps its committed image and its speculative image side by side cheaply, and a
 * broker can hand the old and new image to `diff` to learn what changed.
 *
 * Besides the state the records describe, the image keeps four derived indexes (leaders per
 * broker, replicas per broker, the partitions whose ISR holds each broker, leaderless partitions)
 * so that fencing a broker, placing replicas or answering "does this broker still lead anything"
 * never scans every partition.
 */
export interface BrokerRegistration {
  readonly brokerId: number;
  readonly incarnationId: string;
  /** The offset of the RegisterBroker record (KRaft's broker epoch). */
  readonly brokerEpoch: number;
  readonly listeners: readonly Listener[];
  readonly rack: string | null;
  readonly fenced: boolean;
  readonly inControlledShutdown: boolean;
}

export interface PartitionRegistration {
  readonly topicId: string;
  readonly partition: number;
  /** Assigned replicas; the first is the preferred leader. */
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  /** `NO_LEADER` (-1) when no eligible replica is left. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  readonly addingReplicas: readonly number[];
  readonly removingReplicas: readonly number[];
  readonly leaderRecoveryState: LeaderRecoveryState;
}

export interface TopicImage {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: PMap<number, PartitionRegistration>;
}

/** Key of a partition in the image's indexes. Topic ids are base64url, so they hold no ':'. */
export function partitionKey(topicId: string, partition: number): string {
  return `${topicId}:${partition}`;
}

export function parsePartitionKey(key: string): { topicId: string; partition: number } {
  const at = key.lastIndexOf(':');
  return { topicId: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

interface Fields {
  offset: number;
  epoch: number;
  brokers: PMap<number, BrokerRegistration>;
  topicsById: PMap<string, TopicImage>;
  topicIdsByName: PMap<string, string>;
  topicConfigs: PMap<string, PMap<string, string>>;
  brokerConfigs: PMap<string, PMap<string, string>>;
  features: PMap<string, number>;
  nextProducerId: number;
  leaderCounts: PMap<number, number>;
  replicaCounts: PMap<number, number>;
  isrMemberships: PMap<number, PMap<string, true>>;
  leaderless: PMap<string, true>;
}

export class MetadataImage {
  /** The image before any record: offset 0 (raft indexes start at 1), epoch 0. */
  static readonly EMPTY: MetadataImage = new MetadataImage({
    offset: 0,
    epoch: 0,
    brokers: PMap.empty(),
    topicsById: PMap.empty(),
    topicIdsByName: PMap.empty(),
    topicConfigs: PMap.empty(),
    brokerConfigs: PMap.empty(),
    features: PMap.empty(),
    nextProducerId: 0,
    leaderCounts: PMap.empty(),
    replicaCounts: PMap.empty(),
    isrMemberships: PMap.empty(),
    leaderless: PMap.empty(),
  });

  /** Raft index of the last entry applied. */
  readonly offset: number;
  /** Raft term of that entry (the controller leader epoch that wrote it). */
  readonly epoch: number;
  readonly brokers: PMap<number, BrokerRegistration>;
  readonly topicsById: PMap<string, TopicImage>;
  readonly topicIdsByName: PMap<string, string>;
  /** Dynamic topic config overrides by topic name. */
  readonly topicConfigs: PMap<string, PMap<string, string>>;
  /** Dynamic broker configs by broker id as a string; '' holds the cluster-wide defaults. */
  readonly brokerConfigs: PMap<string, PMap<string, string>>;
  /** Finalized feature levels (KIP-584). */
  readonly features: PMap<string, number>;
  /** First producer id of the next block to hand out (KIP-730). */
  readonly nextProducerId: number;
  /** Derived: partitions led by each broker. */
  readonly leaderCounts: PMap<number, number>;
  /** Derived: partition replicas assigned to each broker. */
  readonly replicaCounts: PMap<number, number>;
  /** Derived: the partitions (by `partitionKey`) whose ISR contains each broker. */
  readonly isrMemberships: PMap<number, PMap<string, true>>;
  /** Derived: partitions with no leader. */
  readonly leaderless: PMap<string, true>;

  private constructor(f: Fields) {
    this.offset = f.offset;
    this.epoch = f.epoch;
    this.brokers = f.brokers;
    this.topicsById = f.topicsById;
    this.topicIdsByName = f.topicIdsByName;
    this.topicConfigs = f.topicConfigs;
    this.brokerConfigs = f.brokerConfigs;
    this.features = f.features;
    this.nextProducerId = f.nextProducerId;
    this.leaderCounts = f.leaderCounts;
    this.replicaCounts = f.replicaCounts;
    this.isrMemberships = f.isrMemberships;
    this.leaderless = f.leaderless;
  }

  // ---------------------------------------------------------------- reads

  broker(brokerId: number): BrokerRegistration | undefined {
    return this.brokers.get(brokerId);
  }

  /** Registered, unfenced and not shutting down: may lead partitions and join ISRs (KRaft `isActive`). */
  isActive(brokerId: number): boolean {
    const b = this.brokers.get(brokerId);
    return b !== undefined && !b.fenced && !b.inControlledShutdown;
  }

  topic(name: string): TopicImage | undefined {
    const id = this.topicIdsByName.get(name);
    return id === undefined ? undefined : this.topicsById.get(id);
  }

  topicById(topicId: string): TopicImage | undefined {
    return this.topicsById.get(topicId);
  }

  partition(topicId: string, partition: number): PartitionRegistration | undefined {
    return this.topicsById.get(topicId)?.partitions.get(partition);
  }

  /** A topic's dynamic override of `name`, if any. */
  topicConfig(topicName: string, name: string): string | undefined {
    return this.topicConfigs.get(topicName)?.get(name);
  }

  /** A dynamic broker config: the broker's own value, else the cluster-wide default. */
  brokerConfig(brokerId: number | null, name: string): string | undefined {
    const own = brokerId === null ? undefined : this.brokerConfigs.get(String(brokerId))?.get(name);
    return own ?? this.brokerConfigs.get('')?.get(name);
  }

  leaderCount(brokerId: number): number {
    return this.leaderCounts.get(brokerId) ?? 0;
  }

  replicaCount(brokerId: number): number {
    return this.replicaCounts.get(brokerId) ?? 0;
  }

  /** Topics sorted by name. */
  sortedTopics(): TopicImage[] {
    return this.topicIdsByName.sortedKeys().map((name) => this.topic(name)!);
  }

  // ---------------------------------------------------------------- writes

  /** This image with one more record applied at `offset` (all records of one entry share it). */
  apply(record: MetadataRecord, offset: number, epoch: number = this.epoch): MetadataImage {
    return this.applyBatch([record], offset, epoch);
  }

  /** This image with a batch (one raft entry) applied. */
  applyBatch(records: readonly MetadataRecord[], offset: number, epoch: number): MetadataImage {
    assert(offset >= this.offset, () => `metadata offset going backwards: ${this.offset} -> ${offset}`);
    assert(epoch >= this.epoch, () => `metadata epoch going backwards: ${this.epoch} -> ${epoch}`);
    const f = this.fields();
    f.offset = offset;
    f.epoch = epoch;
    for (const r of records) applyRecord(f, r);
    return new MetadataImage(f);
  }

  /** This image advanced to an entry that carries no records (raft's leader-change entries). */
  withOffset(offset: number, epoch: number): MetadataImage {
    return this.applyBatch([], offset, epoch);
  }

  private fields(): Fields {
    return {
      offset: this.offset,
      epoch: this.epoch,
      brokers: this.brokers,
      topicsById: this.topicsById,
      topicIdsByName: this.topicIdsByName,
      topicConfigs: this.topicConfigs,
      brokerConfigs: this.brokerConfigs,
      features: this.features,
      nextProducerId: this.nextProducerId,
      leaderCounts: this.leaderCounts,
      replicaCounts: this.replicaCounts,
      isrMemberships: this.isrMemberships,
      leaderless: this.leaderless,
    };
  }

  // ---------------------------------------------------------------- snapshots

  /**
   * A set of records that rebuilds this image from `EMPTY` (a snapshot's content), in a canonical
   * order: features, brokers, broker configs, topics by name with their partitions and configs,
   * producer ids. Two images with equal content give equal record lists.
   */
  toRecords(): MetadataRecord[] {
    const out: MetadataRecord[] = [];
    for (const name of this.features.sortedKeys()) out.push({ type: 'FeatureLevel', version: 0, name, level: this.features.get(name)! });
    for (const id of this.brokers.sortedKeys()) {
      const b = this.brokers.get(id)!;
      out.push({
        type: 'RegisterBroker',
        version: 0,
        brokerId: b.brokerId,
        incarnationId: b.incarnationId,
        brokerEpoch: b.brokerEpoch,
        listeners: b.listeners,
        rack: b.rack,
        fenced: true,
      });
      if (!b.fenced || b.inControlledShutdown) {
        const change: BrokerRegistrationChangeRecord = {
          type: 'BrokerRegistrationChange',
          version: 0,
          brokerId: b.brokerId,
          brokerEpoch: b.brokerEpoch,
          fenced: b.fenced,
          inControlledShutdown: b.inControlledShutdown,
        };
        out.push(change);
      }
    }
    for (const resourceName of this.brokerConfigs.sortedKeys()) {
      const configs = this.brokerConfigs.get(resourceName)!;
      for (const name of configs.sortedKeys()) {
        out.push({ type: 'Config', version: 0, resourceType: 'broker', resourceName, name, value: configs.get(name)! });
      }
    }
    for (const topic of this.sortedTopics()) {
      out.push({ type: 'Topic', version: 0, name: topic.name, topicId: topic.topicId });
      for (const p of topic.partitions.sortedKeys()) out.push(partitionRecord(topic.partitions.get(p)!));
      const configs = this.topicConfigs.get(topic.name);
      if (configs !== undefined) {
        for (const name of configs.sortedKeys()) {
          out.push({ type: 'Config', version: 0, resourceType: 'topic', resourceName: topic.name, name, value: configs.get(name)! });
        }
      }
    }
    if (this.nextProducerId > 0) out.push({ type: 'ProducerIds', version: 0, brokerId: -1, brokerEpoch: -1, nextProducerId: this.nextProducerId });
    return out;
  }

  /** Rebuilds an image from `toRecords()` output (a snapshot) at `offset`/`epoch`. */
  static fromRecords(records: readonly MetadataRecord[], offset: number, epoch: number): MetadataImage {
    return MetadataImage.EMPTY.applyBatch(records, offset, epoch);
  }
}

export function partitionRecord(p: PartitionRegistration): PartitionRecord {
  return {
    type: 'Partition',
    version: 0,
    topicId: p.topicId,
    partition: p.partition,
    replicas: p.replicas,
    isr: p.isr,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    partitionEpoch: p.partitionEpoch,
    addingReplicas: p.addingReplicas,
    removingReplicas: p.removingReplicas,
    leaderRecoveryState: p.leaderRecoveryState,
  };
}

// ---------------------------------------------------------------- replay

function applyRecord(f: Fields, r: MetadataRecord): void {
  switch (r.type) {
    case 'RegisterBroker':
      f.brokers = f.brokers.set(r.brokerId, {
        brokerId: r.brokerId,
        incarnationId: r.incarnationId,
        brokerEpoch: r.brokerEpoch,
        listeners: r.listeners,
        rack: r.rack,
        fenced: true,
        inControlledShutdown: false,
      });
      return;
    case 'UnregisterBroker': {
      const b = f.brokers.get(r.brokerId);
      assert(b !== undefined && b.brokerEpoch === r.brokerEpoch, () => `UnregisterBroker for ${r.brokerId} epoch ${r.brokerEpoch} does not match its registration`);
      f.brokers = f.brokers.delete(r.brokerId);
      return;
    }
    case 'BrokerRegistrationChange': {
      const b = f.brokers.get(r.brokerId);
      assert(b !== undefined && b.brokerEpoch === r.brokerEpoch, () => `BrokerRegistrationChange for ${r.brokerId} epoch ${r.brokerEpoch} does not match its registration`);
      f.brokers = f.brokers.set(r.brokerId, {
        ...b,
        fenced: r.fenced ?? b.fenced,
        inControlledShutdown: r.inControlledShutdown ?? b.inControlledShutdown,
      });
      return;
    }
    case 'Topic':
      assert(!f.topicIdsByName.has(r.name), () => `Topic ${r.name} already exists`);
      assert(!f.topicsById.has(r.topicId), () => `topic id ${r.topicId} already exists`);
      f.topicsById = f.topicsById.set(r.topicId, { name: r.name, topicId: r.topicId, partitions: PMap.empty() });
      f.topicIdsByName = f.topicIdsByName.set(r.name, r.topicId);
      return;
    case 'Partition': {
      const topic = f.topicsById.get(r.topicId);
      assert(topic !== undefined, () => `Partition record for unknown topic ${r.topicId}`);
      assert(!topic.partitions.has(r.partition), () => `partition ${r.topicId}:${r.partition} already exists`);
      const p = fromPartitionRecord(r);
      checkShape(p);
      setPartition(f, topic, undefined, p);
      return;
    }
    case 'PartitionChange': {
      const topic = f.topicsById.get(r.topicId);
      const before = topic?.partitions.get(r.partition);
      assert(topic !== undefined && before !== undefined, () => `PartitionChange for unknown partition ${r.topicId}:${r.partition}`);
      const after = mergePartitionChange(before, r);
      checkShape(after);
      setPartition(f, topic, before, after);
      return;
    }
    case 'Config': {
      const maps = r.resourceType === 'topic' ? f.topicConfigs : f.brokerConfigs;
      const next = maps.update(r.resourceName, (cur) => {
        const m = r.value === null ? (cur ?? PMap.empty<string, string>()).delete(r.name) : (cur ?? PMap.empty<string, string>()).set(r.name, r.value);
        return m.size === 0 ? undefined : m;
      });
      if (r.resourceType === 'topic') f.topicConfigs = next;
      else f.brokerConfigs = next;
      return;
    }
    case 'RemoveTopic': {
      const topic = f.topicsById.get(r.topicId);
      assert(topic !== undefined, () => `RemoveTopic for unknown topic ${r.topicId}`);
      for (const p of topic.partitions.values()) unindexPartition(f, p);
      f.topicsById = f.topicsById.delete(r.topicId);
      f.topicIdsByName = f.topicIdsByName.delete(topic.name);
      f.topicConfigs = f.topicConfigs.delete(topic.name);
      return;
    }
    case 'ProducerIds':
      assert(r.nextProducerId > f.nextProducerId, () => `ProducerIds moves nextProducerId back from ${f.nextProducerId} to ${r.nextProducerId}`);
      f.nextProducerId = r.nextProducerId;
      return;
    case 'FeatureLevel':
      f.features = r.level === 0 ? f.features.delete(r.name) : f.features.set(r.name, r.level);
      return;
    case 'NoOp':
      return;
    default:
      unreachable(r);
  }
}

function fromPartitionRecord(r: PartitionRecord): PartitionRegistration {
  return {
    topicId: r.topicId,
    partition: r.partition,
    replicas: r.replicas,
    isr: r.isr,
    leader: r.leader,
    leaderEpoch: r.leaderEpoch,
    partitionEpoch: r.partitionEpoch,
    addingReplicas: r.addingReplicas,
    removingReplicas: r.removingReplicas,
    leaderRecoveryState: r.leaderRecoveryState,
  };
}

/** KRaft's PartitionRegistration.merge: every change bumps the partition epoch, a leader field also the leader epoch. */
export function mergePartitionChange(p: PartitionRegistration, r: PartitionChangeRecord): PartitionRegistration {
  return {
    topicId: p.topicId,
    partition: p.partition,
    replicas: r.replicas ?? p.replicas,
    isr: r.isr ?? p.isr,
    leader: r.leader ?? p.leader,
    leaderEpoch: r.leader !== undefined ? p.leaderEpoch + 1 : p.leaderEpoch,
    partitionEpoch: p.partitionEpoch + 1,
    addingReplicas: r.addingReplicas ?? p.addingReplicas,
    removingReplicas: r.removingReplicas ?? p.removingReplicas,
    leaderRecoveryState: r.leaderRecoveryState ?? p.leaderRecoveryState,
  };
}

/** Structural sanity only; the controller's checker owns the semantic invariants (leader in ISR, unfenced). */
function checkShape(p: PartitionRegistration): void {
  assert(p.replicas.length > 0, () => `partition ${p.topicId}:${p.partition} has no replicas`);
  assert(new Set(p.replicas).size === p.replicas.length, () => `partition ${p.topicId}:${p.partition} lists a replica twice`);
  assert(p.leader === NO_LEADER || p.leader >= 0, () => `partition ${p.topicId}:${p.partition} has leader ${p.leader}`);
}

function setPartition(f: Fields, topic: TopicImage, before: PartitionRegistration | undefined, after: PartitionRegistration): void {
  if (before !== undefined) unindexPartition(f, before);
  indexPartition(f, after);
  const updated: TopicImage = { name: topic.name, topicId: topic.topicId, partitions: topic.partitions.set(after.partition, after) };
  f.topicsById = f.topicsById.set(topic.topicId, updated);
}

const inc = (n: number | undefined): number => (n ?? 0) + 1;
const dec = (n: number | undefined): number | undefined => (n === undefined || n <= 1 ? undefined : n - 1);

function indexPartition(f: Fields, p: PartitionRegistration): void {
  const key = partitionKey(p.topicId, p.partition);
  if (p.leader === NO_LEADER) f.leaderless = f.leaderless.set(key, true);
  else f.leaderCounts = f.leaderCounts.update(p.leader, inc);
  for (const r of p.replicas) f.replicaCounts = f.replicaCounts.update(r, inc);
  for (const r of p.isr) f.isrMemberships = f.isrMemberships.update(r, (m) => (m ?? PMap.empty<string, true>()).set(key, true));
}

function unindexPartition(f: Fields, p: PartitionRegistration): void {
  const key = partitionKey(p.topicId, p.partition);
  if (p.leader === NO_LEADER) f.leaderless = f.leaderless.delete(key);
  else f.leaderCounts = f.leaderCounts.update(p.leader, dec);
  for (const r of p.replicas) f.replicaCounts = f.replicaCounts.update(r, dec);
  for (const r of p.isr) {
    f.isrMemberships = f.isrMemberships.update(r, (m) => {
      const next = m?.delete(key);
      return next === undefined || next.size === 0 ? undefined : next;
    });
  }
}

