// Generated from IncrementalAlterConfigsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const incrementalAlterConfigsResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface IncrementalAlterConfigsResponse {
  throttleTimeMs: number;
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
}

export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, version: number, m: IncrementalAlterConfigsResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('IncrementalAlterConfigsResponse has no version ' + version);
  const flexible = version >= 1;
  w.int32(m.throttleTimeMs);
  const a0 = m.responses;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('IncrementalAlterConfigsResponse has no version ' + version);
  const flexible = version >= 1;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  const n2 = flexible ? r.compactArrayLength(6) : r.arrayLength(7);
  if (n2 === -1) throw new DecodeError('IncrementalAlterConfigsResponse.Responses is null but not nullable in version ' + version);
  const arr3: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, version));
  }
  f_responses = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('IncrementalAlterConfigsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    responses: f_responses,
  };
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

export function defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse(): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
  };
}

export function encodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, version: number, m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  const flexible = version >= 1;
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, version: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flexible = version >= 1;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('IncrementalAlterConfigsResponseAlterConfigsResourceResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resourceType: f_resourceType,
    resourceName: f_resourceName,
  };
}

