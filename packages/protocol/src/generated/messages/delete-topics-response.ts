// Generated from DeleteTopicsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteTopicsResponseVersions = { min: 0, max: 6, flexibleMin: 4 } as const;

export interface DeleteTopicsResponse {
  throttleTimeMs: number;
  responses: DeleteTopicsResponseDeletableTopicResult[];
}

export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

export function encodeDeleteTopicsResponse(w: Writer, version: number, m: DeleteTopicsResponse): void {
  if (!(version >= 0 && version <= 6)) throw new EncodeError('DeleteTopicsResponse has no version ' + version);
  const flexible = version >= 4;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.responses;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteTopicsResponseDeletableTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  if (!(version >= 0 && version <= 6)) throw new DecodeError('DeleteTopicsResponse has no version ' + version);
  const flexible = version >= 4;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_responses: DeleteTopicsResponseDeletableTopicResult[];
  const n2 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n2 === -1) throw new DecodeError('DeleteTopicsResponse.Responses is null but not nullable in version ' + version);
  const arr3: DeleteTopicsResponseDeletableTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteTopicsResponseDeletableTopicResult(r, version));
  }
  f_responses = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteTopicsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    responses: f_responses,
  };
}

export interface DeleteTopicsResponseDeletableTopicResult {
  name: string | null;
  topicId: string;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultDeleteTopicsResponseDeletableTopicResult(): DeleteTopicsResponseDeletableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: null,
  };
}

export function encodeDeleteTopicsResponseDeletableTopicResult(w: Writer, version: number, m: DeleteTopicsResponseDeletableTopicResult): void {
  const flexible = version >= 4;
  const v5 = m.name;
  if (v5 === null && !(version >= 6)) throw new EncodeError('DeleteTopicsResponse.Name is not nullable in version ' + version);
  if (flexible) w.compactNullableString(v5); else w.nullableString(v5);
  if (version >= 6) {
    w.uuid(m.topicId);
  }
  w.int16(m.errorCode);
  if (version >= 5) {
    const v6 = m.errorMessage;
    if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, version: number): DeleteTopicsResponseDeletableTopicResult {
  const flexible = version >= 4;
  let f_name: string | null;
  if (version >= 6) {
    f_name = flexible ? r.compactNullableString() : r.nullableString();
  } else f_name = flexible ? r.compactString() : r.string();
  let f_topicId: string = ZERO_UUID;
  if (version >= 6) {
    f_topicId = r.uuid();
  }
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null = null;
  if (version >= 5) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteTopicsResponseDeletableTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    topicId: f_topicId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

