// Generated from ShareGroupCurrentMemberAssignmentKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupCurrentMemberAssignmentKeyVersions = { min: 14, max: 14, flexibleMin: -1 } as const;

export interface ShareGroupCurrentMemberAssignmentKey {
  groupId: string;
  memberId: string;
}

export function defaultShareGroupCurrentMemberAssignmentKey(): ShareGroupCurrentMemberAssignmentKey {
  return {
    groupId: "",
    memberId: "",
  };
}

export function encodeShareGroupCurrentMemberAssignmentKey(w: Writer, version: number, m: ShareGroupCurrentMemberAssignmentKey): void {
  if (!(version >= 14 && version <= 14)) throw new EncodeError('ShareGroupCurrentMemberAssignmentKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
  if (false) w.compactString(m.memberId); else w.string(m.memberId);
}

export function decodeShareGroupCurrentMemberAssignmentKey(r: Reader, version: number): ShareGroupCurrentMemberAssignmentKey {
  if (!(version >= 14 && version <= 14)) throw new DecodeError('ShareGroupCurrentMemberAssignmentKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  let f_memberId: string;
  f_memberId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}

