// Generated from ShareGroupPartitionMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupPartitionMetadataKeyVersions = { min: 9, max: 9, flexibleMin: -1 } as const;

export interface ShareGroupPartitionMetadataKey {
  groupId: string;
}

export function defaultShareGroupPartitionMetadataKey(): ShareGroupPartitionMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeShareGroupPartitionMetadataKey(w: Writer, version: number, m: ShareGroupPartitionMetadataKey): void {
  if (!(version >= 9 && version <= 9)) throw new EncodeError('ShareGroupPartitionMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeShareGroupPartitionMetadataKey(r: Reader, version: number): ShareGroupPartitionMetadataKey {
  if (!(version >= 9 && version <= 9)) throw new DecodeError('ShareGroupPartitionMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

