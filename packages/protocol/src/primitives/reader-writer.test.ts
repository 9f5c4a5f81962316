// Goal: the primitive encodings match Kafka's byte for byte at their edges, and the Writer's
// zero-copy chunking and size-prefix patching give the same bytes however the output is taken.
// Method: fixed vectors for varints (unsigned LEB128 and zig-zag), compact lengths and null
// markers; fast-check round-trips for whole ranges; chunk and patch scenarios across growth
// and sealing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './errors.js';
import { Reader } from './reader.js';
import { Writer } from './writer.js';

const hex = (w: Writer): string => w.toBuffer().toString('hex');
const reader = (h: string): Reader => new Reader(Buffer.from(h, 'hex'));

describe('unsigned varint', () => {
  const vectors: [number, string][] = [
    [0, '00'],
    [1, '01'],
    [127, '7f'],
    [128, '8001'],
    [300, 'ac02'],
    [16383, 'ff7f'],
    [16384, '808001'],
    [2 ** 31 - 1, 'ffffffff07'],
    [2 ** 32 - 1, 'ffffffff0f'],
  ];
  for (const [value, bytes] of vectors) {
    it(`encodes ${value} as ${bytes} and back`, () => {
      expect(hex(new Writer().unsignedVarInt(value))).toBe(bytes);
      const r = reader(bytes);
      expect(r.unsignedVarInt()).toBe(value);
      expect(r.remaining).toBe(0);
    });
  }
  it('refuses values outside uint32 when writing', () => {
    expect(() => new Writer().unsignedVarInt(-1)).toThrow(RangeError);
    expect(() => new Writer().unsignedVarInt(2 ** 32)).toThrow(RangeError);
    expect(() => new Writer().unsignedVarInt(1.5)).toThrow(RangeError);
  });
  it('rejects a sixth byte, a value past 32 bits and a truncated varint with DecodeError', () => {
    expect(() => reader('ffffffffff01').unsignedVarInt()).toThrow(DecodeError);
    expect(() => reader('ffffffff1f').unsignedVarInt()).toThrow(/exceeds 32 bits/);
    expect(() => reader('ff').unsignedVarInt()).toThrow(/truncated/);
    expect(() => reader('').unsignedVarInt()).toThrow(DecodeError);
  });
});

describe('zig-zag varint and varlong', () => {
  const ints: [number, string][] = [
    [0, '00'],
    [-1, '01'],
    [1, '02'],
    [63, '7e'],
    [-64, '7f'],
    [64, '8001'],
    [2 ** 31 - 1, 'feffffff0f'],
    [-(2 ** 31), 'ffffffff0f'],
  ];
  for (const [value, bytes] of ints) {
    it(`varint ${value} is ${bytes}`, () => {
      expect(hex(new Writer().varInt(value))).toBe(bytes);
      expect(reader(bytes).varInt()).toBe(value);
    });
  }
  const longs: [bigint, string][] = [
    [0n, '00'],
    [-1n, '01'],
    [1n, '02'],
    [2n ** 31n - 1n, 'feffffff0f'],
    [2n ** 63n - 1n, 'feffffffffffffffff01'],
    [-(2n ** 63n), 'ffffffffffffffffff01'],
  ];
  for (const [value, bytes] of longs) {
    it(`varlong ${value} is ${bytes}`, () => {
      expect(hex(new Writer().varLong(value))).toBe(bytes);
      expect(reader(bytes).varLong()).toBe(value);
    });
  }
  it('round-trips every int32 and int64', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (i, l) => {
        const w = new Writer(1).varInt(i).varLong(l);
        const r = new Reader(w.toBuffer());
        expect(r.varInt()).toBe(i);
        expect(r.varLong()).toBe(l);
        expect(r.remaining).toBe(0);
      }),
    );
  });
  it('rejects an eleven-byte varlong and one past 64 bits', () => {
    expect(() => reader('ffffffffffffffffffff01').varLong()).toThrow(DecodeError);
    expect(() => reader('ffffffffffffffffff03').varLong()).toThrow(/exceeds 64 bits/);
  });
  it('varLongNumber refuses values beyond 2^53', () => {
    expect(new Reader(new Writer().varLong(2n ** 53n - 1n).toBuffer()).varLongNumber()).toBe(2 ** 53 - 1);
    expect(() => new Reader(new Writer().varLong(2n ** 53n).toBuffer()).varLongNumber()).toThrow(DecodeError);
  });
});

