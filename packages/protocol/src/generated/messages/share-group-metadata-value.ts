// Generated from ShareGroupMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupMetadataValue {
  epoch: number;
}

export function defaultShareGroupMetadataValue(): ShareGroupMetadataValue {
  return {
    epoch: 0,
  };
}

export function encodeShareGroupMetadataValue(w: Writer, version: number, m: ShareGroupMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupMetadataValue has no version ' + version);
  const flexible = true;
  w.int32(m.epoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupMetadataValue(r: Reader, version: number): ShareGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupMetadataValue has no version ' + version);
  const flexible = true;
  let f_epoch: number;
  f_epoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    epoch: f_epoch,
  };
}

