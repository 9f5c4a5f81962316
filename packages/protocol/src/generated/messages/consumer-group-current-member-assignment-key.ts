// Generated from ConsumerGroupCurrentMemberAssignmentKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupCurrentMemberAssignmentKeyVersions = { min: 8, max: 8, flexibleMin: -1 } as const;

export interface ConsumerGroupCurrentMemberAssignmentKey {
  groupId: string;
  memberId: string;
}

export function defaultConsumerGroupCurrentMemberAssignmentKey(): ConsumerGroupCurrentMemberAssignmentKey {
  return {
    groupId: "",
    memberId: "",
  };
}

export function encodeConsumerGroupCurrentMemberAssignmentKey(w: Writer, version: number, m: ConsumerGroupCurrentMemberAssignmentKey): void {
  if (!(version >= 8 && version <= 8)) throw new EncodeError('ConsumerGroupCurrentMemberAssignmentKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
  if (false) w.compactString(m.memberId); else w.string(m.memberId);
}

export function decodeConsumerGroupCurrentMemberAssignmentKey(r: Reader, version: number): ConsumerGroupCurrentMemberAssignmentKey {
  if (!(version >= 8 && version <= 8)) throw new DecodeError('ConsumerGroupCurrentMemberAssignmentKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  let f_memberId: string;
  f_memberId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}

