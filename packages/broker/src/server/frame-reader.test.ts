// Goal: the frame reader splits any chunking of a byte stream into the same frames, copies only
// frames split across chunks, and rejects sizes outside [8, socket.request.max.bytes] before
// buffering them; with a pool, split frames are assembled in pool buffers that come back for
// reuse. Method: fast-check chops a stream of random frames at random points, with and without a
// pool that hands every released buffer out again.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameReader, FrameTooLargeError } from './frame-reader.js';
import { BufferPool } from '../buffer-pool.js';

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
        fc.boolean(),
        (bodies, cuts, withPool) => {
          const stream = Buffer.concat(bodies.map(frame));
          const pool = withPool ? new BufferPool({ minBytes: 16, maxBufferBytes: 256, maxPooledBytes: 1024 }) : null;
          const reader = new FrameReader(1 << 20, pool);
          const out: string[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const size = cuts[i++ % cuts.length]!;
            for (const f of reader.push(stream.subarray(pos, pos + size))) {
              // Read the frame, then give its buffer back at once: the next split frame reuses it.
              out.push(Buffer.from(f.bytes).toString('hex'));
              if (f.pooled !== null) {
                expect(withPool).toBe(true);
                expect(f.bytes.buffer).toBe(f.pooled.buffer);
                pool!.release(f.pooled);
              }
            }
            pos += size;
          }
          expect(out).toEqual(bodies.map((b) => Buffer.from(b).toString('hex')));
          expect(reader.bufferedBytes).toBe(0);
        },
      ),
    );
  });

  it('returns views without copying when a frame arrives in one chunk', () => {
    const chunk = frame(Buffer.alloc(16, 7));
    const [only] = new FrameReader(1024, new BufferPool({ minBytes: 16, maxBufferBytes: 1024, maxPooledBytes: 4096 })).push(chunk);
    expect(only!.bytes.buffer).toBe(chunk.buffer);
    expect(only!.pooled).toBeNull();
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

  it('assembles a split frame in a pool buffer, and one above the pool\'s largest class in a new one', () => {
    const pool = new BufferPool({ minBytes: 64, maxBufferBytes: 128, maxPooledBytes: 1024 });
    const reader = new FrameReader(1024, pool);
    const small = frame(Buffer.alloc(100, 1));
    const [a] = [...reader.push(small.subarray(0, 50)), ...reader.push(small.subarray(50))];
    expect(a!.pooled?.length).toBe(128);
    expect(a!.bytes.equals(Buffer.alloc(100, 1))).toBe(true);
    const big = frame(Buffer.alloc(200, 2));
    const [b] = [...reader.push(big.subarray(0, 100)), ...reader.push(big.subarray(100))];
    expect(b!.pooled).toBeNull();
    expect(b!.bytes.equals(Buffer.alloc(200, 2))).toBe(true);
  });
});

describe('BufferPool', () => {
  it('hands back released buffers by size class and holds at most maxPooledBytes', () => {
    const pool = new BufferPool({ minBytes: 64, maxBufferBytes: 256, maxPooledBytes: 384 });
    const a = pool.acquire(65)!;
    expect(a.length).toBe(128);
    pool.release(a);
    expect(pool.pooledBytes).toBe(128);
    expect(pool.acquire(100)).toBe(a);
    expect(pool.acquire(100)).not.toBe(a);
    expect(pool.acquire(257)).toBeNull();
    const [c, d] = [pool.acquire(256)!, pool.acquire(256)!];
    pool.release(c);
    pool.release(d); // over the limit: dropped
    expect(pool.pooledBytes).toBe(256);
    pool.release(Buffer.alloc(100)); // not a class size: ignored
    expect(pool.pooledBytes).toBe(256);
  });
});