describe('strings, bytes and arrays: classic and compact forms and null markers', () => {
  it('writes a classic string as int16 length + UTF-8 and null as -1', () => {
    expect(hex(new Writer().string('hé'))).toBe('000368c3a9');
    expect(hex(new Writer().nullableString(null))).toBe('ffff');
    expect(reader('000368c3a9').string()).toBe('hé');
    expect(reader('ffff').nullableString()).toBeNull();
  });
  it('writes a compact string as uvarint length+1 and null as 0', () => {
    expect(hex(new Writer().compactString(''))).toBe('01');
    expect(hex(new Writer().compactString('ab'))).toBe('036162');
    expect(hex(new Writer().compactNullableString(null))).toBe('00');
    expect(reader('00').compactNullableString()).toBeNull();
    expect(reader('036162').compactString()).toBe('ab');
  });
  it('writes bytes as int32 length or uvarint length+1, null as -1 or 0', () => {
    expect(hex(new Writer().bytes(Buffer.from([9])))).toBe('0000000109');
    expect(hex(new Writer().nullableBytes(null))).toBe('ffffffff');
    expect(hex(new Writer().compactBytes(Buffer.from([9])))).toBe('0209');
    expect(hex(new Writer().compactNullableBytes(null))).toBe('00');
    expect(reader('ffffffff').nullableBytes()).toBeNull();
    expect(reader('00').compactNullableBytes()).toBeNull();
    expect(reader('0209').compactBytes()).toEqual(Buffer.from([9]));
  });
  it('reads null where null is not allowed as DecodeError', () => {
    expect(() => reader('ffff').string()).toThrow(DecodeError);
    expect(() => reader('00').compactString()).toThrow(DecodeError);
    expect(() => reader('ffffffff').bytes()).toThrow(DecodeError);
    expect(() => reader('00').compactBytes()).toThrow(DecodeError);
  });
  it('rejects negative lengths other than the null marker', () => {
    expect(() => reader('fffe').nullableString()).toThrow(/invalid string length/);
    expect(() => reader('fffffffe').nullableBytes()).toThrow(/invalid bytes length/);
    expect(() => reader('fffffffe').arrayLength(1)).toThrow(/invalid array length/);
  });
  it('caps strings at 32767 bytes in both forms, as Kafka does', () => {
    const long = 'x'.repeat(0x8000);
    expect(() => new Writer().string(long)).toThrow(RangeError);
    expect(() => new Writer().compactString(long)).toThrow(RangeError);
    const w = new Writer().unsignedVarInt(0x8000 + 1).raw(Buffer.alloc(0x8000, 0x78));
    expect(() => new Reader(w.toBuffer()).compactString()).toThrow(/longer than 32767/);
    const ok = new Writer().compactString('y'.repeat(0x7fff)).toBuffer();
    expect(new Reader(ok).compactString()).toHaveLength(0x7fff);
  });
  it('writes array lengths as int32 (-1 null) or uvarint count+1 (0 null)', () => {
    expect(hex(new Writer().arrayLength(2))).toBe('00000002');
    expect(hex(new Writer().arrayLength(-1))).toBe('ffffffff');
    expect(hex(new Writer().compactArrayLength(2))).toBe('03');
    expect(hex(new Writer().compactArrayLength(-1))).toBe('00');
    expect(reader('ffffffff').arrayLength(4)).toBe(-1);
    expect(reader('00').compactArrayLength(4)).toBe(-1);
  });
  it('checks an array count against the bytes left before the caller allocates', () => {
    expect(reader('00000002' + '00'.repeat(8)).arrayLength(4)).toBe(2);
    expect(() => reader('00000003' + '00'.repeat(8)).arrayLength(4)).toThrow(/cannot fit/);
    expect(() => reader('ffffffff0f').compactArrayLength(1)).toThrow(/cannot fit/);
  });
  it('round-trips strings of any code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.string({ unit: 'binary' }), { nil: null }), (s, n) => {
        const w = new Writer(1).string(s).compactString(s).nullableString(n).compactNullableString(n);
        const r = new Reader(w.toBuffer());
        expect([r.string(), r.compactString(), r.nullableString(), r.compactNullableString()]).toEqual([s, s, n, n]);
        expect(r.remaining).toBe(0);
      }),
    );
  });
});

describe('fixed-width integers', () => {
  it('reads and writes big-endian values at their limits', () => {
    const w = new Writer(1)
      .int8(-128)
      .int16(-32768)
      .uint16(65535)
      .int32(-(2 ** 31))
      .uint32(2 ** 32 - 1)
      .int64(-(2n ** 63n))
      .float64(-0.5)
      .bool(true);
    expect(hex(w)).toBe('80' + '8000' + 'ffff' + '80000000' + 'ffffffff' + '8000000000000000' + 'bfe0000000000000' + '01');
    const r = new Reader(w.toBuffer());
    expect([r.int8(), r.int16(), r.uint16(), r.int32(), r.uint32(), r.int64(), r.float64(), r.bool()]).toEqual([
      -128,
      -32768,
      65535,
      -(2 ** 31),
      2 ** 32 - 1,
      -(2n ** 63n),
      -0.5,
      true,
    ]);
  });
  it('reads any non-zero byte as true, like Kafka', () => {
    expect(reader('02').bool()).toBe(true);
    expect(reader('00').bool()).toBe(false);
  });
  it('throws DecodeError, not RangeError, when a fixed-width value is cut short', () => {
    expect(() => reader('0000').int32()).toThrow(DecodeError);
    expect(() => reader('00'.repeat(7)).int64()).toThrow(DecodeError);
    expect(() => reader('00'.repeat(15)).uuid()).toThrow(DecodeError);
  });
});

