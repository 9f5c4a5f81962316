// Generated from SyncGroupRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const syncGroupRequestVersions = { min: 0, max: 5, flexibleMin: 4 } as const;

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  assignments: SyncGroupRequestSyncGroupRequestAssignment[];
}

export function defaultSyncGroupRequest(): SyncGroupRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
  };
}

export function encodeSyncGroupRequest(w: Writer, version: number, m: SyncGroupRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('SyncGroupRequest has no version ' + version);
  const flexible = version >= 4;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  w.int32(m.generationId);
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 3) {
    const v0 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('SyncGroupRequest.GroupInstanceId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 5) {
    const v1 = m.protocolType;
    if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  }
  if (version >= 5) {
    const v2 = m.protocolName;
    if (flexible) w.compactNullableString(v2); else w.nullableString(v2);
  }
  const a3 = m.assignments;
  if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
  for (const e4 of a3) {
    encodeSyncGroupRequestSyncGroupRequestAssignment(w, version, e4);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('SyncGroupRequest has no version ' + version);
  const flexible = version >= 4;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_generationId: number;
  f_generationId = r.int32();
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null = null;
  if (version >= 3) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_protocolType: string | null = null;
  if (version >= 5) {
    f_protocolType = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_protocolName: string | null = null;
  if (version >= 5) {
    f_protocolName = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_assignments: SyncGroupRequestSyncGroupRequestAssignment[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('SyncGroupRequest.Assignments is null but not nullable in version ' + version);
  const arr6: SyncGroupRequestSyncGroupRequestAssignment[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeSyncGroupRequestSyncGroupRequestAssignment(r, version));
  }
  f_assignments = arr6;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SyncGroupRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    generationId: f_generationId,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    assignments: f_assignments,
  };
}

export interface SyncGroupRequestSyncGroupRequestAssignment {
  memberId: string;
  assignment: Buffer;
}

export function defaultSyncGroupRequestSyncGroupRequestAssignment(): SyncGroupRequestSyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: EMPTY_BYTES,
  };
}

export function encodeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, version: number, m: SyncGroupRequestSyncGroupRequestAssignment): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (flexible) w.compactBytes(m.assignment); else w.bytes(m.assignment);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSyncGroupRequestSyncGroupRequestAssignment(r: Reader, version: number): SyncGroupRequestSyncGroupRequestAssignment {
  const flexible = version >= 4;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_assignment: Buffer;
  f_assignment = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SyncGroupRequestSyncGroupRequestAssignment: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    memberId: f_memberId,
    assignment: f_assignment,
  };
}

