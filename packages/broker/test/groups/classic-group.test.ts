// Goal: the classic rebalance protocol's state machine behaves as Kafka's GroupCoordinator does:
// generations, member ids (KIP-394), protocol selection, rebalance/session/sync timeouts, static
// membership (KIP-345, KIP-814), offset commits and their error codes. Method: drive the pure
// GroupShard on a manual clock through ShardDriver and check every reply and record.
import { ErrorCode } from '@gregor/protocol';
import { describe, expect, it } from 'vitest';
import { ShardDriver, assignment, subscription } from './harness.js';
import type { JoinReply, SyncReply } from '../../src/groups/core/classic-group.js';

/** Two members joined, synced and stable (rebalance delay 0). */
function stableGroup(d: ShardDriver, groupId = 'g') {
  const a = d.joinNow(groupId, { clientId: 'a' });
  expect(a.errorCode).toBe(ErrorCode.NONE);
  // The first member's join completes at once (no initial delay): generation 1 of one member.
  expect(a.generationId).toBe(1);
  d.syncNow(groupId, a.memberId, 1, [{ memberId: a.memberId, assignment: assignment({ t: [0, 1] }) }]);
  // The second member triggers a rebalance; the first learns of it by heartbeat and rejoins.
  const bId = d.join(groupId, { clientId: 'b' });
  expect(d.heartbeat(groupId, a.memberId, 1)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  const aId = d.join(groupId, { clientId: 'a', memberId: a.memberId });
  const a2 = d.reply<JoinReply>(aId)!;
  const b2 = d.reply<JoinReply>(bId)!;
  expect(a2.generationId).toBe(2);
  expect(b2.generationId).toBe(2);
  return { leader: a2, follower: b2 };
}

describe('classic group: join and sync', () => {
  it('asks a new dynamic member for a member id first (MEMBER_ID_REQUIRED, KIP-394), then admits it', () => {
    const d = new ShardDriver();
    const first = d.joinNow('g', { clientId: 'app', requireKnownMemberId: true });
    expect(first.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED);
    expect(first.memberId).toMatch(/^app-m\d+$/);
    expect(d.shard.describeGroup('g', d.topics).members).toEqual([]);
    const second = d.joinNow('g', { clientId: 'app', memberId: first.memberId, requireKnownMemberId: true });
    expect(second).toMatchObject({ errorCode: ErrorCode.NONE, memberId: first.memberId, leader: first.memberId, generationId: 1, protocolName: 'range', protocolType: 'consumer' });
    expect(second.members.map((m) => m.memberId)).toEqual([first.memberId]);
  });

  it('answers a JoinGroup with an unknown member id for a missing group with UNKNOWN_MEMBER_ID', () => {
    const d = new ShardDriver();
    expect(d.joinNow('g', { memberId: 'ghost' }).errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.shard.groupCount).toBe(0);
  });

  it('rejects session timeouts outside group.min/max.session.timeout.ms with INVALID_SESSION_TIMEOUT', () => {
    const d = new ShardDriver();
    expect(d.joinNow('g', { sessionTimeoutMs: 5999 }).errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect(d.joinNow('g', { sessionTimeoutMs: 1_800_001 }).errorCode).toBe(ErrorCode.INVALID_SESSION_TIMEOUT);
    expect(d.joinNow('', {}).errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
  });

  it('gives the leader every member with its metadata and followers none; SyncGroup hands each its assignment', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    expect(leader.leader).toBe(leader.memberId);
    expect(follower.leader).toBe(leader.memberId);
    expect(leader.members.map((m) => m.memberId).sort()).toEqual([leader.memberId, follower.memberId].sort());
    expect(follower.members).toEqual([]);
    // The follower's SyncGroup waits for the leader's.
    const followerSync = d.sync('g', follower.memberId, 2);
    expect(d.reply(followerSync)).toBeUndefined();
    const written = d.log.length;
    const leaderSync = d.sync('g', leader.memberId, 2, [
      { memberId: leader.memberId, assignment: assignment({ t: [0] }) },
      { memberId: follower.memberId, assignment: assignment({ t: [1] }) },
    ]);
    expect(d.reply<SyncReply>(leaderSync)!.assignment).toEqual(assignment({ t: [0] }));
    expect(d.reply<SyncReply>(followerSync)).toMatchObject({ errorCode: ErrorCode.NONE, protocolName: 'range', assignment: assignment({ t: [1] }) });
    // The assignment is persisted as one GroupMetadata record with both members.
    const record = d.log.slice(written).find((r) => r.kind === 'group-metadata')!;
    expect(record.kind === 'group-metadata' && record.value!.members.map((m) => m.assignment)).toEqual([assignment({ t: [0] }), assignment({ t: [1] })]);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('Stable');
  });

  it('selects the protocol every member supports that most of them prefer', () => {
    const d = new ShardDriver({ groupInitialRebalanceDelayMs: 1000 });
    const meta = subscription(['t']);
    const a = d.join('g', { clientId: 'a', protocols: [{ name: 'range', metadata: meta }, { name: 'roundrobin', metadata: meta }] });
    const b = d.join('g', { clientId: 'b', protocols: [{ name: 'roundrobin', metadata: meta }, { name: 'cooperative-sticky', metadata: meta }] });
    d.advance(1000);
    d.advance(1000);
    expect(d.reply<JoinReply>(a)!.protocolName).toBe('roundrobin');
    expect(d.reply<JoinReply>(b)!.protocolName).toBe('roundrobin');
    // A member sharing no protocol with the group cannot join.
    expect(d.joinNow('g', { clientId: 'c', protocols: [{ name: 'sticky', metadata: meta }] }).errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    expect(d.joinNow('g', { clientId: 'c', protocolType: 'connect' }).errorCode).toBe(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  });

  it('waits group.initial.rebalance.delay.ms for more members, extending it while they arrive', () => {
    const d = new ShardDriver({ groupInitialRebalanceDelayMs: 3000 });
    const a = d.join('g', { clientId: 'a', rebalanceTimeoutMs: 60_000 });
    d.advance(1000);
    const b = d.join('g', { clientId: 'b', rebalanceTimeoutMs: 60_000 });
    d.advance(2000); // the first delay is over, but b arrived meanwhile: one more delay
    expect(d.reply(a)).toBeUndefined();
    d.advance(2999);
    expect(d.reply(a)).toBeUndefined();
    d.advance(1);
    expect(d.reply<JoinReply>(a)!.generationId).toBe(1);
    expect(d.reply<JoinReply>(b)!.generationId).toBe(1);
  });

  it('returns the current generation to a follower rejoining a stable group with unchanged metadata, but rebalances for the leader', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    const again = d.joinNow('g', { clientId: 'b', memberId: follower.memberId });
    expect(again).toMatchObject({ errorCode: ErrorCode.NONE, generationId: 2, members: [] });
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('Stable');
    const leaderRejoin = d.join('g', { clientId: 'a', memberId: leader.memberId });
    expect(d.reply(leaderRejoin)).toBeUndefined();
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('PreparingRebalance');
  });
});

describe('classic group: rebalances and timeouts', () => {
  it('fences old generations with ILLEGAL_GENERATION and strangers with UNKNOWN_MEMBER_ID', () => {
    const d = new ShardDriver();
    const { leader } = stableGroup(d);
    expect(d.heartbeat('g', leader.memberId, 1)).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(d.heartbeat('g', 'nobody', 2)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.heartbeat('missing', 'nobody', 2)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.syncNow('g', leader.memberId, 1).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(d.commit('g', [{ topic: 't', partition: 0, offset: 5 }], { memberId: leader.memberId, generationId: 1 }).partitions[0]!.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
  });

  it('answers commits between JoinGroup and SyncGroup with REBALANCE_IN_PROGRESS', () => {
    const d = new ShardDriver();
    const { follower } = stableGroup(d);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('CompletingRebalance');
    expect(d.commit('g', [{ topic: 't', partition: 0, offset: 5 }], { memberId: follower.memberId, generationId: 2 }).partitions[0]!.errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(d.syncNow('g', follower.memberId, 1).errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
  });

  it('rebalances when a member leaves; the others learn it from heartbeats and rejoin without it', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    const left = d.leave('g', [{ memberId: follower.memberId }]);
    expect(left.members).toEqual([{ memberId: follower.memberId, groupInstanceId: null, errorCode: ErrorCode.NONE }]);
    expect(d.heartbeat('g', leader.memberId, 2)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    const rejoined = d.joinNow('g', { clientId: 'a', memberId: leader.memberId });
    expect(rejoined).toMatchObject({ generationId: 3, leader: leader.memberId });
    expect(rejoined.members.map((m) => m.memberId)).toEqual([leader.memberId]);
    expect(d.leave('g', [{ memberId: 'ghost' }]).members[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('removes a member whose session expires and rebalances the rest', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    d.syncNow('g', follower.memberId, 2);
    for (let i = 0; i < 3; i++) {
      d.advance(3000);
      expect(d.heartbeat('g', leader.memberId, 2)).toBe(ErrorCode.NONE);
    }
    // 12 s without a heartbeat from the follower (session 10 s): it is gone.
    d.advance(3000);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('PreparingRebalance');
    expect(d.heartbeat('g', leader.memberId, 2)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    expect(d.heartbeat('g', follower.memberId, 2)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.joinNow('g', { clientId: 'a', memberId: leader.memberId }).generationId).toBe(3);
  });

  it('completes a rebalance after the rebalance timeout without members that did not rejoin', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    d.syncNow('g', follower.memberId, 2);
    const rejoin = d.join('g', { clientId: 'a', memberId: leader.memberId, rebalanceTimeoutMs: 20_000 });
    // The follower keeps heartbeating (REBALANCE_IN_PROGRESS) but never rejoins.
    for (let t = 0; t < 29_000; t += 2000) {
      d.advance(2000);
      if (d.reply(rejoin) === undefined) expect(d.heartbeat('g', follower.memberId, 2)).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
    }
    const r = d.reply<JoinReply>(rejoin)!;
    expect(r.generationId).toBe(3);
    expect(r.members.map((m) => m.memberId)).toEqual([leader.memberId]);
    expect(d.heartbeat('g', follower.memberId, 2)).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });

  it('removes members that never send SyncGroup within the rebalance timeout and rebalances', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    // The follower never syncs; it keeps heartbeating so its session stays alive.
    for (let i = 0; i < 11; i++) {
      d.advance(3000);
      d.heartbeat('g', leader.memberId, d.shard.classicGroup('g')!.generationId);
      d.heartbeat('g', follower.memberId, 2);
    }
    expect(d.shard.classicGroup('g')!.members.has(follower.memberId)).toBe(false);
  });

  it('tells members waiting on SyncGroup to rejoin (REBALANCE_IN_PROGRESS) when a new member arrives', () => {
    const d = new ShardDriver();
    const { follower } = stableGroup(d);
    const waiting = d.sync('g', follower.memberId, 2);
    d.join('g', { clientId: 'c' });
    expect(d.reply<SyncReply>(waiting)!.errorCode).toBe(ErrorCode.REBALANCE_IN_PROGRESS);
  });

  it('refuses members past group.max.size with GROUP_MAX_SIZE_REACHED', () => {
    const d = new ShardDriver({ groupMaxSize: 1 });
    const a = d.joinNow('g', { clientId: 'a' });
    d.syncNow('g', a.memberId, 1, []);
    expect(d.joinNow('g', { clientId: 'b' }).errorCode).toBe(ErrorCode.GROUP_MAX_SIZE_REACHED);
  });
});

describe('classic group: static membership (KIP-345)', () => {
  it('lets a restarted static member take its place without a rebalance and fences the old member id', () => {
    const d = new ShardDriver();
    const a = d.joinNow('g', { clientId: 'a', instanceId: 'host-a' });
    expect(a.memberId).toMatch(/^host-a-/);
    d.syncNow('g', a.memberId, 1, [{ memberId: a.memberId, assignment: assignment({ t: [0, 1, 2] }) }]);
    const again = d.joinNow('g', { clientId: 'a', instanceId: 'host-a' });
    expect(again.errorCode).toBe(ErrorCode.NONE);
    expect(again.memberId).not.toBe(a.memberId);
    expect(again.generationId).toBe(1);
    // KIP-814: the static leader learns it leads but must not assign again.
    expect(again.skipAssignment).toBe(true);
    expect(again.leader).toBe(again.memberId);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('Stable');
    expect(d.syncNow('g', again.memberId, 1).assignment).toEqual(assignment({ t: [0, 1, 2] }));
    expect(d.heartbeat('g', a.memberId, 1, 'host-a')).toBe(ErrorCode.FENCED_INSTANCE_ID);
    expect(d.heartbeat('g', again.memberId, 1, 'host-a')).toBe(ErrorCode.NONE);
  });

  it('answers a pre-KIP-814 static leader with the previous leader id so it does not assign', () => {
    const d = new ShardDriver();
    const a = d.joinNow('g', { clientId: 'a', instanceId: 'host-a', skipAssignmentSupported: false });
    d.syncNow('g', a.memberId, 1, []);
    const again = d.joinNow('g', { clientId: 'a', instanceId: 'host-a', skipAssignmentSupported: false });
    expect(again.skipAssignment).toBe(false);
    expect(again.leader).toBe(a.memberId);
    expect(again.members).toEqual([]);
  });

  it('removes a static member by group.instance.id in LeaveGroup', () => {
    const d = new ShardDriver();
    const a = d.joinNow('g', { clientId: 'a', instanceId: 'host-a' });
    d.syncNow('g', a.memberId, 1, []);
    expect(d.leave('g', [{ memberId: '', groupInstanceId: 'host-a' }]).members[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(d.leave('g', [{ memberId: '', groupInstanceId: 'host-a' }]).members[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.leave('g', [{ memberId: 'other', groupInstanceId: 'host-b' }]).members[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
  });
});

describe('offsets', () => {
  it('stores commits of an assign() consumer (generation -1) into a new simple group and fetches them', () => {
    const d = new ShardDriver();
    const r = d.commit('simple', [{ topic: 't', partition: 0, offset: 42, metadata: 'm' }, { topic: 't', partition: 1, offset: 7 }]);
    expect(r.partitions.map((p) => p.errorCode)).toEqual([0, 0]);
    expect(d.shard.fetchOffsets('simple', [{ name: 't', partitions: [0, 1, 2] }])).toEqual([
      { topic: 't', partition: 0, offset: 42, leaderEpoch: 0, metadata: 'm', errorCode: 0 },
      { topic: 't', partition: 1, offset: 7, leaderEpoch: 0, metadata: '', errorCode: 0 },
      { topic: 't', partition: 2, offset: -1, leaderEpoch: -1, metadata: '', errorCode: 0 },
    ]);
    expect(d.shard.fetchOffsets('simple', null).map((o) => o.offset)).toEqual([42, 7]);
    expect(d.shard.listGroups([], [])).toEqual([{ groupId: 'simple', protocolType: '', groupState: 'Empty', groupType: 'classic' }]);
  });

  it('refuses generation -1 commits into a group with members (UNKNOWN_MEMBER_ID) and to a missing group with a generation (ILLEGAL_GENERATION)', () => {
    const d = new ShardDriver();
    const { leader } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    expect(d.commit('g', [{ topic: 't', partition: 0, offset: 1 }]).partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect(d.commit('g', [{ topic: 't', partition: 0, offset: 1 }], { memberId: leader.memberId, generationId: 2 }).partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(d.commit('nope', [{ topic: 't', partition: 0, offset: 1 }], { memberId: 'm', generationId: 3 }).partitions[0]!.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    expect(d.commit('g', [{ topic: 't', partition: 0, offset: 1, metadata: 'x'.repeat(4097) }], { memberId: leader.memberId, generationId: 2 }).partitions[0]!.errorCode).toBe(ErrorCode.OFFSET_METADATA_TOO_LARGE);
  });

  it('deletes only empty groups, with their offsets (tombstones)', () => {
    const d = new ShardDriver();
    const { leader } = stableGroup(d);
    d.commit('simple', [{ topic: 't', partition: 0, offset: 3 }]);
    expect(d.deleteGroups(['g', 'simple', 'missing'])).toEqual([
      { groupId: 'g', errorCode: ErrorCode.NON_EMPTY_GROUP },
      { groupId: 'simple', errorCode: ErrorCode.NONE },
      { groupId: 'missing', errorCode: ErrorCode.GROUP_ID_NOT_FOUND },
    ]);
    expect(d.log.slice(-2)).toEqual([
      { kind: 'offset-commit', groupId: 'simple', topic: 't', partition: 0, value: null },
      { kind: 'group-metadata', groupId: 'simple', value: null },
    ]);
    expect(d.shard.fetchOffsets('simple', null)).toEqual([]);
    void leader;
  });

  it('refuses OffsetDelete of a topic a consumer group still subscribes to (GROUP_SUBSCRIBED_TO_TOPIC)', () => {
    const d = new ShardDriver();
    const { leader } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, []);
    d.commit('g', [{ topic: 't', partition: 0, offset: 1 }, { topic: 'old', partition: 0, offset: 9 }], { memberId: leader.memberId, generationId: 2 });
    const r = d.deleteOffsets('g', [{ topic: 't', partition: 0 }, { topic: 'old', partition: 0 }]);
    expect(r).toEqual({ errorCode: 0, partitions: [{ topic: 't', partition: 0, errorCode: ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC }, { topic: 'old', partition: 0, errorCode: 0 }] });
    expect(d.shard.fetchOffsets('g', null).map((o) => o.topic)).toEqual(['t']);
    expect(d.deleteOffsets('missing', []).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });

  it('expires an empty group\'s offsets offsets.retention.minutes after it became empty, then the group', () => {
    const d = new ShardDriver({ offsetsRetentionMs: 60_000 });
    const a = d.joinNow('g', { clientId: 'a' });
    d.syncNow('g', a.memberId, 1, []);
    d.commit('g', [{ topic: 't', partition: 0, offset: 10 }], { memberId: a.memberId, generationId: 1 });
    d.advance(50_000);
    d.heartbeat('g', a.memberId, 1);
    d.expireOffsets();
    expect(d.shard.fetchOffsets('g', null)).toHaveLength(1); // stable and subscribed: kept
    d.leave('g', [{ memberId: a.memberId }]);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('Empty');
    d.advance(59_000);
    d.expireOffsets();
    expect(d.shard.fetchOffsets('g', null)).toHaveLength(1);
    d.advance(1000);
    d.expireOffsets();
    expect(d.shard.fetchOffsets('g', null)).toEqual([]);
    expect(d.shard.describeGroup('g', d.topics).groupState).toBe('Dead');
    expect(d.log.slice(-2).map((r) => r.kind)).toEqual(['offset-commit', 'group-metadata']);
  });

  it('honours an explicit retention time of OffsetCommit v2-4', () => {
    const d = new ShardDriver();
    d.commit('simple', [{ topic: 't', partition: 0, offset: 1 }], undefined, 5000);
    d.advance(4999);
    d.expireOffsets();
    expect(d.shard.fetchOffsets('simple', null)).toHaveLength(1);
    d.advance(1);
    d.expireOffsets();
    expect(d.shard.fetchOffsets('simple', null)).toEqual([]);
  });
});

describe('loading', () => {
  it('rebuilds groups and offsets from the records: a stable group keeps its generation and assignments', () => {
    const d = new ShardDriver();
    const { leader, follower } = stableGroup(d);
    d.syncNow('g', leader.memberId, 2, [
      { memberId: leader.memberId, assignment: assignment({ t: [0] }) },
      { memberId: follower.memberId, assignment: assignment({ t: [1] }) },
    ]);
    d.commit('g', [{ topic: 't', partition: 0, offset: 100 }], { memberId: leader.memberId, generationId: 2 });
    d.commit('simple', [{ topic: 'x', partition: 3, offset: 9 }]);
    d.deleteGroups(['simple']);
    const loaded = d.reloaded();
    expect(loaded.describeGroup('g', d.topics)).toEqual(d.shard.describeGroup('g', d.topics));
    expect(loaded.fetchOffsets('g', null)).toEqual(d.shard.fetchOffsets('g', null));
    expect(loaded.listGroups([], []).map((g) => g.groupId)).toEqual(['g']);
    // The members carry on in the same generation with the new coordinator.
    d.shard = loaded;
    expect(d.heartbeat('g', follower.memberId, 2)).toBe(ErrorCode.NONE);
    expect(d.syncNow('g', follower.memberId, 2).assignment).toEqual(assignment({ t: [1] }));
  });
});
