// Generated from DescribeUserScramCredentialsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeUserScramCredentialsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeUserScramCredentialsRequest {
  users: DescribeUserScramCredentialsRequestUserName[] | null;
}

export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return {
    users: [],
  };
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, version: number, m: DescribeUserScramCredentialsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeUserScramCredentialsRequest has no version ' + version);
  const flexible = true;
  const a0 = m.users;
  if (a0 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeDescribeUserScramCredentialsRequestUserName(w, version, e1);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeUserScramCredentialsRequest has no version ' + version);
  const flexible = true;
  let f_users: DescribeUserScramCredentialsRequestUserName[] | null;
  const n2 = flexible ? r.compactArrayLength(2) : r.arrayLength(1);
  if (n2 === -1) {
    f_users = null;
  } else {
    const arr3: DescribeUserScramCredentialsRequestUserName[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeDescribeUserScramCredentialsRequestUserName(r, version));
    }
    f_users = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeUserScramCredentialsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    users: f_users,
  };
}

export interface DescribeUserScramCredentialsRequestUserName {
  name: string;
}

export function defaultDescribeUserScramCredentialsRequestUserName(): DescribeUserScramCredentialsRequestUserName {
  return {
    name: "",
  };
}

export function encodeDescribeUserScramCredentialsRequestUserName(w: Writer, version: number, m: DescribeUserScramCredentialsRequestUserName): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeUserScramCredentialsRequestUserName(r: Reader, version: number): DescribeUserScramCredentialsRequestUserName {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeUserScramCredentialsRequestUserName: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
  };
}

