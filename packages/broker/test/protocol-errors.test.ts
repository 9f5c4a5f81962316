// Goal: every kind of bad input gets Kafka's exact answer (an error code, a v0 ApiVersions
// fallback, or a closed connection) and never a crash, a hang or a partial write; afterwards the
// broker still serves. Method: an in-process broker and a raw socket client that sends exactly
// the bytes under test, then checks the reply and the log contents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BatchOffset,
  CompressionType,
  encodeRecordBatch,
  ErrorCode,
  ZERO_UUID,
  decodeApiVersionsResponse,
  decodeResponseHeader,
  Reader,
} from '@gregor/protocol';
import { RawClient } from './support/raw-client.js';
import { startInProcess } from './support/in-process.js';

let server: Awaited<ReturnType<typeof startInProcess>>;

beforeAll(async () => {
  server = await startInProcess({ 'auto.create.topics.enable': 'false', 'message.max.bytes': '10000' });
  const c = await RawClient.connect(server.port);
  const created = await c.request(19, 7, {
    topics: [{ name: 'errors', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  expect(created.topics[0]!.errorCode).toBe(ErrorCode.NONE);
  c.close();
});

afterAll(async () => {
  await server?.stop();
});

function batch(values: string[], compression: CompressionType = CompressionType.none): Buffer {
  return encodeRecordBatch({ records: values.map((v) => ({ timestamp: Date.now(), key: null, value: Buffer.from(v) })), compression });
}

function produce(client: RawClient, records: Buffer | null, partition = 0, topic = 'errors', acks = -1, version = 9) {
  return client.request(0, version, {
    transactionalId: null,
    acks,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  });
}

async function latestOffset(client: RawClient, partition = 0): Promise<bigint> {
  const r = await client.request(2, 7, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: 'errors', partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }] }],
    timeoutMs: 0,
  });
  return r.topics[0]!.partitions[0]!.offset;
}

