import { Attributes, ErrorCode, crc32c, type BatchHeader } from '@gregor/protocol';
import { Packr } from 'msgpackr';
import { PRODUCER_BATCHES_RETAINED_MAX, PRODUCER_ID_EXPIRATION_MS_DEFAULT, SNAPSHOT_PRODUCERS_MAX } from '../limits.js';
import { assert } from './assert.js';
import { NO_SEQUENCE, isNextSequence, lastSequenceOf } from './sequence.js';

/**
 * Producer state of one partition for the idempotent and transactional producer (KIP-98,
 * KIP-360, KIP-679), as Kafka 3.x's ProducerStateManager and ProducerAppendInfo: per producer id
 * its epoch, the last five batches (to answer retries with their original offsets), and the
 * transaction fields (coordinator epoch, first offset of the open transaction).
 *
 * The leader asks `checkAppend` before appending a client's batch and calls `onAppended` after;
 * followers call `onAppended` for every replicated batch, so the state is already there when a
 * follower becomes leader. Restart: `fromSnapshot` of the latest `<endOffset>.snapshot`, then
 * `rebuild` from the log after it. The file I/O stays with the runtime.
 */

/** Kafka's RecordBatch.NO_PRODUCER_ID and NO_PRODUCER_EPOCH. */
export const NO_PRODUCER_ID = -1n;
export const NO_PRODUCER_EPOCH = -1;

/** The COMMIT or ABORT marker a control batch carries (Kafka's EndTransactionMarker). */
export interface EndTxnMarker {
  isCommit: boolean;
  coordinatorEpoch: number;
}

/** What producer state reads from a batch: header fields, plus the marker of a control batch. */
export interface ProducerBatch {
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  /** baseSequence + lastOffsetDelta with int32 wrap-around (`lastSequenceOf`). */
  lastSequence: number;
  isTransactional: boolean;
  isControl: boolean;
  /**
   * The batch's maxTimestamp as written (after LogAppendTime stamping). Kafka expires idle
   * producers by this timestamp, not by arrival time, and so do we.
   */
  maxTimestamp: number;
  /**
   * The decoded marker of a COMMIT/ABORT control batch. A control batch without one is treated
   * as empty (Kafka: a marker batch emptied by the cleaner changes nothing).
   */
  endTxnMarker?: EndTxnMarker;
}

/** A batch as it lies in the log, for `rebuild`. */
export interface LoggedBatch extends ProducerBatch {
  baseOffset: number;
  lastOffset: number;
}

/** One remembered batch of a producer (Kafka's BatchMetadata). */
export interface BatchMetadata {
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
}

/** A read-only copy of one producer's state (what DescribeProducers, KIP-664, reports). */
export interface ProducerStateView {
  readonly producerId: bigint;
  readonly producerEpoch: number;
  /** Sequence of the last appended record of this epoch, or NO_SEQUENCE (-1). */
  readonly lastSequence: number;
  /** Up to PRODUCER_BATCHES_RETAINED_MAX batches of the current epoch, oldest first. */
  readonly batches: readonly BatchMetadata[];
  readonly coordinatorEpoch: number;
  readonly currentTxnFirstOffset: number | null;
  readonly lastTimestamp: number;
}

/** Error codes `checkAppend` answers with; everything else about a batch is the handler's. */
export type ProducerErrorCode =
  | typeof ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
  | typeof ErrorCode.INVALID_PRODUCER_EPOCH
  | typeof ErrorCode.INVALID_TXN_STATE
  | typeof ErrorCode.TRANSACTION_COORDINATOR_FENCED;

export type AppendCheck =
  | { readonly kind: 'append' }
  /** A retry of a batch already in the log: answer with its offsets, append nothing. */
  | { readonly kind: 'duplicate'; readonly firstOffset: number; readonly lastOffset: number }
  | { readonly kind: 'error'; readonly errorCode: ProducerErrorCode; readonly message: string };

/** A transaction closed by a marker: its range, for the aborted-transaction index and the LSO. */
export interface CompletedTxn {
  readonly producerId: bigint;
  readonly firstOffset: number;
  /** Offset of the marker. */
  readonly lastOffset: number;
  readonly isAborted: boolean;
}

