/**
 * The deployment scenario the Compose cluster must survive, shared by the run through local
 * processes (compose-local.test.ts) and the run in Docker (containers.test.ts): produce and read
 * back with kafkajs, stop one node (a controlled shutdown), keep producing, restart it, and check
 * that every acknowledged message is stored exactly once and the restarted node is back in every
 * ISR. Consumption uses kafkajs' own Fetch requests and decoder (its group consumer needs the
 * group coordinator, which this scenario does not test).
 */
import { expect } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { eventually } from '../cluster/support.js';

export interface DeployedCluster {
  /** The addresses a client on this machine bootstraps from, node 1 first. */
  readonly bootstrap: readonly string[];
  /** GET of a path on node n's ops endpoint: status and body, or null when nothing answers. */
  ops(node: number, path: string): Promise<{ status: number; body: string } | null>;
  stop(node: number): Promise<void>;
  start(node: number): Promise<void>;
}

const TOPIC = 'deploy-check';
const NODES = [1, 2, 3];

/** kafkajs keeps its low-level cluster (and so Broker.fetch) private; reach it by its symbol. */
function lowLevelCluster(client: Kafka): any {
  const sym = Object.getOwnPropertySymbols(client).find((s) => s.description === 'private:Kafka:createCluster');
  if (sym === undefined) throw new Error('kafkajs internals changed: createCluster symbol not found');
  return (client as any)[sym]({ metadataMaxAge: 1000, allowAutoTopicCreation: false, maxInFlightRequests: null, isolationLevel: 1 });
}

export async function waitReady(cluster: DeployedCluster, nodes: readonly number[], timeoutMs = 90_000): Promise<void> {
  await eventually(`nodes ${nodes.join(',')} ready`, async () => {
    for (const n of nodes) if ((await cluster.ops(n, '/readyz'))?.status !== 200) return undefined;
    return true;
  }, timeoutMs);
}

async function sumOf(cluster: DeployedCluster, metric: string): Promise<number> {
  let sum = 0;
  for (const n of NODES) {
    const res = await cluster.ops(n, '/metrics');
    if (res?.status !== 200) throw new Error(`node ${n} gave no metrics`);
    // Prometheus text: `name{labels} value` per sample (the broker's tests check the format itself).
    for (const line of res.body.split('\n')) {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{.*\})? (\S+)$/.exec(line);
      if (m !== null && m[1] === metric) sum += Number(m[2]);
    }
  }
  return sum;
}

export async function produceStopRestart(cluster: DeployedCluster): Promise<void> {
  await waitReady(cluster, NODES);
  const kafka = new Kafka({ clientId: 'deploy-test', brokers: [...cluster.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 200 } });
  const admin = kafka.admin();
  await admin.connect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const sent: string[] = [];
  const send = async (round: string, count: number) => {
    for (let i = 0; i < count; i++) {
      const value = `${round}-${i}`;
      await producer.send({ topic: TOPIC, acks: -1, messages: [{ key: `k${i % 7}`, value }] });
      sent.push(value);
    }
  };
  try {
    expect(await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3 }], waitForLeaders: true })).toBe(true);
    await send('before', 30);

    await cluster.stop(2);
    expect(await cluster.ops(2, '/healthz')).toBeNull();
    await send('while-down', 30);
    // The two remaining nodes lead every partition; node 2 left the ISRs.
    const meta = await admin.fetchTopicMetadata({ topics: [TOPIC] });
    for (const p of meta.topics[0]!.partitions) expect(p.leader).not.toBe(2);

    await cluster.start(2);
    await waitReady(cluster, [2]);
    await send('after', 30);
    await eventually('node 2 back in every ISR', async () => {
      const m = await admin.fetchTopicMetadata({ topics: [TOPIC] });
      return m.topics[0]!.partitions.every((p) => p.isr.length === 3) ? true : undefined;
    }, 90_000);
    await eventually('no under-replicated partitions', async () => ((await sumOf(cluster, 'gregor_under_replicated_partitions')) === 0 ? true : undefined), 30_000);
    expect(await sumOf(cluster, 'gregor_offline_partitions')).toBe(0);
    expect(await sumOf(cluster, 'gregor_active_controller')).toBe(1);
    expect(await sumOf(cluster, 'gregor_requests_total')).toBeGreaterThan(90);

    // Every acknowledged message is stored once: read each partition from its leader.
    const offsets = await admin.fetchTopicOffsets(TOPIC);
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(sent.length);
    const low = lowLevelCluster(kafka);
    await low.connect();
    try {
      await low.addTargetTopic(TOPIC);
      const seen: string[] = [];
      for (const p of (await admin.fetchTopicMetadata({ topics: [TOPIC] })).topics[0]!.partitions) {
        const leader = await low.findBroker({ nodeId: String(p.leader) });
        const high = Number(offsets.find((o) => o.partition === p.partitionId)!.high);
        let fetchOffset = 0;
        for (let round = 0; round < 50 && fetchOffset < high; round++) {
          const response = await leader.fetch({
            maxWaitTime: 100,
            topics: [{ topic: TOPIC, partitions: [{ partition: p.partitionId, fetchOffset: String(fetchOffset), maxBytes: 1024 * 1024 }] }],
          });
          const part = response.responses[0].partitions[0];
          expect(part.errorCode).toBe(0);
          for (const m of part.messages as Array<{ offset: string; value: Buffer }>) {
            if (Number(m.offset) < fetchOffset) continue;
            seen.push(m.value.toString());
            fetchOffset = Number(m.offset) + 1;
          }
        }
        expect(fetchOffset).toBe(high);
      }
      expect(seen.length).toBe(sent.length);
      expect([...seen].sort()).toEqual([...sent].sort());
    } finally {
      await low.disconnect();
    }
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
