// Goal: ProducerStateManager answers produce requests as Kafka 3.x's ProducerStateManager and
// ProducerAppendInfo do (duplicates with their original offsets, epoch fencing, sequence gaps,
// transaction state), keeps that state across follower replication, truncation, expiry and
// snapshots. Method: scripted produce sequences against an in-memory "log" that assigns offsets,
// plus fast-check properties: retries of the last five batches always deduplicate, truncation
// equals a rebuild of the log prefix, and damaged snapshots only ever raise
// CorruptProducerSnapshotError.
import { Attributes, ErrorCode, type BatchHeader } from '@gregor/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCER_BATCHES_RETAINED_MAX } from '../limits.js';
import { CorruptProducerSnapshotError, NO_PRODUCER_ID, ProducerStateManager, producerBatchOf, type AppendCheck, type LoggedBatch, type ProducerBatch } from './producer-state.js';
import { SEQUENCE_MAX, lastSequenceOf } from './sequence.js';

const P = 1000n;

function data(producerId: bigint, producerEpoch: number, baseSequence: number, count = 1, over: Partial<ProducerBatch> = {}): ProducerBatch & { count: number } {
  return { producerId, producerEpoch, baseSequence, lastSequence: lastSequenceOf(baseSequence, count - 1), isTransactional: false, isControl: false, maxTimestamp: 1_000, count, ...over };
}

function marker(producerId: bigint, producerEpoch: number, isCommit: boolean, coordinatorEpoch = 0, maxTimestamp = 1_000): ProducerBatch & { count: number } {
  return { producerId, producerEpoch, baseSequence: -1, lastSequence: -1, isTransactional: true, isControl: true, maxTimestamp, endTxnMarker: { isCommit, coordinatorEpoch }, count: 1 };
}

/** A partition leader in miniature: checks, appends at the next offsets, records the log. */
class Leader {
  readonly log: LoggedBatch[] = [];
  constructor(readonly state = new ProducerStateManager()) {}
  get logEndOffset(): number {
    const last = this.log[this.log.length - 1];
    return last === undefined ? 0 : last.lastOffset + 1;
  }
  produce(b: ProducerBatch & { count: number }): AppendCheck & { offsets?: [number, number] } {
    const check = this.state.checkAppend(b);
    if (check.kind !== 'append') return check;
    const baseOffset = this.logEndOffset;
    const { count, ...batch } = b;
    const logged: LoggedBatch = { ...batch, baseOffset, lastOffset: baseOffset + count - 1 };
    this.log.push(logged);
    this.state.onAppended(batch, logged.baseOffset, logged.lastOffset);
    return { ...check, offsets: [logged.baseOffset, logged.lastOffset] };
  }
}

