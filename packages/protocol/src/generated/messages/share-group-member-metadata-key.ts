// Generated from ShareGroupMemberMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupMemberMetadataKeyVersions = { min: 10, max: 10, flexibleMin: -1 } as const;

export interface ShareGroupMemberMetadataKey {
  groupId: string;
  memberId: string;
}

export function defaultShareGroupMemberMetadataKey(): ShareGroupMemberMetadataKey {
  return {
    groupId: "",
    memberId: "",
  };
}

export function encodeShareGroupMemberMetadataKey(w: Writer, version: number, m: ShareGroupMemberMetadataKey): void {
  if (!(version >= 10 && version <= 10)) throw new EncodeError('ShareGroupMemberMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
  if (false) w.compactString(m.memberId); else w.string(m.memberId);
}

export function decodeShareGroupMemberMetadataKey(r: Reader, version: number): ShareGroupMemberMetadataKey {
  if (!(version >= 10 && version <= 10)) throw new DecodeError('ShareGroupMemberMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  let f_memberId: string;
  f_memberId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}

