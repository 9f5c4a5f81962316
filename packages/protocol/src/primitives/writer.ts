import { uuidToBytes } from './uuid.js';

/** Byte fields at least this large are attached by reference instead of copied (fetch data). */
const REFERENCE_BYTES_MIN = 4096;

/**
 * Encodes Kafka's primitive types into a growable buffer. Large byte fields (record batches
 * read from a segment) are not copied: `toChunks()` returns the encoded bytes as a list of
 * buffers that interleaves the writer's own bytes with those references, ready for a vectored
 * socket write. `toBuffer()` joins them when one buffer is needed.
 */
export class Writer {
  private buf: Buffer;
  private pos = 0;
  private readonly chunks: Buffer[] = [];
  private chunkBytes = 0;
  private sealedUpTo = 0;
  /** Where each sealed run of own bytes started in `buf`, and its view, for patchInt32At. */
  private readonly sealedStarts: number[] = [];
  private readonly sealedViews: Buffer[] = [];

  constructor(initialBytes = 256) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Bytes written so far, including referenced chunks. */
  get length(): number {
    return this.chunkBytes + this.pos - this.sealedUpTo;
  }

  private ensure(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    let size = Math.max(this.buf.length * 2, 64);
    while (size < this.pos + bytes) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    // Positions stay absolute (reserve() hands them out), but sealed bytes are not copied: the
    // sealed chunks are views of the old buffer and stay valid because nothing writes there.
    this.buf.copy(grown, this.sealedUpTo, this.sealedUpTo, this.pos);
    this.buf = grown;
  }

  int8(value: number): this {
    this.ensure(1);
    this.buf.writeInt8(value, this.pos);
    this.pos += 1;
    return this;
  }
  int16(value: number): this {
    this.ensure(2);
    this.buf.writeInt16BE(value, this.pos);
    this.pos += 2;
    return this;
  }
  uint16(value: number): this {
    this.ensure(2);
    this.buf.writeUInt16BE(value, this.pos);
    this.pos += 2;
    return this;
  }
  int32(value: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(value, this.pos);
    this.pos += 4;
    return this;
  }
  uint32(value: number): this {
    this.ensure(4);
    this.buf.writeUInt32BE(value, this.pos);
    this.pos += 4;
    return this;
  }
  int64(value: bigint): this {
    this.ensure(8);
    this.buf.writeBigInt64BE(value, this.pos);
    this.pos += 8;
    return this;
  }
  float64(value: number): this {
    this.ensure(8);
    this.buf.writeDoubleBE(value, this.pos);
    this.pos += 8;
    return this;
  }
  bool(value: boolean): this {
    return this.int8(value ? 1 : 0);
  }
  uuid(value: string): this {
    this.ensure(16);
    uuidToBytes(value, this.buf, this.pos);
    this.pos += 16;
    return this;
  }

  unsignedVarInt(value: number): this {
    if (!(value >= 0 && value <= 0xffffffff) || !Number.isInteger(value)) {
      throw new RangeError(`unsigned varint out of range: ${value}`);
    }
    this.ensure(5);
    while (value >= 0x80) {
      this.buf[this.pos++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buf[this.pos++] = value;
    return this;
  }
  varInt(value: number): this {
    return this.unsignedVarInt(value >= 0 ? value * 2 : -value * 2 - 1);
  }
  varLong(value: bigint): this {
    let raw = BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
    this.ensure(10);
    while (raw >= 0x80n) {
      this.buf[this.pos++] = Number(raw & 0x7fn) | 0x80;
      raw >>= 7n;
    }
    this.buf[this.pos++] = Number(raw);
    return this;
  }

  private text(value: string, length: number): void {
    this.ensure(length);
    this.pos += this.buf.write(value, this.pos, length, 'utf8');
  }
  string(value: string): this {
    const length = Buffer.byteLength(value, 'utf8');
    if (length > 0x7fff) throw new RangeError(`string of ${length} bytes is longer than 32767`);
    this.int16(length);
    this.text(value, length);
    return this;
  }
  nullableString(value: string | null): this {
    return value === null ? this.int16(-1) : this.string(value);
  }
  compactString(value: string): this {
    const length = Buffer.byteLength(value, 'utf8');
    // Kafka caps every string field at 32767 bytes, compact or not (its generated write()).
    if (length > 0x7fff) throw new RangeError(`string of ${length} bytes is longer than 32767`);
    this.unsignedVarInt(length + 1);
    this.text(value, length);
    return this;
  }
  compactNullableString(value: string | null): this {
    return value === null ? this.unsignedVarInt(0) : this.compactString(value);
  }

  /** Appends bytes; large ones are referenced rather than copied (see the class comment). */
  raw(value: Uint8Array): this {
    if (value.length >= REFERENCE_BYTES_MIN) {
      this.seal();
      this.chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.length));
      this.chunkBytes += value.length;
      return this;
    }
    this.ensure(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
    return this;
  }
  bytes(value: Uint8Array): this {
    return this.int32(value.length).raw(value);
  }
  nullableBytes(value: Uint8Array | null): this {
    return value === null ? this.int32(-1) : this.bytes(value);
  }
  compactBytes(value: Uint8Array): this {
    return this.unsignedVarInt(value.length + 1).raw(value);
  }
  compactNullableBytes(value: Uint8Array | null): this {
    return value === null ? this.unsignedVarInt(0) : this.compactBytes(value);
  }

  arrayLength(count: number): this {
    return this.int32(count);
  }
  compactArrayLength(count: number): this {
    return this.unsignedVarInt(count + 1);
  }

  /** Moves the bytes written since the last seal into the chunk list. */
  private seal(): void {
    if (this.pos > this.sealedUpTo) {
      const view = this.buf.subarray(this.sealedUpTo, this.pos);
      this.sealedStarts.push(this.sealedUpTo);
      this.sealedViews.push(view);
      this.chunks.push(view);
      this.chunkBytes += this.pos - this.sealedUpTo;
      this.sealedUpTo = this.pos;
    }
  }

  /** Reserves `bytes` bytes to be filled later with `patchInt32At` (a size prefix). */
  reserve(bytes: number): number {
    this.ensure(bytes);
    const at = this.pos;
    this.pos += bytes;
    return at;
  }

  /**
   * Overwrites an int32 reserved by `reserve` (the position it returned), whether or not the
   * writer has grown or sealed chunks since: a size prefix is patched once the body is written.
   */
  patchInt32At(at: number, value: number): void {
    if (at >= this.sealedUpTo) {
      if (at + 4 > this.pos) throw new RangeError(`patch at ${at} is past the ${this.pos} bytes written`);
      this.buf.writeInt32BE(value, at);
      return;
    }
    // The run of own bytes holding `at`: the last one that starts at or before it. A reservation
    // never straddles two runs, since a seal only happens between writes.
    let i = this.sealedStarts.length - 1;
    while (i > 0 && this.sealedStarts[i]! > at) i--;
    this.sealedViews[i]!.writeInt32BE(value, at - this.sealedStarts[i]!);
  }

  /** The encoded bytes as buffers in order (own bytes and referenced chunks interleaved). */
  toChunks(): Buffer[] {
    this.seal();
    return this.chunks;
  }

  /** The encoded bytes as one buffer (joins chunks when there are several). */
  toBuffer(): Buffer {
    if (this.chunks.length === 0) return this.buf.subarray(0, this.pos);
    const chunks = this.toChunks();
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.chunkBytes);
  }
}
