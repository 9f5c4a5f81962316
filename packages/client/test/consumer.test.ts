// Goal: the consumer starts where asked (earliest, latest, offset, timestamp), skips records
// below the fetch offset inside a batch, ignores a trailing partial batch, decompresses, skips
// control batches, and handles OFFSET_OUT_OF_RANGE per autoOffsetReset. Method: a fake
// one-broker Kafka on 127.0.0.1 holding batches built with the protocol's encoder; some tests
// intercept Fetch to return crafted responses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiKey, CompressionType, ControlRecordType, encodeEndTxnMarkerBatch, encodeRecordBatch, ErrorCode, type FetchRequest } from '@gregor/protocol';
import { Consumer } from '../src/consumer.js';
import { FakeKafka } from './fake-kafka.js';

let kafka: FakeKafka;
const consumers: Consumer[] = [];

beforeEach(async () => {
  kafka = new FakeKafka();
  await kafka.start();
});

afterEach(async () => {
  for (const c of consumers.splice(0)) await c.close();
  await kafka.stop();
});

function consumer(options: ConstructorParameters<typeof Consumer>[0] = {}): Consumer {
  const c = new Consumer({ bootstrapServers: kafka.bootstrap, maxWaitMs: 20, retryBackoffMs: 5, retryBackoffMaxMs: 20, ...options });
  consumers.push(c);
  return c;
}

function batch(values: string[], options: { compression?: CompressionType; timestamp?: number } = {}): Buffer {
  return encodeRecordBatch({
    records: values.map((v, i) => ({ timestamp: (options.timestamp ?? 1000) + i, key: Buffer.from(`k-${v}`), value: Buffer.from(v) })),
    ...(options.compression !== undefined ? { compression: options.compression } : {}),
  });
}

async function readValues(c: Consumer, count: number, timeoutMs = 2000): Promise<string[]> {
  const out: string[] = [];
  while (out.length < count) {
    const records = await c.poll(timeoutMs);
    if (records.length === 0) break;
    out.push(...records.map((r) => r.value!.toString()));
  }
  return out;
}

