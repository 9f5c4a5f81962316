import type { Ack, Commit, Consumed } from './workload.js';

/**
 * The consumer group checks, a pure function of what the members reported, what the log holds
 * and what OffsetFetch answers after healing:
 *
 * - **committed offsets never move backwards**: per partition, a successful commit Y whose
 *   request was made after another successful commit X was answered (X.ackMs < Y.sentMs, so the
 *   broker saw X first in real time) must not commit a lower offset than X. That is Kafka's
 *   promise: a successful OffsetCommit is durable in __consumer_offsets (acks=all on its
 *   partition), so whoever owns the partition next starts from it or later; members only commit
 *   positions after records they consumed from there; and commits from an expired generation
 *   are refused (ILLEGAL_GENERATION / UNKNOWN_MEMBER_ID), so a zombie cannot rewind it.
 *   Overlapping commits (neither answered before the other was sent) have no order to check.
 * - **the final committed offsets** (OffsetFetch after healing) are >= every successful commit
 *   of the partition: no acknowledged commit was lost in a coordinator failover.
 * - **the group consumed every acknowledged write** below its final committed offset (at the
 *   acknowledged offset with the acknowledged value; an ack without an offset by its value's
 *   position in the log). Records delivered more than once are counted, not failed:
 *   at-least-once.
 * - the group reached the end: its final committed offset equals the high watermark of every
 *   partition (the workload stops the members only after they caught up, or a deadline).
 */
export interface GroupCheckInput {
  readonly acks: readonly Ack[];
  /** `${partition}/${offset}` -> value, every record of the log up to the high watermark. */
  readonly log: ReadonlyMap<string, string>;
  /** High watermark per partition. */
  readonly logEnd: ReadonlyMap<number, number>;
  readonly consumed: readonly Consumed[];
  readonly commits: readonly Commit[];
  /** OffsetFetch after healing; a partition without a committed offset is absent. */
  readonly finalCommitted: ReadonlyMap<number, number>;
  readonly members: number;
  readonly rebalances: number;
}

export interface OffsetRegression {
  readonly partition: number;
  /** The earlier successful commit, answered before `later` was sent. */
  readonly earlier: { member: string; offset: number; ackMs: number };
  readonly later: { member: string; offset: number; sentMs: number };
}

export interface GroupCheckResult {
  readonly ok: boolean;
  readonly members: number;
  readonly rebalances: number;
  /** Records delivered to the group, redeliveries included. */
  readonly consumed: number;
  /** Deliveries of a (partition, offset) beyond its first: at-least-once redeliveries. */
  readonly redelivered: number;
  readonly commits: number;
  readonly failedCommits: number;
  readonly offsetRegressions: readonly OffsetRegression[];
  /** Highest successful commit per partition. */
  readonly highestCommitted: Record<string, number>;
  /** OffsetFetch after healing, per partition (null: nothing committed). */
  readonly finalCommitted: Record<string, number | null>;
  /** Partitions whose final committed offset is below a successful commit. */
  readonly finalBehind: ReadonlyArray<{ partition: number; finalCommitted: number | null; highestCommitted: number }>;
  /** Acknowledged writes below the final committed offset that the group never consumed. */
  readonly missed: ReadonlyArray<{ partition: number; offset: number; value: string }>;
  /** Consumed records whose value differs from the log's at that offset. */
  readonly mismatched: ReadonlyArray<{ partition: number; offset: number; consumed: string; log: string | null }>;
  /** Partitions the group did not finish (final committed offset below the high watermark). */
  readonly notReached: ReadonlyArray<{ partition: number; finalCommitted: number | null; highWatermark: number }>;
}

