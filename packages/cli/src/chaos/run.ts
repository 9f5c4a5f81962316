import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Admin } from '@gregor/client';
import { check, type CheckResult } from './checker.js';
import { ChaosCluster, type DiskBacking } from './cluster.js';
import { FAULT_TYPES, healAll, runFault, type FaultEvent, type FaultType } from './faults.js';
import { SeededRandom } from './random.js';
import { GroupMemberWorkload, ProducerWorkload } from './workload.js';

export interface ChaosOptions {
  readonly seed: number;
  /** 'ci': every fault type once in a seeded order; 'soak': random faults until durationMs. */
  readonly profile: 'ci' | 'soak' | 'prove';
  readonly durationMs: number;
  readonly nodes?: number;
  /** Messages per second per producer. */
  readonly rate?: number;
  readonly producers?: number;
  /** The fault types to draw from (ci: each once; soak: at random); default every type. */
  readonly faultTypes?: readonly FaultType[];
  /** Members of the consumer group reading the topic (0: no group workload). */
  readonly consumers?: number;
  readonly partitions?: number;
  /** Run against a deliberately broken build (acks=all answered before replication). */
  readonly unsafe?: boolean;
  readonly dataDir?: string;
  readonly keepData?: boolean;
  readonly log?: (line: string) => void;
}

export interface ChaosReport {
  readonly seed: number;
  readonly profile: string;
  readonly unsafe: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly faults: readonly FaultEvent[];
  readonly throughput: ReadonlyArray<[second: number, acks: number]>;
  readonly produced: { acknowledged: number; failed: number };
  readonly group: { name: string; members: number; caughtUp: boolean } | null;
  /** How node disks were made: loop-mounted ext4 (fillable, slowable), tmpfs (fillable) or plain. */
  readonly disks: { backing: DiskBacking; slowDiskUnsupported: string | null };
  readonly check: CheckResult;
}

const TOPIC = 'chaos';
const GROUP = 'chaos-group';
/** How long the group may take to consume and commit up to the high watermark after the faults. */
const GROUP_CATCH_UP_MS = 90_000;
const SESSION_TIMEOUT_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pause-the-followers-then-kill-the-leader sequence that loses writes if acks=all lies. */
async function pauseFollowersKillLeader(cluster: ChaosCluster, random: SeededRandom, partitions: number): Promise<FaultEvent> {
  const startMs = Date.now();
  const partition = random.int(0, partitions - 1);
  const leader = (await cluster.leaderOf(TOPIC, partition)) ?? random.pick(cluster.ids);
  const followers = cluster.ids.filter((id) => id !== leader);
  for (const f of followers) cluster.nodes.process(f)?.kill('SIGSTOP');
  await sleep(1500);
  await cluster.nodes.signalNode(leader, 'SIGKILL');
  for (const f of followers) cluster.nodes.process(f)?.kill('SIGCONT');
  await sleep(4000);
  await cluster.nodes.startNode(leader);
  return { type: 'kill-leader', target: `node ${leader}`, startMs, endMs: Date.now(), note: `followers ${followers.join(',')} paused 1.5 s before the kill` };
}

/**
 * flush.ms of the workload topic: each partition fsyncs its log once a second (instead of
 * leaving it to the OS), so the data path touches the disk and a slow disk is felt there.
 */
const FLUSH_MS = 1000;

/** Waits until the group committed, for every partition, the high watermark. */
async function waitGroupCaughtUp(cluster: ChaosCluster, members: readonly GroupMemberWorkload[], partitions: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const admin = new Admin({ bootstrapServers: cluster.bootstrap, retries: 10, requestTimeoutMs: 10_000 });
  try {
    while (Date.now() < deadline) {
      const ends = await admin.listOffsets(TOPIC, 'latest').catch(() => null);
      if (ends !== null) {
        const committed = new Map<number, number>();
        for (const m of members) for (const [p, o] of m.committedByPartition()) committed.set(p, Math.max(committed.get(p) ?? -1, o));
        if (ends.length === partitions && ends.every((e) => e.offset === 0 || (committed.get(e.partition) ?? -1) >= e.offset)) return true;
      }
      await sleep(1000);
    }
    return false;
  } finally {
    await admin.close().catch(() => undefined);
  }
}