describe('bad input', () => {
  it('closes the connection on an unknown API key', async () => {
    const c = await RawClient.connect(server.port);
    const frame = Buffer.alloc(4 + 10);
    frame.writeInt32BE(10, 0);
    frame.writeInt16BE(9999, 4); // api key
    frame.writeInt16BE(0, 6);
    frame.writeInt32BE(1, 8);
    frame.writeInt16BE(-1, 12);
    c.writeRaw(frame);
    expect(await c.waitClosed()).toBe(true);
  });

  it('closes the connection on an unsupported version of a known API', async () => {
    const c = await RawClient.connect(server.port);
    c.writeRaw(c.encode(3, 0, { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }).fill(0x7f, 6, 8));
    expect(await c.waitClosed()).toBe(true);
  });

  it('answers ApiVersions of an unknown version with a v0 UNSUPPORTED_VERSION response and our ranges (KIP-511)', async () => {
    const c = await RawClient.connect(server.port);
    const frame = c.encode(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' }, 77);
    frame.writeInt16BE(99, 6); // version 99
    c.writeRaw(frame);
    const reply = await c.nextFrame();
    expect(reply).not.toBeNull();
    const r = new Reader(reply!);
    expect(decodeResponseHeader(r, 0).correlationId).toBe(77);
    const body = decodeApiVersionsResponse(r, 0);
    expect(body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(body.apiKeys.find((k) => k.apiKey === 18)).toEqual({ apiKey: 18, minVersion: 0, maxVersion: 4 });
    // The connection stays usable: the client retries with a version we serve.
    const ok = await c.request(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    expect(ok.errorCode).toBe(ErrorCode.NONE);
    expect(ok.apiKeys.map((k) => k.apiKey)).toContain(0);
    c.close();
  });

  it('closes the connection on a frame above socket.request.max.bytes without buffering it', async () => {
    const c = await RawClient.connect(server.port);
    const header = Buffer.alloc(4);
    header.writeInt32BE(200 * 1024 * 1024, 0);
    c.writeRaw(header);
    expect(await c.waitClosed()).toBe(true);
  });

  it('closes the connection on a truncated request body', async () => {
    const c = await RawClient.connect(server.port);
    const good = c.encode(3, 9, { topics: [{ topicId: ZERO_UUID, name: 'errors' }], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false });
    const cut = Buffer.from(good.subarray(0, good.length - 3));
    cut.writeInt32BE(cut.length - 4, 0);
    c.writeRaw(cut);
    expect(await c.waitClosed()).toBe(true);
  });

  it('rejects a batch with a bad CRC with CORRUPT_MESSAGE and appends nothing', async () => {
    const c = await RawClient.connect(server.port);
    const before = await latestOffset(c);
    const bad = batch(['a', 'b']);
    bad[bad.length - 1] = bad[bad.length - 1]! ^ 0xff;
    const r = await produce(c, bad);
    expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(await latestOffset(c)).toBe(before);
    c.close();
  });

  it('rejects a batch of an old magic with UNSUPPORTED_FOR_MESSAGE_FORMAT or CORRUPT_MESSAGE and appends nothing', async () => {
    const c = await RawClient.connect(server.port);
    const before = await latestOffset(c);
    const old = batch(['a']);
    old.writeInt8(1, BatchOffset.magic);
    const r = await produce(c, old);
    expect([ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT, ErrorCode.CORRUPT_MESSAGE, ErrorCode.INVALID_RECORD]).toContain(
      r.responses[0]!.partitionResponses[0]!.errorCode,
    );
    expect(await latestOffset(c)).toBe(before);
    c.close();
  });

  it('rejects a batch larger than max.message.bytes with MESSAGE_TOO_LARGE', async () => {
    const c = await RawClient.connect(server.port);
    const r = await produce(c, batch(['x'.repeat(20_000)]));
    expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    c.close();
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION for unknown topics and partitions, INVALID_REQUIRED_ACKS for acks=2', async () => {
    const c = await RawClient.connect(server.port);
    expect((await produce(c, batch(['a']), 0, 'nope')).responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect((await produce(c, batch(['a']), 7)).responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect((await produce(c, batch(['a']), 0, 'errors', 2)).responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.INVALID_REQUIRED_ACKS);
    c.close();
  });

  it('answers a fetch beyond the log end with OFFSET_OUT_OF_RANGE and the log start offset', async () => {
    const c = await RawClient.connect(server.port);
    const r = await c.request(1, 11, {
      replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic: 'errors', topicId: ZERO_UUID, partitions: [{ partition: 1, currentLeaderEpoch: -1, fetchOffset: 1000n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
      forgottenTopicsData: [], rackId: '',
    });
    const p = r.responses[0]!.partitions[0]!;
    expect(p.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect(p.logStartOffset).toBe(0n);
    c.close();
  });

  it('rejects invalid topic configs and names with INVALID_CONFIG and INVALID_TOPIC_EXCEPTION', async () => {
    const c = await RawClient.connect(server.port);
    const r = await c.request(19, 7, {
      topics: [
        { name: 'bad-config', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: 'soon' }] },
        { name: 'unknown-config', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'no.such.config', value: '1' }] },
        { name: 'bad/name', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'too-many-replicas', numPartitions: 1, replicationFactor: 3, assignments: [], configs: [] },
        { name: 'zero-partitions', numPartitions: 0, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(r.topics.map((t) => t.errorCode)).toEqual([
      ErrorCode.INVALID_CONFIG,
      ErrorCode.INVALID_CONFIG,
      ErrorCode.INVALID_TOPIC_EXCEPTION,
      ErrorCode.INVALID_REPLICATION_FACTOR,
      ErrorCode.INVALID_PARTITIONS,
    ]);
    c.close();
  });

  it('still serves a valid produce after all of the above', async () => {
    const c = await RawClient.connect(server.port);
    const before = await latestOffset(c);
    const r = await produce(c, batch(['ok-1', 'ok-2'], CompressionType.gzip));
    expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(r.responses[0]!.partitionResponses[0]!.baseOffset).toBe(before);
    expect(await latestOffset(c)).toBe(before + 2n);
    c.close();
  });
});
