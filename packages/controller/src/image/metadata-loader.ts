import type { Entry } from '@gregor/raft';
import { EntryType } from '@gregor/raft';
import { decodeMetadataBatch } from '../records/codec.js';
import type { MetadataRecord } from '../records/records.js';
import { diff, type MetadataDelta } from './delta.js';
import { MetadataImage } from './metadata-image.js';
import { decodeMetadataSnapshot } from './snapshot.js';

/**
 * A broker's side of the metadata log (KRaft's MetadataLoader + publishers): it folds committed
 * raft entries, fetched batches or snapshots into an image and hands out what changed since the
 * last `publish()`, so the replica manager acts once per batch of work rather than per record.
 * Pure: the runtime feeds it whatever transport brings the log (a raft observer's committed
 * entries, or batches fetched from a controller).
 */
export class MetadataLoader {
  private current: MetadataImage;
  private published: MetadataImage;

  constructor(image: MetadataImage = MetadataImage.EMPTY) {
    this.current = image;
    this.published = image;
  }

  /** The newest image (applied, maybe not yet published). */
  get image(): MetadataImage {
    return this.current;
  }

  /** Offset of the last applied entry: what the broker reports as `currentMetadataOffset`. */
  get offset(): number {
    return this.current.offset;
  }

  /** A committed raft entry (metadata batch or raft leader-change entry). Entries at or below the current offset are ignored. */
  applyEntry(entry: Entry): void {
    if (entry.index <= this.current.offset) return;
    const records = entry.type === EntryType.normal ? decodeMetadataBatch(entry.data) : [];
    this.current = this.current.applyBatch(records, entry.index, entry.term);
  }

  /** A committed batch fetched from a controller. Batches at or below the current offset are ignored. */
  applyBatch(records: readonly MetadataRecord[], offset: number, epoch: number): void {
    if (offset <= this.current.offset) return;
    this.current = this.current.applyBatch(records, offset, epoch);
  }

  /** A snapshot newer than the current image replaces it. */
  installSnapshot(data: Uint8Array): void {
    const image = decodeMetadataSnapshot(data);
    if (image.offset > this.current.offset) this.current = image;
  }

  /** What changed since the last publish, and the image it leads to; null when nothing did. */
  publish(): { readonly delta: MetadataDelta; readonly image: MetadataImage } | null {
    if (this.current === this.published) return null;
    const delta = diff(this.published, this.current);
    this.published = this.current;
    return { delta, image: this.current };
  }
}
