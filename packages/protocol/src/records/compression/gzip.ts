import { gunzipSync, gzipSync } from 'node:zlib';
import { CompressionError, DecompressedSizeLimitError } from '../errors.js';

/**
 * gzip (compression type 1): a plain gzip stream, as Java's GZIPOutputStream and librdkafka's
 * zlib (windowBits 15 + 16) write it. Node's gunzip also reads concatenated members.
 */
export function gzipCompress(data: Uint8Array, level?: number): Buffer {
  return level === undefined ? gzipSync(data) : gzipSync(data, { level });
}

export function gzipDecompress(data: Uint8Array, bytesMax: number): Buffer {
  try {
    // maxOutputLength stops inflating at the bound instead of allocating the whole bomb.
    return gunzipSync(data, { maxOutputLength: Math.max(bytesMax, 1) });
  } catch (error) {
    if (isBufferTooLarge(error)) throw new DecompressedSizeLimitError('gzip', bytesMax);
    throw new CompressionError('gzip', error instanceof Error ? error.message : String(error));
  }
}

export function isBufferTooLarge(error: unknown): boolean {
  return error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}
