// Goal: a leader's AppendedTail answers a fetch exactly as its log would, only shorter at a slab
// boundary, and never answers what it cannot (offsets it dropped, a tail behind the log end).
// Method: random sequences of leader appends go both to a real PartitionLog in a temporary
// directory and to a tail; random reads (offset, maxBytes, maxOffset, minOneBatch) then compare
// the tail's answer with the log's; eviction and the broker-wide budget are checked directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecordBatch } from '@gregor/protocol';
import { defaultLogConfig, PartitionLog } from '@gregor/storage';
import { AppendedTail, TailBudget } from './appended-tail.js';
import { APPENDED_TAIL_SLAB_BYTES } from './limits.js';

function batches(sizes: readonly { records: number; valueBytes: number }[]): Buffer {
  return Buffer.concat(
    sizes.map((s) =>
      encodeRecordBatch({
        baseOffset: 0,
        records: Array.from({ length: s.records }, (_, i) => ({ timestamp: 1_700_000_000_000 + i, key: null, value: Buffer.alloc(s.valueBytes, i) })),
      }),
    ),
  );
}

async function withLog<T>(body: (log: PartitionLog) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'gregor-tail-'));
  const log = await PartitionLog.open(dir, { config: { ...defaultLogConfig, segmentBytes: 256 * 1024 }, nowMs: () => 1_700_000_000_000 });
  try {
    return await body(log);
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function append(log: PartitionLog, tail: AppendedTail, buf: Buffer): void {
  const info = log.appendAsLeader(buf, { leaderEpoch: 0 });
  tail.append(buf, info.firstOffset, info.lastOffset + 1);
}

function logRead(log: PartitionLog, offset: number, maxBytes: number, maxOffset: number, minOneBatch: boolean): Buffer {
  const read = log.read(offset, maxBytes, { maxOffset, minOneBatch });
  return Buffer.concat(read.chunks);
}

const appendArb = fc.array(fc.record({ records: fc.integer({ min: 1, max: 20 }), valueBytes: fc.integer({ min: 0, max: 12_000 }) }), { minLength: 1, maxLength: 3 });

describe('AppendedTail', () => {
  it('answers like the log: the same whole batches, or a prefix ending at a slab boundary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(appendArb, { minLength: 1, maxLength: 60 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), maxBytes: fc.integer({ min: 1, max: 3 * APPENDED_TAIL_SLAB_BYTES }), upTo: fc.double({ min: 0, max: 1, noNaN: true }), minOneBatch: fc.boolean() }), { minLength: 1, maxLength: 20 }),
        async (appends, reads) =>
          withLog(async (log) => {
            const tail = new AppendedTail(new TailBudget(64 * 1024 * 1024));
            for (const a of appends) append(log, tail, batches(a));
            const leo = log.logEndOffset;
            expect(tail.endOffset).toBe(leo);
            for (const r of reads) {
              const start = tail.startOffset;
              const offset = start + Math.floor(r.at * (leo - start));
              const maxOffset = offset + Math.ceil(r.upTo * (leo - offset));
              const fromTail = tail.read(offset, r.maxBytes, maxOffset, r.minOneBatch, leo);
              if (offset >= leo) {
                expect(fromTail).toBeNull();
                continue;
              }
              expect(fromTail).not.toBeNull();
              const records = fromTail!.records;
              const fromLog = logRead(log, offset, r.maxBytes, maxOffset, r.minOneBatch);
              expect(fromLog.subarray(0, records.length).equals(records)).toBe(true);
              // Shorter only where a slab ends, never empty when the log has something.
              expect(records.length === 0).toBe(fromLog.length === 0);
              fromTail!.release();
            }
          }),
      ),
      { numRuns: 40 },
    );
  });

  it('refuses what it does not hold: dropped offsets, and a tail that does not reach the log end', async () => {
    await withLog(async (log) => {
      const tail = new AppendedTail(new TailBudget(64 * 1024 * 1024));
      for (let i = 0; i < 4; i++) append(log, tail, batches([{ records: 10, valueBytes: 100 }]));
      expect(tail.startOffset).toBe(0);
      expect(tail.read(0, 1 << 20, 40, false, 40)?.records.length).toBe(logRead(log, 0, 1 << 20, 40, false).length);
      tail.evictBelow(20);
      expect(tail.startOffset).toBe(20);
      expect(tail.read(15, 1 << 20, 40, false, 40)).toBeNull();
      expect(tail.read(20, 1 << 20, 40, false, 40)!.records.equals(logRead(log, 20, 1 << 20, 40, false))).toBe(true);
      // An append the tail did not see (the log is ahead): no answer until it restarts.
      log.appendAsLeader(batches([{ records: 5, valueBytes: 100 }]), { leaderEpoch: 0 });
      expect(tail.read(20, 1 << 20, 45, false, 45)).toBeNull();
      append(log, tail, batches([{ records: 5, valueBytes: 100 }]));
      expect(tail.startOffset).toBe(45);
      expect(tail.read(45, 1 << 20, 50, false, 50)!.records.equals(logRead(log, 45, 1 << 20, 50, false))).toBe(true);
    });
  });

  it('reuses a slab only once no entry and no unreleased view refers to it', async () => {
    await withLog(async (log) => {
      let allocated = 0;
      class CountingBudget extends TailBudget {
        override take(): Buffer | null {
          if (this.free.length === 0) allocated++;
          return super.take();
        }
      }
      const budget = new CountingBudget(64 * 1024 * 1024);
      const tail = new AppendedTail(budget);
      const half = (): Buffer => batches([{ records: 1, valueBytes: APPENDED_TAIL_SLAB_BYTES / 2 - 200 }]);
      append(log, tail, half());
      append(log, tail, half());
      const held = tail.read(0, APPENDED_TAIL_SLAB_BYTES, log.logEndOffset, false, log.logEndOffset)!;
      const copy = Buffer.from(held.records);
      const released = tail.read(1, APPENDED_TAIL_SLAB_BYTES, log.logEndOffset, false, log.logEndOffset)!;
      released.release();
      // Fill and empty many slabs: the first one has a view out, so it must never be written.
      for (let i = 0; i < 20; i++) {
        append(log, tail, half());
        tail.evictBelow(log.logEndOffset);
      }
      expect(held.records.equals(copy)).toBe(true);
      // 22 half-slab appends: the held slab, then one or two recycled in turn.
      expect(allocated).toBeLessThanOrEqual(3);
      expect(budget.free.some((buf) => buf.buffer === held.records.buffer)).toBe(false);
      // Released, it comes back for reuse (its entries are long gone); a second release is a bug.
      held.release();
      expect(budget.free.some((buf) => buf.buffer === held.records.buffer)).toBe(true);
      expect(() => held.release()).toThrow(/released twice/);
    });
  });

  it('keeps its slabs within the broker-wide budget and gives them back when emptied', async () => {
    await withLog(async (log) => {
      const budget = new TailBudget(2 * APPENDED_TAIL_SLAB_BYTES);
      const a = new AppendedTail(budget);
      const b = new AppendedTail(budget);
      const big = batches([{ records: 1, valueBytes: APPENDED_TAIL_SLAB_BYTES / 2 - 200 }]);
      append(log, a, big);
      append(log, a, big);
      append(log, a, big); // a third half-slab needs a second slab
      expect(budget.usedBytes).toBe(2 * APPENDED_TAIL_SLAB_BYTES);
      b.append(big, 1000, 1001); // no budget left: not kept
      expect(b.endOffset).toBe(-1);
      a.evictBelow(log.logEndOffset);
      a.releaseIdle();
      // Emptied slabs wait on the free list for reuse, still within the budget.
      expect(budget.free.length).toBe(2);
      expect(budget.usedBytes).toBe(2 * APPENDED_TAIL_SLAB_BYTES);
      b.append(big, 1000, 1001);
      expect(b.endOffset).toBe(1001);
      expect(budget.free.length).toBe(1);
    });
  });
});
