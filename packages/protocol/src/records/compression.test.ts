// Goal: every codec round-trips any input with Kafka's exact framing, reads the framings other
// Kafka clients write, refuses malformed data with CompressionError (a DecodeError) and stops a
// decompression bomb at the limit with DecompressedSizeLimitError. Method: fast-check round
// trips per codec; byte-level checks of the frames we write (LZ4 frame descriptor and header
// checksum, xerial header and block sizes); frames written by the reference lz4 tool
// (fixtures/lz4-cli-frames.json) and by the snappy/zstd libraries directly; corrupted and
// truncated inputs; small compressed inputs that expand past a small bound.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../primitives/index.js';
import { CompressionType } from './batch-header.js';
import {
  compress,
  compressionName,
  compressionTypeFromName,
  decompress,
  isXerialFramed,
  LZ4_FRAME_MAGIC,
  lz4HeaderChecksum,
  snappyCompressRaw,
  XERIAL_MAGIC,
  zstdImplementation,
} from './compression/index.js';
import { zstdNapiDecompress } from './compression/zstd.js';
import { CompressionError, DecompressedSizeLimitError } from './errors.js';
import { lz4FixtureInput } from './fixtures/make-lz4-cli-frames.mjs';

const require = createRequire(import.meta.url);
const snappyLib = require('snappy') as typeof import('snappy');
const zstdLib = require('zstd-napi') as { compress(data: Uint8Array, p?: { compressionLevel?: number }): Buffer };
const zstdStream = require('zstd-napi') as { CompressStream: new () => import('node:stream').Transform };
const lz4Lib = require('lz4') as { encode(data: Buffer, options?: object): Buffer; decode(data: Buffer): Buffer };

const CODECS = [CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd] as const;

/** Mixed input: compressible runs and random bytes, sized across block boundaries. */
const payload = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
  fc
    .tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 64 }))
    .map(([length, fill, noise]) => {
      const buf = Buffer.alloc(length, fill);
      for (let i = 0; i < noise.length && length > 0; i++) buf[(noise[i]! * 7919 * (i + 1)) % length] = noise[i]!;
      return buf;
    }),
);

function frameFixtures(): { inputBytes: number; frames: Record<string, string> } {
  return JSON.parse(readFileSync(new URL('./fixtures/lz4-cli-frames.json', import.meta.url), 'utf8'));
}

