// Generated from ShareGroupStatePartitionMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupStatePartitionMetadataKeyVersions = { min: 15, max: 15, flexibleMin: -1 } as const;

export interface ShareGroupStatePartitionMetadataKey {
  groupId: string;
}

export function defaultShareGroupStatePartitionMetadataKey(): ShareGroupStatePartitionMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeShareGroupStatePartitionMetadataKey(w: Writer, version: number, m: ShareGroupStatePartitionMetadataKey): void {
  if (!(version >= 15 && version <= 15)) throw new EncodeError('ShareGroupStatePartitionMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeShareGroupStatePartitionMetadataKey(r: Reader, version: number): ShareGroupStatePartitionMetadataKey {
  if (!(version >= 15 && version <= 15)) throw new DecodeError('ShareGroupStatePartitionMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

