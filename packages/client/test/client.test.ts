// Goal: the cluster client bootstraps from the first reachable server, coalesces concurrent
// metadata refreshes, and retries retriable errors after refreshing metadata, up to its bound.
// Method: the fake one-broker Kafka on 127.0.0.1, with ListOffsets answers intercepted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiKey, ErrorCode, KafkaError, type ListOffsetsRequest } from '@gregor/protocol';
import { Admin } from '../src/admin.js';
import { Client } from '../src/client.js';
import { FakeKafka } from './fake-kafka.js';

let kafka: FakeKafka;
const clients: Client[] = [];

beforeEach(async () => {
  kafka = new FakeKafka();
  await kafka.start();
});

afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  await kafka.stop();
});

function client(bootstrap = kafka.bootstrap, retries = 3): Client {
  const c = new Client({ bootstrapServers: bootstrap, retries, retryBackoffMs: 5, retryBackoffMaxMs: 10 });
  clients.push(c);
  return c;
}

function listOffsetsError(code: number): (request: { body: unknown }) => { body: unknown } {
  return (request) => {
    const body = request.body as ListOffsetsRequest;
    return {
      body: {
        throttleTimeMs: 0,
        topics: body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 })) })),
      },
    };
  };
}

describe('Client', () => {
  it('bootstraps past an unreachable server and learns brokers and topics', async () => {
    kafka.createTopic('t', 2);
    const c = client(`127.0.0.1:1,${kafka.bootstrap}`);
    const cluster = await c.metadata(['t']);
    expect(cluster.clusterId).toBe('fake-cluster');
    expect([...cluster.brokers.keys()]).toEqual([1]);
    expect(cluster.topics.get('t')!.partitions.map((p) => p.leader)).toEqual([1, 1]);
    expect(await c.leaderFor('t', 1)).toBe(1);
  });

  it('coalesces concurrent refreshes into one Metadata request', async () => {
    kafka.createTopic('t', 1);
    const c = client();
    await c.metadata();
    const before = kafka.requests(ApiKey.Metadata).length;
    await Promise.all([c.refreshMetadata(['t']), c.refreshMetadata(['t']), c.refreshMetadata(['t'])]);
    expect(kafka.requests(ApiKey.Metadata).length - before).toBe(1);
  });

  it('retries NOT_LEADER_OR_FOLLOWER after a metadata refresh and succeeds', async () => {
    kafka.createTopic('t', 1);
    const c = client();
    let failures = 2;
    kafka.intercept = (request) => (request.header.requestApiKey === ApiKey.ListOffsets && failures-- > 0 ? listOffsetsError(ErrorCode.NOT_LEADER_OR_FOLLOWER)(request) : undefined);
    const admin = new Admin({ client: c });
    const metadataBefore = kafka.requests(ApiKey.Metadata).length;
    expect(await admin.listOffsets('t', 'latest')).toEqual([{ partition: 0, offset: 0, timestamp: -1, leaderEpoch: 0 }]);
    expect(kafka.requests(ApiKey.ListOffsets)).toHaveLength(3);
    expect(kafka.requests(ApiKey.Metadata).length).toBeGreaterThanOrEqual(metadataBefore + 2);
  });

  it('gives up after `retries` retries with the last KafkaError', async () => {
    kafka.createTopic('t', 1);
    const c = client(kafka.bootstrap, 2);
    kafka.intercept = (request) => (request.header.requestApiKey === ApiKey.ListOffsets ? listOffsetsError(ErrorCode.LEADER_NOT_AVAILABLE)(request) : undefined);
    const error = await new Admin({ client: c }).listOffsets('t', 'earliest').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KafkaError);
    expect((error as KafkaError).code).toBe(ErrorCode.LEADER_NOT_AVAILABLE);
    expect(kafka.requests(ApiKey.ListOffsets)).toHaveLength(3);
  });

  it('does not retry a non-retriable error', async () => {
    kafka.createTopic('t', 1);
    const c = client();
    kafka.intercept = (request) => (request.header.requestApiKey === ApiKey.ListOffsets ? listOffsetsError(ErrorCode.TOPIC_AUTHORIZATION_FAILED)(request) : undefined);
    await expect(new Admin({ client: c }).listOffsets('t', 'earliest')).rejects.toMatchObject({ code: ErrorCode.TOPIC_AUTHORIZATION_FAILED });
    expect(kafka.requests(ApiKey.ListOffsets)).toHaveLength(1);
  });

  it('reconnects after the broker drops the connection', async () => {
    kafka.createTopic('t', 1);
    const c = client();
    const connection = await c.connectionTo(1);
    connection.destroy();
    const again = await c.connectionTo(1);
    expect(again).not.toBe(connection);
    expect(again.isOpen).toBe(true);
  });
});