/**
 * `truncateTo` result: `truncated` when the state now reflects the log up to the offset, `reload`
 * when some producer's state before the offset is no longer in memory (its older batches were
 * evicted, a marker or an epoch bump is being cut away): then build a new manager with
 * `fromSnapshot` (latest snapshot at or below the offset, or empty) and `rebuild` from the log,
 * as Kafka's `truncateAndReload` does. On `reload` this manager is left unchanged.
 */
export type TruncateResult = 'truncated' | 'reload';

export interface ProducerStateOptions {
  /** `producer.id.expiration.ms`; default PRODUCER_ID_EXPIRATION_MS_DEFAULT (1 day). */
  producerIdExpirationMs?: number;
}

/** The snapshot bytes failed their CRC or their shape: ignore the file and rebuild from the log. */
export class CorruptProducerSnapshotError extends Error {
  override readonly name = 'CorruptProducerSnapshotError';
}

interface Entry {
  producerId: bigint;
  producerEpoch: number;
  batches: BatchMetadata[];
  coordinatorEpoch: number;
  currentTxnFirstOffset: number | null;
  lastTimestamp: number;
  /** Offset of the batch that created this entry: before it the producer had no state here. */
  sinceOffset: number;
  /** Last offset of any batch or marker of this producer. */
  lastOffset: number;
  /** Offset and timestamp of this producer's latest marker, or -1. */
  lastMarkerOffset: number;
  lastMarkerTimestamp: number;
}

const SNAPSHOT_VERSION = 1;
const SNAPSHOT_CRC_BYTES = 4;
const packr = new Packr({ useRecords: false, mapsAsObjects: true, copyBuffers: true });

/**
 * Header fields of a batch as a ProducerBatch. For a control batch pass its decoded
 * COMMIT/ABORT marker (`decodeControlRecordKey`, `decodeEndTxnMarkerValue` from @gregor/protocol).
 */
export function producerBatchOf(header: BatchHeader, endTxnMarker?: EndTxnMarker): ProducerBatch {
  const batch: ProducerBatch = {
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    lastSequence: lastSequenceOf(header.baseSequence, header.lastOffsetDelta),
    isTransactional: (header.attributes & Attributes.transactional) !== 0,
    isControl: (header.attributes & Attributes.control) !== 0,
    maxTimestamp: header.maxTimestamp,
  };
  if (endTxnMarker !== undefined) {
    assert(batch.isControl, 'an end-transaction marker comes only in a control batch');
    batch.endTxnMarker = endTxnMarker;
  }
  return batch;
}

function lastSequenceOfEntry(e: Entry): number {
  return e.batches.length === 0 ? NO_SEQUENCE : e.batches[e.batches.length - 1]!.lastSequence;
}

function viewOf(e: Entry): ProducerStateView {
  return {
    producerId: e.producerId,
    producerEpoch: e.producerEpoch,
    lastSequence: lastSequenceOfEntry(e),
    batches: e.batches.map((b) => ({ ...b })),
    coordinatorEpoch: e.coordinatorEpoch,
    currentTxnFirstOffset: e.currentTxnFirstOffset,
    lastTimestamp: e.lastTimestamp,
  };
}

function cloneEntry(e: Entry): Entry {
  return { ...e, batches: e.batches.slice() };
}

function error(errorCode: ProducerErrorCode, message: string): AppendCheck {
  return { kind: 'error', errorCode, message };
}

/**
 * Per-partition producer state. Transitions of one producer's entry:
 * - absent -> present: its first batch or marker is appended (`onAppended`, `rebuild`);
 * - epoch e -> e' (any other value): a batch or marker of epoch e' is appended; the remembered
 *   batches of e are dropped (a new epoch starts its sequences at 0);
 * - open transaction <-> none: a transactional batch opens one, a marker closes it;
 * - present -> absent: `removeExpiredProducers` (idle past `producer.id.expiration.ms`, no open
 *   transaction), `truncateTo` below its first batch, `truncateFullyAndStartAt`.
 * Retention and DeleteRecords keep entries (KIP-360, KAFKA-7190): the state outlives the data so
 * that a producer whose records were deleted keeps its sequence.
 */
export class ProducerStateManager {
  private readonly producers = new Map<bigint, Entry>();
  private readonly producerIdExpirationMs: number;
  private mapEndOffset: number;

