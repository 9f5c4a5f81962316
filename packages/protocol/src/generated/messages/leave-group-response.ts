// Generated from LeaveGroupResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const leaveGroupResponseVersions = { min: 0, max: 5, flexibleMin: 4 } as const;

export interface LeaveGroupResponse {
  throttleTimeMs: number;
  errorCode: number;
  members: LeaveGroupResponseMemberResponse[];
}

export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
  };
}

export function encodeLeaveGroupResponse(w: Writer, version: number, m: LeaveGroupResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('LeaveGroupResponse has no version ' + version);
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  if (version >= 3) {
    const a0 = m.members;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeLeaveGroupResponseMemberResponse(w, version, e1);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('LeaveGroupResponse has no version ' + version);
  const flexible = version >= 4;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_members: LeaveGroupResponseMemberResponse[] = [];
  if (version >= 3) {
    const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(6);
    if (n2 === -1) throw new DecodeError('LeaveGroupResponse.Members is null but not nullable in version ' + version);
    const arr3: LeaveGroupResponseMemberResponse[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeLeaveGroupResponseMemberResponse(r, version));
    }
    f_members = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaveGroupResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    members: f_members,
  };
}

export interface LeaveGroupResponseMemberResponse {
  memberId: string;
  groupInstanceId: string | null;
  errorCode: number;
}

export function defaultLeaveGroupResponseMemberResponse(): LeaveGroupResponseMemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
  };
}

export function encodeLeaveGroupResponseMemberResponse(w: Writer, version: number, m: LeaveGroupResponseMemberResponse): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  const v5 = m.groupInstanceId;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeLeaveGroupResponseMemberResponse(r: Reader, version: number): LeaveGroupResponseMemberResponse {
  const flexible = version >= 4;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null;
  f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('LeaveGroupResponseMemberResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    errorCode: f_errorCode,
  };
}

