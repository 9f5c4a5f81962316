// Generated from AlterReplicaLogDirsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterReplicaLogDirsResponseVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface AlterReplicaLogDirsResponse {
  throttleTimeMs: number;
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
}

export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, version: number, m: AlterReplicaLogDirsResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('AlterReplicaLogDirsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('AlterReplicaLogDirsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('AlterReplicaLogDirsResponse.Results is null but not nullable in version ' + version);
  const arr3: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsResponse: tagged field ' + tag + ' out of order');
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

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  topicName: string;
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, version: number, m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const flexible = version >= 2;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  const n7 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('AlterReplicaLogDirsResponse.Partitions is null but not nullable in version ' + version);
  const arr8: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitions: f_partitions,
  };
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  partitionIndex: number;
  errorCode: number;
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, version: number, m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  const flexible = version >= 2;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, version: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const flexible = version >= 2;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

