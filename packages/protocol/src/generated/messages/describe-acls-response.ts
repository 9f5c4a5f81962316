// Generated from DescribeAclsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeAclsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DescribeAclsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  resources: DescribeAclsResponseDescribeAclsResource[];
}

export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
  };
}

export function encodeDescribeAclsResponse(w: Writer, version: number, m: DescribeAclsResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DescribeAclsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.resources;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeDescribeAclsResponseDescribeAclsResource(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DescribeAclsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_resources: DescribeAclsResponseDescribeAclsResource[];
  const n3 = flexible ? r.compactArrayLength(5) : r.arrayLength(7);
  if (n3 === -1) throw new DecodeError('DescribeAclsResponse.Resources is null but not nullable in version ' + version);
  const arr4: DescribeAclsResponseDescribeAclsResource[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeDescribeAclsResponseDescribeAclsResource(r, version));
  }
  f_resources = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeAclsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    resources: f_resources,
  };
}

export interface DescribeAclsResponseDescribeAclsResource {
  resourceType: number;
  resourceName: string;
  patternType: number;
  acls: DescribeAclsResponseAclDescription[];
}

export function defaultDescribeAclsResponseDescribeAclsResource(): DescribeAclsResponseDescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
  };
}

export function encodeDescribeAclsResponseDescribeAclsResource(w: Writer, version: number, m: DescribeAclsResponseDescribeAclsResource): void {
  const flexible = version >= 2;
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  if (version >= 1) {
    w.int8(m.patternType);
  }
  const a6 = m.acls;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeDescribeAclsResponseAclDescription(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeAclsResponseDescribeAclsResource(r: Reader, version: number): DescribeAclsResponseDescribeAclsResource {
  const flexible = version >= 2;
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_patternType: number = 3;
  if (version >= 1) {
    f_patternType = r.int8();
  }
  let f_acls: DescribeAclsResponseAclDescription[];
  const n8 = flexible ? r.compactArrayLength(5) : r.arrayLength(6);
  if (n8 === -1) throw new DecodeError('DescribeAclsResponse.Acls is null but not nullable in version ' + version);
  const arr9: DescribeAclsResponseAclDescription[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeDescribeAclsResponseAclDescription(r, version));
  }
  f_acls = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeAclsResponseDescribeAclsResource: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    patternType: f_patternType,
    acls: f_acls,
  };
}

export interface DescribeAclsResponseAclDescription {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export function defaultDescribeAclsResponseAclDescription(): DescribeAclsResponseAclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

export function encodeDescribeAclsResponseAclDescription(w: Writer, version: number, m: DescribeAclsResponseAclDescription): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.principal); else w.string(m.principal);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeAclsResponseAclDescription(r: Reader, version: number): DescribeAclsResponseAclDescription {
  const flexible = version >= 2;
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
      if (tag <= previousTag) throw new DecodeError('DescribeAclsResponseAclDescription: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
}

