/**
 * Walking the batches of a segment file. Two walks:
 * - `HeaderScanner` reads only batch headers, trusting the file (reads, timestamp lookups,
 *   truncation): the bytes were validated on append or by recovery.
 * - `validateSegment` is recovery: it reads every byte and checks each batch's framing and
 *   CRC-32C, stopping at the first torn or corrupt batch (Kafka's LogSegment.recover).
 */
import { BATCH_HEADER_BYTES, BATCH_LOG_OVERHEAD_BYTES, BatchOffset, CURRENT_MAGIC, crc32cUpdate } from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';
import { readFully } from '../io.js';
import { RELATIVE_OFFSET_MAX } from '../limits.js';

/** What the log needs to know about one batch: its place and header fields. */
export interface BatchInfo {
  /** Byte position of the batch in its segment file. */
  position: number;
  sizeBytes: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestampMs: number;
  partitionLeaderEpoch: number;
  recordsCount: number;
}

/** Reads the header fields of the batch at `buf[at]` (the caller checked 61 bytes are there). */
export function batchInfoAt(buf: Buffer, at: number, position: number): BatchInfo {
  const baseOffset = Number(buf.readBigInt64BE(at + BatchOffset.baseOffset));
  return {
    position,
    sizeBytes: buf.readInt32BE(at + BatchOffset.batchLength) + BATCH_LOG_OVERHEAD_BYTES,
    baseOffset,
    lastOffset: baseOffset + buf.readInt32BE(at + BatchOffset.lastOffsetDelta),
    maxTimestampMs: Number(buf.readBigInt64BE(at + BatchOffset.maxTimestamp)),
    partitionLeaderEpoch: buf.readInt32BE(at + BatchOffset.partitionLeaderEpoch),
    recordsCount: buf.readInt32BE(at + BatchOffset.recordsCount),
  };
}

export class HeaderScanner {
  private windowPosition = 0;
  private windowBytes = 0;
  private windowFd = -1;

  constructor(private readonly scratch: Buffer) {
    if (scratch.length < BATCH_HEADER_BYTES) throw new RangeError('header scan buffer smaller than a batch header');
  }

  /**
   * Visits the batches from `position` (a batch boundary) up to `endPosition`; stops early when
   * `visit` returns false (it also gets the raw header: `header[at, at + 61)`, valid during the
   * call). Throws LogCorruptionError when a header does not frame a batch
   * inside the range: trusted bytes that fail that are damage recovery did not see.
   */
  scan(fd: number, position: number, endPosition: number, visit: (batch: BatchInfo, header: Buffer, at: number) => boolean): void {
    this.windowFd = -1; // a window is valid for one scan only: files change between scans
    let p = position;
    while (p < endPosition) {
      if (endPosition - p < BATCH_HEADER_BYTES) throw new LogCorruptionError(`partial batch header at position ${p} (segment ends at ${endPosition})`);
      const at = this.ensure(fd, p, endPosition);
      const batch = batchInfoAt(this.scratch, at, p);
      if (batch.sizeBytes < BATCH_HEADER_BYTES || p + batch.sizeBytes > endPosition) {
        throw new LogCorruptionError(`batch at position ${p} claims ${batch.sizeBytes} bytes (segment ends at ${endPosition})`);
      }
      // `header[at, at + 61)` holds the batch header (valid during the call only).
      if (!visit(batch, this.scratch, at)) return;
      p += batch.sizeBytes;
    }
  }

  /** Makes the header at `p` available in the scratch buffer; returns its index there. */
  private ensure(fd: number, p: number, endPosition: number): number {
    if (fd === this.windowFd && p >= this.windowPosition && p + BATCH_HEADER_BYTES <= this.windowPosition + this.windowBytes) {
      return p - this.windowPosition;
    }
    const want = Math.min(this.scratch.length, endPosition - p);
    const got = readFully(fd, this.scratch, 0, want, p);
    if (got < BATCH_HEADER_BYTES) throw new LogCorruptionError(`file ends inside the batch header at position ${p}`);
    this.windowFd = fd;
    this.windowPosition = p;
    this.windowBytes = got;
    return 0;
  }
}

export interface SegmentValidation {
  /** Bytes of whole valid batches from the start of the file. */
  validBytes: number;
  /** Offset after the last valid batch (the segment's base offset when none is valid). */
  nextOffset: number;
  /** Why validation stopped before the end of the file, or null when every byte was valid. */
  problem: string | null;
}

/**
 * Recovery of one segment: reads the file sequentially through `buffer`, checking for each
 * batch that the header frames it inside the file (batchLength >= 49, so the batch holds its
 * 61-byte header), magic is 2, its base offset continues the previous batch (the first one
 * starts at the segment's base), its leader epoch is at least `epochMin` and the previous
 * batch's, its offsets fit the int32 relative range, and the CRC-32C over attributes..end
 * matches. `onBatch` sees each valid
 * batch in order. Batches larger than `buffer` are checked in streamed pieces.
 *
 * Compaction removes records, so a compacted log has offset gaps. A batch whose base offset is
 * at most `gapEndOffsetMax` may start after a gap (base offset above the expected one); beyond
 * it, offsets must continue exactly. The log persists that bound before any gap reaches a
 * segment (see PartitionLog), so the check stays exact for data that was never compacted.
 */
