import {
  decodeConsumerGroupCurrentMemberAssignmentKey,
  decodeConsumerGroupCurrentMemberAssignmentValue,
  decodeConsumerGroupMemberMetadataKey,
  decodeConsumerGroupMemberMetadataValue,
  decodeConsumerGroupMetadataKey,
  decodeConsumerGroupMetadataValue,
  decodeConsumerGroupPartitionMetadataKey,
  decodeConsumerGroupPartitionMetadataValue,
  decodeConsumerGroupTargetAssignmentMemberKey,
  decodeConsumerGroupTargetAssignmentMemberValue,
  decodeConsumerGroupTargetAssignmentMetadataKey,
  decodeConsumerGroupTargetAssignmentMetadataValue,
  decodeGroupMetadataKey,
  decodeGroupMetadataValue,
  decodeOffsetCommitKey,
  decodeOffsetCommitValue,
  encodeConsumerGroupCurrentMemberAssignmentKey,
  encodeConsumerGroupCurrentMemberAssignmentValue,
  encodeConsumerGroupMemberMetadataKey,
  encodeConsumerGroupMemberMetadataValue,
  encodeConsumerGroupMetadataKey,
  encodeConsumerGroupMetadataValue,
  encodeConsumerGroupPartitionMetadataKey,
  encodeConsumerGroupPartitionMetadataValue,
  encodeConsumerGroupTargetAssignmentMemberKey,
  encodeConsumerGroupTargetAssignmentMemberValue,
  encodeConsumerGroupTargetAssignmentMetadataKey,
  encodeConsumerGroupTargetAssignmentMetadataValue,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
  Reader,
  Writer,
} from '@gregor/protocol';
import type { GroupRecord, TopicIdPartitions } from './core/types.js';

/**
 * The byte formats of __consumer_offsets records, exactly Kafka's: a key is an int16 key
 * version (which names the record type) followed by the key struct; a value is an int16 value
 * version followed by the value struct; a null value is a tombstone. Tools that read the topic
 * (kafka-console-consumer's formatters, other brokers) see what Kafka would have written.
 */
export const RecordKeyVersion = {
  offsetCommit: 1,
  groupMetadata: 2,
  consumerGroupMetadata: 3,
  consumerGroupPartitionMetadata: 4,
  consumerGroupMemberMetadata: 5,
  consumerGroupTargetAssignmentMetadata: 6,
  consumerGroupTargetAssignmentMember: 7,
  consumerGroupCurrentMemberAssignment: 8,
} as const;

/** GroupMetadataValue v3 (static members, KIP-345): what Kafka 2.3-3.x writes. */
const GROUP_METADATA_VALUE_VERSION = 3;
const GROUP_METADATA_VALUE_VERSION_MAX = 4;
/** OffsetCommitValue v3 (leader epoch); v1 when an explicit expire timestamp is set. */
const OFFSET_COMMIT_VALUE_VERSION = 3;
const OFFSET_COMMIT_VALUE_VERSION_MAX = 4;

function framed(version: number, write: (w: Writer) => void): Buffer {
  const w = new Writer(64);
  w.int16(version);
  write(w);
  return w.toBuffer();
}

const tp = (list: readonly TopicIdPartitions[]) => list.map((t) => ({ topicId: t.topicId, partitions: [...t.partitions] }));

