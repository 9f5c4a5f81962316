// Generated from InitializeShareGroupStateResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const initializeShareGroupStateResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface InitializeShareGroupStateResponse {
  results: InitializeShareGroupStateResponseInitializeStateResult[];
}

export function defaultInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return {
    results: [],
  };
}

export function encodeInitializeShareGroupStateResponse(w: Writer, version: number, m: InitializeShareGroupStateResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('InitializeShareGroupStateResponse has no version ' + version);
  const flexible = true;
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeInitializeShareGroupStateResponseInitializeStateResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('InitializeShareGroupStateResponse has no version ' + version);
  const flexible = true;
  let f_results: InitializeShareGroupStateResponseInitializeStateResult[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('InitializeShareGroupStateResponse.Results is null but not nullable in version ' + version);
  const arr3: InitializeShareGroupStateResponseInitializeStateResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeInitializeShareGroupStateResponseInitializeStateResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    results: f_results,
  };
}

export interface InitializeShareGroupStateResponseInitializeStateResult {
  topicId: string;
  partitions: InitializeShareGroupStateResponsePartitionResult[];
}

export function defaultInitializeShareGroupStateResponseInitializeStateResult(): InitializeShareGroupStateResponseInitializeStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, version: number, m: InitializeShareGroupStateResponseInitializeStateResult): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeInitializeShareGroupStateResponsePartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateResponseInitializeStateResult(r: Reader, version: number): InitializeShareGroupStateResponseInitializeStateResult {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: InitializeShareGroupStateResponsePartitionResult[];
  const n7 = flexible ? r.compactArrayLength(8) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('InitializeShareGroupStateResponse.Partitions is null but not nullable in version ' + version);
  const arr8: InitializeShareGroupStateResponsePartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeInitializeShareGroupStateResponsePartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateResponseInitializeStateResult: tagged field ' + tag + ' out of order');
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

export interface InitializeShareGroupStateResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultInitializeShareGroupStateResponsePartitionResult(): InitializeShareGroupStateResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

export function encodeInitializeShareGroupStateResponsePartitionResult(w: Writer, version: number, m: InitializeShareGroupStateResponsePartitionResult): void {
  const flexible = true;
  w.int32(m.partition);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeInitializeShareGroupStateResponsePartitionResult(r: Reader, version: number): InitializeShareGroupStateResponsePartitionResult {
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
      if (tag <= previousTag) throw new DecodeError('InitializeShareGroupStateResponsePartitionResult: tagged field ' + tag + ' out of order');
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

