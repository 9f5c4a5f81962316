// Generated from DeleteAclsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DeleteAclsRequest {
  filters: DeleteAclsRequestDeleteAclsFilter[];
}

export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return {
    filters: [],
  };
}

export function encodeDeleteAclsRequest(w: Writer, version: number, m: DeleteAclsRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DeleteAclsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.filters;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteAclsRequestDeleteAclsFilter(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DeleteAclsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_filters: DeleteAclsRequestDeleteAclsFilter[];
  const n2 = flexible ? r.compactArrayLength(8) : r.arrayLength(9);
  if (n2 === -1) throw new DecodeError('DeleteAclsRequest.Filters is null but not nullable in version ' + version);
  const arr3: DeleteAclsRequestDeleteAclsFilter[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteAclsRequestDeleteAclsFilter(r, version));
  }
  f_filters = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteAclsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    filters: f_filters,
  };
}

export interface DeleteAclsRequestDeleteAclsFilter {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

export function defaultDeleteAclsRequestDeleteAclsFilter(): DeleteAclsRequestDeleteAclsFilter {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
  };
}

export function encodeDeleteAclsRequestDeleteAclsFilter(w: Writer, version: number, m: DeleteAclsRequestDeleteAclsFilter): void {
  const flexible = version >= 2;
  w.int8(m.resourceTypeFilter);
  const v5 = m.resourceNameFilter;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (version >= 1) {
    w.int8(m.patternTypeFilter);
  } else {
    if (m.patternTypeFilter !== 3) throw new EncodeError('DeleteAclsRequestDeleteAclsFilter.PatternTypeFilter: a non-default value cannot be written in version ' + version);
  }
  const v6 = m.principalFilter;
  if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  const v7 = m.hostFilter;
  if (flexible) w.compactNullableString(v7); else w.nullableString(v7);
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteAclsRequestDeleteAclsFilter(r: Reader, version: number): DeleteAclsRequestDeleteAclsFilter {
  const flexible = version >= 2;
  let f_resourceTypeFilter: number;
  f_resourceTypeFilter = r.int8();
  let f_resourceNameFilter: string | null;
  f_resourceNameFilter = flexible ? r.compactNullableString() : r.nullableString();
  let f_patternTypeFilter: number = 3;
  if (version >= 1) {
    f_patternTypeFilter = r.int8();
  }
  let f_principalFilter: string | null;
  f_principalFilter = flexible ? r.compactNullableString() : r.nullableString();
  let f_hostFilter: string | null;
  f_hostFilter = flexible ? r.compactNullableString() : r.nullableString();
  let f_operation: number;
  f_operation = r.int8();
  let f_permissionType: number;
  f_permissionType = r.int8();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteAclsRequestDeleteAclsFilter: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    resourceTypeFilter: f_resourceTypeFilter,
    resourceNameFilter: f_resourceNameFilter,
    patternTypeFilter: f_patternTypeFilter,
    principalFilter: f_principalFilter,
    hostFilter: f_hostFilter,
    operation: f_operation,
    permissionType: f_permissionType,
  };
}