describe('checkAppend: idempotent producer', () => {
  it('always appends a batch without producer id (-1)', () => {
    const l = new Leader();
    expect(l.produce(data(NO_PRODUCER_ID, -1, -1, 3)).kind).toBe('append');
    expect(l.produce(data(NO_PRODUCER_ID, -1, -1, 3)).kind).toBe('append');
    expect(l.state.size).toBe(0);
    expect(l.state.endOffset).toBe(6);
  });

  it('accepts the first batch of an unknown producer at any sequence, never UNKNOWN_PRODUCER_ID (KIP-360)', () => {
    const l = new Leader();
    expect(l.produce(data(P, 0, 0, 2)).kind).toBe('append');
    expect(l.produce(data(P + 1n, 3, 17, 2)).kind).toBe('append');
    expect(l.state.producer(P + 1n)).toMatchObject({ producerEpoch: 3, lastSequence: 18 });
  });

  it('appends consecutive sequences', () => {
    const l = new Leader();
    expect(l.produce(data(P, 0, 0, 3)).offsets).toEqual([0, 2]);
    expect(l.produce(data(P, 0, 3, 2)).offsets).toEqual([3, 4]);
    expect(l.state.producer(P)?.lastSequence).toBe(4);
  });

  it('answers a sequence gap with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 3));
    const r = l.produce(data(P, 0, 4, 1));
    expect(r).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    expect(l.state.endOffset).toBe(3);
  });

  it('answers an older sequence that matches no remembered batch with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 3));
    expect(l.produce(data(P, 0, 1, 2))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
  });

  it('answers a retry of any of the last five batches as a duplicate with its original offsets', () => {
    const l = new Leader();
    let seq = 0;
    const offsets: Array<[number, number, number]> = [];
    for (let i = 0; i < 7; i++) {
      const r = l.produce(data(P, 0, seq, 2));
      offsets.push([seq, ...r.offsets!]);
      seq += 2;
    }
    for (const [s, first, last] of offsets.slice(-PRODUCER_BATCHES_RETAINED_MAX)) {
      expect(l.produce(data(P, 0, s, 2))).toEqual({ kind: 'duplicate', firstOffset: first, lastOffset: last });
    }
    // The sixth most recent was forgotten: Kafka cannot tell it from a gap.
    const [oldSeq] = offsets[1]!;
    expect(l.produce(data(P, 0, oldSeq, 2))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    expect(l.state.endOffset).toBe(14);
  });

  it('does not treat a batch with the same first sequence but a different length as a duplicate', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 3));
    expect(l.produce(data(P, 0, 0, 2))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
  });

  it('answers an older producer epoch with INVALID_PRODUCER_EPOCH, even for a retry of its own batch', () => {
    const l = new Leader();
    l.produce(data(P, 4, 0, 1));
    l.produce(data(P, 5, 0, 1));
    expect(l.produce(data(P, 4, 1, 1))).toMatchObject({ kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH });
    expect(l.produce(data(P, 4, 0, 1))).toMatchObject({ kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH });
  });

  it('accepts a new epoch starting at sequence 0 and forgets the old epoch\'s batches', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 5));
    expect(l.produce(data(P, 1, 0, 1)).kind).toBe('append');
    expect(l.state.producer(P)).toMatchObject({ producerEpoch: 1, lastSequence: 0 });
    expect(l.state.producer(P)?.batches).toHaveLength(1);
  });

  it('answers a new epoch that does not start at sequence 0 with OUT_OF_ORDER_SEQUENCE_NUMBER', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 5));
    expect(l.produce(data(P, 1, 5, 1))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
  });

  it('follows sequences across the int32 wrap-around', () => {
    const l = new Leader();
    const b = data(P, 0, SEQUENCE_MAX - 1, 3);
    expect(b.lastSequence).toBe(0);
    expect(l.produce(data(P, 0, SEQUENCE_MAX - 3, 2)).kind).toBe('append');
    expect(l.produce(b).kind).toBe('append');
    expect(l.produce(data(P, 0, 1, 1)).kind).toBe('append');
    expect(l.produce(data(P, 0, SEQUENCE_MAX - 1, 3))).toMatchObject({ kind: 'duplicate', firstOffset: 2, lastOffset: 4 });
    const l2 = new Leader();
    l2.produce(data(P, 0, SEQUENCE_MAX, 1));
    expect(l2.produce(data(P, 0, 0, 1)).kind).toBe('append');
  });

  it('builds the batch from a header with the wrapped last sequence and the attribute flags', () => {
    const header: BatchHeader = {
      baseOffset: 0, batchLength: 0, partitionLeaderEpoch: 0, magic: 2, crc: 0,
      attributes: Attributes.transactional, lastOffsetDelta: 4, baseTimestamp: 5, maxTimestamp: 9,
      producerId: 7n, producerEpoch: 2, baseSequence: SEQUENCE_MAX - 1, recordsCount: 5,
    };
    expect(producerBatchOf(header)).toEqual({ producerId: 7n, producerEpoch: 2, baseSequence: SEQUENCE_MAX - 1, lastSequence: 2, isTransactional: true, isControl: false, maxTimestamp: 9 });
    const control = producerBatchOf({ ...header, attributes: Attributes.transactional | Attributes.control, lastOffsetDelta: 0 }, { isCommit: true, coordinatorEpoch: 3 });
    expect(control).toMatchObject({ isControl: true, endTxnMarker: { isCommit: true, coordinatorEpoch: 3 } });
  });
});

