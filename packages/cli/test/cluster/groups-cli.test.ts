// Goal: `gregor groups list|describe|delete|reset-offsets` do what kafka-consumer-groups does:
// list groups with type and state (filters), describe lag per partition with each partition's
// owner, members and state, delete only inactive groups, and reset an inactive group's offsets
// to earliest/latest/a time/an offset/a shift, as a dry run by default and for real with
// --execute. Method: a single-node broker in-process, a live kafkajs consumer group, and the
// commands run in-process through commander with captured output; offsets checked with kafkajs.
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Admin } from '@gregor/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/commands/common.js';
import { parseTopicPartitions, planReset, registerGroupsCommands } from '../../src/commands/groups.js';
import { startBroker, type RunningBroker } from '../broker-harness.js';
import { Kip848Member, type Delivery } from '../../../broker/test/groups/kip848-client.js';

let running: RunningBroker;
let kafka: Kafka;
const T0 = Date.UTC(2024, 0, 1);

beforeAll(async () => {
  running = await startBroker({ 'group.initial.rebalance.delay.ms': '0', 'group.consumer.heartbeat.interval.ms': '100' });
  kafka = new Kafka({ clientId: 'cli-test', brokers: [running.bootstrap], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'events', numPartitions: 2 }], waitForLeaders: true });
  await admin.disconnect();
  // 8 messages per partition, one second apart in time: message i of a partition has timestamp T0 + i s.
  const producer = kafka.producer();
  await producer.connect();
  for (const partition of [0, 1]) {
    await producer.send({ topic: 'events', messages: Array.from({ length: 8 }, (_, i) => ({ partition, value: `p${partition}-${i}`, timestamp: String(T0 + i * 1000) })) });
  }
  await producer.disconnect();
});

afterAll(async () => {
  await running?.stop();
});

async function gregor(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    onInterrupt: () => () => undefined,
  };
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerGroupsCommands(program, io);
  process.exitCode = 0;
  await program.parseAsync([...args, '--bootstrap-server', running.bootstrap], { from: 'user' });
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}

/** A kafkajs member of `group` that consumes (and commits) the first `count` messages of each partition. */
async function consumeFirst(group: string, count: number): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: group, heartbeatInterval: 300, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic: 'events', fromBeginning: true });
  const seen = new Map<number, number>();
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      const offset = Number(message.offset);
      if (offset >= count) return;
      seen.set(partition, (seen.get(partition) ?? 0) + 1);
      await consumer.commitOffsets([{ topic: 'events', partition, offset: String(offset + 1) }]);
    },
  });
  const deadline = Date.now() + 20_000;
  while ((seen.get(0) ?? 0) < count || (seen.get(1) ?? 0) < count) {
    if (Date.now() > deadline) throw new Error('consumer did not catch up');
    await new Promise((r) => setTimeout(r, 50));
  }
  return consumer;
}

async function committed(group: string): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const r = await admin.fetchOffsets({ groupId: group, topics: ['events'] });
    return r[0]!.partitions.sort((a, b) => a.partition - b.partition).map((p) => Number(p.offset));
  } finally {
    await admin.disconnect();
  }
}