export function validateSegment(
  fd: number,
  fileBytes: number,
  baseOffset: number,
  buffer: Buffer,
  epochMin: number,
  gapEndOffsetMax: number,
  onBatch: (batch: BatchInfo) => void,
): SegmentValidation {
  let windowPosition = 0;
  let windowBytes = 0;
  /** Makes file bytes [p, p + n) available (n <= buffer.length); returns their index or -1 at end of file. */
  const ensure = (p: number, n: number): number => {
    if (p >= windowPosition && p + n <= windowPosition + windowBytes) return p - windowPosition;
    const keepFrom = p - windowPosition;
    const keep = keepFrom >= 0 && keepFrom < windowBytes ? windowBytes - keepFrom : 0;
    if (keep > 0) buffer.copyWithin(0, keepFrom, windowBytes);
    windowPosition = p;
    windowBytes = keep;
    const want = Math.min(buffer.length - keep, fileBytes - (p + keep));
    if (want > 0) windowBytes += readFully(fd, buffer, keep, want, p + keep);
    return windowBytes >= n ? 0 : -1;
  };

  let p = 0;
  let nextOffset = baseOffset;
  const stop = (problem: string): SegmentValidation => ({ validBytes: p, nextOffset, problem });
  while (p < fileBytes) {
    const remaining = fileBytes - p;
    if (remaining < BATCH_LOG_OVERHEAD_BYTES) return stop(`torn batch: ${remaining} trailing bytes`);
    let at = ensure(p, BATCH_LOG_OVERHEAD_BYTES);
    if (at < 0) return stop('file shorter than its size');
    const sizeBytes = buffer.readInt32BE(at + BatchOffset.batchLength) + BATCH_LOG_OVERHEAD_BYTES;
    if (sizeBytes < BATCH_HEADER_BYTES) return stop(`batch length ${sizeBytes - BATCH_LOG_OVERHEAD_BYTES} below the v2 header`);
    if (sizeBytes > remaining) return stop(`torn batch: ${sizeBytes} bytes claimed, ${remaining} left`);
    at = ensure(p, Math.min(sizeBytes, buffer.length));
    if (at < 0) return stop('file shorter than its size');
    const magic = buffer.readInt8(at + BatchOffset.magic);
    if (magic !== CURRENT_MAGIC) return stop(`magic ${magic}`);
    const batch = batchInfoAt(buffer, at, p);
    // baseOffset lies outside the CRC (so the leader can assign it in place); offsets in a
    // segment are contiguous from its base except where compaction left a gap, so any other
    // value is damage.
    if (!continuesOffsets(batch.baseOffset, nextOffset, gapEndOffsetMax)) return stop(`base offset ${batch.baseOffset}, expected ${nextOffset}`);
    // partitionLeaderEpoch lies outside the CRC too; epochs never decrease along a log.
    if (batch.partitionLeaderEpoch < epochMin) return stop(`leader epoch ${batch.partitionLeaderEpoch} below ${epochMin}`);
    if (batch.lastOffset < batch.baseOffset) return stop(`negative lastOffsetDelta ${batch.lastOffset - batch.baseOffset}`);
    if (batch.lastOffset - baseOffset > RELATIVE_OFFSET_MAX) return stop(`offset ${batch.lastOffset} beyond the segment's int32 range`);
    const storedCrc = buffer.readUInt32BE(at + BatchOffset.crc);
    let crc: number;
    if (sizeBytes <= buffer.length) {
      crc = crc32cUpdate(0, buffer, at + BatchOffset.attributes, at + sizeBytes);
    } else {
      crc = crc32cUpdate(0, buffer, at + BatchOffset.attributes, windowBytes);
      let q = windowPosition + windowBytes;
      const end = p + sizeBytes;
      while (q < end) {
        const n = readFully(fd, buffer, 0, Math.min(buffer.length, end - q), q);
        if (n === 0) return stop('file shorter than its size');
        crc = crc32cUpdate(crc, buffer, 0, n);
        q += n;
      }
      windowPosition = end;
      windowBytes = 0;
    }
    if (crc !== storedCrc) return stop(`CRC mismatch in batch at offset ${batch.baseOffset}`);
    onBatch(batch);
    epochMin = batch.partitionLeaderEpoch;
    p += sizeBytes;
    nextOffset = batch.lastOffset + 1;
  }
  return { validBytes: p, nextOffset, problem: null };
}

/**
 * Whether a batch (or segment) starting at `baseOffset` may follow data that ended at
 * `expectedOffset`: exactly there, or after a gap that compaction may have left (a base offset
 * above the expected one, at most `gapEndOffsetMax`).
 */
export function continuesOffsets(baseOffset: number, expectedOffset: number, gapEndOffsetMax: number): boolean {
  return baseOffset === expectedOffset || (baseOffset > expectedOffset && baseOffset <= gapEndOffsetMax);
}
