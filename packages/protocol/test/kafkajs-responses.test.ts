// Goal: responses our encoders write are read by a real client exactly as meant. Method: for each
// API and version kafkajs 2.2 implements among those a broker answers first (bootstrap, group
// membership, offsets, topic admin), encode one response with our generated encoder, decode the
// body with kafkajs's own response decoder (node_modules/kafkajs/src/protocol/requests/<api>/
// v<N>/response.js), compare with the object kafkajs should produce, and check that kafkajs read
// every byte (its Decoder is watched through its prototype for the duration of this file).
//
// kafkajs renames throttleTime to clientSideThrottleTime (and reports throttleTime 0) from the
// version where the broker stopped throttling before answering (KIP-219); the expected objects
// follow that.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Writer,
  apiSpec,
  defaultApiVersionsResponse,
  defaultCreateTopicsResponseCreatableTopicResult,
  defaultDescribeGroupsResponseDescribedGroup,
  defaultFindCoordinatorResponse,
  defaultJoinGroupResponse,
  defaultListOffsetsResponseListOffsetsPartitionResponse,
  defaultMetadataResponse,
  defaultMetadataResponseMetadataResponsePartition,
  defaultMetadataResponseMetadataResponseTopic,
  defaultOffsetFetchResponse,
  defaultOffsetFetchResponseOffsetFetchResponsePartition,
  defaultSyncGroupResponse,
  type ApiVersionsResponse,
  type CreateTopicsResponse,
  type DescribeGroupsResponse,
  type FindCoordinatorResponse,
  type HeartbeatResponse,
  type InitProducerIdResponse,
  type JoinGroupResponse,
  type LeaveGroupResponse,
  type ListOffsetsResponse,
  type MetadataResponse,
  type OffsetFetchResponse,
  type SaslHandshakeResponse,
  type SyncGroupResponse,
} from '../src/index.js';

const require = createRequire(import.meta.url);

interface KafkajsDecoder {
  buffer: Buffer;
  offset: number;
}
const Decoder = require('kafkajs/src/protocol/decoder.js') as { prototype: Record<string, unknown> };

/** The furthest position kafkajs's decoders reached in the buffer under test. */
let watched: Buffer | null = null;
let consumed = 0;
const originals = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(() => {
  for (const name of Object.getOwnPropertyNames(Decoder.prototype)) {
    const method = Decoder.prototype[name];
    if (!name.startsWith('read') || typeof method !== 'function') continue;
    originals.set(name, method as (...args: unknown[]) => unknown);
    Decoder.prototype[name] = function (this: KafkajsDecoder, ...args: unknown[]) {
      const result = (method as (...a: unknown[]) => unknown).apply(this, args);
      if (this.buffer === watched) consumed = Math.max(consumed, this.offset);
      return result;
    };
  }
});
afterAll(() => {
  for (const [name, method] of originals) Decoder.prototype[name] = method;
});

async function kafkajsDecode(api: string, version: number, body: Buffer): Promise<unknown> {
  const { decode } = require(`kafkajs/src/protocol/requests/${api}/v${version}/response.js`) as {
    decode: (b: Buffer) => Promise<unknown>;
  };
  watched = body;
  consumed = 0;
  try {
    return await decode(body);
  } finally {
    watched = null;
  }
}

/** kafkajs's throttle fields: renamed to clientSideThrottleTime from `since` (KIP-219). */
function throttle(version: number, since: number, ms: number): Record<string, number> {
  return version >= since ? { throttleTime: 0, clientSideThrottleTime: ms } : { throttleTime: ms };
}

interface ResponseCase {
  readonly api: string;
  readonly apiKey: number;
  readonly versions: readonly number[];
  readonly ours: (version: number) => object;
  readonly kafkajs: (version: number) => unknown;
}

const metadataMember = Buffer.from([0, 1, 0, 0, 0, 1, 0, 1, 0x61, 0, 0, 0, 0]);