describe('checkAppend: transactions', () => {
  it('answers a plain batch during an open transaction with INVALID_TXN_STATE', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 2, { isTransactional: true }));
    expect(l.state.producer(P)?.currentTxnFirstOffset).toBe(0);
    expect(l.produce(data(P, 0, 2, 1))).toMatchObject({ kind: 'error', errorCode: ErrorCode.INVALID_TXN_STATE });
  });

  it('closes the transaction with a marker and reports its range', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 2, { isTransactional: true }), 10, 11);
    s.onAppended(data(P, 0, 2, 1, { isTransactional: true }), 12, 12);
    expect(s.onAppended(marker(P, 0, false, 4), 13, 13)).toEqual({ producerId: P, firstOffset: 10, lastOffset: 13, isAborted: true });
    expect(s.producer(P)).toMatchObject({ currentTxnFirstOffset: null, coordinatorEpoch: 4, lastSequence: 2 });
    expect(s.checkAppend(data(P, 0, 3, 1))).toEqual({ kind: 'append' });
    expect(s.onAppended(marker(P, 0, true, 4), 14, 14)).toBeNull();
  });

  it('answers a marker from an older coordinator epoch with TRANSACTION_COORDINATOR_FENCED', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 1, { isTransactional: true }), 0, 0);
    s.onAppended(marker(P, 0, true, 5), 1, 1);
    expect(s.checkAppend(marker(P, 0, true, 4))).toMatchObject({ kind: 'error', errorCode: ErrorCode.TRANSACTION_COORDINATOR_FENCED });
    expect(s.checkAppend(marker(P, 0, true, 5))).toEqual({ kind: 'append' });
  });

  it('answers a marker with an older producer epoch with INVALID_PRODUCER_EPOCH', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 3, 0, 1, { isTransactional: true }), 0, 0);
    expect(s.checkAppend(marker(P, 2, false))).toMatchObject({ kind: 'error', errorCode: ErrorCode.INVALID_PRODUCER_EPOCH });
  });

  it('restarts sequences at 0 after a marker bumps the epoch', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 3, { isTransactional: true }), 0, 2);
    s.onAppended(marker(P, 1, false), 3, 3);
    expect(s.checkAppend(data(P, 1, 3, 1, { isTransactional: true }))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    expect(s.checkAppend(data(P, 1, 0, 1, { isTransactional: true }))).toEqual({ kind: 'append' });
  });

  it('treats a control batch without a marker as empty', () => {
    const s = new ProducerStateManager();
    const empty: ProducerBatch = { producerId: P, producerEpoch: 0, baseSequence: -1, lastSequence: -1, isTransactional: true, isControl: true, maxTimestamp: 0 };
    expect(s.checkAppend(empty)).toEqual({ kind: 'append' });
    expect(s.onAppended(empty, 0, 0)).toBeNull();
    expect(s.size).toBe(0);
  });
});

