/**
 * The metadata log's records: KRaft's metadata records (metadata/src/main/resources/common/
 * metadata/*.json), simplified to what Gregor needs. Every record has a `type` and a `version`;
 * a reader refuses a version newer than it knows (`UnsupportedMetadataRecordVersionError`), so a
 * rolling upgrade must raise `metadata.version` only once every node reads the new versions.
 *
 * Records are facts, not requests: the active controller has validated everything before it
 * writes a record, and replaying a record that does not fit the image is a bug.
 */

/** Kafka's LeaderRecoveryState (KIP-704): RECOVERING after an unclean election until the leader says otherwise. */
export const LeaderRecoveryState = { recovered: 0, recovering: 1 } as const;
export type LeaderRecoveryState = (typeof LeaderRecoveryState)[keyof typeof LeaderRecoveryState];

/** "No leader" in Kafka's partition state (LeaderConstants.NO_LEADER). */
export const NO_LEADER = -1;

export interface Listener {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** A broker joins (KRaft RegisterBrokerRecord). It always starts fenced; its epoch is this record's offset. */
export interface RegisterBrokerRecord {
  readonly type: 'RegisterBroker';
  readonly version: 0;
  readonly brokerId: number;
  readonly incarnationId: string;
  readonly brokerEpoch: number;
  readonly listeners: readonly Listener[];
  readonly rack: string | null;
  readonly fenced: true;
}

export interface UnregisterBrokerRecord {
  readonly type: 'UnregisterBroker';
  readonly version: 0;
  readonly brokerId: number;
  readonly brokerEpoch: number;
}

/** Fencing, unfencing and controlled shutdown of a registered broker (KRaft BrokerRegistrationChangeRecord). */
export interface BrokerRegistrationChangeRecord {
  readonly type: 'BrokerRegistrationChange';
  readonly version: 0;
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly fenced?: boolean;
  readonly inControlledShutdown?: boolean;
}

export interface TopicRecord {
  readonly type: 'Topic';
  readonly version: 0;
  readonly name: string;
  readonly topicId: string;
}

/** A partition's full state (created by CreateTopics/CreatePartitions, and in snapshots). */
export interface PartitionRecord {
  readonly type: 'Partition';
  readonly version: 0;
  readonly topicId: string;
  readonly partition: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  readonly addingReplicas: readonly number[];
  readonly removingReplicas: readonly number[];
  readonly leaderRecoveryState: LeaderRecoveryState;
}

/**
 * A change to one partition (KRaft PartitionChangeRecord). Absent fields keep their value.
 * Applying it bumps `partitionEpoch`; a present `leader` (even the same one) also bumps
 * `leaderEpoch`, while an ISR-only change keeps it (KIP-841 / KAFKA-15021 semantics).
 */
export interface PartitionChangeRecord {
  readonly type: 'PartitionChange';
  readonly version: 0;
  readonly topicId: string;
  readonly partition: number;
  readonly leader?: number;
  readonly isr?: readonly number[];
  readonly replicas?: readonly number[];
  readonly addingReplicas?: readonly number[];
  readonly removingReplicas?: readonly number[];
  readonly leaderRecoveryState?: LeaderRecoveryState;
}

export type ConfigResourceType = 'topic' | 'broker';

/** Sets (or with `value: null` deletes) one dynamic config. Broker resource name '' = cluster default. */
export interface ConfigRecord {
  readonly type: 'Config';
  readonly version: 0;
  readonly resourceType: ConfigResourceType;
  readonly resourceName: string;
  readonly name: string;
  readonly value: string | null;
}

/** Deletes a topic with its partitions and configs. */
export interface RemoveTopicRecord {
  readonly type: 'RemoveTopic';
  readonly version: 0;
  readonly topicId: string;
}

/** A block of producer ids was handed to a broker; the next block starts at `nextProducerId` (KIP-730). */
export interface ProducerIdsRecord {
  readonly type: 'ProducerIds';
  readonly version: 0;
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly nextProducerId: number;
}

/** A finalized feature level (KIP-584); level 0 removes the feature. */
export interface FeatureLevelRecord {
  readonly type: 'FeatureLevel';
  readonly version: 0;
  readonly name: string;
  readonly level: number;
}

/** Written by a new active controller; once it commits, everything before it is committed. */
export interface NoOpRecord {
  readonly type: 'NoOp';
  readonly version: 0;
}

export type MetadataRecord =
  | RegisterBrokerRecord
  | UnregisterBrokerRecord
  | BrokerRegistrationChangeRecord
  | TopicRecord
  | PartitionRecord
  | PartitionChangeRecord
  | ConfigRecord
  | RemoveTopicRecord
  | ProducerIdsRecord
  | FeatureLevelRecord
  | NoOpRecord;

export type MetadataRecordType = MetadataRecord['type'];

/** Highest version of each record type this code reads and writes. */
export const METADATA_RECORD_VERSIONS: { readonly [T in MetadataRecordType]: number } = Object.freeze({
  RegisterBroker: 0,
  UnregisterBroker: 0,
  BrokerRegistrationChange: 0,
  Topic: 0,
  Partition: 0,
  PartitionChange: 0,
  Config: 0,
  RemoveTopic: 0,
  ProducerIds: 0,
  FeatureLevel: 0,
  NoOp: 0,
});

/** A committed (or proposed) batch: the records of one raft entry, its index and its term. */
export interface MetadataBatch {
  /** Raft index of the entry: every record of the batch is at this offset. */
  readonly offset: number;
  /** Raft term of the entry, i.e. the controller's leader epoch that wrote it. */
  readonly epoch: number;
  readonly records: readonly MetadataRecord[];
}
