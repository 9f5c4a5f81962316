// Goal: librdkafka's high-level consumer (Debian's python3-confluent-kafka, librdkafka 2.0) and
// kcat -G work as consumer groups against a real Gregor broker process: with the range assignor
// (eager rebalances: everything is revoked and reassigned) and with cooperative-sticky (KIP-429:
// incremental, a member keeps its partitions while others move), a second member joining
// mid-stream and a member leaving move partitions without losing a message; kcat -G resumes
// from its committed offsets. Method: members run as separate processes (support/
// confluent_groups.py) reporting assignments and deliveries as JSON lines; the test produces in
// phases and asserts counts, content, per-partition order, final committed offsets; duplicates
// are counted and printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type BrokerProcess } from '../support/broker-process.js';
import { available, run } from '../support/run.js';
import { duplicatesOf, GroupMember, GROUPS_DRIVER, PYTHON, until, type Delivery } from './group-member.js';

const hasClient = await available(PYTHON, ['-c', 'import confluent_kafka']);
const hasKcat = await available('kcat', ['-V']);
if (!hasClient) console.warn('python3-confluent-kafka is not installed: skipping librdkafka group tests');
if (!hasKcat) console.warn('kcat is not installed: skipping kcat -G tests');

let broker: BrokerProcess;
let admin: ReturnType<Kafka['admin']>;

beforeAll(async () => {
  if (!hasClient && !hasKcat) return;
  broker = await startBroker({ 'group.initial.rebalance.delay.ms': '200' });
  admin = new Kafka({ clientId: 'rdk-admin', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
});
afterAll(async () => {
  await admin?.disconnect();
  await broker?.stop();
});

async function produce(topic: string, partitions: number, from: number, count: number): Promise<void> {
  const r = await run(PYTHON, [GROUPS_DRIVER, broker.bootstrap, 'produce', topic, String(partitions), String(from), String(count)], { timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ acked: count, errors: [] });
}

const distinct = (deliveries: readonly Delivery[]) => new Set(deliveries.map((d) => d.value)).size;

async function joinLeaveScenario(assignor: 'range' | 'cooperative-sticky') {
  const topic = `rdk-${assignor}`;
  const group = `rdk-group-${assignor}`;
  const partitions = 6;
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  const deliveries: Delivery[] = [];
  const all = [0, 1, 2, 3, 4, 5];
  const a = new GroupMember('a', broker.bootstrap, topic, group, assignor, deliveries);
  let b: GroupMember | null = null;
  const eventsOf = (m: GroupMember | null) => (m === null ? '-' : `${JSON.stringify(m.events.filter((e) => e.event !== 'msg'))}\n${m.stderr.slice(-2000)}`);
  const diagnose = () => `a: ${eventsOf(a)}\nb: ${eventsOf(b)}`;
  try {
    await produce(topic, partitions, 0, 300);
    await until('a to own everything and consume 300', () => a.owned.size === partitions && distinct(deliveries) >= 300, 45_000, diagnose);
    const aEventsBeforeB = a.events.length;

    // b joins mid-stream: the partitions are split between a and b.
    const bStarted = new GroupMember('b', broker.bootstrap, topic, group, assignor, deliveries);
    b = bStarted;
    await until('a and b to share the partitions', () => bStarted.owned.size > 0 && a.owned.size > 0 && a.owned.size + bStarted.owned.size === partitions && [...a.owned].every((p) => !bStarted.owned.has(p)), 45_000, diagnose);
    const duringJoin = a.events.slice(aEventsBeforeB).filter((e) => e.event === 'revoke');
    if (assignor === 'cooperative-sticky') {
      // Incremental: a only gives up what moves to b; it never revokes everything.
      expect(duringJoin.length).toBeGreaterThan(0);
      for (const r of duringJoin) expect(r.partitions!.length).toBeLessThan(partitions);
    } else {
      // Eager: a revokes all it had before the new assignment.
      expect(duringJoin[0]!.partitions).toEqual(all);
    }
    await produce(topic, partitions, 300, 300);
    await until('600 consumed by both', () => distinct(deliveries) >= 600, 45_000, diagnose);
    expect(deliveries.some((d) => d.member === 'b' && Number(d.value.slice(2)) >= 300)).toBe(true);

    // b leaves: a owns everything again.
    expect(await bStarted.stop()).toBe(0);
    await until('a to own every partition again', () => a.owned.size === partitions, 45_000, diagnose);
    await produce(topic, partitions, 600, 300);
    await until('900 consumed', () => distinct(deliveries) >= 900, 45_000, diagnose);
    expect(await a.stop()).toBe(0);
    const closed = a.events.find((e) => e.event === 'closed') as { committed: Record<string, number> } | undefined;
    expect(closed?.committed).toEqual(Object.fromEntries(all.map((p) => [String(p), 150])));

    const { missing, duplicates, disorder } = duplicatesOf(deliveries, 900);
    expect(missing).toEqual([]);
    expect(disorder).toEqual([]);
    console.log(`librdkafka ${assignor}: ${deliveries.length} deliveries of 900 messages, ${duplicates} duplicates`);
    const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    expect(committed[0]!.partitions.map((p) => p.offset)).toEqual(all.map(() => '150'));
  } finally {
    a.kill();
    b?.kill();
  }
}

describe.skipIf(!hasClient)('librdkafka consumer groups (confluent-kafka)', () => {
  it('range: a member joining mid-stream and one leaving rebalance eagerly without losing messages', async () => {
    await joinLeaveScenario('range');
  });
  it('cooperative-sticky: members joining and leaving rebalance incrementally without losing messages', async () => {
    await joinLeaveScenario('cooperative-sticky');
  });
  it('static members (group.instance.id, KIP-345): a restarted member gets its partitions back without a rebalance', async () => {
    const topic = 'rdk-static';
    const group = 'rdk-static-group';
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }], waitForLeaders: true });
    const deliveries: Delivery[] = [];
    const a = new GroupMember('a', broker.bootstrap, topic, group, 'range', deliveries, 'host-a');
    const b = new GroupMember('b', broker.bootstrap, topic, group, 'range', deliveries, 'host-b');
    let a2: GroupMember | null = null;
    const diagnose = () => [a, b, a2].map((m) => (m === null ? '-' : `${m.name}: ${JSON.stringify(m.events.filter((e) => e.event !== 'msg'))}`)).join('\n');
    try {
      await produce(topic, 4, 0, 200);
      await until('a and b to share the partitions and consume 200', () => a.owned.size === 2 && b.owned.size === 2 && distinct(deliveries) >= 200, 45_000, diagnose);
      const aPartitions = [...a.owned].sort();
      const bEvents = b.events.filter((e) => e.event !== 'msg').length;
      // a's process ends without LeaveGroup (static members do not leave on close) and comes back.
      expect(await a.stop()).toBe(0);
      a2 = new GroupMember('a2', broker.bootstrap, topic, group, 'range', deliveries, 'host-a');
      await until('the new a to own the old a\'s partitions', () => a2!.owned.size === 2, 45_000, diagnose);
      expect([...a2.owned].sort()).toEqual(aPartitions);
      await produce(topic, 4, 200, 200);
      await until('400 consumed', () => distinct(deliveries) >= 400, 45_000, diagnose);
      // b never saw a rebalance.
      expect(b.events.filter((e) => e.event !== 'msg').length).toBe(bEvents);
      expect(await a2.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
      const { missing, duplicates } = duplicatesOf(deliveries, 400);
      expect(missing).toEqual([]);
      console.log(`librdkafka static membership restart: ${deliveries.length} deliveries of 400 messages, ${duplicates} duplicates`);
    } finally {
      a.kill();
      b.kill();
      a2?.kill();
    }
  });
});

