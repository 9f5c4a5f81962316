/**
 * One segment of a partition log: `<baseOffset>.log` holding v2 record batches exactly as on
 * the wire, plus its sparse `.index` and `.timeindex`.
 *
 * States: active (the last segment; takes appends; its indexes live in memory and reach disk
 * when it is sealed or the log closes) -> sealed (read-only; index files are current on disk
 * and loaded on demand) -> deleted (files renamed `*.deleted`, fd closed once no fsync is in
 * flight). Truncation can turn a sealed segment back into the active one.
 *
 * Invariants: `sizeBytes` is the length of whole valid batches; batch offsets strictly increase
 * from `baseOffset`; every index entry points at a batch boundary below `sizeBytes`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LogCorruptionError } from '../errors.js';
import { CorruptIndexError } from '../index/corrupt-index-error.js';
import { OFFSET_INDEX_ENTRY_BYTES, OffsetIndex, type IndexBounds } from '../index/offset-index.js';
import { NO_TIMESTAMP, TIME_INDEX_ENTRY_BYTES, TimeIndex } from '../index/time-index.js';
import { fdatasync, readFully, unlinkIfExists } from '../io.js';
import { DELETED_FILE_SUFFIX, INDEX_FILE_SUFFIX, LOG_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, segmentFileStem } from '../names.js';
import { validateSegment, type BatchInfo, type HeaderScanner, type SegmentValidation } from './batch-scan.js';

export interface SegmentIndexes {
  offsetIndex: OffsetIndex;
  timeIndex: TimeIndex;
}

export class LogSegment {
  readonly logPath: string;
  readonly indexPath: string;
  readonly timeIndexPath: string;
  /** Bytes of whole batches in the log file. */
  sizeBytes = 0;
  /** Offset after the last batch (exact for the active segment; for a sealed one, an upper bound). */
  nextOffset: number;
  /** Largest batch maxTimestamp, and the base offset of the batch holding it (NO_TIMESTAMP when none). */
  maxTimestampMs = NO_TIMESTAMP;
  offsetOfMaxTimestamp: number;
  /** maxTimestamp of the first batch (segment.ms counts from it), null when unknown or empty. */
  firstBatchTimestampMs: number | null = null;
  /** When this process created or opened the segment: segment.ms falls back to it (Kafka's `created`). */
  readonly createdMs: number;
  /** Last append (or file mtime at open): retention.ms falls back to it when batches carry no timestamp. */
  lastModifiedMs: number;
  /** Bytes appended since the last index entry (index.interval.bytes spacing). */
  bytesSinceLastIndexEntry = 0;
  isSealed = false;
  /** Bytes the file was extended to by preallocation (0 when not preallocated). */
  private preallocatedBytes = 0;
  private indexes: SegmentIndexes | null = null;
  /** Index files were rewritten and await an fsync. */
  private indexFilesUnsynced = false;
  private indexWriteGeneration = 0;
  private syncsInFlight = 0;
  private isCloseRequested = false;
  private isFdClosed = false;

  private constructor(
    readonly dir: string,
    readonly baseOffset: number,
    readonly fd: number,
    nowMs: number,
  ) {
    const stem = path.join(dir, segmentFileStem(baseOffset));
    this.logPath = stem + LOG_FILE_SUFFIX;
    this.indexPath = stem + INDEX_FILE_SUFFIX;
    this.timeIndexPath = stem + TIME_INDEX_FILE_SUFFIX;
    this.nextOffset = baseOffset;
    this.offsetOfMaxTimestamp = baseOffset;
    this.createdMs = nowMs;
    this.lastModifiedMs = nowMs;
  }

  /** Creates an empty active segment (replacing stale files of the same name). */
  static create(dir: string, baseOffset: number, nowMs: number, indexMaxEntries: IndexMaxEntries, preallocateBytes: number): LogSegment {
    const stem = path.join(dir, segmentFileStem(baseOffset));
    unlinkIfExists(stem + INDEX_FILE_SUFFIX);
    unlinkIfExists(stem + TIME_INDEX_FILE_SUFFIX);
    const fd = fs.openSync(stem + LOG_FILE_SUFFIX, 'w+');
    const segment = new LogSegment(dir, baseOffset, fd, nowMs);
    segment.indexes = newIndexes(baseOffset, indexMaxEntries);
    if (preallocateBytes > 0) {
      fs.ftruncateSync(fd, preallocateBytes);
      segment.preallocatedBytes = preallocateBytes;
    }
    return segment;
  }

  /** Opens an existing segment file; its size and indexes are established by the caller (check or recover). */
  static openExisting(dir: string, baseOffset: number, nowMs: number): LogSegment {
    const fd = fs.openSync(path.join(dir, segmentFileStem(baseOffset) + LOG_FILE_SUFFIX), 'r+');
    const segment = new LogSegment(dir, baseOffset, fd, nowMs);
    const stat = fs.fstatSync(fd);
    segment.sizeBytes = stat.size;
    segment.lastModifiedMs = stat.mtimeMs;
    return segment;
  }

  /**
   * Adopts a segment the cleaner wrote and swapped in under this segment's final names: its
   * bookkeeping and in-memory indexes come from the cleaner, which built them while writing
   * (their files are written and fsynced). The segment is sealed.
   */
  static openCleaned(
    dir: string,
    nowMs: number,
    cleaned: CleanedSegmentState,
  ): LogSegment {
    const segment = LogSegment.openExisting(dir, cleaned.baseOffset, nowMs);
    if (segment.sizeBytes !== cleaned.sizeBytes) {
      segment.close();
      throw new Error(`cleaned segment ${cleaned.baseOffset} has ${segment.sizeBytes} bytes on disk, ${cleaned.sizeBytes} written`);
    }
    segment.nextOffset = cleaned.nextOffset;
    segment.maxTimestampMs = cleaned.maxTimestampMs;
    segment.offsetOfMaxTimestamp = cleaned.offsetOfMaxTimestamp;
    segment.firstBatchTimestampMs = cleaned.firstBatchTimestampMs;
    segment.indexes = { offsetIndex: cleaned.offsetIndex, timeIndex: cleaned.timeIndex };
    segment.isSealed = true;
    return segment;
  }

  get hasLoadedIndexes(): boolean {
    return this.indexes !== null;
  }

  /** The in-memory indexes; the caller loads them first (see PartitionLog.indexesOf). */
  loadedIndexes(): SegmentIndexes {
    if (this.indexes === null) throw new Error(`indexes of segment ${this.baseOffset} not loaded`);
    return this.indexes;
  }

  /**
   * Open-time sanity check of the index files against the log (Kafka's LogSegment.sanityCheck):
   * both exist, sizes are whole entries, last entries lie inside the segment. Sets the segment's
   * largest timestamp from the time index's last entry. Throws CorruptIndexError.
   */
  checkIndexFiles(bounds: IndexBounds): void {
    const readTail = (file: string, entryBytes: number): { fileBytes: number; tail: Buffer } => {
      let fd: number;
      try {
        fd = fs.openSync(file, 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CorruptIndexError(`missing ${path.basename(file)}`);
        throw err;
      }
      try {
        const fileBytes = fs.fstatSync(fd).size;
        const tail = Buffer.alloc(entryBytes);
        if (fileBytes >= entryBytes && fileBytes % entryBytes === 0) readFully(fd, tail, 0, entryBytes, fileBytes - entryBytes);
        return { fileBytes, tail };
      } finally {
        fs.closeSync(fd);
      }
    };
    const offsetTail = readTail(this.indexPath, OFFSET_INDEX_ENTRY_BYTES);
    OffsetIndex.checkTail(offsetTail.fileBytes, offsetTail.tail, this.baseOffset, bounds);
    const timeTail = readTail(this.timeIndexPath, TIME_INDEX_ENTRY_BYTES);
    const last = TimeIndex.checkTail(timeTail.fileBytes, timeTail.tail, this.baseOffset, bounds);
    this.maxTimestampMs = last.timestampMs;
    this.offsetOfMaxTimestamp = last.offset;
  }

  /** Reads and fully checks both index files (throws CorruptIndexError, or ENOENT as CorruptIndexError). */
  loadIndexFiles(bounds: IndexBounds, indexMaxEntries: IndexMaxEntries): void {
    const read = (file: string): Buffer => {
      try {
        return fs.readFileSync(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CorruptIndexError(`missing ${path.basename(file)}`);
        throw err;
      }
    };
    const offsetIndex = OffsetIndex.parse(read(this.indexPath), this.baseOffset, indexMaxEntries.offsetIndex, bounds);
    const timeIndex = TimeIndex.parse(read(this.timeIndexPath), this.baseOffset, indexMaxEntries.timeIndex, bounds);
    this.indexes = { offsetIndex, timeIndex };
  }

  /** Drops a sealed segment's in-memory indexes (their files are current). */
  unloadIndexes(): void {
    if (!this.isSealed) throw new Error(`unloading the active segment's indexes (${this.baseOffset})`);
    this.indexes = null;
  }

  /**
   * Recovery: validates every batch from the start of the file, rebuilds both indexes and the
   * segment's bookkeeping from the valid batches, and (when `truncate`) cuts the file after the
   * last valid batch. `onBatch` sees each valid batch (the log feeds its leader epoch cache).
   * Batches based at or below `gapEndOffsetMax` may follow an offset gap (compaction).
   */
  recover(
    buffer: Buffer,
    indexIntervalBytes: number,
    indexMaxEntries: IndexMaxEntries,
    truncate: boolean,
    epochMin: number,
    gapEndOffsetMax: number,
    onBatch: (batch: BatchInfo) => void,
  ): SegmentValidation {
    const fileBytes = fs.fstatSync(this.fd).size;
    this.indexes = newIndexes(this.baseOffset, indexMaxEntries);
    this.resetBookkeeping();
    const result = validateSegment(this.fd, fileBytes, this.baseOffset, buffer, epochMin, gapEndOffsetMax, (batch) => {
      this.indexBatch(batch, indexIntervalBytes);
      onBatch(batch);
    });
    if (result.problem !== null && truncate) fs.ftruncateSync(this.fd, result.validBytes);
    this.sizeBytes = result.validBytes;
    this.nextOffset = result.nextOffset;
    this.preallocatedBytes = 0;
    return result;
  }

  /**
   * Establishes the active segment's next offset and bookkeeping after a clean open: walks the
   * headers after the last offset-index entry (at most one index interval plus a batch).
   */
  resumeActive(scanner: HeaderScanner): void {
    const { offsetIndex, timeIndex } = this.loadedIndexes();
    const last = offsetIndex.lastEntry();
    const lastTime = timeIndex.lastEntry();
    this.maxTimestampMs = lastTime.timestampMs;
    this.offsetOfMaxTimestamp = lastTime.offset;
    this.nextOffset = this.baseOffset;
    scanner.scan(this.fd, last.position, this.sizeBytes, (batch) => {
      this.nextOffset = batch.lastOffset + 1;
      if (batch.maxTimestampMs > this.maxTimestampMs) {
        this.maxTimestampMs = batch.maxTimestampMs;
        this.offsetOfMaxTimestamp = batch.baseOffset;
      }
      return true;
    });
    this.bytesSinceLastIndexEntry = this.sizeBytes - last.position;
    this.firstBatchTimestampMs = null;
    if (this.sizeBytes > 0) {
      scanner.scan(this.fd, 0, this.sizeBytes, (batch) => {
        this.firstBatchTimestampMs = batch.maxTimestampMs;
        return false;
      });
    }
  }

  /**
   * Records an appended batch in the bookkeeping and indexes (Kafka's LogSegment.append):
   * the max timestamp first, then an index entry if more than index.interval.bytes were
   * appended since the last one. The caller writes the bytes.
   */
  indexBatch(batch: BatchInfo, indexIntervalBytes: number): void {
    const { offsetIndex, timeIndex } = this.loadedIndexes();
    if (batch.position === 0) this.firstBatchTimestampMs = batch.maxTimestampMs;
    if (batch.maxTimestampMs > this.maxTimestampMs) {
      this.maxTimestampMs = batch.maxTimestampMs;
      this.offsetOfMaxTimestamp = batch.baseOffset;
    }
    if (this.bytesSinceLastIndexEntry > indexIntervalBytes) {
      offsetIndex.append(batch.baseOffset, batch.position);
      timeIndex.maybeAppend(this.maxTimestampMs, this.offsetOfMaxTimestamp);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += batch.sizeBytes;
    this.sizeBytes = batch.position + batch.sizeBytes;
    this.nextOffset = batch.lastOffset + 1;
  }

  /** Finds the first batch whose last offset is >= `offset` (the batch holding it, or the next). */
  locate(offset: number, scanner: HeaderScanner): BatchInfo | null {
    const start = this.loadedIndexes().offsetIndex.lookup(offset).position;
    let found: BatchInfo | null = null;
    scanner.scan(this.fd, start, this.sizeBytes, (batch) => {
      if (batch.lastOffset < offset) return true;
      found = batch;
      return false;
    });
    return found;
  }

  /**
   * The first batch at or after `startOffset` whose maxTimestamp >= `timestampMs` (Kafka's
   * LogSegment.findOffsetByTimestamp, at batch granularity).
   */
  findByTimestamp(timestampMs: number, startOffset: number, scanner: HeaderScanner): BatchInfo | null {
    const { offsetIndex, timeIndex } = this.loadedIndexes();
    const from = Math.max(timeIndex.lookup(timestampMs).offset, startOffset);
    let found: BatchInfo | null = null;
    scanner.scan(this.fd, offsetIndex.lookup(from).position, this.sizeBytes, (batch) => {
      if (batch.lastOffset < startOffset || batch.maxTimestampMs < timestampMs) return true;
      found = batch;
      return false;
    });
    return found;
  }

  /** Reads `length` bytes at `position` into `into` (at least `length` bytes) or a new buffer. */
  read(position: number, length: number, into?: Buffer): Buffer {
    const buf = into === undefined ? Buffer.allocUnsafe(length) : into.subarray(0, length);
    const got = readFully(this.fd, buf, 0, length, position);
    if (got !== length) throw new LogCorruptionError(`segment ${this.baseOffset} ended at ${position + got}, expected ${position + length}`);
    return buf;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (so a batch holding `offset` goes
   * whole), as Kafka's LogSegment.truncateTo, and makes this the active segment. Recomputes the
   * next offset and largest timestamp from the remaining time-index entries plus the batches
   * after the last offset-index entry. Returns the bytes removed.
   */
  truncateTo(offset: number, scanner: HeaderScanner): number {
    const first = this.locate(offset, scanner);
    const { offsetIndex, timeIndex } = this.loadedIndexes();
    const cut = first === null ? this.sizeBytes : first.position;
    const removed = this.sizeBytes - cut;
    if (removed > 0 || this.preallocatedBytes > 0) fs.ftruncateSync(this.fd, cut);
    this.preallocatedBytes = 0;
    if (first !== null) {
      offsetIndex.truncateTo(first.baseOffset);
      timeIndex.truncateTo(first.baseOffset);
    }
    this.sizeBytes = cut;
    this.isSealed = false;
    const lastEntry = offsetIndex.lastEntry();
    const lastTime = timeIndex.lastEntry();
    this.maxTimestampMs = lastTime.timestampMs;
    this.offsetOfMaxTimestamp = lastTime.offset;
    this.nextOffset = this.baseOffset;
    scanner.scan(this.fd, lastEntry.position, cut, (batch) => {
      this.nextOffset = batch.lastOffset + 1;
      if (batch.maxTimestampMs > this.maxTimestampMs) {
        this.maxTimestampMs = batch.maxTimestampMs;
        this.offsetOfMaxTimestamp = batch.baseOffset;
      }
      return true;
    });
    this.bytesSinceLastIndexEntry = cut - lastEntry.position;
    if (cut === 0) this.firstBatchTimestampMs = null;
    else if (this.firstBatchTimestampMs === null) {
      scanner.scan(this.fd, 0, cut, (batch) => {
        this.firstBatchTimestampMs = batch.maxTimestampMs;
        return false;
      });
    }
    return removed;
  }

  /**
   * Seals the segment when the log rolls past it (Kafka's onBecomeInactiveSegment): a final
   * time-index entry for the largest timestamp, preallocated space trimmed, index files
   * written (their fsync comes with the segment's). Also used at clean close for the active one.
   */
  writeIndexFiles(final: boolean): void {
    const { offsetIndex, timeIndex } = this.loadedIndexes();
    if (final) timeIndex.maybeAppend(this.maxTimestampMs, this.offsetOfMaxTimestamp, true);
    if (this.preallocatedBytes > 0) {
      fs.ftruncateSync(this.fd, this.sizeBytes);
      this.preallocatedBytes = 0;
    }
    fs.writeFileSync(this.indexPath, offsetIndex.serialize());
    fs.writeFileSync(this.timeIndexPath, timeIndex.serialize());
    this.indexFilesUnsynced = true;
    this.indexWriteGeneration++;
  }

  seal(): void {
    this.writeIndexFiles(true);
    this.isSealed = true;
  }

  /** Applies a changed segment.index.bytes to the indexes that still take entries. */
  setIndexMaxEntries(maxEntries: IndexMaxEntries): void {
    if (this.indexes === null) return;
    this.indexes.offsetIndex.maxEntries = maxEntries.offsetIndex;
    this.indexes.timeIndex.maxEntries = maxEntries.timeIndex;
  }

  get needsIndexSync(): boolean {
    return this.indexFilesUnsynced;
  }

  /** fdatasync of the log file, and of the index files when they were rewritten. */
  async sync(): Promise<void> {
    if (this.isFdClosed) return;
    this.syncsInFlight++;
    try {
      const generation = this.indexWriteGeneration;
      const indexes = this.indexFilesUnsynced;
      await fdatasync(this.fd);
      if (indexes) {
        for (const file of [this.indexPath, this.timeIndexPath]) {
          // A segment deleted meanwhile (retention, DeleteRecords) has no index files to keep.
          if (this.isCloseRequested) break;
          let fd: number;
          try {
            fd = fs.openSync(file, 'r');
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'ENOENT' && this.isCloseRequested) break;
            throw err;
          }
          try {
            await fdatasync(fd);
          } finally {
            fs.closeSync(fd);
          }
        }
        if (generation === this.indexWriteGeneration) this.indexFilesUnsynced = false;
      }
    } finally {
      this.syncsInFlight--;
      if (this.isCloseRequested && this.syncsInFlight === 0) this.closeFd();
    }
  }

  /** Synchronous fdatasync (rare paths: truncation). */
  syncNow(): void {
    fs.fdatasyncSync(this.fd);
  }

  /** Closes the file descriptor, after any fsync in flight completes. */
  close(): void {
    this.isCloseRequested = true;
    if (this.syncsInFlight === 0) this.closeFd();
  }

  /**
   * Renames the segment's files to `*.deleted` (Kafka's asynchronous delete: readers holding
   * the segment can finish; file.delete.delay.ms later the files go) and closes it.
   * Returns the renamed paths.
   */
  markDeleted(): string[] {
    const renamed: string[] = [];
    for (const file of [this.logPath, this.indexPath, this.timeIndexPath]) {
      try {
        fs.renameSync(file, file + DELETED_FILE_SUFFIX);
        renamed.push(file + DELETED_FILE_SUFFIX);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    this.indexes = null;
    this.close();
    return renamed;
  }

  private closeFd(): void {
    if (this.isFdClosed) return;
    this.isFdClosed = true;
    fs.closeSync(this.fd);
  }

  private resetBookkeeping(): void {
    this.sizeBytes = 0;
    this.nextOffset = this.baseOffset;
    this.maxTimestampMs = NO_TIMESTAMP;
    this.offsetOfMaxTimestamp = this.baseOffset;
    this.firstBatchTimestampMs = null;
    this.bytesSinceLastIndexEntry = 0;
  }
}

/** Entry capacities from segment.index.bytes (Kafka: maxIndexSize / entrySize). */
/** A segment the cleaner wrote: what the log adopts when it is swapped in (LogSegment.openCleaned). */
export interface CleanedSegmentState {
  baseOffset: number;
  sizeBytes: number;
  /** Offset after its last batch (the replaced group's end: the last batch is always kept). */
  nextOffset: number;
  maxTimestampMs: number;
  offsetOfMaxTimestamp: number;
  firstBatchTimestampMs: number | null;
  offsetIndex: OffsetIndex;
  timeIndex: TimeIndex;
}

export interface IndexMaxEntries {
  offsetIndex: number;
  timeIndex: number;
}

export function indexMaxEntriesFor(segmentIndexBytes: number): IndexMaxEntries {
  return {
    offsetIndex: Math.floor(segmentIndexBytes / OFFSET_INDEX_ENTRY_BYTES),
    timeIndex: Math.floor(segmentIndexBytes / TIME_INDEX_ENTRY_BYTES),
  };
}

function newIndexes(baseOffset: number, maxEntries: IndexMaxEntries): SegmentIndexes {
  return { offsetIndex: new OffsetIndex(baseOffset, maxEntries.offsetIndex), timeIndex: new TimeIndex(baseOffset, maxEntries.timeIndex) };
}
