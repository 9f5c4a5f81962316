/**
 * One cleaning pass over a partition log (Kafka's Cleaner.doClean): build the offset map over
 * the dirty range, then rewrite the log from its first segment up to where the map ends, group
 * by group, each group swapped in as one cleaned segment. The log (PartitionLog) decides when a
 * pass is due and owns its segment list; it hands the pass a CleanerHost.
 *
 * The pass runs in bounded steps: it yields to the event loop every CLEANER_STEP_BYTES, and
 * after every yield or await it asks the host whether the log changed shape (truncation,
 * retention, DeleteRecords, close, an I/O failure); if so it drops its `.cleaned` files and
 * stops. Swaps themselves are synchronous, so the log's segment list never changes half-way.
 *
 * Passes run one at a time per process (`runExclusive`), sharing one offset map and one pair of
 * I/O buffers, as a single Kafka cleaner thread does.
 */
import { Attributes, BatchOffset, ControlRecordType } from '@gregor/protocol';
import { LogCorruptionError } from '../errors.js';
import { readFully } from '../io.js';
import { CLEANER_STEP_BYTES } from '../limits.js';
import type { IndexMaxEntries, LogSegment } from '../segment/log-segment.js';
import { OffsetMap } from './offset-map.js';
import { DROP, KEEP, deleteHorizonOf, filterBatch, isMappable, mapBatchKeys, readHeaderView, type FilterRules, type FilterStats } from './record-filter.js';
import { CleanedSegmentWriter, CleanerBuffers, SegmentBatchReader, type CleanedSegment } from './segment-io.js';
import { groupSegments, type CleanableRange } from './cleanable-range.js';
import { RecordCursor, recordsSection } from './record-cursor.js';
import { TransactionOutcomes } from './transactions.js';
import type { SwapStepObserver } from './swap.js';

/** What a pass needs from the log. */
export interface CleanerHost {
  readonly dir: string;
  readonly indexIntervalBytes: number;
  readonly indexMaxEntries: IndexMaxEntries;
  readonly segmentBytes: number;
  /** The log changed shape, closed or failed since the pass began: abandon it. */
  isStale(): boolean;
  /** Byte position of the batch holding `offset` (or the next one) in a sealed segment. */
  positionOf(segment: LogSegment, offset: number): number;
  /** Current bound below which batches may follow an offset gap. */
  readonly gapEndOffsetMax: number;
  /** Raises that bound and makes it durable (before any segment with such a gap is committed); false if it could not. */
  raiseGapEndOffset(offset: number): Promise<boolean>;
  /**
   * Swaps `cleaned` in for `group` (see swap.ts). False, with nothing done, when the group is
   * no longer a run of the log's sealed segments.
   */
  installCleaned(group: readonly LogSegment[], cleaned: CleanedSegment, onStep: SwapStepObserver): Promise<boolean>;
}

export interface PassOptions {
  range: CleanableRange;
  nowMs: number;
  deleteRetentionMs: number;
  /** Producer id -> offset of its last data batch (Kafka's lastRecordsOfActiveProducers). */
  activeProducerLastOffsets: ReadonlyMap<bigint, number> | null;
  map: OffsetMap;
  buffers: CleanerBuffers;
  onStep: SwapStepObserver;
}

export interface CleanResult {
  /** The first dirty offset the pass started from. */
  firstDirtyOffset: number;
  /** Where the next pass starts (the new cleaner checkpoint): the offset map's end. */
  endOffset: number;
  firstUncleanableOffset: number;
  /** The dirty ratio that made the pass due. */
  dirtyRatio: number;
  /** Old segments replaced, and cleaned segments that replaced them. */
  segmentsReplaced: number;
  segmentsWritten: number;
  /** Bytes of the replaced segments, and of the segments written in their place. */
  bytesBefore: number;
  bytesAfter: number;
  recordsRead: number;
  recordsKept: number;
  tombstonesRemoved: number;
  /** The dirty range had more keys than the offset map holds; the next pass continues at endOffset. */
  isMapFull: boolean;
  /** The log changed shape during the pass, which stopped; nothing half-done remains. */
  isAborted: boolean;
  /** Earliest delete horizon among the batches the pass judged (below endOffset), or null. */
  earliestDeleteHorizonMs: number | null;
}

