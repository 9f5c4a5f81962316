import { DecodeError } from '@gregor/protocol';
import { RECEIVE_SCRATCH_BYTES } from './limits.js';

/**
 * Receives Kafka frames (an int32 size, then that many bytes) straight from a socket opened with
 * net.Socket's `onread`: the socket reads into the buffer `readTarget()` names, then `received`
 * says how many bytes arrived. As soon as a frame's size is known and the frame is not all there
 * yet, it gets a buffer of its exact size and every later read lands in it: a 4 MiB fetch
 * response is neither copied out of 64 KiB socket chunks nor assembled from them, and no buffer
 * is allocated per read (each would be external memory for the garbage collector). Size
 * prefixes and frames that arrive whole in one read land in a reused scratch buffer; such a frame
 * is copied out, since the scratch is overwritten by the next read and a response's records are
 * views of their frame that may be kept.
 *
 * A size below zero or above `frameBytesMax` means the stream cannot be trusted: `received`
 * records a DecodeError in `error` and stops taking frames.
 */
export class FrameReceiver {
  private readonly frameBytesMax: number;
  private readonly scratch: Buffer;
  private start = 0; // first byte in scratch not yet taken
  private end = 0; // end of the bytes read into scratch
  private frame: Buffer | null = null; // a frame being read into its own buffer
  private frameFilled = 0;
  private ready: Buffer[] = [];
  private readyHead = 0;
  /** Set once a bad size was seen; no frame is returned after it. */
  error: DecodeError | null = null;
  /** Called after every read that may have completed frames. */
  onReceived: (() => void) | null = null;

  constructor(frameBytesMax: number, scratchBytes = RECEIVE_SCRATCH_BYTES) {
    this.frameBytesMax = frameBytesMax;
    this.scratch = Buffer.allocUnsafe(Math.max(scratchBytes, 16));
  }

  /** Bytes received but not yet returned as frames. */
  get pendingBytes(): number {
    return this.end - this.start + this.frameFilled;
  }

  /** Where the socket puts its next read: the rest of the frame being read, or the scratch. */
  readTarget(): Buffer {
    if (this.frame !== null) return this.frame.subarray(this.frameFilled);
    return this.scratch.subarray(this.end);
  }

  /** `bytes` were read into the last readTarget(). */
  received(bytes: number): void {
    if (this.error === null) {
      try {
        this.take(bytes);
      } catch (err) {
        if (!(err instanceof DecodeError)) throw err;
        this.error = err;
      }
    }
    this.onReceived?.();
  }

  /** The next whole frame (without its size prefix), or null. */
  next(): Buffer | null {
    if (this.error !== null || this.readyHead === this.ready.length) return null;
    const frame = this.ready[this.readyHead++]!;
    if (this.readyHead === this.ready.length) {
      this.ready = [];
      this.readyHead = 0;
    }
    return frame;
  }

  /** Feeds bytes from elsewhere (tests, tools): as if the socket had read them. */
  push(chunk: Buffer): void {
    while (chunk.length > 0 && this.error === null) {
      const target = this.readTarget();
      const n = Math.min(target.length, chunk.length);
      chunk.copy(target, 0, 0, n);
      this.received(n);
      chunk = chunk.subarray(n);
    }
  }

  private take(bytes: number): void {
    if (this.frame !== null) {
      this.frameFilled += bytes;
      if (this.frameFilled === this.frame.length) {
        this.ready.push(this.frame);
        this.frame = null;
        this.frameFilled = 0;
      }
      return;
    }
    this.end += bytes;
    const s = this.scratch;
    while (this.end - this.start >= 4) {
      const size = s.readInt32BE(this.start);
      if (size < 0 || size > this.frameBytesMax) {
        throw new DecodeError(`response frame of ${size} bytes is outside 0..${this.frameBytesMax}`);
      }
      const bodyAt = this.start + 4;
      const available = this.end - bodyAt;
      if (available >= size) {
        this.ready.push(Buffer.from(s.subarray(bodyAt, bodyAt + size)));
        this.start = bodyAt + size;
        continue;
      }
      // The frame is still arriving: the rest goes straight into its own buffer.
      const frame = Buffer.allocUnsafe(size);
      s.copy(frame, 0, bodyAt, this.end);
      this.frame = frame;
      this.frameFilled = available;
      this.start = 0;
      this.end = 0;
      return;
    }
    // Fewer than four bytes of the next size prefix: keep them at the front.
    const left = this.end - this.start;
    if (left > 0 && this.start > 0) s.copyWithin(0, this.start, this.end);
    this.start = 0;
    this.end = left;
  }
}
