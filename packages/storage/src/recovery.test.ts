// Goal: after a crash the log comes back to the longest prefix of whole, valid batches, with
// indexes and leader epochs rebuilt, and keeps appending at the right offset; with a clean
// shutdown it skips recovery. Method: build a reference log, close it, then copy it and damage
// the copy as a crash or a bad disk would (cut the .log at every byte of its last batches, flip
// bytes, delete or corrupt index and checkpoint files), drop the clean-shutdown marker, reopen.
import fs from 'node:fs';
import path from 'node:path';
import { BatchOffset } from '@gregor/protocol';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogConfig } from './config.js';
import { PartitionLog } from './partition-log.js';
import { decodeRecords, simpleBatch } from './test-support/batches.js';
import { FakeClock, forgetCleanShutdown, logOptions, segmentFile, snapshotDir, tempDir } from './test-support/fixtures.js';

const open: PartitionLog[] = [];
async function openLog(dir: string, config: Partial<LogConfig>): Promise<PartitionLog> {
  const log = await PartitionLog.open(dir, logOptions(new FakeClock(), config));
  open.push(log);
  return log;
}
afterEach(async () => {
  for (const log of open.splice(0)) await log.close().catch(() => {});
});

interface StoredBatch {
  segment: number;
  position: number;
  sizeBytes: number;
  baseOffset: number;
  lastOffset: number;
  maxTimestampMs: number;
}

/** The batches of every segment in `dir`, read straight from the .log files. */
function storedBatches(dir: string): StoredBatch[] {
  const out: StoredBatch[] = [];
  const segments = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.log'))
    .map((n) => Number(n.slice(0, 20)))
    .sort((a, b) => a - b);
  for (const segment of segments) {
    const bytes = fs.readFileSync(segmentFile(dir, segment, '.log'));
    for (let p = 0; p < bytes.length; ) {
      const sizeBytes = bytes.readInt32BE(p + BatchOffset.batchLength) + 12;
      const baseOffset = Number(bytes.readBigInt64BE(p));
      out.push({
        segment,
        position: p,
        sizeBytes,
        baseOffset,
        lastOffset: baseOffset + bytes.readInt32BE(p + BatchOffset.lastOffsetDelta),
        maxTimestampMs: Number(bytes.readBigInt64BE(p + BatchOffset.maxTimestamp)),
      });
      p += sizeBytes;
    }
  }
  return out;
}

const CONFIG: Partial<LogConfig> = { segmentBytes: 1200, indexIntervalBytes: 150 };

/** A closed log of 30 batches (1-4 records, varied sizes, rising timestamps, epochs 1..3) over several segments. */
async function referenceLog(config: Partial<LogConfig> = CONFIG): Promise<{ dir: string; batches: StoredBatch[]; records: ReturnType<typeof decodeRecords> }> {
  const dir = tempDir();
  const log = await PartitionLog.open(dir, logOptions(new FakeClock(), config));
  for (let i = 0; i < 30; i++) {
    log.appendAsLeader(simpleBatch(1 + (i % 4), 1000 + i * 10, 10 + ((i * 7) % 40)), { leaderEpoch: 1 + Math.floor(i / 12) });
  }
  const records = decodeRecords(log.read(0, 1 << 30).chunks);
  await log.close();
  return { dir, batches: storedBatches(dir), records };
}

