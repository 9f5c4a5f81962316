// Goal: each rule of the Raft paper's figure 2 holds in the core, one test per rule, plus the
// durability contract of ready/advance. Method: drive a single RaftNode with hand-built messages
// and inspect the ready batches it produces, or run small lockstep clusters for multi-node rules.
import { describe, expect, it } from 'vitest';
import { LockstepCluster } from '../sim/lockstep.js';
import { RaftNode, type RaftNodeConfig, type RaftStorageState } from './node.js';
import { SeededRandom } from './random.js';
import { EntryType, RaftError, type Entry, type Message, type Ready } from './types.js';

function e(index: number, term: number, type: EntryType = EntryType.normal): Entry {
  return { index, term, type, data: new Uint8Array([index & 0xff, term & 0xff]) };
}

function newNode(
  id: number,
  voters: number[],
  storage?: Partial<RaftStorageState>,
  config?: Partial<RaftNodeConfig>,
): RaftNode {
  return new RaftNode(
    { id, voters, electionTicks: 10, heartbeatTicks: 1, random: new SeededRandom(id), ...config },
    {
      hardState: storage?.hardState ?? { term: 0, votedFor: null },
      snapshot: storage?.snapshot ?? null,
      entries: storage?.entries ?? [],
    },
  );
}

/** Takes one ready batch and acknowledges it (as if persisted, sent and applied). */
function drive(n: RaftNode): Ready {
  const r = n.ready();
  n.advance(r);
  return r;
}

function allMessages(r: Ready): Message[] {
  return [...r.messagesEarly, ...r.messages];
}

function tickUntilRole(n: RaftNode, role: string, max = 100): void {
  for (let i = 0; i < max && n.status().role !== role; i++) n.tick();
  expect(n.status().role).toBe(role);
}

describe('figure 2: rules for all servers', () => {
  it('adopts a higher term from any request or response and becomes follower', () => {
    const n = newNode(1, [1, 2, 3], { hardState: { term: 2, votedFor: null } });
    n.step({ type: 'heartbeat-response', from: 2, to: 1, term: 5, readSeq: 0 });
    expect(n.status()).toMatchObject({ term: 5, role: 'follower', votedFor: null });
    const r = drive(n);
    expect(r.hardState).toEqual({ term: 5, votedFor: null });
  });

  it('a leader seeing a higher term steps down', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    expect(c.leader()).toBe(1);
    c.node(1).step({ type: 'append-response', from: 2, to: 1, term: 9, reject: true, index: 0, hintIndex: 0, hintTerm: 0 });
    expect(c.node(1).status()).toMatchObject({ role: 'follower', term: 9 });
  });

  it('applies committed entries in order, and only once they are durable locally', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 1, votedFor: null } });
    n.step({ type: 'append', from: 1, to: 2, term: 1, prevIndex: 0, prevTerm: 0, entries: [e(1, 1), e(2, 1)], commit: 2 });
    const r1 = n.ready();
    // The entries are handed out for persistence in this batch, so none may be applied yet.
    expect(r1.entries.map((x) => x.index)).toEqual([1, 2]);
    expect(r1.committedEntries).toEqual([]);
    n.advance(r1);
    const r2 = drive(n);
    expect(r2.committedEntries.map((x) => x.index)).toEqual([1, 2]);
    expect(n.status().applied).toBe(2);
  });
});

describe('figure 2: followers', () => {
  it('ignores messages from an older term without changing state', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 3, votedFor: null } }, { checkQuorum: false, preVote: false });
    n.step({ type: 'vote', from: 1, to: 2, term: 2, lastIndex: 9, lastTerm: 2, isTransfer: false });
    expect(n.status()).toMatchObject({ term: 3, votedFor: null });
    expect(n.hasReady()).toBe(false);
  });

  it('starts an election after the election timeout without hearing from a leader', () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    for (let i = 0; i < 9; i++) n.tick();
    expect(n.status().role).toBe('follower'); // below the minimum timeout
    tickUntilRole(n, 'candidate', 20);
  });

  it('a heartbeat from the leader resets the election timer', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 1, votedFor: null } }, { preVote: false });
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 9; i++) n.tick();
      n.step({ type: 'heartbeat', from: 1, to: 2, term: 1, commit: 0, readSeq: 0 });
    }
    expect(n.status()).toMatchObject({ role: 'follower', leaderId: 1, term: 1 });
  });

  it('granting a vote resets the election timer', () => {
    const n = newNode(3, [1, 2, 3], {}, { preVote: false, checkQuorum: false });
    for (let i = 0; i < 9; i++) n.tick();
    n.step({ type: 'vote', from: 1, to: 3, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    for (let i = 0; i < 9; i++) n.tick();
    expect(n.status().role).toBe('follower');
  });
});

