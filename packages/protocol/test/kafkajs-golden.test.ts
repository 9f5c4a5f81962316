// Goal: our generated request encoders write exactly the bytes a real client sends, and our
// decoders read that client's bytes back to the message it meant. Method: for each API and
// version kafkajs 2.2 implements, build the same request with kafkajs's own request modules and
// frame builder (node_modules/kafkajs/src/protocol/request.js) and with our types, then compare
// whole frames (size prefix, request header, body) byte for byte and decode kafkajs's frame with
// our header and body decoders.
//
// Where kafkajs knowingly departs from the spec, the expected message says so:
// - Encoder.writeNullableArray writes an empty array as null (-1): "on the context of this
//   library, empty array and null are the same thing". Kafka reads null as "all" in Metadata
//   v1+ (all topics), DescribeConfigs (all config keys) and OffsetFetch v2+ (all partitions), so
//   kafkajs's [] means null on the wire; we build those fields as null.
// - kafkajs always writes request header v1 and, for its two flexible requests
//   (AlterPartitionReassignments v0, ListPartitionReassignments v0), puts the header's empty
//   tagged-field section at the start of the body instead. The concatenation is request header
//   v2 + body, so the frames still match ours byte for byte.
// - Produce record batches (v3+) and message sets (v0-v2) are opaque here: the `records` Buffer
//   we encode is the one kafkajs wrote (taken from its frame), so the comparison covers
//   everything around it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  Reader,
  Writer,
  apiSpec,
  decodeRequestHeader,
  defaultAddPartitionsToTxnRequest,
  defaultCreatePartitionsRequestCreatePartitionsTopic,
  defaultCreateTopicsRequestCreatableTopic,
  defaultFetchRequest,
  defaultFetchRequestFetchPartition,
  defaultFetchRequestFetchTopic,
  defaultFetchRequestForgottenTopic,
  defaultJoinGroupRequest,
  defaultListOffsetsRequest,
  defaultListOffsetsRequestListOffsetsPartition,
  defaultMetadataRequest,
  defaultMetadataRequestMetadataRequestTopic,
  defaultOffsetCommitRequest,
  defaultOffsetCommitRequestOffsetCommitRequestPartition,
  defaultOffsetFetchRequest,
  defaultProduceRequest,
  encodeRequestHeader,
  isSameValue,
  requestHeaderVersion,
  type AddOffsetsToTxnRequest,
  type AddPartitionsToTxnRequest,
  type AlterConfigsRequest,
  type AlterPartitionReassignmentsRequest,
  type CreateAclsRequest,
  type CreatePartitionsRequest,
  type CreateTopicsRequest,
  type DeleteAclsRequest,
  type DeleteGroupsRequest,
  type DeleteRecordsRequest,
  type DeleteTopicsRequest,
  type DescribeAclsRequest,
  type DescribeConfigsRequest,
  type DescribeGroupsRequest,
  type EndTxnRequest,
  type FetchRequest,
  type FindCoordinatorRequest,
  type HeartbeatRequest,
  type InitProducerIdRequest,
  type JoinGroupRequest,
  type LeaveGroupRequest,
  type ListGroupsRequest,
  type ListOffsetsRequest,
  type ListPartitionReassignmentsRequest,
  type MetadataRequest,
  type OffsetCommitRequest,
  type OffsetFetchRequest,
  type ProduceRequest,
  type SaslAuthenticateRequest,
  type SaslHandshakeRequest,
  type SyncGroupRequest,
  type TxnOffsetCommitRequest,
} from '../src/index.js';

const require = createRequire(import.meta.url);

interface KafkajsRequest {
  apiKey: number;
  apiVersion: number;
  encode: () => Promise<{ buffer: Buffer }>;
}
type KafkajsFrame = (args: { correlationId: number; clientId: string; request: KafkajsRequest }) => Promise<{ buffer: Buffer }>;
const kafkajsFrame = require('kafkajs/src/protocol/request.js') as KafkajsFrame;

/** kafkajs's request builder for one API directory and version. */
function kafkajs(api: string, version: number): (...args: unknown[]) => KafkajsRequest {
  return require(`kafkajs/src/protocol/requests/${api}/v${version}/request.js`) as (...args: unknown[]) => KafkajsRequest;
}

const CORRELATION_ID = 0x1234abcd;
const CLIENT_ID = 'gregor-golden-Ω';

