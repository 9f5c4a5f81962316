// Generated from CreatePartitionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const createPartitionsResponseVersions = { min: 0, max: 3, flexibleMin: 2 } as const;

export interface CreatePartitionsResponse {
  throttleTimeMs: number;
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
}

export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeCreatePartitionsResponse(w: Writer, version: number, m: CreatePartitionsResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('CreatePartitionsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeCreatePartitionsResponseCreatePartitionsTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('CreatePartitionsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('CreatePartitionsResponse.Results is null but not nullable in version ' + version);
  const arr3: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeCreatePartitionsResponseCreatePartitionsTopicResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreatePartitionsResponse: tagged field ' + tag + ' out of order');
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

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  name: string;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultCreatePartitionsResponseCreatePartitionsTopicResult(): CreatePartitionsResponseCreatePartitionsTopicResult {
  return {
    name: "",
    errorCode: 0,
    errorMessage: null,
  };
}

export function encodeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, version: number, m: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int16(m.errorCode);
  const v5 = m.errorMessage;
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, version: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('CreatePartitionsResponseCreatePartitionsTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

