/**
 * Splits a TCP byte stream into Kafka request frames (int32 size, then that many bytes). Frames
 * that arrive in one chunk are returned as views of it; only frames split across chunks are
 * copied. A size below the smallest possible request header or above `frameBytesMax`
 * (socket.request.max.bytes) is a protocol violation: the caller closes the connection, as
 * Kafka's InvalidReceiveException does, before buffering any of it.
 */
export class FrameTooLargeError extends Error {
  override readonly name = 'FrameTooLargeError';
}

/** apiKey int16 + apiVersion int16 + correlationId int32. */
const REQUEST_HEADER_BYTES_MIN = 8;

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly frameBytesMax: number;

  constructor(frameBytesMax: number) {
    this.frameBytesMax = frameBytesMax;
  }

  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Adds bytes and returns every complete frame (without its size prefix). */
  push(data: Buffer): Buffer[] {
    this.chunks.push(data);
    this.buffered += data.length;
    const frames: Buffer[] = [];
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
      frames.push(this.take(4 + size).subarray(4));
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

  private take(bytes: number): Buffer {
    this.buffered -= bytes;
    const first = this.chunks[0]!;
    if (first.length >= bytes) {
      const out = first.subarray(0, bytes);
      if (first.length === bytes) this.chunks.shift();
      else this.chunks[0] = first.subarray(bytes);
      return out;
    }
    const out = Buffer.allocUnsafe(bytes);
    let filled = 0;
    while (filled < bytes) {
      const chunk = this.chunks[0]!;
      const n = Math.min(bytes - filled, chunk.length);
      chunk.copy(out, filled, 0, n);
      filled += n;
      if (n === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(n);
    }
    return out;
  }
}
