import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { crc32c } from '@gregor/protocol';
import { Packr } from 'msgpackr';
import type { Snapshot, SnapshotMeta } from '../core/types.js';
import { fsyncDirSync } from './files.js';

/**
 * State-machine snapshots on disk, named as KRaft names them: `<20-digit offset>-<10-digit
 * epoch>.checkpoint` (offset = raft index, epoch = term). A file is written to a temporary name,
 * fsynced, renamed and the directory fsynced, so a snapshot is either whole or absent; older
 * snapshots are removed only after the newer one is durable. Content: magic `GRSN`, version,
 * CRC-32C of the rest, msgpack meta length and meta, then the application's bytes.
 */
const MAGIC = 0x4752534e; // "GRSN"
const VERSION = 1;
const HEADER_BYTES = 4 + 1 + 4 + 4;
const SUFFIX = '.checkpoint';
const packr = new Packr({ useRecords: false });

export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
}

export function snapshotFileName(meta: Pick<SnapshotMeta, 'index' | 'term'>): string {
  return `${String(meta.index).padStart(20, '0')}-${String(meta.term).padStart(10, '0')}${SUFFIX}`;
}

function parseName(name: string): { index: number; term: number } | null {
  const m = /^(\d{20})-(\d{10})\.checkpoint$/.exec(name);
  return m ? { index: Number(m[1]), term: Number(m[2]) } : null;
}

export function encodeSnapshotFile(snapshot: Snapshot): Buffer {
  const meta = packr.pack({ index: snapshot.meta.index, term: snapshot.meta.term, voters: snapshot.meta.voters });
  const out = Buffer.allocUnsafe(HEADER_BYTES + meta.length + snapshot.data.length);
  out.writeUInt32BE(MAGIC, 0);
  out.writeUInt8(VERSION, 4);
  out.writeUInt32BE(meta.length, 9);
  meta.copy(out, HEADER_BYTES);
  out.set(snapshot.data, HEADER_BYTES + meta.length);
  out.writeUInt32BE(crc32c(out, 9), 5);
  return out;
}

export function decodeSnapshotFile(buf: Buffer): Snapshot {
  if (buf.length < HEADER_BYTES || buf.readUInt32BE(0) !== MAGIC) throw new SnapshotFileError('not a snapshot file');
  if (buf.readUInt8(4) !== VERSION) throw new SnapshotFileError(`unknown snapshot version ${buf.readUInt8(4)}`);
  if (buf.readUInt32BE(5) !== crc32c(buf, 9)) throw new SnapshotFileError('snapshot CRC mismatch');
  const metaBytes = buf.readUInt32BE(9);
  if (HEADER_BYTES + metaBytes > buf.length) throw new SnapshotFileError('snapshot meta truncated');
  const meta = packr.unpack(buf.subarray(HEADER_BYTES, HEADER_BYTES + metaBytes)) as SnapshotMeta;
  if (!Number.isSafeInteger(meta.index) || !Number.isSafeInteger(meta.term) || !Array.isArray(meta.voters)) {
    throw new SnapshotFileError('snapshot meta malformed');
  }
  const data = new Uint8Array(buf.subarray(HEADER_BYTES + metaBytes));
  return { meta: { index: meta.index, term: meta.term, voters: meta.voters }, data };
}

export class SnapshotStore {
  constructor(readonly dir: string) {}

  /** The newest intact snapshot, or null. Damaged newer files are skipped (and reported). */
  loadLatest(onDamaged?: (file: string, err: Error) => void): Snapshot | null {
    const names = fs
      .readdirSync(this.dir)
      .map((name) => ({ name, parsed: parseName(name) }))
      .filter((x): x is { name: string; parsed: { index: number; term: number } } => x.parsed !== null)
      .sort((a, b) => b.parsed.index - a.parsed.index);
    for (const { name, parsed } of names) {
      const file = path.join(this.dir, name);
      try {
        const snapshot = decodeSnapshotFile(fs.readFileSync(file));
        if (snapshot.meta.index !== parsed.index || snapshot.meta.term !== parsed.term) throw new SnapshotFileError('name and content disagree');
        return snapshot;
      } catch (err) {
        onDamaged?.(file, err as Error);
      }
    }
    return null;
  }

  /** Writes `snapshot` durably, then removes older snapshot files. */
  async save(snapshot: Snapshot): Promise<void> {
    const file = path.join(this.dir, snapshotFileName(snapshot.meta));
    const tmp = `${file}.tmp`;
    const handle = await fsp.open(tmp, 'w', 0o644);
    try {
      await handle.writeFile(encodeSnapshotFile(snapshot));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, file);
    fsyncDirSync(this.dir);
    for (const name of fs.readdirSync(this.dir)) {
      const parsed = parseName(name);
      if (parsed !== null && parsed.index < snapshot.meta.index) fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