/** Checks a recovered log holds exactly the first `kept` reference batches and works. */
async function expectRecoveredTo(
  log: PartitionLog,
  reference: { batches: StoredBatch[]; records: ReturnType<typeof decodeRecords> },
  kept: number,
  { probeAppend = true } = {},
): Promise<void> {
  const end = kept === 0 ? 0 : reference.batches[kept - 1]!.lastOffset + 1;
  expect(log.logEndOffset).toBe(end);
  expect(decodeRecords(log.read(0, 1 << 30).chunks)).toEqual(reference.records.slice(0, end));
  // Indexes rebuilt: every offset finds its batch, every timestamp its first batch.
  for (const batch of reference.batches.slice(Math.max(0, kept - 3), kept)) {
    for (let offset = batch.baseOffset; offset <= batch.lastOffset; offset++) {
      expect(log.read(offset, 1, { minOneBatch: true }).firstOffset).toBe(batch.baseOffset);
    }
    expect(log.offsetForTimestamp(batch.maxTimestampMs)?.offset).toBe(batch.baseOffset);
  }
  if (!probeAppend) return;
  expect(log.appendAsLeader(simpleBatch(2, 5000), { leaderEpoch: 7 }).firstOffset).toBe(end);
  expect(log.logEndOffset).toBe(end + 2);
}