describe('figure 2: candidates', () => {
  it('on conversion increments the term, votes for itself and asks every voter', () => {
    const n = newNode(1, [1, 2, 3], { hardState: { term: 4, votedFor: null }, entries: [e(1, 2), e(2, 4)] }, { preVote: false });
    tickUntilRole(n, 'candidate');
    const r = drive(n);
    expect(r.hardState).toEqual({ term: 5, votedFor: 1 });
    // Vote requests promise a durable vote: they wait for persistence.
    expect(r.messagesEarly).toEqual([]);
    expect(r.messages).toEqual([
      { type: 'vote', from: 1, to: 2, term: 5, lastIndex: 2, lastTerm: 4, isTransfer: false },
      { type: 'vote', from: 1, to: 3, term: 5, lastIndex: 2, lastTerm: 4, isTransfer: false },
    ]);
  });

  it('becomes leader with votes from a majority, counting only the current term', () => {
    const n = newNode(1, [1, 2, 3, 4, 5], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    drive(n);
    n.step({ type: 'vote-response', from: 2, to: 1, term: 1, reject: false });
    expect(n.status().role).toBe('candidate');
    n.step({ type: 'vote-response', from: 3, to: 1, term: 1, reject: true });
    n.step({ type: 'vote-response', from: 3, to: 1, term: 1, reject: false }); // duplicate: first answer counts
    expect(n.status().role).toBe('candidate');
    n.step({ type: 'vote-response', from: 4, to: 1, term: 1, reject: false });
    expect(n.status()).toMatchObject({ role: 'leader', term: 1, leaderId: 1 });
  });

  it('does not count a vote granted in an older term', () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    drive(n);
    for (let i = 0; i < 30 && n.status().term === 1; i++) n.tick(); // timed out: new election
    drive(n);
    expect(n.status().term).toBe(2);
    n.step({ type: 'vote-response', from: 2, to: 1, term: 1, reject: false });
    expect(n.status().role).toBe('candidate');
    n.step({ type: 'vote-response', from: 2, to: 1, term: 2, reject: false });
    expect(n.status().role).toBe('leader');
  });

  it('steps down on a majority of rejections', () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    n.step({ type: 'vote-response', from: 2, to: 1, term: 1, reject: true });
    n.step({ type: 'vote-response', from: 3, to: 1, term: 1, reject: true });
    expect(n.status()).toMatchObject({ role: 'follower', term: 1 });
  });

  it('becomes follower on an append from a leader of its own term', () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    n.step({ type: 'append', from: 2, to: 1, term: 1, prevIndex: 0, prevTerm: 0, entries: [], commit: 0 });
    expect(n.status()).toMatchObject({ role: 'follower', leaderId: 2, term: 1 });
  });

  it('starts a new election when the election times out', () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    expect(n.status().term).toBe(1);
    for (let i = 0; i < 20 && n.status().term === 1; i++) n.tick();
    expect(n.status()).toMatchObject({ role: 'candidate', term: 2, votedFor: 1 });
  });

  it('a single voter elects itself at once', () => {
    const n = newNode(1, [1], {}, {});
    tickUntilRole(n, 'leader');
    expect(n.status().term).toBe(1);
  });
});

