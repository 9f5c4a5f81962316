// Goal: consumer groups survive the loss of their coordinator. In a 3-node cluster,
// __consumer_offsets is created with 50 partitions, replication factor 3 and cleanup.policy
// compact; the group coordinator is the leader of the group's partition. Two librdkafka members
// consume a replicated topic and commit every message; the broker leading the group's
// __consumer_offsets partition is killed with kill -9 mid-stream. The group must find its new
// coordinator (another broker, which loads the partition from its replica), no committed offset
// may go back (nothing committed before the kill is delivered again), no message may be lost,
// and the final committed offsets are the partitions' ends. Duplicates are counted and printed.
// Method: three real node processes (DevCluster), members as separate python3-confluent-kafka
// processes, @gregor/client for FindCoordinator, metadata and offsets.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin } from '@gregor/client';
import { ErrorCode } from '@gregor/protocol';
import { describeFrom, eventually, startTestCluster } from './support.js';
import { duplicatesOf, GroupMember, GROUPS_DRIVER, PYTHON, type Delivery } from '../../../broker/test/groups/group-member.js';
import { run } from '../../../broker/test/support/run.js';

const hasConfluent = spawnSync(PYTHON, ['-c', 'import confluent_kafka']).status === 0;
if (!hasConfluent) console.warn('python3-confluent-kafka is not installed: skipping the coordinator failover test');

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
const node = (id: number) => `127.0.0.1:${cluster.clientPort(id)}`;

beforeAll(async () => {
  if (hasConfluent) cluster = await startTestCluster({ 'group.initial.rebalance.delay.ms': '200', 'replica.lag.time.max.ms': '5000' });
}, 60_000);
afterAll(async () => {
  await cluster?.cleanup();
}, 60_000);

async function findCoordinator(admin: Admin, group: string): Promise<number> {
  const connection = await admin.client.anyConnection();
  const v4 = connection.versionFor(10) >= 4;
  const r = await connection.send(10, { key: v4 ? '' : group, keyType: 0, coordinatorKeys: v4 ? [group] : [] });
  const c = r.coordinators[0] ?? { errorCode: r.errorCode, nodeId: r.nodeId };
  if (c.errorCode !== ErrorCode.NONE) throw new Error(`FindCoordinator: error ${c.errorCode}`);
  return c.nodeId;
}

async function committedOffsets(admin: Admin, coordinator: number, group: string, topic: string, partitions: number): Promise<number[]> {
  const connection = await admin.client.connectionTo(coordinator);
  const v8 = connection.versionFor(9) >= 8;
  const topics = [{ name: topic, partitionIndexes: Array.from({ length: partitions }, (_, p) => p) }];
  const r = await connection.send(9, {
    groupId: v8 ? '' : group,
    topics: v8 ? [] : topics,
    groups: v8 ? [{ groupId: group, memberId: null, memberEpoch: -1, topics }] : [],
    requireStable: true,
  });
  const error = r.groups[0]?.errorCode ?? r.errorCode;
  if (error !== ErrorCode.NONE) throw new Error(`OffsetFetch: error ${error}`);
  const answered = r.groups[0]?.topics ?? r.topics;
  return answered[0]!.partitions.sort((a, b) => a.partitionIndex - b.partitionIndex).map((p) => Number(p.committedOffset));
}

/** Kafka's partition of a group: Utils.abs(groupId.hashCode()) % 50, written here independently of the broker. */
function offsetsPartitionOf(groupId: string): number {
  let h = 0;
  for (const c of groupId) h = (Math.imul(31, h) + c.charCodeAt(0)) | 0;
  return (h & 0x7fffffff) % 50;
}

