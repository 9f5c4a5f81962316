// Goal: the KRaft-style cluster keeps its metadata promises when nodes fail. Kill -9 of the
// active controller: another takes over and topic creation succeeds. A killed broker is fenced
// and its partitions get new leaders from the ISR with bumped leader epochs; restarted, it is
// unfenced. A cleanly stopped broker moves its leaderships away before it exits. Every node
// reports the same brokers, leaders and ISR to kcat and to confluent-kafka's AdminClient.
// Method: three real node processes (broker+controller each) on 127.0.0.1 with a 3 s broker
// session timeout; clients are @gregor/client, kcat and /usr/bin/python3 confluent-kafka.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin } from '@gregor/client';
import { clusterStatus } from '../../src/commands/cluster.js';
import { describeFrom, eventually, startTestCluster } from './support.js';

type Cluster = Awaited<ReturnType<typeof startTestCluster>>;
let cluster: Cluster;

const hasKcat = spawnSync('kcat', ['-V']).status === 0;
const hasConfluent = spawnSync('/usr/bin/python3', ['-c', 'import confluent_kafka']).status === 0;
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'broker', 'test', 'support', 'confluent_client.py');

beforeAll(async () => {
  cluster = await startTestCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.cleanup();
}, 60_000);

const node = (id: number) => `127.0.0.1:${cluster.clientPort(id)}`;

async function createTopic(bootstrap: string, name: string, partitions: number, replicationFactor: number): Promise<void> {
  const admin = new Admin({ bootstrapServers: bootstrap, retries: 5, requestTimeoutMs: 10_000 });
  try {
    // Throws a KafkaError for any error code.
    await admin.createTopics([{ name, numPartitions: partitions, replicationFactor }]);
  } finally {
    await admin.close();
  }
}

