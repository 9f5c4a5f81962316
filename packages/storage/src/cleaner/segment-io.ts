/**
 * The cleaner's file work: reading the batches of a sealed segment through one reused buffer,
 * and writing a cleaned segment (`<base>.log.cleaned` plus its `.index.cleaned` and
 * `.timeindex.cleaned`) with indexes built as LogSegment builds them on append.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BATCH_HEADER_BYTES, BATCH_LOG_OVERHEAD_BYTES, BatchOffset } from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';
import { OffsetIndex } from '../index/offset-index.js';
import { NO_TIMESTAMP, TimeIndex } from '../index/time-index.js';
import { fdatasync, readFully, unlinkIfExists, writeFully } from '../io.js';
import { CLEANER_READ_BYTES, CLEANER_WRITE_BYTES, HEADER_SCAN_READ_BYTES } from '../limits.js';
import { CLEANED_FILE_SUFFIX, INDEX_FILE_SUFFIX, LOG_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, segmentFileStem } from '../names.js';
import { HeaderScanner } from '../segment/batch-scan.js';
import type { CleanedSegmentState, IndexMaxEntries } from '../segment/log-segment.js';

/** Buffers one pass reuses; one set per process (passes run one at a time). */
export class CleanerBuffers {
  read = Buffer.allocUnsafe(CLEANER_READ_BYTES);
  write = Buffer.allocUnsafe(CLEANER_WRITE_BYTES);
  /** Control batches read whole while walking headers for transaction markers. */
  control = Buffer.allocUnsafe(256);
  readonly headerScanner = new HeaderScanner(Buffer.allocUnsafe(HEADER_SCAN_READ_BYTES));

  /** Drops a read buffer grown for an outsized batch (Kafka's restoreBuffers). */
  restore(): void {
    if (this.read.length > CLEANER_READ_BYTES) this.read = Buffer.allocUnsafe(CLEANER_READ_BYTES);
  }
}

/**
 * Walks whole batches of a segment file from `position` to `endPosition`. The bytes were
 * validated when appended or recovered; a header that does not frame a batch inside the range
 * is damage (LogCorruptionError).
 */
export class SegmentBatchReader {
  private windowPosition = 0;
  private windowBytes = 0;
  /** The batch returned by the last next(): `buffers.read[at, at + sizeBytes)`. */
  at = 0;
  sizeBytes = 0;

  constructor(
    private readonly fd: number,
    private position: number,
    private readonly endPosition: number,
    private readonly buffers: CleanerBuffers,
  ) {}

  /** File position of the next batch. */
  get nextPosition(): number {
    return this.position;
  }

  /** Makes the next batch available in `buffers.read` at `at`; false at the end of the range. */
  next(): boolean {
    const p = this.position;
    if (p >= this.endPosition) return false;
    if (this.endPosition - p < BATCH_HEADER_BYTES) throw new LogCorruptionError(`partial batch header at position ${p}`);
    let at = this.ensure(p, BATCH_LOG_OVERHEAD_BYTES);
    const sizeBytes = this.buffers.read.readInt32BE(at + BatchOffset.batchLength) + BATCH_LOG_OVERHEAD_BYTES;
    if (sizeBytes < BATCH_HEADER_BYTES || p + sizeBytes > this.endPosition) {
      throw new LogCorruptionError(`batch at position ${p} claims ${sizeBytes} bytes (segment ends at ${this.endPosition})`);
    }
    at = this.ensure(p, sizeBytes);
    this.at = at;
    this.sizeBytes = sizeBytes;
    this.position = p + sizeBytes;
    return true;
  }

  /** Makes file bytes [p, p + n) available in the read buffer; returns their index there. */
  private ensure(p: number, n: number): number {
    if (p >= this.windowPosition && p + n <= this.windowPosition + this.windowBytes) return p - this.windowPosition;
    if (this.buffers.read.length < n) this.buffers.read = Buffer.allocUnsafe(n);
    const want = Math.min(this.buffers.read.length, this.endPosition - p);
    const got = readFully(this.fd, this.buffers.read, 0, want, p);
    this.windowPosition = p;
    this.windowBytes = got;
    if (got < n) throw new LogCorruptionError(`segment file ends at ${p + got}, inside the batch at position ${p}`);
    return 0;
  }
}

/** The files of a cleaned segment, by suffix: `.log.cleaned`, `.index.cleaned`, `.timeindex.cleaned`. */
export function cleanedPaths(dir: string, baseOffset: number): { log: string; index: string; timeIndex: string } {
  const stem = path.join(dir, segmentFileStem(baseOffset));
  return {
    log: stem + LOG_FILE_SUFFIX + CLEANED_FILE_SUFFIX,
    index: stem + INDEX_FILE_SUFFIX + CLEANED_FILE_SUFFIX,
    timeIndex: stem + TIME_INDEX_FILE_SUFFIX + CLEANED_FILE_SUFFIX,
  };
}

/** What the log needs to adopt a cleaned segment once it is swapped in. */
export interface CleanedSegment extends CleanedSegmentState {
  batchCount: number;
}

