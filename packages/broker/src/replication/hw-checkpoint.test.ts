// Goal: the high watermark checkpoint written off the event loop reads back as written, replaces
// the previous one whole, and leaves no temporary file. Method: write to a temporary log
// directory, read back with readHighWatermarks, list the directory.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHighWatermarks, writeHighWatermarks, writeHighWatermarksInBackground } from './hw-checkpoint.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('replication-offset-checkpoint', () => {
  it('written in the background, reads back as written and replaces the previous checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gregor-hw-'));
    dirs.push(dir);
    writeHighWatermarks(dir, [{ topic: 'a', partition: 0, highWatermark: 5 }, { topic: 'gone', partition: 1, highWatermark: 9 }]);
    await writeHighWatermarksInBackground(dir, [{ topic: 'a', partition: 0, highWatermark: 42 }, { topic: 'b', partition: 3, highWatermark: 7 }]);
    expect(readHighWatermarks(dir)).toEqual(new Map([['a\u00000', 42], ['b\u00003', 7]]));
    expect(readdirSync(dir)).toEqual(['replication-offset-checkpoint']);
  });
});
