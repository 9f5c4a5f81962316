/**
 * What the group coordinator's pure core exchanges with its runtime: the records it writes to
 * (and replays from) its __consumer_offsets partition, the replies it addresses to requests
 * waiting on it, and the configuration it runs under. No I/O here: time comes in as `nowMs`,
 * member ids come in from the runtime (which owns randomness).
 */

/** The runtime's handle on a request waiting for an answer (JoinGroup, SyncGroup, ...). */
export type ReplyId = number;

export interface TopicPartitionOffsetValue {
  readonly offset: number;
  /** The leader epoch of the committed record (KIP-320), -1 when unknown. */
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestampMs: number;
  /** Set only by OffsetCommit v2-4 with an explicit retention time (OffsetCommitValue v1). */
  readonly expireTimestampMs: number;
}

export interface ClassicMemberRecord {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly rebalanceTimeoutMs: number;
  readonly sessionTimeoutMs: number;
  /** The member's metadata for the group's selected protocol. */
  readonly subscription: Buffer;
  readonly assignment: Buffer;
}

export interface GroupMetadataRecordValue {
  readonly protocolType: string;
  readonly generation: number;
  readonly protocol: string | null;
  readonly leader: string | null;
  readonly currentStateTimestampMs: number;
  readonly members: readonly ClassicMemberRecord[];
}

export interface TopicIdPartitions {
  readonly topicId: string;
  readonly partitions: readonly number[];
}

export interface ConsumerMemberRecordValue {
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly serverAssignor: string | null;
}

export interface ConsumerCurrentAssignmentRecordValue {
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  /** MemberState: 0 stable, 1 unrevoked partitions, 2 unreleased partitions, 3 unknown. */
  readonly state: number;
  readonly assignedPartitions: readonly TopicIdPartitions[];
  readonly partitionsPendingRevocation: readonly TopicIdPartitions[];
}

/**
 * One record of __consumer_offsets as the core sees it; a null value is a tombstone (the key is
 * deleted, and log compaction eventually drops both). Key formats and versions are Kafka's, so
 * each kind compacts on the same key bytes Kafka would write.
 */
export type GroupRecord =
  | { readonly kind: 'offset-commit'; readonly groupId: string; readonly topic: string; readonly partition: number; readonly value: TopicPartitionOffsetValue | null }
  | { readonly kind: 'group-metadata'; readonly groupId: string; readonly value: GroupMetadataRecordValue | null }
  | { readonly kind: 'consumer-group-metadata'; readonly groupId: string; readonly value: { readonly epoch: number } | null }
  | { readonly kind: 'consumer-group-partition-metadata'; readonly groupId: string; readonly value: { readonly topics: ReadonlyArray<{ topicId: string; topicName: string; numPartitions: number }> } | null }
  | { readonly kind: 'consumer-group-member'; readonly groupId: string; readonly memberId: string; readonly value: ConsumerMemberRecordValue | null }
  | { readonly kind: 'consumer-group-target-assignment-metadata'; readonly groupId: string; readonly value: { readonly assignmentEpoch: number } | null }
  | { readonly kind: 'consumer-group-target-assignment-member'; readonly groupId: string; readonly memberId: string; readonly value: { readonly topicPartitions: readonly TopicIdPartitions[] } | null }
  | { readonly kind: 'consumer-group-current-assignment'; readonly groupId: string; readonly memberId: string; readonly value: ConsumerCurrentAssignmentRecordValue | null };

/** An answer for a waiting request; the body's shape is fixed by the operation that created the id. */
export interface Reply {
  readonly to: ReplyId;
  readonly body: unknown;
}

/**
 * What one core operation asks of the runtime: append these records to the partition (in this
 * order, as one batch) and then, once they are replicated, deliver these replies.
 */
export interface ShardResult {
  readonly records: GroupRecord[];
  readonly replies: Reply[];
}

export function emptyResult(): ShardResult {
  return { records: [], replies: [] };
}

/** Broker configs the coordinator runs under (Kafka names in the comments). */
export interface GroupConfig {
  /** group.min.session.timeout.ms (6000). */
  readonly groupMinSessionTimeoutMs: number;
  /** group.max.session.timeout.ms (1800000). */
  readonly groupMaxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms (3000): how long an empty group waits for more members. */
  readonly groupInitialRebalanceDelayMs: number;
  /** group.max.size (Integer.MAX_VALUE). */
  readonly groupMaxSize: number;
  /** How long a new member's JoinGroup may wait for the rebalance (KIP-394: 5 minutes). */
  readonly newMemberJoinTimeoutMs: number;
  /** offsets.retention.minutes in ms (7 days). */
  readonly offsetsRetentionMs: number;
  /** offset.metadata.max.bytes (4096). */
  readonly offsetMetadataMaxBytes: number;
  /** group.consumer.session.timeout.ms (45000): KIP-848 members. */
  readonly consumerGroupSessionTimeoutMs: number;
  /** group.consumer.heartbeat.interval.ms (5000). */
  readonly consumerGroupHeartbeatIntervalMs: number;
  /** group.consumer.max.size (Integer.MAX_VALUE). */
  readonly consumerGroupMaxSize: number;
  /** group.consumer.assignors: the first is the default (uniform, range). */
  readonly consumerGroupAssignors: readonly string[];
}

export const defaultGroupConfig: GroupConfig = {
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3000,
  groupMaxSize: 2_147_483_647,
  newMemberJoinTimeoutMs: 5 * 60 * 1000,
  offsetsRetentionMs: 7 * 24 * 60 * 60 * 1000,
  offsetMetadataMaxBytes: 4096,
  consumerGroupSessionTimeoutMs: 45_000,
  consumerGroupHeartbeatIntervalMs: 5000,
  consumerGroupMaxSize: 2_147_483_647,
  consumerGroupAssignors: ['uniform', 'range'],
};
