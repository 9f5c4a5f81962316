// Goal: batches interoperate with kafkajs, an independent implementation of record format v2,
// in both directions and under every codec. Method: kafkajs's own RecordBatch/Record encoders
// (src/protocol/recordBatch) build batches that we decode with CRC checks on, and kafkajs's
// fetch-path batch decoder reads ours; uncompressed and gzip batches must even be byte-identical.
// kafkajs ships gzip only; snappy, lz4 and zstd are registered the way the usual kafkajs codec
// plugins implement them (kafkajs-snappy: raw snappy out, xerial or raw in; kafkajs-lz4: the
// lz4 package's own frame encoder/decoder; @kafkajs/zstd: one-shot zstd), none of which share
// our framing code. librdkafka's bytes are covered by librdkafka-interop.test.ts.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRecordBatch, encodeRecordBatch } from './batch.js';
import { CompressionType } from './batch-header.js';
import type { RecordInput } from './record.js';

const require = createRequire(import.meta.url);

interface KafkajsEncoder {
  buffer: Buffer;
}
interface KafkajsLong {
  toString(): string;
}
interface KafkajsDecodedBatch {
  firstOffset: string;
  records: { offset: string; timestamp: string; key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | null | (Buffer | null)[]> }[];
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  inTransaction: boolean;
  partitionLeaderEpoch: number;
  maxTimestamp: string;
  lastOffsetDelta: number;
}

const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0/index.js') as {
  RecordBatch(input: object): Promise<KafkajsEncoder>;
};
const Record = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (input: object) => KafkajsEncoder;
const decodeKafkajsBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder.js') as (decoder: unknown) => Promise<KafkajsDecodedBatch>;
const KafkajsDecoder = require('kafkajs/src/protocol/decoder.js') as new (buf: Buffer) => unknown;
const Long = require('kafkajs/src/utils/long.js') as { fromValue(v: number | string): KafkajsLong; fromInt(v: number): KafkajsLong };
const { Codecs } = require('kafkajs/src/protocol/message/compression/index.js') as {
  Codecs: Record<number, () => { compress(e: KafkajsEncoder): Promise<Buffer>; decompress(b: Buffer): Promise<Buffer> }>;
};
const snappy = require('snappy') as typeof import('snappy');
const lz4 = require('lz4') as { encode(data: Buffer): Buffer; decode(data: Buffer): Buffer };
const zstd = require('zstd-napi') as { compress(data: Uint8Array): Buffer; decompress(data: Uint8Array): Buffer };

const XERIAL = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);

beforeAll(() => {
  Codecs[CompressionType.snappy] = () => ({
    compress: async (encoder) => snappy.compressSync(encoder.buffer),
    decompress: async (buffer) => {
      if (!buffer.subarray(0, 8).equals(XERIAL)) return snappy.uncompressSync(buffer, { asBuffer: true }) as Buffer;
      const out: Buffer[] = [];
      for (let pos = 16; pos < buffer.length; ) {
        const size = buffer.readUInt32BE(pos);
        out.push(snappy.uncompressSync(buffer.subarray(pos + 4, pos + 4 + size), { asBuffer: true }) as Buffer);
        pos += 4 + size;
      }
      return Buffer.concat(out);
    },
  });
  Codecs[CompressionType.lz4] = () => ({
    compress: async (encoder) => lz4.encode(encoder.buffer),
    decompress: async (buffer) => lz4.decode(buffer),
  });
  Codecs[CompressionType.zstd] = () => ({
    compress: async (encoder) => zstd.compress(encoder.buffer),
    decompress: async (buffer) => zstd.decompress(buffer),
  });
});

const CODECS = [CompressionType.none, CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd] as const;

const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((a) => Buffer.from(a));

/** Records kafkajs can encode: header values are never null (kafkajs sizes them with Buffer.byteLength). */
const recordsArb = fc.array(
  fc.record({
    timestamp: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
    key: fc.option(bytes(30), { nil: null }),
    value: fc.option(bytes(400), { nil: null }),
    // kafkajs passes headers as an object: keys that look like integers would be reordered and
    // keys like "valueOf" collide with Object's, so they start with "h-".
    headers: fc.uniqueArray(fc.record({ key: fc.string({ maxLength: 8 }).map((k) => `h-${k}`), value: bytes(16) }), {
      maxLength: 3,
      selector: (h) => h.key,
    }),
  }),
  { minLength: 1, maxLength: 25 },
);

