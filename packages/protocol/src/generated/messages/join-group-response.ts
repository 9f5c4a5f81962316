// Generated from JoinGroupResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const joinGroupResponseVersions = { min: 0, max: 9, flexibleMin: 6 } as const;

export interface JoinGroupResponse {
  throttleTimeMs: number;
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment: boolean;
  memberId: string;
  members: JoinGroupResponseJoinGroupResponseMember[];
}

export function defaultJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
  };
}

export function encodeJoinGroupResponse(w: Writer, version: number, m: JoinGroupResponse): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('JoinGroupResponse has no version ' + version);
  const flexible = version >= 6;
  if (version >= 2) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  w.int32(m.generationId);
  if (version >= 7) {
    const v0 = m.protocolType;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  }
  const v1 = m.protocolName;
  if (v1 === null && !(version >= 7)) throw new EncodeError('JoinGroupResponse.ProtocolName is not nullable in version ' + version);
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  if (flexible) w.compactString(m.leader); else w.string(m.leader);
  if (version >= 9) {
    w.bool(m.skipAssignment);
  }
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  const a2 = m.members;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeJoinGroupResponseJoinGroupResponseMember(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('JoinGroupResponse has no version ' + version);
  const flexible = version >= 6;
  let f_throttleTimeMs: number = 0;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_generationId: number;
  f_generationId = r.int32();
  let f_protocolType: string | null = null;
  if (version >= 7) {
    f_protocolType = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_protocolName: string | null;
  if (version >= 7) {
    f_protocolName = flexible ? r.compactNullableString() : r.nullableString();
  } else f_protocolName = flexible ? r.compactString() : r.string();
  let f_leader: string;
  f_leader = flexible ? r.compactString() : r.string();
  let f_skipAssignment: boolean = false;
  if (version >= 9) {
    f_skipAssignment = r.bool();
  }
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_members: JoinGroupResponseJoinGroupResponseMember[];
  const n4 = flexible ? r.compactArrayLength(4) : r.arrayLength(6);
  if (n4 === -1) throw new DecodeError('JoinGroupResponse.Members is null but not nullable in version ' + version);
  const arr5: JoinGroupResponseJoinGroupResponseMember[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeJoinGroupResponseJoinGroupResponseMember(r, version));
  }
  f_members = arr5;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('JoinGroupResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    generationId: f_generationId,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    leader: f_leader,
    skipAssignment: f_skipAssignment,
    memberId: f_memberId,
    members: f_members,
  };
}

export interface JoinGroupResponseJoinGroupResponseMember {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Buffer;
}

export function defaultJoinGroupResponseJoinGroupResponseMember(): JoinGroupResponseJoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: EMPTY_BYTES,
  };
}

export function encodeJoinGroupResponseJoinGroupResponseMember(w: Writer, version: number, m: JoinGroupResponseJoinGroupResponseMember): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 5) {
    const v7 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v7); else w.nullableString(v7);
  }
  if (flexible) w.compactBytes(m.metadata); else w.bytes(m.metadata);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeJoinGroupResponseJoinGroupResponseMember(r: Reader, version: number): JoinGroupResponseJoinGroupResponseMember {
  const flexible = version >= 6;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null = null;
  if (version >= 5) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_metadata: Buffer;
  f_metadata = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('JoinGroupResponseJoinGroupResponseMember: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    metadata: f_metadata,
  };
}