const cases: ResponseCase[] = [
  {
    api: 'apiVersions',
    apiKey: 18,
    versions: [0, 1, 2],
    ours: (v) =>
      ({
        ...defaultApiVersionsResponse(),
        errorCode: 0,
        apiKeys: [
          { apiKey: 0, minVersion: 3, maxVersion: 11 },
          { apiKey: 18, minVersion: 0, maxVersion: 4 },
        ],
        throttleTimeMs: v >= 1 ? 12 : 0,
      }) satisfies ApiVersionsResponse,
    kafkajs: (v) => ({
      errorCode: 0,
      apiVersions: [
        { apiKey: 0, minVersion: 3, maxVersion: 11 },
        { apiKey: 18, minVersion: 0, maxVersion: 4 },
      ],
      ...(v >= 1 ? throttle(v, 2, 12) : {}),
    }),
  },
  {
    api: 'metadata',
    apiKey: 3,
    versions: [0, 1, 2, 3, 4, 5, 6],
    ours: (v) =>
      ({
        ...defaultMetadataResponse(),
        throttleTimeMs: v >= 3 ? 7 : 0,
        brokers: [
          { nodeId: 1, host: 'broker-1.local', port: 9092, rack: v >= 1 ? 'rack-a' : null },
          { nodeId: 2, host: '127.0.0.1', port: 19092, rack: null },
        ],
        clusterId: v >= 2 ? 'cluster-Ω' : null,
        controllerId: v >= 1 ? 2 : -1,
        topics: [
          {
            ...defaultMetadataResponseMetadataResponseTopic(),
            errorCode: 0,
            name: 'orders',
            isInternal: false,
            partitions: [
              {
                ...defaultMetadataResponseMetadataResponsePartition(),
                errorCode: 0,
                partitionIndex: 0,
                leaderId: 1,
                replicaNodes: [1, 2],
                isrNodes: [1],
                offlineReplicas: v >= 5 ? [2] : [],
              },
            ],
          },
          { ...defaultMetadataResponseMetadataResponseTopic(), errorCode: 3, name: 'missing', isInternal: v >= 1, partitions: [] },
        ],
      }) satisfies MetadataResponse,
    kafkajs: (v) => ({
      ...(v >= 3 ? throttle(v, 6, 7) : {}),
      brokers: [
        { nodeId: 1, host: 'broker-1.local', port: 9092, ...(v >= 1 ? { rack: 'rack-a' } : {}) },
        { nodeId: 2, host: '127.0.0.1', port: 19092, ...(v >= 1 ? { rack: null } : {}) },
      ],
      ...(v >= 2 ? { clusterId: 'cluster-Ω' } : {}),
      ...(v >= 1 ? { controllerId: 2 } : {}),
      topicMetadata: [
        {
          topicErrorCode: 0,
          topic: 'orders',
          ...(v >= 1 ? { isInternal: false } : {}),
          partitionMetadata: [
            { partitionErrorCode: 0, partitionId: 0, leader: 1, replicas: [1, 2], isr: [1], ...(v >= 5 ? { offlineReplicas: [2] } : {}) },
          ],
        },
        { topicErrorCode: 3, topic: 'missing', ...(v >= 1 ? { isInternal: true } : {}), partitionMetadata: [] },
      ],
    }),
  },
  {
    api: 'findCoordinator',
    apiKey: 10,
    versions: [0, 1, 2],
    ours: (v) =>
      ({
        ...defaultFindCoordinatorResponse(),
        throttleTimeMs: v >= 1 ? 3 : 0,
        errorCode: 0,
        errorMessage: v >= 1 ? 'NONE' : null,
        nodeId: 2,
        host: 'broker-2.local',
        port: 9093,
      }) satisfies FindCoordinatorResponse,
    kafkajs: (v) => ({
      ...(v >= 1 ? throttle(v, 2, 3) : {}),
      errorCode: 0,
      ...(v >= 1 ? { errorMessage: 'NONE' } : {}),
      coordinator: { nodeId: 2, host: 'broker-2.local', port: 9093 },
    }),
  },
  {
    api: 'heartbeat',
    apiKey: 12,
    versions: [0, 1, 2, 3],
    ours: (v) => ({ throttleTimeMs: v >= 1 ? 9 : 0, errorCode: 27 }) satisfies HeartbeatResponse,
    kafkajs: (v) => ({ ...(v >= 1 ? throttle(v, 2, 9) : {}), errorCode: 27 }),
  },
  {
    api: 'joinGroup',
    apiKey: 11,
    versions: [0, 1, 2, 3, 4, 5],
    ours: (v) =>
      ({
        ...defaultJoinGroupResponse(),
        throttleTimeMs: v >= 2 ? 4 : 0,
        errorCode: 0,
        generationId: 3,
        protocolName: 'RoundRobinAssigner',
        leader: 'member-1',
        memberId: 'member-1',
        members: [{ memberId: 'member-1', groupInstanceId: v >= 5 ? 'static-1' : null, metadata: metadataMember }],
      }) satisfies JoinGroupResponse,
    kafkajs: (v) => ({
      ...(v >= 2 ? throttle(v, 3, 4) : {}),
      errorCode: 0,
      generationId: 3,
      groupProtocol: 'RoundRobinAssigner',
      leaderId: 'member-1',
      memberId: 'member-1',
      members: [{ memberId: 'member-1', ...(v >= 5 ? { groupInstanceId: 'static-1' } : {}), memberMetadata: metadataMember }],
    }),
  },
  {
    api: 'syncGroup',
    apiKey: 14,
    versions: [0, 1, 2, 3],
    ours: (v) =>
      ({ ...defaultSyncGroupResponse(), throttleTimeMs: v >= 1 ? 5 : 0, errorCode: 0, assignment: metadataMember }) satisfies SyncGroupResponse,
    kafkajs: (v) => ({ ...(v >= 1 ? throttle(v, 2, 5) : {}), errorCode: 0, memberAssignment: metadataMember }),
  },
  {
    api: 'leaveGroup',
    apiKey: 13,
    versions: [0, 1, 2, 3],
    ours: (v) =>
      ({
        throttleTimeMs: v >= 1 ? 6 : 0,
        errorCode: 0,
        members: v >= 3 ? [{ memberId: 'member-1', groupInstanceId: null, errorCode: 25 }] : [],
      }) satisfies LeaveGroupResponse,
    kafkajs: (v) => ({
      ...(v >= 1 ? throttle(v, 2, 6) : {}),
      errorCode: 0,
      ...(v >= 3 ? { members: [{ memberId: 'member-1', groupInstanceId: null, errorCode: 25 }] } : {}),
    }),
  },
  {
    api: 'listOffsets',
    apiKey: 2,
    versions: [0, 1, 2, 3],
    ours: (v) =>
      ({
        throttleTimeMs: v >= 2 ? 8 : 0,
        topics: [
          {
            name: 'orders',
            partitions: [
              {
                ...defaultListOffsetsResponseListOffsetsPartitionResponse(),
                partitionIndex: 1,
                errorCode: 0,
                oldStyleOffsets: v === 0 ? [9007199254740993n, 0n] : [],
                timestamp: v >= 1 ? 1700000000000n : -1n,
                offset: v >= 1 ? 9223372036854775807n : -1n,
              },
            ],
          },
        ],
      }) satisfies ListOffsetsResponse,
    kafkajs: (v) => ({
      ...(v >= 2 ? throttle(v, 3, 8) : {}),
      responses: [
        {
          topic: 'orders',
          partitions: [
            v === 0
              ? { partition: 1, errorCode: 0, offsets: ['9007199254740993', '0'] }
              : { partition: 1, errorCode: 0, timestamp: '1700000000000', offset: '9223372036854775807' },
          ],
        },
      ],
    }),
  },
  {
    api: 'offsetFetch',
    apiKey: 9,
    versions: [1, 2, 3, 4],
    ours: (v) =>
      ({
        ...defaultOffsetFetchResponse(),
        throttleTimeMs: v >= 3 ? 2 : 0,
        errorCode: v >= 2 ? 0 : 0,
        topics: [
          {
            name: 'orders',
            partitions: [
              { ...defaultOffsetFetchResponseOffsetFetchResponsePartition(), partitionIndex: 0, committedOffset: 42n, metadata: 'm', errorCode: 0 },
              { ...defaultOffsetFetchResponseOffsetFetchResponsePartition(), partitionIndex: 1, committedOffset: -1n, metadata: null, errorCode: 0 },
            ],
          },
        ],
      }) satisfies OffsetFetchResponse,
    kafkajs: (v) => ({
      ...(v >= 3 ? throttle(v, 4, 2) : {}),
      responses: [
        {
          topic: 'orders',
          partitions: [
            { partition: 0, offset: '42', metadata: 'm', errorCode: 0 },
            { partition: 1, offset: '-1', metadata: null, errorCode: 0 },
          ],
        },
      ],
      ...(v >= 2 ? { errorCode: 0 } : {}),
    }),
  },
  {
    api: 'createTopics',
    apiKey: 19,
    versions: [0, 1, 2, 3],
    ours: (v) =>
      ({
        throttleTimeMs: v >= 2 ? 1 : 0,
        topics: [
          { ...defaultCreateTopicsResponseCreatableTopicResult(), name: 'a-topic', errorCode: 0, errorMessage: null },
          { ...defaultCreateTopicsResponseCreatableTopicResult(), name: 'b-topic', errorCode: 36, errorMessage: v >= 1 ? 'exists' : null },
        ],
      }) satisfies CreateTopicsResponse,
    kafkajs: (v) => ({
      ...(v >= 2 ? throttle(v, 3, 1) : {}),
      topicErrors: [
        { topic: 'a-topic', errorCode: 0, ...(v >= 1 ? { errorMessage: null } : {}) },
        { topic: 'b-topic', errorCode: 36, ...(v >= 1 ? { errorMessage: 'exists' } : {}) },
      ],
    }),
  },
  {
    api: 'initProducerId',
    apiKey: 22,
    versions: [0, 1],
    ours: () => ({ throttleTimeMs: 3, errorCode: 0, producerId: 4611686018427387904n, producerEpoch: 7 }) satisfies InitProducerIdResponse,
    kafkajs: (v) => ({ ...throttle(v, 1, 3), errorCode: 0, producerId: '4611686018427387904', producerEpoch: 7 }),
  },
  {
    api: 'saslHandshake',
    apiKey: 17,
    versions: [0, 1],
    ours: () => ({ errorCode: 0, mechanisms: ['PLAIN', 'SCRAM-SHA-256'] }) satisfies SaslHandshakeResponse,
    kafkajs: () => ({ errorCode: 0, enabledMechanisms: ['PLAIN', 'SCRAM-SHA-256'] }),
  },
  {
    api: 'describeGroups',
    apiKey: 15,
    versions: [0, 1, 2],
    ours: (v) =>
      ({
        throttleTimeMs: v >= 1 ? 11 : 0,
        groups: [
          {
            ...defaultDescribeGroupsResponseDescribedGroup(),
            errorCode: 0,
            groupId: 'group-1',
            groupState: 'Stable',
            protocolType: 'consumer',
            protocolData: 'RoundRobinAssigner',
            members: [
              {
                memberId: 'member-1',
                groupInstanceId: null,
                clientId: 'client-1',
                clientHost: '/127.0.0.1',
                memberMetadata: metadataMember,
                memberAssignment: Buffer.alloc(0),
              },
            ],
          },
        ],
      }) satisfies DescribeGroupsResponse,
    kafkajs: (v) => ({
      ...(v >= 1 ? throttle(v, 2, 11) : {}),
      groups: [
        {
          errorCode: 0,
          groupId: 'group-1',
          state: 'Stable',
          protocolType: 'consumer',
          protocol: 'RoundRobinAssigner',
          members: [
            { memberId: 'member-1', clientId: 'client-1', clientHost: '/127.0.0.1', memberMetadata: metadataMember, memberAssignment: Buffer.alloc(0) },
          ],
        },
      ],
    }),
  },
];

describe('kafkajs 2.2 reads our responses as meant', () => {
  for (const c of cases) {
    for (const version of c.versions) {
      it(`${c.api} v${version}`, async () => {
        const w = new Writer();
        (apiSpec(c.apiKey)!.encodeResponse as (w: Writer, v: number, m: object) => void)(w, version, c.ours(version));
        const body = w.toBuffer();
        const decoded = await kafkajsDecode(c.api, version, body);
        expect(decoded).toEqual(c.kafkajs(version));
        expect(consumed).toBe(body.length);
      });
    }
  }
});
