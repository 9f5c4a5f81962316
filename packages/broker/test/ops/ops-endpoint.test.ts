// Goal: prove the operations endpoint (ops.listener) tells the truth about a real node: /healthz
// answers while the process lives, /readyz follows the broker lifecycle and the controller
// quorum, and /metrics is valid Prometheus text whose request, partition and quorum metrics
// match what was actually done. Method: in-process brokers (a standalone one and a one-voter
// combined cluster node) driven by kafkajs, the exposition parsed line by line, numbers compared
// with the requests sent and the log files on disk; readiness and ISR-change counting are also
// checked against scripted node states.
import { createServer } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { buildBrokerConfig, brokerConfigKeys, type BrokerConfig } from '../../src/config.js';
import { NodeMetrics } from '../../src/ops/node-metrics.js';
import { readinessOf, type OpsNode } from '../../src/ops/ops-node.js';
import { OpsServer } from '../../src/ops/ops-server.js';
import { startInProcess } from '../support/in-process.js';
import { parseExposition, valueOf, type Exposition } from './prom-text.js';

async function get(port: number, path: string, init: RequestInit = {}): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function scrape(port: number): Promise<Exposition> {
  const res = await get(port, '/metrics');
  expect(res.status).toBe(200);
  expect(res.type).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parseExposition(res.body);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('ops endpoint on a standalone broker', () => {
  let node: Awaited<ReturnType<typeof startInProcess>>;
  let opsPort: number;
  let kafka: Kafka;

  beforeAll(async () => {
    node = await startInProcess({ 'ops.listener': 'http://127.0.0.1:0' });
    opsPort = node.broker.opsAddress!.port;
    kafka = new Kafka({ clientId: 'ops-test', brokers: [`127.0.0.1:${node.port}`], logLevel: logLevel.NOTHING, retry: { retries: 2 } });
  });
  afterAll(async () => {
    await node?.stop();
  });

  it('answers /healthz and /readyz with 200 and JSON, unknown paths with 404 and writes with 405', async () => {
    const health = await get(opsPort, '/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok', nodeId: 1 });
    const ready = await get(opsPort, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ ready: true, checks: { stopping: { ok: true, detail: 'no' }, broker: { ok: true, detail: 'running' } } });
    expect((await get(opsPort, '/nothing-here')).status).toBe(404);
    const post = await get(opsPort, '/metrics', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    const head = await fetch(`http://127.0.0.1:${opsPort}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('reports request counts, bytes and latency per API and partition sizes that match what was produced', async () => {
    const before = await scrape(opsPort);
    expect(valueOf(before, 'gregor_partitions')).toBe(0);
    expect(before.samples.some((s) => s.labels.api === 'Produce')).toBe(false);

    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'ops-metrics', numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    let valueBytes = 0;
    for (let send = 0; send < 5; send++) {
      const messages = Array.from({ length: 10 }, (_, i) => ({ partition: i % 2, value: `value-${send}-${i}-${'x'.repeat(100)}` }));
      for (const m of messages) valueBytes += m.value.length;
      await producer.send({ topic: 'ops-metrics', acks: -1, messages });
    }
    await producer.disconnect();

    const after = await scrape(opsPort);
    const produce = { api: 'Produce' };
    expect(valueOf(after, 'gregor_requests_total', produce)).toBe(5);
    expect(valueOf(after, 'gregor_request_bytes_total', produce)).toBeGreaterThan(valueBytes);
    expect(valueOf(after, 'gregor_response_bytes_total', produce)).toBeGreaterThan(0);
    expect(valueOf(after, 'gregor_requests_total', { api: 'CreateTopics' })).toBe(1);
    expect(valueOf(after, 'gregor_requests_total', { api: 'Metadata' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, 'gregor_request_duration_seconds_count', produce)).toBe(5);
    expect(valueOf(after, 'gregor_request_duration_seconds_sum', produce)).toBeGreaterThan(0);
    // Cumulative buckets never decrease and end at the count.
    const buckets = after.samples.filter((s) => s.name === 'gregor_request_duration_seconds_bucket' && s.labels.api === 'Produce');
    expect(buckets.at(-1)!.labels.le).toBe('+Inf');
    expect(buckets.at(-1)!.value).toBe(5);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);

    expect(after.types.get('gregor_requests_total')).toBe('counter');
    expect(after.types.get('gregor_request_duration_seconds')).toBe('histogram');
    expect(after.types.get('gregor_log_size_bytes')).toBe('gauge');

    expect(valueOf(after, 'gregor_partitions')).toBe(2);
    expect(valueOf(after, 'gregor_leader_partitions')).toBe(2);
    expect(valueOf(after, 'gregor_under_replicated_partitions')).toBe(0);
    expect(valueOf(after, 'gregor_under_min_isr_partitions')).toBe(0);
    expect(valueOf(after, 'gregor_offline_partitions')).toBe(0);
    expect(valueOf(after, 'gregor_consumer_groups')).toBe(0);
    expect(valueOf(after, 'gregor_ready')).toBe(1);
    expect(valueOf(after, 'gregor_active_controller')).toBe(0);
    expect(valueOf(after, 'gregor_node_info', { node_id: '1', roles: 'standalone', cluster_id: node.broker.clusterId })).toBe(1);
    for (const partition of [0, 1]) {
      const labels = { topic: 'ops-metrics', partition: String(partition) };
      expect(valueOf(after, 'gregor_log_end_offset', labels)).toBe(25);
      const dir = join(node.dataDir, `ops-metrics-${partition}`);
      const onDisk = readdirSync(dir).filter((f) => f.endsWith('.log')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
      expect(onDisk).toBeGreaterThan(0);
      expect(valueOf(after, 'gregor_log_size_bytes', labels)).toBe(onDisk);
    }
    // Process metrics come from prom-client's default collectors.
    expect(valueOf(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('ops endpoint on a combined broker and controller', () => {
  let node: Awaited<ReturnType<typeof startInProcess>>;

  beforeAll(async () => {
    const controllerPort = await freePort();
    node = await startInProcess({
      'process.roles': 'broker,controller',
      'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
      listeners: `PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:${controllerPort}`,
      'cluster.id': 'b3BzLXRlc3QtY2x1c3Rlcg',
      'ops.listener': 'http://127.0.0.1:0',
    });
  });
  afterAll(async () => {
    await node?.stop();
  });

  it('is ready once the broker is unfenced and the quorum has a leader, and reports the quorum', async () => {
    const port = node.broker.opsAddress!.port;
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body).checks).toEqual({
      stopping: { ok: true, detail: 'no' },
      broker: { ok: true, detail: 'running' },
      controller: { ok: true, detail: 'quorum leader 1' },
    });
    const m = await scrape(port);
    expect(valueOf(m, 'gregor_active_controller')).toBe(1);
    expect(valueOf(m, 'gregor_raft_leader_id')).toBe(1);
    expect(valueOf(m, 'gregor_fenced_brokers')).toBe(0);
    expect(valueOf(m, 'gregor_offline_partitions')).toBe(0);
    const controllerOffset = valueOf(m, 'gregor_controller_metadata_applied_offset');
    expect(controllerOffset).toBeGreaterThan(0); // at least the leader's NoOp and the registration
    expect(valueOf(m, 'gregor_raft_commit_index')).toBeGreaterThanOrEqual(controllerOffset);
    expect(valueOf(m, 'gregor_broker_metadata_applied_offset')).toBeGreaterThan(0);
    expect(valueOf(m, 'gregor_node_info', { roles: 'broker,controller' })).toBe(1);
  });

  it('stops being ready the moment a controlled shutdown begins', async () => {
    expect(readinessOf(node.broker).ready).toBe(true);
    const stopping = node.broker.stop();
    expect(readinessOf(node.broker)).toMatchObject({ ready: false, checks: { stopping: { ok: false, detail: 'shutting down' } } });
    await stopping;
  });
});

/** A node in a scripted state, for readiness and metric derivations. */
function scriptedNode(over: Partial<OpsNode> & { roles?: string; services?: unknown } = {}): OpsNode {
  const config: BrokerConfig = buildBrokerConfig(
    new Map(
      over.roles === undefined
        ? []
        : [
            ['process.roles', over.roles],
            ['controller.quorum.voters', '1@127.0.0.1:9093'],
          ],
    ),
  );
  return {
    config,
    clusterId: 'c',
    isStopping: over.isStopping ?? false,
    brokerState: over.brokerState === undefined ? 'running' : over.brokerState,
    controllerNode: over.controllerNode ?? null,
    brokerServices: (over.services ?? null) as OpsNode['brokerServices'],
  };
}

const leaderKnown = (leaderId: number | null) => ({ leaderId }) as unknown as NonNullable<OpsNode['controllerNode']>;

describe('readiness', () => {
  it('needs a running broker: registered but fenced, starting or in controlled shutdown is not ready', () => {
    expect(readinessOf(scriptedNode()).ready).toBe(true);
    for (const state of ['starting', 'fenced', 'pending-controlled-shutdown', 'shutting-down'] as const) {
      expect(readinessOf(scriptedNode({ brokerState: state })).checks.broker).toEqual({ ok: false, detail: state });
    }
  });

  it('needs a controller that knows its quorum leader, and both roles on a combined node', () => {
    const controllerOnly = scriptedNode({ roles: 'controller', brokerState: null, controllerNode: leaderKnown(null) });
    expect(readinessOf(controllerOnly)).toEqual({
      ready: false,
      checks: { stopping: { ok: true, detail: 'no' }, controller: { ok: false, detail: 'no quorum leader known' } },
    });
    expect(readinessOf(scriptedNode({ roles: 'controller', brokerState: null, controllerNode: leaderKnown(3) })).ready).toBe(true);
    expect(readinessOf(scriptedNode({ roles: 'broker,controller', brokerState: 'fenced', controllerNode: leaderKnown(1) })).ready).toBe(false);
    expect(readinessOf(scriptedNode({ roles: 'broker,controller', brokerState: 'running', controllerNode: leaderKnown(1) })).ready).toBe(true);
    // The controller role is configured but not started yet.
    expect(readinessOf(scriptedNode({ roles: 'broker,controller', controllerNode: null })).checks.controller).toEqual({ ok: false, detail: 'starting' });
  });

  it('answers 503 with the failing check over HTTP', async () => {
    const node = scriptedNode({ brokerState: 'fenced' });
    const ops = await OpsServer.start({ host: '127.0.0.1', port: 0, node, metrics: new NodeMetrics(node), log: pino({ level: 'silent' }) });
    try {
      const res = await get(ops.address.port, '/readyz');
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body).checks.broker).toEqual({ ok: false, detail: 'fenced' });
      expect(valueOf(await scrape(ops.address.port), 'gregor_ready')).toBe(0);
      expect((await get(ops.address.port, '/healthz')).status).toBe(200);
    } finally {
      await ops.close();
    }
  });
});

describe('metrics derived at scrape time', () => {
  /** One partition led by node 1 whose ISR the test changes between scrapes. */
  function ledPartition() {
    const partition = {
      topic: 't',
      index: 0,
      key: 't\u00000',
      log: { sizeBytes: 100, logEndOffset: 7 },
      configs: new Map([['min.insync.replicas', 2]]),
      state: { partition: 0, leader: 1, leaderEpoch: 4, replicas: [1, 2, 3], isr: [1, 2, 3], partitionEpoch: 9 },
    };
    return partition;
  }

  it('counts ISR shrinks and expansions of led partitions between scrapes, within one leader epoch', async () => {
    const p = ledPartition();
    let groups = 0;
    const services = { nodeId: 1, metadata: {}, replicas: { allPartitions: () => [p] }, groups: { groupCount: () => groups } };
    const metrics = new NodeMetrics(scriptedNode({ services }));
    const read = async () => parseExposition(await metrics.scrape());
    const counts = (e: Exposition) => [valueOf(e, 'gregor_isr_shrinks_total'), valueOf(e, 'gregor_isr_expands_total')];

    expect(counts(await read())).toEqual([0, 0]);
    p.state = { ...p.state, isr: [1, 2], partitionEpoch: 10 };
    let e = await read();
    expect(counts(e)).toEqual([1, 0]);
    expect(valueOf(e, 'gregor_under_replicated_partitions')).toBe(1);
    expect(valueOf(e, 'gregor_under_min_isr_partitions')).toBe(0);
    p.state = { ...p.state, isr: [1], partitionEpoch: 11 };
    e = await read();
    expect(counts(e)).toEqual([2, 0]);
    expect(valueOf(e, 'gregor_under_min_isr_partitions')).toBe(1);
    p.state = { ...p.state, isr: [1, 3], partitionEpoch: 12 };
    expect(counts(await read())).toEqual([2, 1]);
    // One member swapped for another between two scrapes: one shrink and one expansion.
    p.state = { ...p.state, isr: [1, 2], partitionEpoch: 13 };
    expect(counts(await read())).toEqual([3, 2]);
    // A new leader epoch starts afresh: the ISR the new leadership begins with is no change.
    p.state = { ...p.state, isr: [1, 2, 3], leaderEpoch: 5, partitionEpoch: 14 };
    e = await read();
    expect(counts(e)).toEqual([3, 2]);
    expect(valueOf(e, 'gregor_under_replicated_partitions')).toBe(0);
    // Consumer groups are read from the group coordinator when the node has one.
    groups = 4;
    e = await read();
    expect(valueOf(e, 'gregor_consumer_groups')).toBe(4);
    expect(valueOf(e, 'gregor_log_size_bytes', { topic: 't', partition: '0' })).toBe(100);
    expect(valueOf(e, 'gregor_log_end_offset', { topic: 't', partition: '0' })).toBe(7);
  });

  it('drops per-partition series of partitions no longer hosted', async () => {
    const hosted = [ledPartition()];
    const metrics = new NodeMetrics(scriptedNode({ services: { nodeId: 1, metadata: {}, replicas: { allPartitions: () => hosted } } }));
    expect(parseExposition(await metrics.scrape()).samples.filter((s) => s.name === 'gregor_log_size_bytes')).toHaveLength(1);
    hosted.length = 0;
    expect(parseExposition(await metrics.scrape()).samples.filter((s) => s.name === 'gregor_log_size_bytes')).toHaveLength(0);
  });
});

describe('ops.listener', () => {
  it('is off by default, parses http://host:port and refuses anything else', () => {
    expect(buildBrokerConfig().opsListener).toBeNull();
    expect(buildBrokerConfig(new Map([['ops.listener', 'http://0.0.0.0:8080']])).opsListener).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(buildBrokerConfig(new Map([['ops.listener', 'http://[::1]:0']])).opsListener).toEqual({ host: '::1', port: 0 });
    for (const bad of ['0.0.0.0:8080', 'https://0.0.0.0:8080', 'http://host', 'http://host:99999']) {
      expect(() => buildBrokerConfig(new Map([['ops.listener', bad]]))).toThrow(/ops.listener/);
    }
    expect(brokerConfigKeys().has('ops.listener')).toBe(true);
  });
});