export function encodeGroupRecord(record: GroupRecord): { key: Buffer; value: Buffer | null } {
  switch (record.kind) {
    case 'offset-commit': {
      const key = framed(RecordKeyVersion.offsetCommit, (w) => encodeOffsetCommitKey(w, 1, { group: record.groupId, topic: record.topic, partition: record.partition }));
      const v = record.value;
      if (v === null) return { key, value: null };
      const version = v.expireTimestampMs >= 0 ? 1 : OFFSET_COMMIT_VALUE_VERSION;
      const value = framed(version, (w) =>
        encodeOffsetCommitValue(w, version, {
          offset: BigInt(v.offset),
          leaderEpoch: version >= 3 ? v.leaderEpoch : -1,
          metadata: v.metadata,
          commitTimestamp: BigInt(v.commitTimestampMs),
          expireTimestamp: version === 1 ? BigInt(v.expireTimestampMs) : -1n,
        }),
      );
      return { key, value };
    }
    case 'group-metadata': {
      const key = framed(RecordKeyVersion.groupMetadata, (w) => encodeGroupMetadataKey(w, 2, { group: record.groupId }));
      const v = record.value;
      if (v === null) return { key, value: null };
      const value = framed(GROUP_METADATA_VALUE_VERSION, (w) =>
        encodeGroupMetadataValue(w, GROUP_METADATA_VALUE_VERSION, {
          protocolType: v.protocolType,
          generation: v.generation,
          protocol: v.protocol,
          leader: v.leader,
          currentStateTimestamp: BigInt(v.currentStateTimestampMs),
          members: v.members.map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            clientId: m.clientId,
            clientHost: m.clientHost,
            rebalanceTimeout: m.rebalanceTimeoutMs,
            sessionTimeout: m.sessionTimeoutMs,
            subscription: m.subscription,
            assignment: m.assignment,
          })),
        }),
      );
      return { key, value };
    }
    case 'consumer-group-metadata': {
      const key = framed(RecordKeyVersion.consumerGroupMetadata, (w) => encodeConsumerGroupMetadataKey(w, 3, { groupId: record.groupId }));
      const v = record.value;
      return { key, value: v === null ? null : framed(0, (w) => encodeConsumerGroupMetadataValue(w, 0, { epoch: v.epoch })) };
    }
    case 'consumer-group-partition-metadata': {
      const key = framed(RecordKeyVersion.consumerGroupPartitionMetadata, (w) => encodeConsumerGroupPartitionMetadataKey(w, 4, { groupId: record.groupId }));
      const v = record.value;
      if (v === null) return { key, value: null };
      const value = framed(0, (w) =>
        encodeConsumerGroupPartitionMetadataValue(w, 0, {
          topics: v.topics.map((t) => ({ topicId: t.topicId, topicName: t.topicName, numPartitions: t.numPartitions, partitionMetadata: [] })),
        }),
      );
      return { key, value };
    }
    case 'consumer-group-member': {
      const key = framed(RecordKeyVersion.consumerGroupMemberMetadata, (w) => encodeConsumerGroupMemberMetadataKey(w, 5, { groupId: record.groupId, memberId: record.memberId }));
      const v = record.value;
      if (v === null) return { key, value: null };
      const value = framed(0, (w) =>
        encodeConsumerGroupMemberMetadataValue(w, 0, {
          instanceId: v.instanceId,
          rackId: v.rackId,
          clientId: v.clientId,
          clientHost: v.clientHost,
          subscribedTopicNames: [...v.subscribedTopicNames],
          subscribedTopicRegex: v.subscribedTopicRegex,
          rebalanceTimeoutMs: v.rebalanceTimeoutMs,
          serverAssignor: v.serverAssignor,
        }),
      );
      return { key, value };
    }
    case 'consumer-group-target-assignment-metadata': {
      const key = framed(RecordKeyVersion.consumerGroupTargetAssignmentMetadata, (w) => encodeConsumerGroupTargetAssignmentMetadataKey(w, 6, { groupId: record.groupId }));
      const v = record.value;
      return { key, value: v === null ? null : framed(0, (w) => encodeConsumerGroupTargetAssignmentMetadataValue(w, 0, { assignmentEpoch: v.assignmentEpoch })) };
    }
    case 'consumer-group-target-assignment-member': {
      const key = framed(RecordKeyVersion.consumerGroupTargetAssignmentMember, (w) =>
        encodeConsumerGroupTargetAssignmentMemberKey(w, 7, { groupId: record.groupId, memberId: record.memberId }),
      );
      const v = record.value;
      return { key, value: v === null ? null : framed(0, (w) => encodeConsumerGroupTargetAssignmentMemberValue(w, 0, { topicPartitions: tp(v.topicPartitions) })) };
    }
    case 'consumer-group-current-assignment': {
      const key = framed(RecordKeyVersion.consumerGroupCurrentMemberAssignment, (w) =>
        encodeConsumerGroupCurrentMemberAssignmentKey(w, 8, { groupId: record.groupId, memberId: record.memberId }),
      );
      const v = record.value;
      if (v === null) return { key, value: null };
      const value = framed(0, (w) =>
        encodeConsumerGroupCurrentMemberAssignmentValue(w, 0, {
          memberEpoch: v.memberEpoch,
          previousMemberEpoch: v.previousMemberEpoch,
          state: v.state,
          assignedPartitions: tp(v.assignedPartitions),
          partitionsPendingRevocation: tp(v.partitionsPendingRevocation),
        }),
      );
      return { key, value };
    }
  }
}