describe('replication and recovery', () => {
  it('deduplicates a retry on a follower promoted to leader, because followers apply every replicated batch', () => {
    const leader = new Leader();
    leader.produce(data(P, 0, 0, 2));
    leader.produce(data(P, 0, 2, 2));
    const follower = new Leader();
    for (const b of leader.log) follower.state.onAppended(b, b.baseOffset, b.lastOffset);
    follower.log.push(...leader.log);
    expect(follower.produce(data(P, 0, 2, 2))).toEqual({ kind: 'duplicate', firstOffset: 2, lastOffset: 3 });
    expect(follower.produce(data(P, 0, 4, 1)).offsets).toEqual([4, 4]);
  });

  it('rebuilds the same state from the log, skipping what a snapshot already covers', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 2));
    l.produce(data(P + 1n, 0, 0, 1, { isTransactional: true }));
    const snap = l.state.snapshot();
    l.produce(data(P, 0, 2, 2));
    l.produce(marker(P + 1n, 0, true, 1));
    const fromLog = new ProducerStateManager();
    fromLog.rebuild(l.log);
    expect(fromLog.activeProducers()).toEqual(l.state.activeProducers());
    const fromSnap = ProducerStateManager.fromSnapshot(snap);
    expect(fromSnap.endOffset).toBe(3);
    fromSnap.rebuild(l.log);
    expect(fromSnap.activeProducers()).toEqual(l.state.activeProducers());
    expect(fromSnap.endOffset).toBe(l.state.endOffset);
  });

  it('refuses, as a bug, a batch below the state\'s end offset', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 3), 0, 2);
    expect(() => s.onAppended(data(P, 0, 3, 1), 2, 2)).toThrow(/below the producer state's end offset/);
  });

  it('keeps a producer\'s sequence after retention deletes its records (KIP-360)', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 3));
    l.state.onLogStartOffsetIncremented(3);
    expect(l.produce(data(P, 0, 5, 1))).toMatchObject({ kind: 'error', errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER });
    expect(l.produce(data(P, 0, 3, 1)).kind).toBe('append');
    const s = new ProducerStateManager({}, 4);
    s.onLogStartOffsetIncremented(50);
    expect(s.endOffset).toBe(50);
  });

  it('expires a producer idle for producer.id.expiration.ms, by batch timestamp, but never one with an open transaction', () => {
    const s = new ProducerStateManager({ producerIdExpirationMs: 1_000 });
    s.onAppended(data(P, 0, 0, 1, { maxTimestamp: 10_000 }), 0, 0);
    s.onAppended(data(P + 1n, 0, 0, 1, { maxTimestamp: 10_000, isTransactional: true }), 1, 1);
    expect(s.removeExpiredProducers(10_999)).toBe(0);
    expect(s.removeExpiredProducers(11_000)).toBe(1);
    expect(s.producer(P)).toBeUndefined();
    expect(s.producer(P + 1n)).toBeDefined();
    // Expired: its next batch is accepted at any sequence, as for a new producer.
    expect(s.checkAppend(data(P, 0, 7, 1))).toEqual({ kind: 'append' });
  });

  it('forgets everything on truncateFullyAndStartAt', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 1), 0, 0);
    s.truncateFullyAndStartAt(100);
    expect(s.size).toBe(0);
    expect(s.endOffset).toBe(100);
  });
});

