import type { BrokerRegistration, MetadataImage, PartitionRegistration, TopicImage } from './metadata-image.js';

/**
 * What changed between two images (KRaft's MetadataDelta, computed after the fact): a broker
 * keeps its previous image, applies what it fetched, and hands both to `diff`; the replica
 * manager then acts on `localChanges(delta, itsId)`. Because images share untouched structure,
 * `diff` only walks what changed.
 */
export interface PartitionDelta {
  readonly topicId: string;
  readonly partition: number;
  /** Undefined for a new partition. */
  readonly before: PartitionRegistration | undefined;
  readonly after: PartitionRegistration;
}

export interface BrokerDelta {
  readonly brokerId: number;
  /** Undefined for a new registration. */
  readonly before: BrokerRegistration | undefined;
  /** Undefined for an unregistered broker. */
  readonly after: BrokerRegistration | undefined;
}

export interface MetadataDelta {
  readonly fromOffset: number;
  readonly toOffset: number;
  /** Topics (by id) that exist after but not before. */
  readonly createdTopics: readonly TopicImage[];
  /** Topics (by id) that existed before but not after, as they were. */
  readonly deletedTopics: readonly TopicImage[];
  /** New or changed partitions of topics that exist after (all partitions of created topics). */
  readonly changedPartitions: readonly PartitionDelta[];
  readonly changedBrokers: readonly BrokerDelta[];
  /** Topic names whose dynamic configs changed (including deleted topics that had overrides). */
  readonly changedTopicConfigs: readonly string[];
  /** Broker config resource names ('' = cluster default) whose configs changed. */
  readonly changedBrokerConfigs: readonly string[];
  readonly changedFeatures: readonly string[];
  readonly nextProducerIdChanged: boolean;
  readonly isEmpty: boolean;
}

export function diff(before: MetadataImage, after: MetadataImage): MetadataDelta {
  const createdTopics: TopicImage[] = [];
  const deletedTopics: TopicImage[] = [];
  const changedPartitions: PartitionDelta[] = [];
  before.topicsById.diff(after.topicsById, (topicId, a, b) => {
    if (b === undefined) {
      deletedTopics.push(a!);
      return;
    }
    if (a === undefined) {
      createdTopics.push(b);
      for (const p of b.partitions.sortedKeys()) changedPartitions.push({ topicId, partition: p, before: undefined, after: b.partitions.get(p)! });
      return;
    }
    a.partitions.diff(b.partitions, (partition, pa, pb) => {
      // Partitions are never removed from a live topic (Kafka has no partition deletion).
      if (pb !== undefined) changedPartitions.push({ topicId, partition, before: pa, after: pb });
    });
  });
  const changedBrokers: BrokerDelta[] = [];
  before.brokers.diff(after.brokers, (brokerId, a, b) => changedBrokers.push({ brokerId, before: a, after: b }));
  const changedTopicConfigs: string[] = [];
  before.topicConfigs.diff(after.topicConfigs, (name) => changedTopicConfigs.push(name));
  const changedBrokerConfigs: string[] = [];
  before.brokerConfigs.diff(after.brokerConfigs, (name) => changedBrokerConfigs.push(name));
  const changedFeatures: string[] = [];
  before.features.diff(after.features, (name) => changedFeatures.push(name));
  const byName = (x: TopicImage, y: TopicImage): number => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  createdTopics.sort(byName);
  deletedTopics.sort(byName);
  changedPartitions.sort((x, y) => (x.topicId < y.topicId ? -1 : x.topicId > y.topicId ? 1 : x.partition - y.partition));
  changedBrokers.sort((x, y) => x.brokerId - y.brokerId);
  changedTopicConfigs.sort();
  changedBrokerConfigs.sort();
  changedFeatures.sort();
  const nextProducerIdChanged = before.nextProducerId !== after.nextProducerId;
  return {
    fromOffset: before.offset,
    toOffset: after.offset,
    createdTopics,
    deletedTopics,
    changedPartitions,
    changedBrokers,
    changedTopicConfigs,
    changedBrokerConfigs,
    changedFeatures,
    nextProducerIdChanged,
    isEmpty:
      createdTopics.length === 0 &&
      deletedTopics.length === 0 &&
      changedPartitions.length === 0 &&
      changedBrokers.length === 0 &&
      changedTopicConfigs.length === 0 &&
      changedBrokerConfigs.length === 0 &&
      changedFeatures.length === 0 &&
      !nextProducerIdChanged,
  };
}

/** What one broker's replica manager must do (KRaft TopicsDelta.localChanges). */
export interface LocalReplicaChanges {
  /** Partitions this broker now leads whose registration changed (new leader epoch, ISR, replicas). */
  readonly leaders: readonly PartitionRegistration[];
  /** Partitions this broker follows whose registration changed. */
  readonly followers: readonly PartitionRegistration[];
  /** Partitions this broker held a replica of and no longer does (topic deleted or reassigned away). */
  readonly deleted: readonly PartitionRegistration[];
}

export function localChanges(delta: MetadataDelta, brokerId: number): LocalReplicaChanges {
  const leaders: PartitionRegistration[] = [];
  const followers: PartitionRegistration[] = [];
  const deleted: PartitionRegistration[] = [];
  for (const t of delta.deletedTopics) {
    for (const p of t.partitions.sortedKeys()) {
      const reg = t.partitions.get(p)!;
      if (reg.replicas.includes(brokerId)) deleted.push(reg);
    }
  }
  for (const { before, after } of delta.changedPartitions) {
    if (after.replicas.includes(brokerId)) {
      (after.leader === brokerId ? leaders : followers).push(after);
    } else if (before !== undefined && before.replicas.includes(brokerId)) {
      deleted.push(before);
    }
  }
  return { leaders, followers, deleted };
}
