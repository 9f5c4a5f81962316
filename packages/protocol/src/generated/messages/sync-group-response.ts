// Generated from SyncGroupResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const syncGroupResponseVersions = { min: 0, max: 5, flexibleMin: 4 } as const;

export interface SyncGroupResponse {
  throttleTimeMs: number;
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export function defaultSyncGroupResponse(): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY_BYTES,
  };
}

export function encodeSyncGroupResponse(w: Writer, version: number, m: SyncGroupResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('SyncGroupResponse has no version ' + version);
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  if (version >= 5) {
    const v0 = m.protocolType;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  }
  if (version >= 5) {
    const v1 = m.protocolName;
    if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  }
  if (flexible) w.compactBytes(m.assignment); else w.bytes(m.assignment);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('SyncGroupResponse has no version ' + version);
  const flexible = version >= 4;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_protocolType: string | null = null;
  if (version >= 5) {
    f_protocolType = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_protocolName: string | null = null;
  if (version >= 5) {
    f_protocolName = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_assignment: Buffer;
  f_assignment = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SyncGroupResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    protocolType: f_protocolType,
    protocolName: f_protocolName,
    assignment: f_assignment,
  };
}

