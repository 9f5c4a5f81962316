// Generated from DescribeGroupsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeGroupsResponseVersions = { min: 0, max: 5, flexibleMin: 5 } as const;

export interface DescribeGroupsResponse {
  throttleTimeMs: number;
  groups: DescribeGroupsResponseDescribedGroup[];
}

export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

export function encodeDescribeGroupsResponse(w: Writer, version: number, m: DescribeGroupsResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('DescribeGroupsResponse has no version ' + version);
  const flexible = version >= 5;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.groups;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeGroupsResponseDescribedGroup(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('DescribeGroupsResponse has no version ' + version);
  const flexible = version >= 5;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_groups: DescribeGroupsResponseDescribedGroup[];
  const n2 = flexible ? r.compactArrayLength(12) : r.arrayLength(14);
  if (n2 === -1) throw new DecodeError('DescribeGroupsResponse.Groups is null but not nullable in version ' + version);
  const arr3: DescribeGroupsResponseDescribedGroup[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeGroupsResponseDescribedGroup(r, version));
  }
  f_groups = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeGroupsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
}

export interface DescribeGroupsResponseDescribedGroup {
  errorCode: number;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: DescribeGroupsResponseDescribedGroupMember[];
  authorizedOperations: number;
}

export function defaultDescribeGroupsResponseDescribedGroup(): DescribeGroupsResponseDescribedGroup {
  return {
    errorCode: 0,
    groupId: "",
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

export function encodeDescribeGroupsResponseDescribedGroup(w: Writer, version: number, m: DescribeGroupsResponseDescribedGroup): void {
  const flexible = version >= 5;
  w.int16(m.errorCode);
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) w.compactString(m.groupState); else w.string(m.groupState);
  if (flexible) w.compactString(m.protocolType); else w.string(m.protocolType);
  if (flexible) w.compactString(m.protocolData); else w.string(m.protocolData);
  const a5 = m.members;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeGroupsResponseDescribedGroupMember(w, version, e6);
  }
  if (version >= 3) {
    w.int32(m.authorizedOperations);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeGroupsResponseDescribedGroup(r: Reader, version: number): DescribeGroupsResponseDescribedGroup {
  const flexible = version >= 5;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_groupState: string;
  f_groupState = flexible ? r.compactString() : r.string();
  let f_protocolType: string;
  f_protocolType = flexible ? r.compactString() : r.string();
  let f_protocolData: string;
  f_protocolData = flexible ? r.compactString() : r.string();
  let f_members: DescribeGroupsResponseDescribedGroupMember[];
  const n7 = flexible ? r.compactArrayLength(7) : r.arrayLength(14);
  if (n7 === -1) throw new DecodeError('DescribeGroupsResponse.Members is null but not nullable in version ' + version);
  const arr8: DescribeGroupsResponseDescribedGroupMember[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeGroupsResponseDescribedGroupMember(r, version));
  }
  f_members = arr8;
  let f_authorizedOperations: number = -2147483648;
  if (version >= 3) {
    f_authorizedOperations = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeGroupsResponseDescribedGroup: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    groupId: f_groupId,
    groupState: f_groupState,
    protocolType: f_protocolType,
    protocolData: f_protocolData,
    members: f_members,
    authorizedOperations: f_authorizedOperations,
  };
}

export interface DescribeGroupsResponseDescribedGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

export function defaultDescribeGroupsResponseDescribedGroupMember(): DescribeGroupsResponseDescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: EMPTY_BYTES,
    memberAssignment: EMPTY_BYTES,
  };
}

export function encodeDescribeGroupsResponseDescribedGroupMember(w: Writer, version: number, m: DescribeGroupsResponseDescribedGroupMember): void {
  const flexible = version >= 5;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 4) {
    const v10 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  }
  if (flexible) w.compactString(m.clientId); else w.string(m.clientId);
  if (flexible) w.compactString(m.clientHost); else w.string(m.clientHost);
  if (flexible) w.compactBytes(m.memberMetadata); else w.bytes(m.memberMetadata);
  if (flexible) w.compactBytes(m.memberAssignment); else w.bytes(m.memberAssignment);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, version: number): DescribeGroupsResponseDescribedGroupMember {
  const flexible = version >= 5;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null = null;
  if (version >= 4) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_clientId: string;
  f_clientId = flexible ? r.compactString() : r.string();
  let f_clientHost: string;
  f_clientHost = flexible ? r.compactString() : r.string();
  let f_memberMetadata: Buffer;
  f_memberMetadata = flexible ? r.compactBytes() : r.bytes();
  let f_memberAssignment: Buffer;
  f_memberAssignment = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeGroupsResponseDescribedGroupMember: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    memberMetadata: f_memberMetadata,
    memberAssignment: f_memberAssignment,
  };
}