describe('figure 2: RequestVote receiver', () => {
  it('grants a vote to an up-to-date candidate and persists it before answering', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 1, votedFor: null }, entries: [e(1, 1)] });
    n.step({ type: 'vote', from: 1, to: 2, term: 2, lastIndex: 1, lastTerm: 1, isTransfer: false });
    const r = n.ready();
    expect(r.hardState).toEqual({ term: 2, votedFor: 1 });
    expect(r.messagesEarly).toEqual([]);
    expect(r.messages).toEqual([{ type: 'vote-response', from: 2, to: 1, term: 2, reject: false }]);
  });

  it('rejects a candidate whose log is behind (5.4.1)', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 2, votedFor: null }, entries: [e(1, 1), e(2, 2)] });
    n.step({ type: 'vote', from: 1, to: 2, term: 3, lastIndex: 5, lastTerm: 1, isTransfer: false });
    n.step({ type: 'vote', from: 3, to: 2, term: 3, lastIndex: 1, lastTerm: 2, isTransfer: false });
    const r = drive(n);
    expect(r.messages.map((m) => m.type === 'vote-response' && m.reject)).toEqual([true, true]);
    expect(n.status().votedFor).toBeNull();
  });

  it('votes at most once per term, but repeats a vote for the same candidate', () => {
    const n = newNode(2, [1, 2, 3]);
    n.step({ type: 'vote', from: 1, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    n.step({ type: 'vote', from: 3, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    n.step({ type: 'vote', from: 1, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    const r = drive(n);
    expect(r.messages).toEqual([
      { type: 'vote-response', from: 2, to: 1, term: 1, reject: false },
      { type: 'vote-response', from: 2, to: 3, term: 1, reject: true },
      { type: 'vote-response', from: 2, to: 1, term: 1, reject: false },
    ]);
  });

  it('keeps its vote across a restart from durable state', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], preVote: false, checkQuorum: false });
    c.node(2).step({ type: 'vote', from: 1, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    c.drain(2);
    c.crash(2);
    const n = c.start(2);
    n.step({ type: 'vote', from: 3, to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    expect(c.drain(2)).toEqual([{ type: 'vote-response', from: 2, to: 3, term: 1, reject: true }]);
  });

  it('observers never vote', () => {
    const n = newNode(4, [1, 2, 3], {}, { observers: [4] });
    n.step({ type: 'vote', from: 1, to: 4, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false });
    expect(allMessages(drive(n))).toEqual([]);
    for (let i = 0; i < 100; i++) n.tick();
    expect(n.status().role).toBe('follower');
  });
});

describe('figure 2: AppendEntries receiver', () => {
  const stored = { hardState: { term: 3, votedFor: null }, entries: [e(1, 1), e(2, 1), e(3, 2), e(4, 3)] };

  it('rule 1: rejects an append from an older term, telling the sender the newer term', () => {
    const n = newNode(2, [1, 2, 3], stored);
    n.step({ type: 'append', from: 1, to: 2, term: 2, prevIndex: 4, prevTerm: 3, entries: [e(5, 2)], commit: 0 });
    const r = drive(n);
    expect(r.entries).toEqual([]);
    expect(r.messages).toEqual([
      { type: 'append-response', from: 2, to: 1, term: 3, reject: true, index: 0, hintIndex: 0, hintTerm: 0 },
    ]);
  });

  it('rule 2: rejects when prevIndex/prevTerm do not match, with a conflict hint', () => {
    const n = newNode(2, [1, 2, 3], stored);
    n.step({ type: 'append', from: 1, to: 2, term: 4, prevIndex: 4, prevTerm: 4, entries: [e(5, 4)], commit: 0 });
    n.step({ type: 'append', from: 1, to: 2, term: 4, prevIndex: 7, prevTerm: 4, entries: [], commit: 0 });
    const r = drive(n);
    expect(r.messages).toEqual([
      // Our entry at 4 has term 3 <= 4: the leader may resume right after a term-3 match.
      { type: 'append-response', from: 2, to: 1, term: 4, reject: true, index: 4, hintIndex: 4, hintTerm: 3 },
      { type: 'append-response', from: 2, to: 1, term: 4, reject: true, index: 7, hintIndex: 4, hintTerm: 3 },
    ]);
  });

  it('rule 3: deletes a conflicting entry and everything after it', () => {
    const n = newNode(2, [1, 2, 3], stored);
    n.step({ type: 'append', from: 1, to: 2, term: 4, prevIndex: 2, prevTerm: 1, entries: [e(3, 4)], commit: 0 });
    expect(n.logEntries().map((x) => [x.index, x.term])).toEqual([[1, 1], [2, 1], [3, 4]]);
    const r = drive(n);
    // The driver must truncate its stored log at index 3 before appending.
    expect(r.entries.map((x) => [x.index, x.term])).toEqual([[3, 4]]);
    expect(n.status().stableIndex).toBe(3);
  });

  it('rule 4: appends new entries, keeping existing matching ones even from a stale message', () => {
    const n = newNode(2, [1, 2, 3], stored);
    n.step({ type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 3, entries: [e(5, 3), e(6, 3)], commit: 0 });
    // A delayed copy of an earlier, shorter append must not erase 5 and 6.
    n.step({ type: 'append', from: 1, to: 2, term: 3, prevIndex: 3, prevTerm: 2, entries: [e(4, 3)], commit: 0 });
    expect(n.status().lastIndex).toBe(6);
    const r = drive(n);
    expect(r.messages.map((m) => m.type === 'append-response' && [m.reject, m.index])).toEqual([
      [false, 6],
      [false, 4],
    ]);
  });

  it('rule 5: sets commit to min(leaderCommit, index of last new entry)', () => {
    const n = newNode(2, [1, 2, 3], stored);
    n.step({ type: 'append', from: 1, to: 2, term: 3, prevIndex: 2, prevTerm: 1, entries: [e(3, 2)], commit: 10 });
    // Entry 4 exists but was not verified by this append, so it cannot be committed from it.
    expect(n.status().commit).toBe(3);
    n.step({ type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 3, entries: [], commit: 4 });
    expect(n.status().commit).toBe(4);
  });

  it('acknowledges appends only after they are durable', () => {
    const n = newNode(2, [1, 2, 3], { hardState: { term: 1, votedFor: null } });
    n.step({ type: 'append', from: 1, to: 2, term: 1, prevIndex: 0, prevTerm: 0, entries: [e(1, 1)], commit: 0 });
    const r = n.ready();
    expect(r.messagesEarly).toEqual([]);
    expect(r.entries).toHaveLength(1);
    expect(r.messages).toEqual([
      { type: 'append-response', from: 2, to: 1, term: 1, reject: false, index: 1, hintIndex: 0, hintTerm: 0 },
    ]);
  });
});

describe('figure 2: leaders', () => {
  it('on election appends a leader-change entry of its term and replicates it', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    for (const id of [1, 2, 3]) {
      const log = c.node(id).logEntries();
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ index: 1, term: 1, type: EntryType.leaderChange });
      expect(c.applied.get(id)!.map((x) => x.index)).toEqual([1]);
    }
  });

  it('appends client entries and reports each outcome after it is applied', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    const res = c.node(1).propose(new Uint8Array([42]));
    expect(res).toEqual({ ok: true, index: 2, term: 1 });
    c.stabilize();
    expect(c.proposalResults.get(1)).toEqual([{ index: 2, term: 1, error: null }]);
    for (const id of [1, 2, 3]) expect(c.applied.get(id)!.map((x) => x.data[0])).toContain(42);
  });

  it('rejects proposals on followers with NOT_LEADER', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    expect(c.node(2).propose(new Uint8Array([1]))).toEqual({ ok: false, error: RaftError.notLeader });
  });

  it('walks nextIndex back on rejection and repairs a diverged follower', () => {
    // Follower 3 holds an uncommitted suffix from term 2 that the new leader must overwrite.
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    const base = [e(1, 1), e(2, 1)];
    c.disks.set(1, { hardState: { term: 3, votedFor: 1 }, snapshot: null, entries: [...base, e(3, 3)] });
    c.disks.set(2, { hardState: { term: 3, votedFor: 1 }, snapshot: null, entries: [...base, e(3, 3)] });
    c.disks.set(3, { hardState: { term: 2, votedFor: null }, snapshot: null, entries: [...base, e(3, 2), e(4, 2), e(5, 2)] });
    for (const id of [1, 2, 3]) {
      c.crash(id);
      c.start(id);
    }
    c.campaign(1);
    expect(c.leader()).toBe(1);
    c.node(1).propose(new Uint8Array([7]));
    c.stabilize();
    const leaderLog = c.node(1).logEntries().map((x) => [x.index, x.term]);
    expect(c.node(3).logEntries().map((x) => [x.index, x.term])).toEqual(leaderLog);
    expect(c.node(3).status().commit).toBe(c.node(1).status().commit);
  });

  it('commits by majority, and never by counting replicas of an older term (figure 8)', () => {
    // S1 leads term 2 with entry (2,2) replicated only to S2; S5 then led term 3 elsewhere.
    // S1 is re-elected in term 4. Even once (2,2) is on a majority, S1 must not commit it
    // until an entry of term 4 is also on a majority.
    const c = new LockstepCluster({ ids: [1, 2, 3, 4, 5], preVote: false });
    const disk = (term: number, votedFor: number | null, entries: Entry[]) => ({ hardState: { term, votedFor }, snapshot: null, entries });
    c.disks.set(1, disk(3, null, [e(1, 1), e(2, 2)]));
    c.disks.set(2, disk(3, null, [e(1, 1), e(2, 2)]));
    c.disks.set(3, disk(3, null, [e(1, 1)]));
    c.disks.set(4, disk(3, null, [e(1, 1)]));
    c.disks.set(5, disk(3, 5, [e(1, 1), e(2, 3)]));
    for (const id of [1, 2, 3, 4, 5]) {
      c.crash(id);
      c.start(id);
    }
    c.crash(5);
    // Let entries from S1 reach S3 (making (2,2) majority-replicated) but stop S1's term-4 entry
    // from being acknowledged by anyone.
    c.filter = (m) => !(m.type === 'append-response' && m.to === 1 && m.index >= 3);
    c.campaign(1);
    expect(c.node(1).status()).toMatchObject({ role: 'leader', term: 4 });
    expect(c.node(3).logEntries().map((x) => x.term)).toEqual([1, 2, 4]);
    // (1,1) and (2,2) are on a majority, but commit indexes are volatile and a term-4 leader
    // commits nothing until one of its own entries is on a majority.
    expect(c.node(1).status().commit).toBe(0);
    // Once a term-4 entry is on a majority, everything before it commits too.
    c.filter = null;
    c.tickAll(3);
    expect(c.node(1).status().commit).toBe(3);
  });

  it('sends heartbeats every heartbeat interval, with commit bounded by the follower match', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    const before = c.delivered.length;
    c.tick(1);
    const hb = c.delivered.slice(before).filter((m) => m.type === 'heartbeat');
    expect(hb.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const m of hb) if (m.type === 'heartbeat') expect(m.commit).toBe(1);
  });

  it("sends a leader's appends before its own log is durable, but never before its term is", () => {
    const n = newNode(1, [1, 2, 3], {}, { preVote: false });
    tickUntilRole(n, 'candidate');
    drive(n); // term 1 durable, vote requests sent
    n.step({ type: 'vote-response', from: 2, to: 1, term: 1, reject: false });
    const r = n.ready();
    expect(r.entries).toHaveLength(1);
    expect(r.messagesEarly.map((m) => m.type)).toEqual(['append', 'append']);
    n.advance(r);
  });
});

