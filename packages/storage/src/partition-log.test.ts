// Goal: the partition log's append, read, timestamp lookup, roll, truncation and flush behaviour
// match Kafka's UnifiedLog. Method: real files in temp dirs, batches built by hand, a fake clock;
// each test states the behaviour it checks and reopens the log where persistence matters.
import fs from 'node:fs';
import path from 'node:path';
import { BatchOffset, isBatchCrcValid } from '@gregor/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KafkaStorageError, OffsetOutOfRangeError, UnexpectedAppendOffsetError } from './errors.js';
import { PartitionLog } from './partition-log.js';
import { batchRanges, buildBatch, decodeRecords, simpleBatch } from './test-support/batches.js';
import { FakeClock, forgetCleanShutdown, logOptions, segmentFile, snapshotDir, tempDir } from './test-support/fixtures.js';

const open: PartitionLog[] = [];
async function openLog(dir: string, options: Parameters<typeof PartitionLog.open>[1]): Promise<PartitionLog> {
  const log = await PartitionLog.open(dir, options);
  open.push(log);
  return log;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const log of open.splice(0)) await log.close().catch(() => {});
});

describe('appends and reads', () => {
  it('assigns contiguous offsets in place and reads the records back', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), logOptions(clock));
    const a = simpleBatch(3, clock.nowMs);
    const b = simpleBatch(2, clock.nowMs);
    const first = log.appendAsLeader(a, { leaderEpoch: 4 });
    const second = log.appendAsLeader(b, { leaderEpoch: 4 });
    expect(first).toMatchObject({ firstOffset: 0, lastOffset: 2, batchCount: 1, recordCount: 3, bytes: a.length, logAppendTimeMs: -1 });
    expect(second).toMatchObject({ firstOffset: 3, lastOffset: 4 });
    expect(Number(b.readBigInt64BE(BatchOffset.baseOffset))).toBe(3);
    expect(b.readInt32BE(BatchOffset.partitionLeaderEpoch)).toBe(4);
    expect(isBatchCrcValid(b, 0)).toBe(true);
    expect(log.logEndOffset).toBe(5);
    const read = log.read(0, 1 << 20);
    expect(Buffer.concat(read.chunks)).toEqual(Buffer.concat([a, b]));
    expect(read).toMatchObject({ bytes: a.length + b.length, firstOffset: 0, nextOffset: 5 });
    expect(decodeRecords(read.chunks).map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    expect(log.sizeBytes).toBe(a.length + b.length);
  });

  it('appends several batches given in one buffer', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    const info = log.appendAsLeader(Buffer.concat([simpleBatch(2), simpleBatch(5), simpleBatch(1)]), { leaderEpoch: 0 });
    expect(info).toMatchObject({ firstOffset: 0, lastOffset: 7, batchCount: 3, recordCount: 8 });
    expect(batchRanges(log.read(0, 1 << 20).chunks)).toEqual([
      { baseOffset: 0, lastOffset: 1 },
      { baseOffset: 2, lastOffset: 6 },
      { baseOffset: 7, lastOffset: 7 },
    ]);
  });

  it('applies LogAppendTime: maxTimestamp, the timestamp-type bit and a fresh CRC', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    const batch = simpleBatch(2, 5);
    const info = log.appendAsLeader(batch, { leaderEpoch: 1, logAppendTimeMs: 9_000 });
    expect(info.logAppendTimeMs).toBe(9_000);
    const stored = log.read(0, 1 << 20).chunks[0]!;
    expect(Number(stored.readBigInt64BE(BatchOffset.maxTimestamp))).toBe(9_000);
    expect(stored.readInt16BE(BatchOffset.attributes) & 0x08).toBe(0x08);
    expect(isBatchCrcValid(stored, 0)).toBe(true);
  });

  it('returns whole batches from the one containing a mid-batch offset', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { indexIntervalBytes: 0 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(simpleBatch(5), { leaderEpoch: 0 });
    const read = log.read(23, 1 << 20);
    expect(read.firstOffset).toBe(20);
    expect(batchRanges(read.chunks)[0]).toEqual({ baseOffset: 20, lastOffset: 24 });
    expect(read.nextOffset).toBe(50);
  });

  it('stops at maxBytes on a batch boundary, and returns one oversized batch only with minOneBatch', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    const size = simpleBatch(4, 0, 100).length;
    for (let i = 0; i < 5; i++) log.appendAsLeader(simpleBatch(4, 0, 100), { leaderEpoch: 0 });
    const two = log.read(0, size * 2 + size - 1);
    expect(two.bytes).toBe(size * 2);
    expect(two.nextOffset).toBe(8);
    const none = log.read(4, size - 1);
    expect(none).toEqual({ chunks: [], bytes: 0, firstOffset: 4, nextOffset: 4 });
    const one = log.read(4, 1, { minOneBatch: true });
    expect(one.bytes).toBe(size);
    expect(batchRanges(one.chunks)).toEqual([{ baseOffset: 4, lastOffset: 7 }]);
  });

  it('never returns a batch reaching maxOffset (the high watermark)', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    for (let i = 0; i < 4; i++) log.appendAsLeader(simpleBatch(5), { leaderEpoch: 0 });
    expect(batchRanges(log.read(0, 1 << 20, { maxOffset: 10 }).chunks).map((b) => b.lastOffset)).toEqual([4, 9]);
    expect(batchRanges(log.read(0, 1 << 20, { maxOffset: 12 }).chunks).map((b) => b.lastOffset)).toEqual([4, 9]);
    expect(log.read(10, 1 << 20, { maxOffset: 12, minOneBatch: true }).chunks).toEqual([]);
    expect(log.read(10, 1 << 20, { maxOffset: 10 }).chunks).toEqual([]);
  });

  it('reads across segments and answers an empty read at the log end', async () => {
    const batchBytes = simpleBatch(2).length;
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentBytes: batchBytes * 3 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(simpleBatch(2), { leaderEpoch: 0 });
    expect(log.segmentCount).toBe(4);
    const all = log.read(0, 1 << 20);
    expect(decodeRecords(all.chunks).map((r) => r.offset)).toEqual([...Array(20).keys()]);
    expect(all.chunks.length).toBe(4);
    expect(log.read(20, 1 << 20)).toEqual({ chunks: [], bytes: 0, firstOffset: 20, nextOffset: 20 });
  });

  it('reads into the caller\'s buffers when given allocate (one per segment read), returning views of them', async () => {
    const batchBytes = simpleBatch(2).length;
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentBytes: batchBytes * 3 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(simpleBatch(2), { leaderEpoch: 0 });
    const given: Buffer[] = [];
    const read = log.read(0, 1 << 20, { maxOffset: 15, allocate: (bytes) => given[given.push(Buffer.alloc(bytes + 100, 0xee)) - 1]! });
    expect(given.length).toBe(read.chunks.length);
    read.chunks.forEach((chunk, i) => expect(chunk.buffer).toBe(given[i]!.buffer));
    // Stops before the batch reaching maxOffset 15, whatever the size of the buffers given.
    expect(decodeRecords(read.chunks).map((r) => r.offset)).toEqual([...Array(14).keys()]);
  });

  it('throws OffsetOutOfRangeError below logStartOffset and above logEndOffset', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    log.appendAsLeader(simpleBatch(5), { leaderEpoch: 0 });
    expect(() => log.read(6, 100)).toThrow(OffsetOutOfRangeError);
    log.appendAsLeader(simpleBatch(5), { leaderEpoch: 0 });
    log.deleteRecordsBefore(3);
    expect(() => log.read(2, 100)).toThrow(OffsetOutOfRangeError);
    expect(log.read(3, 1 << 20).firstOffset).toBe(0); // the batch holding offset 3 starts at 0
  });

  it('follower appends keep their offsets and must not start below logEndOffset', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    log.appendAsFollower(simpleBatch(3, 0, 8, { baseOffset: 0, partitionLeaderEpoch: 2 }));
    expect(() => log.appendAsFollower(simpleBatch(1, 0, 8, { baseOffset: 2, partitionLeaderEpoch: 2 }))).toThrow(UnexpectedAppendOffsetError);
    const info = log.appendAsFollower(Buffer.concat([simpleBatch(2, 0, 8, { baseOffset: 3, partitionLeaderEpoch: 3 }), simpleBatch(1, 0, 8, { baseOffset: 5, partitionLeaderEpoch: 3 })]));
    expect(info).toMatchObject({ firstOffset: 3, lastOffset: 5, batchCount: 2 });
    expect(log.leaderEpochs()).toEqual([
      { epoch: 2, startOffset: 0 },
      { epoch: 3, startOffset: 3 },
    ]);
    // Overlapping batches and epochs going backwards are refused before anything is written.
    const overlap = Buffer.concat([simpleBatch(2, 0, 8, { baseOffset: 6, partitionLeaderEpoch: 3 }), simpleBatch(1, 0, 8, { baseOffset: 7, partitionLeaderEpoch: 3 })]);
    expect(() => log.appendAsFollower(overlap)).toThrow(UnexpectedAppendOffsetError);
    expect(() => log.appendAsFollower(simpleBatch(1, 0, 8, { baseOffset: 6, partitionLeaderEpoch: 2 }))).toThrow(RangeError);
    expect(() => log.appendAsLeader(simpleBatch(1), { leaderEpoch: 2 })).toThrow(RangeError);
    expect(log.logEndOffset).toBe(6);
  });

  it('accepts follower batches after an offset gap (a compacted leader) and keeps them through crash recovery', async () => {
    const dir = tempDir();
    const clock = new FakeClock();
    const log = await openLog(dir, logOptions(clock, { segmentBytes: 200 }));
    log.appendAsFollower(simpleBatch(3, 0, 8, { baseOffset: 0, partitionLeaderEpoch: 1 }));
    // Offsets 3..9 were compacted away on the leader; 15..19 too, across a segment roll.
    log.appendAsFollower(Buffer.concat([simpleBatch(2, 0, 8, { baseOffset: 10, partitionLeaderEpoch: 1 }), simpleBatch(2, 0, 60, { baseOffset: 20, partitionLeaderEpoch: 1 })]));
    log.appendAsFollower(simpleBatch(1, 0, 60, { baseOffset: 30, partitionLeaderEpoch: 1 }));
    expect(log.logEndOffset).toBe(31);
    expect(log.segmentCount).toBeGreaterThan(1);
    await log.flush();
    const crashed = tempDir();
    snapshotDir(dir, crashed);
    await log.close();
    forgetCleanShutdown(crashed, 0);
    const reopened = await openLog(crashed, logOptions(clock, { segmentBytes: 200 }));
    expect(reopened.logEndOffset).toBe(31);
    expect(batchRanges(reopened.read(0, 1 << 20).chunks)).toEqual([
      { baseOffset: 0, lastOffset: 2 },
      { baseOffset: 10, lastOffset: 11 },
      { baseOffset: 20, lastOffset: 21 },
      { baseOffset: 30, lastOffset: 30 },
    ]);
    // A gap beyond the checkpointed bound is damage: recovery ends the log before it.
    fs.writeFileSync(path.join(crashed, 'offset-gap-checkpoint'), '0\n1\n10\n');
    await reopened.close();
    forgetCleanShutdown(crashed, 0);
    const strict = await openLog(crashed, logOptions(clock, { segmentBytes: 200 }));
    expect(strict.logEndOffset).toBe(12);
  });

  it('keeps data, offsets and epochs across a clean close and reopen', async () => {
    const dir = tempDir();
    const clock = new FakeClock();
    const log = await PartitionLog.open(dir, logOptions(clock, { segmentBytes: 400 }));
    for (let i = 0; i < 20; i++) log.appendAsLeader(simpleBatch(3, clock.nowMs + i), { leaderEpoch: i < 10 ? 1 : 2 });
    const before = log.read(0, 1 << 20);
    const segments = log.segmentBaseOffsets();
    await log.close();
    expect(fs.existsSync(path.join(dir, '.clean-shutdown'))).toBe(true);
    const reopened = await openLog(dir, logOptions(clock, { segmentBytes: 400 }));
    expect(fs.existsSync(path.join(dir, '.clean-shutdown'))).toBe(false);
    expect(reopened.logEndOffset).toBe(60);
    expect(reopened.recoveryPointOffset).toBe(60);
    expect(reopened.segmentBaseOffsets()).toEqual(segments);
    expect(Buffer.concat(reopened.read(0, 1 << 20).chunks)).toEqual(Buffer.concat(before.chunks));
    expect(reopened.leaderEpochs()).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 2, startOffset: 30 },
    ]);
    expect(reopened.appendAsLeader(simpleBatch(1), { leaderEpoch: 2 }).firstOffset).toBe(60);
  });
});

