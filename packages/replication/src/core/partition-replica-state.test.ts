// Goal: the leader's replica state moves the high watermark, the ISR and acks=all completion as
// Kafka's Partition and Replica do, with KIP-841's rule that the HW advances only over the
// maximal ISR. Method: scripted leaderships with explicit times (no clock is read), then a
// fast-check run of random fetches, appends, time steps, ISR proposals and controller answers
// that checks after every step: the HW never moves back, never passes the leader's log end offset
// or a maximal-ISR member's, proposals keep the leader and add only caught-up replicas, and an
// acknowledged acks=all write is on every member of the maximal ISR.
import { ErrorCode } from '@gregor/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartitionReplicaState, type PartitionReplicaStateInit } from './partition-replica-state.js';

const LAG = 30_000;
const T0 = 1_000_000;

function leader(over: Partial<PartitionReplicaStateInit> = {}): PartitionReplicaState {
  return new PartitionReplicaState({ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 5, partitionEpoch: 10, logEndOffset: 0, highWatermark: 0, nowMs: T0, replicaLagTimeMaxMs: LAG, ...over });
}

describe('high watermark', () => {
  it('waits until every ISR follower has fetched from a new leader', () => {
    const s = leader({ logEndOffset: 10, highWatermark: 4 });
    expect(s.highWatermark()).toBe(4);
    expect(s.onFollowerFetch(2, 10, T0 + 1, 10)).toEqual({ kind: 'recorded', highWatermarkAdvanced: false });
    expect(s.highWatermark()).toBe(4);
    expect(s.onFollowerFetch(3, 8, T0 + 2, 10)).toEqual({ kind: 'recorded', highWatermarkAdvanced: true });
    expect(s.highWatermark()).toBe(8);
  });

  it('tells what every follower has, in the ISR or not, for the leader\'s in-memory tail', () => {
    const s = leader({ isr: [1, 2] });
    s.onLeaderAppend(10, T0);
    expect(s.minFollowerLogEndOffset()).toBe(-1); // follower 3 has not fetched yet
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    s.onFollowerFetch(3, 4, T0 + 1, 10);
    expect(s.highWatermark()).toBe(10);
    expect(s.minFollowerLogEndOffset()).toBe(4);
    expect(leader({ replicas: [1], isr: [1], logEndOffset: 7, highWatermark: 7 }).minFollowerLogEndOffset()).toBe(7);
  });

  it('is the smallest log end offset over the ISR and never moves backwards', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 6, T0 + 1, 10);
    s.onFollowerFetch(3, 9, T0 + 1, 10);
    expect(s.highWatermark()).toBe(6);
    s.onFollowerFetch(2, 10, T0 + 2, 10);
    expect(s.highWatermark()).toBe(9);
    s.onLeaderAppend(20, T0 + 3);
    expect(s.highWatermark()).toBe(9);
  });

  it('follows the leader\'s appends at once when the leader is alone in the ISR', () => {
    const s = leader({ isr: [1] });
    expect(s.onLeaderAppend(3, T0)).toBe(true);
    expect(s.highWatermark()).toBe(3);
  });

  it('is not held back by a follower outside the ISR that has not caught up within replica.lag.time.max.ms', () => {
    const s = leader({ isr: [1, 2] });
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(3, 2, T0 + 1, 10);
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    expect(s.highWatermark()).toBe(10);
  });

  it('waits for a caught-up follower outside the ISR that is about to join, unless it is ineligible (KIP-841)', () => {
    const s = leader({ isr: [1, 2] });
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(3, 10, T0 + 1, 10); // caught up at T0 + 1
    s.onLeaderAppend(20, T0 + 2);
    s.onFollowerFetch(2, 20, T0 + 3, 20);
    expect(s.highWatermark()).toBe(10);
    expect(s.setIneligibleReplicas([3], T0 + 4)).toBe(true);
    expect(s.highWatermark()).toBe(20);
  });

  it('stops waiting for a non-member once its caught-up time is older than replica.lag.time.max.ms', () => {
    const s = leader({ isr: [1, 2] });
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(3, 10, T0, 10);
    s.onLeaderAppend(20, T0);
    s.onFollowerFetch(2, 20, T0, 20);
    expect(s.highWatermark()).toBe(10);
    expect(s.maybeAdvanceHighWatermark(T0 + LAG)).toBe(false);
    expect(s.maybeAdvanceHighWatermark(T0 + LAG + 1)).toBe(true);
    expect(s.highWatermark()).toBe(20);
  });

  it('answers a fetch from a broker that is not a replica with notAssigned and records nothing', () => {
    const s = leader();
    expect(s.onFollowerFetch(9, 0, T0, 0)).toEqual({ kind: 'notAssigned' });
    expect(s.follower(9)).toBeUndefined();
  });

  it('refuses, as bugs, a leader log end offset that goes back and a fetch beyond it', () => {
    const s = leader({ logEndOffset: 10 });
    expect(() => s.onLeaderAppend(9, T0)).toThrow(/went back/);
    expect(() => s.onFollowerFetch(2, 11, T0, 10)).toThrow(/outside/);
  });
});

