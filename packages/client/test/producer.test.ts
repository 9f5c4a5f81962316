// Goal: the producer batches per partition (batch size, linger), partitions like the Java client,
// keeps per-partition order with one batch in flight (or up to maxInFlightPerPartition), retries retriable errors after a metadata
// refresh, fails non-retriable ones, applies buffer.memory backpressure and honours acks=0.
// Method: a fake one-broker Kafka on 127.0.0.1 that stores batches and lets each test intercept
// (fail or hold) requests; produced batches are decoded with the protocol's reference decoder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiKey, decodeRecordBatch, ErrorCode, KafkaError, type ProduceRequest } from '@gregor/protocol';
import { Producer } from '../src/producer.js';
import { FakeKafka } from './fake-kafka.js';

let kafka: FakeKafka;
const producers: Producer[] = [];

beforeEach(async () => {
  kafka = new FakeKafka();
  await kafka.start();
});

afterEach(async () => {
  for (const p of producers.splice(0)) await p.close({ timeoutMs: 500 }).catch(() => undefined);
  await kafka.stop();
});

function producer(options: ConstructorParameters<typeof Producer>[0] = {}): Producer {
  const p = new Producer({ bootstrapServers: kafka.bootstrap, retryBackoffMs: 5, retryBackoffMaxMs: 20, ...options });
  producers.push(p);
  return p;
}

function produced(topic: string, partition: number): Array<{ key: string | null; value: string | null; offset: number }> {
  return kafka.topics.get(topic)!.partitions[partition]!.batches.flatMap((b) =>
    decodeRecordBatch(b).records.map((r) => ({ key: r.key?.toString() ?? null, value: r.value?.toString() ?? null, offset: r.offset })),
  );
}

/**
 * Holds the first produce request (and so, as the fake answers in arrival order, every later
 * one) until the returned release() is called; later arrivals are counted by producesArrived().
 */
function holdFirstProduce(): () => void {
  let release: (() => void) | null = null;
  kafka.intercept = (request) => {
    if (request.header.requestApiKey !== ApiKey.Produce || release !== null) return undefined;
    return new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  };
  return () => {
    kafka.intercept = () => undefined;
    release!();
  };
}

/** Produce requests that reached the fake broker, held ones included. */
function producesArrived(): number {
  return kafka.broker.requests.filter((r) => r.header.requestApiKey === ApiKey.Produce).length;
}

function batchesPerRequest(): number[] {
  return kafka.requests(ApiKey.Produce).map((r) => (r.body as ProduceRequest).topicData.reduce((n, t) => n + t.partitionData.length, 0));
}

