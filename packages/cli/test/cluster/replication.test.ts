// Goal: with replication factor 3, acks=all and min.insync.replicas=2, losing a broker loses no
// acknowledged write and the replicas never diverge. An idempotent acks=all producer
// (librdkafka) writes keyed messages over several partitions while the leader of a partition is
// killed with kill -9 and later restarted: every acknowledged message is read back exactly once
// and in order per partition, the restarted broker rejoins the ISR, and all replicas' logs are
// byte-identical up to the high watermark. Raising a topic's replication factor by reassignment
// gives byte-identical new replicas. (NOT_ENOUGH_REPLICAS: not-enough-replicas.test.ts.)
// Method: three real node processes; confluent-kafka via /usr/bin/python3 and @gregor/client.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin, Consumer, Producer } from '@gregor/client';
import { describeFrom, eventually, startTestCluster } from './support.js';

const hasConfluent = spawnSync('/usr/bin/python3', ['-c', 'import confluent_kafka']).status === 0;
if (!hasConfluent) console.warn('python3-confluent-kafka is not installed: the librdkafka producer part is skipped');
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'broker', 'test', 'support', 'confluent_client.py');

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
const node = (id: number) => `127.0.0.1:${cluster.clientPort(id)}`;

beforeAll(async () => {
  cluster = await startTestCluster({ 'replica.lag.time.max.ms': '5000' });
}, 60_000);
afterAll(async () => {
  await cluster?.cleanup();
}, 60_000);

async function readAll(bootstrap: string, topic: string, partitions: number): Promise<Array<{ partition: number; offset: number; key: string; value: string }>> {
  const admin = new Admin({ bootstrapServers: bootstrap, retries: 5 });
  const ends = await admin.listOffsets(topic, 'latest');
  await admin.close();
  const consumer = new Consumer({ bootstrapServers: bootstrap, maxWaitMs: 200 });
  consumer.assign(Array.from({ length: partitions }, (_, p) => ({ topic, partition: p, from: 'earliest' as const })));
  const out: Array<{ partition: number; offset: number; key: string; value: string }> = [];
  const total = ends.reduce((n, e) => n + e.offset, 0);
  const deadline = Date.now() + 30_000;
  while (out.length < total && Date.now() < deadline) {
    for (const r of await consumer.poll(500)) out.push({ partition: r.partition, offset: r.offset, key: r.key!.toString(), value: r.value!.toString() });
  }
  await consumer.close();
  return out;
}

/** Bytes of a partition's log up to (not including) `upTo`, concatenated over segments. */
function logBytes(dir: string, upToBytes?: number): Buffer {
  const files = readdirSync(dir).filter((f) => f.endsWith('.log')).sort();
  const all = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return upToBytes === undefined ? all : all.subarray(0, upToBytes);
}

