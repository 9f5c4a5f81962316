// Goal: the frame receiver yields exactly the frames of a byte stream however the socket's reads
// cut it, reads a frame that is still arriving straight into that frame's own buffer, never hands
// out a view of its reused scratch buffer, and rejects sizes outside its bound. Method: fast-check
// splits random frames at random points (reads of random sizes into the receiver's read target)
// and compares the output with the input; then the scratch is overwritten and the frames
// compared again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameReceiver } from './frame-receiver.js';

function frameOf(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}

describe('FrameReceiver', () => {
  it('returns every frame intact for any sizes of socket reads, and frames stay intact after later reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 16, max: 128 }),
        (payloads, reads, scratchBytes) => {
          const stream = Buffer.concat(payloads.map(frameOf));
          const receiver = new FrameReceiver(1024, scratchBytes);
          const out: Buffer[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            // A socket read: at most the target's length, at most what the "kernel" has.
            const target = receiver.readTarget();
            expect(target.length).toBeGreaterThan(0);
            const n = Math.min(reads[i++ % reads.length]!, target.length, stream.length - pos);
            stream.copy(target, 0, pos, pos + n);
            pos += n;
            receiver.received(n);
            for (let f = receiver.next(); f !== null; f = receiver.next()) out.push(f);
          }
          // Scribble over the scratch: no frame may be a view of it.
          receiver.readTarget().fill(0xee);
          expect(out.map((b) => b.toString('hex'))).toEqual(payloads.map((p) => Buffer.from(p).toString('hex')));
          expect(receiver.pendingBytes).toBe(0);
          expect(receiver.error).toBeNull();
        },
      ),
    );
  });

  it('reads the rest of a large frame straight into the frame once its size is known', () => {
    const receiver = new FrameReceiver(1 << 20, 64);
    const payload = Buffer.alloc(10_000, 7);
    const stream = frameOf(payload);
    receiver.push(stream.subarray(0, 40));
    const target = receiver.readTarget();
    expect(target.length).toBe(10_000 - 36); // the rest of the frame, in its own buffer
    stream.copy(target, 0, 40);
    receiver.received(target.length);
    const frame = receiver.next()!;
    expect(frame.equals(payload)).toBe(true);
    expect(frame.buffer).toBe(target.buffer);
  });

  it('records a DecodeError for a size above the bound or below zero and returns no frame after it', () => {
    const big = new FrameReceiver(10);
    big.push(Buffer.concat([frameOf(Buffer.alloc(3)), frameOf(Buffer.alloc(11))]));
    expect(big.error?.message).toMatch(/outside 0\.\.10/);
    expect(big.next()).toBeNull();
    const negative = new FrameReceiver(10);
    let told = 0;
    negative.onReceived = () => told++;
    negative.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    expect(negative.error).not.toBeNull();
    expect(told).toBe(1);
  });
});
