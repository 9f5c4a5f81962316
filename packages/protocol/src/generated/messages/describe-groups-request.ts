// Generated from DescribeGroupsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeGroupsRequestVersions = { min: 0, max: 5, flexibleMin: 5 } as const;

export interface DescribeGroupsRequest {
  groups: string[];
  includeAuthorizedOperations: boolean;
}

export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
  };
}

export function encodeDescribeGroupsRequest(w: Writer, version: number, m: DescribeGroupsRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('DescribeGroupsRequest has no version ' + version);
  const flexible = version >= 5;
  const a0 = m.groups;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (flexible) w.compactString(e1); else w.string(e1);
  }
  if (version >= 3) {
    w.bool(m.includeAuthorizedOperations);
  } else {
    if (m.includeAuthorizedOperations !== false) throw new EncodeError('DescribeGroupsRequest.IncludeAuthorizedOperations: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('DescribeGroupsRequest has no version ' + version);
  const flexible = version >= 5;
  let f_groups: string[];
  const n2 = flexible ? r.compactArrayLength(1) : r.arrayLength(2);
  if (n2 === -1) throw new DecodeError('DescribeGroupsRequest.Groups is null but not nullable in version ' + version);
  const arr3: string[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(flexible ? r.compactString() : r.string());
  }
  f_groups = arr3;
  let f_includeAuthorizedOperations: boolean = false;
  if (version >= 3) {
    f_includeAuthorizedOperations = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeGroupsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groups: f_groups,
    includeAuthorizedOperations: f_includeAuthorizedOperations,
  };
}

