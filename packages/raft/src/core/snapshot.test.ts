// Goal: snapshots truncate the log, travel to lagging followers in bounded chunks, survive a
// restart in the middle of a transfer, and respect the snapshot size limit. Method: lockstep
// clusters where a follower is cut off while the leader compacts, then reconnected; the
// messages delivered and the followers' durable state are inspected.
import { describe, expect, it } from 'vitest';
import { LockstepCluster } from '../sim/lockstep.js';

function fill(c: LockstepCluster, leader: number, count: number): void {
  for (let i = 0; i < count; i++) {
    c.node(leader).propose(new Uint8Array([i & 0xff]));
    c.stabilize();
  }
}

function snapshotData(bytes: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + seed) & 0xff);
}

describe('snapshots', () => {
  it('compaction records a local snapshot and drops the covered log', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    fill(c, 1, 10);
    const applied = c.node(1).status().applied;
    expect(c.node(1).compact(applied, snapshotData(10, 1))).toBe(true);
    expect(c.node(1).compact(applied, snapshotData(10, 1))).toBe(false);
    const r = c.node(1).ready();
    expect(r.snapshot).toMatchObject({ isRestore: false, snapshot: { meta: { index: applied, term: 1, voters: [1, 2, 3] } } });
    c.node(1).advance(r);
    expect(c.node(1).status()).toMatchObject({ snapshotIndex: applied, snapshotTerm: 1 });
    expect(c.node(1).logEntries()).toHaveLength(0);
    expect(() => c.node(1).compact(applied + 5, new Uint8Array(1))).toThrow(/beyond applied/);
  });

  it('sends a lagging follower the snapshot in chunks, then resumes appends', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { limits: { snapshotChunkBytesMax: 100 } } });
    c.campaign(1);
    c.isolate(3);
    fill(c, 1, 20);
    const index = c.node(1).status().applied;
    const data = snapshotData(950, 7);
    c.node(1).compact(index, data);
    c.stabilize();
    c.heal();
    const before = c.delivered.length;
    c.tickAll(5);
    const chunks = c.delivered.slice(before).filter((m) => m.type === 'install-snapshot' && m.to === 3);
    expect(chunks).toHaveLength(10);
    for (const m of chunks) if (m.type === 'install-snapshot') expect(m.data.length).toBeLessThanOrEqual(100);
    expect(c.disks.get(3)!.snapshot).toMatchObject({ meta: { index } });
    expect(c.disks.get(3)!.snapshot!.data).toEqual(data);
    expect(c.node(3).status()).toMatchObject({ snapshotIndex: index, commit: index, applied: index });
    // Entries after the snapshot flow as usual.
    c.node(1).propose(new Uint8Array([99]));
    c.stabilize();
    c.tickAll(2);
    expect(c.node(3).status().lastIndex).toBe(c.node(1).status().lastIndex);
    expect(c.applied.get(3)!.at(-1)!.data).toEqual(new Uint8Array([99]));
  });

  it('a follower restarted in the middle of a transfer gets the snapshot from the start', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { limits: { snapshotChunkBytesMax: 100 } } });
    c.campaign(1);
    c.isolate(3);
    fill(c, 1, 5);
    const index = c.node(1).status().applied;
    c.node(1).compact(index, snapshotData(500, 3));
    c.stabilize();
    c.heal();
    // Let three chunks through, then crash the follower and restart it.
    let delivered = 0;
    c.filter = (m) => !(m.type === 'install-snapshot' && m.to === 3 && ++delivered > 3);
    c.tickAll(3);
    expect(c.node(3).status().snapshotIndex).toBe(0);
    c.crash(3);
    c.start(3);
    c.filter = null;
    c.tickAll(15);
    expect(c.node(3).status()).toMatchObject({ snapshotIndex: index, commit: c.node(1).status().commit });
    expect(c.disks.get(3)!.snapshot!.data).toEqual(snapshotData(500, 3));
  });

  it('a follower whose log already holds the snapshot point only advances its commit', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3] });
    c.campaign(1);
    fill(c, 1, 3);
    const s = c.node(2).status();
    const meta = { index: s.lastIndex, term: s.lastTerm, voters: [1, 2, 3] };
    c.node(2).step({ type: 'install-snapshot', from: 1, to: 2, term: s.term, meta, totalBytes: 4, offset: 0, data: new Uint8Array(4) });
    const msgs = c.drain(2);
    expect(c.node(2).status().snapshotIndex).toBe(0);
    expect(msgs).toEqual([
      { type: 'append-response', from: 2, to: 1, term: s.term, reject: false, index: s.commit, hintIndex: 0, hintTerm: 0 },
    ]);
  });

  it('refuses a snapshot larger than snapshotBytesMax', () => {
    const c = new LockstepCluster({ ids: [1, 2, 3], config: { limits: { snapshotBytesMax: 64 } } });
    c.campaign(1);
    const term = c.node(3).status().term;
    c.node(3).step({
      type: 'install-snapshot',
      from: 1,
      to: 3,
      term,
      meta: { index: 50, term, voters: [1, 2, 3] },
      totalBytes: 65,
      offset: 0,
      data: new Uint8Array(65),
    });
    expect(c.drain(3)).toEqual([]);
    expect(c.node(3).status().snapshotIndex).toBe(0);
  });
});
