// Generated from ShareGroupMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupMetadataKeyVersions = { min: 11, max: 11, flexibleMin: -1 } as const;

export interface ShareGroupMetadataKey {
  groupId: string;
}

export function defaultShareGroupMetadataKey(): ShareGroupMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeShareGroupMetadataKey(w: Writer, version: number, m: ShareGroupMetadataKey): void {
  if (!(version >= 11 && version <= 11)) throw new EncodeError('ShareGroupMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeShareGroupMetadataKey(r: Reader, version: number): ShareGroupMetadataKey {
  if (!(version >= 11 && version <= 11)) throw new DecodeError('ShareGroupMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