describe('lastCaughtUpTimeMs (Kafka\'s Replica.updateFetchState)', () => {
  it('is the fetch time when the follower reached the leader\'s log end offset', () => {
    const s = leader();
    s.onFollowerFetch(2, 0, T0 + 5, 0);
    expect(s.follower(2)).toMatchObject({ logEndOffset: 0, lastCaughtUpTimeMs: T0 + 5, lastFetchTimeMs: T0 + 5 });
  });

  it('is the previous fetch time when the follower reached the log end offset the leader had then', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 4, T0 + 100, 10); // behind
    expect(s.follower(2)?.lastCaughtUpTimeMs).toBe(T0); // the new-leader grace for ISR members
    s.onLeaderAppend(12, T0 + 150);
    s.onFollowerFetch(2, 10, T0 + 200, 12); // reached 10, the leader's end at the previous fetch
    expect(s.follower(2)?.lastCaughtUpTimeMs).toBe(T0 + 100);
    s.onFollowerFetch(2, 11, T0 + 300, 12); // short of 12, the end at the previous fetch
    expect(s.follower(2)?.lastCaughtUpTimeMs).toBe(T0 + 100);
  });

  it('starts as never for a replica outside the ISR', () => {
    const s = leader({ isr: [1, 2] });
    expect(s.follower(3)).toEqual({ replicaId: 3, logEndOffset: -1, lastCaughtUpTimeMs: null, lastFetchTimeMs: null });
  });
});