describe('recovery of a torn tail', () => {
  it('recovers to the last whole batch when the .log is cut at every byte of its last two batches', async () => {
    const reference = await referenceLog();
    const last = reference.batches.at(-1)!;
    const tail = reference.batches.filter((b) => b.segment === last.segment);
    expect(tail.length).toBeGreaterThanOrEqual(2);
    const from = reference.batches.at(-2)!.position;
    for (let cut = from; cut <= last.position + last.sizeBytes; cut++) {
      const dir = tempDir();
      snapshotDir(reference.dir, dir);
      fs.truncateSync(segmentFile(dir, last.segment, '.log'), cut);
      // Half the cases recover from offset 0, half from the recovery point in the last segment.
      forgetCleanShutdown(dir, cut % 2 === 0 ? 0 : last.segment);
      const log = await openLog(dir, CONFIG);
      const keptBatches = reference.batches.filter((b) => b.segment < last.segment || b.position + b.sizeBytes <= cut);
      const keptBytes = keptBatches.filter((b) => b.segment === last.segment).reduce((n, b) => n + b.sizeBytes, 0);
      expect(fs.statSync(segmentFile(dir, last.segment, '.log')).size).toBe(keptBytes); // the torn bytes are gone
      await expectRecoveredTo(log, reference, keptBatches.length);
      await log.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('recovers everything a crashed process left in the page cache', async () => {
    const dir = tempDir();
    const crashed = tempDir();
    const log = await openLog(dir, { segmentBytes: 800 });
    for (let i = 0; i < 40; i++) log.appendAsLeader(simpleBatch(2, i), { leaderEpoch: i < 20 ? 0 : 3 });
    await log.flush();
    for (let i = 0; i < 10; i++) log.appendAsLeader(simpleBatch(3, 100 + i), { leaderEpoch: 4 });
    fs.rmSync(crashed, { recursive: true });
    snapshotDir(dir, crashed);
    const records = decodeRecords(log.read(0, 1 << 30).chunks);
    const recovered = await openLog(crashed, { segmentBytes: 800 });
    expect(recovered.logEndOffset).toBe(110);
    expect(decodeRecords(recovered.read(0, 1 << 30).chunks)).toEqual(records);
    expect(recovered.leaderEpochs()).toEqual(log.leaderEpochs());
    await recovered.flush();
    expect(recovered.recoveryPointOffset).toBe(110);
  });
});

describe('recovery of corrupt batches', () => {
  it('truncates from the first batch with a flipped byte (outside the leader-epoch field) and drops later segments', async () => {
    const reference = await referenceLog();
    const segmentsBefore = new Set(reference.batches.map((b) => b.segment)).size;
    expect(segmentsBefore).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: reference.batches.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (index, at, xor) => {
          const batch = reference.batches[index]!;
          let byte = at % (batch.sizeBytes - 4);
          if (byte >= BatchOffset.partitionLeaderEpoch) byte += 4; // skip the epoch field (tested below)
          const dir = tempDir();
          snapshotDir(reference.dir, dir);
          const file = segmentFile(dir, batch.segment, '.log');
          const bytes = fs.readFileSync(file);
          bytes[batch.position + byte]! ^= xor;
          fs.writeFileSync(file, bytes);
          forgetCleanShutdown(dir, 0);
          const log = await openLog(dir, CONFIG);
          await expectRecoveredTo(log, reference, index);
          expect(log.segmentBaseOffsets().every((base) => base <= batch.segment)).toBe(true);
          await log.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('ends the log where a sealed segment lost whole batches at its end', async () => {
    const reference = await referenceLog();
    const segments = [...new Set(reference.batches.map((b) => b.segment))];
    const inFirst = reference.batches.filter((b) => b.segment === segments[0]);
    const dir = tempDir();
    snapshotDir(reference.dir, dir);
    fs.truncateSync(segmentFile(dir, segments[0]!, '.log'), inFirst.at(-1)!.position); // a clean cut at a batch boundary
    forgetCleanShutdown(dir, 0);
    const log = await openLog(dir, CONFIG);
    await expectRecoveredTo(log, reference, inFirst.length - 1);
    expect(log.segmentBaseOffsets()).toEqual([segments[0]]);
  });

  it('detects a leader epoch lowered by damage at that batch, and one raised at the next batch', async () => {
    const reference = await referenceLog();
    const target = reference.batches[14]!; // epoch 2; the batch after it also has epoch 2
    for (const [epoch, kept] of [
      [1, 14],
      [0, 14],
      [9, 15],
    ] as const) {
      const dir = tempDir();
      snapshotDir(reference.dir, dir);
      const file = segmentFile(dir, target.segment, '.log');
      const bytes = fs.readFileSync(file);
      bytes.writeInt32BE(epoch, target.position + BatchOffset.partitionLeaderEpoch);
      fs.writeFileSync(file, bytes);
      forgetCleanShutdown(dir, 0);
      const log = await openLog(dir, CONFIG);
      expect(log.logEndOffset).toBe(reference.batches[kept - 1]!.lastOffset + 1);
      await log.close();
    }
  });
});

describe('index and checkpoint damage', () => {
  function indexFiles(dir: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith('.index') || name.endsWith('.timeindex')) files.set(name, fs.readFileSync(path.join(dir, name)));
    }
    return files;
  }

  it('rebuilds missing, truncated or out-of-range index files at open, byte for byte', async () => {
    const reference = await referenceLog();
    const original = indexFiles(reference.dir);
    const segments = [...new Set(reference.batches.map((b) => b.segment))];
    const damages: ((dir: string) => void)[] = [
      (dir) => fs.rmSync(segmentFile(dir, segments[1]!, '.index')),
      (dir) => fs.rmSync(segmentFile(dir, segments[0]!, '.timeindex')),
      (dir) => fs.rmSync(segmentFile(dir, segments.at(-1)!, '.index')),
      (dir) => fs.truncateSync(segmentFile(dir, segments[1]!, '.index'), 5),
      (dir) => fs.appendFileSync(segmentFile(dir, segments[2]!, '.index'), Buffer.from([0, 0, 0x7f, 0xff, 0, 0, 0, 1])),
      (dir) => fs.appendFileSync(segmentFile(dir, segments[0]!, '.timeindex'), Buffer.from([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x7f, 0])),
      (dir) => fs.writeFileSync(segmentFile(dir, segments.at(-1)!, '.timeindex'), Buffer.alloc(12, 0xff)),
    ];
    for (const damage of damages) {
      const dir = tempDir();
      snapshotDir(reference.dir, dir);
      damage(dir);
      const log = await openLog(dir, CONFIG); // clean shutdown marker still present
      await expectRecoveredTo(log, reference, reference.batches.length, { probeAppend: false });
      await log.close();
      expect(indexFiles(dir)).toEqual(original);
    }
  });

  it('rebuilds a sealed index whose middle is corrupt when it is first used', async () => {
    const reference = await referenceLog();
    const original = indexFiles(reference.dir);
    const segment = [...new Set(reference.batches.map((b) => b.segment))][1]!;
    const dir = tempDir();
    snapshotDir(reference.dir, dir);
    const file = segmentFile(dir, segment, '.index');
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThanOrEqual(24);
    bytes.writeInt32BE(0x7ffffff0, 0); // first entry now above the last: not monotonic
    fs.writeFileSync(file, bytes);
    const log = await openLog(dir, CONFIG);
    const inSegment = reference.batches.filter((b) => b.segment === segment);
    for (const batch of inSegment) expect(log.read(batch.lastOffset, 1, { minOneBatch: true }).firstOffset).toBe(batch.baseOffset);
    await log.close();
    expect(indexFiles(dir)).toEqual(original);
  });

  it('rebuilds a corrupt leader-epoch checkpoint from batch headers, and ignores a corrupt recovery point', async () => {
    const reference = await referenceLog();
    const epochs = [
      { epoch: 1, startOffset: 0 },
      { epoch: 2, startOffset: reference.batches[12]!.baseOffset },
      { epoch: 3, startOffset: reference.batches[24]!.baseOffset },
    ];
    for (const clean of [true, false]) {
      const dir = tempDir();
      snapshotDir(reference.dir, dir);
      fs.writeFileSync(path.join(dir, 'leader-epoch-checkpoint'), '0\n2\n1 0\n');
      if (!clean) fs.writeFileSync(path.join(dir, 'recovery-point-offset-checkpoint'), 'garbage');
      if (!clean) forgetCleanShutdown(dir, null);
      const log = await openLog(dir, CONFIG);
      expect(log.leaderEpochs()).toEqual(epochs);
      await expectRecoveredTo(log, reference, reference.batches.length);
      await log.close();
    }
  });

  it('removes leftover temporary, deleted and orphan index files at open', async () => {
    const reference = await referenceLog();
    const dir = tempDir();
    snapshotDir(reference.dir, dir);
    const leftovers = ['recovery-point-offset-checkpoint.1-1.tmp', '00000000000000000000.log.deleted', '00000000000000099999.index', '00000000000000099999.timeindex'];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), 'x');
    const log = await openLog(dir, CONFIG);
    for (const name of leftovers) expect(fs.existsSync(path.join(dir, name))).toBe(false);
    expect(log.logEndOffset).toBe(reference.records.length);
  });

  it('restarts the log at logStartOffset when recovery ends below it', async () => {
    const dir = tempDir();
    const log = await openLog(dir, {});
    for (let i = 0; i < 3; i++) log.appendAsLeader(simpleBatch(2), { leaderEpoch: 0 });
    log.deleteRecordsBefore(6);
    await log.close();
    fs.truncateSync(segmentFile(dir, 0, '.log'), 10);
    forgetCleanShutdown(dir, 0);
    const reopened = await openLog(dir, {});
    expect([reopened.logStartOffset, reopened.logEndOffset, reopened.sizeBytes]).toEqual([6, 6, 0]);
    expect(reopened.segmentBaseOffsets()).toEqual([6]);
    expect(reopened.appendAsLeader(simpleBatch(1), { leaderEpoch: 0 }).firstOffset).toBe(6);
  });
});

describe('clean shutdown', () => {
  it('skips recovery when the marker is present, and recovers from the recovery point once it is gone', async () => {
    const reference = await referenceLog();
    const last = reference.batches.at(-1)!;
    const file = segmentFile(reference.dir, last.segment, '.log');
    const bytes = fs.readFileSync(file);
    bytes[last.position + last.sizeBytes - 1]! ^= 0x55; // inside the last record: only the CRC can tell
    fs.writeFileSync(file, bytes);
    const trusting = await openLog(reference.dir, CONFIG);
    expect(trusting.logEndOffset).toBe(last.lastOffset + 1);
    expect(fs.existsSync(path.join(reference.dir, '.clean-shutdown'))).toBe(false);
    await trusting.close();
    fs.rmSync(path.join(reference.dir, '.clean-shutdown')); // a crash: the recovery point is the old log end
    const recovering = await openLog(reference.dir, CONFIG);
    expect(recovering.logEndOffset).toBe(last.baseOffset);
  });
});
