// Goal: the frame reader splits any chunking of a byte stream into the same frames, copies only
// frames split across chunks, and rejects sizes outside [8, socket.request.max.bytes] before
// buffering them. Method: fast-check chops a stream of random frames at random points.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameReader, FrameTooLargeError } from './frame-reader.js';

function frame(body: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + body.length);
  out.writeInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

describe('FrameReader', () => {
  it('yields the same frames however the stream is chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 8, maxLength: 300 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 50 }),
        (bodies, cuts) => {
          const stream = Buffer.concat(bodies.map(frame));
          const reader = new FrameReader(1 << 20);
          const out: Buffer[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const size = cuts[i++ % cuts.length]!;
            out.push(...reader.push(stream.subarray(pos, pos + size)));
            pos += size;
          }
          expect(out.map((b) => Buffer.from(b).toString('hex'))).toEqual(bodies.map((b) => Buffer.from(b).toString('hex')));
          expect(reader.bufferedBytes).toBe(0);
        },
      ),
    );
  });

  it('returns views without copying when a frame arrives in one chunk', () => {
    const chunk = frame(Buffer.alloc(16, 7));
    const [only] = new FrameReader(1024).push(chunk);
    expect(only!.buffer).toBe(chunk.buffer);
  });

  it('rejects a size above the limit as soon as the size prefix arrives', () => {
    const reader = new FrameReader(100);
    const prefix = Buffer.alloc(4);
    prefix.writeInt32BE(101, 0);
    expect(() => reader.push(prefix)).toThrow(FrameTooLargeError);
  });

  it('rejects negative and too-small sizes', () => {
    for (const size of [-1, 0, 7]) {
      const prefix = Buffer.alloc(4);
      prefix.writeInt32BE(size, 0);
      expect(() => new FrameReader(100).push(prefix)).toThrow(FrameTooLargeError);
    }
  });
});