describe('ISR changes', () => {
  it('proposes to shrink away a member not caught up within replica.lag.time.max.ms, and not one exactly at the limit', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 10, T0 + LAG, 10);
    expect(s.isrChange(T0 + LAG)).toBeNull();
    const p = s.isrChange(T0 + LAG + 1);
    expect(p).toEqual({ kind: 'shrink', isr: [1, 2], replicaIds: [3], leaderEpoch: 5, partitionEpoch: 10 });
    expect(s.pendingIsrChange).toBe(p);
  });

  it('keeps the leaving member in the high watermark until the controller commits the shrink', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    s.onFollowerFetch(3, 4, T0 + 1, 10);
    expect(s.highWatermark()).toBe(4);
    const p = s.isrChange(T0 + LAG + 1)!;
    expect(p.kind).toBe('shrink');
    expect(s.maybeAdvanceHighWatermark(T0 + LAG + 2)).toBe(false);
    expect(s.onAlterPartitionResponse(p, { errorCode: ErrorCode.NONE, leaderEpoch: 5, isr: [1, 2], partitionEpoch: 11 }, T0 + LAG + 3)).toBe(true);
    expect(s.isr).toEqual([1, 2]);
    expect(s.partitionEpoch).toBe(11);
    expect(s.pendingIsrChange).toBeNull();
    expect(s.highWatermark()).toBe(10);
  });

  it('proposes to add a follower that reached the high watermark and this leader\'s epoch start offset, one at a time', () => {
    const s = leader({ isr: [1], logEndOffset: 10, highWatermark: 10 });
    s.onFollowerFetch(2, 9, T0 + 1, 10);
    s.onFollowerFetch(3, 9, T0 + 1, 10);
    expect(s.isrChange(T0 + 2)).toBeNull();
    s.onFollowerFetch(2, 10, T0 + 3, 10);
    s.onFollowerFetch(3, 10, T0 + 3, 10);
    const p = s.isrChange(T0 + 4);
    expect(p).toEqual({ kind: 'expand', isr: [1, 2], replicaIds: [2], leaderEpoch: 5, partitionEpoch: 10 });
    expect(s.isrChange(T0 + 4)).toBeNull();
  });

  it('does not add a follower below this leader\'s epoch start offset even when it reached the high watermark', () => {
    // Member 3 has not fetched yet, so the HW stays at 6; follower 2 at 8 is above it but below 10.
    const t = leader({ isr: [1, 3], logEndOffset: 10, highWatermark: 6 });
    t.onFollowerFetch(2, 8, T0 + 1, 10);
    expect(t.highWatermark()).toBe(6);
    expect(t.isrChange(T0 + 2)).toBeNull();
  });

  it('never proposes an ineligible follower (fenced, shutting down)', () => {
    const s = leader({ isr: [1], logEndOffset: 10, highWatermark: 10 });
    s.setIneligibleReplicas([2], T0);
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    expect(s.isrChange(T0 + 2)).toBeNull();
  });

  it('already waits for the joining member while the expansion is pending (maximal ISR)', () => {
    const s = leader({ isr: [1], logEndOffset: 10, highWatermark: 10 });
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    const p = s.isrChange(T0 + 2)!;
    expect(s.maximalIsr).toEqual([1, 2]);
    s.onLeaderAppend(15, T0 + LAG * 10);
    expect(s.highWatermark()).toBe(10);
    expect(s.onAlterPartitionResponse(p, { errorCode: ErrorCode.NONE, leaderEpoch: 5, isr: [1, 2], partitionEpoch: 11 }, T0 + LAG * 10)).toBe(false);
    expect(s.onFollowerFetch(2, 15, T0 + LAG * 10 + 1, 15)).toEqual({ kind: 'recorded', highWatermarkAdvanced: true });
  });

  it('reverts to the committed ISR on OPERATION_NOT_ATTEMPTED and INELIGIBLE_REPLICA, so it can propose again', () => {
    for (const errorCode of [ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.INELIGIBLE_REPLICA]) {
      const s = leader({ isr: [1], logEndOffset: 10, highWatermark: 10 });
      s.onFollowerFetch(2, 10, T0 + 1, 10);
      const p = s.isrChange(T0 + 2)!;
      s.onAlterPartitionResponse(p, { errorCode, leaderEpoch: -1, isr: [], partitionEpoch: -1 }, T0 + 3);
      expect(s.pendingIsrChange).toBeNull();
      expect(s.maximalIsr).toEqual([1]);
      expect(s.isrChange(T0 + 4)).toEqual(p);
    }
  });

  it('stays pending on INVALID_UPDATE_VERSION or FENCED_LEADER_EPOCH until the metadata log brings the newer partition', () => {
    const s = leader();
    const p = s.isrChange(T0 + LAG + 1)!;
    for (const errorCode of [ErrorCode.INVALID_UPDATE_VERSION, ErrorCode.FENCED_LEADER_EPOCH]) {
      expect(s.onAlterPartitionResponse(p, { errorCode, leaderEpoch: -1, isr: [], partitionEpoch: -1 }, T0 + LAG + 2)).toBe(false);
      expect(s.pendingIsrChange).toBe(p);
      expect(s.isrChange(T0 + LAG + 3)).toBeNull();
    }
    s.onPartitionChange({ replicas: [1, 2, 3], isr: [1, 3], leader: 1, leaderEpoch: 5, partitionEpoch: 12 }, 0, T0 + LAG + 4);
    expect(s.pendingIsrChange).toBeNull();
    expect(s.isr).toEqual([1, 3]);
    expect(s.partitionEpoch).toBe(12);
  });

  it('ignores an answer to a proposal that is no longer pending, and a success for another leader epoch', () => {
    const s = leader();
    const p = s.isrChange(T0 + LAG + 1)!;
    s.onPartitionChange({ replicas: [1, 2, 3], isr: [1, 2, 3], leader: 1, leaderEpoch: 5, partitionEpoch: 11 }, 0, T0 + LAG + 2);
    s.onAlterPartitionResponse(p, { errorCode: ErrorCode.NONE, leaderEpoch: 5, isr: [1], partitionEpoch: 12 }, T0 + LAG + 3);
    expect(s.isr).toEqual([1, 2, 3]);
    const q = s.isrChange(T0 + LAG * 3)!;
    s.onAlterPartitionResponse(q, { errorCode: ErrorCode.NONE, leaderEpoch: 6, isr: [1], partitionEpoch: 12 }, T0 + LAG * 3);
    expect(s.pendingIsrChange).toBe(q);
    expect(s.isr).toEqual([1, 2, 3]);
  });

  it('ignores a registration with an older or equal partition epoch', () => {
    const s = leader();
    expect(s.onPartitionChange({ replicas: [1, 2, 3], isr: [1], leader: 1, leaderEpoch: 5, partitionEpoch: 10 }, 0, T0)).toBe(false);
    expect(s.isr).toEqual([1, 2, 3]);
  });

  it('restarts the lag clocks and the epoch start offset when re-elected in a new leader epoch', () => {
    const s = leader({ isr: [1, 2] });
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 10, T0, 10);
    s.onFollowerFetch(3, 10, T0, 10);
    s.onLeaderAppend(20, T0 + 1);
    s.onPartitionChange({ replicas: [1, 2, 3, 4], isr: [1, 2], leader: 1, leaderEpoch: 6, partitionEpoch: 11 }, 20, T0 + 5 * LAG);
    expect(s.leaderEpoch).toBe(6);
    expect(s.leaderEpochStartOffset).toBe(20);
    expect(s.follower(2)).toEqual({ replicaId: 2, logEndOffset: 10, lastCaughtUpTimeMs: T0 + 5 * LAG, lastFetchTimeMs: T0 + 5 * LAG });
    expect(s.follower(3)).toMatchObject({ logEndOffset: 10, lastCaughtUpTimeMs: null });
    expect(s.follower(4)).toMatchObject({ logEndOffset: -1, lastCaughtUpTimeMs: null });
    // Follower 3 reached the old HW but not the new epoch's start: not yet.
    expect(s.isrChange(T0 + 5 * LAG)).toBeNull();
  });
});

