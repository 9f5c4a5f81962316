import { CompressionError, DecompressedSizeLimitError } from '../errors.js';
import { LZ4_BLOCK_BYTES } from '../limits.js';
import { loadNative } from './native.js';

/**
 * lz4 (compression type 3): the LZ4 frame format (lz4_Frame_format.md), with the header
 * checksum computed over the frame descriptor only, as KIP-57 fixed it for magic v1 and later
 * (magic v0 batches used a broken checksum; v2 batches never do).
 *
 * The frame layer is done here, on top of the `lz4` package's block codec and xxHash32, so that
 * decompression is bounded, checksums are verified, and the blocks Kafka forbids are refused:
 *  - we write what Kafka's KafkaLZ4BlockOutputStream and librdkafka (rdkafka_lz4.c) write:
 *    independent 64 KiB blocks, no block checksums, no content size, no content checksum;
 *  - we read any frame with independent blocks: content size, content checksum (librdkafka's
 *    decoder and lz4's tools accept it), block checksums, skippable frames and concatenated
 *    frames. Linked blocks are refused, as Kafka's KafkaLZ4BlockInputStream refuses them
 *    ("Dependent block stream is unsupported"); no Kafka client writes them.
 */

interface Lz4Package {
  encodeBound(size: number): number;
  /** LZ4_compress_default into output[start, end); 0 when it does not fit. */
  encodeBlock(input: Buffer, output: Buffer, start?: number, end?: number): number;
  /** LZ4_decompress_safe of input[start, end) into output; negative on corrupt input. */
  decodeBlock(input: Buffer, output: Buffer, start?: number, end?: number): number;
  utils: { blockChecksum(data: Buffer): number };
}

function lz4(): Lz4Package {
  return loadNative<Lz4Package>('lz4', 'lz4 compression');
}

export const LZ4_FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MAGIC_MIN = 0x184d2a50;
const SKIPPABLE_MAGIC_MAX = 0x184d2a5f;
const FLG_VERSION_MASK = 0xc0;
const FLG_VERSION_01 = 0x40;
const FLG_BLOCK_INDEPENDENCE = 0x20;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
const FLG_RESERVED = 0x02;
const FLG_DICT_ID = 0x01;
const BLOCK_UNCOMPRESSED = 0x80000000;
/** BD bits 6-4 -> block maximum size (4: 64 KiB, 5: 256 KiB, 6: 1 MiB, 7: 4 MiB). */
const BLOCK_SIZES: Record<number, number> = { 4: 64 * 1024, 5: 256 * 1024, 6: 1024 * 1024, 7: 4 * 1024 * 1024 };
const BD_FOR_BLOCK_BYTES = ({ [64 * 1024]: 4, [256 * 1024]: 5, [1024 * 1024]: 6, [4 * 1024 * 1024]: 7 } as Record<number, number>)[
  LZ4_BLOCK_BYTES
]!;

/** xxHash32 with seed 0, as an unsigned 32-bit number. */
function xxh32(data: Buffer): number {
  return lz4().utils.blockChecksum(data) >>> 0;
}

/** The frame header checksum: second byte of xxHash32 over the descriptor (FLG to before HC). */
export function lz4HeaderChecksum(descriptor: Buffer): number {
  return (xxh32(descriptor) >>> 8) & 0xff;
}

export function lz4Compress(data: Uint8Array): Buffer {
  const codec = lz4();
  const input = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);
  const blocks = Math.ceil(input.length / LZ4_BLOCK_BYTES);
  // Header 7 + per block (size 4 + bound) + end mark 4, written in place.
  const out = Buffer.allocUnsafe(7 + blocks * (4 + codec.encodeBound(LZ4_BLOCK_BYTES)) + 4);
  out.writeUInt32LE(LZ4_FRAME_MAGIC, 0);
  out[4] = FLG_VERSION_01 | FLG_BLOCK_INDEPENDENCE;
  out[5] = BD_FOR_BLOCK_BYTES << 4;
  out[6] = lz4HeaderChecksum(out.subarray(4, 6));
  let pos = 7;
  for (let at = 0; at < input.length; at += LZ4_BLOCK_BYTES) {
    const block = input.subarray(at, Math.min(at + LZ4_BLOCK_BYTES, input.length));
    const bound = codec.encodeBound(block.length);
    const written = codec.encodeBlock(block, out, pos + 4, pos + 4 + bound);
    if (written > 0 && written < block.length) {
      out.writeUInt32LE(written, pos);
      pos += 4 + written;
    } else {
      // Incompressible: store the block raw (high bit of the size set), as LZ4F does.
      out.writeUInt32LE((BLOCK_UNCOMPRESSED | block.length) >>> 0, pos);
      block.copy(out, pos + 4);
      pos += 4 + block.length;
    }
  }
  out.writeUInt32LE(0, pos);
  return out.subarray(0, pos + 4);
}

function fail(message: string): never {
  throw new CompressionError('lz4', message);
}

