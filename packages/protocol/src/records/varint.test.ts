// Goal: the zig-zag varint codec matches Kafka's ByteUtils byte for byte and rejects malformed
// input with DecodeError only. Method: known encodings from Kafka's ByteUtilsTest, fast-check
// round trips over the int32 and safe-integer int64 ranges (sizes agree with bytes written),
// and truncated / overlong inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../primitives/index.js';
import { decodeVarint, decodeVarlong, varintSize, varlongSize, VarintReader, writeVarint, writeVarlong } from './varint.js';

function varint(value: number): string {
  const buf = Buffer.alloc(10);
  return buf.subarray(0, writeVarint(buf, 0, value)).toString('hex');
}
function varlong(value: number): string {
  const buf = Buffer.alloc(10);
  return buf.subarray(0, writeVarlong(buf, 0, value)).toString('hex');
}

describe('varint', () => {
  it('encodes like Kafka ByteUtils.writeVarint', () => {
    expect(varint(0)).toBe('00');
    expect(varint(-1)).toBe('01');
    expect(varint(1)).toBe('02');
    expect(varint(63)).toBe('7e');
    expect(varint(-64)).toBe('7f');
    expect(varint(64)).toBe('8001');
    expect(varint(-65)).toBe('8101');
    expect(varint(8191)).toBe('fe7f');
    expect(varint(-8192)).toBe('ff7f');
    expect(varint(8192)).toBe('808001');
    expect(varint(2147483647)).toBe('feffffff0f');
    expect(varint(-2147483648)).toBe('ffffffff0f');
  });

  it('encodes varlongs like Kafka ByteUtils.writeVarlong, including past 2^52', () => {
    expect(varlong(0)).toBe('00');
    expect(varlong(-1)).toBe('01');
    expect(varlong(2 ** 31)).toBe('8080808010');
    expect(varlong(1_700_000_000_000)).toBe(Buffer.from(bigVarlong(1_700_000_000_000n)).toString('hex'));
    expect(varlong(Number.MAX_SAFE_INTEGER)).toBe(Buffer.from(bigVarlong(BigInt(Number.MAX_SAFE_INTEGER))).toString('hex'));
    expect(varlong(Number.MIN_SAFE_INTEGER)).toBe(Buffer.from(bigVarlong(BigInt(Number.MIN_SAFE_INTEGER))).toString('hex'));
  });

  it('round-trips every int32 with the size it predicts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -0x80000000, max: 0x7fffffff }), (value) => {
        const buf = Buffer.alloc(5);
        const size = writeVarint(buf, 0, value);
        expect(size).toBe(varintSize(value));
        expect(decodeVarint(buf)).toEqual({ value, size });
      }),
    );
  });

  it('decodes every one- and two-byte encoding exactly (the fast paths), also at the end of the reader', () => {
    const buf = Buffer.alloc(10);
    for (let value = -8192; value < 8192; value++) {
      const size = writeVarint(buf, 0, value);
      expect(size).toBe(value >= -64 && value < 64 ? 1 : 2);
      expect(decodeVarint(buf.subarray(0, size))).toEqual({ value, size });
      expect(decodeVarint(buf)).toEqual({ value, size });
      expect(decodeVarlong(buf.subarray(0, writeVarlong(buf, 0, value)))).toEqual({ value, size });
    }
  });

  it('round-trips every safe-integer varlong with the size it predicts and the bytes of the bigint encoding', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.integer({ min: -1e13, max: 1e13 })), (value) => {
        const buf = Buffer.alloc(10);
        const size = writeVarlong(buf, 0, value);
        expect(size).toBe(varlongSize(value));
        expect(buf.subarray(0, size)).toEqual(Buffer.from(bigVarlong(BigInt(value))));
        expect(decodeVarlong(buf)).toEqual({ value, size });
      }),
    );
  });

  it('rejects truncated, overlong and oversized encodings with DecodeError', () => {
    expect(() => decodeVarint(Buffer.from([0x80]))).toThrow(DecodeError);
    expect(() => decodeVarint(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]))).toThrow(DecodeError);
    expect(() => decodeVarint(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x1f]))).toThrow(/32 bits/);
    expect(() => decodeVarlong(Buffer.from([0x80, 0x80]))).toThrow(DecodeError);
    expect(() => decodeVarlong(Buffer.from('ffffffffffffffffff7f', 'hex'))).toThrow(DecodeError);
    expect(() => decodeVarlong(Buffer.from('80808080808080808080', 'hex'))).toThrow(DecodeError);
    // 2^53 does not fit a safe integer.
    expect(() => decodeVarlong(Buffer.from(bigVarlong(2n ** 53n)))).toThrow(/safe integer/);
    expect(() => writeVarlong(Buffer.alloc(10), 0, 2 ** 53)).toThrow(RangeError);
  });

  it('reads null and present byte fields as views', () => {
    const buf = Buffer.from([0x01, 0x06, 0x61, 0x62, 0x63]);
    const reader = new VarintReader(buf);
    expect(reader.nullableBytes()).toBeNull();
    const bytes = reader.nullableBytes()!;
    expect(bytes.toString()).toBe('abc');
    expect(bytes.buffer).toBe(buf.buffer);
    expect(() => new VarintReader(Buffer.from([0x03])).nullableBytes()).toThrow(/invalid bytes length/);
    expect(() => new VarintReader(Buffer.from([0x08, 0x61])).nullableBytes()).toThrow(DecodeError);
  });
});

/** Reference zig-zag varlong encoder on bigints (independent of the code under test). */
function bigVarlong(value: bigint): number[] {
  let raw = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
  const out: number[] = [];
  while (raw >= 0x80n) {
    out.push(Number(raw & 0x7fn) | 0x80);
    raw >>= 7n;
  }
  out.push(Number(raw));
  return out;
}
