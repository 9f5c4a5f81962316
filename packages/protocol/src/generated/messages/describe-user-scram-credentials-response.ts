// Generated from DescribeUserScramCredentialsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeUserScramCredentialsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeUserScramCredentialsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
}

export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, version: number, m: DescribeUserScramCredentialsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeUserScramCredentialsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.results;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeUserScramCredentialsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  const n3 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('DescribeUserScramCredentialsResponse.Results is null but not nullable in version ' + version);
  const arr4: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, version));
  }
  f_results = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeUserScramCredentialsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    results: f_results,
  };
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null;
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
}

export function defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
  };
}

export function encodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, version: number, m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult): void {
  const flexible = true;
  if (flexible) w.compactString(m.user); else w.string(m.user);
  w.int16(m.errorCode);
  const v6 = m.errorMessage;
  if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  const a7 = m.credentialInfos;
  if (flexible) w.compactArrayLength(a7.length); else w.arrayLength(a7.length);
  for (const e8 of a7) {
    encodeDescribeUserScramCredentialsResponseCredentialInfo(w, version, e8);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, version: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const flexible = true;
  let f_user: string;
  f_user = flexible ? r.compactString() : r.string();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  const n9 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n9 === -1) throw new DecodeError('DescribeUserScramCredentialsResponse.CredentialInfos is null but not nullable in version ' + version);
  const arr10: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeDescribeUserScramCredentialsResponseCredentialInfo(r, version));
  }
  f_credentialInfos = arr10;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    user: f_user,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    credentialInfos: f_credentialInfos,
  };
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  mechanism: number;
  iterations: number;
}

export function defaultDescribeUserScramCredentialsResponseCredentialInfo(): DescribeUserScramCredentialsResponseCredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
  };
}

export function encodeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, version: number, m: DescribeUserScramCredentialsResponseCredentialInfo): void {
  const flexible = true;
  w.int8(m.mechanism);
  w.int32(m.iterations);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, version: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const flexible = true;
  let f_mechanism: number;
  f_mechanism = r.int8();
  let f_iterations: number;
  f_iterations = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeUserScramCredentialsResponseCredentialInfo: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    mechanism: f_mechanism,
    iterations: f_iterations,
  };
}

