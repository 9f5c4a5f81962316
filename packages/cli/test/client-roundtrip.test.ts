// Goal: @gregor/client works end to end against a real Gregor broker: admin calls, produce with
// every acks setting and codec, keyed partitioning, and consumption from every kind of start
// position, including OFFSET_OUT_OF_RANGE after DeleteRecords. Method: a single-node broker
// started in-process on 127.0.0.1 with a temp log dir, one shared client, fresh topics per test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin, Client, Consumer, ErrorCode, KafkaError, partitionForKey, Producer, type ConsumerRecord } from '@gregor/client';
import { startBroker, type RunningBroker } from './broker-harness.js';

let running: RunningBroker;
let client: Client;
let admin: Admin;
let topicSeq = 0;

beforeAll(async () => {
  running = await startBroker();
  client = new Client({ bootstrapServers: running.bootstrap, retryBackoffMs: 20 });
  admin = new Admin({ client });
});

afterAll(async () => {
  await client?.close();
  await running?.stop();
});

async function newTopic(partitions = 1, configs: Record<string, string> = {}): Promise<string> {
  const name = `rt-${++topicSeq}`;
  await admin.createTopics([{ name, numPartitions: partitions, replicationFactor: 1, configs }]);
  return name;
}

async function consumeAll(consumer: Consumer, count: number, idleMs = 3000): Promise<ConsumerRecord[]> {
  const out: ConsumerRecord[] = [];
  while (out.length < count) {
    const records = await consumer.poll(idleMs);
    if (records.length === 0) break;
    out.push(...records);
  }
  return out;
}

describe('Admin against a broker', () => {
  it('creates, lists, describes, grows and deletes a topic', async () => {
    const created = await admin.createTopics([{ name: 'adm-1', numPartitions: 2, replicationFactor: 1, configs: { 'retention.ms': '3600000' } }]);
    expect(created[0]).toMatchObject({ name: 'adm-1', numPartitions: 2, replicationFactor: 1 });
    expect(await admin.listTopics()).toContain('adm-1');
    const [described] = await admin.describeTopics(['adm-1']);
    expect(described!.partitions.map((p) => [p.partition, p.leader, p.replicas, p.isr])).toEqual([
      [0, 1, [1], [1]],
      [1, 1, [1], [1]],
    ]);
    expect(described!.topicId).toBe(created[0]!.topicId);
    await admin.createPartitions([{ topic: 'adm-1', count: 4 }]);
    expect((await admin.describeTopics(['adm-1']))[0]!.partitions).toHaveLength(4);
    await admin.deleteTopics(['adm-1']);
    expect(await admin.listTopics()).not.toContain('adm-1');
    await expect(admin.describeTopics(['adm-1'])).rejects.toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
  });

  it('rejects a duplicate topic with TOPIC_ALREADY_EXISTS and validates without creating', async () => {
    const name = await newTopic();
    await expect(admin.createTopics([{ name, numPartitions: 1 }])).rejects.toMatchObject({ code: ErrorCode.TOPIC_ALREADY_EXISTS });
    await admin.createTopics([{ name: 'only-validated', numPartitions: 1 }], { validateOnly: true });
    expect(await admin.listTopics()).not.toContain('only-validated');
  });

  it('describes and incrementally alters topic configs', async () => {
    const name = await newTopic(1, { 'cleanup.policy': 'compact' });
    const before = (await admin.describeConfigs([{ type: 'topic', name }]))[0]!.entries;
    expect(before.find((e) => e.name === 'cleanup.policy')).toMatchObject({ value: 'compact', isDefault: false });
    expect(before.find((e) => e.name === 'retention.ms')?.isDefault).toBe(true);
    await admin.incrementalAlterConfigs([{ type: 'topic', name, ops: [{ name: 'retention.ms', op: 'set', value: '60000' }, { name: 'cleanup.policy', op: 'delete' }] }]);
    const after = (await admin.describeConfigs([{ type: 'topic', name, keys: ['retention.ms', 'cleanup.policy'] }]))[0]!.entries;
    expect(after.find((e) => e.name === 'retention.ms')).toMatchObject({ value: '60000', isDefault: false });
    expect(after.find((e) => e.name === 'cleanup.policy')).toMatchObject({ value: 'delete', isDefault: true });
  });

  it('describes the cluster', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: Number(running.bootstrap.split(':')[1]), rack: null }]);
    expect(cluster.clusterId).toBe(running.broker.clusterId);
  });
});

