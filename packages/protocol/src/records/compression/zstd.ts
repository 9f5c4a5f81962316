import * as zlib from 'node:zlib';
import { CompressionError, DecompressedSizeLimitError } from '../errors.js';
import { isBufferTooLarge } from './gzip.js';
import { loadNative } from './native.js';

/**
 * zstd (compression type 4, KIP-110): plain zstd frames, as zstd-jni's ZstdOutputStream (Kafka's
 * Java producer) and librdkafka write them, with or without the content size in the frame
 * header. Node's own zlib gained zstd in 22.15; on older Node (Gregor supports 20) the optional
 * zstd-napi package supplies it, loaded only when a zstd batch is met.
 */

/** Kafka's default zstd level (compression.zstd.level, KIP-390). */
export const ZSTD_LEVEL_DEFAULT = 3;

interface NodeZstd {
  zstdCompressSync(data: Uint8Array, options?: { params?: Record<number, number> }): Buffer;
  zstdDecompressSync(data: Uint8Array, options?: { maxOutputLength?: number }): Buffer;
  constants: { ZSTD_c_compressionLevel: number };
}

interface ZstdNapi {
  compress(data: Uint8Array, parameters?: { compressionLevel?: number }): Buffer;
}

interface ZstdNapiBinding {
  DCtx: new () => ZstdDCtx;
  ResetDirective: { sessionOnly: number };
  dStreamOutSize(): number;
}

interface ZstdDCtx {
  /** ZSTD_decompressStream: [bytes hint left in frame (0 = frame done), produced, consumed]. */
  decompressStream(dst: Uint8Array, src: Uint8Array): [number, number, number];
  reset(directive: number): void;
}

function nodeZstd(): NodeZstd | null {
  const z = zlib as unknown as Partial<NodeZstd>;
  return typeof z.zstdCompressSync === 'function' && typeof z.zstdDecompressSync === 'function' && z.constants
    ? (z as NodeZstd)
    : null;
}

const WHY = 'zstd compression needs Node >= 22.15 (node:zlib zstd) or the optional package zstd-napi';

/** Which implementation is in use, for diagnostics: 'node:zlib', 'zstd-napi' or null if none loads. */
export function zstdImplementation(): 'node:zlib' | 'zstd-napi' | null {
  if (nodeZstd()) return 'node:zlib';
  try {
    loadNative<ZstdNapi>('zstd-napi', WHY);
    return 'zstd-napi';
  } catch {
    return null;
  }
}

export function zstdCompress(data: Uint8Array, level = ZSTD_LEVEL_DEFAULT): Buffer {
  const node = nodeZstd();
  if (node) return node.zstdCompressSync(data, { params: { [node.constants.ZSTD_c_compressionLevel]: level } });
  return loadNative<ZstdNapi>('zstd-napi', WHY).compress(data, { compressionLevel: level });
}

export function zstdDecompress(data: Buffer, bytesMax: number): Buffer {
  const node = nodeZstd();
  if (node) {
    try {
      return node.zstdDecompressSync(data, { maxOutputLength: Math.max(bytesMax, 1) });
    } catch (error) {
      if (isBufferTooLarge(error)) throw new DecompressedSizeLimitError('zstd', bytesMax);
      throw new CompressionError('zstd', error instanceof Error ? error.message : String(error));
    }
  }
  return zstdNapiDecompress(data, bytesMax);
}

let dctx: ZstdDCtx | null = null;

/**
 * Streaming decompression into chunks, counting output against bytesMax as it goes: zstd-napi's
 * one-shot decompress trusts the frame's declared content size and allocates it up front, which
 * is exactly what a bomb exploits.
 */
export function zstdNapiDecompress(data: Buffer, bytesMax: number): Buffer {
  const binding = loadNative<ZstdNapiBinding>('zstd-napi/binding', WHY);
  dctx ??= new binding.DCtx();
  const context = dctx;
  context.reset(binding.ResetDirective.sessionOnly);
  const chunkBytes = Math.max(binding.dStreamOutSize(), data.length * 4);
  const chunks: Buffer[] = [];
  let total = 0;
  let input = data.subarray(0);
  let frameDone = false;
  try {
    for (;;) {
      // One byte beyond the bound lets us tell "exactly at the limit" from "over it".
      const room = Math.min(chunkBytes, bytesMax - total + 1);
      const chunk = Buffer.allocUnsafe(room);
      const [left, produced, consumed] = context.decompressStream(chunk, input);
      // No progress: the input is used up (or truncated); frameDone tells which.
      if (produced === 0 && consumed === 0) break;
      total += produced;
      if (total > bytesMax) throw new DecompressedSizeLimitError('zstd', bytesMax);
      if (produced > 0) chunks.push(chunk.subarray(0, produced));
      input = input.subarray(consumed);
      frameDone = left === 0;
      if (input.length === 0 && produced < room) break;
    }
  } catch (error) {
    context.reset(binding.ResetDirective.sessionOnly);
    if (error instanceof CompressionError) throw error;
    throw new CompressionError('zstd', error instanceof Error ? error.message : String(error));
  }
  if (!frameDone || input.length > 0) throw new CompressionError('zstd', 'truncated frame');
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
