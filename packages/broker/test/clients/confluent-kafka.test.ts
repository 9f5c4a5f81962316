// Goal: prove Python's confluent-kafka (librdkafka, Debian's python3-confluent-kafka) works
// against a real Gregor broker process: AdminClient creates a topic, a producer (idempotence
// off) writes with every codec (none, gzip, snappy, lz4, zstd) and a consumer using assign()
// reads everything back. Method: run a Python driver (support/confluent_client.py) with
// /usr/bin/python3 and assert counts, content, order and offsets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBroker, type BrokerProcess } from '../support/broker-process.js';
import { available, run } from '../support/run.js';
import { storedBatchCodecs } from '../support/log-files.js';

const PYTHON = '/usr/bin/python3';
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'support', 'confluent_client.py');
const hasClient = await available(PYTHON, ['-c', 'import confluent_kafka']);
if (!hasClient) console.warn('python3-confluent-kafka is not installed (apt-get install -y python3-confluent-kafka): skipping');

let broker: BrokerProcess;

beforeAll(async () => {
  if (hasClient) broker = await startBroker();
});
afterAll(async () => {
  await broker?.stop();
});

async function driver(...args: string[]): Promise<any> {
  const r = await run(PYTHON, [DRIVER, broker.bootstrap, ...args], { timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;

describe.skipIf(!hasClient)('confluent-kafka (librdkafka)', () => {
  it('creates a topic with AdminClient', async () => {
    const result = await driver('admin-create', 'ck-events', '4');
    expect(result.errors).toEqual({});
    expect(result.brokers).toEqual([1]);
    expect(result.partitions).toEqual([0, 1, 2, 3]);
    expect(result.leaders).toEqual([1]);
    const again = await driver('admin-create', 'ck-events', '4');
    expect(String(again.errors['ck-events'])).toMatch(/TOPIC_ALREADY_EXISTS|already exists/);
  });

  it.each(CODECS)('produces with %s and reads every message back with assign()', async (codec) => {
    const topic = `ck-${codec}`;
    await driver('admin-create', topic, '3');
    const count = 200;
    const produced = await driver('produce', topic, codec, String(count));
    expect(produced.remaining).toBe(0);
    expect(produced.reports).toHaveLength(count);
    expect(produced.reports.filter((r: { error: string | null }) => r.error !== null)).toEqual([]);

    const consumed = await driver('consume', topic, '3', String(count));
    const messages = consumed.messages as Array<{ partition: number; offset: number; key: string; value: string; headers: string[][]; error?: string }>;
    expect(messages.filter((m) => m.error !== undefined)).toEqual([]);
    expect(messages).toHaveLength(count);
    // Every message once, with its header; per partition, offsets are 0..n-1 in write order.
    const values = messages.map((m) => m.value).sort();
    expect(values).toEqual(Array.from({ length: count }, (_, i) => `${codec}-value-${i}`).sort());
    for (const m of messages) expect(m.headers).toEqual([['h', m.value.slice(`${codec}-value-`.length)]]);
    for (let p = 0; p < 3; p++) {
      const inPartition = messages.filter((m) => m.partition === p);
      expect(inPartition.map((m) => m.offset)).toEqual(inPartition.map((_, i) => i));
      const seqs = inPartition.map((m) => Number(m.value.slice(`${codec}-value-`.length)));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      // Same key, same partition: the producer's partitioner and our metadata agree.
    }
    const keyPartition = new Map<string, number>();
    for (const m of messages) {
      if (keyPartition.has(m.key)) expect(m.partition).toBe(keyPartition.get(m.key));
      keyPartition.set(m.key, m.partition);
    }
    // The batches on disk really use the codec (librdkafka silently falls back to none when it
    // thinks a broker cannot take it) and were stored as the producer compressed them. A batch
    // may be stored uncompressed: librdkafka sends a batch as is when compressing does not
    // shrink it (tiny batches).
    const stored = storedBatchCodecs(broker.dataDir, topic);
    expect(stored.filter((c) => c === CODEC_IDS[codec]).length).toBeGreaterThan(0);
    expect(stored.filter((c) => c !== CODEC_IDS[codec] && c !== 0)).toEqual([]);
    // Delivery reports carry the offsets the consumer sees.
    const reported = new Set(produced.reports.map((r: { partition: number; offset: number }) => `${r.partition}/${r.offset}`));
    for (const m of messages) expect(reported.has(`${m.partition}/${m.offset}`)).toBe(true);
  });
});