/** Our whole request frame: int32 size, request header, body. */
function ourFrame(apiKey: number, version: number, body: object): Buffer {
  const spec = apiSpec(apiKey)!;
  const w = new Writer();
  const sizeAt = w.reserve(4);
  encodeRequestHeader(w, requestHeaderVersion(apiKey, version), {
    requestApiKey: apiKey,
    requestApiVersion: version,
    correlationId: CORRELATION_ID,
    clientId: CLIENT_ID,
  });
  (spec.encodeRequest as (w: Writer, v: number, m: object) => void)(w, version, body);
  w.patchInt32At(sizeAt, w.length - 4);
  return w.toBuffer();
}

/** Decodes a frame with our header and body decoders, checking every byte is consumed. */
function decodeFrame(apiKey: number, version: number, frame: Buffer): { header: object; body: object } {
  const r = new Reader(frame);
  expect(r.int32()).toBe(frame.length - 4);
  const header = decodeRequestHeader(r, requestHeaderVersion(apiKey, version));
  const body = (apiSpec(apiKey)!.decodeRequest as (r: Reader, v: number) => object)(r, version);
  expect(r.remaining).toBe(0);
  return { header, body };
}

interface GoldenCase {
  /** kafkajs's directory under src/protocol/requests. */
  readonly api: string;
  readonly versions: readonly number[];
  /** The arguments kafkajs's request builder takes for this version. */
  readonly args: (version: number) => unknown[];
  /** The same request as our type, for this version. */
  readonly ours: (version: number) => object;
}

