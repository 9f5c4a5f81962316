import { DecodeError } from './errors.js';
import { uuidFromBytes } from './uuid.js';

/**
 * A cursor over a byte range that decodes Kafka's primitive types (big-endian fixed ints,
 * zig-zag and unsigned varints, classic and compact strings, bytes and arrays, uuids and tagged
 * fields). Every read checks the bytes remaining first and throws DecodeError, so a truncated or
 * lying frame can never make a decoder read out of bounds or allocate more than the frame holds.
 * Byte fields are returned as views into the input (no copy).
 */
export class Reader {
  readonly buf: Buffer;
  pos: number;
  readonly end: number;

  constructor(buf: Buffer, pos = 0, end = buf.length) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(bytes: number): number {
    const at = this.pos;
    // `!(bytes >= 0)` also refuses NaN and negative counts, which would move the cursor back.
    if (!(bytes >= 0) || bytes > this.end - at) {
      throw new DecodeError(`needs ${bytes} bytes at position ${at} but only ${this.end - at} remain`);
    }
    this.pos = at + bytes;
    return at;
  }

  int8(): number {
    return this.buf.readInt8(this.need(1));
  }
  int16(): number {
    return this.buf.readInt16BE(this.need(2));
  }
  uint16(): number {
    return this.buf.readUInt16BE(this.need(2));
  }
  int32(): number {
    return this.buf.readInt32BE(this.need(4));
  }
  uint32(): number {
    return this.buf.readUInt32BE(this.need(4));
  }
  int64(): bigint {
    return this.buf.readBigInt64BE(this.need(8));
  }
  float64(): number {
    return this.buf.readDoubleBE(this.need(8));
  }
  bool(): boolean {
    return this.buf[this.need(1)] !== 0;
  }
  uuid(): string {
    const at = this.need(16);
    return uuidFromBytes(this.buf, at);
  }

  /** Unsigned LEB128 varint of at most 5 bytes (a uint32). */
  unsignedVarInt(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.end) throw new DecodeError('truncated varint');
      const byte = this.buf[this.pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffff) throw new DecodeError('varint exceeds 32 bits');
        return value;
      }
    }
    throw new DecodeError('varint longer than 5 bytes');
  }

  /** Zig-zag varint (an int32). */
  varInt(): number {
    const raw = this.unsignedVarInt();
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }

  /** Zig-zag varlong (an int64), as a bigint. */
  varLong(): bigint {
    let raw = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) throw new DecodeError('truncated varlong');
      const byte = this.buf[this.pos++]!;
      raw |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) {
        if (raw > 0xffffffffffffffffn) throw new DecodeError('varlong exceeds 64 bits');
        return (raw >> 1n) ^ -(raw & 1n);
      }
    }
    throw new DecodeError('varlong longer than 10 bytes');
  }

  /** Zig-zag varlong as a JS number; throws if it does not fit in 53 bits. */
  varLongNumber(): number {
    const value = this.varLong();
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new DecodeError('varlong does not fit in a safe integer');
    }
    return Number(value);
  }

  /** Kafka rejects any string field longer than 32767 bytes, compact ones included. */
  private compactTextLength(): number {
    const length = this.unsignedVarInt() - 1;
    if (length > 0x7fff) throw new DecodeError(`string of ${length} bytes is longer than 32767`);
    return length;
  }

  private text(length: number): string {
    const at = this.need(length);
    return this.buf.toString('utf8', at, at + length);
  }

  string(): string {
    const length = this.int16();
    if (length < 0) throw new DecodeError('null where a non-nullable string was expected');
    return this.text(length);
  }
  nullableString(): string | null {
    const length = this.int16();
    if (length === -1) return null;
    if (length < 0) throw new DecodeError(`invalid string length ${length}`);
    return this.text(length);
  }
  compactString(): string {
    const length = this.compactTextLength();
    if (length < 0) throw new DecodeError('null where a non-nullable compact string was expected');
    return this.text(length);
  }
  compactNullableString(): string | null {
    const length = this.compactTextLength();
    return length < 0 ? null : this.text(length);
  }

  /** Advances past `length` bytes. */
  skip(length: number): void {
    this.need(length);
  }

  /** A reader bounded to the next `length` bytes; this reader moves past them. */
  sub(length: number): Reader {
    const at = this.need(length);
    return new Reader(this.buf, at, at + length);
  }

  /** A view of the next `length` bytes (no copy). */
  raw(length: number): Buffer {
    const at = this.need(length);
    return this.buf.subarray(at, at + length);
  }
  bytes(): Buffer {
    const length = this.int32();
    if (length < 0) throw new DecodeError('null where non-nullable bytes were expected');
    return this.raw(length);
  }
  nullableBytes(): Buffer | null {
    const length = this.int32();
    if (length === -1) return null;
    if (length < 0) throw new DecodeError(`invalid bytes length ${length}`);
    return this.raw(length);
  }
  compactBytes(): Buffer {
    const length = this.unsignedVarInt() - 1;
    if (length < 0) throw new DecodeError('null where non-nullable compact bytes were expected');
    return this.raw(length);
  }
  compactNullableBytes(): Buffer | null {
    const length = this.unsignedVarInt() - 1;
    return length < 0 ? null : this.raw(length);
  }

  /**
   * A classic array length (int32, -1 for null). The count is checked against the bytes left,
   * given the smallest encoding of one element, before the caller allocates anything.
   */
  arrayLength(elementBytesMin: number): number {
    const count = this.int32();
    if (count === -1) return -1;
    return this.checkCount(count, elementBytesMin);
  }
  /** A compact array length (unsigned varint of count + 1; 0 is null). */
  compactArrayLength(elementBytesMin: number): number {
    const count = this.unsignedVarInt() - 1;
    if (count === -1) return -1;
    return this.checkCount(count, elementBytesMin);
  }
  private checkCount(count: number, elementBytesMin: number): number {
    if (count < 0) throw new DecodeError(`invalid array length ${count}`);
    if (count * elementBytesMin > this.end - this.pos) {
      throw new DecodeError(`array of ${count} elements cannot fit in the ${this.end - this.pos} bytes left`);
    }
    return count;
  }
}
