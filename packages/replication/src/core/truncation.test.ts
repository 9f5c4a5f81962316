// Goal: a follower truncates exactly where its log parts from the leader's, by leader epochs
// (KIP-101, KIP-279, KIP-320), in every case the KIPs describe and in any history of elections,
// clean or unclean. Method: each KIP scenario as a scripted pair of logs; then a fast-check
// simulation of three replicas (random elections, appends, partial replication, every record
// named by the epoch that wrote it) checking that both the OffsetsForLeaderEpoch loop and the
// Fetch divergingEpoch loop end at the longest common prefix and leave the follower's log equal
// to the leader's.
import { ErrorCode } from '@gregor/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLastFetchedEpoch, endOffsetForEpoch, truncationOffset, UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET, type EpochEndOffset, type EpochEntry, type TruncationStep } from './truncation.js';

/** A replica's log: the epoch of each record, and its leader epoch cache (as @gregor/storage keeps it). */
class Replica {
  log: number[] = [];
  epochs: EpochEntry[] = [];
  constructor(records: number[] = [], emptyEpochs: EpochEntry[] = []) {
    for (const e of records) this.append(e);
    for (const e of emptyEpochs) this.assign(e.epoch, e.startOffset);
  }
  get logEndOffset(): number {
    return this.log.length;
  }
  /** LeaderEpochCache.assign: drop entries that would break monotonicity, then add. */
  assign(epoch: number, startOffset: number): void {
    const latest = this.epochs[this.epochs.length - 1];
    if (latest !== undefined && latest.epoch === epoch && latest.startOffset <= startOffset) return;
    this.epochs = this.epochs.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
    this.epochs.push({ epoch, startOffset });
  }
  append(epoch: number): void {
    this.assign(epoch, this.log.length);
    this.log.push(epoch);
  }
  truncateTo(offset: number): void {
    expect(offset).toBeLessThanOrEqual(this.log.length);
    this.log.length = offset;
    this.epochs = this.epochs.filter((e) => e.startOffset < offset);
  }
  /** Becoming leader of `epoch`: the epoch starts at the log end offset (Kafka's makeLeader). */
  becomeLeader(epoch: number): void {
    this.assign(epoch, this.log.length);
  }
  answer(epoch: number): EpochEndOffset {
    return endOffsetForEpoch(this.epochs, epoch, this.logEndOffset);
  }
}