/** An admin commit (generation -1, no member) into an empty group, straight to its coordinator. */
async function commitAsAdmin(admin: Admin, coordinator: number, group: string, topic: string, offsets: number[]): Promise<void> {
  const r = await admin.client.send(coordinator, 8, {
    groupId: group,
    generationIdOrMemberEpoch: -1,
    memberId: '',
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [{ name: topic, partitions: offsets.map((o, p) => ({ partitionIndex: p, committedOffset: BigInt(o), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: 'side' })) }],
  });
  expect(r.topics[0]!.partitions.map((p) => p.errorCode)).toEqual(offsets.map(() => ErrorCode.NONE));
}

async function describeMembers(admin: Admin, coordinator: number, group: string): Promise<{ state: string; members: string[] }> {
  const r = await admin.client.send(coordinator, 15, { groups: [group], includeAuthorizedOperations: false });
  const g = r.groups[0]!;
  if (g.errorCode !== ErrorCode.NONE) throw new Error(`DescribeGroups: error ${g.errorCode}`);
  return { state: g.groupState, members: g.members.map((m) => m.memberId).sort() };
}

async function produce(bootstrap: string, topic: string, partitions: number, from: number, count: number, pauseMs = 0): Promise<void> {
  const r = await run(PYTHON, [GROUPS_DRIVER, bootstrap, 'produce', topic, String(partitions), String(from), String(count), String(pauseMs)], { timeoutMs: 120_000 });
  expect(r.code, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ acked: count, errors: [] });
}

