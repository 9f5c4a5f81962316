// Goal: with two of three replicas down, acks=all produce fails with NOT_ENOUGH_REPLICAS while
// reads of committed data still work. Method: three controller-only and three broker-only node
// processes (so the controller quorum survives losing two brokers and shrinks the ISR); kill -9
// two brokers of an RF=3, min.insync.replicas=2 topic and produce with @gregor/client.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Admin, Consumer, Producer } from '@gregor/client';
import { describeFrom, eventually, startTestCluster } from './support.js';

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
const node = (id: number) => `127.0.0.1:${cluster.clientPort(id)}`;

beforeAll(async () => {
  cluster = await startTestCluster({}, 6, ['controller', 'controller', 'controller', 'broker', 'broker', 'broker']);
}, 60_000);
afterAll(async () => {
  await cluster?.cleanup();
}, 60_000);

it('refuses acks=all with NOT_ENOUGH_REPLICAS when two of three replicas are down, while committed data stays readable', async () => {
  const admin = new Admin({ bootstrapServers: node(4), retries: 5 });
  await admin.createTopics([{ name: 'quorum', numPartitions: 1, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }]);
  await admin.close();
  const d = await eventually('quorum led', async () => {
    const x = await describeFrom(node(4), ['quorum']);
    return x.topics[0]?.partitions[0]?.isr.length === 3 ? x : undefined;
  });
  const leader = d.topics[0]!.partitions[0]!.leader;
  const producer = new Producer({ bootstrapServers: node(leader), acks: -1, retries: 0, lingerMs: 0 });
  for (let i = 0; i < 10; i++) await producer.send({ topic: 'quorum', value: Buffer.from(`committed-${i}`), partition: 0 });
  await producer.close();

  for (const id of [4, 5, 6].filter((id) => id !== leader)) await cluster.signalNode(id, 'SIGKILL');
  // The controller fences the two (3 s session timeout) and shrinks the ISR to the leader.
  await eventually('ISR shrunk to the leader', async () => {
    const x = await describeFrom(node(leader), ['quorum']);
    return x.topics[0]!.partitions[0]!.isr.length === 1 ? true : undefined;
  });
  const lonely = new Producer({ bootstrapServers: node(leader), acks: -1, retries: 0, lingerMs: 0, deliveryTimeoutMs: 10_000 });
  const failure = await lonely.send({ topic: 'quorum', value: Buffer.from('not-acknowledged'), partition: 0 }).then(
    () => null,
    (err: { code?: number }) => err,
  );
  await lonely.close();
  expect(failure?.code).toBe(19); // NOT_ENOUGH_REPLICAS, before anything was appended

  const consumer = new Consumer({ bootstrapServers: node(leader), maxWaitMs: 200 });
  consumer.assign([{ topic: 'quorum', partition: 0, from: 'earliest' }]);
  const got: string[] = [];
  const deadline = Date.now() + 10_000;
  while (got.length < 10 && Date.now() < deadline) for (const r of await consumer.poll(500)) got.push(r.value!.toString());
  await consumer.close();
  expect(got).toEqual(Array.from({ length: 10 }, (_, i) => `committed-${i}`));
}, 120_000);
