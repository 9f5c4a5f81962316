// Generated from ShareGroupTargetAssignmentMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupTargetAssignmentMetadataKeyVersions = { min: 12, max: 12, flexibleMin: -1 } as const;

export interface ShareGroupTargetAssignmentMetadataKey {
  groupId: string;
}

export function defaultShareGroupTargetAssignmentMetadataKey(): ShareGroupTargetAssignmentMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeShareGroupTargetAssignmentMetadataKey(w: Writer, version: number, m: ShareGroupTargetAssignmentMetadataKey): void {
  if (!(version >= 12 && version <= 12)) throw new EncodeError('ShareGroupTargetAssignmentMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeShareGroupTargetAssignmentMetadataKey(r: Reader, version: number): ShareGroupTargetAssignmentMetadataKey {
  if (!(version >= 12 && version <= 12)) throw new DecodeError('ShareGroupTargetAssignmentMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