/**
 * Writes a cleaned segment: batches are appended in order (gathered in the shared write buffer),
 * the sparse offset index gets an entry each index.interval.bytes and the time index an entry
 * per new largest timestamp, exactly as LogSegment.indexBatch does on append; a full index
 * takes no more entries (lookups then walk a little further). `finish` writes the index files,
 * fsyncs all three and gives the file the replaced segments' modification time (retention.ms
 * falls back to it, as Kafka's cleaner keeps lastModified).
 */
export class CleanedSegmentWriter {
  readonly paths: { log: string; index: string; timeIndex: string };
  private fd: number;
  private fileBytes = 0;
  private pending = 0;
  private bytesSinceLastIndexEntry = 0;
  private readonly offsetIndex: OffsetIndex;
  private readonly timeIndex: TimeIndex;
  private maxTimestampMs = NO_TIMESTAMP;
  private offsetOfMaxTimestamp: number;
  private firstBatchTimestampMs: number | null = null;
  private nextOffset: number;
  private batchCount = 0;
  private isClosed = false;

  constructor(
    readonly baseOffset: number,
    dir: string,
    private readonly indexIntervalBytes: number,
    indexMaxEntries: IndexMaxEntries,
    private readonly buffers: CleanerBuffers,
  ) {
    this.paths = cleanedPaths(dir, baseOffset);
    this.fd = fs.openSync(this.paths.log, 'w');
    this.offsetIndex = new OffsetIndex(baseOffset, indexMaxEntries.offsetIndex);
    this.timeIndex = new TimeIndex(baseOffset, indexMaxEntries.timeIndex);
    this.offsetOfMaxTimestamp = baseOffset;
    this.nextOffset = baseOffset;
  }

  get sizeBytes(): number {
    return this.fileBytes + this.pending;
  }

  /** Appends the whole batch at `buf[at, at + sizeBytes)`. */
  append(buf: Buffer, at: number, sizeBytes: number): void {
    const position = this.sizeBytes;
    const baseOffset = Number(buf.readBigInt64BE(at + BatchOffset.baseOffset));
    const lastOffset = baseOffset + buf.readInt32BE(at + BatchOffset.lastOffsetDelta);
    const maxTimestampMs = Number(buf.readBigInt64BE(at + BatchOffset.maxTimestamp));
    if (baseOffset < this.nextOffset) throw new Error(`cleaned batch at offset ${baseOffset} does not follow ${this.nextOffset}`);
    if (position === 0) this.firstBatchTimestampMs = maxTimestampMs;
    if (maxTimestampMs > this.maxTimestampMs) {
      this.maxTimestampMs = maxTimestampMs;
      this.offsetOfMaxTimestamp = baseOffset;
    }
    if (this.bytesSinceLastIndexEntry > this.indexIntervalBytes && !this.offsetIndex.isFull) {
      this.offsetIndex.append(baseOffset, position);
      this.timeIndex.maybeAppend(this.maxTimestampMs, this.offsetOfMaxTimestamp);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += sizeBytes;
    this.nextOffset = lastOffset + 1;
    this.batchCount++;

    const out = this.buffers.write;
    if (this.pending + sizeBytes > out.length) this.flushPending();
    if (sizeBytes > out.length) {
      writeFully(this.fd, buf, at, sizeBytes, this.fileBytes);
      this.fileBytes += sizeBytes;
    } else {
      buf.copy(out, this.pending, at, at + sizeBytes);
      this.pending += sizeBytes;
    }
  }

  /** Writes the index files and fsyncs the three files; the segment is then ready to swap in. */
  async finish(lastModifiedMs: number): Promise<CleanedSegment> {
    this.flushPending();
    this.timeIndex.maybeAppend(this.maxTimestampMs, this.offsetOfMaxTimestamp, true);
    fs.writeFileSync(this.paths.index, this.offsetIndex.serialize());
    fs.writeFileSync(this.paths.timeIndex, this.timeIndex.serialize());
    await fdatasync(this.fd);
    for (const file of [this.paths.index, this.paths.timeIndex]) {
      const fd = fs.openSync(file, 'r');
      try {
        await fdatasync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    this.close();
    const modified = new Date(lastModifiedMs);
    fs.utimesSync(this.paths.log, modified, modified);
    return {
      baseOffset: this.baseOffset,
      sizeBytes: this.fileBytes,
      nextOffset: this.nextOffset,
      maxTimestampMs: this.maxTimestampMs,
      offsetOfMaxTimestamp: this.offsetOfMaxTimestamp,
      firstBatchTimestampMs: this.firstBatchTimestampMs,
      offsetIndex: this.offsetIndex,
      timeIndex: this.timeIndex,
      batchCount: this.batchCount,
    };
  }

  /** Closes and removes the files (an abandoned pass). */
  discard(): void {
    this.close();
    for (const file of [this.paths.log, this.paths.index, this.paths.timeIndex]) unlinkIfExists(file);
  }

  private flushPending(): void {
    if (this.pending === 0) return;
    writeFully(this.fd, this.buffers.write, 0, this.pending, this.fileBytes);
    this.fileBytes += this.pending;
    this.pending = 0;
  }

  private close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    fs.closeSync(this.fd);
  }
}
