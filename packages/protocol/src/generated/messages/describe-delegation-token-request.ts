// Generated from DescribeDelegationTokenRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeDelegationTokenRequestVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DescribeDelegationTokenRequest {
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
}

export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return {
    owners: [],
  };
}

export function encodeDescribeDelegationTokenRequest(w: Writer, version: number, m: DescribeDelegationTokenRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DescribeDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.owners;
  if (a0 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, version, e1);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DescribeDelegationTokenRequest has no version ' + version);
  const flexible = version >= 2;
  let f_owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n2 === -1) {
    f_owners = null;
  } else {
    const arr3: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, version));
    }
    f_owners = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeDelegationTokenRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    owners: f_owners,
  };
}

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  principalType: string;
  principalName: string;
}

export function defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner(): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
  };
}

export function encodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, version: number, m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.principalType); else w.string(m.principalType);
  if (flexible) w.compactString(m.principalName); else w.string(m.principalName);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, version: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const flexible = version >= 2;
  let f_principalType: string;
  f_principalType = flexible ? r.compactString() : r.string();
  let f_principalName: string;
  f_principalName = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeDelegationTokenRequestDescribeDelegationTokenOwner: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    principalType: f_principalType,
    principalName: f_principalName,
  };
}

