// Generated from AlterPartitionReassignmentsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterPartitionReassignmentsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AlterPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
}

export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
  };
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, version: number, m: AlterPartitionReassignmentsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AlterPartitionReassignmentsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.responses;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AlterPartitionReassignmentsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('AlterPartitionReassignmentsResponse.Responses is null but not nullable in version ' + version);
  const arr4: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r, version));
  }
  f_responses = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    responses: f_responses,
  };
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  name: string;
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
}

export function defaultAlterPartitionReassignmentsResponseReassignableTopicResponse(): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, version: number, m: AlterPartitionReassignmentsResponseReassignableTopicResponse): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a6 = m.partitions;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  const n8 = flexible ? r.compactArrayLength(8) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('AlterPartitionReassignmentsResponse.Partitions is null but not nullable in version ' + version);
  const arr9: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, version));
  }
  f_partitions = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsResponseReassignableTopicResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse(): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, version: number, m: AlterPartitionReassignmentsResponseReassignablePartitionResponse): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  const v11 = m.errorMessage;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, version: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionReassignmentsResponseReassignablePartitionResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

