// Goal: pre-vote (thesis 9.6) and check-quorum (thesis 6.2) keep a node that was partitioned away
// from disturbing a healthy leader, and a leader cut off from its quorum steps down. Method:
// lockstep clusters with links cut and healed; each protective behaviour is shown next to the
// same scenario with the feature off, so the tests prove they can fail.
import { describe, expect, it } from 'vitest';
import { LockstepCluster } from '../sim/lockstep.js';
import { RaftNode } from './node.js';
import { SeededRandom } from './random.js';

function leaderAndTerm(c: LockstepCluster): { leader: number | null; term: number } {
  const leader = c.leader();
  return { leader, term: leader === null ? -1 : c.node(leader).status().term };
}

describe('pre-vote', () => {
  it('a pre-candidate changes neither its term nor its vote and asks for term + 1', () => {
    const n = new RaftNode({ id: 1, voters: [1, 2, 3], electionTicks: 10, heartbeatTicks: 1, random: new SeededRandom(1) });
    for (let i = 0; i < 30 && n.status().role === 'follower'; i++) n.tick();
    expect(n.status()).toMatchObject({ role: 'pre-candidate', term: 0, votedFor: null });
    const r = n.ready();
    expect(r.hardState).toBeNull();
    expect(r.messages).toEqual([
      { type: 'pre-vote', from: 1, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false },
      { type: 'pre-vote', from: 1, to: 3, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false },
    ]);
    n.advance(r);
    n.step({ type: 'pre-vote-response', from: 2, to: 1, term: 1, reject: false });
    expect(n.status()).toMatchObject({ role: 'candidate', term: 1, votedFor: 1 });
    expect(n.ready().messages.map((m) => m.type)).toEqual(['vote', 'vote']);
  });

  it('granting a pre-vote changes nothing on the voter', () => {
    const n = new RaftNode({ id: 2, voters: [1, 2, 3], electionTicks: 10, heartbeatTicks: 1, random: new SeededRandom(2) });
    n.step({ type: 'pre-vote', from: 1, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    expect(n.status()).toMatchObject({ term: 0, votedFor: null });
    const r = n.ready();
    expect(r.hardState).toBeNull();
    expect(r.messages).toEqual([{ type: 'pre-vote-response', from: 2, to: 1, term: 1, reject: false }]);
  });

  it('a pre-candidate whose log is behind never starts a real election', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    c.node(1).propose(new Uint8Array([1]));
    c.cutLink(1, 3);
    c.stabilize(); // node 3 misses the entry
    c.crash(1);
    const termBefore = c.node(3).status().term;
    // Node 3 times out first but node 2 refuses it: 3's log is behind.
    c.node(3).tick();
    for (let i = 0; i < 30 && c.node(3).status().role === 'follower'; i++) c.node(3).tick();
    c.stabilize();
    expect(c.node(3).status().term).toBe(termBefore);
    expect(c.node(2).status().term).toBe(termBefore);
  });

  it('a node returning from a partition does not depose a healthy leader', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: true, checkQuorum: false });
    c.campaign(1);
    const before = leaderAndTerm(c);
    c.isolate(3);
    c.tickAll(100); // node 3 times out again and again, but only pre-campaigns
    expect(c.node(3).status().term).toBe(before.term);
    c.heal();
    c.tickAll(20);
    expect(leaderAndTerm(c)).toEqual(before);
  });

  it('without pre-vote or check-quorum the same returning node forces a new term', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: false, checkQuorum: false });
    c.campaign(1);
    const before = leaderAndTerm(c);
    c.isolate(3);
    c.tickAll(100);
    expect(c.node(3).status().term).toBeGreaterThan(before.term);
    c.heal();
    c.tickAll(20);
    expect(leaderAndTerm(c).term).toBeGreaterThan(before.term);
  });
});

describe('check-quorum', () => {
  it('a leader that hears from no majority for an election timeout steps down', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], checkQuorum: true });
    c.campaign(1);
    c.isolate(1);
    // The first check still sees the answers from before the cut; the second finds no one.
    c.tick(1, 10);
    expect(c.node(1).status().role).toBe('leader');
    c.tick(1, 10);
    expect(c.node(1).status().role).toBe('follower');
    expect(c.node(1).status().leaderId).toBeNull();
  });

  it('without check-quorum an isolated leader stays leader forever', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], checkQuorum: false });
    c.campaign(1);
    c.isolate(1);
    c.tick(1, 100);
    expect(c.node(1).status().role).toBe('leader');
  });

  it('a voter that heard from its leader within the election timeout ignores vote requests', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: false, checkQuorum: true });
    c.campaign(1);
    const { term, votedFor } = c.node(2).status();
    c.node(2).step({ type: 'vote', from: 3, to: 2, term: term + 5, lastIndex: 99, lastTerm: term + 4, isTransfer: false });
    expect(c.node(2).status()).toMatchObject({ term, leaderId: 1, votedFor });
    expect(c.drain(2)).toEqual([]);
  });

  it('a transfer campaign is not blocked by the lease', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: false, checkQuorum: true });
    c.campaign(1);
    const term = c.node(2).status().term;
    const lastIndex = c.node(3).status().lastIndex;
    c.node(2).step({ type: 'vote', from: 3, to: 2, term: term + 1, lastIndex, lastTerm: term, isTransfer: true });
    expect(c.node(2).status()).toMatchObject({ term: term + 1, votedFor: 3 });
  });

  it('with check-quorum but no pre-vote, a returning candidate is ignored yet cannot stay stuck', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: false, checkQuorum: true });
    c.campaign(1);
    c.isolate(3);
    c.tickAll(50);
    const staleTerm = c.node(3).status().term;
    expect(staleTerm).toBeGreaterThan(c.node(1).status().term);
    c.heal();
    c.tickAll(60);
    // The leader's heartbeat meets the higher term, the cluster re-elects, and everyone agrees.
    const { leader, term } = leaderAndTerm(c);
    expect(leader).not.toBeNull();
    expect(term).toBeGreaterThanOrEqual(staleTerm);
    for (const id of [1, 2, 3]) expect(c.node(id).status()).toMatchObject({ term, leaderId: leader });
  });
});