/** Decompresses one or more concatenated LZ4 frames (skippable frames are skipped). */
export function lz4Decompress(data: Buffer, bytesMax: number): Buffer {
  const codec = lz4();
  let out = Buffer.allocUnsafe(Math.min(bytesMax, Math.max(LZ4_BLOCK_BYTES, data.length * 4)));
  let written = 0;
  // Grows the output to hold `needed` bytes; the caller has already checked bytesMax.
  const reserve = (needed: number): void => {
    if (needed <= out.length) return;
    const grown = Buffer.allocUnsafe(Math.min(bytesMax, Math.max(needed, out.length * 2)));
    out.copy(grown, 0, 0, written);
    out = grown;
  };
  let pos = 0;
  if (data.length < 4) fail('truncated frame magic');
  while (pos < data.length) {
    if (data.length - pos < 4) fail('truncated frame magic');
    const magic = data.readUInt32LE(pos);
    if (magic >= SKIPPABLE_MAGIC_MIN && magic <= SKIPPABLE_MAGIC_MAX) {
      if (data.length - pos < 8) fail('truncated skippable frame');
      const size = data.readUInt32LE(pos + 4);
      if (size > data.length - pos - 8) fail('skippable frame runs past the end');
      pos += 8 + size;
      continue;
    }
    if (magic !== LZ4_FRAME_MAGIC) fail(`bad frame magic 0x${magic.toString(16)}`);
    pos += 4;
    if (data.length - pos < 3) fail('truncated frame descriptor');
    const flg = data[pos]!;
    const bd = data[pos + 1]!;
    if ((flg & FLG_VERSION_MASK) !== FLG_VERSION_01) fail(`unsupported frame version ${flg >> 6}`);
    if (flg & FLG_RESERVED || bd & 0x8f) fail('reserved descriptor bits set');
    if ((flg & FLG_BLOCK_INDEPENDENCE) === 0) {
      fail('linked blocks are not supported (Kafka requires independent blocks: "Dependent block stream is unsupported")');
    }
    if (flg & FLG_DICT_ID) fail('frames with a dictionary id are not supported');
    const blockBytesMax = BLOCK_SIZES[(bd >> 4) & 0x07];
    if (blockBytesMax === undefined) fail(`invalid block maximum size code ${(bd >> 4) & 0x07}`);
    const descriptorStart = pos;
    pos += 2;
    let contentSize = -1;
    if (flg & FLG_CONTENT_SIZE) {
      if (data.length - pos < 8) fail('truncated content size');
      const size = data.readBigUInt64LE(pos);
      if (size > BigInt(bytesMax - written)) throw new DecompressedSizeLimitError('lz4', bytesMax);
      contentSize = Number(size);
      pos += 8;
    }
    if (pos >= data.length) fail('truncated header checksum');
    if (lz4HeaderChecksum(data.subarray(descriptorStart, pos)) !== data[pos]) fail('bad header checksum');
    pos += 1;
    if (contentSize >= 0) reserve(written + contentSize);
    const frameStart = written;
    for (;;) {
      if (data.length - pos < 4) fail('truncated block size');
      const word = data.readUInt32LE(pos);
      pos += 4;
      if (word === 0) break; // end mark
      const isRaw = (word & BLOCK_UNCOMPRESSED) !== 0;
      const size = (word & 0x7fffffff) >>> 0;
      if (size > blockBytesMax) fail(`block of ${size} bytes exceeds the frame's ${blockBytesMax}-byte maximum`);
      if (size > data.length - pos) fail('truncated block');
      if (flg & FLG_BLOCK_CHECKSUM) {
        if (data.length - pos - size < 4) fail('truncated block checksum');
        if (xxh32(data.subarray(pos, pos + size)) !== data.readUInt32LE(pos + size)) fail('bad block checksum');
      }
      if (isRaw) {
        if (written + size > bytesMax) throw new DecompressedSizeLimitError('lz4', bytesMax);
        reserve(written + size);
        data.copy(out, written, pos, pos + size);
        written += size;
      } else {
        const room = Math.min(blockBytesMax, bytesMax - written);
        reserve(written + room);
        const produced = codec.decodeBlock(data, out.subarray(written, written + room), pos, pos + size);
        if (produced < 0) {
          // Either corrupt, or the block needs more room than the bound leaves.
          if (room < blockBytesMax) throw new DecompressedSizeLimitError('lz4', bytesMax);
          fail('corrupt block');
        }
        written += produced;
      }
      pos += size + (flg & FLG_BLOCK_CHECKSUM ? 4 : 0);
    }
    if (contentSize >= 0 && written - frameStart !== contentSize) {
      fail(`frame declares ${contentSize} bytes but holds ${written - frameStart}`);
    }
    if (flg & FLG_CONTENT_CHECKSUM) {
      if (data.length - pos < 4) fail('truncated content checksum');
      if (xxh32(out.subarray(frameStart, written)) !== data.readUInt32LE(pos)) fail('bad content checksum');
      pos += 4;
    }
  }
  return out.subarray(0, written);
}