describe('compression codecs', () => {
  for (const type of CODECS) {
    it(`${compressionName(type)} round-trips arbitrary data`, () => {
      fc.assert(
        fc.property(payload, (data) => {
          expect(decompress(type, compress(type, data)).equals(data)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });

    it(`${compressionName(type)} stops a decompression bomb at the limit`, () => {
      const data = Buffer.alloc(1 << 20, 0x61);
      const packed = compress(type, data);
      expect(packed.length).toBeLessThan(64 * 1024);
      expect(() => decompress(type, packed, 100_000)).toThrow(DecompressedSizeLimitError);
      // Exactly at the limit is allowed.
      expect(decompress(type, packed, data.length).length).toBe(data.length);
    });

    it(`${compressionName(type)} refuses corrupt and truncated input with CompressionError`, () => {
      const data = Buffer.from('kafka wire compatible '.repeat(5000));
      const packed = compress(type, data);
      expect(() => decompress(type, packed.subarray(0, packed.length - 7))).toThrow(CompressionError);
      expect(() => decompress(type, Buffer.from('definitely not compressed data'))).toThrow(CompressionError);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: packed.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
          const bad = Buffer.from(packed);
          bad[at] = bad[at]! ^ flip;
          // A flipped byte may still decode (e.g. inside a literal of a format without a
          // checksum); it must never escape as anything but a DecodeError.
          try {
            decompress(type, bad);
          } catch (error) {
            expect(error).toBeInstanceOf(DecodeError);
          }
        }),
        { numRuns: 100 },
      );
    });
  }

  it('passes uncompressed data through and refuses unknown type ids', () => {
    const data = Buffer.from('abc');
    expect(compress(CompressionType.none, data)).toBe(data);
    expect(decompress(CompressionType.none, data)).toBe(data);
    expect(() => decompress(5, data)).toThrow(CompressionError);
    expect(() => compress(7 as CompressionType, data)).toThrow(RangeError);
  });

  it('maps compression.type names both ways', () => {
    expect(compressionTypeFromName('zstd')).toBe(CompressionType.zstd);
    expect(compressionTypeFromName('producer')).toBeNull();
    expect(compressionName(CompressionType.lz4)).toBe('lz4');
  });
});

describe('gzip', () => {
  it('writes a gzip stream and reads concatenated members', () => {
    const packed = compress(CompressionType.gzip, Buffer.from('hello'));
    expect(packed.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const twoMembers = Buffer.concat([gzipSync('hello '), gzipSync('world')]);
    expect(decompress(CompressionType.gzip, twoMembers).toString()).toBe('hello world');
  });
});

describe('snappy', () => {
  it('writes xerial framing: magic, version 1, compatible version 1, 32 KiB blocks', () => {
    const data = Buffer.alloc(100_000, 0x42);
    const packed = compress(CompressionType.snappy, data);
    expect(isXerialFramed(packed)).toBe(true);
    expect(packed.subarray(0, 8)).toEqual(XERIAL_MAGIC);
    expect(packed.readInt32BE(8)).toBe(1);
    expect(packed.readInt32BE(12)).toBe(1);
    // Walk the blocks: each is a raw snappy block of at most 32 KiB uncompressed.
    const sizes: number[] = [];
    for (let pos = 16; pos < packed.length; ) {
      const length = packed.readInt32BE(pos);
      const block = snappyLib.uncompressSync(packed.subarray(pos + 4, pos + 4 + length), { asBuffer: true }) as Buffer;
      sizes.push(block.length);
      pos += 4 + length;
    }
    expect(sizes).toEqual([32768, 32768, 32768, 100_000 - 3 * 32768]);
  });

  it('reads a raw snappy block as librdkafka writes it', () => {
    const data = Buffer.from('librdkafka writes raw snappy '.repeat(3000));
    const raw = snappyLib.compressSync(data);
    expect(isXerialFramed(raw)).toBe(false);
    expect(decompress(CompressionType.snappy, raw).equals(data)).toBe(true);
    expect(snappyCompressRaw(data).equals(raw)).toBe(true);
  });

  it('reads xerial framing built by hand from independent blocks, header-only included', () => {
    const parts = [Buffer.from('first block;'), Buffer.from('second block;'), Buffer.alloc(0)];
    const header = Buffer.concat([XERIAL_MAGIC, Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])]);
    const framed = Buffer.concat([
      header,
      ...parts.flatMap((part) => {
        const block = snappyLib.compressSync(part);
        const length = Buffer.alloc(4);
        length.writeInt32BE(block.length);
        return [length, block];
      }),
    ]);
    expect(decompress(CompressionType.snappy, framed).toString()).toBe('first block;second block;');
    expect(decompress(CompressionType.snappy, header).length).toBe(0);
  });

  it('refuses a raw block whose preamble claims more than the limit before decompressing', () => {
    // Preamble says 2^32-1 bytes; the body is nonsense, but the bound check comes first.
    const bomb = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
    expect(() => decompress(CompressionType.snappy, bomb, 1 << 20)).toThrow(DecompressedSizeLimitError);
  });
});