  constructor(options: ProducerStateOptions = {}, endOffset = 0) {
    this.producerIdExpirationMs = options.producerIdExpirationMs ?? PRODUCER_ID_EXPIRATION_MS_DEFAULT;
    assert(this.producerIdExpirationMs > 0, 'producer.id.expiration.ms must be positive');
    assert(Number.isSafeInteger(endOffset) && endOffset >= 0, `bad end offset ${endOffset}`);
    this.mapEndOffset = endOffset;
  }

  /** The log end offset this state reflects: every batch below it has been applied. */
  get endOffset(): number {
    return this.mapEndOffset;
  }

  /** Producers with state. */
  get size(): number {
    return this.producers.size;
  }

  producer(producerId: bigint): ProducerStateView | undefined {
    const e = this.producers.get(producerId);
    return e === undefined ? undefined : viewOf(e);
  }

  activeProducers(): ProducerStateView[] {
    return [...this.producers.values()].map(viewOf);
  }

  /**
   * Decides what to do with a client's batch before the leader appends it (Kafka's
   * ProducerAppendInfo with origin CLIENT, WriteTxnMarkers' markers with origin COORDINATOR):
   * - no producer id (-1): append;
   * - same epoch and the same sequence range as one of the last five batches: `duplicate`, with
   *   the original offsets (Kafka answers a retry as a success, never DUPLICATE_SEQUENCE_NUMBER);
   * - an epoch below the producer's: INVALID_PRODUCER_EPOCH (Kafka >= 2.7 on produce; PRODUCER_FENCED
   *   belongs to the transaction coordinator);
   * - a new epoch not starting at sequence 0, or a gap in the current epoch:
   *   OUT_OF_ORDER_SEQUENCE_NUMBER;
   * - an unknown producer id: append, whatever its sequence. Kafka 3.x never answers
   *   UNKNOWN_PRODUCER_ID on produce (KIP-360): state outlives retention, so a producer without
   *   state here has expired, and its next batch starts a new sequence line;
   * - a plain batch while the producer's transaction is open: INVALID_TXN_STATE;
   * - a marker whose coordinator epoch is older than the last one: TRANSACTION_COORDINATOR_FENCED.
   * Followers do not call this: replicated batches were validated by the leader.
   */
  checkAppend(batch: ProducerBatch): AppendCheck {
    if (batch.producerId === NO_PRODUCER_ID) return { kind: 'append' };
    const e = this.producers.get(batch.producerId);
    if (batch.isControl) return batch.endTxnMarker === undefined ? { kind: 'append' } : this.checkMarker(batch, batch.endTxnMarker, e);

    if (e !== undefined && batch.producerEpoch === e.producerEpoch) {
      const dup = e.batches.find((b) => b.firstSequence === batch.baseSequence && b.lastSequence === batch.lastSequence);
      if (dup !== undefined) return { kind: 'duplicate', firstOffset: dup.firstOffset, lastOffset: dup.lastOffset };
    }
    if (e === undefined) return { kind: 'append' };
    if (batch.producerEpoch < e.producerEpoch) {
      return error(ErrorCode.INVALID_PRODUCER_EPOCH, `producer ${batch.producerId} epoch ${batch.producerEpoch} is older than the last seen epoch ${e.producerEpoch}`);
    }
    if (batch.producerEpoch !== e.producerEpoch) {
      if (batch.baseSequence !== 0 && e.producerEpoch !== NO_PRODUCER_EPOCH) {
        return error(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, `producer ${batch.producerId} new epoch ${batch.producerEpoch} starts at sequence ${batch.baseSequence}, expected 0`);
      }
    } else {
      const last = lastSequenceOfEntry(e);
      if (e.producerEpoch !== NO_PRODUCER_EPOCH && !isNextSequence(last, batch.baseSequence)) {
        return error(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, `producer ${batch.producerId} sequence ${batch.baseSequence} does not follow ${last}`);
      }
    }
    if (e.currentTxnFirstOffset !== null && !batch.isTransactional) {
      return error(ErrorCode.INVALID_TXN_STATE, `producer ${batch.producerId} sent a non-transactional batch while its transaction from offset ${e.currentTxnFirstOffset} is open`);
    }
    return { kind: 'append' };
  }

