// Goal: log compaction keeps exactly the latest record of every key in the cleaned part of the
// log, never moves or reorders what it keeps, leaves the dirty and active parts as written, and
// honours delete.retention.ms, min.compaction.lag.ms, min.cleanable.dirty.ratio and the caller's
// uncleanable offset. Method: real logs in temp dirs with small segments, keyed batches built
// with the protocol encoder, a fake clock; a fast-check model replays any sequence of keyed
// writes, tombstones and passes and checks every record read back against what was written.
import fs from 'node:fs';
import { CompressionType, ControlRecordType, encodeEndTxnMarkerBatch } from '@gregor/protocol';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogConfig } from '../config.js';
import { PartitionLog } from '../partition-log.js';
import { FakeClock, forgetCleanShutdown, logOptions, segmentFile, snapshotDir, tempDir } from '../test-support/fixtures.js';
import { keyedBatch, readAll, type KeyedRecord, type StoredRecord } from '../test-support/keyed.js';
import { OffsetMap } from './offset-map.js';

const open: PartitionLog[] = [];
async function openLog(dir: string, clock: FakeClock, config: Partial<LogConfig>): Promise<PartitionLog> {
  const log = await PartitionLog.open(dir, logOptions(clock, config));
  open.push(log);
  return log;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const log of open.splice(0)) await log.close().catch(() => {});
});

const compacted: Partial<LogConfig> = { cleanupPolicyCompact: true, minCleanableDirtyRatio: 0, segmentBytes: 400, indexIntervalBytes: 64 };

/** What was appended, record by record, with the offsets the log assigned. */
class Written {
  readonly records: StoredRecord[] = [];
  readonly batches: { baseOffset: number; lastOffset: number }[] = [];

  append(log: PartitionLog, records: readonly KeyedRecord[], opts: Parameters<typeof keyedBatch>[1] = {}, timestampMs = 1_000): void {
    const info = log.appendAsLeader(keyedBatch(records, { timestampMs, ...opts }), { leaderEpoch: 0 });
    records.forEach((r, i) => this.records.push({ offset: info.firstOffset + i, key: r.key, value: r.value, timestampMs: r.timestampMs ?? timestampMs }));
    this.batches.push({ baseOffset: info.firstOffset, lastOffset: info.lastOffset });
  }

  /** The model of a compacted log whose cleaned part ends at `endOffset`. */
  expected(endOffset: number, isTombstoneGone: (r: StoredRecord) => boolean = () => false): StoredRecord[] {
    const latest = new Map<string, number>();
    for (const r of this.records) if (r.key !== null && r.offset < endOffset) latest.set(r.key, r.offset);
    return this.records.filter((r) => r.offset >= endOffset || r.key === null || (latest.get(r.key) === r.offset && !(r.value === null && isTombstoneGone(r))));
  }
}

/** Checks what any compacted log must satisfy: a subsequence of what was written, whole original batch ranges. */
function expectSubsequence(log: PartitionLog, written: Written): StoredRecord[] {
  const { batches, records } = readAll(log);
  const byOffset = new Map(written.records.map((r) => [r.offset, r]));
  let previous = -1;
  for (const r of records) {
    expect(r.offset).toBeGreaterThan(previous);
    expect(r).toEqual(byOffset.get(r.offset));
    previous = r.offset;
  }
  const ranges = new Set(written.batches.map((b) => `${b.baseOffset}-${b.lastOffset}`));
  for (const b of batches) expect(ranges.has(`${b.baseOffset}-${b.lastOffset}`)).toBe(true);
  return records;
}

const keyArb = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 9, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'key-h', 'key-i') });
const recordArb = fc.record({ key: keyArb, value: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: fc.string({ maxLength: 30 }) }) });
const opArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('append' as const), records: fc.array(recordArb, { minLength: 1, maxLength: 5 }), gzip: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), advanceMs: fc.nat(10_000) }) },
);

