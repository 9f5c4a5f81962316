import {
  Attributes,
  BATCH_HEADER_BYTES,
  BATCH_LOG_OVERHEAD_BYTES,
  BatchOffset,
  batchSizeAt,
  compress,
  CompressionType,
  computeBatchCrc,
  decompress,
} from '@gregor/protocol';

/** compression.type topic config values to batch codecs ('producer' keeps whatever came). */
const TARGET: Readonly<Record<string, number | undefined>> = {
  uncompressed: CompressionType.none,
  gzip: CompressionType.gzip,
  snappy: CompressionType.snappy,
  lz4: CompressionType.lz4,
  zstd: CompressionType.zstd,
};

/**
 * Applies a topic's compression.type to produced batches. With 'producer' (the default) or when
 * every batch already uses the topic's codec the input is returned as is: the common path copies
 * nothing. Otherwise each batch's records section (the bytes after the 61-byte header) is
 * decompressed and compressed again with the topic's codec; the header keeps every field except
 * the codec bits, batchLength and the CRC. Records themselves are never parsed.
 */
export function applyTopicCompression(batches: Buffer, compressionType: string): Buffer {
  const target = TARGET[compressionType];
  if (target === undefined) return batches;
  let pos = 0;
  let matches = true;
  while (pos < batches.length) {
    const codec = batches.readInt16BE(pos + BatchOffset.attributes) & Attributes.compressionMask;
    const isControl = (batches.readInt16BE(pos + BatchOffset.attributes) & Attributes.control) !== 0;
    if (codec !== target && !isControl) matches = false;
    pos += batchSizeAt(batches, pos);
  }
  if (matches) return batches;

  const out: Buffer[] = [];
  pos = 0;
  while (pos < batches.length) {
    const size = batchSizeAt(batches, pos);
    const batch = batches.subarray(pos, pos + size);
    pos += size;
    const attributes = batch.readInt16BE(BatchOffset.attributes);
    const codec = attributes & Attributes.compressionMask;
    if (codec === target || (attributes & Attributes.control) !== 0) {
      out.push(batch);
      continue;
    }
    const body = batch.subarray(BATCH_HEADER_BYTES);
    const plain = codec === CompressionType.none ? body : decompress(codec, body);
    const packed = target === CompressionType.none ? plain : compress(target as CompressionType, plain);
    const rebuilt = Buffer.allocUnsafe(BATCH_HEADER_BYTES + packed.length);
    batch.copy(rebuilt, 0, 0, BATCH_HEADER_BYTES);
    packed.copy(rebuilt, BATCH_HEADER_BYTES);
    rebuilt.writeInt32BE(rebuilt.length - BATCH_LOG_OVERHEAD_BYTES, BatchOffset.batchLength);
    rebuilt.writeInt16BE((attributes & ~Attributes.compressionMask) | target, BatchOffset.attributes);
    rebuilt.writeUInt32BE(computeBatchCrc(rebuilt, 0), BatchOffset.crc);
    out.push(rebuilt);
  }
  return Buffer.concat(out);
}
