/**
 * The broker's view of cluster metadata: brokers, topics, partitions (leader, epochs, replicas,
 * ISR) and topic config overrides. Handlers read it; admin operations go through a
 * `TopicAdmin` (in single-node mode the LocalController, later the Raft-backed controller),
 * whose changes arrive as `MetadataDelta`s that the replica manager applies, the way a KRaft
 * broker applies metadata records to its image.
 */
export interface BrokerInfo {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

export interface PartitionState {
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly partitionEpoch: number;
}

export interface TopicState {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: readonly PartitionState[];
  /** Dynamic topic config overrides (as set by the user, string forms). */
  readonly configs: Readonly<Record<string, string>>;
  readonly isInternal: boolean;
}

export interface MetadataDelta {
  readonly createdOrChanged: readonly TopicState[];
  readonly deleted: readonly TopicState[];
}

export interface MetadataView {
  readonly clusterId: string;
  readonly controllerId: number;
  /**
   * Live (unfenced) brokers, addressed on `listenerName` when given (Kafka answers Metadata
   * with the addresses of the listener the request came in on), else on this node's first
   * client listener.
   */
  brokers(listenerName?: string): readonly BrokerInfo[];
  /**
   * Whether a broker may join an ISR (KIP-841): registered, unfenced and not in controlled
   * shutdown. A leader never waits for, or proposes, an ineligible replica.
   */
  isEligibleReplica(brokerId: number): boolean;
  topic(name: string): TopicState | undefined;
  topicById(topicId: string): TopicState | undefined;
  topics(): Iterable<TopicState>;
}

import type { AdminResult, ConfigOp } from '@gregor/controller';

export type { AdminResult, ConfigOp };

export interface CreateTopicSpec {
  readonly name: string;
  /** -1: num.partitions. */
  readonly numPartitions: number;
  /** -1: default.replication.factor. */
  readonly replicationFactor: number;
  /** Explicit assignment: partition -> broker ids (then numPartitions/replicationFactor are -1). */
  readonly assignments: ReadonlyArray<{ partitionIndex: number; brokerIds: readonly number[] }>;
  readonly configs: ReadonlyArray<{ name: string; value: string | null }>;
}

/** A created (or, validate-only, creatable) topic: what CreateTopics v5+ reports back. */
export interface CreateTopicResult extends AdminResult {
  readonly topicId?: string;
  readonly numPartitions?: number;
  readonly replicationFactor?: number;
  /** The topic's config overrides as requested. */
  readonly configs?: Readonly<Record<string, string>>;
}


export interface TopicAdmin {
  createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicResult[]>;
  deleteTopics(names: readonly string[]): Promise<AdminResult[]>;
  createPartitions(
    requests: ReadonlyArray<{ name: string; count: number; assignments: ReadonlyArray<readonly number[]> | null }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]>;
  /** `replace` = legacy AlterConfigs (the given set becomes the whole override set). */
  alterTopicConfigs(
    requests: ReadonlyArray<{ name: string; replace: boolean; ops: ReadonlyArray<{ name: string; op: ConfigOp; value: string | null }> }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]>;
}