describe('Reader bounds', () => {
  it('sub() bounds a nested reader and moves the parent past it', () => {
    const r = reader('0102030405');
    const sub = r.sub(3);
    expect(r.remaining).toBe(2);
    expect(sub.int16()).toBe(0x0102);
    expect(() => sub.int16()).toThrow(DecodeError);
    expect(() => r.sub(3)).toThrow(DecodeError);
  });
  it('never moves backwards on a negative or NaN length', () => {
    const r = reader('0102');
    r.int8();
    expect(() => r.skip(-1)).toThrow(DecodeError);
    expect(() => r.raw(Number.NaN)).toThrow(DecodeError);
    expect(r.pos).toBe(1);
  });
  it('returns byte fields as views of the input, not copies', () => {
    const input = Buffer.from('00000002abcd', 'hex');
    const view = new Reader(input).bytes();
    input[4] = 0x11;
    expect(view[0]).toBe(0x11);
  });
});

describe('Writer chunks', () => {
  it('references byte fields of 4096 bytes or more and copies smaller ones', () => {
    const big = Buffer.alloc(4096, 7);
    const small = Buffer.alloc(4095, 8);
    const w = new Writer(16).int8(1).bytes(big).int8(2).bytes(small).int8(3);
    const chunks = w.toChunks();
    expect(chunks.some((c) => c === big)).toBe(true);
    expect(chunks.some((c) => c.buffer === small.buffer)).toBe(false);
    expect(chunks).toHaveLength(3);
    expect(w.length).toBe(1 + 4 + 4096 + 1 + 4 + 4095 + 1);
    expect(Buffer.concat(chunks).equals(w.toBuffer())).toBe(true);
  });
  it('toChunks and toBuffer hold the same bytes as a plain concatenation, for any mix of writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 4096, max: 5000 })), { maxLength: 8 }),
        (sizes) => {
          const w = new Writer(8);
          const expected: Buffer[] = [];
          sizes.forEach((size, i) => {
            const value = Buffer.alloc(size, i + 1);
            w.compactBytes(value);
            const length = new Writer().unsignedVarInt(size + 1).toBuffer();
            expected.push(length, value);
          });
          const whole = Buffer.concat(expected);
          expect(w.length).toBe(whole.length);
          expect(Buffer.concat(w.toChunks()).equals(whole)).toBe(true);
          expect(w.toBuffer().equals(whole)).toBe(true);
        },
      ),
    );
  });
  it('keeps writing after toChunks, with the earlier chunks intact', () => {
    const w = new Writer(4).int32(1);
    const first = Buffer.concat(w.toChunks());
    w.int32(2).raw(Buffer.alloc(5000, 3)).int32(4);
    expect(first.toString('hex')).toBe('00000001');
    expect(w.toBuffer().subarray(0, 8).toString('hex')).toBe('0000000100000002');
    expect(w.length).toBe(5012);
  });
  it('grows from a zero-byte initial buffer', () => {
    expect(hex(new Writer(0).int64(1n))).toBe('0000000000000001');
  });
});

describe('Writer reserve and patchInt32At', () => {
  it('patches a size prefix in place when nothing was sealed', () => {
    const w = new Writer(4);
    const at = w.reserve(4);
    w.string('grown past the first buffer');
    w.patchInt32At(at, w.length - 4);
    const r = new Reader(w.toBuffer());
    expect(r.int32()).toBe(r.remaining);
  });
  it('patches a prefix that sits in a sealed run, after the writer grew', () => {
    const w = new Writer(8);
    const at = w.reserve(4);
    w.int16(5);
    w.raw(Buffer.alloc(4096, 1)); // seals [0, 6) and references the chunk
    w.raw(Buffer.alloc(600, 2)); // grows the writer's buffer past its sealed bytes
    w.patchInt32At(at, w.length - 4);
    const out = w.toBuffer();
    expect(out.readInt32BE(0)).toBe(out.length - 4);
    expect(Buffer.concat(w.toChunks()).readInt32BE(0)).toBe(out.length - 4);
  });
  it('patches a prefix reserved after a referenced chunk, in the second sealed run', () => {
    const big = Buffer.alloc(4096, 9);
    const w = new Writer(8);
    w.raw(big); // referenced first: chunks[0] is the caller's buffer
    w.int8(1);
    const at = w.reserve(4);
    w.int8(2);
    w.raw(Buffer.alloc(4096, 3)); // seals the run holding the reservation
    w.int8(4);
    w.patchInt32At(at, 0x01020304);
    const out = w.toBuffer();
    expect(out.subarray(4096, 4096 + 6).toString('hex')).toBe('010102030402');
    expect(big.every((b) => b === 9)).toBe(true);
  });
  it('patches after toChunks without disturbing the chunks already taken', () => {
    const w = new Writer(8);
    const at = w.reserve(4);
    w.raw(Buffer.alloc(4096));
    const chunks = w.toChunks();
    w.patchInt32At(at, 4096);
    expect(chunks[0]!.readInt32BE(0)).toBe(4096);
  });
  it('refuses a patch past the bytes written', () => {
    const w = new Writer(16).int16(0);
    expect(() => w.patchInt32At(0, 1)).toThrow(RangeError);
  });
});
