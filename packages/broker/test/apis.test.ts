// Goal: each API the single-node broker serves behaves as Kafka's does for the cases clients
// depend on: long-poll fetch woken by an append, fetch byte limits (KIP-74), ListOffsets by
// special and real timestamps, DeleteRecords, CreatePartitions, topic config describe/alter
// (legacy and incremental) with their effect on the log, LogAppendTime, topic
// compression.type re-encoding, DeleteTopics, validate-only creation and pipelined requests
// answered in order. Method: an in-process broker on an ephemeral port and a raw client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Attributes,
  BatchOffset,
  CompressionType,
  decodeRecordBatches,
  decodeResponseHeader,
  encodeRecordBatch,
  ErrorCode,
  Reader,
  ZERO_UUID,
  type FetchRequest,
} from '@gregor/protocol';
import { RawClient } from './support/raw-client.js';
import { startInProcess } from './support/in-process.js';

let server: Awaited<ReturnType<typeof startInProcess>>;
let c: RawClient;

beforeAll(async () => {
  server = await startInProcess();
  c = await RawClient.connect(server.port);
});
afterAll(async () => {
  c?.close();
  await server?.stop();
});

async function createTopic(name: string, partitions = 1, configs: Record<string, string> = {}) {
  const r = await c.request(19, 7, {
    topics: [{ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: Object.entries(configs).map(([k, v]) => ({ name: k, value: v })) }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  expect(r.topics[0]!.errorCode, r.topics[0]!.errorMessage ?? '').toBe(ErrorCode.NONE);
  return r.topics[0]!;
}

function records(values: string[], timestamp = Date.now(), compression: CompressionType = CompressionType.none): Buffer {
  return encodeRecordBatch({ records: values.map((v, i) => ({ timestamp: timestamp + i, key: Buffer.from(`k-${v}`), value: Buffer.from(v) })), compression });
}

async function produce(topic: string, values: string[], opts: { partition?: number; timestamp?: number; compression?: CompressionType } = {}) {
  const r = await c.request(0, 9, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: opts.partition ?? 0, records: records(values, opts.timestamp, opts.compression) }] }],
  });
  const p = r.responses[0]!.partitionResponses[0]!;
  expect(p.errorCode, p.errorMessage ?? '').toBe(ErrorCode.NONE);
  return p;
}

function fetchRequest(topic: string, offset: bigint, opts: Partial<{ maxWaitMs: number; minBytes: number; maxBytes: number; partitionMaxBytes: number; partitions: number[] }> = {}): FetchRequest {
  return {
    replicaId: -1,
    maxWaitMs: opts.maxWaitMs ?? 0,
    minBytes: opts.minBytes ?? 1,
    maxBytes: opts.maxBytes ?? 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [{
      topic,
      topicId: ZERO_UUID,
      partitions: (opts.partitions ?? [0]).map((partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: offset, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: opts.partitionMaxBytes ?? 1 << 20 })),
    }],
    forgottenTopicsData: [],
    rackId: '',
  };
}

function values(buf: Buffer | null): string[] {
  return decodeRecordBatches(buf ?? Buffer.alloc(0)).flatMap((b) => b.records.map((r) => r.value!.toString()));
}

async function listOffset(topic: string, timestamp: bigint, partition = 0) {
  const r = await c.request(2, 8, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 }] }],
    timeoutMs: 0,
  });
  return r.topics[0]!.partitions[0]!;
}

