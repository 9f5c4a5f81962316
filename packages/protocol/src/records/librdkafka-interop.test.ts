// Goal: we read the record batches librdkafka writes, for every codec, and librdkafka reads
// ours. Method: fixtures/librdkafka-batches.json holds the records kcat (librdkafka 2.0.2) sent
// in real Produce requests to a fake broker (fixtures/capture-librdkafka.mjs regenerates it):
// 150 keyed records with two headers under gzip, raw snappy, LZ4 frames of 64 KiB independent
// blocks and zstd; each must pass produce validation and decode, CRC checked, into exactly the
// messages kcat was given. The other way, kcat consumes our batches of every codec (xerial
// snappy, multi-block LZ4 frames) from the fake broker's Fetch responses, which end with a
// partial batch, and must print every record. That part needs kcat on PATH (the project's
// machines have it; the broker's end-to-end tests use it too).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRecordBatches, encodeRecordBatch } from './batch.js';
import { CompressionType } from './batch-header.js';
import { compressionTypeFromName, isXerialFramed, LZ4_FRAME_MAGIC } from './compression/index.js';
import { validateProducedBatches } from './validate.js';
import { FIXTURE_HEADERS, librdkafkaFixtureMessages } from './fixtures/capture-librdkafka.mjs';
import { startFakeBroker } from './fixtures/fake-broker.mjs';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/librdkafka-batches.json', import.meta.url), 'utf8')) as {
  producer: string;
  batches: Record<string, string[]>;
};
const messages = librdkafkaFixtureMessages() as { key: string; value: string }[];
const headers = (FIXTURE_HEADERS as { key: string; value: string }[]).map((h) => ({ key: h.key, value: Buffer.from(h.value) }));

describe(`librdkafka interop (${fixture.producer})`, () => {
  for (const name of ['gzip', 'snappy', 'lz4', 'zstd']) {
    const type = compressionTypeFromName(name)!;
    const raw = Buffer.concat((fixture.batches[name] ?? []).map((b) => Buffer.from(b, 'base64')));

    it(`reads ${name} batches librdkafka produced`, () => {
      expect(raw.length).toBeGreaterThan(0);
      const validation = validateProducedBatches(raw, { maxMessageBytes: 1_048_588 });
      expect(validation).toMatchObject({ ok: true, recordCount: messages.length });
      const batches = decodeRecordBatches(raw);
      expect(batches.every((b) => b.compression === type)).toBe(true);
      const records = batches.flatMap((b) => b.records);
      expect(records.map((r) => [r.key!.toString(), r.value!.toString()])).toEqual(messages.map((m) => [m.key, m.value]));
      expect(records.every((r) => r.headers.length === 2 && r.headers.every((h, i) => h.key === headers[i]!.key && h.value!.equals(headers[i]!.value)))).toBe(true);
      for (const batch of batches) {
        expect(batch.records.every((r) => r.timestamp >= batch.header.baseTimestamp && r.timestamp <= batch.header.maxTimestamp)).toBe(true);
      }
    });

    it(`re-encodes librdkafka's ${name} records and reads them back`, () => {
      const records = decodeRecordBatches(raw).flatMap((b) => b.records);
      const ours = encodeRecordBatch({ records: records.map((r, i) => ({ ...r, offsetDelta: i })), compression: type });
      expect(decodeRecordBatches(ours)[0]!.records.map((r) => [r.key, r.value, r.headers, r.timestamp])).toEqual(
        records.map((r) => [r.key, r.value, r.headers, r.timestamp]),
      );
    });
  }

  it('librdkafka writes raw snappy and LZ4 frames of independent 64 KiB blocks without checksums, as we do', () => {
    const snappy = Buffer.from(fixture.batches.snappy![0]!, 'base64').subarray(61);
    expect(isXerialFramed(snappy)).toBe(false);
    const lz4 = Buffer.from(fixture.batches.lz4![0]!, 'base64').subarray(61);
    expect(lz4.readUInt32LE(0)).toBe(LZ4_FRAME_MAGIC);
    const ours = encodeRecordBatch({ records: [{ timestamp: 0, value: Buffer.alloc(10) }], compression: CompressionType.lz4 }).subarray(61);
    expect([ours[4], ours[5]]).toEqual([lz4[4], lz4[5]]);
  });
});

const hasKcat = spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0;

interface KcatMessage {
  offset: number;
  ts: number;
  key: string | null;
  payload: string | null;
  headers?: string[];
}

/** Runs kcat as a consumer of partition 0 from offset 0 until end of partition; returns its JSON lines. */
async function kcatConsume(records: Buffer, highWatermark: number): Promise<KcatMessage[]> {
  const broker = await startFakeBroker({ fetch: () => ({ records, highWatermark }), fetchVersionMax: 4 });
  const child = spawn('kcat', ['-C', '-b', `127.0.0.1:${broker.port}`, '-t', 'interop', '-p', '0', '-o', '0', '-e', '-J', '-q'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  try {
    const [code] = await once(child, 'exit');
    expect(code, stderr).toBe(0);
  } finally {
    clearTimeout(timer);
    child.kill('SIGKILL');
    broker.close();
  }
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as KcatMessage);
}

describe.skipIf(!hasKcat)('librdkafka consumes our batches (kcat)', () => {
  for (const name of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    it(`reads every record of our ${name} batches and ignores a partial trailing batch`, async () => {
      const type = compressionTypeFromName(name)!;
      const make = (i: number) => ({
        timestamp: 1_700_000_000_000 + i,
        key: i % 5 === 0 ? null : Buffer.from(`key-${i}`),
        // ~1 KiB values so the second batch passes 64 KiB and spans several LZ4 blocks.
        value: Buffer.from(`value-${i}-${'0123456789abcdef'.repeat(64)}`),
        headers: [{ key: 'n', value: Buffer.from(String(i)) }],
      });
      const first = encodeRecordBatch({ compression: type, baseOffset: 0, records: Array.from({ length: 10 }, (_, i) => make(i)) });
      const second = encodeRecordBatch({ compression: type, baseOffset: 10, records: Array.from({ length: 90 }, (_, i) => ({ ...make(10 + i), offsetDelta: i })) });
      const third = encodeRecordBatch({ compression: type, baseOffset: 100, records: [make(100)] });
      // The fetch response is cut inside the third batch, as a broker at max.partition.fetch.bytes does.
      const fetched = Buffer.concat([first, second, third.subarray(0, third.length - 5)]);
      const messages = await kcatConsume(fetched, 100);
      expect(messages.map((m) => [m.offset, m.ts, m.key, m.payload, m.headers])).toEqual(
        Array.from({ length: 100 }, (_, i) => {
          const r = make(i);
          return [i, r.timestamp, r.key === null ? null : r.key.toString(), r.value.toString(), ['n', String(i)]];
        }),
      );
    });
  }
});