const cases: GoldenCase[] = [
  {
    api: 'apiVersions',
    versions: [0, 1, 2],
    args: () => [],
    ours: () => ({ clientSoftwareName: '', clientSoftwareVersion: '' }),
  },
  {
    api: 'metadata',
    versions: [0, 1, 2, 3, 4, 5, 6],
    args: () => [{ topics: ['orders', 'ünïcode-topic'], allowAutoTopicCreation: false }],
    ours: (v) =>
      ({
        ...defaultMetadataRequest(),
        topics: ['orders', 'ünïcode-topic'].map((name) => ({ ...defaultMetadataRequestMetadataRequestTopic(), name })),
        allowAutoTopicCreation: v >= 4 ? false : true,
      }) satisfies MetadataRequest,
  },
  {
    // kafkajs writes [] as null: "all topics" in v1+.
    api: 'metadata',
    versions: [1, 4, 6],
    args: () => [{ topics: [] }],
    ours: () => ({ ...defaultMetadataRequest(), topics: null, allowAutoTopicCreation: true }) satisfies MetadataRequest,
  },
  {
    api: 'fetch',
    versions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    args: () => [
      {
        replicaId: -1,
        maxWaitTime: 500,
        minBytes: 1,
        maxBytes: 52428800,
        isolationLevel: 1,
        sessionId: 7,
        sessionEpoch: 3,
        rackId: 'rack-a',
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, currentLeaderEpoch: 5, fetchOffset: '9007199254740993', logStartOffset: '12', maxBytes: 1048576 },
              { partition: 3, currentLeaderEpoch: -1, fetchOffset: '0', logStartOffset: '-1', maxBytes: 1 },
            ],
          },
        ],
        forgottenTopics: [{ topic: 'gone', partitions: [1, 2] }],
      },
    ],
    ours: (v) => {
      const partition = (p: number, epoch: number, offset: bigint, start: bigint, max: number) => ({
        ...defaultFetchRequestFetchPartition(),
        partition: p,
        currentLeaderEpoch: v >= 9 ? epoch : -1,
        fetchOffset: offset,
        logStartOffset: v >= 5 ? start : -1n,
        partitionMaxBytes: max,
      });
      return {
        ...defaultFetchRequest(),
        replicaId: -1,
        maxWaitMs: 500,
        minBytes: 1,
        maxBytes: v >= 3 ? 52428800 : 0x7fffffff,
        isolationLevel: v >= 4 ? 1 : 0,
        sessionId: v >= 7 ? 7 : 0,
        sessionEpoch: v >= 7 ? 3 : -1,
        topics: [
          {
            ...defaultFetchRequestFetchTopic(),
            topic: 'orders',
            partitions: [partition(0, 5, 9007199254740993n, 12n, 1048576), partition(3, -1, 0n, -1n, 1)],
          },
        ],
        forgottenTopicsData: v >= 7 ? [{ ...defaultFetchRequestForgottenTopic(), topic: 'gone', partitions: [1, 2] }] : [],
        rackId: v >= 11 ? 'rack-a' : '',
      } satisfies FetchRequest;
    },
  },
  {
    api: 'listOffsets',
    versions: [0, 1, 2, 3],
    args: () => [
      {
        replicaId: -1,
        isolationLevel: 1,
        topics: [{ topic: 'orders', partitions: [{ partition: 2, timestamp: '-2', maxNumOffsets: 1 }] }],
      },
    ],
    ours: (v) =>
      ({
        ...defaultListOffsetsRequest(),
        replicaId: -1,
        isolationLevel: v >= 2 ? 1 : 0,
        topics: [
          {
            name: 'orders',
            partitions: [{ ...defaultListOffsetsRequestListOffsetsPartition(), partitionIndex: 2, timestamp: -2n, maxNumOffsets: 1 }],
          },
        ],
      }) satisfies ListOffsetsRequest,
  },
  {
    api: 'createTopics',
    versions: [0, 1, 2, 3],
    args: () => [
      {
        timeout: 30000,
        validateOnly: true,
        topics: [
          {
            topic: 'new-topic',
            numPartitions: 3,
            replicationFactor: 2,
            replicaAssignment: [{ partition: 0, replicas: [1, 2] }],
            configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
          },
          { topic: 'defaults' },
        ],
      },
    ],
    ours: (v) =>
      ({
        topics: [
          {
            name: 'new-topic',
            numPartitions: 3,
            replicationFactor: 2,
            assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }],
            configs: [{ name: 'cleanup.policy', value: 'compact' }],
          },
          { ...defaultCreateTopicsRequestCreatableTopic(), name: 'defaults', numPartitions: -1, replicationFactor: -1 },
        ],
        timeoutMs: 30000,
        validateOnly: v >= 1,
      }) satisfies CreateTopicsRequest,
  },
  {
    api: 'deleteTopics',
    versions: [0, 1],
    args: () => [{ topics: ['a', 'b'], timeout: 1000 }],
    ours: () => ({ topics: [], topicNames: ['a', 'b'], timeoutMs: 1000 }) satisfies DeleteTopicsRequest,
  },
  {
    api: 'createPartitions',
    versions: [0, 1],
    args: () => [
      {
        topicPartitions: [{ topic: 'orders', count: 6, assignments: [[1, 2], [2, 3]] }, { topic: 'plain', count: 2 }],
        validateOnly: true,
        timeout: 2500,
      },
    ],
    ours: () =>
      ({
        topics: [
          { name: 'orders', count: 6, assignments: [{ brokerIds: [1, 2] }, { brokerIds: [2, 3] }] },
          // kafkajs's default assignments [] goes out as null: "no manual assignment".
          { ...defaultCreatePartitionsRequestCreatePartitionsTopic(), name: 'plain', count: 2, assignments: null },
        ],
        timeoutMs: 2500,
        validateOnly: true,
      }) satisfies CreatePartitionsRequest,
  },
  {
    api: 'describeConfigs',
    versions: [0, 1, 2],
    args: () => [
      {
        resources: [
          { type: 2, name: 'orders', configNames: ['retention.ms'] },
          { type: 4, name: '1', configNames: [] },
        ],
        includeSynonyms: true,
      },
    ],
    ours: (v) =>
      ({
        resources: [
          { resourceType: 2, resourceName: 'orders', configurationKeys: ['retention.ms'] },
          // kafkajs writes [] as null, which Kafka reads as "every config".
          { resourceType: 4, resourceName: '1', configurationKeys: null },
        ],
        includeSynonyms: v >= 1,
        includeDocumentation: false,
      }) satisfies DescribeConfigsRequest,
  },
  {
    api: 'alterConfigs',
    versions: [0, 1],
    args: () => [
      {
        resources: [{ type: 2, name: 'orders', configEntries: [{ name: 'retention.ms', value: '1000' }] }],
        validateOnly: true,
      },
    ],
    ours: () =>
      ({
        resources: [{ resourceType: 2, resourceName: 'orders', configs: [{ name: 'retention.ms', value: '1000' }] }],
        validateOnly: true,
      }) satisfies AlterConfigsRequest,
  },
  {
    api: 'findCoordinator',
    versions: [0],
    args: () => [{ groupId: 'group-1' }],
    ours: () => ({ key: 'group-1', keyType: 0, coordinatorKeys: [] }) satisfies FindCoordinatorRequest,
  },
  {
    api: 'findCoordinator',
    versions: [1, 2],
    args: () => [{ coordinatorKey: 'txn-1', coordinatorType: 1 }],
    ours: () => ({ key: 'txn-1', keyType: 1, coordinatorKeys: [] }) satisfies FindCoordinatorRequest,
  },
  {
    api: 'joinGroup',
    versions: [0, 1, 2, 3, 4, 5],
    args: () => [
      {
        groupId: 'group-1',
        sessionTimeout: 30000,
        rebalanceTimeout: 60000,
        memberId: '',
        groupInstanceId: 'static-1',
        protocolType: 'consumer',
        groupProtocols: [{ name: 'RoundRobinAssigner', metadata: Buffer.from([0, 1, 0, 0, 0, 1, 0, 1, 0x61]) }],
      },
    ],
    ours: (v) =>
      ({
        ...defaultJoinGroupRequest(),
        groupId: 'group-1',
        sessionTimeoutMs: 30000,
        rebalanceTimeoutMs: v >= 1 ? 60000 : -1,
        memberId: '',
        groupInstanceId: v >= 5 ? 'static-1' : null,
        protocolType: 'consumer',
        protocols: [{ name: 'RoundRobinAssigner', metadata: Buffer.from([0, 1, 0, 0, 0, 1, 0, 1, 0x61]) }],
      }) satisfies JoinGroupRequest,
  },
  {
    api: 'syncGroup',
    versions: [0, 1, 2, 3],
    args: () => [
      {
        groupId: 'group-1',
        generationId: 4,
        memberId: 'member-1',
        groupInstanceId: 'static-1',
        groupAssignment: [{ memberId: 'member-1', memberAssignment: Buffer.from('assignment') }],
      },
    ],
    ours: (v) =>
      ({
        groupId: 'group-1',
        generationId: 4,
        memberId: 'member-1',
        groupInstanceId: v >= 3 ? 'static-1' : null,
        protocolType: null,
        protocolName: null,
        assignments: [{ memberId: 'member-1', assignment: Buffer.from('assignment') }],
      }) satisfies SyncGroupRequest,
  },
  {
    api: 'heartbeat',
    versions: [0, 1, 2, 3],
    args: () => [{ groupId: 'group-1', groupGenerationId: 4, memberId: 'member-1', groupInstanceId: 'static-1' }],
    ours: (v) =>
      ({
        groupId: 'group-1',
        generationId: 4,
        memberId: 'member-1',
        groupInstanceId: v >= 3 ? 'static-1' : null,
      }) satisfies HeartbeatRequest,
  },
  {
    api: 'leaveGroup',
    versions: [0, 1, 2],
    args: () => [{ groupId: 'group-1', memberId: 'member-1' }],
    ours: () => ({ groupId: 'group-1', memberId: 'member-1', members: [] }) satisfies LeaveGroupRequest,
  },
  {
    api: 'leaveGroup',
    versions: [3],
    args: () => [{ groupId: 'group-1', members: [{ memberId: 'member-1' }, { memberId: 'member-2', groupInstanceId: 'static-2' }] }],
    ours: () =>
      ({
        groupId: 'group-1',
        memberId: '',
        members: [
          { memberId: 'member-1', groupInstanceId: null, reason: null },
          { memberId: 'member-2', groupInstanceId: 'static-2', reason: null },
        ],
      }) satisfies LeaveGroupRequest,
  },
  {
    api: 'offsetCommit',
    versions: [0, 1, 2, 3, 4, 5],
    args: () => [
      {
        groupId: 'group-1',
        groupGenerationId: 4,
        memberId: 'member-1',
        retentionTime: '-1',
        topics: [
          {
            topic: 'orders',
            partitions: [
              { partition: 0, offset: '42', timestamp: '1700000000000', metadata: 'meta' },
              { partition: 1, offset: '9223372036854775807', timestamp: '-1' },
            ],
          },
        ],
      },
    ],
    ours: (v) =>
      ({
        ...defaultOffsetCommitRequest(),
        groupId: 'group-1',
        generationIdOrMemberEpoch: v >= 1 ? 4 : -1,
        memberId: v >= 1 ? 'member-1' : '',
        retentionTimeMs: -1n,
        topics: [
          {
            name: 'orders',
            partitions: [
              {
                ...defaultOffsetCommitRequestOffsetCommitRequestPartition(),
                partitionIndex: 0,
                committedOffset: 42n,
                commitTimestamp: v === 1 ? 1700000000000n : -1n,
                committedMetadata: 'meta',
              },
              {
                ...defaultOffsetCommitRequestOffsetCommitRequestPartition(),
                partitionIndex: 1,
                committedOffset: 2n ** 63n - 1n,
                committedMetadata: null,
              },
            ],
          },
        ],
      }) satisfies OffsetCommitRequest,
  },
  {
    api: 'offsetFetch',
    versions: [1, 2, 3, 4],
    args: () => [{ groupId: 'group-1', topics: [{ topic: 'orders', partitions: [{ partition: 0 }, { partition: 5 }] }] }],
    ours: () =>
      ({
        ...defaultOffsetFetchRequest(),
        groupId: 'group-1',
        topics: [{ name: 'orders', partitionIndexes: [0, 5] }],
      }) satisfies OffsetFetchRequest,
  },
  {
    // kafkajs writes [] as null, which Kafka reads (v2+) as "every partition of the group".
    api: 'offsetFetch',
    versions: [3, 4],
    args: () => [{ groupId: 'group-1', topics: [] }],
    ours: () => ({ ...defaultOffsetFetchRequest(), groupId: 'group-1', topics: null }) satisfies OffsetFetchRequest,
  },
  {
    api: 'describeGroups',
    versions: [0, 1, 2],
    args: () => [{ groupIds: ['group-1', 'group-2'] }],
    ours: () => ({ groups: ['group-1', 'group-2'], includeAuthorizedOperations: false }) satisfies DescribeGroupsRequest,
  },
  {
    api: 'listGroups',
    versions: [0, 1, 2],
    args: () => [],
    ours: () => ({ statesFilter: [], typesFilter: [] }) satisfies ListGroupsRequest,
  },
  {
    api: 'deleteGroups',
    versions: [0, 1],
    args: () => [['group-1', 'group-2']],
    ours: () => ({ groupsNames: ['group-1', 'group-2'] }) satisfies DeleteGroupsRequest,
  },
  {
    api: 'initProducerId',
    versions: [0, 1],
    args: () => [{ transactionalId: 'txn-1', transactionTimeout: 60000 }],
    ours: () =>
      ({ transactionalId: 'txn-1', transactionTimeoutMs: 60000, producerId: -1n, producerEpoch: -1 }) satisfies InitProducerIdRequest,
  },
  {
    api: 'initProducerId',
    versions: [0, 1],
    args: () => [{ transactionalId: null, transactionTimeout: 30000 }],
    ours: () =>
      ({ transactionalId: null, transactionTimeoutMs: 30000, producerId: -1n, producerEpoch: -1 }) satisfies InitProducerIdRequest,
  },
  {
    api: 'addPartitionsToTxn',
    versions: [0, 1],
    args: () => [
      { transactionalId: 'txn-1', producerId: '4611686018427387904', producerEpoch: 2, topics: [{ topic: 'orders', partitions: [0, 1] }] },
    ],
    ours: () =>
      ({
        ...defaultAddPartitionsToTxnRequest(),
        v3AndBelowTransactionalId: 'txn-1',
        v3AndBelowProducerId: 4611686018427387904n,
        v3AndBelowProducerEpoch: 2,
        v3AndBelowTopics: [{ name: 'orders', partitions: [0, 1] }],
      }) satisfies AddPartitionsToTxnRequest,
  },
  {
    api: 'addOffsetsToTxn',
    versions: [0, 1],
    args: () => [{ transactionalId: 'txn-1', producerId: '77', producerEpoch: 2, groupId: 'group-1' }],
    ours: () => ({ transactionalId: 'txn-1', producerId: 77n, producerEpoch: 2, groupId: 'group-1' }) satisfies AddOffsetsToTxnRequest,
  },
  {
    api: 'endTxn',
    versions: [0, 1],
    args: () => [{ transactionalId: 'txn-1', producerId: '77', producerEpoch: 2, transactionResult: true }],
    ours: () => ({ transactionalId: 'txn-1', producerId: 77n, producerEpoch: 2, committed: true }) satisfies EndTxnRequest,
  },
  {
    api: 'txnOffsetCommit',
    versions: [0, 1],
    args: () => [
      {
        transactionalId: 'txn-1',
        groupId: 'group-1',
        producerId: '77',
        producerEpoch: 2,
        topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '100', metadata: null }] }],
      },
    ],
    ours: () =>
      ({
        transactionalId: 'txn-1',
        groupId: 'group-1',
        producerId: 77n,
        producerEpoch: 2,
        generationId: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          { name: 'orders', partitions: [{ partitionIndex: 0, committedOffset: 100n, committedLeaderEpoch: -1, committedMetadata: null }] },
        ],
      }) satisfies TxnOffsetCommitRequest,
  },
  {
    api: 'deleteRecords',
    versions: [0, 1],
    args: () => [{ topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '-1' }, { partition: 1, offset: '500' }] }], timeout: 1000 }],
    ours: () =>
      ({
        topics: [
          {
            name: 'orders',
            partitions: [
              { partitionIndex: 0, offset: -1n },
              { partitionIndex: 1, offset: 500n },
            ],
          },
        ],
        timeoutMs: 1000,
      }) satisfies DeleteRecordsRequest,
  },
  {
    api: 'saslHandshake',
    versions: [0, 1],
    args: () => [{ mechanism: 'SCRAM-SHA-512' }],
    ours: () => ({ mechanism: 'SCRAM-SHA-512' }) satisfies SaslHandshakeRequest,
  },
  {
    // SaslAuthenticate's auth bytes are Kafka BYTES (int32 length); kafkajs's mechanisms pass a
    // buffer that already holds that length prefix, and the request writes it raw.
    api: 'saslAuthenticate',
    versions: [0, 1],
    args: () => [{ authBytes: Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('\0user\0pass\0')]) }],
    ours: () => ({ authBytes: Buffer.from('\0user\0pass\0') }) satisfies SaslAuthenticateRequest,
  },
  {
    api: 'createAcls',
    versions: [0],
    args: () => [
      { creations: [{ resourceType: 2, resourceName: 'orders', principal: 'User:alice', host: '*', operation: 3, permissionType: 3 }] },
    ],
    ours: () =>
      ({
        creations: [
          { resourceType: 2, resourceName: 'orders', resourcePatternType: 3, principal: 'User:alice', host: '*', operation: 3, permissionType: 3 },
        ],
      }) satisfies CreateAclsRequest,
  },
  {
    api: 'createAcls',
    versions: [1],
    args: () => [
      {
        creations: [
          { resourceType: 2, resourceName: 'ord', resourcePatternType: 4, principal: 'User:alice', host: '*', operation: 3, permissionType: 3 },
        ],
      },
    ],
    ours: () =>
      ({
        creations: [
          { resourceType: 2, resourceName: 'ord', resourcePatternType: 4, principal: 'User:alice', host: '*', operation: 3, permissionType: 3 },
        ],
      }) satisfies CreateAclsRequest,
  },
  {
    api: 'deleteAcls',
    versions: [1],
    args: () => [
      {
        filters: [
          { resourceType: 1, resourceName: null, resourcePatternType: 1, principal: 'User:bob', host: null, operation: 1, permissionType: 1 },
        ],
      },
    ],
    ours: () =>
      ({
        filters: [
          {
            resourceTypeFilter: 1,
            resourceNameFilter: null,
            patternTypeFilter: 1,
            principalFilter: 'User:bob',
            hostFilter: null,
            operation: 1,
            permissionType: 1,
          },
        ],
      }) satisfies DeleteAclsRequest,
  },
  {
    api: 'describeAcls',
    versions: [1],
    args: () => [
      { resourceType: 2, resourceName: 'orders', resourcePatternType: 3, principal: null, host: null, operation: 2, permissionType: 3 },
    ],
    ours: () =>
      ({
        resourceTypeFilter: 2,
        resourceNameFilter: 'orders',
        patternTypeFilter: 3,
        principalFilter: null,
        hostFilter: null,
        operation: 2,
        permissionType: 3,
      }) satisfies DescribeAclsRequest,
  },
  {
    api: 'alterPartitionReassignments',
    versions: [0],
    args: () => [{ timeout: 4000, topics: [{ topic: 'orders', partitionAssignment: [{ partition: 0, replicas: [3, 1, 2] }] }] }],
    ours: () =>
      ({
        timeoutMs: 4000,
        topics: [{ name: 'orders', partitions: [{ partitionIndex: 0, replicas: [3, 1, 2] }] }],
      }) satisfies AlterPartitionReassignmentsRequest,
  },
  {
    api: 'listPartitionReassignments',
    versions: [0],
    args: () => [{ timeout: 4000, topics: [{ topic: 'orders', partitions: [0, 2] }] }],
    ours: () => ({ timeoutMs: 4000, topics: [{ name: 'orders', partitionIndexes: [0, 2] }] }) satisfies ListPartitionReassignmentsRequest,
  },
  {
    api: 'listPartitionReassignments',
    versions: [0],
    args: () => [{ timeout: 4000 }],
    ours: () => ({ timeoutMs: 4000, topics: null }) satisfies ListPartitionReassignmentsRequest,
  },
];

