// Generated from DeleteAclsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DeleteAclsResponse {
  throttleTimeMs: number;
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
}

export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
  };
}

export function encodeDeleteAclsResponse(w: Writer, version: number, m: DeleteAclsResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DeleteAclsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.filterResults;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteAclsResponseDeleteAclsFilterResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DeleteAclsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(8);
  if (n2 === -1) throw new DecodeError('DeleteAclsResponse.FilterResults is null but not nullable in version ' + version);
  const arr3: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteAclsResponseDeleteAclsFilterResult(r, version));
  }
  f_filterResults = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteAclsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    filterResults: f_filterResults,
  };
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  errorCode: number;
  errorMessage: string | null;
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
}

export function defaultDeleteAclsResponseDeleteAclsFilterResult(): DeleteAclsResponseDeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
  };
}

export function encodeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, version: number, m: DeleteAclsResponseDeleteAclsFilterResult): void {
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  const a6 = m.matchingAcls;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeDeleteAclsResponseDeleteAclsMatchingAcl(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteAclsResponseDeleteAclsFilterResult(r: Reader, version: number): DeleteAclsResponseDeleteAclsFilterResult {
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  const n8 = flexible ? r.compactArrayLength(11) : r.arrayLength(13);
  if (n8 === -1) throw new DecodeError('DeleteAclsResponse.MatchingAcls is null but not nullable in version ' + version);
  const arr9: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeDeleteAclsResponseDeleteAclsMatchingAcl(r, version));
  }
  f_matchingAcls = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteAclsResponseDeleteAclsFilterResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    matchingAcls: f_matchingAcls,
  };
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  patternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export function defaultDeleteAclsResponseDeleteAclsMatchingAcl(): DeleteAclsResponseDeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

export function encodeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, version: number, m: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const v11 = m.errorMessage;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  if (version >= 1) {
    w.int8(m.patternType);
  }
  if (flexible) w.compactString(m.principal); else w.string(m.principal);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, version: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_patternType: number = 3;
  if (version >= 1) {
    f_patternType = r.int8();
  }
  let f_principal: string;
  f_principal = flexible ? r.compactString() : r.string();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_operation: number;
  f_operation = r.int8();
  let f_permissionType: number;
  f_permissionType = r.int8();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteAclsResponseDeleteAclsMatchingAcl: tagged field ' + tag + ' out of order');
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
    patternType: f_patternType,
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
}

