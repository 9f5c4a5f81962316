// Goal: the group APIs' wire behaviour that clients depend on, version by version: coordinator
// errors before __consumer_offsets exists, FindCoordinator creating it (internal, 50 partitions,
// compacted) and answering batched keys (v4+, KIP-699), batched LeaveGroup (v3+), multi-group
// OffsetFetch (v8+, KIP-709) and v1's per-partition errors, DeleteGroups and OffsetDelete codes.
// Method: an in-process standalone broker and raw requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMetadataRequest, ErrorCode } from '@gregor/protocol';
import { startInProcess } from '../support/in-process.js';
import { RawClient } from '../support/raw-client.js';
import { subscription } from './harness.js';

let server: Awaited<ReturnType<typeof startInProcess>>;
let c: RawClient;

beforeAll(async () => {
  server = await startInProcess({ 'group.initial.rebalance.delay.ms': '0', 'num.partitions': '2' });
  c = await RawClient.connect(server.port);
});
afterAll(async () => {
  c?.close();
  await server?.stop();
});

const join = (groupId: string, memberId = '') =>
  c.request(11, 5, {
    groupId,
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 10_000,
    memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: subscription(['t']) }],
    reason: null,
  });

describe('group coordinator on the wire', () => {
  it('answers COORDINATOR_NOT_AVAILABLE until FindCoordinator has created __consumer_offsets', async () => {
    expect((await join('early')).errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    const r = await c.request(10, 4, { key: '', keyType: 0, coordinatorKeys: ['a', 'b', ''] });
    expect(r.coordinators.map((x) => [x.key, x.errorCode, x.nodeId])).toEqual([
      ['a', 0, 1],
      ['b', 0, 1],
      ['', ErrorCode.INVALID_GROUP_ID, -1],
    ]);
    const v0 = await c.request(10, 0, { key: 'a', keyType: 0, coordinatorKeys: [] });
    expect(v0).toMatchObject({ errorCode: 0, nodeId: 1, port: server.port });
    const md = await c.request(3, 12, { ...defaultMetadataRequest(), topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: '__consumer_offsets' }], allowAutoTopicCreation: false });
    expect(md.topics[0]).toMatchObject({ errorCode: 0, name: '__consumer_offsets', isInternal: true });
    expect(md.topics[0]!.partitions).toHaveLength(50);
    const cfg = await c.request(32, 4, { resources: [{ resourceType: 2, resourceName: '__consumer_offsets', configurationKeys: ['cleanup.policy', 'segment.bytes'] }], includeSynonyms: false, includeDocumentation: false });
    expect(Object.fromEntries(cfg.results[0]!.configs.map((e) => [e.name, e.value]))).toEqual({ 'cleanup.policy': 'compact', 'segment.bytes': '104857600' });
    expect((await join('early')).errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
  });

  it('leaves several members in one LeaveGroup (v3+) with an error per member; v0 reports the only member\'s error', async () => {
    const first = await join('leavers');
    const a = await join('leavers', first.memberId);
    expect(a.errorCode).toBe(0);
    const r = await c.request(13, 4, { groupId: 'leavers', memberId: '', members: [{ memberId: a.memberId, groupInstanceId: null, reason: null }, { memberId: 'ghost', groupInstanceId: null, reason: null }] });
    expect(r.errorCode).toBe(0);
    expect(r.members.map((m) => [m.memberId, m.errorCode])).toEqual([
      [a.memberId, 0],
      ['ghost', ErrorCode.UNKNOWN_MEMBER_ID],
    ]);
    expect((await c.request(13, 0, { groupId: 'leavers', memberId: 'ghost', members: [] })).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('fetches offsets of several groups at once (OffsetFetch v8) and sets v1 coordinator errors per partition', async () => {
    await c.request(19, 4, { topics: [{ name: 't', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 5000, validateOnly: false });
    const commit = await c.request(8, 8, {
      groupId: 'simple',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 11n, committedLeaderEpoch: 3, commitTimestamp: -1n, committedMetadata: 'x' }, { partitionIndex: 9, committedOffset: 1n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: null }] }],
    });
    expect(commit.topics[0]!.partitions.map((p) => p.errorCode)).toEqual([0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    const r = await c.request(9, 8, {
      groupId: '',
      topics: [],
      groups: [
        { groupId: 'simple', memberId: null, memberEpoch: -1, topics: null },
        { groupId: 'nobody', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [1] }] },
      ],
      requireStable: true,
    });
    expect(r.groups.map((g) => [g.groupId, g.errorCode, g.topics.flatMap((t) => t.partitions.map((p) => [t.name, p.partitionIndex, Number(p.committedOffset), p.committedLeaderEpoch, p.metadata]))])).toEqual([
      ['simple', 0, [['t', 0, 11, 3, 'x']]],
      ['nobody', 0, [['t', 1, -1, -1, '']]],
    ]);
    const v1 = await c.request(9, 1, { groupId: 'simple', topics: [{ name: 't', partitionIndexes: [0, 1] }], groups: [], requireStable: false });
    expect(v1.topics[0]!.partitions.map((p) => Number(p.committedOffset))).toEqual([11, -1]);
  });

  it('answers DeleteGroups and OffsetDelete with Kafka\'s codes', async () => {
    const del = await c.request(42, 2, { groupsNames: ['simple', 'missing', 'leavers'] });
    expect(del.results.map((r) => [r.groupId, r.errorCode])).toEqual([
      ['simple', 0],
      ['missing', ErrorCode.GROUP_ID_NOT_FOUND],
      ['leavers', ErrorCode.NONE],
    ]);
    expect((await c.request(47, 0, { groupId: 'missing', topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }] })).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const listed = await c.request(16, 4, { statesFilter: ['Empty', 'Stable'], typesFilter: [] });
    expect(listed.groups.map((g) => g.groupId)).not.toContain('simple');
  });
});
