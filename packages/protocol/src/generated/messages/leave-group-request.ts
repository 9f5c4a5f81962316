// Generated from LeaveGroupRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const leaveGroupRequestVersions = { min: 0, max: 5, flexibleMin: 4 } as const;

export interface LeaveGroupRequest {
  groupId: string;
  memberId: string;
  members: LeaveGroupRequestMemberIdentity[];
}

export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return {
    groupId: "",
    memberId: "",
    members: [],
  };
}

export function encodeLeaveGroupRequest(w: Writer, version: number, m: LeaveGroupRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('LeaveGroupRequest has no version ' + version);
  const flexible = version >= 4;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (version <= 2) {
    if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  } else {
    if (m.memberId !== "") throw new EncodeError('LeaveGroupRequest.MemberId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    const a0 = m.members;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeLeaveGroupRequestMemberIdentity(w, version, e1);
    }
  } else {
    if ((m.members.length !== 0)) throw new EncodeError('LeaveGroupRequest.Members: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('LeaveGroupRequest has no version ' + version);
  const flexible = version >= 4;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_memberId: string = "";
  if (version <= 2) {
    f_memberId = flexible ? r.compactString() : r.string();
  }
  let f_members: LeaveGroupRequestMemberIdentity[] = [];
  if (version >= 3) {
    const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
    if (n2 === -1) throw new DecodeError('LeaveGroupRequest.Members is null but not nullable in version ' + version);
    const arr3: LeaveGroupRequestMemberIdentity[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeLeaveGroupRequestMemberIdentity(r, version));
    }
    f_members = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaveGroupRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    members: f_members,
  };
}

export interface LeaveGroupRequestMemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
  reason: string | null;
}

export function defaultLeaveGroupRequestMemberIdentity(): LeaveGroupRequestMemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
  };
}

export function encodeLeaveGroupRequestMemberIdentity(w: Writer, version: number, m: LeaveGroupRequestMemberIdentity): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  const v5 = m.groupInstanceId;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (version >= 5) {
    const v6 = m.reason;
    if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaveGroupRequestMemberIdentity(r: Reader, version: number): LeaveGroupRequestMemberIdentity {
  const flexible = version >= 4;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null;
  f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  let f_reason: string | null = null;
  if (version >= 5) {
    f_reason = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaveGroupRequestMemberIdentity: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    reason: f_reason,
  };
}