describe.skipIf(!hasConfluent)('group coordinator failover', () => {
  it('a kill -9 of the coordinator moves the group to a new coordinator with every committed offset intact', async () => {
    const topic = 'orders';
    const group = 'orders-app';
    const partitions = 6;
    const admin = new Admin({ bootstrapServers: cluster.bootstrap, retries: 10 });
    const deliveries: Delivery[] = [];
    const members: GroupMember[] = [];
    try {
      await admin.createTopics([{ name: topic, numPartitions: partitions, replicationFactor: 3 }]);
      await eventually('topic leaders', async () => ((await describeFrom(node(1), [topic])).topics[0]?.partitions.every((p) => p.isr.length === 3) ? true : undefined));

      // The first lookup creates __consumer_offsets: 50 partitions, 3 replicas, compacted.
      const oldCoordinator = await eventually('a coordinator', () => findCoordinator(admin, group).catch(() => undefined));
      const offsetsTopic = await eventually('__consumer_offsets fully replicated', async () => {
        const d = (await describeFrom(node(1), ['__consumer_offsets'])).topics[0];
        return d !== undefined && d.partitions.length === 50 && d.partitions.every((p) => p.replicas.length === 3 && p.isr.length === 3) ? d : undefined;
      });
      expect(offsetsTopic.isInternal).toBe(true);
      // The coordinator is the leader of partition abs(hashCode(group)) % 50, as in Kafka.
      expect(offsetsTopic.partitions.find((p) => p.partition === offsetsPartitionOf(group))!.leader).toBe(oldCoordinator);
      const [configs] = await admin.describeConfigs([{ type: 'topic', name: '__consumer_offsets' }]);
      expect(configs!.entries.find((e) => e.name === 'cleanup.policy')?.value).toBe('compact');

      // Phase 1: two members consume 600 messages and commit them all.
      await produce(cluster.bootstrap, topic, partitions, 0, 600);
      for (const name of ['a', 'b']) members.push(new GroupMember(name, cluster.bootstrap, topic, group, 'range', deliveries));
      const diagnose = () => members.map((m) => `${m.name}: ${JSON.stringify(m.events.filter((e) => e.event !== 'msg').slice(-20))}\n${m.stderr.slice(-1500)}`).join('\n');
      await eventually('600 consumed and committed', async () => {
        if (new Set(deliveries.map((d) => d.value)).size < 600) return undefined;
        const c = await committedOffsets(admin, oldCoordinator, group, topic, partitions);
        return c.every((o) => o === 100) ? c : undefined;
      }, 60_000).catch((err: Error) => {
        throw new Error(`${err.message}\n${diagnose()}`);
      });
      const phase1Deliveries = deliveries.length;
      // A second, idle group on the same __consumer_offsets partition, with offsets nobody touches again.
      let side = 0;
      while (offsetsPartitionOf(`side-${side}`) !== offsetsPartitionOf(group)) side++;
      const sideGroup = `side-${side}`;
      await commitAsAdmin(admin, oldCoordinator, sideGroup, topic, [7, 8, 9, 10, 11, 12]);
      const before = await eventually('a stable group of two', () => describeMembers(admin, oldCoordinator, group).then((d) => (d.state === 'Stable' && d.members.length === 2 ? d : undefined)).catch(() => undefined));
      // Any other broker is not the group's coordinator.
      const bystander = cluster.ids.find((id) => id !== oldCoordinator)!;
      const wrong = await admin.client.send(bystander, 12, { groupId: group, generationId: 1, memberId: before.members[0]!, groupInstanceId: null });
      expect(wrong.errorCode).toBe(ErrorCode.NOT_COORDINATOR);

      // Phase 2 is produced at ~200 messages/s; the coordinator dies mid-stream.
      const phase2 = produce(cluster.bootstrap, topic, partitions, 600, 600, 5);
      await eventually('phase 2 under way', () => (deliveries.filter((d) => Number(d.value.slice(2)) >= 600).length >= 100 ? true : undefined), 30_000);
      await cluster.signalNode(oldCoordinator, 'SIGKILL');
      const survivors = cluster.ids.filter((id) => id !== oldCoordinator);
      const afterAdmin = new Admin({ bootstrapServers: survivors.map(node).join(','), retries: 10 });
      try {
        const newCoordinator = await eventually('a new coordinator', async () => {
          const id = await findCoordinator(afterAdmin, group).catch(() => undefined);
          return id !== undefined && id !== oldCoordinator ? id : undefined;
        }, 30_000);
        expect(survivors).toContain(newCoordinator);
        // The new coordinator loaded the partition from its replica: the idle group's offsets are
        // exactly what was committed, and the live group's never went back.
        const sideOffsets = await eventually('offsets from the new coordinator', () => committedOffsets(afterAdmin, newCoordinator, sideGroup, topic, partitions).catch(() => undefined), 30_000);
        expect(sideOffsets).toEqual([7, 8, 9, 10, 11, 12]);
        for (const o of await committedOffsets(afterAdmin, newCoordinator, group, topic, partitions)) expect(o).toBeGreaterThanOrEqual(100);
        // The group itself came back too: the same two members (it needs no rebalance to carry on).
        const after = await describeMembers(afterAdmin, newCoordinator, group);
        expect(after.members).toEqual(before.members);

        await phase2;
        await eventually('1200 consumed and committed', async () => {
          if (new Set(deliveries.map((d) => d.value)).size < 1200) return undefined;
          const c = await committedOffsets(afterAdmin, newCoordinator, group, topic, partitions);
          return c.every((o) => o === 200) ? c : undefined;
        }, 90_000).catch((err: Error) => {
          throw new Error(`${err.message}\n${diagnose()}`);
        });
        for (const m of members) expect(await m.stop()).toBe(0);

        const { missing, duplicates, disorder } = duplicatesOf(deliveries, 1200);
        expect(missing).toEqual([]);
        expect(disorder).toEqual([]);
        // Nothing committed before the kill came back: no phase-1 message was delivered twice.
        const phase1Values = new Set(deliveries.slice(0, phase1Deliveries).map((d) => d.value));
        const redelivered = deliveries.slice(phase1Deliveries).filter((d) => phase1Values.has(d.value));
        expect(redelivered).toEqual([]);
        console.log(`coordinator failover (node ${oldCoordinator} -> ${newCoordinator}): ${deliveries.length} deliveries of 1200 messages, ${duplicates} duplicates`);
      } finally {
        await afterAdmin.close();
      }
      await cluster.startNode(oldCoordinator);
    } finally {
      for (const m of members) m.kill();
      await admin.close();
    }
  }, 240_000);
});
