// Goal: the runtime driver runs the core over real TCP and real files: it elects a leader,
// commits and applies proposals on every node, answers linearizable reads, transfers leadership,
// survives a leader restart from disk, and rejects what it must. Method: three RaftServers in this
// process on 127.0.0.1 ports chosen at runtime, data in temp directories removed afterwards.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry, Snapshot } from '../core/types.js';
import { RaftError } from '../core/types.js';
import { freePorts, tempDir, waitFor } from '../../test/helpers.js';
import { PartitionLogStore } from './log-store.js';
import { RaftServer, RaftServerError, type RaftStateMachine } from './raft-server.js';
import type { PeerAddress } from './tcp-transport.js';

/** Remembers applied payloads; snapshots are the list encoded as JSON. */
class ListMachine implements RaftStateMachine {
  values: string[] = [];
  lastIndex = 0;
  apply(entry: Entry): void {
    if (entry.type === 0) this.values.push(Buffer.from(entry.data).toString());
    this.lastIndex = entry.index;
  }
  snapshot(): Uint8Array {
    return Buffer.from(JSON.stringify(this.values));
  }
  restore(snapshot: Snapshot): void {
    this.values = JSON.parse(Buffer.from(snapshot.data).toString()) as string[];
    this.lastIndex = snapshot.meta.index;
  }
}

