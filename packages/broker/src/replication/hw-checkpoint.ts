import { existsSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/local-controller.js';

/**
 * replication-offset-checkpoint (Kafka's format: version, count, then `topic partition offset`
 * lines): each partition's high watermark, written periodically and at shutdown. A restarted
 * broker starts from these instead of its log end, so it never exposes records that were not
 * committed when it went down.
 */
const FILE = 'replication-offset-checkpoint';

export function readHighWatermarks(logDir: string): Map<string, number> {
  const out = new Map<string, number>();
  const path = join(logDir, FILE);
  if (!existsSync(path)) return out;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== '0') return out;
  for (const line of lines.slice(2)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 3) continue;
    const [topic, partition, offset] = parts as [string, string, string];
    out.set(`${topic}\u0000${Number(partition)}`, Number(offset));
  }
  return out;
}

type HighWatermarkEntries = ReadonlyArray<{ topic: string; partition: number; highWatermark: number }>;

function encode(entries: HighWatermarkEntries): Buffer {
  const lines = ['0', String(entries.length), ...entries.map((e) => `${e.topic} ${e.partition} ${e.highWatermark}`)];
  return Buffer.from(lines.join('\n') + '\n');
}

/** Writes the checkpoint on the calling thread (shutdown, when nothing else is waiting). */
export function writeHighWatermarks(logDir: string, entries: HighWatermarkEntries): void {
  writeFileAtomic(join(logDir, FILE), encode(entries));
}

/**
 * The periodic checkpoint, with its writes and fsyncs on libuv's thread pool: under a write load
 * an fsync waits for the file system's journal and took 2-15 ms, once 117 ms, which the event
 * loop (every produce and fetch of the broker) spent waiting when it was synchronous. The same
 * steps as writeFileAtomic: temporary file, fsync, rename, fsync of the directory. The caller
 * runs one at a time.
 */
export async function writeHighWatermarksInBackground(logDir: string, entries: HighWatermarkEntries): Promise<void> {
  const path = join(logDir, FILE);
  const tmp = `${path}.tmp`;
  const file = await open(tmp, 'w');
  try {
    await file.writeFile(encode(entries));
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(tmp, path);
  const dir = await open(logDir, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
