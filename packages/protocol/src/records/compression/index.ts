import { CompressionType } from '../batch-header.js';
import { CompressionError } from '../errors.js';
import { DECOMPRESSED_BATCH_BYTES_MAX } from '../limits.js';
import { gzipCompress, gzipDecompress } from './gzip.js';
import { lz4Compress, lz4Decompress } from './lz4.js';
import { snappyCompress, snappyDecompress } from './snappy.js';
import { zstdCompress, zstdDecompress } from './zstd.js';

export { LZ4_FRAME_MAGIC, lz4HeaderChecksum } from './lz4.js';
export { XERIAL_MAGIC, isXerialFramed, snappyCompressRaw } from './snappy.js';
export { ZSTD_LEVEL_DEFAULT, zstdImplementation } from './zstd.js';

export const COMPRESSION_NAMES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type CompressionName = (typeof COMPRESSION_NAMES)[number];

/** The name of a compression type as Kafka's compression.type config spells it. */
export function compressionName(type: CompressionType): CompressionName {
  return COMPRESSION_NAMES[type];
}

/** Parses a compression.type value ('none', 'gzip', 'snappy', 'lz4', 'zstd'). */
export function compressionTypeFromName(name: string): CompressionType | null {
  const index = (COMPRESSION_NAMES as readonly string[]).indexOf(name);
  return index < 0 ? null : (index as CompressionType);
}

export function isCompressionType(value: number): value is CompressionType {
  return Number.isInteger(value) && value >= 0 && value <= 4;
}

/**
 * Compresses a batch's records section with Kafka's framing for the codec (see each codec's
 * file). `level` applies to gzip (1-9) and zstd (1-22); lz4 and snappy have one speed.
 * Synchronous: the native codecs run on this thread.
 */
export function compress(type: CompressionType, data: Uint8Array, level?: number): Buffer {
  switch (type) {
    case CompressionType.none:
      return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);
    case CompressionType.gzip:
      return gzipCompress(data, level);
    case CompressionType.snappy:
      return snappyCompress(data);
    case CompressionType.lz4:
      return lz4Compress(data);
    case CompressionType.zstd:
      return zstdCompress(data, level);
    default:
      throw new RangeError(`unknown compression type ${String(type)}`);
  }
}

/**
 * Decompresses a records section. Throws CompressionError for data the codec rejects (an
 * unknown type id 5-7 included), DecompressedSizeLimitError past `bytesMax`, and
 * CodecUnavailableError if the codec's native package cannot load.
 */
export function decompress(type: number, data: Buffer, bytesMax: number = DECOMPRESSED_BATCH_BYTES_MAX): Buffer {
  switch (type) {
    case CompressionType.none:
      return data;
    case CompressionType.gzip:
      return gzipDecompress(data, bytesMax);
    case CompressionType.snappy:
      return snappyDecompress(data, bytesMax);
    case CompressionType.lz4:
      return lz4Decompress(data, bytesMax);
    case CompressionType.zstd:
      return zstdDecompress(data, bytesMax);
    default:
      throw new CompressionError(`type ${type}`, 'unknown compression type');
  }
}
