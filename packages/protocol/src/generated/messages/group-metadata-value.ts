// Generated from GroupMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const groupMetadataValueVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface GroupMetadataValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp: bigint;
  members: GroupMetadataValueMemberMetadata[];
}

export function defaultGroupMetadataValue(): GroupMetadataValue {
  return {
    protocolType: "",
    generation: 0,
    protocol: "",
    leader: "",
    currentStateTimestamp: -1n,
    members: [],
  };
}

export function encodeGroupMetadataValue(w: Writer, version: number, m: GroupMetadataValue): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('GroupMetadataValue has no version ' + version);
  const flexible = version >= 4;
  if (flexible) w.compactString(m.protocolType); else w.string(m.protocolType);
  w.int32(m.generation);
  const v0 = m.protocol;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const v1 = m.leader;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  if (version >= 2) {
    w.int64(m.currentStateTimestamp);
  }
  const a2 = m.members;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeGroupMetadataValueMemberMetadata(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeGroupMetadataValue(r: Reader, version: number): GroupMetadataValue {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('GroupMetadataValue has no version ' + version);
  const flexible = version >= 4;
  let f_protocolType: string;
  f_protocolType = flexible ? r.compactString() : r.string();
  let f_generation: number;
  f_generation = r.int32();
  let f_protocol: string | null;
  f_protocol = flexible ? r.compactNullableString() : r.nullableString();
  let f_leader: string | null;
  f_leader = flexible ? r.compactNullableString() : r.nullableString();
  let f_currentStateTimestamp: bigint = -1n;
  if (version >= 2) {
    f_currentStateTimestamp = r.int64();
  }
  let f_members: GroupMetadataValueMemberMetadata[];
  const n4 = flexible ? r.compactArrayLength(15) : r.arrayLength(18);
  if (n4 === -1) throw new DecodeError('GroupMetadataValue.members is null but not nullable in version ' + version);
  const arr5: GroupMetadataValueMemberMetadata[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeGroupMetadataValueMemberMetadata(r, version));
  }
  f_members = arr5;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('GroupMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    protocolType: f_protocolType,
    generation: f_generation,
    protocol: f_protocol,
    leader: f_leader,
    currentStateTimestamp: f_currentStateTimestamp,
    members: f_members,
  };
}

export interface GroupMetadataValueMemberMetadata {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeout: number;
  sessionTimeout: number;
  subscription: Buffer;
  assignment: Buffer;
}

export function defaultGroupMetadataValueMemberMetadata(): GroupMetadataValueMemberMetadata {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    rebalanceTimeout: -1,
    sessionTimeout: 0,
    subscription: EMPTY_BYTES,
    assignment: EMPTY_BYTES,
  };
}

export function encodeGroupMetadataValueMemberMetadata(w: Writer, version: number, m: GroupMetadataValueMemberMetadata): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 3) {
    const v7 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v7); else w.nullableString(v7);
  }
  if (flexible) w.compactString(m.clientId); else w.string(m.clientId);
  if (flexible) w.compactString(m.clientHost); else w.string(m.clientHost);
  if (version >= 1) {
    w.int32(m.rebalanceTimeout);
  }
  w.int32(m.sessionTimeout);
  if (flexible) w.compactBytes(m.subscription); else w.bytes(m.subscription);
  if (flexible) w.compactBytes(m.assignment); else w.bytes(m.assignment);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeGroupMetadataValueMemberMetadata(r: Reader, version: number): GroupMetadataValueMemberMetadata {
  const flexible = version >= 4;
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_groupInstanceId: string | null = null;
  if (version >= 3) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_clientId: string;
  f_clientId = flexible ? r.compactString() : r.string();
  let f_clientHost: string;
  f_clientHost = flexible ? r.compactString() : r.string();
  let f_rebalanceTimeout: number = -1;
  if (version >= 1) {
    f_rebalanceTimeout = r.int32();
  }
  let f_sessionTimeout: number;
  f_sessionTimeout = r.int32();
  let f_subscription: Buffer;
  f_subscription = flexible ? r.compactBytes() : r.bytes();
  let f_assignment: Buffer;
  f_assignment = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('GroupMetadataValueMemberMetadata: tagged field ' + tag + ' out of order');
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
    rebalanceTimeout: f_rebalanceTimeout,
    sessionTimeout: f_sessionTimeout,
    subscription: f_subscription,
    assignment: f_assignment,
  };
}

