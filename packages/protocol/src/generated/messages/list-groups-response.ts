// Generated from ListGroupsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listGroupsResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const;

export interface ListGroupsResponse {
  throttleTimeMs: number;
  errorCode: number;
  groups: ListGroupsResponseListedGroup[];
}

export function defaultListGroupsResponse(): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
  };
}

export function encodeListGroupsResponse(w: Writer, version: number, m: ListGroupsResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('ListGroupsResponse has no version ' + version);
  const flexible = version >= 3;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  const a0 = m.groups;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeListGroupsResponseListedGroup(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('ListGroupsResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_groups: ListGroupsResponseListedGroup[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n2 === -1) throw new DecodeError('ListGroupsResponse.Groups is null but not nullable in version ' + version);
  const arr3: ListGroupsResponseListedGroup[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeListGroupsResponseListedGroup(r, version));
  }
  f_groups = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListGroupsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    groups: f_groups,
  };
}

export interface ListGroupsResponseListedGroup {
  groupId: string;
  protocolType: string;
  groupState: string;
  groupType: string;
}

export function defaultListGroupsResponseListedGroup(): ListGroupsResponseListedGroup {
  return {
    groupId: "",
    protocolType: "",
    groupState: "",
    groupType: "",
  };
}

export function encodeListGroupsResponseListedGroup(w: Writer, version: number, m: ListGroupsResponseListedGroup): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (flexible) w.compactString(m.protocolType); else w.string(m.protocolType);
  if (version >= 4) {
    if (flexible) w.compactString(m.groupState); else w.string(m.groupState);
  }
  if (version >= 5) {
    if (flexible) w.compactString(m.groupType); else w.string(m.groupType);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListGroupsResponseListedGroup(r: Reader, version: number): ListGroupsResponseListedGroup {
  const flexible = version >= 3;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_protocolType: string;
  f_protocolType = flexible ? r.compactString() : r.string();
  let f_groupState: string = "";
  if (version >= 4) {
    f_groupState = flexible ? r.compactString() : r.string();
  }
  let f_groupType: string = "";
  if (version >= 5) {
    f_groupType = flexible ? r.compactString() : r.string();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListGroupsResponseListedGroup: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    protocolType: f_protocolType,
    groupState: f_groupState,
    groupType: f_groupType,
  };
}

