// Goal: a replica's producer state after a restart (kill -9: no snapshot, so a rebuild from its
// log; or a clean shutdown's snapshot) and after a follower truncation answers an idempotent
// producer's retries as Kafka does: a retry of any of the last five batches is a duplicate with
// its original offsets, an older one is OUT_OF_ORDER_SEQUENCE_NUMBER, a cut batch is appended
// again. This is the path a duplicate after the chaos suite's restart-all would take if the broker
// were at fault. Method: idempotent batches of two producers (one- and two-record batches, across
// two leader epochs, with a plain batch between) are appended to a real PartitionLog in a
// temporary directory; the log is reopened or truncated and the loaded state is asked about every
// batch again, and compared with the in-memory state fed the same batches.
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRecordBatch, ErrorCode, readBatchHeader } from '@gregor/protocol';
import { ProducerStateManager, producerBatchOf, type AppendCheck, type ProducerBatch } from '@gregor/replication';
import { defaultLogConfig, PartitionLog } from '@gregor/storage';
import { loadProducerState, reloadProducerState, saveProducerState } from './producer-state-io.js';

const EXPIRATION_MS = 24 * 60 * 60 * 1000;
const NOW_MS = 1_700_000_000_000;

interface Written {
  readonly batch: ProducerBatch;
  readonly firstOffset: number;
  readonly lastOffset: number;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function openLog(dir: string): Promise<PartitionLog> {
  return PartitionLog.open(dir, { config: { ...defaultLogConfig, segmentBytes: 4096 }, nowMs: () => NOW_MS });
}

function encoded(producerId: bigint, producerEpoch: number, baseSequence: number, records: number): Buffer {
  return encodeRecordBatch({
    producerId,
    producerEpoch,
    baseSequence,
    records: Array.from({ length: records }, (_, i) => ({ timestamp: NOW_MS + i, key: Buffer.from(`k${baseSequence + i}`), value: Buffer.alloc(200, i) })),
  });
}

/**
 * Appends as a leader does (ReplicaManager.appendAsLeader: check, append, onAppended): producer
 * 7 writes 14 batches (every third has two records) in leader epochs 3 then 4, producer 9 writes
 * 6, and a plain batch sits among them. Returns the log, the live state and producer 7's batches.
 */
async function leaderLog(): Promise<{ dir: string; log: PartitionLog; live: ProducerStateManager; p7: Written[]; p9: Written[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'gregor-pstate-'));
  dirs.push(dir);
  const log = await openLog(dir);
  const live = new ProducerStateManager({ producerIdExpirationMs: EXPIRATION_MS }, log.logEndOffset);
  const p7: Written[] = [];
  const p9: Written[] = [];
  let seq7 = 0;
  let seq9 = 0;
  const append = (buf: Buffer, leaderEpoch: number): Written | null => {
    const header = readBatchHeader(buf, 0);
    const batch = header.producerId >= 0n ? producerBatchOf(header) : undefined;
    if (batch !== undefined) expect(live.checkAppend(batch)).toEqual({ kind: 'append' });
    const info = log.appendAsLeader(buf, { leaderEpoch });
    if (batch === undefined) return null;
    live.onAppended(batch, info.firstOffset, info.lastOffset);
    return { batch, firstOffset: info.firstOffset, lastOffset: info.lastOffset };
  };
  for (let i = 0; i < 14; i++) {
    const leaderEpoch = i < 8 ? 3 : 4;
    const records = i % 3 === 2 ? 2 : 1;
    p7.push(append(encoded(7n, 0, seq7, records), leaderEpoch)!);
    seq7 += records;
    if (i % 2 === 0) {
      p9.push(append(encoded(9n, 2, seq9, 1), leaderEpoch)!);
      seq9 += 1;
    }
    if (i === 5) append(encodeRecordBatch({ records: [{ timestamp: NOW_MS, key: null, value: Buffer.from('plain') }] }), leaderEpoch);
  }
  return { dir, log, live, p7, p9 };
}

/** What the leader would answer to a retry of each batch (a retry is the same header again). */
function answers(state: ProducerStateManager, written: readonly Written[]): AppendCheck[] {
  return written.map((w) => state.checkAppend(w.batch));
}

/**
 * Kafka's answers to retries once the batches up to `kept` (exclusive) are in the log and those
 * from `windowStart` are remembered (the last five, unless a truncation trimmed them).
 */