function commonPrefix(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The OffsetsForLeaderEpoch loop as a follower fetcher runs it; returns the final offset and the rounds. */
function reconcileByOffsetsForLeaderEpoch(follower: Replica, leader: Replica, highWatermark = 0): { truncateTo: number; rounds: number } {
  let step: TruncationStep = truncationOffset({ epochs: follower.epochs, logEndOffset: follower.logEndOffset, highWatermark, leaderAnswer: null });
  let rounds = 0;
  while (step.kind === 'ask') {
    follower.truncateTo(step.truncateTo);
    const answer = leader.answer(step.askFor);
    expect(answer.leaderEpoch).toBeLessThanOrEqual(step.askFor);
    rounds++;
    step = truncationOffset({ epochs: follower.epochs, logEndOffset: follower.logEndOffset, highWatermark, leaderAnswer: answer });
  }
  follower.truncateTo(step.truncateTo);
  return { truncateTo: step.truncateTo, rounds };
}

/** The KIP-320 loop: fetch with lastFetchedEpoch, truncate on divergingEpoch, fetch again. */
function reconcileByFetch(follower: Replica, leader: Replica): { truncateTo: number; rounds: number } {
  let rounds = 0;
  for (;;) {
    const lastFetchedEpoch = follower.epochs[follower.epochs.length - 1]?.epoch ?? UNDEFINED_EPOCH;
    const check = checkLastFetchedEpoch({ epochs: leader.epochs, logStartOffset: 0, logEndOffset: leader.logEndOffset }, follower.logEndOffset, lastFetchedEpoch);
    if (check.kind === 'ok') return { truncateTo: follower.logEndOffset, rounds };
    expect(check.kind).toBe('diverging');
    if (check.kind !== 'diverging') throw new Error('unreachable');
    rounds++;
    const step = truncationOffset({ epochs: follower.epochs, logEndOffset: follower.logEndOffset, highWatermark: 0, leaderAnswer: check.divergingEpoch });
    follower.truncateTo(step.truncateTo);
  }
}

function copyFrom(follower: Replica, leader: Replica, count = Number.POSITIVE_INFINITY): void {
  for (let o = follower.logEndOffset; o < leader.logEndOffset && count > 0; o++, count--) follower.append(leader.log[o]!);
}

describe('endOffsetForEpoch (the leader\'s OffsetsForLeaderEpoch answer, KIP-279)', () => {
  const epochs: EpochEntry[] = [{ epoch: 2, startOffset: 10 }, { epoch: 4, startOffset: 20 }, { epoch: 6, startOffset: 30 }];
  it('ends the latest epoch at the log end offset', () => {
    expect(endOffsetForEpoch(epochs, 6, 35)).toEqual({ leaderEpoch: 6, endOffset: 35 });
  });
  it('ends an older epoch where the next one starts', () => {
    expect(endOffsetForEpoch(epochs, 4, 35)).toEqual({ leaderEpoch: 4, endOffset: 30 });
  });
  it('answers an epoch it never had with the largest epoch below it', () => {
    expect(endOffsetForEpoch(epochs, 5, 35)).toEqual({ leaderEpoch: 4, endOffset: 30 });
  });
  it('answers an epoch below all it knows with that epoch, ending at its first known start', () => {
    expect(endOffsetForEpoch(epochs, 1, 35)).toEqual({ leaderEpoch: 1, endOffset: 10 });
  });
  it('answers UNDEFINED for an epoch above its latest, for UNDEFINED_EPOCH and without epochs', () => {
    const undef = { leaderEpoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };
    expect(endOffsetForEpoch(epochs, 7, 35)).toEqual(undef);
    expect(endOffsetForEpoch(epochs, UNDEFINED_EPOCH, 35)).toEqual(undef);
    expect(endOffsetForEpoch([], 3, 0)).toEqual(undef);
  });
  it('refuses, as a bug, a cache whose epochs do not increase', () => {
    expect(() => endOffsetForEpoch([{ epoch: 3, startOffset: 0 }, { epoch: 3, startOffset: 5 }], 3, 9)).toThrow(/not increasing/);
  });
});

describe('truncationOffset: the KIP-101 scenarios', () => {
  it('scenario 1: keeps a record above its high watermark that the leader has, instead of losing it on a leader change', () => {
    // A leads epoch 0 with m1, m2; B has both but learned only HW 1 before restarting.
    const a = new Replica([0, 0]);
    const b = new Replica([0, 0]);
    const first = truncationOffset({ epochs: b.epochs, logEndOffset: 2, highWatermark: 1, leaderAnswer: null });
    expect(first).toEqual({ kind: 'ask', truncateTo: 2, askFor: 0 });
    expect(truncationOffset({ epochs: b.epochs, logEndOffset: 2, highWatermark: 1, leaderAnswer: a.answer(0) })).toEqual({ kind: 'truncate', truncateTo: 2 });
  });

  it('scenario 2: truncates a record the new leader never had, so the logs do not diverge after both crash', () => {
    // A had m1, m2 (epoch 0), B only m1; B restarts first, leads epoch 1 and writes m3 at offset 1.
    const a = new Replica([0, 0]);
    const b = new Replica([0]);
    b.becomeLeader(1);
    b.append(1);
    expect(reconcileByOffsetsForLeaderEpoch(a, b, 1)).toEqual({ truncateTo: 1, rounds: 1 });
    copyFrom(a, b);
    expect(a.log).toEqual([0, 1]);
  });

  it('truncates to the high watermark when the follower has no epochs (Kafka\'s truncateToHighWatermark)', () => {
    expect(truncationOffset({ epochs: [], logEndOffset: 7, highWatermark: 4, leaderAnswer: null })).toEqual({ kind: 'truncate', truncateTo: 4 });
  });

  it('truncates to the high watermark when the leader cannot place the epoch (UNDEFINED_EPOCH_OFFSET)', () => {
    const epochs = [{ epoch: 3, startOffset: 0 }];
    expect(truncationOffset({ epochs, logEndOffset: 7, highWatermark: 4, leaderAnswer: { leaderEpoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET } })).toEqual({ kind: 'truncate', truncateTo: 4 });
  });

  it('truncates to the leader\'s end offset when it answers without an epoch (OffsetsForLeaderEpoch v0)', () => {
    const epochs = [{ epoch: 3, startOffset: 0 }];
    expect(truncationOffset({ epochs, logEndOffset: 7, highWatermark: 4, leaderAnswer: { leaderEpoch: UNDEFINED_EPOCH, endOffset: 5 } })).toEqual({ kind: 'truncate', truncateTo: 5 });
    expect(truncationOffset({ epochs, logEndOffset: 7, highWatermark: 4, leaderAnswer: { leaderEpoch: UNDEFINED_EPOCH, endOffset: 9 } })).toEqual({ kind: 'truncate', truncateTo: 7 });
  });

  it('never truncates above its own log end offset when the leader has more of the same epoch', () => {
    const f = new Replica([0, 0]);
    const l = new Replica([0, 0, 0, 0]);
    expect(reconcileByOffsetsForLeaderEpoch(f, l)).toEqual({ truncateTo: 2, rounds: 1 });
  });
});

describe('truncationOffset: the KIP-279 scenarios', () => {
  it('fast leader fail-over: truncates the epoch the leader never had, which KIP-101\'s answer would have kept', () => {
    // A leads epoch 1 and writes offsets 0-2. B, holding only offset 0, leads epoch 2 and writes
    // offsets 1-2; A, never seeing them, leads epoch 3 at offset 3.
    const a = new Replica([1, 1, 1]);
    const b = new Replica([1, 2, 2]);
    a.becomeLeader(3);
    a.append(3);
    // KIP-101 answered "where the first epoch above 2 starts" (3): B would have kept offsets 1-2.
    expect(a.epochs.find((e) => e.epoch > 2)?.startOffset).toBe(3);
    expect(a.answer(2)).toEqual({ leaderEpoch: 1, endOffset: 3 });
    expect(reconcileByOffsetsForLeaderEpoch(b, a)).toEqual({ truncateTo: 1, rounds: 1 });
    copyFrom(b, a);
    expect(b.log).toEqual(a.log);
  });

  it('multiple fast leader changes: asks again, epoch by epoch, while the follower holds epochs the leader never had', () => {
    const f = new Replica([1, 1, 2, 2, 4, 4]);
    const l = new Replica([1, 1, 1, 3, 3, 5, 5]);
    const s1 = truncationOffset({ epochs: f.epochs, logEndOffset: 6, highWatermark: 0, leaderAnswer: l.answer(4) });
    expect(l.answer(4)).toEqual({ leaderEpoch: 3, endOffset: 5 });
    expect(s1).toEqual({ kind: 'ask', truncateTo: 4, askFor: 2 });
    f.truncateTo(4);
    expect(l.answer(2)).toEqual({ leaderEpoch: 1, endOffset: 3 });
    expect(truncationOffset({ epochs: f.epochs, logEndOffset: 4, highWatermark: 0, leaderAnswer: l.answer(2) })).toEqual({ kind: 'truncate', truncateTo: 2 });
    const g = new Replica([1, 1, 2, 2, 4, 4]);
    expect(reconcileByOffsetsForLeaderEpoch(g, l)).toEqual({ truncateTo: 2, rounds: 2 });
  });

  it('unclean leader election: truncates a longer follower to the shorter new leader\'s log (the lost tail is unclean election\'s price)', () => {
    const f = new Replica([0, 0, 0, 0]);
    const l = new Replica([0, 0]);
    l.becomeLeader(1);
    expect(reconcileByOffsetsForLeaderEpoch(f, l)).toEqual({ truncateTo: 2, rounds: 1 });
    l.append(1);
    const f2 = new Replica([0, 0, 0, 0]);
    expect(reconcileByOffsetsForLeaderEpoch(f2, l)).toEqual({ truncateTo: 2, rounds: 1 });
    copyFrom(f2, l);
    expect(f2.log).toEqual([0, 0, 1]);
  });

  it('a follower whose epochs all lie above the answered one truncates to where its first epoch starts', () => {
    // Its log starts at offset 100 (older segments deleted); the leader's epoch 3 ran to 120.
    const epochs = [{ epoch: 5, startOffset: 100 }, { epoch: 7, startOffset: 150 }];
    expect(truncationOffset({ epochs, logEndOffset: 200, highWatermark: 0, leaderAnswer: { leaderEpoch: 3, endOffset: 120 } })).toEqual({ kind: 'truncate', truncateTo: 100 });
  });

  it('asks again about its latest epoch when the answer is above it (its cache lost an empty epoch since it asked)', () => {
    // It had led epoch 2 without writing; the no-op truncation before asking dropped that entry.
    const f = new Replica([0], [{ epoch: 2, startOffset: 1 }]);
    const l = new Replica([1]);
    l.becomeLeader(3);
    const first = truncationOffset({ epochs: f.epochs, logEndOffset: 1, highWatermark: 0, leaderAnswer: null });
    expect(first).toEqual({ kind: 'ask', truncateTo: 1, askFor: 2 });
    f.truncateTo(1);
    expect(f.epochs).toEqual([{ epoch: 0, startOffset: 0 }]);
    expect(l.answer(2)).toEqual({ leaderEpoch: 1, endOffset: 1 });
    expect(truncationOffset({ epochs: f.epochs, logEndOffset: 1, highWatermark: 0, leaderAnswer: l.answer(2) })).toEqual({ kind: 'ask', truncateTo: 1, askFor: 0 });
    expect(truncationOffset({ epochs: f.epochs, logEndOffset: 1, highWatermark: 0, leaderAnswer: l.answer(0) })).toEqual({ kind: 'truncate', truncateTo: 0 });
  });

  it('with no epochs left after asking, truncates to the leader\'s end offset', () => {
    expect(truncationOffset({ epochs: [], logEndOffset: 10, highWatermark: 2, leaderAnswer: { leaderEpoch: 4, endOffset: 6 } })).toEqual({ kind: 'truncate', truncateTo: 6 });
  });
});

describe('checkLastFetchedEpoch (KIP-320, the leader side of Fetch)', () => {
  const leader = { epochs: [{ epoch: 1, startOffset: 0 }, { epoch: 3, startOffset: 10 }], logStartOffset: 0, logEndOffset: 15 };
  it('accepts a fetch without a last fetched epoch', () => {
    expect(checkLastFetchedEpoch(leader, 12, UNDEFINED_EPOCH)).toEqual({ kind: 'ok' });
  });
  it('accepts a fetch whose last epoch we hold up to its fetch offset', () => {
    expect(checkLastFetchedEpoch(leader, 10, 1)).toEqual({ kind: 'ok' });
    expect(checkLastFetchedEpoch(leader, 15, 3)).toEqual({ kind: 'ok' });
  });
  it('answers a divergingEpoch when our copy of the epoch ends before the fetch offset', () => {
    expect(checkLastFetchedEpoch(leader, 12, 1)).toEqual({ kind: 'diverging', divergingEpoch: { leaderEpoch: 1, endOffset: 10 } });
  });
  it('answers a divergingEpoch with our largest epoch below one we never had', () => {
    expect(checkLastFetchedEpoch(leader, 8, 2)).toEqual({ kind: 'diverging', divergingEpoch: { leaderEpoch: 1, endOffset: 10 } });
  });
  it('answers a fetch offset below our log start with OFFSET_OUT_OF_RANGE', () => {
    expect(checkLastFetchedEpoch({ ...leader, logStartOffset: 5 }, 3, 1)).toEqual({ kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE });
  });
  it('answers an epoch above our latest with OFFSET_OUT_OF_RANGE', () => {
    expect(checkLastFetchedEpoch(leader, 15, 4)).toEqual({ kind: 'error', errorCode: ErrorCode.OFFSET_OUT_OF_RANGE });
  });
});

describe('truncation in any election history (property)', () => {
  type Event = { kind: 'elect'; replica: number } | { kind: 'append'; count: number } | { kind: 'replicate'; replica: number; count: number; byFetch: boolean };
  const event: fc.Arbitrary<Event> = fc.oneof(
    fc.record({ kind: fc.constant('elect' as const), replica: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('replicate' as const), replica: fc.integer({ min: 0, max: 2 }), count: fc.integer({ min: 0, max: 6 }), byFetch: fc.boolean() }),
  );

  function reconcile(f: Replica, l: Replica, byFetch: boolean): void {
    const expected = commonPrefix(f.log, l.log);
    const epochsBefore = f.epochs.length;
    const twin = new Replica();
    twin.log = [...f.log];
    twin.epochs = [...f.epochs];
    const r = byFetch ? reconcileByFetch(f, l) : reconcileByOffsetsForLeaderEpoch(f, l);
    const other = byFetch ? reconcileByOffsetsForLeaderEpoch(twin, l) : reconcileByFetch(twin, l);
    expect(r.truncateTo).toBe(expected);
    expect(other.truncateTo).toBe(expected);
    expect(f.logEndOffset).toBe(expected);
    expect(r.rounds).toBeLessThanOrEqual(epochsBefore + 1);
  }

  it('truncates to the longest common prefix and converges to the leader\'s log, by OffsetsForLeaderEpoch and by Fetch', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 60 }), (events) => {
        const replicas = [new Replica(), new Replica(), new Replica()];
        let leader = 0;
        let epoch = 0;
        replicas[0]!.becomeLeader(0);
        for (const ev of events) {
          const l = replicas[leader]!;
          if (ev.kind === 'elect') {
            // Any replica may win: clean or unclean, with or without the latest records.
            leader = ev.replica;
            replicas[leader]!.becomeLeader(++epoch);
          } else if (ev.kind === 'append') {
            for (let i = 0; i < ev.count; i++) l.append(epoch);
          } else if (ev.replica !== leader) {
            const f = replicas[ev.replica]!;
            reconcile(f, l, ev.byFetch);
            copyFrom(f, l, ev.count);
          }
        }
        const l = replicas[leader]!;
        for (const [i, f] of replicas.entries()) {
          if (i === leader) continue;
          reconcile(f, l, i % 2 === 0);
          copyFrom(f, l);
          expect(f.log).toEqual(l.log);
        }
      }),
      { numRuns: 500 },
    );
  });
});
