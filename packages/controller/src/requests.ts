import type { ConfigOp } from './topic-rules.js';
import type { ConfigResourceType, LeaderRecoveryState, Listener } from './records/records.js';

/**
 * Request and response shapes of the controller's operations. They mirror the fields of the Kafka
 * APIs they serve (the broker's handlers translate wire messages to these and back), with Kafka's
 * names; per-item outcomes carry Kafka's error code and message, whole-request failures are the
 * `ControllerResult`'s error.
 */

/** BrokerRegistration (API 62). */
export interface BrokerRegistrationRequest {
  readonly brokerId: number;
  readonly clusterId: string;
  /** A fresh uuid per broker process start. */
  readonly incarnationId: string;
  readonly listeners: readonly Listener[];
  readonly rack: string | null;
  /** The epoch this broker held before a clean shutdown (KIP-966), or -1: lets it re-register at once. */
  readonly previousBrokerEpoch?: number;
}

export interface BrokerRegistrationResponse {
  readonly brokerEpoch: number;
}

/** BrokerHeartbeat (API 63). */
export interface BrokerHeartbeatRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  /** The highest metadata offset the broker has applied. */
  readonly currentMetadataOffset: number;
  readonly wantFence: boolean;
  readonly wantShutDown: boolean;
}

export interface BrokerHeartbeatResponse {
  /** The broker has applied the metadata log up to its registration. */
  readonly isCaughtUp: boolean;
  readonly isFenced: boolean;
  readonly shouldShutDown: boolean;
}

/** UnregisterBroker (API 64). */
export interface UnregisterBrokerRequest {
  readonly brokerId: number;
}

/** CreateTopics (API 19). */
export interface CreatableTopic {
  readonly name: string;
  /** -1: num.partitions. */
  readonly numPartitions: number;
  /** -1: default.replication.factor. */
  readonly replicationFactor: number;
  /** Manual assignment, partitions 0..n-1 in order (then numPartitions and replicationFactor must be -1). */
  readonly assignments: ReadonlyArray<{ readonly partitionIndex: number; readonly brokerIds: readonly number[] }>;
  readonly configs: ReadonlyArray<{ readonly name: string; readonly value: string | null }>;
}

export interface CreateTopicsRequest {
  readonly topics: readonly CreatableTopic[];
  readonly validateOnly: boolean;
}

export interface CreatableTopicResult {
  readonly name: string;
  /** ZERO_UUID unless created. */
  readonly topicId: string;
  readonly errorCode: number;
  readonly errorMessage: string | null;
  /** -1 on error. */
  readonly numPartitions: number;
  /** -1 on error. */
  readonly replicationFactor: number;
}

export interface CreateTopicsResponse {
  readonly topics: readonly CreatableTopicResult[];
}

/** DeleteTopics (API 20): each entry names a topic by name or (v6+) by id. */
export interface DeleteTopicsRequest {
  readonly topics: ReadonlyArray<{ readonly name: string | null; readonly topicId: string | null }>;
}

export interface DeletableTopicResult {
  readonly name: string | null;
  readonly topicId: string;
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

export interface DeleteTopicsResponse {
  readonly responses: readonly DeletableTopicResult[];
}

/** CreatePartitions (API 37). */
export interface CreatePartitionsRequest {
  readonly topics: ReadonlyArray<{ readonly name: string; readonly count: number; readonly assignments: ReadonlyArray<readonly number[]> | null }>;
  readonly validateOnly: boolean;
}

export interface CreatePartitionsResponse {
  readonly results: ReadonlyArray<{ readonly name: string; readonly errorCode: number; readonly errorMessage: string | null }>;
}

/** IncrementalAlterConfigs (API 44), and legacy AlterConfigs (API 33) with `incremental: false`. */
export interface AlterConfigsRequest {
  readonly resources: ReadonlyArray<{
    readonly resourceType: ConfigResourceType;
    /** Topic name, or broker id ('' = cluster-wide default). */
    readonly resourceName: string;
    readonly configs: ReadonlyArray<{ readonly name: string; readonly op: ConfigOp; readonly value: string | null }>;
  }>;
  /** false: legacy AlterConfigs, whose set replaces every override of the resource. */
  readonly incremental: boolean;
  readonly validateOnly: boolean;
}

export interface AlterConfigsResponse {
  readonly responses: ReadonlyArray<{ readonly resourceType: ConfigResourceType; readonly resourceName: string; readonly errorCode: number; readonly errorMessage: string | null }>;
}

/** AlterPartition (API 56) v3: topic ids, ISR members with their broker epochs (KIP-903). */
export interface AlterPartitionRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly topics: ReadonlyArray<{
    readonly topicId: string;
    readonly partitions: ReadonlyArray<{
      readonly partition: number;
      readonly leaderEpoch: number;
      /** `brokerEpoch` -1 when unknown (skips the KIP-903 check for that member). */
      readonly newIsr: ReadonlyArray<{ readonly brokerId: number; readonly brokerEpoch: number }>;
      readonly leaderRecoveryState: LeaderRecoveryState;
      readonly partitionEpoch: number;
    }>;
  }>;
}

