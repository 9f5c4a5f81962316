// Generated from FindCoordinatorRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const findCoordinatorRequestVersions = { min: 0, max: 6, flexibleMin: 3 } as const;

export interface FindCoordinatorRequest {
  key: string;
  keyType: number;
  coordinatorKeys: string[];
}

export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
  };
}

export function encodeFindCoordinatorRequest(w: Writer, version: number, m: FindCoordinatorRequest): void {
  if (!(version >= 0 && version <= 6)) throw new EncodeError('FindCoordinatorRequest has no version ' + version);
  const flexible = version >= 3;
  if (version <= 3) {
    if (flexible) w.compactString(m.key); else w.string(m.key);
  } else {
    if (m.key !== "") throw new EncodeError('FindCoordinatorRequest.Key: a non-default value cannot be written in version ' + version);
  }
  if (version >= 1) {
    w.int8(m.keyType);
  } else {
    if (m.keyType !== 0) throw new EncodeError('FindCoordinatorRequest.KeyType: a non-default value cannot be written in version ' + version);
  }
  if (version >= 4) {
    const a0 = m.coordinatorKeys;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      if (flexible) w.compactString(e1); else w.string(e1);
    }
  } else {
    if ((m.coordinatorKeys.length !== 0)) throw new EncodeError('FindCoordinatorRequest.CoordinatorKeys: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  if (!(version >= 0 && version <= 6)) throw new DecodeError('FindCoordinatorRequest has no version ' + version);
  const flexible = version >= 3;
  let f_key: string = "";
  if (version <= 3) {
    f_key = flexible ? r.compactString() : r.string();
  }
  let f_keyType: number = 0;
  if (version >= 1) {
    f_keyType = r.int8();
  }
  let f_coordinatorKeys: string[] = [];
  if (version >= 4) {
    const n2 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
    if (n2 === -1) throw new DecodeError('FindCoordinatorRequest.CoordinatorKeys is null but not nullable in version ' + version);
    const arr3: string[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(flexible ? r.compactString() : r.string());
    }
    f_coordinatorKeys = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FindCoordinatorRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    key: f_key,
    keyType: f_keyType,
    coordinatorKeys: f_coordinatorKeys,
  };
}

