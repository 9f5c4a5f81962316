import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Admin, type TopicDescription } from '@gregor/client';
import { DevCluster } from '../../src/commands/dev.js';
import { freePorts } from '../../src/chaos/cluster.js';

export { freePorts };

/** A 3-node cluster of real processes on free ports with fast failure detection, for tests. */
export async function startTestCluster(overrides: Record<string, string> = {}, nodes = 3, roles?: readonly string[]): Promise<DevCluster & { cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gregor-cluster-'));
  const ports = await freePorts(nodes * 2);
  const cluster = await DevCluster.start({
    dataDir,
    nodes,
    port: 0,
    controllerPort: 0,
    clientPorts: ports.slice(0, nodes),
    controllerPorts: ports.slice(nodes),
    logLevel: 'info',
    ...(roles !== undefined ? { roles } : {}),
    overrides: new Map(Object.entries({
      'broker.session.timeout.ms': '3000',
      'broker.heartbeat.interval.ms': '500',
      ...overrides,
    })),
  });
  return Object.assign(cluster, {
    async cleanup() {
      await cluster.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** Metadata as one node sees it (a fresh client, so nothing is cached). */
export async function describeFrom(bootstrap: string, topics?: string[]): Promise<{ brokers: number[]; controllerId: number; topics: TopicDescription[] }> {
  const admin = new Admin({ bootstrapServers: bootstrap, retries: 2, requestTimeoutMs: 5000 });
  try {
    const cluster = await admin.describeCluster();
    const described = await admin.describeTopics(topics);
    return { brokers: cluster.brokers.map((b) => b.nodeId).sort(), controllerId: cluster.controllerId, topics: described };
  } finally {
    await admin.close();
  }
}
