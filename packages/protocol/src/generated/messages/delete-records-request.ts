// Generated from DeleteRecordsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteRecordsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface DeleteRecordsRequest {
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  timeoutMs: number;
}

export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
  };
}

export function encodeDeleteRecordsRequest(w: Writer, version: number, m: DeleteRecordsRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('DeleteRecordsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteRecordsRequestDeleteRecordsTopic(w, version, e1);
  }
  w.int32(m.timeoutMs);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('DeleteRecordsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_topics: DeleteRecordsRequestDeleteRecordsTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('DeleteRecordsRequest.Topics is null but not nullable in version ' + version);
  const arr3: DeleteRecordsRequestDeleteRecordsTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteRecordsRequestDeleteRecordsTopic(r, version));
  }
  f_topics = arr3;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
    timeoutMs: f_timeoutMs,
  };
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  name: string;
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
}

export function defaultDeleteRecordsRequestDeleteRecordsTopic(): DeleteRecordsRequestDeleteRecordsTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, version: number, m: DeleteRecordsRequestDeleteRecordsTopic): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDeleteRecordsRequestDeleteRecordsPartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsTopic {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  const n7 = flexible ? r.compactArrayLength(13) : r.arrayLength(12);
  if (n7 === -1) throw new DecodeError('DeleteRecordsRequest.Partitions is null but not nullable in version ' + version);
  const arr8: DeleteRecordsRequestDeleteRecordsPartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDeleteRecordsRequestDeleteRecordsPartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsRequestDeleteRecordsTopic: tagged field ' + tag + ' out of order');
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

export interface DeleteRecordsRequestDeleteRecordsPartition {
  partitionIndex: number;
  offset: bigint;
}

export function defaultDeleteRecordsRequestDeleteRecordsPartition(): DeleteRecordsRequestDeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0n,
  };
}

export function encodeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, version: number, m: DeleteRecordsRequestDeleteRecordsPartition): void {
  const flexible = version >= 2;
  w.int32(m.partitionIndex);
  w.int64(m.offset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, version: number): DeleteRecordsRequestDeleteRecordsPartition {
  const flexible = version >= 2;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_offset: bigint;
  f_offset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteRecordsRequestDeleteRecordsPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    offset: f_offset,
  };
}