function expectedRetryAnswers(written: readonly Written[], kept: number, windowStart = kept - 5): Array<AppendCheck['kind'] | number> {
  // No batch left: the producer is unknown here and any sequence is accepted (KIP-360).
  if (kept === 0) return written.map(() => 'append');
  return written.map((_, i) => {
    if (i >= kept) return i === kept ? 'append' : ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER;
    return i >= windowStart ? 'duplicate' : ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER;
  });
}

const kinds = (checks: readonly AppendCheck[]): Array<AppendCheck['kind'] | number> => checks.map((c) => (c.kind === 'error' ? c.errorCode : c.kind));

describe('producer state of a restarted replica', () => {
  it('rebuilds from the log alone after a kill -9 (no snapshot) the state that deduplicates retries', async () => {
    const { dir, log, live, p7, p9 } = await leaderLog();
    await log.close();
    const reopened = await openLog(dir);
    try {
      const state = loadProducerState(dir, reopened, EXPIRATION_MS);
      expect(state.endOffset).toBe(reopened.logEndOffset);
      expect(state.activeProducers()).toEqual(live.activeProducers());
      expect(kinds(answers(state, p7))).toEqual(expectedRetryAnswers(p7, p7.length));
      // The last five batches come back with the offsets they were first written at.
      for (const w of p7.slice(-5)) expect(state.checkAppend(w.batch)).toEqual({ kind: 'duplicate', firstOffset: w.firstOffset, lastOffset: w.lastOffset });
      for (const w of p9.slice(-5)) expect(state.checkAppend(w.batch)).toEqual({ kind: 'duplicate', firstOffset: w.firstOffset, lastOffset: w.lastOffset });
      const last = p7[p7.length - 1]!.batch;
      expect(state.checkAppend(producerBatchOf(readBatchHeader(encoded(7n, 0, last.lastSequence + 1, 1), 0)))).toEqual({ kind: 'append' });
    } finally {
      await reopened.close();
    }
  });

  it('uses a clean shutdown snapshot only while it fits the log, and rebuilds when the log was cut below it', async () => {
    const { dir, log, live, p7 } = await leaderLog();
    saveProducerState(dir, live);
    await log.close();
    let reopened = await openLog(dir);
    const fromSnapshot = loadProducerState(dir, reopened, EXPIRATION_MS);
    expect(existsSync(join(dir, 'producer-state.snapshot'))).toBe(false);
    expect(fromSnapshot.activeProducers()).toEqual(live.activeProducers());

    // A snapshot that reflects batches the log no longer has must not be trusted.
    saveProducerState(dir, fromSnapshot);
    const cut = 9;
    reopened.truncateTo(p7[cut]!.firstOffset);
    await reopened.close();
    reopened = await openLog(dir);
    try {
      const state = loadProducerState(dir, reopened, EXPIRATION_MS);
      expect(state.endOffset).toBe(reopened.logEndOffset);
      expect(kinds(answers(state, p7))).toEqual(expectedRetryAnswers(p7, cut));
    } finally {
      await reopened.close();
    }
  });

  it('after a follower truncation at every batch boundary, forgets exactly the cut batches, trimmed or reloaded', async () => {
    const { log, live, p7 } = await leaderLog();
    try {
      let state = live;
      let windowStart = p7.length - 5;
      let reloads = 0;
      for (let cut = p7.length - 1; cut >= 0; cut--) {
        log.truncateTo(p7[cut]!.firstOffset);
        // As ReplicaManager.afterTruncation: trim in memory, or reload when it cannot be trimmed.
        if (state.truncateTo(log.logEndOffset) === 'reload') {
          state = reloadProducerState(log, EXPIRATION_MS);
          windowStart = cut - 5;
          reloads++;
        }
        // Trimming cannot bring back batches evicted before the cut: it keeps those of the last
        // five that lie below it. Those are the only ones a producer with at most five requests
        // in flight can still retry (its unacknowledged batches are always the newest).
        expect(kinds(answers(state, p7))).toEqual(expectedRetryAnswers(p7, cut, windowStart));
        expect(kinds(answers(reloadProducerState(log, EXPIRATION_MS), p7))).toEqual(expectedRetryAnswers(p7, cut));
      }
      expect(reloads).toBeGreaterThan(0);
    } finally {
      await log.close();
    }
  });
});