describe.skipIf(!hasKcat)('kcat -G', () => {
  it('consumes as a balanced group member and resumes from its committed offsets', async () => {
    const topic = 'kcat-group';
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    const lines = (from: number, n: number) => Array.from({ length: n }, (_, i) => `k${from + i}:v${from + i}`).join('\n') + '\n';
    const produced = await run('kcat', ['-b', broker.bootstrap, '-P', '-t', topic, '-K:'], { input: lines(0, 40) });
    expect(produced.code, produced.stderr).toBe(0);
    const consume = async () => {
      const r = await run('kcat', ['-b', broker.bootstrap, '-G', 'kcat-group', '-X', 'auto.offset.reset=earliest', '-X', 'enable.auto.commit=true', '-X', 'auto.commit.interval.ms=100', '-e', '-J', '-q', topic], { timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim() === '' ? [] : r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { partition: number; offset: number; key: string; payload: string });
    };
    const first = await consume();
    expect(first.map((m) => m.payload).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `v${i}`).sort());
    for (const p of [0, 1]) {
      const offsets = first.filter((m) => m.partition === p).map((m) => m.offset);
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
    const committed = await admin.fetchOffsets({ groupId: 'kcat-group', topics: [topic] });
    expect(committed[0]!.partitions.reduce((sum, p) => sum + Number(p.offset), 0)).toBe(40);

    // The next run starts where the group left off: only the new messages.
    await run('kcat', ['-b', broker.bootstrap, '-P', '-t', topic, '-K:'], { input: lines(40, 10) });
    const second = await consume();
    expect(second.map((m) => m.payload).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `v${40 + i}`).sort());
  });
});
