// Generated from HeartbeatRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const heartbeatRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

export function defaultHeartbeatRequest(): HeartbeatRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
  };
}

export function encodeHeartbeatRequest(w: Writer, version: number, m: HeartbeatRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('HeartbeatRequest has no version ' + version);
  const flexible = version >= 4;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  w.int32(m.generationId);
  if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  if (version >= 3) {
    const v0 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('HeartbeatRequest.GroupInstanceId: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('HeartbeatRequest has no version ' + version);
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
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('HeartbeatRequest: tagged field ' + tag + ' out of order');
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
  };
}

