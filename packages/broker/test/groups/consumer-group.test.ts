// Goal: the KIP-848 consumer group protocol behaves as Kafka's GroupMetadataManager and
// CurrentAssignmentBuilder: the coordinator assigns (uniform, range), bumps the group epoch on
// membership, subscription and metadata changes, and reconciles members incrementally: a member
// first revokes what moves, others get it only once released, and members that keep partitions
// never lose them in between (no stop-the-world). Errors: FENCED_MEMBER_EPOCH, UNKNOWN_MEMBER_ID,
// UNRELEASED_INSTANCE_ID, STALE_MEMBER_EPOCH, UNSUPPORTED_ASSIGNOR, INVALID_REQUEST. Method: the
// pure GroupShard on a manual clock (ShardDriver) with scripted heartbeats; the assignors also
// under fast-check properties.
import fc from 'fast-check';
import { ErrorCode } from '@gregor/protocol';
import { describe, expect, it } from 'vitest';
import { rangeAssign, uniformAssign, type AssignorMember } from '../../src/groups/core/assignors.js';
import { ShardDriver } from './harness.js';

const T = 'id-t';
const parts = (a: ReadonlyArray<{ topicId: string; partitions: readonly number[] }> | null | undefined) => (a ?? []).flatMap((t) => t.partitions.map((p) => `${t.topicId.slice(3)}-${p}`)).sort();

/** Joins a member and returns its id and epoch. */
function join(d: ShardDriver, group = 'g', extra: Parameters<ShardDriver['consumerHeartbeat']>[1] extends infer R ? Partial<R> : never = {}) {
  const r = d.consumerHeartbeat(group, { memberEpoch: 0, ...extra });
  expect(r.errorCode).toBe(ErrorCode.NONE);
  return r;
}

