// Goal: a crash at any point of a cleaning pass leaves a readable, correct log: every group of
// segments is either still the old one or wholly the cleaned one, no `.cleaned` or `.swap` file
// survives the next open, and cleaning the recovered log ends where the uninterrupted pass did.
// Method: the pass's swap-step hook copies the log directory after every file operation (what a
// crash at that instant leaves, given the page cache survives); each copy is reopened, once with
// its checkpointed recovery point and once recovering every segment from offset 0.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogConfig } from '../config.js';
import { PartitionLog } from '../partition-log.js';
import { FakeClock, forgetCleanShutdown, logOptions, snapshotDir, tempDir } from '../test-support/fixtures.js';
import { keyedBatch, readAll, type StoredRecord } from '../test-support/keyed.js';

const open: PartitionLog[] = [];
async function openLog(dir: string, clock: FakeClock): Promise<PartitionLog> {
  const log = await PartitionLog.open(dir, logOptions(clock, config));
  open.push(log);
  return log;
}
afterEach(async () => {
  for (const log of open.splice(0)) await log.close().catch(() => {});
});

const config: Partial<LogConfig> = { cleanupPolicyCompact: true, minCleanableDirtyRatio: 0, segmentBytes: 700, indexIntervalBytes: 100, deleteRetentionMs: 1e12 };

describe('crash during cleaning', () => {
  it('leaves the old or the new segments at every step of every swap, and converges after reopening', async () => {
    const clock = new FakeClock();
    const dir = tempDir();
    const log = await openLog(dir, clock);
    const written: StoredRecord[] = [];
    const append = (key: string, value: string | null): void => {
      const info = log.appendAsLeader(keyedBatch([{ key, value }], { timestampMs: clock.nowMs }), { leaderEpoch: 0 });
      written.push({ offset: info.firstOffset, key, value, timestampMs: clock.nowMs });
    };
    // Round one: 12 keys written 3 times, cleaned without a crash (segments shrink).
    for (let round = 0; round < 3; round++) for (let k = 0; k < 12; k++) append(`key-${k}`, `r${round}-${'x'.repeat(40)}`);
    await log.compact();
    // Round two: half the keys again, some deleted; the pass merges the small cleaned segments.
    for (let k = 0; k < 12; k += 2) append(`key-${k}`, k % 4 === 0 ? null : `r3-${'y'.repeat(40)}`);
    for (let k = 0; k < 12; k++) append(`pad-${k}`, 'z'.repeat(60));
    const before = readAll(log).records;
    const endOffset = log.logEndOffset;

    const snapshots: { step: string; dir: string }[] = [];
    const result = await log.compact({
      onSwapStep: (step) => {
        const copy = tempDir();
        snapshotDir(dir, copy);
        snapshots.push({ step, dir: copy });
      },
    });
    expect(result).toMatchObject({ isAborted: false });
    expect(result!.segmentsReplaced).toBeGreaterThan(result!.segmentsWritten); // some group merged segments
    const after = readAll(log).records;
    expect(after.length).toBeLessThan(before.length);
    // Every kind of step was observed, across several groups.
    expect(snapshots.length).toBeGreaterThan(20);
    for (const kind of ['.cleaned', 'to .swap', 'committed', 'delete segment', 'to its final name']) {
      expect(snapshots.some((s) => s.step.includes(kind))).toBe(true);
    }

    const latest = new Map<string, StoredRecord>();
    for (const r of written) latest.set(r.key!, r);
    const beforeByOffset = new Map(before.map((r) => [r.offset, r]));
    for (const snapshot of snapshots) {
      for (const recoverFromZero of [false, true]) {
        const copy = tempDir();
        snapshotDir(snapshot.dir, copy);
        if (recoverFromZero) forgetCleanShutdown(copy, 0);
        const recovered = await openLog(copy, clock);
        const context = `${snapshot.step}${recoverFromZero ? ' (recovery from 0)' : ''}`;
        expect(fs.readdirSync(copy).filter((n) => n.endsWith('.cleaned') || n.endsWith('.swap')), context).toEqual([]);
        expect(recovered.logEndOffset, context).toBe(endOffset);
        const records = readAll(recovered).records;
        // Between the old log and the cleaned one: a subsequence of the old, holding all of the new.
        for (const r of records) expect(r, context).toEqual(beforeByOffset.get(r.offset));
        const offsets = new Set(records.map((r) => r.offset));
        for (const r of after) expect(offsets.has(r.offset), `${context}: offset ${r.offset}`).toBe(true);
        for (const r of latest.values()) expect(offsets.has(r.offset), `${context}: latest ${r.key}`).toBe(true);
        // Cleaning the recovered log converges to the uninterrupted result.
        for (let i = 0; i < 10 && (await recovered.compact()) !== null; i++);
        expect(readAll(recovered).records, context).toEqual(after);
        await recovered.close();
      }
    }
  });
});
