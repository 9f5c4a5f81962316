import { DecodeError } from '../primitives/index.js';

/**
 * Thrown when a compressed records section cannot be decompressed: bad framing, a checksum
 * mismatch, truncated input, or a codec feature Kafka does not allow (linked LZ4 blocks). It is
 * a DecodeError, so code that maps any decode failure to CORRUPT_MESSAGE needs no special case.
 */
export class CompressionError extends DecodeError {
  readonly codec: string;
  constructor(codec: string, message: string) {
    super(`${codec}: ${message}`);
    Object.defineProperty(this, 'name', { value: 'CompressionError' });
    this.codec = codec;
  }
}

/** Thrown when decompressing would produce more than the allowed number of bytes (a zip bomb). */
export class DecompressedSizeLimitError extends CompressionError {
  readonly bytesMax: number;
  constructor(codec: string, bytesMax: number) {
    super(codec, `decompressed data exceeds the limit of ${bytesMax} bytes`);
    Object.defineProperty(this, 'name', { value: 'DecompressedSizeLimitError' });
    this.bytesMax = bytesMax;
  }
}

/** Thrown by the batch decoder when the stored CRC-32C does not match the batch bytes. */
export class CorruptBatchError extends DecodeError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'CorruptBatchError' });
  }
}

/**
 * Thrown when a codec's native library cannot be loaded (zstd on Node < 22.15 without the
 * optional zstd-napi package). Not a DecodeError: the data may be fine, this process cannot
 * read it.
 */
export class CodecUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'CodecUnavailableError' });
  }
}