describe('lz4 frames', () => {
  const input = lz4FixtureInput();
  const fixtures = frameFixtures();

  it('writes what Kafka and librdkafka write: independent 64 KiB blocks, no checksums, correct header checksum', () => {
    const packed = compress(CompressionType.lz4, input);
    expect(packed.readUInt32LE(0)).toBe(LZ4_FRAME_MAGIC);
    expect(packed[4]).toBe(0x60); // version 01, block independence, nothing else
    expect(packed[5]).toBe(0x40); // 64 KiB blocks
    expect(packed[6]).toBe(lz4HeaderChecksum(packed.subarray(4, 6)));
    // KIP-57: the checksum covers the descriptor only (not the magic, as magic v0 had it).
    expect(packed[6]).not.toBe(lz4HeaderChecksum(packed.subarray(0, 6)));
    expect(packed.readUInt32LE(packed.length - 4)).toBe(0); // end mark, no content checksum
    // The lz4 package's own frame decoder (an independent implementation) reads it.
    expect(lz4Lib.decode(packed).equals(input)).toBe(true);
  });

  it('stores incompressible blocks raw', () => {
    const noise = pseudoRandomBytes(70_000);
    const packed = compress(CompressionType.lz4, noise);
    expect(packed.readUInt32LE(7) & 0x80000000).not.toBe(0);
    expect(decompress(CompressionType.lz4, packed).equals(noise)).toBe(true);
    expect(lz4Lib.decode(packed).equals(noise)).toBe(true);
  });

  for (const name of ['defaults', 'librdkafkaLike', 'allChecksums', 'contentSize'] as const) {
    it(`reads the reference lz4 tool's frames (${name})`, () => {
      const frame = Buffer.from(fixtures.frames[name]!, 'base64');
      expect(decompress(CompressionType.lz4, frame).equals(input)).toBe(true);
    });
  }

  it('reads the lz4 package frames (4 MiB blocks, content checksum), concatenated and skippable frames', () => {
    const a = lz4Lib.encode(Buffer.from('first frame;'));
    const b = lz4Lib.encode(input, { blockMaxSize: 64 * 1024 });
    const skippable = Buffer.from([0x5a, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9]);
    const joined = Buffer.concat([a, skippable, b]);
    expect(decompress(CompressionType.lz4, joined).equals(Buffer.concat([Buffer.from('first frame;'), input]))).toBe(true);
  });

  it('refuses linked blocks as Kafka does', () => {
    const frame = Buffer.from(fixtures.frames.linkedBlocks!, 'base64');
    expect(() => decompress(CompressionType.lz4, frame)).toThrow(/linked blocks/);
  });

  it('verifies the header, block and content checksums', () => {
    const all = Buffer.from(fixtures.frames.allChecksums!, 'base64');
    const badHeader = Buffer.from(all);
    badHeader[6] = badHeader[6]! ^ 1; // HC follows FLG and BD
    expect(() => decompress(CompressionType.lz4, badHeader)).toThrow(/header checksum/);
    const badBlock = Buffer.from(all);
    badBlock[20] = badBlock[20]! ^ 1; // inside the first block
    expect(() => decompress(CompressionType.lz4, badBlock)).toThrow(/block checksum/);
    const badContent = Buffer.from(fixtures.frames.defaults!, 'base64');
    badContent[badContent.length - 1] = badContent[badContent.length - 1]! ^ 1;
    expect(() => decompress(CompressionType.lz4, badContent)).toThrow(/content checksum/);
  });

  it('reads a declared content size and refuses one past the limit before decompressing', () => {
    const sized = Buffer.from(fixtures.frames.contentSize!, 'base64');
    expect(sized[4]! & 0x08).toBe(0x08);
    expect(sized.readBigUInt64LE(6)).toBe(BigInt(input.length));
    expect(decompress(CompressionType.lz4, sized).equals(input)).toBe(true);
    expect(() => decompress(CompressionType.lz4, sized, input.length - 1)).toThrow(DecompressedSizeLimitError);
    const lying = Buffer.from(sized);
    lying.writeBigUInt64LE(BigInt(input.length + 1), 6);
    lying[14] = lz4HeaderChecksum(lying.subarray(4, 14));
    expect(() => decompress(CompressionType.lz4, lying)).toThrow(/declares/);
  });
});

describe('zstd', () => {
  it('has an implementation on this Node', () => {
    expect(zstdImplementation()).not.toBeNull();
  });

  it('reads frames with and without a declared content size, and concatenated frames', async () => {
    const data = Buffer.from('zstd frame '.repeat(10_000));
    const withSize = zstdLib.compress(data);
    expect(withSize[4]! & 0xe0).not.toBe(0); // a content size field is present
    expect(decompress(CompressionType.zstd, withSize).equals(data)).toBe(true);
    // A streaming compressor (zstd-jni's ZstdOutputStream, as Kafka's Java producer uses)
    // does not know the size up front and leaves it out.
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from([data.subarray(0, 50_000), data.subarray(50_000)]).pipe(new zstdStream.CompressStream())) {
      chunks.push(chunk as Buffer);
    }
    const streamed = Buffer.concat(chunks);
    expect(streamed[4]! & 0xe0).toBe(0);
    expect(decompress(CompressionType.zstd, streamed).equals(data)).toBe(true);
    expect(() => decompress(CompressionType.zstd, streamed, data.length - 1)).toThrow(DecompressedSizeLimitError);
    expect(decompress(CompressionType.zstd, Buffer.concat([withSize, withSize])).equals(Buffer.concat([data, data]))).toBe(true);
  });

  it("bounds zstd-napi's streaming decoder (the one Node 20 uses) and refuses truncated frames", () => {
    // zstd-napi's streaming path is what Node 20 uses; test it directly on every Node.
    const data = Buffer.alloc(4 << 20, 0x7a);
    const packed = zstdLib.compress(data);
    expect(() => zstdNapiDecompress(packed, 1 << 20)).toThrow(DecompressedSizeLimitError);
    expect(zstdNapiDecompress(packed, data.length).equals(data)).toBe(true);
    expect(() => zstdNapiDecompress(packed.subarray(0, packed.length - 3), data.length)).toThrow(/truncated|zstd/);
    expect(() => zstdNapiDecompress(Buffer.alloc(0), 10)).toThrow(CompressionError);
  });
});

/** Deterministic incompressible bytes (xorshift32). */
function pseudoRandomBytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
