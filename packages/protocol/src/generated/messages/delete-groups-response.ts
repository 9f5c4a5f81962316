// Generated from DeleteGroupsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteGroupsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface DeleteGroupsResponse {
  throttleTimeMs: number;
  results: DeleteGroupsResponseDeletableGroupResult[];
}

export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeDeleteGroupsResponse(w: Writer, version: number, m: DeleteGroupsResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('DeleteGroupsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteGroupsResponseDeletableGroupResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('DeleteGroupsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: DeleteGroupsResponseDeletableGroupResult[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n2 === -1) throw new DecodeError('DeleteGroupsResponse.Results is null but not nullable in version ' + version);
  const arr3: DeleteGroupsResponseDeletableGroupResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteGroupsResponseDeletableGroupResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteGroupsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
}

export interface DeleteGroupsResponseDeletableGroupResult {
  groupId: string;
  errorCode: number;
}

export function defaultDeleteGroupsResponseDeletableGroupResult(): DeleteGroupsResponseDeletableGroupResult {
  return {
    groupId: "",
    errorCode: 0,
  };
}

export function encodeDeleteGroupsResponseDeletableGroupResult(w: Writer, version: number, m: DeleteGroupsResponseDeletableGroupResult): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, version: number): DeleteGroupsResponseDeletableGroupResult {
  const flexible = version >= 2;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteGroupsResponseDeletableGroupResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    errorCode: f_errorCode,
  };
}

