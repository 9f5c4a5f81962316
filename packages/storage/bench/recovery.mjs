#!/usr/bin/env node
// Recovery benchmark for @gregor/storage (plain ESM against the built dist: run `npx tsc -b` first).
//
//   node packages/storage/bench/recovery.mjs [--mib 1024] [--batch-kib 1024] [--dir /tmp]
//
// Appends --mib MiB of --batch-kib KiB batches (one reused buffer) to a fresh log without ever
// flushing, leaves it as a crashed broker would (no clean-shutdown marker, recovery point 0),
// then times: crash recovery (every batch's framing and CRC-32C validated, indexes rebuilt),
// the background fsync that follows, and a clean reopen (which skips recovery).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { crc32c } from '@gregor/protocol';
import { PartitionLog, defaultLogConfig } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    mib: { type: 'string', default: '1024' },
    'batch-kib': { type: 'string', default: '1024' },
    dir: { type: 'string', default: os.tmpdir() },
  },
});
const totalBytes = Number(values.mib) * 1024 * 1024;
const batchBytes = Number(values['batch-kib']) * 1024;

/** One v2 batch holding a single record whose value fills the batch (uncompressed, no key). */
function buildBatch(size) {
  const varint = (v) => {
    let z = BigInt.asUintN(64, (BigInt(v) << 1n) ^ (BigInt(v) >> 63n));
    const out = [];
    while (z >= 0x80n) {
      out.push(Number(z & 0x7fn) | 0x80);
      z >>= 7n;
    }
    out.push(Number(z));
    return Buffer.from(out);
  };
  // Find the value length whose record makes the batch exactly `size` bytes (varint lengths vary).
  for (let valueBytes = size - 61; valueBytes > 0; valueBytes--) {
    const body = Buffer.concat([Buffer.from([0]), varint(0), varint(0), varint(-1), varint(valueBytes), Buffer.alloc(valueBytes, 0x5a), varint(0)]);
    const record = Buffer.concat([varint(body.length), body]);
    if (61 + record.length !== size) continue;
    const batch = Buffer.alloc(size);
    batch.writeInt32BE(size - 12, 8);
    batch.writeInt32BE(-1, 12);
    batch.writeInt8(2, 16);
    batch.writeInt32BE(0, 23); // lastOffsetDelta
    batch.writeBigInt64BE(1n, 27); // baseTimestamp
    batch.writeBigInt64BE(1n, 35); // maxTimestamp
    batch.writeBigInt64BE(-1n, 43);
    batch.writeInt16BE(-1, 51);
    batch.writeInt32BE(-1, 53);
    batch.writeInt32BE(1, 57);
    record.copy(batch, 61);
    batch.writeUInt32BE(crc32c(batch, 21, size), 17);
    return batch;
  }
  throw new Error(`no record fits a ${size}-byte batch`);
}

const mibPerS = (bytes, ms) => (bytes / (1024 * 1024) / (ms / 1000)).toFixed(0);
const dir = fs.mkdtempSync(path.join(values.dir, 'gregor-recovery-bench-'));
const config = { ...defaultLogConfig, segmentBytes: 1024 * 1024 * 1024 };
const options = { config, nowMs: () => Date.now() };
try {
  const batch = buildBatch(batchBytes);
  const writer = await PartitionLog.open(dir, options);
  await writer.flush();
  const batches = Math.ceil(totalBytes / batch.length);
  let t = performance.now();
  for (let i = 0; i < batches; i++) writer.appendAsLeader(batch, { leaderEpoch: 0 });
  const appendMs = performance.now() - t;
  const bytes = writer.sizeBytes;
  console.log(`append:   ${batches} batches, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${appendMs.toFixed(0)} ms (${mibPerS(bytes, appendMs)} MiB/s, page cache)`);

  t = performance.now();
  const recovered = await PartitionLog.open(dir, options);
  const recoveryMs = performance.now() - t;
  if (recovered.logEndOffset !== batches) throw new Error(`recovered to ${recovered.logEndOffset}, expected ${batches}`);
  console.log(`recovery: ${recovered.segmentCount} segments, ${(bytes / 2 ** 20).toFixed(0)} MiB in ${recoveryMs.toFixed(0)} ms (${mibPerS(bytes, recoveryMs)} MiB/s)`);

  t = performance.now();
  await recovered.flush();
  console.log(`fsync after recovery (writeback of the never-flushed data): ${(performance.now() - t).toFixed(0)} ms`);
  await recovered.close();

  t = performance.now();
  const reopened = await PartitionLog.open(dir, options);
  const cleanMs = performance.now() - t;
  if (reopened.logEndOffset !== batches) throw new Error(`reopened at ${reopened.logEndOffset}, expected ${batches}`);
  console.log(`clean reopen (marker present, recovery skipped): ${cleanMs.toFixed(1)} ms`);
  await reopened.close();
  await writer.delete(); // releases the crashed writer's file descriptors and removes the directory
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
