// Goal: prove an unmodified kafkajs (from npm) works against a real Gregor broker process:
// its admin creates a topic, its producer writes GZIP batches with keys and headers, and its own
// Fetch decoder reads them back. Method: start `gregor broker start` on an ephemeral port, drive
// kafkajs, and assert counts, content, order and offsets exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import { startBroker, type BrokerProcess } from '../support/broker-process.js';
import { storedBatchCodecs } from '../support/log-files.js';

let broker: BrokerProcess;
let kafka: Kafka;

beforeAll(async () => {
  broker = await startBroker();
  kafka = new Kafka({ clientId: 'gregor-e2e', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
});

afterAll(async () => {
  await broker?.stop();
});

/** kafkajs keeps its low-level cluster (and so Broker.fetch) private; reach it by its symbol. */
function lowLevelCluster(client: Kafka): any {
  const sym = Object.getOwnPropertySymbols(client).find((s) => s.description === 'private:Kafka:createCluster');
  if (sym === undefined) throw new Error('kafkajs internals changed: createCluster symbol not found');
  return (client as any)[sym]({ metadataMaxAge: 300_000, allowAutoTopicCreation: false, maxInFlightRequests: null, isolationLevel: 1 });
}

describe('kafkajs', () => {
  it('creates a topic with the admin client and sees it in metadata', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const created = await admin.createTopics({ topics: [{ topic: 'kjs-orders', numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
      expect(created).toBe(true);
      const again = await admin.createTopics({ topics: [{ topic: 'kjs-orders', numPartitions: 3 }] });
      expect(again).toBe(false); // already exists
      const meta = await admin.fetchTopicMetadata({ topics: ['kjs-orders'] });
      expect(meta.topics[0]!.partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2]);
      for (const p of meta.topics[0]!.partitions) {
        expect(p.leader).toBe(1);
        expect(p.replicas).toEqual([1]);
        expect(p.isr).toEqual([1]);
      }
      const cluster = await admin.describeCluster();
      expect(cluster.brokers).toEqual([{ nodeId: 1, host: broker.host, port: broker.port }]);
      expect(cluster.controller).toBe(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('produces GZIP batches with keys and headers and fetches them back in order with their offsets', async () => {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const total = 60;
    try {
      // Three sends of 20 messages each to partition 1: three GZIP batches.
      for (let batch = 0; batch < 3; batch++) {
        const messages = Array.from({ length: 20 }, (_, i) => {
          const n = batch * 20 + i;
          return { key: `k${n}`, value: `value-${n}`, partition: 1, headers: { seq: String(n) } };
        });
        const [result] = await producer.send({ topic: 'kjs-orders', compression: CompressionTypes.GZIP, acks: -1, messages });
        expect(result!.errorCode).toBe(0);
        expect(result!.partition).toBe(1);
        expect(result!.baseOffset).toBe(String(batch * 20));
      }
    } finally {
      await producer.disconnect();
    }

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets('kjs-orders');
    await admin.disconnect();
    expect(offsets.find((o) => o.partition === 1)).toMatchObject({ low: '0', high: String(total), offset: String(total) });
    expect(offsets.find((o) => o.partition === 0)).toMatchObject({ low: '0', high: '0' });
    expect(storedBatchCodecs(broker.dataDir, 'kjs-orders')).toEqual([1, 1, 1]); // three GZIP batches on disk

    const cluster = lowLevelCluster(kafka);
    await cluster.connect();
    try {
      await cluster.addTargetTopic('kjs-orders');
      const leader = await cluster.findBroker({ nodeId: '1' });
      const seen: Array<{ offset: string; key: string; value: string; seq: string }> = [];
      let fetchOffset = 0;
      for (let round = 0; round < 10 && seen.length < total; round++) {
        const response = await leader.fetch({
          maxWaitTime: 100,
          topics: [{ topic: 'kjs-orders', partitions: [{ partition: 1, fetchOffset: String(fetchOffset), maxBytes: 1024 * 1024 }] }],
        });
        const partition = response.responses[0].partitions[0];
        expect(partition.errorCode).toBe(0);
        expect(partition.highWatermark).toBe(String(total));
        for (const m of partition.messages) {
          if (Number(m.offset) < fetchOffset) continue;
          seen.push({ offset: m.offset, key: m.key.toString(), value: m.value.toString(), seq: m.headers.seq.toString() });
          fetchOffset = Number(m.offset) + 1;
        }
      }
      expect(seen).toHaveLength(total);
      seen.forEach((m, n) => {
        expect(m).toEqual({ offset: String(n), key: `k${n}`, value: `value-${n}`, seq: String(n) });
      });
    } finally {
      await cluster.disconnect();
    }
  });

  it('reads from the middle of a batch: fetching offset 25 starts inside the second batch', async () => {
    const cluster = lowLevelCluster(kafka);
    await cluster.connect();
    try {
      await cluster.addTargetTopic('kjs-orders');
      const leader = await cluster.findBroker({ nodeId: '1' });
      const response = await leader.fetch({
        maxWaitTime: 100,
        topics: [{ topic: 'kjs-orders', partitions: [{ partition: 1, fetchOffset: '25', maxBytes: 1024 * 1024 }] }],
      });
      const messages = response.responses[0].partitions[0].messages as Array<{ offset: string }>;
      // Whole batches come back from the one containing offset 25 (offsets 20..39), as in Kafka.
      expect(messages[0]!.offset).toBe('20');
      expect(messages.map((m) => Number(m.offset))).toContain(25);
      expect(messages.at(-1)!.offset).toBe('59');
    } finally {
      await cluster.disconnect();
    }
  });

  it('works as an idempotent producer (InitProducerId, sequences) and writes each message once', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'kjs-idempotent', numPartitions: 2 }] });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      for (let i = 0; i < 5; i++) {
        await producer.send({ topic: 'kjs-idempotent', acks: -1, messages: Array.from({ length: 10 }, (_, j) => ({ key: `k${j % 3}`, value: `m${i * 10 + j}` })) });
      }
    } finally {
      await producer.disconnect();
    }
    const admin2 = kafka.admin();
    await admin2.connect();
    const offsets = await admin2.fetchTopicOffsets('kjs-idempotent');
    await admin2.disconnect();
    expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(50);
    // The batches carry a producer id and sequences: they went through the idempotence checks.
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    let idempotentBatches = 0;
    for (const dir of readdirSync(broker.dataDir).filter((d) => d.startsWith('kjs-idempotent-'))) {
      for (const f of readdirSync(join(broker.dataDir, dir)).filter((x) => x.endsWith('.log'))) {
        const bytes = readFileSync(join(broker.dataDir, dir, f));
        for (let pos = 0; pos + 61 <= bytes.length; pos += bytes.readInt32BE(pos + 8) + 12) {
          if (bytes.readBigInt64BE(pos + 43) >= 0n) idempotentBatches++;
        }
      }
    }
    expect(idempotentBatches).toBeGreaterThanOrEqual(5);
  });
});
