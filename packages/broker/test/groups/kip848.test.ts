// Goal: the KIP-848 consumer group protocol works end to end against a real broker process:
// members join with ConsumerGroupHeartbeat, the broker's assignor splits the partitions, a
// second member joining mid-stream gets partitions only as the first releases them (the first
// keeps consuming the partitions it keeps: no stop-the-world), a member leaving hands its
// partitions back, commits carry member epochs, and nothing is lost. ConsumerGroupDescribe,
// ListGroups and DescribeGroups report the group. Method: no installed client speaks KIP-848
// (kafkajs does not; Debian's librdkafka 2.0 predates it), so a scripted consumer
// (kip848-client.ts) drives the protocol over raw connections; kafkajs produces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { defaultMetadataRequest, ErrorCode } from '@gregor/protocol';
import { startBroker, type BrokerProcess } from '../support/broker-process.js';
import { RawClient } from '../support/raw-client.js';
import { Kip848Member, type Delivery } from './kip848-client.js';

let broker: BrokerProcess;
let kafka: Kafka;

beforeAll(async () => {
  broker = await startBroker({ 'group.consumer.heartbeat.interval.ms': '100' });
  kafka = new Kafka({ clientId: 'kip848', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
});
afterAll(async () => {
  await broker?.stop();
});

async function until(what: string, probe: () => boolean, timeoutMs = 30_000, diagnose: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${diagnose()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function topicId(topic: string): Promise<string> {
  const c = await RawClient.connect(broker.port);
  try {
    const r = await c.request(3, 12, { ...defaultMetadataRequest(), topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: topic }], allowAutoTopicCreation: false });
    return r.topics[0]!.topicId;
  } finally {
    c.close();
  }
}

async function produce(topic: string, partitions: number, from: number, count: number): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, acks: -1, messages: Array.from({ length: count }, (_, i) => ({ partition: (from + i) % partitions, value: `m-${from + i}` })) });
  await producer.disconnect();
}

const distinct = (d: readonly Delivery[]) => new Set(d.map((x) => x.value)).size;

describe('KIP-848 consumer group protocol (scripted client)', () => {
  it('rebalances incrementally as members join and leave, with no loss and no stop-the-world', async () => {
    const topic = 'kip848-orders';
    const partitions = 6;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
    const id = await topicId(topic);
    const deliveries: Delivery[] = [];
    const a = new Kip848Member('a', broker.port, 'k848', topic, id, deliveries);
    const b = new Kip848Member('b', broker.port, 'k848', topic, id, deliveries);
    const diagnose = () => `a: ${JSON.stringify(a.events)} ${a.errors.join(';')}\nb: ${JSON.stringify(b.events)} ${b.errors.join(';')}`;
    try {
      await produce(topic, partitions, 0, 300);
      await a.start();
      await until('a to own everything and consume 300', () => a.owned.size === partitions && distinct(deliveries) >= 300, 30_000, diagnose);
      expect(a.epoch).toBe(1);

      // b joins mid-stream.
      const aEventsBefore = a.events.length;
      await b.start();
      await until('a and b to split the partitions', () => a.owned.size === 3 && b.owned.size === 3, 30_000, diagnose);
      expect([...a.owned, ...b.owned].sort()).toEqual([0, 1, 2, 3, 4, 5]);
      // Incremental: a only ever gave up what b took, in one revocation, never everything.
      const aChanges = a.events.slice(aEventsBefore);
      expect(aChanges.every((e) => e.owned.length >= 3)).toBe(true);
      expect(aChanges.flatMap((e) => e.revoked).sort()).toEqual([...b.owned].sort());
      expect(aChanges.flatMap((e) => e.added)).toEqual([]);
      expect(a.epoch).toBe(2);
      expect(b.epoch).toBe(2);

      await produce(topic, partitions, 300, 300);
      await until('600 consumed', () => distinct(deliveries) >= 600, 30_000, diagnose);
      expect(deliveries.some((d) => d.member === 'b' && Number(d.value.slice(2)) >= 300)).toBe(true);

      // The group as the admin APIs see it.
      const c = await RawClient.connect(broker.port);
      try {
        const described = (await c.request(69, 0, { groupIds: ['k848', 'missing'], includeAuthorizedOperations: false })).groups;
        expect(described[0]).toMatchObject({ errorCode: 0, groupId: 'k848', groupState: 'Stable', groupEpoch: 2, assignmentEpoch: 2, assignorName: 'uniform' });
        expect(described[0]!.members.map((m) => m.memberEpoch)).toEqual([2, 2]);
        expect(described[0]!.members.flatMap((m) => m.assignment.topicPartitions.map((t) => t.topicName))).toEqual([topic, topic]);
        expect(described[1]!.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
        const listed = (await c.request(16, 5, { statesFilter: [], typesFilter: ['consumer'] })).groups;
        expect(listed).toEqual([{ groupId: 'k848', protocolType: 'consumer', groupState: 'Stable', groupType: 'consumer' }]);
      } finally {
        c.close();
      }

      // b leaves (epoch -1): a gets its partitions back without revoking anything.
      await b.stop();
      await until('a to own everything again', () => a.owned.size === partitions, 30_000, diagnose);
      await produce(topic, partitions, 600, 300);
      await until('900 consumed', () => distinct(deliveries) >= 900, 30_000, diagnose);
      await a.stop();

      const values = new Set(deliveries.map((d) => d.value));
      expect(Array.from({ length: 900 }, (_, n) => `m-${n}`).filter((v) => !values.has(v))).toEqual([]);
      // Per member and partition, offsets only grow.
      const last = new Map<string, number>();
      for (const d of deliveries) {
        const key = `${d.member}/${d.partition}`;
        expect(d.offset).toBeGreaterThan(last.get(key) ?? -1);
        last.set(key, d.offset);
      }
      console.log(`KIP-848 join/leave: ${deliveries.length} deliveries of 900 messages, ${deliveries.length - values.size} duplicates`);
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
      const committed = await admin.fetchOffsets({ groupId: 'k848', topics: [topic] });
      expect(committed[0]!.partitions.map((p) => p.offset)).toEqual(Array(partitions).fill('150'));
    } finally {
      await admin.disconnect();
    }
  });

  it('a restarted member resumes from the offsets committed with member epochs', async () => {
    const topic = 'kip848-resume';
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    const id = await topicId(topic);
    await produce(topic, 2, 0, 100);
    const first: Delivery[] = [];
    const m1 = new Kip848Member('m1', broker.port, 'k848-resume', topic, id, first, { assignor: 'range' });
    await m1.start();
    await until('100 consumed', () => distinct(first) >= 100);
    await m1.stop();
    await produce(topic, 2, 100, 40);
    const second: Delivery[] = [];
    const m2 = new Kip848Member('m2', broker.port, 'k848-resume', topic, id, second, { assignor: 'range' });
    await m2.start();
    await until('40 more consumed', () => distinct(second) >= 40);
    await new Promise((r) => setTimeout(r, 300));
    await m2.stop();
    expect(second.map((d) => d.value).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `m-${100 + i}`).sort());
  });
});