/** Thrown when a single batch has more keys than the whole offset map holds. */
export class OffsetMapTooSmallError extends Error {
  override name = 'OffsetMapTooSmallError';
}

let exclusive: Promise<unknown> = Promise.resolve();
let sharedResources: { map: OffsetMap; buffers: CleanerBuffers } | null = null;

/** Runs passes one after another (one cleaner per process). */
export function runExclusive<T>(fn: () => Promise<T>): Promise<T> {
  const run = exclusive.then(fn);
  exclusive = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** The process-wide offset map and buffers, allocated on first use (64 MiB of map). */
export function sharedCleanerResources(): { map: OffsetMap; buffers: CleanerBuffers } {
  sharedResources ??= { map: new OffsetMap(), buffers: new CleanerBuffers() };
  return sharedResources;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The pass stopped because the log changed shape. */
class PassAborted extends Error {}

/**
 * Runs one pass over `segments` (the log's segments when the pass began, active one last).
 */
export async function cleanLog(host: CleanerHost, segments: readonly LogSegment[], options: PassOptions): Promise<CleanResult> {
  const { range, map, buffers } = options;
  const result: CleanResult = {
    firstDirtyOffset: range.firstDirtyOffset,
    endOffset: range.firstDirtyOffset,
    firstUncleanableOffset: range.firstUncleanableOffset,
    dirtyRatio: range.dirtyRatio,
    segmentsReplaced: 0,
    segmentsWritten: 0,
    bytesBefore: 0,
    bytesAfter: 0,
    recordsRead: 0,
    recordsKept: 0,
    tombstonesRemoved: 0,
    isMapFull: false,
    isAborted: false,
    earliestDeleteHorizonMs: null,
  };
  // Paced by the bytes read plus the decompressed bytes examined (a 1 MiB zstd batch of
  // repetitive data holds far more records than 1 MiB of plain ones).
  let stepBytes = 0;
  const step = async (bytes: number): Promise<void> => {
    stepBytes += bytes;
    if (stepBytes < CLEANER_STEP_BYTES) return;
    stepBytes = 0;
    await yieldToEventLoop();
    if (host.isStale()) throw new PassAborted();
  };
  const endOf = (i: number): number => segments[i + 1]?.baseOffset ?? Infinity;

  try {
    const transactions = await findTransactionOutcomes(segments, buffers, step);
    const mapped = await buildOffsetMap(host, segments, range, map, transactions, buffers, step);
    result.endOffset = mapped.endOffset;
    result.isMapFull = mapped.isFull;

    // Rewrite every segment below the map's end (the clean part too: newer keys in the dirty
    // part obsolete records there, and tombstones there may have reached their horizon).
    const cleanEnd = Math.min(mapped.endOffset, range.firstUncleanableOffset);
    let count = 0;
    while (count < segments.length - 1 && segments[count]!.baseOffset < cleanEnd) count++;
    const summaries = segments.slice(0, count).map((s, i) => ({ baseOffset: s.baseOffset, endOffset: endOf(i), sizeBytes: s.sizeBytes, largestTimestampMs: 0, firstBatchTimestampMs: null }));
    const rules: FilterRules = { map, transactions, mapEndOffset: mapped.endOffset, nowMs: options.nowMs, deleteRetentionMs: options.deleteRetentionMs };
    for (const { start, end } of groupSegments(summaries, host.segmentBytes)) {
      const group = segments.slice(start, end);
      await cleanGroup(host, group, rules, options, result, step);
    }
    return result;
  } catch (err) {
    if (err instanceof PassAborted) {
      result.isAborted = true;
      return result;
    }
    throw err;
  } finally {
    buffers.restore();
  }
}

/**
 * Walks the batch headers of the sealed segments for transaction markers (see transactions.ts),
 * reading only control batches whole. Paced like the rest of the pass.
 */
async function findTransactionOutcomes(segments: readonly LogSegment[], buffers: CleanerBuffers, step: (bytes: number) => Promise<void>): Promise<TransactionOutcomes> {
  const outcomes = new TransactionOutcomes();
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    let position = 0;
    while (position < segment.sizeBytes) {
      let walked = 0;
      buffers.headerScanner.scan(segment.fd, position, segment.sizeBytes, (batch, header, at) => {
        const attributes = header.readInt16BE(at + BatchOffset.attributes);
        if ((attributes & Attributes.transactional) !== 0) {
          const producerId = header.readBigInt64BE(at + BatchOffset.producerId);
          if ((attributes & Attributes.control) === 0) {
            outcomes.onDataBatch(producerId, batch.baseOffset);
          } else {
            const type = controlRecordType(segment.fd, batch.position, batch.sizeBytes, buffers);
            if (type === ControlRecordType.commit || type === ControlRecordType.abort) outcomes.onMarker(producerId, batch.baseOffset, type === ControlRecordType.commit);
          }
        }
        position = batch.position + batch.sizeBytes;
        walked += batch.sizeBytes;
        return walked < CLEANER_STEP_BYTES;
      });
      await step(walked);
    }
  }
  return outcomes;
}

/** The type of a control batch's record (KIP-98: key = version int16, type int16), or -1. */
function controlRecordType(fd: number, position: number, sizeBytes: number, buffers: CleanerBuffers): number {
  if (buffers.control.length < sizeBytes) buffers.control = Buffer.allocUnsafe(sizeBytes);
  if (readFully(fd, buffers.control, 0, sizeBytes, position) !== sizeBytes) throw new LogCorruptionError(`control batch at position ${position} is cut short`);
  const baseOffset = Number(buffers.control.readBigInt64BE(BatchOffset.baseOffset));
  const cursor = new RecordCursor(recordsSection(buffers.control, 0, sizeBytes), buffers.control.readInt32BE(BatchOffset.recordsCount), baseOffset);
  if (!cursor.next() || cursor.keyLength < 4) return -1;
  return cursor.section.readInt16BE(cursor.keyStart + 2);
}

/**
 * Kafka's buildOffsetMap: the latest offset of every key in the dirty range, batch by batch,
 * stopping before the first batch whose keys might not fit. Control batches and transactional
 * data not known to be committed add no keys (see record-filter.ts) but the map's end moves
 * past them.
 */
async function buildOffsetMap(
  host: CleanerHost,
  segments: readonly LogSegment[],
  range: CleanableRange,
  map: OffsetMap,
  transactions: TransactionOutcomes,
  buffers: CleanerBuffers,
  step: (bytes: number) => Promise<void>,
): Promise<{ endOffset: number; isFull: boolean }> {
  map.clear();
  const start = range.firstDirtyOffset;
  const stats: FilterStats = { recordsRead: 0, recordsKept: 0, tombstonesRemoved: 0, sectionBytes: 0 };
  let endOffset = start;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    if (segment.baseOffset >= range.firstUncleanableOffset) break;
    if (segments[i + 1]!.baseOffset <= start) continue;
    const position = segment.baseOffset < start ? host.positionOf(segment, start) : 0;
    const reader = new SegmentBatchReader(segment.fd, position, segment.sizeBytes, buffers);
    while (reader.next()) {
      const buf = buffers.read;
      const header = readHeaderView(buf, reader.at);
      if (header.lastOffset < start) continue;
      const examined = stats.sectionBytes;
      if (isMappable(header, transactions) && header.recordsCount > 0 && !mapBatchKeys(buf, reader.at, reader.sizeBytes, map, start, stats)) {
        if (endOffset === start) throw new OffsetMapTooSmallError(`the batch at offset ${header.baseOffset} has more keys than the offset map holds (${map.entriesMax})`);
        return { endOffset, isFull: true };
      }
      endOffset = header.lastOffset + 1;
      await step(reader.sizeBytes + stats.sectionBytes - examined);
    }
  }
  return { endOffset, isFull: false };
}