describe('KIP-848 consumer groups: joining and incremental rebalances', () => {
  it('gives the first member every partition at epoch 1 and writes the group\'s records', () => {
    const d = new ShardDriver();
    const a = join(d);
    expect(a.memberId).toMatch(/^member-/);
    expect(a.memberEpoch).toBe(1);
    expect(a.heartbeatIntervalMs).toBe(5000);
    expect(parts(a.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3']);
    expect(d.log.map((r) => r.kind)).toEqual([
      'consumer-group-member',
      'consumer-group-partition-metadata',
      'consumer-group-metadata',
      'consumer-group-target-assignment-member',
      'consumer-group-target-assignment-metadata',
      'consumer-group-current-assignment',
    ]);
    expect(d.shard.consumerGroupDescribe('g', d.topics)).toMatchObject({ groupState: 'Stable', groupEpoch: 1, assignmentEpoch: 1, assignorName: 'uniform' });
  });

  it('moves partitions to a new member only after the old owner revoked them, and the old owner keeps the rest throughout', () => {
    const d = new ShardDriver();
    const a = join(d);
    const b = join(d);
    // b is in the group at epoch 2 but its target partitions are still a's: it waits (unreleased).
    expect(b.memberEpoch).toBe(2);
    expect(parts(b.assignment)).toEqual([]);
    expect(d.shard.consumerGroupDescribe('g', d.topics).groupState).toBe('Reconciling');

    // a's next heartbeat (still owning all four) shrinks its assignment: two pending revocation, epoch unchanged.
    const all = [{ topicId: T, partitions: [0, 1, 2, 3] }];
    const a1 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: all });
    expect(a1.memberEpoch).toBe(1);
    const kept = parts(a1.assignment);
    expect(kept).toHaveLength(2);
    // Until a stops owning them, nothing moves (a's heartbeats without owned partitions change nothing).
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1 }).assignment).toBeNull();
    expect(parts(d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2 }).assignment)).toEqual([]);
    // a revokes: it reports only the kept ones and moves to epoch 2.
    const keptOwned = [{ topicId: T, partitions: a1.assignment![0]!.partitions }];
    const a2 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: keptOwned });
    expect(a2.memberEpoch).toBe(2);
    expect(a2.assignment).toBeNull(); // unchanged
    // b now gets the released two.
    const b1 = d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2, owned: [] });
    expect(parts(b1.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3'].filter((p) => !kept.includes(p)));
    const described = d.shard.consumerGroupDescribe('g', d.topics);
    expect(described.groupState).toBe('Stable');
    expect(described.members.map((m) => m.memberEpoch)).toEqual([2, 2]);
  });

  it('a leaving member (epoch -1) bumps the epoch and the other takes its partitions at once', () => {
    const d = new ShardDriver();
    const a = join(d);
    const b = join(d);
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: [0, 1] }] });
    d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2, owned: [] });
    const left = d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: -1 });
    expect(left).toMatchObject({ errorCode: 0, memberEpoch: -1 });
    const a3 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 2, owned: [{ topicId: T, partitions: [0, 1] }] });
    expect(a3.memberEpoch).toBe(3);
    expect(parts(a3.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3']);
    expect(d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2 }).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('removes members whose session expires and fences one that does not revoke within its rebalance timeout', () => {
    const d = new ShardDriver({ consumerGroupSessionTimeoutMs: 10_000 });
    const a = join(d, 'g', { rebalanceTimeoutMs: 5000 });
    const b = join(d);
    d.advance(4000);
    d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2 });
    // a is asked to revoke, but keeps owning everything past its rebalance timeout.
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: [0, 1, 2, 3] }] });
    d.advance(4999);
    d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2 });
    expect(d.shard.consumerGroup('g')!.members.has(a.memberId!)).toBe(true);
    d.advance(1);
    expect(d.shard.consumerGroup('g')!.members.has(a.memberId!)).toBe(false);
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1 }).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const b2 = d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2, owned: [] });
    expect(parts(b2.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3']);
    // b stops heartbeating: its session (10 s) ends and the group is empty.
    d.advance(10_000);
    expect(d.shard.consumerGroupDescribe('g', d.topics).groupState).toBe('Empty');
  });

  it('fences wrong epochs with FENCED_MEMBER_EPOCH but accepts the previous epoch with a subset of partitions (lost response)', () => {
    const d = new ShardDriver();
    const a = join(d);
    join(d);
    const a1 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: [0, 1, 2, 3] }] });
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: a1.assignment![0]!.partitions }] });
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 7 }).errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
    // Epoch 1 is the previous epoch and it owns only what it still has: the epoch-2 answer was lost.
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: a1.assignment![0]!.partitions }] })).toMatchObject({ errorCode: 0, memberEpoch: 2 });
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: [0, 1, 2, 3] }] }).errorCode).toBe(ErrorCode.FENCED_MEMBER_EPOCH);
    expect(d.consumerHeartbeat('g', { memberId: 'nobody', memberEpoch: 3 }).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('validates requests: INVALID_REQUEST and UNSUPPORTED_ASSIGNOR', () => {
    const d = new ShardDriver();
    expect(d.consumerHeartbeat('', { memberEpoch: 0 }).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, rebalanceTimeoutMs: -1 }).errorMessage).toMatch(/RebalanceTimeoutMs/);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, owned: [{ topicId: T, partitions: [1] }] }).errorMessage).toMatch(/TopicPartitions must be empty/);
    expect(d.consumerHeartbeat('g', { memberEpoch: 3 }).errorMessage).toMatch(/MemberId can't be empty/);
    expect(d.consumerHeartbeat('g', { memberEpoch: -3, memberId: 'x' }).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, assignor: 'sticky' }).errorCode).toBe(ErrorCode.UNSUPPORTED_ASSIGNOR);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, regex: '(' }).errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(d.shard.groupCount).toBe(0);
  });
});

