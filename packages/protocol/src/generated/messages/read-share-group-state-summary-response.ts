// Generated from ReadShareGroupStateSummaryResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const readShareGroupStateSummaryResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ReadShareGroupStateSummaryResponse {
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
}

export function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return {
    results: [],
  };
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, version: number, m: ReadShareGroupStateSummaryResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ReadShareGroupStateSummaryResponse has no version ' + version);
  const flexible = true;
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ReadShareGroupStateSummaryResponse has no version ' + version);
  const flexible = true;
  let f_results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ReadShareGroupStateSummaryResponse.Results is null but not nullable in version ' + version);
  const arr3: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    results: f_results,
  };
}

export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  topicId: string;
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
}

export function defaultReadShareGroupStateSummaryResponseReadStateSummaryResult(): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, version: number, m: ReadShareGroupStateSummaryResponseReadStateSummaryResult): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeReadShareGroupStateSummaryResponsePartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, version: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  const n7 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ReadShareGroupStateSummaryResponse.Partitions is null but not nullable in version ' + version);
  const arr8: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeReadShareGroupStateSummaryResponsePartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryResponseReadStateSummaryResult: tagged field ' + tag + ' out of order');
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

export interface ReadShareGroupStateSummaryResponsePartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  stateEpoch: number;
  startOffset: bigint;
}

export function defaultReadShareGroupStateSummaryResponsePartitionResult(): ReadShareGroupStateSummaryResponsePartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0n,
  };
}

export function encodeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, version: number, m: ReadShareGroupStateSummaryResponsePartitionResult): void {
  const flexible = true;
  w.int32(m.partition);
  w.int16(m.errorCode);
  const v10 = m.errorMessage;
  if (flexible) w.compactNullableString(v10); else w.nullableString(v10);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryResponsePartitionResult(r: Reader, version: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_stateEpoch: number;
  f_stateEpoch = r.int32();
  let f_startOffset: bigint;
  f_startOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryResponsePartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    stateEpoch: f_stateEpoch,
    startOffset: f_startOffset,
  };
}

