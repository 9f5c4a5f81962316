// Goal: prove kcat (librdkafka, from Debian) works against a real Gregor broker process:
// metadata (-L), keyed produce (-P -K), and consume from the beginning until the end (-C -e).
// Method: run the kcat binary against `gregor broker start` and assert exact JSON output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type BrokerProcess } from '../support/broker-process.js';
import { available, run } from '../support/run.js';

const hasKcat = await available('kcat', ['-V']);
if (!hasKcat) console.warn('kcat is not installed (apt-get install -y kcat): skipping kcat end-to-end tests');

let broker: BrokerProcess;

beforeAll(async () => {
  if (hasKcat) broker = await startBroker({ 'num.partitions': '2' });
});
afterAll(async () => {
  await broker?.stop();
});

describe.skipIf(!hasKcat)('kcat', () => {
  it('lists metadata with -L (auto-creating the topic it asks about)', async () => {
    const r = await run('kcat', ['-b', broker.bootstrap, '-L', '-J', '-t', 'kcat-auto']);
    expect(r.code).toBe(0);
    const md = JSON.parse(r.stdout);
    expect(md.brokers).toEqual([{ id: 1, name: `${broker.host}:${broker.port}` }]);
    const topic = md.topics.find((t: { topic: string }) => t.topic === 'kcat-auto');
    expect(topic.partitions.map((p: { partition: number }) => p.partition)).toEqual([0, 1]);
    expect(topic.partitions.every((p: { leader: number }) => p.leader === 1)).toBe(true);
  });

  it('produces keyed messages with -P -K: and reads them back with -C -e from the beginning', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `user-${i % 5}:event-${i}`);
    const produced = await run('kcat', ['-b', broker.bootstrap, '-P', '-t', 'kcat-keys', '-K:', '-p', '0'], { input: lines.join('\n') + '\n' });
    expect(produced.code, produced.stderr).toBe(0);

    const consumed = await run('kcat', ['-b', broker.bootstrap, '-C', '-t', 'kcat-keys', '-p', '0', '-o', 'beginning', '-e', '-J', '-q']);
    expect(consumed.code, consumed.stderr).toBe(0);
    const messages = consumed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(messages).toHaveLength(50);
    messages.forEach((m, i) => {
      expect(m.offset).toBe(i);
      expect(m.partition).toBe(0);
      expect(m.key).toBe(`user-${i % 5}`);
      expect(m.payload).toBe(`event-${i}`);
    });
  });

  it('routes keyed messages without an explicit partition consistently (same key, same partition)', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `k${i % 4}:v${i}`);
    const produced = await run('kcat', ['-b', broker.bootstrap, '-P', '-t', 'kcat-routing', '-K:'], { input: lines.join('\n') + '\n' });
    expect(produced.code, produced.stderr).toBe(0);
    const consumed = await run('kcat', ['-b', broker.bootstrap, '-C', '-t', 'kcat-routing', '-o', 'beginning', '-e', '-J', '-q']);
    const messages = consumed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(messages).toHaveLength(40);
    const partitionOf = new Map<string, number>();
    for (const m of messages) {
      if (partitionOf.has(m.key)) expect(m.partition).toBe(partitionOf.get(m.key));
      partitionOf.set(m.key, m.partition);
    }
    // Order per key is the order written.
    for (const key of partitionOf.keys()) {
      const values = messages.filter((m) => m.key === key).map((m) => Number(m.payload.slice(1)));
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });
});