describe('KIP-848 consumer groups: subscriptions, metadata, static members', () => {
  it('follows subscription changes and new partitions with a new group epoch', () => {
    const d = new ShardDriver();
    d.topics.set('u', 2);
    const a = join(d);
    const a1 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, topics: ['t', 'u'] });
    expect(a1.memberEpoch).toBe(2);
    expect(parts(a1.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3', 'u-0', 'u-1']);
    d.topics.set('u', 3);
    const a2 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 2 });
    expect(a2.memberEpoch).toBe(3);
    expect(parts(a2.assignment)).toContain('u-2');
    // Unsubscribing from u: its partitions must be revoked first.
    const a3 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 3, topics: ['t'] });
    expect(parts(a3.assignment)).toEqual(['t-0', 't-1', 't-2', 't-3']);
    expect(a3.memberEpoch).toBe(3);
  });

  it('subscribes by regular expression (v1), matching whole topic names', () => {
    const d = new ShardDriver();
    d.topics.set('orders-eu', 1).set('orders-us', 1).set('audit-orders', 1);
    const a = d.consumerHeartbeat('g', { memberEpoch: 0, topics: null, regex: 'orders-.*' });
    expect(parts(a.assignment)).toEqual(['orders-eu-0', 'orders-us-0']);
    expect(d.shard.consumerGroupDescribe('g', d.topics).members[0]!.subscribedTopicRegex).toBe('orders-.*');
  });

  it('uses the range assignor when members ask for it: co-partitioned topics line up', () => {
    const d = new ShardDriver();
    d.topics.set('u', 4);
    const a = join(d, 'g', { topics: ['t', 'u'], assignor: 'range' });
    const b = join(d, 'g', { topics: ['t', 'u'], assignor: 'range' });
    const described = d.shard.consumerGroupDescribe('g', d.topics);
    expect(described.assignorName).toBe('range');
    const targets = new Map(described.members.map((m) => [m.memberId, m.targetAssignment.map((t) => `${t.topicName}:${t.partitions.join(',')}`)]));
    const [first, second] = [a.memberId!, b.memberId!].sort();
    expect(targets.get(first!)).toEqual(['t:0,1', 'u:0,1']);
    expect(targets.get(second!)).toEqual(['t:2,3', 'u:2,3']);
  });

  it('lets a static member leave for a while (epoch -2) keeping its partitions, and its next incarnation take them over', () => {
    const d = new ShardDriver();
    const a = join(d, 'g', { instanceId: 'host-a' });
    const other = join(d);
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, instanceId: 'host-a', owned: [{ topicId: T, partitions: [0, 1, 2, 3] }] });
    const aOwned = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, instanceId: 'host-a', owned: [{ topicId: T, partitions: [0, 1] }] });
    expect(aOwned.memberEpoch).toBe(2);
    const epochBefore = d.shard.consumerGroup('g')!.groupEpoch;
    expect(d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: -2, instanceId: 'host-a' })).toMatchObject({ errorCode: 0, memberEpoch: -2 });
    // Another process may not take the instance id while the first still holds it…
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, instanceId: 'host-b' }).errorCode).toBe(ErrorCode.NONE);
    // …but the restarted one takes a's place, partitions and epoch, without a group epoch bump.
    const again = d.consumerHeartbeat('g', { memberEpoch: 0, instanceId: 'host-a' });
    expect(again.errorCode).toBe(ErrorCode.NONE);
    expect(again.memberId).not.toBe(a.memberId);
    expect(parts(again.assignment).length).toBeGreaterThan(0);
    expect(d.shard.consumerGroup('g')!.members.has(a.memberId!)).toBe(false);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0, instanceId: 'host-a' }).errorCode).toBe(ErrorCode.UNRELEASED_INSTANCE_ID);
    expect(d.shard.consumerGroup('g')!.groupEpoch).toBe(epochBefore + 1); // host-b's join only
    void other;
  });
});

describe('KIP-848 consumer groups: offsets, admin and loading', () => {
  it('takes commits with the member epoch (OffsetCommit v9+): STALE_MEMBER_EPOCH, UNKNOWN_MEMBER_ID, UNSUPPORTED_VERSION', () => {
    const d = new ShardDriver();
    const a = join(d);
    const commit = (generationId: number, memberId = a.memberId!, v9 = true) => d.commit('g', [{ topic: 't', partition: 0, offset: 5 }], { memberId, generationId }, -1, v9).partitions[0]!.errorCode;
    expect(commit(1)).toBe(ErrorCode.NONE);
    expect(commit(0)).toBe(ErrorCode.STALE_MEMBER_EPOCH);
    expect(commit(1, a.memberId!, false)).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(commit(1, 'nobody')).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(commit(-1, '')).toBe(ErrorCode.UNKNOWN_MEMBER_ID); // an admin commit while the group has members
    expect(d.shard.validateOffsetFetch('g', a.memberId!, 0)).toBe(ErrorCode.STALE_MEMBER_EPOCH);
    expect(d.shard.validateOffsetFetch('g', a.memberId!, 1)).toBe(ErrorCode.NONE);
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: -1 });
    expect(commit(-1, '')).toBe(ErrorCode.NONE);
  });

  it('is listed as type consumer, shows through DescribeGroups, deletes only when empty, and gives way to a classic group when empty', () => {
    const d = new ShardDriver();
    const a = join(d);
    expect(d.shard.listGroups([], ['consumer'])).toEqual([{ groupId: 'g', protocolType: 'consumer', groupState: 'Stable', groupType: 'consumer' }]);
    expect(d.shard.listGroups([], ['classic'])).toEqual([]);
    const classicView = d.shard.describeGroup('g', d.topics);
    expect(classicView).toMatchObject({ groupState: 'Stable', protocolType: 'consumer', protocolData: 'uniform' });
    expect(classicView.members).toHaveLength(1);
    expect(d.deleteGroups(['g'])).toEqual([{ groupId: 'g', errorCode: ErrorCode.NON_EMPTY_GROUP }]);
    expect(d.joinNow('g', { clientId: 'classic' }).errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: -1 });
    expect(d.joinNow('g', { clientId: 'classic' }).errorCode).toBe(ErrorCode.NONE);
    expect(d.consumerHeartbeat('g', { memberEpoch: 0 }).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('deletes an empty consumer group with tombstones', () => {
    const d = new ShardDriver();
    const a = join(d);
    d.commit('g', [{ topic: 't', partition: 0, offset: 5 }], { memberId: a.memberId!, generationId: 1 }, -1, true);
    d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: -1 });
    expect(d.deleteGroups(['g'])).toEqual([{ groupId: 'g', errorCode: ErrorCode.NONE }]);
    expect(d.shard.consumerGroupDescribe('g', d.topics).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
    const reloaded = d.reloaded();
    expect(reloaded.groupCount).toBe(0);
  });

  it('rebuilds groups from their records: a new coordinator continues at the same epochs', () => {
    const d = new ShardDriver();
    const a = join(d);
    const b = join(d);
    const a1 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: [0, 1, 2, 3] }] });
    // Mid-reconciliation: a has partitions pending revocation, b waits for them.
    const loaded = d.reloaded();
    expect(loaded.consumerGroupDescribe('g', d.topics)).toEqual(d.shard.consumerGroupDescribe('g', d.topics));
    d.shard = loaded;
    const a2 = d.consumerHeartbeat('g', { memberId: a.memberId!, memberEpoch: 1, owned: [{ topicId: T, partitions: a1.assignment![0]!.partitions }] });
    expect(a2.memberEpoch).toBe(2);
    const b1 = d.consumerHeartbeat('g', { memberId: b.memberId!, memberEpoch: 2, owned: [] });
    expect(parts(b1.assignment)).toHaveLength(2);
    expect(d.shard.consumerGroupDescribe('g', d.topics).groupState).toBe('Stable');
  });
});

