// Generated from ShareGroupHeartbeatRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupHeartbeatRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  rackId: string | null;
  subscribedTopicNames: string[] | null;
}

export function defaultShareGroupHeartbeatRequest(): ShareGroupHeartbeatRequest {
  return {
    groupId: "",
    memberId: "",
    memberEpoch: 0,
    rackId: null,
    subscribedTopicNames: null,
  };
}

export function encodeShareGroupHeartbeatRequest(w: Writer, version: number, m: ShareGroupHeartbeatRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupHeartbeatRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  w.int32(m.memberEpoch);
  const v0 = m.rackId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.subscribedTopicNames;
  if (a1 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
    for (const e2 of a1) {
      if (flexible) w.compactString(e2); else w.string(e2);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupHeartbeatRequest(r: Reader, version: number): ShareGroupHeartbeatRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupHeartbeatRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_memberId: string;
  f_memberId = flexible ? r.compactString() : r.string();
  let f_memberEpoch: number;
  f_memberEpoch = r.int32();
  let f_rackId: string | null;
  f_rackId = flexible ? r.compactNullableString() : r.nullableString();
  let f_subscribedTopicNames: string[] | null;
  const n3 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n3 === -1) {
    f_subscribedTopicNames = null;
  } else {
    const arr4: string[] = [];
    for (let i5 = 0; i5 < n3; i5++) {
      arr4.push(flexible ? r.compactString() : r.string());
    }
    f_subscribedTopicNames = arr4;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupHeartbeatRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    rackId: f_rackId,
    subscribedTopicNames: f_subscribedTopicNames,
  };
}

