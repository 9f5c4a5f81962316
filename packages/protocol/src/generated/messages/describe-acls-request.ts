// Generated from DescribeAclsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeAclsRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DescribeAclsRequest {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

export function defaultDescribeAclsRequest(): DescribeAclsRequest {
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

export function encodeDescribeAclsRequest(w: Writer, version: number, m: DescribeAclsRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DescribeAclsRequest has no version ' + version);
  const flexible = version >= 2;
  w.int8(m.resourceTypeFilter);
  const v0 = m.resourceNameFilter;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (version >= 1) {
    w.int8(m.patternTypeFilter);
  } else {
    if (m.patternTypeFilter !== 3) throw new EncodeError('DescribeAclsRequest.PatternTypeFilter: a non-default value cannot be written in version ' + version);
  }
  const v1 = m.principalFilter;
  if (flexible) w.compactNullableString(v1); else w.nullableString(v1);
  const v2 = m.hostFilter;
  if (flexible) w.compactNullableString(v2); else w.nullableString(v2);
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DescribeAclsRequest has no version ' + version);
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
      if (tag <= previousTag) throw new DecodeError('DescribeAclsRequest: tagged field ' + tag + ' out of order');
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