describe('server-side assignors', () => {
  const member = (memberId: string, topics: string[], previous: Record<string, number[]> = {}): AssignorMember => ({
    memberId,
    subscribedTopicIds: new Set(topics),
    previous: new Map(Object.entries(previous).map(([t, p]) => [t, new Set(p)])),
  });

  it('uniform: every partition once to a subscriber, counts within one of each other when subscriptions are equal, and sticky', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), (memberCount, counts) => {
        const topics = counts.map((_, i) => `T${i}`);
        const partitionCounts = new Map(counts.map((n, i) => [`T${i}`, n]));
        const members = Array.from({ length: memberCount }, (_, i) => member(`m${i}`, topics));
        const first = uniformAssign({ members, partitionCounts });
        const total = counts.reduce((a, b) => a + b, 0);
        const owners = new Map<string, string>();
        for (const [m, a] of first) for (const [t, ps] of a) for (const p of ps) {
          expect(owners.has(`${t}-${p}`)).toBe(false);
          owners.set(`${t}-${p}`, m);
        }
        expect(owners.size).toBe(total);
        const sizes = [...first.values()].map((a) => [...a.values()].reduce((n, s) => n + s.size, 0));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        // Stickiness: one more member joins; only partitions that the newcomer takes move.
        const withPrevious = members.map((m) => ({ ...m, previous: first.get(m.memberId)! }));
        const second = uniformAssign({ members: [...withPrevious, member('zz', topics)], partitionCounts });
        let moved = 0;
        for (const [m, a] of second) for (const [t, ps] of a) for (const p of ps) if (m !== 'zz' && owners.get(`${t}-${p}`) !== m) moved++;
        expect(moved).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('uniform: gives each topic only to its subscribers', () => {
    const a = uniformAssign({ members: [member('a', ['x']), member('b', ['x', 'y'])], partitionCounts: new Map([['x', 4], ['y', 4]]) });
    expect([...(a.get('a')!.get('y') ?? [])]).toEqual([]);
    expect(a.get('b')!.get('y')!.size).toBe(4);
    expect(a.get('a')!.get('x')!.size).toBe(4);
  });

  it('range: contiguous ranges per topic in member id order, the first members taking the remainder', () => {
    const r = rangeAssign({ members: [member('b', ['x']), member('a', ['x']), member('c', ['x'])], partitionCounts: new Map([['x', 7]]) });
    expect([...r.get('a')!.get('x')!]).toEqual([0, 1, 2]);
    expect([...r.get('b')!.get('x')!]).toEqual([3, 4]);
    expect([...r.get('c')!.get('x')!]).toEqual([5, 6]);
  });
});
