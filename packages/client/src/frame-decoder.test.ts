// Goal: the frame decoder yields exactly the frames of a byte stream however the stream is cut
// into chunks, and rejects sizes outside its bound. Method: fast-check splits random frames at
// random points and compares the output with the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '@gregor/protocol';
import { FrameDecoder } from './frame-decoder.js';

function frameOf(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}

describe('FrameDecoder', () => {
  it('returns every frame intact for any chunking of the stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 40 }),
        (payloads, cuts) => {
          const stream = Buffer.concat(payloads.map(frameOf));
          const decoder = new FrameDecoder(1024);
          const out: Buffer[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const size = cuts[i++ % cuts.length]!;
            decoder.push(stream.subarray(pos, pos + size));
            pos += size;
            for (let f = decoder.next(); f !== null; f = decoder.next()) out.push(Buffer.from(f));
          }
          expect(out.map((b) => b.toString('hex'))).toEqual(payloads.map((p) => Buffer.from(p).toString('hex')));
          expect(decoder.pendingBytes).toBe(0);
        },
      ),
    );
  });

  it('returns a frame inside one chunk as a view of it (no copy)', () => {
    const chunk = Buffer.concat([frameOf(Buffer.from('abc')), frameOf(Buffer.from('de'))]);
    const decoder = new FrameDecoder(100);
    decoder.push(chunk);
    const first = decoder.next()!;
    expect(first.buffer).toBe(chunk.buffer);
    expect(first.toString()).toBe('abc');
    expect(decoder.next()!.toString()).toBe('de');
    expect(decoder.next()).toBeNull();
  });

  it('throws DecodeError for a size above the bound or below zero', () => {
    const big = new FrameDecoder(10);
    big.push(frameOf(Buffer.alloc(11)));
    expect(() => big.next()).toThrow(DecodeError);
    const negative = new FrameDecoder(10);
    negative.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    expect(() => negative.next()).toThrow(DecodeError);
  });
});
