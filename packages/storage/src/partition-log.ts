/**
 * The log of one partition (Kafka's UnifiedLog + LocalLog + LogLoader): a directory of segments
 * named by base offset, appended to at the end, read by offset and timestamp, trimmed at the
 * front by retention and DeleteRecords, cut at the back by truncation, and recovered after a
 * crash.
 *
 * Durability follows Kafka: appends go to the page cache (synchronous positional writes);
 * fsync happens per flush.messages / flush.ms, on segment roll and on close. The recovery point
 * (every offset below it is fsynced) is checkpointed after each flush; on open without the
 * clean-shutdown marker, every segment from the one holding the recovery point onwards is
 * re-validated batch by batch, and a torn or corrupt tail is cut off. After a failed write or
 * fsync the log refuses every operation (KafkaStorageError): the page cache can no longer be
 * trusted to match the disk.
 *
 * With cleanup.policy=compact, `compact()` runs Kafka's log cleaner over the sealed segments
 * (src/cleaner): it keeps the latest record per key and swaps rewritten segments in crash-safely.
 * Compaction leaves offset gaps; recovery accepts a gap only up to a checkpointed bound.
 *
 * Lifecycle: open -> closing (close()/delete() called; waits for flushes and a cleaning pass in
 * flight) -> closed.
 * A failure (I/O error) keeps the state but makes every operation throw.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  BATCH_HEADER_BYTES,
  BatchOffset,
  CURRENT_MAGIC,
  batchSizeAt,
  lastOffsetAt,
  setBaseOffset,
  setLogAppendTime,
  setPartitionLeaderEpoch,
} from '@gregor/protocol';
import { CheckpointFormatError, parseOffsetField, readCheckpoint, writeCheckpoint, writeCheckpointSync } from './checkpoint-file.js';
import { resolveCompactionConfig, validateLogConfig, type LogConfig } from './config.js';
import { cleanableRange, isCleaningDue, type CleanableRange, type SegmentSummary } from './cleaner/cleanable-range.js';
import { CleanerBuffers, type CleanedSegment } from './cleaner/segment-io.js';
import { OffsetMapTooSmallError, cleanLog, runExclusive, sharedCleanerResources, type CleanResult, type CleanerHost } from './cleaner/log-cleaner.js';
import type { OffsetMap } from './cleaner/offset-map.js';
import { deleteHorizonOf } from './cleaner/record-filter.js';
import { commitCleaned, completeInterruptedSwaps, installSwapped, uncommitCleaned, type SwapStepObserver } from './cleaner/swap.js';
import { KafkaStorageError, LogCorruptionError, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './errors.js';
import { CorruptIndexError } from './index/corrupt-index-error.js';
import type { IndexBounds } from './index/offset-index.js';
import { NO_TIMESTAMP } from './index/time-index.js';
import { fsyncDir, fsyncDirSync, unlinkIfExists, writeFully } from './io.js';
import { LeaderEpochCache, type EpochEntry } from './leader-epoch-cache.js';
import {
  HEADER_SCAN_READ_BYTES,
  READ_COPY_THRESHOLD_BYTES,
  READ_COPY_WASTE_FRACTION,
  RECOVERY_READ_BYTES,
  RELATIVE_OFFSET_MAX,
  SEALED_INDEXES_CACHED_MAX,
} from './limits.js';
import {
  CLEANER_OFFSET_CHECKPOINT_FILE,
  CLEAN_SHUTDOWN_FILE,
  DELETED_FILE_SUFFIX,
  INDEX_FILE_SUFFIX,
  LEADER_EPOCH_CHECKPOINT_FILE,
  LOG_FILE_SUFFIX,
  LOG_START_OFFSET_CHECKPOINT_FILE,
  OFFSET_GAP_CHECKPOINT_FILE,
  RECOVERY_POINT_CHECKPOINT_FILE,
  TEMP_FILE_SUFFIX,
  TIME_INDEX_FILE_SUFFIX,
  parseSegmentFileName,
} from './names.js';
import { HeaderScanner, batchInfoAt, continuesOffsets, type BatchInfo } from './segment/batch-scan.js';
import { LogSegment, indexMaxEntriesFor, type IndexMaxEntries, type SegmentIndexes } from './segment/log-segment.js';

/** A pino logger fits. */
export interface LogLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface LogOptions {
  config: LogConfig;
  /** Injected clock (tests pass a fake). */
  nowMs: () => number;
  logger?: LogLogger;
}

export interface AppendInfo {
  /** Offset assigned to the first record. */
  firstOffset: number;
  /** Offset of the last record. */
  lastOffset: number;
  /** -1 unless LogAppendTime was applied. */
  logAppendTimeMs: number;
  batchCount: number;
  recordCount: number;
  bytes: number;
}

export interface ReadOptions {
  /** Offsets from here on are not returned (the high watermark, for consumers). */
  maxOffset?: number;
  /** Return the first batch even when it is larger than maxBytes (KIP-74). */
  minOneBatch?: boolean;
  /**
   * Where each positional read goes: a buffer of at least the given size (from the caller's
   * pool; the returned chunks are views of it). Without it, reads go to new buffers.
   */
  allocate?: (bytes: number) => Buffer;
}

export interface ReadResult {
  /** Whole batches, as stored (positional reads, no decoding). */
  chunks: Buffer[];
  bytes: number;
  /** Base offset of the first batch returned (may be below the requested offset); the requested offset when nothing was returned. */
  firstOffset: number;
  /** Offset after the last batch returned; the requested offset when nothing was returned. */
  nextOffset: number;
}

export interface TimestampAndOffset {
  offset: number;
  timestampMs: number;
  leaderEpoch: number;
}

/** Options of one compaction pass (`PartitionLog.compact`). */
export interface CompactOptions {
  /** The clock for min/max.compaction.lag.ms and delete horizons (default: the log's clock). */
  nowMs?: number;
  /**
   * Exclusive bound: the segment holding this offset and everything after it stay uncompacted
   * (Kafka cleans only below the last stable offset; pass the partition's last stable offset, or
   * its high watermark when it has no transactions). Default: the log end offset (the active
   * segment is never compacted anyway).
   */
  uncleanableOffset?: number;
  /**
   * Producer id -> offset of the producer's last data batch, for active idempotent producers
   * (Kafka's lastRecordsOfActiveProducers). Such a batch is kept, empty if all its records go,
   * so the producer's last sequence survives a rebuild of producer state from the log.
   */
  activeProducerLastOffsets?: ReadonlyMap<bigint, number>;
  /** A private offset map (tests use small ones); default: the process-wide 64 MiB map. */
  offsetMap?: OffsetMap;
  /** Crash-test hook: called after each file operation of a segment swap. */
  onSwapStep?: SwapStepObserver;
}

export type { CleanResult } from './cleaner/log-cleaner.js';

const silentLogger: LogLogger = { info() {}, warn() {}, error() {} };
const noSwapStep: SwapStepObserver = () => {};
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type LogState = 'open' | 'closing' | 'closed';

export class PartitionLog {
  private config: LogConfig;
  private indexMaxEntries: IndexMaxEntries;
  private readonly nowMs: () => number;
  private readonly logger: LogLogger;
  /** Sorted by base offset; the last one is the active segment. Never empty once open. */
  private segments: LogSegment[] = [];
  private currentLogStartOffset = 0;
  private currentRecoveryPoint = 0;
  private epochCache = new LeaderEpochCache();
  private isEpochCheckpointDirty = false;
  private isLogStartCheckpointDirty = false;
  /** Recovery point last written to the checkpoint file. */
  private persistedRecoveryPoint = -1;
  private failure: KafkaStorageError | null = null;
  private state: LogState = 'open';
  /** Flushes run one after another on this chain. */
  private flushChain: Promise<void> = Promise.resolve();
  /**
   * Bumped by every truncation. A flush that started before a truncation must not advance the
   * recovery point or overwrite the checkpoints the truncation wrote.
   */
  private truncationGeneration = 0;
  private isBackgroundFlushPending = false;
  /** Clock time of the oldest append not yet covered by a flush (flush.ms), or null. */
  private oldestUnflushedAppendMs: number | null = null;
  /** Files renamed `*.deleted`, unlinked by tick() after file.delete.delay.ms. */
  private pendingDeletions: { paths: string[]; dueMs: number }[] = [];
  private readonly scanner = new HeaderScanner(Buffer.allocUnsafe(HEADER_SCAN_READ_BYTES));
  /**
   * Batches based at or below this offset may follow an offset gap (compaction removed the
   * records in between; see validateSegment). Raised by the cleaner before it commits a segment
   * with gaps, and by follower appends of compacted data; persisted in offset-gap-checkpoint.
   */
  private gapEndOffset = 0;
  private isGapCheckpointDirty = false;
  private persistedGapEndOffset = 0;
  /** The cleaner checkpoint: the first dirty offset (everything below was compacted). */
  private cleanerCheckpoint = 0;
  private isCleanerCheckpointDirty = false;
  /** Bumped whenever sealed segments go or change (retention, DeleteRecords, truncation): an in-flight pass stops. */
  private structureGeneration = 0;
  /** The compaction pass running on this log, if any (close waits for it). */
  private activePass: Promise<unknown> | null = null;
  /** Earliest KIP-534 delete horizon in the cleaned part of the log; null until a pass or scan establishes it, Infinity for none. */
  private earliestDeleteHorizonMs: number | null = null;
  /** Sealed segments whose indexes are in memory, least recently used first. */
  private readonly loadedSealed = new Set<LogSegment>();