describe('Producer', () => {
  it('batches records that arrive within linger.ms into one batch and resolves their offsets', async () => {
    kafka.createTopic('t', 1);
    const p = producer({ lingerMs: 30 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => p.send({ topic: 't', value: `v${i}` })));
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.every((r) => r.partition === 0 && r.topic === 't')).toBe(true);
    expect(kafka.topics.get('t')!.partitions[0]!.batches).toHaveLength(1);
    expect(produced('t', 0).map((r) => r.value)).toEqual(Array.from({ length: 10 }, (_, i) => `v${i}`));
  });

  it('sends keyed records to toPositive(murmur2(key)) % partitions', async () => {
    kafka.createTopic('keyed', 10);
    const p = producer({ lingerMs: 0 });
    const result = await p.send({ topic: 'keyed', key: 'foobar', value: 'x' });
    expect(result.partition).toBe(6);
    expect(produced('keyed', 6)).toEqual([{ key: 'foobar', value: 'x', offset: 0 }]);
  });

  it('honours an explicit partition and rejects one the topic does not have', async () => {
    kafka.createTopic('t', 3);
    const p = producer({ lingerMs: 0 });
    expect((await p.send({ topic: 't', partition: 2, value: 'x' })).partition).toBe(2);
    await expect(p.send({ topic: 't', partition: 3, value: 'x' })).rejects.toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
  });

  it('keeps unkeyed records on one sticky partition within a batch', async () => {
    kafka.createTopic('t', 8);
    const p = producer({ lingerMs: 20 });
    const results = await Promise.all(Array.from({ length: 20 }, () => p.send({ topic: 't', value: 'small' })));
    expect(new Set(results.map((r) => r.partition)).size).toBe(1);
  });

  it('keeps one batch per partition in flight and sends the next only after the response', async () => {
    kafka.createTopic('t', 1);
    const release = holdFirstProduce();
    const p = producer({ lingerMs: 0, batchBytes: 200, backlogBatchBytes: 200 });
    const sends = Array.from({ length: 6 }, (_, i) => p.send({ topic: 't', value: 'x'.repeat(80) + i }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Count arrivals: the fake answers in order, so held requests never reach kafka.requests().
    expect(producesArrived()).toBe(1);
    release();
    const results = await Promise.all(sends);
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(kafka.requests(ApiKey.Produce).length).toBeGreaterThan(1);
    expect(batchesPerRequest().every((n) => n === 1)).toBe(true);
    expect(produced('t', 0).map((r) => r.value!.slice(80))).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('reports outcomes to sendWithCallback callbacks, failures only after the call returns', async () => {
    kafka.createTopic('t', 2);
    const p = producer({ lingerMs: 0 });
    await p.send({ topic: 't', partition: 0, value: 'warm' }); // metadata cached: the next records append at once
    const outcomes: Array<{ error: Error | null; offset: number | undefined }> = [];
    const settled = new Promise<void>((resolve) => {
      for (let i = 0; i < 3; i++) {
        p.sendWithCallback({ topic: 't', partition: 0, value: `v${i}` }, (error, metadata) => {
          outcomes.push({ error, offset: metadata?.offset });
          if (outcomes.length === 4) resolve();
        });
      }
      p.sendWithCallback({ topic: 't', partition: 7, value: 'nowhere' }, (error, metadata) => {
        outcomes.push({ error, offset: metadata?.offset });
        if (outcomes.length === 4) resolve();
      });
      expect(outcomes).toEqual([]);
    });
    await settled;
    expect(outcomes[0]!.error).toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
    expect(outcomes.slice(1)).toEqual([
      { error: null, offset: 1 },
      { error: null, offset: 2 },
      { error: null, offset: 3 },
    ]);
    expect(produced('t', 0).map((r) => r.value)).toEqual(['warm', 'v0', 'v1', 'v2']);
  });

  it('keeps up to maxInFlightPerPartition batches of a partition in flight at once', async () => {
    kafka.createTopic('t', 1);
    const release = holdFirstProduce();
    const p = producer({ lingerMs: 0, batchBytes: 200, backlogBatchBytes: 200, maxInFlightPerPartition: 3 });
    const sends = Array.from({ length: 6 }, (_, i) => p.send({ topic: 't', value: 'x'.repeat(80) + i }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(producesArrived()).toBe(3);
    release();
    const results = await Promise.all(sends);
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(produced('t', 0).map((r) => r.value!.slice(80))).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('sends a batch that reached batch.size while an in-flight slot is free, without waiting for linger.ms', async () => {
    kafka.createTopic('t', 1);
    const release = holdFirstProduce();
    // linger.ms far beyond the test: only batch.size can make the second batch ready. It starts
    // while the first is in flight, so it is a backlog batch (room for 8 KiB), but a slot is free.
    const p = producer({ lingerMs: 60_000, batchBytes: 400, backlogBatchBytes: 8192, maxInFlightPerPartition: 2 });
    const first = Array.from({ length: 5 }, (_, i) => p.send({ topic: 't', value: 'x'.repeat(80) + i }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(producesArrived()).toBe(1);
    const second = Array.from({ length: 5 }, (_, i) => p.send({ topic: 't', value: 'y'.repeat(80) + i }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(producesArrived()).toBe(2);
    release();
    const results = await Promise.all([...first, ...second]);
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('retries NOT_LEADER_OR_FOLLOWER after refreshing metadata, keeping the order', async () => {
    kafka.createTopic('t', 1);
    let failures = 2;
    kafka.intercept = (request) => {
      if (request.header.requestApiKey !== ApiKey.Produce || failures === 0) return undefined;
      failures--;
      const body = request.body as ProduceRequest;
      return {
        body: {
          throttleTimeMs: 0,
          responses: body.topicData.map((t) => ({
            name: t.name,
            partitionResponses: t.partitionData.map((pd) => ({ index: pd.index, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null })),
          })),
        },
      };
    };
    const p = producer({ lingerMs: 5 });
    const metadataBefore = kafka.requests(ApiKey.Metadata).length;
    const results = await Promise.all(['a', 'b', 'c'].map((value) => p.send({ topic: 't', value })));
    expect(results.map((r) => r.offset)).toEqual([0, 1, 2]);
    expect(produced('t', 0).map((r) => r.value)).toEqual(['a', 'b', 'c']);
    expect(kafka.requests(ApiKey.Produce)).toHaveLength(3);
    expect(kafka.requests(ApiKey.Metadata).length).toBeGreaterThan(metadataBefore + 1);
  });

  it('fails records with a non-retriable error code as a KafkaError', async () => {
    kafka.createTopic('t', 1);
    kafka.intercept = (request) => {
      if (request.header.requestApiKey !== ApiKey.Produce) return undefined;
      return {
        body: {
          throttleTimeMs: 0,
          responses: [{ name: 't', partitionResponses: [{ index: 0, errorCode: ErrorCode.INVALID_RECORD, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: 'bad record' }] }],
        },
      };
    };
    const p = producer({ lingerMs: 0 });
    const error = await p.send({ topic: 't', value: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KafkaError);
    expect((error as KafkaError).code).toBe(ErrorCode.INVALID_RECORD);
    expect((error as KafkaError).message).toMatch(/bad record/);
  });

  it('makes send() wait for buffer space while batches are unacknowledged (buffer.memory)', async () => {
    kafka.createTopic('t', 1);
    const held: Array<() => void> = [];
    kafka.intercept = (request) =>
      request.header.requestApiKey === ApiKey.Produce ? new Promise((resolve) => held.push(() => resolve(undefined as never))).then(() => undefined) : undefined;
    const p = producer({ lingerMs: 0, batchBytes: 1024, backlogBatchBytes: 1024, bufferBytes: 2048 });
    const value = 'v'.repeat(900);
    const sends = Array.from({ length: 4 }, () => p.send({ topic: 't', value }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Two 1 KiB batches fill the 2 KiB buffer; the other records wait for memory.
    expect(p.bufferedBytes).toBe(2048);
    expect(p.waitingCount).toBe(2);
    let isReady = false;
    void p.whenReady().then(() => (isReady = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isReady).toBe(false);
    while ((await Promise.race([Promise.all(sends).then(() => true), new Promise((r) => setTimeout(() => r(false), 10))])) === false) held.shift()?.();
    expect(isReady).toBe(true);
    expect(produced('t', 0)).toHaveLength(4);
  });

  it('fails a send that cannot get buffer space within max.block.ms', async () => {
    kafka.createTopic('t', 1);
    kafka.intercept = (request) => (request.header.requestApiKey === ApiKey.Produce ? new Promise<undefined>(() => undefined) : undefined);
    const p = producer({ lingerMs: 0, batchBytes: 1024, backlogBatchBytes: 1024, bufferBytes: 1024, maxBlockMs: 100, requestTimeoutMs: 5000 });
    const first = p.send({ topic: 't', value: 'v'.repeat(900) });
    first.catch(() => undefined);
    await expect(p.send({ topic: 't', value: 'v'.repeat(900) })).rejects.toThrow(/max.block.ms/);
  });

  it('fails records still unacknowledged when close() times out', async () => {
    kafka.createTopic('t', 1);
    kafka.intercept = (request) => (request.header.requestApiKey === ApiKey.Produce ? new Promise<undefined>(() => undefined) : undefined);
    const p = producer({ lingerMs: 0 });
    const pending = p.send({ topic: 't', value: 'x' });
    const outcome = pending.then(() => 'acked', (e: Error) => e.name);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await p.close({ timeoutMs: 50 });
    expect(await outcome).toBe('ClientClosedError');
  });

  it('resolves acks=0 sends with offset -1 once written', async () => {
    kafka.createTopic('t', 1);
    const p = producer({ acks: 0, lingerMs: 0 });
    const result = await p.send({ topic: 't', value: 'x' });
    expect(result.offset).toBe(-1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced('t', 0)).toHaveLength(1);
    expect((kafka.requests(ApiKey.Produce)[0]!.body as ProduceRequest).acks).toBe(0);
  });

  it('waits for a topic that appears in metadata, and fails one that never does', async () => {
    const p = producer({ lingerMs: 0, maxBlockMs: 300 });
    const later = p.send({ topic: 'late', value: 'x' });
    setTimeout(() => kafka.createTopic('late', 1), 50);
    expect((await later).offset).toBe(0);
    await expect(p.send({ topic: 'never', value: 'x' })).rejects.toMatchObject({ code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
  });

  it('flush() resolves after every earlier record is acknowledged; close() rejects later sends', async () => {
    kafka.createTopic('t', 2);
    const p = producer({ lingerMs: 10_000 });
    const sends = [p.send({ topic: 't', partition: 0, value: '1' }), p.send({ topic: 't', partition: 1, value: '2' })];
    await p.flush();
    const results = await Promise.all(sends);
    expect(results.every((r) => r.offset === 0)).toBe(true);
    await p.close();
    await expect(p.send({ topic: 't', value: 'x' })).rejects.toThrow(/closed/);
  });

  it('compresses batches with the chosen codec', async () => {
    kafka.createTopic('t', 1);
    const p = producer({ lingerMs: 10, compression: 'lz4' });
    await Promise.all(Array.from({ length: 50 }, (_, i) => p.send({ topic: 't', value: `value-${i}`.repeat(20), headers: { n: String(i) } })));
    const [batch] = kafka.topics.get('t')!.partitions[0]!.batches;
    const decoded = decodeRecordBatch(batch!);
    expect(decoded.compression).toBe(3);
    expect(decoded.records).toHaveLength(50);
    expect(decoded.records[49]!.headers).toEqual([{ key: 'n', value: Buffer.from('49') }]);
  });
});