describe('timestamps', () => {
  it('finds the first batch whose maxTimestamp reaches a timestamp, across segments', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentBytes: 500, indexIntervalBytes: 100 }));
    const timestamps = [10, 30, 20, 40, 40, 50, 45, 60, 70, 65, 80];
    for (const ts of timestamps) log.appendAsLeader(simpleBatch(2, ts), { leaderEpoch: 7 });
    expect(log.segmentCount).toBeGreaterThan(2);
    for (let target = 0; target <= 85; target++) {
      const i = timestamps.findIndex((ts) => ts >= target);
      const found = log.offsetForTimestamp(target);
      if (i < 0) expect(found).toBeNull();
      else expect(found).toEqual({ offset: i * 2, timestampMs: timestamps[i], leaderEpoch: 7 });
    }
    expect(log.maxTimestampOffset()).toEqual({ offset: 20, timestampMs: 80, leaderEpoch: 7 });
  });

  it('does not answer offsets below logStartOffset', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    for (const ts of [10, 20, 30]) log.appendAsLeader(simpleBatch(2, ts), { leaderEpoch: 0 });
    log.deleteRecordsBefore(3);
    expect(log.offsetForTimestamp(0)).toMatchObject({ offset: 3, timestampMs: 20 });
  });
});

describe('rolling segments', () => {
  it('rolls by segment.bytes and names segments by base offset', async () => {
    const dir = tempDir();
    const size = simpleBatch(1).length;
    const log = await openLog(dir, logOptions(new FakeClock(), { segmentBytes: size * 2 }));
    for (let i = 0; i < 5; i++) log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    expect(log.segmentBaseOffsets()).toEqual([0, 2, 4]);
    expect(fs.statSync(segmentFile(dir, 2, '.log')).size).toBe(size * 2);
    expect(fs.existsSync(segmentFile(dir, 2, '.index'))).toBe(true);
    expect(fs.existsSync(segmentFile(dir, 2, '.timeindex'))).toBe(true);
  });

  it('rolls by segment.ms measured from the first batch timestamp, on append and on tick', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), logOptions(clock, { segmentMs: 1000 }));
    log.appendAsLeader(simpleBatch(1, clock.nowMs), { leaderEpoch: 0 });
    clock.advance(1000);
    log.appendAsLeader(simpleBatch(1, clock.nowMs), { leaderEpoch: 0 });
    expect(log.segmentCount).toBe(1);
    clock.advance(1);
    log.appendAsLeader(simpleBatch(1, clock.nowMs), { leaderEpoch: 0 });
    expect(log.segmentBaseOffsets()).toEqual([0, 2]);
    await log.tick();
    expect(log.segmentCount).toBe(2);
    clock.advance(1001);
    await log.tick();
    expect(log.segmentBaseOffsets()).toEqual([0, 2, 3]);
    await log.tick(); // the new active segment is empty: no roll
    expect(log.segmentCount).toBe(3);
  });

  it('on tick, does not roll a segment younger than segment.ms because its first batch has an old timestamp', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), logOptions(clock, { segmentMs: 1000 }));
    log.appendAsLeader(simpleBatch(1, clock.nowMs - 10_000), { leaderEpoch: 0 });
    await log.tick();
    expect(log.segmentCount).toBe(1);
    clock.advance(1001);
    await log.tick();
    expect(log.segmentCount).toBe(2);
  });

  it('rolls when the offset index is full (segment.index.bytes)', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentIndexBytes: 24, indexIntervalBytes: 0 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    // 24 bytes hold 3 offset entries; the first batch of a segment is never indexed, so 4 batches fit.
    expect(log.segmentBaseOffsets()).toEqual([0, 4, 8]);
    expect(decodeRecords(log.read(0, 1 << 20).chunks).length).toBe(10);
  });
});

