// Generated from CreateAclsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreateAclsRequest {
  creations: CreateAclsRequestAclCreation[];
}

export function defaultCreateAclsRequest(): CreateAclsRequest {
  return {
    creations: [],
  };
}

export function encodeCreateAclsRequest(w: Writer, version: number, m: CreateAclsRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreateAclsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.creations;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreateAclsRequestAclCreation(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreateAclsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_creations: CreateAclsRequestAclCreation[];
  const n2 = flexible ? r.compactArrayLength(8) : r.arrayLength(9);
  if (n2 === -1) throw new DecodeError('CreateAclsRequest.Creations is null but not nullable in version ' + version);
  const arr3: CreateAclsRequestAclCreation[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreateAclsRequestAclCreation(r, version));
  }
  f_creations = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateAclsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    creations: f_creations,
  };
}

export interface CreateAclsRequestAclCreation {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

export function defaultCreateAclsRequestAclCreation(): CreateAclsRequestAclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

export function encodeCreateAclsRequestAclCreation(w: Writer, version: number, m: CreateAclsRequestAclCreation): void {
  const flexible = version >= 2;
  w.int8(m.resourceType);
  if (flexible) w.compactString(m.resourceName); else w.string(m.resourceName);
  if (version >= 1) {
    w.int8(m.resourcePatternType);
  } else {
    if (m.resourcePatternType !== 3) throw new EncodeError('CreateAclsRequestAclCreation.ResourcePatternType: a non-default value cannot be written in version ' + version);
  }
  if (flexible) w.compactString(m.principal); else w.string(m.principal);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateAclsRequestAclCreation(r: Reader, version: number): CreateAclsRequestAclCreation {
  const flexible = version >= 2;
  let f_resourceType: number;
  f_resourceType = r.int8();
  let f_resourceName: string;
  f_resourceName = flexible ? r.compactString() : r.string();
  let f_resourcePatternType: number = 3;
  if (version >= 1) {
    f_resourcePatternType = r.int8();
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
      if (tag <= previousTag) throw new DecodeError('CreateAclsRequestAclCreation: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resourceType: f_resourceType,
    resourceName: f_resourceName,
    resourcePatternType: f_resourcePatternType,
    principal: f_principal,
    host: f_host,
    operation: f_operation,
    permissionType: f_permissionType,
  };
}