  private checkMarker(batch: ProducerBatch, marker: EndTxnMarker, e: Entry | undefined): AppendCheck {
    if (e === undefined) return { kind: 'append' };
    if (batch.producerEpoch < e.producerEpoch) {
      return error(ErrorCode.INVALID_PRODUCER_EPOCH, `marker of producer ${batch.producerId} has epoch ${batch.producerEpoch}, older than ${e.producerEpoch}`);
    }
    if (marker.coordinatorEpoch < e.coordinatorEpoch) {
      return error(ErrorCode.TRANSACTION_COORDINATOR_FENCED, `marker of producer ${batch.producerId} has coordinator epoch ${marker.coordinatorEpoch}, older than ${e.coordinatorEpoch}`);
    }
    return { kind: 'append' };
  }

  /**
   * Applies a batch now in the log at [firstOffset, lastOffset] (leader after its append,
   * follower for every replicated batch, `rebuild` for recovery). No validation: what is in the
   * log is the truth (Kafka's origin REPLICATION). Returns the transaction a marker closed.
   */
  onAppended(batch: ProducerBatch, firstOffset: number, lastOffset: number): CompletedTxn | null {
    assert(Number.isSafeInteger(firstOffset) && lastOffset >= firstOffset, `bad batch range [${firstOffset}, ${lastOffset}]`);
    assert(firstOffset >= this.mapEndOffset, `batch at ${firstOffset} is below the producer state's end offset ${this.mapEndOffset}`);
    this.mapEndOffset = lastOffset + 1;
    if (batch.producerId === NO_PRODUCER_ID) return null;
    if (batch.isControl && batch.endTxnMarker === undefined) return null;

    let e = this.producers.get(batch.producerId);
    if (e === undefined) {
      e = {
        producerId: batch.producerId,
        producerEpoch: NO_PRODUCER_EPOCH,
        batches: [],
        coordinatorEpoch: -1,
        currentTxnFirstOffset: null,
        lastTimestamp: batch.maxTimestamp,
        sinceOffset: firstOffset,
        lastOffset,
        lastMarkerOffset: -1,
        lastMarkerTimestamp: -1,
      };
      this.producers.set(batch.producerId, e);
    }
    if (e.producerEpoch !== batch.producerEpoch) {
      e.producerEpoch = batch.producerEpoch;
      e.batches = [];
    }
    e.lastTimestamp = batch.maxTimestamp;
    e.lastOffset = lastOffset;

    const marker = batch.endTxnMarker;
    if (marker !== undefined) {
      const completed: CompletedTxn | null =
        e.currentTxnFirstOffset === null ? null : { producerId: e.producerId, firstOffset: e.currentTxnFirstOffset, lastOffset: firstOffset, isAborted: !marker.isCommit };
      e.currentTxnFirstOffset = null;
      e.coordinatorEpoch = marker.coordinatorEpoch;
      e.lastMarkerOffset = firstOffset;
      e.lastMarkerTimestamp = batch.maxTimestamp;
      return completed;
    }

    if (e.batches.length === PRODUCER_BATCHES_RETAINED_MAX) e.batches.shift();
    e.batches.push({ firstSequence: batch.baseSequence, lastSequence: batch.lastSequence, firstOffset, lastOffset, maxTimestamp: batch.maxTimestamp });
    if (batch.isTransactional && e.currentTxnFirstOffset === null) e.currentTxnFirstOffset = firstOffset;
    return null;
  }

  /**
   * Replays batches from the log (recovery, or after a `reload`), skipping those wholly below
   * `endOffset` (already in the snapshot). Call `removeExpiredProducers` afterwards.
   */
  rebuild(batches: Iterable<LoggedBatch>): void {
    for (const b of batches) {
      if (b.lastOffset < this.mapEndOffset) continue;
      this.onAppended(b, b.baseOffset, b.lastOffset);
    }
  }