  private constructor(
    readonly dir: string,
    options: LogOptions,
  ) {
    this.config = { ...options.config };
    this.indexMaxEntries = indexMaxEntriesFor(this.config.segmentIndexBytes);
    this.nowMs = options.nowMs;
    this.logger = options.logger ?? silentLogger;
  }

  /** Opens (creating if needed) the log in `dir`; runs recovery unless a clean-shutdown marker is present. */
  static async open(dir: string, options: LogOptions): Promise<PartitionLog> {
    validateLogConfig(options.config);
    fs.mkdirSync(dir, { recursive: true });
    const log = new PartitionLog(dir, options);
    try {
      await log.load();
    } catch (err) {
      for (const segment of log.segments) segment.close();
      throw err;
    }
    return log;
  }

  get logStartOffset(): number {
    return this.currentLogStartOffset;
  }

  /** The next offset to assign. */
  get logEndOffset(): number {
    return this.activeSegment.nextOffset;
  }

  /** Total bytes of all segments. */
  get sizeBytes(): number {
    let total = 0;
    for (const segment of this.segments) total += segment.sizeBytes;
    return total;
  }

  /** Every offset below it is fsynced. */
  get recoveryPointOffset(): number {
    return this.currentRecoveryPoint;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset);
  }

  // ---------------------------------------------------------------------------------------------
  // Appends

  /**
   * Leader append: `batches` holds one or more complete v2 batches (validated by the caller).
   * Assigns offsets by rewriting each batch's baseOffset in place and stamps
   * partitionLeaderEpoch (both outside the CRC's range); with `logAppendTimeMs` sets maxTimestamp
   * and the timestamp-type bit and recomputes the CRC (message.timestamp.type=LogAppendTime).
   * Then appends to the page cache.
   */
  appendAsLeader(batches: Buffer, opts: { leaderEpoch: number; logAppendTimeMs?: number }): AppendInfo {
    this.assertUsable();
    this.assertEpochNotBehind(opts.leaderEpoch);
    const starts = frameBatches(batches);
    let offset = this.logEndOffset;
    for (const start of starts) {
      setBaseOffset(batches, start, offset);
      setPartitionLeaderEpoch(batches, start, opts.leaderEpoch);
      if (opts.logAppendTimeMs !== undefined) setLogAppendTime(batches, start, opts.logAppendTimeMs);
      offset = lastOffsetAt(batches, start) + 1;
    }
    return this.appendBatches(batches, starts, opts.logAppendTimeMs ?? -1);
  }

  /**
   * Follower/raft append: offsets already assigned; each batch must start at or after the
   * offset where the log (or the previous batch) ends, else UnexpectedAppendOffsetError (Kafka's
   * rule). A batch starting after that offset follows a gap a compacting leader left; the log
   * records it (gapEndOffset, checkpointed before the recovery point moves past it) so that
   * recovery accepts the gap while still demanding contiguous offsets everywhere else.
   */
  appendAsFollower(batches: Buffer): AppendInfo {
    this.assertUsable();
    const starts = frameBatches(batches);
    let expected = this.logEndOffset;
    let epoch = this.epochCache.latest?.epoch ?? 0;
    let gapEndOffset = this.gapEndOffset;
    for (const start of starts) {
      const baseOffset = Number(batches.readBigInt64BE(start + BatchOffset.baseOffset));
      if (baseOffset < expected) throw new UnexpectedAppendOffsetError(baseOffset, expected);
      if (baseOffset > expected) gapEndOffset = Math.max(gapEndOffset, baseOffset);
      const batchEpoch = batches.readInt32BE(start + BatchOffset.partitionLeaderEpoch);
      if (batchEpoch < epoch) throw new RangeError(`follower batch at offset ${baseOffset} has leader epoch ${batchEpoch}, below ${epoch}`);
      epoch = batchEpoch;
      expected = lastOffsetAt(batches, start) + 1;
    }
    const info = this.appendBatches(batches, starts, -1);
    if (gapEndOffset > this.gapEndOffset) {
      this.gapEndOffset = gapEndOffset;
      this.isGapCheckpointDirty = true;
    }
    return info;
  }

  /**
   * Leader epochs never decrease along the log (a leader of an older epoch is fenced before it
   * can append); recovery relies on it to check the epoch field the CRC does not cover.
   */
  private assertEpochNotBehind(leaderEpoch: number): void {
    const latest = this.epochCache.latest?.epoch ?? 0;
    if (!Number.isInteger(leaderEpoch) || leaderEpoch < latest || leaderEpoch > 0x7fffffff) {
      throw new RangeError(`append with leader epoch ${leaderEpoch}, the log is at epoch ${latest}`);
    }
  }

  private appendBatches(buf: Buffer, starts: number[], logAppendTimeMs: number): AppendInfo {
    const info: AppendInfo = { firstOffset: this.logEndOffset, lastOffset: this.logEndOffset - 1, logAppendTimeMs, batchCount: starts.length, recordCount: 0, bytes: 0 };
    if (starts.length === 0) return info;
    const now = this.nowMs();
    this.guardIo('append', () => {
      // Batches between rolls are contiguous both in `buf` and in the segment: one write each.
      let group: { segment: LogSegment; start: number; end: number; position: number } | null = null;
      const writeGroup = (): void => {
        if (group === null) return;
        writeFully(group.segment.fd, buf, group.start, group.end - group.start, group.position);
        group = null;
      };
      for (const [i, start] of starts.entries()) {
        const batch = batchInfoAt(buf, start, 0);
        if (i === 0) info.firstOffset = batch.baseOffset;
        if (this.shouldRoll(this.activeSegment, batch, now)) {
          writeGroup();
          this.roll(batch.baseOffset, now);
        }
        const segment = this.activeSegment;
        group ??= { segment, start, end: start, position: segment.sizeBytes };
        group.end = start + batch.sizeBytes;
        batch.position = segment.sizeBytes;
        segment.indexBatch(batch, this.config.indexIntervalBytes);
        segment.lastModifiedMs = now;
        if (this.epochCache.assign(batch.partitionLeaderEpoch, batch.baseOffset)) this.isEpochCheckpointDirty = true;
        info.lastOffset = batch.lastOffset;
        info.recordCount += batch.recordsCount;
        info.bytes += batch.sizeBytes;
      }
      writeGroup();
    });
    this.oldestUnflushedAppendMs ??= now;
    this.maybeFlushInBackground();
    return info;
  }

  /**
   * Kafka's LogSegment.shouldRoll: the batch would overflow segment.bytes; segment.ms passed
   * since the first batch's timestamp (measured with the incoming batch's timestamp, or since
   * the segment was created when batches carry none); an index is full; or the batch's offsets
   * no longer fit the segment's int32 relative range. Never rolls an empty segment.
   */
  private shouldRoll(segment: LogSegment, batch: BatchInfo, now: number): boolean {
    if (segment.sizeBytes === 0) return false;
    if (segment.sizeBytes + batch.sizeBytes > this.config.segmentBytes) return true;
    const first = segment.firstBatchTimestampMs;
    const waitedMs = first !== null && first >= 0 ? batch.maxTimestampMs - first : now - segment.createdMs;
    if (waitedMs > this.config.segmentMs) return true;
    const { offsetIndex, timeIndex } = segment.loadedIndexes();
    if (offsetIndex.isFull || timeIndex.isFull) return true;
    return batch.lastOffset - segment.baseOffset > RELATIVE_OFFSET_MAX;
  }

  /** Seals the active segment, starts a new one at `baseOffset`, and fsyncs the sealed one in the background. */
  private roll(baseOffset: number, now: number): void {
    const sealed = this.activeSegment;
    sealed.seal();
    this.touchSealed(sealed);
    const preallocateBytes = this.config.preallocate === true ? this.config.segmentBytes : 0;
    this.segments.push(LogSegment.create(this.dir, baseOffset, now, this.indexMaxEntries, preallocateBytes));
    this.logger.info({ dir: this.dir, sealedBaseOffset: sealed.baseOffset, sealedBytes: sealed.sizeBytes, baseOffset }, 'rolled log segment');
    // Kafka flushes the sealed segment asynchronously right after a roll.
    this.flushUpTo(baseOffset).catch(() => {});
  }

  // ---------------------------------------------------------------------------------------------
  // Reads

  /**
   * Reads whole batches starting from the batch that contains `offset`, up to `maxBytes` (but at
   * least one whole batch when minOneBatch), never including a batch that reaches `maxOffset`
   * (exclusive upper bound, e.g. the high watermark). Continues across segments.
   * Throws OffsetOutOfRangeError when offset < logStartOffset or offset > logEndOffset.
   */
  read(offset: number, maxBytes: number, opts: ReadOptions = {}): ReadResult {
    this.assertUsable();
    if (offset < this.currentLogStartOffset || offset > this.logEndOffset) {
      throw new OffsetOutOfRangeError(`offset ${offset} outside [${this.currentLogStartOffset}, ${this.logEndOffset}]`);
    }
    const maxOffset = Math.min(opts.maxOffset ?? Infinity, this.logEndOffset);
    const result: ReadResult = { chunks: [], bytes: 0, firstOffset: offset, nextOffset: offset };
    return this.guardIo('read', () => {
      let target = offset;
      for (let i = this.segmentIndexFor(offset); i < this.segments.length && target < maxOffset; i++) {
        const segment = this.segments[i]!;
        this.indexesOf(i);
        const first = segment.locate(target, this.scanner);
        if (first === null) continue;
        if (first.lastOffset >= maxOffset) break;
        const room = maxBytes - result.bytes;
        if (first.sizeBytes > room) {
          if (result.chunks.length === 0 && opts.minOneBatch === true) {
            this.pushChunk(result, segment.read(first.position, first.sizeBytes, opts.allocate?.(first.sizeBytes)), first.baseOffset, first.lastOffset + 1);
          }
          break;
        }
        const length = Math.min(segment.sizeBytes - first.position, room);
        const into = opts.allocate?.(length);
        const buf = segment.read(first.position, length, into);
        const { usedBytes, lastOffset } = wholeBatchesIn(buf, maxOffset);
        // A mostly unused new buffer is not kept alive by a small view of it (a caller's buffer goes back to its pool).
        const chunk =
          into === undefined && length > READ_COPY_THRESHOLD_BYTES && usedBytes < length * READ_COPY_WASTE_FRACTION ? Buffer.from(buf.subarray(0, usedBytes)) : buf.subarray(0, usedBytes);
        this.pushChunk(result, chunk, first.baseOffset, lastOffset + 1);
        target = lastOffset + 1;
        // Stopped inside the segment (maxBytes, maxOffset): done. Reached its end: go on to the next.
        if (first.position + usedBytes < segment.sizeBytes) break;
      }
      return result;
    });
  }

  private pushChunk(result: ReadResult, chunk: Buffer, firstOffset: number, nextOffset: number): void {
    if (result.chunks.length === 0) result.firstOffset = firstOffset;
    result.chunks.push(chunk);
    result.bytes += chunk.length;
    result.nextOffset = nextOffset;
  }

  /**
   * ListOffsets by timestamp (KIP-79): the first batch at or after logStartOffset whose
   * maxTimestamp >= `timestampMs`; answers its base offset (or logStartOffset, if that is
   * inside it), its maxTimestamp and its leader epoch. Batch granularity: records are not
   * decoded, so the offset may precede the first matching record within the batch.
   */
  offsetForTimestamp(timestampMs: number): TimestampAndOffset | null {
    this.assertUsable();
    return this.guardIo('offsetForTimestamp', () => {
      for (let i = this.segmentIndexFor(this.currentLogStartOffset); i < this.segments.length; i++) {
        const segment = this.segments[i]!;
        if (segment.maxTimestampMs < timestampMs) continue;
        this.indexesOf(i);
        const batch = segment.findByTimestamp(timestampMs, this.currentLogStartOffset, this.scanner);
        if (batch !== null) {
          return { offset: Math.max(batch.baseOffset, this.currentLogStartOffset), timestampMs: batch.maxTimestampMs, leaderEpoch: batch.partitionLeaderEpoch };
        }
      }
      return null;
    });
  }

  /**
   * ListOffsets MAX_TIMESTAMP (KIP-734): the batch holding the largest timestamp (the earliest
   * such batch on ties); answers its base offset, that timestamp and its leader epoch. Null when
   * no batch carries a timestamp.
   */
  maxTimestampOffset(): TimestampAndOffset | null {
    this.assertUsable();
    return this.guardIo('maxTimestampOffset', () => {
      let best = -1;
      for (let i = this.segmentIndexFor(this.currentLogStartOffset); i < this.segments.length; i++) {
        if (this.segments[i]!.maxTimestampMs > (best < 0 ? NO_TIMESTAMP : this.segments[best]!.maxTimestampMs)) best = i;
      }
      if (best < 0) return null;
      const segment = this.segments[best]!;
      this.indexesOf(best);
      const batch = segment.locate(segment.offsetOfMaxTimestamp, this.scanner);
      if (batch === null) throw new LogCorruptionError(`segment ${segment.baseOffset} has no batch at its max-timestamp offset ${segment.offsetOfMaxTimestamp}`);
      return { offset: Math.max(batch.baseOffset, this.currentLogStartOffset), timestampMs: segment.maxTimestampMs, leaderEpoch: batch.partitionLeaderEpoch };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Leader epochs

  /** The leader epoch cache: each epoch and the offset of its first batch, oldest first. */
  leaderEpochs(): EpochEntry[] {
    return this.epochCache.list();
  }

  /** OffsetsForLeaderEpoch (KIP-101, KIP-279); see LeaderEpochCache.endOffsetFor. */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } {
    return this.epochCache.endOffsetFor(epoch, this.logEndOffset);
  }

  // ---------------------------------------------------------------------------------------------
  // Compaction (cleanup.policy=compact; see src/cleaner)

  /** The cleaner checkpoint: the first offset not yet compacted (everything below was). */
  get firstDirtyOffset(): number {
    return Math.max(this.cleanerCheckpoint, this.currentLogStartOffset);
  }

  /**
   * Kafka's cleanable ratio (the kafka.log:type=LogCleanerManager metrics and the cleaner's
   * choice): bytes of dirty, cleanable segments over those plus the clean ones; 0 when there is
   * nothing to clean. Segment granularity, like Kafka.
   */
  cleanableDirtyRatio(opts: { nowMs?: number; uncleanableOffset?: number } = {}): number {
    this.assertUsable();
    return this.computeCleanableRange(opts.nowMs ?? this.nowMs(), opts.uncleanableOffset ?? this.logEndOffset).dirtyRatio;
  }

  /**
   * One log-cleaner pass, if one is due (Kafka's LogCleaner for this partition): with
   * cleanup.policy=compact, when dirty data reaches min.cleanable.dirty.ratio of the cleanable
   * log, when dirty data is older than max.compaction.lag.ms, or when a tombstone's delete
   * horizon has passed. Keeps the latest record of every key (see cleaner/record-filter.ts for
   * the exact rules), never moves or reorders what it keeps, never touches the active segment,
   * segments younger than min.compaction.lag.ms, or anything from the segment holding
   * `uncleanableOffset` on. Resolves to null when no pass was due, else to what the pass did
   * (`isAborted` when the log changed shape under it and it stopped, leaving the log as it was;
   * `isMapFull` when another pass should follow). Passes of all logs run one at a time, in
   * bounded steps that yield to the event loop. Rejects with LogCorruptionError when a batch to
   * clean is damaged (the log stays usable; later passes fail the same way), and with
   * KafkaStorageError (failing the log) on an I/O error.
   */
  compact(opts: CompactOptions = {}): Promise<CleanResult | null> {
    this.assertUsable();
    return runExclusive(async () => {
      if (this.state !== 'open' || this.failure !== null) return null;
      const pass = this.runCompaction(opts);
      this.activePass = pass;
      try {
        return await pass;
      } finally {
        this.activePass = null;
      }
    });
  }

  private async runCompaction(opts: CompactOptions): Promise<CleanResult | null> {
    const compaction = resolveCompactionConfig(this.config);
    if (!compaction.cleanupPolicyCompact) return null;
    const nowMs = opts.nowMs ?? this.nowMs();
    const uncleanableOffset = opts.uncleanableOffset ?? this.logEndOffset;
    const range = this.computeCleanableRange(nowMs, uncleanableOffset);
    if (!isCleaningDue(range, compaction)) {
      if (this.earliestDeleteHorizonMs === null) await this.scanDeleteHorizons(range.firstUncleanableOffset);
      const isHorizonDue = this.earliestDeleteHorizonMs !== null && this.earliestDeleteHorizonMs <= nowMs;
      if (!isHorizonDue || this.state !== 'open' || range.firstUncleanableOffset <= this.segments[0]!.baseOffset) return null;
    }
    const resources = opts.offsetMap !== undefined ? { map: opts.offsetMap, buffers: (privateBuffers ??= new CleanerBuffers()) } : sharedCleanerResources();
    const generation = this.structureGeneration;
    let result: CleanResult;
    try {
      result = await cleanLog(this.cleanerHost(generation), [...this.segments], {
        range,
        nowMs,
        deleteRetentionMs: compaction.deleteRetentionMs,
        activeProducerLastOffsets: opts.activeProducerLastOffsets ?? null,
        map: resources.map,
        buffers: resources.buffers,
        onStep: opts.onSwapStep ?? noSwapStep,
      });
    } catch (err) {
      if (err instanceof LogCorruptionError || err instanceof OffsetMapTooSmallError) {
        this.logger.error({ dir: this.dir, err: err.message }, 'log cleaning failed');
        throw err;
      }
      if (isFileSystemError(err)) throw this.fail(err, 'clean');
      throw err;
    }
    if (result.isAborted) {
      this.logger.info({ dir: this.dir, firstDirtyOffset: result.firstDirtyOffset }, 'log cleaning stopped: the log changed');
      return result;
    }
    this.earliestDeleteHorizonMs = result.earliestDeleteHorizonMs ?? Infinity;
    if (result.endOffset > this.cleanerCheckpoint) {
      this.cleanerCheckpoint = result.endOffset;
      this.isCleanerCheckpointDirty = true;
      await this.writeCheckpointsOnly();
    }
    this.logger.info({ dir: this.dir, ...result }, 'cleaned log');
    return result;
  }

  private computeCleanableRange(nowMs: number, uncleanableOffset: number): CleanableRange {
    const compaction = resolveCompactionConfig(this.config);
    return this.guardIo('compact', () =>
      cleanableRange(this.segmentSummaries(compaction.maxCompactionLagMs < Infinity), this.currentLogStartOffset, this.cleanerCheckpoint, uncleanableOffset, compaction, nowMs),
    );
  }

  private segmentSummaries(needsFirstBatchTimestamps: boolean): SegmentSummary[] {
    return this.segments.map((segment, i) => {
      if (needsFirstBatchTimestamps && segment.firstBatchTimestampMs === null && segment.sizeBytes > 0) {
        // Sealed segments loaded without recovery do not know it yet (Kafka reads it lazily too).
        this.scanner.scan(segment.fd, 0, segment.sizeBytes, (batch) => {
          segment.firstBatchTimestampMs = batch.maxTimestampMs;
          return false;
        });
      }
      return {
        baseOffset: segment.baseOffset,
        endOffset: this.segments[i + 1]?.baseOffset ?? segment.nextOffset,
        sizeBytes: segment.sizeBytes,
        largestTimestampMs: segment.maxTimestampMs >= 0 ? segment.maxTimestampMs : segment.lastModifiedMs,
        firstBatchTimestampMs: segment.firstBatchTimestampMs,
      };
    });
  }

  /**
   * After open, the earliest delete horizon is unknown: one header walk over the sealed segments
   * below `untilOffset` finds it (a segment per step, yielding in between).
   */
  private async scanDeleteHorizons(untilOffset: number): Promise<void> {
    const generation = this.structureGeneration;
    let earliest = Infinity;
    for (const segment of this.segments.slice(0, -1)) {
      if (segment.baseOffset >= untilOffset) break;
      this.guardIo('compact', () =>
        this.scanner.scan(segment.fd, 0, segment.sizeBytes, (_batch, header, at) => {
          const horizon = deleteHorizonOf(header, at);
          if (horizon !== null && horizon < earliest) earliest = horizon;
          return true;
        }),
      );
      await yieldToEventLoop();
      if (this.state !== 'open' || this.failure !== null || this.structureGeneration !== generation) return;
    }
    this.earliestDeleteHorizonMs = earliest;
  }

  /** What a cleaning pass may see and do of this log (see CleanerHost). */
  private cleanerHost(generation: number): CleanerHost {
    const gapEndOffsetOf = (): number => this.gapEndOffset;
    return {
      dir: this.dir,
      indexIntervalBytes: this.config.indexIntervalBytes,
      indexMaxEntries: this.indexMaxEntries,
      segmentBytes: this.config.segmentBytes,
      isStale: () => this.state !== 'open' || this.failure !== null || this.structureGeneration !== generation,
      positionOf: (segment, offset) =>
        this.guardIo('compact', () => {
          const i = this.segments.indexOf(segment);
          if (i < 0) throw new Error(`segment ${segment.baseOffset} left the log during a cleaning step`);
          this.indexesOf(i);
          return segment.locate(offset, this.scanner)?.position ?? segment.sizeBytes;
        }),
      get gapEndOffsetMax() {
        return gapEndOffsetOf();
      },
      raiseGapEndOffset: async (offset) => {
        if (offset > this.gapEndOffset) {
          this.gapEndOffset = offset;
          this.isGapCheckpointDirty = true;
        }
        await this.writeCheckpointsOnly();
        return this.persistedGapEndOffset >= offset;
      },
      installCleaned: (group, cleaned, onStep) => this.installCleaned(group, cleaned, generation, onStep),
    };
  }

  /**
   * Swaps a cleaned segment in for the run of sealed segments `group` (see cleaner/swap.ts):
   * commit (`.cleaned` -> `.swap`), a directory fsync, then synchronously old segments to
   * `*.deleted` and `.swap` -> final names, so no read or append sees a half-swapped segment
   * list. False (the commit undone) when the log changed shape since the pass began (its offset
   * map may hold offsets that are gone) or is closing.
   */
  private async installCleaned(group: readonly LogSegment[], cleaned: CleanedSegment, generation: number, onStep: SwapStepObserver): Promise<boolean> {
    const runStart = (): number => {
      if (this.structureGeneration !== generation || this.state !== 'open' || this.failure !== null) return -1;
      const start = this.segments.indexOf(group[0]!);
      if (start < 0 || start + group.length >= this.segments.length) return -1;
      return group.every((segment, k) => this.segments[start + k] === segment) ? start : -1;
    };
    if (runStart() < 0) return false;
    this.guardIo('clean', () => commitCleaned(this.dir, cleaned.baseOffset, onStep));
    try {
      await fsyncDir(this.dir);
    } catch (err) {
      throw this.fail(err, 'clean');
    }
    onStep('fsync the directory (committed)');
    const start = runStart();
    if (start < 0) {
      this.guardIo('clean', () => uncommitCleaned(this.dir, cleaned.baseOffset));
      return false;
    }
    const next = this.segments[start + group.length]!;
    if (cleaned.nextOffset > next.baseOffset) throw new Error(`cleaned segment ${cleaned.baseOffset} ends at ${cleaned.nextOffset}, past the next segment at ${next.baseOffset}`);
    return this.guardIo('clean', () => {
      const now = this.nowMs();
      for (const old of group) {
        this.discardSegment(old, now);
        onStep(`delete segment ${old.baseOffset}`);
      }
      installSwapped(this.dir, cleaned.baseOffset, onStep);
      const segment = LogSegment.openCleaned(this.dir, now, cleaned);
      this.segments.splice(start, group.length, segment);
      this.touchSealed(segment);
      return true;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Front and back of the log

  /**
   * DeleteRecords (KIP-107): moves logStartOffset forward (never back) and deletes the segments
   * wholly below it. Throws OffsetOutOfRangeError past logEndOffset. Returns the new logStartOffset.
   * The log-start checkpoint is written with the next flush or tick (as Kafka's periodic
   * log-start-offset checkpoint); until then a crash keeps the records of the active segment.
   */
  deleteRecordsBefore(offset: number): number {
    this.assertUsable();
    if (offset > this.logEndOffset) throw new OffsetOutOfRangeError(`DeleteRecords offset ${offset} beyond log end offset ${this.logEndOffset}`);
    if (offset <= this.currentLogStartOffset) return this.currentLogStartOffset;
    this.setLogStartOffset(offset);
    this.guardIo('deleteRecords', () => {
      let count = 0;
      while (count < this.segments.length - 1 && this.segments[count + 1]!.baseOffset <= offset) count++;
      if (count > 0) this.deleteOldestSegments(count, 'log start offset');
    });
    return this.currentLogStartOffset;
  }

  /**
   * Deletes whole segments past retention.ms (the segment's largest timestamp, or its last
   * modification when batches carry none) and retention.bytes, then those wholly below
   * logStartOffset, in Kafka's order. Never the active segment. retention.ms and retention.bytes
   * apply only with cleanup.policy=delete (alone or with compact); the log start offset always.
   * Returns how many were deleted.
   */
  applyRetention(): number {
    this.assertUsable();
    return this.guardIo('retention', () => {
      const now = this.nowMs();
      let deleted = 0;
      const deletePrefix = (isDeletable: (segment: LogSegment, index: number) => boolean, reason: string): void => {
        let count = 0;
        while (count < this.segments.length - 1 && isDeletable(this.segments[count]!, count)) count++;
        if (count > 0) this.deleteOldestSegments(count, reason);
        deleted += count;
      };
      const { retentionMs, retentionBytes } = this.config;
      const isDeletePolicy = resolveCompactionConfig(this.config).cleanupPolicyDelete;
      if (isDeletePolicy && retentionMs >= 0) {
        deletePrefix((s) => now - (s.maxTimestampMs >= 0 ? s.maxTimestampMs : s.lastModifiedMs) > retentionMs, 'retention.ms');
      }
      if (isDeletePolicy && retentionBytes >= 0) {
        let excess = this.sizeBytes - retentionBytes;
        deletePrefix((s) => {
          if (excess - s.sizeBytes < 0) return false;
          excess -= s.sizeBytes;
          return true;
        }, 'retention.bytes');
      }
      deletePrefix((_s, i) => this.segments[i + 1]!.baseOffset <= this.currentLogStartOffset, 'log start offset');
      return deleted;
    });
  }

  /**
   * Removes everything at and above `offset` (replication or raft divergence). A batch holding
   * `offset` goes whole, so logEndOffset can end below `offset` if it was not a batch boundary.
   * The new recovery point and leader epochs are checkpointed before this returns, so a flush
   * that began earlier can never leave a recovery point above rewritten data.
   */
  truncateTo(offset: number): void {
    this.assertUsable();
    if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`truncation offset ${offset}`);
    if (offset >= this.logEndOffset) return;
    if (offset < this.segments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset);
      return;
    }
    this.guardIo('truncate', () => {
      this.truncationGeneration++;
      this.structureGeneration++;
      let keep = this.segments.length;
      while (keep > 1 && this.segments[keep - 1]!.baseOffset > offset) keep--;
      const now = this.nowMs();
      for (const segment of this.segments.splice(keep)) this.discardSegment(segment, now);
      const active = this.activeSegment;
      this.indexesOf(this.segments.length - 1);
      this.loadedSealed.delete(active);
      const removedBytes = active.truncateTo(offset, this.scanner);
      active.setIndexMaxEntries(this.indexMaxEntries);
      active.syncNow();
      const end = this.logEndOffset;
      this.epochCache.truncateFromEnd(end);
      if (this.currentLogStartOffset > end) this.currentLogStartOffset = end;
      this.currentRecoveryPoint = Math.min(this.currentRecoveryPoint, end);
      // Kafka's LogCleanerManager.maybeTruncateCheckpoint. Every batch left starts below the
      // end, so gaps ending above it are gone.
      this.cleanerCheckpoint = Math.min(this.cleanerCheckpoint, end);
      this.gapEndOffset = Math.min(this.gapEndOffset, end);
      this.writeAllCheckpointsSync();
      this.logger.info({ dir: this.dir, offset, logEndOffset: end, removedBytes }, 'truncated log');
    });
  }

  /** Removes everything and restarts the log at `offset` (a follower far behind the leader's start). */
  truncateFullyAndStartAt(offset: number): void {
    this.assertUsable();
    if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`start offset ${offset}`);
    this.guardIo('truncateFully', () => {
      this.truncationGeneration++;
      this.structureGeneration++;
      const now = this.nowMs();
      for (const segment of this.segments.splice(0)) this.discardSegment(segment, now);
      const preallocateBytes = this.config.preallocate === true ? this.config.segmentBytes : 0;
      this.segments.push(LogSegment.create(this.dir, offset, now, this.indexMaxEntries, preallocateBytes));
      this.currentLogStartOffset = offset;
      this.currentRecoveryPoint = offset;
      this.epochCache.clear();
      this.oldestUnflushedAppendMs = null;
      this.cleanerCheckpoint = offset;
      this.gapEndOffset = Math.min(this.gapEndOffset, offset);
      this.earliestDeleteHorizonMs = Infinity;
      this.writeAllCheckpointsSync();
      this.logger.info({ dir: this.dir, offset }, 'truncated log fully');
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Time, flushing, configuration, shutdown

  /**
   * Called periodically by the owner: unlinks segment files past file.delete.delay.ms, rolls the
   * active segment once segment.ms has passed since both its creation and its first batch's
   * timestamp, fsyncs when the oldest unflushed append is flush.ms old, and writes a changed
   * log-start or leader-epoch checkpoint.
   */
  async tick(): Promise<void> {
    if (this.state !== 'open') return;
    this.assertUsable();
    const now = this.nowMs();
    this.guardIo('tick', () => {
      this.unlinkDueDeletions(now, false);
      // Kafka rolls by time only on append. An idle segment must roll too (retention never
      // deletes the active segment), but a first batch with an old producer timestamp must not
      // make every tick roll: the segment must also have existed for segment.ms.
      const active = this.activeSegment;
      if (active.sizeBytes > 0) {
        const since = Math.max(active.createdMs, active.firstBatchTimestampMs ?? NO_TIMESTAMP);
        if (now - since > this.config.segmentMs) this.roll(this.logEndOffset, now);
      }
    });
    const isFlushDue = this.oldestUnflushedAppendMs !== null && now - this.oldestUnflushedAppendMs >= this.config.flushMs;
    if (isFlushDue) await this.flush();
    else if (this.isLogStartCheckpointDirty || this.isCleanerCheckpointDirty) await this.writeCheckpointsOnly();
  }

  /**
   * Writes changed checkpoints without an fsync of the log (Kafka's periodic log-start-offset
   * checkpoint). A leader-epoch checkpoint ahead of the flushed data is harmless: recovery
   * truncates it to what it finds.
   */
  private writeCheckpointsOnly(): Promise<void> {
    return this.enqueue('checkpoint', () => this.writeCheckpoints(this.currentRecoveryPoint, this.truncationGeneration));
  }

  updateConfig(config: LogConfig): void {
    validateLogConfig(config);
    this.config = { ...config };
    this.indexMaxEntries = indexMaxEntriesFor(config.segmentIndexBytes);
    this.activeSegment.setIndexMaxEntries(this.indexMaxEntries);
  }

  /** fsyncs everything written so far (resolves after the fsync); advances recoveryPointOffset. */
  flush(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new Error(`log ${this.dir} is closed`));
    return this.flushUpTo(this.logEndOffset);
  }

  /** Flushes, writes the clean-shutdown marker, closes files. */
  async close(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    await this.activePass?.catch(() => {});
    await this.flushChain;
    try {
      if (this.failure !== null) throw this.failure;
      this.guardIo('close', () => this.activeSegment.writeIndexFiles(true));
      await this.flushUpTo(this.logEndOffset);
      this.guardIo('close', () => {
        const marker = path.join(this.dir, CLEAN_SHUTDOWN_FILE);
        const fd = fs.openSync(marker, 'w');
        try {
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fsyncDirSync(this.dir);
      });
    } finally {
      this.releaseFiles();
    }
  }

  /** Closes and removes the directory (topic deletion). */
  async delete(): Promise<void> {
    if (this.state === 'closed') {
      fs.rmSync(this.dir, { recursive: true, force: true });
      return;
    }
    this.state = 'closing';
    await this.activePass?.catch(() => {});
    await this.flushChain;
    this.releaseFiles();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private releaseFiles(): void {
    for (const segment of this.segments) segment.close();
    this.loadedSealed.clear();
    try {
      this.unlinkDueDeletions(Infinity, true);
    } finally {
      this.state = 'closed';
    }
  }

  /**
   * Runs `job` after every earlier flush job, so fsyncs and checkpoint writes never interleave.
   * An I/O error in a job becomes the log's failure.
   */
  private enqueue(operation: string, job: () => Promise<void>): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.failure !== null) throw this.failure;
      try {
        await job();
      } catch (err) {
        throw this.fail(err, operation);
      }
    };
    const done = this.flushChain.then(run);
    this.flushChain = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  private flushUpTo(target: number): Promise<void> {
    return this.enqueue('flush', async () => {
      const generation = this.truncationGeneration;
      const end = Math.min(target, this.logEndOffset);
      if (end >= this.logEndOffset) this.oldestUnflushedAppendMs = null;
      await Promise.all(this.segmentsToSync(this.currentRecoveryPoint, end).map((s) => s.sync()));
      if (generation !== this.truncationGeneration) return;
      await this.writeCheckpoints(Math.max(end, this.currentRecoveryPoint), generation);
      if (generation === this.truncationGeneration && end > this.currentRecoveryPoint) this.currentRecoveryPoint = end;
    });
  }

  /** Segments holding offsets in [from, to), plus any whose index files await an fsync. */
  private segmentsToSync(from: number, to: number): LogSegment[] {
    return this.segments.filter((segment, i) => {
      const end = i + 1 < this.segments.length ? this.segments[i + 1]!.baseOffset : segment.nextOffset;
      return segment.needsIndexSync || (segment.baseOffset < to && end > from);
    });
  }

  /**
   * Writes changed checkpoints after an fsync: leader epochs and log start first, the recovery
   * point last, so a recovery point on disk never covers data whose epochs are not on disk.
   * A write overtaken by a truncation is dropped (and marked dirty again).
   */
  private async writeCheckpoints(recoveryPoint: number, generation: number): Promise<void> {
    const isCurrent = (): boolean => generation === this.truncationGeneration;
    if (this.isEpochCheckpointDirty) {
      this.isEpochCheckpointDirty = false;
      if (!(await writeCheckpoint(this.checkpointPath(LEADER_EPOCH_CHECKPOINT_FILE), this.epochCheckpointEntries(), isCurrent))) {
        this.isEpochCheckpointDirty = true;
        return;
      }
    }
    if (this.isLogStartCheckpointDirty) {
      this.isLogStartCheckpointDirty = false;
      if (!(await writeCheckpoint(this.checkpointPath(LOG_START_OFFSET_CHECKPOINT_FILE), [String(this.currentLogStartOffset)], isCurrent))) {
        this.isLogStartCheckpointDirty = true;
        return;
      }
    }
    // Gaps must be accepted before the recovery point moves past them (recovery re-validates
    // from the recovery point with this bound).
    if (this.isGapCheckpointDirty) {
      this.isGapCheckpointDirty = false;
      const gapEndOffset = this.gapEndOffset;
      if (!(await writeCheckpoint(this.checkpointPath(OFFSET_GAP_CHECKPOINT_FILE), [String(gapEndOffset)], isCurrent))) {
        this.isGapCheckpointDirty = true;
        return;
      }
      this.persistedGapEndOffset = Math.max(this.persistedGapEndOffset, gapEndOffset);
    }
    if (this.isCleanerCheckpointDirty) {
      this.isCleanerCheckpointDirty = false;
      if (!(await writeCheckpoint(this.checkpointPath(CLEANER_OFFSET_CHECKPOINT_FILE), [String(this.cleanerCheckpoint)], isCurrent))) {
        this.isCleanerCheckpointDirty = true;
        return;
      }
    }
    if (recoveryPoint !== this.persistedRecoveryPoint) {
      if (await writeCheckpoint(this.checkpointPath(RECOVERY_POINT_CHECKPOINT_FILE), [String(recoveryPoint)], isCurrent)) {
        this.persistedRecoveryPoint = recoveryPoint;
      }
    }
  }

  private writeAllCheckpointsSync(): void {
    writeCheckpointSync(this.checkpointPath(LEADER_EPOCH_CHECKPOINT_FILE), this.epochCheckpointEntries());
    writeCheckpointSync(this.checkpointPath(LOG_START_OFFSET_CHECKPOINT_FILE), [String(this.currentLogStartOffset)]);
    writeCheckpointSync(this.checkpointPath(OFFSET_GAP_CHECKPOINT_FILE), [String(this.gapEndOffset)]);
    writeCheckpointSync(this.checkpointPath(CLEANER_OFFSET_CHECKPOINT_FILE), [String(this.cleanerCheckpoint)]);
    writeCheckpointSync(this.checkpointPath(RECOVERY_POINT_CHECKPOINT_FILE), [String(this.currentRecoveryPoint)]);
    this.isEpochCheckpointDirty = false;
    this.isLogStartCheckpointDirty = false;
    this.isGapCheckpointDirty = false;
    this.isCleanerCheckpointDirty = false;
    this.persistedGapEndOffset = this.gapEndOffset;
    this.persistedRecoveryPoint = this.currentRecoveryPoint;
  }

  /** flush.messages: fsync in the background once this many records are unflushed. */
  private maybeFlushInBackground(): void {
    if (this.isBackgroundFlushPending || this.state !== 'open' || this.failure !== null) return;
    if (this.logEndOffset - this.currentRecoveryPoint < this.config.flushMessages) return;
    this.isBackgroundFlushPending = true;
    this.flush()
      .catch(() => {}) // recorded in this.failure and logged by fail()
      .finally(() => {
        this.isBackgroundFlushPending = false;
        this.maybeFlushInBackground();
      });
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and recovery

  private async load(): Promise<void> {
    const startedMs = performance.now();
    const now = this.nowMs();
    // A cleaning pass the process did not finish: undo it or complete its committed swaps.
    const swapped = completeInterruptedSwaps(this.dir, this.scanner);
    const names = fs.readdirSync(this.dir);
    for (const name of names) {
      if (name.endsWith(TEMP_FILE_SUFFIX) || name.endsWith(DELETED_FILE_SUFFIX)) unlinkIfExists(path.join(this.dir, name));
    }
    const hadCleanShutdown = names.includes(CLEAN_SHUTDOWN_FILE);
    const baseOffsets = names
      .map((n) => parseSegmentFileName(n, LOG_FILE_SUFFIX))
      .filter((o): o is number => o !== null)
      .sort((a, b) => a - b);
    const known = new Set(baseOffsets);
    for (const name of names) {
      const orphan = parseSegmentFileName(name, INDEX_FILE_SUFFIX) ?? parseSegmentFileName(name, TIME_INDEX_FILE_SUFFIX);
      if (orphan !== null && !known.has(orphan)) unlinkIfExists(path.join(this.dir, name));
    }

    const recoveryPointCheckpoint = this.readOffsetCheckpoint(RECOVERY_POINT_CHECKPOINT_FILE);
    const logStartCheckpoint = this.readOffsetCheckpoint(LOG_START_OFFSET_CHECKPOINT_FILE) ?? 0;
    this.gapEndOffset = this.readOffsetCheckpoint(OFFSET_GAP_CHECKPOINT_FILE) ?? 0;
    this.persistedGapEndOffset = this.gapEndOffset;
    const cleanerCheckpoint = this.readOffsetCheckpoint(CLEANER_OFFSET_CHECKPOINT_FILE) ?? 0;
    const epochs = this.readEpochCheckpoint();
    const isEpochRebuildNeeded = epochs === null;
    const checkpointedEpochs = JSON.stringify(epochs?.list() ?? null);
    this.epochCache = epochs ?? new LeaderEpochCache();
    this.segments = baseOffsets.map((base) => LogSegment.openExisting(this.dir, base, now));

    // Kafka's LogLoader.recoverLog: without a clean shutdown, every segment from the one holding
    // the recovery point onwards is re-validated.
    const recoveryPoint = recoveryPointCheckpoint ?? 0;
    let recoverFrom = hadCleanShutdown ? this.segments.length : 0;
    if (!hadCleanShutdown) {
      for (let i = 0; i < this.segments.length && this.segments[i]!.baseOffset <= recoveryPoint; i++) recoverFrom = i;
    }
    if (!isEpochRebuildNeeded && recoverFrom < this.segments.length) this.epochCache.truncateFromEnd(this.segments[recoverFrom]!.baseOffset);

    let buffer: Buffer | null = null;
    let recoveredBytes = 0;
    const recovered: LogSegment[] = [];
    for (let i = 0; i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      const isLast = (): boolean => i === this.segments.length - 1;
      const bounds: IndexBounds = { logSizeBytes: segment.sizeBytes, offsetLimit: this.segments[i + 1]?.baseOffset ?? Infinity };
      // Segments installed from swap files are re-validated and get fresh indexes.
      let needsRecovery = i >= recoverFrom || swapped.has(segment.baseOffset);
      if (!needsRecovery) {
        try {
          if (isLast()) {
            segment.loadIndexFiles(bounds, this.indexMaxEntries);
            segment.resumeActive(this.scanner);
          } else {
            segment.checkIndexFiles(bounds);
          }
          if (isEpochRebuildNeeded) this.assignEpochsFromHeaders(segment);
        } catch (err) {
          if (!(err instanceof CorruptIndexError || err instanceof LogCorruptionError)) throw err;
          this.logger.warn({ dir: this.dir, baseOffset: segment.baseOffset, problem: err.message }, 'rebuilding segment indexes');
          needsRecovery = true;
        }
      }
      if (needsRecovery) {
        buffer ??= Buffer.allocUnsafe(RECOVERY_READ_BYTES);
        const assignsEpochs = i >= recoverFrom || isEpochRebuildNeeded;
        // Epochs continue from the trusted entries before this segment; a segment re-validated
        // only for its indexes starts from 0 (the cache already holds later epochs).
        const epochMin = assignsEpochs ? (this.epochCache.latest?.epoch ?? 0) : 0;
        const result = segment.recover(buffer, this.config.indexIntervalBytes, this.indexMaxEntries, true, epochMin, this.gapEndOffset, (batch) => {
          if (assignsEpochs) this.epochCache.assign(batch.partitionLeaderEpoch, batch.baseOffset);
        });
        recovered.push(segment);
        recoveredBytes += result.validBytes;
        const next = this.segments[i + 1];
        // Offsets are contiguous across segments too (but for gaps compaction left): a segment
        // ending short of the next one's base lost batches, and the log ends there.
        const problem =
          result.problem ??
          (next !== undefined && !continuesOffsets(next.baseOffset, result.nextOffset, this.gapEndOffset) ? `segment ends at offset ${result.nextOffset}, the next starts at ${next.baseOffset}` : null);
        if (problem !== null) {
          const dropped = this.segments.splice(i + 1);
          this.logger.warn(
            { dir: this.dir, baseOffset: segment.baseOffset, validBytes: result.validBytes, problem, droppedSegments: dropped.length },
            'truncated the log at a torn or corrupt batch',
          );
          for (const later of dropped) {
            for (const file of later.markDeleted()) unlinkIfExists(file);
          }
        }
        if (!isLast()) {
          segment.seal();
          this.touchSealed(segment);
        }
      } else if (!isLast()) {
        segment.isSealed = true;
        segment.nextOffset = this.segments[i + 1]!.baseOffset;
      }
    }

    const preallocateBytes = this.config.preallocate === true ? this.config.segmentBytes : 0;
    if (this.segments.length === 0) {
      this.segments.push(LogSegment.create(this.dir, logStartCheckpoint, now, this.indexMaxEntries, preallocateBytes));
    }
    this.currentLogStartOffset = Math.max(logStartCheckpoint, this.segments[0]!.baseOffset);
    if (this.currentLogStartOffset > this.logEndOffset) {
      // Kafka's LogLoader: a log start beyond the end (records lost below a DeleteRecords point) restarts the log there.
      this.logger.warn({ dir: this.dir, logStartOffset: this.currentLogStartOffset, logEndOffset: this.logEndOffset }, 'log start beyond log end; restarting the log');
      const start = this.currentLogStartOffset;
      for (const segment of this.segments.splice(0)) {
        for (const file of segment.markDeleted()) unlinkIfExists(file);
      }
      this.loadedSealed.clear();
      this.segments.push(LogSegment.create(this.dir, start, now, this.indexMaxEntries, preallocateBytes));
      this.epochCache.clear();
    }
    let below = 0;
    while (below < this.segments.length - 1 && this.segments[below + 1]!.baseOffset <= this.currentLogStartOffset) below++;
    if (below > 0) this.deleteOldestSegments(below, 'log start offset');

    this.epochCache.truncateFromEnd(this.logEndOffset);
    this.epochCache.truncateFromStart(this.currentLogStartOffset);
    this.isEpochCheckpointDirty = JSON.stringify(this.epochCache.list()) !== checkpointedEpochs;
    this.isLogStartCheckpointDirty = this.currentLogStartOffset !== logStartCheckpoint;
    this.persistedRecoveryPoint = recoveryPointCheckpoint ?? -1;
    this.cleanerCheckpoint = Math.min(cleanerCheckpoint, this.logEndOffset);
    this.isCleanerCheckpointDirty = this.cleanerCheckpoint !== cleanerCheckpoint;
    this.currentRecoveryPoint = hadCleanShutdown ? this.logEndOffset : Math.min(recoveryPoint, this.logEndOffset);

    if (hadCleanShutdown) {
      // Removed durably before any append, or a crash could reopen with the marker and skip recovery.
      unlinkIfExists(path.join(this.dir, CLEAN_SHUTDOWN_FILE));
      fsyncDirSync(this.dir);
    }
    // In the background (opening many partitions should not wait for writeback): recovered
    // segments (truncated, or with rebuilt indexes) reach the disk, then a flush moves the
    // recovery point to the log end and writes changed checkpoints.
    const recoveredLive = recovered.filter((s) => this.segments.includes(s));
    if (recoveredLive.length > 0) {
      this.enqueue('recovery fsync', () => Promise.all(recoveredLive.map((s) => s.sync())).then(() => undefined)).catch(() => {});
    }
    if (
      !hadCleanShutdown ||
      this.isEpochCheckpointDirty ||
      this.isLogStartCheckpointDirty ||
      this.isCleanerCheckpointDirty ||
      this.persistedRecoveryPoint !== this.currentRecoveryPoint
    ) {
      this.flushUpTo(this.logEndOffset).catch(() => {});
    }
    this.logger.info(
      {
        dir: this.dir,
        hadCleanShutdown,
        segments: this.segments.length,
        recoveredSegments: recovered.length,
        recoveredBytes,
        logStartOffset: this.currentLogStartOffset,
        logEndOffset: this.logEndOffset,
        durationMs: Math.round(performance.now() - startedMs),
      },
      'loaded partition log',
    );
  }

  private assignEpochsFromHeaders(segment: LogSegment): void {
    this.scanner.scan(segment.fd, 0, segment.sizeBytes, (batch) => {
      this.epochCache.assign(batch.partitionLeaderEpoch, batch.baseOffset);
      return true;
    });
  }

  private readOffsetCheckpoint(file: string): number | null {
    try {
      const entries = readCheckpoint(this.checkpointPath(file));
      if (entries === null) return null;
      if (entries.length !== 1) throw new CheckpointFormatError(`${entries.length} entries, expected 1`);
      return parseOffsetField(entries[0]);
    } catch (err) {
      if (!(err instanceof CheckpointFormatError)) throw err;
      this.logger.warn({ dir: this.dir, file, problem: err.message }, 'ignoring corrupt checkpoint');
      return null;
    }
  }

  /** The leader epoch checkpoint, or null when missing or corrupt (then rebuilt from batch headers). */
  private readEpochCheckpoint(): LeaderEpochCache | null {
    try {
      const entries = readCheckpoint(this.checkpointPath(LEADER_EPOCH_CHECKPOINT_FILE));
      if (entries === null) return null;
      return new LeaderEpochCache(
        entries.map((line) => {
          const fields = line.split(' ');
          if (fields.length !== 2) throw new CheckpointFormatError(`bad leader epoch entry ${JSON.stringify(line)}`);
          const epoch = parseOffsetField(fields[0]);
          if (epoch > 0x7fffffff) throw new CheckpointFormatError(`epoch ${epoch} beyond int32`);
          return { epoch, startOffset: parseOffsetField(fields[1]) };
        }),
      );
    } catch (err) {
      if (!(err instanceof CheckpointFormatError || err instanceof RangeError)) throw err;
      this.logger.warn({ dir: this.dir, problem: err.message }, 'ignoring corrupt leader epoch checkpoint');
      return null;
    }
  }

  private epochCheckpointEntries(): string[] {
    return this.epochCache.list().map((e) => `${e.epoch} ${e.startOffset}`);
  }

  private checkpointPath(file: string): string {
    return path.join(this.dir, file);
  }

  // ---------------------------------------------------------------------------------------------
  // Segments

  private get activeSegment(): LogSegment {
    return this.segments[this.segments.length - 1]!;
  }

  /** Index of the segment whose range holds `offset` (the last one with baseOffset <= offset; 0 below the first). */
  private segmentIndexFor(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The indexes of segment `i`, loading a sealed segment's files on demand with the full sanity
   * check. Index files that fail it are rebuilt from the log (validating every batch); a batch
   * that fails validation in a sealed segment is damage recovery could not have seen:
   * LogCorruptionError.
   */
  private indexesOf(i: number): SegmentIndexes {
    const segment = this.segments[i]!;
    if (!segment.hasLoadedIndexes) {
      const bounds: IndexBounds = { logSizeBytes: segment.sizeBytes, offsetLimit: this.segments[i + 1]?.baseOffset ?? Infinity };
      try {
        segment.loadIndexFiles(bounds, this.indexMaxEntries);
      } catch (err) {
        if (!(err instanceof CorruptIndexError)) throw err;
        this.logger.warn({ dir: this.dir, baseOffset: segment.baseOffset, problem: err.message }, 'rebuilding corrupt segment indexes');
        this.rebuildSealedIndexes(segment);
      }
    }
    if (segment.isSealed) this.touchSealed(segment);
    return segment.loadedIndexes();
  }

  private rebuildSealedIndexes(segment: LogSegment): void {
    const before = { sizeBytes: segment.sizeBytes, nextOffset: segment.nextOffset };
    const result = segment.recover(Buffer.allocUnsafe(RECOVERY_READ_BYTES), this.config.indexIntervalBytes, this.indexMaxEntries, false, 0, this.gapEndOffset, () => {});
    if (result.problem !== null || result.validBytes !== before.sizeBytes) {
      segment.sizeBytes = before.sizeBytes;
      segment.nextOffset = before.nextOffset;
      segment.isSealed = true;
      segment.unloadIndexes();
      throw new LogCorruptionError(`sealed segment ${segment.baseOffset} in ${this.dir} is corrupt at byte ${result.validBytes}: ${result.problem ?? 'size changed'}`);
    }
    segment.isSealed = true;
    segment.writeIndexFiles(true);
  }

  /** Marks a sealed segment's loaded indexes as recently used, dropping the least recently used beyond the bound. */
  private touchSealed(segment: LogSegment): void {
    this.loadedSealed.delete(segment);
    this.loadedSealed.add(segment);
    for (const oldest of this.loadedSealed) {
      if (this.loadedSealed.size <= SEALED_INDEXES_CACHED_MAX) break;
      this.loadedSealed.delete(oldest);
      if (oldest.isSealed && oldest.hasLoadedIndexes) oldest.unloadIndexes();
    }
  }

  /** Deletes the `count` oldest segments (never the active one) and moves logStartOffset up to the first remaining. */
  private deleteOldestSegments(count: number, reason: string): void {
    if (count >= this.segments.length) throw new Error(`deleting ${count} of ${this.segments.length} segments would delete the active one`);
    const now = this.nowMs();
    this.structureGeneration++;
    const removed = this.segments.splice(0, count);
    for (const segment of removed) this.discardSegment(segment, now);
    const first = this.segments[0]!.baseOffset;
    if (first > this.currentLogStartOffset) this.setLogStartOffset(first);
    this.logger.info({ dir: this.dir, reason, deletedSegments: removed.map((s) => s.baseOffset), logStartOffset: this.currentLogStartOffset }, 'deleted log segments');
  }

  private setLogStartOffset(offset: number): void {
    this.currentLogStartOffset = offset;
    this.isLogStartCheckpointDirty = true;
    if (this.epochCache.truncateFromStart(offset)) this.isEpochCheckpointDirty = true;
  }

  /** Renames a segment's files to *.deleted and schedules their unlink after file.delete.delay.ms. */
  private discardSegment(segment: LogSegment, now: number): void {
    this.loadedSealed.delete(segment);
    const paths = segment.markDeleted();
    if (this.config.fileDeleteDelayMs <= 0) {
      for (const file of paths) unlinkIfExists(file);
    } else {
      this.pendingDeletions.push({ paths, dueMs: now + this.config.fileDeleteDelayMs });
    }
  }

  private unlinkDueDeletions(now: number, all: boolean): void {
    const remaining: { paths: string[]; dueMs: number }[] = [];
    for (const pending of this.pendingDeletions) {
      if (all || pending.dueMs <= now) {
        for (const file of pending.paths) unlinkIfExists(file);
      } else {
        remaining.push(pending);
      }
    }
    this.pendingDeletions = remaining;
  }

  // ---------------------------------------------------------------------------------------------
  // Failure handling

  private assertUsable(): void {
    if (this.state !== 'open') throw new Error(`log ${this.dir} is ${this.state}`);
    if (this.failure !== null) throw this.failure;
  }

  /** Records the first I/O failure; from then on every operation throws it. */
  private fail(err: unknown, operation: string): KafkaStorageError {
    if (this.failure === null) {
      const message = err instanceof Error ? err.message : String(err);
      this.failure = err instanceof KafkaStorageError ? err : new KafkaStorageError(`${operation} failed in ${this.dir}: ${message}`, { cause: err });
      this.logger.error({ dir: this.dir, operation, err: message }, 'log failed; refusing further operations');
    }
    return this.failure;
  }

  /** Runs `fn`, turning a file-system error into the log's failure (KafkaStorageError); assertions pass through. */
  private guardIo<T>(operation: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (isFileSystemError(err)) throw this.fail(err, operation);
      throw err;
    }
  }
}

/** Read/write buffers of passes run with a private offset map. */
let privateBuffers: CleanerBuffers | null = null;

function isFileSystemError(err: unknown): boolean {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Splits a buffer of v2 batches into their start positions, asserting the framing the caller
 * already validated (length inside the buffer, room for the header, magic 2).
 */
function frameBatches(buf: Buffer): number[] {
  const starts: number[] = [];
  let p = 0;
  while (p < buf.length) {
    if (buf.length - p < BATCH_HEADER_BYTES) throw new RangeError(`partial batch header at byte ${p} of ${buf.length}`);
    const size = batchSizeAt(buf, p);
    if (size < BATCH_HEADER_BYTES || p + size > buf.length) throw new RangeError(`batch at byte ${p} claims ${size} bytes of ${buf.length - p}`);
    if (buf.readInt8(p + BatchOffset.magic) !== CURRENT_MAGIC) throw new RangeError(`batch at byte ${p} has magic ${buf.readInt8(p + BatchOffset.magic)}`);
    if (buf.readInt32BE(p + BatchOffset.lastOffsetDelta) < 0) throw new RangeError(`batch at byte ${p} has a negative lastOffsetDelta`);
    starts.push(p);
    p += size;
  }
  return starts;
}

/** Bytes of the whole batches at the start of `buf` that end below `maxOffset`, and the last one's last offset. */
function wholeBatchesIn(buf: Buffer, maxOffset: number): { usedBytes: number; lastOffset: number } {
  let p = 0;
  let lastOffset = -1;
  while (buf.length - p >= BATCH_HEADER_BYTES) {
    const size = batchSizeAt(buf, p);
    if (size < BATCH_HEADER_BYTES) throw new LogCorruptionError(`batch of ${size} bytes in a validated segment`);
    if (p + size > buf.length) break;
    const last = lastOffsetAt(buf, p);
    if (last >= maxOffset) break;
    lastOffset = last;
    p += size;
  }
  return { usedBytes: p, lastOffset };
}
