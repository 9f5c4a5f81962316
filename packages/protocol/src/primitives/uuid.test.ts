// Goal: uuids convert between Kafka's 22-character base64url text and 16 bytes without loss,
// and malformed text is refused rather than silently altered. Method: fixed vectors from
// Kafka's Uuid.toString() behaviour and a fast-check round-trip over random bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reader } from './reader.js';
import { Writer } from './writer.js';
import { ZERO_UUID, isUuid, uuidFromBytes, uuidFromRandom, uuidToBytes } from './uuid.js';

describe('uuid', () => {
  it('prints the zero uuid as 22 As and all-ones as base64url without padding', () => {
    expect(uuidFromBytes(Buffer.alloc(16), 0)).toBe(ZERO_UUID);
    expect(uuidFromBytes(Buffer.alloc(16, 0xff), 0)).toBe('_____________________w');
  });
  it('round-trips any 16 bytes through text and through the wire', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (raw) => {
        const bytes = Buffer.from(raw);
        const text = uuidFromBytes(bytes, 0);
        expect(isUuid(text)).toBe(true);
        const back = Buffer.alloc(18);
        uuidToBytes(text, back, 1);
        expect(back.subarray(1, 17).equals(bytes)).toBe(true);
        expect(new Reader(new Writer().uuid(text).toBuffer()).uuid()).toBe(text);
      }),
    );
  });
  it('refuses text of the wrong length, alphabet or trailing bits', () => {
    for (const bad of ['', 'AAAA', ZERO_UUID + 'A', 'AAAAAAAAAAAAAAAAAAAA+A', 'AAAAAAAAAAAAAAAAAAAAA=', 'AAAAAAAAAAAAAAAAAAAAAB']) {
      expect(isUuid(bad)).toBe(false);
      expect(() => uuidToBytes(bad, Buffer.alloc(16), 0)).toThrow(RangeError);
    }
  });
  it('makes a version-4 uuid from random bytes', () => {
    const text = uuidFromRandom(Buffer.alloc(16, 0xff));
    const bytes = Buffer.alloc(16);
    uuidToBytes(text, bytes, 0);
    expect(bytes[6]! >> 4).toBe(4);
    expect(bytes[8]! >> 6).toBe(2);
  });
});
