// Goal: recovery validates a log of at least 1 GiB end to end and lands on the right log end
// offset; the time and throughput are printed (not asserted: speed is reported, not tested).
// Method: append 1 MiB batches (one reused buffer) into a single segment without ever flushing,
// so the directory is left as a crashed broker leaves it: no clean-shutdown marker, recovery
// point 0, the whole segment in the page cache. A second log opened on it recovers every byte.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SEGMENT_BYTES_MAX } from './limits.js';
import { PartitionLog } from './partition-log.js';
import { buildBatch, decodeRecords } from './test-support/batches.js';
import { FakeClock, logOptions, tempDir } from './test-support/fixtures.js';

const GIB = 1024 * 1024 * 1024;

it('recovers a 1 GiB log from recovery point 0', async () => {
  const dir = tempDir();
  const config = { segmentBytes: SEGMENT_BYTES_MAX, flushMessages: Infinity, flushMs: Infinity };
  const writer = await PartitionLog.open(dir, logOptions(new FakeClock(), config));
  let recovered: PartitionLog | null = null;
  try {
    await writer.flush(); // recovery point 0 on disk, before anything is appended
    const batch = buildBatch([{ value: Buffer.alloc(1024 * 1024 - 100, 0x5a), timestampMs: 1 }]);
    const batches = Math.ceil(GIB / batch.length);
    const writeStarted = performance.now();
    for (let i = 0; i < batches; i++) writer.appendAsLeader(batch, { leaderEpoch: 3 });
    const writeMs = performance.now() - writeStarted;
    expect(writer.sizeBytes).toBeGreaterThanOrEqual(GIB);
    expect(writer.segmentCount).toBe(1);
    expect(fs.existsSync(path.join(dir, '.clean-shutdown'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'recovery-point-offset-checkpoint'), 'utf8')).toBe('0\n1\n0\n');

    const started = performance.now();
    recovered = await PartitionLog.open(dir, logOptions(new FakeClock(), config));
    const recoveryMs = performance.now() - started;
    const mib = writer.sizeBytes / (1024 * 1024);
    console.log(
      `1 GiB recovery: ${mib.toFixed(0)} MiB in ${batches} batches; append ${(mib / (writeMs / 1000)).toFixed(0)} MiB/s; ` +
        `recovery (validate every CRC, rebuild indexes) ${recoveryMs.toFixed(0)} ms = ${(mib / (recoveryMs / 1000)).toFixed(0)} MiB/s`,
    );
    expect(recovered.logEndOffset).toBe(batches);
    expect(recovered.sizeBytes).toBe(writer.sizeBytes);
    expect(recovered.leaderEpochs()).toEqual([{ epoch: 3, startOffset: 0 }]);
    const last = recovered.read(batches - 1, 1, { minOneBatch: true });
    expect(decodeRecords(last.chunks).map((r) => r.offset)).toEqual([batches - 1]);
    const middle = Math.floor(batches / 2);
    expect(recovered.read(middle, 1, { minOneBatch: true }).firstOffset).toBe(middle);
  } finally {
    await recovered?.delete();
    await writer.delete();
  }
});
