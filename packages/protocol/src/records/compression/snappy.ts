import { CompressionError, DecompressedSizeLimitError } from '../errors.js';
import { SNAPPY_XERIAL_BLOCK_BYTES } from '../limits.js';
import { loadNative } from './native.js';

/**
 * snappy (compression type 2). Two framings meet on the wire:
 *  - xerial (snappy-java's SnappyOutputStream), written by Kafka's Java producer: a 16-byte
 *    header (0x82 "SNAPPY" 0x00, int32 version 1, int32 compatible version 1) then blocks of
 *    [int32 big-endian compressed length][raw snappy block], each block at most 32 KiB raw;
 *  - raw snappy (one block), written by librdkafka (rdkafka_msgset_writer.c) and kafkajs-snappy.
 * Every Kafka consumer reads both: snappy-java falls back to raw when the magic is absent and
 * librdkafka detects the xerial magic (rd_kafka_snappy_java_uncompress). We decode both and
 * write xerial, which every consumer accepts.
 */

type Snappy = typeof import('snappy');

function snappy(): Snappy {
  return loadNative<Snappy>('snappy', 'snappy compression');
}

export const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
export const XERIAL_HEADER_BYTES = 16;
const XERIAL_VERSION = 1;
const XERIAL_COMPATIBLE_VERSION = 1;

export function isXerialFramed(data: Uint8Array): boolean {
  if (data.length < XERIAL_HEADER_BYTES) return false;
  for (let i = 0; i < XERIAL_MAGIC.length; i++) if (data[i] !== XERIAL_MAGIC[i]) return false;
  return true;
}

/** Compresses into xerial framing (snappy-java's format, what Kafka's Java producer writes). */
export function snappyCompress(data: Uint8Array): Buffer {
  const { compressSync } = snappy();
  const parts: Buffer[] = [];
  const header = Buffer.allocUnsafe(XERIAL_HEADER_BYTES);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(XERIAL_VERSION, 8);
  header.writeInt32BE(XERIAL_COMPATIBLE_VERSION, 12);
  parts.push(header);
  let total = XERIAL_HEADER_BYTES;
  for (let at = 0; at < data.length; at += SNAPPY_XERIAL_BLOCK_BYTES) {
    const block = compressSync(data.subarray(at, Math.min(at + SNAPPY_XERIAL_BLOCK_BYTES, data.length)));
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(block.length, 0);
    parts.push(length, block);
    total += 4 + block.length;
  }
  return Buffer.concat(parts, total);
}

/** Compresses into one raw snappy block (librdkafka's format). */
export function snappyCompressRaw(data: Uint8Array): Buffer {
  return snappy().compressSync(data);
}

/**
 * The uncompressed length a raw snappy block declares in its preamble (an unsigned varint of
 * at most 32 bits), read before decompressing so a bomb is refused without allocating.
 */
export function rawUncompressedLength(data: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let shift = 0, pos = start; shift < 35; shift += 7) {
    if (pos >= end) throw new CompressionError('snappy', 'truncated block preamble');
    const b = data[pos++]!;
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) {
      if (value > 0xffffffff) throw new CompressionError('snappy', 'block preamble exceeds 32 bits');
      return value;
    }
  }
  throw new CompressionError('snappy', 'block preamble longer than 5 bytes');
}

function uncompressBlock(block: Buffer): Buffer {
  try {
    return snappy().uncompressSync(block, { asBuffer: true }) as Buffer;
  } catch (error) {
    throw new CompressionError('snappy', error instanceof Error ? error.message : String(error));
  }
}

export function snappyDecompress(data: Buffer, bytesMax: number): Buffer {
  if (!isXerialFramed(data)) {
    if (rawUncompressedLength(data, 0, data.length) > bytesMax) throw new DecompressedSizeLimitError('snappy', bytesMax);
    return uncompressBlock(data);
  }
  // First pass: walk the block lengths and preambles to size the output exactly.
  let total = 0;
  let blocks = 0;
  for (let pos = XERIAL_HEADER_BYTES; pos < data.length; blocks++) {
    if (data.length - pos < 4) throw new CompressionError('snappy', 'truncated xerial block length');
    const length = data.readInt32BE(pos);
    pos += 4;
    if (length < 0 || length > data.length - pos) {
      throw new CompressionError('snappy', `xerial block of ${length} bytes runs past the ${data.length - pos} bytes left`);
    }
    total += rawUncompressedLength(data, pos, pos + length);
    if (total > bytesMax) throw new DecompressedSizeLimitError('snappy', bytesMax);
    pos += length;
  }
  if (blocks === 1) return uncompressBlock(data.subarray(XERIAL_HEADER_BYTES + 4));
  const out = Buffer.allocUnsafe(total);
  let written = 0;
  for (let pos = XERIAL_HEADER_BYTES; pos < data.length; ) {
    const length = data.readInt32BE(pos);
    pos += 4;
    const block = uncompressBlock(data.subarray(pos, pos + length));
    // The preambles were summed into `total`; a block that lies about its length cannot overrun.
    if (written + block.length > total) throw new CompressionError('snappy', 'block longer than its preamble declares');
    block.copy(out, written);
    written += block.length;
    pos += length;
  }
  return out.subarray(0, written);
}
