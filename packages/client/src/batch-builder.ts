import {
  BATCH_HEADER_BYTES,
  BatchOffset,
  compress,
  CompressionType,
  crc32c,
  CURRENT_MAGIC,
  varintSize,
  varlongSize,
  writeVarint,
  writeVarlong,
} from '@gregor/protocol';

/** Key, value or header value as the producer accepts them. */
export type RecordBytes = Uint8Array | string | null | undefined;

export interface HeaderInput {
  readonly key: string;
  readonly value: RecordBytes;
}

/** Record headers: an object (insertion order kept) or a list (duplicate keys allowed). */
export type RecordHeaders = Readonly<Record<string, Uint8Array | string | null>> | readonly HeaderInput[];

function bytesSize(value: RecordBytes): number {
  if (value === null || value === undefined) return 1; // varint -1
  const length = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.length;
  return varintSize(length) + length;
}

function writeBytes(buf: Buffer, pos: number, value: RecordBytes): number {
  if (value === null || value === undefined) {
    buf[pos] = 1; // zig-zag -1
    return pos + 1;
  }
  if (typeof value === 'string') {
    const length = Buffer.byteLength(value, 'utf8');
    pos = writeVarint(buf, pos, length);
    return pos + buf.write(value, pos, length, 'utf8');
  }
  pos = writeVarint(buf, pos, value.length);
  buf.set(value, pos);
  return pos + value.length;
}

/** Normalises headers to a list; undefined for none. */
export function headerList(headers: RecordHeaders | undefined): readonly HeaderInput[] | undefined {
  if (headers === undefined) return undefined;
  if (Array.isArray(headers)) return headers as readonly HeaderInput[];
  const list: HeaderInput[] = [];
  for (const key of Object.keys(headers)) list.push({ key, value: (headers as Record<string, Uint8Array | string | null>)[key] });
  return list;
}

function headersSize(headers: readonly HeaderInput[] | undefined): number {
  if (headers === undefined || headers.length === 0) return 1;
  let size = varintSize(headers.length);
  for (const header of headers) {
    const keyBytes = Buffer.byteLength(header.key, 'utf8');
    size += varintSize(keyBytes) + keyBytes + bytesSize(header.value);
  }
  return size;
}

/**
 * Builds one v2 record batch (KIP-98) straight into a buffer, record by record, as Kafka's
 * MemoryRecordsBuilder does: no per-record objects, the header written last. Records start at
 * byte 61; build() fills the header and the CRC-32C, or compresses the records section first.
 * Offsets are deltas from 0 (the leader assigns the real ones), timestamps deltas from the first
 * record's. Producer fields are -1: no idempotence.
 */
export class BatchBuilder {
  readonly buf: Buffer;
  readonly compression: CompressionType;
  private pos = BATCH_HEADER_BYTES;
  private recordCount = 0;
  private baseTimestamp = 0;
  private maxTimestamp = -1;

  constructor(buf: Buffer, compression: CompressionType) {
    if (buf.length < BATCH_HEADER_BYTES) throw new RangeError(`a batch buffer needs at least ${BATCH_HEADER_BYTES} bytes`);
    this.buf = buf;
    this.compression = compression;
  }

  get count(): number {
    return this.recordCount;
  }

  /** Bytes written so far, header included (uncompressed). */
  get sizeBytes(): number {
    return this.pos;
  }

  /** Bytes a record would take in a batch whose first record has the given timestamp (an upper bound for others). */
  static recordSizeBound(key: RecordBytes, value: RecordBytes, headers: readonly HeaderInput[] | undefined): number {
    // Worst-case varints for the deltas: offsetDelta 5 bytes, timestampDelta 10 bytes.
    const body = 1 + 10 + 5 + bytesSize(key) + bytesSize(value) + headersSize(headers);
    return varintSize(body) + body;
  }

  /**
   * Appends a record if it fits in the buffer; returns the bytes it took, or 0 when it does not
   * fit (the caller starts a new batch). A record always fits an empty builder whose buffer was
   * sized with recordSizeBound.
   */
  tryAppend(timestamp: number, key: RecordBytes, value: RecordBytes, headers: readonly HeaderInput[] | undefined): number {
    const offsetDelta = this.recordCount;
    if (offsetDelta === 0) this.baseTimestamp = timestamp;
    const timestampDelta = timestamp - this.baseTimestamp;
    const body =
      1 + varlongSize(timestampDelta) + varintSize(offsetDelta) + bytesSize(key) + bytesSize(value) + headersSize(headers);
    const size = varintSize(body) + body;
    const buf = this.buf;
    if (this.pos + size > buf.length) return 0;
    let pos = writeVarint(buf, this.pos, body);
    buf[pos++] = 0; // record attributes: unused
    pos = writeVarlong(buf, pos, timestampDelta);
    pos = writeVarint(buf, pos, offsetDelta);
    pos = writeBytes(buf, pos, key);
    pos = writeBytes(buf, pos, value);
    if (headers === undefined || headers.length === 0) {
      buf[pos++] = 0;
    } else {
      pos = writeVarint(buf, pos, headers.length);
      for (const header of headers) {
        pos = writeBytes(buf, pos, header.key);
        pos = writeBytes(buf, pos, header.value);
      }
    }
    this.pos = pos;
    this.recordCount++;
    if (timestamp > this.maxTimestamp) this.maxTimestamp = timestamp;
    return size;
  }

  /**
   * Finishes the batch: the returned buffer is a view of this builder's buffer when
   * uncompressed, or a new buffer holding the header and the compressed records.
   */
  build(compressionLevel?: number): Buffer {
    let batch: Buffer;
    if (this.compression === CompressionType.none || this.recordCount === 0) {
      batch = this.buf.subarray(0, this.pos);
    } else {
      const compressed = compress(this.compression, this.buf.subarray(BATCH_HEADER_BYTES, this.pos), compressionLevel);
      batch = Buffer.allocUnsafe(BATCH_HEADER_BYTES + compressed.length);
      compressed.copy(batch, BATCH_HEADER_BYTES);
    }
    batch.writeInt32BE(0, BatchOffset.baseOffset);
    batch.writeInt32BE(0, BatchOffset.baseOffset + 4);
    batch.writeInt32BE(batch.length - 12, BatchOffset.batchLength);
    batch.writeInt32BE(-1, BatchOffset.partitionLeaderEpoch);
    batch.writeInt8(CURRENT_MAGIC, BatchOffset.magic);
    batch.writeInt16BE(this.recordCount === 0 ? 0 : this.compression, BatchOffset.attributes);
    batch.writeInt32BE(Math.max(0, this.recordCount - 1), BatchOffset.lastOffsetDelta);
    batch.writeBigInt64BE(BigInt(this.recordCount === 0 ? -1 : this.baseTimestamp), BatchOffset.baseTimestamp);
    batch.writeBigInt64BE(BigInt(this.maxTimestamp), BatchOffset.maxTimestamp);
    batch.writeInt32BE(-1, BatchOffset.producerId);
    batch.writeInt32BE(-1, BatchOffset.producerId + 4);
    batch.writeInt16BE(-1, BatchOffset.producerEpoch);
    batch.writeInt32BE(-1, BatchOffset.baseSequence);
    batch.writeInt32BE(this.recordCount, BatchOffset.recordsCount);
    batch.writeUInt32BE(crc32c(batch, BatchOffset.attributes), BatchOffset.crc);
    return batch;
  }
}