describe('replication', () => {
  it.skipIf(!hasConfluent)('loses no acknowledged write when a partition leader is killed mid-stream, and the replicas stay identical', async () => {
    const admin = new Admin({ bootstrapServers: node(1), retries: 5 });
    await admin.createTopics([{ name: 'durable', numPartitions: 3, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }]);
    await admin.close();
    const before = await eventually('leaders elected', async () => {
      const d = await describeFrom(node(1), ['durable']);
      return d.topics[0]?.partitions.every((p) => p.leader > 0 && p.isr.length === 3) ? d : undefined;
    });
    const victim = before.topics[0]!.partitions[0]!.leader;
    const survivor = cluster.ids.find((id) => id !== victim)!;

    // 2,000 keyed messages at ~1 per ms from librdkafka, idempotent and acks=all.
    const bootstrap = cluster.ids.map(node).join(',');
    const producer = spawn('/usr/bin/python3', [DRIVER, bootstrap, 'produce-idempotent', 'durable', '2000', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    producer.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // librdkafka logs connection failures to stderr: drain it, or the pipe fills and blocks it.
    producer.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-20_000)));
    const done = new Promise<number | null>((resolve) => producer.once('exit', resolve));
    await new Promise((r) => setTimeout(r, 1500));
    await cluster.signalNode(victim, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 2000));
    await cluster.startNode(victim);
    expect(await done, err).toBe(0);
    const result = JSON.parse(out) as { remaining: number; acked: Array<{ partition: number; offset: number; key: string; value: string }>; errors: string[] };
    expect(result.remaining).toBe(0);
    expect(result.acked.length).toBe(2000);

    // Every acknowledged message is there exactly once, at its acknowledged offset, in order.
    const read = await readAll(survivor === 1 ? node(1) : node(survivor), 'durable', 3);
    const seen = new Map<string, number>();
    for (const m of read) seen.set(m.value, (seen.get(m.value) ?? 0) + 1);
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    expect(duplicates).toBe(0);
    for (const a of result.acked) {
      expect(seen.get(a.value), `acknowledged ${a.value} is missing`).toBe(1);
      const at = read.find((m) => m.partition === a.partition && m.offset === a.offset);
      expect(at?.value).toBe(a.value);
    }
    for (let p = 0; p < 3; p++) {
      const inPartition = read.filter((m) => m.partition === p);
      expect(inPartition.map((m) => m.offset)).toEqual(inPartition.map((_, i) => i));
      for (const key of new Set(inPartition.map((m) => m.key))) {
        const seqs = inPartition.filter((m) => m.key === key).map((m) => Number(m.value.slice(2)));
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b)); // order per key as produced
      }
    }

    // The restarted broker rejoins every ISR, and all replicas hold identical bytes.
    const healed = await eventually('the restarted broker rejoins the ISR', async () => {
      const d = await describeFrom(node(survivor), ['durable']);
      return d.topics[0]!.partitions.every((p) => p.isr.length === 3) ? d : undefined;
    }, 30_000);
    for (const p of healed.topics[0]!.partitions) {
      const dirs = cluster.ids.map((id) => join(cluster.nodeDir(id), `durable-${p.partition}`));
      const leaderBytes = logBytes(join(cluster.nodeDir(p.leader), `durable-${p.partition}`));
      await eventually(`replicas of durable-${p.partition} converge`, () => (dirs.every((d) => logBytes(d).equals(leaderBytes)) ? true : undefined), 15_000);
    }
  }, 180_000);

  it('raises a topic\'s replication factor by reassignment: new replicas catch up, join the ISR and hold identical bytes', async () => {
    const admin = new Admin({ bootstrapServers: node(1), retries: 5 });
    await admin.createTopics([{ name: 'grow-rf', numPartitions: 2, replicationFactor: 1, configs: { 'min.insync.replicas': '1' } }]);
    await admin.close();
    const producer = new Producer({ bootstrapServers: node(1), acks: -1 });
    for (let i = 0; i < 300; i++) void producer.send({ topic: 'grow-rf', value: Buffer.from(`grow-${i}`), partition: i % 2 });
    await producer.flush();
    await producer.close();

    const { runCli } = await import('./run-cli.js');
    const r = await runCli(['partitions', 'reassign', 'grow-rf', '--replication-factor', '3', '--wait', '--json', '--bootstrap-server', node(1)]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.completed).toBe(true);
    const d = await describeFrom(node(2), ['grow-rf']);
    for (const p of d.topics[0]!.partitions) {
      expect([...p.replicas].sort()).toEqual([1, 2, 3]);
      expect([...p.isr].sort()).toEqual([1, 2, 3]);
      const leaderBytes = logBytes(join(cluster.nodeDir(p.leader), `grow-rf-${p.partition}`));
      expect(leaderBytes.length).toBeGreaterThan(0);
      for (const id of cluster.ids) {
        await eventually(`replica ${id} of grow-rf-${p.partition} matches`, () => (logBytes(join(cluster.nodeDir(id), `grow-rf-${p.partition}`)).equals(leaderBytes) ? true : undefined), 15_000);
      }
    }
  }, 120_000);
});