describe('truncation and DeleteRecords', () => {
  it('truncateTo removes whole batches at and above the offset, across segments', async () => {
    const dir = tempDir();
    const size = simpleBatch(2).length;
    const log = await openLog(dir, logOptions(new FakeClock(), { segmentBytes: size * 2 }));
    for (let i = 0; i < 6; i++) log.appendAsLeader(simpleBatch(2, i * 10), { leaderEpoch: i });
    expect(log.segmentBaseOffsets()).toEqual([0, 4, 8]);
    log.truncateTo(6);
    expect(log.logEndOffset).toBe(6);
    expect(log.segmentBaseOffsets()).toEqual([0, 4]);
    expect(log.maxTimestampOffset()).toMatchObject({ offset: 4, timestampMs: 20 });
    expect(log.leaderEpochs().map((e) => e.epoch)).toEqual([0, 1, 2]);
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, endOffset: 6 });
    log.truncateTo(3); // inside batch 2..3: the whole batch goes
    expect(log.logEndOffset).toBe(2);
    expect(log.recoveryPointOffset).toBeLessThanOrEqual(2);
    expect(log.appendAsLeader(simpleBatch(1), { leaderEpoch: 9 }).firstOffset).toBe(2);
    expect(decodeRecords(log.read(0, 1 << 20).chunks).map((r) => r.offset)).toEqual([0, 1, 2]);
    await log.close();
    const reopened = await openLog(dir, logOptions(new FakeClock(), { segmentBytes: size * 2 }));
    expect(reopened.logEndOffset).toBe(3);
    expect(reopened.leaderEpochs()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 9, startOffset: 2 },
    ]);
  });

  it('truncateTo at or above logEndOffset changes nothing', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    log.appendAsLeader(simpleBatch(3), { leaderEpoch: 0 });
    log.truncateTo(3);
    log.truncateTo(10);
    expect(log.logEndOffset).toBe(3);
  });

  it('truncateFullyAndStartAt restarts the log at any offset', async () => {
    const dir = tempDir();
    const log = await openLog(dir, logOptions(new FakeClock()));
    log.appendAsLeader(simpleBatch(3), { leaderEpoch: 1 });
    log.truncateFullyAndStartAt(1000);
    expect([log.logStartOffset, log.logEndOffset, log.recoveryPointOffset, log.sizeBytes]).toEqual([1000, 1000, 1000, 0]);
    expect(log.leaderEpochs()).toEqual([]);
    expect(() => log.read(0, 100)).toThrow(OffsetOutOfRangeError);
    expect(log.appendAsLeader(simpleBatch(2), { leaderEpoch: 2 }).firstOffset).toBe(1000);
    expect(log.segmentBaseOffsets()).toEqual([1000]);
    await log.close();
    const reopened = await openLog(dir, logOptions(new FakeClock()));
    expect([reopened.logStartOffset, reopened.logEndOffset]).toEqual([1000, 1002]);
  });

  it('deleteRecordsBefore moves logStartOffset forward only, deletes segments below it, and persists it', async () => {
    const dir = tempDir();
    const size = simpleBatch(2).length;
    const log = await openLog(dir, logOptions(new FakeClock(), { segmentBytes: size * 2 }));
    for (let i = 0; i < 6; i++) log.appendAsLeader(simpleBatch(2), { leaderEpoch: i });
    expect(log.deleteRecordsBefore(5)).toBe(5);
    expect(log.segmentBaseOffsets()).toEqual([4, 8]);
    expect(fs.existsSync(segmentFile(dir, 0, '.log'))).toBe(false);
    expect(log.deleteRecordsBefore(2)).toBe(5);
    expect(() => log.deleteRecordsBefore(13)).toThrow(OffsetOutOfRangeError);
    expect(log.leaderEpochs()[0]).toEqual({ epoch: 2, startOffset: 5 });
    expect(log.deleteRecordsBefore(12)).toBe(12);
    expect(log.segmentBaseOffsets()).toEqual([8]); // never the active segment
    await log.close();
    const reopened = await openLog(dir, logOptions(new FakeClock(), { segmentBytes: size * 2 }));
    expect(reopened.logStartOffset).toBe(12);
    expect(reopened.read(12, 100).chunks).toEqual([]);
  });

  it('keeps deleted segment files as *.deleted until file.delete.delay.ms has passed', async () => {
    const dir = tempDir();
    const clock = new FakeClock();
    const size = simpleBatch(1).length;
    const log = await openLog(dir, logOptions(clock, { segmentBytes: size, fileDeleteDelayMs: 1000 }));
    for (let i = 0; i < 3; i++) log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    log.deleteRecordsBefore(2);
    expect(fs.existsSync(segmentFile(dir, 0, '.log') + '.deleted')).toBe(true);
    clock.advance(999);
    await log.tick();
    expect(fs.existsSync(segmentFile(dir, 0, '.log') + '.deleted')).toBe(true);
    clock.advance(1);
    await log.tick();
    expect(fs.existsSync(segmentFile(dir, 0, '.log') + '.deleted')).toBe(false);
  });
});

