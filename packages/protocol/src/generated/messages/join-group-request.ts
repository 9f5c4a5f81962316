// Generated from JoinGroupRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const joinGroupRequestVersions = { min: 0, max: 9, flexibleMin: 6 } as const;

export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string;
  protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  reason: string | null;
}

export function defaultJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: "",
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
  };
}

export function encodeJoinGroupRequest(w: Writer, version: number, m: JoinGroupRequest): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('JoinGroupRequest has no version ' + version);
  const flexible = version >= 6;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  w.int32(m.sessionTimeoutMs);
  if (version >= 1) {
    w.int32(m.rebalanceTimeoutMs);
  }
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 5) {
    const v0 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('JoinGroupRequest.GroupInstanceId: a non-default value cannot be written in version ' + version);
  }
  if (flexible) w.compactString(m.protocolType); else w.string(m.protocolType);
  const a1 = m.protocols;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeJoinGroupRequestJoinGroupRequestProtocol(w, version, e2);
  }
  if (version >= 8) {
    const v3 = m.reason;
    if (flexible) w.compactNullableString(v3); else w.nullableString(v3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('JoinGroupRequest has no version ' + version);
  const flexible = version >= 6;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_sessionTimeoutMs: number;
  f_sessionTimeoutMs = r.int32();
  let f_rebalanceTimeoutMs: number = -1;
  if (version >= 1) {
    f_rebalanceTimeoutMs = r.int32();
  }
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null = null;
  if (version >= 5) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_protocolType: string;
  f_protocolType = flexible ? r.compactString() : r.string();
  let f_protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n4 === -1) throw new DecodeError('JoinGroupRequest.Protocols is null but not nullable in version ' + version);
  const arr5: JoinGroupRequestJoinGroupRequestProtocol[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeJoinGroupRequestJoinGroupRequestProtocol(r, version));
  }
  f_protocols = arr5;
  let f_reason: string | null = null;
  if (version >= 8) {
    f_reason = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('JoinGroupRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    sessionTimeoutMs: f_sessionTimeoutMs,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    protocolType: f_protocolType,
    protocols: f_protocols,
    reason: f_reason,
  };
}

export interface JoinGroupRequestJoinGroupRequestProtocol {
  name: string;
  metadata: Buffer;
}

export function defaultJoinGroupRequestJoinGroupRequestProtocol(): JoinGroupRequestJoinGroupRequestProtocol {
  return {
    name: "",
    metadata: EMPTY_BYTES,
  };
}

export function encodeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, version: number, m: JoinGroupRequestJoinGroupRequestProtocol): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactBytes(m.metadata); else w.bytes(m.metadata);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeJoinGroupRequestJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestJoinGroupRequestProtocol {
  const flexible = version >= 6;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_metadata: Buffer;
  f_metadata = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('JoinGroupRequestJoinGroupRequestProtocol: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    metadata: f_metadata,
  };
}

