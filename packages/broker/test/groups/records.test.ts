// Goal: the coordinator finds a group's partition exactly as Kafka does, and reads back every
// __consumer_offsets record it writes, in Kafka's byte formats. Method: Java String.hashCode
// values computed by hand (including the Integer.MIN_VALUE case Utils.abs maps to 0); golden
// bytes for an OffsetCommit key and value laid out by hand from the spec; a round trip of every
// record kind, tombstones included.
import { describe, expect, it } from 'vitest';
import { groupPartition, javaStringHashCode } from '../../src/groups/core/partitioner.js';
import { decodeGroupRecord, encodeGroupRecord } from '../../src/groups/records.js';
import type { GroupRecord } from '../../src/groups/core/types.js';

describe('group partition (abs(hashCode) % offsets.topic.num.partitions)', () => {
  it('computes Java String.hashCode over UTF-16 code units', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('a')).toBe(97);
    expect(javaStringHashCode('hello')).toBe(99162322);
    // "polygenelubricants".hashCode() is Integer.MIN_VALUE; Kafka's Utils.abs maps it to 0.
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
    expect(groupPartition('polygenelubricants', 50)).toBe(0);
    // A non-BMP character counts as two UTF-16 units, as in Java.
    expect(javaStringHashCode('\u{1F600}')).toBe(0xd83d * 31 + 0xde00);
  });

  it('maps group ids to partitions like Kafka', () => {
    // 99162322 % 50 = 22; negative hashes use the low 31 bits (Utils.abs = n & 0x7fffffff).
    expect(groupPartition('hello', 50)).toBe(22);
    const h = javaStringHashCode('console-consumer-12345');
    expect(groupPartition('console-consumer-12345', 50)).toBe((h & 0x7fffffff) % 50);
    expect(() => groupPartition('g', 0)).toThrow();
  });
});

describe('__consumer_offsets records', () => {
  it('writes an offset commit exactly as Kafka (key v1, value v3)', () => {
    const { key, value } = encodeGroupRecord({
      kind: 'offset-commit',
      groupId: 'g',
      topic: 't',
      partition: 2,
      value: { offset: 42, leaderEpoch: 5, metadata: 'm', commitTimestampMs: 1000, expireTimestampMs: -1 },
    });
    // int16 key version 1 | string "g" | string "t" | int32 2
    expect(key.toString('hex')).toBe('0001' + '0001' + '67' + '0001' + '74' + '00000002');
    // int16 value version 3 | int64 offset | int32 leader epoch | string metadata | int64 commit timestamp
    expect(value!.toString('hex')).toBe('0003' + '000000000000002a' + '00000005' + '0001' + '6d' + '00000000000003e8');
  });

  it('reads back every record kind and tombstone it writes', () => {
    const tp = [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [0, 3] }];
    const records: GroupRecord[] = [
      { kind: 'offset-commit', groupId: 'g', topic: 't', partition: 1, value: { offset: 7, leaderEpoch: -1, metadata: '', commitTimestampMs: 5, expireTimestampMs: 99 } },
      { kind: 'offset-commit', groupId: 'g', topic: 't', partition: 1, value: null },
      {
        kind: 'group-metadata',
        groupId: 'g',
        value: {
          protocolType: 'consumer',
          generation: 3,
          protocol: 'range',
          leader: 'm1',
          currentStateTimestampMs: 12345,
          members: [{ memberId: 'm1', groupInstanceId: 'i1', clientId: 'c', clientHost: '/127.0.0.1', rebalanceTimeoutMs: 300000, sessionTimeoutMs: 10000, subscription: Buffer.from([1, 2]), assignment: Buffer.from([3]) }],
        },
      },
      { kind: 'group-metadata', groupId: 'g', value: null },
      { kind: 'consumer-group-metadata', groupId: 'c', value: { epoch: 4 } },
      { kind: 'consumer-group-partition-metadata', groupId: 'c', value: { topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', topicName: 't', numPartitions: 4 }] } },
      {
        kind: 'consumer-group-member',
        groupId: 'c',
        memberId: 'm',
        value: { instanceId: null, rackId: 'r1', clientId: 'c', clientHost: '/h', subscribedTopicNames: ['t'], subscribedTopicRegex: 'x.*', rebalanceTimeoutMs: 1000, serverAssignor: 'range' },
      },
      { kind: 'consumer-group-target-assignment-metadata', groupId: 'c', value: { assignmentEpoch: 4 } },
      { kind: 'consumer-group-target-assignment-member', groupId: 'c', memberId: 'm', value: { topicPartitions: tp } },
      { kind: 'consumer-group-current-assignment', groupId: 'c', memberId: 'm', value: { memberEpoch: 4, previousMemberEpoch: 3, state: 1, assignedPartitions: tp, partitionsPendingRevocation: [] } },
      { kind: 'consumer-group-current-assignment', groupId: 'c', memberId: 'm', value: null },
    ];
    for (const record of records) {
      const { key, value } = encodeGroupRecord(record);
      expect(decodeGroupRecord(key, value)).toEqual(record);
    }
  });

  it('ignores record types it does not keep (share groups) and rejects truncated bytes', () => {
    const shareKey = Buffer.from('000a000167', 'hex'); // key version 10: ShareGroupMetadataKey
    expect(decodeGroupRecord(shareKey, null)).toBeNull();
    const { key, value } = encodeGroupRecord({ kind: 'consumer-group-metadata', groupId: 'c', value: { epoch: 1 } });
    expect(() => decodeGroupRecord(key.subarray(0, 3), value)).toThrow();
  });
});
