/**
 * The cleaner's view of a batch: its records section (decompressed if need be, after a CRC-32C
 * check) and a cursor that walks the records reading only what compaction needs (offsetDelta,
 * where the key lies, whether the value is null, where the record ends), allocating nothing per
 * record. Kept records are then copied byte for byte; see record-filter.ts.
 *
 * The bytes come from sealed segments (validated on append or by recovery), so anything
 * malformed here is damage recovery did not see: LogCorruptionError.
 */
import { Attributes, BATCH_HEADER_BYTES, BatchOffset, DecodeError, computeBatchCrc, decompress } from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';

/** The records section of the batch at `buf[at, at + sizeBytes)`, decompressed; throws LogCorruptionError on a bad CRC or codec data. */
export function recordsSection(buf: Buffer, at: number, sizeBytes: number): Buffer {
  const baseOffset = Number(buf.readBigInt64BE(at + BatchOffset.baseOffset));
  if (buf.readUInt32BE(at + BatchOffset.crc) !== computeBatchCrc(buf, at)) {
    throw new LogCorruptionError(`cannot clean the batch at offset ${baseOffset}: CRC mismatch`);
  }
  const section = buf.subarray(at + BATCH_HEADER_BYTES, at + sizeBytes);
  const codec = buf.readInt16BE(at + BatchOffset.attributes) & Attributes.compressionMask;
  if (codec === 0 || section.length === 0) return section;
  try {
    return decompress(codec, section);
  } catch (err) {
    if (err instanceof DecodeError) throw new LogCorruptionError(`cannot clean the batch at offset ${baseOffset}: ${err.message}`, { cause: err });
    throw err;
  }
}

/** Walks `count` records of a records section. After next(): the fields of that record. */
export class RecordCursor {
  private pos = 0;
  private remaining: number;
  /** The record's bytes, length prefix included: section[recordStart, recordEnd). */
  recordStart = 0;
  recordEnd = 0;
  offsetDelta = 0;
  /** section[keyStart, keyStart + keyLength), or keyLength -1 for a null key. */
  keyStart = 0;
  keyLength = -1;
  /** -1 for a null value (a tombstone). */
  valueLength = -1;

  constructor(
    readonly section: Buffer,
    count: number,
    private readonly baseOffset: number,
  ) {
    this.remaining = count;
  }

  next(): boolean {
    if (this.remaining === 0) {
      if (this.pos !== this.section.length) this.corrupt(`${this.section.length - this.pos} bytes after the last record`);
      return false;
    }
    this.remaining--;
    this.recordStart = this.pos;
    const length = this.varint();
    const end = this.pos + length;
    if (length < 6 || end > this.section.length) this.corrupt(`record of ${length} bytes at ${this.recordStart}`);
    this.pos++; // attributes
    this.skipVarlong(end); // timestampDelta
    this.offsetDelta = this.varint();
    this.keyLength = this.varint();
    this.keyStart = this.pos;
    if (this.keyLength > 0) this.pos += this.keyLength;
    if (this.keyLength < -1 || this.pos >= end) this.corrupt(`key of ${this.keyLength} bytes`);
    this.valueLength = this.varint();
    if (this.valueLength < -1 || this.pos + Math.max(0, this.valueLength) > end) this.corrupt(`value of ${this.valueLength} bytes`);
    this.recordEnd = end;
    this.pos = end;
    return true;
  }

  private varint(): number {
    let raw = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.section.length) this.corrupt('varint past the end');
      const byte = this.section[this.pos++]!;
      raw |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return (raw >>> 1) ^ -(raw & 1);
    }
    return this.corrupt('varint longer than 5 bytes');
  }

  private skipVarlong(end: number): void {
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) this.corrupt('varlong past the record');
      if ((this.section[this.pos++]! & 0x80) === 0) return;
    }
    this.corrupt('varlong longer than 10 bytes');
  }

  private corrupt(problem: string): never {
    throw new LogCorruptionError(`cannot clean the batch at offset ${this.baseOffset}: ${problem}`);
  }
}