describe('Producer and Consumer against a broker', () => {
  it.each([
    [-1, 'none'],
    [1, 'gzip'],
    [-1, 'snappy'],
    [1, 'lz4'],
    [-1, 'zstd'],
  ] as const)('round-trips records with acks=%i and %s compression', async (acks, compression) => {
    const topic = await newTopic(3);
    const producer = new Producer({ client, acks, compression, lingerMs: 5 });
    const sent = await Promise.all(
      Array.from({ length: 300 }, (_, i) => producer.send({ topic, key: `key-${i % 7}`, value: `value-${i}`, headers: { i: String(i) } })),
    );
    await producer.close();
    const consumer = new Consumer({ client, maxWaitMs: 50 });
    await consumer.assignTopic(topic, 'earliest');
    const records = await consumeAll(consumer, 300);
    await consumer.stop();
    expect(records).toHaveLength(300);
    const byValue = new Map(records.map((r) => [r.value!.toString(), r]));
    for (let i = 0; i < 300; i++) {
      const r = byValue.get(`value-${i}`)!;
      expect(r.key!.toString()).toBe(`key-${i % 7}`);
      expect(r.partition).toBe(partitionForKey(Buffer.from(`key-${i % 7}`), 3));
      expect(r.headers).toEqual([{ key: 'i', value: Buffer.from(String(i)) }]);
      expect({ partition: r.partition, offset: r.offset }).toEqual({ partition: sent[i]!.partition, offset: sent[i]!.offset });
    }
    // Per partition, offsets are dense and in send order.
    for (let p = 0; p < 3; p++) {
      const values = records.filter((r) => r.partition === p).map((r) => Number(r.value!.toString().slice(6)));
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('round-trips large pipelined batches byte for byte (request frames spanning socket reads, reused by the broker)', async () => {
    // 1 MiB batches, five in flight: every produce request arrives in many socket reads and is
    // assembled in one of the broker's pooled frame buffers, reused for the next request as soon
    // as the previous one is written. Any reuse too early would show as a corrupted value.
    const topic = await newTopic(2);
    const producer = new Producer({ client, acks: 1, lingerMs: 5, batchBytes: 1 << 20, maxInFlightPerPartition: 5 });
    const count = 12_000;
    const valueOf = (i: number) => {
      const v = Buffer.allocUnsafe(1000);
      for (let j = 0; j < v.length; j += 4) v.writeUInt32BE((Math.imul(i + 1, 2654435761) + j * 40503) >>> 0, j);
      return v;
    };
    await Promise.all(Array.from({ length: count }, (_, i) => producer.send({ topic, partition: i % 2, key: String(i), value: valueOf(i) })));
    await producer.close();
    const consumer = new Consumer({ client, maxWaitMs: 50 });
    await consumer.assignTopic(topic, 'earliest');
    const records = await consumeAll(consumer, count);
    await consumer.stop();
    expect(records).toHaveLength(count);
    let wrong = 0;
    for (const r of records) if (!r.value!.equals(valueOf(Number(r.key!.toString())))) wrong++;
    expect(wrong).toBe(0);
  });

  it('produces with acks=0 and the records arrive', async () => {
    const topic = await newTopic(1);
    const producer = new Producer({ client, acks: 0, lingerMs: 0 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => producer.send({ topic, value: `v${i}` })));
    expect(results.every((r) => r.offset === -1)).toBe(true);
    await producer.close();
    const consumer = new Consumer({ client, maxWaitMs: 50 });
    await consumer.assignTopic(topic, 'earliest');
    expect((await consumeAll(consumer, 20)).map((r) => r.value!.toString())).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    await consumer.stop();
  });

  it('lists offsets by spec and starts consumers at latest, an offset and a timestamp', async () => {
    const topic = await newTopic(1);
    const producer = new Producer({ client, lingerMs: 0 });
    for (let i = 0; i < 5; i++) await producer.send({ topic, value: `v${i}`, timestamp: 10_000 + i * 1000 });
    expect((await admin.listOffsets(topic, 'earliest'))[0]!.offset).toBe(0);
    expect((await admin.listOffsets(topic, 'latest'))[0]!.offset).toBe(5);
    expect((await admin.listOffsets(topic, { timestamp: 12_500 }))[0]!.offset).toBe(3);
    const maxTs = (await admin.listOffsets(topic, 'max-timestamp'))[0]!;
    expect([maxTs.offset, maxTs.timestamp]).toEqual([4, 14_000]);

    const fromOffset = new Consumer({ client, maxWaitMs: 50 });
    fromOffset.assign([{ topic, partition: 0, from: { offset: 2 } }]);
    expect((await consumeAll(fromOffset, 3)).map((r) => r.offset)).toEqual([2, 3, 4]);
    await fromOffset.stop();

    const fromTimestamp = new Consumer({ client, maxWaitMs: 50 });
    fromTimestamp.assign([{ topic, partition: 0, from: { timestamp: 13_000 } }]);
    expect((await consumeAll(fromTimestamp, 2)).map((r) => r.timestamp)).toEqual([13_000, 14_000]);
    await fromTimestamp.stop();

    const fromLatest = new Consumer({ client, maxWaitMs: 50 });
    fromLatest.assign([{ topic, partition: 0, from: 'latest' }]);
    expect(await fromLatest.poll(200)).toEqual([]);
    await producer.send({ topic, value: 'new' });
    expect((await consumeAll(fromLatest, 1)).map((r) => r.value!.toString())).toEqual(['new']);
    await fromLatest.stop();
    await producer.close();
  });

  it('deletes records and resets an out-of-range position per autoOffsetReset', async () => {
    const topic = await newTopic(1);
    const producer = new Producer({ client, lingerMs: 0 });
    for (let i = 0; i < 6; i++) await producer.send({ topic, value: `v${i}` });
    await producer.close();
    expect(await admin.deleteRecords(topic, [{ partition: 0, offset: 4 }])).toEqual([{ partition: 0, lowWatermark: 4 }]);
    expect((await admin.listOffsets(topic, 'earliest'))[0]!.offset).toBe(4);

    const resetting = new Consumer({ client, maxWaitMs: 50, autoOffsetReset: 'earliest' });
    resetting.assign([{ topic, partition: 0, from: { offset: 1 } }]);
    expect((await consumeAll(resetting, 2)).map((r) => r.offset)).toEqual([4, 5]);
    await resetting.stop();

    const strict = new Consumer({ client, maxWaitMs: 50, autoOffsetReset: 'none' });
    strict.assign([{ topic, partition: 0, from: { offset: 1 } }]);
    const error = await strict.poll(3000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KafkaError);
    expect((error as KafkaError).code).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    await strict.stop();
  });

  it('moves a large volume through small batches and fetch limits intact', async () => {
    const topic = await newTopic(2);
    const producer = new Producer({ client, lingerMs: 2, batchBytes: 4096, compression: 'lz4' });
    const value = Buffer.alloc(700, 7);
    const sends: Array<Promise<unknown>> = [];
    for (let i = 0; i < 3000; i++) {
      sends.push(producer.send({ topic, key: String(i), value }));
      if (producer.waitingCount > 0) await producer.whenReady();
    }
    await Promise.all(sends);
    await producer.close();
    const consumer = new Consumer({ client, maxWaitMs: 50, partitionMaxBytes: 8192, maxBytes: 16_384 });
    await consumer.assignTopic(topic, 'earliest');
    const records = await consumeAll(consumer, 3000);
    await consumer.stop();
    expect(records).toHaveLength(3000);
    expect(new Set(records.map((r) => r.key!.toString())).size).toBe(3000);
    expect(records.every((r) => r.value!.equals(value))).toBe(true);
  });
});
