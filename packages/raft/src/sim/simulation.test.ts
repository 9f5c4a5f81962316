// Goal: raft's safety properties hold under thousands of fault schedules, and every run is
// reproducible from its seed. Method: run a bounded batch of simulator seeds (CI's share; the
// script `scripts/sim.mjs` runs any number), each with all checkers after every step and a
// liveness check after healing; then replay one seed twice and compare the full traces.
import { describe, expect, it } from 'vitest';
import { runSimulation, SimulationFailure, type SimulationSummary } from './simulation.js';

const SEEDS_PER_BATCH = 125;
const BATCHES = 6;

function runBatch(first: number, count: number): SimulationSummary[] {
  const out: SimulationSummary[] = [];
  for (let seed = first; seed < first + count; seed++) {
    try {
      out.push(runSimulation({ seed }));
    } catch (err) {
      // The failure message carries the seed, the violation and the trace that led to it.
      if (err instanceof SimulationFailure) throw new Error(err.message);
      throw err;
    }
  }
  return out;
}

describe('simulated clusters under faults', () => {
  for (let b = 0; b < BATCHES; b++) {
    const first = 1 + b * SEEDS_PER_BATCH;
    it(`seeds ${first}..${first + SEEDS_PER_BATCH - 1} keep every safety property and recover after healing`, () => {
      const results = runBatch(first, SEEDS_PER_BATCH);
      // The batch really exercised what it claims to.
      const sum = (f: (s: SimulationSummary) => number) => results.reduce((a, s) => a + f(s), 0);
      expect(sum((s) => s.proposals.committed)).toBeGreaterThan(10_000);
      expect(sum((s) => s.faults.crashes)).toBeGreaterThan(100);
      expect(sum((s) => s.faults.tornWrites)).toBeGreaterThan(10);
      expect(sum((s) => s.faults.partitions)).toBeGreaterThan(100);
      expect(sum((s) => s.snapshots.restores)).toBeGreaterThan(10);
      expect(sum((s) => s.reads.ok)).toBeGreaterThan(1000);
      expect(sum((s) => s.leaderTerms)).toBeGreaterThan(SEEDS_PER_BATCH);
      expect(results.some((s) => s.voters === 3) && results.some((s) => s.voters === 5)).toBe(true);
      expect(results.some((s) => s.observers > 0)).toBe(true);
    });
  }

  it('replays a seed exactly: same trace, same summary', () => {
    const traceA: string[] = [];
    const traceB: string[] = [];
    const a = runSimulation({ seed: 4242, onTrace: (l) => traceA.push(l) });
    const b = runSimulation({ seed: 4242, onTrace: (l) => traceB.push(l) });
    expect(traceA.length).toBeGreaterThan(1000);
    expect(traceB).toEqual(traceA);
    expect(b).toEqual(a);
    const c = runSimulation({ seed: 4243 });
    expect(c).not.toEqual(a);
  });
});
