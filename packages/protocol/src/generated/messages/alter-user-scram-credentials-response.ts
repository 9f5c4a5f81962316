// Generated from AlterUserScramCredentialsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterUserScramCredentialsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AlterUserScramCredentialsResponse {
  throttleTimeMs: number;
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
}

export function defaultAlterUserScramCredentialsResponse(): AlterUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeAlterUserScramCredentialsResponse(w: Writer, version: number, m: AlterUserScramCredentialsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AlterUserScramCredentialsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterUserScramCredentialsResponse(r: Reader, version: number): AlterUserScramCredentialsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AlterUserScramCredentialsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AlterUserScramCredentialsResponse.Results is null but not nullable in version ' + version);
  const arr3: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterUserScramCredentialsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    results: f_results,
  };
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, version: number, m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult): void {
  const flexible = true;
  if (flexible) w.compactString(m.user); else w.string(m.user);
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, version: number): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  const flexible = true;
  let f_user: string;
  f_user = flexible ? r.compactString() : r.string();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterUserScramCredentialsResponseAlterUserScramCredentialsResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    user: f_user,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

