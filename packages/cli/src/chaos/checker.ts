import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Admin, Consumer } from '@gregor/client';
import { iterateBatchSpans, readBatchHeader } from '@gregor/protocol';
import type { ChaosCluster } from './cluster.js';
import type { FaultEvent } from './faults.js';
import { checkGroup, type GroupCheckResult } from './group-check.js';
import { fetchCommittedOffsets, type Ack, type Commit, type Consumed } from './workload.js';

/**
 * What the checker verifies after the faults have healed (the promises the product makes):
 * every acknowledged write is in the log at its acknowledged offset (or, acknowledged without
 * one, somewhere in its partition); idempotent producers wrote
 * nothing twice; each key's writes appear in produce order; every replica's log is byte-identical
 * to the leader's; every node reports the same metadata. It also measures, per fault type, the
 * longest time without any acknowledged write. With a consumer group workload it adds the group
 * checks (group-check.ts): committed offsets never move backwards, the final committed offsets
 * hold every successful commit, and the group consumed every acknowledged write.
 */
export interface CheckResult {
  readonly ok: boolean;
  readonly acknowledged: number;
  /** Acknowledged without an offset (librdkafka's implicit acks): checked by value in their partition. */
  readonly acknowledgedWithoutOffset: number;
  readonly lost: ReadonlyArray<{ partition: number; offset: number | null; value: string; found: string | null }>;
  /**
   * Values found more than once in the log, with where (`partition/offset`) and, for the first
   * ten, the batch holding each copy in the leader's log (who wrote it with which sequence).
   */
  readonly duplicates: ReadonlyArray<{ value: string; count: number; at: readonly string[]; batches?: readonly BatchEvidence[] }>;
  readonly orderViolations: ReadonlyArray<{ partition: number; key: string; previous: number; next: number }>;
  readonly divergentReplicas: ReadonlyArray<{ partition: number; replica: number; leader: number; replicaBytes: number; leaderBytes: number }>;
  readonly metadataConverged: boolean;
  readonly metadataViews: Record<string, string>;
  readonly unavailability: Record<string, { longestMs: number; faults: number }>;
  readonly logRecords: number;
  /** The consumer group checks; null when the run had no group workload. */
  readonly group: GroupCheckResult | null;
  readonly problems: readonly string[];
}

/** What the consumer group members reported, for the group checks. */
export interface GroupObservations {
  readonly group: string;
  readonly members: number;
  readonly consumed: readonly Consumed[];
  readonly commits: readonly Commit[];
  readonly rebalances: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The batch holding one record, as the leader's log files have it. */
export interface BatchEvidence {
  readonly at: string;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly partitionLeaderEpoch: number;
  readonly producerId: string;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  /** The record's own sequence: baseSequence + its offset delta. */
  readonly sequence: number;
}

/** Finds the batch holding `offset` in a partition's concatenated log bytes. */
export function batchEvidence(bytes: Buffer, partition: number, offset: number): BatchEvidence | null {
  for (const span of iterateBatchSpans(bytes)) {
    const h = readBatchHeader(bytes, span.position);
    if (offset < h.baseOffset || offset > h.baseOffset + h.lastOffsetDelta) continue;
    return {
      at: `${partition}/${offset}`,
      baseOffset: h.baseOffset,
      lastOffset: h.baseOffset + h.lastOffsetDelta,
      partitionLeaderEpoch: h.partitionLeaderEpoch,
      producerId: String(h.producerId),
      producerEpoch: h.producerEpoch,
      baseSequence: h.baseSequence,
      sequence: h.baseSequence + (offset - h.baseOffset),
    };
  }
  return null;
}

async function describeEverywhere(cluster: ChaosCluster, topic: string): Promise<Record<string, string>> {
  const views: Record<string, string> = {};
  for (const id of cluster.ids) {
    const admin = new Admin({ bootstrapServers: cluster.clientAddress(id), retries: 1, requestTimeoutMs: 5000 });
    try {
      const cl = await admin.describeCluster();
      const [t] = await admin.describeTopics([topic]);
      views[String(id)] = JSON.stringify({
        brokers: cl.brokers.map((b) => b.nodeId).sort(),
        partitions: (t?.partitions ?? []).map((p) => [p.partition, p.leader, p.leaderEpoch, [...p.isr].sort()]),
      });
    } catch (err) {
      views[String(id)] = `error: ${(err as Error).message}`;
    } finally {
      await admin.close().catch(() => undefined);
    }
  }
  return views;
}

function logBytes(dir: string): Buffer {
  if (!existsSync(dir)) return Buffer.alloc(0);
  const files = readdirSync(dir).filter((f) => f.endsWith('.log')).sort();
  return Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
}

/** Waits until the cluster is whole again: every node live, every partition fully in sync. */
export async function waitHealed(cluster: ChaosCluster, topic: string, partitions: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const views = await describeEverywhere(cluster, topic);
    const parsed = Object.values(views).map((v) => (v.startsWith('error') ? null : (JSON.parse(v) as { brokers: number[]; partitions: Array<[number, number, number, number[]]> })));
    const whole = parsed.every((v) => v !== null && v.brokers.length === cluster.ids.length && v.partitions.length === partitions && v.partitions.every((p) => p[1] >= 0 && p[3].length === cluster.ids.length));
    if (whole && new Set(Object.values(views)).size === 1) return true;
    await sleep(1000);
  }
  return false;
}

