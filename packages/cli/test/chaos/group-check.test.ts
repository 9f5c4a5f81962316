// Goal: the consumer group checks of the chaos checker catch what they claim to catch: a
// committed offset moving backwards (across members), a final committed offset below a
// successful commit (a commit lost in a coordinator failover), an acknowledged write the group
// never consumed, and a group that stopped short of the high watermark; and they accept
// at-least-once redeliveries and overlapping commits. Method: checkGroup on small hand-made
// histories, one defect at a time against a clean baseline.
import { describe, expect, it } from 'vitest';
import { checkGroup, type GroupCheckInput } from '../../src/chaos/group-check.js';
import type { Ack, Commit, Consumed } from '../../src/chaos/workload.js';

// Partition 0 holds w0-0..w0-5 at offsets 0..5; partition 1 holds w1-0..w1-3 at 0..3.
const log = new Map<string, string>([
  ...Array.from({ length: 6 }, (_, o) => [`0/${o}`, `w0-${o}`] as [string, string]),
  ...Array.from({ length: 4 }, (_, o) => [`1/${o}`, `w1-${o}`] as [string, string]),
]);
const logEnd = new Map([[0, 6], [1, 4]]);
const acks: Ack[] = [...log].map(([k, value], i) => {
  const [p, o] = k.split('/').map(Number) as [number, number];
  // One implicit ack (no offset): placed by its value.
  return { partition: p, offset: k === '1/2' ? null : o, value, atMs: 1000 + i };
});
const consumedAll = (member: string): Consumed[] => [...log].map(([k, value]) => {
  const [partition, offset] = k.split('/').map(Number) as [number, number];
  return { member, partition, offset, value };
});
const commit = (member: string, offsets: Array<[number, number]>, sentMs: number, ackMs: number, ok = true): Commit => ({ member, ok, offsets, sentMs, ackMs });

function baseline(): GroupCheckInput {
  return {
    acks,
    log,
    logEnd,
    consumed: consumedAll('c0'),
    commits: [commit('c0', [[0, 3], [1, 2]], 100, 110), commit('c0', [[0, 6]], 200, 210), commit('c1', [[1, 4]], 300, 305)],
    finalCommitted: new Map([[0, 6], [1, 4]]),
    members: 2,
    rebalances: 2,
  };
}

describe('checkGroup', () => {
  it('passes a clean history', () => {
    const r = checkGroup(baseline());
    expect(r.ok).toBe(true);
    expect(r.commits).toBe(3);
    expect(r.highestCommitted).toEqual({ 0: 6, 1: 4 });
    expect(r.finalCommitted).toEqual({ 0: 6, 1: 4 });
  });

  it('counts redeliveries without failing (at-least-once) and ignores failed commits', () => {
    const input = baseline();
    const r = checkGroup({
      ...input,
      consumed: [...input.consumed, ...consumedAll('c1').filter((c) => c.partition === 0 && c.offset >= 3)],
      commits: [...input.commits, commit('c1', [[0, 1]], 400, 420, false)],
    });
    expect(r.ok).toBe(true);
    expect(r.redelivered).toBe(3);
    expect(r.failedCommits).toBe(1);
  });

  it('reports a commit below an earlier successful commit, across members', () => {
    const input = baseline();
    const r = checkGroup({ ...input, commits: [...input.commits, commit('c1', [[0, 4]], 250, 260)] });
    expect(r.ok).toBe(false);
    expect(r.offsetRegressions).toEqual([{ partition: 0, earlier: { member: 'c0', offset: 6, ackMs: 210 }, later: { member: 'c1', offset: 4, sentMs: 250 } }]);
  });

  it('does not order commits that overlap in time', () => {
    const input = baseline();
    // Sent at 205, before the commit of 6 was answered (210): no real-time order between them.
    const r = checkGroup({ ...input, commits: [...input.commits, commit('c1', [[0, 4]], 205, 215)] });
    expect(r.offsetRegressions).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports a final committed offset below a successful commit', () => {
    const r = checkGroup({ ...baseline(), finalCommitted: new Map([[0, 3], [1, 4]]) });
    expect(r.ok).toBe(false);
    expect(r.finalBehind).toEqual([{ partition: 0, finalCommitted: 3, highestCommitted: 6 }]);
    expect(r.notReached).toEqual([{ partition: 0, finalCommitted: 3, highWatermark: 6 }]);
  });

  it('reports an acknowledged write below the committed offset that the group never consumed', () => {
    const input = baseline();
    const r = checkGroup({ ...input, consumed: input.consumed.filter((c) => !(c.partition === 0 && c.offset === 4)) });
    expect(r.ok).toBe(false);
    expect(r.missed).toEqual([{ partition: 0, offset: 4, value: 'w0-4' }]);
  });

  it('places an ack without an offset by its value in the log', () => {
    const input = baseline();
    const r = checkGroup({ ...input, consumed: input.consumed.filter((c) => !(c.partition === 1 && c.offset === 2)) });
    expect(r.missed).toEqual([{ partition: 1, offset: 2, value: 'w1-2' }]);
  });

  it('reports a consumed value that differs from the log', () => {
    const input = baseline();
    const r = checkGroup({ ...input, consumed: [...input.consumed, { member: 'c1', partition: 1, offset: 3, value: 'w9-9' }] });
    expect(r.ok).toBe(false);
    expect(r.mismatched).toEqual([{ partition: 1, offset: 3, consumed: 'w9-9', log: 'w1-3' }]);
  });

  it('reports a group that never committed a partition', () => {
    const input = baseline();
    const r = checkGroup({ ...input, commits: input.commits.filter((c) => c.member === 'c0'), finalCommitted: new Map([[0, 6], [1, 2]]) });
    expect(r.ok).toBe(false);
    expect(r.notReached).toEqual([{ partition: 1, finalCommitted: 2, highWatermark: 4 }]);
  });
});