async function kafkajsBytes(api: string, version: number, args: unknown[]): Promise<{ apiKey: number; frame: Buffer }> {
  const request = kafkajs(api, version)(...args);
  expect(request.apiVersion).toBe(version);
  const frame = await kafkajsFrame({ correlationId: CORRELATION_ID, clientId: CLIENT_ID, request });
  return { apiKey: request.apiKey, frame: frame.buffer };
}

function expectSameMessage(actual: object, expected: object): void {
  if (!isSameValue(actual, expected)) expect(actual).toEqual(expected);
  expect(isSameValue(actual, expected)).toBe(true);
}

describe('request frames match kafkajs 2.2 byte for byte', () => {
  for (const c of cases) {
    for (const version of c.versions) {
      it(`${c.api} v${version}`, async () => {
        const { apiKey, frame } = await kafkajsBytes(c.api, version, c.args(version));
        const message = c.ours(version);
        expect(ourFrame(apiKey, version, message).toString('hex')).toBe(frame.toString('hex'));
        const decoded = decodeFrame(apiKey, version, frame);
        expect(decoded.header).toEqual({
          requestApiKey: apiKey,
          requestApiVersion: version,
          correlationId: CORRELATION_ID,
          clientId: CLIENT_ID,
        });
        expectSameMessage(decoded.body, message);
      });
    }
  }
});

