import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  Attributes,
  BatchOffset,
  decodeRecordBatch,
  iterateBatchSpans,
  readBatchHeader,
  readEndTxnMarker,
} from '@gregor/protocol';
import { CorruptProducerSnapshotError, ProducerStateManager, producerBatchOf, type LoggedBatch, type ProducerBatch } from '@gregor/replication';
import type { PartitionLog } from '@gregor/storage';
import { writeFileAtomic } from '../services/local-controller.js';

/**
 * Producer state on disk and from the log: a snapshot file written at clean shutdown (Kafka
 * writes `<offset>.snapshot` files), and a scan of batch headers to rebuild what came after it
 * (or everything, after a crash or a truncation below the snapshot). Only idempotent and
 * transactional batches matter; record bytes are read only for control batches' markers.
 */
const SNAPSHOT_FILE = 'producer-state.snapshot';
/** Bytes read per step while scanning a log for producer state. */
const SCAN_CHUNK_BYTES = 4 * 1024 * 1024;

/** The ProducerBatch of the batch at `pos` (decoding only control batches, for their marker). */
export function producerBatchAt(buf: Buffer, pos: number): ProducerBatch {
  const header = readBatchHeader(buf, pos);
  if ((header.attributes & Attributes.control) === 0) return producerBatchOf(header);
  const batch = decodeRecordBatch(buf, pos);
  const marker = batch.records[0] !== undefined ? readEndTxnMarker(batch.records[0]) : null;
  return producerBatchOf(header, marker === null ? undefined : { isCommit: marker.type === 1, coordinatorEpoch: marker.coordinatorEpoch });
}

/** Every batch of the log from `fromOffset`, as producer state reads it. */
export function* loggedBatches(log: PartitionLog, fromOffset: number): Generator<LoggedBatch> {
  let offset = Math.max(fromOffset, log.logStartOffset);
  while (offset < log.logEndOffset) {
    const read = log.read(offset, SCAN_CHUNK_BYTES, { minOneBatch: true });
    if (read.bytes === 0) return;
    for (const chunk of read.chunks) {
      for (const span of iterateBatchSpans(chunk)) {
        const baseOffset = Number(chunk.readBigInt64BE(span.position + BatchOffset.baseOffset));
        const lastOffset = baseOffset + chunk.readInt32BE(span.position + BatchOffset.lastOffsetDelta);
        if (lastOffset < fromOffset) continue;
        if (chunk.readBigInt64BE(span.position + BatchOffset.producerId) < 0n) continue;
        yield { ...producerBatchAt(chunk, span.position), baseOffset, lastOffset };
      }
    }
    offset = read.nextOffset;
  }
}

/**
 * Producer state for a log at open: from the snapshot of a clean shutdown when it still fits the
 * log, then rebuilt from the log after it. The snapshot file is removed once read, so a later
 * crash rebuilds from the log instead of trusting a stale file.
 */
export function loadProducerState(dir: string, log: PartitionLog, producerIdExpirationMs: number): ProducerStateManager {
  const path = join(dir, SNAPSHOT_FILE);
  let state: ProducerStateManager | null = null;
  if (existsSync(path)) {
    try {
      const loaded = ProducerStateManager.fromSnapshot(readFileSync(path), { producerIdExpirationMs });
      if (loaded.endOffset <= log.logEndOffset && loaded.endOffset >= log.logStartOffset) state = loaded;
    } catch (err) {
      if (!(err instanceof CorruptProducerSnapshotError)) throw err;
    }
    rmSync(path, { force: true });
  }
  state ??= new ProducerStateManager({ producerIdExpirationMs }, log.logStartOffset);
  state.rebuild(loggedBatches(log, state.endOffset));
  return state;
}

/** Rebuilds producer state from the whole log (after a truncation Kafka calls truncateAndReload). */
export function reloadProducerState(log: PartitionLog, producerIdExpirationMs: number): ProducerStateManager {
  const state = new ProducerStateManager({ producerIdExpirationMs }, log.logStartOffset);
  state.rebuild(loggedBatches(log, log.logStartOffset));
  return state;
}

export function saveProducerState(dir: string, state: ProducerStateManager): void {
  writeFileAtomic(join(dir, SNAPSHOT_FILE), state.snapshot());
}
