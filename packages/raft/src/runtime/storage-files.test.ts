// Goal: the runtime's durable pieces keep raft's persistent state exactly: the log on
// @gregor/storage (entries as one-record v2 batches, partitionLeaderEpoch = term) survives
// reopening, truncation and reset; the quorum-state file and snapshot files are replaced
// atomically and damage is detected. Method: real files in temp directories.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBatchHeader, decodeRecordBatch } from '@gregor/protocol';
import { EntryType, type Entry } from '../core/types.js';
import { tempDir } from '../../test/helpers.js';
import { EntryBatchEncoder, METADATA_LOG_DIR, PartitionLogStore } from './log-store.js';
import { readQuorumState, writeQuorumState, QuorumStateFileError } from './quorum-state-file.js';
import { SnapshotStore, snapshotFileName } from './snapshot-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = tempDir('files');
  dirs.push(d);
  return d;
}
function e(index: number, term: number, type: EntryType = EntryType.normal): Entry {
  return { index, term, type, data: Buffer.from(`entry-${index}-${term}`) };
}
const brief = (es: readonly Entry[]) => es.map((x) => `${x.index}/${x.term}/${x.type}/${Buffer.from(x.data).toString()}`);

describe('PartitionLogStore', () => {
  it('stores entries as v2 batches whose leader epoch is the term', () => {
    const buf = new EntryBatchEncoder().encode([e(1, 1, EntryType.leaderChange), e(2, 3)], 1234);
    const first = decodeRecordBatch(buf, 0);
    expect(first.isControl).toBe(true);
    expect(first.header).toMatchObject({ baseOffset: 0, partitionLeaderEpoch: 1, recordsCount: 1 });
    const second = readBatchHeader(buf, first.sizeBytes);
    expect(second).toMatchObject({ baseOffset: 1, partitionLeaderEpoch: 3 });
    expect(decodeRecordBatch(buf, first.sizeBytes).records[0]!.value!.toString()).toBe('entry-2-3');
  });

  it('reads back what was flushed after a reopen, truncates and resets', async () => {
    const d = dir();
    let log = await PartitionLogStore.open(d);
    log.append([e(1, 1, EntryType.leaderChange), e(2, 1), e(3, 2), e(4, 2)]);
    await log.flush();
    // A conflicting append replaces the suffix from its first index.
    log.append([e(3, 3), e(4, 3), e(5, 3)]);
    await log.flush();
    await log.close();
    log = await PartitionLogStore.open(d);
    expect(brief(log.readEntries())).toEqual(brief([e(1, 1, EntryType.leaderChange), e(2, 1), e(3, 3), e(4, 3), e(5, 3)]));
    log.truncateAfter(2);
    expect(log.lastIndex).toBe(2);
    log.resetAfter(10);
    expect([log.startIndex, log.lastIndex]).toEqual([10, 10]);
    log.append([e(11, 4)]);
    await log.flush();
    await log.close();
    log = await PartitionLogStore.open(d);
    expect(brief(log.readEntries())).toEqual(brief([e(11, 4)]));
    await log.close();
  });

  it('compaction moves the start past entries a snapshot covers', async () => {
    const d = dir();
    const log = await PartitionLogStore.open(d);
    log.append([e(1, 1), e(2, 1), e(3, 1)]);
    await log.flush();
    log.compactThrough(2);
    expect(log.startIndex).toBe(2);
    expect(brief(log.readEntries())).toEqual(brief([e(3, 1)]));
    await log.close();
    expect(fs.existsSync(path.join(d, METADATA_LOG_DIR))).toBe(true);
  });
});

describe('quorum-state file', () => {
  it('round-trips term and vote in Kafka field names, replacing the file atomically', () => {
    const file = path.join(dir(), 'quorum-state');
    expect(readQuorumState(file)).toBeNull();
    writeQuorumState(file, { term: 7, votedFor: 2 }, [1, 2, 3]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ leaderEpoch: 7, votedId: 2, currentVoters: [{ voterId: 1 }, { voterId: 2 }, { voterId: 3 }] });
    writeQuorumState(file, { term: 8, votedFor: null }, [1, 2, 3]);
    expect(readQuorumState(file)).toEqual({ term: 8, votedFor: null });
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('refuses a damaged file rather than forgetting a vote', () => {
    const file = path.join(dir(), 'quorum-state');
    fs.writeFileSync(file, '{"leaderEpoch": 3, "voted');
    expect(() => readQuorumState(file)).toThrow(QuorumStateFileError);
  });
});

describe('snapshot store', () => {
  it('keeps only the newest snapshot and skips a damaged one', async () => {
    const d = dir();
    const store = new SnapshotStore(d);
    const s1 = { meta: { index: 10, term: 2, voters: [1, 2, 3] }, data: Buffer.from('ten') };
    const s2 = { meta: { index: 20, term: 3, voters: [1, 2, 3] }, data: Buffer.from('twenty') };
    await store.save(s1);
    await store.save(s2);
    expect(fs.readdirSync(d)).toEqual([snapshotFileName(s2.meta)]);
    expect(Buffer.from(store.loadLatest()!.data).toString()).toBe('twenty');
    // An older snapshot written later (kept: only older ones are removed), then the newest is
    // damaged: loading reports it and falls back to the intact older one.
    await store.save(s1);
    expect(fs.readdirSync(d).sort()).toEqual([snapshotFileName(s1.meta), snapshotFileName(s2.meta)]);
    const bytes = fs.readFileSync(path.join(d, snapshotFileName(s2.meta)));
    bytes[bytes.length - 1]! ^= 0xff;
    fs.writeFileSync(path.join(d, snapshotFileName(s2.meta)), bytes);
    const damaged: string[] = [];
    const loaded = store.loadLatest((f) => damaged.push(path.basename(f)));
    expect(damaged).toEqual([snapshotFileName(s2.meta)]);
    expect(loaded!.meta.index).toBe(10);
    expect(Buffer.from(loaded!.data).toString()).toBe('ten');
  });
});