describe('produce requests match kafkajs around the opaque records', () => {
  const topicData = [
    {
      topic: 'orders',
      partitions: [
        { partition: 0, messages: [{ key: 'k1', value: 'v1', timestamp: 1700000000000 }, { key: null, value: 'v2', timestamp: 1700000000001 }] },
        { partition: 4, firstSequence: 0, messages: [{ key: 'k3', value: Buffer.alloc(5000, 7), timestamp: 1700000000002 }] },
      ],
    },
  ];
  for (const version of [0, 1, 2, 3, 4, 5, 6, 7]) {
    it(`produce v${version}`, async () => {
      const args = { acks: -1, timeout: 30000, transactionalId: 'txn-1', producerId: '5', producerEpoch: 1, topicData };
      const { apiKey, frame } = await kafkajsBytes('produce', version, [args]);
      const { body } = decodeFrame(apiKey, version, frame);
      const records = (body as ProduceRequest).topicData[0]!.partitionData.map((p) => p.records);
      // The records are what kafkajs built: a message set of format v0/v1 before Produce v3, a
      // v2 record batch (magic byte 2 at offset 16) from v3 on.
      for (const r of records) expect(r!.readInt8(16)).toBe(version >= 3 ? 2 : version >= 2 ? 1 : 0);
      const message: ProduceRequest = {
        ...defaultProduceRequest(),
        transactionalId: version >= 3 ? 'txn-1' : null,
        acks: -1,
        timeoutMs: 30000,
        topicData: [
          {
            name: 'orders',
            partitionData: [
              { index: 0, records: records[0]! },
              { index: 4, records: records[1]! },
            ],
          },
        ],
      };
      const ours = ourFrame(apiKey, version, message);
      expect(ours.toString('hex')).toBe(frame.toString('hex'));
      expectSameMessage(body, message);
    });
  }
});