type Rec = { timestamp: number; key: Buffer | null; value: Buffer | null; headers: { key: string; value: Buffer }[] };

async function kafkajsBatch(records: Rec[], compression: number, baseOffset: number): Promise<Buffer> {
  const baseTimestamp = records[0]!.timestamp;
  const encoder = await RecordBatch({
    compression,
    firstOffset: Long.fromValue(baseOffset),
    firstTimestamp: baseTimestamp,
    maxTimestamp: Math.max(...records.map((r) => r.timestamp)),
    partitionLeaderEpoch: 0,
    lastOffsetDelta: records.length - 1,
    producerId: Long.fromValue(-1),
    producerEpoch: 0,
    firstSequence: 0,
    records: records.map((r, i) =>
      Record({
        offsetDelta: i,
        timestampDelta: r.timestamp - baseTimestamp,
        key: r.key,
        value: r.value,
        headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value])),
      }),
    ),
  });
  return encoder.buffer;
}

/** The same batch with our encoder and kafkajs's header defaults. */
function ourBatch(records: readonly RecordInput[], compression: CompressionType, baseOffset: number): Buffer {
  return encodeRecordBatch({ records, compression, baseOffset, partitionLeaderEpoch: 0, producerId: -1n, producerEpoch: 0, baseSequence: 0 });
}

describe('kafkajs interop', () => {
  for (const compression of CODECS) {
    it(`decodes kafkajs batches with compression type ${compression}`, async () => {
      await fc.assert(
        fc.asyncProperty(recordsArb, fc.integer({ min: 0, max: 2 ** 40 }), async (records, baseOffset) => {
          const buf = await kafkajsBatch(records, compression, baseOffset);
          const batch = decodeRecordBatch(buf); // CRC verified
          expect(batch.compression).toBe(compression);
          expect(batch.header).toMatchObject({ baseOffset, partitionLeaderEpoch: 0, producerId: -1n, producerEpoch: 0, baseSequence: 0 });
          expect(batch.records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers }))).toEqual(
            records.map((r, i) => ({ offset: baseOffset + i, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers })),
          );
          if (compression === CompressionType.none || compression === CompressionType.gzip) {
            // Same fields, same bytes (both gzip at zlib's defaults).
            expect(ourBatch(records, compression, baseOffset).equals(buf)).toBe(true);
          }
        }),
        { numRuns: 25 },
      );
    });

    it(`is decoded by kafkajs's fetch-path decoder with compression type ${compression}`, async () => {
      await fc.assert(
        fc.asyncProperty(recordsArb, fc.integer({ min: 0, max: 2 ** 40 }), async (records, baseOffset) => {
          const buf = encodeRecordBatch({ records, compression, baseOffset, producerId: 77n, producerEpoch: 4, baseSequence: 12, partitionLeaderEpoch: 6 });
          const batch = await decodeKafkajsBatch(new KafkajsDecoder(buf));
          expect(batch).toMatchObject({
            firstOffset: String(baseOffset),
            producerId: '77',
            producerEpoch: 4,
            firstSequence: 12,
            partitionLeaderEpoch: 6,
            lastOffsetDelta: records.length - 1,
            maxTimestamp: String(Math.max(...records.map((r) => r.timestamp))),
          });
          expect(batch.records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers }))).toEqual(
            records.map((r, i) => ({
              offset: String(baseOffset + i),
              timestamp: String(r.timestamp),
              key: r.key,
              value: r.value,
              headers: Object.fromEntries(r.headers.map((h) => [h.key, h.value])),
            })),
          );
        }),
        { numRuns: 25 },
      );
    });
  }

  it('kafkajs reads null header values and transactional batches we write', async () => {
    const buf = encodeRecordBatch({
      records: [{ timestamp: 5, key: null, value: Buffer.from('v'), headers: [{ key: 'trace', value: null }] }],
      isTransactional: true,
      producerId: 1n,
      producerEpoch: 0,
      baseSequence: 0,
    });
    const batch = await decodeKafkajsBatch(new KafkajsDecoder(buf));
    expect(batch.inTransaction).toBe(true);
    expect(batch.records[0]!.headers).toEqual({ trace: null });
  });
});
