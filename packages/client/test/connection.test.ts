// Goal: the Connection frames requests, matches in-order responses to several in-flight requests,
// bounds what is in flight, negotiates versions (with the KIP-511 v0 fallback) and fails requests
// with typed errors on timeouts, closes and corrupt streams. Method: a scripted fake broker on
// 127.0.0.1 that decodes requests with the real codecs and answers as each test dictates.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiKey, ErrorCode, apis } from '@gregor/protocol';
import { Connection } from '../src/connection.js';
import { ClientClosedError, ConnectionError, RequestTimeoutError, UnsupportedVersionError } from '../src/errors.js';
import { apiVersionsBody, encodeResponseFrame, FakeBroker, type FakeHandler } from './fake-broker.js';

const brokers: FakeBroker[] = [];
const connections: Connection[] = [];

async function startBroker(handler: FakeHandler): Promise<FakeBroker> {
  const broker = new FakeBroker(handler);
  await broker.start();
  brokers.push(broker);
  return broker;
}

async function connect(broker: FakeBroker, options: { requestTimeoutMs?: number; inFlightRequestsMax?: number } = {}): Promise<Connection> {
  const connection = await Connection.connect({ host: '127.0.0.1', port: broker.port, clientId: 'test', ...options });
  connections.push(connection);
  return connection;
}

/** Answers ApiVersions; hands everything else to `rest`. */
function withApiVersions(rest: FakeHandler, overrides: Record<number, { minVersion: number; maxVersion: number }> = {}): FakeHandler {
  return (request, broker) => {
    if (request.header.requestApiKey === ApiKey.ApiVersions) return { body: apiVersionsBody(overrides) };
    return rest(request, broker);
  };
}

function describeClusterBody(clusterId: string): unknown {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId, controllerId: 1, brokers: [], clusterAuthorizedOperations: -2147483648 };
}

afterEach(async () => {
  for (const c of connections.splice(0)) c.destroy();
  for (const b of brokers.splice(0)) await b.stop();
});

