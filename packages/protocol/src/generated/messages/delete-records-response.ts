// Generated from DeleteRecordsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteRecordsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface DeleteRecordsResponse {
  throttleTimeMs: number;
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
}

export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeDeleteRecordsResponse(w: Writer, version: number, m: DeleteRecordsResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('DeleteRecordsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteRecordsResponseDeleteRecordsTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('DeleteRecordsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('DeleteRecordsResponse.Topics is null but not nullable in version ' + version);
  const arr3: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteRecordsResponseDeleteRecordsTopicResult(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  name: string;
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
}

export function defaultDeleteRecordsResponseDeleteRecordsTopicResult(): DeleteRecordsResponseDeleteRecordsTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, version: number, m: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  const n7 = flexible ? r.compactArrayLength(15) : r.arrayLength(14);
  if (n7 === -1) throw new DecodeError('DeleteRecordsResponse.Partitions is null but not nullable in version ' + version);
  const arr8: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsResponseDeleteRecordsTopicResult: tagged field ' + tag + ' out of order');
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

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  partitionIndex: number;
  lowWatermark: bigint;
  errorCode: number;
}

export function defaultDeleteRecordsResponseDeleteRecordsPartitionResult(): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0n,
    errorCode: 0,
  };
}

export function encodeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, version: number, m: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  const flexible = version >= 2;
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, version: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const flexible = version >= 2;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_lowWatermark: bigint;
  f_lowWatermark = r.int64();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsResponseDeleteRecordsPartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    lowWatermark: f_lowWatermark,
    errorCode: f_errorCode,
  };
}

