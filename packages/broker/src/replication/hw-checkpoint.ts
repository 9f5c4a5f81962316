import { existsSync, readFileSync } from 'node:fs';
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

export function writeHighWatermarks(logDir: string, entries: ReadonlyArray<{ topic: string; partition: number; highWatermark: number }>): void {
  const lines = ['0', String(entries.length), ...entries.map((e) => `${e.topic} ${e.partition} ${e.highWatermark}`)];
  writeFileAtomic(join(logDir, FILE), Buffer.from(lines.join('\n') + '\n'));
}