describe('leader epochs', () => {
  it('answers OffsetsForLeaderEpoch as Kafka does', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock()));
    expect(log.endOffsetForEpoch(0)).toEqual({ epoch: -1, endOffset: -1 });
    log.appendAsLeader(simpleBatch(3), { leaderEpoch: 2 });
    log.appendAsLeader(simpleBatch(3), { leaderEpoch: 2 });
    log.appendAsLeader(simpleBatch(3), { leaderEpoch: 5 });
    expect(log.leaderEpochs()).toEqual([
      { epoch: 2, startOffset: 0 },
      { epoch: 5, startOffset: 6 },
    ]);
    expect(log.endOffsetForEpoch(5)).toEqual({ epoch: 5, endOffset: 9 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 2, endOffset: 6 });
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, endOffset: 6 });
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, endOffset: 0 });
    expect(log.endOffsetForEpoch(6)).toEqual({ epoch: -1, endOffset: -1 });
    expect(log.endOffsetForEpoch(-1)).toEqual({ epoch: -1, endOffset: -1 });
  });
});

describe('flush policy', () => {
  /** Lets background work (thread-pool fsyncs) run; a flush that was never started cannot finish here. */
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

  it('keeps appends in the page cache until flush(), which advances the recovery point', async () => {
    const dir = tempDir();
    const log = await openLog(dir, logOptions(new FakeClock()));
    log.appendAsLeader(simpleBatch(4), { leaderEpoch: 0 });
    await settle();
    expect(log.recoveryPointOffset).toBe(0);
    await log.flush();
    expect(log.recoveryPointOffset).toBe(4);
    expect(fs.readFileSync(path.join(dir, 'recovery-point-offset-checkpoint'), 'utf8')).toBe('0\n1\n4\n');
    expect(fs.readFileSync(path.join(dir, 'leader-epoch-checkpoint'), 'utf8')).toBe('0\n1\n0 0\n');
  });

  it('fsyncs in the background after flush.messages records', async () => {
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { flushMessages: 5 }));
    log.appendAsLeader(simpleBatch(4), { leaderEpoch: 0 });
    await settle();
    expect(log.recoveryPointOffset).toBe(0);
    log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    await vi.waitFor(() => expect(log.recoveryPointOffset).toBe(5), { timeout: 10_000 });
  });

  it('fsyncs on tick once the oldest unflushed append is flush.ms old', async () => {
    const clock = new FakeClock();
    const log = await openLog(tempDir(), logOptions(clock, { flushMs: 1000 }));
    log.appendAsLeader(simpleBatch(2, clock.nowMs), { leaderEpoch: 0 });
    clock.advance(999);
    await log.tick();
    expect(log.recoveryPointOffset).toBe(0);
    clock.advance(1);
    await log.tick();
    expect(log.recoveryPointOffset).toBe(2);
  });

  it('fsyncs a sealed segment after a roll', async () => {
    const size = simpleBatch(1).length;
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentBytes: size }));
    log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    await vi.waitFor(() => expect(log.recoveryPointOffset).toBe(1), { timeout: 10_000 });
  });

  it('survives segments deleted while their background fsync is pending', async () => {
    const size = simpleBatch(1).length;
    const log = await openLog(tempDir(), logOptions(new FakeClock(), { segmentBytes: size }));
    for (let i = 0; i < 5; i++) {
      log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
      log.deleteRecordsBefore(log.logEndOffset);
      await Promise.resolve();
    }
    await log.flush();
    expect(log.recoveryPointOffset).toBe(5);
    expect(log.segmentBaseOffsets()).toEqual([4]);
  });

  it('refuses every operation after a failed fsync (KafkaStorageError)', async () => {
    const dir = tempDir();
    const log = await PartitionLog.open(dir, logOptions(new FakeClock()));
    log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 });
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, cb: (err: Error | null) => void) => {
      cb(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO', syscall: 'fdatasync' }));
    }) as typeof fs.fdatasync);
    await expect(log.flush()).rejects.toThrow(KafkaStorageError);
    vi.restoreAllMocks();
    expect(() => log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 })).toThrow(KafkaStorageError);
    expect(() => log.read(0, 100)).toThrow(KafkaStorageError);
    await expect(log.flush()).rejects.toThrow(KafkaStorageError);
    await expect(log.close()).rejects.toThrow(KafkaStorageError);
    expect(fs.existsSync(path.join(dir, '.clean-shutdown'))).toBe(false);
  });

  it('refuses writes after a failed write', async () => {
    const log = await PartitionLog.open(tempDir(), logOptions(new FakeClock()));
    open.push(log);
    vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    });
    expect(() => log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 })).toThrow(KafkaStorageError);
    vi.restoreAllMocks();
    expect(() => log.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 })).toThrow(KafkaStorageError);
  });
});

describe('preallocation', () => {
  it('extends a new segment to segment.bytes and trims it on roll and close', async () => {
    const dir = tempDir();
    const size = buildBatch([{ value: Buffer.from('x') }]).length;
    const config = { segmentBytes: size * 2, preallocate: true };
    const log = await PartitionLog.open(dir, logOptions(new FakeClock(), config));
    expect(fs.statSync(segmentFile(dir, 0, '.log')).size).toBe(size * 2);
    for (let i = 0; i < 3; i++) log.appendAsLeader(buildBatch([{ value: Buffer.from('x') }]), { leaderEpoch: 0 });
    expect(fs.statSync(segmentFile(dir, 0, '.log')).size).toBe(size * 2);
    expect(fs.statSync(segmentFile(dir, 2, '.log')).size).toBe(size * 2);
    await log.close();
    expect(fs.statSync(segmentFile(dir, 2, '.log')).size).toBe(size);
    const reopened = await openLog(dir, logOptions(new FakeClock(), config));
    expect(reopened.logEndOffset).toBe(3);
  });
});
