// Goal: linearizable reads through a read index (thesis 6.4), leadership transfer (thesis 3.10)
// and non-voting observers behave as specified, including their failure answers. Method:
// lockstep clusters with links cut to show when a read may and may not be answered, and when a
// transfer completes or is abandoned.
import { describe, expect, it } from 'vitest';
import { LockstepCluster } from '../sim/lockstep.js';
import { RaftError } from './types.js';

describe('read index', () => {
  it('the leader answers with its commit index once a quorum confirmed its leadership', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    c.node(1).propose(new Uint8Array([1]));
    c.stabilize();
    const res = c.node(1).readIndex();
    expect(res.ok).toBe(true);
    const drained = c.drain(1);
    // Not answered before the heartbeat round trip.
    expect(c.readStates.get(1)).toEqual([]);
    expect(drained.filter((m) => m.type === 'heartbeat')).toHaveLength(2);
    c.deliver(drained);
    c.stabilize();
    expect(c.readStates.get(1)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: 2, error: null }]);
  });

  it('an isolated leader never answers a read; it fails with NOT_LEADER when it steps down', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    c.isolate(1);
    const res = c.node(1).readIndex();
    expect(res.ok).toBe(true);
    c.tick(1, 15);
    expect(c.readStates.get(1)).toEqual([]);
    c.tick(1, 10);
    expect(c.node(1).status().role).toBe('follower');
    expect(c.readStates.get(1)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: -1, error: RaftError.notLeader }]);
  });

  it('a new leader answers reads only after its first entry commits', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.filter = (m) => m.type !== 'append-response';
    c.campaign(1);
    // Leader, but no acknowledgement arrives: nothing of its term commits.
    expect(c.node(1).status()).toMatchObject({ role: 'leader', commit: 0 });
    const res = c.node(1).readIndex();
    c.tick(1, 3);
    expect(c.readStates.get(1)).toEqual([]);
    c.filter = null;
    c.tick(1, 3);
    expect(c.readStates.get(1)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: 1, error: null }]);
  });

  it('a follower forwards the read to the leader and gets the leader’s read index', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    c.node(1).propose(new Uint8Array([5]));
    c.stabilize();
    const res = c.node(2).readIndex();
    c.stabilize();
    expect(c.readStates.get(2)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: 2, error: null }]);
  });

  it('a forwarded read times out with READ_TIMEOUT when the leader does not answer', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { readTimeoutTicks: 4 } });
    c.campaign(1);
    c.cutLink(2, 1);
    const res = c.node(2).readIndex();
    c.tick(2, 4);
    expect(c.readStates.get(2)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: -1, error: RaftError.readTimeout }]);
  });

  it('a node that knows no leader refuses reads with NOT_LEADER', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    expect(c.node(2).readIndex()).toEqual({ ok: false, error: RaftError.notLeader });
  });

  it('bounds pending reads with TOO_MANY_PENDING_READS', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { limits: { pendingReadsMax: 2 } } });
    c.campaign(1);
    c.isolate(1);
    expect(c.node(1).readIndex().ok).toBe(true);
    expect(c.node(1).readIndex().ok).toBe(true);
    expect(c.node(1).readIndex()).toEqual({ ok: false, error: RaftError.tooManyPendingReads });
  });
});

describe('leadership transfer', () => {
  it('hands leadership to an up-to-date voter in the next term', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    const term = c.node(1).status().term;
    expect(c.node(1).transferLeadership(3)).toEqual({ ok: true });
    c.stabilize();
    expect(c.leader()).toBe(3);
    expect(c.node(3).status().term).toBe(term + 1);
    expect(c.node(1).status()).toMatchObject({ role: 'follower', leaderId: 3 });
  });

  it('first brings a lagging target up to date, and refuses proposals meanwhile', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    c.isolate(3);
    for (let i = 0; i < 5; i++) c.node(1).propose(new Uint8Array([i]));
    c.stabilize();
    c.heal();
    expect(c.node(1).transferLeadership(3)).toEqual({ ok: true });
    expect(c.node(1).propose(new Uint8Array([9]))).toEqual({ ok: false, error: RaftError.leadershipTransferInProgress });
    c.stabilize();
    expect(c.leader()).toBe(3);
    expect(c.node(3).logEntries().slice(0, 6).map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('is abandoned after an election timeout when the target is unreachable', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], checkQuorum: false });
    c.campaign(1);
    c.isolate(3);
    c.node(1).transferLeadership(3);
    expect(c.node(1).status().leadTransferee).toBe(3);
    c.tick(1, 10);
    expect(c.node(1).status()).toMatchObject({ role: 'leader', leadTransferee: null });
    expect(c.node(1).propose(new Uint8Array([1])).ok).toBe(true);
  });

  it('refuses targets that are not voters, and requests on followers', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], observers: [4] });
    c.campaign(1);
    expect(c.node(1).transferLeadership(4)).toEqual({ ok: false, error: RaftError.notVoter });
    expect(c.node(2).transferLeadership(3)).toEqual({ ok: false, error: RaftError.notLeader });
  });
});

describe('observers', () => {
  it('follow and apply the log but never count toward commit', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], observers: [4] });
    c.campaign(1);
    c.node(1).propose(new Uint8Array([1]));
    c.stabilize();
    expect(c.applied.get(4)!.map((e) => e.index)).toEqual([1, 2]);
    // With both other voters gone, the observer's acknowledgement alone commits nothing.
    c.crash(2);
    c.crash(3);
    c.node(1).propose(new Uint8Array([2]));
    c.stabilize();
    expect(c.node(4).status().lastIndex).toBe(3);
    expect(c.node(1).status().commit).toBe(2);
  });

  it('can serve linearizable reads through the leader', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], observers: [4] });
    c.campaign(1);
    c.stabilize();
    const res = c.node(4).readIndex();
    c.stabilize();
    expect(c.readStates.get(4)).toEqual([{ requestId: res.ok ? res.requestId : -1, index: 1, error: null }]);
  });

  it('are not counted by check-quorum', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], observers: [4] });
    c.campaign(1);
    c.cutLink(2, 1);
    c.cutLink(3, 1);
    c.tick(1, 25);
    expect(c.node(1).status().role).toBe('follower');
  });
});