describe('limits', () => {
  it('rejects an entry above entryBytesMax with ENTRY_TOO_LARGE', () => {
    const n = newNode(1, [1], {}, { limits: { entryBytesMax: 8 } });
    tickUntilRole(n, 'leader');
    expect(n.propose(new Uint8Array(9))).toEqual({ ok: false, error: RaftError.entryTooLarge });
    expect(n.propose(new Uint8Array(8)).ok).toBe(true);
  });

  it('rejects proposals beyond pendingProposalsMax instead of queueing them', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { limits: { pendingProposalsMax: 3 } } });
    c.campaign(1);
    c.isolate(1);
    const leader = c.node(1);
    for (let i = 0; i < 3; i++) expect(leader.propose(new Uint8Array([i])).ok).toBe(true);
    expect(leader.propose(new Uint8Array([9]))).toEqual({ ok: false, error: RaftError.tooManyPendingProposals });
    c.heal();
    c.tickAll(3);
    expect(c.proposalResults.get(1)!.map((r) => r.error)).toEqual([null, null, null]);
    expect(leader.propose(new Uint8Array([9])).ok).toBe(true);
  });

  it('caps entries per append message and appends in flight per follower', () => {
    const c = new LockstepCluster({ ids: [1, 2], config: { limits: { appendEntriesMax: 2, inflightAppendsMax: 2 } } });
    c.campaign(1);
    c.stabilize();
    for (let i = 0; i < 20; i++) c.node(1).propose(new Uint8Array([i]));
    const msgs = c.drain(1).filter((m) => m.type === 'append');
    expect(msgs).toHaveLength(2);
    for (const m of msgs) if (m.type === 'append') expect(m.entries.length).toBeLessThanOrEqual(2);
    c.deliver(msgs);
    c.stabilize();
    expect(c.node(2).status().lastIndex).toBe(21);
  });
});
