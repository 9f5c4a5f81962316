// Generated from CreateDelegationTokenResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createDelegationTokenResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreateDelegationTokenResponse {
  errorCode: number;
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType: string;
  tokenRequesterPrincipalName: string;
  issueTimestampMs: bigint;
  expiryTimestampMs: bigint;
  maxTimestampMs: bigint;
  tokenId: string;
  hmac: Buffer;
  throttleTimeMs: number;
}

export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0n,
    expiryTimestampMs: 0n,
    maxTimestampMs: 0n,
    tokenId: "",
    hmac: EMPTY_BYTES,
    throttleTimeMs: 0,
  };
}

export function encodeCreateDelegationTokenResponse(w: Writer, version: number, m: CreateDelegationTokenResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreateDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.errorCode);
  if (flexible) w.compactString(m.principalType); else w.string(m.principalType);
  if (flexible) w.compactString(m.principalName); else w.string(m.principalName);
  if (version >= 3) {
    if (flexible) w.compactString(m.tokenRequesterPrincipalType); else w.string(m.tokenRequesterPrincipalType);
  }
  if (version >= 3) {
    if (flexible) w.compactString(m.tokenRequesterPrincipalName); else w.string(m.tokenRequesterPrincipalName);
  }
  w.int64(m.issueTimestampMs);
  w.int64(m.expiryTimestampMs);
  w.int64(m.maxTimestampMs);
  if (flexible) w.compactString(m.tokenId); else w.string(m.tokenId);
  if (flexible) w.compactBytes(m.hmac); else w.bytes(m.hmac);
  w.int32(m.throttleTimeMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreateDelegationTokenResponse has no version ' + version);
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
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
  let f_issueTimestampMs: bigint;
  f_issueTimestampMs = r.int64();
  let f_expiryTimestampMs: bigint;
  f_expiryTimestampMs = r.int64();
  let f_maxTimestampMs: bigint;
  f_maxTimestampMs = r.int64();
  let f_tokenId: string;
  f_tokenId = flexible ? r.compactString() : r.string();
  let f_hmac: Buffer;
  f_hmac = flexible ? r.compactBytes() : r.bytes();
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreateDelegationTokenResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    principalType: f_principalType,
    principalName: f_principalName,
    tokenRequesterPrincipalType: f_tokenRequesterPrincipalType,
    tokenRequesterPrincipalName: f_tokenRequesterPrincipalName,
    issueTimestampMs: f_issueTimestampMs,
    expiryTimestampMs: f_expiryTimestampMs,
    maxTimestampMs: f_maxTimestampMs,
    tokenId: f_tokenId,
    hmac: f_hmac,
    throttleTimeMs: f_throttleTimeMs,
  };
}