describe('acks=all and min.insync.replicas', () => {
  it('refuses an acks=all append with NOT_ENOUGH_REPLICAS when the ISR is below min.insync.replicas', () => {
    const s = leader({ isr: [1, 2] });
    expect(s.checkMinIsr(2)).toBe(ErrorCode.NONE);
    expect(s.checkMinIsr(3)).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
  });

  it('completes an acks=all produce once the high watermark passes its last offset', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    expect(s.checkAcksAllCompletion(10, 2)).toEqual({ kind: 'waiting' });
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    expect(s.checkAcksAllCompletion(10, 2)).toEqual({ kind: 'waiting' });
    s.onFollowerFetch(3, 10, T0 + 1, 10);
    expect(s.checkAcksAllCompletion(10, 2)).toEqual({ kind: 'done', errorCode: ErrorCode.NONE });
  });

  it('answers NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below min.insync.replicas before the write was replicated', () => {
    const s = leader();
    s.onLeaderAppend(10, T0);
    s.onFollowerFetch(2, 10, T0 + 1, 10);
    const p = s.isrChange(T0 + LAG + 1)!;
    expect(p.isr).toEqual([1, 2]);
    s.onAlterPartitionResponse(p, { errorCode: ErrorCode.NONE, leaderEpoch: 5, isr: [1, 2], partitionEpoch: 11 }, T0 + LAG + 2);
    expect(s.checkAcksAllCompletion(10, 3)).toEqual({ kind: 'done', errorCode: ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND });
    expect(s.checkAcksAllCompletion(10, 2)).toEqual({ kind: 'done', errorCode: ErrorCode.NONE });
  });
});