export async function runChaos(opts: ChaosOptions): Promise<ChaosReport> {
  const log = opts.log ?? (() => undefined);
  const random = new SeededRandom(opts.seed);
  const nodes = opts.nodes ?? 3;
  const partitions = opts.partitions ?? 6;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'gregor-chaos-'));
  mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  log(`chaos: seed ${opts.seed}, profile ${opts.profile}, ${nodes} nodes, data in ${dataDir}${opts.unsafe ? ', UNSAFE build (acks=all before replication)' : ''}`);
  const cluster = await ChaosCluster.start({
    dataDir,
    nodes,
    diskMiB: 256,
    overrides: new Map([
      ['broker.session.timeout.ms', String(SESSION_TIMEOUT_MS)],
      ['broker.heartbeat.interval.ms', '500'],
      ['replica.lag.time.max.ms', '5000'],
      ['log.segment.bytes', '1048576'],
      // Fewer __consumer_offsets partitions than Kafka's 50: the 2-core machine runs 3 nodes.
      ['offsets.topic.num.partitions', '10'],
      ['group.initial.rebalance.delay.ms', '500'],
    ]),
    ...(opts.unsafe ? { env: { GREGOR_UNSAFE_ACK_BEFORE_REPLICATION: '1' } } : {}),
  });
  const producers: ProducerWorkload[] = [];
  const members: GroupMemberWorkload[] = [];
  const faults: FaultEvent[] = [];
  try {
    const admin = new Admin({ bootstrapServers: cluster.bootstrap, retries: 10 });
    await admin.createTopics([{ name: TOPIC, numPartitions: partitions, replicationFactor: Math.min(3, nodes), configs: { 'min.insync.replicas': '2', 'flush.ms': String(FLUSH_MS) } }]);
    await admin.close();
    for (let i = 0; i < (opts.consumers ?? 2); i++) {
      const m = new GroupMemberWorkload(`c${i}`, cluster.bootstrap, TOPIC, GROUP);
      m.start();
      members.push(m);
    }
    for (let i = 0; i < (opts.producers ?? 2); i++) {
      // CHAOS_RDKAFKA_DEBUG=eos,msg (librdkafka's debug contexts) keeps each producer's log in <data-dir>/logs/.
      const debugLog = process.env['CHAOS_RDKAFKA_DEBUG'] ? join(dataDir, 'logs', `producer-w${i}.log`) : undefined;
      const p = new ProducerWorkload(`w${i}`, cluster.bootstrap, TOPIC, opts.rate ?? 200, debugLog);
      p.start();
      producers.push(p);
    }
    await sleep(3000);
    const faultTypes: readonly FaultType[] = opts.faultTypes ?? FAULT_TYPES;
    const ctx = { cluster, random, topic: TOPIC, partitions, sessionTimeoutMs: SESSION_TIMEOUT_MS };
    const schedule: FaultType[] =
      opts.profile === 'ci' ? random.shuffle(faultTypes) : [];
    const deadline = started + opts.durationMs;
    if (opts.profile === 'prove') {
      for (let i = 0; i < 3; i++) {
        const f = await pauseFollowersKillLeader(cluster, random, partitions);
        faults.push(f);
        log(`fault ${faults.length}: ${f.type} ${f.target} (${f.note})`);
        await sleep(3000);
      }
    } else {
      for (let i = 0; opts.profile === 'ci' ? i < schedule.length : Date.now() < deadline; i++) {
        const type = opts.profile === 'ci' ? schedule[i]! : random.pick(faultTypes);
        const duration = random.int(3000, 6000);
        const f = await runFault(type, duration, ctx);
        faults.push(f);
        log(`fault ${faults.length}: ${f.type} on ${f.target} for ${f.endMs - f.startMs} ms${f.note ? ` (${f.note})` : ''}`);
        await healAll(cluster);
        await sleep(random.int(2000, 4000));
      }
    }
    await healAll(cluster);
    await sleep(2000);
    for (const p of producers) await p.stop();
    const acks = producers.flatMap((p) => p.acks);
    log(`producers stopped: ${acks.length} acknowledged, ${producers.reduce((n, p) => n + p.failures.length, 0)} failed deliveries`);
    let caughtUp = false;
    if (members.length > 0) {
      caughtUp = await waitGroupCaughtUp(cluster, members, partitions, GROUP_CATCH_UP_MS);
      await Promise.all(members.map((m) => m.stop()));
      log(`group stopped${caughtUp ? '' : ` (it had not committed up to the high watermark within ${GROUP_CATCH_UP_MS} ms)`}: ${members.reduce((n, m) => n + m.consumed.length, 0)} records consumed, ${members.reduce((n, m) => n + m.commits.filter((c) => c.ok).length, 0)} commits`);
    }
    log('checking');
    const result = await check({
      cluster,
      topic: TOPIC,
      partitions,
      acks,
      faults,
      healTimeoutMs: 90_000,
      ...(members.length > 0
        ? {
            group: {
              group: GROUP,
              members: members.length,
              consumed: members.flatMap((m) => m.consumed),
              commits: members.flatMap((m) => m.commits),
              rebalances: members.reduce((n, m) => n + m.rebalances.filter((r) => r.kind === 'assign').length, 0),
            },
          }
        : {}),
    });
    const perSecond = new Map<number, number>();
    for (const a of acks) {
      const s = Math.floor((a.atMs - started) / 1000);
      perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
    }
    const report: ChaosReport = {
      seed: opts.seed,
      profile: opts.profile,
      unsafe: opts.unsafe === true,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      faults,
      throughput: [...perSecond].sort((a, b) => a[0] - b[0]),
      produced: { acknowledged: acks.length, failed: producers.reduce((n, p) => n + p.failures.length, 0) },
      group: members.length > 0 ? { name: GROUP, members: members.length, caughtUp } : null,
      disks: { backing: cluster.diskBacking, slowDiskUnsupported: cluster.slowDiskUnsupported },
      check: result,
    };
    writeFileSync(join(dataDir, 'chaos-report.json'), JSON.stringify(report, null, 2));
    return report;
  } finally {
    for (const p of producers) await p.stop(5000).catch(() => undefined);
    for (const m of members) await m.stop(5000).catch(() => undefined);
    await cluster.stop(opts.keepData === true);
    if (!opts.keepData && opts.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The readable summary: verdict, checks, unavailability per fault type, and the timeline. */
export function summarize(report: ChaosReport): string {
  const c = report.check;
  const lines = [
    `Chaos run: seed ${report.seed}, profile ${report.profile}${report.unsafe ? ' (UNSAFE build)' : ''}, ${(report.durationMs / 1000).toFixed(0)} s`,
    `Verdict: ${c.ok ? 'PASS' : 'FAIL'}`,
    `  disks: ${report.disks.backing}${report.disks.slowDiskUnsupported !== null ? ` (no slow disk: ${report.disks.slowDiskUnsupported})` : ''}`,
    `  acknowledged writes: ${c.acknowledged}${c.acknowledgedWithoutOffset ? ` (${c.acknowledgedWithoutOffset} without an offset)` : ''} (failed deliveries: ${report.produced.failed}); records in the log: ${c.logRecords}`,
    `  lost acknowledged writes: ${c.lost.length}${c.lost.length ? ` e.g. ${c.lost.slice(0, 3).map((l) => `${l.value}@${l.partition}/${l.offset}`).join(', ')}` : ''}`,
    `  duplicates: ${c.duplicates.length}${c.duplicates.length ? ` e.g. ${c.duplicates.slice(0, 3).map((d) => `${d.value}x${d.count} at ${d.at.join(' ')}`).join(', ')}` : ''}`,
    ...c.duplicates.slice(0, 3).flatMap((d) =>
      (d.batches ?? []).map((b) => `    ${d.value} at ${b.at}: batch ${b.baseOffset}-${b.lastOffset}, leader epoch ${b.partitionLeaderEpoch}, producer ${b.producerId} epoch ${b.producerEpoch}, sequence ${b.sequence} (batch base ${b.baseSequence})`),
    ),
    `  per-key order violations: ${c.orderViolations.length}${c.orderViolations.length ? ` e.g. ${c.orderViolations.slice(0, 3).map((o) => `p${o.partition} ${o.key}: ${o.previous} then ${o.next}`).join(', ')}` : ''}`,
    `  divergent replicas: ${c.divergentReplicas.length}`,
    `  metadata converged on every node: ${c.metadataConverged ? 'yes' : 'no'}`,
    ...groupLines(report),
    ...c.problems.map((p) => `  problem: ${p}`),
    'Longest time without an acknowledged write, per fault type:',
    ...Object.entries(c.unavailability).map(([type, u]) => `  ${type.padEnd(20)} ${(u.longestMs / 1000).toFixed(1)} s  (${u.faults} fault${u.faults === 1 ? '' : 's'})`),
    'Timeline:',
    ...report.faults.map((f) => {
      const from = ((f.startMs - Date.parse(report.startedAt)) / 1000).toFixed(1);
      const to = ((f.endMs - Date.parse(report.startedAt)) / 1000).toFixed(1);
      return `  ${from.padStart(6)}s-${to.padStart(6)}s  ${f.type} ${f.target}${f.note ? ` (${f.note})` : ''}`;
    }),
    'Throughput (acks per 5 s):',
    '  ' + bucket(report.throughput, 5).map(([s, n]) => `${s}s:${n}`).join(' '),
  ];
  return lines.join('\n') + '\n';
}

function groupLines(report: ChaosReport): string[] {
  const g = report.check.group;
  if (g === null) return ['  consumer group: none (no group workload)'];
  const final = Object.entries(g.finalCommitted).map(([p, o]) => `${p}:${o ?? '-'}`).join(' ');
  return [
    `  consumer group ${report.group?.name ?? ''}: ${g.members} members, ${g.rebalances} assignments, ${g.consumed} records consumed (${g.redelivered} redelivered: at-least-once), ${g.commits} commits (${g.failedCommits} failed)`,
    `    committed offsets moving backwards: ${g.offsetRegressions.length}${g.offsetRegressions.length ? ` e.g. ${g.offsetRegressions.slice(0, 3).map((r) => `p${r.partition} ${r.earlier.offset} (${r.earlier.member}) then ${r.later.offset} (${r.later.member})`).join(', ')}` : ''}`,
    `    final committed offsets (OffsetFetch after healing) below a successful commit: ${g.finalBehind.length}${g.finalBehind.length ? ` e.g. ${g.finalBehind.slice(0, 3).map((b) => `p${b.partition} ${b.finalCommitted ?? '-'} < ${b.highestCommitted}`).join(', ')}` : ''}`,
    `    acknowledged writes the group missed: ${g.missed.length}${g.missed.length ? ` e.g. ${g.missed.slice(0, 3).map((m) => `${m.value}@${m.partition}/${m.offset}`).join(', ')}` : ''}; consumed values differing from the log: ${g.mismatched.length}`,
    `    partitions not consumed to the high watermark: ${g.notReached.length}${g.notReached.length ? ` (${g.notReached.map((n) => `p${n.partition} ${n.finalCommitted ?? '-'}/${n.highWatermark}`).join(', ')})` : ''}`,
    `    final committed offsets: ${final}`,
  ];
}

function bucket(series: ReadonlyArray<[number, number]>, size: number): Array<[number, number]> {
  const out = new Map<number, number>();
  for (const [s, n] of series) out.set(Math.floor(s / size) * size, (out.get(Math.floor(s / size) * size) ?? 0) + n);
  return [...out].sort((a, b) => a[0] - b[0]);
}