  /**
   * The log was truncated to end at `offset` (follower truncation, KIP-101/279): forget what was
   * appended at or after it. See TruncateResult for when this needs a reload instead.
   */
  truncateTo(offset: number): TruncateResult {
    assert(Number.isSafeInteger(offset) && offset >= 0, `bad truncation offset ${offset}`);
    if (offset >= this.mapEndOffset) return 'truncated';
    const updates = new Map<bigint, Entry | null>();
    for (const e of this.producers.values()) {
      if (e.lastOffset < offset) continue;
      if (e.sinceOffset >= offset) {
        updates.set(e.producerId, null);
        continue;
      }
      // A marker being cut away reopens a transaction or restores a coordinator epoch we no longer know.
      if (e.lastMarkerOffset >= offset) return 'reload';
      const kept = e.batches.filter((b) => b.lastOffset < offset);
      // No batch of this epoch left before the offset: the epoch or sequence before it is unknown.
      if (kept.length === 0) return 'reload';
      const last = kept[kept.length - 1]!;
      const next = cloneEntry(e);
      next.batches = kept;
      const isMarkerLast = e.lastMarkerOffset > last.lastOffset;
      next.lastTimestamp = isMarkerLast ? e.lastMarkerTimestamp : last.maxTimestamp;
      next.lastOffset = isMarkerLast ? e.lastMarkerOffset : last.lastOffset;
      if (next.currentTxnFirstOffset !== null && next.currentTxnFirstOffset >= offset) next.currentTxnFirstOffset = null;
      updates.set(e.producerId, next);
    }
    for (const [producerId, next] of updates) {
      if (next === null) this.producers.delete(producerId);
      else this.producers.set(producerId, next);
    }
    this.mapEndOffset = offset;
    return 'truncated';
  }

  /**
   * The follower's log was emptied and restarts at `offset` (fetch offset below the leader's log
   * start, Kafka's truncateFullyAndStartAt): all state goes.
   */
  truncateFullyAndStartAt(offset: number): void {
    assert(Number.isSafeInteger(offset) && offset >= 0, `bad start offset ${offset}`);
    this.producers.clear();
    this.mapEndOffset = offset;
  }

  /**
   * Retention or DeleteRecords moved the log start offset. Entries stay (KIP-360, KAFKA-7190:
   * keeping a producer's sequence after its records are deleted avoids spurious
   * OUT_OF_ORDER_SEQUENCE_NUMBER); they leave only by expiry. Only the end offset moves up when
   * the whole log is gone.
   */
  onLogStartOffsetIncremented(logStartOffset: number): void {
    if (logStartOffset > this.mapEndOffset) this.mapEndOffset = logStartOffset;
  }