describe('invariants under random schedules (property)', () => {
  type Op =
    | { kind: 'append'; count: number }
    | { kind: 'fetch'; replica: number; advance: number }
    | { kind: 'time'; ms: number }
    | { kind: 'isr' }
    | { kind: 'answer'; how: 'commit' | 'notAttempted' | 'invalidVersion' | 'metadata' }
    | { kind: 'ineligible'; replicas: number[] };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('fetch' as const), replica: fc.integer({ min: 2, max: 4 }), advance: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ kind: fc.constant('time' as const), ms: fc.integer({ min: 0, max: LAG }) }),
    fc.record({ kind: fc.constant('isr' as const) }),
    fc.record({ kind: fc.constant('answer' as const), how: fc.constantFrom('commit' as const, 'notAttempted' as const, 'invalidVersion' as const, 'metadata' as const) }),
    fc.record({ kind: fc.constant('ineligible' as const), replicas: fc.subarray([2, 3, 4]) }),
  );

  it('keeps the HW monotonic, within the leader\'s and every maximal-ISR member\'s log end offset, and acks=all safe', () => {
    fc.assert(
      fc.property(fc.subarray([2, 3, 4]), fc.array(op, { minLength: 1, maxLength: 80 }), (initialIsr, ops) => {
        const replicas = [1, 2, 3, 4];
        let now = T0;
        let leo = 0;
        let partitionEpoch = 10;
        const s = new PartitionReplicaState({ replicas, isr: [1, ...initialIsr], leader: 1, leaderEpoch: 5, partitionEpoch, logEndOffset: 0, highWatermark: 0, nowMs: now, replicaLagTimeMaxMs: LAG });
        const fetched = new Map<number, number>();
        let hw = s.highWatermark();
        const acked: number[] = [];
        for (const o of ops) {
          let advanced = false;
          if (o.kind === 'append') {
            leo += o.count;
            advanced = s.onLeaderAppend(leo, now);
          } else if (o.kind === 'fetch') {
            const next = Math.min(leo, (fetched.get(o.replica) ?? 0) + o.advance);
            fetched.set(o.replica, next);
            const r = s.onFollowerFetch(o.replica, next, now, leo);
            expect(r.kind).toBe('recorded');
            if (r.kind === 'recorded') advanced = r.highWatermarkAdvanced;
          } else if (o.kind === 'time') {
            now += o.ms;
            advanced = s.maybeAdvanceHighWatermark(now);
          } else if (o.kind === 'isr') {
            const p = s.isrChange(now);
            if (p !== null) {
              expect(p.isr).toContain(1);
              expect(p.leaderEpoch).toBe(5);
              expect(p.partitionEpoch).toBe(partitionEpoch);
              if (p.kind === 'expand') for (const id of p.replicaIds) expect(s.follower(id)!.logEndOffset).toBeGreaterThanOrEqual(s.highWatermark());
            }
          } else if (o.kind === 'answer') {
            const p = s.pendingIsrChange;
            if (p === null) continue;
            if (o.how === 'commit') {
              partitionEpoch++;
              advanced = s.onAlterPartitionResponse(p, { errorCode: ErrorCode.NONE, leaderEpoch: 5, isr: p.isr, partitionEpoch }, now);
            } else if (o.how === 'notAttempted') {
              advanced = s.onAlterPartitionResponse(p, { errorCode: ErrorCode.OPERATION_NOT_ATTEMPTED, leaderEpoch: -1, isr: [], partitionEpoch: -1 }, now);
            } else if (o.how === 'invalidVersion') {
              advanced = s.onAlterPartitionResponse(p, { errorCode: ErrorCode.INVALID_UPDATE_VERSION, leaderEpoch: -1, isr: [], partitionEpoch: -1 }, now);
            } else {
              // The controller committed the proposal and the broker learns it from the metadata log first.
              partitionEpoch++;
              advanced = s.onPartitionChange({ replicas, isr: p.isr, leader: 1, leaderEpoch: 5, partitionEpoch }, leo, now);
            }
          } else {
            advanced = s.setIneligibleReplicas(o.replicas, now);
          }

          const next = s.highWatermark();
          expect(next).toBeGreaterThanOrEqual(hw);
          expect(advanced).toBe(next > hw);
          expect(next).toBeLessThanOrEqual(leo);
          if (next > hw) {
            for (const id of s.maximalIsr) if (id !== 1) expect(s.follower(id)!.logEndOffset).toBeGreaterThanOrEqual(next);
          }
          hw = next;
          expect(s.isr).toContain(1);
          expect(new Set(s.isr).size).toBe(s.isr.length);
          // acks=all: once answered, the write is on every member of the maximal ISR at that moment.
          for (let required = 1; required <= leo; required++) {
            const c = s.checkAcksAllCompletion(required, 1);
            if (c.kind === 'done' && !acked.includes(required)) {
              acked.push(required);
              for (const id of s.maximalIsr) if (id !== 1) expect(s.follower(id)!.logEndOffset).toBeGreaterThanOrEqual(required);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
