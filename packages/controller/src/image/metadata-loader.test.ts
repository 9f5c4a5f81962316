// Goal: a broker's loader folds raft entries, fetched batches and snapshots into the same image
// the controllers hold, ignores what it already has, and publishes each change exactly once.
// Method: replay a generated history through the loader in chunks, with a snapshot in the middle.
import fc from 'fast-check';
import { EntryType } from '@gregor/raft';
import { describe, expect, it } from 'vitest';
import { historyArb } from '../../test/arbitraries.js';
import { encodeMetadataBatch } from '../records/codec.js';
import { MetadataLoader } from './metadata-loader.js';
import { encodeMetadataSnapshot, imagesEqual } from './snapshot.js';

describe('MetadataLoader', () => {
  it('reaches the same image through entries, batches and a snapshot, publishing every change once', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (history, cut) => {
        const last = history.images[history.images.length - 1]!;
        const loader = new MetadataLoader();
        const middle = history.images[cut % history.images.length]!;
        loader.installSnapshot(encodeMetadataSnapshot(middle));
        let published = loader.publish();
        if (middle.offset > 0 && !published!.delta.isEmpty) expect(published!.image.offset).toBe(middle.offset);
        for (const b of history.batches) {
          // Half through raft entries, half as fetched batches; replays of old offsets are ignored.
          if (b.offset % 2 === 0) loader.applyEntry({ index: b.offset, term: b.epoch, type: EntryType.normal, data: encodeMetadataBatch(b.records) });
          else loader.applyBatch(b.records, b.offset, b.epoch);
        }
        if (last.offset >= 1) loader.applyBatch([], 1, 1);
        expect(imagesEqual(loader.image, last)).toBe(true);
        published = loader.publish();
        if (last.offset > middle.offset) expect(published?.image).toBe(loader.image);
        expect(loader.publish()).toBeNull();
        loader.applyEntry({ index: last.offset + 1, term: last.epoch, type: EntryType.leaderChange, data: new Uint8Array(4) });
        expect(loader.offset).toBe(last.offset + 1);
      }),
      { numRuns: 100 },
    );
  });
});