describe('Consumer', () => {
  it('reads every partition from the earliest offset, in order per partition', async () => {
    kafka.createTopic('t', 2);
    kafka.append('t', 0, batch(['a', 'b']));
    kafka.append('t', 0, batch(['c']));
    kafka.append('t', 1, batch(['x', 'y']));
    const c = consumer();
    await c.assignTopic('t', 'earliest');
    const records: Array<{ p: number; o: number; v: string; k: string }> = [];
    while (records.length < 5) {
      for (const r of await c.poll(2000)) records.push({ p: r.partition, o: r.offset, v: r.value!.toString(), k: r.key!.toString() });
    }
    expect(records.filter((r) => r.p === 0).map((r) => `${r.o}:${r.v}`)).toEqual(['0:a', '1:b', '2:c']);
    expect(records.filter((r) => r.p === 1).map((r) => `${r.o}:${r.v}`)).toEqual(['0:x', '1:y']);
    expect(records[0]!.k).toBe(`k-${records[0]!.v}`);
    expect(c.position('t', 0)).toBe(3);
  });

  it('skips the records of a batch that lie below the requested offset', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a', 'b', 'c', 'd']));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: { offset: 2 } }]);
    const records = await c.poll(2000);
    expect(records.map((r) => [r.offset, r.value!.toString()])).toEqual([[2, 'c'], [3, 'd']]);
  });

  it('starts at the end with latest and sees only records produced afterwards', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['old']));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'latest' }]);
    expect(await c.poll(150)).toEqual([]);
    expect(c.position('t', 0)).toBe(1);
    kafka.append('t', 0, batch(['new']));
    expect(await readValues(c, 1)).toEqual(['new']);
  });

  it('starts at the first batch whose timestamp reaches the one given', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['early'], { timestamp: 1000 }));
    kafka.append('t', 0, batch(['late'], { timestamp: 5000 }));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: { timestamp: 4000 } }]);
    expect(await readValues(c, 1)).toEqual(['late']);
  });

  it('decodes compressed batches', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['g1', 'g2'], { compression: CompressionType.gzip }));
    kafka.append('t', 0, batch(['z1'], { compression: CompressionType.zstd }));
    kafka.append('t', 0, batch(['s1'], { compression: CompressionType.snappy }));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'earliest' }]);
    expect(await readValues(c, 4)).toEqual(['g1', 'g2', 'z1', 's1']);
  });

  it('ignores a trailing partial batch and fetches it whole next time', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a']));
    kafka.append('t', 0, batch(['b']));
    let isFirst = true;
    const whole = Buffer.concat(kafka.topics.get('t')!.partitions[0]!.batches);
    kafka.intercept = (request) => {
      if (request.header.requestApiKey !== ApiKey.Fetch || !isFirst) return undefined;
      isFirst = false;
      const req = request.body as FetchRequest;
      const t = req.topics[0]!;
      // The broker cut the response 10 bytes into the second batch.
      const cut = kafka.topics.get('t')!.partitions[0]!.batches[0]!.length + 10;
      return {
        body: {
          throttleTimeMs: 0,
          errorCode: 0,
          sessionId: 0,
          responses: [{ topic: t.topic, topicId: t.topicId, partitions: [{ partitionIndex: 0, errorCode: 0, highWatermark: 2n, lastStableOffset: 2n, logStartOffset: 0n, abortedTransactions: null, preferredReadReplica: -1, records: whole.subarray(0, cut) }] }],
        },
      };
    };
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'earliest' }]);
    expect(await readValues(c, 2)).toEqual(['a', 'b']);
    const offsets = kafka.requests(ApiKey.Fetch).map((r) => Number((r.body as FetchRequest).topics[0]!.partitions[0]!.fetchOffset));
    expect(offsets.slice(0, 2)).toEqual([0, 1]);
  });

  it('skips control batches (transaction markers) but moves past them', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a']));
    kafka.append('t', 0, encodeEndTxnMarkerBatch({ type: ControlRecordType.commit, producerId: 7n, producerEpoch: 0, coordinatorEpoch: 0, timestamp: 1 }));
    kafka.append('t', 0, batch(['b']));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'earliest' }]);
    const values = await readValues(c, 2);
    expect(values).toEqual(['a', 'b']);
    expect(c.position('t', 0)).toBe(3);
  });

  it('resets to earliest on OFFSET_OUT_OF_RANGE when autoOffsetReset is earliest', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a', 'b']));
    const c = consumer({ autoOffsetReset: 'earliest' });
    c.assign([{ topic: 't', partition: 0, from: { offset: 50 } }]);
    expect(await readValues(c, 2)).toEqual(['a', 'b']);
    expect(kafka.requests(ApiKey.ListOffsets).length).toBeGreaterThan(0);
  });

  it('fails the reader with OFFSET_OUT_OF_RANGE when autoOffsetReset is none', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a']));
    const c = consumer({ autoOffsetReset: 'none' });
    c.assign([{ topic: 't', partition: 0, from: { offset: 50 } }]);
    await expect(c.poll(2000)).rejects.toMatchObject({ code: ErrorCode.OFFSET_OUT_OF_RANGE });
  });

  it('rejects assigning a partition the topic does not have', async () => {
    kafka.createTopic('t', 2);
    const c = consumer();
    await expect(c.assignTopic('t', 'earliest', [5])).rejects.toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
  });

  it('ends for-await iteration on stop()', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a', 'b', 'c']));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'earliest' }]);
    const seen: string[] = [];
    for await (const record of c) {
      seen.push(record.value!.toString());
      if (seen.length === 2) void c.stop();
    }
    expect(seen.slice(0, 2)).toEqual(['a', 'b']);
  });

  it('seeks: records fetched for the old position are dropped', async () => {
    kafka.createTopic('t', 1);
    kafka.append('t', 0, batch(['a', 'b', 'c', 'd']));
    const c = consumer();
    c.assign([{ topic: 't', partition: 0, from: 'earliest' }]);
    expect((await c.poll(2000)).map((r) => r.offset)).toEqual([0, 1, 2, 3]);
    c.seek('t', 0, { offset: 1 });
    expect((await c.poll(2000)).map((r) => r.offset)).toEqual([1, 2, 3]);
  });
});
