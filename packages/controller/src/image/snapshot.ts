import { MetadataRecordDecodeError, packValue, recordFromWire, recordToWire, unpackChecked } from '../records/codec.js';
import { ControllerInvariantError } from '../assert.js';
import { MetadataImage } from './metadata-image.js';

/**
 * A metadata snapshot's bytes (the `data` of a raft snapshot): the image's offset and epoch and
 * its `toRecords()`, msgpackr-encoded. Periodic snapshots bound the metadata log; a new or lagging
 * node installs one and replays the log after it (KIP-630).
 */
const SNAPSHOT_FORMAT = 0;

export function encodeMetadataSnapshot(image: MetadataImage): Uint8Array {
  return packValue({ format: SNAPSHOT_FORMAT, offset: image.offset, epoch: image.epoch, records: image.toRecords().map(recordToWire) });
}

export function decodeMetadataSnapshot(bytes: Uint8Array): MetadataImage {
  const raw = unpackChecked(bytes);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MetadataRecordDecodeError('a metadata snapshot is not a map');
  const o = raw as Record<string, unknown>;
  if (o['format'] !== SNAPSHOT_FORMAT) throw new MetadataRecordDecodeError(`unknown metadata snapshot format ${JSON.stringify(o['format'])}`);
  const offset = o['offset'];
  const epoch = o['epoch'];
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw new MetadataRecordDecodeError('snapshot offset is not an integer >= 0');
  if (typeof epoch !== 'number' || !Number.isSafeInteger(epoch) || epoch < 0) throw new MetadataRecordDecodeError('snapshot epoch is not an integer >= 0');
  if (!Array.isArray(o['records'])) throw new MetadataRecordDecodeError('snapshot records is not an array');
  const records = o['records'].map(recordFromWire);
  try {
    return MetadataImage.fromRecords(records, offset, epoch);
  } catch (err) {
    if (err instanceof ControllerInvariantError) throw new MetadataRecordDecodeError(`snapshot records do not form an image: ${err.message}`);
    throw err;
  }
}

/** Whether two images hold the same metadata at the same offset (compares canonical snapshots). */
export function imagesEqual(a: MetadataImage, b: MetadataImage): boolean {
  if (a === b) return true;
  if (a.offset !== b.offset || a.epoch !== b.epoch) return false;
  const x = encodeMetadataSnapshot(a);
  const y = encodeMetadataSnapshot(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