describe('a 3-node cluster', () => {
  it('places replicas and leaders evenly and every node agrees, seen by kcat and confluent-kafka', async () => {
    await createTopic(node(1), 'spread', 6, 3);
    const views = await Promise.all(cluster.ids.map((id) => eventually(`node ${id} sees spread`, async () => {
      const d = await describeFrom(node(id), ['spread']);
      return d.topics[0]?.partitions.length === 6 ? d : undefined;
    })));
    for (const v of views) {
      expect(v.brokers).toEqual([1, 2, 3]);
      expect(v.topics).toEqual(views[0]!.topics);
    }
    const partitions = views[0]!.topics[0]!.partitions;
    const leaderCounts = [1, 2, 3].map((b) => partitions.filter((p) => p.leader === b).length);
    expect(leaderCounts).toEqual([2, 2, 2]);
    for (const p of partitions) {
      expect([...p.replicas].sort()).toEqual([1, 2, 3]);
      expect([...p.isr].sort()).toEqual([1, 2, 3]);
      expect(p.leader).toBe(p.replicas[0]); // the preferred replica leads
    }

    if (hasKcat) {
      for (const id of cluster.ids) {
        const r = spawnSync('kcat', ['-b', node(id), '-L', '-J', '-t', 'spread'], { encoding: 'utf8', timeout: 20_000 });
        expect(r.status, r.stderr).toBe(0);
        const md = JSON.parse(r.stdout);
        expect(md.brokers.map((b: { id: number }) => b.id).sort()).toEqual([1, 2, 3]);
        const topic = md.topics.find((t: { topic: string }) => t.topic === 'spread');
        for (const p of topic.partitions) {
          const expected = partitions.find((x) => x.partition === p.partition)!;
          expect(p.leader).toBe(expected.leader);
          expect(p.isrs.map((i: { id: number }) => i.id).sort()).toEqual([...expected.isr].sort());
        }
      }
    } else console.warn('kcat not installed: skipping the kcat view');

    if (hasConfluent) {
      for (const id of cluster.ids) {
        const r = spawnSync('/usr/bin/python3', [DRIVER, node(id), 'describe', 'spread'], { encoding: 'utf8', timeout: 30_000 });
        expect(r.status, r.stderr).toBe(0);
        const d = JSON.parse(r.stdout);
        expect(d.brokers).toEqual([1, 2, 3]);
        for (const p of d.partitions) {
          const expected = partitions.find((x) => x.partition === p.partition)!;
          expect(p.leader).toBe(expected.leader);
          expect([...p.isr].sort()).toEqual([...expected.isr].sort());
        }
      }
    } else console.warn('python3-confluent-kafka not installed: skipping the AdminClient view');
  });

  it('survives kill -9 of the active controller: a new one takes over and topic creation succeeds', async () => {
    const before = await describeFrom(node(1));
    const active = before.controllerId;
    expect(cluster.ids).toContain(active);
    await cluster.signalNode(active, 'SIGKILL');
    const survivor = cluster.ids.find((id) => id !== active)!;
    await eventually('topic creation after controller failover', async () => {
      await createTopic(node(survivor), 'after-failover', 3, 2);
      return true;
    }, 30_000);
    const after = await describeFrom(node(survivor), ['after-failover']);
    expect(after.controllerId).not.toBe(active);
    expect(after.topics[0]!.partitions).toHaveLength(3);

    // The killed node is fenced after the session timeout: it leads nothing, sits in no ISR,
    // and its former partitions have new leaders with higher leader epochs.
    const spreadBefore = before.topics.find((t) => t.name === 'spread')!;
    const fenced = await eventually('the killed broker is fenced and replaced', async () => {
      const d = await describeFrom(node(survivor), ['spread']);
      if (d.brokers.includes(active)) return undefined;
      const ps = d.topics[0]!.partitions;
      return ps.every((p) => p.leader !== active && !p.isr.includes(active) && p.leader >= 0) ? d : undefined;
    });
    for (const p of fenced.topics[0]!.partitions) {
      const old = spreadBefore.partitions.find((x) => x.partition === p.partition)!;
      if (old.leader === active) {
        expect(p.leaderEpoch).toBeGreaterThan(old.leaderEpoch);
        expect(old.isr).toContain(p.leader); // the new leader came from the ISR
      }
    }

    // `gregor cluster status` reports it: the new active controller, the offline broker and the
    // partitions it was a replica of as under-replicated.
    const status = await clusterStatus(node(survivor));
    expect(status.activeController).not.toBe(active);
    expect(status.activeController).not.toBeNull();
    expect(status.offlineBrokers).toEqual([active]);
    expect(status.nodes.find((n) => n.id === active)).toMatchObject({ live: false, roles: ['broker', 'controller'] });
    expect(status.underReplicated.filter((p) => p.topic === 'spread')).toHaveLength(6);
    expect(status.leaderless).toEqual([]);

    // Restarted, it registers again and is unfenced.
    await cluster.startNode(active);
    await eventually('the restarted broker is unfenced', async () => {
      const d = await describeFrom(node(survivor));
      return d.brokers.includes(active) ? true : undefined;
    });
  }, 120_000);

  it('a clean stop moves leadership off the broker before it exits', async () => {
    await createTopic(node(1), 'handover', 6, 3);
    const start = await eventually('handover led by all', async () => {
      const d = await describeFrom(node(1), ['handover']);
      const ps = d.topics[0]?.partitions ?? [];
      return ps.length === 6 && ps.every((p) => p.leader >= 0) ? d : undefined;
    });
    const victim = start.topics[0]!.partitions.map((p) => p.leader).find((l) => l !== undefined)!;
    const other = cluster.ids.find((id) => id !== victim)!;
    const exitCode = await cluster.signalNode(victim, 'SIGTERM');
    expect(exitCode).toBe(0);
    // Right after exit, well within the 3 s session timeout, nothing is led by it any more.
    const d = await describeFrom(node(other), ['handover']);
    expect(d.topics[0]!.partitions.filter((p) => p.leader === victim)).toEqual([]);
    await cluster.startNode(victim);
  }, 120_000);
});
