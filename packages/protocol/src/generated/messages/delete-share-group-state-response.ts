// Generated from DeleteShareGroupStateResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteShareGroupStateResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DeleteShareGroupStateResponse {
  results: DeleteShareGroupStateResponseDeleteStateResult[];
}

export function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return {
    results: [],
  };
}

export function encodeDeleteShareGroupStateResponse(w: Writer, version: number, m: DeleteShareGroupStateResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DeleteShareGroupStateResponse has no version ' + version);
  const flexible = true;
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteShareGroupStateResponseDeleteStateResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DeleteShareGroupStateResponse has no version ' + version);
  const flexible = true;
  let f_results: DeleteShareGroupStateResponseDeleteStateResult[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DeleteShareGroupStateResponse.Results is null but not nullable in version ' + version);
  const arr3: DeleteShareGroupStateResponseDeleteStateResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteShareGroupStateResponseDeleteStateResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    results: f_results,
  };
}

export interface DeleteShareGroupStateResponseDeleteStateResult {
  topicId: string;
  partitions: DeleteShareGroupStateResponsePartitionResult[];
}

export function defaultDeleteShareGroupStateResponseDeleteStateResult(): DeleteShareGroupStateResponseDeleteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, version: number, m: DeleteShareGroupStateResponseDeleteStateResult): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDeleteShareGroupStateResponsePartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateResponseDeleteStateResult(r: Reader, version: number): DeleteShareGroupStateResponseDeleteStateResult {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: DeleteShareGroupStateResponsePartitionResult[];
  const n7 = flexible ? r.compactArrayLength(8) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DeleteShareGroupStateResponse.Partitions is null but not nullable in version ' + version);
  const arr8: DeleteShareGroupStateResponsePartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDeleteShareGroupStateResponsePartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateResponseDeleteStateResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

export interface DeleteShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultDeleteShareGroupStateResponsePartitionResult(): DeleteShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

export function encodeDeleteShareGroupStateResponsePartitionResult(w: Writer, version: number, m: DeleteShareGroupStateResponsePartitionResult): void {
  const flexible = true;
  w.int32(m.partition);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateResponsePartitionResult(r: Reader, version: number): DeleteShareGroupStateResponsePartitionResult {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateResponsePartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

