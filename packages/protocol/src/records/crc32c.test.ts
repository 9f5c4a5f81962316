// Goal: prove crc32c computes CRC-32C (Castagnoli) exactly. Method: the iSCSI test vectors of
// RFC 3720 appendix B.4 plus the customary "123456789" check value, and a property that
// extending a running CRC over any split of the input equals the one-shot CRC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32c, crc32cImplementation, crc32cUpdate, crc32cUpdateJs } from './crc32c.js';

describe('crc32c', () => {
  it('matches the RFC 3720 (iSCSI) test vectors', () => {
    expect(crc32c(Buffer.alloc(32, 0x00))).toBe(0x8a9136aa);
    expect(crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    expect(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
    expect(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => 31 - i)))).toBe(0x113fdb5c);
  });

  it('matches the check value of "123456789" and of the empty input', () => {
    expect(crc32c(Buffer.from('123456789', 'ascii'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(0))).toBe(0);
  });

  it('honours start and end', () => {
    const framed = Buffer.concat([Buffer.from('xx'), Buffer.from('123456789'), Buffer.from('yyy')]);
    expect(crc32c(framed, 2, 11)).toBe(0xe3069283);
  });

  it('extends a running CRC across any split point', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        const at = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
        expect(crc32cUpdate(crc32c(bytes, 0, at), bytes, at)).toBe(crc32c(bytes));
      }),
    );
  });
});

describe('native and JavaScript CRC-32C agree', () => {
  it(`gives the same value for random buffers, slices and running updates (running: ${crc32cImplementation})`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(), fc.nat(), fc.nat(), (bytes, a, b, seed) => {
        const buf = Buffer.from(bytes);
        const start = buf.length === 0 ? 0 : a % buf.length;
        const end = start + (buf.length === 0 ? 0 : b % (buf.length - start + 1));
        const initial = seed >>> 0;
        return crc32cUpdate(initial, buf, start, end) === crc32cUpdateJs(initial, buf, start, end);
      }),
    );
  });
});