interface Member {
  server: RaftServer;
  machine: ListMachine;
  dir: string;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startCluster(options: { snapshotEntries?: number } = {}): Promise<{ peers: PeerAddress[]; members: Map<number, Member>; startMember: (id: number) => Promise<Member> }> {
  const ports = await freePorts(3);
  const peers: PeerAddress[] = ports.map((port, i) => ({ id: i + 1, host: '127.0.0.1', port }));
  const dirs = new Map(peers.map((p) => [p.id, tempDir(`srv${p.id}`)]));
  const members = new Map<number, Member>();
  cleanups.push(() => {
    for (const d of dirs.values()) fs.rmSync(d, { recursive: true, force: true });
  });
  const startMember = async (id: number): Promise<Member> => {
    const machine = new ListMachine();
    const server = await RaftServer.open({
      id,
      voters: peers,
      dataDir: dirs.get(id)!,
      stateMachine: machine,
      tickMs: 20,
      electionTicks: 10,
      heartbeatTicks: 2,
      ...(options.snapshotEntries ? { snapshotEntries: options.snapshotEntries } : {}),
    });
    await server.start();
    const m = { server, machine, dir: dirs.get(id)! };
    members.set(id, m);
    cleanups.push(() => server.close());
    return m;
  };
  for (const p of peers) await startMember(p.id);
  return { peers, members, startMember };
}

function leaderOf(members: Map<number, Member>): Member | null {
  for (const m of members.values()) if (m.server.leader.role === 'leader') return m;
  return null;
}

describe('RaftServer over TCP and files', () => {
  it('elects a leader, commits proposals on every node and answers reads', async () => {
    const { members } = await startCluster();
    const leader = await waitFor('a leader', () => leaderOf(members));
    const results = await Promise.all(['a', 'b', 'c'].map((v) => leader.server.propose(Buffer.from(v))));
    expect(results.map((r) => r.index)).toEqual([2, 3, 4]);
    expect(leader.machine.values).toEqual(['a', 'b', 'c']);
    for (const m of members.values()) await waitFor(`node ${m.server.id} applies`, () => m.machine.values.length === 3);
    const follower = [...members.values()].find((m) => m !== leader)!;
    await expect(follower.server.propose(Buffer.from('x'))).rejects.toMatchObject({ code: RaftError.notLeader });
    // A read through a follower sees everything committed before it started.
    const index = await follower.server.read();
    expect(index).toBeGreaterThanOrEqual(4);
    expect(follower.machine.values).toEqual(['a', 'b', 'c']);
  });

  it('exec runs inside the loop with a synchronous propose that knows its index at once', async () => {
    const { members } = await startCluster();
    const leader = await waitFor('a leader', () => leaderOf(members));
    await leader.server.propose(Buffer.from('first'));
    const proposed = await leader.server.exec((ctx) => [ctx.propose(Buffer.from('x')), ctx.propose(Buffer.from('y'))]);
    const indexes = proposed.map((p) => (p.ok ? p.index : -1));
    expect(indexes[1]).toBe(indexes[0]! + 1);
    await waitFor('both applied', () => leader.machine.lastIndex >= indexes[1]!);
    expect(leader.machine.values).toEqual(['first', 'x', 'y']);
    const follower = [...members.values()].find((m) => m !== leader)!;
    expect(await follower.server.exec((ctx) => ctx.propose(Buffer.from('z')))).toEqual({ ok: false, error: RaftError.notLeader });
    await expect(leader.server.exec(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    // proposeNow: the same synchronous answer from any callback, here a plain async context.
    const now = leader.server.proposeNow(Buffer.from('w'));
    expect(now.ok).toBe(true);
    await waitFor('proposeNow applied', () => leader.machine.values.includes('w'));
    expect(follower.server.proposeNow(Buffer.from('v'))).toEqual({ ok: false, error: RaftError.notLeader });
  });

  it('keeps committed entries across a restart of the leader and catches it up', async () => {
    const { members, startMember } = await startCluster();
    const leader = await waitFor('a leader', () => leaderOf(members));
    for (let i = 0; i < 20; i++) await leader.server.propose(Buffer.from(`v${i}`));
    const oldId = leader.server.id;
    await leader.server.close();
    members.delete(oldId);
    const next = await waitFor('a new leader', () => leaderOf(members), 20_000);
    expect(next.server.id).not.toBe(oldId);
    await next.server.propose(Buffer.from('after'));
    const back = await startMember(oldId);
    await waitFor('restarted node catches up', () => back.machine.values.length === 21);
    expect(back.machine.values.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    expect(back.machine.values[20]).toBe('after');
  });

  it('transfers leadership on request', async () => {
    const { members } = await startCluster();
    const leader = await waitFor('a leader', () => leaderOf(members));
    await leader.server.propose(Buffer.from('x'));
    const target = [...members.values()].find((m) => m !== leader)!;
    await leader.server.transferLeadership(target.server.id);
    await waitFor('the target leads', () => target.server.leader.role === 'leader');
    await expect(leader.server.propose(Buffer.from('y'))).rejects.toBeInstanceOf(RaftServerError);
    await target.server.propose(Buffer.from('y'));
  });

  it('a controlled shutdown of the leader hands leadership over before stopping', async () => {
    const { members } = await startCluster();
    const leader = await waitFor('a leader', () => leaderOf(members));
    await leader.server.propose(Buffer.from('x'));
    const others = [...members.values()].filter((m) => m !== leader);
    const termBefore = leader.server.status().term;
    await leader.server.shutdown();
    // shutdown() returned only once another node had taken over (a plain close leaves the
    // cluster leaderless until an election timeout).
    const next = others.find((m) => m.server.status().role === 'leader');
    expect(next).toBeDefined();
    expect(next!.server.status().term).toBeGreaterThan(termBefore);
    await next!.server.propose(Buffer.from('y'));
  });

  it('snapshots the state machine, truncates the log and restores after a restart', async () => {
    const { members, startMember } = await startCluster({ snapshotEntries: 10 });
    const leader = await waitFor('a leader', () => leaderOf(members));
    for (let i = 0; i < 35; i++) await leader.server.propose(Buffer.from(`s${i}`));
    await waitFor('a snapshot', () => leader.server.status().snapshotIndex >= 30);
    const id = leader.server.id;
    await leader.server.close();
    members.delete(id);
    const files = fs.readdirSync(`${leader.dir}/__cluster_metadata-0`).filter((f) => f.endsWith('.checkpoint'));
    expect(files).toHaveLength(1);
    const stored = await PartitionLogStore.open(leader.dir);
    expect(stored.startIndex).toBeGreaterThanOrEqual(30);
    await stored.close();
    const back = await startMember(id);
    expect(back.server.status().snapshotIndex).toBeGreaterThanOrEqual(30);
    expect(back.machine.values.length).toBeGreaterThanOrEqual(29);
    await waitFor('caught up', () => back.machine.values.length === 35);
    expect(back.machine.values).toEqual(Array.from({ length: 35 }, (_, i) => `s${i}`));
  });
});
