import type { BufferPool } from '../buffer-pool.js';

/**
 * Splits a TCP byte stream into Kafka request frames (int32 size, then that many bytes). Frames
 * that arrive in one chunk are returned as views of it; only frames split across chunks are
 * copied, into a buffer from the pool when one is given (the frame then names it as `pooled`, for
 * the caller to release once nothing refers to the request's bytes). A size below the smallest possible request header or above `frameBytesMax`
 * (socket.request.max.bytes) is a protocol violation: the caller closes the connection, as
 * Kafka's InvalidReceiveException does, before buffering any of it.
 */
export class FrameTooLargeError extends Error {
  override readonly name = 'FrameTooLargeError';
}

/** A request frame without its size prefix; `pooled` is the pool buffer holding it, if any. */
export interface Frame {
  readonly bytes: Buffer;
  readonly pooled: Buffer | null;
}

/** apiKey int16 + apiVersion int16 + correlationId int32. */
const REQUEST_HEADER_BYTES_MIN = 8;

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly frameBytesMax: number;
  private readonly pool: BufferPool | null;

  constructor(frameBytesMax: number, pool: BufferPool | null = null) {
    this.frameBytesMax = frameBytesMax;
    this.pool = pool;
  }

  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Adds bytes and returns every complete frame (without its size prefix). */
  push(data: Buffer): Frame[] {
    this.chunks.push(data);
    this.buffered += data.length;
    const frames: Frame[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const size = this.peekSize();
      if (size < REQUEST_HEADER_BYTES_MIN || size > this.frameBytesMax) {
        throw new FrameTooLargeError(
          size < REQUEST_HEADER_BYTES_MIN
            ? `invalid frame size ${size}`
            : `frame of ${size} bytes exceeds socket.request.max.bytes (${this.frameBytesMax})`,
        );
      }
      if (this.buffered < 4 + size) break;
      frames.push(this.take(4 + size));
    }
    return frames;
  }

  private peekSize(): number {
    const first = this.chunks[0]!;
    if (first.length >= 4) return first.readInt32BE(0);
    const head = Buffer.allocUnsafe(4);
    let filled = 0;
    for (const chunk of this.chunks) {
      const n = Math.min(4 - filled, chunk.length);
      chunk.copy(head, filled, 0, n);
      filled += n;
      if (filled === 4) break;
    }
    return head.readInt32BE(0);
  }

  /** Takes the next `bytes` (a size prefix and its frame) and returns the frame. */
  private take(bytes: number): Frame {
    this.buffered -= bytes;
    const first = this.chunks[0]!;
    if (first.length >= bytes) {
      const out = first.subarray(4, bytes);
      if (first.length === bytes) this.chunks.shift();
      else this.chunks[0] = first.subarray(bytes);
      return { bytes: out, pooled: null };
    }
    const size = bytes - 4;
    const pooled = this.pool?.acquire(size) ?? null;
    const out = pooled !== null ? pooled.subarray(0, size) : Buffer.allocUnsafe(size);
    let skip = 4; // the size prefix, already read
    let filled = 0;
    while (skip > 0 || filled < size) {
      const chunk = this.chunks[0]!;
      const dropped = Math.min(skip, chunk.length);
      skip -= dropped;
      const n = Math.min(size - filled, chunk.length - dropped);
      chunk.copy(out, filled, dropped, dropped + n);
      filled += n;
      if (dropped + n === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(dropped + n);
    }
    return { bytes: out, pooled };
  }
}