describe('truncateTo', () => {
  it('drops producers whose first batch is at or after the offset and trims the others', () => {
    const l = new Leader();
    l.produce(data(P, 0, 0, 2)); // 0-1
    l.produce(data(P, 0, 2, 2)); // 2-3
    l.produce(data(P + 1n, 0, 0, 1)); // 4
    l.produce(data(P, 0, 4, 1)); // 5
    expect(l.state.truncateTo(4)).toBe('truncated');
    expect(l.state.endOffset).toBe(4);
    expect(l.state.producer(P + 1n)).toBeUndefined();
    expect(l.state.producer(P)).toMatchObject({ lastSequence: 3 });
    expect(l.state.checkAppend(data(P, 0, 4, 1))).toEqual({ kind: 'append' });
  });

  it('reopens nothing when the cut transaction began after the offset', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 1), 0, 0);
    s.onAppended(data(P, 0, 1, 1, { isTransactional: true }), 1, 1);
    expect(s.truncateTo(1)).toBe('truncated');
    expect(s.producer(P)?.currentTxnFirstOffset).toBeNull();
  });

  it('asks for a reload when a marker would be cut away, and changes nothing', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 1, { isTransactional: true }), 0, 0);
    s.onAppended(marker(P, 0, true), 1, 1);
    const before = s.snapshot();
    expect(s.truncateTo(1)).toBe('reload');
    expect(s.snapshot()).toEqual(before);
  });

  it('asks for a reload when the batches before the offset were evicted', () => {
    const s = new ProducerStateManager();
    for (let i = 0; i < 8; i++) s.onAppended(data(P, 0, i, 1), i, i);
    expect(s.truncateTo(3)).toBe('reload');
    expect(s.truncateTo(4)).toBe('truncated');
  });

  it('asks for a reload when an epoch bump would be cut away', () => {
    const s = new ProducerStateManager();
    s.onAppended(data(P, 0, 0, 1), 0, 0);
    s.onAppended(data(P, 1, 0, 1), 1, 1);
    expect(s.truncateTo(1)).toBe('reload');
  });

  it('matches a rebuild of the remaining log whenever it truncates in memory (property)', () => {
    const step = fc.record({
      producer: fc.integer({ min: 0, max: 3 }),
      action: fc.constantFrom('next', 'next', 'next', 'bumpEpoch', 'txn', 'commit', 'abort', 'plain'),
      count: fc.integer({ min: 1, max: 3 }),
      ts: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat(), (steps, cutSeed) => {
        const l = new Leader();
        const seqs = new Map<number, { epoch: number; seq: number; inTxn: boolean }>();
        for (const s of steps) {
          const pid = BigInt(s.producer) + P;
          const st = seqs.get(s.producer) ?? { epoch: 0, seq: 0, inTxn: false };
          seqs.set(s.producer, st);
          if (s.action === 'plain') l.produce(data(NO_PRODUCER_ID, -1, -1, s.count, { maxTimestamp: s.ts }));
          else if (s.action === 'bumpEpoch') {
            if (st.inTxn) continue;
            st.epoch++;
            st.seq = 0;
            l.produce(data(pid, st.epoch, 0, s.count, { maxTimestamp: s.ts }));
            st.seq = s.count;
          } else if (s.action === 'commit' || s.action === 'abort') {
            l.produce(marker(pid, st.epoch, s.action === 'commit', 0, s.ts));
            st.inTxn = false;
          } else {
            const isTransactional = s.action === 'txn' || st.inTxn;
            const r = l.produce(data(pid, st.epoch, st.seq, s.count, { isTransactional, maxTimestamp: s.ts }));
            expect(r.kind).toBe('append');
            st.seq += s.count;
            if (isTransactional) st.inTxn = true;
          }
        }
        const cut = cutSeed % (l.logEndOffset + 1);
        const cutAt = l.log.find((b) => b.lastOffset >= cut)?.baseOffset ?? l.logEndOffset;
        const expected = new ProducerStateManager();
        expected.rebuild(l.log.filter((b) => b.lastOffset < cutAt));
        const result = l.state.truncateTo(cutAt);
        if (result === 'reload') return;
        expect(l.state.endOffset).toBe(cutAt);
        const got = l.state.activeProducers();
        const want = expected.activeProducers();
        expect(got.map((v) => v.producerId)).toEqual(want.map((v) => v.producerId));
        for (let i = 0; i < got.length; i++) {
          const g = got[i]!;
          const w = want[i]!;
          expect({ ...g, batches: [] }).toEqual({ ...w, batches: [] });
          // Fewer batches may be remembered than a rebuild would (the evicted ones), never others.
          expect(w.batches.slice(w.batches.length - g.batches.length)).toEqual(g.batches);
          if (w.batches.length > 0) expect(g.batches.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('deduplication (property)', () => {
  it('appends an in-order stream and answers a retry of any of the last five batches with the original offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: SEQUENCE_MAX - 40, max: SEQUENCE_MAX }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (startSeq, sizes, pick) => {
          const l = new Leader();
          // A producer that already holds a sequence near the wrap, so the stream crosses it.
          l.state.onAppended(data(P, 0, startSeq, 1), 0, 0);
          l.log.push({ ...data(P, 0, startSeq, 1), baseOffset: 0, lastOffset: 0 });
          let seq = lastSequenceOf(startSeq, 1);
          const sent: Array<{ seq: number; size: number; offsets: [number, number] }> = [];
          for (const size of sizes) {
            const r = l.produce(data(P, 0, seq, size));
            expect(r.kind).toBe('append');
            sent.push({ seq, size, offsets: r.offsets! });
            seq = lastSequenceOf(seq, size);
          }
          const recent = sent.slice(-PRODUCER_BATCHES_RETAINED_MAX);
          const retry = recent[pick % recent.length]!;
          const end = l.logEndOffset;
          expect(l.produce(data(P, 0, retry.seq, retry.size))).toEqual({ kind: 'duplicate', firstOffset: retry.offsets[0], lastOffset: retry.offsets[1] });
          expect(l.logEndOffset).toBe(end);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('snapshots', () => {
  function populated(): ProducerStateManager {
    const s = new ProducerStateManager();
    for (let i = 0; i < 7; i++) s.onAppended(data(P, 2, i * 2, 2, { maxTimestamp: 100 + i }), i * 2, i * 2 + 1);
    s.onAppended(data(P + 1n, 0, 0, 1, { isTransactional: true }), 14, 14);
    s.onAppended(data(2n ** 62n, 0, 0, 1), 15, 15);
    s.onAppended(marker(P + 2n, 0, true, 9), 16, 16);
    return s;
  }

  it('round-trips every producer, all remembered batches and the end offset', () => {
    const s = populated();
    const back = ProducerStateManager.fromSnapshot(s.snapshot());
    expect(back.activeProducers()).toEqual(s.activeProducers());
    expect(back.endOffset).toBe(17);
    expect(back.checkAppend(data(P, 2, 6, 2))).toEqual({ kind: 'duplicate', firstOffset: 6, lastOffset: 7 });
    expect(back.truncateTo(15)).toBe('truncated');
  });

  it('rejects a flipped bit with CorruptProducerSnapshotError', () => {
    const bytes = populated().snapshot();
    bytes[10] = bytes[10]! ^ 0x01;
    expect(() => ProducerStateManager.fromSnapshot(bytes)).toThrow(CorruptProducerSnapshotError);
  });

  it('raises only CorruptProducerSnapshotError for damaged or truncated bytes (property)', () => {
    const good = populated().snapshot();
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean(), (pos, xor, truncate) => {
        const bytes = truncate ? good.slice(0, pos % good.length) : good.slice();
        if (!truncate) bytes[pos % bytes.length] = bytes[pos % bytes.length]! ^ xor;
        expect(() => ProducerStateManager.fromSnapshot(bytes)).toThrow(CorruptProducerSnapshotError);
      }),
      { numRuns: 300 },
    );
  });

  it('checks the shape behind a valid CRC', async () => {
    const { Packr } = await import('msgpackr');
    const { crc32c } = await import('@gregor/protocol');
    const packr = new Packr({ useRecords: false, mapsAsObjects: true });
    const framed = (body: unknown): Uint8Array => {
      const b = packr.pack(body);
      const out = new Uint8Array(4 + b.length);
      out.set(b, 4);
      new DataView(out.buffer).setUint32(0, crc32c(b), false);
      return out;
    };
    const row = ['1', 0, -1, -1, 0, 0, 0, -1, -1, []];
    expect(ProducerStateManager.fromSnapshot(framed({ version: 1, endOffset: 1, producers: [row] })).size).toBe(1);
    for (const bad of [
      { version: 2, endOffset: 1, producers: [] },
      { version: 1, endOffset: 'x', producers: [] },
      { version: 1, endOffset: 1, producers: {} },
      { version: 1, endOffset: 1, producers: [row, row] },
      { version: 1, endOffset: 1, producers: [['1x', ...row.slice(1)]] },
      { version: 1, endOffset: 1, producers: [[...row.slice(0, 9), [[1, 2, 3]]]] },
      { version: 1, endOffset: 1, producers: [[...row.slice(0, 9), [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]]] },
      [1, 2, 3],
    ]) {
      expect(() => ProducerStateManager.fromSnapshot(framed(bad))).toThrow(CorruptProducerSnapshotError);
    }
  });
});
