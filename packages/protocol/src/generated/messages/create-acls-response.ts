// Generated from CreateAclsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreateAclsResponse {
  throttleTimeMs: number;
  results: CreateAclsResponseAclCreationResult[];
}

export function defaultCreateAclsResponse(): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeCreateAclsResponse(w: Writer, version: number, m: CreateAclsResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreateAclsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreateAclsResponseAclCreationResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreateAclsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: CreateAclsResponseAclCreationResult[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n2 === -1) throw new DecodeError('CreateAclsResponse.Results is null but not nullable in version ' + version);
  const arr3: CreateAclsResponseAclCreationResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreateAclsResponseAclCreationResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateAclsResponse: tagged field ' + tag + ' out of order');
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

export interface CreateAclsResponseAclCreationResult {
  errorCode: number;
  errorMessage: string | null;
}

export function defaultCreateAclsResponseAclCreationResult(): CreateAclsResponseAclCreationResult {
  return {
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeCreateAclsResponseAclCreationResult(w: Writer, version: number, m: CreateAclsResponseAclCreationResult): void {
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateAclsResponseAclCreationResult(r: Reader, version: number): CreateAclsResponseAclCreationResult {
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateAclsResponseAclCreationResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