  /**
   * Drops producers idle for `producer.id.expiration.ms`: no batch with a timestamp within it and
   * no open transaction (Kafka's isProducerExpired). Returns how many went.
   */
  removeExpiredProducers(nowMs: number): number {
    let removed = 0;
    for (const [producerId, e] of this.producers) {
      if (e.currentTxnFirstOffset === null && nowMs - e.lastTimestamp >= this.producerIdExpirationMs) {
        this.producers.delete(producerId);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Encodes the state for a `<endOffset>.snapshot` file: a CRC-32C (big-endian) over a msgpack
   * body, as Kafka's snapshot files carry a CRC. Unlike Kafka (one batch per producer), all
   * remembered batches are kept, so retries still deduplicate after a restart.
   */
  snapshot(): Uint8Array {
    const producers = [...this.producers.values()].map((e) => [
      e.producerId.toString(),
      e.producerEpoch,
      e.coordinatorEpoch,
      e.currentTxnFirstOffset ?? -1,
      e.lastTimestamp,
      e.sinceOffset,
      e.lastOffset,
      e.lastMarkerOffset,
      e.lastMarkerTimestamp,
      e.batches.map((b) => [b.firstSequence, b.lastSequence, b.firstOffset, b.lastOffset, b.maxTimestamp]),
    ]);
    const body = packr.pack({ version: SNAPSHOT_VERSION, endOffset: this.mapEndOffset, producers });
    const out = new Uint8Array(SNAPSHOT_CRC_BYTES + body.length);
    out.set(body, SNAPSHOT_CRC_BYTES);
    new DataView(out.buffer).setUint32(0, crc32c(body), false);
    return out;
  }

  /** Decodes `snapshot()` bytes; throws CorruptProducerSnapshotError on any damage. */
  static fromSnapshot(bytes: Uint8Array, options: ProducerStateOptions = {}): ProducerStateManager {
    if (bytes.length < SNAPSHOT_CRC_BYTES + 1) throw new CorruptProducerSnapshotError(`snapshot of ${bytes.length} bytes is too short`);
    const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, false);
    const body = bytes.subarray(SNAPSHOT_CRC_BYTES);
    const computed = crc32c(body);
    if (stored !== computed) throw new CorruptProducerSnapshotError(`snapshot CRC ${stored} does not match computed ${computed}`);
    let decoded: unknown;
    try {
      decoded = packr.unpack(body);
    } catch (cause) {
      throw new CorruptProducerSnapshotError(`snapshot body is not msgpack: ${(cause as Error).message}`);
    }
    const root = decoded as { version?: unknown; endOffset?: unknown; producers?: unknown };
    if (typeof root !== 'object' || root === null) throw new CorruptProducerSnapshotError('snapshot body is not a map');
    if (root.version !== SNAPSHOT_VERSION) throw new CorruptProducerSnapshotError(`unknown snapshot version ${String(root.version)}`);
    const endOffset = offsetField(root.endOffset, 'endOffset');
    if (!Array.isArray(root.producers) || root.producers.length > SNAPSHOT_PRODUCERS_MAX) throw new CorruptProducerSnapshotError('snapshot producers are not a bounded list');
    const m = new ProducerStateManager(options, endOffset);
    for (const row of root.producers as unknown[]) {
      const e = entryFromRow(row);
      if (m.producers.has(e.producerId)) throw new CorruptProducerSnapshotError(`producer ${e.producerId} appears twice`);
      m.producers.set(e.producerId, e);
    }
    return m;
  }
}

function intField(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new CorruptProducerSnapshotError(`snapshot field ${name} is not an integer`);
  return v;
}

function offsetField(v: unknown, name: string): number {
  const n = intField(v, name);
  if (n < -1) throw new CorruptProducerSnapshotError(`snapshot field ${name} is negative`);
  return n;
}

function entryFromRow(row: unknown): Entry {
  if (!Array.isArray(row) || row.length !== 10) throw new CorruptProducerSnapshotError('snapshot producer row has the wrong shape');
  const [pid, epoch, coordinatorEpoch, txnFirst, lastTimestamp, sinceOffset, lastOffset, lastMarkerOffset, lastMarkerTimestamp, batches] = row as unknown[];
  if (typeof pid !== 'string' || !/^-?\d{1,19}$/.test(pid)) throw new CorruptProducerSnapshotError('snapshot producer id is not a decimal int64');
  if (!Array.isArray(batches) || batches.length > PRODUCER_BATCHES_RETAINED_MAX) throw new CorruptProducerSnapshotError('snapshot batch list is not bounded');
  const txn = offsetField(txnFirst, 'currentTxnFirstOffset');
  return {
    producerId: BigInt(pid),
    producerEpoch: intField(epoch, 'producerEpoch'),
    coordinatorEpoch: intField(coordinatorEpoch, 'coordinatorEpoch'),
    currentTxnFirstOffset: txn === -1 ? null : txn,
    lastTimestamp: intField(lastTimestamp, 'lastTimestamp'),
    sinceOffset: offsetField(sinceOffset, 'sinceOffset'),
    lastOffset: offsetField(lastOffset, 'lastOffset'),
    lastMarkerOffset: offsetField(lastMarkerOffset, 'lastMarkerOffset'),
    lastMarkerTimestamp: intField(lastMarkerTimestamp, 'lastMarkerTimestamp'),
    batches: (batches as unknown[]).map((b): BatchMetadata => {
      if (!Array.isArray(b) || b.length !== 5) throw new CorruptProducerSnapshotError('snapshot batch has the wrong shape');
      const [firstSequence, lastSequence, firstOffset, lastOffsetOfBatch, maxTimestamp] = b as unknown[];
      return {
        firstSequence: intField(firstSequence, 'firstSequence'),
        lastSequence: intField(lastSequence, 'lastSequence'),
        firstOffset: offsetField(firstOffset, 'firstOffset'),
        lastOffset: offsetField(lastOffsetOfBatch, 'lastOffset'),
        maxTimestamp: intField(maxTimestamp, 'maxTimestamp'),
      };
    }),
  };
}