/** Cleans one group of segments into one segment and swaps it in. */
async function cleanGroup(
  host: CleanerHost,
  group: readonly LogSegment[],
  rules: FilterRules,
  options: PassOptions,
  result: CleanResult,
  step: (bytes: number) => Promise<void>,
): Promise<void> {
  const { buffers } = options;
  const first = group[0]!;
  const writer = new CleanedSegmentWriter(first.baseOffset, host.dir, host.indexIntervalBytes, host.indexMaxEntries, buffers);
  let isDone = false;
  try {
    const stats: FilterStats = { recordsRead: 0, recordsKept: 0, tombstonesRemoved: 0, sectionBytes: 0 };
    let isChanged = group.length > 1;
    let expectedOffset = first.baseOffset;
    let gapEndOffset = -1;
    let bytesBefore = 0;
    let earliestHorizonMs: number | null = null;
    for (const [i, segment] of group.entries()) {
      bytesBefore += segment.sizeBytes;
      const isLastSegment = i === group.length - 1;
      const reader = new SegmentBatchReader(segment.fd, 0, segment.sizeBytes, buffers);
      while (reader.next()) {
        const at = reader.at;
        const header = readHeaderView(buffers.read, at);
        // The group's last batch keeps the cleaned segment ending where the group ended, so
        // the segment's range names exactly the segments it replaces (swap.ts).
        const isLastBatch = isLastSegment && reader.nextPosition >= segment.sizeBytes;
        const isProducerLast = header.producerId >= 0n && options.activeProducerLastOffsets?.get(header.producerId) === header.lastOffset;
        const examined = stats.sectionBytes;
        const outcome = filterBatch(buffers.read, at, reader.sizeBytes, rules, isLastBatch || isProducerLast, stats);
        if (outcome === KEEP) {
          writer.append(buffers.read, at, reader.sizeBytes);
        } else if (outcome !== DROP) {
          writer.append(outcome, 0, outcome.length);
          isChanged = true;
        } else {
          isChanged = true;
        }
        if (outcome !== DROP) {
          if (header.baseOffset > expectedOffset) gapEndOffset = header.baseOffset;
          expectedOffset = header.lastOffset + 1;
          // Horizons of batches this pass judged (past the map's end nothing was judged).
          const horizon = header.baseOffset < rules.mapEndOffset ? deleteHorizonOf(outcome === KEEP ? buffers.read : outcome, outcome === KEEP ? at : 0) : null;
          if (horizon !== null && (earliestHorizonMs === null || horizon < earliestHorizonMs)) earliestHorizonMs = horizon;
        }
        await step(reader.sizeBytes + stats.sectionBytes - examined);
      }
    }
    result.recordsRead += stats.recordsRead;
    result.recordsKept += stats.recordsKept;
    result.tombstonesRemoved += stats.tombstonesRemoved;
    if (earliestHorizonMs !== null) result.earliestDeleteHorizonMs = Math.min(result.earliestDeleteHorizonMs ?? Infinity, earliestHorizonMs);
    if (!isChanged) {
      // A lone segment with nothing to remove: leave it in place (repeated passes are no-ops).
      writer.discard();
      isDone = true;
      return;
    }
    const cleaned = await writer.finish(group[group.length - 1]!.lastModifiedMs);
    options.onStep(`write and fsync ${first.baseOffset}.cleaned`);
    if (host.isStale()) throw new PassAborted();
    // Recovery must accept the gaps this segment has before it can be committed.
    if (gapEndOffset > host.gapEndOffsetMax) {
      if (!(await host.raiseGapEndOffset(gapEndOffset)) || host.isStale()) throw new PassAborted();
      options.onStep(`checkpoint offset gaps up to ${gapEndOffset}`);
    }
    if (!(await host.installCleaned(group, cleaned, options.onStep))) throw new PassAborted();
    isDone = true;
    result.segmentsReplaced += group.length;
    result.segmentsWritten++;
    result.bytesBefore += bytesBefore;
    result.bytesAfter += cleaned.sizeBytes;
  } finally {
    if (!isDone) writer.discard();
  }
}