export interface AlterPartitionPartitionResult {
  readonly partition: number;
  readonly errorCode: number;
  /** The partition's state after the change (only meaningful when errorCode is NONE). */
  readonly leaderId: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly leaderRecoveryState: LeaderRecoveryState;
  readonly partitionEpoch: number;
}

export interface AlterPartitionResponse {
  readonly topics: ReadonlyArray<{ readonly topicId: string; readonly partitions: readonly AlterPartitionPartitionResult[] }>;
}

/** ElectLeaders (API 43). */
export type ElectionType = 'preferred' | 'unclean';

export interface ElectLeadersRequest {
  readonly electionType: ElectionType;
  /** null: every partition (then partitions that already have the desired leader are left out). */
  readonly topicPartitions: ReadonlyArray<{ readonly topic: string; readonly partitions: readonly number[] }> | null;
}

export interface ElectLeadersResponse {
  readonly results: ReadonlyArray<{
    readonly topic: string;
    readonly partitions: ReadonlyArray<{ readonly partition: number; readonly errorCode: number; readonly errorMessage: string | null }>;
  }>;
}

/** AllocateProducerIds (API 67, KIP-730). */
export interface AllocateProducerIdsRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
}

export interface AllocateProducerIdsResponse {
  readonly producerIdStart: number;
  readonly producerIdLen: number;
}

/** AlterPartitionReassignments (API 45, KIP-455); `replicas: null` cancels. */
export interface AlterPartitionReassignmentsRequest {
  readonly topics: ReadonlyArray<{
    readonly name: string;
    readonly partitions: ReadonlyArray<{ readonly partition: number; readonly replicas: readonly number[] | null }>;
  }>;
}

export interface AlterPartitionReassignmentsResponse {
  readonly responses: ReadonlyArray<{
    readonly name: string;
    readonly partitions: ReadonlyArray<{ readonly partition: number; readonly errorCode: number; readonly errorMessage: string | null }>;
  }>;
}

/** ListPartitionReassignments (API 46): null lists every reassignment in progress. */
export type ListPartitionReassignmentsRequest = ReadonlyArray<{ readonly name: string; readonly partitions: readonly number[] }> | null;

export interface ListPartitionReassignmentsResponse {
  readonly topics: ReadonlyArray<{
    readonly name: string;
    readonly partitions: ReadonlyArray<{
      readonly partition: number;
      readonly replicas: readonly number[];
      readonly addingReplicas: readonly number[];
      readonly removingReplicas: readonly number[];
    }>;
  }>;
}

/** UpdateFeatures (API 57, KIP-584). */
export interface UpdateFeaturesRequest {
  readonly updates: ReadonlyArray<{ readonly feature: string; readonly maxVersionLevel: number; readonly upgradeType: 'upgrade' | 'safe-downgrade' | 'unsafe-downgrade' }>;
  readonly validateOnly: boolean;
}

export interface UpdateFeaturesResponse {
  readonly results: ReadonlyArray<{ readonly feature: string; readonly errorCode: number; readonly errorMessage: string | null }>;
}
