// Generated from ListGroupsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listGroupsRequestVersions = { min: 0, max: 5, flexibleMin: 3 } as const;

export interface ListGroupsRequest {
  statesFilter: string[];
  typesFilter: string[];
}

export function defaultListGroupsRequest(): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

export function encodeListGroupsRequest(w: Writer, version: number, m: ListGroupsRequest): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('ListGroupsRequest has no version ' + version);
  const flexible = version >= 3;
  if (version >= 4) {
    const a0 = m.statesFilter;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      if (flexible) w.compactString(e1); else w.string(e1);
    }
  } else {
    if ((m.statesFilter.length !== 0)) throw new EncodeError('ListGroupsRequest.StatesFilter: a non-default value cannot be written in version ' + version);
  }
  if (version >= 5) {
    const a2 = m.typesFilter;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      if (flexible) w.compactString(e3); else w.string(e3);
    }
  } else {
    if ((m.typesFilter.length !== 0)) throw new EncodeError('ListGroupsRequest.TypesFilter: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('ListGroupsRequest has no version ' + version);
  const flexible = version >= 3;
  let f_statesFilter: string[] = [];
  if (version >= 4) {
    const n4 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
    if (n4 === -1) throw new DecodeError('ListGroupsRequest.StatesFilter is null but not nullable in version ' + version);
    const arr5: string[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(flexible ? r.compactString() : r.string());
    }
    f_statesFilter = arr5;
  }
  let f_typesFilter: string[] = [];
  if (version >= 5) {
    const n7 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
    if (n7 === -1) throw new DecodeError('ListGroupsRequest.TypesFilter is null but not nullable in version ' + version);
    const arr8: string[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(flexible ? r.compactString() : r.string());
    }
    f_typesFilter = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListGroupsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    statesFilter: f_statesFilter,
    typesFilter: f_typesFilter,
  };
}