describe('compaction (model)', () => {
  it('keeps exactly the latest record per key below the first dirty offset and everything above it, offsets and order unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 60 }), fc.integer({ min: 200, max: 900 }), fc.boolean(), async (ops, segmentBytes, isMapTiny) => {
        const clock = new FakeClock();
        const dir = tempDir();
        const log = await openLog(dir, clock, { ...compacted, segmentBytes, deleteRetentionMs: 1e12 });
        const written = new Written();
        // A tiny map holds a few keys: passes stop early (isMapFull) and later ones go on.
        const offsetMap = isMapTiny ? new OffsetMap({ slots: 16, arenaBytes: 128 }) : new OffsetMap({ slots: 1024, arenaBytes: 16 * 1024 });
        const check = (): void => {
          const records = expectSubsequence(log, written);
          expect(records).toEqual(written.expected(log.firstDirtyOffset));
        };
        for (const op of ops) {
          if (op.kind === 'append') {
            written.append(log, op.records, { compression: op.gzip ? CompressionType.gzip : CompressionType.none }, clock.nowMs);
            continue;
          }
          clock.advance(op.advanceMs);
          const end = log.logEndOffset;
          const before = log.firstDirtyOffset;
          const result = await log.compact({ offsetMap });
          expect(log.logEndOffset).toBe(end);
          if (result !== null) {
            expect(result.isAborted).toBe(false);
            expect(log.firstDirtyOffset).toBe(Math.max(before, result.endOffset));
          }
          check();
        }
        // Cleaning until nothing is due converges to the full model.
        for (let i = 0; i < 50 && (await log.compact({ offsetMap })) !== null; i++);
        check();
        expect(log.cleanableDirtyRatio()).toBe(0);
        // The same log after a crash (recovery from offset 0 checks every batch) and after a clean reopen.
        const expected = readAll(log);
        await log.flush();
        const crashed = tempDir();
        snapshotDir(dir, crashed);
        forgetCleanShutdown(crashed, 0);
        await log.close();
        expect(readAll(await openLog(crashed, clock, { ...compacted, segmentBytes }))).toEqual(expected);
        expect(readAll(await openLog(dir, clock, { ...compacted, segmentBytes }))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('compaction', () => {
  it('keeps tombstones for delete.retention.ms after the pass that first kept them, then removes them', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), clock, { ...compacted, deleteRetentionMs: 60_000 });
    const written = new Written();
    written.append(log, [{ key: 'a', value: '1' }, { key: 'b', value: '1' }]);
    written.append(log, [{ key: 'a', value: null }]); // tombstone for a
    written.append(log, [{ key: 'c', value: 'x'.repeat(300) }]); // rolls: the tombstone is sealed
    written.append(log, [{ key: 'd', value: 'x'.repeat(300) }]);
    expect(log.segmentCount).toBeGreaterThan(2);

    const first = await log.compact();
    expect(first).toMatchObject({ isAborted: false, tombstonesRemoved: 0 });
    const afterFirst = readAll(log);
    expect(afterFirst.records.map((r) => [r.key, r.value])).toEqual([
      ['b', '1'],
      ['a', null],
      ['c', 'x'.repeat(300)],
      ['d', 'x'.repeat(300)],
    ]);
    // The tombstone's batch carries its horizon (KIP-534); record timestamps are unchanged.
    const tombstoneBatch = afterFirst.batches.find((b) => b.baseOffset === 2)!;
    expect(tombstoneBatch.deleteHorizonMs).toBe(clock.nowMs + 60_000);
    expect(afterFirst.records.find((r) => r.offset === 2)!.timestampMs).toBe(1_000);

    // Before the horizon nothing is due; a pass forced by new dirty data still keeps it.
    clock.advance(59_999);
    expect(await log.compact()).toBeNull();
    written.append(log, [{ key: 'e', value: 'x'.repeat(300) }]);
    await log.compact();
    expect(readAll(log).records.some((r) => r.key === 'a')).toBe(true);

    // At the horizon the pass is due by itself and the tombstone goes; its batch stays as an
    // empty batch only if it ends its segment.
    clock.advance(1);
    const last = await log.compact();
    expect(last).toMatchObject({ tombstonesRemoved: 1 });
    const records = expectSubsequence(log, written);
    expect(records.some((r) => r.key === 'a')).toBe(false);
    expect(records.map((r) => r.key)).toEqual(['b', 'c', 'd', 'e']);
    expect(await log.compact()).toBeNull();
  });

  it('respects min.compaction.lag.ms: segments with newer data wait', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), clock, { ...compacted, minCompactionLagMs: 10_000 });
    const written = new Written();
    for (let i = 0; i < 6; i++) written.append(log, [{ key: 'k', value: `v${i}-${'x'.repeat(150)}` }], {}, clock.nowMs);
    expect(log.segmentCount).toBeGreaterThan(3);
    clock.advance(5_000);
    expect(await log.compact()).toBeNull();
    expect(readAll(log).records).toHaveLength(6);
    clock.advance(5_001);
    const result = await log.compact();
    expect(result).not.toBeNull();
    // Only the latest sealed "k" survives below the active segment; the active one is untouched.
    const records = expectSubsequence(log, written);
    expect(records).toEqual(written.expected(log.firstDirtyOffset));
    expect(records.filter((r) => r.offset < log.firstDirtyOffset)).toHaveLength(1);
  });

  it('respects min.cleanable.dirty.ratio and max.compaction.lag.ms', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), clock, { ...compacted, minCleanableDirtyRatio: 0.75, maxCompactionLagMs: 3_600_000 });
    const written = new Written();
    for (let i = 0; i < 4; i++) written.append(log, [{ key: `k${i}`, value: 'x'.repeat(300) }], {}, clock.nowMs);
    // Every sealed segment is dirty: ratio 1.
    expect(log.cleanableDirtyRatio()).toBe(1);
    expect(await log.compact()).not.toBeNull();
    expect(log.cleanableDirtyRatio()).toBe(0);
    // One more dirty segment against three clean ones: 1/4 < 0.75, no pass.
    written.append(log, [{ key: 'k4', value: 'x'.repeat(300) }], {}, clock.nowMs);
    expect(log.cleanableDirtyRatio()).toBeCloseTo(1 / 4, 5);
    expect(await log.compact()).toBeNull();
    // Dirty data older than max.compaction.lag.ms forces a pass whatever the ratio.
    clock.advance(3_600_001);
    expect(await log.compact()).not.toBeNull();
    expect(log.cleanableDirtyRatio()).toBe(0);
    expect(expectSubsequence(log, written)).toEqual(written.records);
  });

  it('never touches the active segment or anything from the segment holding uncleanableOffset', async () => {
    const clock = new FakeClock();
    const dir = tempDir();
    const log = await openLog(dir, clock, compacted);
    const written = new Written();
    for (let i = 0; i < 8; i++) written.append(log, [{ key: 'k', value: `${i}-${'x'.repeat(75)}` }, { key: 'k', value: `${i}-${'y'.repeat(75)}` }]);
    const bases = log.segmentBaseOffsets();
    expect(bases.length).toBeGreaterThan(4);
    const active = bases.at(-1)!;
    const activeBytes = fs.readFileSync(segmentFile(dir, active, '.log'));
    // Bound inside the third segment: only the first two may be cleaned.
    const bound = bases[2]! + 1;
    await log.compact({ uncleanableOffset: bound });
    expect(log.firstDirtyOffset).toBe(bases[2]);
    expect(readAll(log).records.filter((r) => r.offset >= bases[2]!)).toEqual(written.records.filter((r) => r.offset >= bases[2]!));
    await log.compact();
    expect(fs.readFileSync(segmentFile(dir, active, '.log'))).toEqual(activeBytes);
    const records = readAll(log).records;
    expect(records.filter((r) => r.offset < active)).toHaveLength(1);
    expect(records.filter((r) => r.offset >= active)).toEqual(written.records.filter((r) => r.offset >= active));
  });

  it('keeps every codec, the leader epoch and producer fields, and retains an active producer last batch empty', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), clock, { ...compacted, segmentBytes: 100_000 });
    const written = new Written();
    const codecs = [CompressionType.none, CompressionType.gzip, CompressionType.snappy, CompressionType.lz4, CompressionType.zstd];
    for (const compression of codecs) {
      written.append(log, [{ key: 'old', value: `o-${compression}` }, { key: `keep-${compression}`, value: 'v' }], { compression });
    }
    // An idempotent producer whose last batch will lose all its records.
    written.append(log, [{ key: 'p', value: 'stale' }], { producerId: 42n, producerEpoch: 3, baseSequence: 7 });
    const producerBatchOffset = log.logEndOffset - 1;
    written.append(log, [{ key: 'old', value: 'newest' }, { key: 'p', value: 'fresh' }], { compression: CompressionType.zstd });
    // Roll so everything is sealed: one more append after segment.ms.
    clock.advance(8 * 24 * 3600 * 1000);
    written.append(log, [{ key: 'tail', value: 't' }], {}, clock.nowMs);
    expect(log.segmentCount).toBe(2);

    await log.compact({ activeProducerLastOffsets: new Map([[42n, producerBatchOffset]]) });
    const { batches, records } = readAll(log);
    expect(records).toEqual(written.expected(log.firstDirtyOffset));
    for (const [i, compression] of codecs.entries()) {
      const batch = batches.find((b) => b.baseOffset === i * 2)!;
      expect(batch).toMatchObject({ compression, recordCount: 1, lastOffset: i * 2 + 1 });
    }
    expect(batches.find((b) => b.baseOffset === producerBatchOffset)).toMatchObject({ recordCount: 0, producerId: 42n, lastOffset: producerBatchOffset });
    expect(batches.every((b) => b.partitionLeaderEpoch === 0)).toBe(true);
  });

  it('compacts committed transactional data, removes aborted data, keeps undecided data, markers and keyless records', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), clock, compacted);
    const written = new Written();
    const txn = (producerId: bigint, record: KeyedRecord): void => written.append(log, [record], { isTransactional: true, producerId, producerEpoch: 0, baseSequence: 0 });
    const marker = (producerId: bigint, isCommit: boolean): number =>
      log.appendAsLeader(
        encodeEndTxnMarkerBatch({ type: isCommit ? ControlRecordType.commit : ControlRecordType.abort, producerId, producerEpoch: 0, coordinatorEpoch: 1, timestamp: 1_000 }),
        { leaderEpoch: 0 },
      ).firstOffset;
    written.append(log, [{ key: 'k2', value: 'plain-2' }]);
    written.append(log, [{ key: 'k3', value: 'plain-3' }]);
    txn(1n, { key: 'k1', value: 'committed-1' });
    const markers = [marker(1n, true)];
    txn(2n, { key: 'k2', value: 'aborted-2' }); // must not make the cleaner drop plain-2
    markers.push(marker(2n, false));
    txn(3n, { key: 'k3', value: 'open-3' }); // no marker yet: undecided
    written.append(log, [{ key: null, value: 'keyless' }, { key: 'k1', value: 'plain-1' }]);
    for (let i = 0; i < 4; i++) written.append(log, [{ key: `pad-${i}`, value: 'x'.repeat(250) }]);
    await log.compact();
    const { batches, records } = readAll(log);
    expect(batches.filter((b) => b.isControl).map((b) => b.baseOffset)).toEqual(markers);
    const values = records.filter((r) => !markers.includes(r.offset)).map((r) => r.value?.slice(0, 11));
    expect(values).toEqual(['plain-2', 'plain-3', 'open-3', 'keyless', 'plain-1', 'x'.repeat(11), 'x'.repeat(11), 'x'.repeat(11), 'x'.repeat(11)]);
  });

  it('repeated passes change nothing once the log is clean', async () => {
    const clock = new FakeClock();
    const dir = tempDir();
    const log = await openLog(dir, clock, { ...compacted, deleteRetentionMs: 0 });
    const written = new Written();
    for (let i = 0; i < 10; i++) written.append(log, [{ key: `k${i % 3}`, value: i === 9 ? null : 'x'.repeat(120) }]);
    for (let i = 0; i < 20 && (await log.compact()) !== null; i++) clock.advance(1);
    const files = (): Record<string, Buffer> => Object.fromEntries(fs.readdirSync(dir).map((n) => [n, fs.readFileSync(`${dir}/${n}`)]));
    const before = files();
    const content = readAll(log);
    for (let i = 0; i < 3; i++) {
      clock.advance(1_000);
      expect(await log.compact()).toBeNull();
    }
    expect(readAll(log)).toEqual(content);
    expect(files()).toEqual(before);
  });

  it('stops a pass when the log is truncated under it and leaves no cleaned files', async () => {
    const clock = new FakeClock();
    const dir = tempDir();
    const log = await openLog(dir, clock, compacted);
    const written = new Written();
    for (let i = 0; i < 8; i++) written.append(log, [{ key: 'k', value: `${i}-${'x'.repeat(150)}` }]);
    const truncateAt = log.segmentBaseOffsets()[3]!;
    await log.flush(); // no background fsync left to trip the mock
    // The pass fsyncs its first cleaned segment; a truncation lands meanwhile.
    const real = fs.fdatasync;
    let isTruncated = false;
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
      if (!isTruncated) {
        isTruncated = true;
        log.truncateTo(truncateAt);
      }
      real(fd, cb);
    }) as typeof fs.fdatasync);
    const result = await log.compact();
    expect(result).toMatchObject({ isAborted: true, segmentsWritten: 0 });
    vi.restoreAllMocks();
    expect(fs.readdirSync(dir).filter((n) => n.includes('.cleaned') || n.includes('.swap'))).toEqual([]);
    expect(readAll(log).records).toEqual(written.records.filter((r) => r.offset < truncateAt));
    expect(await log.compact()).not.toBeNull();
  });

  it('undoes a committed swap when the log is truncated while the commit is being fsynced', async () => {
    const clock = new FakeClock();
    const dir = tempDir();
    const log = await openLog(dir, clock, compacted);
    const written = new Written();
    for (let i = 0; i < 8; i++) written.append(log, [{ key: 'k', value: `${i}-${'x'.repeat(150)}` }]);
    const truncateAt = log.segmentBaseOffsets()[2]!;
    await log.flush();
    const real = fs.fsync;
    let isArmed = false;
    vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, cb: (err: NodeJS.ErrnoException | null) => void) => {
      if (isArmed) {
        isArmed = false;
        log.truncateTo(truncateAt);
      }
      real(fd, cb);
    }) as typeof fs.fsync);
    const steps: string[] = [];
    const result = await log.compact({
      onSwapStep: (step) => {
        steps.push(step);
        if (step.includes('.log.cleaned to .swap')) isArmed = true;
      },
    });
    vi.restoreAllMocks();
    expect(result).toMatchObject({ isAborted: true, segmentsWritten: 0 });
    expect(steps.some((s) => s.includes('delete segment'))).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.cleaned') || n.includes('.swap'))).toEqual([]);
    expect(readAll(log).records).toEqual(written.records.filter((r) => r.offset < truncateAt));
  });

  it('applies retention.ms and retention.bytes only when cleanup.policy includes delete', async () => {
    const clock = new FakeClock();
    const config: Partial<LogConfig> = { ...compacted, cleanupPolicyDelete: false, retentionMs: 1_000, retentionBytes: 0 };
    const log = await openLog(tempDir(), clock, config);
    const written = new Written();
    for (let i = 0; i < 5; i++) written.append(log, [{ key: `k${i}`, value: 'x'.repeat(300) }], {}, clock.nowMs);
    clock.advance(10_000);
    const segments = log.segmentCount;
    expect(log.applyRetention()).toBe(0);
    expect(log.segmentCount).toBe(segments);
    log.updateConfig({ ...logOptions(clock, config).config, cleanupPolicyDelete: true });
    expect(log.applyRetention()).toBe(segments - 1);
  });
});
