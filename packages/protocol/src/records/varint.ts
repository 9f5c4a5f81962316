import { DecodeError } from '../primitives/index.js';

/**
 * Zig-zag varints as record format v2 uses them (KIP-98, the same encoding as protobuf's
 * sint32/sint64): `varint` fields are int32, `varlong` fields are int64. Record fields are
 * small, so everything here works on JS numbers; varlongs are exact across the safe-integer
 * range (timestamps and deltas are far inside it) and larger magnitudes are rejected.
 */

const TWO_POW_52 = 2 ** 52;

/** Encoded size of a zig-zag int32. */
export function varintSize(value: number): number {
  let u = ((value << 1) ^ (value >> 31)) >>> 0;
  let size = 1;
  while (u >= 0x80) {
    u >>>= 7;
    size++;
  }
  return size;
}

/** Encoded size of a zig-zag int64 given as a safe integer. */
export function varlongSize(value: number): number {
  if (value >= -0x40000000 && value < 0x40000000) return varintSize(value);
  let u = value >= 0 ? value * 2 : -value * 2 - 1;
  let size = 1;
  while (u >= 0x80) {
    u = Math.floor(u / 0x80);
    size++;
  }
  return size;
}

/** Writes a zig-zag int32 at `pos`; returns the position after it. */
export function writeVarint(buf: Buffer, pos: number, value: number): number {
  let u = ((value << 1) ^ (value >> 31)) >>> 0;
  while (u >= 0x80) {
    buf[pos++] = (u & 0x7f) | 0x80;
    u >>>= 7;
  }
  buf[pos++] = u;
  return pos;
}

/** Writes a zig-zag int64 (a safe integer) at `pos`; returns the position after it. */
export function writeVarlong(buf: Buffer, pos: number, value: number): number {
  if (value >= -0x40000000 && value < 0x40000000) return writeVarint(buf, pos, value);
  if (!Number.isSafeInteger(value)) throw new RangeError(`varlong value ${value} is not a safe integer`);
  if (value > TWO_POW_52 || value < -TWO_POW_52) {
    // 2|v| may pass 2^53 and lose its low bit as a double; go through bigint.
    let raw = BigInt.asUintN(64, (BigInt(value) << 1n) ^ (BigInt(value) >> 63n));
    while (raw >= 0x80n) {
      buf[pos++] = Number(raw & 0x7fn) | 0x80;
      raw >>= 7n;
    }
    buf[pos++] = Number(raw);
    return pos;
  }
  let u = value >= 0 ? value * 2 : -value * 2 - 1;
  while (u >= 0x80) {
    buf[pos++] = (u % 0x80) | 0x80;
    u = Math.floor(u / 0x80);
  }
  buf[pos++] = u;
  return pos;
}

/**
 * A bounds-checked cursor over record bytes: zig-zag varints, int8 and length-prefixed byte
 * fields. Every read checks the bytes left and throws DecodeError, never reads past `end`.
 * Byte fields come back as views into the buffer (no copy).
 */
export class VarintReader {
  readonly buf: Buffer;
  pos: number;
  end: number;

  constructor(buf: Buffer, pos = 0, end = buf.length) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  int8(): number {
    if (this.pos >= this.end) throw new DecodeError('truncated int8');
    const b = this.buf[this.pos++]!;
    return b > 127 ? b - 256 : b;
  }

  /** A zig-zag int32 of at most 5 bytes. */
  varint(): number {
    const buf = this.buf;
    let pos = this.pos;
    // Fast paths: lengths, deltas and counts of records are one or two bytes almost always
    // (record decoding calls this ~6 times per record); small integers stay in int32 maths.
    if (pos + 1 < this.end) {
      const b0 = buf[pos]!;
      if (b0 < 0x80) {
        this.pos = pos + 1;
        return (b0 >>> 1) ^ -(b0 & 1);
      }
      const b1 = buf[pos + 1]!;
      if (b1 < 0x80) {
        const raw = (b0 & 0x7f) | (b1 << 7);
        this.pos = pos + 2;
        return (raw >>> 1) ^ -(raw & 1);
      }
    }
    let raw = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= this.end) throw new DecodeError('truncated varint');
      const b = buf[pos++]!;
      raw += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        if (raw > 0xffffffff) throw new DecodeError('varint exceeds 32 bits');
        this.pos = pos;
        return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
      }
    }
    throw new DecodeError('varint longer than 5 bytes');
  }

  /** A zig-zag int64 of at most 10 bytes, as a number; rejects values outside the safe range. */
  varlong(): number {
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    if (pos < this.end) {
      const b0 = buf[pos]!;
      if (b0 < 0x80) {
        this.pos = pos + 1;
        return (b0 >>> 1) ^ -(b0 & 1);
      }
    }
    let raw = 0;
    // Seven groups (49 bits) add up exactly in a double; longer encodings go through bigint.
    for (let shift = 0; shift < 49; shift += 7) {
      if (pos >= this.end) throw new DecodeError('truncated varlong');
      const b = buf[pos++]!;
      raw += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.pos = pos;
        return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
      }
    }
    return this.bigVarlong(start);
  }

  private bigVarlong(start: number): number {
    let pos = start;
    let raw = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= this.end) throw new DecodeError('truncated varlong');
      const b = this.buf[pos++]!;
      raw |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) {
        if (raw > 0xffffffffffffffffn) throw new DecodeError('varlong exceeds 64 bits');
        const value = (raw >> 1n) ^ -(raw & 1n);
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
          throw new DecodeError(`varlong ${value} does not fit in a safe integer`);
        }
        this.pos = pos;
        return Number(value);
      }
    }
    throw new DecodeError('varlong longer than 10 bytes');
  }

  /** A view of the next `length` bytes. */
  raw(length: number): Buffer {
    if (length > this.end - this.pos) {
      throw new DecodeError(`needs ${length} bytes at position ${this.pos} but only ${this.end - this.pos} remain`);
    }
    const at = this.pos;
    this.pos = at + length;
    return this.buf.subarray(at, at + length);
  }

  /** Varint-length-prefixed bytes; length -1 is null. */
  nullableBytes(): Buffer | null {
    const length = this.varint();
    if (length === -1) return null;
    if (length < 0) throw new DecodeError(`invalid bytes length ${length}`);
    return this.raw(length);
  }
}

/** Decodes one zig-zag int32 at `pos`: the value and the bytes it took. */
export function decodeVarint(buf: Buffer, pos = 0): { value: number; size: number } {
  const reader = new VarintReader(buf, pos);
  const value = reader.varint();
  return { value, size: reader.pos - pos };
}

/** Decodes one zig-zag int64 (as a safe integer) at `pos`: the value and the bytes it took. */
export function decodeVarlong(buf: Buffer, pos = 0): { value: number; size: number } {
  const reader = new VarintReader(buf, pos);
  const value = reader.varlong();
  return { value, size: reader.pos - pos };
}
