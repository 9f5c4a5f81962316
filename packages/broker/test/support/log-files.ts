import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Attributes, BatchOffset, iterateBatchSpans } from '@gregor/protocol';

/**
 * The compression codec of every batch stored for a topic, read straight from its segment files
 * in a broker's data directory: proof of what is on disk, not of what a client says it sent.
 */
export function storedBatchCodecs(dataDir: string, topic: string): number[] {
  const codecs: number[] = [];
  for (const dir of readdirSync(dataDir)) {
    if (!dir.startsWith(`${topic}-`) || !/^\d+$/.test(dir.slice(topic.length + 1))) continue;
    for (const file of readdirSync(join(dataDir, dir)).filter((f) => f.endsWith('.log')).sort()) {
      const bytes = readFileSync(join(dataDir, dir, file));
      for (const span of iterateBatchSpans(bytes)) {
        codecs.push(bytes.readInt16BE(span.position + BatchOffset.attributes) & Attributes.compressionMask);
      }
    }
  }
  return codecs;
}
