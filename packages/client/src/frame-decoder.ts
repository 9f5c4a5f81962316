import { DecodeError } from '@gregor/protocol';

/**
 * Splits a byte stream into Kafka frames (an int32 size, then that many bytes). Pure: the
 * connection feeds it socket chunks and takes whole frames out. A frame that lies inside one
 * chunk is returned as a view of it (no copy); a frame spread over chunks is assembled once into
 * a buffer of its exact size, filled as chunks arrive, so a 50 MiB fetch response is copied once
 * and never re-concatenated.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private head = 0; // read position in chunks[0]
  private buffered = 0; // bytes in chunks from head on
  private frame: Buffer | null = null; // a frame being assembled
  private frameFilled = 0;
  private readonly frameBytesMax: number;

  constructor(frameBytesMax: number) {
    this.frameBytesMax = frameBytesMax;
  }

  /** Bytes received but not yet returned as frames. */
  get pendingBytes(): number {
    return this.buffered + this.frameFilled;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.frame !== null) {
      const take = Math.min(chunk.length, this.frame.length - this.frameFilled);
      chunk.copy(this.frame, this.frameFilled, 0, take);
      this.frameFilled += take;
      if (take === chunk.length) return;
      chunk = chunk.subarray(take);
    }
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /**
   * The next whole frame (without its size prefix), or null until more bytes arrive. Throws
   * DecodeError for a negative size or one above frameBytesMax: the stream cannot be trusted.
   */
  next(): Buffer | null {
    if (this.frame !== null) {
      if (this.frameFilled < this.frame.length) return null;
      const done = this.frame;
      this.frame = null;
      this.frameFilled = 0;
      return done;
    }
    if (this.buffered < 4) return null;
    const size = this.peekInt32();
    if (size < 0 || size > this.frameBytesMax) {
      throw new DecodeError(`response frame of ${size} bytes is outside 0..${this.frameBytesMax}`);
    }
    const first = this.chunks[0]!;
    if (first.length - this.head >= 4 + size) {
      // Common case: the whole frame is in the first chunk.
      const start = this.head + 4;
      const view = first.subarray(start, start + size);
      this.consume(4 + size);
      return view;
    }
    this.consume(4);
    const frame = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size && this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const take = Math.min(chunk.length - this.head, size - filled);
      chunk.copy(frame, filled, this.head, this.head + take);
      filled += take;
      this.consume(take);
    }
    if (filled === size) return frame;
    this.frame = frame;
    this.frameFilled = filled;
    return null;
  }

  private peekInt32(): number {
    const first = this.chunks[0]!;
    if (first.length - this.head >= 4) return first.readInt32BE(this.head);
    const bytes = Buffer.allocUnsafe(4);
    let filled = 0;
    let index = 0;
    let at = this.head;
    while (filled < 4) {
      const chunk = this.chunks[index]!;
      const take = Math.min(chunk.length - at, 4 - filled);
      chunk.copy(bytes, filled, at, at + take);
      filled += take;
      index++;
      at = 0;
    }
    return bytes.readInt32BE(0);
  }

  private consume(bytes: number): void {
    this.buffered -= bytes;
    while (bytes > 0) {
      const first = this.chunks[0]!;
      const left = first.length - this.head;
      if (bytes < left) {
        this.head += bytes;
        return;
      }
      bytes -= left;
      this.chunks.shift();
      this.head = 0;
    }
    if (this.chunks.length > 0 && this.head === this.chunks[0]!.length) {
      this.chunks.shift();
      this.head = 0;
    }
  }
}
