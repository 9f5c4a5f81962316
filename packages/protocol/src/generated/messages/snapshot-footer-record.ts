// Generated from SnapshotFooterRecord.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const snapshotFooterRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface SnapshotFooterRecord {
  version: number;
}

export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return {
    version: 0,
  };
}

export function encodeSnapshotFooterRecord(w: Writer, version: number, m: SnapshotFooterRecord): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('SnapshotFooterRecord has no version ' + version);
  const flexible = true;
  w.int16(m.version);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('SnapshotFooterRecord has no version ' + version);
  const flexible = true;
  let f_version: number;
  f_version = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SnapshotFooterRecord: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    version: f_version,
  };
}

