import { DecodeError } from '../primitives/index.js';
import { VarintReader, varintSize, varlongSize, writeVarint, writeVarlong } from './varint.js';

/**
 * One record of record format v2 (KIP-98), as it sits inside a batch's records section:
 *
 *   length varint | attributes int8 | timestampDelta varlong | offsetDelta varint |
 *   keyLength varint | key | valueLength varint | value | headerCount varint |
 *   [headerKeyLength varint | headerKey utf8 | headerValueLength varint | headerValue]...
 *
 * length counts the bytes after itself; a -1 length marks a null key, value or header value.
 * A header key is never null. Record attributes are unused by Kafka and written as 0.
 */

export interface RecordHeaderInput {
  key: string;
  value: Uint8Array | null;
}

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** A record to encode. The batch encoder derives offsetDelta (default: its index) and timestampDelta. */
export interface RecordInput {
  /** Create time in ms since the epoch (-1 for none). */
  timestamp: number;
  key?: Uint8Array | null;
  value: Uint8Array | null;
  headers?: readonly RecordHeaderInput[];
  /** Position within the batch; defaults to the record's index. Set it to keep compaction gaps. */
  offsetDelta?: number;
}

/** A decoded record. key, value and header values are views into the decoded buffer. */
export interface KafkaRecord {
  /** baseOffset + offsetDelta. */
  offset: number;
  offsetDelta: number;
  /** baseTimestamp + timestampDelta, or the batch's maxTimestamp under LogAppendTime. */
  timestamp: number;
  timestampDelta: number;
  attributes: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

/** The smallest record: length, attributes, deltas, null key, null value and no headers. */
export const RECORD_BYTES_MIN = 7;

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

function nullableBytesSize(value: Uint8Array | null | undefined): number {
  return value == null ? 1 : varintSize(value.length) + value.length;
}

/** Size of a record's body (everything after its length prefix). */
export function recordBodySize(record: RecordInput, offsetDelta: number, timestampDelta: number): number {
  let size = 1 + varlongSize(timestampDelta) + varintSize(offsetDelta);
  size += nullableBytesSize(record.key) + nullableBytesSize(record.value);
  const headers = record.headers;
  if (headers === undefined) return size + 1;
  size += varintSize(headers.length);
  for (const header of headers) {
    const keyBytes = Buffer.byteLength(header.key, 'utf8');
    size += varintSize(keyBytes) + keyBytes + nullableBytesSize(header.value);
  }
  return size;
}

/** Size of a whole record, length prefix included. */
export function recordSize(record: RecordInput, offsetDelta: number, timestampDelta: number): number {
  const body = recordBodySize(record, offsetDelta, timestampDelta);
  return varintSize(body) + body;
}

function writeNullableBytes(buf: Buffer, pos: number, value: Uint8Array | null | undefined): number {
  if (value == null) return writeVarint(buf, pos, -1);
  pos = writeVarint(buf, pos, value.length);
  buf.set(value, pos);
  return pos + value.length;
}

/**
 * Writes a record at `pos` given its body size from recordBodySize (the caller sized the
 * buffer); returns the position after it.
 */
export function writeRecord(
  buf: Buffer,
  pos: number,
  record: RecordInput,
  offsetDelta: number,
  timestampDelta: number,
  bodySize: number,
): number {
  pos = writeVarint(buf, pos, bodySize);
  buf[pos++] = 0; // attributes: unused in v2
  pos = writeVarlong(buf, pos, timestampDelta);
  pos = writeVarint(buf, pos, offsetDelta);
  pos = writeNullableBytes(buf, pos, record.key);
  pos = writeNullableBytes(buf, pos, record.value);
  const headers = record.headers;
  if (headers === undefined) {
    buf[pos++] = 0;
    return pos;
  }
  pos = writeVarint(buf, pos, headers.length);
  for (const header of headers) {
    const keyBytes = Buffer.byteLength(header.key, 'utf8');
    pos = writeVarint(buf, pos, keyBytes);
    pos += buf.write(header.key, pos, keyBytes, 'utf8');
    pos = writeNullableBytes(buf, pos, header.value);
  }
  return pos;
}

/** Encodes one record on its own (tests, tools); the batch encoder writes records in place. */
export function encodeRecord(record: RecordInput, offsetDelta: number, timestampDelta: number): Buffer {
  checkInt32('offsetDelta', offsetDelta);
  const body = recordBodySize(record, offsetDelta, timestampDelta);
  const buf = Buffer.allocUnsafe(varintSize(body) + body);
  writeRecord(buf, 0, record, offsetDelta, timestampDelta, body);
  return buf;
}

export function checkInt32(name: string, value: number): void {
  if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
    throw new RangeError(`${name} ${value} is not an int32`);
  }
}

/** Batch fields a record needs to turn its deltas into an offset and a timestamp. */
export interface RecordContext {
  baseOffset: number;
  baseTimestamp: number;
  /** Set under LogAppendTime: every record's timestamp is the batch's maxTimestamp. */
  logAppendTime: number | null;
}

/**
 * Decodes the record at the reader's position and moves past it. Throws DecodeError when the
 * record runs past the reader's end or its fields do not add up to its declared length (Kafka's
 * DefaultRecord.readFrom makes the same checks).
 */
export function readRecord(reader: VarintReader, context: RecordContext): KafkaRecord {
  const length = reader.varint();
  if (length < RECORD_BYTES_MIN - 1) throw new DecodeError(`invalid record length ${length}`);
  if (length > reader.remaining) {
    throw new DecodeError(`record of ${length} bytes runs past the ${reader.remaining} bytes left`);
  }
  const outerEnd = reader.end;
  const end = reader.pos + length;
  reader.end = end;
  const attributes = reader.int8();
  const timestampDelta = reader.varlong();
  const offsetDelta = reader.varint();
  const key = reader.nullableBytes();
  const value = reader.nullableBytes();
  const headerCount = reader.varint();
  if (headerCount < 0) throw new DecodeError(`invalid header count ${headerCount}`);
  // Each header takes at least two bytes (an empty key and a null value).
  if (headerCount * 2 > reader.remaining) {
    throw new DecodeError(`${headerCount} headers cannot fit in the ${reader.remaining} bytes left`);
  }
  const headers: RecordHeader[] = new Array<RecordHeader>(headerCount);
  for (let i = 0; i < headerCount; i++) {
    const keyLength = reader.varint();
    if (keyLength < 0) throw new DecodeError(`invalid header key length ${keyLength}`);
    const headerKey = reader.raw(keyLength).toString('utf8');
    headers[i] = { key: headerKey, value: reader.nullableBytes() };
  }
  if (reader.pos !== end) {
    throw new DecodeError(`record declares ${length} bytes but its fields take ${reader.pos - (end - length)}`);
  }
  reader.end = outerEnd;
  return {
    offset: context.baseOffset + offsetDelta,
    offsetDelta,
    timestamp: context.logAppendTime ?? context.baseTimestamp + timestampDelta,
    timestampDelta,
    attributes,
    key,
    value,
    headers,
  };
}

/** Decodes one record from `buf` at `pos` (tests, tools). */
export function decodeRecord(buf: Buffer, pos = 0, context: RecordContext = { baseOffset: 0, baseTimestamp: 0, logAppendTime: null }): KafkaRecord {
  return readRecord(new VarintReader(buf, pos), context);
}