describe('gregor groups', () => {
  it('lists and describes a live group: lag per partition with its owner, members and state', async () => {
    const consumer = await consumeFirst('live', 5);
    try {
      const list = await gregor(['groups', 'list']);
      expect(list.stdout).toMatch(/^GROUP +TYPE +STATE +PROTOCOL-TYPE +COORDINATOR\n/);
      expect(list.stdout).toMatch(/\nlive +classic +Stable +consumer +1\n/);
      expect(JSON.parse((await gregor(['groups', 'list', '--json'])).stdout)).toContainEqual({ groupId: 'live', type: 'classic', state: 'Stable', protocolType: 'consumer', coordinator: 1 });
      expect(JSON.parse((await gregor(['groups', 'list', '--state', 'empty', '--json'])).stdout).map((g: { groupId: string }) => g.groupId)).not.toContain('live');
      expect(JSON.parse((await gregor(['groups', 'list', '--state', 'STABLE', '--type', 'classic', '--json'])).stdout).map((g: { groupId: string }) => g.groupId)).toContain('live');

      const described = JSON.parse((await gregor(['groups', 'describe', 'live', '--json'])).stdout)[0];
      expect(described).toMatchObject({ groupId: 'live', type: 'classic', state: 'Stable', protocol: 'RoundRobinAssigner', coordinator: 1 });
      expect(described.members).toHaveLength(1);
      const member = described.members[0];
      expect(member).toMatchObject({ clientId: 'cli-test', host: '/127.0.0.1', assignment: [{ topic: 'events', partitions: [0, 1] }] });
      expect(described.partitions).toEqual([0, 1].map((partition) => ({ topic: 'events', partition, currentOffset: 5, logEndOffset: 8, lag: 3, memberId: member.memberId, host: '/127.0.0.1', clientId: 'cli-test' })));

      const human = (await gregor(['groups', 'describe', 'live'])).stdout;
      expect(human).toMatch(/GROUP +TOPIC +PARTITION +CURRENT-OFFSET +LOG-END-OFFSET +LAG +CONSUMER-ID +HOST +CLIENT-ID/);
      expect(human).toMatch(new RegExp(`live +events +0 +5 +8 +3 +${member.memberId} +/127\\.0\\.0\\.1 +cli-test`));
      expect((await gregor(['groups', 'describe', 'live', '--members'])).stdout).toMatch(new RegExp(`live +${member.memberId} +- +/127\\.0\\.0\\.1 +cli-test +2 +events\\(0,1\\)`));
      expect((await gregor(['groups', 'describe', 'live', '--state'])).stdout).toMatch(/live +1 +RoundRobinAssigner +Stable +1 +classic/);

      // An active group can be neither reset nor deleted.
      await expect(gregor(['groups', 'reset-offsets', 'live', '--all-topics', '--to-earliest'])).rejects.toThrow(/inactive, but the current state is Stable/);
      const refused = await gregor(['groups', 'delete', 'live']);
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toMatch(/NON_EMPTY_GROUP/);
    } finally {
      await consumer.disconnect();
    }
    const idle = (await gregor(['groups', 'describe', 'live'])).stdout;
    expect(idle).toMatch(/^Consumer group 'live' has no active members\.\n/);
    expect(idle).toMatch(/live +events +1 +5 +8 +3 +- +- +-/);
  });

  it('resets an inactive group\'s offsets: a dry run by default, then --execute to earliest, a time, an offset, a shift and latest', async () => {
    const consumer = await consumeFirst('reset', 5);
    await consumer.disconnect();
    const dry = await gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events', '--to-earliest']);
    expect(dry.stdout).toMatch(/GROUP +TOPIC +PARTITION +CURRENT-OFFSET +NEW-OFFSET\nreset +events +0 +5 +0\nreset +events +1 +5 +0\n/);
    expect(dry.stdout).toMatch(/dry run/);
    expect(await committed('reset')).toEqual([5, 5]);

    await gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events', '--to-earliest', '--execute']);
    expect(await committed('reset')).toEqual([0, 0]);
    // The first record at or after T0 + 3 s is offset 3; only partition 1 is named.
    await gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events:1', '--to-datetime', new Date(T0 + 2500).toISOString(), '--execute']);
    expect(await committed('reset')).toEqual([0, 3]);
    const json = JSON.parse((await gregor(['groups', 'reset-offsets', 'reset', '--all-topics', '--to-offset', '100', '--execute', '--json'])).stdout);
    expect(json).toEqual({ groupId: 'reset', executed: true, partitions: [{ topic: 'events', partition: 0, currentOffset: 0, newOffset: 8 }, { topic: 'events', partition: 1, currentOffset: 3, newOffset: 8 }] });
    await gregor(['groups', 'reset-offsets', 'reset', '--all-topics', '--shift-by', '-2', '--execute']);
    expect(await committed('reset')).toEqual([6, 6]);
    await gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events', '--to-offset', '1', '--execute']);
    await gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events:0', '--to-latest', '--execute']);
    expect(await committed('reset')).toEqual([8, 1]);
    await expect(gregor(['groups', 'reset-offsets', 'reset', '--topic', 'events', '--to-earliest', '--to-latest'])).rejects.toThrow(/exactly one/);
  });

  it('deletes inactive groups and reports missing ones', async () => {
    const consumer = await consumeFirst('doomed', 2);
    await consumer.disconnect();
    const deleted = await gregor(['groups', 'delete', 'doomed']);
    expect(deleted.stdout).toBe("Deletion of requested consumer groups ('doomed') was successful.\n");
    expect(deleted.exitCode).toBe(0);
    expect(await committed('doomed')).toEqual([-1, -1]);
    const missing = await gregor(['groups', 'describe', 'doomed']);
    expect(missing.stderr).toBe("Consumer group 'doomed' does not exist.\n");
    expect(missing.exitCode).toBe(1);
    const again = await gregor(['groups', 'delete', 'doomed', '--json']);
    expect(JSON.parse(again.stdout)).toEqual([{ groupId: 'doomed', error: 'GROUP_ID_NOT_FOUND' }]);
    expect(again.exitCode).toBe(1);
  });

  it('describes a KIP-848 consumer group through ConsumerGroupDescribe', async () => {
    const gregorAdmin = new Admin({ bootstrapServers: running.bootstrap });
    const [events] = await gregorAdmin.describeTopics(['events']);
    await gregorAdmin.close();
    const deliveries: Delivery[] = [];
    const member = new Kip848Member('k', running.broker.listeners[0]!.port, 'modern', 'events', events!.topicId, deliveries);
    await member.start();
    try {
      const deadline = Date.now() + 20_000;
      while (deliveries.length < 16 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      // Its commits follow its fetches; wait for the last one to land.
      await new Promise((r) => setTimeout(r, 300));
      const described = JSON.parse((await gregor(['groups', 'describe', 'modern', '--json'])).stdout)[0];
      expect(described).toMatchObject({ groupId: 'modern', type: 'consumer', state: 'Stable', protocol: 'uniform', coordinator: 1 });
      expect(described.members).toEqual([{ memberId: member.memberId, instanceId: null, clientId: 'raw-test', host: '/127.0.0.1', assignment: [{ topic: 'events', partitions: [0, 1] }] }]);
      expect(described.partitions.map((p: { currentOffset: number; lag: number }) => [p.currentOffset, p.lag])).toEqual([[8, 0], [8, 0]]);
      expect((await gregor(['groups', 'list', '--type', 'consumer'])).stdout).toMatch(/\nmodern +consumer +Stable +consumer +1\n/);
    } finally {
      await member.stop();
    }
  });

  it('plans resets with kafka-consumer-groups\' clamping rules', () => {
    const p = { earliest: 2, latest: 10, current: 5, atTimestamp: null };
    expect(planReset({ kind: 'offset', offset: 0 }, p)).toBe(2);
    expect(planReset({ kind: 'offset', offset: 99 }, p)).toBe(10);
    expect(planReset({ kind: 'shift', by: -9 }, p)).toBe(2);
    expect(planReset({ kind: 'datetime', timestampMs: 0 }, p)).toBe(10); // nothing at or after it: the log end
    expect(planReset({ kind: 'datetime', timestampMs: 0 }, { ...p, atTimestamp: 4 })).toBe(4);
    expect(() => planReset({ kind: 'shift', by: 1 }, { ...p, current: null })).toThrow(/committed offset/);
    expect(parseTopicPartitions('orders:0,2')).toEqual({ topic: 'orders', partitions: [0, 2] });
    expect(parseTopicPartitions('orders')).toEqual({ topic: 'orders', partitions: null });
  });
});