export async function check(opts: {
  cluster: ChaosCluster;
  topic: string;
  partitions: number;
  acks: readonly Ack[];
  faults: readonly FaultEvent[];
  healTimeoutMs: number;
  group?: GroupObservations;
}): Promise<CheckResult> {
  const { cluster, topic, partitions, acks } = opts;
  const problems: string[] = [];
  const healed = await waitHealed(cluster, topic, partitions, opts.healTimeoutMs);
  if (!healed) problems.push(`the cluster did not heal within ${opts.healTimeoutMs} ms (a node down or a partition not fully in sync)`);

  // Read every partition from its leader, from the start to the high watermark.
  const admin = new Admin({ bootstrapServers: cluster.bootstrap, retries: 10, requestTimeoutMs: 10_000 });
  const ends = await admin.listOffsets(topic, 'latest');
  const described = await admin.describeTopics([topic]);
  await admin.close();
  const consumer = new Consumer({ bootstrapServers: cluster.bootstrap, maxWaitMs: 200 });
  consumer.assign(Array.from({ length: partitions }, (_, p) => ({ topic, partition: p, from: 'earliest' as const })));
  const log = new Map<string, string>();
  const byPartition = new Map<number, Array<{ offset: number; key: string; value: string }>>();
  const total = ends.reduce((n, e) => n + e.offset, 0);
  let read = 0;
  const deadline = Date.now() + 120_000;
  while (read < total && Date.now() < deadline) {
    for (const r of await consumer.poll(1000)) {
      const value = r.value?.toString() ?? '';
      log.set(`${r.partition}/${r.offset}`, value);
      const list = byPartition.get(r.partition) ?? [];
      list.push({ offset: r.offset, key: r.key?.toString() ?? '', value });
      byPartition.set(r.partition, list);
      read++;
    }
  }
  await consumer.close();
  if (read < total) problems.push(`read ${read} of ${total} records before the deadline`);

  // An ack without an offset (librdkafka's implicit ack) must still be in its partition.
  const valuesIn = new Map<number, Set<string>>();
  for (const [partition, records] of byPartition) valuesIn.set(partition, new Set(records.map((r) => r.value)));
  const isKept = (a: Ack): boolean =>
    a.offset === null ? (valuesIn.get(a.partition)?.has(a.value) ?? false) : log.get(`${a.partition}/${a.offset}`) === a.value;
  const lost = acks
    .filter((a) => !isKept(a))
    .map((a) => ({ partition: a.partition, offset: a.offset, value: a.value, found: a.offset === null ? null : (log.get(`${a.partition}/${a.offset}`) ?? null) }));

  const where = new Map<string, string[]>();
  for (const [at, v] of log) {
    const list = where.get(v);
    if (list === undefined) where.set(v, [at]);
    else list.push(at);
  }
  const duplicates = [...where].filter(([, at]) => at.length > 1).map(([value, at]) => ({ value, count: at.length, at }));
  // Evidence for the first duplicates: the batch of each copy (same producer epoch and sequence
  // twice: the broker accepted a retry again; a new epoch: the client resent after a bump).
  const leaders = new Map((described[0]?.partitions ?? []).map((p) => [p.partition, p.leader]));
  const duplicateEvidence = duplicates.map((d, i) => {
    if (i >= 10) return d;
    const batches: BatchEvidence[] = [];
    for (const at of d.at) {
      const [p, o] = at.split('/').map(Number) as [number, number];
      const leader = leaders.get(p);
      const bytes = leader === undefined ? Buffer.alloc(0) : logBytes(join(cluster.nodes.nodeDir(leader), `${topic}-${p}`));
      const evidence = batchEvidence(bytes, p, o);
      if (evidence !== null) batches.push(evidence);
    }
    return { ...d, batches };
  });

  // Per partition, each key's sequence numbers (writer-seq) must appear in increasing order.
  const orderViolations: Array<{ partition: number; key: string; previous: number; next: number }> = [];
  for (const [partition, records] of byPartition) {
    const last = new Map<string, number>();
    for (const r of records) {
      const dash = r.value.lastIndexOf('-');
      const writer = r.value.slice(0, dash);
      const seq = Number(r.value.slice(dash + 1));
      const k = `${writer}/${r.key}`;
      const prev = last.get(k);
      if (prev !== undefined && seq <= prev) orderViolations.push({ partition, key: k, previous: prev, next: seq });
      last.set(k, seq);
    }
  }

  // Replicas: once healed and in sync, every replica's log bytes equal the leader's.
  const divergentReplicas: Array<{ partition: number; replica: number; leader: number; replicaBytes: number; leaderBytes: number }> = [];
  for (const p of described[0]?.partitions ?? []) {
    let mismatch: Array<{ replica: number; bytes: number }> = [];
    let leaderBytes: Buffer = Buffer.alloc(0);
    for (let attempt = 0; attempt < 20; attempt++) {
      leaderBytes = logBytes(join(cluster.nodes.nodeDir(p.leader), `${topic}-${p.partition}`));
      mismatch = p.replicas
        .filter((r) => r !== p.leader)
        .map((r) => ({ replica: r, bytes: logBytes(join(cluster.nodes.nodeDir(r), `${topic}-${p.partition}`)) }))
        .filter((x) => !x.bytes.equals(leaderBytes))
        .map((x) => ({ replica: x.replica, bytes: x.bytes.length }));
      if (mismatch.length === 0) break;
      await sleep(500);
    }
    for (const m of mismatch) divergentReplicas.push({ partition: p.partition, replica: m.replica, leader: p.leader, replicaBytes: m.bytes, leaderBytes: leaderBytes.length });
  }

  const metadataViews = await describeEverywhere(cluster, topic);
  const metadataConverged = new Set(Object.values(metadataViews)).size === 1 && !Object.values(metadataViews).some((v) => v.startsWith('error'));

  // Unavailability: the longest stretch without an acknowledgement that starts between the
  // fault's start (clipped there) and 10 s after its end or the next fault's start, whichever
  // comes first (so each stretch is charged to the fault that caused it); a stretch lasts until
  // the next acknowledgement, even one after that window.
  const times = acks.map((a) => a.atMs).sort((a, b) => a - b);
  const lastAckMs = times[times.length - 1] ?? 0;
  const unavailability: Record<string, { longestMs: number; faults: number }> = {};
  const starts = opts.faults.map((f) => f.startMs).sort((a, b) => a - b);
  for (const f of opts.faults) {
    const nextStart = starts.find((s) => s > f.startMs) ?? Infinity;
    const windowEnd = Math.min(f.endMs + 10_000, nextStart);
    let previous = f.startMs;
    let longest = 0;
    for (const t of times) {
      if (t < f.startMs) continue;
      longest = Math.max(longest, t - previous);
      previous = t;
      if (t > windowEnd) break;
    }
    // No acknowledgement at all after the fault started: at least its window.
    if (lastAckMs < f.startMs) longest = windowEnd - f.startMs;
    const entry = unavailability[f.type] ?? { longestMs: 0, faults: 0 };
    entry.longestMs = Math.max(entry.longestMs, longest);
    entry.faults++;
    unavailability[f.type] = entry;
  }

  // The group: its committed offsets as OffsetFetch answers now that the cluster has healed.
  let group: GroupCheckResult | null = null;
  if (opts.group !== undefined) {
    let finalCommitted = new Map<number, number>();
    try {
      finalCommitted = await fetchCommittedOffsets(cluster.bootstrap, topic, opts.group.group, partitions);
    } catch (err) {
      problems.push(`OffsetFetch of group ${opts.group.group} failed: ${(err as Error).message}`);
    }
    group = checkGroup({
      acks,
      log,
      logEnd: new Map(ends.map((e) => [e.partition, e.offset])),
      consumed: opts.group.consumed,
      commits: opts.group.commits,
      finalCommitted,
      members: opts.group.members,
      rebalances: opts.group.rebalances,
    });
  }

  const ok = (group?.ok ?? true) && problems.length === 0 && lost.length === 0 && duplicates.length === 0 && orderViolations.length === 0 && divergentReplicas.length === 0 && metadataConverged;
  return {
    ok,
    acknowledged: acks.length,
    acknowledgedWithoutOffset: acks.filter((a) => a.offset === null).length,
    lost,
    duplicates: duplicateEvidence,
    orderViolations,
    divergentReplicas,
    metadataConverged,
    metadataViews,
    unavailability,
    logRecords: read,
    group,
    problems,
  };
}