describe('Connection', () => {
  it('negotiates the highest common version of each API', async () => {
    const broker = await startBroker(withApiVersions(() => null, { [ApiKey.Fetch]: { minVersion: 4, maxVersion: 12 }, [ApiKey.Metadata]: { minVersion: 0, maxVersion: 99 } }));
    const connection = await connect(broker);
    expect(connection.versionOf(ApiKey.Fetch)).toBe(12);
    expect(connection.versionOf(ApiKey.Metadata)).toBe(apis[ApiKey.Metadata].maxVersion);
    // ApiVersions itself went out at our highest version, with the client id in the header.
    expect(broker.requests[0]!.header.requestApiVersion).toBe(apis[ApiKey.ApiVersions].maxVersion);
    expect(broker.requests[0]!.header.clientId).toBe('test');
  });

  it('falls back to the broker\'s ApiVersions version after UNSUPPORTED_VERSION with a v0 body (KIP-511)', async () => {
    const broker = await startBroker((request) => {
      if (request.header.requestApiVersion > 2) {
        // An old broker answers in v0 whatever was asked, naming its ApiVersions range.
        const v0 = { errorCode: ErrorCode.UNSUPPORTED_VERSION, apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 2 }], throttleTimeMs: 0 };
        return { raw: encodeResponseFrame(ApiKey.ApiVersions, 0, request.header.correlationId, v0) };
      }
      return { body: { errorCode: 0, apiKeys: [{ apiKey: ApiKey.ApiVersions, minVersion: 0, maxVersion: 2 }, { apiKey: ApiKey.Metadata, minVersion: 0, maxVersion: 8 }], throttleTimeMs: 0 } };
    });
    const connection = await connect(broker);
    expect(broker.requests.map((r) => r.header.requestApiVersion)).toEqual([apis[ApiKey.ApiVersions].maxVersion, 2]);
    expect(connection.versionOf(ApiKey.Metadata)).toBe(8);
    expect(connection.versionOf(ApiKey.Produce)).toBe(-1);
    expect(() => connection.versionFor(ApiKey.Produce)).toThrow(UnsupportedVersionError);
  });

  it('matches responses to several in-flight requests in order', async () => {
    let n = 0;
    const broker = await startBroker(withApiVersions(async () => {
      const id = `cluster-${n++}`;
      // Answer the first request last-ish: responses must still be matched in request order.
      if (id === 'cluster-0') await new Promise((resolve) => setTimeout(resolve, 30));
      return { body: describeClusterBody(id) };
    }));
    const connection = await connect(broker);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })),
    );
    expect(results.map((r) => r.clusterId)).toEqual(Array.from({ length: 20 }, (_, i) => `cluster-${i}`));
    const ids = broker.requests.slice(1).map((r) => r.header.correlationId);
    expect(new Set(ids).size).toBe(20);
  });

  it('keeps at most inFlightRequestsMax requests outstanding and queues the rest', async () => {
    const held: Array<() => void> = [];
    const broker = await startBroker(withApiVersions(() => new Promise((resolve) => held.push(() => resolve({ body: describeClusterBody('x') })))));
    const connection = await connect(broker, { inFlightRequestsMax: 2 });
    const sends = Array.from({ length: 5 }, () => connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(broker.requests.length - 1).toBe(2);
    expect(connection.inFlightCount).toBe(2);
    expect(connection.queuedCount).toBe(3);
    held.shift()!();
    await sends[0];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(broker.requests.length - 1).toBe(3);
    while (held.length > 0 || broker.requests.length - 1 < 5) {
      held.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(sends);
    expect(connection.inFlightCount).toBe(0);
  });

  it('fails a request that gets no response with RequestTimeoutError and drops the connection', async () => {
    const broker = await startBroker(withApiVersions(() => null));
    const connection = await connect(broker, { requestTimeoutMs: 100 });
    const first = connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    const second = connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 }, { timeoutMs: 10_000 });
    await expect(first).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(second).rejects.toBeInstanceOf(ConnectionError);
    expect(connection.isOpen).toBe(false);
    await expect(connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('fails waiting requests with ConnectionError when the broker closes the socket', async () => {
    const broker = await startBroker(withApiVersions((request) => {
      request.socket.destroy();
      return null;
    }));
    const connection = await connect(broker);
    let closedWith: Error | null = null;
    connection.onClose((error) => (closedWith = error));
    await expect(connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })).rejects.toBeInstanceOf(ConnectionError);
    expect(closedWith).toBeInstanceOf(ConnectionError);
  });

  it('closes on a response whose correlation id is not the oldest request\'s', async () => {
    const broker = await startBroker(withApiVersions((request) => ({
      raw: encodeResponseFrame(ApiKey.DescribeCluster, request.header.requestApiVersion, request.header.correlationId + 1000, describeClusterBody('x')),
    })));
    const connection = await connect(broker);
    await expect(connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })).rejects.toThrow(/correlation id/);
    expect(connection.isOpen).toBe(false);
  });

  it('rejects a response frame larger than the bound (a non-Kafka server)', async () => {
    const broker = await startBroker(withApiVersions(() => ({ raw: Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n') })));
    const connection = await connect(broker);
    await expect(connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })).rejects.toThrow(/outside/);
  });

  it('resolves a request without response once written (acks=0 produce)', async () => {
    const broker = await startBroker(withApiVersions((request) => (request.header.requestApiKey === ApiKey.Produce ? null : { body: describeClusterBody('after') })));
    const connection = await connect(broker);
    await connection.sendWithoutResponse(ApiKey.Produce, { transactionalId: null, acks: 0, timeoutMs: 1000, topicData: [] });
    expect(connection.inFlightCount).toBe(0);
    // The next request still gets its own response matched.
    const response = await connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    expect(response.clusterId).toBe('after');
  });

  it('fails queued requests with ClientClosedError on close()', async () => {
    const broker = await startBroker(withApiVersions(() => null));
    const connection = await connect(broker);
    const pending = expect(connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 })).rejects.toBeInstanceOf(ClientClosedError);
    await connection.close();
    await pending;
  });

  it('rejects connect() with ConnectionError when nothing listens', async () => {
    const broker = await startBroker(() => null);
    const port = broker.port;
    await broker.stop();
    brokers.length = 0;
    await expect(Connection.connect({ host: '127.0.0.1', port })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('decodes a response split across many small socket chunks', async () => {
    const broker = await startBroker(withApiVersions(async (request) => {
      const frame = encodeResponseFrame(ApiKey.DescribeCluster, request.header.requestApiVersion, request.header.correlationId, describeClusterBody('y'.repeat(5000)));
      for (let i = 0; i < frame.length; i += 7) {
        request.socket.write(frame.subarray(i, i + 7));
        if (i % 700 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      return null;
    }));
    const connection = await connect(broker);
    const response = await connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    expect(response.clusterId).toBe('y'.repeat(5000));
  });
});
