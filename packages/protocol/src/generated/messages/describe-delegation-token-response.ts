// Generated from DescribeDelegationTokenResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeDelegationTokenResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface DescribeDelegationTokenResponse {
  errorCode: number;
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  throttleTimeMs: number;
}

export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
  };
}

export function encodeDescribeDelegationTokenResponse(w: Writer, version: number, m: DescribeDelegationTokenResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('DescribeDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.errorCode);
  const a0 = m.tokens;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeDelegationTokenResponseDescribedDelegationToken(w, version, e1);
  }
  w.int32(m.throttleTimeMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('DescribeDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  const n2 = flexible ? r.compactArrayLength(30) : r.arrayLength(38);
  if (n2 === -1) throw new DecodeError('DescribeDelegationTokenResponse.Tokens is null but not nullable in version ' + version);
  const arr3: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeDelegationTokenResponseDescribedDelegationToken(r, version));
  }
  f_tokens = arr3;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeDelegationTokenResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    tokens: f_tokens,
    throttleTimeMs: f_throttleTimeMs,
  };
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType: string;
  tokenRequesterPrincipalName: string;
  issueTimestamp: bigint;
  expiryTimestamp: bigint;
  maxTimestamp: bigint;
  tokenId: string;
  hmac: Buffer;
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationToken(): DescribeDelegationTokenResponseDescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0n,
    expiryTimestamp: 0n,
    maxTimestamp: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    renewers: [],
  };
}

export function encodeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, version: number, m: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.principalType); else w.string(m.principalType);
  if (flexible) w.compactString(m.principalName); else w.string(m.principalName);
  if (version >= 3) {
    if (flexible) w.compactString(m.tokenRequesterPrincipalType); else w.string(m.tokenRequesterPrincipalType);
  }
  if (version >= 3) {
    if (flexible) w.compactString(m.tokenRequesterPrincipalName); else w.string(m.tokenRequesterPrincipalName);
  }
  w.int64(m.issueTimestamp);
  w.int64(m.expiryTimestamp);
  w.int64(m.maxTimestamp);
  if (flexible) w.compactString(m.tokenId); else w.string(m.tokenId);
  if (flexible) w.compactBytes(m.hmac); else w.bytes(m.hmac);
  const a5 = m.renewers;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const flexible = version >= 2;
  let f_principalType: string;
  f_principalType = flexible ? r.compactString() : r.string();
  let f_principalName: string;
  f_principalName = flexible ? r.compactString() : r.string();
  let f_tokenRequesterPrincipalType: string = "";
  if (version >= 3) {
    f_tokenRequesterPrincipalType = flexible ? r.compactString() : r.string();
  }
  let f_tokenRequesterPrincipalName: string = "";
  if (version >= 3) {
    f_tokenRequesterPrincipalName = flexible ? r.compactString() : r.string();
  }
  let f_issueTimestamp: bigint;
  f_issueTimestamp = r.int64();
  let f_expiryTimestamp: bigint;
  f_expiryTimestamp = r.int64();
  let f_maxTimestamp: bigint;
  f_maxTimestamp = r.int64();
  let f_tokenId: string;
  f_tokenId = flexible ? r.compactString() : r.string();
  let f_hmac: Buffer;
  f_hmac = flexible ? r.compactBytes() : r.bytes();
  let f_renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(4);
  if (n7 === -1) throw new DecodeError('DescribeDelegationTokenResponse.Renewers is null but not nullable in version ' + version);
  const arr8: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, version));
  }
  f_renewers = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeDelegationTokenResponseDescribedDelegationToken: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    principalType: f_principalType,
    principalName: f_principalName,
    tokenRequesterPrincipalType: f_tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: f_tokenRequesterPrincipalName,
    issueTimestamp: f_issueTimestamp,
    expiryTimestamp: f_expiryTimestamp,
    maxTimestamp: f_maxTimestamp,
    tokenId: f_tokenId,
    hmac: f_hmac,
    renewers: f_renewers,
  };
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  principalType: string;
  principalName: string;
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
  };
}

export function encodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, version: number, m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.principalType); else w.string(m.principalType);
  if (flexible) w.compactString(m.principalName); else w.string(m.principalName);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, version: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
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
      if (tag <= previousTag) throw new DecodeError('DescribeDelegationTokenResponseDescribedDelegationTokenRenewer: tagged field ' + tag + ' out of order');
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

