// Goal: nodes can run the controller and broker roles apart (process.roles=controller or
// broker): broker-only nodes register with a controller-only quorum, follow the metadata log by
// fetching it, and serve clients; losing one controller of three changes nothing for them.
// Method: three controller-only and two broker-only node processes on 127.0.0.1; kcat and
// @gregor/client as clients.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Admin } from '@gregor/client';
import { clusterStatus } from '../../src/commands/cluster.js';
import { describeFrom, eventually, startTestCluster } from './support.js';

let cluster: Awaited<ReturnType<typeof startTestCluster>>;
const hasKcat = spawnSync('kcat', ['-V']).status === 0;

beforeAll(async () => {
  cluster = await startTestCluster({}, 5, ['controller', 'controller', 'controller', 'broker', 'broker']);
}, 60_000);
afterAll(async () => {
  await cluster?.cleanup();
}, 60_000);

const broker = (id: number) => `127.0.0.1:${cluster.clientPort(id)}`;

describe('controllers and brokers on separate nodes', () => {
  it('serves clients from broker-only nodes and reports the roles', async () => {
    const admin = new Admin({ bootstrapServers: broker(4), retries: 5 });
    await admin.createTopics([{ name: 'split', numPartitions: 4, replicationFactor: 2 }]);
    await admin.close();
    const view = await eventually('broker 5 sees the topic', async () => {
      const d = await describeFrom(broker(5), ['split']);
      return d.topics[0]?.partitions.length === 4 ? d : undefined;
    });
    expect(view.brokers).toEqual([4, 5]);
    expect(view.topics[0]!.partitions.every((p) => p.leader === 4 || p.leader === 5)).toBe(true);

    if (hasKcat) {
      const lines = Array.from({ length: 20 }, (_, i) => `k${i}:v${i}`).join('\n') + '\n';
      expect(spawnSync('kcat', ['-b', broker(5), '-P', '-t', 'split', '-K:', '-p', '0'], { input: lines, timeout: 20_000 }).status).toBe(0);
      const out = spawnSync('kcat', ['-b', broker(4), '-C', '-t', 'split', '-p', '0', '-o', 'beginning', '-e', '-q'], { encoding: 'utf8', timeout: 20_000 });
      expect(out.stdout.trim().split('\n')).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    }

    const status = await clusterStatus(broker(4));
    expect(status.nodes.map((n) => [n.id, n.roles.join(',')])).toEqual([
      [1, 'controller'], [2, 'controller'], [3, 'controller'], [4, 'broker'], [5, 'broker'],
    ]);
    expect(status.offlineBrokers).toEqual([]);
  });

  it('keeps serving admin requests when the active controller is killed', async () => {
    const before = await clusterStatus(broker(4));
    const active = before.activeController!;
    expect([1, 2, 3]).toContain(active);
    await cluster.signalNode(active, 'SIGKILL');
    await eventually('topic creation through a broker-only node after controller failover', async () => {
      const admin = new Admin({ bootstrapServers: broker(5), retries: 2 });
      try {
        await admin.createTopics([{ name: 'split-after', numPartitions: 2, replicationFactor: 2 }]);
        return true;
      } finally {
        await admin.close();
      }
    }, 30_000);
    const after = await clusterStatus(broker(4));
    expect(after.activeController).not.toBe(active);
    expect(after.offlineBrokers).toEqual([]);
  }, 60_000);
});