export function checkGroup(input: GroupCheckInput): GroupCheckResult {
  // Regressions: per partition, successful commits by answer time; each commit is compared with
  // the highest offset among commits answered strictly before it was sent.
  const perPartition = new Map<number, Array<{ member: string; offset: number; sentMs: number; ackMs: number }>>();
  let failedCommits = 0;
  let commits = 0;
  for (const c of input.commits) {
    if (!c.ok) {
      failedCommits++;
      continue;
    }
    commits++;
    for (const [partition, offset] of c.offsets) {
      const list = perPartition.get(partition) ?? [];
      list.push({ member: c.member, offset, sentMs: c.sentMs, ackMs: c.ackMs });
      perPartition.set(partition, list);
    }
  }
  const offsetRegressions: OffsetRegression[] = [];
  const highestCommitted: Record<string, number> = {};
  for (const [partition, list] of perPartition) {
    const byAck = [...list].sort((a, b) => a.ackMs - b.ackMs);
    const bySent = [...list].sort((a, b) => a.sentMs - b.sentMs);
    let i = 0;
    let best: (typeof list)[number] | null = null;
    for (const y of bySent) {
      while (i < byAck.length && byAck[i]!.ackMs < y.sentMs) {
        if (best === null || byAck[i]!.offset > best.offset) best = byAck[i]!;
        i++;
      }
      if (best !== null && y.offset < best.offset) {
        offsetRegressions.push({ partition, earlier: { member: best.member, offset: best.offset, ackMs: best.ackMs }, later: { member: y.member, offset: y.offset, sentMs: y.sentMs } });
      }
    }
    highestCommitted[String(partition)] = Math.max(...list.map((c) => c.offset));
  }

  const finalCommitted: Record<string, number | null> = {};
  const partitions = new Set<number>([...input.logEnd.keys(), ...perPartition.keys()]);
  for (const p of [...partitions].sort((a, b) => a - b)) finalCommitted[String(p)] = input.finalCommitted.get(p) ?? null;
  const finalBehind = Object.entries(highestCommitted)
    .map(([p, highest]) => ({ partition: Number(p), finalCommitted: input.finalCommitted.get(Number(p)) ?? null, highestCommitted: highest }))
    .filter((x) => x.finalCommitted === null || x.finalCommitted < x.highestCommitted);

  // What the group consumed, and how often.
  const consumedValue = new Map<string, string>();
  let redelivered = 0;
  const mismatched: Array<{ partition: number; offset: number; consumed: string; log: string | null }> = [];
  for (const r of input.consumed) {
    const k = `${r.partition}/${r.offset}`;
    if (consumedValue.has(k)) redelivered++;
    else consumedValue.set(k, r.value);
    const inLog = input.log.get(k);
    if (inLog !== r.value) mismatched.push({ partition: r.partition, offset: r.offset, consumed: r.value, log: inLog ?? null });
  }

  // Acknowledged writes below the final committed offset must have been consumed. An ack
  // without an offset is placed by its value in the log (if it is not there, it is lost, which
  // the log check reports).
  const offsetOfValue = new Map<string, number>();
  for (const [k, v] of input.log) {
    const [p, o] = k.split('/');
    offsetOfValue.set(`${p}/${v}`, Number(o));
  }
  const missed: Array<{ partition: number; offset: number; value: string }> = [];
  for (const a of input.acks) {
    const offset = a.offset ?? offsetOfValue.get(`${a.partition}/${a.value}`);
    if (offset === undefined) continue;
    const committed = input.finalCommitted.get(a.partition);
    if (committed === undefined || offset >= committed) continue;
    if (consumedValue.get(`${a.partition}/${offset}`) !== a.value) missed.push({ partition: a.partition, offset, value: a.value });
  }

  const notReached = [...input.logEnd]
    .filter(([p, end]) => end > 0 && (input.finalCommitted.get(p) ?? -1) < end)
    .map(([partition, highWatermark]) => ({ partition, finalCommitted: input.finalCommitted.get(partition) ?? null, highWatermark }));

  const ok = offsetRegressions.length === 0 && finalBehind.length === 0 && missed.length === 0 && mismatched.length === 0 && notReached.length === 0;
  return {
    ok,
    members: input.members,
    rebalances: input.rebalances,
    consumed: input.consumed.length,
    redelivered,
    commits,
    failedCommits,
    offsetRegressions,
    highestCommitted,
    finalCommitted,
    finalBehind,
    missed,
    mismatched,
    notReached,
  };
}
