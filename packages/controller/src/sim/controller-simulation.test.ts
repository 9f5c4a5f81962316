// Goal: the controller quorum keeps the invariants (a partition's leader is in its ISR and
// is an unfenced broker, leader epochs only grow, every node's image converges after faults heal)
// under many fault schedules, and every run replays exactly from its seed. Method: a bounded batch
// of simulator seeds (CI's share; scripts/sim.mjs runs any number against the built dist), each
// with all checkers after every applied batch and a liveness check after healing; the batch must
// really have exercised fencing, elections, controlled shutdown, snapshots and the admin APIs.
import { describe, expect, it } from 'vitest';
import { ControllerSimulationFailure, runControllerSimulation, type ControllerSimulationSummary } from './controller-simulation.js';

const SEEDS_PER_BATCH = 200;
const BATCHES = 4;

function runBatch(first: number, count: number, options: { controllers?: number } = {}): ControllerSimulationSummary[] {
  const out: ControllerSimulationSummary[] = [];
  for (let seed = first; seed < first + count; seed++) {
    try {
      out.push(runControllerSimulation({ seed, ...options }));
    } catch (err) {
      // The failure message carries the seed, the violation and the trace that led to it.
      if (err instanceof ControllerSimulationFailure) throw new Error(err.message);
      throw err;
    }
  }
  return out;
}

const sum = (results: readonly ControllerSimulationSummary[], f: (s: ControllerSimulationSummary) => number): number => results.reduce((a, s) => a + f(s), 0);

describe('simulated controller quorums under faults', () => {
  for (let b = 0; b < BATCHES; b++) {
    const first = 1 + b * SEEDS_PER_BATCH;
    it(`seeds ${first}..${first + SEEDS_PER_BATCH - 1} keep every invariant and settle after healing`, () => {
      const results = runBatch(first, SEEDS_PER_BATCH);
      // The batch exercised what it claims to.
      expect(sum(results, (s) => s.metadata.fencings)).toBeGreaterThan(200);
      expect(sum(results, (s) => s.metadata.unfencings)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.metadata.leaderChanges)).toBeGreaterThan(1000);
      expect(sum(results, (s) => s.metadata.leaderlessTransitions)).toBeGreaterThan(200);
      expect(sum(results, (s) => s.metadata.topicsCreated)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.metadata.topicsDeleted)).toBeGreaterThan(100);
      expect(sum(results, (s) => s.metadata.partitionsAdded)).toBeGreaterThan(100);
      expect(sum(results, (s) => s.faults.controlledShutdowns)).toBeGreaterThan(200);
      expect(sum(results, (s) => s.faults.controllerCrashes)).toBeGreaterThan(200);
      expect(sum(results, (s) => s.faults.partitions)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.snapshots.compactions)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.snapshots.controllerRestores)).toBeGreaterThan(50);
      expect(sum(results, (s) => s.snapshots.brokerSnapshotLoads)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.requests.alterPartitionOk)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.requests.producerIdBlocks)).toBeGreaterThan(500);
      expect(sum(results, (s) => s.requests.ackedWrites)).toBeGreaterThan(5000);
      expect(sum(results, (s) => s.activeControllerEpochs)).toBeGreaterThan(SEEDS_PER_BATCH * 2);
      for (const code of ['NOT_CONTROLLER', 'STALE_BROKER_EPOCH', 'DUPLICATE_BROKER_REGISTRATION', 'TOPIC_ALREADY_EXISTS', 'INVALID_REPLICATION_FACTOR', 'INVALID_UPDATE_VERSION']) {
        expect(sum(results, (s) => s.requests.errors[code] ?? 0), code).toBeGreaterThan(0);
      }
      expect(results.some((s) => s.controllers === 5)).toBe(true);
    });
  }

  it('settles with five controllers too', () => {
    const results = runBatch(10_001, 40, { controllers: 5 });
    expect(sum(results, (s) => s.metadata.fencings)).toBeGreaterThan(20);
  });

  it('replays a seed exactly: same trace, same summary', () => {
    const traceA: string[] = [];
    const traceB: string[] = [];
    const a = runControllerSimulation({ seed: 4242, onTrace: (l) => traceA.push(l) });
    const b = runControllerSimulation({ seed: 4242, onTrace: (l) => traceB.push(l) });
    expect(traceA.length).toBeGreaterThan(50);
    expect(traceB).toEqual(traceA);
    expect(b).toEqual(a);
    expect(runControllerSimulation({ seed: 4243 })).not.toEqual(a);
  });
});
