#!/usr/bin/env node
// Log-compaction benchmark for @gregor/storage (plain ESM against the built dist: run
// `npx tsc -b` first).
//
//   node packages/storage/bench/compaction.mjs [--mib 256] [--keys 100000] [--records 20]
//        [--value-bytes 100] [--compression none|gzip|snappy|lz4|zstd] [--dir /tmp]
//
// Writes --mib MiB of batches of --records keyed records (keys like __consumer_offsets' group
// metadata keys, drawn from --keys distinct keys; --value-bytes values) into 64 MiB segments,
// then runs one cleaning pass with the process-wide 64 MiB offset map and prints its
// throughput, the bytes and records before and after, and the longest event-loop stall seen
// while it ran (the pass yields every 4 MiB).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compressionTypeFromName, encodeRecordBatch } from '@gregor/protocol';
import { PartitionLog, defaultLogConfig } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    mib: { type: 'string', default: '256' },
    keys: { type: 'string', default: '100000' },
    records: { type: 'string', default: '20' },
    'value-bytes': { type: 'string', default: '100' },
    compression: { type: 'string', default: 'none' },
    dir: { type: 'string', default: os.tmpdir() },
  },
});
const totalBytes = Number(values.mib) * 1024 * 1024;
const keyCount = Number(values.keys);
const recordsPerBatch = Number(values.records);
const value = Buffer.alloc(Number(values['value-bytes']), 0x61);
const compression = compressionTypeFromName(values.compression);
if (compression === null) throw new Error(`unknown compression ${values.compression}`);

const mibPerS = (bytes, ms) => (bytes / (1024 * 1024) / (ms / 1000)).toFixed(0);
const dir = fs.mkdtempSync(path.join(values.dir, 'gregor-compaction-bench-'));
const config = { ...defaultLogConfig, segmentBytes: 64 * 1024 * 1024, cleanupPolicyCompact: true, minCleanableDirtyRatio: 0 };
const options = { config, nowMs: () => Date.now() };
try {
  const log = await PartitionLog.open(dir, options);
  const keys = Array.from({ length: keyCount }, (_, i) => Buffer.from(`consumer-group-${i % 997}/orders-topic-${i}/partition-${i % 64}`));
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  let t = performance.now();
  let records = 0;
  while (log.sizeBytes < totalBytes) {
    const batch = encodeRecordBatch({
      compression,
      records: Array.from({ length: recordsPerBatch }, () => ({ timestamp: 1, key: keys[Math.floor(random() * keyCount)], value })),
    });
    log.appendAsLeader(batch, { leaderEpoch: 0 });
    records += recordsPerBatch;
  }
  // Seal the last segment so everything is cleanable.
  log.appendAsLeader(encodeRecordBatch({ records: [{ timestamp: 1, key: keys[0], value }] }), { leaderEpoch: 0 });
  await log.flush();
  const before = log.sizeBytes;
  console.log(`write:    ${records} records, ${(before / 2 ** 20).toFixed(0)} MiB in ${log.segmentCount} segments, ${(performance.now() - t).toFixed(0)} ms`);

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  t = performance.now();
  const result = await log.compact();
  const ms = performance.now() - t;
  delay.disable();
  if (result === null || result.isAborted) throw new Error('no pass ran');
  console.log(
    `clean:    ${(result.bytesBefore / 2 ** 20).toFixed(0)} MiB -> ${(result.bytesAfter / 2 ** 20).toFixed(1)} MiB, ` +
      `${result.recordsRead} -> ${result.recordsKept} records, ${result.segmentsReplaced} -> ${result.segmentsWritten} segments, ` +
      `${ms.toFixed(0)} ms (${mibPerS(result.bytesBefore, ms)} MiB/s read and cleaned${result.isMapFull ? ', offset map full' : ''})`,
  );
  console.log(`event loop during the pass: max stall ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
  await log.delete();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