/** Reads the value's version and positions a reader after it; versions above `max` read as `max` (flexible: new fields are tagged). */
function valueReader(value: Buffer, max: number): { r: Reader; version: number } {
  const r = new Reader(value);
  const version = r.int16();
  if (version < 0) throw new Error(`negative record value version ${version}`);
  return { r, version: Math.min(version, max) };
}

/**
 * Decodes one record of __consumer_offsets; null for record types this coordinator does not
 * keep (share and streams groups). Throws on
 * malformed bytes: a corrupt coordinator log must stop the load, not be half-applied.
 */
export function decodeGroupRecord(key: Buffer, value: Buffer | null): GroupRecord | null {
  const kr = new Reader(key);
  const keyVersion = kr.int16();
  switch (keyVersion) {
    case 0:
    case 1: {
      const k = decodeOffsetCommitKey(kr, keyVersion);
      if (value === null) return { kind: 'offset-commit', groupId: k.group, topic: k.topic, partition: k.partition, value: null };
      const { r, version } = valueReader(value, OFFSET_COMMIT_VALUE_VERSION_MAX);
      const v = decodeOffsetCommitValue(r, version);
      return {
        kind: 'offset-commit',
        groupId: k.group,
        topic: k.topic,
        partition: k.partition,
        value: {
          offset: Number(v.offset),
          leaderEpoch: v.leaderEpoch,
          metadata: v.metadata,
          commitTimestampMs: Number(v.commitTimestamp),
          expireTimestampMs: Number(v.expireTimestamp),
        },
      };
    }
    case RecordKeyVersion.groupMetadata: {
      const k = decodeGroupMetadataKey(kr, 2);
      if (value === null) return { kind: 'group-metadata', groupId: k.group, value: null };
      const { r, version } = valueReader(value, GROUP_METADATA_VALUE_VERSION_MAX);
      const v = decodeGroupMetadataValue(r, version);
      return {
        kind: 'group-metadata',
        groupId: k.group,
        value: {
          protocolType: v.protocolType,
          generation: v.generation,
          protocol: v.protocol,
          leader: v.leader,
          currentStateTimestampMs: Number(v.currentStateTimestamp),
          members: v.members.map((m) => ({
            memberId: m.memberId,
            groupInstanceId: m.groupInstanceId,
            clientId: m.clientId,
            clientHost: m.clientHost,
            // v0 has no rebalance timeout: it was the session timeout then.
            rebalanceTimeoutMs: m.rebalanceTimeout >= 0 ? m.rebalanceTimeout : m.sessionTimeout,
            sessionTimeoutMs: m.sessionTimeout,
            subscription: Buffer.from(m.subscription),
            assignment: Buffer.from(m.assignment),
          })),
        },
      };
    }
    case RecordKeyVersion.consumerGroupMetadata: {
      const k = decodeConsumerGroupMetadataKey(kr, 3);
      if (value === null) return { kind: 'consumer-group-metadata', groupId: k.groupId, value: null };
      const { r, version } = valueReader(value, 0);
      return { kind: 'consumer-group-metadata', groupId: k.groupId, value: { epoch: decodeConsumerGroupMetadataValue(r, version).epoch } };
    }
    case RecordKeyVersion.consumerGroupPartitionMetadata: {
      const k = decodeConsumerGroupPartitionMetadataKey(kr, 4);
      if (value === null) return { kind: 'consumer-group-partition-metadata', groupId: k.groupId, value: null };
      const { r, version } = valueReader(value, 0);
      const v = decodeConsumerGroupPartitionMetadataValue(r, version);
      return { kind: 'consumer-group-partition-metadata', groupId: k.groupId, value: { topics: v.topics.map((t) => ({ topicId: t.topicId, topicName: t.topicName, numPartitions: t.numPartitions })) } };
    }
    case RecordKeyVersion.consumerGroupMemberMetadata: {
      const k = decodeConsumerGroupMemberMetadataKey(kr, 5);
      if (value === null) return { kind: 'consumer-group-member', groupId: k.groupId, memberId: k.memberId, value: null };
      const { r, version } = valueReader(value, 0);
      const v = decodeConsumerGroupMemberMetadataValue(r, version);
      return {
        kind: 'consumer-group-member',
        groupId: k.groupId,
        memberId: k.memberId,
        value: {
          instanceId: v.instanceId,
          rackId: v.rackId,
          clientId: v.clientId,
          clientHost: v.clientHost,
          subscribedTopicNames: v.subscribedTopicNames,
          subscribedTopicRegex: v.subscribedTopicRegex,
          rebalanceTimeoutMs: v.rebalanceTimeoutMs,
          serverAssignor: v.serverAssignor,
        },
      };
    }
    case RecordKeyVersion.consumerGroupTargetAssignmentMetadata: {
      const k = decodeConsumerGroupTargetAssignmentMetadataKey(kr, 6);
      if (value === null) return { kind: 'consumer-group-target-assignment-metadata', groupId: k.groupId, value: null };
      const { r, version } = valueReader(value, 0);
      return { kind: 'consumer-group-target-assignment-metadata', groupId: k.groupId, value: { assignmentEpoch: decodeConsumerGroupTargetAssignmentMetadataValue(r, version).assignmentEpoch } };
    }
    case RecordKeyVersion.consumerGroupTargetAssignmentMember: {
      const k = decodeConsumerGroupTargetAssignmentMemberKey(kr, 7);
      if (value === null) return { kind: 'consumer-group-target-assignment-member', groupId: k.groupId, memberId: k.memberId, value: null };
      const { r, version } = valueReader(value, 0);
      return {
        kind: 'consumer-group-target-assignment-member',
        groupId: k.groupId,
        memberId: k.memberId,
        value: { topicPartitions: decodeConsumerGroupTargetAssignmentMemberValue(r, version).topicPartitions },
      };
    }
    case RecordKeyVersion.consumerGroupCurrentMemberAssignment: {
      const k = decodeConsumerGroupCurrentMemberAssignmentKey(kr, 8);
      if (value === null) return { kind: 'consumer-group-current-assignment', groupId: k.groupId, memberId: k.memberId, value: null };
      const { r, version } = valueReader(value, 0);
      const v = decodeConsumerGroupCurrentMemberAssignmentValue(r, version);
      return {
        kind: 'consumer-group-current-assignment',
        groupId: k.groupId,
        memberId: k.memberId,
        value: {
          memberEpoch: v.memberEpoch,
          previousMemberEpoch: v.previousMemberEpoch,
          state: v.state,
          assignedPartitions: v.assignedPartitions,
          partitionsPendingRevocation: v.partitionsPendingRevocation,
        },
      };
    }
    default:
      return null;
  }
}