describe('Fetch', () => {
  it('parks a fetch until an append wakes it (long poll), and answers empty after maxWaitMs', async () => {
    await createTopic('longpoll');
    const other = await RawClient.connect(server.port);
    const started = Date.now();
    const pending = other.request(1, 12, fetchRequest('longpoll', 0n, { maxWaitMs: 10_000, minBytes: 1 }));
    await new Promise((r) => setTimeout(r, 200));
    await produce('longpoll', ['wake-up']);
    const response = await pending;
    expect(Date.now() - started).toBeLessThan(9_000); // woken by the append, not by the timeout
    expect(values(response.responses[0]!.partitions[0]!.records)).toEqual(['wake-up']);

    const empty = await other.request(1, 12, fetchRequest('longpoll', 1n, { maxWaitMs: 300, minBytes: 1 }));
    expect(empty.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(values(empty.responses[0]!.partitions[0]!.records)).toEqual([]);
    other.close();
  });

  it('honours partitionMaxBytes but always returns one whole batch for the first partition (KIP-74)', async () => {
    await createTopic('limits', 2);
    for (let i = 0; i < 5; i++) await produce('limits', [`p0-${i}-${'x'.repeat(1000)}`]);
    for (let i = 0; i < 5; i++) await produce('limits', [`p1-${i}-${'y'.repeat(1000)}`], { partition: 1 });
    const tiny = await c.request(1, 12, fetchRequest('limits', 0n, { partitions: [0, 1], partitionMaxBytes: 10 }));
    const [p0, p1] = tiny.responses[0]!.partitions;
    expect(values(p0!.records)).toHaveLength(1); // larger than the limit, but one batch must come back
    expect(values(p1!.records)).toHaveLength(0);
    // Each batch is about 2.1 KB (a 1 KB key and a 1 KB value): two fit under maxBytes 5000,
    // both from partition 0, and partition 1 gets nothing.
    const bounded = await c.request(1, 12, fetchRequest('limits', 0n, { partitions: [0, 1], maxBytes: 5000 }));
    expect(bounded.responses[0]!.partitions.map((p) => values(p.records).length)).toEqual([2, 0]);
    const all = await c.request(1, 12, fetchRequest('limits', 0n, { partitions: [0, 1] }));
    expect(all.responses[0]!.partitions.map((p) => values(p.records).length)).toEqual([5, 5]);
  });

  it('addresses topics by id from v13', async () => {
    const topic = await createTopic('by-id');
    await produce('by-id', ['one', 'two']);
    const req = fetchRequest('', 0n);
    req.topics[0]!.topicId = topic.topicId;
    const r = await c.request(1, 13, req);
    expect(r.responses[0]!.topicId).toBe(topic.topicId);
    expect(values(r.responses[0]!.partitions[0]!.records)).toEqual(['one', 'two']);
  });
});

describe('ListOffsets and DeleteRecords', () => {
  it('answers earliest, latest, max timestamp and by-timestamp lookups', async () => {
    await createTopic('offsets');
    await produce('offsets', ['a', 'b'], { timestamp: 1_000_000 });
    await produce('offsets', ['c', 'd'], { timestamp: 5_000_000 });
    await produce('offsets', ['e'], { timestamp: 3_000_000 });
    expect((await listOffset('offsets', -2n)).offset).toBe(0n);
    expect((await listOffset('offsets', -1n)).offset).toBe(5n);
    const max = await listOffset('offsets', -3n);
    expect([max.offset, max.timestamp]).toEqual([3n, 5_000_001n]);
    const at = await listOffset('offsets', 4_000_000n);
    expect([at.offset, at.timestamp]).toEqual([2n, 5_000_000n]); // the first record at or after it
    const inside = await listOffset('offsets', 5_000_001n);
    expect([inside.offset, inside.timestamp]).toEqual([3n, 5_000_001n]); // exact record, not its batch
    expect((await listOffset('offsets', 9_000_000n)).offset).toBe(-1n);
  });

  it('DeleteRecords moves the log start offset; fetching below it is OFFSET_OUT_OF_RANGE', async () => {
    await createTopic('trim');
    await produce('trim', ['0', '1', '2', '3']);
    const r = await c.request(21, 2, { topics: [{ name: 'trim', partitions: [{ partitionIndex: 0, offset: 2n }] }], timeoutMs: 1000 });
    expect(r.topics[0]!.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE, lowWatermark: 2n });
    expect((await listOffset('trim', -2n)).offset).toBe(2n);
    const below = await c.request(1, 12, fetchRequest('trim', 1n));
    expect(below.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const beyond = await c.request(21, 2, { topics: [{ name: 'trim', partitions: [{ partitionIndex: 0, offset: 10n }] }], timeoutMs: 1000 });
    expect(beyond.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });
});

describe('topic administration', () => {
  it('validate-only creation creates nothing; CreatePartitions grows a topic; DeleteTopics removes it', async () => {
    const v = await c.request(19, 7, { topics: [{ name: 'dry', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }], timeoutMs: 1000, validateOnly: true });
    expect(v.topics[0]!.errorCode).toBe(ErrorCode.NONE);
    const md = await c.request(3, 12, { topics: [{ topicId: ZERO_UUID, name: 'dry' }], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false });
    expect(md.topics[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);

    await createTopic('grow', 1);
    const grown = await c.request(37, 3, { topics: [{ name: 'grow', count: 4, assignments: null }], timeoutMs: 1000, validateOnly: false });
    expect(grown.results[0]!.errorCode).toBe(ErrorCode.NONE);
    const shrink = await c.request(37, 3, { topics: [{ name: 'grow', count: 2, assignments: null }], timeoutMs: 1000, validateOnly: false });
    expect(shrink.results[0]!.errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
    await produce('grow', ['in-3'], { partition: 3 });

    const del = await c.request(20, 6, { topics: [{ name: 'grow', topicId: ZERO_UUID }], topicNames: [], timeoutMs: 1000 });
    expect(del.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    const gone = await c.request(3, 12, { topics: [{ topicId: ZERO_UUID, name: 'grow' }], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false });
    expect(gone.topics[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const again = await c.request(20, 6, { topics: [{ name: 'grow', topicId: ZERO_UUID }], topicNames: [], timeoutMs: 1000 });
    expect(again.responses[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('describes topic configs with sources and synonyms, and alters them incrementally and wholesale', async () => {
    await createTopic('configs', 1, { 'retention.ms': '3600000' });
    const describe = async () => {
      const r = await c.request(32, 4, { resources: [{ resourceType: 2, resourceName: 'configs', configurationKeys: null }], includeSynonyms: true, includeDocumentation: true });
      return new Map(r.results[0]!.configs.map((e) => [e.name, e]));
    };
    let configs = await describe();
    expect(configs.get('retention.ms')).toMatchObject({ value: '3600000', configSource: 1 });
    expect(configs.get('retention.ms')!.synonyms.map((s) => s.name)).toEqual(['retention.ms', 'log.retention.ms']);
    expect(configs.get('cleanup.policy')).toMatchObject({ value: 'delete', configSource: 5, configType: 7 });
    expect(configs.get('segment.bytes')!.documentation).toMatch(/Segment/);

    const inc = await c.request(44, 1, {
      resources: [{ resourceType: 2, resourceName: 'configs', configs: [
        { name: 'retention.ms', configOperation: 1, value: null },
        { name: 'cleanup.policy', configOperation: 2, value: 'compact' },
      ] }],
      validateOnly: false,
    });
    expect(inc.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    configs = await describe();
    expect(configs.get('retention.ms')).toMatchObject({ value: '604800000', configSource: 5 });
    expect(configs.get('cleanup.policy')).toMatchObject({ value: 'delete,compact', configSource: 1 });

    const legacy = await c.request(33, 2, { resources: [{ resourceType: 2, resourceName: 'configs', configs: [{ name: 'segment.ms', value: '60000' }] }], validateOnly: false });
    expect(legacy.responses[0]!.errorCode).toBe(ErrorCode.NONE);
    configs = await describe();
    expect(configs.get('segment.ms')).toMatchObject({ value: '60000', configSource: 1 });
    expect(configs.get('cleanup.policy')).toMatchObject({ value: 'delete', configSource: 5 }); // replaced wholesale

    const bad = await c.request(44, 1, { resources: [{ resourceType: 2, resourceName: 'configs', configs: [{ name: 'segment.ms', configOperation: 0, value: 'soon' }] }], validateOnly: false });
    expect(bad.responses[0]!.errorCode).toBe(ErrorCode.INVALID_CONFIG);
  });

  it('stamps LogAppendTime when message.timestamp.type says so', async () => {
    await createTopic('append-time', 1, { 'message.timestamp.type': 'LogAppendTime' });
    const before = Date.now();
    const p = await produce('append-time', ['t'], { timestamp: 1000 });
    expect(Number(p.logAppendTimeMs)).toBeGreaterThanOrEqual(before);
    const r = await c.request(1, 12, fetchRequest('append-time', 0n));
    const [batch] = decodeRecordBatches(r.responses[0]!.partitions[0]!.records!);
    expect(batch!.timestampType).toBe(1);
    expect(batch!.records[0]!.timestamp).toBe(Number(p.logAppendTimeMs));
  });

  it('re-encodes batches when compression.type differs from the producer codec', async () => {
    await createTopic('zstd-topic', 1, { 'compression.type': 'zstd' });
    await produce('zstd-topic', ['plain-1', 'plain-2'], { compression: CompressionType.gzip });
    const r = await c.request(1, 12, fetchRequest('zstd-topic', 0n));
    const recs = r.responses[0]!.partitions[0]!.records!;
    expect(recs.readInt16BE(BatchOffset.attributes) & Attributes.compressionMask).toBe(CompressionType.zstd);
    expect(values(recs)).toEqual(['plain-1', 'plain-2']);
  });
});

describe('connections', () => {
  it('answers pipelined requests in order even when an earlier one waits (long poll)', async () => {
    await createTopic('pipeline');
    const p = await RawClient.connect(server.port);
    // 1: a fetch that parks for 300 ms; 2: a metadata request answered at once by its handler.
    p.writeRaw(p.encode(1, 12, fetchRequest('pipeline', 0n, { maxWaitMs: 300 }), 101));
    p.writeRaw(p.encode(3, 12, { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }, 102));
    const first = await p.nextFrame();
    const second = await p.nextFrame();
    expect(decodeResponseHeader(new Reader(first!), 1).correlationId).toBe(101);
    expect(decodeResponseHeader(new Reader(second!), 1).correlationId).toBe(102);
    p.close();
  });

  it('answers acks=0 produce with nothing, but appends', async () => {
    await createTopic('fire-and-forget');
    const p = await RawClient.connect(server.port);
    p.writeRaw(p.encode(0, 9, { transactionalId: null, acks: 0, timeoutMs: 1000, topicData: [{ name: 'fire-and-forget', partitionData: [{ index: 0, records: records(['x']) }] }] }, 201));
    const md = await p.request(18, 3, { clientSoftwareName: 'a', clientSoftwareVersion: '1' });
    expect(md.errorCode).toBe(ErrorCode.NONE); // the next frame on the wire is the ApiVersions answer
    expect((await listOffset('fire-and-forget', -1n)).offset).toBe(1n);
    p.close();
  });
});

describe('idempotent producer', () => {
  function idempotentBatch(values: string[], producerId: bigint, producerEpoch: number, baseSequence: number): Buffer {
    return encodeRecordBatch({
      records: values.map((v) => ({ timestamp: Date.now(), key: null, value: Buffer.from(v) })),
      producerId,
      producerEpoch,
      baseSequence,
    });
  }
  async function produceBatch(records: Buffer) {
    const r = await c.request(0, 9, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: 'idem', partitionData: [{ index: 0, records }] }] });
    return r.responses[0]!.partitionResponses[0]!;
  }

  it('hands out distinct producer ids, answers a retried batch with its original offset, and refuses gaps and stale epochs', async () => {
    await createTopic('idem');
    const first = await c.request(22, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
    const second = await c.request(22, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
    expect(first.errorCode).toBe(ErrorCode.NONE);
    expect(first.producerEpoch).toBe(0);
    expect(second.producerId).not.toBe(first.producerId);
    const pid = first.producerId;

    const a = await produceBatch(idempotentBatch(['a0', 'a1'], pid, 0, 0));
    expect([a.errorCode, a.baseOffset]).toEqual([ErrorCode.NONE, 0n]);
    const b = await produceBatch(idempotentBatch(['b0'], pid, 0, 2));
    expect([b.errorCode, b.baseOffset]).toEqual([ErrorCode.NONE, 2n]);
    // A retry of the first batch (same producer, epoch, sequence): its original offset, not appended again.
    const retry = await produceBatch(idempotentBatch(['a0', 'a1'], pid, 0, 0));
    expect([retry.errorCode, retry.baseOffset]).toEqual([ErrorCode.NONE, 0n]);
    expect((await listOffset('idem', -1n)).offset).toBe(3n);
    // A gap in the sequence.
    const gap = await produceBatch(idempotentBatch(['c0'], pid, 0, 7));
    expect(gap.errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    // A newer epoch starts at sequence 0; the old epoch is then fenced.
    const bumped = await produceBatch(idempotentBatch(['d0'], pid, 1, 0));
    expect(bumped.errorCode).toBe(ErrorCode.NONE);
    const stale = await produceBatch(idempotentBatch(['e0'], pid, 0, 3));
    expect(stale.errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await listOffset('idem', -1n)).offset).toBe(4n);
  });

  it('refuses transactional producers it cannot coordinate with INVALID_REQUEST', async () => {
    const r = await c.request(22, 4, { transactionalId: 'tx-1', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
    expect(r.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });
});

describe('compacted topics', () => {
  it('keeps the latest value per key at its original offset once the cleaner has run', async () => {
    const compacted = await startInProcess({ 'log.cleaner.backoff.ms': '200' });
    const k = await RawClient.connect(compacted.port);
    try {
      const created = await k.request(19, 7, {
        topics: [{
          name: 'table', numPartitions: 1, replicationFactor: 1, assignments: [],
          configs: [
            { name: 'cleanup.policy', value: 'compact' },
            { name: 'segment.bytes', value: '1024' },
            { name: 'min.cleanable.dirty.ratio', value: '0.01' },
            { name: 'delete.retention.ms', value: '0' },
          ],
        }],
        timeoutMs: 5000,
        validateOnly: false,
      });
      expect(created.topics[0]!.errorCode).toBe(ErrorCode.NONE);
      // A keyless record has no place in a compacted topic (INVALID_RECORD, as Kafka answers).
      const keyless = await k.request(0, 9, {
        transactionalId: null, acks: 1, timeoutMs: 1000,
        topicData: [{ name: 'table', partitionData: [{ index: 0, records: encodeRecordBatch({ records: [{ timestamp: Date.now(), key: null, value: Buffer.from('no key') }] }) }] }],
      });
      expect(keyless.responses[0]!.partitionResponses[0]!.errorCode).toBe(ErrorCode.INVALID_RECORD);
      // 40 updates of 4 keys, then a tombstone for key-3; each batch is one record.
      const latest = new Map<string, { offset: number; value: string | null }>();
      for (let i = 0; i < 41; i++) {
        const key = i === 40 ? 'key-3' : `key-${i % 4}`;
        const value = i === 40 ? null : `v${i}`;
        const records = encodeRecordBatch({ records: [{ timestamp: Date.now() - 60_000, key: Buffer.from(key), value: value === null ? null : Buffer.from(value) }] });
        const r = await k.request(0, 9, { transactionalId: null, acks: 1, timeoutMs: 1000, topicData: [{ name: 'table', partitionData: [{ index: 0, records }] }] });
        latest.set(key, { offset: Number(r.responses[0]!.partitionResponses[0]!.baseOffset), value });
      }
      const read = async () => {
        const r = await k.request(1, 12, fetchRequest('table', 0n));
        return decodeRecordBatches(r.responses[0]!.partitions[0]!.records ?? Buffer.alloc(0)).flatMap((b) => b.records.map((x) => ({ offset: x.offset, key: x.key!.toString(), value: x.value?.toString() ?? null })));
      };
      let records = await read();
      for (let attempt = 0; attempt < 50 && records.length > 12; attempt++) {
        await new Promise((r) => setTimeout(r, 200));
        records = await read();
      }
      expect(records.length).toBeLessThan(41); // the cleaner removed superseded values
      // Every key's latest value is there, at the offset it was written at; offsets only grow.
      for (const [key, { offset, value }] of latest) {
        if (value === null) continue;
        expect(records.find((r) => r.key === key && r.offset === offset)?.value).toBe(value);
      }
      expect(records.map((r) => r.offset)).toEqual([...records.map((r) => r.offset)].sort((a, b) => a - b));
      // No key appears with an older value than its latest once cleaned (the active segment aside).
      const cleanedPart = records.filter((r) => r.offset < 36);
      for (const r of cleanedPart) expect(latest.get(r.key)!.offset === r.offset || r.key === 'key-3').toBe(true);
    } finally {
      k.close();
      await compacted.stop();
    }
  });
});
